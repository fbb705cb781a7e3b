"""L5xx: the story of a wish happens in an order that makes sense."""

import pytest

from helpers import MINI, WISH1, WISH2, WISH3, Case, MemorySource, assert_reported, edit, problems_of

OTHER_VILLAGE = (
    "data/orgs/far-village.yml",
    "id: far-village\nname: 远村妇联\nlevel: village\nparent: river-county\nplace: 河县远镇\n"
    "maintainers: [far-admin]\nclaim_approval: auto\n",
)

CASES = [
    Case("L501", WISH2, edit(WISH2, "date: 2026-10-08}", "date: ⟦2026-10-01}"), "claim-before-publication"),
    Case(
        "L501",
        WISH1,
        edit(WISH1, "fulfilled: {date: 2026-04-02", "fulfilled: {date: ⟦2026-03-02"),
        "fulfilled-before-claim",
    ),
    Case(
        "L501", WISH1, edit(WISH1, "vetted: {date: 2026-03-05", "vetted: {date: ⟦2026-02-05"), "vetted-before-collected"
    ),
    Case(
        "L502",
        WISH3,
        edit(WISH3, "collected: 2026-11-01", "collected: 2026-11-01\n⟦published: 2026-11-05"),
        "published-unvetted",
    ),
    Case(
        "L503",
        WISH1,
        edit(
            WISH1,
            "dispatched_by: river-county}",
            "dispatched_by: river-county}\n  - ⟦{volunteer: youth-team, date: 2026-03-21}",
        ),
        "second-claim-on-one-slot",
    ),
    Case(
        "L504",
        WISH2,
        edit(WISH2, "date: 2026-10-08}", "date: 2026-10-08, released: 2026-10-20}\n⟦fulfilled: {date: 2026-11-01}"),
        "fulfilled-by-nobody",
    ),
    Case(
        "L505", WISH1, edit(WISH1, "fulfilled:", "⟦withdrawn: {date: 2026-04-03, reason: 已搬走}\nfulfilled:"), "both"
    ),
    Case("L506", WISH1, edit(WISH1, "to: river-county}", "to: ⟦city-wf}"), "skips-a-tier"),
    Case(
        "L507",
        WISH2,
        edit(WISH2, "date: 2026-10-08}", "date: 2026-10-08, dispatched_by: ⟦river-county}"),
        "dispatcher-never-handled-it",
    ),
    Case(
        "L508",
        WISH2,
        edit(WISH2, "date: 2026-10-08}", "date: 2026-10-08}\n  - {volunteer: ⟦youth-team, date: 2026-10-09}"),
        "same-volunteer-twice",
    ),
    Case("L509", WISH2, edit(WISH2, "date: 2026-10-08}", "date: ⟦2026-12-08}"), "claim-in-the-future"),
    Case(
        "L510",
        WISH3,
        edit(WISH3, "collected: 2026-11-01", "collected: 2026-11-01\nvetted: {date: 2026-11-02, by: ⟦far-village}"),
        "vetted-by-a-stranger",
        extra={OTHER_VILLAGE[0]: OTHER_VILLAGE[1].encode()},
    ),
    Case(
        "L530",
        WISH1,
        edit(WISH1, "to: river-county}", "to: river-county}\n  - {date: ⟦2026-04-10, to: city-wf}"),
        "passed-up-after-fulfilment",
    ),
]


def test_passing_up_after_publication_is_in_order():
    """Passed up after it was listed (nobody claimed it in the village): no date-order problem."""
    changed = edit(WISH2, "claims:", "escalations:\n  - {date: 2026-10-20, to: river-county}\nclaims:")
    found = problems_of(MemorySource.of(MINI).changed({WISH2: changed}))
    assert [p.as_text() for p in found] == []


@pytest.mark.parametrize("case", CASES)
def test_reported(case):
    assert_reported(case)


def test_released_claim_frees_its_slot():
    """A claim given back no longer counts against the slots: a new volunteer may take it."""
    text = edit(
        WISH1,
        "dispatched_by: river-county}",
        "dispatched_by: river-county, released: 2026-03-25}\n  - {volunteer: youth-team, date: 2026-03-26}",
    )
    found = problems_of(MemorySource.of(MINI).changed({WISH1: text}))
    assert found == []


def test_vetting_by_a_higher_organisation_is_allowed():
    text = edit(WISH3, "collected: 2026-11-01", "collected: 2026-11-01\nvetted: {date: 2026-11-02, by: city-wf}")
    assert problems_of(MemorySource.of(MINI).changed({WISH3: text})) == []
