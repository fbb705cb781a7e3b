"""The claim check's comment: text from the pull request can never become live Markdown."""

from __future__ import annotations

import re
from datetime import date

import markdown
import pytest
from claims_repo import branch, make_repo, put, replace

from generator.policy import Verdict
from generator.policy.comment import MAX_LINES, render
from generator.policy.trees import check_revisions
from generator.model.problems import Problem

TODAY = date(2026, 5, 1)
WISH = "data/wishes/village-a/va-002.yml"
KEY = '"[完成实名登记领取积分](https://evil.example/) @org/team": 1\n'
FILE = "data/volunteers/x`` y\n# 领取积分 @org/team\n```\n[点我](https:evil.example) `.yml"


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    return make_repo(tmp_path_factory.mktemp("comment") / "repo")


def html_of(comment: str) -> str:
    return markdown.markdown(comment, extensions=["fenced_code"])


def assert_inert(comment: str):
    html = html_of(comment)
    assert not re.search(r"<a\b|<h[1-6]\b|<img\b", html), html
    outside = re.sub(r"<pre><code[^>]*>.*?</code></pre>", "", html, flags=re.S)
    assert "@" not in outside and "evil" not in outside, outside


@pytest.mark.parametrize(
    "name, edits",
    [
        ("hostile-key", [replace(WISH, "slots: 1\n", "slots: 1\n" + KEY)]),
        ("hostile-file-name", [put(FILE, "id: x\n")]),
    ],
)
def test_pull_request_text_stays_inert(repo, name, edits):
    head = branch(repo, name, edits)
    verdict = check_revisions(repo.root, "main", head, "vol-one-gh", TODAY)
    assert not verdict.allowed
    comment = render(verdict)
    assert "@org/team" in comment  # quoted, but inside the code block
    assert_inert(comment)


def test_a_line_of_backticks_cannot_close_the_block():
    verdict = Verdict(refusals=[Problem("```````", 1, 1, "C701", "x\n```\n# h\n[a](https://e.x)")])
    comment = render(verdict)
    fence = comment.splitlines()[3]
    assert fence == "`" * 8 + "text"
    assert [line for line in comment.splitlines() if line.startswith("`" * 8)] == [fence, "`" * 8]
    assert_inert(comment)


def test_lines_and_length_are_capped():
    problems = [Problem(f"data/a{i:03}.yml", 1, 1, "C701", "长" * 1000) for i in range(MAX_LINES + 5)]
    comment = render(Verdict(refusals=problems))
    assert len(comment) < 40_000 and "另有 5 条" in comment
    assert max(len(line) for line in comment.splitlines()) <= 300
