"""Never a crash: hostile values in every field of every record, hostile form bodies, events and
file names. Every command answers with problems (exit 1) or a result (exit 0); exit 2 is for
usage and setup errors only, and there is never a traceback.

Each example is small (the minimal program of tests/fixtures/mini, or the claim-flow program of
tests/claims_repo.py); ``max_examples`` keeps CI time modest. The site goes through the
render stage for every valid example and through the real MkDocs build for a few.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import traceback
from pathlib import Path

import pytest
from markupsafe import escape
from claims_repo import make_repo
from click.testing import CliRunner
from helpers import MINI, TODAY, MemorySource
from hostile import DELETE, field_paths, form_bodies, name_bytes, put_at, texts, to_yaml, values
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.output import problem_formats as reporters
from generator.cli import main
from generator.intake.forms import FORMS
from generator.model.loader import load
from generator.model.sources import FileSource
from generator.rules.runner import validate

ROOT = Path(__file__).parent.parent
RECORDS = {
    "program": ["data/program.yml"],
    "org": ["data/orgs/hill-village.yml", "data/orgs/city-wf.yml"],
    "volunteer": ["data/volunteers/teacher-lin.yml", "data/volunteers/youth-team.yml"],
    "wish": [f"data/wishes/hill-village/hill-2026-00{n}.yml" for n in (1, 2, 3)],
}
# CI runs a fixed set of examples; XINYUAN_FUZZ=N runs N fresh random ones per test (a hunt).
HUNT = int(os.environ.get("XINYUAN_FUZZ", "0"))
QUICK = settings(
    max_examples=HUNT or 30,
    deadline=None,
    derandomize=not HUNT,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)
DAY = TODAY.isoformat()


def data_of(path: str):
    doc, problems = load(path, (MINI / path).read_bytes())
    assert not problems
    return doc.data


@st.composite
def hostile_record(draw, kind: str):
    """(path, text): one record of ``kind`` with one field (or a few) set to a hostile value."""
    path = draw(st.sampled_from(RECORDS[kind]))
    data = data_of(path)
    for _ in range(draw(st.integers(1, 3))):
        field = draw(st.sampled_from(field_paths(kind, data)))
        data = put_at(data, field, draw(values))
    return path, to_yaml(data if data is not DELETE else {})


def no_crash(result, allowed=(0, 1)):
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError("".join(traceback.format_exception(result.exception)))
    assert result.exit_code in allowed, result.output
    return result


def invoke(*args, allowed=(0, 1)):
    return no_crash(CliRunner().invoke(main, [str(a) for a in args]), allowed)


def check_problems(problems):
    for fmt in reporters.FORMATS.values():
        fmt(problems).encode("utf-8")  # printable: no lone surrogates
    for p in problems:
        assert p.line >= 0 and p.column >= 0 and p.code and p.message


def reports_on(root: Path):
    """stats, remind and report on the data at ``root``, in every format."""
    for fmt in ("text", "markdown", "json"):
        invoke("stats", "--repo", root, "--today", DAY, "--format", fmt)
        invoke("remind", "--repo", root, "--today", DAY, "--format", fmt)
    for fmt in ("text", "csv", "markdown", "html"):
        invoke("report", "points", "--repo", root, "--today", DAY, "--year", "2026", "--format", fmt)
        invoke("report", "units", "--repo", root, "--today", DAY, "--half", "2026H2", "--format", fmt)


def render_site(repo):
    """The site's render stage (everything but MkDocs) on a valid repository."""
    from generator.site.docs import render_docs
    from generator.site.render import environment
    from generator.site.views import gather

    docs = render_docs(gather(repo.model, repo.today), environment(None))
    assert docs.pages > 0


def write_tree(root: Path, files: dict[str, bytes]):
    for path, content in files.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)


@pytest.mark.parametrize("kind", sorted(RECORDS))
@QUICK
@given(data=st.data())
def test_hostile_fields_never_crash_validate_stats_remind_report_or_render(kind, data):
    path, text = data.draw(hostile_record(kind))
    source = MemorySource.of(MINI).changed({path: text})
    repo, problems = validate(source, TODAY)
    check_problems(problems)
    if not problems:
        render_site(repo)
    with tempfile.TemporaryDirectory() as tmp:
        write_tree(Path(tmp), source.files)
        result = invoke("validate", tmp, "--today", DAY, "--format", "json")
        assert (result.exit_code == 0) == (not problems)
        reports_on(Path(tmp))


