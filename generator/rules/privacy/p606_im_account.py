"""A QQ number or WeChat id, recognised by its keyword (``QQ``, ``扣扣``, ``微信``, ``vx``...)
followed by an account.

Why: a chat account reaches a person as directly as a phone number.

FAIL::

    story: 加微信 xiaohai_2015 了解情况

PASS::

    story: 社区通过微信群、电话和 QQ 发布心愿清单

Fix: remove the account.
"""

import re

from . import rule_check

_ACCOUNT = re.compile(
    r"(?:QQ|ＱＱ|扣扣|企鹅|微信号?|[vV][xX]|[wW][xX]|wechat|WeChat|薇信|V信|v信)"
    r"\s*(?:号码?|账号|ID|id)?\s*[:：是为]?\s*"
    r"(?P<account>[A-Za-z][A-Za-z0-9_\-]{5,19}|[1-9][0-9]{4,11})(?![A-Za-z0-9_\-])"
)


def find(text):
    for match in _ACCOUNT.finditer(text):
        yield match.start("account"), match.end("account"), "文字中有 QQ 号或微信号"


check = rule_check("P606", find, "删去账号；联系经组织进行")
