"""Run the policy on two git revisions: what main would become if the pull request merged.

Both trees are read from git objects. When the head does not contain the base (main moved on
since the branch was made), the policy sees the merge ``git merge-tree`` would make: this is
what catches the last-slot race, two claims each valid alone that together over-claim a wish.
"""

from __future__ import annotations

from datetime import date

from .. import git
from ..problems import Problem, SetupError
from ..repository import load_repository
from ..sources import GitTreeSource
from ..validate import validate
from . import Verdict, check


def check_revisions(repo_dir, base_rev: str, head_rev: str, author: str,
                    today: date | None = None) -> Verdict:
    base, head = git.resolve(repo_dir, base_rev), git.resolve(repo_dir, head_rev)
    tree = git.merged_tree(repo_dir, base, head)
    if tree is None:
        return Verdict(refusals=[Problem(".", 1, 1, "C714", "这个拉取请求与主分支冲突，无法合并",
                                         "请先把主分支合并进来（Update branch），再重新检查")])
    base_repo = load_repository(GitTreeSource(repo_dir, base), today)
    try:
        head_repo, invalid = validate(GitTreeSource(repo_dir, tree), today)
    except SetupError:
        return Verdict(refusals=[Problem("data/program.yml", 1, 1, "C702",
                                         "这个改动删掉了 data/ 下的全部文件")])
    verdict = check(base_repo, head_repo, git.diff(repo_dir, base, tree), author)
    verdict.invalid = invalid
    return verdict
