"""Posters show what can be claimed in an organisation and below it, and per campaign; a wish
passed up after publication stays listed and its timeline says so. A real build, read back."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from conftest import SITE_TODAY, make_root
from generator.cli import main
from generator.model.records import Status
from generator.model.sources import FileSource
from generator.rules.runner import validate
from sitetext import article, article_text, page

ESCALATED = "majiayi-2026-016"  # majiayi-village → shimen-town, published, nobody claimed it


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = make_root(tmp_path_factory.mktemp("posters"))
    result = CliRunner().invoke(
        main,
        ["escalate", ESCALATED, "--note", "村里暂无认领人", "--repo", str(root), "--today", SITE_TODAY.isoformat()],
    )
    assert result.exit_code == 0, result.output
    from generator.site import build_site

    build_site(root, root / "site", today=SITE_TODAY)
    repo, problems = validate(FileSource(root), SITE_TODAY)
    assert not problems
    return root / "site", repo.model


def _cards(site, prefix: str) -> set[str]:
    html = "".join(article(p) for p in site.glob(f"{prefix}**/index.html"))
    ids = re.findall(r'<span class="xy-poster__id">([a-z0-9-]+)</span>', html)
    assert html.count('class="xy-qr"') == len(ids)
    return set(ids)


def _open(model, where) -> set[str]:
    return {w.id for w in model.wishes.values() if w.status(SITE_TODAY) is Status.OPEN and where(w)}


def test_the_county_poster_lists_the_open_wishes_below_it(built):
    site, model = built
    below = {o for o in model.orgs if "yunling-wf" in model.ancestors(o)} | {"yunling-wf"}
    expected = _open(model, lambda w: w.org in below)
    assert len(expected) > 3
    assert _cards(site, "poster/yunling-wf/") == expected
    assert ESCALATED in expected


def test_a_wish_passed_up_is_on_the_township_poster_and_still_on_the_village_one(built):
    site, _ = built
    assert ESCALATED in _cards(site, "poster/shimen-town/")
    assert ESCALATED in _cards(site, "poster/majiayi-village/")
    village = article_text(page(site, "poster/majiayi-village"))
    assert "已上报云岭县石门镇妇联" in village
    assert ESCALATED not in _cards(site, "poster/lianhua-village/")


def test_every_org_with_something_claimable_below_has_a_poster(built):
    site, model = built
    index = article_text(page(site, "poster"))
    for org in model.orgs.values():
        below = {o for o in model.orgs if org.id in model.ancestors(o)} | {org.id}
        if _open(model, lambda w, below=below: w.org in below):
            assert org.name in index, org.id


def test_a_campaign_has_its_poster(built):
    site, model = built
    for campaign in model.program.campaigns.values():
        expected = _open(model, lambda w, campaign=campaign: w.campaign == campaign.id)
        if not expected:
            continue
        assert _cards(site, f"campaigns/{campaign.id}/poster/") == expected
        assert campaign.name in article_text(page(site, f"campaigns/{campaign.id}/poster"))
        assert campaign.name in article_text(page(site, "poster"))
        assert 'href="poster/"' in article(page(site, f"campaigns/{campaign.id}"))
        break
    else:
        pytest.fail("the sample has no campaign with an open wish")


def test_the_timeline_says_the_wish_stays_listed(built):
    site, _ = built
    text = article_text(page(site, f"wishes/{ESCALATED}"))
    assert "上报至云岭县石门镇妇联，仍在心愿清单上" in text
    assert "认领" in text  # still claimable: the claim button is there


def test_a_wish_code_is_one_file_however_many_sheets_show_it(built):
    site, model = built
    shown: dict[str, set[str]] = {}
    for sheet in site.glob("poster/**/index.html"):
        for src in re.findall(r'<img class="xy-qr" src="([^"]+)"', article(sheet)):
            target = (sheet.parent / src).resolve()
            shown.setdefault(target.relative_to(site.resolve()).as_posix(), set()).add(str(sheet))
    assert len(shown) > 0
    assert any(len(sheets) > 1 for sheets in shown.values())  # the same file on several sheets
    for path in shown:
        assert re.fullmatch(r"wishes/[a-z0-9-]+/claim-qr\.png", path), path
        assert (site / path).read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
        assert (site / path).stat().st_size < 1200  # a black-and-white image, not a drawing
