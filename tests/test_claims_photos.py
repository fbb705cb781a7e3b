"""Photos are a maintainer's change: a volunteer's pull request that adds a photo file, a
``photos`` entry, or a picture anywhere under data/ is refused by ``xinyuan check-pr``."""

from __future__ import annotations

import json
from functools import cache

import pytest
from claims_repo import append, branch, claim_line, make_repo, put
from click.testing import CliRunner

from generator.cli import main
import photo_images as img

WISH = "data/wishes/village-a/va-004.yml"  # fulfilled, handled by village-a
PHOTO = "data/photos/village-a/va-004/1.jpg"
ENTRY = append(WISH, "photos:\n  - {file: 1.jpg, alt: 送到的拐杖}\n")


@cache
def gift() -> bytes:
    return img.clean(img.gift((800, 600)))


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    repo = make_repo(tmp_path_factory.mktemp("photos") / "repo")
    branch(repo, "photo-and-entry", [put(PHOTO, gift()), ENTRY])
    branch(repo, "entry-only", [ENTRY])
    branch(repo, "file-only", [put(PHOTO, gift())])
    branch(repo, "beside-the-wish", [put("data/wishes/village-a/va-004.jpg", gift())])
    branch(repo, "in-volunteers", [put("data/volunteers/vol-one.jpg", gift())])
    branch(
        repo,
        "with-a-claim",
        [
            put("data/photos/village-a/va-002/1.jpg", gift()),
            append("data/wishes/village-a/va-002.yml", "claims:\n" + claim_line("vol-one")),
        ],
    )
    return repo


def check(repo, head, author):
    result = CliRunner().invoke(
        main,
        [
            "check-pr",
            "--repo",
            str(repo.root),
            "--today",
            "2026-05-01",
            "--base",
            "main",
            "--head",
            head,
            "--author",
            author,
            "--format",
            "json",
        ],
    )
    return result.exit_code, json.loads(result.stdout or "[]")


@pytest.mark.parametrize(
    "head, refused_at",
    [
        ("photo-and-entry", {PHOTO, WISH}),
        ("entry-only", {WISH}),
        ("file-only", {PHOTO}),
        ("beside-the-wish", {"data/wishes/village-a/va-004.jpg"}),
        ("in-volunteers", {"data/volunteers/vol-one.jpg"}),
        ("with-a-claim", {"data/photos/village-a/va-002/1.jpg"}),
    ],
)
def test_a_volunteer_cannot_add_photos(repo, head, refused_at):
    status, refusals = check(repo, head, "vol-one-gh")
    assert status == 1
    assert refused_at <= {r["path"] for r in refusals}, refusals
    if head == "entry-only":
        assert any(r["code"] == "C707" and "photos" in r["message"] for r in refusals)


def test_a_top_maintainer_may_add_a_photo_and_a_human_reviews_it(repo, tmp_path):
    summary = tmp_path / "summary.json"
    result = CliRunner().invoke(
        main,
        [
            "check-pr",
            "--repo",
            str(repo.root),
            "--today",
            "2026-05-01",
            "--base",
            "main",
            "--head",
            "photo-and-entry",
            "--author",
            "city-admin",
            "--summary-json",
            str(summary),
        ],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(summary.read_text())["needs_review"] is True
