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

from generator.forge.landing import Claim, land

TODAY = "2026-05-01"
WISH = "data/wishes/village-a/va-001.yml"
XINYUAN = Path(sys.executable).with_name("xinyuan")
# Two volunteers, each claiming va-001's last slot: each valid alone, and git merges both cleanly.
CLAIMS = {
    "claim-a": ("vol-one-gh", [append(WISH, claim_line("vol-one"))]),
    "claim-b": (
        "newcomer-gh",
        [
            put("data/volunteers/newcomer.yml", volunteer("newcomer", "新人", "newcomer-gh")),
            replace(WISH, "claims:\n", "claims:\n" + claim_line("newcomer")),
        ],
    ),
}
# The origin holds each push in its pre-receive hook for a moment, so both jobs fetch the same
# main before either push is through: the race the merge job must survive.
SLOW_HOOK = "#!/bin/sh\nsleep 1\n"


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(["git", "-C", str(cwd), *args], capture_output=True, text=True, env={**os.environ, **GIT_ENV})
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
        [
            str(XINYUAN),
            "merge-claim",
            "--head",
            head,
            "--head-ref",
            f"refs/heads/{name}",
            "--author",
            CLAIMS[name][0],
            "--comment",
            str(where.parent / f"{name}.md"),
            "--today",
            TODAY,
        ],
        cwd=job,
        env={**os.environ, **GIT_ENV},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


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
    assert git(bare, "rev-list", "--count", "main") == "3"  # base, the claim, the merge
    check = clone(bare, tmp_path / "after")
    assert git(check, "show", f"main:{WISH}").count("volunteer:") == 2
    valid = subprocess.run([str(XINYUAN), "validate", "--today", TODAY], cwd=check, capture_output=True, text=True)
    assert valid.returncode == 0, valid.stdout + valid.stderr


def test_main_moved_by_an_unrelated_commit_the_claim_lands_after_a_recheck(origin, tmp_path):
    bare, heads = origin
    job = clone(bare, tmp_path / "job")
    other = clone(bare, tmp_path / "other")
    pushed = []

    def someone_pushes_first():  # asked right before each push: main moves once, then stays
        if not pushed:
            (other / "README.md").write_text("# 示例\n\n另一处改动。\n", encoding="utf-8")
            git(other, "commit", "-qam", "unrelated")
            git(other, "push", "-q", "origin", "main")
            pushed.append(git(other, "rev-parse", "HEAD"))
        return None

    claim = Claim(heads["claim-a"], "refs/heads/claim-a", "vol-one-gh", None)
    landing = land(job, claim, date(2026, 5, 1), still_mergeable=someone_pushes_first, sleep=lambda s: None)
    assert landing.status == "merged" and landing.tries == 2, landing.reason
    assert git(bare, "rev-parse", "main") == landing.commit
    assert git(bare, "log", "-1", "--format=%P", "main").split() == [pushed[0], heads["claim-a"]]


def test_a_head_pushed_after_the_check_is_not_merged(origin, tmp_path):
    bare, heads = origin
    job = clone(bare, tmp_path / "job")
    checked = heads["claim-a"]
    git(
        tmp_path / "seed", "push", "-q", "-f", str(bare), f"{heads['claim-b']}:refs/heads/claim-a"
    )  # the branch now holds other commits
    landing = land(job, Claim(checked, "refs/heads/claim-a", "vol-one-gh", None), date(2026, 5, 1))
    assert landing.status == "changed" and "新的提交" in landing.reason
    assert git(bare, "rev-list", "--count", "main") == "1"


def test_a_claim_that_needs_review_is_not_pushed(origin, tmp_path):
    bare, _ = origin
    seed = tmp_path / "seed"
    from claims_repo import GitRepo

    head = branch(
        GitRepo(seed), "claim-r", [append("data/wishes/village-r/vr-001.yml", "claims:\n" + claim_line("vol-one"))]
    )
    git(seed, "push", "-q", str(bare), "claim-r")
    landing = land(
        clone(bare, tmp_path / "job"), Claim(head, "refs/heads/claim-r", "vol-one-gh", None), date(2026, 5, 1)
    )
    assert landing.status == "review"
    assert git(bare, "rev-list", "--count", "main") == "1"


