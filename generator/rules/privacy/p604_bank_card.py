"""文字中有银行卡号或银行账号。

前面写着银行简称或账户字样（``工行卡``、``建行``、``农行``、
``邮储卡``、``信用社``、``卡号``、``账号``、``存折``……）的 10 到 25 位数字，不论是否通过 Luhn
校验；没有这些字样时，通过 Luhn 校验、以银联的 62 开头的 16 到 19 位数字。可以按任意方式
分组（``6222 0200 1234 5678 901``）。

为什么：卡号和账号会招来针对困难家庭的诈骗。为心愿捐的钱经组织办理，从不转到个人账户。

示例（出错）::

    story: 捐款请转工行卡 6222 0200 1234 5678 901

示例（正确）::

    story: 想捐款的，请与村妇联联系，由组织统一办理

改法：删去卡号或账号。
"""

import re

from stdnum import luhn

from generator.model.codes import Code
from generator.rules.privacy import rule_check
from generator.rules.privacy._numbers import SEPARATOR, digit_view
from generator.rules.privacy.p603_id_number import is_id_number

_CANDIDATE = re.compile(rf"(?<![0-9])(?<![0-9][ \-])[0-9](?:{SEPARATOR}?[0-9]){{9,24}}(?!{SEPARATOR}?[0-9])")
_CONTEXT = re.compile(
    r"(?:卡号|银行卡|账号|帐号|储蓄卡|信用卡|借记卡|存折|账户|帐户|户名|转账|汇款|打款|开户|card|account"
    r"|银行|[工建农中交招邮]行|工商|建设|农业|邮储|邮政|信用社|农信|农商|商行|村镇银行|一卡通|社保卡|补贴卡|惠农卡|折子)"
    r"[^0-9]{0,8}$",
    re.IGNORECASE,
)


_QUICK = re.compile(rf"[0-9](?:{SEPARATOR}?[0-9]){{9}}")


def find(text):
    text = digit_view(text)
    if not _QUICK.search(text):
        return
    for match in _CANDIDATE.finditer(text):
        digits = re.sub(r"[^0-9]", "", match.group())
        if is_id_number(digits):
            continue
        named = _CONTEXT.search(text, max(0, match.start() - 14), match.start())
        card = 16 <= len(digits) <= 19 and luhn.is_valid(digits) and digits.startswith("62")
        if named or card:
            yield match.start(), match.end(), "文字中有银行卡号或账号"


check = rule_check(Code.P604, "删去卡号和账号；捐赠经组织办理，不写个人账户")
