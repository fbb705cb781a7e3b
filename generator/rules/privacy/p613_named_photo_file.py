"""照片或视频的文件名里带着姓名。

例如（``王建华.jpg``、``李小明领书包.png``、``zhang_jianhua_01.jpg``、``liuzixuan_2026-05-01.jpeg``）。

为什么：文件名会跟着照片一起公开（网站、开放数据、git 历史），照片上的人就被点了名。

示例（出错）::

    story: 入户照片见 王建华入户照.jpg

示例（正确）::

    story: 入户照片见 majiayi-2026-003-1.jpg

改法：把文件改名为心愿编号加序号（``majiayi-2026-003-1.jpg``），再改这里的文件名。
"""

import re

from generator.model.codes import Code
from generator.rules.privacy import rule_check
from generator.rules.privacy._names import is_pinyin_name, name_at, surname_length

_FILE = re.compile(
    r"(?P<stem>[^\s/\\:：\"'“”‘’（）()<>|*?，,。;；]+)\.(?:jpe?g|png|heic|heif|gif|webp|bmp|tiff?|mp4|mov)\b",
    re.IGNORECASE,
)
_PARTS = re.compile(r"[\u4e00-\u9fff]+|[A-Za-z]+(?:[ _\-.'][A-Za-z]+)*")


_WISH_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*-[0-9]{4}-[0-9]{3}")


def _named(stem: str) -> bool:
    stem = _WISH_ID.sub(" ", stem)  # majiayi-2026-003-1: a wish id, not zhang jianhua run together
    for part in _PARTS.findall(stem):
        if part.isascii():
            if any(is_pinyin_name(p) for p in (re.sub(r"[_\-.']", " ", part), *re.split(r"[_\-.' ]", part))):
                return True
        elif surname_length(part) and name_at(part, 0):
            return True
    return False


_QUICK = re.compile(r"\.(?:jpe?g|png|heic|heif|gif|webp|bmp|tiff?|mp4|mov)\b", re.IGNORECASE)


def find(text):
    if not _QUICK.search(text):
        return
    for match in _FILE.finditer(text):
        if _named(match["stem"]):
            yield match.start(), match.end(), f"文件名里有姓名（“{match.group()}”）"


check = rule_check(Code.P613, "把照片改名为心愿编号加序号，如 majiayi-2026-003-1.jpg")
