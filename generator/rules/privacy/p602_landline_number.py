"""A mainland landline number (``0745-2345678``, ``(0745) 234 5678``, ``+86 745 2345678``), or a
local number after a word such as 电话 (``电话 2345678``).

Why: a home landline leads to a household as surely as an address.

FAIL::

    story: 家里电话 0745-2345678

Fix: remove the number; an organisation's public office phone goes in ``contact.phone`` of
its own file, the one place it is allowed.
"""

import re

from . import rule_check
from ._phones import LANDLINE, phones

# A local number without its area code is no valid number to libphonenumber, but after a word
# like 电话 it is one to a reader.
_LOCAL = re.compile(r"(?:电话|座机|固话|联系|tel|Tel|TEL)[^0-9]{0,4}(?P<number>[2-9][0-9]{6,7})(?![0-9])")


def find(text):
    spans = [(start, end) for start, end, kind in phones(text) if kind in LANDLINE]
    spans += [m.span("number") for m in _LOCAL.finditer(text)
              if not any(s <= m.start("number") < e for s, e in spans)]
    for start, end in sorted(spans):
        yield start, end, "文字中有固定电话号码"


check = rule_check("P602", find, "删去号码；组织的办公电话只写在组织文件的 contact.phone 中")
