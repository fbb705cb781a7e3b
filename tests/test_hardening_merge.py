"""The merge job and the issue bots trust nothing they checked earlier or read from a title.

Each case is an attack by a user who is not a maintainer, run through the real scripts of
.github/scripts/ against a local server answering like GitHub and like Forgejo
(tests/script_harness.py), and for intake through ``xinyuan intake`` on a real repository:

- a pull request retargeted to another branch after its ``claim-ok`` label is not merged (and
  ``xinyuan merge-claim`` reads the base again right before its push: tests/test_forge_landing.py);
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
from forge_server import user
from script_harness import SHA, ScriptRun, have_tools

from generator.cli import main

ROOT = Path(__file__).parent.parent
CLAIM_SH = ROOT / ".github/scripts/claim.sh"
HEALTH_SH = ROOT / ".github/scripts/main-health.sh"
MALLORY = user("mallory", 501)

pytestmark = pytest.mark.skipif(not have_tools(), reason="the scripts need jq and git")


@pytest.fixture(params=["github", "forgejo"])
def forge(request, tmp_path):
    harness = ScriptRun(tmp_path, request.param)
    yield harness
    harness.stop()


def pr(forge, number, base="main", draft=False, labels=()):
    forge.forge.add_pull(number, MALLORY, base=base, draft=draft, labels=labels, sha=SHA)


def test_a_pull_request_retargeted_after_claim_ok_is_not_merged(forge):
    # Checked against main and labelled claim-ok; then its author points it at `release`.
    pr(forge, 5, base="release", labels=["claim-ok"])
    done = forge.run(CLAIM_SH, "merge", "5")
    assert done.returncode == 0, done.stderr
    assert forge.xinyuan_calls("merge-claim") == []
    assert "claim-ok" not in forge.forge.items[5]["labels"]


def test_a_claim_on_main_is_merged_with_its_head_pinned(forge):
    pr(forge, 5)
    done = forge.run(CLAIM_SH, "merge", "5")
    assert done.returncode == 0, done.stderr
    [merge] = forge.xinyuan_calls("merge-claim")
    assert merge[merge.index("--head") + 1] == SHA and merge[merge.index("--pr") + 1] == "5"
    assert merge[merge.index("--author") + 1] == "mallory" and merge[merge.index("--author-id") + 1] == "501"
    assert forge.forge.dispatched == [("deploy.yml", {"ref": "main", "inputs": {}})]


def test_a_claim_merge_refuses_is_not_followed_by_a_deploy(forge):
    pr(forge, 5)
    done = forge.run(CLAIM_SH, "merge", "5", env={"MERGE_FAILS": "5"})
    assert done.returncode == 1 and forge.forge.dispatched == []


def test_a_refused_claim_is_labelled_and_told(forge):
    pr(forge, 5, labels=["claim-ok"])
    done = forge.run(CLAIM_SH, "check", "5", env={"CHECK_ALLOWED": "false"})
    assert done.returncode == 0, done.stderr
    assert forge.forge.items[5]["labels"] == ["claim-refused"]
    [comment] = forge.forge.comments.values()
    assert comment["user"] == forge.forge.bot and "checked" in comment["body"]


def test_a_draft_never_gets_claim_ok(forge):
    pr(forge, 6, draft=True)
    done = forge.run(CLAIM_SH, "check", "6")
    assert done.returncode == 0, done.stderr
    assert forge.forge.items[6]["labels"] == []
    assert [c["body"] for c in forge.forge.comments.values() if "草稿" in c["body"]], "the author is told why"
    assert forge.xinyuan_calls("check-pr") == []


def test_the_sweep_does_not_fail_on_a_draft_labelled_earlier(forge):
    # A claim-ok given before drafts were recognised, or a pull request turned into a draft.
    pr(forge, 6, draft=True, labels=["claim-ok"])
    pr(forge, 7, labels=["claim-ok"])
    done = forge.run(CLAIM_SH, "sweep")
    assert done.returncode == 0, done.stderr
    assert [c[c.index("--pr") + 1] for c in forge.xinyuan_calls("merge-claim")] == ["7"]
    assert "claim-ok" not in forge.forge.items[6]["labels"]


def test_the_sweep_looks_past_the_first_page(forge):
    forge.forge.max_page = 2  # the server's pages hold two: five claims take three pages
    for n in range(1, 6):
        pr(forge, n, labels=["claim-ok"])
    done = forge.run(CLAIM_SH, "sweep")
    assert done.returncode == 0, done.stderr
    assert len(forge.xinyuan_calls("merge-claim")) == 5


def test_the_sweep_goes_on_after_a_failed_merge(forge):
    for n in (1, 2, 3):
        pr(forge, n, labels=["claim-ok"])
    done = forge.run(CLAIM_SH, "sweep", env={"MERGE_FAILS": "2"})
    assert [c[c.index("--pr") + 1] for c in forge.xinyuan_calls("merge-claim")] == ["1", "2", "3"]
    assert len(forge.forge.dispatched) == 2
    assert done.returncode == 1 and "#2" in done.stderr


# The "invalid main" issue.

TITLE = "主分支数据校验失败，网站暂停更新"
LABEL = "xinyuan-main-invalid"


def health(forge, status, sha="abc123"):
    return forge.run(HEALTH_SH, env={"SHA": sha, "VALIDATE_STATUS": str(status)})


def test_an_issue_with_the_reports_title_does_not_receive_them(forge):
    forge.forge.add_issue(3, MALLORY, TITLE)
    assert health(forge, 1).returncode == 1
    assert [c for c in forge.forge.comments.values() if c["issue"] == 3] == []
    [made] = [i for i in forge.forge.items.values() if i["number"] != 3]
    assert made["labels"] == [LABEL] and made["user"] == forge.forge.bot and made["title"] == TITLE
    assert forge.forge.items[3]["state"] == "open"


def test_an_issue_with_the_label_but_not_by_the_bot_is_ignored(forge):
    forge.forge.add_issue(3, MALLORY, TITLE, [LABEL])
    assert health(forge, 1).returncode == 1
    assert forge.forge.comments == {} and len(forge.forge.items) == 2


def test_the_bots_own_report_is_updated_and_closed(forge):
    forge.forge.add_issue(3, MALLORY, TITLE)
    forge.forge.add_issue(4, forge.forge.bot, TITLE, [LABEL])
    assert health(forge, 1).returncode == 1
    assert [c["issue"] for c in forge.forge.comments.values()] == [4] and len(forge.forge.items) == 2
    assert health(forge, 0, "def456").returncode == 0
    assert forge.forge.items[4]["state"] == "closed" and forge.forge.items[3]["state"] == "open"
    assert "def456" in list(forge.forge.comments.values())[-1]["body"]


def test_no_issue_form_applies_the_bots_label():
    import yaml

    for template in (ROOT / ".github/ISSUE_TEMPLATE").glob("*.yml"):
        spec = yaml.safe_load(template.read_text(encoding="utf-8"))
        assert "xinyuan-main-invalid" not in (spec.get("labels") or []), template.name
    assert "LABEL=xinyuan-main-invalid" in HEALTH_SH.read_text(encoding="utf-8")


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

WISH_FORM = wish_form(story="{story}")  # str.format fills the braces


@pytest.fixture()
def repo(tmp_path):
    return make_repo(tmp_path / "repo")


def intake(repo, tmp_path, body, labels, author="vol-one-gh"):
    event = tmp_path / "event.json"
    event.write_text(
        json.dumps(
            {
                "action": "opened",
                "issue": {
                    "number": 31,
                    "body": body,
                    "user": {"login": author},
                    "labels": [{"name": n} for n in labels],
                },
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    reply, out = tmp_path / "reply.md", tmp_path / "out.json"
    result = CliRunner().invoke(
        main,
        [
            "intake",
            "--event",
            str(event),
            "--repo",
            str(repo.root),
            "--reply",
            str(reply),
            "--output",
            str(out),
            "--today",
            "2026-05-01",
        ],
    )
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
    body = CLAIM_FORM.replace("- [X]", "- [ ]").replace("### 认领身份", "### 承诺与同意\n\n- [X] 同意\n\n### 认领身份")
    result, reply, _ = intake(repo, tmp_path, body, ["claim"])
    assert result.exit_code == 1 and "###" in reply
    assert repo.git("status", "--porcelain") == ""


def test_the_claim_form_under_its_own_label_still_works(repo, tmp_path):
    result, reply, out = intake(repo, tmp_path, CLAIM_FORM, ["claim"])
    assert result.exit_code == 0, reply
    assert out["branch"] == "intake/claim-31-va-002"


# The reminder workflow's step: one issue, edited in place, reopened and closed.


def remind_step() -> str:
    import yaml

    steps = yaml.safe_load((ROOT / ".github/workflows/remind.yml").read_text(encoding="utf-8"))["jobs"]["remind"][
        "steps"
    ]
    [step] = [s for s in steps if s.get("name") == "Update, open or close the one reminder issue"]
    return step["run"]


def remind(forge, count):
    (forge.folder / "reminder.json").write_text(json.dumps({"count": count}), encoding="utf-8")
    (forge.folder / "reminder.md").write_text(f"{count} 个认领要提醒", encoding="utf-8")
    script = forge.folder / "remind.sh"
    script.write_text("set -euo pipefail\n" + remind_step(), encoding="utf-8")
    done = forge.run(script, env={"LABEL": "xinyuan-reminder", "TITLE": "认领提醒"})
    assert done.returncode == 0, done.stderr
    return [i for i in forge.forge.items.values() if "xinyuan-reminder" in i["labels"]]


def test_the_one_reminder_issue_is_opened_edited_closed_and_reopened(forge):
    assert remind(forge, 0) == []
    [made] = remind(forge, 2)
    assert (made["state"], made["body"], made["user"]) == ("open", "2 个认领要提醒", forge.forge.bot)
    [closed] = remind(forge, 0)
    assert closed["state"] == "closed" and closed["body"] == "0 个认领要提醒"
    assert "提醒关闭" in list(forge.forge.comments.values())[-1]["body"]
    [again] = remind(forge, 1)
    assert again["number"] == made["number"] and again["state"] == "open"
