"""A bank card number: 16 to 19 digits (possibly in groups of four) that pass the Luhn check,
next to a word such as 卡号 or 银行卡, or starting with UnionPay's 62.

Why: a card number invites fraud against a poor household. Money for a wish goes through the
organisation, never to a personal account.

FAIL::

    story: 捐款请转银行卡 6222 0200 1234 5678 901

Fix: remove the number.
"""

import re

from stdnum import luhn

from . import rule_check
from .p603_id_number import is_id_number

_CANDIDATE = re.compile(r"(?<![0-9])[0-9]{4}(?:[ \-]?[0-9]){12,15}(?![0-9])")
_CONTEXT = re.compile(r"卡号|银行卡|账号|帐号|储蓄卡|信用卡|借记卡|账户|帐户|转账|汇款|card", re.IGNORECASE)


def find(text):
    for match in _CANDIDATE.finditer(text):
        digits = re.sub(r"[ \-]", "", match.group())
        if not 16 <= len(digits) <= 19 or not luhn.is_valid(digits) or is_id_number(digits):
            continue
        nearby = text[max(0, match.start() - 12): match.start()]
        if digits.startswith("62") or _CONTEXT.search(nearby):
            yield match.start(), match.end(), "文字中有银行卡号"


check = rule_check("P604", find, "删去卡号；捐赠经组织办理，不写个人账户")
