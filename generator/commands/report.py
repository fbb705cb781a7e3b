"""``xinyuan report points|units``: the points card and the twice-yearly report to employers."""

from __future__ import annotations

from pathlib import Path

import click

from .. import reports, tables
from .apply import load_model
from .options import YEAR, repo_option, today_option, today_of

FORMATS = ("text", "csv", "markdown", "html")


def _output(func):
    func = click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
                        help="text 终端表格；csv 给 Excel（UTF-8 带 BOM）；markdown 或 html 打印页。")(func)
    func = click.option("--out", type=click.Path(dir_okay=False), help="写入这个文件（默认打印出来）。")(func)
    return today_option(repo_option(func))


def _emit(text: str, out: str | None) -> None:
    if out:
        Path(out).write_text(text, encoding="utf-8", newline="")
        click.echo(f"已写入 {out}", err=True)
    else:
        click.echo(text, nl=False)


def _render(fmt: str, flat: tables.Table, pages: list[tables.Table], title: str) -> str:
    if fmt == "csv":
        return tables.as_csv(flat)
    if fmt == "html":
        return tables.as_html(pages, title)
    if fmt == "markdown":
        return tables.as_markdown(pages, title)
    return tables.as_text(pages)


@click.group()
def report():
    """积分报表和给志愿者工作单位的半年反馈。"""


@report.command()
@click.option("--year", type=YEAR, help="自然年（默认今年）。")
@_output
def points(year, fmt, out, root, today):
    """一年的志愿者积分和表彰（与网站光荣榜同一算法）。"""
    today = today_of(today)
    model = load_model(root, today)
    table = reports.points_table(model, year or today.year)
    _emit(_render(fmt, table, [table], f"{model.program.short_name}积分报表"), out)


@report.command()
@click.option("--half", required=True, help="半年，如 2026H1（1–6 月）或 2026H2（7–12 月）。")
@_output
def units(half, fmt, out, root, today):
    """半年一次向志愿者工作单位反馈：认领、圆梦、积分和表彰，每个单位一页。"""
    try:
        start, end = reports.parse_half(half)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--half") from exc
    flat = reports.units_table(load_model(root, today_of(today)), start, end)
    _emit(_render(fmt, flat, reports.per_unit(flat), flat.title), out)
