"""受助人的称呼（``alias``）像是完整姓名。

姓加名（``王建华``、``王建华奶奶``），或用拼音写的
姓名（``Zhang Jianhua``、``zhangjianhua``、``Tan Guilan奶奶``）。

公开网站显示的称呼应当尊重本人又认不出是谁：姓加称呼（``谢大姐``、``王奶奶``、``李爷爷``、
``龙大叔``、``钱大嫂``、``张老伯``、``刘老汉``、``罗老倌``、``彭满爷``），小名（``小海``、``阿明``），或昵称（``乐乐``、
``石头``、``金豆``）。

为什么：受助人处境困难，很多是孩子；他们的故事公开是为了打动志愿者，不是为了让人认出他们。

示例（出错）::

    beneficiary: {alias: 王建华, group: elderly-alone, age_band: 70-79, place: 云岭县石门镇}

示例（正确）::

    beneficiary: {alias: 王奶奶, group: elderly-alone, age_band: 70-79, place: 云岭县石门镇}

改法：用姓加称呼，或小名、昵称。
"""

import re

from generator.model.codes import Code
from generator.rules.privacy import beneficiary_check
from generator.rules.privacy._names import COMPOUND_SURNAMES, SURNAMES, is_common_word, is_pinyin_name, strip_kin_term

__all__ = ["SURNAMES", "COMPOUND_SURNAMES", "problem", "looks_like_full_name"]

_HAN = re.compile(r"[\u4e00-\u9fff]{2,4}")


def looks_like_full_name(alias: str) -> bool:
    """A surname and a given name, even with a form of address after it (王建华奶奶), or a
    full name in pinyin; not a nickname that is an ordinary word (石头, 金豆)."""
    alias = strip_kin_term(alias.strip())
    if re.fullmatch(r"[A-Za-z][A-Za-z\s\-_.']*", alias):
        return is_pinyin_name(alias.strip())  # Zhang Jianhua, Tan Guilan奶奶
    alias = re.sub(r"\s+", "", alias)
    if not _HAN.fullmatch(alias) or alias[0] in "小老阿":
        return False
    if alias.startswith(COMPOUND_SURNAMES):
        return len(alias) >= 3
    if alias[-1] == alias[-2]:
        return False  # 乐乐, 朵朵: a reduplicated nickname
    return alias[0] in SURNAMES and len(alias) <= 3 and not is_common_word(alias)


def problem(alias: str) -> str | None:
    """The problem with ``alias`` as a beneficiary's alias, or None."""
    return f"称呼“{alias}”像是真实姓名" if looks_like_full_name(alias) else None


def _hint(alias: str) -> str:
    if alias.isascii():
        return "改用中文称呼，如 “王奶奶”，或小名"
    return f"改用称呼，如 “{alias[0]}奶奶”“{alias[0]}大姐”，或小名如 “小{alias[-1]}”"


check = beneficiary_check(Code.P608, "alias", problem, _hint)
