"""The one shape every check reports: a problem at a place in a file."""

from __future__ import annotations

from dataclasses import dataclass

from generator.model.codes import Code
from generator.model.pathnames import one_line


@dataclass(frozen=True, order=True, slots=True)
class Problem:
    """A problem found in the data, at ``path:line:column`` (1-based; 0 when unknown), with its
    declared code (:mod:`generator.model.codes`): any other code is refused with ValueError, so
    every problem reported has its rule's documentation."""

    path: str
    line: int
    column: int
    code: Code
    message: str
    hint: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "code", Code(self.code))

    def as_text(self) -> str:
        """One line, whatever the message quotes from the data (controls escaped)."""
        where = f"{self.path}:{self.line}:{self.column}"
        hint = f" ({self.hint})" if self.hint else ""
        return one_line(f"{where}: {self.code} {self.message}{hint}")

    def as_dict(self) -> dict:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "code": self.code,
            "message": self.message,
            "hint": self.hint,
        }


class SetupError(Exception):
    """The command cannot run at all (no data folder, unreadable schema...): exit status 2."""
