"""``xinyuan remind`` on the sample program (pinned to 2026-11-23) and around deadlines."""

import json

import pytest

from ops_helpers import sample_repo, xinyuan


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    return sample_repo(tmp_path_factory.mktemp("remind"))


def reminders(repo, *args, today="2026-11-23"):
    result = xinyuan(repo, "remind", "--format", "json", *args, today=today)
    assert result.exit_code == 0, result.output
    return {r["wish"]: r for r in json.loads(result.output)["reminders"]}


def test_overdue_releasable_and_grouped_by_handler(repo):
    found = reminders(repo)
    assert found["huangni-2026-008"]["kind"] == "releasable"  # 23 days overdue > 14
    assert found["xinhe-2026-003"]["kind"] == "overdue"  # 13 days overdue
    assert found["qingshan-2026-011"]["days_left"] == -8
    assert found["huangni-2026-008"]["github"] == ["dongge-wuliu"]
    assert set(found) == {"huangni-2026-008", "xinhe-2026-003", "qingshan-2026-011"}


def test_within_widens_the_due_soon_window(repo):
    found = reminders(repo, "--within", "22")
    assert found["qingshan-2026-013"]["kind"] == "due-soon"  # due 2026-12-15: 22 days left
    assert "majiayi-2026-017" not in found  # due 2026-12-31


def test_the_last_day_is_due_soon_and_the_next_is_overdue(repo):
    assert reminders(repo, today="2026-12-31")["majiayi-2026-017"]["kind"] == "due-soon"
    assert reminders(repo, today="2027-01-01")["majiayi-2026-017"]["kind"] == "overdue"
    assert reminders(repo, today="2027-01-14")["majiayi-2026-017"]["kind"] == "overdue"  # 14 days: within grace
    assert reminders(repo, today="2027-01-15")["majiayi-2026-017"]["kind"] == "releasable"  # 15 days


def test_open_wishes_past_their_deadline_are_for_the_organisation(repo):
    found = reminders(repo, today="2027-01-11")
    assert found["jinqiao-2026-009"]["kind"] == "unclaimed"
    assert found["jinqiao-2026-009"]["github"] == []


def test_markdown_for_the_issue_mentions_volunteers_but_not_private_ones(repo):
    result = xinyuan(repo, "remind", "--format", "markdown")
    assert "@dongge-wuliu" in result.output  # dong-ge is public
    assert "@huangni-fulian" in result.output  # the organisation's maintainer
    assert "xiaohe-qx2y" not in result.output  # xiao-he chose not to be shown
    assert "一位志愿者" in result.output
    assert result.output.index("黄泥镇") < result.output.index("新河街道")


def test_nothing_due_says_so(repo):
    result = xinyuan(repo, "remind", "--within", "0", today="2026-03-01")
    assert result.exit_code == 0
    assert json.loads(xinyuan(repo, "remind", "--format", "json", today="2026-01-02").output)["count"] == 0
