"""文字中有聊天、社交或支付账号。

``QQ``、``QQ群``、``微信``、``vx``、``加V``、``抖音``、``快手``、
``钉钉``、``微博``、``小红书``、``支付宝``、``账户``、``收款码`` 等字样后面跟着的账号（字母开头的 5 到
20 位，5 到 12 位数字，包括汉字数字写的，或 ``@`` 开头的昵称）。

为什么：账号和电话号码一样，能绕过组织直接找到一个人；支付账号还会招来诈骗。

示例（出错）::

    story: 加微信 xiaohai_2015 了解情况

示例（正确）::

    story: 社区通过微信群、电话和 QQ 发布心愿清单

改法：删去账号；联系经组织进行，捐款经组织办理。
"""

import re

from generator.model.codes import Code
from generator.rules.privacy import rule_check
from generator.rules.privacy._numbers import digit_view

_ACCOUNT = re.compile(
    r"(?:QQ|扣扣|企鹅|微信|[vVwW][xX]|[wW]echat|薇信|威信|[vV]信|加[vV]|抖音|快手|钉钉|微博|小红书"
    r"|支付宝|[aA]lipay|视频号|B站|哔哩哔哩|账户|帐户|收款码|(?<![A-Za-z0-9])[vV](?=[^\x00-\x7f\u4e00-\u9fff\w]))"
    r"[ \t]*(?:群)?[ \t]*(?:号码?|账号|帐号|账户|ID|id|名)?[ \t]*(?:搜索?|加)?[ \t]*"
    r"(?:[:：]|是|为|叫)?[ \t]*[^\x00-\x7f\u4e00-\u9fff\w，。；、]{0,2}[ \t]*"
    r"(?P<account>[A-Za-z][A-Za-z0-9_\-.]{4,19}|[1-9][0-9]{4,11}|@[\w\u4e00-\u9fff]{2,20})(?![A-Za-z0-9_\-])"
)


# Quick tests first, kept to patterns the regular-expression engine scans fast.
_QUICK_HAN = re.compile(
    r"QQ|扣扣|企鹅|微信|薇信|威信|抖音|快手|钉钉|微博|小红书|支付宝|视频号|B站|哔哩|账户|帐户|收款码"
)
_QUICK_LATIN = re.compile(r"[vVwWaA](?:[xX]|echat|lipay|[^\x00-\x7f\u4e00-\u9fff])")


def find(text):
    if not _QUICK_HAN.search(text) and not _QUICK_LATIN.search(text):
        return
    text = digit_view(text)
    for match in _ACCOUNT.finditer(text):
        yield match.start("account"), match.end("account"), "文字中有聊天、社交或支付账号"


check = rule_check(Code.P606, "删去账号；联系经组织进行")
