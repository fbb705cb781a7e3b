"""``xinyuan remind`` also names open wishes nobody has claimed as their deadline comes near."""

import json

import pytest

from ops_helpers import sample_repo, xinyuan


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    return sample_repo(tmp_path_factory.mktemp("remind-unclaimed"))


def test_unclaimed_wishes_near_their_deadline_are_listed_for_the_organisation(repo):
    result = xinyuan(repo, "remind", today="2027-01-05")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    org = lines.index("新河街道金桥社区妇联（jinqiao-community）")
    line = (
        "  [即将到期仍无人认领，请组织派单、上报或延期] jinqiao-2026-009 锯掉院里的枯树，清理杂物："
        "截止 2027-01-10，还剩 5 天；无人认领"
    )
    assert line in lines
    assert lines.index(line) > org
    assert "jinqiao-2026-014" not in result.output  # due 2027-01-31: not yet near


def test_within_decides_how_near(repo):
    def kinds(within):
        out = xinyuan(repo, "remind", "--format", "json", "--within", within, today="2027-01-05").output
        return {r["wish"]: r["kind"] for r in json.loads(out)["reminders"]}

    assert kinds("4").get("jinqiao-2026-009") is None
    assert kinds("5")["jinqiao-2026-009"] == "unclaimed-soon"
    assert kinds("26")["jinqiao-2026-014"] == "unclaimed-soon"
    assert kinds("5").get("jinqiao-2026-014") is None


def test_the_reminder_issue_asks_the_organisation_to_act(repo):
    result = xinyuan(repo, "remind", "--format", "markdown", today="2027-01-05")
    text = result.output
    section = text[text.index("## 新河街道金桥社区妇联") :]
    section = section[: section.index("\n## ") if "\n## " in section else len(section)]
    assert "**即将到期仍无人认领，请组织派单、上报或延期**" in section
    assert "- `jinqiao-2026-009` 锯掉院里的枯树，清理杂物：截止 2027-01-10，还剩 5 天" in section
    assert "组织管理员：@" in section


def test_a_claimed_wish_is_not_an_unclaimed_one(repo):
    out = xinyuan(repo, "remind", "--format", "json", "--within", "60", today="2026-12-01").output
    found = {r["wish"]: r for r in json.loads(out)["reminders"]}
    assert all(r["volunteers"] == [] for r in found.values() if r["kind"] == "unclaimed-soon")
    assert found["majiayi-2026-017"]["kind"] == "due-soon"  # claimed by tianyi-team
