"""``xinyuan validate`` and ``xinyuan rules``."""

from __future__ import annotations

import sys

import click

from generator.output import problem_formats as reporters
from generator.model.problems import SetupError
from generator.rules import all_rules
from generator.model.sources import FileSource
from generator.rules.runner import validate as run_validation
from generator.commands.options import (
    chosen_format,
    data_repository,
    format_option,
    path_argument,
    repo_option,
    today_of,
    today_option,
)


@click.command()
@path_argument
@repo_option
@format_option
@today_option
def validate(path, root, fmt, today):
    """校验数据仓库（--repo，或写在命令后的 PATH；默认当前目录）中的全部数据：YAML、字段、引用、流程和隐私。

    每个问题一行：`文件:行:列: 代码 说明`。没有问题时退出码为 0，有问题为 1，无法运行为 2。
    """
    root = data_repository(path, root)
    try:
        _, problems = run_validation(FileSource(root), today_of(today))
    except SetupError as exc:
        raise click.UsageError(str(exc)) from exc
    sys.stdout.write(reporters.FORMATS[chosen_format(fmt)](problems))
    if chosen_format(fmt) == "text":
        summary = f"{len(problems)} 个问题" if problems else "没有发现问题"
        click.echo(summary, err=True)
    sys.exit(1 if problems else 0)


@click.command()
@click.argument("code", required=False)
def rules(code):
    """列出所有校验规则及其代码；给出 CODE 时显示该规则的完整说明。"""
    chosen = [r for r in all_rules() if code is None or r.code == code.upper()]
    if code and not chosen:
        raise click.UsageError(f"没有规则 {code}；运行 `xinyuan rules` 查看全部")
    for r in chosen:
        if code:
            click.echo(f"{r.code} {r.name} ({r.family})\n\n{r.doc}")
        else:
            click.echo(f"{r.code}  {r.name:<28} {r.summary}")
