"""The workflows' safety properties, checked on every workflow file (and shown to catch bad ones).

For every workflow, ``permissions`` are declared (workflow and job) and no ``run:`` script
interpolates a ``${{ }}`` expression (event text goes through ``env:``).

Workflows that outsiders can start and that hold a write token (``pull_request_target``,
``issues``, ``issue_comment``, ``workflow_run``) are checked by what they can reach, not by
searching their scripts for words (a word list misses ``gh pr diff | patch``, ``gh repo clone``,
a Python subprocess, a script called from a script...):

- each job's permissions are exactly the reviewed set in :data:`REACH`; no ``secrets.`` at
  all; every checkout is of the default branch, without credentials, with no other option;
- only the pinned actions in :data:`ACTIONS` (with only the options listed there) and no
  container, service, self-hosted runner, shell or working-directory override;
- ``env:`` values only from :data:`ENV` (the token, the repository, numbers, the default
  branch), and every ``run:`` is one of the exact commands in :data:`RUNS`;
- the scripts those commands run are :data:`SCRIPTS`, pinned by their SHA-256: any change to
  one fails here until someone has reviewed it and updated the pin, and a pinned script may
  name no other script or program file of the repository than another pinned script.

zizmor, run offline, finds nothing of high severity.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).parent.parent
WORKFLOWS = sorted((ROOT / ".github/workflows").glob("*.yml"))
SCRIPTS_DIR = ROOT / ".github/scripts"
DEFAULT_BRANCH = "${{ github.event.repository.default_branch }}"
UNTRUSTED_TRIGGERS = {"pull_request_target", "issues", "issue_comment", "workflow_run"}

# What each job started by outsiders may reach. Changing a line here is a security review.
REACH = {
    ("claim.yml", "check"): {"contents": "read", "pull-requests": "write", "issues": "write"},
    ("claim.yml", "merge"): {"contents": "write", "pull-requests": "write", "issues": "write", "actions": "write"},
    ("intake.yml", "intake"): {"contents": "write", "pull-requests": "write", "issues": "write", "actions": "write"},
}
# The actions such a job may use (pinned to a commit) and the options each may get.
ACTIONS = {
    "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683": {"ref", "persist-credentials", "fetch-depth"},
    "actions/setup-python@a26af69be951a213d495a4c3e4e4022e16d87065": {"python-version"},
}
# Values a step's env may take: none of them is text an outsider wrote.
ENV = {
    "FORGE_TOKEN": "${{ github.token }}",
    "REPO": "${{ github.repository }}",
    "BASE": DEFAULT_BRANCH,
    "PR_NUMBER": "${{ github.event.pull_request.number || inputs.pr }}",
    "ISSUE": "${{ github.event.issue.number }}",
}
# The only commands such a job runs, line by line (indentation aside).
RUNS = {
    ("python -m pip install --quiet .",),
    ('bash .github/scripts/claim.sh check "$PR_NUMBER"',),
    (
        'if [ -n "$PR_NUMBER" ]; then',
        'bash .github/scripts/claim.sh merge "$PR_NUMBER"',
        "else",
        "bash .github/scripts/claim.sh sweep",
        "fi",
    ),
    ("bash .github/scripts/intake.sh",),
}
# The scripts those commands run, by content. After reviewing a change to one (it must not
# check out, install, download or run anything from a pull request or an issue), put its new
# `sha256sum` here.
SCRIPTS = {
    "claim.sh": "793f744d550c9dd2295baf005a1a67ffe6f632c4bc68fa9f547b14d5dc196908",
    "intake.sh": "7954d5f9ff95a306fce05101de19704ba8572943a341d6ca133cde018c19e720",
}
WORKFLOW_KEYS = {"name", "on", True, "permissions", "jobs", "concurrency"}
JOB_KEYS = {"if", "runs-on", "timeout-minutes", "concurrency", "permissions", "outputs", "steps", "needs", "name"}
STEP_KEYS = {"name", "id", "uses", "with", "env", "run", "if"}
# Files of the repository a script could hand control to.
PROGRAM_FILE = re.compile(r"[\w./-]+\.(?:sh|py|bash|pl|rb|js|mjs|cjs)\b")


def triggers(workflow: dict) -> dict:
    on = workflow.get("on", workflow.get(True))  # YAML 1.1 reads the key `on` as True
    if isinstance(on, str):
        return {on: None}
    if isinstance(on, list):
        return dict.fromkeys(on)
    return dict(on or {})


def steps(workflow: dict):
    for name, job in (workflow.get("jobs") or {}).items():
        for step in job.get("steps") or []:
            yield name, step


def normalised(run) -> tuple[str, ...]:
    return tuple(line.strip() for line in str(run).strip().splitlines())


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def violations(workflow: dict, scripts: dict[str, str], name: str = "test.yml") -> list[str]:
    found = []
    if "permissions" not in workflow:
        found.append("workflow without permissions")
    found += [
        f"job {n} without permissions" for n, job in (workflow.get("jobs") or {}).items() if "permissions" not in job
    ]
    for job, step in steps(workflow):
        if "${{" in str(step.get("run", "")):
            found.append(f"{job}: expression inside run: {str(step['run'])[:60]!r}")
    if UNTRUSTED_TRIGGERS & set(triggers(workflow)):
        found += untrusted_violations(name, workflow, scripts)
    return found


def untrusted_violations(name: str, workflow: dict, scripts: dict[str, str]) -> list[str]:
    """Why a workflow that outsiders can start might reach more than it should."""
    found = [f"workflow key {k!r}" for k in workflow if k not in WORKFLOW_KEYS]
    if "secrets." in json.dumps(workflow):
        found.append("uses secrets")
    if workflow.get("permissions") != {}:
        found.append("workflow permissions must be {} (each job declares its own)")
    for job_name, job in (workflow.get("jobs") or {}).items():
        found += [f"{job_name}: key {k!r}" for k in job if k not in JOB_KEYS]
        if job.get("runs-on") != "ubuntu-latest":
            found.append(f"{job_name}: runs on {job.get('runs-on')!r}")
        if job.get("permissions") != REACH.get((name, job_name)):
            found.append(
                f"{job_name}: permissions {job.get('permissions')} are not the reviewed {REACH.get((name, job_name))}"
            )
        for step in job.get("steps") or []:
            found += [f"{job_name}: {why}" for why in _step_violations(step, scripts)]
    return found


def _step_violations(step: dict, scripts: dict[str, str]) -> list[str]:
    found = [f"step key {k!r}" for k in step if k not in STEP_KEYS]
    for key, value in (step.get("env") or {}).items():
        if ENV.get(key) != value:
            found.append(f"env {key}={value!r} is not one of the reviewed values")
    if "uses" in step:
        uses, options = step["uses"], step.get("with") or {}
        if uses not in ACTIONS:
            found.append(f"action {uses} is not one of the reviewed, pinned actions")
        found += [f"{uses}: option {k!r}" for k in options if k not in ACTIONS.get(uses, set())]
        if uses.startswith("actions/checkout@"):
            if options.get("ref") != DEFAULT_BRANCH:
                found.append(f"checks out {options.get('ref')!r}, not the default branch")
            if options.get("persist-credentials") is not False:
                found.append("checkout keeps its credentials (persist-credentials: false)")
    if "run" in step:
        if normalised(step["run"]) not in RUNS:
            found.append(f"runs {str(step['run'])[:60]!r}, not one of the reviewed commands")
        found += _script_violations(step["run"], scripts)
    return found


def _script_violations(run: str, scripts: dict[str, str], seen: frozenset = frozenset()) -> list[str]:
    """The scripts ``run`` names must be pinned, and so must the ones they name in turn."""
    found = []
    for path in sorted(set(PROGRAM_FILE.findall(str(run)))):
        script = path.rsplit("/", 1)[-1]
        if script in seen:
            continue
        if not path.startswith(".github/scripts/") or script not in SCRIPTS:
            found.append(f"runs {path}, which is not a reviewed script")
        elif script not in scripts:
            found.append(f"runs {path}, which does not exist")
        elif sha256(scripts[script]) != SCRIPTS[script]:
            found.append(
                f"{script} changed since it was reviewed: review it, then pin "
                f"sha256 {sha256(scripts[script])} in tests/test_workflows.py"
            )
        else:
            found += _script_violations(scripts[script], scripts, seen | {script})
    return found


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def script_texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SCRIPTS_DIR.glob("*"))}


def test_the_four_workflows_exist():
    assert {p.stem for p in WORKFLOWS} >= {"validate", "claim", "deploy", "intake"}


@pytest.mark.parametrize("path", WORKFLOWS, ids=[p.name for p in WORKFLOWS])
def test_workflow_is_safe(path):
    assert violations(load(path), script_texts(), path.name) == []


def test_every_job_outsiders_start_is_reviewed():
    started = {
        (p.name, job) for p in WORKFLOWS if UNTRUSTED_TRIGGERS & set(triggers(load(p))) for job in load(p)["jobs"]
    }
    assert started == set(REACH)


def test_scripts_take_event_text_only_from_the_environment():
    for name, text in script_texts().items():
        assert "${{" not in text and "github.event" not in text, name


BAD = """
on: pull_request_target
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with: {ref: "${{ github.event.pull_request.head.sha }}"}
      - run: echo "${{ github.event.pull_request.title }}"
      - uses: some/other-action@v1
