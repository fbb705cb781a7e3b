"""``data/`` 下的文件名不是“编号 + ``.yml``”。

``data/`` 下的文件名只能用小写字母、数字和连字符，以字母或数字开头，再加 ``.yml``
（``[a-z0-9][a-z0-9-]*.yml``）；只有 ``README.md`` 和 ``.gitkeep`` 例外。问题报在文件的 1:1。

为什么：文件名会出现在网页、链接、认领审核的评论和脚本里；带空格、大写字母、反引号、换行或
Markdown 的文件名，轻则让人困惑，重则可以把文字夹带过审核人的眼睛。编号都是这样的短标识，
所以每条记录的文件名也是。

示例（出错）::

    data/volunteers/小雨.yml

示例（正确）::

    data/volunteers/xiaoyu.yml

改法：把文件改名为记录的编号（拼音、小写、用连字符），如 ``data/volunteers/xiaoyu.yml``。
"""

import re

from generator.model.codes import Code
from generator.model.problems import Problem
from generator.model.repository import IGNORED_NAMES

NAME = re.compile(r"[a-z0-9][a-z0-9-]*\.yml")


def check(repo):
    for path in sorted(set(repo.kinds) | set(repo.stray)):
        name = path.rsplit("/", 1)[-1]
        if name not in IGNORED_NAMES and not NAME.fullmatch(name):
            yield Problem(
                path,
                1,
                1,
                Code.I307,
                "文件名只能由小写字母、数字和连字符组成，以 .yml 结尾",
                "把文件改名为记录的编号，例如 zhang-san.yml",
            )