# Text fields that hostile text may well pass validation in: these go through the real build.
TEXT_FIELDS = [
    ("data/wishes/hill-village/hill-2026-002.yml", ("title",)),
    ("data/wishes/hill-village/hill-2026-002.yml", ("story",)),
    ("data/wishes/hill-village/hill-2026-002.yml", ("beneficiary", "place")),
    ("data/volunteers/youth-team.yml", ("name",)),
    ("data/orgs/hill-village.yml", ("name",)),
    ("data/program.yml", ("name",)),
]
BUILD_TEXTS = [
    "\u202e这是反转的标题",
    "名额²三位",
    "{{ 7*7 }}{% raw %}",
    "<script>alert(1)</script>",
    '=HYPERLINK("http://x","积分")',
    "`]]>&amp;---",
    "一" * 38,
]


def build_root(tmp: Path) -> Path:
    """The minimal program with the repository's mkdocs.yml, templates and generator beside it."""
    root = tmp / "repo"
    shutil.copytree(MINI / "data", root / "data")
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    for name in ("site_templates", "generator"):
        (root / name).symlink_to(ROOT / name)
    (root / ".xinyuan" / "docs").mkdir(parents=True)
    return root


@settings(
    max_examples=3,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    field=st.sampled_from(TEXT_FIELDS),
    text=st.one_of(st.sampled_from(BUILD_TEXTS), texts.filter(lambda t: t.strip() and "\n" not in t)),
)
@example(field=TEXT_FIELDS[0], text=BUILD_TEXTS[0])
@example(field=TEXT_FIELDS[1], text=BUILD_TEXTS[2])
@example(field=TEXT_FIELDS[3], text=BUILD_TEXTS[4])
def test_hostile_text_goes_through_the_real_build(tmp_path_factory, field, text):
    root = build_root(tmp_path_factory.mktemp("build"))
    path, keypath = field
    (root / path).write_text(to_yaml(put_at(data_of(path), keypath, text)), encoding="utf-8")
    valid = not validate(FileSource(root), TODAY)[1]
    out = root.parent / "site"
    result = invoke("build", root, "--out", out, "--today", DAY, "-q")
    assert result.exit_code == (0 if valid else 1), result.output
    assert (out / "index.html").exists() == valid
    if valid and keypath == ("title",):  # a wish's title is on its page, as text
        assert any(str(escape(text)) in page.read_text(encoding="utf-8") for page in out.rglob("*.html"))


@QUICK
@given(
    names=st.lists(name_bytes, min_size=1, max_size=3),
    folder=st.sampled_from([b"data/", b"data/wishes/hill-village/", b"data/orgs/", b"data/x/"]),
    content=st.one_of(st.binary(max_size=60), texts.map(lambda t: t.encode("utf-8", "replace"))),
)
def test_hostile_file_names_never_crash_validate_or_reports(names, folder, content):
    with tempfile.TemporaryDirectory() as tmp:
        write_tree(Path(tmp), MemorySource.of(MINI).files)
        write_tree(Path(tmp), {(folder + name).decode("utf-8", "surrogateescape"): content for name in names})
        invoke("validate", tmp, "--today", DAY, "--format", "json").stdout.encode("utf-8")
        invoke("validate", tmp, "--today", DAY, "--format", "text")
        invoke("stats", "--repo", tmp, "--today", DAY)
        invoke("remind", "--repo", tmp, "--today", DAY)


# check-pr: a pull request from a stranger (and from a maintainer) with hostile content or names.

WISH = "data/wishes/village-a/va-002.yml"


@pytest.fixture(scope="module")
def claims(tmp_path_factory):
    return make_repo(tmp_path_factory.mktemp("claims") / "repo")


def commit_pr(repo, files: dict[bytes, bytes]) -> str:
    """A commit on top of main with ``files`` written (by bytes path); main is left as it was."""
    repo.git("checkout", "-q", "-f", "-B", "pr", "main")
    for path, content in files.items():
        target = repo.root / path.decode("utf-8", "surrogateescape")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    head = repo.commit("pr")
    repo.git("checkout", "-q", "-f", "main")
    repo.git("clean", "-fdqx")
    return head


def check_pr(repo, head: str, author: str, tmp: Path):
    summary, comment = tmp / "summary.json", tmp / "comment.md"
    for fmt in ("text", "github", "json"):
        result = invoke(
            "check-pr",
            "--repo",
            repo.root,
            "--base",
            "main",
            "--head",
            head,
            "--author",
            author,
            "--today",
            "2026-05-01",
            "--format",
            fmt,
            "--summary-json",
            summary,
            "--comment",
            comment,
        )
        verdict = json.loads(summary.read_text(encoding="utf-8"))
        assert verdict["allowed"] == (result.exit_code == 0)
        assert comment.read_text(encoding="utf-8")


