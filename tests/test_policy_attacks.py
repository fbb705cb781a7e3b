"""Attacks on the claim policy, written the way an outsider would try them (issue 9).

Each case is a pull request in a real git repository (``claims_repo``), by a GitHub user who
is not a maintainer (``vol-one-gh``, ``newcomer-gh``, ``stranger-gh``) or by the maintainer of
one village reaching above it (``village-admin``). Every case here was merged automatically by
the policy before this file existed.
"""

from __future__ import annotations

from datetime import date

import pytest
from claims_repo import FILES, GitRepo, append, branch, claim_line, org, put, replace, volunteer, wish

from generator.policy.trees import check_revisions

TODAY = date(2026, 5, 1)
VA = "data/wishes/village-a/"
VR = "data/wishes/village-r/"
VOL = "data/volunteers/"
ONE, NEW = "vol-one-gh", "newcomer-gh"
NEWCOMER = volunteer("newcomer", "新来的志愿者", NEW)
CLAIM = "claims:\n" + claim_line("vol-one")
WISH = VA + "va-002.yml"


# Lines of the fixture's wish: the first line appended, the claim under a new ``claims:``.
def line_of(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith(start))


APPENDED = wish("va-002", "village-a").count("\n") + 1
CLAIM_ITEM = APPENDED + 1
VETTED = line_of(wish("va-002", "village-a"), "vetted:")

# Ten more open wishes in village-a, for the claim limits.
MORE = {f"{VA}va-1{i:02}.yml": wish(f"va-1{i:02}", "village-a") for i in range(10)}


def claims_everywhere(volunteer_id, wishes):
    return [append(path, "claims:\n" + claim_line(volunteer_id)) for path in wishes]


def bytes_of(path, transform):
    return lambda repo: repo.write({path: transform((repo.root / path).read_bytes())})


