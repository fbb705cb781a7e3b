"""Hypothesis strategies for hostile input: values for every field of every record, form bodies,
issue events and file names. Shared by the property tests (tests/test_hardening_properties.py)."""

from __future__ import annotations

import yaml
from hypothesis import strategies as st

from generator.model.schema import schema_of

# Text an attacker or a careless hand might put anywhere.
NASTY_TEXT = [
    "",
    " ",
    "²",
    "³",
    "¹⁰",
    "３",
    "٣",
    "۳",
    "߃",
    "𝟐",
    "1²",
    "一",
    "Ⅻ",
    "½",
    "\x00",
    "a\x00b",
    "\x07",
    "\x1b[31m",
    "\x7f",
    "\x85",
    "\r",
    "\n",
    "a\nb",
    "a\rb",
    "\t",
    "\v\f",
    "\u202egnp.exe",
    "\u2066x\u2069",
    "\u200b",
    "\u200e",
    "\u061c",
    "\ufeff",
    "\u2028",
    "\ufffd",
    "x" * 5000,
    "一" * 2000,
    "a" * 65,
    "a" * 64,
    "2026-02-30",
    "2026-13-01",
    "0000-00-00",
    "9999-12-31",
    "2026-2-3",
    "2026-04-31",
    "1900-01-01",
    "2026-05-01T10:00:00",
    "20260501",
    '=HYPERLINK("http://x","y")',
    "@SUM(1)",
    "+1",
    "-1",
    "<script>alert(1)</script>",
    "{{ 7*7 }}",
    "{% raw %}",
    "`",
    "]]>",
    "---",
    "...",
    "# c",
    "&amp;",
    "*a",
    "!tag",
    "%",
    "\\",
    '"',
    "'",
    "|",
    ">",
    "[",
    "{",
    ":",
    "- x",
    "? x",
    "1e999",
    "-0",
    "NaN",
    "Infinity",
    "null",
    "~",
    "yes",
    "on",
    "NO",
    "true",
    "0x10",
    "0o7",
    "010",
    "12:30",
    "1_000",
    "village-a",
    "hill-village",
    "teacher-lin",
    "vol-one",
    "city-wf",
]
# Plain YAML scalars written unquoted, for the loader to read as it will.
RAW = [
    "2026-02-30",
    "2026-13-01",
    "3.0",
    "1.5",
    "1e999",
    "-.5",
    ".inf",
    "-.inf",
    ".nan",
    "0x10",
    "0o7",
    "+1",
    "-0",
    "1_000",
    "2026-05-01T10:00:00",
    "~",
    "null",
    "Null",
    "yes",
    "on",
    "NO",
    "True",
    "FALSE",
    "１",
    "²",
    "12:30",
    "010",
    "00",
    "-1",
    "99999999999999999999999999",
    "2026-05-01 10:00",
    "!!str x",
    "&a x",
    "*a",
    "[]",
    "{}",
    "[[]]",
    "{a: {b: [c]}}",
    "''",
    '""',
    "|\n  block\n  text",
    ">-\n  folded",
    '"\\0"',
    '"\\u202e"',
    '"\\x85"',
]


# Dates in the right format at the calendar's ends and around its odd days.
DATES = [
    "0001-01-01",
    "9999-12-31",
    "9999-12-01",
    "1899-12-31",
    "1900-01-01",
    "2099-12-31",
    "2100-01-01",
    "2024-02-29",
    "2026-02-29",
    "1970-01-01",
    "2026-05-01",
    "2027-01-01",
]


class Raw(str):
    """A scalar written into the YAML text as it is (not quoted by the dumper)."""


DELETE = object()

texts = st.one_of(st.sampled_from(NASTY_TEXT), st.text(max_size=40))
scalars = st.one_of(
    texts,
    st.floats(),
    st.integers(),
    st.integers(min_value=-(2**80), max_value=2**80),
    st.sampled_from([10**30, 2**63, 2**64, -(2**63) - 1, 0, -1, 101, 1000001]),
    st.booleans(),
    st.none(),
    st.sampled_from(RAW).map(Raw),
    st.sampled_from(DATES),
    st.sampled_from(DATES).map(Raw),
)
containers = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.sampled_from(NASTY_TEXT[:30])),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(["a", "id", "date", "by", "1", "x y"]), inner, max_size=3),
    ),
    max_leaves=6,
)
values = st.one_of(scalars, st.just([]), st.just({}), st.just([[]]), st.just([{}]), containers, st.just(DELETE))


