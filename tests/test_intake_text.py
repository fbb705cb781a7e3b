"""The minimal edit that adds a claim, on the layouts people write, and what it refuses."""

from __future__ import annotations

import pytest

from generator.intake.form_text import text_problem
from generator.ops.claim_lines import EditError, append_claim
from generator.ops.yaml_edit import render
from generator.model.loader import load

NEW = "{volunteer: vol-one, date: 2026-05-01}"


@pytest.mark.parametrize(
    "before, after",
    [
        ("id: a\n", f"id: a\nclaims:\n  - {NEW}\n"),
        ("id: a", f"id: a\nclaims:\n  - {NEW}\n"),
        ("id: a\nclaims: []  # none yet\n", f"id: a\nclaims:\n  - {NEW}\n"),
        (
            "claims:\n- {volunteer: b, date: 2026-04-01}\nid: a\n",
            f"claims:\n- {{volunteer: b, date: 2026-04-01}}\n- {NEW}\nid: a\n",
        ),
        (
            "claims:\n    - volunteer: b\n      date: 2026-04-01\n\n    # note\nfulfilled: {date: 2026-04-09}\n",
            f"claims:\n    - volunteer: b\n      date: 2026-04-01\n    - {NEW}\n\n    # note\nfulfilled: {{date: 2026-04-09}}\n",
        ),
    ],
)
def test_append_claim_layouts(before, after):
    assert append_claim("w.yml", before, "vol-one", "2026-05-01") == after


def test_unusual_layout_is_refused_not_mangled():
    with pytest.raises(EditError):
        append_claim("w.yml", "id: a\nclaims: [{volunteer: b, date: 2026-04-01}]\n", "vol-one", "2026-05-01")


@pytest.mark.parametrize("value", ['a"b', "a\\b", "小周: x", "- [x]", "'", "#x", "\U0001f600"])
def test_typed_text_is_quoted_and_round_trips(value):
    text = render({"name": value}, quoted=frozenset({"name"}))
    assert text.startswith('name: "')
    doc, problems = load("q.yml", text.encode())
    assert not problems and doc.data == {"name": value}


@pytest.mark.parametrize(
    "value, bad",
    [
        ("爱心小周", False),
        ("a\nb", True),
        ("a\u202eb", True),
        ("<b>", True),
        ("见 https://x", True),
        ("x" * 21, True),
    ],
)
def test_text_problem(value, bad):
    assert bool(text_problem(value, 20)) is bad


def test_append_claim_keeps_a_notepad_files_bom_and_crlf():
    before = "\ufeffid: a\r\nclaims:\r\n  - {volunteer: b, date: 2026-04-01}\r\n"
    after = append_claim("w.yml", before, "vol-one", "2026-05-01")
    assert after == before + "  - {volunteer: vol-one, date: 2026-05-01}\r\n"