# (id, author, edits, expected code, at (path, line) or None, review instead of refusal)
CASES = [
    # 1. a wish file changed byte for byte beyond appended claim lines
    ("comment-added", ONE, [append(WISH, "# 扫码领取积分 https://evil.example\n")], "C715", (WISH, APPENDED), False),
    (
        "comment-on-claim-line",
        ONE,
        [append(WISH, "claims:\n  - {volunteer: vol-one, date: 2026-04-30}  # 领积分\n")],
        "C715",
        (WISH, CLAIM_ITEM),
        False,
    ),
    ("requoted-title", ONE, [replace(WISH, "title: 一根拐杖", 'title: "一根拐杖"')], "C715", (WISH, 2), False),
    (
        "key-order",
        ONE,
        [replace(WISH, "id: va-002\ntitle: 一根拐杖\n", "title: 一根拐杖\nid: va-002\n")],
        "C715",
        (WISH, 1),
        False,
    ),
    ("crlf", ONE, [bytes_of(WISH, lambda b: b.replace(b"\n", b"\r\n"))], "C715", (WISH, 1), False),
    ("bom", ONE, [bytes_of(WISH, lambda b: b"\xef\xbb\xbf" + b)], "C715", (WISH, 1), False),
    ("empty-claims", ONE, [append(WISH, "claims: []\n")], "C715", (WISH, APPENDED), False),
    (
        "flow-claims",
        ONE,
        [append(WISH, "claims: [{volunteer: vol-one, date: 2026-04-30}]\n")],
        "C715",
        (WISH, APPENDED),
        False,
    ),
    ("trailing-spaces", ONE, [replace(WISH, "slots: 1\n", "slots: 1   \n")], "C715", (WISH, 11), False),
    # 2. signing for an organisation above one's own (judged from the base)
    (
        "village-vets-as-city",
        "village-admin",
        [replace(WISH, "vetted: {date: 2026-03-05, by: village-a}", "vetted: {date: 2026-03-05, by: city-wf}")],
        "C716",
        (WISH, VETTED),
        False,
    ),
    (
        "village-dispatches-as-town",
        "village-admin",
        [append(WISH, "claims:\n  - {volunteer: vol-one, date: 2026-04-30, dispatched_by: town-a}\n")],
        "C716",
        (WISH, CLAIM_ITEM),
        False,
    ),
    (
        "town-passes-up-as-nobody-else",
        "town-admin",
        [append(WISH, "claims:\n  - {volunteer: vol-one, date: 2026-04-30, dispatched_by: city-wf}\n")],
        "C716",
        (WISH, CLAIM_ITEM),
        False,
    ),
    # 5. one account, many wishes
    (
        "first-timer-claims-many",
        NEW,
        [put(VOL + "newcomer.yml", NEWCOMER), *claims_everywhere("newcomer", list(MORE)[:4])],
        "C717",
        None,
        True,
    ),
    ("volunteer-claims-too-many", ONE, claims_everywhere("vol-one", list(MORE)), "C717", None, True),
    # 4. names that deceive (one rule, any way in)
    (
        "rlo-in-name",
        ONE,
        [replace(VOL + "vol-one.yml", "志愿者甲", "志愿者\u202e甲乙")],
        "I310",
        (VOL + "vol-one.yml", 2),
        False,
    ),
    (
        "zero-width-name",
        ONE,
        [replace(VOL + "vol-one.yml", "志愿者甲", "志愿\u200b者甲")],
        "I310",
        (VOL + "vol-one.yml", 2),
        False,
    ),
    (
        "site-label-name",
        NEW,
        [put(VOL + "newcomer.yml", volunteer("newcomer", "一位志愿者", NEW))],
        "I310",
        (VOL + "newcomer.yml", 2),
        False,
    ),
    (
        "org-name-as-name",
        NEW,
        [put(VOL + "newcomer.yml", volunteer("newcomer", "示例市妇联", NEW))],
        "I310",
        (VOL + "newcomer.yml", 2),
        False,
    ),
    (
        "formula-name",
        NEW,
        [put(VOL + "newcomer.yml", volunteer("newcomer", '\'=HYPERLINK("https://evil.example","积分兑换")\'', NEW))],
        "I310",
        (VOL + "newcomer.yml", 2),
        False,
    ),
    (
        "link-in-name",
        NEW,
        [put(VOL + "newcomer.yml", volunteer("newcomer", "领积分 https://evil.example", NEW))],
        "I310",
        (VOL + "newcomer.yml", 2),
        False,
    ),
    ("long-name", ONE, [replace(VOL + "vol-one.yml", "志愿者甲", "甲" * 60)], "I310", (VOL + "vol-one.yml", 2), False),
    # 8. a record without github cannot be taken over
    (
        "take-over-phone-volunteer",
        ONE,
        [replace(VOL + "phone-vol.yml", "joined:", f"github: {ONE}\njoined:")],
        "C706",
        (VOL + "phone-vol.yml", 1),
        False,
    ),
    (
        "claim-for-phone-volunteer",
        ONE,
        [append(WISH, "claims:\n" + claim_line("phone-vol"))],
        "C709",
        (WISH, CLAIM_ITEM),
        False,
    ),
]

PHONE_VOLUNTEER = "id: phone-vol\nname: 电话志愿者\nkind: person\njoined: 2026-01-10\n"


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    repo = GitRepo(tmp_path_factory.mktemp("attacks") / "repo")
    repo.write({**FILES, **MORE, VOL + "phone-vol.yml": PHONE_VOLUNTEER})
    repo.commit("base")
    return repo


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_attack_is_stopped(repo, case):
    name, author, edits, code, where, review = case
    head = branch(repo, name, edits)
    verdict = check_revisions(repo.root, "main", head, author, TODAY)
    found = [(p.code, p.path, p.line) for p in verdict.problems]
    if review:
        assert verdict.needs_review and verdict.allowed, found
        assert any(p.code == code for p in verdict.reasons), verdict.reasons
    else:
        assert not verdict.allowed
        assert code in [c for c, _, _ in found], found
        if where:
            assert (code, *where) in found, found


def test_a_plain_claim_stays_allowed(repo):
    head = branch(repo, "plain", [append(WISH, CLAIM)])
    verdict = check_revisions(repo.root, "main", head, ONE, TODAY)
    assert verdict.allowed and not verdict.needs_review


def test_a_maintainer_may_still_sign_for_their_own_and_below(repo):
    head = branch(
        repo,
        "town-vets",
        [replace(WISH, "vetted: {date: 2026-03-05, by: village-a}", "vetted: {date: 2026-03-05, by: town-a}")],
    )
    assert check_revisions(repo.root, "main", head, "town-admin", TODAY).allowed


