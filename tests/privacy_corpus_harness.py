"""Runs the privacy corpus (tests/privacy_corpus.yml) through the real ``xinyuan validate``.

Each case's text is written into one copy of a published sample wish, in the case's field (or
as a comment line), inside a temporary copy of the sample program; one ``validate --format
json`` run checks them all, and a case counts as refused when any P6xx problem is reported in
its file. For every field a control copy holds a harmless text in the same place: if a control
is refused, the base wish is at fault, not the cases, and the harness stops.

Used by benchmarks/privacy_corpus.py (the figures) and tests/test_privacy_corpus.py.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "privacy_corpus.yml"
FIELDS = ("title", "story", "alias", "place", "note", "comment")
EXPECTS = ("refuse", "clean")
TODAY = "2026-11-23"

# A published, fulfilled wish of the sample program: it has every field a case can use.
BASE_ORG = "majiayi-village"
BASE_ID = "majiayi-2026-001"
# Harmless texts for the control copies (one per field).
CONTROL_TEXT = {
    "title": "一根结实的拐杖",
    "story": "李爷爷一个人住，原来那根竹拐杖已经开裂，想要一根结实、不打滑的拐杖。",
    "alias": "李爷爷",
    "place": "云岭县石门镇",
    "note": "送去一根带防滑脚垫的四脚拐杖",
    "comment": "入户核实过，情况属实",
}


@dataclass
class Outcome:
    case: dict
    path: str
    codes: list[str] = field(default_factory=list)  # every problem code in the case's file

    @property
    def refused(self) -> bool:
        return any(code.startswith("P6") for code in self.codes)

    @property
    def as_expected(self) -> bool:
        return self.refused == (self.case["expect"] == "refuse")


def load_corpus(path: Path = CORPUS) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]


def _scalar(text: str, indent: str) -> str:
    """The text as a YAML value the way a person writes it: plain when that reads back
    unchanged, a literal block when it has several lines, double-quoted otherwise."""
    if "\n" in text:
        body = "\n".join(indent + "  " + line for line in text.split("\n"))
        return "|-\n" + body
    try:
        if yaml.safe_load(f"k: {text}") == {"k": text}:
            return text
    except yaml.YAMLError:
        pass
    return json.dumps(text, ensure_ascii=False)


def wish_text(base: str, new_id: str, where: str, text: str) -> str:
    """The base wish with its id changed and ``text`` placed in field ``where``."""
    lines = base.splitlines()
    out = []
    for line in lines:
        if line.startswith("id: "):
            line = f"id: {new_id}"
        elif line.startswith("title: ") and where == "title":
            line = "title: " + _scalar(text, "")
        elif line.startswith("story: ") and where == "story":
            line = "story: " + _scalar(text, "")
        elif line.startswith("  alias: ") and where == "alias":
            line = "  alias: " + _scalar(text, "  ")
        elif line.startswith("  place: ") and where == "place":
            line = "  place: " + _scalar(text, "  ")
        elif line.startswith("fulfilled: "):
            # block style, so the note sits on a line of its own in every copy
            date = re.search(r"date: ([0-9-]+)", line).group(1)
            note = text if where == "note" else CONTROL_TEXT["note"]
            line = f"fulfilled:\n  date: {date}\n  note: " + _scalar(note, "  ")
        out.append(line)
    if where == "comment":
        out[:0] = ["# " + part for part in text.split("\n")]
    return "\n".join(out) + "\n"


def build(cases: list[dict], workdir: Path) -> tuple[Path, dict[str, dict], dict[str, str]]:
    """A copy of the sample program in ``workdir`` with one wish per case and one control per
    field. Returns the root, the case of each wish path and the field of each control path."""
    root = workdir / "repo"
    shutil.copytree(REPO / "data", root / "data")
    folder = root / "data" / "wishes" / BASE_ORG
    base = (folder / f"{BASE_ID}.yml").read_text(encoding="utf-8")
    prefix = BASE_ID.rsplit("-", 1)[0]
    by_path, controls = {}, {}
    number = 500
    for where in FIELDS:
        number += 1
        wish_id = f"{prefix}-{number}"
        path = f"data/wishes/{BASE_ORG}/{wish_id}.yml"
        (root / path).write_text(wish_text(base, wish_id, where, CONTROL_TEXT[where]), encoding="utf-8")
        controls[path] = where
    for case in cases:
        number += 1
        wish_id = f"{prefix}-{number}"
        path = f"data/wishes/{BASE_ORG}/{wish_id}.yml"
        (root / path).write_text(wish_text(base, wish_id, case["field"], case["text"]), encoding="utf-8")
        by_path[path] = case
    return root, by_path, controls


def xinyuan_command() -> list[str]:
    beside = Path(sys.executable).with_name("xinyuan")
    return [str(beside)] if beside.exists() else [shutil.which("xinyuan") or "xinyuan"]


def validate(root: Path) -> list[dict]:
    proc = subprocess.run(
        [*xinyuan_command(), "validate", str(root), "--format", "json", "--today", TODAY],
        capture_output=True,
        text=True,
        cwd=root,
    )
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"xinyuan validate failed ({proc.returncode}):\n{proc.stderr}")
    return json.loads(proc.stdout or "[]")


def _relative(path: str, root: Path) -> str:
    p = Path(path)
    return p.relative_to(root).as_posix() if p.is_absolute() else p.as_posix()


def run(workdir: Path, cases: list[dict] | None = None) -> list[Outcome]:
    """Every case's outcome. Raises if a control (the base wish without a case's text) is
    refused by a privacy rule."""
    cases = load_corpus() if cases is None else cases
    root, by_path, controls = build(cases, workdir)
    codes: dict[str, list[str]] = {}
    for problem in validate(root):
        codes.setdefault(_relative(problem["path"], root), []).append(problem["code"])
    dirty = {
        where: codes[path] for path, where in controls.items() if any(c.startswith("P6") for c in codes.get(path, []))
    }
    if dirty:
        raise RuntimeError(f"the base wish {BASE_ID} is refused without any case text: {dirty}")
    return [Outcome(case, path, codes.get(path, [])) for path, case in by_path.items()]


def scores(outcomes: list[Outcome]) -> dict:
    refuse = [o for o in outcomes if o.case["expect"] == "refuse"]
    flagged = [o for o in outcomes if o.refused]
    caught = [o for o in refuse if o.refused]
    return {
        "cases": len(outcomes),
        "refuse": len(refuse),
        "clean": len(outcomes) - len(refuse),
        "caught": len(caught),
        "flagged": len(flagged),
        "recall": len(caught) / len(refuse) if refuse else 1.0,
        "precision": len(caught) / len(flagged) if flagged else 1.0,
        "missed": [o for o in refuse if not o.refused],
        "wrongly_refused": [o for o in outcomes if o.case["expect"] == "clean" and o.refused],
    }


def describe(outcome: Outcome) -> str:
    case = outcome.case
    text = case["text"].replace("\n", "⏎")
    codes = ",".join(sorted(set(c for c in outcome.codes if c.startswith("P6"))))
    return f"{case['id']} [{case['field']}] {text}  — {case['why']}" + (f"  ({codes})" if codes else "")
