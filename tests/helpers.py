"""Test helpers: the minimal program in tests/fixtures/mini, changed in memory and validated."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from generator.model.problems import Problem
from generator.rules.runner import validate

MINI = Path(__file__).parent / "fixtures" / "mini"
SAMPLE = Path(__file__).parent.parent
TODAY = date(2026, 11, 23)
MARK = "⟦"  # in a case's text: where the problem must be reported


class MemorySource:
    """A data repository held in memory: {repository-relative path: bytes}."""

    def __init__(self, files: dict[str, bytes]):
        self.files = dict(files)

    @classmethod
    def of(cls, root: Path) -> MemorySource:
        return cls(
            {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted((root / "data").rglob("*")) if p.is_file()}
        )

    def paths(self):
        return sorted(self.files)

    def read(self, path: str) -> bytes:
        return self.files[path]

    def changed(self, changes: dict[str, str | bytes | None]) -> MemorySource:
        files = dict(self.files)
        for path, content in changes.items():
            if content is None:
                files.pop(path, None)
            else:
                files[path] = content.encode() if isinstance(content, str) else content
        return MemorySource(files)


def problems_of(source, today: date = TODAY) -> list[Problem]:
    return validate(source, today)[1]


@dataclass(frozen=True)
class Case:
    """A file written into the minimal program, and the problem expected at its marker
    (or, with ``code`` in ``absent``, a near miss that must not be reported)."""

    code: str
    path: str
    text: str
    why: str = ""
    extra: dict | None = None  # other files changed with it (None content: deleted)
    encoding: str = "utf-8"

    @property
    def expected(self) -> tuple[int, int]:
        before = self.text[: self.text.index(MARK)]
        return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1

    def problems(self) -> list[Problem]:
        changes = {self.path: self.text.replace(MARK, "").encode(self.encoding), **(self.extra or {})}
        return problems_of(MemorySource.of(MINI).changed(changes))

    def __str__(self) -> str:
        return f"{self.code}-{self.why or self.path}"


def assert_reported(case: Case) -> None:
    found = case.problems()
    line, column = case.expected
    where = [(p.line, p.column) for p in found if p.code == case.code and p.path == case.path]
    assert (line, column) in where, f"expected {case.code} at {case.path}:{line}:{column}; got:\n" + "\n".join(
        p.as_text() for p in found
    )


def assert_clean(case: Case) -> None:
    found = [p for p in case.problems() if p.code == case.code]
    assert not found, "\n".join(p.as_text() for p in found)


def mini_file(path: str) -> str:
    return (MINI / path).read_text(encoding="utf-8")


def edit(path: str, old: str, new: str) -> str:
    """The minimal program's file at ``path`` with ``old`` replaced by ``new``."""
    text = mini_file(path)
    assert old in text, f"{old!r} not in {path}"
    return text.replace(old, new, 1)


WISH1 = "data/wishes/hill-village/hill-2026-001.yml"
WISH2 = "data/wishes/hill-village/hill-2026-002.yml"
WISH3 = "data/wishes/hill-village/hill-2026-003.yml"
VILLAGE = "data/orgs/hill-village.yml"
PROGRAM = "data/program.yml"


def wish_form(**answers: str) -> str:
    """A body of the submit-wish issue form as GitHub writes it (``### label``, a blank line, the
    answer), with the headings of the form in .github/ISSUE_TEMPLATE/ as it is now: a test that
    writes a body by hand goes stale when a label changes. Answers by field id; every checkbox is
    ticked; defaults make a valid wish for the repositories in tests/claims_repo.py."""
    import yaml

    values = {
        "org": "village-a",
        "title": "一台电饭煲",
        "story": "老人家里的电饭煲坏了。",
        "category": "add-an-item",
        "alias": "刘奶奶",
        "group": "elderly-alone",
        "age_band": "70-79",
        "place": "示例县东镇",
        "slots": "1",
        "consent_by": "本人",
        **answers,
    }
    form = yaml.safe_load((SAMPLE / ".github/ISSUE_TEMPLATE/submit-wish.yml").read_text(encoding="utf-8"))
    parts = []
    for item in form["body"]:
        attributes = item.get("attributes") or {}
        if item["type"] == "markdown":
            continue
        if item["type"] == "checkboxes":
            answer = "\n".join(f"- [X] {o['label']}" for o in attributes["options"])
        else:
            answer = values[item["id"]]
        parts.append(f"### {attributes['label']}\n\n{answer}")
    return "\n\n".join(parts) + "\n"
