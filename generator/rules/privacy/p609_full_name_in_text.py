"""文字中出现了完整的真实姓名（姓加名，如 ``王建华``）。

故事里点名父母（``父亲叫王建华``、
``母亲刘秀英在外打工``），姓名后接称呼（``王秀兰奶奶``、``李小明同学``），班级后接姓名
（``三年2班李小明``），姓名后接年龄（``赵德明，78岁``），标题以姓名开头（``王建华想要一台轮椅``）。

只写姓加称呼（``王奶奶``、``龙大叔``、``张老伯``、``刘老汉``）、小名（``石头``、``金豆``、``小海``）
都不算姓名。是否姓名由 jieba 的词性标注判断（只看触发词附近几个字）：``常年``、``高血压``、
``和妈妈`` 这类普通词语不会被当成姓名。志愿者文件里的 ``name``（志愿者自己选择公开的称呼）不检查。

为什么：公开网站上一个完整姓名，加上年龄和乡镇，就足以找到一位留守儿童或独居老人；家人的姓名同样
指向这一户人家。

示例（出错）::

    story: 父亲叫王建华，常年在外打工。

示例（正确）::

    story: 王奶奶的老伴前年去世了，龙大叔常来帮忙。

改法：删去姓名，改用称呼（“王奶奶”“孩子的父亲”）或小名。
"""

import re

from generator.model.codes import Code
from generator.rules.privacy import rule_check
from generator.rules.privacy._names import (
    KIN_AFTER_NAME,
    NAME,
    SURNAMES,
    is_pinyin_name,
    name_at,
    plausible,
    starts_a_word,
)

_KIN = "|".join(KIN_AFTER_NAME)
_NUMERAL = "[0-9一二三四五六七八九十两]"
_RELATIVES = (
    "父亲|母亲|爸爸|妈妈|丈夫|妻子|老伴|儿子|女儿|孙子|孙女|外孙女?|儿媳|女婿|监护人|户主|家长"
    "|哥哥|姐姐|弟弟|妹妹|爷爷|奶奶|外公|外婆|继父|继母|养父|养母|姑姑|姑父|姨妈|姨父|舅舅|舅妈"
    "|叔叔|婶婶|伯伯|伯母|大伯母|大伯|嫂子|姐夫|妹夫|邻居|同学|朋友|患者|病人|老人|学生|孩子|儿童"
    "|受助人|本人|孤儿|留守儿童|村民|居民|低保户|贫困户|侄子|侄女|外甥女?|亲戚|堂[哥姐弟妹]|表[哥姐弟妹]|公公|婆婆|岳父|岳母|老公|老婆|媳妇|儿媳妇"
    "|前夫|前妻|继子|养子|给|为|帮|替|陪|送给|看望|探望|慰问|交到|交给|转交|送到|由|请|找|联系|问"
)
# Words after which a name is all a reader expects: a given name that is also a word counts.
_INTRODUCERS = (
    "名叫|叫做|叫|大名|学名|全名|真名|本名|原名|姓名|名字是|名字叫|名字|名为|签字|签名|签收人|签收"
    "|=|＝|即|就是|收件人|经手人|经办人|代收人|领取人|申请人|登记人|负责人|户名|联系人|落款|主席|主任|书记|村长|组长|会计|队长|校长|班主任|网格员|专干"
)
_SPACED = f"[{''.join(sorted(SURNAMES))}]"
_HAN = "\u4e00-\u9fff"
_SAYS = r"[ \t]*(?:是|为|[：:，,])?[ \t]*"
_OPENS = r"(?=的|想|希望|需要|盼|要|患|家|今年|现年|[，,：:（(])"
# Each form finds a name where a text says one follows, then the name is judged (_names.name_at).
# A form whose context comes after the name is searched only just before that context (an
# anchor: a form of address, 岁, 、): searching every surname in every text would cost more
# than all the other privacy rules together.
_FORMS = [  # (kind, pattern with a group "name", anchor or None, characters before the anchor)
    # introduced: 叫王建华, 大名赵家宝, 姓名：王建华, 签字：王秀英, 主席何翠英
    ("introduced", re.compile(rf"(?:{_INTRODUCERS}){_SAYS}(?P<name>{NAME})"), None, 0),
    # a relative or a helping verb: 父亲王建华, 母亲是刘秀英, 姑姑刘丽娟, 给刘子轩送书包
    ("related", re.compile(rf"(?:{_RELATIVES}){_SAYS}(?P<name>{NAME})"), None, 0),
    # a class, then a name: 三年2班李小明, 五（3）班的王小红
    (
        "pupil",
        re.compile(
            rf"{_NUMERAL}+[ \t]*(?:年级?)?[ \t]*[（(]?[ \t]*{_NUMERAL}+[ \t]*[)）]?[ \t]*班[ \t]*"
            rf"(?:的|学生|同学)?[ \t]*(?P<name>{NAME})"
        ),
        re.compile("班"),
        12,
    ),
    # in brackets after an alias, or with the relation in brackets: 王奶奶（王秀英）, 刘建军（孩子父亲）
    ("bracketed", re.compile(rf"[（(][ \t]*(?P<name>{NAME})[ \t]*[)）]"), None, 0),
    (
        "explained",
        re.compile(rf"(?P<name>{NAME})[ \t]*[（(][^）)\n]{{0,6}}(?:{_RELATIVES}|本人|签收|签字)"),
        re.compile("[（(]"),
        5,
    ),
    # a name, then a form of address or 家: 王秀兰奶奶, 李小明同学, 王秀英老人, 刘长根家
    ("addressed", re.compile(rf"(?P<name>{NAME})(?:{_KIN}|老人|家)"), re.compile(rf"{_KIN}|老人|家"), 4),
    # a name, then an age: 赵德明，78岁; 赵德明（78岁）; 赵德明今年78岁
    (
        "aged",
        re.compile(rf"(?P<name>{NAME})[ \t]*[，,（(]?[ \t]*(?:今年|现年)?[ \t]*{_NUMERAL}+[ \t]*岁"),
        re.compile("岁"),
        16,
    ),
    # names in a list: 谭桂兰、刘长根二位老人
    ("listed", re.compile(rf"(?P<name>{NAME})[ \t]*、[ \t]*{NAME}"), re.compile("、"), 5),
    # a name opening a line, a value or a comment: title: 王建华想要一台轮椅, note: 王秀英已收到
    ("opening", re.compile(rf"\n[ \t]*(?:#[ \t]*|-[ \t]+|[A-Za-z_]+:[ \t]*)?[\"'“]?(?P<name>{NAME}){_OPENS}"), None, 0),
    ("opening", re.compile(rf"[:：][ \t]*[\"'“]?(?P<name>{NAME}){_OPENS}"), None, 0),
    # a name with its characters spaced out: 谭 桂 兰
    ("spaced", re.compile(rf"(?P<name>{_SPACED}[ \t]+[{_HAN}][ \t]+[{_HAN}])(?![{_HAN}])"), None, 0),
    # a full name in pinyin: Zhao Jiabao
    ("pinyin", re.compile(r"(?P<name>[A-Z][a-z]{0,5}[ \t]+[A-Z][a-z]{1,11})(?![A-Za-z])"), None, 0),
]
_AFTER_CONTEXT = {"introduced", "related", "pupil"}  # a word of the pattern ends right before the name
_BOOK_TITLE = re.compile(r"《[^》\n]*》")
_CONTEXT = 4  # characters before a name the tagger reads with it


