"""文字中有地理坐标。

经纬度（``北纬27.5532，东经109.9981``）或一对小数坐标（``27.55321,109.99812``），
精确到能找到一户人家。

为什么：坐标比门牌号更准，导航软件一输就到受助人家门口。

示例（出错）::

    story: 定位：北纬27.5532，东经109.9981，就是奶奶家

示例（正确）::

    story: 住在海拔1200米的山上，冬天特别冷

改法：删去坐标；地点只写到县、乡镇。
"""

import re

from generator.model.codes import Code
from generator.rules.privacy import rule_check

_DEGREES = r"[0-9]{1,3}(?:\.[0-9]{2,}|°[ \t]*[0-9]{1,2}[′'][ \t]*(?:[0-9.]+[″\"])?)"
_COORDINATES = re.compile(
    rf"(?:北纬|南纬|东经|西经|纬度|经度|[NSEW])[ \t]*[:：]?[ \t]*{_DEGREES}"
    rf"[ \t]*[，,、;；/ \t][ \t]*(?:北纬|南纬|东经|西经|纬度|经度|[NSEW])[ \t]*[:：]?[ \t]*{_DEGREES}"
    r"|(?<![0-9.])[0-9]{1,3}\.[0-9]{4,}[ \t]*[,，][ \t]*[0-9]{1,3}\.[0-9]{4,}(?![0-9])"
)


_QUICK = re.compile(r"[北南]纬|[东西]经|纬度|经度|[0-9]\.[0-9]{4}|°")


def find(text):
    if not _QUICK.search(text):
        return
    for match in _COORDINATES.finditer(text):
        yield match.start(), match.end(), "文字中有地理坐标"


check = rule_check(Code.P616, "删去坐标；地点只写到县、乡镇")
