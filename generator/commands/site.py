"""``xinyuan build`` and ``xinyuan serve``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from generator.output import problem_formats as reporters
from generator.deploy.host_limits import GB, HOSTS, check_size
from generator.model.problems import SetupError
from generator.commands.options import data_repository, path_argument, repo_option, today_of, today_option
from generator.site.guide import INVALID_DATA_HINT


def _progress(event) -> None:
    if event.total and sys.stderr.isatty():  # one line, updated in place
        click.echo(f"\r{_STAGES[event.stage]}… {event.done}/{event.total}", err=True, nl=event.done >= event.total)
    elif event.total:  # a log (CI): a line per step, never one endless line
        click.echo(f"{_STAGES[event.stage]}… {event.done}/{event.total}", err=True)
    else:
        click.echo(f"{_STAGES[event.stage]}…", err=True)


_STAGES = {"validate": "校验数据", "render": "生成页面", "mkdocs": "MkDocs 构建", "swap": "替换输出目录"}


@click.command()
@path_argument
@repo_option
@click.option(
    "--out",
    type=click.Path(file_okay=False),
    default=None,
    help="输出目录（默认数据仓库里的 site/）。构建在它旁边的临时目录里进行，成功后才替换。",
)
@click.option("--quiet", "-q", is_flag=True, help="不显示进度，只显示结果。")
@click.option(
    "--host",
    envvar="XINYUAN_HOST",
    type=click.Choice(sorted(HOSTS), case_sensitive=False),
    default="pages",
    show_default=True,
    help="网站发布到哪里（环境变量 XINYUAN_HOST）：结束时按它的容量上限报告网站大小，快满时警告。",
)
@click.option(
    "--size-limit",
    envvar="XINYUAN_SITE_LIMIT_GB",
    type=click.FloatRange(min=0.001),
    default=None,
    help="自己的服务器能放多大的网站，单位 GB（XINYUAN_SITE_LIMIT_GB；默认按 10 GB 算）。",
)
@today_option
def build(path, root, out, quiet, host, size_limit, today):
    """校验数据仓库（--repo，或写在命令后的 PATH；默认当前目录）的数据并生成公开网站。
    数据有问题时不生成，原有网站保持不变（退出码 1）。

    结束时报告网站大小；接近或超过发布位置的上限（GitHub Pages 1 GB）时警告。
    """
    from generator.site import InvalidData, UnsafeOutput, build_site

    try:
        summary = build_site(data_repository(path, root), out, today_of(today), progress=None if quiet else _progress)
    except InvalidData as exc:
        sys.stdout.write(reporters.text(exc.problems))
        click.echo(f"{len(exc.problems)} 个问题：数据没有通过校验，未生成网站（{INVALID_DATA_HINT}）", err=True)
        sys.exit(1)
    except (SetupError, UnsafeOutput) as exc:
        raise click.UsageError(str(exc)) from exc
    for warning in summary.warnings:
        click.echo(f"警告：{warning}", err=True)
    click.echo(
        f"已生成 {summary.out}：{summary.pages} 个页面，{summary.files} 个文件，"
        f"{summary.bytes / 1e6:.1f} MB，用时 {summary.seconds:.1f} 秒，"
        f"{len(summary.warnings)} 个警告",
        err=True,
    )
    size = check_size(host, summary.bytes, summary.largest, int(size_limit * GB) if size_limit else None)
    click.echo(size.line, err=True)
    if size.warning:
        click.echo(f"警告：{size.warning}", err=True)
        if os.environ.get("GITHUB_ACTIONS") == "true":  # also set by Forgejo and Gitea runners
            click.echo(f"::warning title=网站大小::{size.warning}")


@click.command()
@repo_option
@click.option("--dev-addr", default="127.0.0.1:8000", show_default=True, help="预览服务器的地址和端口。")
@today_option
def serve(root, dev_addr, today):
    """本地预览网站：修改数据或模板后自动重新生成（即 mkdocs serve，由 mkdocs.yml 里的钩子生成页面）。

    数据没有通过校验时预览不会停：首页列出每个问题（文件、行、列和改法），每页顶部有提示；
    改好保存后自动恢复。

    \b
    例：xinyuan serve
        xinyuan serve --dev-addr 127.0.0.1:8001
    """
    from mkdocs.commands.serve import serve as mkdocs_serve

    from generator.site.build import DOCS_DIR

    if today:
        os.environ["XINYUAN_TODAY"] = today_of(today).isoformat()
    Path(root, DOCS_DIR).mkdir(parents=True, exist_ok=True)  # mkdocs.yml's docs_dir must exist
    from generator.site.mkdocs_run import packaged_settings

    config_file = Path(root) / "mkdocs.yml"
    mkdocs_serve(config_file=str(config_file), dev_addr=dev_addr, **packaged_settings(config_file))
