"""One rule for the names people choose to be shown by (a volunteer's display name), however
they come in: a pull request, the claim form, the command line. Validation (rule I310) applies
it to every record, so no path can skip it; intake uses it to answer the form in words.

A name may not
- hold an invisible, bidirectional or control character (a right-to-left override turns
  "甲乙" into what looks like another name; a zero-width space makes a twin of a real name);
- start with a character a spreadsheet reads as a formula (``= + - @``, tab, carriage return,
  and their full-width forms: Excel and WPS turn some of those into formulas too), because
  names go into the CSV files the program hands to employers and publishes as open data;
- hold web markup or a link (``< > ` { } [ ] | \\``, ``&…;``, ``://``), or be longer than the
  claim form allows (20 characters for a name, 40 for a unit);
- read, once spaces, punctuation, width, case, traditional and Japanese forms and look-alike
  characters are set aside (:func:`folded`), as a label the site shows in place of a person
  (一位志愿者 …) or the name of an organisation or of the program.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from opencc import OpenCC

from generator.model.cells import formula_like
from generator.model.lookalike_forms import SKELETON, VARIANTS
from generator.model.records import STATUS_LABELS

# What the site (and the reminder issue) print where a volunteer's name would be.
SITE_LABELS = (
    "一位志愿者",
    "匿名",
    "匿名志愿者",
    "志愿者",
    "管理员",
    "组织派单",
    "空缺",
    "无人认领",
    *STATUS_LABELS.values(),
)

# Web markup, Markdown and links: text from forms and names is shown, never interpreted.
MARKUP = re.compile(r"[<>`{}\[\]|\\]|&[#a-zA-Z0-9]+;|://")
# The longest names the claim form takes: a display name and a unit.
NAME_LENGTH, UNIT_LENGTH = 20, 40

# Characters that show nothing (or nothing of their own) although they are not format characters.
_BLANK_LOOKALIKES = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e\u034f\U0001d159")


def invisible(char: str) -> bool:
    """Control, format (bidirectional controls, zero-width characters, BOM), separator other than
    a plain space, private-use, unassigned, variation selectors and blank look-alikes."""
    category = unicodedata.category(char)
    return (
        category in ("Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp")
        or (category == "Zs" and char not in " \u3000")
        or char in _BLANK_LOOKALIKES
        or "\ufe00" <= char <= "\ufe0f"
        or "\U000e0100" <= char <= "\U000e01ef"
    )


# Characters that are certainly visible text (ASCII, CJK punctuation, ideographs, full-width
# forms): only the others need the (slower) look-up, which keeps validating 60,000 wishes fast.


_UNCOMMON = re.compile(r"[^\x20-\x7e\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e]")
_EMOJI_JOINERS = frozenset("\u200d\ufe0e\ufe0f")  # zero-width joiner, text and emoji selectors


def _emoji_part(text: str, at: int) -> bool:
    """A joiner or presentation selector inside an emoji (``❤️``, ``👩‍👧``), which phones write."""
    before = text[at - 1] if at else ""
    after = text[at + 1] if at + 1 < len(text) else ""
    if text[at] == "\u200d":
        return unicodedata.category(before or " ") == "So" and unicodedata.category(after or " ") == "So"
    return bool(before) and (unicodedata.category(before) in ("So", "Sk") or before in "0123456789#*")


def first_invisible(text: str, allow_newline: bool = False) -> str | None:
    """The first invisible character of ``text`` (a line break is allowed if asked), or None."""
    for match in _UNCOMMON.finditer(text):
        char = match.group()
        if char == "\n" and allow_newline or not invisible(char):
            continue
        if char in _EMOJI_JOINERS and _emoji_part(text, match.start()):
            continue
        return char
    return None


def shown(text: str) -> str:
    """``text`` safe to quote in a message: invisible characters written as ``<U+202E>``."""
    return "".join(f"<U+{ord(c):04X}>" if invisible(c) else c for c in text)


# Japanese and traditional forms read as the simplified ones (OpenCC's tables): 婦 is 妇 and 経
# is 经 to anyone who reads them.
_TRADITIONAL = OpenCC("jp2t")
_SIMPLIFIED = OpenCC("t2s")


def _ideograph(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _standard(char: str) -> bool:
    """An ideograph of the national standard set (GB 2312): written as meant, so never folded into
    another one (浜 is not 滨, 芸 not 艺, 士 not 土: they are in real names), only into a look-alike
    of another script (一 and ー)."""
    if not _ideograph(char):
        return False
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _fold(char: str) -> str:
    if char in VARIANTS:
        return VARIANTS[char]
    if _standard(char):
        other = SKELETON.get(char, char)
        return char if any(_ideograph(c) for c in other) else other
    return "".join(SKELETON.get(c, c) for c in _SIMPLIFIED.convert(_TRADITIONAL.convert(char)))


@lru_cache(maxsize=65536)  # a volunteer's name is compared with every other one
def folded(text: str) -> str:
    """``text`` as a reader sees it, for comparing names (never shown): width, case, traditional and
    Japanese forms, look-alike characters (:mod:`generator.model.lookalike_forms`), and what shows
    nothing or little of its own (spaces, punctuation, combining marks, format characters) set aside.
    Folded until nothing changes, so a look-alike of a look-alike (⺒ → 巳 → 已) is caught too."""
    text = unicodedata.normalize("NFKC", text)
    for _ in range(4):
        kept = (c for c in text if c in VARIANTS or unicodedata.category(c)[0] not in "MPZC")
        # Unicode's table tells letters apart by case (I and l alike, m and rn): fold case between.
        again = "".join(_fold(c) for c in kept).casefold()
        if again == text:
            break
        text = again
    return text


def reserved_names(names=()) -> dict[str, str]:
    """The site's labels and ``names`` (organisations', the program's), by their folded form."""
    return {folded(name): name for name in (*SITE_LABELS, *names)}


def name_problem(name: str, reserved: tuple[str, ...] | dict[str, str] = (), *, labels: bool = True) -> str | None:
    """Why ``name`` cannot be shown as a person's name, in Chinese, or None.

    ``reserved``: further names nobody may take (the organisations' and the program's), or
    :func:`reserved_names` computed once for many names;
    ``labels=False`` for text that may equal them (a volunteer's unit may be an organisation).
    """
    bad = first_invisible(name)
    if bad is not None:
        return f"包含看不见的字符或改变文字方向的控制字符（U+{ord(bad):04X}）"
    if name != name.strip(" \u3000"):
        return "开头或结尾有空格"
    if formula_like(name):
        return f"不能以 “{name.lstrip()[:1]}” 开头（表格软件会把它当成公式）"
    if MARKUP.search(name):
        return "不能包含网页代码、链接或特殊符号（< > ` { } [ ] | \\ ://）"
    limit = NAME_LENGTH if labels else UNIT_LENGTH
    if len(name) > limit:
        return f"太长了（{len(name)} 个字，最多 {limit} 个）"
    if not labels:
        return None
    table = reserved if isinstance(reserved, dict) else reserved_names(reserved)
    taken = table.get(folded(name))
    if taken is not None:
        return f"与网站上使用的称呼或组织名称 “{taken}” 相同，容易让人误会"
    return None
