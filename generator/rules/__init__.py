"""The validation rules, one module each, found by walking this package.

A rule module is named ``<code>_<name>.py`` inside its family's folder (``l503_over_claimed.py``
is rule L503 "over-claimed"). Its docstring is the rule's documentation (what it checks, why,
an example and how to fix it; ``xinyuan rules`` and the site show it). A module with a
``check(repo)`` function is run over the whole repository and yields problems; rules without
one document a problem that the loader, the schema stage or the pull-request policy reports
itself.

The codes themselves are declared once, in :mod:`generator.model.codes` (why there: see that
module), and raised as ``Code.L501``. :func:`all_rules` is the registry: it walks the rule modules
once and joins each to its code, and refuses a module whose code is not declared, a declared
code without a module, and two modules for one code; ``xinyuan rules`` and the site read it.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from dataclasses import dataclass, replace
from functools import cache
from collections.abc import Callable, Iterator

from generator.model.codes import Code

_MODULE_NAME = re.compile(r"(?P<code>[a-z][0-9]{3})_(?P<name>[a-z0-9_]+)")


@dataclass(frozen=True)
class Rule:
    code: Code
    name: str
    family: str
    doc: str
    check: Callable | None

    @property
    def summary(self) -> str:
        """The first paragraph of the documentation, on one line."""
        return self.paragraphs[0]

    @property
    def paragraphs(self) -> list[str]:
        """The documentation's paragraphs, each text paragraph on one line (so that a page
        wraps it to the screen); example blocks keep their lines."""
        return [
            p if p.startswith("    ") else _unwrap(p).replace("::", "：") if p.endswith("::") else _unwrap(p)
            for p in self.doc.split("\n\n")
            if p.strip()
        ]


def _unwrap(paragraph: str) -> str:
    """Join a paragraph's lines: with a space between Latin words, with nothing between Chinese."""
    out = ""
    for line in (part.strip() for part in paragraph.splitlines()):
        if out and not (out[-1] > "\u2e7f" or line[:1] > "\u2e7f"):
            out += " "
        out += line
    return out


@cache
def all_rules() -> tuple[Rule, ...]:
    rules = []
    for info in pkgutil.walk_packages(__path__, prefix=__name__ + "."):
        family, _, leaf = info.name.removeprefix(__name__ + ".").rpartition(".")
        match = _MODULE_NAME.fullmatch(leaf)
        if info.ispkg or not match:
            continue
        module = importlib.import_module(info.name)
        rules.append(
            Rule(
                Code(match["code"].upper()),
                match["name"].replace("_", "-"),
                family,
                inspect.cleandoc(module.__doc__ or ""),
                getattr(module, "check", None),
            )
        )
    # Codes number the families in pipeline order: Y1xx loading ... P6xx privacy.
    return tuple(sorted(registered(rules), key=lambda r: r.code[1:]))


def registered(rules: list[Rule]) -> list[Rule]:
    """The rules with their declared codes; a mismatch with :class:`Code` is a programming
    error, named here."""
    codes = [str(r.code) for r in rules]
    undeclared = sorted(set(codes) - set(Code))
    twice = sorted({c for c in codes if codes.count(c) > 1})
    undocumented = sorted(str(c) for c in set(Code) - set(codes))
    if undeclared or twice or undocumented:
        raise RuntimeError(
            f"rule modules and generator/model/codes.py disagree: not declared {undeclared}, "
            f"more than one module {twice}, no module {undocumented}"
        )
    return [replace(r, code=Code(r.code)) for r in rules]


def rule(code: str) -> Rule:
    return next(r for r in all_rules() if r.code == code)


def run(repo) -> Iterator:
    """Every problem the repository-level rules find."""
    for each in all_rules():
        if each.check is not None:
            yield from each.check(repo)
