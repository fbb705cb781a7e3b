"""What the public site and its open data may show of a wish (PIPL Art. 25, 47).

The one place that decides it; every page, list, feed, search index and open data file reads
the wish through :func:`shown`, so no text can slip out by another path.

- ``full``: published, and neither withdrawn nor erased: everything on the wish card that the
  person consented to make public (title, story, alias, age band, coarse place, notes).
- ``title``: withdrawn after publication: the purpose of publishing it is over, so only the
  title stays (people who saw or claimed it learn that it was withdrawn); story, alias, place,
  age band and every note or reason go.
- ``none``: never published (collected or vetted only, or withdrawn before publication), or
  erased on request: only what honest statistics need (id, organisations, status, dates,
  category, group, slots, value, claims) and no page of its own (an erased wish that was
  published keeps a short notice at its address).
"""

from __future__ import annotations

import enum
from dataclasses import replace

from generator.model.records import Wish


class Disclosure(enum.StrEnum):
    FULL = "full"
    TITLE = "title"
    NONE = "none"


def disclosure(wish: Wish) -> Disclosure:
    if wish.erased or not wish.published:
        return Disclosure.NONE
    return Disclosure.TITLE if wish.withdrawn else Disclosure.FULL


def shown(wish: Wish) -> Wish:
    """The wish with only the texts its disclosure allows."""
    level = disclosure(wish)
    if level is Disclosure.FULL:
        return wish
    return replace(
        wish,
        title=wish.title if level is Disclosure.TITLE else "",
        story="",
        alias="",
        place="",
        age_band="",
        fulfilled_note="",
        withdrawn_reason="",
        escalations=tuple(replace(e, note="") for e in wish.escalations),
        extensions=tuple(replace(e, reason="") for e in wish.extensions),
        erased_reason="",
    )
