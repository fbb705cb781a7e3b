"""The monthly meeting day: new wishes with a campaign and a value, then vetting and publishing
several at once (or all of an organisation's), in one change that is all or nothing."""

from __future__ import annotations

import pytest

from ops_helpers import diff, git, problems, sample_repo, untouched, wish_file, xinyuan

NEW = (
    "new",
    "wish",
    "--org",
    "majiayi-village",
    "--title",
    "一个新书包",
    "--category",
    "助一学",
    "--alias",
    "小海",
    "--group",
    "留守儿童",
    "--age-band",
    "8",
    "--place",
    "白沙县石门镇",
    "--story",
    "书包背带断了，想要一个结实的新书包。",
    "--consent",
    "guardian",
)


@pytest.fixture
def repo(tmp_path):
    return sample_repo(tmp_path)


def added_wishes(root) -> list[str]:
    out = git(root, "status", "--porcelain", "--untracked-files=all")
    return sorted(line.rsplit("/", 1)[-1][:-4] for line in out.splitlines() if line.startswith("??"))


def test_new_wish_with_a_campaign_name_and_a_value_in_yuan(repo):
    result = xinyuan(repo, *NEW, "--campaign", "六一", "--value", "120元")
    assert result.exit_code == 0, result.output
    [wish_id] = added_wishes(repo)
    text = wish_file(repo, wish_id).read_text(encoding="utf-8")
    assert "campaign: childrens-day-2026\n" in text and "value_yuan: 120\n" in text
    assert "+campaign: childrens-day-2026" in result.output
    assert problems(repo) == []


@pytest.mark.parametrize(
    "args, says",
    [
        (("--value", "一百"), "--value：“一百”不是数字，写成 300 或 300元"),
        (("--value", "-5"), "估计价值不能是负数"),
        (("--campaign", "国庆"), "没有专项 “国庆”；可用：2026年“六一”童心圆梦专项清单（childrens-day-2026）"),
    ],
)
def test_new_wish_refuses_a_bad_value_or_campaign(repo, args, says):
    result = xinyuan(repo, *NEW, *args)
    assert result.exit_code == 1
    assert says in result.output and "未修改任何文件" in result.output
    assert untouched(repo)


def test_meeting_day_vet_all_then_publish_all(repo):
    for title in ("一个新书包", "一盏台灯"):
        assert xinyuan(repo, *NEW[:4], *NEW[6:], "--title", title).exit_code == 0
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "two new wishes")
    vetted = xinyuan(repo, "vet", "--all", "--org", "majiayi-village")
    assert vetted.exit_code == 0, vetted.output
    # The sample's one collected wish of the village and the two new ones, in one change.
    assert vetted.output.count("审核通过") == 3 and "共 3 个心愿" in vetted.output
    assert diff(repo) == ["+vetted: {date: 2026-11-23, by: majiayi-village}"] * 3
    git(repo, "commit", "-qam", "vetted")
    published = xinyuan(repo, "publish", "--all", "--org", "majiayi-village")
    assert published.exit_code == 0, published.output
    assert diff(repo) == ["+published: 2026-11-23"] * 3
    assert problems(repo) == []
    git(repo, "commit", "-qam", "published")
    again = xinyuan(repo, "publish", "--all", "--org", "majiayi-village")
    assert again.exit_code == 0 and "没有“已审核”的心愿" in again.output and untouched(repo)


def test_publish_several_by_id(repo):
    result = xinyuan(repo, "publish", "lianhua-2026-021", "liutang-2026-015")
    assert result.exit_code == 0, result.output
    assert diff(repo) == ["+published: 2026-11-23"] * 2
    assert "lianhua-2026-021：2026-11-23 发布到心愿清单" in result.output


def test_one_refusal_writes_none_of_them(repo):
    result = xinyuan(repo, "publish", "lianhua-2026-021", "majiayi-2026-019", "no-such-wish")
    assert result.exit_code == 1
    assert "2 个心愿不能这样修改（要么全部写入，要么都不写）" in result.output
    assert "心愿 majiayi-2026-019 现在是“已征集”，不能发布" in result.output
    assert "没有编号为 “no-such-wish” 的心愿" in result.output
    assert untouched(repo)


def test_a_validation_problem_in_one_wish_writes_none(repo):
    # A publication date before the vetting of one of them: refused by the lifecycle rules.
    result = xinyuan(repo, "vet", "majiayi-2026-019", "dongpo-2026-021", "--on", "2020-01-01")
    assert result.exit_code == 1
    assert untouched(repo)


@pytest.mark.parametrize(
    "args",
    [
        ("publish",),
        ("publish", "--all"),
        ("publish", "lianhua-2026-021", "--all", "--org", "lianhua-village"),
    ],
)
def test_wishes_or_all_with_org_is_a_usage_error(repo, args):
    result = xinyuan(repo, *args)
    assert result.exit_code == 2
    assert "--all" in result.output and "Traceback" not in result.output
    assert untouched(repo)


def test_all_for_an_unknown_org_is_refused(repo):
    result = xinyuan(repo, "vet", "--all", "--org", "no-such-org")
    assert result.exit_code == 1 and "没有组织 “no-such-org”" in result.output
