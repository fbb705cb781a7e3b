"""The examples people copy run: the README's console sessions for the operating commands, with
their output compared line by line, and every ``例：`` line of these commands' ``--help``."""

from __future__ import annotations

import re
import shlex
import shutil

import click
import pytest
from click.testing import CliRunner

from generator.cli import main
from ops_helpers import ROOT, TODAY, sample_repo

# The commands whose README sessions and help examples are checked here.
COMMANDS = (("vet",), ("publish",), ("new", "wish"), ("remind",), ("report", "units"), ("forms",),
            ("pair",), ("duty",), ("unpair",))


def command_of(args: list[str]) -> click.Command:
    ctx = click.Context(main)
    command: click.Command = main
    for word in args:
        if not isinstance(command, click.Group):
            break
        command = command.get_command(ctx, word)
    return command


def run(root, line: str, monkeypatch):
    """Run a command line as typed at the repository's root, on the pinned day."""
    args = shlex.split(line)[1:]
    if any(p.name == "today" for p in command_of(args).params):
        args += ["--today", TODAY]
    monkeypatch.chdir(root)
    return CliRunner().invoke(main, args)


@pytest.fixture
def repo(tmp_path):
    root = sample_repo(tmp_path)
    shutil.copytree(ROOT / ".github", root / ".github")
    return root


def sessions() -> list[list[tuple[str, list[str]]]]:
    """Each ```console block of the README as (command, expected output lines) pairs."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = []
    for block in re.findall(r"^ *```console\n(.*?)^ *```", text, re.S | re.M):
        steps: list[tuple[str, list[str]]] = []
        lines = block.splitlines()
        indent = len(lines[0]) - len(lines[0].lstrip())
        for line in (line[indent:] for line in lines):
            if line.startswith("$ "):
                steps.append((line[2:], []))
            elif steps:
                steps[-1][1].append(line)
        if steps and any(tuple(shlex.split(cmd)[1:1 + len(c)]) == c for cmd, _ in steps for c in COMMANDS):
            found.append(steps)
    return found


def test_the_readme_has_sessions_for_these_commands():
    typed = {cmd.split()[1] for steps in sessions() for cmd, _ in steps}
    assert {"vet", "publish", "forms"} <= typed


@pytest.mark.parametrize("steps", sessions(), ids=lambda steps: steps[0][0])
def test_readme_console_sessions_print_what_they_say(repo, steps, monkeypatch):
    for line, expected in steps:
        result = run(repo, line, monkeypatch)
        assert "Traceback" not in result.output
        assert result.output.rstrip("\n").splitlines() == expected, line


def help_examples(path: tuple[str, ...]) -> list[str]:
    """The command lines after ``例：`` in a command's help, continuation lines joined."""
    text = CliRunner().invoke(main, [*path, "--help"]).output
    block = text.split("例：", 1)[1].split("\n\n", 1)[0]
    joined = re.sub(r"\s*\\\n\s*", " ", block)
    return [line.strip() for line in joined.splitlines() if line.strip().startswith("xinyuan ")]


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_help_examples_run(repo, path, monkeypatch):
    examples = help_examples(path)
    assert examples, f"xinyuan {' '.join(path)} --help has no 例："
    for line in examples:
        result = run(repo, line, monkeypatch)
        assert result.exit_code == 0, f"{line}\n{result.output}"
        assert "Traceback" not in result.output
