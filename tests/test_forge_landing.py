"""Claims land on main by git push, serialised by git itself (no forge, no `concurrency`).

A real bare repository is the origin; each merge job works in its own clone, as each workflow
run does on its own runner. va-001 has two slots and one claim: one free slot left.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from claims_repo import GIT_ENV, append, branch, claim_line, make_repo, put, replace, volunteer

from generator.landing import Claim, land

TODAY = "2026-05-01"
WISH = "data/wishes/village-a/va-001.yml"
XINYUAN = Path(sys.executable).with_name("xinyuan")
# Two volunteers, each claiming va-001's last slot: each valid alone, and git merges both cleanly.
CLAIMS = {
    "claim-a": ("vol-one-gh", [append(WISH, claim_line("vol-one"))]),
    "claim-b": ("newcomer-gh", [put("data/volunteers/newcomer.yml", volunteer("newcomer", "新人", "newcomer-gh")),
                                replace(WISH, "claims:\n", "claims:\n" + claim_line("newcomer"))]),
}
# The origin holds each push in its pre-receive hook for a moment, so both jobs fetch the same
# main before either push is through: the race the merge job must survive.
SLOW_HOOK = "#!/bin/sh\nsleep 1\n"


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(["git", "-C", str(cwd), *args], capture_output=True, text=True,
                          env={**os.environ, **GIT_ENV})
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.fixture()
def origin(tmp_path):
    seed = make_repo(tmp_path / "seed")
    heads = {name: branch(seed, name, edits) for name, (_, edits) in CLAIMS.items()}
    bare = tmp_path / "origin.git"
    git(tmp_path, "clone", "-q", "--bare", str(seed.root), str(bare))
    return bare, heads


def clone(origin: Path, where: Path) -> Path:
    git(where.parent, "clone", "-q", str(origin), str(where))
    return where


def merge_job(origin: Path, where: Path, name: str, head: str) -> subprocess.Popen:
    job = clone(origin, where)
    return subprocess.Popen(
        [str(XINYUAN), "merge-claim", "--head", head, "--head-ref", f"refs/heads/{name}",
         "--author", CLAIMS[name][0], "--comment", str(where.parent / f"{name}.md"), "--today", TODAY],
        cwd=job, env={**os.environ, **GIT_ENV}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_jobs_for_the_last_slot_one_lands_and_one_is_refused(origin, tmp_path):
    bare, heads = origin
    hook = bare / "hooks/pre-receive"
    hook.write_text(SLOW_HOOK, encoding="utf-8")
    hook.chmod(0o755)
    jobs = {name: merge_job(bare, tmp_path / f"job-{name}", name, heads[name]) for name in heads}
    results = {name: (job.wait(timeout=120), *job.communicate()) for name, job in jobs.items()}

    landed = [n for n, (code, _, _) in results.items() if code == 0]
    refused = [n for n, (code, _, _) in results.items() if code == 1]
    assert len(landed) == 1 and len(refused) == 1, results
    code, out, err = results[refused[0]]
    assert err.strip().splitlines()[-1].startswith("没有合并：对照最新的主分支重新检查没有通过：C713"), err
    assert "Traceback" not in err
    report = (tmp_path / f"{refused[0]}.md").read_text(encoding="utf-8")
    assert report.startswith("<!-- xinyuan-claim-check -->") and "❌" in report and "C713" in report

    # main: the base, then exactly one merge whose second parent is the landed head.
    parents = git(bare, "log", "-1", "--format=%P", "main").split()
    assert parents[1] == heads[landed[0]]
    assert git(bare, "rev-list", "--count", "main") == "3"   # base, the claim, the merge
    check = clone(bare, tmp_path / "after")
    assert git(check, "show", f"main:{WISH}").count("volunteer:") == 2
    valid = subprocess.run([str(XINYUAN), "validate", "--today", TODAY], cwd=check,
                           capture_output=True, text=True)
    assert valid.returncode == 0, valid.stdout + valid.stderr


def test_main_moved_by_an_unrelated_commit_the_claim_lands_after_a_recheck(origin, tmp_path):
    bare, heads = origin
    job = clone(bare, tmp_path / "job")
    other = clone(bare, tmp_path / "other")
    pushed = []

    def someone_pushes_first():   # asked right before each push: main moves once, then stays
        if not pushed:
            (other / "README.md").write_text("# 示例\n\n另一处改动。\n", encoding="utf-8")
            git(other, "commit", "-qam", "unrelated")
            git(other, "push", "-q", "origin", "main")
            pushed.append(git(other, "rev-parse", "HEAD"))
        return None

    claim = Claim(heads["claim-a"], "refs/heads/claim-a", "vol-one-gh", None)
    landing = land(job, claim, date(2026, 5, 1), still_mergeable=someone_pushes_first,
                   sleep=lambda s: None)
    assert landing.status == "merged" and landing.tries == 2, landing.reason
    assert git(bare, "rev-parse", "main") == landing.commit
    assert git(bare, "log", "-1", "--format=%P", "main").split() == [pushed[0], heads["claim-a"]]


def test_a_head_pushed_after_the_check_is_not_merged(origin, tmp_path):
    bare, heads = origin
    job = clone(bare, tmp_path / "job")
    checked = heads["claim-a"]
    git(tmp_path / "seed", "push", "-q", "-f", str(bare),
        f"{heads['claim-b']}:refs/heads/claim-a")   # the branch now holds other commits
    landing = land(job, Claim(checked, "refs/heads/claim-a", "vol-one-gh", None), date(2026, 5, 1))
    assert landing.status == "changed" and "新的提交" in landing.reason
    assert git(bare, "rev-list", "--count", "main") == "1"


def test_a_claim_that_needs_review_is_not_pushed(origin, tmp_path):
    bare, _ = origin
    seed = tmp_path / "seed"
    from claims_repo import GitRepo
    head = branch(GitRepo(seed), "claim-r", [append("data/wishes/village-r/vr-001.yml",
                                                    "claims:\n" + claim_line("vol-one"))])
    git(seed, "push", "-q", str(bare), "claim-r")
    landing = land(clone(bare, tmp_path / "job"), Claim(head, "refs/heads/claim-r", "vol-one-gh", None),
                   date(2026, 5, 1))
    assert landing.status == "review"
    assert git(bare, "rev-list", "--count", "main") == "1"


def test_a_push_refused_for_another_reason_is_a_setup_error(origin, tmp_path):
    bare, heads = origin
    hook = bare / "hooks/pre-receive"
    hook.write_text("#!/bin/sh\necho 'protected branch' >&2\nexit 1\n", encoding="utf-8")
    hook.chmod(0o755)
    job = clone(bare, tmp_path / "job")
    done = subprocess.run([str(XINYUAN), "merge-claim", "--head", heads["claim-a"], "--head-ref",
                           "refs/heads/claim-a", "--author", "vol-one-gh", "--today", TODAY],
                          cwd=job, capture_output=True, text=True, env={**os.environ, **GIT_ENV})
    assert done.returncode == 2 and "推送到 main 失败" in done.stderr and "Traceback" not in done.stderr
