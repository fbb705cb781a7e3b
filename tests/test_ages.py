"""Ages given as numbers land in the band that holds them, whatever bands a program uses; a
child's group with an adult's band is reported (R410)."""

from datetime import datetime
import re

import pytest
from click.testing import CliRunner
from hypothesis import given, strategies as st

from generator.cli import main
from generator.model.records import Named
from generator.model.taxonomy import resolve_age_band
from helpers import assert_reported
from ops_helpers import problems, sample_repo, xinyuan
from test_import_ops import workbook
from test_rules_references import CASES

FOUR_BANDS = """age_bands:
  - {id: 0-5, name: 0-5岁}
  - {id: 6-17, name: 6-17岁}
  - {id: 18-59, name: 18-59岁}
  - {id: 60-up, name: 60岁以上}
"""


def with_bands(repo, bands: str = FOUR_BANDS):
    """The sample program with another set of age bands (wishes and pairs moved onto them)."""
    program = repo / "data/program.yml"
    text = program.read_text(encoding="utf-8")
    text = re.sub(r"age_bands:\n(  - .*\n)+", bands, text)
    program.write_text(text, encoding="utf-8")
    new_bands = {b: Named(b, b) for b in re.findall(r"id: (\S+),", bands)}
    moves = lambda old: resolve_age_band(new_bands, old.split("-")[0])  # noqa: E731
    for path in [*(repo / "data/wishes").rglob("*.yml"), *(repo / "data/pairs").rglob("*.yml")]:
        wish = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"age_band: (\S+)", lambda m: f"age_band: {moves(m[1])}", wish), encoding="utf-8")
    assert [p.as_text() for p in problems(repo)] == []
    return repo


@pytest.fixture
def repo(tmp_path):
    return with_bands(sample_repo(tmp_path))


@pytest.mark.parametrize(
    "typed, band",
    [
        ("9", "6-17"),
        ("9岁", "6-17"),
        ("5", "0-5"),
        ("17", "6-17"),
        ("18", "18-59"),
        ("59", "18-59"),
        ("60", "60-up"),
        ("95 周岁", "60-up"),
    ],
)
def test_new_wish_reads_a_number_as_an_age(repo, typed, band):
    result = xinyuan(
        repo,
        "new",
        "wish",
        "--org",
        "majiayi-village",
        "--title",
        "一个书包",
        "--story",
        "小海上三年级，书包背带断了。",
        "--category",
        "助一学",
        "--alias",
        "小海",
        "--group",
        "留守儿童" if band in ("0-5", "6-17") else "空巢老人",
        "--age-band",
        typed,
        "--place",
        "云岭县石门镇",
    )
    assert result.exit_code == 0, result.output
    text = (repo / "data/wishes/majiayi-village/majiayi-2026-020.yml").read_text(encoding="utf-8")
    assert f"age_band: {band}\n" in text


def test_new_wish_refuses_an_age_no_band_holds(tmp_path):
    repo = with_bands(
        sample_repo(tmp_path),
        "age_bands:\n  - {id: 0-17, name: 未成年}\n  - {id: 18-64, name: 成年}\n  - {id: 70-up, name: 七十岁以上}\n",
    )
    result = xinyuan(repo, "new", "wish", "--org", "majiayi-village", "--age-band", "67")
    assert result.exit_code == 1
    assert "年龄段" in result.output and "67" in result.output
    assert not (repo / "data/wishes/majiayi-village/majiayi-2026-020.yml").exists()


def test_band_names_still_work(repo):
    result = xinyuan(repo, "new", "wish", "--org", "majiayi-village", "--age-band", "60岁以上")
    assert result.exit_code == 0, result.output
    assert "age_band: 60-up" in (repo / "data/wishes/majiayi-village/majiayi-2026-020.yml").read_text(encoding="utf-8")


def test_import_reads_ages_as_ages(repo, tmp_path):
    rows = [
        [
            "一个新书包",
            "小海上三年级，书包背带断了。",
            "助一学",
            "小海",
            "留守儿童",
            9,
            "云岭县石门镇",
            datetime(2026, 12, 31),
            datetime(2026, 11, 20),
            80,
            "监护人",
        ],
        [
            "一本字典",
            "小雨想要一本字典。",
            "助一学",
            "小雨",
            "留守儿童",
            "9岁",
            "云岭县石门镇",
            datetime(2026, 12, 31),
            datetime(2026, 11, 20),
            30,
            "监护人",
        ],
        [
            "一件棉衣",
            "陈奶奶独居。",
            "添一物",
            "陈奶奶",
            "空巢老人",
            9.0 + 60,
            "云岭县石门镇",
            datetime(2026, 12, 31),
            datetime(2026, 11, 20),
            30,
            "本人",
        ],
    ]
    result = xinyuan(repo, "import", workbook(tmp_path / "w.xlsx", rows), "--org", "majiayi-village")
    assert result.exit_code == 0, result.output
    folder = repo / "data/wishes/majiayi-village"
    bands = [
        re.search(r"age_band: (\S+)", (folder / f"majiayi-2026-0{n}.yml").read_text(encoding="utf-8"))[1]
        for n in (20, 21, 22)
    ]
    assert bands == ["6-17", "6-17", "60-up"]


@given(st.integers(min_value=0, max_value=130))
def test_every_age_lands_in_the_band_that_holds_it(age):
    bands = {b: Named(b, f"{b}岁") for b in ("0-5", "6-17", "18-59", "60-up")}
    band = resolve_age_band(bands, str(age))
    low, high = band.split("-")
    assert int(low) <= age and (high == "up" or age <= int(high))


R410_CASE = next(c for c in CASES if c.code == "R410")


def test_a_child_with_an_adult_band_is_reported_at_the_band():
    assert_reported(R410_CASE)
    found = [p for p in R410_CASE.problems() if p.code == "R410"]
    assert "未成年" in found[0].message and "6-11" in found[0].hint


def test_a_child_in_a_child_band_is_fine(repo):
    assert not [p for p in problems(repo) if p.code == "R410"]


def test_validate_reports_r410_in_the_sample_with_other_bands(repo):
    path = repo / "data/wishes/majiayi-village/majiayi-2026-012.yml"
    text = path.read_text(encoding="utf-8")
    assert "group: left-behind-child" in text
    path.write_text(re.sub(r"age_band: \S+", "age_band: 18-59", text), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(repo), "--today", "2026-11-23"])
    assert result.exit_code == 1
    assert re.search(r"data/wishes/majiayi-village/majiayi-2026-012.yml:\d+:\d+: R410 ", result.output)
