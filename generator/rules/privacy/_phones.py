"""Phone numbers in Chinese text, found by libphonenumber (the ``phonenumbers`` package)."""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher, PhoneNumberType

# Seven digits, possibly broken by spaces or dashes: anything shorter is no phone number.
_CANDIDATE = re.compile(r"[0-9](?:[ \-]?[0-9]){6,}")
MOBILE = frozenset({PhoneNumberType.MOBILE})
LANDLINE = frozenset({PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE,
                      PhoneNumberType.VOIP, PhoneNumberType.UAN, PhoneNumberType.TOLL_FREE})


@lru_cache(maxsize=1024)
def phones(text: str) -> tuple[tuple[int, int, int], ...]:
    """(start, end, number type) of each valid mainland phone number in ``text``."""
    text = text.translate(_FULLWIDTH)
    if not _CANDIDATE.search(text):
        return ()
    found = []
    for match in PhoneNumberMatcher(text, "CN", leniency=Leniency.VALID):
        if match.number.country_code == 86:
            found.append((match.start, match.end, phonenumbers.number_type(match.number)))
    return tuple(found)


# Full-width digits (１３８…) are the same number to a reader.
_FULLWIDTH = str.maketrans("０１２３４５６７８９＋－", "0123456789+-")
