"""The round-trip YAML engine and ``xinyuan new``."""

from datetime import date

import pytest

from generator.ops import yaml_edit as edit
from ops_helpers import diff, git, problems, sample_repo, xinyuan


def test_flush_lists_quotes_and_trailing_comments_are_kept():
    text = "# 头注释\nid: 'w-2026-001'   # 引号保留\nclaims:\n- {volunteer: a, date: 2026-01-02}\n# 文件末尾的注释\n"
    out = edit.apply(text, [edit.Append("claims", {"volunteer": "b", "date": date(2026, 1, 3)})])
    assert out.startswith("# 头注释\nid: 'w-2026-001'   # 引号保留\nclaims:\n- {volunteer: a, date: 2026-01-02}\n")
    assert "- {volunteer: b, date: 2026-01-03}\n" in out
    assert "# 文件末尾的注释" in out


def test_a_missing_key_goes_to_its_place_in_the_story():
    text = "id: w\ncollected: 2026-01-01\nvetted: {date: 2026-01-02, by: o}\npublished: 2026-01-05\n"
    out = edit.apply(text, [edit.Append("escalations", {"date": date(2026, 1, 3), "to": "p"})])
    assert out.splitlines() == [
        "id: w",
        "collected: 2026-01-01",
        "vetted: {date: 2026-01-02, by: o}",
        "escalations:",
        "  - {date: 2026-01-03, to: p}",
        "published: 2026-01-05",
    ]


def test_the_same_date_twice_is_written_twice():
    day = date(2026, 12, 31)
    out = edit.apply("id: w\n", [edit.Set("deadline", day), edit.Set("published", day)])
    assert "&" not in out and "*" not in out


@pytest.fixture
def repo(tmp_path):
    return sample_repo(tmp_path)


def test_new_wish_takes_the_next_free_id_and_validates(repo):
    result = xinyuan(
        repo,
        "new",
        "wish",
        "--org",
        "majiayi-village",
        "--title",
        "一个书包",
        "--story",
        "小海上三年级，书包背带断了。",
        "--category",
        "助一学",
        "--alias",
        "小海",
        "--group",
        "留守儿童",
        "--age-band",
        "9",
        "--place",
        "云岭县石门镇",
        "--consent",
        "guardian",
    )
    assert result.exit_code == 0, result.output
    path = repo / "data/wishes/majiayi-village/majiayi-2026-020.yml"
    text = path.read_text(encoding="utf-8")
    assert "category: study-aid" in text and "age_band: 6-11" in text and "# 必填" in text
    assert problems(repo) == []


def test_new_wish_in_a_new_year_starts_at_001(repo):
    result = xinyuan(repo, "new", "wish", "--org", "dongpo-village", today="2027-01-01")
    assert result.exit_code == 0, result.output
    assert (repo / "data/wishes/dongpo-village/dongpo-2027-001.yml").exists()
    assert "请填写" in result.output


def test_new_wish_template_leaves_required_fields_for_a_person(repo):
    xinyuan(repo, "new", "wish", "--org", "majiayi-village")
    second = xinyuan(repo, "new", "wish", "--org", "majiayi-village")
    assert "majiayi-2026-021" in second.output  # the unfinished 020 still counts as taken
    assert {p.code for p in problems(repo)} == {"S204"}


def test_new_volunteer_and_org(repo):
    assert (
        xinyuan(
            repo, "new", "volunteer", "xiao-lin", "--name", "小林", "--github", "xiaolin-test", "--unit", "清溪市图书馆"
        ).exit_code
        == 0
    )
    assert (
        xinyuan(
            repo,
            "new",
            "org",
            "hehua-village",
            "--name",
            "石门镇荷花村妇联",
            "--level",
            "village",
            "--parent",
            "shimen-town",
            "--place",
            "云岭县石门镇",
            "--maintainer",
            "hehua-fl",
        ).exit_code
        == 0
    )
    assert problems(repo) == []
    again = xinyuan(repo, "new", "volunteer", "xiao-lin", "--name", "小林", "--github", "x2")
    assert again.exit_code == 1 and "已经存在" in again.output
    assert git(repo, "status", "--porcelain").count("??") == 2
    assert diff(repo) == []
