"""What the editing commands share: load the model, apply changes safely, say what changed."""

from __future__ import annotations

import functools
import sys
from datetime import date
from typing import NoReturn

import click

from generator.output import problem_formats as reporters
from generator.ops.changeset import Changes, apply_checked, changed_lines
from generator.ops.steps import Refused
from generator.model.records import Model
from generator.model.problems import SetupError
from generator.model.repository import PROGRAM_PATH, Repository, load_repository
from generator.model.sources import FileSource


def load_repo(root: str, today: date) -> Repository:
    try:
        repo = load_repository(FileSource(root), today)
    except SetupError as exc:
        raise click.UsageError(str(exc)) from exc
    if repo.model.program is None:  # bad data, not bad usage: its problems and exit 1
        sys.stderr.write(reporters.text(p for p in repo.problems if p.path == PROGRAM_PATH))
        click.echo("data/program.yml 缺失或无效：先修好它（`xinyuan validate` 列出全部问题）", err=True)
        sys.exit(1)
    return repo


def load_model(root: str, today: date) -> Model:
    return load_repo(root, today).model


def refuse(message: str) -> NoReturn:
    click.echo(f"未修改任何文件：{message}", err=True)
    sys.exit(1)


def write_checked(
    root: str,
    changes: Changes,
    before: dict[str, str],
    today: date,
    summary: str,
    loaded: Repository | None = None,
    accept=None,
) -> None:
    """Write the changes if they introduce no problem (but those ``accept`` takes), print what
    changed; else refuse (exit 1)."""
    problems = apply_checked(root, changes, today, loaded, accept)
    if problems:
        sys.stderr.write(reporters.text(problems))
        refuse("修改后数据校验不通过（见上）")
    click.echo(summary)
    for path, text in changes.items():
        if text is None:
            click.echo(f"  {path}（删除）")
            continue
        if isinstance(text, bytes):  # a photo
            click.echo(f"  {path}（{len(text) // 1024} KB）")
            continue
        click.echo(f"  {path}")
        for line in changed_lines(before.get(path, ""), text):
            click.echo(f"    {line}")


def refusals(func):
    """Turn a :class:`Refused` raised by the lifecycle into the refusal message and exit 1."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except Refused as exc:
            refuse(str(exc))

    return wrapper
