"""What every policy check needs: both repositories, the author's roles, and how to refuse."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.model.codes import Code
from generator.model.loader import Document
from generator.model.problems import Problem
from generator.model.repository import Repository
from generator.policy.roles import Roles


@dataclass
class Context:
    base: Repository
    head: Repository
    roles: Roles
    review_orgs: set[str] = field(default_factory=set)
    claims_added: int = 0  # claims the author added for their own record
    author_id: int | None = None  # GitHub's numeric id of the author, from the event

    def base_doc(self, path: str | None) -> Document | None:
        return _checked(self.base, path)

    def head_doc(self, path: str) -> Document | None:
        return _checked(self.head, path)

    def refuse_file(self, path: str, code: Code, message: str, hint: str = "") -> Problem:
        """A refusal of a whole file: at its first line."""
        return Problem(path, 1, 1, code, message, hint)

    def refuse_at(self, path: str, keypath: tuple, code: Code, message: str, hint: str = "") -> Problem:
        """A refusal at a value of the head version (its first line when the file did not load)."""
        doc = self.head_doc(path)
        if doc is None:
            return self.refuse_file(path, code, message, hint)
        return doc.problem(keypath, code, message, hint, key=len(keypath) == 1)


def _checked(repo: Repository, path: str | None) -> Document | None:
    """The document at ``path`` if it loaded and passed its schema, else None: the policy reads
    fields by their schema's types (``claims`` a list...), and a file that failed is refused by
    its validation problems anyway."""
    if path is None or path not in repo.docs:
        return None
    return None if path in repo.invalid_paths else repo.docs[path]
