"""I3xx: one id per record, equal to its file name, in the right folder."""

import pytest

from helpers import MARK, PROGRAM, WISH3, Case, assert_reported, edit, mini_file

CASES = [
    Case("I301", WISH3, edit(WISH3, "id: hill-2026-003", "id: ⟦hill-2026-004"), "id-differs"),
    Case(
        "I302",
        "data/wishes/hill-village/hill-village.yml",
        edit(WISH3, "id: hill-2026-003", "id: ⟦hill-village"),
        "wish-named-like-org",
    ),
    Case(
        "I303",
        "data/wishes/river-county/hill-2026-009.yml",
        edit(WISH3, "id: hill-2026-003", "id: hill-2026-009").replace("org: hill-village", "org: ⟦hill-village"),
        "wrong-folder",
    ),
    Case(
        "I303",
        "data/wishes/hill-village/2025/hill-2026-009.yml",
        edit(WISH3, "id: hill-2026-003", "id: hill-2026-009").replace("collected: ", "collected: ⟦"),
        "wrong-year-folder",
    ),
    Case("I304", "data/wishes/hill-village/hill-2026-009.yaml", MARK + mini_file(WISH3), "yaml-extension"),
    Case("I305", PROGRAM, MARK, "no-program", extra={PROGRAM: None}),
    Case(
        "I306",
        "data/volunteers/youth-team.yml",
        edit("data/volunteers/youth-team.yml", "github: youth-team", "github: ⟦Teacher-Lin"),
        "same-login",
    ),
    Case(
        "I307", "data/volunteers/Youth Team.yml", MARK + mini_file("data/volunteers/youth-team.yml"), "unsafe-file-name"
    ),
    Case("I307", "data/wishes/hill-village/a`b\n# x @org.yml", MARK + "id: x\n", "markdown-file-name"),
    Case(
        "I310",
        "data/volunteers/youth-team.yml",
        edit("data/volunteers/youth-team.yml", "name: 青年志愿队", "name: ⟦青年\u202e队愿志"),
        "bidi-override",
    ),
    Case(
        "I310",
        "data/volunteers/youth-team.yml",
        edit("data/volunteers/youth-team.yml", "name: 青年志愿队", "name: ⟦一位志愿者"),
        "site-label",
    ),
    Case(
        "I310",
        "data/volunteers/youth-team.yml",
        edit("data/volunteers/youth-team.yml", "name: 青年志愿队", "name: ⟦一位志願者"),
        "site-label-in-traditional-characters",
    ),
    Case(
        "I310",
        "data/volunteers/youth-team.yml",
        edit("data/volunteers/youth-team.yml", "name: 青年志愿队", "name: ⟦ー位志愿者"),
        "site-label-with-a-lookalike",
    ),
    Case(
        "I310",
        "data/volunteers/youth-team.yml",
        edit("data/volunteers/youth-team.yml", "name: 青年志愿队", "name: ⟦'@SUM(1+1)'"),
        "formula",
    ),
    Case(
        "I310",
        "data/volunteers/youth-team.yml",
        edit("data/volunteers/youth-team.yml", "kind: team", "unit: ⟦'=1+2'\nkind: team"),
        "formula-unit",
    ),
    Case("I311", WISH3, edit(WISH3, "title: 一根", "title: ⟦一\u2067根"), "bidi-isolate-in-title"),
]


@pytest.mark.parametrize("case", CASES)
def test_reported(case):
    assert_reported(case)


def test_year_folders_are_allowed():
    case = Case(
        "I303", "data/wishes/hill-village/2026/hill-2026-009.yml", edit(WISH3, "id: hill-2026-003", "id: hill-2026-009")
    )
    assert case.problems() == []


@pytest.mark.parametrize("path", ["data/README.md", "data/wishes/hill-village/.gitkeep"])
def test_readme_and_gitkeep_names_are_allowed(path):
    assert [p for p in Case("I307", path, "x").problems() if p.code == "I307"] == []


@pytest.mark.parametrize(
    "name",
    [
        "小李",
        "张 三",
        "Li Lei",
        "志愿者甲",
        "一位志愿者的朋友",
        "O'Neil",
        "小李❤️",
        "\U0001f469\u200d\U0001f467 一家",
        "小華",
    ],
)
def test_ordinary_names_pass(name):
    case = Case(
        "I310",
        "data/volunteers/youth-team.yml",
        edit("data/volunteers/youth-team.yml", "name: 青年志愿队", f"name: {name}"),
    )
    assert [p for p in case.problems() if p.code == "I310"] == []
