"""Personal names in Chinese text: surnames, forms of address, and a judge for the rest.

A full name is found in two steps. Cheap patterns find a surname where the text says a name
follows (父亲叫…, …奶奶, 三年2班…, a photo's file name); then :func:`name_at` judges the few
characters there: a name, unless jieba's dictionary reads them as an ordinary word (常年, 高血压,
石头), a form of address (李奶奶) or a well-known name (雷锋), or jieba's tagger reads the
surname as a function word (和/李奶奶). jieba loads only when a candidate gets that far. Tagging
whole texts with jieba's person-name tag refuses far more harmless text and is too slow to run
on every file of a large program (benchmarks/privacy_names.py measures the candidates).
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌"
    "毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦"
    "麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩"
    "明佘池查麻苑迟邝洪"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "尉迟", "长孙", "宇文", "司徒")
# Forms of address after a surname (王奶奶, 龙大叔, 刘老汉): an alias, not a given name.
KIN_TERMS = (
    "奶奶",
    "爷爷",
    "外婆",
    "外公",
    "姥姥",
    "姥爷",
    "婆婆",
    "阿婆",
    "公公",
    "阿公",
    "太婆",
    "太公",
    "大爷",
    "大娘",
    "大妈",
    "大婶",
    "大伯",
    "大叔",
    "大哥",
    "大姐",
    "大嫂",
    "大姨",
    "大舅",
    "老伯",
    "老汉",
    "老太",
    "老爹",
    "老爷子",
    "老太太",
    "老奶奶",
    "老爷爷",
    "老人",
    "老师",
    "师傅",
    "伯伯",
    "叔叔",
    "阿姨",
    "婶婶",
    "嬢嬢",
    "孃孃",
    "舅舅",
    "姑姑",
    "姐姐",
    "哥哥",
    "弟弟",
    "妹妹",
    "阿叔",
    "阿伯",
    "阿哥",
    "阿姐",
    "阿妹",
    "娭毑",
    "嗲嗲",
    "爹爹",
    "妈妈",
    "爸爸",
    "同学",
    "医生",
    "老倌",
    "老表",
    "老哥",
    "老姐",
    "老弟",
    "老妹",
    "老头",
    "满爷",
    "满娘",
    "满叔",
    "满婶",
    "幺叔",
    "幺爸",
    "幺妹",
    "伯娘",
    "婶娘",
    "姨娘",
    "阿爹",
    "阿奶",
    "大大",
    "嬢",
    "孃",
    "爷",
    "奶",
    "娘",
    "倌",
    "小朋友",
    "姐",
    "哥",
    "叔",
    "伯",
    "嫂",
    "婶",
    "姨",
    "妹",
    "弟",
    "家",
    "娃",
    "宝",
    "仔",
    "儿",
    "老",
    "某",
    "妈",
    "爹",
    "婆",
    "公",
    "姑",
    "舅",
)
_KIN_LONGEST_FIRST = tuple(sorted(KIN_TERMS, key=len, reverse=True))
# What a name in a text is followed by when the text calls a person by it (王秀兰奶奶, 李小明同学).
KIN_AFTER_NAME = tuple(t for t in _KIN_LONGEST_FIRST if len(t) >= 2 and t not in ("老人", "妈妈", "爸爸"))

_SURNAME_CLASS = "".join(sorted(SURNAMES))
NAME = rf"(?:{'|'.join(COMPOUND_SURNAMES)}|[{_SURNAME_CLASS}])[\u4e00-\u9fff]{{1,2}}"
_HAN = re.compile(r"[\u4e00-\u9fff]+")


def surname_length(text: str) -> int:
    """2 for a compound surname at the start of ``text``, 1 for a single one, else 0."""
    if text.startswith(COMPOUND_SURNAMES):
        return 2
    return 1 if text[:1] in SURNAMES else 0


def strip_kin_term(alias: str) -> str:
    """``alias`` without a form of address at its end (王建华奶奶 -> 王建华, 龙大叔 -> 龙)."""
    for term in _KIN_LONGEST_FIRST:
        if alias.endswith(term) and len(alias) > len(term):
            return alias[: -len(term)]
    return alias


@lru_cache(maxsize=1)
def _tagger():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.dt.check_initialized()  # the word frequencies; importing jieba.posseg loaded the word tags
    return jieba.posseg.dt


_NAME_TAGS = ("nr", "ns", "nz")  # jieba tags a given name as a person's, a place's or a proper noun
_FUNCTION_TAGS = ("c", "p", "r", "u", "d", "y", "e", "o")  # conjunctions, prepositions, pronouns ...


@lru_cache(maxsize=4096)
def _word_tag(word: str) -> str | None:
    return _tagger().word_tag_tab.get(word)


def is_common_word(word: str) -> bool:
    """An ordinary word, as jieba reads it, not a name (石头, 金豆, 常年 yes; 王建华 no)."""
    tag = _word_tag(word)
    if tag is None:
        tokens = list(_tagger().cut(word))
        tag = tokens[0].flag if len(tokens) == 1 else None
    return tag is not None and not tag.startswith(_NAME_TAGS)


# A name jieba's dictionary knows well is a public figure's (雷锋, 袁隆平, 孙悟空) or a word it
# also tags as one (孙子, 金黄, 林子); a private person's name is rare there (王建华: 4).
_WELL_KNOWN = 10
# The last character of a hamlet's name after 家 (李家湾, 王家坪): a place, not a given name.
_PLACE_ENDINGS = frozenset("湾坪村沟岭冲寨庄屯坡垄铺桥岗洼塘港堡店集镇乡街巷院场坝溪")


def _frequency(word: str) -> int:
    return _tagger().tokenizer.FREQ.get(word) or 0


def _private(name: str) -> str | None:
    if _frequency(name) >= _WELL_KNOWN:
        return None
    if len(name) == 3 and (name[1] == "家" and name[2] in _PLACE_ENDINGS or name[2] in "省市县区镇乡村组路街"):
        return None  # 李家湾, 白沙县: a place
    return name


# Surnames that are also everyday function words (和 and, 于 at, 向 towards, 常 often): there the
# tagger, reading the words around, says which one the text uses.
_FUNCTION_SURNAMES = frozenset("和于向常万时应全成连尚")
# Characters that end a given name rather than continue it (王芳说, 张伟在外, 李娜的).
_AFTER_A_NAME = frozenset(
    "的地得在是和与跟同及或了着过今明昨前后去已也都还又才就再代说讲叫有到从把被向给为对"
    "年月日岁号住家里上下想要患病常每一二三四五六七八九十两几个位名等们这那其自很最太正刚会能可将"
    "于而但便仍曾只并手"
)


def _ordinary_word(word: str) -> bool:
    """A word jieba's dictionary knows as something other than a person's name (常年, 白内障,
    江西), not a rare place or proper noun that is likelier the start of a name (黎国 in 黎国庆)."""
    tag = _word_tag(word)
    if tag is None or tag.startswith("nr"):
        return False
    return not tag.startswith(("ns", "nz")) or _frequency(word) >= 50


_KIN_WORDS = tuple(t for t in _KIN_LONGEST_FIRST if len(t) >= 2)
_KIN_CHARS = frozenset(t for t in KIN_TERMS if len(t) == 1)
_NEVER_IN_A_NAME = frozenset("的地得了着过吗呢吧啊呀么和与及或在是有把被从向给对为也都还又就再很最太更已曾将会要想说")


def _starts_a_phrase(word: str) -> bool:
    """A verb, adverb, preposition and the like in jieba's dictionary (采买 in 钱伯采买), which a
    given name does not run into (建华 is no such word)."""
    tag = _word_tag(word)
    return tag is not None and tag.startswith(("v", "d", "p", "c", "u", "r", "y"))


def plausible(text: str) -> bool:
    """Whether ``text`` may start with a full name, judged without a dictionary: a surname, then
    a character that is neither a form of address (李奶奶, 龙大叔, 王姐说) nor a particle (查了)."""
    surname = surname_length(text)
    if not surname or len(text) <= surname or not _HAN.match(text[surname]):
        return False
    rest = text[surname:]
    if rest.startswith(_KIN_WORDS) or rest[0] in _NEVER_IN_A_NAME:
        return False
    return not (rest[0] in _KIN_CHARS and (len(rest) == 1 or rest[1] in _AFTER_A_NAME or not _HAN.match(rest[1])))


def _function_word_at(window: str, start: int) -> bool:
    offset = 0
    for word, tag in _tagger().cut(window):
        if offset == start:
            return len(word) == 1 and tag.startswith(_FUNCTION_TAGS)
        offset += len(word)
    return True  # inside a longer word


@lru_cache(maxsize=8192)
def name_at(window: str, start: int) -> str | None:
    """The private person's full name that starts at ``window[start]``, or None.

    Called where the text says a name follows (父亲…, …奶奶, 叫…): a surname, then one or two
    characters, is a name unless jieba's dictionary reads the surname as the start of an
    ordinary word (常年, 高血压, 白天), the characters after it are a form of address (李奶奶,
    龙大叔), the surname is a function word there (和/李奶奶, 于/去年, as the tagger reads the
    ``window`` around it), or the name is one the dictionary knows well (雷锋, 孙悟空).
    """
    text = window[start:]
    if not plausible(text):
        return None
    surname = surname_length(text)
    if any(_ordinary_word(text[:k]) for k in range(2, min(len(text), 4) + 1)):
        return None
    rest = text[surname:]
    if text[0] in _FUNCTION_SURNAMES and surname == 1 and _function_word_at(window, start):
        return None
    # A second character of the given name, unless it ends the name or starts a word (钱伯/采买).
    given = (
        2
        if (
            len(rest) > 1
            and _HAN.match(rest[1])
            and rest[1] not in _AFTER_A_NAME
            and not rest[1:].startswith(_KIN_WORDS)
            and not _starts_a_phrase(rest[1:3])
        )
        else 1
    )
    if given == 1 and rest[0] in _KIN_CHARS:
        return None  # 王姐, 钱伯
    name = text[: surname + given]
    return None if is_common_word(name) else _private(name)  # 金豆, 石头: a nickname that is a word


def starts_a_word(window: str, start: int) -> bool:
    """Whether jieba's segmentation of ``window`` has a word starting at ``start`` (女儿 in
    妇女儿童 does not: 妇女/儿童)."""
    offset = 0
    for word in _tagger().tokenizer.cut(window):
        if offset >= start:
            return offset == start
        offset += len(word)
    return False


# Pinyin: a surname's syllable, then one or two syllables of a given name (Zhang Jianhua,
# zhangjianhua, WANG Xiu-lan). Initials and finals as in the Scheme for the Chinese Phonetic
# Alphabet; diminutives and forms of address (xiao, a, lao; nainai, yeye) make no full name.
_SYLLABLE = (
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v))"
)
PINYIN_SURNAMES = frozenset(
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang "
    "xie song tang han feng deng cao peng zeng tian dong yuan pan yu jiang cai du ye cheng su wei lv "
    "ding ren shen yao lu zhong tan fan jin shi jia xia fu fang bai zou meng xiong qin qiu yin xue yan "
    "duan lei hou long tao mo kong kang qi gu mao hao gong shao wan qian dai qu ou ni niu ge xing an "
    "qiao yi pang zhuang nie zhai zhan shen geng guan lan jiao zuo liu gan zhu bao ning shang fu shu "
    "ruan ke ji mei tong ling bi".split()
)
_NOT_GIVEN = frozenset(
    "nainai yeye ayi dajie dage shushu bobo popo laoshi tongxue mama baba jiejie gege "
    "didi meimei waipo laolao dama daye shifu".split()
)
_PINYIN_NAME = re.compile(
    rf"(?P<surname>{_SYLLABLE})[\s\-_.']*(?P<given>{_SYLLABLE}(?:[\s\-_.']*{_SYLLABLE})?)", re.IGNORECASE
)


def is_pinyin_name(text: str, run_together: bool = True) -> bool:
    """``text`` is a full name in pinyin (Zhang Jianhua), not a nickname (Lele, xiaohai);
    with ``run_together`` false, only a name written apart (zhang jianhua, ZhangJianhua)."""
    match = _PINYIN_NAME.fullmatch(text.strip())
    if not match:
        return False
    surname = match["surname"].lower()
    given = re.sub(r"[\s\-_.']", "", match["given"].lower())
    if surname not in PINYIN_SURNAMES or given in _NOT_GIVEN:
        return False
    # Run together, two short syllables are as likely an English name (Anna, Lina).
    written_apart = match.end("surname") < match.start("given") or match["given"][0].isupper()
    return written_apart or (run_together and len(text.strip()) >= 6)
