"""文字中出现了完整的真实姓名（姓加名，如 ``王建华``）：故事里点名父母（``父亲叫王建华``、
``母亲刘秀英在外打工``），姓名后接称呼（``王秀兰奶奶``、``李小明同学``），班级后接姓名
（``三年2班李小明``），姓名后接年龄（``赵德明，78岁``），标题以姓名开头（``王建华想要一台轮椅``）。

只写姓加称呼（``王奶奶``、``龙大叔``、``张老伯``、``刘老汉``）、小名（``石头``、``金豆``、``小海``）
都不算姓名。是否姓名由 jieba 的词性标注判断（只看触发词附近几个字）：``常年``、``高血压``、
``和妈妈`` 这类普通词语不会被当成姓名。志愿者文件里的 ``name``（志愿者自己选择公开的称呼）不检查。

原因：公开网站上一个完整姓名，加上年龄和乡镇，就足以找到一位留守儿童或独居老人；家人的姓名同样
指向这一户人家。

不通过::

    story: 父亲叫王建华，常年在外打工。

通过::

    story: 王奶奶的老伴前年去世了，龙大叔常来帮忙。

改法（Fix）：删去姓名，改用称呼（“王奶奶”“孩子的父亲”）或小名。
"""

import re

from . import rule_check
from ._names import KIN_AFTER_NAME, NAME, name_at

_KIN = "|".join(KIN_AFTER_NAME)
_NUMERAL = "[0-9一二三四五六七八九十两]"
# Each form captures the name where a text says one follows; jieba then judges the window.
_TRIGGERS = re.compile(
    # introduced: 叫王建华, 姓名：王建华, 父亲王建华, 母亲是刘秀英, 患者王建华
    r"(?:名叫|叫做|叫|姓名|名字|真名|本名|原名|名为"
    r"|父亲|母亲|爸爸|妈妈|丈夫|妻子|老伴|儿子|女儿|孙子|孙女|外孙女?|儿媳|女婿|监护人|户主|家长"
    r"|哥哥|姐姐|弟弟|妹妹|爷爷|奶奶|外公|外婆|继父|继母|养父|养母|患者|病人|老人|学生|孩子|儿童|受助人|本人)"
    rf"\s*(?:是|为|[：:，,])?\s*(?P<introduced>{NAME})"
    # a class, then a name: 三年2班李小明, 五（3）班的王小红
    rf"|{_NUMERAL}+\s*(?:年级?)?\s*[（(]?\s*{_NUMERAL}+\s*[)）]?\s*班\s*(?:的|学生|同学)?\s*(?P<pupil>{NAME})"
    # a name, then a form of address: 王秀兰奶奶, 李小明同学
    rf"|(?P<addressed>{NAME})(?=(?:{_KIN}))"
    # a name, then an age: 赵德明，78岁; 赵德明（78岁）; 赵德明今年78岁
    rf"|(?P<aged>{NAME})(?=\s*[，,（(]?\s*(?:今年|现年)?\s*{_NUMERAL}+\s*岁)"
    # a name opening a title or a text: 王建华想要一台轮椅, title: 王建华的心愿
    rf"|(?:^|(?<=[\n:：]))[ \t]*(?:[\"'“]|[A-Za-z_]+:[ \t]*[\"']?)?(?P<opening>{NAME})"
    r"(?=的|想|希望|需要|盼|要|患|家|今年|现年|[，,：:])",
)
_CONTEXT = 4  # characters before a name the tagger reads with it


def find(text):
    for match in _TRIGGERS.finditer(text):
        part = match.lastgroup
        start = match.start(part)
        window_start = max(match.start(), start - _CONTEXT) if part in ("introduced", "pupil") else max(0, start - _CONTEXT)
        name = name_at(text[window_start: start + 6], start - window_start)
        if name:
            yield start, start + len(name), f"文字中有完整姓名（“{name}”）"


check = rule_check("P609", find, "删去姓名，改用称呼（如“王奶奶”“孩子的父亲”）或小名",
                   allowed=frozenset({("volunteer", "name")}))
