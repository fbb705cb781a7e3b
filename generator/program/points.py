"""The points card (积分卡): points for fulfilled wishes, per volunteer and calendar year.

Points are earned when a wish is fulfilled, by each claim still active then, dated by the
fulfilment; so a ranking, once a year is over, never changes. A shared (N+1) wish gives every
claimant the full points, or splits them, as ``points.shared`` in program.yml says. Points reset
every calendar year. A pair's duties (结对职责) earn the points program.yml gives each duty,
dated the day the duty was done. Crossing a commendation threshold (20 points: a letter of praise to the
volunteer's employer; 30: "community volunteer star") earns that commendation for the year.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from generator.model.records import Commendation, Model


@dataclass(frozen=True)
class Credit:
    volunteer: str
    wish: str
    date: date
    points: float
    dispatched: bool
    duty: str | None = None  # a pair's duty done (结对职责); ``wish`` then holds the pair's id


@dataclass
class Card:
    volunteer: str
    year: int
    points: float = 0
    fulfilled: int = 0
    duties: int = 0  # pair duties that earned points
    credits: list[Credit] = field(default_factory=list)
    commendations: tuple[Commendation, ...] = ()


def credits(model: Model) -> list[Credit]:
    """One credit per active claim on each fulfilled wish, in date order."""
    program = model.program
    if program is None:
        return []
    out = []
    for wish in model.wishes.values():
        if not wish.fulfilled or wish.withdrawn:
            continue
        claims = wish.active_claims
        share: float = program.points_per_fulfilment
        if program.points_shared == "split" and claims:
            share = round(share / len(claims), 2)
        out += [Credit(c.volunteer, wish.id, wish.fulfilled, share, bool(c.dispatched_by)) for c in claims]
    out += _duty_credits(model)
    return sorted(out, key=lambda c: (c.date, c.wish, c.volunteer, c.duty or ""))


def _duty_credits(model: Model) -> list[Credit]:
    """A caring mother's year counts too: each duty done for a pair earns the duty's points
    (program.yml ``pairing_duties``), dated the day it was done."""
    pairing = model.settings.pairing
    if pairing is None:
        return []
    return [
        Credit(pair.volunteer, pair.id, duty.date, pairing.duties[duty.kind].points, False, duty.kind)
        for pair in model.pairs.values()
        for duty in pair.duties
        if duty.kind in pairing.duties and pairing.duties[duty.kind].points
    ]


def cards(model: Model, year: int) -> dict[str, Card]:
    """Each volunteer's card for one calendar year (only volunteers who earned something)."""
    return period_cards(model, date(year, 1, 1), date(year, 12, 31))


def period_cards(model: Model, start: date, end: date) -> dict[str, Card]:
    """Cards for the credits dated from ``start`` to ``end`` (both within one calendar year).

    Commendations go by the points of the whole year up to ``end``: a half-year card shows what
    the volunteer has earned so far this year.
    """
    table = _tally(model, start, end)
    year_start = date(end.year, 1, 1)
    year_so_far = table if start == year_start else _tally(model, year_start, end)
    thresholds = model.program.commendations if model.program else ()
    for volunteer, card in table.items():
        points = year_so_far[volunteer].points
        card.commendations = tuple(c for c in thresholds if points >= c.points)
    return table


def _tally(model: Model, start: date, end: date) -> dict[str, Card]:
    table: dict[str, Card] = {}
    for credit in credits(model):
        if not start <= credit.date <= end:
            continue
        card = table.setdefault(credit.volunteer, Card(credit.volunteer, end.year))
        card.points = round(card.points + credit.points, 2)
        if credit.duty:
            card.duties += 1
        else:
            card.fulfilled += 1
        card.credits.append(credit)
    return table
