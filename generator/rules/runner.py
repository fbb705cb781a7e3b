"""Validate a data repository: loading and schema problems, then every rule, sorted."""

from __future__ import annotations

from datetime import date

from generator import rules
from generator.photos.face_cache import FaceCache
from generator.model.problems import Problem
from generator.model.repository import Repository, load_repository
from generator.model.sources import Source


def problems_of(repo: Repository) -> list[Problem]:
    return sorted(set(repo.problems) | set(rules.run(repo)))


def validate(source: Source, today: date | None = None) -> tuple[Repository, list[Problem]]:
    repo = load_repository(source, today)
    # A folder on disk keeps its face-check results between runs (.xinyuan/cache/).
    cache = repo.face_cache = FaceCache(getattr(source, "root", None))
    found = problems_of(repo)
    cache.save()
    return repo, found
