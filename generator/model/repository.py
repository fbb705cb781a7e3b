"""Load a data repository: find every file, load it strictly, check it against its schema,
and build the typed model from the documents that pass.

Problems found on the way are kept, not raised: a validation run reports all of them at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from collections.abc import Callable
from typing import Any

from generator.model import clock
from generator.model import schema
from generator.model import taxonomy
from generator.model.codes import Code
from generator.model.loader import Document, load
from generator.model.records import Model, Org, Program, Volunteer, Wish
from generator.model.pairs import Pair
from generator.photos.files import is_photo_path
from generator.model.problems import Problem, SetupError
from generator.model.sources import NotAFile, Source

PROGRAM_PATH = "data/program.yml"
# Files that may sit anywhere under data/ without being records.
IGNORED_NAMES = frozenset({"README.md", ".gitkeep"})

_LAYOUT = [
    ("program", re.compile(r"data/program\.yml")),
    ("org", re.compile(r"data/orgs/(?P<stem>[^/]+)\.yml")),
    ("volunteer", re.compile(r"data/volunteers/(?P<stem>[^/]+)\.yml")),
    ("wish", re.compile(r"data/wishes/(?P<folder>[^/]+)/(?:(?P<year>[0-9]{4})/)?(?P<stem>[^/]+)\.yml")),
    ("pair", re.compile(r"data/pairs/(?P<folder>[^/]+)/(?P<stem>[^/]+)\.yml")),
]


def kind_of(path: str) -> str | None:
    """The record kind a repository path holds ('program', 'org', 'volunteer', 'wish', 'pair'), or None."""
    return next((kind for kind, pattern in _LAYOUT if pattern.fullmatch(path)), None)


def path_parts(path: str) -> dict:
    """The parts of a record's path: ``stem``, and for wishes ``folder`` and ``year``."""
    for _, pattern in _LAYOUT:
        match = pattern.fullmatch(path)
        if match:
            return match.groupdict()
    return {}


@dataclass
class Derived:
    """Values several rules compute from the same documents, kept by name so that each is
    computed once per repository, by the module that owns it."""

    privacy_targets: list | None = None  # generator.rules.privacy.targets
    privacy_found: dict | None = None  # generator.rules.privacy._found
    photo_entries: list | None = None  # generator.rules.privacy._photos.entries


@dataclass
class Repository:
    """Every loaded document, the problems met while loading, and the model of the valid ones."""

    docs: dict[str, Document]  # path -> document (all that parsed)
    kinds: dict[str, str]  # path -> record kind
    stray: list[str]  # files under data/ that are not records
    problems: list[Problem]  # loading and schema problems
    model: Model
    today: date = field(default_factory=clock.today)
    # Ids (file stems) of records that failed to load or to pass the schema: their problems are
    # reported once, not again as "unknown id" wherever they are named.
    broken: set[str] = field(default_factory=set)
    # What several rules derive from the same documents, computed once.
    derived: Derived = field(default_factory=Derived, repr=False)
    # Where the photo rules keep face-check results (a FaceCache; set by validate, which saves it
    # to the data folder; None: the rules make one in memory).
    face_cache: Any = field(default=None, repr=False)
    # Files under data/photos/ (checked by the photo rules, P640-P647, never loaded as records)
    # and how to read their bytes.
    photos: list[str] = field(default_factory=list)
    read: Callable[[str], bytes] | None = field(default=None, repr=False)

    @cached_property
    def invalid_paths(self) -> frozenset[str]:
        """The files with a loading or schema problem."""
        return frozenset(p.path for p in self.problems)


def load_repository(source: Source, today: date | None = None) -> Repository:
    paths = list(source.paths())
    if not paths:
        raise SetupError("没有找到 data/ 目录或其中没有文件：请在数据仓库的根目录运行")
    docs, kinds, stray, problems, photos = {}, {}, [], [], []
    valid: dict[str, list[Document]] = {}
    for path in paths:
        if is_photo_path(path):
            photos.append(path)
            continue
        kind = kind_of(path)
        if kind is None:
            if path.rsplit("/", 1)[-1] not in IGNORED_NAMES:
                stray.append(path)
            continue
        kinds[path] = kind
        try:
            raw = source.read(path)
        except NotAFile as exc:
            problems.append(Problem(path, 1, 1, Code.Y120, f"这个记录文件{exc}，没有读取", "换成普通的 YAML 文件"))
            continue
        doc, load_problems = load(path, raw)
        problems.extend(load_problems)
        if doc is None:
            continue
        docs[path] = doc
        schema_problems = schema.check(doc, kind)
        problems.extend(schema_problems)
        if not schema_problems:
            valid.setdefault(kind, []).append(doc)
    loaded = {doc.path for docs_of_kind in valid.values() for doc in docs_of_kind}
    broken = {path_parts(path)["stem"] for path in kinds if path not in loaded and kinds[path] != "program"}
    model = build_model(valid)
    if model.program and len(loaded) < len(docs):
        problems = _name_hints(
            problems, [d for p, d in docs.items() if p not in loaded and kinds[p] == "wish"], model.program
        )
    return Repository(
        docs, kinds, stray, problems, model, today or clock.today(), broken, photos=photos, read=source.read
    )


def _name_hints(problems: list[Problem], wishes: list[Document], program) -> list[Problem]:
    """A schema problem about a name written where a taxonomy id belongs (``category: 添一物``)
    gets the id to write as its hint: the schema alone cannot know the program's ids."""
    hints = {}
    for doc in wishes:
        for keypath in taxonomy.WISH_FIELDS:
            value = doc.data
            for key in keypath:
                value = value.get(key) if isinstance(value, dict) else None
            hint = taxonomy.id_hint(program, keypath, value) if isinstance(value, (str, int)) else None
            if hint:
                where = doc.locate(keypath)
                hints[doc.path, where.line, where.column] = hint
    return [
        replace(p, hint=hints[p.path, p.line, p.column])
        if p.code in (Code.S203, Code.S204) and (p.path, p.line, p.column) in hints
        else p
        for p in problems
    ]


def build_model(valid: dict[str, list[Document]]) -> Model:
    programs = valid.get("program", [])
    program = Program.from_doc(programs[0]) if programs else None

    # Later duplicates of an id are reported by the identity checks; the first one wins here.
    def by_id(records):
        table: dict[str, object] = {}
        for record in records:
            table.setdefault(record.id, record)
        return table

    return Model(
        program=program,
        orgs=by_id(Org.from_doc(d) for d in valid.get("org", [])),
        volunteers=by_id(Volunteer.from_doc(d) for d in valid.get("volunteer", [])),
        wishes=by_id(Wish.from_doc(d, program) for d in valid.get("wish", [])),
        pairs=by_id(Pair.from_doc(d) for d in valid.get("pair", [])),
    )
