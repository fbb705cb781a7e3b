"""Shared fixtures. The site fixtures build the sample program once per test session."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from helpers import Case

REPO = Path(__file__).resolve().parents[1]
SITE_TODAY = date(2026, 11, 23)


def make_root(tmp: Path) -> Path:
    """A data repository in ``tmp``: a copy of the sample data (to edit freely), with the
    repository's mkdocs.yml, templates and generator (for the hook) beside it."""
    root = tmp / "repo"
    shutil.copytree(REPO / "data", root / "data")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    for name in ("site_templates", "generator"):
        os.symlink(REPO / name, root / name)
    (root / ".xinyuan" / "docs").mkdir(parents=True)
    return root


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    """The sample program's site, built once: (summary, site folder)."""
    from generator.site import build_site

    out = tmp_path_factory.mktemp("sample") / "site"
    summary = build_site(REPO, out, today=SITE_TODAY)
    return summary, out


@pytest.fixture(scope="session")
def sample_site(sample_build) -> Path:
    return sample_build[1]


@pytest.fixture(scope="session")
def sample_model():
    from generator.model.sources import FileSource
    from generator.rules.runner import validate

    repo, problems = validate(FileSource(REPO), SITE_TODAY)
    assert not problems
    return repo.model


def pytest_make_parametrize_id(config, val, argname):
    return str(val) if isinstance(val, Case) else None
