"""The lifecycle commands on a copy of the sample program: minimal diffs, refusals write nothing."""

import pytest

from ops_helpers import diff, problems, sample_repo, untouched, wish_file, xinyuan


@pytest.fixture
def repo(tmp_path):
    return sample_repo(tmp_path)


def test_claim_adds_exactly_one_line(repo):
    result = xinyuan(repo, "claim", "yangguang-2026-014", "zhao-ayi", "--on", "2026-11-22")
    assert result.exit_code == 0, result.output
    assert diff(repo) == ["+  - {volunteer: zhao-ayi, date: 2026-11-22}"]
    assert "zhao-ayi 认领" in result.output and "+  - {volunteer: zhao-ayi" in result.output


def test_claim_by_github_login_defaults_to_today(repo):
    result = xinyuan(repo, "claim", "majiayi-2026-016", "@linlaoshi-qx")
    assert result.exit_code == 0, result.output
    assert diff(repo) == ["+claims:", "+  - {volunteer: lin-laoshi, date: 2026-11-23}"]


def test_comments_and_flow_entries_are_kept(repo):
    path = wish_file(repo, "majiayi-2026-017")
    before = path.read_text(encoding="utf-8")
    result = xinyuan(repo, "fulfil", "majiayi-2026-017", "--note", "篱笆扎好了")
    assert result.exit_code == 0, result.output
    after = path.read_text(encoding="utf-8")
    assert after == before + "fulfilled: {date: 2026-11-23, note: 篱笆扎好了}\n"


@pytest.mark.parametrize(
    "args, message",
    [
        (["claim", "majiayi-2026-003", "zhao-ayi"], "已圆梦"),  # fulfilled
        (["claim", "lianhua-2026-021", "zhao-ayi"], "已审核"),  # not published
        (["claim", "majiayi-2026-017", "zhao-ayi"], "已认领"),  # no free slot
        (["claim", "yangguang-2026-014", "jianshe-team"], "已认领过"),  # twice
        (["claim", "yangguang-2026-014", "nobody"], "没有志愿者"),
        (["claim", "yangguang-2026-014", "zhao-ayi", "--on", "2026-11-01"], "早于发布日期"),
        (["claim", "huangni-2026-008", "zhao-ayi"], "已逾期"),
        (["publish", "majiayi-2026-019"], "已征集"),  # not vetted
        (["vet", "majiayi-2026-019", "--by", "baisha-wf"], "不是征集组织"),
        (["escalate", "majiayi-2026-017"], "已认领"),  # every slot taken
        (["dispatch", "majiayi-2026-016", "zhao-ayi", "--by", "baisha-wf"], "没有经手"),
        (["fulfil", "majiayi-2026-016"], "还没有人认领"),
        (["withdraw", "majiayi-2026-003", "--reason", "重复登记"], "已圆梦"),
        (["extend", "majiayi-2026-016", "--to", "2027-01-01"], "必须晚于"),
        (["release", "xinhe-2026-003", "xiao-he"], "逾期未超过 14 天"),
        (["release", "majiayi-2026-017", "zhao-ayi"], "没有认领"),
        (["vet", "no-such-wish"], "没有编号"),
    ],
)
def test_forbidden_steps_are_refused_and_nothing_is_written(repo, args, message):
    result = xinyuan(repo, *args)
    assert result.exit_code == 1
    assert message in result.output
    assert "未修改任何文件" in result.output
    assert untouched(repo)


def test_a_step_dated_after_today_is_refused_by_validation(repo):
    result = xinyuan(repo, "claim", "yangguang-2026-014", "zhao-ayi", "--on", "2026-11-30")
    assert result.exit_code == 1
    assert "L509" in result.output
    assert untouched(repo)


def test_vet_escalate_publish_dispatch_fulfil_in_order(repo):
    steps = [
        ("vet", "majiayi-2026-019", "--on", "2026-11-21"),
        ("escalate", "majiayi-2026-019", "--on", "2026-11-21", "--note", "村里暂无认领人"),
        ("publish", "majiayi-2026-019", "--on", "2026-11-22"),
        ("dispatch", "majiayi-2026-019", "zhao-ayi", "--on", "2026-11-22"),
        ("fulfil", "majiayi-2026-019", "--on", "2026-11-23"),
    ]
    for step in steps:
        result = xinyuan(repo, *step)
        assert result.exit_code == 0, result.output
    assert diff(repo) == [
        "+vetted: {date: 2026-11-21, by: majiayi-village}",
        "+escalations:",
        "+  - {date: 2026-11-21, to: shimen-town, note: 村里暂无认领人}",
        "+published: 2026-11-22",
        "+claims:",
        "+  - {volunteer: zhao-ayi, date: 2026-11-22, dispatched_by: shimen-town}",
        "+fulfilled: {date: 2026-11-23}",
    ]
    assert problems(repo) == []


def test_published_without_deadline_is_due_after_the_category_time_limit(repo):
    # study-aid has 45 days: published on 2026-12-20, due 2027-02-03 (across the year end).
    result = xinyuan(repo, "publish", "lianhua-2026-021", "--on", "2026-12-20", today="2026-12-20")
    assert result.exit_code == 0, result.output
    assert "2027-02-03 前圆梦" in result.output
    assert (
        xinyuan(repo, "claim", "lianhua-2026-021", "zhao-ayi", "--on", "2027-02-03", today="2027-02-03").exit_code == 0
    )


def test_claim_the_day_after_the_time_limit_is_refused(repo):
    xinyuan(repo, "publish", "lianhua-2026-021", "--on", "2026-12-20", today="2026-12-20")
    result = xinyuan(repo, "claim", "lianhua-2026-021", "zhao-ayi", "--on", "2027-02-04", today="2027-02-04")
    assert result.exit_code == 1 and "已逾期" in result.output


def test_withdraw_records_the_reason(repo):
    result = xinyuan(repo, "withdraw", "majiayi-2026-016", "--reason", "家里已自行解决")
    assert result.exit_code == 0, result.output
    assert diff(repo) == ["+withdrawn: {date: 2026-11-23, reason: 家里已自行解决}"]


def test_extend_moves_the_deadline_and_records_the_old_one(repo):
    result = xinyuan(repo, "extend", "majiayi-2026-017", "--to", "2027-01-31", "--reason", "等天晴")
    assert result.exit_code == 0, result.output
    assert diff(repo) == [
        "-deadline: 2026-12-31",
        "+deadline: 2027-01-31",
        "+extensions:",
        "+  - {date: 2026-11-23, previous: 2026-12-31, reason: 等天晴}",
    ]


def test_release_takes_back_an_overdue_claim_and_reopens_the_wish(repo):
    # huangni-2026-008 was due 2026-10-31: 23 days overdue, longer than the 14-day grace period.
    result = xinyuan(repo, "release", "huangni-2026-008", "dong-ge")
    assert result.exit_code == 0, result.output
    changed = diff(repo)
    assert "+  - {volunteer: dong-ge, date: 2026-09-25, released: 2026-11-23}" in changed
    assert len([line for line in changed if line.startswith("-")]) == 2  # the claim and the deadline
    # add-an-item has the program's 30 days: back on the list until 2026-12-23.
    assert "+deadline: 2026-12-23" in changed
    assert xinyuan(repo, "claim", "huangni-2026-008", "zhao-ayi").exit_code == 0


def test_voluntary_release_before_the_grace_period(repo):
    result = xinyuan(repo, "release", "xinhe-2026-003", "xiao-he", "--voluntary", "--until", "2026-12-31")
    assert result.exit_code == 0, result.output
    assert "+deadline: 2026-12-31" in diff(repo)
