"""Spreadsheet formulas in the CSV files the project writes (OWASP's CSV injection rule).

Names that start a formula are refused at the door (I310), but data that is already there, or
a unit, a title or a note, still lands in open data and the reports employers open in Excel.
Every CSV the project writes is read back here as Excel would: no cell may start a formula.
"""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from claims_repo import FILES, GitRepo, wish
from click.testing import CliRunner

from generator.model.cells import FORMULA_START, neutralise
from generator.cli import main
from generator.model.repository import load_repository
from generator.site.opendata import DATASETS, as_csv
from generator.site.views import gather
from generator.model.sources import FileSource

TODAY = date(2026, 5, 1)
HOSTILE = [
    '=HYPERLINK("https://evil.example","积分兑换")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
    "\t=1+1",
    "\r=1+1",
    "  =1+1",
    "＝1+1",
]


def volunteer(id, name, login, unit):
    return (
        f"id: {id}\nname: '{name}'\ngithub: {login}\nunit: '{unit}'\nunit_public: true\n"
        "kind: person\njoined: 2026-01-10\n"
    )


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    repo = GitRepo(tmp_path_factory.mktemp("cells") / "repo")
    files = dict(FILES)
    for i, text in enumerate(HOSTILE):
        files[f"data/volunteers/bad-{i}.yml"] = volunteer(
            f"bad-{i}", text.replace("'", "''"), f"bad-{i}-gh", text.replace("'", "''")
        )
        files[f"data/wishes/village-a/vb-{i:03}.yml"] = wish(
            f"vb-{i:03}",
            "village-a",
            1,
            [f"bad-{i}"],
            f"fulfilled: {{date: 2026-04-20, note: '{text.replace(chr(39), chr(39) * 2)}'}}\n",
        )
    repo.write(files)
    repo.commit("base")
    return repo


def cells_of(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))) for cell in row]


def assert_inert(text: str):
    cells = cells_of(text)
    assert cells
    for cell in cells:
        assert not cell or cell[0] not in FORMULA_START and cell.lstrip(" ")[:1] not in FORMULA_START, cell


@pytest.mark.parametrize("dataset", DATASETS, ids=[d.name for d in DATASETS])
def test_open_data_csv_has_no_formulas(repo, dataset):
    model = load_repository(FileSource(repo.root), TODAY).model
    text = as_csv(dataset, gather(model, TODAY)).decode("utf-8")
    assert_inert(text)
    if dataset.name == "volunteers":
        assert '\'=HYPERLINK("https://evil.example","积分兑换")' in cells_of(text)


@pytest.mark.parametrize("args", [["report", "points", "--year", "2026"], ["report", "units", "--half", "2026H1"]])
def test_reports_for_excel_have_no_formulas(repo, args):
    result = CliRunner().invoke(
        main, [*args, "--format", "csv", "--repo", str(repo.root), "--today", TODAY.isoformat()]
    )
    assert result.exit_code == 0, result.output
    assert "积分兑换" in result.output
    assert_inert(result.output)


def test_numbers_stay_numbers_and_plain_text_is_unchanged():
    assert neutralise(-3) == "-3" and neutralise(2.5) == "2.5"
    assert neutralise("小李") == "小李" and neutralise("") == "" and neutralise(None) == ""
    assert neutralise("=1+1") == "'=1+1" and neutralise("＠x") == "'＠x"


def test_formula_names_are_refused_at_the_door(repo):
    result = CliRunner().invoke(main, ["validate", str(repo.root), "--today", TODAY.isoformat()])
    assert result.exit_code == 1
    # A lone carriage return inside a quoted name is already refused as a line break (Y121).
    refused = {
        line.split(":")[0]
        for line in result.output.splitlines()
        if " I310 " in line or (" Y121 " in line and line.startswith("data/volunteers/"))
    }
    assert refused == {f"data/volunteers/bad-{i}.yml" for i in range(len(HOSTILE))}
