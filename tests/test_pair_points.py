"""Duties earn points (program.yml pairing_duties), so a caring mother's year counts towards the
commendations; wishes fulfilled are still counted apart from duties."""

from datetime import date

from helpers import SAMPLE, MemorySource
from generator.program import points
from generator.model.repository import load_repository


def test_each_duty_with_points_earns_them_on_its_day():
    model = load_repository(MemorySource.of(SAMPLE), date(2026, 11, 23)).model
    pairing = model.program.pairing
    mine = [
        (d, pairing.duties[d.kind].points)
        for p in model.pairs.values()
        if p.volunteer == "tian-mama"
        for d in p.duties
        if pairing.duties[d.kind].points
    ]
    assert mine, "the sample's tian-mama has pairs with duties"
    card = points.cards(model, 2026)["tian-mama"]
    wish_points = card.fulfilled * model.program.points_per_fulfilment
    assert card.duties == len(mine)
    assert card.points == wish_points + sum(p for _, p in mine)
    # A year of duties alone reaches the commendations (20 points).
    assert "letter-of-praise" in {c.id for c in card.commendations}


def test_a_duty_without_points_earns_nothing():
    model = load_repository(MemorySource.of(SAMPLE), date(2026, 11, 23)).model
    wish_duties = [c for c in points.credits(model) if c.duty == "wish"]
    assert wish_duties == []  # the wish duty has no points of its own: the wish earns them
