"""The examples in the rule documentation are true: a rule's 示例（出错） snippet, put into the sample
data, makes validation report that rule in a file the snippet shows, and its 示例（正确） snippet
leaves the data valid.

A snippet is merged into a record as text: the record's top-level entries that the snippet
writes are taken out and the snippet's lines are added at the end. Without a file named, the
record is a wish (BASE). A snippet may name its files, each in a line of its own
(``# data/orgs/x.yml`` or a bare path, maybe with a remark): the lines after it go into that
file. A file the sample data does not have is a record moved there when its folder holds one of
the same name (``x.yml`` shown as ``x.yaml`` or in another org's folder); else it starts as a
copy of a record of its kind (NEW). In a snippet, ``→`` stands for a tab and ``<U+2028>`` for the
invisible character it names, as the documentation says where it uses them (a docstring
cannot hold them: inspect.cleandoc expands tabs, and ruff format takes a leading full-width space
for indentation).
"""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from generator.model.sources import FileSource
from generator.rules import all_rules
from generator.rules.runner import validate

REPO = Path(__file__).resolve().parents[1]
TODAY = date(2026, 11, 23)
FAMILIES = {"yaml", "schema", "identity", "references", "lifecycle"}

WISH = "data/wishes/majiayi-village/majiayi-2026-003.yml"
# The record a snippet that names no file is merged into: this wish, unless named here.
BASE = {
    "L502": "data/wishes/majiayi-village/majiayi-2026-019.yml",  # not yet vetted
    "R410": "data/wishes/qingshan-village/qingshan-2026-009.yml",  # a child's
    "R435": "data/wishes/qingshan-village/qingshan-2026-017.yml",  # a paired child's
}
# What a file the sample data does not have starts as, by its folder.
NEW = {
    "wishes": WISH,
    "orgs": "data/orgs/shimen-town.yml",
    "volunteers": "data/volunteers/xiaoyu.yml",
    "pairs": "data/pairs/majiayi-village/majiayi-pair-2026-002.yml",
}

# Rules whose examples cannot be put into a record as text, and why.
SKIP = {
    "Y106": "a file over 256 KiB does not fit in an example",
    "Y107": "the encoding of a file does not show in its text",
    "Y120": "a symbolic link or a pipe is a kind of file, not text",
    "I305": "the example is a file missing from data/, which a merge cannot show",
}

_HEADER = re.compile(r"(?:#\s*)?(?P<path>data/[^#（]*?[^\s#（])\s*(?:(?:#|（|->).*)?")
_TOP_KEY = re.compile(r"(?P<key>[A-Za-z_][A-Za-z0-9_]*)[ \u3000]*[:：]")
_NAMED_CHAR = re.compile(r"<U\+(?P<hex>[0-9A-F]{4,5})>")

RULES = [r for r in all_rules() if r.family in FAMILIES]


def snippet(doc: str, label: str) -> str | None:
    """The literal block after ``label::`` (its indentation taken off), or None."""
    match = re.search(rf"^{label}::\n\n((?:    .*(?:\n|$))+)", doc, re.M)
    if not match:
        return None
    text = "".join(line[4:] + "\n" for line in match[1].rstrip("\n").split("\n"))
    return _NAMED_CHAR.sub(lambda m: chr(int(m["hex"], 16)), text.replace("→", "\t"))


def sections(code: str, text: str) -> dict[str, str]:
    """The snippet's text for each file it changes."""
    files: dict[str, str] = {}
    path = BASE.get(code, WISH)
    for line in text.splitlines(keepends=True):
        header = _HEADER.fullmatch(line.rstrip("\n"))
        if header:
            path = header["path"]
            files.setdefault(path, "")
        else:
            files[path] = files.get(path, "") + line
    return files


def merged(record: str, text: str) -> str:
    """``record`` without the top-level entries ``text`` writes, then ``text``."""
    keys = {m["key"] for line in text.splitlines() if (m := _TOP_KEY.match(line))}
    kept, dropping = [], False
    for line in record.splitlines(keepends=True):
        if line[:1] not in (" ", "-", "\u3000", "\t", "\n", ""):
            match = _TOP_KEY.match(line)
            dropping = bool(match and match["key"] in keys)
        if not dropping:
            kept.append(line)
    body = "".join(kept)
    return body + ("" if body.endswith("\n") else "\n") + text


def problems_with(tmp: Path, code: str, text: str) -> list:
    root = tmp / "repo"
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(REPO / "data", root / "data")
    for path, part in sections(code, text).items():
        target = root / path
        if target.exists():
            record = target.read_text(encoding="utf-8")
        else:
            record = _moved_or_new(root, path)
            target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(merged(record, part) if part.strip() else record, encoding="utf-8")
    return validate(FileSource(root), TODAY)[1]


def _moved_or_new(root: Path, path: str) -> str:
    """The text of a file the sample data does not have: a record of the same name elsewhere in
    its folder has been moved there (and is gone from where it was); else a copy of a record of
    its kind."""
    folder, name = path.split("/")[1], path.rsplit("/", 1)[-1]
    same = [p for p in (root / "data" / folder).rglob("*") if p.is_file() and p.stem == name.rsplit(".", 1)[0]]
    if same:
        record = same[0].read_text(encoding="utf-8")
        same[0].unlink()
        return record
    return (REPO / NEW[folder]).read_text(encoding="utf-8")


@pytest.mark.parametrize("rule", [r for r in RULES if r.code not in SKIP], ids=lambda r: r.code)
def test_the_examples_are_true(rule, tmp_path):
    wrong, right = snippet(rule.doc, "示例（出错）"), snippet(rule.doc, "示例（正确）")
    assert wrong and right, f"{rule.code}: both examples are literal blocks"
    found = problems_with(tmp_path, rule.code, wrong)
    shown = set(sections(rule.code, wrong))
    assert any(p.code == rule.code and p.path in shown for p in found), (
        f"{rule.code}: the wrong example is not reported in {sorted(shown)}:\n" + "\n".join(p.as_text() for p in found)
    )
    found = problems_with(tmp_path, rule.code, right)
    assert found == [], f"{rule.code}: the right example is not valid:\n" + "\n".join(p.as_text() for p in found)


def test_the_skipped_rules_have_their_examples_and_are_few():
    codes = {r.code for r in RULES}
    assert set(SKIP) <= codes
    for rule in RULES:
        if rule.code in SKIP:
            assert snippet(rule.doc, "示例（出错）") and snippet(rule.doc, "示例（正确）"), rule.code
    assert len(SKIP) <= 4


def test_a_snippet_replaces_the_entries_it_writes():
    record = "id: a\nclaims:\n  - {volunteer: b}\ntitle: c\n"
    assert merged(record, "claims: []\n") == "id: a\ntitle: c\nclaims: []\n"
    assert sections("S201", "# data/orgs/x.yml\nid: x\n") == {"data/orgs/x.yml": "id: x\n"}
    assert snippet("示例（出错）::\n\n    a:→<U+2028>\n\n改法：", "示例（出错）") == "a:\t\u2028\n"
