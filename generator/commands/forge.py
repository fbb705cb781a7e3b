"""``xinyuan forge …``: the forge calls of the workflows' scripts, on GitHub, Forgejo or Gitea.

Which forge comes from ``forge:`` in data/program.yml or the environment (see
:mod:`generator.forge.config`). A failed call prints one Chinese line and exits 2.
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click

from generator.commands.options import repo_option
from generator.forge import ForgeError, open_forge
from generator.model.problems import SetupError

NUMBER = click.IntRange(min=1)
# The claim labels, with their colours: created when missing, before any is set.
CLAIM_LABELS = {
    "claim-ok": ("0E8A16", "xinyuan：认领检查通过"),
    "claim-review": ("FBCA04", "xinyuan：认领等待管理员审核"),
    "claim-refused": ("B60205", "xinyuan：认领没有通过检查"),
}


def forge_errors(func):
    """ForgeError and SetupError become one Chinese line on stderr and exit status 2."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except (ForgeError, SetupError) as exc:
            click.echo(f"错误：{exc}", err=True)
            sys.exit(2)

    return wrapper


def forge_call(func):
    """A forge command: ``--repo`` (whose program.yml names the forge) and errors as one line."""

    @repo_option
    @forge_errors
    @functools.wraps(func)
    def wrapper(*args, root, **kwargs):
        return func(*args, **kwargs)

    return wrapper


def _hub():
    """The forge of the repository this command was given (``--repo``)."""
    return open_forge(click.get_current_context().params["root"])


def body_option(func):
    return click.option(
        "--body-file", type=click.Path(exists=True, dir_okay=False), required=True, help="正文（Markdown）所在的文件。"
    )(func)


def read_body(path: str) -> str:
    return Path(path).read_text(encoding="utf-8")


@click.group()
def forge():
    """工作流对代码托管平台（GitHub、Forgejo、Gitea）的调用：拉取请求、标签、评论、议题、启动工作流。

    平台由 data/program.yml 的 forge 设置或环境变量 FORGE、FORGE_API 决定；
    令牌来自 FORGE_TOKEN（或 GH_TOKEN），仓库来自 REPO（所有者/仓库名）。
    """


@forge.command("pr")
@click.argument("number", type=NUMBER)
@forge_call
def pr_info(number):
    """以 JSON 打印拉取请求 NUMBER：目标分支、head 提交、草稿、作者与编号、认领人。"""
    from generator.forge.claimant import claimant

    hub = _hub()
    pr = hub.pull(number)
    login, user_id = claimant(hub, pr)
    click.echo(json.dumps(dict(pr.as_dict(), claimant=login, claimant_id=user_id), ensure_ascii=False))


@forge.command("prs")
@click.option("--base", required=True, help="目标分支（如 main）。")
@click.option("--label", required=True, help="只列出有这个标签的。")
@forge_call
def prs(base, label):
    """列出目标分支为 --base、带 --label 标签的打开的拉取请求编号，每行一个。"""
    for number in _hub().open_pulls(base, label):
        click.echo(number)


@forge.command("label")
@click.argument("number", type=NUMBER)
@click.option("--set", "keep", type=click.Choice(sorted(CLAIM_LABELS)), help="要贴上的认领标签。")
@forge_call
def label(number, keep):
    """给拉取请求 NUMBER 贴上一个认领标签（--set），去掉其余认领标签；不给 --set 就全部去掉。"""
    hub = _hub()
    if keep:
        hub.ensure_label(keep, *CLAIM_LABELS[keep])
    hub.set_labels(number, [keep] if keep else [], [n for n in CLAIM_LABELS if n != keep])


@forge.command("comment")
@click.argument("number", type=NUMBER)
@body_option
@click.option("--marker", help="机器人评论里的 HTML 标记：有带这个标记的机器人评论就更新它，没有才新建。")
@forge_call
def comment(number, body_file, marker):
    """在议题或拉取请求 NUMBER 下评论（或更新带 --marker 的那一条机器人评论）。"""
    hub, body = _hub(), read_body(body_file)
    if marker:
        hub.upsert_comment(number, marker, body)
    else:
        hub.comment(number, body)


@forge.command("open-pr")
@click.option("--base", required=True, help="目标分支。")
@click.option("--head", required=True, help="来源分支（本仓库中的分支）。")
@click.option("--title", required=True, help="标题。")
@body_option
@forge_call
def open_pr(base, head, title, body_file):
    """开一个拉取请求，打印它的编号。"""
    click.echo(_hub().create_pull(base, head, title, read_body(body_file)))


