"""Find program.yml taxonomy entries (categories, beneficiary groups, age bands, campaigns) by
id or by their Chinese name, as people type them in spreadsheets and on the command line.
"""

from __future__ import annotations

import re

from generator.model.records import Named

_BAND = re.compile(r"(?P<low>[0-9]+)-(?P<high>[0-9]+|up)")
# A band's name read for its lowest age: "6–11岁", "6—11 岁", "0至5岁"; "14岁以下" starts at 0.
_NAMED_BAND = re.compile(r"(?P<low>[0-9]+)\s*(?:岁\s*)?[-–—~～至到]|(?P<under>[0-9]+)\s*岁?\s*(?:以下|以内|及以下)")
CHILD_AGE = 14  # PIPL Art. 28, 31: a child under 14 needs a guardian's consent


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


def band_bounds(band_id: str) -> tuple[int, int | None] | None:
    """The ages a band id like ``6-17`` or ``60-up`` holds (None: no upper bound), or None when
    the id does not name ages."""
    match = _BAND.fullmatch(band_id)
    if not match:
        return None
    return int(match["low"]), None if match["high"] == "up" else int(match["high"])


def band_for_age(bands: dict[str, Named], age: int) -> str | None:
    """The age band (ids like ``6-11`` or ``80-up``) that holds an age in years."""
    for band_id in bands:
        bounds = band_bounds(band_id)
        if bounds and bounds[0] <= age and (bounds[1] is None or age <= bounds[1]):
            return band_id
    return None


def lowest_age(band: Named) -> int | None:
    """The youngest age an age band holds, from its id (``6-11``) or its name; None if unknown."""
    match = _BAND.fullmatch(band.id)
    if match:
        return int(match["low"])
    match = _NAMED_BAND.search(band.name)
    if match:
        return int(match["low"]) if match["low"] else 0
    return None


def needs_guardian(program, group: str, age_band: str) -> bool:
    """A beneficiary in a group marked ``minors: true``, or in an age band that holds ages under
    14, can only consent through a parent or guardian."""
    entry = program.groups.get(group)
    if entry and entry.extra.get("minors"):
        return True
    band = program.age_bands.get(age_band)
    low = lowest_age(band) if band else None
    return low is not None and low < CHILD_AGE


def age_of(text) -> int | None:
    """An age in years as people write it (``9``, ``9岁``, ``9 周岁``, ``９``, 9.0 from a
    spreadsheet), or None when ``text`` is not an age."""
    if isinstance(text, float) and text.is_integer():
        text = int(text)
    digits = str(text).strip().removesuffix("岁").removesuffix("周").strip()
    return int(digits) if digits.isdecimal() and len(digits) <= 3 else None


def resolve_age_band(bands: dict[str, Named], text) -> str | None:
    """An age in years (``8``, ``8岁``) turned into its band, else a band id or name.

    A number is read as an age first: matched against the names it would land in any band
    whose name happens to contain the digit (``9`` in ``18–59岁``)."""
    if str(text).strip() in bands:
        return str(text).strip()
    age = age_of(text)
    if age is not None:
        return band_for_age(bands, age)
    return resolve(bands, str(text))


# Where a wish names a taxonomy entry, and the Program attribute that lists the entries.
WISH_FIELDS = {
    ("category",): "categories",
    ("beneficiary", "group"): "groups",
    ("beneficiary", "age_band"): "age_bands",
    ("campaign",): "campaigns",
}


def id_hint(program, keypath: tuple, value) -> str | None:
    """When a name (``添一物``) or an age (``9``) is written where an id belongs: which id to write."""
    table = getattr(program, WISH_FIELDS[keypath])
    found = (resolve_age_band if keypath[-1] == "age_band" else resolve)(table, value)
    if found is None or found == value:
        return None
    return f"这里写编号：改成 “{found}”（{table[found].name}）"


def names(entries: dict) -> str:
    return "、".join(f"{e.name}（{key}）" for key, e in entries.items())
