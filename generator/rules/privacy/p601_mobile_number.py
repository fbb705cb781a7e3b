"""文字中有手机号码。

不论怎么写都算：``13800138000``、``+86 138 0013 8000``、``138-0013-8000``、
``138.0013.8000``、``138—0013—8000``、``138·0013·8000``、``tel13800138000``、全角数字、夹着
看不见的零宽字符，或用汉字数字写（``一三九〇〇一三八〇〇〇``、``壹叁玖``、``幺``，也可以和阿拉伯
数字混写）。

为什么：受助人的手机号码能让任何人直接找到一位处境脆弱的人，往往是孩子或独居老人；一旦进了 git
历史，就永远公开了。

示例（出错）::

    story: 有意者请联系 13800138000

示例（正确）::

    story: 有意者请通过村妇联联系

改法：删去号码。志愿者通过组织联系，组织的办公电话写在 ``data/orgs/<org>.yml`` 的
``contact.phone`` 里（唯一允许写电话号码的地方）。
"""

import re

from generator.model.codes import Code
from generator.rules.privacy import rule_check
from generator.rules.privacy._numbers import SEPARATOR, digit_view
from generator.rules.privacy._phones import MOBILE, phones

# Eleven digits 1[3-9]x xxxx xxxx, however broken up (at most one separator between two digits)
# or glued to a word ("tel13800138000"), which libphonenumber does not take for a number.
_MOBILE = re.compile(
    rf"(?<![0-9\-_/.])(?<![0-9][ ,，])(?:\+?86[ .\-]?)?1[3-9](?:{SEPARATOR}?[0-9]){{9}}"
    rf"(?![0-9])(?!{SEPARATOR}[0-9])"
)
# A number given in two parts: 开头139 0745，尾号1286.
_PARTS = re.compile(
    r"(?:开头|前[0-9三七]位)[ \t]*(?:是|为|[:：])?[ \t]*(?P<head>1[3-9][0-9 ]{1,7}[0-9])[^。\n]{0,8}?"
    r"(?:尾号|后四位|末四位|最后四位)[ \t]*(?:是|为|[:：])?[ \t]*(?P<tail>[0-9]{4})(?![0-9])"
)


_QUICK = re.compile(rf"1[3-9](?:{SEPARATOR}?[0-9]){{9}}|开头|前[0-9三七]位")


def find(text):
    text = digit_view(text)
    if not _QUICK.search(text) and not phones(text):
        return
    spans = [(start, end) for start, end, kind in phones(text) if kind in MOBILE]
    spans += [m.span() for m in _MOBILE.finditer(text) if not any(s <= m.start() < e for s, e in spans)]
    spans += [m.span("head") for m in _PARTS.finditer(text) if len(m["head"].replace(" ", "")) == 7]
    for start, end in sorted(spans):
        yield start, end, "文字中有手机号码"


check = rule_check(Code.P601, "删去号码；联系方式只写在组织文件的 contact.phone 中")
