"""``xinyuan new`` validates before it writes: bad input is refused, nothing is written."""

import pytest

from ops_helpers import problems, sample_repo, untouched, xinyuan

ORG = ["new", "org", "hehua-village", "--name", "石门镇荷花村妇联", "--level", "village", "--place", "云岭县石门镇"]


@pytest.fixture
def repo(tmp_path):
    return sample_repo(tmp_path)


def test_a_misspelt_parent_is_refused_with_a_suggestion(repo):
    result = xinyuan(repo, *ORG, "--parent", "shimen-twon", "--maintainer", "hehua-fl")
    assert result.exit_code == 1
    assert "没有上级组织 “shimen-twon”" in result.output and "是不是 “shimen-town”" in result.output
    assert untouched(repo)


def test_a_misspelt_parent_is_refused_even_in_a_draft(repo):
    result = xinyuan(repo, "new", "org", "hehua-village", "--parent", "shimen-twon", "--maintainer", "hehua-fl")
    assert result.exit_code == 1 and "shimen-town" in result.output
    assert untouched(repo)


def test_no_empty_maintainer_is_ever_written(repo):
    result = xinyuan(repo, *ORG, "--parent", "shimen-town")
    written = repo / "data/orgs/hehua-village.yml"
    if result.exit_code == 0:  # the schema lets an organisation go without maintainers
        assert "''" not in written.read_text(encoding="utf-8")
        assert problems(repo) == []
    else:
        assert "--maintainer" in result.output
        assert untouched(repo)


def test_a_bad_login_is_refused_at_its_line(repo):
    result = xinyuan(repo, *ORG, "--parent", "shimen-town", "--maintainer", "hehua fl")
    assert result.exit_code == 1
    assert "data/orgs/hehua-village.yml:" in result.output and "maintainers" in result.output
    assert untouched(repo)


def test_a_good_org_is_written_and_valid(repo):
    result = xinyuan(repo, *ORG, "--parent", "shimen-town", "--maintainer", "hehua-fl")
    assert result.exit_code == 0, result.output
    assert problems(repo) == []


def test_an_id_that_cannot_be_a_file_name_is_refused(repo):
    result = xinyuan(
        repo,
        "new",
        "org",
        "Hehua_Village",
        "--name",
        "荷花村妇联",
        "--level",
        "village",
        "--place",
        "云岭县石门镇",
        "--parent",
        "shimen-town",
        "--maintainer",
        "hehua-fl",
    )
    assert result.exit_code == 1
    assert untouched(repo)


def test_a_draft_says_it_is_a_draft(repo):
    result = xinyuan(repo, "new", "wish", "--org", "majiayi-village", "--title", "一个书包")
    assert result.exit_code == 0
    assert "草稿" in result.output and "请填写" in result.output
