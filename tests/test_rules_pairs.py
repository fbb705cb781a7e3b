"""Pair records (data/pairs/<org>/<id>.yml): each pairing rule fires at the line a maintainer
must change, the privacy rules read pair files like any record, and the near misses stay clean."""

import pytest

from helpers import MINI, PROGRAM, Case, MemorySource, assert_clean, assert_reported, edit, problems_of

PAIRING = (
    "pairing: {per_child: one, visit_duty: home-visit, visit_interval_days: 60, wish_duty: wish}\n"
    "pairing_duties:\n"
    "  - {id: home-visit, name: 上门家访, per_year: 4, points: 2}\n"
    "  - {id: wish, name: 圆一个心愿, per_year: 1}\n"
    "  - {id: letter, name: 写一封家书, per_year: 1, points: 1}\n"
)
PROGRAM_WITH_PAIRING = edit(PROGRAM, "campaigns:", PAIRING + "campaigns:")
PAIR = "data/pairs/hill-village/hill-pair-2026-001.yml"
PAIR_TEXT = """\
id: hill-pair-2026-001
volunteer: teacher-lin
beneficiary:
  alias: 小禾
  group: left-behind-child
  age_band: 6-11
  place: 河县山镇
org: hill-village
started: 2026-03-01
consent: {by: guardian, date: 2026-03-01, recorded_by: hill-village}
duties:
  - {date: 2026-03-15, kind: home-visit, note: 上门看望，辅导作业}
  - {date: 2026-05-20, kind: letter}
"""
WITH_PROGRAM = {PROGRAM: PROGRAM_WITH_PAIRING.encode()}


def pair(old: str = "", new: str = "") -> str:
    assert old in PAIR_TEXT
    return PAIR_TEXT.replace(old, new, 1)


def second(text: str) -> dict:
    """A second pair file in the same folder, with ``text``."""
    return {
        "data/pairs/hill-village/hill-pair-2026-002.yml": text.replace("hill-pair-2026-001", "hill-pair-2026-002")
        .replace("⟦", "")
        .encode()
    }


