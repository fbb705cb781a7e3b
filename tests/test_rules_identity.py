"""I3xx: one id per record, equal to its file name, in the right folder."""

import pytest

from helpers import MARK, PROGRAM, WISH3, Case, assert_reported, edit, mini_file

CASES = [
    Case("I301", WISH3, edit(WISH3, "id: hill-2026-003", "id: ⟦hill-2026-004"), "id-differs"),
    Case("I302", "data/wishes/hill-village/hill-village.yml",
         edit(WISH3, "id: hill-2026-003", "id: ⟦hill-village"), "wish-named-like-org"),
    Case("I303", "data/wishes/river-county/hill-2026-009.yml",
         edit(WISH3, "id: hill-2026-003", "id: hill-2026-009").replace("org: hill-village", "org: ⟦hill-village"),
         "wrong-folder"),
    Case("I303", "data/wishes/hill-village/2025/hill-2026-009.yml",
         edit(WISH3, "id: hill-2026-003", "id: hill-2026-009").replace("collected: ", "collected: ⟦"),
         "wrong-year-folder"),
    Case("I304", "data/wishes/hill-village/hill-2026-009.yaml", MARK + mini_file(WISH3), "yaml-extension"),
    Case("I305", PROGRAM, MARK, "no-program", extra={PROGRAM: None}),
    Case("I306", "data/volunteers/youth-team.yml",
         edit("data/volunteers/youth-team.yml", "github: youth-team", "github: ⟦Teacher-Lin"), "same-login"),
]


@pytest.mark.parametrize("case", CASES)
def test_reported(case):
    assert_reported(case)


def test_year_folders_are_allowed():
    case = Case("I303", "data/wishes/hill-village/2026/hill-2026-009.yml",
                edit(WISH3, "id: hill-2026-003", "id: hill-2026-009"))
    assert case.problems() == []
