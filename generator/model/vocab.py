"""The schemas' enumerations and required fields, read from the schemas themselves.

Commands, intake, statistics and the site take the allowed values (an organisation's levels, a
volunteer's kinds, who may consent, how claims are approved) and the fields a new record needs
from here, never from a copy: a program that edits its schema changes them everywhere. The one
thing added here is the Chinese word for each value; an :class:`Enumeration` refuses to be made
when its words and the schema's values differ, so the two cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeVar
from collections.abc import Iterator

from generator.model.schema import schema_of

T = TypeVar("T")
# Every table made here from a schema; tests/test_one_source.py finds any other.
_MADE: list = []


def _kept(table: T) -> T:
    _MADE.append(table)
    return table


def made_here(table) -> bool:
    """Is ``table`` one of the values, names or tables this module made from a schema?"""
    return any(table is made for made in _MADE)


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
    path: str  # dotted, ``[]`` for a list's items: ``categories.[].kind``
    names: dict[str, str]
    values: tuple[str, ...] = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "values", _kept(tuple(_node(self.kind, tuple(self.path.split(".")))["enum"])))
        self.keyed(self.names, "Chinese names")
        if tuple(self.names) != self.values:
            raise ValueError(f"{self.kind}.schema.json {self.path}: the Chinese names are not in the enum's order")

    def keyed(self, table: dict[str, T], what: str = "a table") -> dict[str, T]:
        """``table`` (something for each value: words that mean it, a rank), checked to have
        exactly the schema's values as keys, so a value added to the schema is not forgotten."""
        if set(table) != set(self.values):
            raise ValueError(
                f"{self.kind}.schema.json {self.path}: enum {list(self.values)} but {what} for {list(table)}"
            )
        return _kept(table)

    def ordered(self, order: tuple[str, ...]) -> tuple[str, ...]:
        """The values in another order (``order``), checked to hold every value once."""
        if sorted(order) != sorted(self.values):
            raise ValueError(
                f"{self.kind}.schema.json {self.path}: enum {list(self.values)} but an order of {list(order)}"
            )
        return _kept(order)

    def by_name(self) -> dict[str, str]:
        """Chinese word -> value (what a form's dropdown sends)."""
        return {name: value for value, name in self.names.items()}

    def described(self, separator: str = "、") -> str:
        """``province 省、city 市…``: the values with their words, for help texts."""
        return separator.join(f"{value} {name}" for value, name in self.names.items())


LEVELS = Enumeration(
    "org",
    "level",
    {
        "province": "省",
        "city": "市",
        "county": "县",
        "township": "乡镇（街道）",
        "village": "村",
        "community": "社区",
        "unit": "单位",
    },
)
CLAIM_APPROVAL = Enumeration("org", "claim_approval", {"auto": "自动合并认领", "review": "由管理员审核"})
VOLUNTEER_KINDS = Enumeration("volunteer", "kind", {"person": "个人", "team": "团队", "unit": "单位"})
CONSENTERS = Enumeration("wish", "consent.by", {"self": "本人", "guardian": "监护人"})
PAIR_CONSENTERS = Enumeration("pair", "consent.by", CONSENTERS.names)
CATEGORY_KINDS = Enumeration("program", "categories.[].kind", {"material": "物质", "service": "服务"})
POINTS_SHARED = Enumeration("program", "points.shared", {"full": "每人全额", "split": "平分"})
PER_CHILD = Enumeration("program", "pairing.per_child", {"one": "一对一", "many": "多对一"})
FORGES = Enumeration("program", "forge.kind", {"github": "GitHub", "forgejo": "Forgejo", "gitea": "Gitea"})
# The name of a tier in figures (县级, 乡镇（街道）级); units are a tier of their own.
TIER_NAMES = LEVELS.keyed(
    {level: name if level == "unit" else f"{name}级" for level, name in LEVELS.names.items()}, "tier names"
)


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
    return _kept(tuple(name for name in _required(schema_of(kind), "", also) if name not in given))
