"""The schemas' enumerations and required fields, read from the schemas themselves.

Commands, intake, statistics and the site take the allowed values (an organisation's levels, a
volunteer's kinds, who may consent, how claims are approved) and the fields a new record needs
from here, never from a copy: a program that edits its schema changes them everywhere. The one
thing added here is the Chinese word for each value; an :class:`Enumeration` refuses to be made
when its words and the schema's values differ, so the two cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from generator.model.schema import schema_of


def _node(kind: str, keypath: tuple[str, ...]) -> dict:
    """The schema of a field, by dotted path; ``[]`` steps into a list's items."""
    node = schema_of(kind)
    for key in keypath:
        node = node["items"] if key == "[]" else node["properties"][key]
    return node


@dataclass(frozen=True)
class Enumeration:
    """An ``enum`` of a schema, in the schema's order, with the Chinese word for each value."""

    kind: str
    field: str                 # dotted path, ``[]`` for a list's items: ``categories.[].kind``
    names: dict[str, str]

    def __post_init__(self):
        if tuple(self.names) != self.values:
            raise ValueError(f"{self.kind}.schema.json {self.field}: enum {list(self.values)} "
                             f"but Chinese names for {list(self.names)}")

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(_node(self.kind, tuple(self.field.split(".")))["enum"])

    def by_name(self) -> dict[str, str]:
        """Chinese word -> value (what a form's dropdown sends)."""
        return {name: value for value, name in self.names.items()}

    def described(self, separator: str = "、") -> str:
        """``province 省、city 市…``: the values with their words, for help texts."""
        return separator.join(f"{value} {name}" for value, name in self.names.items())


LEVELS = Enumeration("org", "level", {
    "province": "省", "city": "市", "county": "县", "township": "乡镇（街道）", "village": "村",
    "community": "社区", "unit": "单位"})
CLAIM_APPROVAL = Enumeration("org", "claim_approval", {"auto": "自动合并认领", "review": "由管理员审核"})
VOLUNTEER_KINDS = Enumeration("volunteer", "kind", {"person": "个人", "team": "团队", "unit": "单位"})
CONSENTERS = Enumeration("wish", "consent.by", {"self": "本人", "guardian": "监护人"})
PAIR_CONSENTERS = Enumeration("pair", "consent.by", CONSENTERS.names)
CATEGORY_KINDS = Enumeration("program", "categories.[].kind", {"material": "物质", "service": "服务"})


def tier_name(level: str) -> str:
    """The name of a tier in figures: ``县级``, ``乡镇（街道）级``; units are a tier of their own."""
    name = LEVELS.names.get(level, level)
    return name if level == "unit" else f"{name}级"


def _required(node: dict, prefix: str, also: tuple[str, ...]) -> Iterator[str]:
    """Dotted names of the required fields under ``node``, in the order of its properties.

    A wish's text fields are required unless the wish was erased (the schema's ``if``/``else``):
    a new record is never erased, so the ``else`` branch counts. ``also``: optional objects a new
    record fills in all the same (a wish's ``consent``), whose own required fields count.
    """
    branch = node.get("else", {})
    required = set(node.get("required", ())) | set(branch.get("required", ()))
    for key, child in node.get("properties", {}).items():
        name = prefix + key
        if key not in required and name not in also:
            continue
        inner = dict(child, **{"else": branch.get("properties", {}).get(key, {})})
        if inner.get("type") == "object" and "properties" in inner:
            yield from _required(inner, name + ".", also)
        else:
            yield name


def required(kind: str, given: tuple[str, ...] = (), also: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The fields a person must fill in for a new record of ``kind``: the schema's required
    fields (nested ones by dotted name), less those the tool sets itself (``given``)."""
    return tuple(name for name in _required(schema_of(kind), "", also) if name not in given)
