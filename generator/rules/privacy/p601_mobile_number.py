"""A mainland mobile phone number, in any form (``13800138000``, ``+86 138 0013 8000``,
``138-0013-8000``, full-width digits).

Why: a beneficiary's phone number lets anyone reach a vulnerable person, often a child or an
elderly person living alone, and is published for ever once it is in git history.

FAIL::

    story: 有意者请联系 13800138000

Fix: remove the number. Volunteers contact the organisation, whose office phone belongs in
``contact.phone`` of ``data/orgs/<org>.yml`` (the only field where a phone number may appear).
"""

from . import rule_check
from ._phones import MOBILE, phones


def find(text):
    for start, end, kind in phones(text):
        if kind in MOBILE:
            yield start, end, "文字中有手机号码"


check = rule_check("P601", find, "删去号码；联系方式只写在组织文件的 contact.phone 中")
