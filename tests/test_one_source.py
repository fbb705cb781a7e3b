"""One source, one writer (issue 12).

- Every enumeration of the schemas has one accessor (generator/model/vocab.py), and no module of
  the package holds a copy of it, or of a required-field list: every table keyed by, or listing,
  a schema's values was made by vocab from the schema.
- Every record change that a command or the intake makes reaches the disk through
  generator.ops.changeset (validated in memory first); no other code writes a record file.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import types
from pathlib import Path

import click
import pytest
from claims_repo import make_repo
from click.testing import CliRunner
from ops_helpers import git, sample_repo, xinyuan
from test_import_ops import GOOD, workbook
from test_pair_import import GOOD as GOOD_PAIRS, HEADERS as PAIR_HEADERS

import generator
from generator.cli import main
from generator.model import vocab
from generator.model.schema import KINDS, schema_of
from generator.ops import changeset, new_records, wish_import

ROOT = Path(__file__).resolve().parent.parent


def schema_enums() -> dict[tuple[str, str], tuple]:
    """(kind, dotted path) -> the enum's values, for every enum in every schema."""
    found = {}

    def walk(node, kind, path):
        if isinstance(node, dict):
            if "enum" in node and path:
                found[kind, ".".join(path)] = tuple(node["enum"])
            for key, child in node.get("properties", {}).items():
                walk(child, kind, path + [key])
            if isinstance(node.get("items"), dict):
                walk(node["items"], kind, path + ["[]"])

    for kind in KINDS:
        walk(schema_of(kind), kind, [])
    return found


ENUMERATIONS = [v for v in vars(vocab).values() if isinstance(v, vocab.Enumeration)]


def test_every_schema_enum_has_its_accessor_with_the_schemas_values():
    by_place = {(e.kind, e.path): e for e in ENUMERATIONS}
    assert set(by_place) == set(schema_enums())
    for place, values in schema_enums().items():
        assert by_place[place].values == values
        assert tuple(by_place[place].names) == values


def test_an_accessor_refuses_words_for_values_the_schema_does_not_have():
    with pytest.raises(ValueError, match="enum"):
        vocab.Enumeration("org", "level", {"province": "省", "galaxy": "星系"})
    with pytest.raises(ValueError, match="enum"):
        vocab.LEVELS.keyed({"province": 0})


def test_required_fields_come_from_the_schemas():
    assert new_records.WISH_REQUIRED == (
        "title",
        "story",
        "category",
        "beneficiary.alias",
        "beneficiary.group",
        "beneficiary.age_band",
        "beneficiary.place",
        "consent.by",
    )
    assert wish_import.REQUIRED is new_records.WISH_REQUIRED  # the import and `new` share one list
    schema = json.loads((ROOT / "schemas/org.schema.json").read_text(encoding="utf-8"))
    assert set(new_records.ORG_REQUIRED) == set(schema["required"]) - {"id", "claim_approval"}


def _strings(value) -> frozenset | None:
    """The strings a constant lists (a dict's keys), when it is a table of strings."""
    if isinstance(value, dict):
        value = list(value)
    if isinstance(value, (tuple, list, set, frozenset)) and len(value) > 1 and all(isinstance(v, str) for v in value):
        return frozenset(value)
    return None


def copies(modules) -> list[str]:
    """Module constants listing exactly a schema enum's values or a required-field list, that
    vocab did not make."""
    known = {frozenset(values) for values in schema_enums().values()}
    known |= {_strings(t) for t in vocab._MADE if _strings(t)}
    found = []
    for module in modules:
        for name, value in vars(module).items():
            strings = _strings(value)
            if strings in known and not vocab.made_here(value):
                found.append(f"{module.__name__}.{name}")
    return found


def package_modules():
    for info in pkgutil.walk_packages(generator.__path__, "generator."):
        yield importlib.import_module(info.name)


def test_no_module_holds_a_copy_of_an_enumeration_or_a_required_list():
    assert copies(package_modules()) == []


def test_a_copy_would_be_found():
    fake = types.ModuleType("fake")
    fake.LEVELS = ("province", "city", "county", "township", "village", "community", "unit")
    fake.REQUIRED = (
        "title",
        "story",
        "category",
        "beneficiary.alias",
        "beneficiary.group",
        "beneficiary.age_band",
        "beneficiary.place",
        "consent.by",
    )
    fake.FROM_VOCAB = vocab.LEVELS.values
    assert copies([fake]) == ["fake.LEVELS", "fake.REQUIRED"]


def _choices(command: click.Command, prefix: str = ""):
    if isinstance(command, click.Group):  # commands are loaded lazily: ask for each by name
        context = click.Context(command)
        for name in command.list_commands(context):
            yield from _choices(command.get_command(context, name), f"{prefix} {name}")
        return
    for param in command.params:
        if isinstance(param.type, click.Choice):
            yield f"{prefix.strip()} {param.name}", param.type.choices


