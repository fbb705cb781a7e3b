"""文字中有电子邮箱地址。

原因：邮箱能绕过组织直接联系到本人。

不通过::

    story: 联系邮箱 someone@example.com

改法（Fix）：删去邮箱；联系经组织进行。
"""

import re

from . import rule_check

_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")


def find(text):
    if "@" in text:
        for match in _EMAIL.finditer(text):
            yield match.start(), match.end(), "文字中有电子邮箱地址"


check = rule_check("P605", find, "删去邮箱；联系经组织进行")
