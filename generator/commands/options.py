"""Options shared by several commands."""

from __future__ import annotations

from datetime import date

import click

from ..reporters import FORMATS, default_format


def format_option(func):
    return click.option(
        "--format", "fmt", type=click.Choice(sorted(FORMATS)), default=None,
        help="输出格式：text（默认）、github（工作流注释；在 GitHub Actions 中自动选用）或 json。",
    )(func)


def chosen_format(fmt: str | None) -> str:
    return fmt or default_format()


def today_option(func):
    return click.option(
        "--today", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
        help="把这一天当作今天（YYYY-MM-DD），用于逾期判断和复现结果；默认是今天。",
    )(func)


def as_date(value) -> date | None:
    return value.date() if value else None
