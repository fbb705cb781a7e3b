"""What every policy check needs: both repositories, the author's roles, and how to refuse."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..loader import Document
from ..problems import Problem
from ..repository import Repository
from .roles import Roles


@dataclass
class Context:
    base: Repository
    head: Repository
    roles: Roles
    review_orgs: set[str] = field(default_factory=set)
    claims_added: int = 0          # claims the author added for their own record
    author_id: int | None = None   # GitHub's numeric id of the author, from the event

    def base_doc(self, path: str | None) -> Document | None:
        return self.base.docs.get(path) if path else None

    def head_doc(self, path: str) -> Document | None:
        return self.head.docs.get(path)

    def refuse_file(self, path: str, code: str, message: str, hint: str = "") -> Problem:
        """A refusal of a whole file: at its first line."""
        return Problem(path, 1, 1, code, message, hint)

    def refuse_at(self, path: str, keypath: tuple, code: str, message: str,
                  hint: str = "") -> Problem:
        """A refusal at a value of the head version (its first line when the file did not load)."""
        doc = self.head_doc(path)
        if doc is None:
            return self.refuse_file(path, code, message, hint)
        return doc.problem(keypath, code, message, hint, key=len(keypath) == 1)
