"""``xinyuan check-pr`` as a command: exit statuses, formats, the summary file, conflicts."""

from __future__ import annotations

import json

import pytest
from claims_repo import append, branch, claim_line, make_repo, replace
from click.testing import CliRunner

from generator.cli import main

WISH = "data/wishes/village-a/va-002.yml"
CLAIM = append(WISH, "claims:\n" + claim_line("vol-one"))


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    repo = make_repo(tmp_path_factory.mktemp("checkpr") / "repo")
    branch(repo, "good", [CLAIM])
    branch(repo, "bad", [replace(WISH, "一根拐杖", "两根拐杖")])
    branch(repo, "review", [append("data/wishes/village-r/vr-001.yml", "claims:\n" + claim_line("vol-one"))])
    return repo


def run(repo, *args):
    return CliRunner().invoke(main, ["check-pr", "--repo", str(repo.root), "--today", "2026-05-01", *args])


def test_allowed_exits_0(repo):
    result = run(repo, "--base", "main", "--head", "good", "--author", "vol-one-gh", "--format", "text")
    assert result.exit_code == 0 and result.stdout == ""


def test_refused_exits_1_with_one_line_per_refusal(repo):
    result = run(repo, "--base", "main", "--head", "bad", "--author", "vol-one-gh", "--format", "text")
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{WISH}:2:1: C707 ")
    assert len(result.stdout.splitlines()) == 1


def test_github_and_json_formats(repo):
    args = ["--base", "main", "--head", "bad", "--author", "vol-one-gh"]
    assert run(repo, *args, "--format", "github").stdout.startswith(f"::error file={WISH},line=2,col=1")
    assert json.loads(run(repo, *args, "--format", "json").stdout)[0]["code"] == "C707"


def test_summary_json_flags_review(repo, tmp_path):
    summary = tmp_path / "summary.json"
    result = run(repo, "--base", "main", "--head", "review", "--author", "vol-one-gh", "--summary-json", str(summary))
    assert result.exit_code == 0
    assert json.loads(summary.read_text(encoding="utf-8")) == {
        "allowed": True,
        "needs_review": True,
        "review_orgs": ["village-r"],
        "review_reasons": [],
        "refusals": [],
    }


@pytest.mark.parametrize(
    "args",
    [
        ["--base", "no-such-branch", "--author", "x"],
        ["--base", "--upload-pack=touch", "--author", "x"],
    ],
)
def test_bad_revision_exits_2(repo, args):
    assert run(repo, *args).exit_code == 2


def test_not_a_git_repository_exits_2(tmp_path):
    result = CliRunner().invoke(main, ["check-pr", "--repo", str(tmp_path), "--base", "main", "--author", "x"])
    assert result.exit_code == 2


def test_conflict_with_main_is_refused(tmp_path):
    repo = make_repo(tmp_path / "repo")
    head = branch(repo, "mine", [append(WISH, "claims:\n" + claim_line("vol-one"))])
    branch(repo, "main", [append(WISH, "claims:\n" + claim_line("vol-two"))], start="main")
    result = run(repo, "--base", "main", "--head", head, "--author", "vol-one-gh", "--format", "text")
    assert result.exit_code == 1 and ".:1:1: C714 " in result.stdout
