"""``xinyuan remind``: overdue and near-deadline claims, grouped by organisation."""

from __future__ import annotations


import click

from .. import reminders
from .apply import load_model
from .options import repo_option, today_option, today_of


@click.command()
@click.option("--within", type=click.IntRange(0, 366), default=7, show_default=True,
              help="提前几天提醒即将到期的认领和无人认领的心愿。")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json"]), default="text",
              show_default=True, help="输出格式；markdown 用作提醒议题的正文。")
@repo_option
@today_option
def remind(within, fmt, root, today):
    """列出逾期、即将到期和可收回的认领，以及即将到期（或已逾期）仍无人认领的心愿，按负责组织分组，附志愿者的 GitHub 账号。

    \b
    例：xinyuan remind
        xinyuan remind --within 14 --format markdown
    """
    today = today_of(today)
    model = load_model(root, today)
    items = reminders.reminders(model, today, within)
    if fmt == "json":
        click.echo(reminders.as_json(items, today, within), nl=False)
    elif fmt == "markdown":
        click.echo(reminders.as_markdown(model, items, today, within), nl=False)
    else:
        click.echo(reminders.as_text(model, items, today), nl=False)
