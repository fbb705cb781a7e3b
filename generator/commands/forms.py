"""``xinyuan forms``: write or check the program-made fields of the "提交心愿" issue form."""

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
@click.option("--check", is_flag=True, help="只检查：表单与 program.yml 不一致时退出 1，不写入。")
def forms(root, check):
    """根据 program.yml 和组织更新“提交心愿”表单的下拉选项和示例（.github/ISSUE_TEMPLATE/submit-wish.yml）。

    改了类别、人群、年龄段或组织之后运行；校验工作流用 --check 检查表单是否过期。

    \b
    例：xinyuan forms
        xinyuan forms --check
    """
    from generator.intake.template import PATH, FormError, refreshed

    target = Path(root, PATH)
    if not target.is_file():
        raise click.UsageError(f"没有 {PATH}：先从模板仓库复制这个表单")
    try:
        model = load_repository(FileSource(root)).model
        if model.program is None:
            raise SetupError("data/program.yml 缺失或无效：先运行 `xinyuan validate` 修好它")
        current = target.read_text(encoding="utf-8")
        expected = refreshed(current, model)
    except (SetupError, FormError) as exc:
        raise click.UsageError(str(exc)) from exc
    if check:
        if current != expected:
            click.echo(f"{PATH} 已过期（与 program.yml 或组织不一致）：运行 `xinyuan forms` 重新生成并提交", err=True)
            sys.exit(1)
        click.echo(f"{PATH} 是最新的", err=True)
        return
    if current == expected:
        click.echo(f"{PATH} 已是最新的，没有改动", err=True)
        return
    target.write_text(expected, encoding="utf-8")
    click.echo(f"已更新 {PATH}", err=True)
