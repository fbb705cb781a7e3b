"""A resident identity card number (居民身份证号): 18 digits whose last character is a valid
check digit (ISO 7064 MOD 11-2, possibly ``X``), or an old 15-digit number with a valid birth
date.

Why: an ID number identifies a person completely and enables fraud.

FAIL::

    story: 身份证 11010519491231002X

Fix: remove it. Records never need an ID number; the organisation keeps its own files offline.
"""

import re
from datetime import date

from stdnum.cn import ric

from . import rule_check

_CANDIDATE = re.compile(r"(?<![0-9A-Za-z])(?:[0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9A-Za-z])")


def _valid_old(number: str) -> bool:
    try:
        date(1900 + int(number[6:8]), int(number[8:10]), int(number[10:12]))
    except ValueError:
        return False
    return 11 <= int(number[:2]) <= 82


def is_id_number(number: str) -> bool:
    if len(number) == 18:
        return ric.is_valid(number)
    return len(number) == 15 and number.isdigit() and _valid_old(number)


def find(text):
    for match in _CANDIDATE.finditer(text):
        if is_id_number(match.group()):
            yield match.start(), match.end(), "文字中有身份证号码"


check = rule_check("P603", find, "删去身份证号码；记录里不需要它")
