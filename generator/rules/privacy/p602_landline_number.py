"""A mainland landline number (``0745-2345678``, ``(0745) 234 5678``, ``+86 745 2345678``).

Why: a home landline leads to a household as surely as an address.

FAIL::

    story: 家里电话 0745-2345678

Fix: remove the number; an organisation's public office phone goes in ``contact.phone`` of
its own file, the one place it is allowed.
"""

from . import rule_check
from ._phones import LANDLINE, phones


def find(text):
    for start, end, kind in phones(text):
        if kind in LANDLINE:
            yield start, end, "文字中有固定电话号码"


check = rule_check("P602", find, "删去号码；组织的办公电话只写在组织文件的 contact.phone 中")