CASES = [
    Case("R430", PAIR, pair("volunteer: teacher-lin", "volunteer: ⟦teacher-lim"), "unknown-volunteer", WITH_PROGRAM),
    Case("R431", PAIR, pair("org: hill-village", "org: ⟦hill-vilage"), "unknown-org", WITH_PROGRAM),
    Case(
        "R431",
        "data/pairs/river-county/hill-pair-2026-001.yml",
        pair("org: hill-village", "org: ⟦hill-village").replace(
            "recorded_by: hill-village", "recorded_by: river-county"
        ),
        "wrong-folder",
        WITH_PROGRAM,
    ),
    Case("R432", PAIR, pair("group: left-behind-child", "group: ⟦orphan"), "unknown-group", WITH_PROGRAM),
    Case("R432", PAIR, pair("age_band: 6-11", "age_band: ⟦5-9"), "unknown-age-band", WITH_PROGRAM),
    Case("R433", PAIR, pair("kind: letter", "kind: ⟦letters"), "unknown-duty", WITH_PROGRAM),
    Case("R433", PAIR, pair("id: hill-pair", "⟦id: hill-pair"), "program-without-pairing"),
    Case(
        "R434",
        PROGRAM,
        PROGRAM_WITH_PAIRING.replace("visit_duty: home-visit", "visit_duty: ⟦visit"),
        "visit-duty-not-a-duty",
        {PAIR: PAIR_TEXT.encode()},
    ),
    Case(
        "L550",
        PAIR,
        pair("{date: 2026-05-20, kind: letter}", "{date: ⟦2026-03-10, kind: letter}"),
        "duties-out-of-order",
        WITH_PROGRAM,
    ),
    Case(
        "L550",
        PAIR,
        pair() + "ended: {date: ⟦2026-02-01, reason: 孩子随父母外出}\n",
        "ended-before-start",
        WITH_PROGRAM,
    ),
    Case(
        "L551",
        PAIR,
        pair("{date: 2026-03-15, kind: home-visit", "{date: ⟦2026-02-15, kind: home-visit"),
        "duty-before-start",
        WITH_PROGRAM,
    ),
    Case(
        "L551",
        PAIR,
        pair("{date: 2026-05-20, kind: letter}", "{date: ⟦2026-09-01, kind: letter}")
        + "ended: {date: 2026-08-31, reason: 孩子随父母外出}\n",
        "ended-pair-gets-no-new-duty",
        WITH_PROGRAM,
    ),
    Case(
        "L552",
        "data/pairs/hill-village/hill-pair-2026-002.yml",
        PAIR_TEXT.replace("hill-pair-2026-001", "hill-pair-2026-002")
        .replace("volunteer: teacher-lin", "volunteer: youth-team")
        .replace("started: 2026-03-01", "started: ⟦2026-06-01")
        .replace("date: 2026-03-15", "date: 2026-06-15")
        .replace("date: 2026-05-20", "date: 2026-07-20"),
        "child-paired-twice-one-to-one",
        {**WITH_PROGRAM, PAIR: PAIR_TEXT.encode()},
    ),
    Case(
        "L553",
        PAIR,
        pair("{date: 2026-05-20, kind: letter}", "{date: ⟦2026-12-24, kind: letter}"),
        "duty-in-the-future",
        WITH_PROGRAM,
    ),
    Case(
        "P650",
        PAIR,
        pair("consent: {by: guardian, date: 2026-03-01, recorded_by: hill-village}\n", "").replace(
            "started:", "⟦started:"
        ),
        "no-consent",
        WITH_PROGRAM,
    ),
    Case("P650", PAIR, pair("{by: guardian", "{by: ⟦self"), "child-consents-alone", WITH_PROGRAM),
    Case(
        "P650",
        PAIR,
        pair("recorded_by: hill-village", "recorded_by: ⟦far-village"),
        "recorded-by-stranger",
        {
            **WITH_PROGRAM,
            "data/orgs/far-village.yml": b"id: far-village\nname: \xe8\xbf\x9c\xe6\x9d\x91\nlevel: village\nparent: river-county\n"
            b"place: \xe6\xb2\xb3\xe5\x8e\xbf\nmaintainers: [far-admin]\nclaim_approval: auto\n",
        },
    ),
    Case("P651", PAIR, pair("alias: 小禾", "alias: ⟦王建华"), "full-name", WITH_PROGRAM),
    # The privacy scan reads pair files like every record: a number in a duty's note.
    Case(
        "P601",
        PAIR,
        pair("note: 上门看望，辅导作业", "note: 上门看望，妈妈电话⟦13800138000"),
        "phone-in-a-duty-note",
        WITH_PROGRAM,
    ),
    Case("P607", PAIR, pair("place: 河县山镇", "place: 河县山镇幸福路⟦18号"), "street-address-place", WITH_PROGRAM),
]

WISH1 = "data/wishes/hill-village/hill-2026-001.yml"


def wish_naming(pair_id: str) -> str:
    text = (MINI / WISH1).read_text(encoding="utf-8")
    return text.replace("category:", f"pair: ⟦{pair_id}\ncategory:", 1)


CASES += [
    Case(
        "R435",
        WISH1,
        wish_naming("hill-pair-2026-009"),
        "wish-names-unknown-pair",
        {**WITH_PROGRAM, PAIR: PAIR_TEXT.encode()},
    ),
    Case(
        "R435",
        WISH1,
        wish_naming("hill-pair-2026-001"),
        "wish-names-another-childs-pair",
        {**WITH_PROGRAM, PAIR: pair("alias: 小禾", "alias: 乐乐").encode()},
    ),
]

