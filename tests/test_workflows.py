"""The workflows' safety properties, checked on every workflow file (and shown to catch bad ones).

- no ``run:`` script interpolates a ``${{ }}`` expression (event text goes through ``env:``);
- jobs started by ``pull_request_target`` check out only the base branch and use only the
  allowed actions, and the scripts they run never check out or install the pull request;
- every workflow and every job declares its ``permissions``;
- zizmor, run offline, finds nothing of high severity.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).parent.parent
WORKFLOWS = sorted((ROOT / ".github/workflows").glob("*.yml"))
SCRIPTS = sorted((ROOT / ".github/scripts").glob("*.sh"))
BASE_REFS = {None, "${{ github.event.repository.default_branch }}", "${{ github.base_ref }}"}
PRT_ACTIONS = ("actions/checkout@", "actions/setup-python@")
# Words a script run with a write token must not contain: they would put PR code on disk or run it.
PR_CODE = ("git checkout", "git switch pr", "git worktree", "pip install pr", "refs/pull/$n/merge")


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
            options = step.get("with", {})
            if options.get("ref") not in BASE_REFS or "repository" in options:
                found.append(f"{job}: checks out {options.get('ref')!r}, not the base branch")
        for name, text in scripts.items():
            if name in str(step.get("run", "")):
                found += [f"{job}: {name} contains {w!r}" for w in PR_CODE if w in text]
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
    assert len(found) == 5, found  # permissions x2, run expression, foreign action, PR checkout


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
