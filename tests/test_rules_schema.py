"""S2xx: fields, types and values as the JSON Schemas define them."""

import pytest

from helpers import VILLAGE, WISH2, WISH3, Case, assert_reported, edit, mini_file

CASES = [
    Case("S201", WISH3, "⟦" + edit(WISH3, "title: 一根拐杖\n", ""), "no-title"),
    Case(
        "S201",
        WISH2,
        edit(WISH2, "{volunteer: youth-team, date: 2026-10-08}", "⟦{volunteer: youth-team}"),
        "claim-without-date",
    ),
    Case("S202", WISH3, mini_file(WISH3) + "⟦titel: 一根拐杖\n", "misspelt-field"),
    Case("S202", WISH3, edit(WISH3, "place: 河县山镇}", "place: 河县山镇, ⟦name: 李建国}"), "beneficiary-name"),
    Case("S203", WISH3, edit(WISH3, "slots: 1", "slots: ⟦两个"), "slots-as-text"),
    Case("S203", WISH3, edit(WISH3, "slots: 1", "slots: ⟦1.5"), "slots-as-float"),
    Case("S204", WISH3, edit(WISH3, "collected: 2026-11-01", "collected: ⟦2026-02-30"), "impossible-date"),
    Case("S204", WISH3, edit(WISH3, "collected: 2026-11-01", "collected: ⟦2026/11/01"), "slashed-date"),
    Case("S204", VILLAGE, edit(VILLAGE, "level: village", "level: ⟦vilage"), "unknown-level"),
    Case("S204", WISH3, edit(WISH3, "id: hill-2026-003", "id: ⟦Hill_2026_003"), "malformed-id"),
    Case("S204", WISH3, edit(WISH3, "slots: 1", "slots: ⟦0"), "no-slots"),
]


@pytest.mark.parametrize("case", CASES)
def test_reported_at_the_value(case):
    assert_reported(case)


def test_misspelt_field_suggests_the_right_one():
    found = CASES[2].problems()
    assert any(p.code == "S202" and "title" in p.hint for p in found)


def test_yaml_1_1_words_are_not_booleans():
    """`public: yes` stays the text "yes": the schema refuses it instead of reading True."""
    case = Case(
        "S203",
        "data/volunteers/youth-team.yml",
        mini_file("data/volunteers/youth-team.yml") + "public: ⟦yes\n",
        "yes-is-text",
    )
    assert_reported(case)