def _matches(text: str):
    """(kind, match) of every form, anchored forms searched just before their anchors."""
    for kind, pattern, anchor, width in _FORMS:
        if anchor is None:
            yield from ((kind, m) for m in pattern.finditer(text))
            continue
        for hit in anchor.finditer(text):
            found = pattern.search(text, max(0, hit.start() - width), hit.end() + 12)
            if found and found.start() <= hit.start() < found.end():
                yield kind, found


def _name(text: str, kind: str, match: re.Match) -> str | None:
    start = match.start("name")
    if kind == "pinyin":
        before = text[start - 1 : start]
        return match["name"] if not before.isalpha() and is_pinyin_name(match["name"]) else None
    if kind == "spaced":
        joined = re.sub(r"[ \t]+", "", match["name"])
        return joined if not re.match(f"[{_HAN}]", text[start - 1 : start]) and name_at(joined, 0) else None
    if not plausible(text[start : start + 6]):
        return None  # 王奶奶, 李爷爷: no dictionary needed
    if kind == "related" and (
        not starts_a_word(text[max(0, match.start() - 2) : start + 3], min(2, match.start()))
        or (match.group().startswith("家") and text[match.start() - 1 : match.start()] in SURNAMES)
    ):
        return None  # 妇女儿童: no 女儿 (daughter) there; 张家长李家短: the Zhangs, no 家长
    after_context = kind in _AFTER_CONTEXT
    window_start = max(match.start(), start - _CONTEXT) if after_context else max(0, start - _CONTEXT)
    window = text[window_start : start + 6]
    if not after_context and not starts_a_word(window, start - window_start):
        return None  # the surname ends a word: 一张/回家, 小苗/跟着, 检查/了
    return name_at(window, start - window_start)


def find(text):
    text = "\n" + text  # every form that opens a line sees a line break before it
    titles = [m.span() for m in _BOOK_TITLE.finditer(text)] if "《" in text else []
    found = {}
    for kind, match in _matches(text):
        start = match.start("name")
        if start in found or any(s < start < e for s, e in titles):
            continue
        name = _name(text, kind, match)
        if name:
            found[start] = (match.end("name") if kind in ("spaced", "pinyin") else start + len(name), name)
    for start, (end, name) in sorted(found.items()):
        yield start - 1, end - 1, f"文字中有完整姓名（“{name}”）"


ALLOWED = frozenset({("volunteer", "name")})  # the name a volunteer chose to be shown by
check = rule_check(Code.P609, "删去姓名，改用称呼（如“王奶奶”“孩子的父亲”）或小名")
