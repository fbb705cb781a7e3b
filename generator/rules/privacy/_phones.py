"""Phone numbers in Chinese text, found by libphonenumber (the ``phonenumbers`` package)."""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher, PhoneNumberType

# Seven digits, possibly broken by spaces, dots or dashes, neither inside an identifier such as
# majiayi-2026-003 nor an ISO date: anything shorter is no phone number. (Texts reach here
# normalised: full-width digits and invisible characters already made plain.)
_CANDIDATE = re.compile(r"(?<![A-Za-z0-9_\-])(?![0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9]))[0-9](?:[ .\-]?[0-9]){6,}")
_SEVEN_DIGITS = re.compile(r"[0-9](?:[ .\-]?[0-9]){6}")  # a quick test first: no look-behind to slow it
MOBILE = frozenset({PhoneNumberType.MOBILE})
LANDLINE = frozenset(
    {
        PhoneNumberType.FIXED_LINE,
        PhoneNumberType.FIXED_LINE_OR_MOBILE,
        PhoneNumberType.VOIP,
        PhoneNumberType.UAN,
        PhoneNumberType.TOLL_FREE,
    }
)


@lru_cache(maxsize=1024)
def phones(text: str) -> tuple[tuple[int, int, int], ...]:
    """(start, end, number type) of each valid mainland phone number in ``text``."""
    if not _SEVEN_DIGITS.search(text) or not _CANDIDATE.search(text):
        return ()
    found = []
    for match in PhoneNumberMatcher(text, "CN", leniency=Leniency.VALID):
        kind = phonenumbers.number_type(match.number)
        if match.number.country_code == 86 and _written_as_phone(text, match, kind):
            found.append((match.start, match.end, kind))
    return tuple(found)


def _written_as_phone(text: str, match, kind) -> bool:
    """Whether the digits read as a phone number, not as part of an id or a serial number.

    A landline is written with its area code's leading 0 (or +86), or as a bare local number of
    seven or eight digits; ``2026-00002`` inside ``village-2-2026-00002`` is neither.
    """
    before = text[match.start - 1] if match.start else " "
    if before.isascii() and (before.isdigit() or before in "-_/."):
        return False
    raw = match.raw_string
    if kind in MOBILE:
        return True
    return raw.startswith(("0", "+", "(", "（", "86")) or (raw.isdigit() and len(raw) in (7, 8))
