"""The merge job and the issue bots trust nothing they checked earlier or read from a title.

Each case is an attack by a GitHub user who is not a maintainer, run through the real scripts
of .github/scripts/ with a stand-in for the GitHub CLI (tests/gh_fake.py), and for intake
through ``xinyuan intake`` on a real repository:

- a pull request retargeted to another branch after its ``claim-ok`` label is not merged;
- a draft pull request never gets ``claim-ok``, and the hourly sweep does not fail on it;
- an issue titled like the "invalid main" report does not receive (or close) those reports;
- intake reads the form from the label the form applies, and a body that is not exactly that
  form (a wish whose story holds the claim form's headings) is refused, never read as a claim.
"""

from __future__ import annotations


import json
from pathlib import Path

import pytest
from helpers import wish_form
from claims_repo import make_repo
from click.testing import CliRunner
from gh_fake import FakeGitHub, have_tools

from generator.cli import main

ROOT = Path(__file__).parent.parent
CLAIM_SH = ROOT / ".github/scripts/claim.sh"
HEALTH_SH = ROOT / ".github/scripts/main-health.sh"
BOT = {"login": "app/github-actions", "is_bot": True}
MALLORY = {"login": "mallory", "is_bot": False}

pytestmark = pytest.mark.skipif(not have_tools(), reason="the scripts need jq and git")

# The pull request's commits are fetched as objects and checked by xinyuan; here both are
# stand-ins that say "fetched" and "allowed".
FAKE_GIT = """#!/usr/bin/env bash
[[ "$*" == *rev-parse* ]] && echo 0123abcd
exit 0
"""
FAKE_XINYUAN = """#!/usr/bin/env bash
echo "xinyuan $*" >> "$RUNNER_TEMP/xinyuan.log"
while (( $# )); do
  case "$1" in --summary-json) summary="$2" ;; --comment) comment="$2" ;; esac; shift
done
echo '{"allowed": true, "needs_review": false}' > "$summary"
echo '<!-- xinyuan-claim-check --> ok' > "$comment"
"""


def pr(base="main", draft=False, labels=(), **more):
    return {"author": MALLORY, "headRefName": "claim", "isCrossRepository": True,
            "baseRefName": base, "isDraft": draft, "labels": list(labels), "state": "open", **more}


def github(tmp_path, prs=None, issues=None) -> FakeGitHub:
    return FakeGitHub(tmp_path, {"prs": prs or {}, "issues": issues or {}},
                      {"git": FAKE_GIT, "xinyuan": FAKE_XINYUAN})


def test_a_pull_request_retargeted_after_claim_ok_is_not_merged(tmp_path):
    # Checked against main and labelled claim-ok; then its author points it at `release`.
    gh = github(tmp_path, {"5": pr(base="release", labels=["claim-ok"])})
    done = gh.run(CLAIM_SH, "merge", "5")
    assert done.returncode == 0, done.stderr
    assert gh.called("pr", "merge") == []
    assert "claim-ok" not in gh.state["prs"]["5"]["labels"]


def test_the_base_is_read_again_right_before_the_merge(tmp_path):
    # The check saw main; by the time it finished, the base was `release`.
    retarget = FAKE_XINYUAN + f"""python3 - <<'EOF'
import json; p = "{tmp_path}/gh-state.json"; s = json.load(open(p))
s["prs"]["5"]["baseRefName"] = "release"; json.dump(s, open(p, "w"))
EOF
"""
    gh = FakeGitHub(tmp_path, {"prs": {"5": pr()}, "issues": {}},
                    {"git": FAKE_GIT, "xinyuan": retarget})
    done = gh.run(CLAIM_SH, "merge", "5")
    assert done.returncode == 0, done.stderr
    assert gh.called("pr", "merge") == []
    assert "claim-ok" not in gh.state["prs"]["5"]["labels"]


