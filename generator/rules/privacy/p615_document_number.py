"""文字中有证件、档案或户头的编号。

护照、港澳通行证、户口本户号、学籍号、住院号、病历号、社保卡、
医保卡、低保证、残疾证，水电燃气的户号（``护照号E83619274``、``户口本户号 431202056123``、
``住院号20260312045``、``电费户号0745102355671``、``水费户号 2036 1587``）。编号至少 6 位，
其中至少 4 位数字。

为什么：这些编号各自指向一个人或一户人家，能被用来查档案、冒名办事，水电户号还能查到住址。

示例（出错）::

    story: 电费户号0745102355671，帮老人在网上交电费

示例（正确）::

    story: 发票号码 04300216，已交村财务

改法：删去编号；办事需要的编号由组织在线下保管。
"""

import re

from generator.model.codes import Code
from generator.rules.privacy import rule_check
from generator.rules.privacy._numbers import digit_view

_DOCUMENT = re.compile(
    r"(?:护照|通行证|户口本?|户籍|户号|学籍|住院|病历|病案|门诊|社保卡?|医保卡?|低保证?|五保证?|特困证|残疾证|优抚证"
    r"|驾驶证|驾照|行驶证|不动产证?|房产证|土地证|电费|水费|燃气|电表|水表|气表)"
    r"(?:[ \t]*(?:本|证|卡))?[ \t]*(?:户号|号码?|编号|账号|卡号)?[ \t]*(?:是|为|[：:])?[ \t]*"
    r"(?P<number>(?=(?:[A-Za-z \t\-]*[0-9]){4})[A-Za-z0-9](?:[ \t\-]?[A-Za-z0-9]){5,24})(?![A-Za-z0-9])"
)


def find(text):
    text = digit_view(text)
    for match in _DOCUMENT.finditer(text):
        yield match.start("number"), match.end("number"), f"文字中有证件或户头编号（“{match.group()}”）"


check = rule_check(Code.P615, "删去编号；证件和户头由组织在线下保管")
