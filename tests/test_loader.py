"""The strict loader: YAML 1.2 sense for scalars, and never a crash on any input."""

import string

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.model.loader import Document, load
from generator.model.yaml_events import MAX_DEPTH


def data_of(text: str):
    doc, problems = load("t.yml", text.encode())
    assert problems == []
    return doc.data


@pytest.mark.parametrize(
    "text, value",
    [
        ("NO", "NO"),
        ("on", "on"),
        ("yes", "yes"),
        ("y", "y"),  # YAML 1.1 booleans stay text
        ("010", "010"),
        ("0o17", "0o17"),
        ("0x1F", "0x1F"),  # never octal or hex numbers
        ("12:30", "12:30"),
        ("1:20:00", "1:20:00"),  # never sexagesimal
        ("2026-03-05", "2026-03-05"),  # dates stay ISO text for the schema
        ("true", True),
        ("false", False),
        ("~", None),
        ("null", None),
        ("", None),
        ("12", 12),
        ("-3", -3),
        ("1.5", 1.5),
        ("'12'", "12"),
        ('"true"', "true"),
    ],
)
def test_scalars_follow_yaml_1_2(text, value):
    assert data_of(f"k: {text}\n") == {"k": value}


def test_positions_are_kept_for_values_and_keys():
    doc, _ = load("t.yml", b"id: a\nclaims:\n  - {volunteer: x, date: 2026-03-20}\n")
    assert doc.locate(("claims", 0, "date")) == (3, 26)
    assert doc.locate(("claims",), key=True) == (2, 1)
    assert doc.locate(("claims", 5, "missing")) == (3, 3)  # nearest value that exists


def test_fifty_thousand_deep_input_is_refused_not_crashed():
    doc, problems = load("t.yml", b"[" * 50_000 + b"]" * 50_000)
    assert doc is None and [p.code for p in problems] == ["Y105"]
    assert problems[0].column == MAX_DEPTH + 1


def test_billion_laughs_is_refused_at_the_first_anchor():
    bomb = 'a: &a ["x","x"]\nb: &b [*a,*a]\nc: &c [*b,*b]\n'
    doc, problems = load("t.yml", bomb.encode())
    assert doc is None and [(p.code, p.line, p.column) for p in problems] == [("Y103", 1, 4)]


def _check_outcome(doc, problems):
    assert (doc is None) == bool(problems)
    for p in problems:
        assert p.path == "t.yml" and p.line >= 1 and p.column >= 1 and p.code.startswith("Y")


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_arbitrary_bytes_give_data_or_positioned_errors(raw):
    _check_outcome(*load("t.yml", raw))


yaml_ish = st.text(alphabet=string.printable + "：，谢大姐{}[]&*!|>-?:#'\"\t", max_size=300)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(yaml_ish)
def test_arbitrary_yamlish_text_gives_data_or_positioned_errors(text):
    _check_outcome(*load("t.yml", text.encode()))


# Line-break characters other than \n are folded by YAML itself: PyYAML's writer does not keep them.
plain_text = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=20)
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), plain_text, st.floats(allow_nan=False, allow_infinity=False)
)
trees = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.text(alphabet=string.ascii_lowercase, min_size=3, max_size=8), children, max_size=4),
    ),
    max_leaves=30,
)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.text(alphabet=string.ascii_lowercase, min_size=3, max_size=8), trees, max_size=5))
def test_nested_structures_round_trip(data):
    """Whatever PyYAML writes (quoting what needs quoting), the loader reads back unchanged."""
    text = yaml.safe_dump(data, allow_unicode=True)
    doc, problems = load("t.yml", text.encode())
    assert problems == [] and isinstance(doc, Document)
    assert doc.data == data
