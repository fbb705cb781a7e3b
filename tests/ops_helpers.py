"""Helpers for the operations tests: a copy of the sample program in a real git repository."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

from click.testing import CliRunner

from generator.model.sources import FileSource
from generator.rules.runner import validate

from generator.cli import main

ROOT = Path(__file__).resolve().parent.parent
TODAY = "2026-11-23"  # pinned: the sample data's statuses are computed as of this day
GIT_ENV = {
    **os.environ,
    "GIT_AUTHOR_NAME": "test",
    "GIT_AUTHOR_EMAIL": "test@example.invalid",
    "GIT_COMMITTER_NAME": "test",
    "GIT_COMMITTER_EMAIL": "test@example.invalid",
}


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, env=GIT_ENV, check=True, capture_output=True, text=True).stdout


def sample_repo(tmp_path: Path) -> Path:
    """The sample program's data/, committed in a fresh git repository."""
    root = tmp_path / "program"
    shutil.copytree(ROOT / "data", root / "data")
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "sample")
    return root


def xinyuan(root: Path, *args: str, today: str = TODAY):
    """Run a command against the repository at ``root`` with a pinned today."""
    return CliRunner().invoke(main, [*args, "--repo", str(root), "--today", today])


def diff(root: Path) -> list[str]:
    """The changed lines of the working tree (``+``/``-``), headers left out."""
    out = git(root, "diff", "--no-color", "-U0")
    return [line for line in out.splitlines() if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def problems(root: Path, today: str = TODAY) -> list:
    _, found = validate(FileSource(root), date.fromisoformat(today))
    return found


def untouched(root: Path) -> bool:
    return git(root, "status", "--porcelain") == ""


def wish_file(root: Path, wish_id: str) -> Path:
    return next((root / "data" / "wishes").glob(f"*/{wish_id}.yml"))
