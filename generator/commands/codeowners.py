"""``xinyuan codeowners``: write or check ``.github/CODEOWNERS``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from generator.model.problems import SetupError
from generator.model.repository import load_repository
from generator.model.sources import FileSource
from generator.commands.options import repo_option


@click.command()
@repo_option
@click.option("--check", is_flag=True, help="只检查：文件过期时退出 1，不写入。")
def codeowners(root, check):
    """根据组织的管理员生成数据仓库里的 .github/CODEOWNERS（审核请求发给有权修改的人）。"""
    from generator.policy.codeowners import PATH, render

    try:
        expected = render(load_repository(FileSource(root)).model)
    except SetupError as exc:
        raise click.UsageError(str(exc)) from exc
    target = Path(root, PATH)
    current = target.read_text(encoding="utf-8") if target.exists() else None
    if check:
        if current != expected:
            click.echo(f"{PATH} 已过期：运行 `xinyuan codeowners` 重新生成并提交", err=True)
            sys.exit(1)
        click.echo(f"{PATH} 是最新的", err=True)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(expected, encoding="utf-8")
    click.echo(f"已写入 {PATH}", err=True)
