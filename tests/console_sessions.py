"""Console sessions in Markdown (```console blocks of ``$ command`` lines and their output), and
running their ``xinyuan`` lines as typed, from inside a data repository, on the pinned day.

Shared by the README's examples (tests/test_docs_examples.py) and the maintainer's guide
(tests/test_guide.py)."""

from __future__ import annotations

import contextlib
import re
import shlex
from pathlib import Path

import click
from click.testing import CliRunner, Result

from generator.cli import main
from ops_helpers import TODAY

Session = list[tuple[str, list[str]]]  # (command line without "$ ", expected output lines)


def sessions_in(text: str) -> list[Session]:
    """Each ```console block of a Markdown text as (command, expected output lines) pairs."""
    found = []
    for block in re.findall(r"^ *```console\n(.*?)^ *```", text, re.S | re.M):
        steps: Session = []
        lines = block.splitlines()
        indent = len(lines[0]) - len(lines[0].lstrip())
        going_on = False  # the command line ended with a backslash: it continues
        for line in (line[indent:] for line in lines):
            if going_on:
                steps[-1] = (steps[-1][0][:-1].rstrip() + " " + line.strip(), [])
            elif line.startswith("$ "):
                steps.append((line[2:], []))
            elif steps:
                steps[-1][1].append(line)
            going_on = bool(steps) and not steps[-1][1] and steps[-1][0].endswith("\\")
        if steps:
            found.append(steps)
    return found


def command_of(args: list[str]) -> click.Command:
    """The (sub)command a command line's words name, e.g. ``new wish``."""
    ctx = click.Context(main)
    command: click.Command = main
    for word in args:
        if not isinstance(command, click.Group):
            break
        command = command.get_command(ctx, word)
        if command is None:
            raise LookupError(f"没有这个命令：xinyuan {' '.join(args)}")
    return command


def run(root: Path, line: str) -> Result:
    """Run an ``xinyuan`` command line as typed in the folder ``root``, on the pinned day."""
    args = shlex.split(line)[1:]
    if any(p.name == "today" for p in command_of(args).params):
        args += ["--today", TODAY]
    with contextlib.chdir(root):
        return CliRunner().invoke(main, args)
