"""Points, commendations and the reports: shared claims, releases, withdrawals, year and half
boundaries. Wishes dated 2027 are added to the sample program, whose points all fall in 2026.
"""

from datetime import date
from itertools import count

import pytest

from generator.program import points
from generator.program import employer_reports as reports
from generator.model.repository import load_repository
from generator.model.sources import FileSource
from ops_helpers import problems, sample_repo, xinyuan

_numbers = count(1)


def add_wish(root, claims, fulfilled=None, withdrawn=None, slots=None):
    """A 2027 wish of majiayi-village with these claims: (volunteer, released or None)."""
    wish_id = f"majiayi-2027-{next(_numbers):03d}"
    lines = [
        f"id: {wish_id}",
        "title: 测试心愿",
        "story: 测试用的心愿。",
        "category: add-an-item",
        "beneficiary: {alias: 小海, group: left-behind-child, age_band: 6-11, place: 云岭县石门镇}",
        "org: majiayi-village",
        f"slots: {slots or len(claims)}",
        "collected: 2027-01-02",
        "consent: {by: guardian, date: 2027-01-02, recorded_by: majiayi-village}",
        "vetted: {date: 2027-01-03, by: majiayi-village}",
        "published: 2027-01-04",
        "claims:",
    ]
    for volunteer, released in claims:
        extra = f", released: {released}" if released else ""
        lines.append(f"  - {{volunteer: {volunteer}, date: 2027-01-05{extra}}}")
    if fulfilled:
        lines.append(f"fulfilled: {{date: {fulfilled}}}")
    if withdrawn:
        lines.append(f"withdrawn: {{date: {withdrawn}, reason: 已自行解决}}")
    (root / f"data/wishes/majiayi-village/{wish_id}.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def model(root):
    return load_repository(FileSource(root), date(2028, 12, 31)).model


@pytest.fixture
def repo(tmp_path):
    return sample_repo(tmp_path)


def test_thresholds_twenty_and_thirty(repo):
    for month in range(1, 7):
        add_wish(repo, [("zhao-ayi", None)], fulfilled=f"2027-0{month + 1}-01")
    assert problems(repo, "2028-12-31") == []
    by_month = {m: points.period_cards(model(repo), date(2027, 1, 1), date(2027, m, 28))["zhao-ayi"] for m in (4, 5, 7)}
    assert [by_month[m].points for m in (4, 5, 7)] == [15, 20, 30]
    assert [c.id for c in by_month[4].commendations] == []
    assert [c.id for c in by_month[5].commendations] == ["letter-of-praise"]
    assert [c.id for c in by_month[7].commendations] == ["letter-of-praise", "volunteer-star"]


def test_shared_wish_full_credit_and_a_released_claim_gets_nothing(repo):
    add_wish(repo, [("a-mei", None), ("dong-ge", None), ("ye-zi", "2027-01-06")], fulfilled="2027-02-01")
    cards = points.cards(model(repo), 2027)
    assert cards["a-mei"].points == cards["dong-ge"].points == 5
    assert "ye-zi" not in cards


def test_shared_wish_split_credit(repo):
    program = repo / "data/program.yml"
    program.write_text(program.read_text(encoding="utf-8").replace("shared: full", "shared: split"), encoding="utf-8")
    add_wish(repo, [("a-mei", None), ("dong-ge", None)], fulfilled="2027-02-01")
    assert points.cards(model(repo), 2027)["a-mei"].points == 2.5


def test_withdrawn_and_unfulfilled_wishes_earn_nothing(repo):
    add_wish(repo, [("a-mei", None)], withdrawn="2027-02-01")
    add_wish(repo, [("dong-ge", None)])
    assert points.cards(model(repo), 2027) == {}


def test_year_end_and_yearly_reset(repo):
    add_wish(repo, [("a-mei", None)], fulfilled="2027-12-31")
    add_wish(repo, [("a-mei", None)], fulfilled="2028-01-01")
    m = model(repo)
    assert points.cards(m, 2027)["a-mei"].points == 5
    assert points.cards(m, 2028)["a-mei"].points == 5
    assert points.cards(m, 2026)["a-mei"].points == 10  # the sample's own 2026 fulfilments


def test_half_years_split_at_the_end_of_june(repo):
    for day in ("2027-06-30", "2027-07-01", "2027-07-02", "2027-08-01"):
        add_wish(repo, [("lin-laoshi", None)], fulfilled=day)
    m = model(repo)
    h1 = {row[1]: row for row in reports.units_table(m, *reports.parse_half("2027H1")).rows}
    h2 = {row[1]: row for row in reports.units_table(m, *reports.parse_half("2027H2")).rows}
    assert h1["林老师"][4:7] == (1, 5, 5)  # fulfilled, period points, year so far
    assert h2["林老师"][4:7] == (3, 15, 20)
    assert h2["林老师"][7] == "致工作单位表扬信"
    assert h1["林老师"][0] == "清溪市第一中学"
    assert h1["林老师"][2] == 4  # all four claims were made in January


def test_parse_half_refuses_nonsense():
    with pytest.raises(ValueError):
        reports.parse_half("2026H3")


def test_report_points_csv_opens_in_excel(repo, tmp_path):
    out = tmp_path / "points.csv"
    result = xinyuan(repo, "report", "points", "--year", "2026", "--format", "csv", "--out", str(out))
    assert result.exit_code == 0, result.output
    raw = out.read_bytes()
    assert raw.startswith("\ufeff志愿者,名字,单位,圆梦,其中派单,积分,表彰,网站公开\r\n".encode("utf-8"))
    assert "lin-laoshi,林老师,清溪市第一中学,4,0,20,致工作单位表扬信,是\r\n".encode() in raw


def test_report_units_printable_page(repo, tmp_path):
    out = tmp_path / "units.html"
    result = xinyuan(repo, "report", "units", "--half", "2026H2", "--format", "html", "--out", str(out))
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "<p>清溪市第一中学：</p>" in page
    assert "page-break-after" in page


def test_stats_json_states_the_denominator(repo):
    import json

    data = json.loads(xinyuan(repo, "stats", "--format", "json").output)
    total = data["total"]
    assert data["denominator"].startswith("promised")
    assert total["fulfilment_rate"] == total["fulfilled"] / total["promised"]
    assert total["claim_rate"] >= total["fulfilment_rate"]
    assert data["by_org"]["qingxi-wf"]["collected"] == total["collected"]  # the root holds all
    text = xinyuan(repo, "stats").output
    assert "圆梦率" in text and "认领率" in text and "分母" in text
