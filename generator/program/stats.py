"""Figures a program reports: fulfilment and claim rates, per organisation and per tier.

The fulfilment rate (圆梦率) is fulfilled / vetted, withdrawn wishes excluded from both: a wish
that was never vetted was never promised to anyone. The claim rate is reported beside it,
never instead of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from statistics import median
from collections.abc import Iterable

from generator.model import vocab
from generator.model.records import Model, Status, Wish

LEVELS = vocab.LEVELS.values
LEVEL_NAMES = vocab.TIER_NAMES


@dataclass(frozen=True)
class Figures:
    collected: int  # every wish registered
    promised: int  # vetted and not withdrawn: the denominator of both rates
    open: int  # on the list with a free slot
    claimed: int  # promised wishes with an active claim, or fulfilled
    fulfilled: int
    overdue: int
    withdrawn: int
    passed_up: int  # wishes passed up a tier at least once
    value_yuan: float | None  # estimated value of the fulfilled wishes; None: none recorded
    valued: int  # fulfilled wishes that record a value (the sum's reach)
    median_days: float | None  # publication to fulfilment

    @property
    def fulfilment_rate(self) -> float | None:
        return self.fulfilled / self.promised if self.promised else None

    @property
    def claim_rate(self) -> float | None:
        return self.claimed / self.promised if self.promised else None


def figures(wishes: Iterable[Wish], today: date) -> Figures:
    wishes = list(wishes)
    status = {w.id: w.status(today) for w in wishes}
    promised = [w for w in wishes if w.vetted and status[w.id] is not Status.WITHDRAWN]
    done = [w for w in wishes if status[w.id] is Status.FULFILLED]
    days = [(w.fulfilled - w.published).days for w in done if w.fulfilled and w.published]
    valued = [w.value_yuan for w in done if w.value_yuan is not None]
    return Figures(
        collected=len(wishes),
        promised=len(promised),
        open=sum(status[w.id] is Status.OPEN for w in wishes),
        claimed=sum(1 for w in promised if w.fulfilled or w.active_claims),
        fulfilled=len(done),
        overdue=sum(status[w.id] is Status.OVERDUE for w in wishes),
        withdrawn=sum(status[w.id] is Status.WITHDRAWN for w in wishes),
        passed_up=sum(1 for w in wishes if w.escalations),
        value_yuan=sum(valued) if valued else None,
        valued=len(valued),
        median_days=median(days) if days else None,
    )


def subtree(model: Model, org_id: str) -> set[str]:
    """The organisation and every organisation below it."""
    return {o for o in model.orgs if o == org_id or org_id in model.ancestors(o)}


def by_org(model: Model, today: date) -> dict[str, Figures]:
    """Per organisation: the wishes collected by it and by every organisation below it."""
    return {
        org_id: figures((w for w in model.wishes.values() if w.org in members), today)
        for org_id in sorted(model.orgs)
        for members in [subtree(model, org_id)]
    }


def by_tier(model: Model, today: date) -> dict[str, Figures]:
    """Per level of the organisation handling each wish now: where wishes end up fulfilled."""
    groups: dict[str, list[Wish]] = {}
    for wish in model.wishes.values():
        org = model.orgs.get(wish.handler)
        if org:
            groups.setdefault(org.level, []).append(wish)
    return {level: figures(groups[level], today) for level in LEVELS if level in groups}