def keypaths(data, prefix=()) -> list[tuple]:
    """Every key path inside ``data``."""
    found = []
    if isinstance(data, dict):
        for key, value in data.items():
            found.append(prefix + (key,))
            found += keypaths(value, prefix + (key,))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            found.append(prefix + (i,))
            found += keypaths(value, prefix + (i,))
    return found


def schema_paths(node: dict, prefix=()) -> list[tuple]:
    """Every property path a kind's schema knows (list items as index 0), present or not."""
    found = []
    for key, sub in (node.get("properties") or {}).items():
        found.append(prefix + (key,))
        if sub.get("type") == "object":
            found += schema_paths(sub, prefix + (key,))
        elif sub.get("type") == "array" and isinstance(sub.get("items"), dict):
            found.append(prefix + (key, 0))
            found += schema_paths(sub["items"], prefix + (key, 0))
    return found


def field_paths(kind: str, data) -> list[tuple]:
    return sorted(set(keypaths(data)) | set(schema_paths(schema_of(kind))), key=repr)


def put_at(data, path: tuple, value):
    """A copy of ``data`` with ``value`` at ``path`` (parents made as needed; DELETE removes)."""
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(head, int):
        items = list(data) if isinstance(data, list) else []
        while len(items) <= head:
            items.append({})
        if value is DELETE and not rest:
            del items[head]
        else:
            items[head] = put_at(items[head], rest, value)
        return items
    table = dict(data) if isinstance(data, dict) else {}
    if value is DELETE and not rest:
        table.pop(head, None)
    else:
        table[head] = put_at(table.get(head), rest, value)
    return table


def to_yaml(data) -> str:
    """YAML text for ``data``, with :class:`Raw` scalars written as they are."""
    raws: list[str] = []

    def swap(node):
        if isinstance(node, Raw):
            raws.append(str(node))
            return f"RAWVALUE{len(raws) - 1}X"
        if isinstance(node, dict):
            return {swap(k) if isinstance(k, Raw) else k: swap(v) for k, v in node.items()}
        if isinstance(node, list):
            return [swap(v) for v in node]
        return node

    text = yaml.safe_dump(swap(data), allow_unicode=True, sort_keys=False, width=10**6)
    for i, raw in reversed(list(enumerate(raws))):
        # A block scalar needs its own line; anything else replaces the placeholder in place.
        text = text.replace(f"RAWVALUE{i}X", raw.replace("\n", "\n    ") if "\n" in raw else raw)
    return text


# File names: any bytes but "/" and NUL, as git and the file system allow.
name_bytes = (
    st.one_of(
        st.binary(min_size=1, max_size=40),
        st.sampled_from(
            [
                b"\xff\xfe.yml",
                b"a\nb.yml",
                b"\xe2\x80\xaegnp.yml",
                b"-rf.yml",
                b" .yml",
                b"README.md",
                b".gitkeep",
                b"..yml",
                b"\x1b[2J.yml",
                b"a\\b.yml",
                b"\xed\xa0\x80.yml",
                b"x" * 200 + b".yml",
                b"va-001.yml.",
                b"CON.yml",
            ]
        ),
    )
    .map(lambda b: b.replace(b"/", b"_").replace(b"\0", b"_"))
    .filter(lambda b: b not in (b".", b".."))
)

# Form bodies: the form's headings with hostile values, or hostile text around them.
form_values = st.one_of(
    texts,
    st.text(alphabet=st.characters(categories=["Cs", "Cc", "Cf", "Zl"]), max_size=10),
    st.sampled_from(
        [
            "小\udc80",
            "\ud800",
            "- [X] 同意",
            "- [ ] 同意",
            "_No response_",
            "### 心愿编号",
            "va-002",
            "village-a",
            "1",
            "²",
            "个人",
            "单位",
        ]
    ),
)


@st.composite
def form_bodies(draw, forms: dict) -> str:
    form = draw(st.sampled_from(sorted(forms)))
    labels = list(forms[form])
    if draw(st.booleans()):
        labels = draw(st.permutations(labels))
    parts = [
        f"### {label}\n\n{draw(form_values)}" for label in labels if draw(st.integers(0, 9))
    ]  # now and then a field is missing
    newline = draw(st.sampled_from(["\n\n", "\r\n\r\n", "\n"]))
    return draw(st.sampled_from(["", "\ufeff", " "])) + newline.join(parts) + draw(texts)
