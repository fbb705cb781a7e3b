"""The examples people copy run: the README's console sessions for the operating commands, with
their output compared line by line, and every ``例：`` line of these commands' ``--help``."""

from __future__ import annotations

import re
import shlex
import shutil

import pytest
from click.testing import CliRunner

from console_sessions import run, sessions_in
from generator.cli import main
from ops_helpers import ROOT, sample_repo

# The commands whose README sessions and help examples are checked here.
COMMANDS = (
    ("vet",),
    ("publish",),
    ("new", "wish"),
    ("remind",),
    ("report", "units"),
    ("forms",),
    ("pair",),
    ("duty",),
    ("unpair",),
)


@pytest.fixture
def repo(tmp_path):
    root = sample_repo(tmp_path)
    shutil.copytree(ROOT / ".github", root / ".github")
    return root


def sessions() -> list[list[tuple[str, list[str]]]]:
    """The README's console sessions that use one of these commands."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [
        steps
        for steps in sessions_in(text)
        if any(tuple(shlex.split(cmd)[1 : 1 + len(c)]) == c for cmd, _ in steps for c in COMMANDS)
    ]


def test_the_readme_has_sessions_for_these_commands():
    typed = {cmd.split()[1] for steps in sessions() for cmd, _ in steps}
    assert {"vet", "publish", "forms"} <= typed


@pytest.mark.parametrize("steps", sessions(), ids=lambda steps: steps[0][0])
def test_readme_console_sessions_print_what_they_say(repo, steps):
    for line, expected in steps:
        result = run(repo, line)
        assert "Traceback" not in result.output
        assert result.output.rstrip("\n").splitlines() == expected, line


def help_examples(path: tuple[str, ...]) -> list[str]:
    """The command lines after ``例：`` in a command's help, continuation lines joined."""
    text = CliRunner().invoke(main, [*path, "--help"]).output
    block = text.split("例：", 1)[1].split("\n\n", 1)[0]
    joined = re.sub(r"\s*\\\n\s*", " ", block)
    return [line.strip() for line in joined.splitlines() if line.strip().startswith("xinyuan ")]


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_help_examples_run(repo, path):
    examples = help_examples(path)
    assert examples, f"xinyuan {' '.join(path)} --help has no 例："
    for line in examples:
        result = run(repo, line)
        assert result.exit_code == 0, f"{line}\n{result.output}"
        assert "Traceback" not in result.output
