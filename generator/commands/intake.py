"""``xinyuan intake``: an issue opened with a form becomes a record change (or a reply)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from generator.model.problems import SetupError
from generator.ops import changeset
from generator.model.sources import FileSource
from generator.commands.options import repo_option, today_option, today_of


@click.command()
@click.option(
    "--event",
    "event_file",
    required=True,
    type=click.Path(exists=True, dir_okay=False),
    help="GitHub 事件 JSON 文件（工作流里是 $GITHUB_EVENT_PATH）。",
)
@repo_option
@click.option(
    "--reply", "reply_file", type=click.Path(dir_okay=False), help="把给议题的中文回复（Markdown）写进这个文件。"
)
@click.option(
    "--output",
    "output_file",
    type=click.Path(dir_okay=False),
    help="把结果写进这个 JSON 文件：ok、branch、title、body、paths。",
)
@today_option
def intake(event_file, root, reply_file, output_file, today):
    """把用“认领心愿”或“提交心愿”表单开的议题变成记录修改，写进数据仓库（--repo，工作流里是主分支的检出）。

    通过检查时写入文件并退出 0；表单有问题时什么也不改，退出 1，回复里写明原因。
    """
    from generator.intake import intake as run_intake

    try:
        event = json.loads(Path(event_file).read_text(encoding="utf-8"))
    except ValueError as exc:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise click.UsageError(f"无法读取事件文件：{exc}") from exc
    try:
        outcome = run_intake(FileSource(root), event, today_of(today))
    except SetupError as exc:
        raise click.UsageError(str(exc)) from exc
    if outcome.ok:
        assert outcome.checked is not None  # an accepted form always carries its checked change
        changeset.write(root, outcome.checked)
    if reply_file:
        Path(reply_file).write_text(outcome.reply, encoding="utf-8")
    if output_file:
        Path(output_file).write_text(json.dumps(outcome.summary(), ensure_ascii=False), "utf-8")
    click.echo(outcome.reply)
    sys.exit(0 if outcome.ok else 1)
