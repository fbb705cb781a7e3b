"""Options shared by several commands."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click
from click.core import ParameterSource

from generator.model import clock
from generator.output.problem_formats import FORMATS, default_format


def format_option(func):
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(sorted(FORMATS)),
        default=None,
        help="输出格式：text（默认）、github（工作流注释；在 GitHub Actions 中自动选用）或 json。",
    )(func)


def chosen_format(fmt: str | None) -> str:
    return fmt or default_format()


# The years schemas/common.schema.json allows in a date: far from the calendar's ends, so that
# adding a time limit or a grace period to a date cannot overflow.
FIRST_YEAR, LAST_YEAR = 1900, 2099
YEAR = click.IntRange(FIRST_YEAR, LAST_YEAR)


class Day(click.DateTime):
    """A date written YYYY-MM-DD (shown so in --help, rather than as ``[%Y-%m-%d]``), in the
    years a record's date may have."""

    name = "date"

    def __init__(self):
        super().__init__(formats=["%Y-%m-%d"])

    def get_metavar(self, param, ctx) -> str:
        return "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        day = super().convert(value, param, ctx)
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            self.fail(f"年份要在 {FIRST_YEAR} 到 {LAST_YEAR} 之间：{value}", param, ctx)
        return day


DATE = Day()


def today_option(func):
    return click.option(
        "--today",
        type=DATE,
        default=None,
        help="把这一天当作今天（YYYY-MM-DD），用于逾期判断和复现结果；默认是北京时间的今天。",
    )(func)


def as_date(value) -> date | None:
    return value.date() if value else None


def today_of(value) -> date:
    """The --today option's day, or today in the programs' time zone."""
    return as_date(value) or clock.today()


# The one name of the data repository in every command that reads one (tests/test_cli_repo.py).
REPO_HELP = "数据仓库的根目录（含 data/ 的目录）。"


def repo_option(func):
    return click.option(
        "--repo",
        "root",
        default=".",
        show_default=True,
        type=click.Path(exists=True, file_okay=False),
        help=REPO_HELP,
    )(func)


def path_argument(func):
    """``validate`` and ``build`` also take the data repository as a PATH after the command
    (DESIGN.md): the same as ``--repo PATH``. See :func:`data_repository`."""
    return click.argument("path", required=False, type=click.Path(exists=True, file_okay=False))(func)


def data_repository(path: str | None, root: str) -> str:
    """The data repository of a command with both PATH and ``--repo``: either one, or both when
    they name the same folder."""
    if path is None:
        return root
    given = click.get_current_context().get_parameter_source("root")
    if given is not ParameterSource.DEFAULT and Path(path).resolve() != Path(root).resolve():
        raise click.UsageError(
            f"数据仓库写了两个不同的目录：{path} 和 --repo {root}；只写一个（PATH 和 --repo 是一回事）"
        )
    return path


def on_option(func):
    return click.option(
        "--on",
        "on",
        type=DATE,
        default=None,
        help="这一步发生的日期（YYYY-MM-DD）；默认是今天。",
    )(func)
