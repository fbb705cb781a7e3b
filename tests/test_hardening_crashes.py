"""Inputs that once crashed a command: each now gets a positioned problem or a clear reply.

Written as an outsider would try them, in a real git repository (tests/claims_repo.py), through
the command line: exit 1 with the problem named, never a traceback, never exit 2 (usage only).
"""

from __future__ import annotations


import json

import pytest
from helpers import wish_form
from claims_repo import branch, make_repo, put, replace
from click.testing import CliRunner

from generator.cli import main

WISH = "data/wishes/village-a/va-002.yml"
TODAY = "2026-05-01"


@pytest.fixture()
def repo(tmp_path):
    return make_repo(tmp_path / "repo")


def invoke(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), "".join(
        __import__("traceback").format_exception(result.exception)
    )
    return result


def slots_line(repo) -> int:
    return repo.read(WISH).splitlines().index("slots: 3.0") + 1


# slots: 3.0 -- JSON Schema counts 3.0 as an integer; the rules then sliced a list with it.


def test_validate_reports_a_decimal_slots_at_its_line(repo):
    replace(WISH, "slots: 1\n", "slots: 3.0\n")(repo)
    result = invoke("validate", str(repo.root), "--today", TODAY, "--format", "json")
    assert result.exit_code == 1
    problems = json.loads(result.stdout)
    assert [(p["path"], p["line"], p["code"]) for p in problems] == [(WISH, slots_line(repo), "S203")]
    assert "整数" in problems[0]["message"] and "3.0" in problems[0]["message"]
    assert "写成 3" in problems[0]["hint"]


def test_build_refuses_a_decimal_slots(repo, tmp_path):
    replace(WISH, "slots: 1\n", "slots: 3.0\n")(repo)
    result = invoke("build", str(repo.root), "--out", str(tmp_path / "site"), "--today", TODAY, "-q")
    assert result.exit_code == 1
    assert f"{WISH}:{slots_line(repo)}:" in result.stdout and "S203" in result.stdout
    assert not (tmp_path / "site").exists()


@pytest.mark.parametrize("command", [["stats"], ["remind"], ["report", "points"]])
def test_reports_on_a_decimal_slots_do_not_crash(repo, command):
    replace(WISH, "slots: 1\n", "slots: 3.0\n")(repo)
    result = invoke(*command, "--repo", str(repo.root), "--today", TODAY)
    assert result.exit_code in (0, 1), result.output


def test_check_pr_refuses_a_decimal_slots(repo, tmp_path):
    head = branch(repo, "decimal", [replace(WISH, "slots: 1\n", "slots: 3.0\n")])
    summary, comment = tmp_path / "summary.json", tmp_path / "comment.md"
    result = invoke(
        "check-pr",
        "--repo",
        str(repo.root),
        "--base",
        "main",
        "--head",
        head,
        "--author",
        "village-admin",
        "--today",
        TODAY,
        "--format",
        "text",
        "--summary-json",
        str(summary),
        "--comment",
        str(comment),
    )
    assert result.exit_code == 1
    assert f"{WISH}:11:8: S203 " in result.stdout
    assert json.loads(summary.read_text(encoding="utf-8"))["allowed"] is False
    assert "S203" in comment.read_text(encoding="utf-8")


# A superscript digit in the wish form's 名额: str.isdigit() says yes, int() says no.

WISH_FORM = wish_form(slots="{slots}")  # str.format fills the braces


def intake(repo, tmp_path, body: str, labels=("new-wish",), author="worker-gh"):
    event = tmp_path / "event.json"
    event.write_text(
        json.dumps(
            {
                "action": "opened",
                "issue": {
                    "number": 9,
                    "body": body,
                    "user": {"login": author},
                    "labels": [{"name": n} for n in labels],
                },
            }
        ),
        encoding="utf-8",
    )
    reply = tmp_path / "reply.md"
    result = invoke("intake", "--event", str(event), "--repo", str(repo.root), "--reply", str(reply), "--today", TODAY)
    return result, reply.read_text(encoding="utf-8") if reply.exists() else ""


