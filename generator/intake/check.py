"""Check a change intake wants to make, with the same policy and validation as a pull request."""

from __future__ import annotations

from generator.model.git_trees import Change
from generator.policy import Verdict, check
from generator.model.repository import Repository
from generator.rules.privacy import scan
from generator.model.sources import OverlaySource, Source
from generator.rules.runner import validate


def check_files(source: Source, base: Repository, files: dict[str, str], author: str,
                author_id: int | None = None) -> Verdict:
    """The verdict on writing ``files`` over ``source``; validation problems of those files only."""
    existing = set(source.paths())
    head, invalid = validate(OverlaySource(source, {p: t.encode("utf-8") for p, t in files.items()}),
                             base.today)
    changes = [Change("M" if path in existing else "A", path) for path in sorted(files)]
    verdict = check(base, head, changes, author, author_id)
    verdict.invalid = [p for p in invalid if p.path in files]
    return verdict


def reasons(problems) -> list[str]:
    return [f"{p.code} {p.message}" + (f"（{p.hint}）" if p.hint else "") for p in problems]


def privacy_reasons(fields: dict[str, str], labels: dict[str, str], kind: str,
                    where: dict[str, str] | None = None) -> list[str]:
    """A reason for every piece of personal information in the named free-text fields, as
    validation finds it in the record field each becomes (``where``: form name -> field)."""
    where = where or {}
    return [f"“{labels[name]}”：{message}（{code}）"
            for name in labels for code, message in scan(fields.get(name, ""), kind, where.get(name, name))]
