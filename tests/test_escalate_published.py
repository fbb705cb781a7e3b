"""A published wish nobody claims can be passed up: it stays on the list, handled by the parent."""

from ops_helpers import diff, problems, sample_repo, xinyuan

import pytest


@pytest.fixture
def repo(tmp_path):
    return sample_repo(tmp_path)


def test_escalate_a_published_wish_nobody_claimed(repo):
    result = xinyuan(repo, "escalate", "majiayi-2026-016", "--note", "村里暂无认领人")
    assert result.exit_code == 0, result.output
    assert "上报给 shimen-town" in result.output and "仍在心愿清单上" in result.output
    assert diff(repo) == ["+escalations:", "+  - {date: 2026-11-23, to: shimen-town, note: 村里暂无认领人}"]
    assert problems(repo) == []
    # Still open, now handled by the township: its maintainers dispatch it.
    result = xinyuan(repo, "dispatch", "majiayi-2026-016", "zhao-ayi")
    assert result.exit_code == 0, result.output
    assert "dispatched_by: shimen-town" in "\n".join(diff(repo))


def test_escalate_before_publication_date_is_refused(repo):
    result = xinyuan(repo, "escalate", "majiayi-2026-016", "--on", "2026-10-30")
    assert result.exit_code == 1
    assert "早于发布日期" in result.output


def test_escalate_twice_goes_one_level_each_time(repo):
    assert xinyuan(repo, "escalate", "majiayi-2026-016", "--on", "2026-11-20").exit_code == 0
    result = xinyuan(repo, "escalate", "majiayi-2026-016", "--on", "2026-11-23")
    assert result.exit_code == 0, result.output
    assert problems(repo) == []
