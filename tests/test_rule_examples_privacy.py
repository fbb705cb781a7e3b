"""The privacy rules' documented examples are true: written into a record of a copy of the sample
program, the ``示例（出错）`` block raises its rule's code and the ``示例（正确）`` block leaves the
program valid (what people copy from the rules page must not leak anything else, nor break a
rule of another kind)."""

from __future__ import annotations

import re
import shutil
import textwrap
from datetime import date
from pathlib import Path

import pytest
import yaml

from generator.model.sources import FileSource
from generator.rules import all_rules
from generator.rules.runner import validate

REPO = Path(__file__).resolve().parents[1]
TODAY = date(2026, 11, 23)
# The record an example's fields replace: a fulfilled wish with a photo on disk (for the photo
# rules that are about the ``photos`` list), and a pair.
WISH = "data/wishes/dongpo-village/dongpo-2026-006.yml"
PAIR = "data/pairs/majiayi-village/majiayi-pair-2026-001.yml"
PAIR_RULES = {"P650", "P651"}
# Rules whose mistake is not in a YAML field, with why.
UNCHECKED = {
    "P640": "the GPS position is inside the photo file; the YAML is the same in both examples",
    "P641": "the metadata is inside the photo file; the YAML is the same in both examples",
    "P642": "the size is the photo file's; the YAML is the same in both examples",
    "P643": "the file format is the photo file's; the YAML is the same in both examples",
    "P646": "the face is in the photo file; the YAML differs only in its alt text",
}
PRIVACY = [r for r in all_rules() if r.family == "privacy"]


def example(doc: str, heading: str) -> str:
    """The literal block after ``heading`` (its indented lines, dedented)."""
    after = doc.split(heading + "::\n\n", 1)[1]
    block = re.match(r"(?:(?: {4}.*)?\n)+", after + "\n")
    assert block, f"no example after {heading}"
    return textwrap.dedent(block.group()).strip("\n") + "\n"


def merged(base: str, snippet: str, other: str) -> str:
    """``base`` without every top-level field either example names, then ``snippet``: the record
    has exactly the fields the example shows, as it shows them."""
    names = set(yaml.safe_load(snippet)) | set(yaml.safe_load(other))
    kept, dropping = [], False
    for line in base.splitlines(keepends=True):
        key = re.match(r"([^\s#-][^:]*):", line)
        if key:
            dropping = key.group(1) in names
        elif not line.startswith((" ", "-")):
            dropping = False
        if not dropping:
            kept.append(line)
    return "".join(kept) + snippet


def placed(code: str, snippet: str, other: str) -> tuple[str, str]:
    """(path, text) of the record the example makes: a whole wish when it gives an ``id``."""
    data = yaml.safe_load(snippet)
    if "id" in data:
        return f"data/wishes/{data['org']}/{data['id']}.yml", snippet
    path = PAIR if code in PAIR_RULES else WISH
    return path, merged((REPO / path).read_text("utf-8"), snippet, other)


@pytest.fixture(scope="module")
def copy(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("examples") / "repo"
    shutil.copytree(REPO / "data", root / "data")
    return root


def problems(root: Path, path: str, text: str) -> list[str]:
    """The problems of the copy with ``text`` written at ``path`` (put back afterwards)."""
    target = root / path
    before = target.read_bytes() if target.exists() else None
    target.write_text(text, encoding="utf-8")
    try:
        return [p.as_text() for p in validate(FileSource(root), TODAY)[1]]
    finally:
        if before is None:
            target.unlink()
        else:
            target.write_bytes(before)


@pytest.mark.parametrize("rule", [r for r in PRIVACY if r.code not in UNCHECKED], ids=lambda r: r.code)
def test_the_wrong_example_is_refused_and_the_right_one_passes(rule, copy):
    wrong, right = example(rule.doc, "示例（出错）"), example(rule.doc, "示例（正确）")
    found = problems(copy, *placed(rule.code, wrong, right))
    assert any(f" {rule.code} " in p for p in found), f"the wrong example raises only {found}\n{wrong}"
    found = problems(copy, *placed(rule.code, right, wrong))
    assert found == [], f"the right example raises {found}\n{right}"


def test_the_copy_is_clean_before_any_example(copy):
    assert validate(FileSource(copy), TODAY)[1] == []


def test_only_rules_about_a_photo_file_go_unchecked():
    assert set(UNCHECKED) <= {r.code for r in PRIVACY}
    for code in UNCHECKED:
        doc = next(r.doc for r in PRIVACY if r.code == code)
        assert "photos:" in example(doc, "示例（出错）") and "photos:" in example(doc, "示例（正确）")
