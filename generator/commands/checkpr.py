"""``xinyuan check-pr``: the pull-request policy on two git revisions."""

from __future__ import annotations

import json
import sys

import click

from generator.output import problem_formats as reporters
from generator.model.problems import SetupError
from generator.commands.options import chosen_format, format_option, repo_option, today_option, today_of


@click.command("check-pr")
@click.option("--base", "base", required=True, help="基准版本（通常是主分支 origin/main）。")
@click.option("--head", "head", default="HEAD", show_default=True, help="拉取请求的版本。")
@click.option("--author", required=True, help="拉取请求作者的 GitHub 账号。")
@click.option(
    "--author-id",
    type=click.IntRange(min=1),
    help="作者的 GitHub 账号编号（事件里的 user.id）；与记录里登记的编号比对，防止用户名易主。",
)
@repo_option
@click.option(
    "--summary-json",
    type=click.Path(dir_okay=False, writable=True),
    help="把结论写进这个 JSON 文件：allowed、needs_review、review_orgs、review_reasons、refusals。",
)
@click.option(
    "--comment",
    "comment_file",
    type=click.Path(dir_okay=False, writable=True),
    help="把给拉取请求的中文评论（Markdown）写进这个文件。",
)
@format_option
@today_option
def check_pr(base, head, author, author_id, root, summary_json, comment_file, fmt, today):
    """按权限规则检查从 BASE 到 HEAD 的改动（读取 git 对象，不检出、不运行其中的任何代码）。

    数据仓库（--repo）就是 BASE 和 HEAD 所在的 git 仓库。

    角色只从 BASE 读取。HEAD 不包含 BASE 时，检查的是把 HEAD 合并进 BASE 的结果。
    退出码：0 允许，1 拒绝（每条理由一行），2 用法错误（版本不存在、不是 git 仓库）。
    """
    from generator.policy.trees import check_revisions

    try:
        verdict = check_revisions(root, base, head, author, today_of(today), author_id)
    except SetupError as exc:
        raise click.UsageError(str(exc)) from exc
    sys.stdout.write(reporters.FORMATS[chosen_format(fmt)](verdict.problems))
    _write_reports(verdict, summary_json, comment_file)
    if chosen_format(fmt) == "text":
        click.echo(
            "允许合并" + ("（需要管理员审核）" if verdict.needs_review else "")
            if verdict.allowed
            else f"拒绝：{len(verdict.problems)} 个问题",
            err=True,
        )
    sys.exit(0 if verdict.allowed else 1)


def _write_reports(verdict, summary_json: str | None, comment_file: str | None) -> None:
    """The files the claim workflow reads: the outcome as JSON, the comment as Markdown."""
    from generator.policy.comment import render

    if summary_json:
        with open(summary_json, "w", encoding="utf-8") as out:
            json.dump(verdict.summary(), out, ensure_ascii=False, indent=2)
    if comment_file:
        with open(comment_file, "w", encoding="utf-8") as out:
            out.write(render(verdict))