"""


def test_the_checks_catch_an_unsafe_workflow():
    found = violations(yaml.safe_load(BAD), {})
    assert any("without permissions" in f for f in found)
    assert any("expression inside run" in f for f in found)
    assert any("some/other-action" in f for f in found)
    assert any("not the default branch" in f for f in found)
    assert any("credentials" in f for f in found)


def claim_workflow() -> str:
    return (ROOT / ".github/workflows/claim.yml").read_text(encoding="utf-8")


def check_claim(text: str, scripts: dict[str, str] | None = None) -> list[str]:
    return violations(yaml.safe_load(text), script_texts() if scripts is None else scripts, "claim.yml")


def test_the_real_claim_workflow_passes_as_a_baseline():
    assert check_claim(claim_workflow()) == []


# Ways to run the pull request's code, or to reach further: each must be caught, however it is
# spelt, in the workflow or in a script it runs.
ATTACKS = [
    'gh pr checkout "$PR"',
    'git -c advice.detachedHead=false checkout "$SHA"',
    'git archive "$SHA" | tar -x -C src',
    'pip install "git+https://github.com/$REPO@$SHA"',
    "python -m pip install -e ./pr",
    'git show "$SHA:setup.py" > setup.py',
    'gh pr diff "$PR" | patch -p1',
    'gh api "repos/$REPO/contents/setup.py?ref=$SHA" --jq .content | base64 -d > setup.py',
    'gh repo clone "$FORK" pr',
    'gh run download "$RUN" -n build',
    'python -c \'import subprocess; subprocess.run(["sh", "pr/run.sh"])\'',
    "bash .github/scripts/helper.sh",
    'sh -c "$(git cat-file blob "$SHA:x")"',
    'eval "$(gh pr view "$PR" --json body --jq .body)"',
]


@pytest.mark.parametrize("attack", ATTACKS)
def test_an_attack_in_a_run_step_is_caught(attack):
    text = claim_workflow().replace(
        '        run: bash .github/scripts/claim.sh check "$PR_NUMBER"',
        "        run: |\n          " + attack + '\n          bash .github/scripts/claim.sh check "$PR_NUMBER"',
    )
    assert text != claim_workflow()
    assert check_claim(text) != []


@pytest.mark.parametrize("attack", ATTACKS)
def test_an_attack_in_a_called_script_is_caught(attack):
    scripts = script_texts()
    scripts["claim.sh"] = scripts["claim.sh"].replace("set -euo pipefail\n", "set -euo pipefail\n" + attack + "\n", 1)
    assert any("changed since it was reviewed" in f for f in check_claim(claim_workflow(), scripts))


def test_a_script_called_from_a_pinned_script_must_be_pinned_too():
    scripts = dict(script_texts(), **{"helper.sh": '#!/bin/bash\ngh pr checkout "$1"\n'})
    scripts["claim.sh"] += 'bash .github/scripts/helper.sh "$n"\n'
    global SCRIPTS
    pinned = dict(SCRIPTS, **{"claim.sh": sha256(scripts["claim.sh"])})
    saved, SCRIPTS = SCRIPTS, pinned
    try:
        assert any("helper.sh, which is not a reviewed script" in f for f in check_claim(claim_workflow(), scripts))
    finally:
        SCRIPTS = saved


@pytest.mark.parametrize(
    "edit",
    [
        ("pull-requests: write  # label", "pull-requests: write\n      packages: write  # label"),
        ("contents: read  # read the repository", "contents: write  # read the repository"),
        ("    runs-on: ubuntu-latest\n    timeout-minutes: 10", "    runs-on: self-hosted\n    timeout-minutes: 10"),
        (
            "    runs-on: ubuntu-latest\n    timeout-minutes: 10",
            "    runs-on: ubuntu-latest\n    container: node:20\n    timeout-minutes: 10",
        ),
        (
            "          persist-credentials: false\n      - uses: actions/setup-python",
            "          persist-credentials: false\n          submodules: true\n      - uses: actions/setup-python",
        ),
        (
            "          persist-credentials: false\n      - uses: actions/setup-python",
            "          persist-credentials: true\n      - uses: actions/setup-python",
        ),
        (
            '          python-version: "3.12"\n      - name: 安装基准分支的 xinyuan',
            '          python-version: "3.12"\n          cache: pip\n      - name: 安装基准分支的 xinyuan',
        ),
        (
            "        run: python -m pip install --quiet .",
            "        shell: python\n        run: python -m pip install --quiet .",
        ),
        (
            "          REPO: ${{ github.repository }}",
            "          REPO: ${{ github.repository }}\n          TITLE: ${{ github.event.pull_request.title }}",
        ),
        ("          FORGE_TOKEN: ${{ github.token }}", "          FORGE_TOKEN: ${{ secrets.ADMIN_TOKEN }}"),
        (
            "          ref: ${{ github.event.repository.default_branch }}",
            "          ref: ${{ github.event.pull_request.head.sha }}",
        ),
        ("actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683", "actions/checkout@v4"),
    ],
)
def test_reaching_further_is_caught(edit):
    old, new = edit
    assert old in claim_workflow()
    assert check_claim(claim_workflow().replace(old, new, 1)) != []


def zizmor(target: Path) -> list[dict]:
    exe = shutil.which("zizmor", path=str(Path(sys.executable).parent)) or shutil.which("zizmor")
    if exe is None:
        pytest.skip("zizmor is not installed (pip install -e '.[test]')")
    done = subprocess.run(
        [exe, "--offline", "--format", "json", "--min-severity", "high", str(target)], capture_output=True, text=True
    )
    return json.loads(done.stdout or "[]")


def test_zizmor_finds_nothing_of_high_severity():
    findings = zizmor(ROOT / ".github/workflows")
    assert [f["ident"] for f in findings] == []


def test_zizmor_would_catch_an_unsafe_workflow(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text(BAD, encoding="utf-8")
    assert {f["ident"] for f in zizmor(bad)} >= {"template-injection", "dangerous-triggers", "unpinned-uses"}


# Bot merges and intake pull requests: the workflow token starts no workflows, so the scripts
# start the ones that must run.


def job(workflow: str, name: str) -> dict:
    return load(ROOT / ".github/workflows" / workflow)["jobs"][name]


def test_merge_job_starts_deploy_after_a_merge():
    assert job("claim.yml", "merge")["permissions"].get("actions") == "write"
    assert "workflow_dispatch" in triggers(load(ROOT / ".github/workflows/deploy.yml"))
    merge = script_texts()["claim.sh"].split("\nmerge() {", 1)[1].split("\n}", 1)[0]
    assert 'xinyuan forge dispatch deploy.yml --ref "$BASE"' in merge
    assert merge.index("xinyuan merge-claim") < merge.index("xinyuan forge dispatch deploy.yml")


def test_intake_starts_validate_on_its_branch():
    assert job("intake.yml", "intake")["permissions"].get("actions") == "write"
    assert "workflow_dispatch" in triggers(load(ROOT / ".github/workflows/validate.yml"))
    assert 'xinyuan forge dispatch validate.yml --ref "$branch"' in script_texts()["intake.sh"]


# Every forge call goes through `xinyuan forge` (GitHub, Forgejo or Gitea), and claims reach main
# only through `xinyuan merge-claim`, pinned to the checked head commit, by a plain push.


def every_script_and_run() -> dict[str, str]:
    texts = dict(script_texts())
    for path in WORKFLOWS:
        texts[path.name] = "\n".join(str(step.get("run", "")) for _, step in steps(load(path)))
    return texts


def test_no_forge_cli_is_called():
    for name, text in every_script_and_run().items():
        assert not re.search(r"(^|[\s;|&(`$])(gh|tea|fj)\s", text, re.M), name


def test_claims_are_merged_only_by_merge_claim_pinned_to_the_checked_head():
    merge = script_texts()["claim.sh"].split("\nmerge() {", 1)[1].split("\n}", 1)[0]
    [call] = [line for line in merge.splitlines() if "merge-claim" in line and not line.strip().startswith("#")]
    assert '--pr "$n" --head "$SHA"' in call and '--base "$BASE"' in call
    assert merge.index('if [[ "$VERDICT" != ok ]]') < merge.index("xinyuan merge-claim")
    for name, text in every_script_and_run().items():
        pushes = [line for line in text.splitlines() if re.search(r"\bgit\b.*\bpush\b", line)]
        assert not [p for p in pushes if re.search(r"--force|\s-f\b|\s\+\S+:", p)], name


def test_merge_claim_pushes_plainly_and_only_the_merge_it_checked():
    import inspect

    from generator.forge import landing

    source = inspect.getsource(landing)
    assert '"push", "--porcelain", remote, f"{commit}:refs/heads/{base}"' in source
    assert "--force" not in source and '"-f"' not in source
    land = inspect.getsource(landing.land)
    # The check runs on the merge commit it then pushes, and the head is the one checked.
    assert land.index("check_revisions(repo, main, commit") < land.index("_push(")
    assert "!= claim.head_sha" in land
