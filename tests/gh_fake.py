"""A stand-in for the GitHub CLI, to run the workflows' scripts (.github/scripts/) on a machine
without GitHub: it keeps pull requests and issues in a JSON file, answers ``--json … --jq …``
with the real jq, and logs every call. Only the subcommands the scripts use are known; any
other call fails loudly, so a script cannot quietly do something the tests do not see.

State: {"prs": {N: {author, headRefName, isCrossRepository, baseRefName, isDraft, labels,
state, merge_fails}}, "issues": {N: {title, author, labels, state}}}; authors are
{"login": …, "is_bot": …}.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

GH = r'''#!/usr/bin/env python3
import json, os, subprocess, sys

args = sys.argv[1:]
state_path = os.environ["GH_STATE"]
state = json.load(open(state_path, encoding="utf-8"))
with open(os.environ["GH_LOG"], "a", encoding="utf-8") as log:
    log.write(json.dumps(args, ensure_ascii=False) + "\n")


def option(name, default=None):
    return args[args.index(name) + 1] if name in args else default


def answer(data):
    expr = option("--jq")
    fields = option("--json")
    if fields and isinstance(data, dict):
        data = {f: data.get(f) for f in fields.split(",")}
    elif fields:
        data = [{f: d.get(f) for f in fields.split(",")} for d in data]
    if expr is None:
        print(json.dumps(data))
        return
    out = subprocess.run(["jq", "-r", expr], input=json.dumps(data), capture_output=True, text=True)
    sys.stdout.write(out.stdout)
    sys.exit(out.returncode)


def save():
    json.dump(state, open(state_path, "w", encoding="utf-8"))


def labelled(item, label):
    return label is None or label in item.get("labels", [])


def labels_of(item):
    return [{"name": l} for l in item.get("labels", [])]


kind, verb = args[0], args[1] if len(args) > 1 else ""
if kind == "pr" and verb == "view":
    pr = dict(state["prs"][args[2]], number=int(args[2]))
    answer(dict(pr, labels=labels_of(pr)))
elif kind == "pr" and verb == "list":
    prs = [dict(pr, number=int(n), labels=labels_of(pr)) for n, pr in state["prs"].items()
           if pr.get("state", "open") == "open" and pr["baseRefName"] == option("--base", pr["baseRefName"])
           and labelled(pr, option("--label"))]
    answer(prs)
elif kind == "pr" and verb == "edit":
    pr = state["prs"][args[2]]
    for label in (option("--remove-label") or "").split(","):
        if label in pr["labels"]:
            pr["labels"].remove(label)
    if option("--add-label"):
        pr["labels"].append(option("--add-label"))
    save()
elif kind == "pr" and verb == "merge":
    pr = state["prs"][args[2]]
    if pr.get("merge_fails") or pr.get("isDraft"):
        sys.exit(1)
    pr["state"] = "merged"
    save()
elif kind == "pr" and verb == "comment":
    pass
elif kind == "issue" and verb == "view":
    answer(dict(state["issues"][args[2]], number=int(args[2])))
elif kind == "issue" and verb == "list":
    search = option("--search", "")
    title = search.removeprefix("in:title ").strip() if search.startswith("in:title ") else None
    issues = [dict(i, number=int(n), labels=labels_of(i)) for n, i in state["issues"].items()
              if i.get("state", "open") == option("--state", "open") and labelled(i, option("--label"))
              and (title is None or title in i["title"])]
    answer(issues)
elif kind == "issue" and verb == "create":
    number = str(max([int(n) for n in state["issues"]] + [100]) + 1)
    state["issues"][number] = {"title": option("--title"), "state": "open",
                               "author": {"login": "app/github-actions", "is_bot": True},
                               "labels": [option("--label")] if option("--label") else []}
    save()
elif kind == "issue" and verb in ("comment", "close"):
    if verb == "close":
        state["issues"][args[2]]["state"] = "closed"
        save()
elif kind == "label" and verb == "create":
    pass
elif kind == "api":
    pass
elif kind == "workflow" and verb == "run":
    pass
else:
    sys.exit(f"fake gh: unknown call {args}")
'''


class FakeGitHub:
    """The fake ``gh`` (and any other fake tools) on a PATH in ``folder``."""

    def __init__(self, folder: Path, state: dict, tools: dict[str, str] | None = None):
        self.folder, self.bin = folder, folder / "bin"
        self.bin.mkdir(parents=True)
        self.state_path, self.log_path = folder / "gh-state.json", folder / "gh-log.jsonl"
        self.state_path.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
        self.log_path.write_text("", encoding="utf-8")
        for name, text in {"gh": GH.replace("python3", sys.executable, 1), **(tools or {})}.items():
            (self.bin / name).write_text(text, encoding="utf-8")
            (self.bin / name).chmod(0o755)

    def run(self, script: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
        path = f"{self.bin}:{os.environ.get('PATH', '/usr/bin:/bin')}"
        return subprocess.run(["bash", str(script), *args], capture_output=True, text=True, env={
            "PATH": path, "GH_STATE": str(self.state_path), "GH_LOG": str(self.log_path),
            "GH_TOKEN": "t", "REPO": "o/r", "BASE": "main", "RUNNER_TEMP": str(self.folder),
            "HOME": str(self.folder), **(env or {})})

    @property
    def calls(self) -> list[list[str]]:
        return [json.loads(line) for line in self.log_path.read_text(encoding="utf-8").splitlines()]

    @property
    def state(self) -> dict:
        return json.loads(self.state_path.read_text(encoding="utf-8"))

    def called(self, *prefix: str) -> list[list[str]]:
        return [c for c in self.calls if c[:len(prefix)] == list(prefix)]


def have_tools() -> bool:
    return shutil.which("jq") is not None and shutil.which("git") is not None
