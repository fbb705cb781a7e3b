"""文字中有居民身份证号码。

18 位（最后一位是校验码，可以是 ``X``）或旧的 15 位号码，出生日期
真实存在；整串写，或者按任意方式分组写（``110105 19491231 002X``、``4301-0219-6001-0112-34``）。
只看号码的形状、出生日期和校验码，不看区县代码：老人身份证上的区县代码是办证那年的，后来可能
已经撤销或改名。紧跟在“身份证”“证件号”等词后面、形状像身份证号的号码，即使校验码不对也算。

为什么：身份证号码完整地指向一个人，可以被用来冒名办事、诈骗。

示例（出错）::

    story: 身份证 11010519491231002X

示例（正确）::

    story: 老人的身份已由村妇联核实

改法：删去号码。记录里从不需要身份证号码，组织自己的档案留在线下。
"""

import re
from datetime import date

from stdnum.cn import ric

from generator.model.codes import Code
from generator.rules.privacy import rule_check
from generator.rules.privacy._numbers import SEPARATOR, digit_view

# Eighteen (or fifteen) digits, the last possibly X, with at most one separator (a space, dot,
# hyphen, comma or line break) between any two: however the writer grouped or wrapped them.
# Not inside a longer run of digits.
_CANDIDATE = re.compile(
    rf"(?<![0-9A-Za-z])(?<![0-9][ .\-])(?:[0-9](?:{SEPARATOR}?[0-9]){{16}}{SEPARATOR}?[0-9Xx]"
    rf"|[0-9](?:{SEPARATOR}?[0-9]){{14}})(?!{SEPARATOR}?[0-9])(?![A-Za-z])"
)
# After these words any ID-shaped number is one, whatever its check digit says; certificates
# and student numbers that carry the ID inside (残疾证号 = ID + 2 digits, 学籍号 = G + ID) too.
_NAMED = re.compile(
    rf"(?:身份证|身份号码|公民身份|证件|证号|残疾证|学籍号|身份ID)(?:号码?)?[^0-9A-Za-z\n]{{0,6}}"
    rf"[A-Za-z]?(?P<number>[0-9](?:{SEPARATOR}?[0-9]){{14,21}}(?:{SEPARATOR}?[Xx])?)(?!{SEPARATOR}?[0-9])"
)
_PROVINCES = range(11, 92)


def _birth_date(digits: str) -> bool:
    try:
        born = date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return False
    return 1890 <= born.year <= date.today().year


def is_id_number(number: str) -> bool:
    """Shape, birth date and check digit of an 18-digit number; birth date of a 15-digit one."""
    if not number[:2].isdigit() or int(number[:2]) not in _PROVINCES:
        return False
    if len(number) == 18:
        return number[:17].isdigit() and _birth_date(number[6:14]) and ric.calc_check_digit(number) == number[17]
    return len(number) == 15 and number.isdigit() and _birth_date("19" + number[6:12])


_QUICK = re.compile(rf"[0-9](?:{SEPARATOR}?[0-9]){{14}}")


def find(text):
    text = digit_view(text)
    if not _QUICK.search(text):
        return
    named = [m.span("number") for m in _NAMED.finditer(text)]
    for match in _CANDIDATE.finditer(text):
        if any(s <= match.start() < e for s, e in named):
            continue
        if is_id_number(re.sub(r"[^0-9Xx]", "", match.group()).upper()):
            named.append(match.span())
    for start, end in sorted(named):
        yield start, end, "文字中有身份证号码"


check = rule_check(Code.P603, "删去身份证号码；记录里不需要它")
