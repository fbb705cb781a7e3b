"""The last-slot race: two claims each valid against main, that together over-claim a wish.

va-001 has two slots and one claim. One pull request appends a claim, the other inserts its
claim at the top of the list: git merges them without a conflict.
"""

from __future__ import annotations

from datetime import date

import pytest
from claims_repo import append, branch, claim_line, make_repo, put, replace, volunteer

from generator.policy.trees import check_revisions
from generator.model.sources import GitTreeSource
from generator.rules.runner import validate

TODAY = date(2026, 5, 1)
WISH = "data/wishes/village-a/va-001.yml"
APPEND = ("vol-one-gh", [append(WISH, claim_line("vol-one"))])
AT_TOP = (
    "newcomer-gh",
    [
        put("data/volunteers/newcomer.yml", volunteer("newcomer", "新人", "newcomer-gh")),
        replace(WISH, "claims:\n", "claims:\n" + claim_line("newcomer")),
    ],
)


@pytest.fixture()
def race(tmp_path):
    repo = make_repo(tmp_path / "repo")
    heads = {name: branch(repo, name, edits) for name, (_, edits) in {"append": APPEND, "top": AT_TOP}.items()}
    return repo, heads


def codes_and_lines(verdict):
    return [(p.code, p.path, p.line) for p in verdict.problems]


def test_each_claim_is_valid_alone(race):
    repo, heads = race
    for name, (author, _) in {"append": APPEND, "top": AT_TOP}.items():
        assert check_revisions(repo.root, "main", heads[name], author, TODAY).allowed


@pytest.mark.parametrize(
    "first, second, author, new_line",
    [
        ("append", "top", AT_TOP[0], 18),  # the second claim is the one inserted at the top
        ("top", "append", APPEND[0], 20),  # the second claim is the one appended at the end
    ],
)
def test_second_claim_refused_after_first_merged(race, first, second, author, new_line):
    repo, heads = race
    repo.git("merge", "-q", "--no-ff", "-m", f"merge {first}", heads[first])
    verdict = check_revisions(repo.root, "main", heads[second], author, TODAY)
    # check-pr sees the merge git would make: three claims on two slots.
    assert codes_and_lines(verdict) == [("C713", WISH, new_line), ("L503", WISH, 20)]


@pytest.mark.parametrize("order", [("append", "top"), ("top", "append")])
def test_plain_git_merge_over_claims_and_validation_flags_it(race, order):
    repo, heads = race
    for name in order:
        repo.git("merge", "-q", "--no-ff", "-m", f"merge {name}", heads[name])
    merged = GitTreeSource(repo.root, "main")
    _, problems = validate(merged, TODAY)
    assert [(p.code, p.line) for p in problems] == [("L503", 20)]
    lines = merged.read(WISH).decode().splitlines()
    assert [line.split(",")[0] for line in lines[17:20]] == [
        "  - {volunteer: newcomer",
        "  - {volunteer: vol-two",
        "  - {volunteer: vol-one",
    ]
