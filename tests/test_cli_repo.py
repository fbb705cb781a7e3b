"""One way to name the data repository: ``--repo DIR`` with one help text in every command that
reads one; ``validate`` and ``build`` also take DESIGN.md's ``PATH``, the same folder."""

from __future__ import annotations

import shutil

import click
import pytest
from click.testing import CliRunner

from conftest import REPO
from generator.cli import main
from generator.commands.options import REPO_HELP

# Commands that read no data repository: what they take instead.
NO_DATA = {
    "rules": "a rule code",
    "init": "the folder of a new repository it creates",
    "deploy rsync": "a built site",
    "deploy s3": "a built site",
}
# DESIGN.md: `xinyuan validate [PATH]`, `xinyuan build [PATH] [--out DIR]`.
WITH_PATH = {"validate", "build"}
# Parameter names that would be another way to name a folder.
FOLDER_WORDS = {"path", "repo", "root", "dir", "directory", "folder", "data"}


def commands(group: click.Group = main, prefix: tuple[str, ...] = ()):
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None, name
        if isinstance(command, click.Group):
            yield from commands(command, prefix + (name,))
        else:
            yield " ".join(prefix + (name,)), command


ALL = dict(commands())


def test_the_tree_is_walked():
    assert {
        "validate",
        "build",
        "serve",
        "forms",
        "codeowners",
        "check-pr",
        "intake",
        "vet",
        "new wish",
        "report units",
        "deploy s3",
    } <= set(ALL)
    assert set(NO_DATA) <= set(ALL), "a command listed here no longer exists"


@pytest.mark.parametrize("name", sorted(set(ALL) - set(NO_DATA)))
def test_every_command_names_the_data_repository_repo(name):
    command = ALL[name]
    repo = [p for p in command.params if isinstance(p, click.Option) and "--repo" in p.opts]
    assert len(repo) == 1, f"xinyuan {name} has no --repo"
    option = repo[0]
    assert option.name == "root" and option.default == "." and option.help == REPO_HELP
    assert isinstance(option.type, click.Path) and not option.type.file_okay
    others = [p.name for p in command.params if p is not option and p.name in FOLDER_WORDS]
    if name in WITH_PATH:
        assert others == ["path"]
        path = next(p for p in command.params if p.name == "path")
        assert isinstance(path, click.Argument) and not path.required
    else:
        assert others == [], f"xinyuan {name} names a folder another way too: {others}"


@pytest.mark.parametrize("name", sorted(NO_DATA))
def test_commands_without_a_data_repository_have_no_repo(name):
    assert not any("--repo" in getattr(p, "opts", []) for p in ALL[name].params)


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli-repo") / "program"
    shutil.copytree(REPO / "data", root / "data")
    return root


def validate(*args: str):
    return CliRunner().invoke(main, ["validate", *args, "--today", "2026-11-23"])


def test_validate_path_and_repo_are_the_same(sample, tmp_path, monkeypatch):
    by_path, by_repo = validate(str(sample)), validate("--repo", str(sample))
    assert by_path.exit_code == by_repo.exit_code == 0
    assert by_path.output == by_repo.output
    assert validate(str(sample), "--repo", str(sample / "data" / "..")).exit_code == 0  # one folder
    monkeypatch.chdir(tmp_path)  # no data here: the default is the current folder
    assert validate().exit_code == 2 and validate(str(sample)).exit_code == 0


@pytest.mark.parametrize("command", sorted(WITH_PATH))
def test_two_different_folders_are_refused(sample, tmp_path, command):
    other = tmp_path / "other"
    other.mkdir()
    result = CliRunner().invoke(main, [command, str(sample), "--repo", str(other)])
    assert result.exit_code == 2
    assert "数据仓库写了两个不同的目录" in result.output and str(other) in result.output
    assert "Traceback" not in result.output
    assert not (sample / "site").exists() and not (other / "site").exists()


def test_codeowners_and_forms_read_the_repo_option(sample):
    shutil.copytree(REPO / ".github", sample / ".github")
    for command in ("codeowners", "forms"):
        result = CliRunner().invoke(main, [command, "--repo", str(sample), "--check"])
        assert result.exit_code == 0, result.output
        assert "是最新的" in result.output
    result = CliRunner().invoke(main, ["codeowners", str(sample)])
    assert result.exit_code == 2  # no PATH any more: one way to name it
