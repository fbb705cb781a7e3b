"""The workflows' safety properties, checked on every workflow file (and shown to catch bad ones).

- no ``run:`` script interpolates a ``${{ }}`` expression (event text goes through ``env:``);
- jobs started by ``pull_request_target`` use only the allowed actions; every checkout is of
  the default branch, without credentials; the only ``pip install`` is of ``.`` (the base's
  own package); and neither their ``run:`` scripts nor the scripts those call name the pull
  request's code in any way (``pull/``, ``head_ref``, ``head.sha``, ``checkout``, ``FETCH_HEAD``,
  ``git archive``, ``tar`` ...) except the one documented object fetch
  ``+refs/pull/$n/head:refs/remotes/pr/$n``;
- every workflow and every job declares its ``permissions``;
- zizmor, run offline, finds nothing of high severity.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from gh_fake import FakeGitHub, have_tools

ROOT = Path(__file__).parent.parent
WORKFLOWS = sorted((ROOT / ".github/workflows").glob("*.yml"))
SCRIPTS = sorted((ROOT / ".github/scripts").glob("*.sh"))
DEFAULT_BRANCH = "${{ github.event.repository.default_branch }}"
PRT_ACTIONS = ("actions/checkout@", "actions/setup-python@")
# The one mention of the pull request's commits allowed: fetching them as git objects.
PR_FETCH = "+refs/pull/$n/head:refs/remotes/pr/$n"
# What a script run with a write token must not contain (outside comment lines): each would name
# the pull request's code, put it on disk or run it.
PR_CODE = {
    "a pull request ref": r"\bpull/",
    "the head ref or commit": r"head_ref|head\.(?:sha|ref)\b|headRefOid|FETCH_HEAD",
    "a checkout": r"\bcheckout\b|\bswitch\b|\bworktree\b|\brestore\b|\bread-tree\b",
    "another way to write files from git": (r"\bgit\b[^\n|;&]*\s(?:reset|stash|apply|am|merge|pull|"
                                             r"clone|submodule|archive|cat-file|show)\b"),
    "unpacking or downloading": r"\btar\b|\bunzip\b|tarball|zipball|\bcurl\b|\bwget\b",
}
# The only install allowed: the base branch's own package.
PIP_INSTALL = re.compile(r"\bpip3?\s+install\b.*")
BASE_INSTALL = re.compile(r"pip install (?:--quiet |-q )?\.")


def triggers(workflow: dict) -> dict:
    on = workflow.get("on", workflow.get(True))  # YAML 1.1 reads the key `on` as True
    return {on: None} if isinstance(on, str) else dict(on or {})


def steps(workflow: dict):
    for name, job in workflow.get("jobs", {}).items():
        for step in job.get("steps", []):
            yield name, step


def violations(workflow: dict, scripts: dict[str, str]) -> list[str]:
    found = []
    if "permissions" not in workflow:
        found.append("workflow without permissions")
    found += [f"job {n} without permissions" for n, job in workflow.get("jobs", {}).items()
              if "permissions" not in job]
    for job, step in steps(workflow):
        if "${{" in str(step.get("run", "")):
            found.append(f"{job}: expression inside run: {step['run'][:60]!r}")
    if "pull_request_target" in triggers(workflow):
        found += _pull_request_target_violations(workflow, scripts)
    return found


def _pull_request_target_violations(workflow: dict, scripts: dict[str, str]) -> list[str]:
    found = []
    for job, step in steps(workflow):
        uses = step.get("uses", "")
        if uses and not uses.startswith(PRT_ACTIONS):
            found.append(f"{job}: action {uses} in a pull_request_target workflow")
        if uses.startswith("actions/checkout@"):
            options = step.get("with") or {}
            if options.get("ref") != DEFAULT_BRANCH or "repository" in options:
                found.append(f"{job}: checks out {options.get('ref')!r}, not the default branch")
            if options.get("persist-credentials") is not False:
                found.append(f"{job}: checkout keeps its credentials (persist-credentials: false)")
        run = str(step.get("run", ""))
        texts = {"run:": run, **{name: text for name, text in scripts.items() if name in run}}
        for name, text in texts.items():
            found += [f"{job}: {name} {why}" for why in pr_code(text)]
    return found


def pr_code(script: str) -> list[str]:
    """Why this script (run with a write token) might touch the pull request's code."""
    text = "\n".join(line for line in script.splitlines() if not line.lstrip().startswith("#"))
    text = text.replace(PR_FETCH, "")
    found = [f"contains {what}" for what, pattern in PR_CODE.items() if re.search(pattern, text)]
    found += [f"installs something other than .: {m.group()!r}" for m in PIP_INSTALL.finditer(text)
              if not BASE_INSTALL.fullmatch(re.sub(r"^python3? -m ", "", m.group().strip()))]
    return found


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def script_texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in SCRIPTS}


def test_the_four_workflows_exist():
    assert {p.stem for p in WORKFLOWS} >= {"validate", "claim", "deploy", "intake"}


@pytest.mark.parametrize("path", WORKFLOWS, ids=[p.name for p in WORKFLOWS])
def test_workflow_is_safe(path):
    assert violations(load(path), script_texts()) == []


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
    # permissions x2, run expression, foreign action, PR checkout, credentials kept
    assert len(found) == 6, found


