"""xinyuan remind lists the pairs falling behind and those with no visit within the interval;
the public reminder issue (markdown) names pairs by id, never the child's alias."""

import json
from datetime import date

import pytest

from generator.program.pair_reminders import expected_by
from generator.model.loader import load
from generator.model.pairs import Pair
from ops_helpers import sample_repo, xinyuan

BEHIND = {"majiayi-pair-2026-002", "majiayi-pair-2026-005"}


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    return sample_repo(tmp_path_factory.mktemp("remind"))


def test_text_lists_the_two_pairs_falling_behind_and_no_other(repo):
    result = xinyuan(repo, "remind")
    assert result.exit_code == 0, result.output
    part = result.output.split("结对认亲", 1)[1]
    listed = {word for line in part.splitlines() for word in line.split() if "-pair-" in word}
    assert listed == BEHIND
    assert "超过走访间隔没有家访" in part and "上门家访 1/3" in part
    assert "shuikou-pair-2026-003" not in result.output  # ended in August: owes nothing now


def test_json_carries_both_kinds_per_pair(repo):
    data = json.loads(xinyuan(repo, "remind", "--format", "json").output)
    assert {(p["pair"], p["kind"]) for p in data["pairs"]} == {(b, k) for b in BEHIND for k in ("behind", "no-visit")}


def test_markdown_issue_names_pairs_not_children(repo):
    out = xinyuan(repo, "remind", "--format", "markdown").output
    assert "# 结对认亲提醒" in out and all(b in out for b in BEHIND)
    assert "小满" not in out and "欢欢" not in out  # the two children's aliases
    assert "@majiayi-cun-fl" in out


def _pair(started, ended=None):
    doc, _ = load("data/pairs/org/p.yml", b"id: p\n")  # every record keeps the file it came from
    return Pair("p", "v", "小禾", "left-behind-child", "6-11", "县", "org", started, (), None, ended, doc=doc)


@pytest.mark.parametrize(
    "started, ended, today, per_year, want",
    [
        (date(2026, 1, 1), None, date(2026, 12, 31), 4, 4),  # a whole year: all of it
        (date(2026, 1, 1), None, date(2026, 6, 1), 1, 0),  # a yearly letter: not before mid-year
        (date(2026, 1, 1), None, date(2026, 7, 3), 1, 1),
        (date(2026, 7, 1), None, date(2026, 12, 31), 4, 2),  # paired for half the year: half of it
        (date(2025, 3, 1), date(2026, 3, 31), date(2026, 11, 1), 4, 1),  # ended in March
        (date(2026, 12, 1), None, date(2026, 11, 1), 4, 0),  # not started yet
    ],
)
def test_expected_by(started, ended, today, per_year, want):
    assert expected_by(_pair(started, ended), per_year, today) == want
