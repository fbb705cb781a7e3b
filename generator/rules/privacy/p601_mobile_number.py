"""A mainland mobile phone number, in any form (``13800138000``, ``+86 138 0013 8000``,
``138-0013-8000``, ``138.0013.8000``, ``tel13800138000``, full-width digits, zero-width spaces).

Why: a beneficiary's phone number lets anyone reach a vulnerable person, often a child or an
elderly person living alone, and is published for ever once it is in git history.

FAIL::

    story: 有意者请联系 13800138000

Fix: remove the number. Volunteers contact the organisation, whose office phone belongs in
``contact.phone`` of ``data/orgs/<org>.yml`` (the only field where a phone number may appear).
"""

import re

from . import rule_check
from ._phones import MOBILE, phones

# Eleven digits 1[3-9]x xxxx xxxx, however broken up or glued to a word ("tel13800138000"),
# which libphonenumber does not take for a number.
_MOBILE = re.compile(r"(?<![0-9\-_/.])(?:\+?86[ .\-]?)?1[3-9][0-9](?:[ .\-]?[0-9]{4}){2}(?![0-9])")


def find(text):
    spans = [(start, end) for start, end, kind in phones(text) if kind in MOBILE]
    spans += [m.span() for m in _MOBILE.finditer(text) if not any(s <= m.start() < e for s, e in spans)]
    for start, end in sorted(spans):
        yield start, end, "文字中有手机号码"


check = rule_check("P601", find, "删去号码；联系方式只写在组织文件的 contact.phone 中")