SAFE_CHECKOUT = """
      - uses: actions/checkout@v4
        with: {ref: "${{ github.event.repository.default_branch }}", persist-credentials: false}
"""
# Ways past a list of forbidden substrings: each must still be caught.
BYPASSES = [
    "gh pr checkout \"$PR\"",
    "git -c advice.detachedHead=false checkout \"$SHA\"",
    "git fetch origin \"$REF\" && git archive FETCH_HEAD | tar x",
    "git archive \"$SHA\" | tar -x -C src",
    "pip install \"git+https://github.com/$REPO@$SHA\"",
    "python -m pip install -e ./pr",
    "git fetch origin \"pull/$PR/merge\"",
    "git --work-tree=pr reset --hard \"$SHA\"",
    "git show \"$SHA:setup.py\" > setup.py",
    "curl -sL \"https://api.github.com/repos/$REPO/tarball/$HEAD\" | tar xz",
    "echo \"$HEAD_REF\"; git fetch origin \"$head_ref\"",
]


def prt_workflow(step: str, checkout: str = SAFE_CHECKOUT) -> dict:
    return yaml.safe_load("on: pull_request_target\npermissions: {}\njobs:\n  check:\n"
                          "    permissions: {}\n    runs-on: ubuntu-latest\n    steps:"
                          + checkout + step)


@pytest.mark.parametrize("script", BYPASSES)
def test_the_checks_catch_pull_request_code_in_a_run_step(script):
    step = "      - run: " + json.dumps(script) + "\n"
    assert violations(prt_workflow(step), {}) != []


@pytest.mark.parametrize("script", BYPASSES)
def test_the_checks_catch_pull_request_code_in_a_called_script(script):
    step = "      - run: bash .github/scripts/step.sh\n"
    assert violations(prt_workflow(step), {"step.sh": "#!/bin/bash\n" + script + "\n"}) != []


@pytest.mark.parametrize("checkout", [
    "\n      - uses: actions/checkout@v4\n",
    "\n      - uses: actions/checkout@v4\n        with: {persist-credentials: false}\n",
    "\n      - uses: actions/checkout@v4\n        with: {ref: \"${{ github.base_ref }}\", persist-credentials: false}\n",
    "\n      - uses: actions/checkout@v4\n        with: {ref: \"${{ github.event.repository.default_branch }}\"}\n",
])
def test_the_checks_want_a_default_branch_checkout_without_credentials(checkout):
    assert violations(prt_workflow("      - run: echo ok\n", checkout), {}) != []


def test_the_documented_fetch_and_base_install_pass():
    step = ("      - run: python -m pip install --quiet .\n"
            "      - run: bash .github/scripts/step.sh\n")
    script = "# the pull/N/head commits, never checked out\ngit fetch origin \"" + PR_FETCH + "\"\n"
    assert violations(prt_workflow(step), {"step.sh": script}) == []


def zizmor(target: Path) -> list[dict]:
    exe = shutil.which("zizmor", path=str(Path(sys.executable).parent)) or shutil.which("zizmor")
    if exe is None:
        pytest.skip("zizmor is not installed (pip install -e '.[test]')")
    done = subprocess.run([exe, "--offline", "--format", "json", "--min-severity", "high",
                           str(target)], capture_output=True, text=True)
    return json.loads(done.stdout or "[]")


def test_zizmor_finds_nothing_of_high_severity():
    findings = zizmor(ROOT / ".github/workflows")
    assert [f["ident"] for f in findings] == []


def test_zizmor_would_catch_an_unsafe_workflow(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text(BAD, encoding="utf-8")
    assert {f["ident"] for f in zizmor(bad)} >= {"template-injection", "dangerous-triggers",
                                                 "unpinned-uses"}


# Bot merges and intake pull requests: the workflow token starts no workflows, so the scripts
# start the ones that must run.

def job(workflow: str, name: str) -> dict:
    return load(ROOT / ".github/workflows" / workflow)["jobs"][name]


def test_merge_job_starts_deploy_after_a_merge():
    assert job("claim.yml", "merge")["permissions"].get("actions") == "write"
    assert "workflow_dispatch" in triggers(load(ROOT / ".github/workflows/deploy.yml"))
    merge = script_texts()["claim.sh"].split("\nmerge() {", 1)[1].split("\n}", 1)[0]
    assert 'gh workflow run deploy.yml --repo "$REPO" --ref "$BASE"' in merge
    assert merge.index("gh pr merge") < merge.index("gh workflow run deploy.yml")


def test_intake_starts_validate_on_its_branch():
    assert job("intake.yml", "intake")["permissions"].get("actions") == "write"
    assert "workflow_dispatch" in triggers(load(ROOT / ".github/workflows/validate.yml"))
    assert 'gh workflow run validate.yml --repo "$REPO" --ref "$branch"' in script_texts()["intake.sh"]


@pytest.mark.skipif(not have_tools(), reason="claim.sh needs jq")
def test_sweep_goes_on_after_a_failed_merge(tmp_path):
    from test_hardening_merge import FAKE_GIT, FAKE_XINYUAN, pr

    prs = {str(n): pr(labels=["claim-ok"], merge_fails=n == 2) for n in (1, 2, 3)}
    gh = FakeGitHub(tmp_path, {"prs": prs, "issues": {}}, {"git": FAKE_GIT, "xinyuan": FAKE_XINYUAN})
    done = gh.run(ROOT / ".github/scripts/claim.sh", "sweep")
    calls = [" ".join(c[:4]) for c in gh.calls if c[:2] in (["pr", "merge"], ["workflow", "run"])]
    assert calls == ["pr merge 1 --repo", "workflow run deploy.yml --repo", "pr merge 2 --repo",
                     "pr merge 3 --repo", "workflow run deploy.yml --repo"]
    assert done.returncode == 1 and "#2" in done.stderr
