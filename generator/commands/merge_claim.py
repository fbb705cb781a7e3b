"""``xinyuan merge-claim``: land a checked claim on main with git (see :mod:`generator.forge.landing`)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from generator.commands.forge import forge_errors
from generator.commands.options import repo_option, today_option, today_of

MARKER = "<!-- xinyuan-claim-check -->"
SETTLE_SECONDS = 3  # how long Forgejo/Gitea may take to notice a merge pushed by hand


@click.command("merge-claim")
@click.option(
    "--head", "head_sha", required=True, help="检查过的拉取请求 head 提交（完整的 40 位编号）；只合并这一个提交。"
)
@click.option("--author", required=True, help="认领人的账号。")
@click.option("--author-id", type=click.IntRange(min=1), help="认领人的账号编号。")
@click.option(
    "--pr",
    "number",
    type=click.IntRange(min=1),
    help="拉取请求编号：给了就经代码托管平台核对目标分支和草稿状态，并贴标签、评论、标记合并。",
)
@click.option("--head-ref", help="远程仓库里 head 提交所在的引用（默认 refs/pull/编号/head）。")
@click.option("--base", default="main", show_default=True, help="主分支。")
@click.option("--remote", default="origin", show_default=True, help="远程仓库。")
@click.option(
    "--tries",
    type=click.IntRange(1, 20),
    default=5,
    show_default=True,
    help="主分支在推送前变动时，最多重试几次（每次重新取回、重新合并、重新检查）。",
)
@click.option(
    "--comment",
    "comment_file",
    type=click.Path(dir_okay=False),
    help="没有合并时，把给拉取请求的评论（Markdown）写进这个文件。",
)
@repo_option
@today_option
@forge_errors
def merge_claim(head_sha, author, author_id, number, head_ref, base, remote, tries, comment_file, root, today):
    """把检查过的认领合并进主分支：取回最新的主分支，在本地做出合并提交，对这个提交重新做完整检查，
    再推送到主分支（普通推送，不强推）。主分支在这期间变了，git 会拒绝推送：那就重新取回、重新检查、
    再试。认领不再通过（例如最后一个名额已被别人认领）时拒绝合并。

    退出码：0 已合并；1 没有合并（一行原因；给了 --pr 时还会贴标签、更新评论）；2 设置或平台出错。
    """
    from generator.forge.gitauth import token_from_env
    from generator.forge.landing import Claim, land

    if head_ref is None and number is None:
        raise click.UsageError("请给出 --pr 或 --head-ref")
    hub = _open(number, root)
    claim = Claim(
        head_sha,
        head_ref or f"refs/pull/{number}/head",
        author,
        author_id,
        f"合并认领 #{number}" if number else "合并认领",
    )
    guard = (lambda: _still_mergeable(hub, number, base, head_sha)) if hub else None
    landing = land(root, claim, today_of(today), base, remote, tries, token_from_env(), guard)
    note = _comment(landing)
    if comment_file and note:
        Path(comment_file).write_text(note, encoding="utf-8")
    if hub:
        _report(hub, number, landing, note)
    if landing.status == "merged":
        click.echo(f"{landing.reason}（尝试 {landing.tries} 次）")
        sys.exit(0)
    click.echo(f"没有合并：{landing.reason}（尝试 {landing.tries} 次）", err=True)
    sys.exit(1)


def _open(number, repo):
    if number is None:
        return None
    from generator.forge import open_forge

    return open_forge(repo)


def _still_mergeable(hub, number: int, base: str, head_sha: str) -> str | None:
    """Read the pull request again right before the push: aimed at base, no draft, same head."""
    pr = hub.pull(number)
    if pr.state != "open":
        return "拉取请求已经关闭"
    if pr.base != base:
        return f"拉取请求的目标分支已不是 {base}，不会自动合并"
    if pr.draft:
        return "拉取请求已改为草稿（draft），不会合并"
    if pr.head_sha != head_sha:
        return "拉取请求在检查之后又推送了新的提交，这次不合并（新的提交会重新检查）"
    return None


def _comment(landing) -> str | None:
    from generator.policy.comment import render

    if landing.verdict is not None and landing.status in ("refused", "review"):
        return render(landing.verdict)
    if landing.status in ("changed", "busy"):
        return f"{MARKER}\n\n{landing.reason}\n"
    return None


def _report(hub, number: int, landing, note: str | None) -> None:
    """Labels and the one comment; a merge the forge did not notice closes the pull request."""
    from generator.commands.forge import CLAIM_LABELS

    if landing.status == "merged":
        if hub.kind != "github":
            time.sleep(SETTLE_SECONDS)
            if not hub.pull(number).merged:
                hub.comment(
                    number,
                    f"已合并到主分支，提交 {landing.commit}。平台没有自动认出这次合并"
                    "（仓库设置里没有打开“自动检测手动合并”），所以关闭这个拉取请求。",
                )
                hub.set_state(number, "closed")
        return
    if landing.status == "busy":
        return  # claim-ok stays: the hourly sweep tries again
    keep = {"refused": "claim-refused", "review": "claim-review"}.get(landing.status)
    if keep:
        hub.ensure_label(keep, *CLAIM_LABELS[keep])
    hub.set_labels(number, [keep] if keep else [], [n for n in CLAIM_LABELS if n != keep])
    hub.upsert_comment(number, MARKER, note)
