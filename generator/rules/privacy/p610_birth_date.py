"""文字中有确切的出生日期。

年月日俱全，后面写着“出生”（``2014年5月6日出生``、``2014.05.06出生``、
``二〇一四年五月六日生``、``1941年腊月初八生的``、``2014/5/6的生日``），或前面写着“出生于”“生日”“出生日期”；也包括写明月日的生日
（``生日是5月6日``）。只写出生年份（``1954 年出生``）或年龄不算。

为什么：出生日期加上乡镇和称呼，就能把一个孩子或老人从户籍信息里找出来，也常被用来冒名办事。

示例（出错）::

    story: 小雨2014年5月6日出生，父母在外打工。

示例（正确）::

    story: 王奶奶 1954 年出生，今年 72 岁。

改法：删去日期；年龄只写年龄段（``beneficiary.age_band``）。
"""

import re

from generator.model.codes import Code
from generator.rules.privacy import rule_check

_Y = r"(?:(?:19|20)[0-9]{2}|[一二][〇零九一二三四五六七八九]{3})"
_M = r"(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])"
_D = r"(?:[0-9]{1,2}|[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])"
# The lunar calendar as older people give their birthday: 腊月初八, 正月十五, 冬月廿三.
_LUNAR = (
    r"(?:正|冬|腊|[一二三四五六七八九十]|十[一二])月[ \t]*(?:初[一二三四五六七八九十]|十[一二三四五六七八九]"
    r"|廿[一二三四五六七八九十]?|二十[一二三四五六七八九]?|三十)"
)
_DATE = rf"{_Y}[ \t]*(?:[年./\-][ \t]*{_M}[ \t]*[月./\-][ \t]*{_D}[ \t]*[日号]?|年[ \t]*(?:农历)?{_LUNAR})"
_BIRTH = re.compile(
    rf"(?P<before>{_DATE})(?=[ \t]*(?:的)?[ \t]*(?:出生|生人|生(?![活病气产意])|降生|出世))"
    rf"|(?:出生于|出生在|生于|出生日期|出生年月日?|生日|出生)[ \t]*(?:是|为|在|于|[：:])?[ \t]*"
    rf"(?P<after>{_DATE}|{_M}[ \t]*月[ \t]*{_D}[ \t]*[日号]|{_LUNAR})"
    # the day apart from the year and month: 出生于2016年7月，7号生日
    rf"|(?P<split>{_Y}[ \t]*年[ \t]*{_M}[ \t]*月)(?=[，,][ \t]*{_D}[ \t]*[日号][ \t]*(?:的)?生日)"
)


def find(text):
    if "生" not in text and "出世" not in text:
        return
    for match in _BIRTH.finditer(text):
        part = match.lastgroup or 0  # every alternative is a named group
        yield match.start(part), match.end(part), "文字中有确切的出生日期"


check = rule_check(Code.P610, "删去出生日期；年龄只写在年龄段里")