def test_village_cannot_pass_up_on_the_towns_behalf(tmp_path):
    """The wish was passed up to town-a; village-a may not send it on to the city."""
    repo = GitRepo(tmp_path / "repo")
    escalated = wish("va-050", "village-a").replace(
        "published:", "escalations:\n  - {date: 2026-03-06, to: town-a}\npublished:"
    )
    repo.write({**FILES, VA + "va-050.yml": escalated})
    repo.commit("base")
    head = branch(
        repo,
        "up",
        [
            replace(
                VA + "va-050.yml",
                "  - {date: 2026-03-06, to: town-a}\n",
                "  - {date: 2026-03-06, to: town-a}\n  - {date: 2026-03-20, to: city-wf}\n",
            )
        ],
    )
    verdict = check_revisions(repo.root, "main", head, "village-admin", TODAY)
    assert not verdict.allowed
    new_step = line_of(escalated, "published:")  # inserted just above it
    assert ("C716", VA + "va-050.yml", new_step) in [(p.code, p.path, p.line) for p in verdict.problems]
    # the town itself may
    assert check_revisions(repo.root, "main", head, "town-admin", TODAY).allowed


def test_roles_are_judged_from_the_base_not_the_head(tmp_path):
    """A village maintainer who makes themselves a maintainer of the city in the same pull
    request still cannot sign for the city."""
    repo = GitRepo(tmp_path / "repo")
    repo.write(FILES)
    repo.commit("base")
    head = branch(
        repo,
        "grab",
        [
            replace("data/orgs/city-wf.yml", "[city-admin]", "[city-admin, village-admin]"),
            replace(WISH, "by: village-a}", "by: city-wf}"),
        ],
    )
    codes = {p.code for p in check_revisions(repo.root, "main", head, "village-admin", TODAY).problems}
    assert {"C705", "C716"} <= codes


def test_org_without_maintainers_is_run_by_its_parent(tmp_path):
    repo = GitRepo(tmp_path / "repo")
    files = dict(FILES)
    files["data/orgs/village-a.yml"] = org("village-a", "东村妇联", "village", "town-a", []).replace(
        "maintainers: []\n", ""
    )
    repo.write(files)
    repo.commit("base")
    head = branch(repo, "fulfil", [append(VA + "va-001.yml", "fulfilled: {date: 2026-04-30, note: 已送到}\n")])
    assert check_revisions(repo.root, "main", head, "town-admin", TODAY).allowed
    assert not check_revisions(repo.root, "main", head, "village-admin", TODAY).allowed


# Found while closing the classes above: erasing what an organisation above signed.


@pytest.fixture()
def signed(tmp_path):
    """va-060 was passed up to town-a and dispatched by it; va-061 was vetted by the city."""
    repo = GitRepo(tmp_path / "repo")
    up = wish("va-060", "village-a", 2).replace(
        "published:", "escalations:\n  - {date: 2026-03-06, to: town-a}\npublished:"
    ) + ("claims:\n  - {volunteer: vol-two, date: 2026-04-10, dispatched_by: town-a}\n")
    city = wish("va-061", "village-a").replace("by: village-a}", "by: city-wf}")
    repo.write({**FILES, VA + "va-060.yml": up, VA + "va-061.yml": city})
    repo.commit("base")
    return repo


@pytest.mark.parametrize(
    "name, edits",
    [
        (
            "rewrite-the-towns-dispatch",
            [replace(VA + "va-060.yml", "dispatched_by: town-a}", "dispatched_by: village-a}")],
        ),
        (
            "delete-the-towns-dispatch",
            [
                replace(
                    VA + "va-060.yml",
                    "  - {volunteer: vol-two, date: 2026-04-10, dispatched_by: town-a}\n",
                    "  - {volunteer: vol-two, date: 2026-04-10}\n",
                )
            ],
        ),
        ("revet-as-village", [replace(VA + "va-061.yml", "by: city-wf}", "by: village-a}")]),
        ("delete-city-vetted-wish", [lambda repo: repo.write({VA + "va-061.yml": None})]),
    ],
)
def test_a_village_cannot_erase_what_those_above_signed(signed, name, edits):
    head = branch(signed, name, edits)
    verdict = check_revisions(signed.root, "main", head, "village-admin", TODAY)
    assert "C716" in [p.code for p in verdict.problems] and not verdict.allowed
    assert check_revisions(signed.root, "main", head, "city-admin", TODAY).allowed


