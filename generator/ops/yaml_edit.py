"""Round-trip YAML editing: change a record in place, keeping its comments, key order, flow
style (``{...}`` entries) and quoting, so that ``git diff`` shows only what really changed.

Changes are described as small operations (:class:`Set`, :class:`Append`, :class:`Update`) by
the lifecycle and applied here to the text of one file; nothing here reads or writes files.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from generator.ops.claim_lines import EditError, append_claim

# Where a missing top-level key of a wish goes: after the last present key that precedes it here
# (the facts first, then the story in the order it happens).
WISH_ORDER = (
    "id",
    "title",
    "story",
    "category",
    "campaign",
    "pair",
    "beneficiary",
    "org",
    "slots",
    "value_yuan",
    "deadline",
    "extensions",
    "collected",
    "consent",
    "vetted",
    "escalations",
    "published",
    "claims",
    "fulfilled",
    "photos",
    "withdrawn",
    "erased",
)

# Mappings written in block style in new records; the story's steps are one-line `{...}` entries.
BLOCK_KEYS = frozenset({"beneficiary", "contact"})

_BLOCK_DASH_AT_ROOT = re.compile(r"^- ", re.MULTILINE)


@dataclass(frozen=True)
class Set:
    """Set a top-level key (inserted in ``WISH_ORDER`` position when missing)."""

    key: str
    value: Any


@dataclass(frozen=True)
class Append:
    """Append an item to a top-level list, creating the list when missing."""

    key: str
    item: Any


@dataclass(frozen=True)
class Update:
    """Set a key inside an existing entry, e.g. ``("claims", 2)`` and ``released``."""

    keypath: tuple
    key: str
    value: Any


Op = Set | Append | Update


def _yaml(text: str) -> YAML:
    yaml = YAML()  # round-trip mode
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold a long Chinese line
    # The same date object used twice must be written twice, never as an anchor and alias.
    yaml.representer.ignore_aliases = lambda *args: True
    if _BLOCK_DASH_AT_ROOT.search(text):
        yaml.indent(mapping=2, sequence=2, offset=0)  # lists written flush: `key:\n- item`
    else:
        yaml.indent(mapping=2, sequence=4, offset=2)  # the sample data's `key:\n  - item`
    return yaml


def _node(value: Any) -> Any:
    """Plain data to ruamel nodes: mappings inside lists become one-line ``{...}`` entries."""
    if isinstance(value, dict):
        mapping = CommentedMap((k, _node(v)) for k, v in value.items() if v is not None)
        mapping.fa.set_flow_style()
        return mapping
    if isinstance(value, list):
        node = CommentedSeq(_node(v) for v in value)
        if not any(isinstance(v, (dict, list)) for v in value):
            node.fa.set_flow_style()  # a list of plain values on one line: `[a, b]`
        return node
    return value


def _insert(data: CommentedMap, key: str, value: Any, order: tuple[str, ...]) -> None:
    if key in data or key not in order:
        data[key] = value
        return
    rank = order.index(key)
    before = [i for i, k in enumerate(data) if k in order and order.index(k) < rank]
    data.insert(before[-1] + 1 if before else len(data), key, value)


def _apply_one(data: CommentedMap, op: Op, order: tuple[str, ...]) -> None:
    if isinstance(op, Set):
        _insert(data, op.key, _node(op.value), order)
    elif isinstance(op, Append):
        if data.get(op.key) is None:
            _insert(data, op.key, CommentedSeq(), order)
        data[op.key].append(_node(op.item))
    else:
        target = data
        for step in op.keypath:
            target = target[step]
        target[op.key] = _node(op.value)


def apply(text: str, ops: list[Op], order: tuple[str, ...] = WISH_ORDER) -> str:
    """The file's text with the operations applied, everything else left as it was.

    A self-claim alone is added by whole lines (:mod:`generator.ops.claim_lines`), as the claim
    check wants from a volunteer; a layout that edit cannot extend is edited by the round trip.
    """
    claim = _self_claim(ops)
    if claim:
        try:
            return append_claim("", text, claim["volunteer"], claim["date"].isoformat())
        except EditError:
            pass
    yaml = _yaml(text)
    data = yaml.load(text)
    for op in ops:
        _apply_one(data, op, order)
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def _self_claim(ops: list[Op]) -> dict | None:
    only = ops[0] if len(ops) == 1 else None
    if isinstance(only, Append) and only.key == "claims" and isinstance(only.item, dict):
        entry = {k: v for k, v in only.item.items() if v is not None}
        if set(entry) == {"volunteer", "date"} and isinstance(entry["date"], date):
            return entry
    return None


def render(
    data: dict, header: str = "", comments: dict[str, str] | None = None, quoted: frozenset[str] = frozenset()
) -> str:
    """A new record's text: block style at the top and for ``BLOCK_KEYS``, ``{...}`` elsewhere.

    ``comments`` puts a comment line above keys, named by dotted path (``beneficiary.alias``).
    ``quoted``: the text fields, by dotted path, written double-quoted whatever they hold (text
    typed into a form: a YAML reader can take it for nothing but a string).
    """
    comments = comments or {}
    root = _block(data, "", comments, 0, quoted)
    out = io.StringIO()
    _yaml("").dump(root, out)
    return "".join(f"# {line}\n" for line in header.splitlines()) + out.getvalue()


def _block(data: dict, prefix: str, comments: dict[str, str], indent: int, quoted: frozenset[str]) -> CommentedMap:
    node = CommentedMap()
    for key, value in data.items():
        if value is None:
            continue
        name = prefix + key
        nested = isinstance(value, dict) and name in BLOCK_KEYS
        if nested:
            node[key] = _block(value, name + ".", comments, indent + 2, quoted)
        elif name in quoted and isinstance(value, str):
            node[key] = DoubleQuotedScalarString(value)
        else:
            node[key] = _node(value)
        if name in comments:
            node.yaml_set_comment_before_after_key(key, before=comments[name], indent=indent)
    return node
