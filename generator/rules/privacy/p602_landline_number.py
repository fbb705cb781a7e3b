"""文字中有固定电话号码。

包括（``0745-2345678``、``(0745) 234 5678``、``+86 745 2345678``，也包括汉字
数字写的），或写在“电话”等字样后面的本地号码（``电话 2345678``）。

为什么：家里的座机和门牌号一样，能找到一户人家。

示例（出错）::

    story: 家里电话 0745-2345678

示例（正确）::

    story: 家里有座机，有事请找村妇联转告

改法：删去号码；组织公开的办公电话写在它自己文件的 ``contact.phone`` 里，那是唯一允许
的地方。
"""

import re

from generator.model.codes import Code
from generator.rules.privacy import rule_check
from generator.rules.privacy._numbers import digit_view
from generator.rules.privacy._phones import LANDLINE, phones

# A local number without its area code is no valid number to libphonenumber, but after a word
# like 电话 it is one to a reader.
_LOCAL = re.compile(r"(?:电话|座机|固话|联系|tel|Tel|TEL)[^0-9]{0,4}(?P<number>[2-9][0-9]{2,3}[ \-]?[0-9]{4})(?![0-9])")


def find(text):
    text = digit_view(text)
    spans = [(start, end) for start, end, kind in phones(text) if kind in LANDLINE]
    spans += [m.span("number") for m in _LOCAL.finditer(text) if not any(s <= m.start("number") < e for s, e in spans)]
    for start, end in sorted(spans):
        yield start, end, "文字中有固定电话号码"


check = rule_check(Code.P602, "删去号码；组织的办公电话只写在组织文件的 contact.phone 中")