@QUICK
@given(data=st.data(), author=st.sampled_from(["vol-one-gh", "village-admin", "newcomer-gh", "city-admin"]))
def test_hostile_pull_requests_never_crash_check_pr(claims, tmp_path, data, author):
    doc, _ = load(WISH, (claims.root / WISH).read_bytes())
    wish = doc.data
    for _ in range(data.draw(st.integers(1, 2))):
        wish = put_at(wish, data.draw(st.sampled_from(field_paths("wish", wish))), data.draw(values))
    files = {WISH.encode(): to_yaml(wish if wish is not DELETE else {}).encode("utf-8")}
    for name in data.draw(st.lists(name_bytes, max_size=2)):
        folder = data.draw(st.sampled_from([b"", b"data/", b"data/wishes/village-a/", b"data/volunteers/"]))
        files[folder + name] = data.draw(st.binary(max_size=40))
    check_pr(claims, commit_pr(claims, files), author, tmp_path)


# intake: hostile form bodies, labels, authors and event shapes.


@pytest.fixture(scope="module")
def intake_repo(tmp_path_factory):
    return make_repo(tmp_path_factory.mktemp("intake") / "repo")


labels = st.lists(
    st.one_of(
        st.sampled_from(["claim", "new-wish", "bug", "", "CLAIM"]).map(lambda n: {"name": n}),
        st.sampled_from([None, 1, "claim", [], {"name": None}, {}]),
    ),
    max_size=3,
)
logins = st.one_of(
    st.sampled_from(
        ["vol-one-gh", "newcomer-gh", "Newcomer-GH", "null", "12345", "village-admin", "a" * 39, "a" * 40, "-x", "x--y"]
    ),
    texts,
)
events = st.fixed_dictionaries(
    {
        "number": st.one_of(st.integers(1, 10**6), st.sampled_from([0, -1, 10**30, 1.5, True, None, "7"])),
        "body": st.one_of(form_bodies(FORMS), texts, st.sampled_from([None, 5, [], {}])),
        "user": st.one_of(st.fixed_dictionaries({"login": logins}), st.sampled_from([None, "x", {}])),
        "labels": st.one_of(labels, st.sampled_from([None, "claim", {}])),
    }
)


@QUICK
@given(issue=events, shape=st.sampled_from(["issue", "no-issue", "list"]))
def test_hostile_issues_never_crash_intake(intake_repo, tmp_path, issue, shape):
    event = {"issue": issue} if shape == "issue" else [issue] if shape == "list" else {"action": "opened"}
    path, reply = tmp_path / "event.json", tmp_path / "reply.md"
    path.write_text(json.dumps(event), encoding="utf-8")  # ASCII: lone surrogates as \\udXXX
    try:
        result = invoke(
            "intake",
            "--event",
            path,
            "--repo",
            intake_repo.root,
            "--reply",
            reply,
            "--output",
            tmp_path / "out.json",
            "--today",
            "2026-05-01",
        )
        assert reply.read_text(encoding="utf-8")
        out = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
        assert out["ok"] == (result.exit_code == 0)
    finally:
        intake_repo.git("checkout", "-q", "-f", "main")
        intake_repo.git("clean", "-fdqx")


# The editing commands: hostile arguments, on the minimal program or on one with a hostile
# record. A bad argument may be a usage error (exit 2); a traceback never.

EDITS = [
    ("claim", 2, ["--on", DAY]),
    ("dispatch", 2, ["--by", "{text}"]),
    ("escalate", 1, ["--note", "{text}"]),
    ("fulfil", 1, ["--note", "{text}"]),
    ("withdraw", 1, ["--reason", "{text}"]),
    ("vet", 1, ["--by", "{text}"]),
    ("publish", 1, []),
    ("release", 2, ["--voluntary"]),
    ("extend", 1, ["--to", "2027-01-31", "--reason", "{text}"]),
]
ids = st.one_of(
    st.sampled_from(
        [
            "hill-2026-001",
            "hill-2026-002",
            "hill-2026-003",
            "teacher-lin",
            "youth-team",
            "teacher-lin-gh",
            "hill-village",
        ]
    ),
    texts,
)


@QUICK
@given(
    edit=st.sampled_from(EDITS),
    args=st.lists(ids, min_size=2, max_size=2),
    text=texts,
    record=st.one_of(st.none(), st.sampled_from(["wish", "volunteer", "org"]).flatmap(hostile_record)),
)
def test_hostile_arguments_never_crash_the_editing_commands(edit, args, text, record):
    command, positional, options = edit
    with tempfile.TemporaryDirectory() as tmp:
        files = MemorySource.of(MINI).changed(dict([record]) if record else {}).files
        write_tree(Path(tmp), files)
        options = [o.replace("{text}", text) for o in options]
        invoke(command, *args[:positional], *options, "--repo", tmp, "--today", DAY, allowed=(0, 1, 2))