def test_a_village_may_still_release_and_fulfil_a_wish_passed_up(signed):
    head = branch(
        signed,
        "release",
        [replace(VA + "va-060.yml", "dispatched_by: town-a}", "dispatched_by: town-a, released: 2026-04-30}")],
    )
    assert check_revisions(signed.root, "main", head, "village-admin", TODAY).allowed


@pytest.mark.parametrize("layout", ["crlf", "empty-flow", "no-final-newline"])
def test_the_claim_form_writes_what_the_byte_rule_allows(tmp_path, layout):
    """Intake's claim (checked by the same policy) keeps every other byte: CRLF files stay CRLF."""
    from test_policy_accounts import fixture, submit_form

    text = wish("va-070", "village-a")
    text = {
        "crlf": text.replace("\n", "\r\n"),
        "empty-flow": text + "claims: []\n",
        "no-final-newline": text.rstrip("\n"),
    }[layout]
    repo = GitRepo(tmp_path / "repo")
    repo.write({**FILES, VA + "va-070.yml": text.encode("utf-8")})
    repo.commit("base")
    status, reply = submit_form(repo, tmp_path, fixture("claim-returning.md").replace("va-002", "va-070"), ONE)
    assert status == 0, reply
    after = (repo.root / VA / "va-070.yml").read_bytes()
    assert after.endswith(b"  - {volunteer: vol-one, date: 2026-05-01}" + (b"\r\n" if layout == "crlf" else b"\n"))
    head = repo.commit("intake")
    assert check_revisions(repo.root, head + "~1", head, ONE, TODAY).allowed


def test_claim_limits_come_from_program_yml_and_the_comment_says_why(tmp_path):
    from generator.policy.comment import render

    repo = GitRepo(tmp_path / "repo")
    repo.write({**FILES, **MORE})
    repo.commit("base")
    four = [put(VOL + "newcomer.yml", NEWCOMER), *claims_everywhere("newcomer", list(MORE)[:4])]
    head = branch(repo, "four", four)
    verdict = check_revisions(repo.root, "main", head, NEW, TODAY)
    assert verdict.allowed and verdict.needs_review and verdict.review_orgs == []
    comment = render(verdict)
    assert "等待组织的管理员审核" in comment and "C717" in comment and "第一次认领最多 2 个" in comment
    assert verdict.summary()["review_reasons"][0]["code"] == "C717"
    # a program that allows more
    repo.write({"data/program.yml": FILES["data/program.yml"] + "claim_limits: {open: 10, first: 4}\n"})
    repo.commit("limits")
    head = branch(repo, "four-again", four)
    verdict = check_revisions(repo.root, "main", head, NEW, TODAY)
    assert verdict.allowed and not verdict.needs_review
    # the open limit counts claims already held: vol-two holds three (va-001, va-003, va-004 is
    # fulfilled so it does not count)
    head = branch(repo, "more", claims_everywhere("vol-two", list(MORE)[:9]))
    verdict = check_revisions(repo.root, "main", head, "vol-two-gh", TODAY)
    assert [p.code for p in verdict.reasons] == ["C717"] and "11 个未完成的认领" in verdict.reasons[0].message


def test_consent_recorded_in_the_name_of_an_org_above_is_refused(tmp_path):
    """``consent: {by, date, recorded_by}``: whoever records consent signs for an organisation."""
    repo = GitRepo(tmp_path / "repo")
    repo.write(FILES)
    repo.commit("base")
    head = branch(repo, "consent", [replace(WISH, "recorded_by: village-a}", "recorded_by: city-wf}")])
    found = [(p.code, p.line) for p in check_revisions(repo.root, "main", head, "village-admin", TODAY).problems]
    assert ("C716", line_of(repo.read(WISH), "consent:")) in found
    own = check_revisions(repo.root, "main", head, "city-admin", TODAY).problems
    assert "C716" not in [p.code for p in own]
