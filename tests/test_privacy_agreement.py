"""The issue-form intake and the spreadsheet import give the same privacy answer as ``xinyuan
validate`` on the same text, over every case of the privacy corpus (tests/privacy_corpus.yml).

Validation sees each text in a wish file (the corpus harness); the intake's submit-wish form and
the import see it as the answer to a form field or a spreadsheet cell. A note or a comment has
no form field or column of its own: its text goes into the story there.
"""

from __future__ import annotations

import pytest

from generator.ops.wish_import import convert_row
from generator.intake.check import privacy_reasons
from generator.intake.wish import FIELDS, FREE_TEXT
from generator.model.repository import load_repository
from generator.model.sources import FileSource
from privacy_corpus_harness import REPO, run

# corpus field -> (form field of the submit-wish form, spreadsheet column, record field)
PLACES = {
    "title": ("title", "心愿", "title"),
    "story": ("story", "故事", "story"),
    "note": ("story", "故事", "story"),
    "comment": ("story", "故事", "story"),
    "alias": ("alias", "称呼", "beneficiary.alias"),
    "place": ("place", "地点", "beneficiary.place"),
}


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    return run(tmp_path_factory.mktemp("privacy-agreement"))


@pytest.fixture(scope="module")
def program():
    return load_repository(FileSource(REPO)).model.program


def intake_refuses(field: str, text: str) -> bool:
    name = PLACES[field][0]
    return bool(privacy_reasons({name: text}, {name: FREE_TEXT[name]}, "wish", FIELDS))


def import_refuses(field: str, text: str, program) -> bool:
    _, header, target = PLACES[field]
    _, errors = convert_row(2, {header: text}, {header: target}, program)
    return any(e.message.startswith("P6") for e in errors)


def test_intake_and_import_answer_as_validation_does(outcomes, program):
    differ = []
    for o in outcomes:
        case = o.case
        answers = {
            "validate": o.refused,
            "intake": intake_refuses(case["field"], case["text"]),
            "import": import_refuses(case["field"], case["text"], program),
        }
        if len(set(answers.values())) > 1:
            differ.append(f"{case['id']} [{case['field']}] {case['text']!r}: {answers}")
    assert len(outcomes) >= 350
    assert not differ, "\n".join(differ)


def test_the_comparison_can_fail(program):
    """A full name is refused as an alias but not as a place in all three, and a phone number
    everywhere: the answers compared above are real answers, not all False."""
    assert intake_refuses("alias", "王建华") and import_refuses("alias", "王建华", program)
    assert not intake_refuses("place", "云岭县石门镇") and not import_refuses("place", "云岭县石门镇", program)
    assert intake_refuses("note", "电话13907451286") and import_refuses("comment", "电话13907451286", program)
