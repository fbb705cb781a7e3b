"""``xinyuan erase WISH --reason TEXT [--purge-history]``: remove a person's text on request."""

from __future__ import annotations

from pathlib import Path

import click

from generator.ops import erasure
from generator.ops.changeset import read
from generator.photos.files import photo_dir
from generator.model.problems import SetupError
from generator.ops.purge import git, purge
from generator.commands.apply import load_repo, refuse, refusals, write_checked
from generator.commands.options import as_date, on_option, repo_option, today_of, today_option

NEXT_STEPS = """\
接下来维护者必须做的事（历史改写只改了这一份克隆）：
  1. 强制推送改写后的历史：git push --force --all origin && git push --force --tags origin
     （从镜像克隆运行时用 git push --force --mirror origin）。
  2. 托管平台上的旧提交还可能被拉取请求（refs/pull/*）、缓存的页面和提交链接引用：
     在 GitHub 联系支持（Sensitive data removal），在 Gitee、Forgejo/Gitea 联系站点管理员，
     请他们清除；需要时提供提交 ID。
  3. 用表单提交的心愿，议题和拉取请求的正文里还有原文：删除那个议题（仓库管理员可删除议题），
     编辑或请平台删除拉取请求的正文和评论。
  4. 通知所有 fork 和镜像的维护者、所有有克隆的协作者：删除旧克隆重新克隆，不要把旧分支再推上来。
  5. 重新构建并部署网站（xinyuan build），检查线上网站的心愿页面和开放数据里不再有这些文字，
     并清除对象存储（OSS/COS）和 CDN 的缓存。
"""


def _git(root: Path, *args: str) -> str:
    try:
        return git(root, *args).decode("utf-8", errors="replace")
    except SetupError as exc:
        raise click.UsageError(str(exc)) from exc


def _check_clean(root: Path, path: str) -> None:
    """The purge rewrites every commit and resets the work tree: nothing else may be pending."""
    top = Path(_git(root, "rev-parse", "--show-toplevel").strip()).resolve()
    if top != root.resolve():
        raise click.UsageError(f"--purge-history 要在数据仓库的根目录运行（{top}）")
    mine = (path, photo_dir(path))  # the wish's file and its photo folder
    pending = [
        line[3:]
        for line in _git(root, "status", "--porcelain", "--untracked-files=all").splitlines()
        if not line[3:].startswith(mine)
    ]
    if pending:
        raise click.UsageError("工作区有未提交的修改，清除历史前先提交或放弃它们：" + "、".join(pending[:5]))


@click.command()
@click.argument("wish")
@click.option("--reason", help="删除的原因，一行，会保留在文件里（不要写姓名），如“监护人撤回同意”。")
@click.option(
    "--purge-history",
    is_flag=True,
    help="同时用 git-filter-repo 从所有提交中清除这个心愿的旧文字和照片文件（改写历史，之后须强制推送）。",
)
@on_option
@repo_option
@today_option
@refusals
def erase(wish, reason, purge_history, root, on, today):
    """应本人或监护人要求，删除心愿 WISH 中关于受助人的全部文字（个人信息保护法第四十七条）。

    删去标题、故事、称呼、各处说明、文件里的注释和圆梦照片（照片文件和 photos 列表），
    保留编号、日期、类别、组织、名额和认领，
    统计数字不变；记录 erased（日期和原因）。未圆梦的心愿同时撤回。网站不再显示它的任何文字。
    已删除的心愿再加 --purge-history 只清除历史。
    """
    today = today_of(today)
    repo = load_repo(root, today)
    found = repo.model.wishes.get(wish)
    path = found.doc.path if found else None
    if purge_history and path:
        _check_clean(Path(root), path)
    if not (found and found.erased):
        if not reason:
            refuse("请用 --reason 写明删除的原因（一行，不写姓名）")
        transition = erasure.erase(repo.model, wish, as_date(on) or today, reason)
        before = read(root, transition.path)
        after = erasure.erased_text(before, as_date(on) or today, reason)
        photos = dict.fromkeys(erasure.photo_files(repo, found), None)  # removed
        write_checked(
            root, {transition.path: after, **photos}, {transition.path: before}, today, transition.summary, repo
        )
    elif not purge_history:
        refuse(f"心愿 {wish} 已于 {found.erased} 删除；要清除历史记录，加 --purge-history")
    if purge_history:
        assert path is not None  # an unknown wish was refused above
        _purge(Path(root), wish, path)


def _purge(root: Path, wish: str, path: str) -> None:
    mine = (path, photo_dir(path))  # the wish's file and its photo folder (its photos removed)
    if _git(root, "status", "--porcelain", "--", *mine).strip():
        _git(root, "add", "-A", "--", *mine)
        _git(root, "commit", "-q", "-m", f"Erase the text and photos of wish {wish} on request", "--", *mine)
        click.echo(f"已提交删除：{path}")
    try:
        result = purge(root, wish)
    except SetupError as exc:
        raise click.UsageError(str(exc)) from exc
    click.echo(
        f"已从全部提交中清除：改写了这个文件的 {result.blobs} 个历史版本，"
        f"删去 {len(result.photos)} 个照片文件，从提交说明中删去 {result.pieces} 段文字。"
    )
    if result.photo_traces:
        click.echo("历史中仍有这些照片文件：" + "、".join(result.photo_traces), err=True)
        raise SystemExit(1)
    if result.traces:
        click.echo(
            "历史中仍能找到以下文字（后面是含有它的文件；别的心愿可能恰好有同样的标题）。"
            "确属这个人的，从那些文件中删去并提交后再运行一次：",
            err=True,
        )
        for piece, paths in result.traces.items():
            click.echo(f"  {piece}：{'、'.join(paths) or '提交说明'}", err=True)
        raise SystemExit(1)
    click.echo("检查：git log -p --all 中已找不到这些文字和照片。")
    click.echo(NEXT_STEPS, nl=False)
