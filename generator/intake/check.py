"""Check a change intake wants to make, with the same policy and validation as a pull request."""

from __future__ import annotations

from generator.model.git_trees import Change
from generator.ops import changeset
from generator.policy import Verdict, check
from generator.model.repository import Repository
from generator.rules.privacy import scan
from generator.model.sources import Source


def check_files(
    source: Source, base: Repository, files: dict[str, str], author: str, author_id: int | None = None
) -> tuple[Verdict, changeset.Checked]:
    """The verdict on writing ``files`` over ``source`` (``invalid``: the validation problems of
    those files, and any the change brings elsewhere), and the validated change to write."""
    existing = set(source.paths())
    checked = changeset.check(source, files, base.today, base)
    changes = [Change("M" if path in existing else "A", path) for path in sorted(files)]
    verdict = check(base, checked.head, changes, author, author_id)
    verdict.invalid = sorted({p for p in checked.after if p.path in files} | set(checked.problems))
    return verdict, checked


def reasons(problems) -> list[str]:
    return [f"{p.code} {p.message}" + (f"（{p.hint}）" if p.hint else "") for p in problems]


def privacy_reasons(
    fields: dict[str, str], labels: dict[str, str], kind: str, where: dict[str, str] | None = None
) -> list[str]:
    """A reason for every piece of personal information in the named free-text fields, as
    validation finds it in the record field each becomes (``where``: form name -> field)."""
    where = where or {}
    return [
        f"“{labels[name]}”：{message}（{code}）"
        for name in labels
        for code, message in scan(fields.get(name, ""), kind, where.get(name, name))
    ]