def test_a_claim_on_main_is_still_merged_with_its_head_pinned(tmp_path):
    gh = github(tmp_path, {"5": pr()})
    done = gh.run(CLAIM_SH, "merge", "5")
    assert done.returncode == 0, done.stderr
    [merge] = gh.called("pr", "merge")
    assert merge[merge.index("--match-head-commit") + 1] == "0123abcd"


def test_a_draft_never_gets_claim_ok(tmp_path):
    gh = github(tmp_path, {"6": pr(draft=True)})
    done = gh.run(CLAIM_SH, "check", "6")
    assert done.returncode == 0, done.stderr
    assert gh.state["prs"]["6"]["labels"] == []
    comments = gh.called("pr", "comment") + gh.called("api", "--method", "PATCH")
    assert comments, "the author is told why"
    assert not (tmp_path / "xinyuan.log").exists() or "check-pr" not in (tmp_path / "xinyuan.log").read_text()


def test_the_sweep_does_not_fail_on_a_draft_labelled_earlier(tmp_path):
    # A claim-ok given before drafts were recognised, or a pull request turned into a draft.
    gh = github(tmp_path, {"6": pr(draft=True, labels=["claim-ok"]), "7": pr(labels=["claim-ok"])})
    done = gh.run(CLAIM_SH, "sweep")
    assert done.returncode == 0, done.stderr
    assert [c[2] for c in gh.called("pr", "merge")] == ["7"]
    assert "claim-ok" not in gh.state["prs"]["6"]["labels"]


def test_the_sweep_looks_past_the_first_thirty(tmp_path):
    prs = {str(n): pr(labels=["claim-ok"]) for n in range(1, 41)}
    gh = github(tmp_path, prs)
    done = gh.run(CLAIM_SH, "sweep")
    assert done.returncode == 0, done.stderr
    [list_call] = gh.called("pr", "list")
    assert int(list_call[list_call.index("--limit") + 1]) >= 500


# The "invalid main" issue.

FAKE_VALIDATE = """#!/usr/bin/env bash
echo "data/wishes/a/b.yml:3:1: L503 认领人数超过名额"
exit "${VALIDATE_STATUS:-1}"
"""
TITLE = "主分支数据校验失败，网站暂停更新"


def health(tmp_path, issues, status) -> FakeGitHub:
    gh = FakeGitHub(tmp_path, {"prs": {}, "issues": issues}, {"xinyuan": FAKE_VALIDATE})
    gh.result = gh.run(HEALTH_SH, env={"SHA": "abc123", "VALIDATE_STATUS": str(status)})
    return gh


def test_an_issue_with_the_reports_title_does_not_receive_them(tmp_path):
    gh = health(tmp_path, {"3": {"title": TITLE, "author": MALLORY, "labels": [], "state": "open"}}, 1)
    assert gh.result.returncode == 1
    assert gh.called("issue", "comment") == []
    [create] = gh.called("issue", "create")
    assert "--label" in create
    assert gh.state["issues"]["3"]["state"] == "open"


def test_an_issue_with_the_label_but_not_by_the_bot_is_ignored(tmp_path):
    gh = health(tmp_path, {"3": {"title": TITLE, "author": MALLORY, "labels": ["xinyuan-main-invalid"],
                                 "state": "open"}}, 1)
    assert gh.called("issue", "comment") == [] and len(gh.called("issue", "create")) == 1


def test_the_bots_own_report_is_updated_and_closed(tmp_path):
    issues = {"3": {"title": TITLE, "author": MALLORY, "labels": [], "state": "open"},
              "4": {"title": TITLE, "author": BOT, "labels": ["xinyuan-main-invalid"], "state": "open"}}
    gh = health(tmp_path, issues, 1)
    assert [c[2] for c in gh.called("issue", "comment")] == ["4"] and gh.called("issue", "create") == []
    (tmp_path / "gh-log.jsonl").write_text("", encoding="utf-8")
    gh.result = gh.run(HEALTH_SH, env={"SHA": "def456", "VALIDATE_STATUS": "0"})
    assert gh.result.returncode == 0
    assert [c[2] for c in gh.called("issue", "close")] == ["4"]
    assert gh.state["issues"]["3"]["state"] == "open"


