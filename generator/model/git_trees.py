"""Read commits, trees and blobs with git plumbing, never checking anything out.

Pull request trees are untrusted: nothing here writes them to disk, follows their symlinks or
runs their hooks. Every git failure becomes a :class:`SetupError` (exit status 2).
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass

from generator.model.pathnames import readable
from generator.model.problems import SetupError

SYMLINK, SUBMODULE = "120000", "160000"
_NO_SHA = "0" * 40


@dataclass(frozen=True)
class Entry:
    """One file of a tree: ``git ls-tree`` mode, object type, object id and path."""

    mode: str
    type: str
    sha: str
    path: str


@dataclass(frozen=True)
class Change:
    """One changed path between two trees.

    ``status`` is ``A`` added, ``M`` modified, ``D`` deleted, ``R`` renamed (``old_path`` set) or
    ``T`` type changed; modes are ``git`` modes (``""`` when the side has no file).
    """

    status: str
    path: str
    old_path: str | None = None
    base_mode: str = ""
    head_mode: str = ""
    binary: bool = False

    @property
    def special(self) -> bool:
        """A symlink or a submodule on either side: never a record."""
        return bool({self.base_mode, self.head_mode} & {SYMLINK, SUBMODULE})


def _git(repo, args, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "GIT_TERMINAL_PROMPT": "0",
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "xinyuan",
        "GIT_AUTHOR_EMAIL": "xinyuan@localhost",
        "GIT_COMMITTER_NAME": "xinyuan",
        "GIT_COMMITTER_EMAIL": "xinyuan@localhost",
    }
    try:
        return subprocess.run(["git", "-C", str(repo), *args], input=stdin, capture_output=True, env=env, check=False)
    except FileNotFoundError as exc:
        raise SetupError("找不到 git 命令：请先安装 git") from exc


def run(repo: str | os.PathLike, *args: str, stdin: bytes | None = None, ok=(0,)) -> bytes:
    """Run one git command; its output, or SetupError when its exit status is not in ``ok``."""
    done = _git(repo, args, stdin)
    if done.returncode not in ok:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise SetupError(f"git {args[0]} 失败：{message[-1] if message else done.returncode}")
    return done.stdout


def resolve(repo, rev: str) -> str:
    """The commit id a revision names; SetupError when it names none."""
    if rev.startswith("-"):
        raise SetupError(f"无效的版本：{rev}")
    try:
        return run(repo, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}").decode().strip()
    except SetupError:
        raise SetupError(f"在 {repo} 中找不到版本 “{rev}”（不是 git 仓库，或该提交尚未获取）") from None


def entries(repo, tree: str, under: str = "") -> list[Entry]:
    """Every file (blob, symlink or submodule) of a tree, optionally only below ``under``."""
    args = ["ls-tree", "-r", "-z", "--full-tree", tree]
    if under:
        args += ["--", under]
    out = []
    for record in run(repo, *args).split(b"\0"):
        if record:
            meta, _, path = record.partition(b"\t")
            mode, kind, sha = meta.decode().split()
            out.append(Entry(mode, kind, sha, readable(path)))
    return out


def read_blobs(repo, shas: list[str]) -> dict[str, bytes]:
    """The contents of many blobs in one ``git cat-file --batch`` call."""
    if not shas:
        return {}
    raw = run(repo, "cat-file", "--batch", stdin="".join(f"{s}\n" for s in shas).encode())
    blobs, at = {}, 0
    while at < len(raw):
        header_end = raw.index(b"\n", at)
        sha, kind, size = raw[at:header_end].decode().split()
        start = header_end + 1
        blobs[sha] = raw[start : start + int(size)]
        at = start + int(size) + 1  # each object is followed by a newline
    return blobs


def share_history(repo, base: str, head: str) -> bool:
    """``head`` and ``base`` have a common ancestor (a branch made from an orphan has none)."""
    return _git(repo, ["merge-base", base, head]).returncode == 0


def merged_tree(repo, base: str, head: str) -> str | None:
    """The tree that merging ``head`` into ``base`` would give, or None on a conflict.

    Uses ``git merge-tree --write-tree``: objects only, no working tree, no hooks.
    """
    if _git(repo, ["merge-base", "--is-ancestor", base, head]).returncode == 0:
        return run(repo, "rev-parse", f"{head}^{{tree}}").decode().strip()
    done = _git(repo, ["merge-tree", "--write-tree", "--no-messages", base, head])
    if done.returncode == 1:
        return None
    if done.returncode:
        raise SetupError(f"git merge-tree 失败：{done.stderr.decode('utf-8', 'replace').strip()}")
    return done.stdout.split(b"\n", 1)[0].decode().strip()


def diff(repo, base: str, head: str) -> list[Change]:
    """The changed paths from tree-ish ``base`` to tree-ish ``head``, renames detected."""
    raw = run(repo, "diff-tree", "-r", "-z", "-M", "--no-commit-id", base, head)
    fields = raw.split(b"\0")
    changes, i = [], 0
    while i < len(fields) and fields[i]:
        old_mode, new_mode, _, new_sha, status = fields[i].decode().lstrip(":").split()
        paths = 2 if status[0] in "RC" else 1
        names = [readable(f) for f in fields[i + 1 : i + 1 + paths]]
        i += 1 + paths
        changes.append(Change(status[0], names[-1], names[0] if paths == 2 else None, _mode(old_mode), _mode(new_mode)))
    return _mark_binary(repo, changes, head)


def _mode(mode: str) -> str:
    return "" if mode == "000000" else mode


def _mark_binary(repo, changes: list[Change], head: str) -> list[Change]:
    """Flag added or changed regular files whose new content is not text."""
    wanted = {c.path for c in changes if c.head_mode and not c.special}
    shas = {e.path: e.sha for e in entries(repo, head) if e.path in wanted}
    blobs = read_blobs(repo, sorted(set(shas.values())))
    return [
        Change(
            c.status, c.path, c.old_path, c.base_mode, c.head_mode, c.path in shas and is_binary(blobs[shas[c.path]])
        )
        for c in changes
    ]


def is_binary(data: bytes) -> bool:
    if b"\0" in data:
        return True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False