@pytest.mark.parametrize("slots", ["²", "３", "٣", "1²", "𝟐", "1" * 5000, "-1", "0", "101", "1.0"])
def test_odd_digits_in_the_slots_field_get_a_reply(repo, tmp_path, slots):
    result, reply = intake(repo, tmp_path, WISH_FORM.format(slots=slots))
    assert result.exit_code == 1, result.output
    assert "“名额”要写 1 到 100 之间的数字" in reply
    assert repo.git("status", "--porcelain") == ""


def test_plain_digits_in_the_slots_field_still_work(repo, tmp_path):
    result, reply = intake(repo, tmp_path, WISH_FORM.format(slots="2"))
    assert result.exit_code == 0, reply


# A file name that is not UTF-8 in a pull request: git gives bytes, the reports want text.


@pytest.mark.parametrize("name", [b"data/\xff\xfe.yml", b"notes-\xe4.txt", b"data/wishes/village-a/\xc3(.yml"])
def test_check_pr_reports_a_file_name_that_is_not_utf8(repo, tmp_path, name):
    (repo.root / name.decode("utf-8", "surrogateescape")).parent.mkdir(parents=True, exist_ok=True)
    (repo.root / name.decode("utf-8", "surrogateescape")).write_bytes(b"id: x\n")
    head = repo.commit("odd name")
    repo.git("reset", "-q", "--hard", "HEAD~1")
    summary, comment = tmp_path / "summary.json", tmp_path / "comment.md"
    result = invoke(
        "check-pr",
        "--repo",
        str(repo.root),
        "--base",
        "main",
        "--head",
        head,
        "--author",
        "vol-one-gh",
        "--today",
        TODAY,
        "--format",
        "text",
        "--summary-json",
        str(summary),
        "--comment",
        str(comment),
    )
    assert result.exit_code == 1
    shown = name.decode("utf-8", "backslashreplace")
    assert shown in result.stdout
    refusals = json.loads(summary.read_text(encoding="utf-8"))["refusals"]
    assert shown in {r["path"] for r in refusals} and "C730" in {r["code"] for r in refusals}
    assert shown in comment.read_text(encoding="utf-8")


def test_a_file_name_with_a_line_break_cannot_forge_a_report_line(repo, tmp_path):
    name = "data/a\nva-001.yml:1:1: C000 forged"
    head = branch(repo, "newline", [put(name, "id: x\n")])
    result = invoke(
        "check-pr",
        "--repo",
        str(repo.root),
        "--base",
        "main",
        "--head",
        head,
        "--author",
        "vol-one-gh",
        "--today",
        TODAY,
        "--format",
        "text",
    )
    assert result.exit_code == 1
    assert all(not line.startswith("va-001.yml") for line in result.stdout.splitlines())
    assert "data/a\\x0ava-001.yml:1:1: C000 forged:1:1: C730 " in result.stdout


def test_validate_reports_a_file_name_that_is_not_utf8(repo):
    bad = repo.root / b"data/wishes/village-a/\xff.yml".decode("utf-8", "surrogateescape")
    bad.write_bytes(b"id: x\n")
    result = invoke("validate", str(repo.root), "--today", TODAY, "--format", "json")
    assert result.exit_code == 1
    assert "data/wishes/village-a/\\xff.yml" in {p["path"] for p in json.loads(result.stdout)}


# A lone surrogate: JSON can escape one (\\udc80), UTF-8 cannot hold it, so no reply could.


def test_a_lone_surrogate_in_a_form_gets_a_reply(repo, tmp_path):
    body = WISH_FORM.format(slots="1").replace("刘奶奶", "刘\udc80")
    result, reply = intake(repo, tmp_path, body)
    assert result.exit_code == 1 and "没有可读的议题" in reply
    assert repo.git("status", "--porcelain") == ""


# Problems quote the data (unknown keys, values): a line break in a key must not forge a line of
# the text report (which the deploy workflow posts inside a code fence of the invalid-main issue).


