"""A small fictional program in a real git repository, for the claim-flow tests.

Orgs: city-wf (top) > town-a > village-a (auto) and village-r (review).
Logins: city-admin, town-admin, village-admin, review-admin (maintainers); vol-one-gh and
vol-two-gh (volunteers vol-one, vol-two); newcomer-gh has no record yet.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

TODAY = "2026-05-01"

PROGRAM = """\
name: 示例市微心愿
site_url: https://example.org/xinyuan/
repo_url: https://github.com/example/xinyuan-demo
categories:
  - {id: add-an-item, name: 添一物, kind: material}
beneficiary_groups:
  - {id: elderly-alone, name: 空巢老人}
  - {id: left-behind-child, name: 留守儿童, minors: true}
age_bands:
  - {id: 6-11, name: 6–11岁}
  - {id: 70-79, name: 70–79岁}
time_limit_days: 30
points:
  per_fulfilment: 10
"""


def org(id, name, level, parent, maintainers, approval="auto"):
    parent_line = f"parent: {parent}\n" if parent else ""
    return (
        f"id: {id}\nname: {name}\nlevel: {level}\n{parent_line}place: 示例县\n"
        f"maintainers: [{', '.join(maintainers)}]\nclaim_approval: {approval}\n"
    )


def volunteer(id, name, login):
    return f"id: {id}\nname: {name}\ngithub: {login}\nkind: person\njoined: 2026-01-10\n"


def wish(id, org, slots=1, claims=(), tail="", claims_block=None):
    text = (
        f"id: {id}\ntitle: 一根拐杖\nstory: 老人腿脚不便，想要一根结实的拐杖。\n"
        f"category: add-an-item\nbeneficiary:\n  alias: 张奶奶\n  group: elderly-alone\n"
        f"  age_band: 70-79\n  place: 示例县东镇\norg: {org}\nslots: {slots}\n"
        f"deadline: 2026-06-30\ncollected: 2026-03-01\n"
        f"consent: {{by: self, date: 2026-03-01, recorded_by: {org}}}\n"
        f"vetted: {{date: 2026-03-05, by: {org}}}\n"
        f"published: 2026-04-01\n"
    )
    if claims:
        text += "claims:\n" + "".join(f"  - {{volunteer: {v}, date: 2026-04-10}}\n" for v in claims)
    return text + tail


FILES = {
    "README.md": "# 示例\n",
    "generator/cli.py": "print('tool')\n",
    "data/program.yml": PROGRAM,
    "data/orgs/city-wf.yml": org("city-wf", "示例市妇联", "city", None, ["city-admin"]),
    "data/orgs/town-a.yml": org("town-a", "东镇妇联", "township", "city-wf", ["town-admin"]),
    "data/orgs/village-a.yml": org("village-a", "东村妇联", "village", "town-a", ["village-admin"]),
    "data/orgs/village-r.yml": org("village-r", "西村妇联", "village", "town-a", ["review-admin"], "review"),
    "data/volunteers/vol-one.yml": volunteer("vol-one", "志愿者甲", "vol-one-gh"),
    "data/volunteers/vol-two.yml": volunteer("vol-two", "志愿者乙", "vol-two-gh"),
    "data/wishes/village-a/va-001.yml": wish("va-001", "village-a", 2, ["vol-two"]),
    "data/wishes/village-a/va-002.yml": wish("va-002", "village-a"),
    "data/wishes/village-a/va-003.yml": wish("va-003", "village-a", 1, ["vol-two"]),
    "data/wishes/village-a/va-004.yml": wish(
        "va-004", "village-a", 1, ["vol-two"], "fulfilled: {date: 2026-04-20, note: 已送到}\n"
    ),
    "data/wishes/village-a/va-005.yml": wish(
        "va-005", "village-a", tail="withdrawn: {date: 2026-04-15, reason: 老人已搬走}\n"
    ),
    "data/wishes/village-r/vr-001.yml": wish("vr-001", "village-r"),
}

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test",
    "GIT_AUTHOR_EMAIL": "test@example.invalid",
    "GIT_COMMITTER_NAME": "Test",
    "GIT_COMMITTER_EMAIL": "test@example.invalid",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


class GitRepo:
    """A throwaway repository: write files, commit, branch, merge."""

    def __init__(self, root: Path):
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.git("init", "-q", "-b", "main")

    def git(self, *args: str) -> str:
        done = subprocess.run(
            ["git", "-C", str(self.root), *args], capture_output=True, text=True, env={**os.environ, **GIT_ENV}
        )
        if done.returncode:
            raise AssertionError(f"git {args} failed: {done.stderr}")
        return done.stdout.strip()

    def write(self, files: dict[str, str | bytes | None]) -> None:
        """Write (str or bytes) or delete (None) files in the working tree."""
        for path, content in files.items():
            target = self.root / path
            if content is None:
                target.unlink()
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_text(content, encoding="utf-8")

    def read(self, path: str) -> str:
        return (self.root / path).read_text(encoding="utf-8")

    def commit(self, message: str = "change") -> str:
        self.git("add", "-A")
        self.git("commit", "-q", "--allow-empty", "-m", message)
        return self.git("rev-parse", "HEAD")


def make_repo(root: Path) -> GitRepo:
    repo = GitRepo(root)
    repo.write(FILES)
    repo.commit("base")
    return repo


def claim_line(volunteer: str, date: str = "2026-04-30") -> str:
    return f"  - {{volunteer: {volunteer}, date: {date}}}\n"


# Edits for building a pull request's head; each returns a function of the repository.


def put(path: str, content: str | bytes):
    return lambda repo: repo.write({path: content})


def delete(path: str):
    return lambda repo: repo.write({path: None})


def append(path: str, text: str):
    return lambda repo: repo.write({path: repo.read(path) + text})


def replace(path: str, old: str, new: str):
    def edit(repo):
        text = repo.read(path)
        assert old in text, f"{old!r} not in {path}"
        repo.write({path: text.replace(old, new, 1)})

    return edit


def rename(old: str, new: str):
    return lambda repo: repo.git("mv", old, new)


def symlink(path: str, target: str):
    def make(repo):
        (repo.root / path).parent.mkdir(parents=True, exist_ok=True)
        (repo.root / path).symlink_to(target)

    return make


def submodule(path: str):
    """A gitlink entry pointing at the repository's own first commit."""

    def make(repo):
        first = repo.git("rev-list", "--max-parents=0", "HEAD")
        (repo.root / path).mkdir(parents=True)  # an unpopulated submodule is an empty folder
        repo.git("update-index", "--add", "--cacheinfo", f"160000,{first},{path}")

    return make


def branch(repo: GitRepo, name: str, edits, start: str = "main") -> str:
    """Commit ``edits`` on a new branch from ``start``; back on ``start`` afterwards."""
    repo.git("checkout", "-q", "-f", "-B", name, start)
    for edit in edits:
        edit(repo)
    head = repo.commit(name)
    repo.git("checkout", "-q", "-f", start)
    repo.git("clean", "-fdq")
    return head