@forge.command("dispatch")
@click.argument("workflow")
@click.option("--ref", required=True, help="在哪个分支上运行。")
@click.option("--input", "inputs", multiple=True, metavar="名=值", help="工作流的输入，可以写多次。")
@forge_call
def dispatch(workflow, ref, inputs):
    """启动工作流 WORKFLOW（.github/workflows/ 下的文件名，如 deploy.yml）。"""
    pairs = [i.partition("=") for i in inputs]
    if any(not sep or not name for name, sep, _ in pairs):
        raise click.UsageError("--input 要写成 名=值")
    _hub().dispatch(workflow, ref, {name: value for name, _, value in pairs})


@forge.group()
def issue():
    """找到、新建、修改、关闭或重新打开一个议题（按标签找）。"""


@issue.command("find")
@click.option("--label", required=True, help="议题的标签。")
@click.option(
    "--state",
    type=click.Choice(["open", "closed", "all"]),
    default="open",
    show_default=True,
    help="找打开的、关闭的，还是都找。",
)
@click.option("--by-bot", is_flag=True, help="只认工作流机器人开的议题（别人开的同名、同标签议题不算）。")
@forge_call
def issue_find(label, state, by_bot):
    """打印有这个标签的最新议题的“编号 状态”（open 或 closed）；没有就什么也不打印。"""
    found = _hub().find_issue(label, state, by_bot)
    if found:
        click.echo(f"{found[0]} {found[1]}")


@issue.command("create")
@click.option("--title", required=True, help="标题。")
@click.option("--label", required=True, help="标签（没有就新建）。")
@click.option("--color", default="EDEDED", show_default=True, help="新建标签时用的颜色。")
@click.option("--description", default="", help="新建标签时的说明。")
@body_option
@forge_call
def issue_create(title, label, color, description, body_file):
    """开一个带标签的议题，打印它的编号。"""
    hub = _hub()
    hub.ensure_label(label, color, description)
    click.echo(hub.create_issue(title, read_body(body_file), label))


@issue.command("edit")
@click.argument("number", type=NUMBER)
@body_option
@forge_call
def issue_edit(number, body_file):
    """把议题 NUMBER 的正文换成文件里的内容。"""
    _hub().edit_issue(number, read_body(body_file))


@issue.command("close")
@click.argument("number", type=NUMBER)
@click.option("--comment", "note", help="关闭前留的评论。")
@forge_call
def issue_close(number, note):
    """关闭议题或拉取请求 NUMBER（可先留一条评论）。"""
    hub = _hub()
    if note:
        hub.comment(number, note)
    hub.set_state(number, "closed")


@issue.command("reopen")
@click.argument("number", type=NUMBER)
@forge_call
def issue_reopen(number):
    """重新打开议题 NUMBER。"""
    _hub().set_state(number, "open")


@forge.command("fetch")
@click.argument("number", type=NUMBER)
@click.option("--base", required=True, help="主分支的名字。")
@click.option("--remote", default="origin", show_default=True, help="远程仓库。")
@forge_call
def fetch_pr(number, base, remote):
    """取回主分支和拉取请求 NUMBER 的提交（只取 git 对象，不检出），打印它的 head 提交。

    取回后主分支在 refs/remotes/REMOTE/BASE，拉取请求在 refs/remotes/pr/NUMBER。
    """
    from generator.model import git_trees as git
    from generator.forge.gitauth import fetch, token_from_env

    fetch(
        ".",
        remote,
        [f"+refs/heads/{base}:refs/remotes/{remote}/{base}", f"+refs/pull/{number}/head:refs/remotes/pr/{number}"],
        token_from_env(),
    )
    click.echo(git.resolve(".", f"refs/remotes/pr/{number}"))


@forge.command("push")
@click.argument("branch")
@click.option("--remote", default="origin", show_default=True, help="远程仓库。")
@forge_call
def push_branch(branch, remote):
    """把当前提交推送为远程仓库的新分支 BRANCH（普通推送，不强推）。"""
    from generator.forge.gitauth import remote_git, token_from_env

    done = remote_git(".", "push", "--quiet", remote, f"HEAD:refs/heads/{branch}", token=token_from_env())
    if done.returncode:
        raise SetupError(f"推送分支 {branch} 失败：{(done.stderr.strip().splitlines() or ['?'])[-1]}")
