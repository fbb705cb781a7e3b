"""Consent to publication (P630–P633, L520) and erased wishes: each rule fires at the line a
maintainer must change, and the near misses stay clean."""

import pytest

from helpers import (
    MINI,
    PROGRAM,
    WISH1,
    WISH2,
    WISH3,
    Case,
    MemorySource,
    assert_clean,
    assert_reported,
    edit,
    mini_file,
    problems_of,
)

GUARDIAN1 = "consent: {by: guardian, date: 2026-03-01, recorded_by: hill-village}"
SELF2 = "consent: {by: self, date: 2026-10-01, recorded_by: hill-village}"
SELF3 = "consent: {by: self, date: 2026-11-01, recorded_by: hill-village}"
FAR_VILLAGE = (
    "data/orgs/far-village.yml",
    "id: far-village\nname: 远村妇联\nlevel: village\nparent: river-county\nplace: 河县远镇\n"
    "maintainers: [far-admin]\nclaim_approval: auto\n",
)
ERASED3 = (
    "id: hill-2026-003\ncategory: add-an-item\n"
    "beneficiary: {group: elderly-alone, age_band: 70-79, place: 河县山镇}\n"
    "org: hill-village\nslots: 1\ncollected: 2026-11-01\n" + SELF3 + "\n"
    "erased: {date: 2026-11-20, reason: 本人撤回同意}\n"
)

CASES = [
    Case(
        "P630",
        WISH2,
        edit(WISH2, "collected: 2026-10-01\n" + SELF2, "⟦collected: 2026-10-01"),
        "published-wish-without-consent",
    ),
    Case(
        "P630",
        WISH3,
        edit(WISH3, "collected: 2026-11-01\n" + SELF3, "⟦collected: 2026-11-01"),
        "collected-wish-without-consent: the repository is public",
    ),
    Case(
        "P631",
        WISH2,
        edit(WISH2, "date: 2026-10-01, recorded_by", "date: 2026-10-06, recorded_by").replace(
            "published: 2026-10-05", "published: ⟦2026-10-05"
        ),
        "consent-after-publication",
    ),
    Case("P632", WISH1, edit(WISH1, "{by: guardian,", "{by: ⟦self,"), "child-consents-alone"),
    Case(
        "P632",
        WISH2,
        edit(WISH2, "age_band: 70-79", "age_band: 12-17").replace("{by: self", "{by: ⟦self"),
        "age-band-holds-13-year-olds",
        extra={PROGRAM: edit(PROGRAM, "  - {id: 70-79", "  - {id: 12-17, name: 12—17 岁}\n  - {id: 70-79")},
    ),
    Case(
        "P632",
        WISH2,
        edit(WISH2, "age_band: 70-79", "age_band: young").replace("{by: self", "{by: ⟦self"),
        "band-read-from-its-name",
        extra={PROGRAM: edit(PROGRAM, "  - {id: 70-79", "  - {id: young, name: 10至15岁}\n  - {id: 70-79")},
    ),
    Case("P633", WISH3, ERASED3.replace("category:", "title: ⟦一根拐杖\ncategory:"), "title-left"),
    Case(
        "P633",
        WISH1,
        edit(
            WISH1,
            "fulfilled: {date: 2026-04-02, note: 送上新书包}",
            "fulfilled: {date: 2026-04-02, note: ⟦送上新书包}\nerased: {date: 2026-11-20, reason: 监护人要求删除}",
        )
        .replace("title: 一个书包\nstory: 小海今年上三年级，书包坏了，想要一个印有卡通图案的新书包。\n", "")
        .replace("alias: 小海, ", ""),
        "fulfilment-note-left",
    ),
    Case(
        "L520",
        WISH3,
        edit(WISH3, "recorded_by: hill-village", "recorded_by: ⟦far-village"),
        "recorded-by-a-stranger",
        extra={FAR_VILLAGE[0]: FAR_VILLAGE[1].encode()},
    ),
]

CLEAN = [
    Case("P632", WISH2, mini_file(WISH2), "adult-consents-alone"),
    Case(
        "P632",
        WISH2,
        edit(WISH2, "age_band: 70-79", "age_band: 14-17"),
        "band-from-14-needs-no-guardian",
        extra={PROGRAM: edit(PROGRAM, "  - {id: 70-79", "  - {id: 14-17, name: 14—17 岁}\n  - {id: 70-79")},
    ),
    Case(
        "P631",
        WISH2,
        edit(WISH2, "date: 2026-10-01, recorded_by", "date: 2026-10-05, recorded_by"),
        "consent-on-the-day-of-publication",
    ),
    Case("L520", WISH1, edit(WISH1, "recorded_by: hill-village", "recorded_by: city-wf"), "recorded-by-a-parent"),
    Case(
        "L520",
        WISH1,
        edit(WISH1, "recorded_by: hill-village", "recorded_by: river-county"),
        "recorded-by-the-county-it-was-passed-to",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_reported(case):
    assert_reported(case)


@pytest.mark.parametrize("case", CLEAN, ids=str)
def test_near_miss_is_clean(case):
    assert_clean(case)


def test_erased_wish_is_valid_without_its_texts():
    """No 'missing field' for the removed title, story, alias and place."""
    assert problems_of(MemorySource.of(MINI).changed({WISH3: ERASED3})) == []


def test_erased_wish_without_title_still_needs_it_when_not_erased():
    text = ERASED3.replace("erased: {date: 2026-11-20, reason: 本人撤回同意}\n", "")
    found = {(p.code, p.message) for p in problems_of(MemorySource.of(MINI).changed({WISH3: text}))}
    assert ("S201", "缺少必填字段 “title”（在 文件 中）") in found
    assert ("S201", "缺少必填字段 “alias”（在 beneficiary 中）") in found


def test_unknown_recorder_is_an_unknown_organisation():
    text = edit(WISH3, "recorded_by: hill-village", "recorded_by: hill-villag")
    codes = {p.code for p in problems_of(MemorySource.of(MINI).changed({WISH3: text}))}
    assert codes == {"R401"}


def test_consent_in_the_future_is_reported():
    text = edit(WISH3, "date: 2026-11-01, recorded_by", "date: 2026-12-01, recorded_by")
    codes = {p.code for p in problems_of(MemorySource.of(MINI).changed({WISH3: text}))}
    assert codes == {"L509"}


def test_wrong_consent_values_are_schema_problems():
    text = edit(WISH3, "{by: self,", "{by: parent,")
    found = problems_of(MemorySource.of(MINI).changed({WISH3: text}))
    assert [p.code for p in found] == ["S204"] and found[0].line == mini_file(WISH3).count("\n")
