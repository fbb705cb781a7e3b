"""``xinyuan report units``: the half-year letter to each employer unit, as the unit reads it."""

from __future__ import annotations

import re

import pytest
import yaml

from ops_helpers import ROOT, sample_repo, xinyuan


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    return sample_repo(tmp_path_factory.mktemp("letters"))


def volunteer_ids_and_logins() -> set[str]:
    found = set()
    for path in (ROOT / "data/volunteers").glob("*.yml"):
        record = yaml.safe_load(path.read_text(encoding="utf-8"))
        found |= {record["id"], record.get("github") or record["id"]}
    return found


def letters(text: str) -> dict[str, str]:
    """The text letters by the unit they are addressed to."""
    return {re.search(r"^(.+)：$", part, re.M).group(1): part for part in text.split("=" * 60)}


def test_a_letter_names_the_program_the_sender_the_date_and_people_by_name(repo):
    result = xinyuan(repo, "report", "units", "--half", "2026H2")
    assert result.exit_code == 0, result.output
    school = letters(result.output)["清溪市第一中学"]
    assert "清溪市“微心愿”圆梦行动志愿服务情况反馈" in school
    assert "2026年7月1日至2026年12月31日，贵单位的 1 位志愿者参加了清溪市“微心愿”圆梦行动" in school
    assert re.search(r"^林老师 +2 +0 +1 +5 +20 +致工作单位表扬信$", school, re.M)
    assert school.rstrip().endswith("清溪市妇女联合会\n" + " " * 24 + "2026年11月23日")
    for hidden in volunteer_ids_and_logins():
        assert not re.search(rf"(?<![a-z0-9-]){re.escape(hidden)}(?![a-z0-9-])", result.output), hidden


def test_a_unit_with_nothing_that_half_gets_a_clear_line(repo):
    result = xinyuan(repo, "report", "units", "--half", "2026H2")
    hospital = letters(result.output)["云岭县中医院"]
    assert "贵单位登记的 1 位志愿者本半年没有认领或圆梦心愿，本期没有需要反馈的服务记录" in hospital
    assert "认领  退回" not in hospital  # no empty table
    quiet = xinyuan(repo, "report", "units", "--half", "2027H1", today="2027-07-01")
    assert quiet.exit_code == 0
    assert len(letters(quiet.output)) > 10
    assert all("本半年没有认领或圆梦心愿" in letter for letter in letters(quiet.output).values())
    before = xinyuan(repo, "report", "units", "--half", "2025H1")  # nobody had joined yet
    assert before.exit_code == 0 and "还没有登记了工作单位的志愿者" in before.output


def test_the_signing_organisation_can_be_chosen(repo):
    result = xinyuan(repo, "report", "units", "--half", "2026H2", "--org", "baisha-wf")
    assert "白沙县妇女联合会\n" in result.output and "清溪市妇女联合会" not in result.output
    wrong = xinyuan(repo, "report", "units", "--half", "2026H2", "--org", "no-such-org")
    assert wrong.exit_code == 2 and "没有组织 “no-such-org”" in wrong.output


def test_the_printable_letters_one_unit_a_page(repo, tmp_path):
    out = tmp_path / "letters.html"
    result = xinyuan(repo, "report", "units", "--half", "2026H2", "--format", "html", "--out", str(out))
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    sections = re.findall(r"<section>(.*?)</section>", page, re.S)
    units = [re.search(r"<p>(.+?)：</p>", s).group(1) for s in sections]
    assert len(units) == len(set(units)) >= 5 and "清溪市第一中学" in units
    school = sections[units.index("清溪市第一中学")]
    assert "<td>林老师</td>" in school and 'class="sign">清溪市妇女联合会<br>2026年11月23日' in school
    assert "lin-laoshi" not in page


def test_csv_for_excel_uses_names_too(repo, tmp_path):
    out = tmp_path / "units.csv"
    assert xinyuan(repo, "report", "units", "--half", "2026H2", "--format", "csv", "--out", str(out)).exit_code == 0
    text = out.read_bytes().decode("utf-8-sig")
    assert text.startswith("单位,志愿者,认领,退回,圆梦,本期积分,本年累计积分,本年表彰\r\n")
    assert "清溪市第一中学,林老师,2,0,1,5,20,致工作单位表扬信\r\n" in text
