"""Run the policy on two git revisions: what main would become if the pull request merged.

Both trees are read from git objects. When the head does not contain the base (main moved on
since the branch was made), the policy sees the merge ``git merge-tree`` would make: this is
what catches the last-slot race, two claims each valid alone that together over-claim a wish.
"""

from __future__ import annotations

from datetime import date

from generator.model.codes import Code
from generator.policy import codeowners
from generator.model import git_trees as git
from generator.model.problems import Problem, SetupError
from generator.model.repository import load_repository
from generator.model.sources import GitTreeSource
from generator.rules.runner import validate
from generator.policy import Verdict, check


def check_revisions(
    repo_dir, base_rev: str, head_rev: str, author: str, today: date | None = None, author_id: int | None = None
) -> Verdict:
    base, head = git.resolve(repo_dir, base_rev), git.resolve(repo_dir, head_rev)
    if not git.share_history(repo_dir, base, head):
        return Verdict(
            refusals=[
                Problem(
                    ".",
                    1,
                    1,
                    Code.C740,
                    "这个拉取请求与主分支没有共同的历史，无法合并",
                    "从主分支新建分支，把改动重新提交到那个分支上",
                )
            ]
        )
    tree = git.merged_tree(repo_dir, base, head)
    if tree is None:
        return Verdict(
            refusals=[
                Problem(
                    ".",
                    1,
                    1,
                    Code.C714,
                    "这个拉取请求与主分支冲突，无法合并",
                    "请先把主分支合并进来（Update branch），再重新检查",
                )
            ]
        )
    base_repo = load_repository(GitTreeSource(repo_dir, base), today)
    try:
        head_repo, invalid = validate(GitTreeSource(repo_dir, tree), today)
    except SetupError:
        return Verdict(refusals=[Problem("data/program.yml", 1, 1, Code.C702, "这个改动删掉了 data/ 下的全部文件")])
    owners = _codeowners(repo_dir, base, tree, base_repo, head_repo)
    verdict = check(
        base_repo,
        head_repo,
        git.diff(repo_dir, base, tree),
        author,
        author_id,
        frozenset({codeowners.PATH}) if owners == "fresh" else frozenset(),
    )
    verdict.invalid = invalid
    if owners == "made-stale":
        verdict.refusals.append(
            Problem(
                codeowners.PATH,
                1,
                1,
                Code.C719,
                "这个改动改变了组织的管理员，.github/CODEOWNERS 却没有跟着更新",
                "在仓库根目录运行 xinyuan codeowners，把生成的 .github/CODEOWNERS 一起提交",
            )
        )
    return verdict


def _codeowners(repo_dir, base: str, tree: str, base_repo, head_repo) -> str | None:
    """CODEOWNERS is derived from the organisations: "fresh" when the head's file is exactly what
    the head's data generates, "made-stale" when the change leaves a file that was fresh out of
    date, else None (no such file, or it was stale before this change)."""
    head_text = _file(repo_dir, tree, codeowners.PATH)
    if head_text is None:
        return None
    if head_text == codeowners.render(head_repo.model).encode("utf-8"):
        return "fresh"
    base_text = _file(repo_dir, base, codeowners.PATH)
    return "made-stale" if base_text == codeowners.render(base_repo.model).encode("utf-8") else None


def _file(repo_dir, tree: str, path: str) -> bytes | None:
    found = [
        e
        for e in git.entries(repo_dir, tree, path)
        if e.path == path and e.type == "blob" and e.mode not in (git.SYMLINK, git.SUBMODULE)
    ]
    return git.read_blobs(repo_dir, [found[0].sha])[found[0].sha] if found else None
