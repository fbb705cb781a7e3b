"""What ``xinyuan check-pr`` says, read as the author reads it: a maintainer of another village
is told whose wish it is; the comment names organisations by name; a volunteer with a record is
told their own id."""

from __future__ import annotations

import pytest
from claims_repo import append, branch, claim_line, make_repo, replace
from click.testing import CliRunner

from generator.cli import main

WISH = "data/wishes/village-a/va-002.yml"


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    repo = make_repo(tmp_path_factory.mktemp("wording") / "repo")
    branch(repo, "edit", [replace(WISH, "一根拐杖", "两根拐杖")])
    branch(repo, "review", [append("data/wishes/village-r/vr-001.yml", "claims:\n" + claim_line("vol-one"))])
    branch(repo, "other", [append(WISH, "claims:\n" + claim_line("vol-two"))])
    return repo


def run(repo, *args):
    return CliRunner().invoke(
        main,
        ["check-pr", "--repo", str(repo.root), "--today", "2026-05-01", "--base", "main", "--format", "text", *args],
    )


def test_a_maintainer_of_another_village_is_told_whose_wish_it_is(repo):
    result = run(repo, "--head", "edit", "--author", "review-admin")
    assert result.exit_code == 1
    assert "C707" in result.stdout
    assert "你是西村妇联的管理员" in result.stdout and "这个心愿由东村妇联经手" in result.stdout
    assert "志愿者只能" not in result.stdout


def test_a_volunteer_editing_a_wish_is_told_what_volunteers_may_do(repo):
    result = run(repo, "--head", "edit", "--author", "vol-one-gh")
    assert "志愿者只能在 claims 下添加自己的认领" in result.stdout


def test_the_comment_names_the_reviewing_organisation(repo, tmp_path):
    comment = tmp_path / "comment.md"
    result = run(repo, "--head", "review", "--author", "vol-one-gh", "--comment", str(comment))
    assert result.exit_code == 0
    text = comment.read_text(encoding="utf-8")
    assert "等待 `西村妇联` 的管理员审核" in text and "village-r" not in text


def test_a_volunteer_with_a_record_is_told_their_id_not_to_add_one(repo):
    result = run(repo, "--head", "other", "--author", "vol-one-gh")
    assert result.exit_code == 1
    line = next(x for x in result.stdout.splitlines() if " C709 " in x)
    assert "（你的记录是 vol-one）" in line and "把 volunteer 改成 vol-one" in line
    assert "添加 data/volunteers/" not in line


def test_a_newcomer_is_still_told_to_add_a_record(repo):
    result = run(repo, "--head", "other", "--author", "newcomer-gh")
    line = next(x for x in result.stdout.splitlines() if " C709 " in x)
    assert "第一次认领请同时添加 data/volunteers/ 下自己的记录" in line
