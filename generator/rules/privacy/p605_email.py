"""An e-mail address.

Why: an address reaches a person directly, bypassing the organisation.

FAIL::

    story: 联系邮箱 someone@example.com

Fix: remove it; contact goes through the organisation.
"""

import re

from . import rule_check

# The lookbehind starts a match only where a run of address characters starts: without it each
# of n letters before an "@" was tried again, and a long run took minutes (quadratic).
_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*"
                    r"\.[A-Za-z]{2,}")


def find(text):
    if "@" in text:
        for match in _EMAIL.finditer(text):
            yield match.start(), match.end(), "文字中有电子邮箱地址"


check = rule_check("P605", find, "删去邮箱；联系经组织进行")
