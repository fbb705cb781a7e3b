"""What people really type in a file gets a hint that says what to write instead."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from ops_helpers import sample_repo

WISH = "data/wishes/majiayi-village/majiayi-2026-016.yml"


@pytest.fixture
def repo(tmp_path):
    return sample_repo(tmp_path)


def typed(repo: Path, old: str, new: str, path: str = WISH) -> str:
    file = repo / path
    text = file.read_text(encoding="utf-8")
    assert old in text
    file.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(repo), "--today", "2026-11-23"])
    assert result.exit_code == 1
    return result.output


def test_a_slashed_date_is_told_the_format_and_the_date_it_means(repo):
    out = typed(repo, "deadline: 2027-01-31", "deadline: 2027/3/1")
    assert 'deadline 的值 "2027/3/1" 不是 YYYY-MM-DD 格式的日期 (改成 2027-03-01)' in out
    assert "不存在" not in out


def test_a_chinese_date_is_told_the_date_it_means(repo):
    out = typed(repo, "deadline: 2027-01-31", "deadline: 2027年3月1日")
    assert "改成 2027-03-01" in out


def test_a_date_that_does_not_exist_is_still_said_so(repo):
    out = typed(repo, "collected: 2026-10-26", "collected: 2026-02-30")
    assert '的日期 "2026-02-30" 不存在' in out


@pytest.mark.parametrize(
    "old, new, hint",
    [
        ("category: study-aid", "category: 助一学", "改成 “study-aid”（助一学）"),
        ("category: study-aid", "category: 添一物", "改成 “add-an-item”"),
        ("group: left-behind-child", "group: 留守儿童", "改成 “left-behind-child”（留守儿童）"),
        ("age_band: 12-17", "age_band: 13", "改成 “12-17”"),
        ("age_band: 12-17", "age_band: 13岁", "改成 “12-17”"),
    ],
)
def test_a_name_where_an_id_belongs_suggests_the_id(repo, old, new, hint):
    out = typed(repo, old, new)
    assert hint in out, out


@pytest.mark.parametrize(
    "old, new, hint",
    [
        ("slots: 1", "slots: 一个", "写一个整数，如 1，在 1 到 100 之间"),
        ("value_yuan: 90", "value_yuan: 九十", "写一个数字"),
        ("slots: 1", "slots: 0", "不能小于 1"),
    ],
)
def test_type_and_range_hints_say_what_is_allowed(repo, old, new, hint):
    out = typed(repo, old, new)
    assert hint in out and "按 schemas/" not in out


def test_an_enum_hint_lists_the_allowed_values(repo):
    out = typed(repo, "level: village", "level: 村", "data/orgs/majiayi-village.yml")
    assert "可用的值：province、city、county、township、village、community、unit" in out


def test_a_bad_login_says_what_a_login_is(repo):
    out = typed(repo, "maintainers: [", "maintainers: ['@zhang', ", "data/orgs/majiayi-village.yml")
    assert "不是有效的 GitHub 账号" in out and "不带 @" in out