CLEAN = [
    Case(
        "R435",
        WISH1,
        wish_naming("hill-pair-2026-001"),
        "wish-names-its-childs-pair",
        {**WITH_PROGRAM, PAIR: pair("alias: 小禾", "alias: 小海").encode()},
    ),
    Case(
        "L552",
        "data/pairs/hill-village/hill-pair-2026-002.yml",
        PAIR_TEXT.replace("hill-pair-2026-001", "hill-pair-2026-002")
        .replace("started: 2026-03-01", "started: 2026-09-01")
        .replace("date: 2026-03-15", "date: 2026-09-15")
        .replace("date: 2026-05-20", "date: 2026-10-20"),
        "new-pair-after-the-first-ended",
        {**WITH_PROGRAM, PAIR: (PAIR_TEXT + "ended: {date: 2026-08-31, reason: 志愿者调离}\n").encode()},
    ),
    Case(
        "L552",
        "data/pairs/hill-village/hill-pair-2026-002.yml",
        PAIR_TEXT.replace("hill-pair-2026-001", "hill-pair-2026-002").replace(
            "volunteer: teacher-lin", "volunteer: youth-team"
        ),
        "many-to-one-allows-two",
        {PROGRAM: PROGRAM_WITH_PAIRING.replace("per_child: one", "per_child: many").encode(), PAIR: PAIR_TEXT.encode()},
    ),
    Case(
        "L551",
        PAIR,
        pair() + "ended: {date: 2026-05-20, reason: 孩子随父母外出}\n",
        "duty-on-the-last-day",
        WITH_PROGRAM,
    ),
    Case("P650", PAIR, pair("recorded_by: hill-village", "recorded_by: city-wf"), "recorded-by-the-city", WITH_PROGRAM),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_reported(case):
    assert_reported(case)


@pytest.mark.parametrize("case", CLEAN, ids=str)
def test_near_miss_is_clean(case):
    assert_clean(case)


def test_a_valid_pair_has_no_problem():
    source = MemorySource.of(MINI).changed({PROGRAM: PROGRAM_WITH_PAIRING, PAIR: PAIR_TEXT})
    assert [p.as_text() for p in problems_of(source)] == []


def test_schema_refuses_a_pair_without_a_volunteer_at_its_line():
    source = MemorySource.of(MINI).changed({PROGRAM: PROGRAM_WITH_PAIRING, PAIR: pair("volunteer: teacher-lin\n", "")})
    assert [(p.code, p.path) for p in problems_of(source) if p.code == "S201"] == [("S201", PAIR)]


def test_pair_figures_owed_in_proportion_and_done_per_year():
    from generator.model.repository import load_repository

    repo = load_repository(MemorySource.of(MINI).changed({PROGRAM: PROGRAM_WITH_PAIRING, PAIR: PAIR_TEXT}))
    the_pair, pairing = repo.model.pairs["hill-pair-2026-001"], repo.model.program.pairing
    # Paired from March: ten months of 2026, so 4 visits a year are 4*10/12 rounded up = 4.
    assert pairing.owed(the_pair, 2026) == {"home-visit": 4, "wish": 1, "letter": 1}
    assert the_pair.done(2026) == {"home-visit": 1, "letter": 1}
    assert pairing.owed(the_pair, 2025) == {}


from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

_SOURCE = MemorySource.of(MINI).changed({PROGRAM: PROGRAM_WITH_PAIRING})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    alias=st.text(max_size=20),
    note=st.text(max_size=80),
    kind=st.text(max_size=12),
    day=st.text(alphabet="0123456789-/年月日", max_size=12),
)
def test_any_text_in_a_pair_gives_problems_never_a_crash(alias, note, kind, day):
    text = pair("alias: 小禾", "alias: " + json_string(alias))
    text = text.replace("note: 上门看望，辅导作业", "note: " + json_string(note))
    text = text.replace("kind: letter", "kind: " + json_string(kind))
    text = text.replace("date: 2026-05-20", "date: " + json_string(day))
    problems = problems_of(_SOURCE.changed({PAIR: text}))
    assert all(p.path and p.line >= 1 and p.code for p in problems)


def json_string(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)
