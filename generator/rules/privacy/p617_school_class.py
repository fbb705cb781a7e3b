"""文字中写出了孩子所在的学校和班级。

例如（``石门镇中心小学三年级二班``、``马家驿村小2年级1班``、
``桃溪镇一中初一(3)班``、``中心小学三（2）班``）。只写年级（``读三年级``）或学校不算。

为什么：学校加班级，一个陌生人就能在校门口找到一个留守儿童。

示例（出错）::

    story: 小宇在石门镇中心小学三年级二班读书。

示例（正确）::

    story: 孩子在石门镇中心小学读书，今年上三年级。

改法：只写年级，或只写“在镇上读小学”，不写班级。
"""

import re

from generator.model.codes import Code
from generator.rules.privacy import rule_check

_N = r"[0-9一二三四五六七八九十]+"
_SCHOOL_CLASS = re.compile(
    r"(?:小学|中学|学校|村小|完小|一中|二中|三中|实验学校|初中|高中|幼儿园|教学点)[^，。,.；;\n]{0,4}?"
    rf"(?P<klass>(?:{_N}[ \t]*(?:年级?)?|初[一二三]|高[一二三]|[大中小]班)[ \t]*[（(]?[ \t]*{_N}[ \t]*[)）]?[ \t]*班)"
)


def find(text):
    for match in _SCHOOL_CLASS.finditer(text):
        yield match.start("klass"), match.end("klass"), f"文字中有学校和班级（“{match.group()}”）"


check = rule_check(Code.P617, "删去班级；只写年级或“在镇上读小学”")
