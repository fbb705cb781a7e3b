"""Land a claim on main with git itself: build the merge, check exactly it, push; retry if main moved.

No forge feature serialises the merges (Forgejo and Gitea Actions ignore ``concurrency``): git
does. Each try fetches main and the pull request's head, builds the merge commit from objects
(``git merge-tree`` and ``git commit-tree``: nothing is checked out, no hook runs), re-runs the
whole claim check on that commit against the main it is built on, and pushes it to main with a
plain push. The push is refused when main moved since the fetch (the merge's first parent is no
longer main's tip); then everything is done again on the new main, up to ``tries`` times. So two
claims for the last free slot cannot both land: the second one's check sees the first.

A merge commit, not a squash: the checked head commit is the merge's second parent, so the pushed
history contains exactly that commit (nothing pushed to the branch after the check can slip in),
and the forge can see the pull request as merged: GitHub marks it merged when its head reaches the
base branch by a push; Forgejo and Gitea do so only with "autodetect manual merge" turned on
(otherwise the command closes it with a comment naming the commit).
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from datetime import date
from collections.abc import Callable

from generator.model import git_trees as git
from generator.forge.gitauth import fetch, remote_git
from generator.policy import Verdict
from generator.policy.trees import check_revisions
from generator.model.problems import SetupError

MAIN_REF, HEAD_REF = "refs/xinyuan/land/main", "refs/xinyuan/land/head"


@dataclass(frozen=True)
class Claim:
    head_sha: str  # the commit that was checked; exactly this one is merged
    head_ref: str  # where the remote keeps it, e.g. refs/pull/7/head
    author: str  # the claimant's login and numeric id, for the policy
    author_id: int | None
    title: str = ""  # the merge commit's first line


@dataclass(frozen=True)
class Landing:
    status: str  # merged | refused | review | changed | busy
    reason: str  # one line, Chinese
    commit: str | None = None
    verdict: Verdict | None = None
    tries: int = 0


def land(
    repo,
    claim: Claim,
    today: date,
    base: str = "main",
    remote: str = "origin",
    tries: int = 5,
    token: str | None = None,
    still_mergeable: Callable[[], str | None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> Landing:
    """Merge ``claim`` into ``remote``'s ``base`` if it passes the check on the merged result.

    ``still_mergeable`` is asked right before each push (the pull request's base, draft state and
    head, read again from the forge); a reason it returns stops the merge.
    """
    for attempt in range(1, tries + 1):
        fetch(repo, remote, [f"+refs/heads/{base}:{MAIN_REF}", f"+{claim.head_ref}:{HEAD_REF}"], token)
        main = git.resolve(repo, MAIN_REF)
        if git.resolve(repo, HEAD_REF) != claim.head_sha:
            return Landing(
                "changed", "拉取请求在检查之后又推送了新的提交，这次不合并（新的提交会重新检查）", tries=attempt
            )
        commit = _merge_commit(repo, main, claim)
        verdict = check_revisions(repo, main, commit or claim.head_sha, claim.author, today, claim.author_id)
        if not verdict.allowed:
            first = verdict.problems[0]
            return Landing(
                "refused",
                f"对照最新的主分支重新检查没有通过：{first.code} {first.message}",
                verdict=verdict,
                tries=attempt,
            )
        if verdict.needs_review:
            return Landing("review", "这个认领需要管理员审核，不自动合并", verdict=verdict, tries=attempt)
        why = still_mergeable() if still_mergeable else None
        if why:
            return Landing("changed", why, verdict=verdict, tries=attempt)
        assert commit, "a merge with conflicts is refused by the check (C714) before this"
        if _push(repo, remote, commit, main, base, token):
            return Landing("merged", f"已合并为提交 {commit[:12]}", commit, verdict, attempt)
        sleep(random.uniform(0.2, 0.6) * attempt)  # main moved: fetch, rebuild, re-check
    return Landing("busy", f"主分支在 {tries} 次尝试中一直在变动，这次没有合并；每小时的检查会再试一次", tries=tries)


def _merge_commit(repo, main: str, claim: Claim) -> str | None:
    """The merge of the claim's head into ``main`` (two parents), or None on a conflict."""
    tree = git.merged_tree(repo, main, claim.head_sha)
    if tree is None:
        return None
    message = (claim.title or "合并认领") + f"\n\n合并 {claim.head_sha}（认领人 {claim.author}）\n"
    return (
        git.run(repo, "commit-tree", tree, "-p", main, "-p", claim.head_sha, stdin=message.encode("utf-8"))
        .decode()
        .strip()
    )


def _push(repo, remote: str, commit: str, main: str, base: str, token: str | None) -> bool:
    """True when pushed; False when refused because ``base`` moved (git's own non-fast-forward
    refusal, or a push that lost the server's ref lock to another one); SetupError otherwise."""
    done = remote_git(repo, "push", "--porcelain", remote, f"{commit}:refs/heads/{base}", token=token)
    if done.returncode == 0:
        return True
    now = remote_git(repo, "ls-remote", "--heads", remote, f"refs/heads/{base}", token=token)
    if now.returncode == 0 and now.stdout.split("\t", 1)[0].strip() not in ("", main):
        return False
    refused = [line for line in done.stdout.splitlines() if line.startswith("!")]
    last = (refused or done.stderr.strip().splitlines() or ["?"])[-1]
    raise SetupError(f"推送到 {base} 失败：{last.strip()}（分支保护要允许工作流的令牌推送到 {base}）")
