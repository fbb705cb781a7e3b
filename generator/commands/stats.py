"""``xinyuan stats``: fulfilment and claim rates per organisation and per tier."""

from __future__ import annotations


import click

from generator.program import stats_tables as stats_report
from generator.output import tables
from generator.commands.apply import load_model
from generator.commands.options import repo_option, today_option, today_of


@click.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown", "json"]),
    default="text",
    show_default=True,
    help="输出格式。",
)
@repo_option
@today_option
def stats(fmt, root, today):
    """圆梦率（旁边是认领率）、圆梦用时和上报数，按组织和层级。"""
    today = today_of(today)
    model = load_model(root, today)
    if fmt == "json":
        click.echo(stats_report.as_json(model, today), nl=False)
    elif fmt == "markdown":
        click.echo(tables.as_markdown(stats_report.tables(model, today)), nl=False)
    else:
        click.echo(tables.as_text(stats_report.tables(model, today)), nl=False)
