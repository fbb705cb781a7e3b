"""Pairing figures: pairs active, duties done in a year against what is owed (per duty), and
wishes fulfilled through pairs; for the whole program, per organisation (with the ones below
it) and per tier (the level of the organisation that made each pair). Counts only: the site
shows these, never a child or a pair.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from collections.abc import Iterable

from generator.model.records import Model, Status
from generator.model.pairs import Pair, Pairing
from generator.program.stats import LEVELS, subtree


@dataclass(frozen=True)
class DutyFigure:
    id: str
    name: str
    done: int
    owed: int

    @property
    def rate(self) -> float | None:
        return round(min(self.done, self.owed) / self.owed, 3) if self.owed else None


@dataclass(frozen=True)
class PairFigures:
    pairs: int  # every pair ever made
    active: int  # paired today
    ended: int  # ended this year
    duties: tuple[DutyFigure, ...]
    wishes_fulfilled: int  # this year, by wishes naming a pair

    @property
    def done(self) -> int:
        return sum(min(d.done, d.owed) for d in self.duties)

    @property
    def owed(self) -> int:
        return sum(d.owed for d in self.duties)

    @property
    def rate(self) -> float | None:
        return round(self.done / self.owed, 3) if self.owed else None


def wishes_fulfilled(model: Model, year: int) -> Counter:
    """Per pair id: the wishes naming it that were fulfilled in ``year``."""
    return Counter(
        w.pair
        for w in model.wishes.values()
        if w.pair and w.fulfilled and w.fulfilled.year == year and w.status(w.fulfilled) is Status.FULFILLED
    )


def done(pair: Pair, pairing: Pairing, year: int, through_wishes: Counter) -> Counter:
    """Each duty done in ``year``; a wish fulfilled through the pair counts as its wish duty."""
    counts = pair.done(year)
    if pairing.wish_duty and through_wishes[pair.id]:
        counts[pairing.wish_duty] += through_wishes[pair.id]
    return counts


def figures(pairs: Iterable[Pair], pairing: Pairing, today: date, through_wishes: Counter) -> PairFigures:
    pairs = list(pairs)
    year = today.year
    done_total: Counter[str] = Counter()
    owed_total: Counter[str] = Counter()
    for pair in pairs:
        done_total.update(done(pair, pairing, year, through_wishes))
        owed_total.update(pairing.owed(pair, year))
    return PairFigures(
        pairs=len(pairs),
        active=sum(p.active(today) for p in pairs),
        ended=sum(1 for p in pairs if p.ended and p.ended.year == year),
        duties=tuple(DutyFigure(d.id, d.name, done_total[d.id], owed_total[d.id]) for d in pairing.duties.values()),
        wishes_fulfilled=sum(through_wishes[p.id] for p in pairs),
    )


def by_org(model: Model, today: date) -> dict[str, PairFigures]:
    """Per organisation with pairs made by it or below it."""
    pairing = model.program.pairing if model.program else None
    if pairing is None or not model.pairs:
        return {}
    through = wishes_fulfilled(model, today.year)
    out = {}
    for org_id in sorted(model.orgs):
        members = subtree(model, org_id)
        chosen = [p for p in model.pairs.values() if p.org in members]
        if chosen:
            out[org_id] = figures(chosen, pairing, today, through)
    return out


def by_tier(model: Model, today: date) -> dict[str, PairFigures]:
    """Per level of the organisation (or service station) that made each pair."""
    pairing = model.program.pairing if model.program else None
    if pairing is None or not model.pairs:
        return {}
    through = wishes_fulfilled(model, today.year)
    groups: dict[str, list[Pair]] = {}
    for pair in model.pairs.values():
        org = model.orgs.get(pair.org)
        if org:
            groups.setdefault(org.level, []).append(pair)
    return {level: figures(groups[level], pairing, today, through) for level in LEVELS if level in groups}


def total(model: Model, today: date) -> PairFigures | None:
    pairing = model.program.pairing if model.program else None
    if pairing is None or not model.pairs:
        return None
    return figures(model.pairs.values(), pairing, today, wishes_fulfilled(model, today.year))
