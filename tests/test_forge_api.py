"""`xinyuan forge …` on GitHub's and on Forgejo's REST API, below the network: a local HTTP server
(tests/forge_server.py) answers like each forge and records every request. No real forge is
reachable from the test machines; these pin the paths, methods, headers and bodies we send.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner
from forge_server import TOKEN, FakeForge, user

from generator.cli import main

MALLORY = user("mallory", 501)
VOLUNTEER = user("vol-one-gh", 502)


@pytest.fixture(params=["github", "forgejo"])
def forge(request, tmp_path, monkeypatch):
    fake = FakeForge(kind=request.param)
    fake.url = fake.start()
    monkeypatch.chdir(tmp_path)  # no data/program.yml here: the environment decides
    monkeypatch.setattr("generator.forge.rest.time.sleep", lambda s: None)
    for key, value in fake.env(fake.url).items():
        monkeypatch.setenv(key, value)
    for key in ("GH_TOKEN", "GITHUB_API_URL", "GITHUB_REPOSITORY"):
        monkeypatch.delenv(key, raising=False)
    yield fake
    fake.stop()


def run(*args: str):
    result = CliRunner().invoke(main, ["forge", *args])
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), result.exception
    return result


def body_file(tmp_path, text: str) -> str:
    path = tmp_path / "body.md"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_pull_request_metadata_with_the_forges_auth(forge):
    forge.add_pull(5, VOLUNTEER, base="main", sha="b" * 40, head_ref="claim-va-001")
    result = run("pr", "5")
    assert result.exit_code == 0, result.output
    pr = json.loads(result.output)
    assert pr | {} == pr and (pr["base"], pr["head_sha"], pr["draft"], pr["cross_repo"]) == (
        "main",
        "b" * 40,
        False,
        True,
    )
    assert (pr["author"], pr["author_id"], pr["claimant"], pr["claimant_id"]) == ("vol-one-gh", 502, "vol-one-gh", 502)
    [request] = forge.requests
    assert (request.method, request.path) == ("GET", f"{forge.prefix}/repos/o/r/pulls/5")
    scheme = "Bearer" if forge.kind == "github" else "token"
    assert request.headers["Authorization"] == f"{scheme} {TOKEN}"


def test_an_intake_pull_request_is_the_issue_authors_claim(forge):
    forge.add_issue(31, VOLUNTEER, "认领 va-002")
    forge.add_pull(32, forge.bot, head_ref="intake/claim-31-va-002", cross=False)
    pr = json.loads(run("pr", "32").output)
    assert (pr["author_is_bot"], pr["claimant"], pr["claimant_id"]) == (True, "vol-one-gh", 502)


def test_a_bot_branch_from_a_fork_is_not_read_as_intake(forge):
    forge.add_issue(31, VOLUNTEER)
    forge.add_pull(32, forge.bot, head_ref="intake/claim-31-va-002", cross=True)
    assert json.loads(run("pr", "32").output)["claimant"] == forge.bot["login"]


def test_draft_on_each_forge(forge):
    forge.add_pull(5, VOLUNTEER, draft=True)
    forge.add_pull(6, VOLUNTEER, title="WIP: 认领")
    assert json.loads(run("pr", "5").output)["draft"] is True
    assert json.loads(run("pr", "6").output)["draft"] is (forge.kind != "github")


def test_open_pulls_by_label_follow_every_page(forge):
    forge.max_page = 2
    for n in range(1, 8):
        forge.add_pull(n, VOLUNTEER, labels=["claim-ok"] if n != 4 else [], base="main" if n != 6 else "dev")
    result = run("prs", "--base", "main", "--label", "claim-ok")
    assert result.output.split() == ["1", "2", "3", "5", "7"]
    pages = [r.query for r in forge.requests]
    assert len(pages) == 4 and pages[-1]["page"] == "4"
    assert pages[0][("per_page" if forge.kind == "github" else "limit")] in ("100", "50")


def test_claim_labels_set_and_removed(forge):
    forge.add_pull(5, VOLUNTEER, labels=["claim-review", "other"])
    assert run("label", "5", "--set", "claim-ok").exit_code == 0
    assert forge.items[5]["labels"] == ["other", "claim-ok"]
    assert forge.labels["claim-ok"]["color"] == "0E8A16"
    posts = [r for r in forge.requests if r.method == "POST"]
    if forge.kind == "github":
        assert posts[-1].body == {"labels": ["claim-ok"]}
        assert ("DELETE", "/repos/o/r/issues/5/labels/claim-review") in forge.calls()
    else:
        assert posts[-1].body == {"labels": [forge.labels["claim-ok"]["id"]]}
        assert ("DELETE", f"/api/v1/repos/o/r/issues/5/labels/{forge.labels['claim-review']['id']}") in forge.calls()
    assert run("label", "5").exit_code == 0
    assert forge.items[5]["labels"] == ["other"]


def test_the_one_bot_comment_is_created_then_edited(forge, tmp_path):
    forge.add_pull(5, VOLUNTEER)
    forge.add_comment({}, {"body": "<!-- m --> 冒充的评论"}, "5", author=MALLORY)
    assert (
        run("comment", "5", "--marker", "<!-- m -->", "--body-file", body_file(tmp_path, "<!-- m --> 一")).exit_code
        == 0
    )
    assert (
        run("comment", "5", "--marker", "<!-- m -->", "--body-file", body_file(tmp_path, "<!-- m --> 二")).exit_code
        == 0
    )
    bodies = {c["user"]["login"]: c["body"] for c in forge.comments.values()}
    assert bodies == {"mallory": "<!-- m --> 冒充的评论", forge.bot["login"]: "<!-- m --> 二"}
    assert [m for m, _ in forge.calls() if m != "GET"] == ["POST", "PATCH"]


def test_issues_found_by_label_and_bot_only(forge, tmp_path):
    forge.add_label("xinyuan-main-invalid")
    forge.add_issue(3, MALLORY, "主分支数据校验失败", ["xinyuan-main-invalid"])
    forge.add_pull(4, forge.bot, labels=["xinyuan-main-invalid"])
    assert run("issue", "find", "--label", "xinyuan-main-invalid", "--by-bot").output == ""
    assert run("issue", "find", "--label", "xinyuan-main-invalid").output.split() == ["3", "open"]
    made = run(
        "issue",
        "create",
        "--title",
        "报告",
        "--label",
        "xinyuan-main-invalid",
        "--body-file",
        body_file(tmp_path, "正文"),
    )
    number = int(made.output)
    assert forge.items[number]["labels"] == ["xinyuan-main-invalid"] and forge.items[number]["user"] == forge.bot
    assert run("issue", "find", "--label", "xinyuan-main-invalid", "--by-bot").output.split() == [str(number), "open"]
    run("issue", "edit", str(number), "--body-file", body_file(tmp_path, "新的正文"))
    run("issue", "close", str(number), "--comment", "已恢复")
    assert forge.items[number]["state"] == "closed" and forge.items[number]["body"] == "新的正文"
    assert run("issue", "find", "--label", "xinyuan-main-invalid", "--state", "all", "--by-bot").output.split() == [
        str(number),
        "closed",
    ]
    run("issue", "reopen", str(number))
    assert forge.items[number]["state"] == "open"


def test_open_a_pull_request_and_start_a_workflow(forge, tmp_path):
    made = run(
        "open-pr",
        "--base",
        "main",
        "--head",
        "intake/claim-9-va-001",
        "--title",
        "认领 va-001",
        "--body-file",
        body_file(tmp_path, "正文"),
    )
    assert made.exit_code == 0 and forge.items[int(made.output)]["head_ref"] == "intake/claim-9-va-001"
    assert run("dispatch", "claim.yml", "--ref", "main", "--input", "pr=1").exit_code == 0
    assert forge.dispatched == [("claim.yml", {"ref": "main", "inputs": {"pr": "1"}})]
    assert run("dispatch", "claim.yml", "--ref", "main", "--input", "oops").exit_code == 2


@pytest.mark.parametrize(
    "statuses, words",
    [
        ([401], "令牌无效"),
        ([403], "没有这项权限"),
        ([404], "找不到"),
        ([500, 502, 503], "服务器出错"),
    ],
)
def test_errors_are_one_chinese_line_and_exit_2(forge, statuses, words):
    forge.add_pull(5, VOLUNTEER)
    forge.failures[("GET", f"{forge.prefix}/repos/o/r/pulls/5")] = list(statuses)
    result = run("pr", "5")
    assert result.exit_code == 2
    assert result.output.startswith("错误：代码托管平台拒绝了 GET") and words in result.output
    assert "Traceback" not in result.output


def test_a_server_error_is_retried(forge):
    forge.add_pull(5, VOLUNTEER)
    forge.failures[("GET", f"{forge.prefix}/repos/o/r/pulls/5")] = [502]
    assert run("pr", "5").exit_code == 0 and len(forge.requests) == 2


def test_a_wrong_token_is_refused_by_the_server(forge, monkeypatch):
    monkeypatch.setenv("FORGE_TOKEN", "wrong")
    forge.add_pull(5, VOLUNTEER)
    result = run("pr", "5")
    assert result.exit_code == 2 and "HTTP 401" in result.output


def test_nothing_listening(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FORGE_API", "http://127.0.0.1:9")
    monkeypatch.setenv("FORGE_TOKEN", TOKEN)
    monkeypatch.setenv("REPO", "o/r")
    monkeypatch.setattr("generator.forge.rest.time.sleep", lambda s: None)
    result = run("pr", "5")
    assert result.exit_code == 2 and result.output.startswith("错误：连不上代码托管平台")


# Configuration: program.yml's forge, overridden by the environment.


@pytest.mark.parametrize(
    "program, env, words",
    [
        ("forge: {kind: gitlab}\n", {}, "不认识的代码托管平台 “gitlab”"),
        ("forge: {kind: forgejo}\n", {}, "没有 forgejo 的 API 地址"),
        ("forge: forgejo\n", {}, "forge 应该是一组设置"),
        ("", {"FORGE_TOKEN": ""}, "没有访问令牌"),
        ("", {"REPO": "not a repo"}, "不是 所有者/仓库名"),
    ],
)
def test_bad_configuration_is_a_clear_error(tmp_path, monkeypatch, program, env, words):
    (tmp_path / "data").mkdir()
    (tmp_path / "data/program.yml").write_text("name: x\n" + program, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for key in ("FORGE", "FORGE_API", "GITHUB_API_URL", "GH_TOKEN"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("FORGE_TOKEN", TOKEN)
    monkeypatch.setenv("REPO", "o/r")
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    result = run("pr", "5")
    assert result.exit_code == 2 and words in result.output, result.output


def test_program_yml_chooses_the_forge_and_env_overrides_it(tmp_path, monkeypatch):
    from generator.forge import open_forge

    (tmp_path / "data").mkdir()
    (tmp_path / "data/program.yml").write_text(
        "forge: {kind: forgejo, api_url: 'https://git.example.cn/api/v1'}\n", encoding="utf-8"
    )
    env = {"FORGE_TOKEN": TOKEN, "REPO": "o/r"}
    hub = open_forge(str(tmp_path), env)
    assert (hub.kind, hub.config.api_url) == ("forgejo", "https://git.example.cn/api/v1")
    hub = open_forge(str(tmp_path), dict(env, FORGE="github", FORGE_API="https://ghe.example.cn/api/v3"))
    assert (hub.kind, hub.config.api_url) == ("github", "https://ghe.example.cn/api/v3")
    assert open_forge(str(tmp_path / "none"), env).config.api_url == "https://api.github.com"


def test_program_yml_forge_is_checked_by_the_schema(tmp_path):
    from claims_repo import PROGRAM, make_repo

    from generator.model.sources import FileSource
    from generator.rules.runner import validate

    repo = make_repo(tmp_path / "repo")
    good = PROGRAM + "forge:\n  kind: forgejo\n  api_url: https://git.example.cn/api/v1\n"
    repo.write({"data/program.yml": good})
    _, problems = validate(FileSource(repo.root), date(2026, 5, 1))
    assert problems == []
    repo.write({"data/program.yml": good.replace("forgejo", "gitlab")})
    _, problems = validate(FileSource(repo.root), date(2026, 5, 1))
    assert [(p.path, p.line) for p in problems] == [("data/program.yml", 16)]  # the kind
