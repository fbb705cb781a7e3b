"""Numbers written in Chinese numerals (一三九, 壹叁玖, 幺, 〇) read as digits."""

from __future__ import annotations

import re
from functools import lru_cache

_DIGITS = {
    "0": "〇零洞",
    "1": "一幺壹",
    "2": "二两贰",
    "3": "三叁",
    "4": "四肆",
    "5": "五伍",
    "6": "六陆",
    "7": "七柒拐",
    "8": "八捌",
    "9": "九玖",
}
_AS_DIGIT = str.maketrans({c: d for d, chars in _DIGITS.items() for c in chars})
_NUMERAL = "0-9" + "".join(c for chars in _DIGITS.values() for c in chars)
# Between the digits of one number: a space, dot, hyphen or comma, or a line break (a number
# wrapped in a block of text). Texts reach here normalised: dashes and middle dots are hyphens.
SEPARATOR = r"(?:[ .\-,，]|\n[ \t]*)"
# Seven or more numerals in a row, digits mixed in, separators between them: long enough to be
# no count or ordinal (三年二班, 一二十个), short enough for a local phone number.
_RUN = re.compile(rf"[{_NUMERAL}](?:{SEPARATOR}?[{_NUMERAL}]){{6,}}")
_HAS_CHINESE = re.compile(rf"[{_NUMERAL[3:]}]")


@lru_cache(maxsize=1024)
def digit_view(text: str) -> str:
    """``text`` with every long run of numerals written in digits, offsets unchanged."""
    if not _HAS_CHINESE.search(text):
        return text
    parts, last = [], 0
    for match in _RUN.finditer(text):
        if _HAS_CHINESE.search(match.group()):
            parts += [text[last : match.start()], match.group().translate(_AS_DIGIT)]
            last = match.end()
    return "".join(parts) + text[last:] if parts else text