def test_a_line_break_in_a_key_cannot_forge_a_report_line(repo):
    forged = "x\\n```\\n@everyone 点这里\\ndata/orgs/city-wf.yml:1:1: C000 伪造"
    replace(WISH, "slots: 1\n", f'slots: 1\n"{forged}": 1\n')(repo)
    result = invoke("validate", str(repo.root), "--today", TODAY, "--format", "text")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith(f"{WISH}:") for line in lines), lines
    assert "S202" in result.stdout and "\\x0a" in result.stdout


# A pull request whose record fails its schema (claims: 1) reached the policy, which read the
# fields by their schema's types.


@pytest.mark.parametrize(
    "edit", [("claims:\n", "claims: 1\nx:\n"), ("slots: 2\n", "slots: [2]\n"), ("claims:\n", "claims: {a: 1}\nx:\n")]
)
def test_check_pr_refuses_a_record_of_the_wrong_shape(repo, tmp_path, edit):
    path = "data/wishes/village-a/va-001.yml"
    head = branch(repo, "shape", [replace(path, *edit)])
    result = invoke(
        "check-pr",
        "--repo",
        str(repo.root),
        "--base",
        "main",
        "--head",
        head,
        "--author",
        "vol-one-gh",
        "--today",
        TODAY,
        "--format",
        "text",
    )
    assert result.exit_code == 1
    assert f"{path}:" in result.stdout and ("S203" in result.stdout or "S202" in result.stdout)


# Dates at the calendar's ends: a time limit added to published: 9999-12-31 overflowed.


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01", "2100-01-01", "1899-12-31"])
def test_a_date_far_from_today_is_a_problem_not_an_overflow(repo, published):
    path = "data/wishes/village-a/va-002.yml"
    replace(path, "deadline: 2026-06-30\n", "")(repo)
    replace(path, "published: 2026-04-01", f"published: {published}")(repo)
    result = invoke("validate", str(repo.root), "--today", TODAY, "--format", "json")
    assert result.exit_code == 1
    [problem] = [p for p in json.loads(result.stdout) if p["path"] == path]
    assert problem["code"] == "S204" and "1900 到 2099" in problem["hint"]
    for command in (["stats"], ["remind"], ["report", "points"]):
        assert invoke(*command, "--repo", str(repo.root), "--today", TODAY).exit_code in (0, 1)


@pytest.mark.parametrize(
    "args",
    [
        ["remind", "--today", "9999-12-31"],
        ["stats", "--today", "0001-01-01"],
        ["report", "points", "--year", "99999"],
        ["report", "points", "--year", "-5"],
    ],
)
def test_a_year_out_of_range_on_the_command_line_is_a_usage_error(repo, args):
    result = invoke(*args, "--repo", str(repo.root))
    assert result.exit_code == 2 and "1900" in result.output


# A character libyaml counts as a line break (U+0085, U+2028, U+2029, a lone CR) moved every
# later position down a line, and crashed the privacy scan's masking of allowed fields.


@pytest.mark.parametrize("char", ["\x85", "\u2028", "\u2029", "\r"])
def test_an_odd_line_break_is_refused_at_its_position(repo, char):
    path = "data/orgs/city-wf.yml"
    text = repo.read(path).replace("place: 示例县", f"place: '示例{char}县'")
    repo.write({path: text.encode("utf-8")})
    result = invoke("validate", str(repo.root), "--today", TODAY, "--format", "json")
    assert result.exit_code == 1
    [problem] = [p for p in json.loads(result.stdout) if p["path"] == path]
    assert (problem["code"], problem["line"], problem["column"]) == ("Y121", 4, 11)


@pytest.mark.parametrize("char", ["\x85", "\u2028"])
def test_an_odd_line_break_in_a_form_gets_a_reply(repo, tmp_path, char):
    result, reply = intake(repo, tmp_path, WISH_FORM.format(slots="1").replace("坏了", f"坏{char}了"))
    assert result.exit_code == 1 and "心愿故事" in reply
    assert repo.git("status", "--porcelain") == ""
