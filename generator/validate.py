"""Validate a data repository: loading and schema problems, then every rule, sorted."""

from __future__ import annotations

from datetime import date

from . import rules
from .problems import Problem
from .repository import Repository, load_repository
from .sources import Source


def problems_of(repo: Repository) -> list[Problem]:
    return sorted(set(repo.problems) | set(rules.run(repo)))


def validate(source: Source, today: date | None = None) -> tuple[Repository, list[Problem]]:
    repo = load_repository(source, today)
    return repo, problems_of(repo)
