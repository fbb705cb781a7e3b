"""Find program.yml taxonomy entries (categories, beneficiary groups, age bands, campaigns) by
id or by their Chinese name, as people type them in spreadsheets and on the command line.
"""

from __future__ import annotations

import re

from .model import Named

_BAND = re.compile(r"(?P<low>[0-9]+)-(?P<high>[0-9]+|up)")


def resolve(entries: dict, text: str) -> str | None:
    """The id of the entry whose id or name is ``text`` (spaces ignored), or whose name alone
    contains it; None when there is no such entry or more than one."""
    wanted = "".join(str(text).split())
    if wanted in entries:
        return wanted
    exact = [key for key, entry in entries.items() if "".join(entry.name.split()) == wanted]
    # A short form of a long name (添一物 for 我为困难群众添一物) when only one name holds it.
    partial = [key for key, entry in entries.items() if wanted and wanted in "".join(entry.name.split())]
    return (exact or (partial if len(partial) == 1 else [None]))[0]


def band_for_age(bands: dict[str, Named], age: int) -> str | None:
    """The age band (ids like ``6-11`` or ``80-up``) that holds an age in years."""
    for band_id in bands:
        match = _BAND.fullmatch(band_id)
        if match and int(match["low"]) <= age and (match["high"] == "up" or age <= int(match["high"])):
            return band_id
    return None


def resolve_age_band(bands: dict[str, Named], text: str) -> str | None:
    """A band id or name, or an age in years (``8``, ``8岁``) turned into its band."""
    found = resolve(bands, text)
    digits = str(text).strip().removesuffix("岁").strip()
    if found is None and digits.isdecimal():   # isdigit() also takes ², which int() refuses
        found = band_for_age(bands, int(digits))
    return found


def names(entries: dict) -> str:
    return "、".join(f"{e.name}（{key}）" for key, e in entries.items())
