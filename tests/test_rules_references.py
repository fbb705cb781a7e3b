"""R4xx: every id a record names exists; the organisation tree has no loop."""

import pytest

from helpers import VILLAGE, WISH1, WISH2, WISH3, Case, assert_reported, edit

CASES = [
    Case("R401", VILLAGE, edit(VILLAGE, "parent: river-county", "parent: ⟦river-conuty"), "unknown-parent"),
    Case("R401", WISH1, edit(WISH1, "to: river-county", "to: ⟦river-conuty"), "unknown-escalation"),
    Case("R402", WISH3, edit(WISH3, "category: add-an-item", "category: ⟦add-item"), "category"),
    Case("R403", WISH3, edit(WISH3, "group: elderly-alone", "group: ⟦elderly"), "group"),
    Case("R404", WISH3, edit(WISH3, "age_band: 70-79", "age_band: ⟦70-80"), "age-band"),
    Case("R405", WISH2, edit(WISH2, "volunteer: youth-team", "volunteer: ⟦youth-teem"), "volunteer"),
    Case("R406", WISH1, edit(WISH1, "campaign: childrens-day-2026", "campaign: ⟦childrens-day-2025"), "campaign"),
    Case("R410", WISH1, edit(WISH1, "age_band: 6-11", "age_band: ⟦70-79"), "child-as-adult"),
    Case(
        "R407",
        "data/orgs/city-wf.yml",
        edit("data/orgs/city-wf.yml", "level: city\n", "level: city\nparent: ⟦hill-village\n"),
        "loop",
    ),
]


@pytest.mark.parametrize("case", CASES)
def test_reported(case):
    assert_reported(case)


def test_unknown_reference_suggests_the_nearest_id():
    found = CASES[0].problems()
    assert any(p.code == "R401" and "river-county" in p.hint for p in found)
