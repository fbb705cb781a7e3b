"""文字中有住院的病区、病房或床位号。

例如（``内科二病区15床``、``住院部302室``、``ICU 5号床``、
``302病房``、``县人民医院12床``）。

为什么：病房和床号说出一个人此刻在哪里、得了什么病：有人能照着找上门，病情也是敏感个人信息。

示例（出错）::

    story: 刘叔叔现在住在县医院内科二病区15床。

示例（正确）::

    story: 刘叔叔在县医院住院，家里两床被子都旧了。

改法：只写“在县医院住院”，不写病区、病房和床号。
"""

import re

from generator.model.codes import Code
from generator.rules.privacy import rule_check

_N = r"[0-9一二三四五六七八九十]+"
_WARD = re.compile(
    rf"(?P<bed>{_N}\s*(?:号床|床位|床号)|(?:床位|床号)\s*(?:号)?\s*[是为：:]?\s*[0-9]+)"
    rf"|(?P<ward>[0-9A-Za-z]*{_N}\s*(?:病区|病房|病室|监护室))"
    rf"|(?:病区|病房|病室|住院部|住院楼|病床|ICU|CCU|监护室|[内外儿妇骨神]科)[^，。,.；;\n]{{0,6}}?(?P<room>[0-9]+[ \t]*(?:号?床|室|房|号)(?!楼))"
    rf"|(?:医院|卫生院)[^，。,.；;\n]{{0,6}}?(?P<hospital_bed>[0-9]+[ \t]*号?床(?![被单垫褥毯头边上]))"
)


_QUICK = re.compile(r"床|病[区房室]|监护|住院|ICU|CCU|[内外儿妇骨神]科")


def find(text):
    if not _QUICK.search(text):
        return
    for match in _WARD.finditer(text):
        part = match.lastgroup or 0  # every alternative is a named group
        yield match.start(part), match.end(part), f"文字中有病房或床位号（“{match.group(part)}”）"


check = rule_check(Code.P611, "删去病区、病房和床号；只写在哪家医院住院")
