"""Accounts and owners: logins that change hands (C718), CODEOWNERS that cannot go stale (C719),
volunteers without a GitHub account and organisations without maintainers of their own."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from claims_repo import FILES, GitRepo, append, branch, claim_line, make_repo, org, put, volunteer
from click.testing import CliRunner

from generator.cli import main
from generator.policy.codeowners import PATH, render
from generator.policy.trees import check_revisions
from generator.model.repository import load_repository
from generator.model.sources import FileSource

TODAY = date(2026, 5, 1)
WISH = "data/wishes/village-a/va-002.yml"
CLAIM = append(WISH, "claims:\n" + claim_line("vol-one"))
FIXTURES = Path(__file__).parent / "fixtures" / "intake"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def submit_form(repo, tmp_path, body: str, login: str, user_id: int | None = None) -> tuple[int, str]:
    """Run intake on an issue opened with ``body`` by ``login``: (exit status, the reply)."""
    user = {"login": login, **({"id": user_id} if user_id else {})}
    event, reply = tmp_path / "event.json", tmp_path / "reply.md"
    label = "new-wish" if "### 心愿故事" in body else "claim"  # the label the form applies
    event.write_text(
        json.dumps({"issue": {"number": 8, "body": body, "user": user, "labels": [{"name": label}]}}), encoding="utf-8"
    )
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
            str(tmp_path / "o.json"),
            "--today",
            "2026-05-01",
        ],
    )
    return result.exit_code, reply.read_text(encoding="utf-8")


def codes(verdict):
    return [(p.code, p.path) for p in verdict.problems]


# C718: GitHub's numeric ids


@pytest.fixture(scope="module")
def ids_repo(tmp_path_factory):
    repo = GitRepo(tmp_path_factory.mktemp("ids") / "repo")
    files = dict(FILES)
    files["data/volunteers/vol-one.yml"] = FILES["data/volunteers/vol-one.yml"].replace(
        "kind:", "github_id: 1001\nkind:"
    )
    files["data/orgs/village-a.yml"] = FILES["data/orgs/village-a.yml"] + "maintainer_ids: {village-admin: 3003}\n"
    repo.write(files)
    repo.commit("base")
    return repo


def test_a_login_registered_again_by_someone_else_cannot_claim(ids_repo):
    head = branch(ids_repo, "claim", [CLAIM])
    impostor = check_revisions(ids_repo.root, "main", head, "vol-one-gh", TODAY, author_id=2002)
    assert ("C718", "data/volunteers/vol-one.yml") in codes(impostor) and not impostor.allowed
    assert check_revisions(ids_repo.root, "main", head, "vol-one-gh", TODAY, author_id=1001).allowed


def test_a_maintainer_login_registered_again_has_no_rights(ids_repo):
    head = branch(
        ids_repo,
        "fulfil",
        [append("data/wishes/village-a/va-001.yml", "fulfilled: {date: 2026-04-30, note: 已送到}\n")],
    )
    verdict = check_revisions(ids_repo.root, "main", head, "village-admin", TODAY, author_id=4004)
    assert ("C718", "data/orgs/village-a.yml") in codes(verdict) and not verdict.allowed
    assert check_revisions(ids_repo.root, "main", head, "village-admin", TODAY, author_id=3003).allowed


def test_a_new_record_may_only_carry_the_authors_own_id(ids_repo):
    record = volunteer("newcomer", "新来的", "newcomer-gh").replace("kind:", "github_id: 1001\nkind:")
    head = branch(ids_repo, "newcomer", [put("data/volunteers/newcomer.yml", record)])
    verdict = check_revisions(ids_repo.root, "main", head, "newcomer-gh", TODAY, author_id=5005)
    assert ("C718", "data/volunteers/newcomer.yml") in codes(verdict)
    own = check_revisions(ids_repo.root, "main", head, "newcomer-gh", TODAY, author_id=1001)
    assert ("C718", "data/volunteers/newcomer.yml") not in codes(own)


def test_check_pr_takes_the_author_id(ids_repo):
    head = branch(ids_repo, "claim-cli", [CLAIM])
    args = [
        "check-pr",
        "--repo",
        str(ids_repo.root),
        "--today",
        "2026-05-01",
        "--base",
        "main",
        "--head",
        head,
        "--author",
        "vol-one-gh",
        "--format",
        "text",
    ]
    assert CliRunner().invoke(main, [*args, "--author-id", "1001"]).exit_code == 0
    refused = CliRunner().invoke(main, [*args, "--author-id", "2002"])
    assert refused.exit_code == 1 and " C718 " in refused.stdout


def test_the_claim_form_records_the_authors_id(tmp_path):
    repo = make_repo(tmp_path / "repo")
    status, reply = submit_form(repo, tmp_path, fixture("claim-first-time.md"), "Newcomer-GH", 777)
    assert status == 0, reply
    assert "github_id: 777\n" in repo.read("data/volunteers/newcomer-gh.yml")


@pytest.mark.parametrize("name", ["一位志愿者", "=HYPERLINK(1)", "小\u202e周", "东村妇联"])
def test_the_claim_form_refuses_deceiving_names(tmp_path, name):
    repo = make_repo(tmp_path / "repo")
    body = fixture("claim-first-time.md").replace("爱心小周", name)
    assert name in body
    _, reply = submit_form(repo, tmp_path, body, "newcomer-gh")
    assert "显示的名字" in reply
    assert not (repo.root / "data/volunteers/newcomer-gh.yml").exists()


# C719: CODEOWNERS kept in step

NEW_VILLAGE = org("village-b", "北村妇联", "village", "town-a", ["helper-gh"])


@pytest.fixture()
def owned(tmp_path):
    repo = make_repo(tmp_path / "repo")
    repo.write({PATH: render(load_repository(FileSource(repo.root)).model)})
    repo.commit("codeowners")
    return repo


def regenerated(repo):
    repo.write({PATH: render(load_repository(FileSource(repo.root)).model)})


def test_a_new_org_with_its_codeowners_merges_by_itself(owned):
    head = branch(owned, "org", [put("data/orgs/village-b.yml", NEW_VILLAGE), regenerated])
    verdict = check_revisions(owned.root, "main", head, "town-admin", TODAY)
    assert verdict.allowed and not verdict.needs_review, verdict.problems


def test_a_new_org_without_its_codeowners_is_refused(owned):
    head = branch(owned, "org-only", [put("data/orgs/village-b.yml", NEW_VILLAGE)])
    verdict = check_revisions(owned.root, "main", head, "town-admin", TODAY)
    assert ("C719", PATH) in codes(verdict)


def test_codeowners_edited_by_hand_is_still_refused(owned):
    head = branch(owned, "grab", [append(PATH, "/data/ @vol-one-gh\n")])
    verdict = check_revisions(owned.root, "main", head, "vol-one-gh", TODAY)
    assert ("C701", PATH) in codes(verdict)


def test_a_stale_main_does_not_block_claims(owned):
    owned.write({PATH: "# old\n"})
    owned.commit("stale")
    head = branch(owned, "claim", [CLAIM])
    assert check_revisions(owned.root, "main", head, "vol-one-gh", TODAY).allowed


def test_new_org_command_regenerates_codeowners(owned):
    result = CliRunner().invoke(
        main,
        [
            "new",
            "org",
            "village-b",
            "--name",
            "北村妇联",
            "--level",
            "village",
            "--parent",
            "town-a",
            "--place",
            "示例县",
            "--maintainer",
            "helper-gh",
            "--repo",
            str(owned.root),
            "--today",
            "2026-05-01",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "/data/wishes/village-b/ @helper-gh @town-admin @city-admin" in owned.read(PATH).splitlines()
    assert CliRunner().invoke(main, ["codeowners", "--repo", str(owned.root), "--check"]).exit_code == 0


# Volunteers without GitHub, organisations without maintainers


def test_org_without_maintainers_is_owned_by_its_parents(tmp_path):
    repo = GitRepo(tmp_path / "repo")
    repo.write({**FILES, "data/orgs/village-a.yml": org("village-a", "东村妇联", "village", "town-a", [])})
    repo.commit("base")
    assert CliRunner().invoke(main, ["validate", str(repo.root), "--today", "2026-05-01"]).exit_code == 0
    text = render(load_repository(FileSource(repo.root)).model)
    assert "/data/wishes/village-a/ @town-admin @city-admin" in text.splitlines()


def test_phone_volunteer_record_is_valid_and_claims_are_recorded_by_maintainers(tmp_path):
    repo = make_repo(tmp_path / "repo")
    phone = "id: phone-vol\nname: 电话志愿者\nkind: person\njoined: 2026-01-10\n"
    head = branch(
        repo,
        "phone",
        [put("data/volunteers/phone-vol.yml", phone), append(WISH, "claims:\n" + claim_line("phone-vol"))],
    )
    # a maintainer of the wish's village records the phone claim (and the record, github-less)
    assert check_revisions(repo.root, "main", head, "village-admin", TODAY).allowed
    # nobody else can
    assert not check_revisions(repo.root, "main", head, "vol-one-gh", TODAY).allowed


@pytest.mark.parametrize("char", ["\u2067", "\u2066", "\u00ad", "\u2060", "\u061c"])
def test_submitted_wish_with_invisible_characters_is_refused(tmp_path, char):
    """The form used to refuse only some of them; now the one rule validation uses."""
    repo = make_repo(tmp_path / "repo")
    body = fixture("wish-valid.md").replace("一台电饭煲", "一台电饭" + char + "煲")
    _, reply = submit_form(repo, tmp_path, body, "worker-gh")
    assert "控制字符" in reply
    assert repo.git("status", "--porcelain") == ""  # nothing written


def test_new_volunteer_without_github_and_org_without_maintainers_are_written_valid(tmp_path):
    repo = make_repo(tmp_path / "repo")
    common = ["--repo", str(repo.root), "--today", "2026-05-01"]
    made = CliRunner().invoke(main, ["new", "volunteer", "wang-ayi", "--name", "王阿姨", *common])
    assert made.exit_code == 0 and "请填写" not in made.output, made.output
    assert "\ngithub:" not in repo.read("data/volunteers/wang-ayi.yml")
    made = CliRunner().invoke(
        main,
        [
            "new",
            "org",
            "village-c",
            "--name",
            "南村妇联",
            "--level",
            "village",
            "--parent",
            "town-a",
            "--place",
            "示例县",
            *common,
        ],
    )
    assert made.exit_code == 0 and "请填写" not in made.output, made.output
    assert CliRunner().invoke(main, ["validate", str(repo.root), "--today", "2026-05-01"]).exit_code == 0
    # the phone volunteer's claim is recorded by a maintainer's command
    claimed = CliRunner().invoke(main, ["claim", "va-002", "wang-ayi", *common])
    assert claimed.exit_code == 0, claimed.output


def test_reminder_names_the_maintainers_above_an_org_without_its_own(tmp_path):
    repo = GitRepo(tmp_path / "repo")
    files = {
        **FILES,
        "data/orgs/village-a.yml": org("village-a", "东村妇联", "village", "town-a", []),
        "data/volunteers/phone-vol.yml": "id: phone-vol\nname: 电话志愿者\nkind: person\njoined: 2026-01-10\n",
    }
    files["data/wishes/village-a/va-002.yml"] += "claims:\n  - {volunteer: phone-vol, date: 2026-04-10}\n"
    repo.write(files)
    repo.commit("base")
    result = CliRunner().invoke(
        main, ["remind", "--format", "markdown", "--within", "90", "--repo", str(repo.root), "--today", "2026-05-01"]
    )
    assert result.exit_code == 0, result.output
    section = result.output.split("东村妇联")[1]
    assert "组织管理员：@town-admin" in section
    assert "电话志愿者" in section or "phone-vol（无 GitHub 账号" in section


def test_the_claim_form_says_why_a_claim_waits(tmp_path):
    repo = GitRepo(tmp_path / "repo")
    repo.write({**FILES, "data/program.yml": FILES["data/program.yml"] + "claim_limits: {open: 1, first: 1}\n"})
    repo.commit("base")
    status, reply = submit_form(repo, tmp_path, fixture("claim-returning.md"), "vol-two-gh")
    assert status == 0
    assert "审核后合并" in reply and "超过本项目每位志愿者同时最多 1 个的限制" in reply
