"""``xinyuan remind``: overdue and near-deadline claims, grouped by organisation."""

from __future__ import annotations


import click

import json

from generator.program import pair_reminders
from generator.program import reminders
from generator.commands.apply import load_model
from generator.commands.options import repo_option, today_option, today_of


@click.command()
@click.option(
    "--within",
    type=click.IntRange(0, 366),
    default=7,
    show_default=True,
    help="提前几天提醒即将到期的认领和无人认领的心愿。",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown", "json"]),
    default="text",
    show_default=True,
    help="输出格式；markdown 用作提醒议题的正文。",
)
@repo_option
@today_option
def remind(within, fmt, root, today):
    """列出逾期、即将到期和可收回的认领，以及即将到期（或已逾期）仍无人认领的心愿，按负责组织分组，附志愿者的 GitHub 账号。

    项目设置了结对认亲时，还列出超过走访间隔没有家访、或本年职责落后于进度的结对。

    \b
    例：xinyuan remind
        xinyuan remind --within 14 --format markdown
    """
    today = today_of(today)
    model = load_model(root, today)
    items = reminders.reminders(model, today, within)
    pairs = pair_reminders.pair_reminders(model, today)
    if fmt == "json":
        data = json.loads(reminders.as_json(items, today, within))
        data["pairs"] = [p.as_dict() for p in pairs]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    elif fmt == "markdown":
        click.echo(
            reminders.as_markdown(model, items, today, within) + pair_reminders.as_markdown(model, pairs, today),
            nl=False,
        )
    else:
        click.echo(reminders.as_text(model, items, today) + pair_reminders.as_text(model, pairs, today), nl=False)