def test_a_push_refused_for_another_reason_is_a_setup_error(origin, tmp_path):
    bare, heads = origin
    hook = bare / "hooks/pre-receive"
    hook.write_text("#!/bin/sh\necho 'protected branch' >&2\nexit 1\n", encoding="utf-8")
    hook.chmod(0o755)
    job = clone(bare, tmp_path / "job")
    done = subprocess.run(
        [
            str(XINYUAN),
            "merge-claim",
            "--head",
            heads["claim-a"],
            "--head-ref",
            "refs/heads/claim-a",
            "--author",
            "vol-one-gh",
            "--today",
            TODAY,
        ],
        cwd=job,
        capture_output=True,
        text=True,
        env={**os.environ, **GIT_ENV},
    )
    assert done.returncode == 2 and "推送到 main 失败" in done.stderr and "Traceback" not in done.stderr


# With --pr: the pull request is read again before the push, and the outcome reported on the
# forge (here a local server answering like Forgejo, which does not notice merges pushed by hand).


@pytest.fixture()
def forgejo(origin, monkeypatch):
    from forge_server import FakeForge, user

    bare, heads = origin
    fake = FakeForge(kind="forgejo")
    url = fake.start()
    for number, name in enumerate(CLAIMS, start=1):
        git(bare, "update-ref", f"refs/pull/{number}/head", heads[name])
        fake.add_pull(number, user(CLAIMS[name][0], 500 + number), sha=heads[name], labels=["claim-ok"])
    for key, value in fake.env(url).items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr("generator.commands.merge_claim.SETTLE_SECONDS", 0)
    yield fake
    fake.stop()


def merge_pr(job: Path, number: int, head: str, author: str):
    from click.testing import CliRunner

    from generator.cli import main

    return CliRunner().invoke(
        main,
        ["merge-claim", "--pr", str(number), "--head", head, "--author", author, "--repo", str(job), "--today", TODAY],
    )


def test_merged_then_refused_reported_on_the_forge(origin, forgejo, tmp_path):
    bare, heads = origin
    first = merge_pr(clone(bare, tmp_path / "one"), 1, heads["claim-a"], "vol-one-gh")
    assert first.exit_code == 0, first.output
    # Forgejo without "autodetect manual merge": closed, with a comment naming the commit.
    assert forgejo.items[1]["state"] == "closed"
    main_sha = git(bare, "rev-parse", "main")
    assert any(main_sha in c["body"] for c in forgejo.comments.values() if c["issue"] == 1)

    second = merge_pr(clone(bare, tmp_path / "two"), 2, heads["claim-b"], "newcomer-gh")
    assert second.exit_code == 1 and "C713" in second.output
    assert forgejo.items[2]["labels"] == ["claim-refused"] and forgejo.items[2]["state"] == "open"
    [note] = [c["body"] for c in forgejo.comments.values() if c["issue"] == 2]
    assert note.startswith("<!-- xinyuan-claim-check -->") and "C713" in note
    assert git(bare, "rev-parse", "main") == main_sha


def test_a_pull_request_retargeted_before_the_push_is_not_merged(origin, forgejo, tmp_path):
    bare, heads = origin
    forgejo.items[1]["base"] = "release"
    done = merge_pr(clone(bare, tmp_path / "one"), 1, heads["claim-a"], "vol-one-gh")
    assert done.exit_code == 1 and "目标分支已不是 main" in done.output
    assert forgejo.items[1]["labels"] == [] and git(bare, "rev-list", "--count", "main") == "1"


def test_a_draft_before_the_push_is_not_merged(origin, forgejo, tmp_path):
    bare, heads = origin
    forgejo.items[1]["draft"] = True
    done = merge_pr(clone(bare, tmp_path / "one"), 1, heads["claim-a"], "vol-one-gh")
    assert done.exit_code == 1 and "草稿" in done.output
    assert git(bare, "rev-list", "--count", "main") == "1"
