"""The privacy corpus (tests/privacy_corpus.yml) against the real ``xinyuan validate``.

Every refuse case must get a P6xx problem in its wish and every clean case none. Written from
outside the privacy rules; benchmarks/privacy_corpus.py prints recall, precision and the misses.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pytest
import yaml

from privacy_corpus_harness import BASE_ID, BASE_ORG, EXPECTS, FIELDS, REPO, describe, load_corpus, run, wish_text

ONE_LINE_FIELDS = {"title", "alias", "place", "note", "comment"}
# How people write digits: full-width, Chinese and financial numerals, 幺/拐/洞 read aloud.
DIGITS = {
    **{chr(0xFF10 + i): str(i) for i in range(10)},
    **dict(zip("〇零一二三四五六七八九", "00123456789", strict=True)),
    **dict(zip("壹贰叁肆伍陆柒捌玖", "123456789", strict=True)),
    "幺": "1",
    "拐": "7",
    "洞": "0",
    "Ｘ": "X",
    "x": "X",
}
SEPARATORS = r"[\s\-—–－·・．./,，]+"
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def digits_of(text: str) -> str:
    """The text with numerals as ASCII digits and separators between digits removed."""
    plain = "".join(DIGITS.get(ch, ch) for ch in text)
    return re.sub(rf"(?<=\d){SEPARATORS}(?=[\dX])", "", plain)


def check_digit(first17: str) -> str:
    return "10X98765432"[sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True)) % 11]


def id_numbers(text: str) -> list[str]:
    """18-character resident-ID-shaped runs (the first 18 of a longer run, as in 残疾证号)."""
    return [m.group(1) for m in re.finditer(r"(?<!\d)(\d{17}[\dX])", digits_of(text))]


def born(id_number: str) -> date:
    return date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    return run(tmp_path_factory.mktemp("privacy-corpus"))


def test_corpus_is_well_formed(corpus):
    assert len(corpus) >= 350
    ids = Counter(case["id"] for case in corpus)
    assert [i for i, n in ids.items() if n > 1] == []
    for case in corpus:
        assert set(case) == {"id", "field", "text", "expect", "class", "why"}, case
        assert case["field"] in FIELDS, case
        assert case["expect"] in EXPECTS, case
        assert all(isinstance(case[k], str) and case[k].strip() for k in case), case
        if case["field"] in ONE_LINE_FIELDS - {"comment"}:
            assert "\n" not in case["text"], case
    share = sum(case["expect"] == "refuse" for case in corpus) / len(corpus)
    assert 0.5 <= share <= 0.6, share


def test_resident_id_numbers_carry_the_check_digit_their_class_says(corpus):
    checked = Counter()
    for case in corpus:
        found = id_numbers(case["text"])
        if case["class"] in ("id-number", "disability-cert", "student-number"):
            assert found, case
            for number in found:
                assert number[-1] == check_digit(number[:17]), (case["id"], number)
                assert date(1900, 1, 1) <= born(number) <= date(2026, 1, 1), (case["id"], number)
                checked[case["class"]] += 1
        elif case["class"] == "id-wrong-check":
            assert found, case
            assert all(n[-1] != check_digit(n[:17]) for n in found), case
            assert all(born(n) for n in found)
            checked[case["class"]] += 1
    assert checked["id-number"] >= 25 and checked["id-wrong-check"] >= 5
    older = [c for c in corpus if c["class"] == "id-number" and 1935 <= born(id_numbers(c["text"])[0]).year <= 1985]
    assert len(older) >= 20


def test_mobile_numbers_are_valid_mainland_numbers(corpus):
    mobiles = [case for case in corpus if case["class"] == "mobile"]
    assert len(mobiles) >= 30
    for case in mobiles:
        text = digits_of(case["text"])
        parts = "".join(re.findall(r"\d+", text))  # a number given in parts (开头… 尾号…)
        assert any(re.search(r"(?:(?<!\d)|(?<=86))1[3-9]\d{9}", t) for t in (text, parts)), case


def test_clean_cases_hold_no_id_number_or_mobile(corpus):
    for case in corpus:
        if case["expect"] == "clean":
            text = digits_of(case["text"])
            assert not id_numbers(case["text"]), case
            assert not re.search(r"(?<![\d])1[3-9]\d{9}(?!\d)", text), case


def test_every_refuse_case_is_refused(outcomes):
    missed = [describe(o) for o in outcomes if o.case["expect"] == "refuse" and not o.refused]
    total = sum(o.case["expect"] == "refuse" for o in outcomes)
    if missed:
        pytest.fail(
            f"{len(missed)} of {total} identifying texts pass the privacy rules:\n" + "\n".join(missed), pytrace=False
        )


def test_every_clean_case_stays_clean(outcomes):
    refused = [describe(o) for o in outcomes if o.case["expect"] == "clean" and o.refused]
    total = sum(o.case["expect"] == "clean" for o in outcomes)
    if refused:
        pytest.fail(f"{len(refused)} of {total} harmless texts are refused:\n" + "\n".join(refused), pytrace=False)


def test_every_code_reported_is_a_registered_rule(outcomes):
    """What the corpus makes validation report carries codes from the one registry, each with
    its rule's documentation (``xinyuan rules CODE``)."""
    from generator.rules import all_rules

    reported = {code for o in outcomes for code in o.codes}
    assert any(code.startswith("P6") for code in reported)
    assert reported - {r.code for r in all_rules()} == set()


def test_the_harness_sees_what_the_rules_report(tmp_path):
    """A plain mobile number in each field is refused, so the harness places texts where the
    rules look (and a failure above is the rules' miss, not the harness's)."""
    cases = [
        {
            "id": f"probe-{f}",
            "field": f,
            "text": "电话13907451286",
            "expect": "refuse",
            "class": "mobile",
            "why": "probe",
        }
        for f in FIELDS
    ]
    cases.append(
        {
            "id": "probe-clean",
            "field": "story",
            "text": "想要一个书包",
            "expect": "clean",
            "class": "probe",
            "why": "probe",
        }
    )
    result = {o.case["id"]: o.refused for o in run(tmp_path, cases)}
    assert result == {**{f"probe-{f}": True for f in FIELDS}, "probe-clean": False}


def test_each_text_lands_unchanged_in_its_field(corpus):
    """The harness writes each text so that the wish, read back, holds exactly that text."""
    base = (REPO / "data" / "wishes" / BASE_ORG / f"{BASE_ID}.yml").read_text(encoding="utf-8")
    where = {
        "title": lambda d: d["title"],
        "story": lambda d: d["story"],
        "alias": lambda d: d["beneficiary"]["alias"],
        "place": lambda d: d["beneficiary"]["place"],
        "note": lambda d: d["fulfilled"]["note"],
    }
    for case in corpus:
        text = wish_text(base, "x", case["field"], case["text"])
        if case["field"] == "comment":
            assert text.startswith("".join(f"# {line}\n" for line in case["text"].split("\n"))), case
            assert yaml.safe_load(text) == yaml.safe_load(wish_text(base, "x", "comment", "c")), case
        else:
            assert where[case["field"]](yaml.safe_load(text)) == case["text"], case
