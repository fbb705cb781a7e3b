"""``xinyuan report points|units``: the points card and the twice-yearly report to employers."""

from __future__ import annotations

from pathlib import Path

import click

from generator.program import employer_reports as reports
from generator.output import tables
from generator.commands.apply import load_model
from generator.commands.options import YEAR, repo_option, today_option, today_of

FORMATS = ("text", "csv", "markdown", "html")


def _output(func):
    func = click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default="text",
        show_default=True,
        help="text 终端表格；csv 给 Excel（UTF-8 带 BOM）；markdown 或 html 打印页。",
    )(func)
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
    _emit(_render(fmt, table, [table], f"{model.settings.short_name}积分报表"), out)


@report.command()
@click.option("--half", required=True, help="半年，如 2026H1（1–6 月）或 2026H2（7–12 月）。")
@click.option("--org", help="署名的组织编号（默认是最上级组织）。")
@_output
def units(half, org, fmt, out, root, today):
    """半年一次给志愿者工作单位的反馈信：每个单位一封，写明项目和署名组织、日期、志愿者的名字，
    以及认领、圆梦、积分和表彰；本半年没有服务记录的单位也有一封，写明这一点。

    \b
    例：xinyuan report units --half 2026H2
        xinyuan report units --half 2026H2 --format html --out 反馈信.html
    """
    from generator.program import letters

    try:
        start, end = reports.parse_half(half)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--half") from exc
    today = today_of(today)
    model = load_model(root, today)
    if org and org not in model.orgs:
        raise click.BadParameter(f"没有组织 “{org}”", param_hint="--org")
    if fmt == "csv":
        _emit(tables.as_csv(reports.units_table(model, start, end)), out)
        return
    found = reports.unit_letters(model, start, end, today, reports.sender_of(model, org))
    if not found:
        click.echo(f"{half}：还没有登记了工作单位的志愿者，没有要写的反馈信", err=True)
        return
    title = f"{model.settings.short_name}：{half} 给志愿者工作单位的反馈"
    render = {"html": letters.as_html, "markdown": letters.as_markdown}.get(fmt)
    _emit(render(found, title) if render else letters.as_text(found), out)
