"""`xinyuan validate` and `xinyuan rules` as a user and CI run them."""

import json
import shutil

import pytest
from click.testing import CliRunner

from generator.cli import main
from helpers import MINI, WISH2, edit

BAD = edit(WISH2, "slots: 2", "slots: 两个").replace("title: 陪奶奶聊聊天", "titel: 陪奶奶聊聊天")


@pytest.fixture
def repo(tmp_path):
    shutil.copytree(MINI / "data", tmp_path / "data")
    return tmp_path


def run(*args, env=None):
    return CliRunner().invoke(main, list(args), env=env or {"GITHUB_ACTIONS": ""})


def test_clean_repository_exits_0(repo):
    result = run("validate", str(repo), "--today", "2026-11-23")
    assert result.exit_code == 0 and result.stdout == ""


def test_every_problem_is_reported_sorted_as_path_line_column(repo):
    (repo / WISH2).write_text(BAD, encoding="utf-8")
    result = run("validate", str(repo), "--today", "2026-11-23")
    assert result.exit_code == 1
    assert [line.split(" ")[:2] for line in result.stdout.splitlines()] == [
        [f"{WISH2}:1:1:", "S201"],  # title is missing from the record...
        [f"{WISH2}:2:1:", "S202"],  # ...because it is misspelt here
        [f"{WISH2}:7:8:", "S203"],
    ]
    assert "是不是 “title”？" in result.stdout


def test_json_format(repo):
    (repo / WISH2).write_text(BAD, encoding="utf-8")
    result = run("validate", str(repo), "--format", "json", "--today", "2026-11-23")
    items = json.loads(result.stdout)
    assert {tuple(sorted(i)) for i in items} == {("code", "column", "hint", "line", "message", "path")}
    assert {(i["path"], i["line"], i["column"], i["code"]) for i in items} == {
        (WISH2, 1, 1, "S201"),
        (WISH2, 2, 1, "S202"),
        (WISH2, 7, 8, "S203"),
    }


def test_github_annotations_are_chosen_in_github_actions(repo):
    (repo / WISH2).write_text(BAD, encoding="utf-8")
    result = run("validate", str(repo), "--today", "2026-11-23", env={"GITHUB_ACTIONS": "true"})
    assert f"::error file={WISH2},line=7,col=8,title=S203::S203 " in result.stdout


def test_missing_data_folder_is_a_usage_error(tmp_path):
    result = run("validate", str(tmp_path))
    assert result.exit_code == 2 and "data/" in result.output


def test_rules_lists_every_code_and_explains_one():
    listing = run("rules")
    assert listing.exit_code == 0 and "L503" in listing.stdout and "P603" in listing.stdout
    detail = run("rules", "l503")
    assert detail.exit_code == 0 and "slots" in detail.stdout and "改法" in detail.stdout
    assert run("rules", "Z999").exit_code == 2
