"""Consent is asked for wherever a wish enters the repository: `xinyuan new wish`, the
spreadsheet import (a 同意 column) and the submit-wish issue form."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from claims_repo import make_repo
from click.testing import CliRunner

from generator.cli import main
from ops_helpers import problems, sample_repo, untouched, xinyuan
from test_import_ops import GOOD, HEADERS, workbook

FIXTURES = Path(__file__).parent / "fixtures" / "intake"
ROOT = Path(__file__).parent.parent


@pytest.fixture
def sample(tmp_path):
    return sample_repo(tmp_path)


CHILD = [
    "--title",
    "一个新书包",
    "--story",
    "小海的书包背带断了。",
    "--category",
    "助一学",
    "--alias",
    "小海",
    "--group",
    "留守儿童",
    "--age-band",
    "9",
    "--place",
    "白沙县黄泥镇",
]


def test_new_wish_records_a_guardians_consent(sample):
    result = xinyuan(
        sample,
        "new",
        "wish",
        "--org",
        "dongpo-village",
        *CHILD,
        "--consent",
        "guardian",
        "--consent-on",
        "2026-11-20",
        "--on",
        "2026-11-21",
    )
    assert result.exit_code == 0, result.output
    assert "+consent: {by: guardian, date: 2026-11-20, recorded_by: dongpo-village}" in result.output
    assert problems(sample) == []


def test_new_wish_refuses_a_child_consenting_alone(sample):
    result = xinyuan(sample, "new", "wish", "--org", "dongpo-village", *CHILD, "--consent", "self")
    assert result.exit_code == 1 and "P632" in result.output and untouched(sample)


def test_new_wish_without_consent_leaves_it_to_fill_in(sample):
    result = xinyuan(sample, "new", "wish", "--org", "dongpo-village", *CHILD)
    assert result.exit_code == 0 and "consent.by" in result.output
    path = next((sample / "data/wishes/dongpo-village").glob("dongpo-2026-022.yml"))
    text = path.read_text(encoding="utf-8")
    assert "# 必填：谁签字同意公开" in text and "consent: {by: ''," in text
    assert any(p.code == "S204" and p.path.endswith("dongpo-2026-022.yml") for p in problems(sample))


def test_import_needs_a_consent_column(sample, tmp_path):
    headers = [h for h in HEADERS if h != "同意"]
    rows = [row[:-1] for row in GOOD]
    result = xinyuan(sample, "import", workbook(tmp_path / "w.xlsx", rows, headers), "--org", "majiayi-village")
    assert result.exit_code == 1 and "缺少“同意”列" in result.output and untouched(sample)


def test_import_refuses_a_child_without_a_guardian(sample, tmp_path):
    rows = [GOOD[0][:-1] + ["本人"]]
    result = xinyuan(sample, "import", workbook(tmp_path / "w.xlsx", rows), "--org", "majiayi-village")
    assert result.exit_code == 1 and "P632" in result.output and untouched(sample)


def test_import_writes_consent_with_its_own_date(sample, tmp_path):
    rows = [GOOD[0] + [datetime(2026, 11, 18)]]
    result = xinyuan(
        sample, "import", workbook(tmp_path / "w.xlsx", rows, HEADERS + ["同意日期"]), "--org", "majiayi-village"
    )
    assert result.exit_code == 0, result.output
    text = (sample / "data/wishes/majiayi-village/majiayi-2026-020.yml").read_text(encoding="utf-8")
    assert "consent: {by: guardian, date: 2026-11-18, recorded_by: majiayi-village}" in text
    assert problems(sample) == []


def _intake(root, tmp_path, body):
    event = tmp_path / "event.json"
    event.write_text(
        json.dumps(
            {
                "action": "opened",
                "issue": {"number": 5, "body": body, "user": {"login": "worker-gh"}, "labels": [{"name": "new-wish"}]},
            }
        ),
        encoding="utf-8",
    )
    reply, output = tmp_path / "reply.md", tmp_path / "out.json"
    result = CliRunner().invoke(
        main,
        [
            "intake",
            "--event",
            str(event),
            "--repo",
            str(root),
            "--reply",
            str(reply),
            "--output",
            str(output),
            "--today",
            "2026-05-01",
        ],
    )
    return result, reply.read_text(encoding="utf-8"), json.loads(output.read_text(encoding="utf-8"))


VALID = (FIXTURES / "wish-valid.md").read_text(encoding="utf-8")
CHILD_BODY = VALID.replace("刘奶奶", "小海").replace("elderly-alone", "left-behind-child").replace("70-79", "6-11")


@pytest.mark.parametrize(
    "body, by", [(VALID, "self"), (CHILD_BODY.replace("\n本人\n", "\n监护人（父母或其他监护人）\n"), "guardian")]
)
def test_intake_records_the_consent_the_form_states(tmp_path, body, by):
    repo = make_repo(tmp_path / "repo")
    result, reply, out = _intake(repo.root, tmp_path, body)
    assert result.exit_code == 0, reply
    text = (repo.root / out["paths"][0]).read_text(encoding="utf-8")
    assert f"consent: {{by: {by}, date: 2026-05-01, recorded_by: village-a}}" in text


@pytest.mark.parametrize(
    "body, expected",
    [
        (CHILD_BODY, "P632"),  # a child, consent by self
        (VALID.replace("- [X] 受助人本人", "- [ ] 受助人本人"), "同意确认"),
        (VALID.replace("\n本人\n", "\n_No response_\n"), "同意公开"),
    ],
)
def test_intake_without_proper_consent_changes_nothing(tmp_path, body, expected):
    repo = make_repo(tmp_path / "repo")
    result, reply, out = _intake(repo.root, tmp_path, body)
    assert result.exit_code == 1 and out["ok"] is False
    assert expected in reply, reply
    assert repo.git("status", "--porcelain") == ""


def test_the_form_warns_that_an_issue_is_public_and_requires_consent():
    import yaml

    spec = yaml.safe_load((ROOT / ".github/ISSUE_TEMPLATE/submit-wish.yml").read_text(encoding="utf-8"))
    notes = " ".join(i["attributes"]["value"] for i in spec["body"] if i["type"] == "markdown")
    assert "一提交就是公开的" in notes and "书面同意" in notes
    fields = {i.get("id"): i for i in spec["body"]}
    assert fields["consent_by"]["validations"]["required"] is True
    assert all(o["required"] for o in fields["consent"]["attributes"]["options"])