def test_command_line_choices_of_schema_values_come_from_vocab():
    enums = {frozenset(values) for values in schema_enums().values()}
    offered = [(where, choices) for where, choices in _choices(main) if frozenset(choices) in enums]
    assert len(offered) >= 6  # new wish/volunteer/org, consent, pair, import-pairs
    assert [where for where, choices in offered if not vocab.made_here(choices)] == []


# --- one writer -------------------------------------------------------------------------------


class Spy:
    """Records what changeset validated and what it wrote."""

    def __init__(self, monkeypatch):
        self.checked, self.written = [], []
        check, write = changeset.check, changeset.write

        def spy_check(*args, **kwargs):
            self.checked.append(check(*args, **kwargs))
            return self.checked[-1]

        def spy_write(root, checked):
            assert any(checked is c for c in self.checked), "written without changeset.check"
            self.written += list(checked.changes)
            return write(root, checked)

        monkeypatch.setattr(changeset, "check", spy_check)
        monkeypatch.setattr(changeset, "write", spy_write)


def changed(root: Path) -> set[str]:
    return {line[3:] for line in git(root, "status", "--porcelain", "-uall").splitlines()}


def sheet_of(tmp_path, rows, headers=None):
    return workbook(tmp_path / "sheet.xlsx", rows, *([headers] if headers else []))


COMMANDS = {
    "new wish": lambda tmp: ["new", "wish", "--org", "majiayi-village", "--title", "一个书包"],
    "new wish, complete": lambda tmp: [
        "new",
        "wish",
        "--org",
        "majiayi-village",
        "--title",
        "一个新书包",
        "--category",
        "助一学",
        "--alias",
        "小海",
        "--group",
        "留守儿童",
        "--age-band",
        "8",
        "--place",
        "云岭县石门镇",
        "--story",
        "书包背带断了，想要一个结实的新书包。",
        "--consent",
        "guardian",
    ],
    "new volunteer": lambda tmp: ["new", "volunteer", "wang-ayi", "--name", "王阿姨"],
    "new org": lambda tmp: [
        "new",
        "org",
        "hehua-village",
        "--name",
        "荷花村妇联",
        "--level",
        "village",
        "--parent",
        "shimen-town",
        "--place",
        "云岭县石门镇",
        "--maintainer",
        "hehua-fl",
    ],
    "claim": lambda tmp: ["claim", "yangguang-2026-014", "zhao-ayi", "--on", "2026-11-22"],
    "escalate": lambda tmp: ["escalate", "majiayi-2026-016", "--note", "村里暂无认领人"],
    "import": lambda tmp: ["import", sheet_of(tmp, GOOD), "--org", "majiayi-village"],
    "import-pairs": lambda tmp: ["import-pairs", sheet_of(tmp, GOOD_PAIRS, PAIR_HEADERS), "--consent", "guardian"],
}


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_writes_records_only_through_changeset(tmp_path, monkeypatch, name):
    repo = sample_repo(tmp_path)
    spy = Spy(monkeypatch)
    result = xinyuan(repo, *COMMANDS[name](tmp_path))
    assert result.exit_code == 0, result.output
    assert spy.written, "nothing went through changeset"
    assert changed(repo) - {".github/CODEOWNERS"} == set(spy.written)


@pytest.mark.parametrize(
    "fixture, author",
    [("claim-first-time.md", "Newcomer-GH"), ("claim-returning.md", "vol-one-gh"), ("wish-valid.md", "worker-gh")],
)
def test_intake_writes_only_through_changeset(tmp_path, monkeypatch, fixture, author):
    repo = make_repo(tmp_path / "repo")
    spy = Spy(monkeypatch)
    body = (ROOT / "tests/fixtures/intake" / fixture).read_text(encoding="utf-8")
    event = tmp_path / "event.json"
    label = "new-wish" if fixture.startswith("wish") else "claim"
    event.write_text(
        json.dumps({"issue": {"number": 7, "body": body, "user": {"login": author}, "labels": [{"name": label}]}}),
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        main, ["intake", "--event", str(event), "--repo", str(repo.root), "--today", "2026-05-01"]
    )
    assert result.exit_code == 0, result.output
    assert spy.written and changed(repo.root) == set(spy.written)


def test_a_change_with_problems_or_for_another_folder_cannot_be_written(tmp_path):
    repo = sample_repo(tmp_path)
    other = sample_repo(tmp_path / "other")
    from datetime import date
    from generator.model.sources import FileSource

    bad = changeset.check(FileSource(repo), {"data/volunteers/x.yml": "id: y\n"}, date(2026, 11, 23))
    assert not bad.ok
    with pytest.raises(ValueError):
        changeset.write(repo, bad)
    good = changeset.check(FileSource(repo), {}, date(2026, 11, 23))
    with pytest.raises(ValueError):
        changeset.write(other, good)
    assert changed(repo) == set() and changed(other) == set()
