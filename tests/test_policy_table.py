"""The policy on real git repositories: one pull request per row, checked by check-pr's engine."""

from __future__ import annotations

from datetime import date

import pytest
from claims_repo import (
    append,
    branch,
    claim_line,
    delete,
    make_repo,
    put,
    rename,
    replace,
    submodule,
    symlink,
    volunteer,
    wish,
)

from generator.policy.trees import check_revisions

TODAY = date(2026, 5, 1)
VA = "data/wishes/village-a/"
VR = "data/wishes/village-r/"
VOL = "data/volunteers/"
ONE, TWO, NEW = "vol-one-gh", "vol-two-gh", "newcomer-gh"
NEWCOMER = volunteer("newcomer", "新来的志愿者", NEW)


def claims(text):
    return "claims:\n" + text


# (id, author, edits, expected [(code, path, line)], needs_review)
CASES = [
    # allowed: volunteers
    ("claim-adds-claims-key", ONE, [append(VA + "va-002.yml", claims(claim_line("vol-one")))], [], False),
    ("claim-appends", ONE, [append(VA + "va-001.yml", claim_line("vol-one"))], [], False),
    ("claim-inserted-at-top", ONE, [replace(VA + "va-001.yml", "claims:\n", claims(claim_line("vol-one")))], [], False),
    (
        "first-timer-record-and-claim",
        NEW,
        [put(VOL + "newcomer.yml", NEWCOMER), append(VA + "va-002.yml", claims(claim_line("newcomer")))],
        [],
        False,
    ),
    ("edit-own-record", ONE, [replace(VOL + "vol-one.yml", "志愿者甲", "甲")], [], False),
    ("login-case-insensitive", "Vol-One-GH", [append(VA + "va-001.yml", claim_line("vol-one"))], [], False),
    ("claim-review-org", ONE, [append(VR + "vr-001.yml", claims(claim_line("vol-one")))], [], True),
    # refused: volunteers
    (
        "other-persons-record",
        ONE,
        [replace(VOL + "vol-two.yml", "志愿者乙", "乙")],
        [("C706", VOL + "vol-two.yml", 1)],
        False,
    ),
    (
        "take-over-record",
        ONE,
        [replace(VOL + "vol-two.yml", TWO, ONE)],
        [("C706", VOL + "vol-two.yml", 1), ("I306", VOL + "vol-two.yml", 3)],
        False,
    ),
    (
        "give-away-own-record",
        ONE,
        [replace(VOL + "vol-one.yml", ONE, TWO)],
        [("C706", VOL + "vol-one.yml", 1), ("I306", VOL + "vol-two.yml", 3)],
        False,
    ),
    (
        "second-record",
        ONE,
        [put(VOL + "vol-one-b.yml", volunteer("vol-one-b", "甲二", ONE))],
        [("C706", VOL + "vol-one-b.yml", 1), ("I306", VOL + "vol-one.yml", 3)],
        False,
    ),
    (
        "claim-full-wish",
        ONE,
        [append(VA + "va-003.yml", claim_line("vol-one"))],
        [("C713", VA + "va-003.yml", 19), ("L503", VA + "va-003.yml", 19)],
        False,
    ),
    (
        "claim-fulfilled-wish",
        ONE,
        [replace(VA + "va-004.yml", "fulfilled:", claim_line("vol-one") + "fulfilled:")],
        [("C713", VA + "va-004.yml", 19), ("L503", VA + "va-004.yml", 19), ("L501", VA + "va-004.yml", 20)],
        False,
    ),
    (
        "claim-withdrawn-wish",
        ONE,
        [append(VA + "va-005.yml", claims(claim_line("vol-one")))],
        [("C713", VA + "va-005.yml", 19), ("L501", VA + "va-005.yml", 19)],
        False,
    ),
    (
        "claim-for-someone-else",
        ONE,
        [append(VA + "va-002.yml", claims(claim_line("vol-two")))],
        [("C709", VA + "va-002.yml", 18)],
        False,
    ),
    (
        "claim-with-dispatch",
        ONE,
        [append(VA + "va-002.yml", claims("  - {volunteer: vol-one, date: 2026-04-30, dispatched_by: village-a}\n"))],
        [("C711", VA + "va-002.yml", 18)],
        False,
    ),
    (
        "claim-dated-tomorrow",
        ONE,
        [append(VA + "va-002.yml", claims(claim_line("vol-one", "2026-05-02")))],
        [("C712", VA + "va-002.yml", 18), ("L509", VA + "va-002.yml", 18)],
        False,
    ),
    (
        "volunteer-edits-title",
        ONE,
        [replace(VA + "va-002.yml", "一根拐杖", "两根拐杖")],
        [("C707", VA + "va-002.yml", 2)],
        False,
    ),
    (
        "volunteer-raises-slots",
        ONE,
        [replace(VA + "va-003.yml", "slots: 1", "slots: 2"), append(VA + "va-003.yml", claim_line("vol-one"))],
        [("C707", VA + "va-003.yml", 11), ("C713", VA + "va-003.yml", 19)],
        False,
    ),
    (
        "remove-others-claim",
        ONE,
        [replace(VA + "va-001.yml", claim_line("vol-two", "2026-04-10"), claim_line("vol-one"))],
        [("C710", VA + "va-001.yml", 17)],
        False,
    ),
    ("delete-wish", ONE, [delete(VA + "va-002.yml")], [("C702", VA + "va-002.yml", 1)], False),
    (
        "rename-wish",
        ONE,
        [rename(VA + "va-002.yml", VR + "va-002.yml")],
        [("C703", VR + "va-002.yml", 1), ("I303", VR + "va-002.yml", 10)],
        False,
    ),
    (
        "new-wish-by-volunteer",
        ONE,
        [put(VA + "va-009.yml", wish("va-009", "village-a"))],
        [("C708", VA + "va-009.yml", 1)],
        False,
    ),
    (
        "binary-file",
        ONE,
        [put(VOL + "photo.yml", b"\x89PNG\r\n\x1a\n\x00\x00")],
        [("C704", VOL + "photo.yml", 1), ("Y107", VOL + "photo.yml", 1)],
        False,
    ),
    ("symlink", ONE, [symlink(VOL + "link.yml", "vol-one.yml")], [("C704", VOL + "link.yml", 1)], False),
    ("submodule", ONE, [submodule("data/vendor")], [("C704", "data/vendor", 1)], False),
    ("code-change", ONE, [put("generator/cli.py", "import os\n")], [("C701", "generator/cli.py", 1)], True),
    (
        "workflow-change",
        ONE,
        [put(".github/workflows/x.yml", "on: push\n")],
        [("C701", ".github/workflows/x.yml", 1)],
        True,
    ),
    (
        "org-self-promotion",
        ONE,
        [replace("data/orgs/village-a.yml", "[village-admin]", "[village-admin, vol-one-gh]")],
        [("C705", "data/orgs/village-a.yml", 1)],
        False,
    ),
    (
        "program-change",
        ONE,
        [replace("data/program.yml", "time_limit_days: 30", "time_limit_days: 90")],
        [("C705", "data/program.yml", 1)],
        False,
    ),
    ("invalid-yaml", ONE, [append(VA + "va-002.yml", "claims: [\n")], [("Y101", VA + "va-002.yml", 18)], False),
    # maintainers
    (
        "maintainer-fulfils",
        "village-admin",
        [append(VA + "va-001.yml", "fulfilled: {date: 2026-04-30, note: 已送到}\n")],
        [],
        False,
    ),
    ("maintainer-above-edits", "town-admin", [replace(VA + "va-002.yml", "一根拐杖", "一根好拐杖")], [], False),
    (
        "maintainer-of-sibling",
        "village-admin",
        [replace(VR + "vr-001.yml", "一根拐杖", "一根好拐杖")],
        [("C707", VR + "vr-001.yml", 2)],
        False,
    ),
    ("maintainer-new-wish", "village-admin", [put(VA + "va-009.yml", wish("va-009", "village-a"))], [], False),
    ("maintainer-deletes-wish", "village-admin", [delete(VA + "va-002.yml")], [], False),
    (
        "parent-edits-org",
        "town-admin",
        [replace("data/orgs/village-a.yml", "[village-admin]", "[village-admin, helper-gh]")],
        [],
        False,
    ),
    (
        "own-org-file",
        "village-admin",
        [replace("data/orgs/village-a.yml", "[village-admin]", "[village-admin, helper-gh]")],
        [("C705", "data/orgs/village-a.yml", 1)],
        False,
    ),
    (
        "move-org-out-of-reach",
        "town-admin",
        [replace("data/orgs/village-a.yml", "parent: town-a", "parent: city-wf")],
        [("C705", "data/orgs/village-a.yml", 1)],
        False,
    ),
    ("top-edits-code", "city-admin", [put("generator/cli.py", "import os\n")], [], True),
    (
        "top-edits-program",
        "city-admin",
        [replace("data/program.yml", "time_limit_days: 30", "time_limit_days: 40")],
        [],
        False,
    ),
]


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    return make_repo(tmp_path_factory.mktemp("policy") / "repo")


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_policy(repo, case):
    name, author, edits, expected, review = case
    head = branch(repo, name, edits)
    verdict = check_revisions(repo.root, "main", head, author, TODAY)
    assert [(p.code, p.path, p.line) for p in verdict.problems] == sorted(expected, key=lambda e: (e[1], e[2], e[0]))
    assert verdict.allowed is (not expected)
    assert verdict.needs_review is review


def test_table_is_large_enough():
    assert sum(1 for c in CASES if c[3]) >= 20 and sum(1 for c in CASES if not c[3]) >= 10
