"""``xinyuan intake`` on issue-form bodies as GitHub renders them (tests/fixtures/intake/)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from claims_repo import make_repo
from click.testing import CliRunner

from generator.cli import main
from generator.intake.forms import FORM_LABELS, FORMS, parse
from generator.model.loader import load

FIXTURES = Path(__file__).parent / "fixtures" / "intake"
ROOT = Path(__file__).parent.parent
WISH = "data/wishes/village-a/va-002.yml"


@pytest.fixture()
def repo(tmp_path):
    return make_repo(tmp_path / "repo")


def body_of(fixture: str) -> str:
    return (FIXTURES / fixture).read_bytes().decode("utf-8")


def label_of(fixture: str | None) -> list[str]:
    """The label GitHub puts on an issue opened with the fixture's form."""
    name = fixture or "claim"
    return ["new-wish"] if name.startswith("wish") else ["claim"] if name.startswith("claim") else []


def run(repo, tmp_path, fixture, author="vol-one-gh", number=7, body=None, labels=None):
    body = body if body is not None else body_of(fixture)
    labels = label_of(fixture) if labels is None else labels
    event = tmp_path / "event.json"
    event.write_text(
        json.dumps(
            {
                "action": "opened",
                "issue": {
                    "number": number,
                    "body": body,
                    "user": {"login": author},
                    "labels": [{"name": label, "color": "ededed"} for label in labels],
                },
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
            str(repo.root),
            "--reply",
            str(reply),
            "--output",
            str(output),
            "--today",
            "2026-05-01",
        ],
    )
    return result, reply.read_text(encoding="utf-8"), json.loads(output.read_text(encoding="utf-8"))


@pytest.mark.parametrize("fixture", ["claim-returning.md", "claim-crlf.md"])
def test_returning_volunteer_claim_appends_one_line(repo, tmp_path, fixture):
    before = repo.read(WISH)
    result, reply, out = run(repo, tmp_path, fixture)
    assert result.exit_code == 0, reply
    assert repo.read(WISH) == before + "claims:\n  - {volunteer: vol-one, date: 2026-05-01}\n"
    assert out["paths"] == [WISH] and out["branch"] == "intake/claim-7-va-002"
    assert "Closes #7" in out["body"] and "va-002" in reply


def test_claim_is_appended_under_existing_claims(repo, tmp_path):
    body = body_of("claim-returning.md").replace("va-002", "va-001")
    result, reply, _ = run(repo, tmp_path, None, body=body)
    assert result.exit_code == 0, reply
    lines = repo.read("data/wishes/village-a/va-001.yml").splitlines()
    assert lines[-2:] == ["  - {volunteer: vol-two, date: 2026-04-10}", "  - {volunteer: vol-one, date: 2026-05-01}"]


def test_first_time_volunteer_gets_a_record(repo, tmp_path):
    result, reply, out = run(repo, tmp_path, "claim-first-time.md", author="Newcomer-GH")
    assert result.exit_code == 0, reply
    assert out["paths"] == ["data/volunteers/newcomer-gh.yml", WISH]
    record, problems = load("v.yml", (repo.root / "data/volunteers/newcomer-gh.yml").read_bytes())
    assert not problems and record.data == {
        "id": "newcomer-gh",
        "name": "爱心小周",
        "github": "Newcomer-GH",
        "unit": "示例科技公司",
        "kind": "team",
        "joined": "2026-05-01",
    }
    assert repo.read(WISH).endswith("  - {volunteer: newcomer-gh, date: 2026-05-01}\n")


def test_quotes_in_a_name_stay_text(repo, tmp_path):
    result, reply, _ = run(repo, tmp_path, "claim-yaml-quotes.md", author="newcomer-gh")
    assert result.exit_code == 0, reply
    record, _ = load("v.yml", (repo.root / "data/volunteers/newcomer-gh.yml").read_bytes())
    assert record.data["github"] == "newcomer-gh"
    assert record.data["name"] == '小周", github: x'


@pytest.mark.parametrize(
    "fixture, author, expected",
    [
        ("claim-unknown-wish.md", "vol-one-gh", "没有编号为 va-999 的心愿"),
        ("claim-path-traversal.md", "vol-one-gh", "心愿编号只能由小写字母"),
        ("claim-yaml-newline.md", "newcomer-gh", "不能换行"),
        ("claim-html.md", "newcomer-gh", "不能包含网页代码"),
        ("claim-full-wish.md", "vol-one-gh", "C713 这个心愿现在不能认领（已认领"),
        ("claim-fulfilled-wish.md", "vol-one-gh", "C713 这个心愿现在不能认领（已圆梦"),
        ("claim-no-consent.md", "vol-one-gh", "请勾选“承诺与同意”"),
        ("claim-returning.md", "newcomer-gh", "第一次认领请填写“显示的名字”"),
        ("claim-phone-in-name.md", "newcomer-gh", "手机号码"),
        ("wish-personal-info.md", "worker-gh", "详细地址"),
        ("wish-unknown-org.md", "worker-gh", "没有编号或名称为 `no-such-org` 的组织"),
        ("wish-bad-fields.md", "worker-gh", "“名额”要写 1 到 100 之间的数字"),
        ("not-a-form.md", "vol-one-gh", "没有认出表单"),
    ],
)
def test_bad_input_changes_nothing_and_says_why(repo, tmp_path, fixture, author, expected):
    result, reply, out = run(repo, tmp_path, fixture, author=author)
    assert result.exit_code == 1
    assert expected in reply and out["ok"] is False
    assert repo.git("status", "--porcelain") == ""


def test_wish_submission_creates_a_collected_wish(repo, tmp_path):
    result, reply, out = run(repo, tmp_path, "wish-valid.md", author="worker-gh", number=12)
    assert result.exit_code == 0, reply
    # The organisation's own id prefix, numbered after its highest wish of the year, as
    # `xinyuan new wish` does (the test program's village-a wishes are va-NNN, not of that form).
    path = "data/wishes/village-a/village-2026-001.yml"
    assert out["paths"] == [path] and out["branch"] == "intake/wish-12-village-2026-001"
    record, problems = load(path, (repo.root / path).read_bytes())
    assert not problems
    assert record.data["story"] == "刘奶奶独自生活，家里的电饭煲坏了。\n\n她想要一台小电饭煲，自己煮饭方便些。"
    assert record.data["collected"] == "2026-05-01" and "published" not in record.data


def test_form_labels_match_the_issue_templates():
    import yaml

    for form, template in (("claim", "claim.yml"), ("wish", "submit-wish.yml")):
        spec = yaml.safe_load((ROOT / ".github/ISSUE_TEMPLATE" / template).read_text(encoding="utf-8"))
        fields = {item["attributes"]["label"]: item["id"] for item in spec["body"] if "id" in item}
        assert list(fields.items()) == list(FORMS[form].items())  # the body's order too
        assert [FORM_LABELS[label] for label in spec["labels"]] == [form]


def test_claim_form_has_the_field_the_site_prefills():
    from generator.output.links import CLAIM_TEMPLATE

    assert (ROOT / ".github/ISSUE_TEMPLATE" / CLAIM_TEMPLATE).exists()
    assert parse((FIXTURES / "claim-returning.md").read_text(encoding="utf-8"), ["claim"])[1]["wish"] == "va-002"


@pytest.mark.parametrize(
    "login, volunteer_id",
    [
        ("12345", "v-12345"),
        ("null", "v-null"),
        ("True", "v-true"),
        ("NO", "v-no"),
        ("0x1f", "v-0x1f"),
        ("2026-05-01", "v-2026-05-01"),
        ("Zhou-2", "zhou-2"),
    ],
)
def test_first_time_logins_yaml_would_misread(repo, tmp_path, login, volunteer_id):
    result, reply, out = run(repo, tmp_path, "claim-first-time.md", author=login)
    assert result.exit_code == 0, reply
    path = f"data/volunteers/{volunteer_id}.yml"
    assert out["paths"] == [path, WISH]
    record, problems = load("v.yml", (repo.root / path).read_bytes())
    assert not problems and record.data["id"] == volunteer_id and record.data["github"] == login
    assert repo.read(WISH).endswith(f"  - {{volunteer: {volunteer_id}, date: 2026-05-01}}\n")
