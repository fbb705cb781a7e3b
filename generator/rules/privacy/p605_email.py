"""文字中有电子邮箱地址。

也包括拼读出来的写法（``zhangli1979 艾特 126 点 com``、``384756219 at qq点com``）。

为什么：邮箱能绕过组织直接联系到本人。

示例（出错）::

    story: 联系邮箱 someone@example.com

示例（正确）::

    story: 想了解情况的，请通过村妇联联系

改法：删去邮箱；联系经组织进行。
"""

import re

from generator.model.codes import Code
from generator.rules.privacy import rule_check

# The lookbehinds start a match only where a run of address characters starts: without them each
# of n letters before an "@" was tried again, and a long run took minutes (quadratic).
_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
# Spelled out so that no filter sees an @: 艾特 / at / 圈a for @, 点 / dot for the dot.
_SPELLED = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{3,}[ \t]*(?:艾特|[(\[]?\b[aA][tT]\b[)\]]?|圈[aA]|@)[ \t]*[A-Za-z0-9\-]+"
    r"[ \t]*(?:点|[(\[]?\b[dD][oO][tT]\b[)\]]?|\.)[ \t]*(?:com|cn|net|org|edu)\b",
    re.IGNORECASE,
)

_SPELLED_AT = re.compile(r"艾特|圈[aA]|(?<![A-Za-z])[aA][tT](?![A-Za-z])")


def find(text):
    spans = [m.span() for m in _EMAIL.finditer(text)] if "@" in text else []
    if _SPELLED_AT.search(text):
        spans += [m.span() for m in _SPELLED.finditer(text) if not any(s <= m.start() < e for s, e in spans)]
    for start, end in sorted(spans):
        yield start, end, "文字中有电子邮箱地址"


check = rule_check(Code.P605, "删去邮箱；联系经组织进行")