def test_no_issue_form_applies_the_bots_label():
    import yaml

    for template in (ROOT / ".github/ISSUE_TEMPLATE").glob("*.yml"):
        spec = yaml.safe_load(template.read_text(encoding="utf-8"))
        assert "xinyuan-main-invalid" not in (spec.get("labels") or []), template.name
    assert 'LABEL=xinyuan-main-invalid' in HEALTH_SH.read_text(encoding="utf-8")


# Intake: the form is the label's, and the body must be that form.

CLAIM_FORM = """### 心愿编号

va-002

### 显示的名字

_No response_

### 所在单位

_No response_

### 认领身份

个人

### 承诺与同意

- [X] 我会在期限内圆梦；我同意网站公开显示我填写的名字和这次认领。"""

WISH_FORM = wish_form(story="{story}")   # str.format fills the braces


@pytest.fixture()
def repo(tmp_path):
    return make_repo(tmp_path / "repo")


def intake(repo, tmp_path, body, labels, author="vol-one-gh"):
    event = tmp_path / "event.json"
    event.write_text(json.dumps({"action": "opened", "issue": {
        "number": 31, "body": body, "user": {"login": author},
        "labels": [{"name": n} for n in labels]}}, ensure_ascii=False), encoding="utf-8")
    reply, out = tmp_path / "reply.md", tmp_path / "out.json"
    result = CliRunner().invoke(main, ["intake", "--event", str(event), "--repo", str(repo.root),
                                       "--reply", str(reply), "--output", str(out),
                                       "--today", "2026-05-01"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result, reply.read_text(encoding="utf-8"), json.loads(out.read_text(encoding="utf-8"))


def test_a_wish_whose_story_holds_the_claim_form_stays_a_wish(repo, tmp_path):
    # A volunteer (vol-one-gh) submits a wish; the story carries a whole claim form.
    body = WISH_FORM.format(story="老人家里的电饭煲坏了。\n\n" + CLAIM_FORM)
    result, reply, out = intake(repo, tmp_path, body, ["new-wish"])
    assert result.exit_code == 1
    assert "###" in reply and "认领" not in out["branch"]
    assert repo.git("status", "--porcelain") == ""


def test_a_claim_form_body_under_the_wish_label_is_refused(repo, tmp_path):
    result, reply, _ = intake(repo, tmp_path, CLAIM_FORM, ["new-wish"])
    assert result.exit_code == 1 and "与“提交心愿”表单不符" in reply
    assert repo.git("status", "--porcelain") == ""


def test_a_claim_body_without_the_forms_label_is_refused(repo, tmp_path):
    # Opened through the API (which drops labels a stranger may not set), or a blank issue.
    result, reply, _ = intake(repo, tmp_path, CLAIM_FORM, [])
    assert result.exit_code == 1 and "没有认出表单" in reply
    assert repo.git("status", "--porcelain") == ""


def test_both_forms_labels_are_refused(repo, tmp_path):
    result, reply, _ = intake(repo, tmp_path, CLAIM_FORM, ["claim", "new-wish"])
    assert result.exit_code == 1 and "两个表单的标签" in reply


def test_a_claim_with_a_heading_smuggled_into_a_field_is_refused(repo, tmp_path):
    # Consent left unticked, a ticked copy of the heading added inside the unit field.
    body = CLAIM_FORM.replace("- [X]", "- [ ]").replace(
        "### 认领身份", "### 承诺与同意\n\n- [X] 同意\n\n### 认领身份")
    result, reply, _ = intake(repo, tmp_path, body, ["claim"])
    assert result.exit_code == 1 and "###" in reply
    assert repo.git("status", "--porcelain") == ""


def test_the_claim_form_under_its_own_label_still_works(repo, tmp_path):
    result, reply, out = intake(repo, tmp_path, CLAIM_FORM, ["claim"])
    assert result.exit_code == 0, reply
    assert out["branch"] == "intake/claim-31-va-002"
