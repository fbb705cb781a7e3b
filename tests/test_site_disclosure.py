"""What the built site and its open data show of each wish (PIPL): texts of published wishes
only, the title alone of a wish withdrawn after publication, nothing of an erased one."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from conftest import SITE_TODAY, make_root
from generator.photos.files import photo_dir
from generator.ops import erasure
from generator.model.records import Status
from sitetext import article_text, page, program_text

ERASED = "dongpo-2026-006"  # published and fulfilled, then erased on request
WITHDRAWN = "dongpo-2026-008"  # withdrawn after publication


def _everything(site: Path) -> str:
    """Every text file of the built site but the tool's own pages: pages, open data, feed, search
    indexes, sitemap."""
    return "\n".join(program_text(site).values())


def _texts(wish) -> list[str]:
    return [
        t
        for t in (
            wish.title,
            wish.story,
            wish.alias,
            wish.fulfilled_note,
            wish.withdrawn_reason,
            *(e.note for e in wish.escalations),
        )
        if t
    ]


def _records(site: Path) -> dict[str, dict]:
    doc = json.loads((site / "opendata" / "wishes.json").read_text("utf-8"))
    return {r["id"]: r for r in doc["records"]}


def test_unpublished_wishes_show_no_text_anywhere(sample_site, sample_model):
    unpublished = [w for w in sample_model.wishes.values() if not w.published]
    assert len(unpublished) == 10  # qingshan-2026-018 waits to be offered to its pair
    shown = {t for w in sample_model.wishes.values() if w.published for t in _texts(w)}
    everything = _everything(sample_site)
    records = _records(sample_site)
    for wish in unpublished:
        for text in _texts(wish):
            if text not in shown:  # a title two wishes share may be shown for the other
                assert text not in everything, (wish.id, text)
        row = records[wish.id]
        assert row["title"] == row["story"] == row["alias"] == row["place"] == row["age_band"] == ""
        assert row["withdrawn_reason"] is None
        assert row["org"] == wish.org and row["category"] == wish.category
        assert row["collected"] == wish.collected.isoformat()
        assert row["status"] == wish.status(SITE_TODAY).value
        assert not (sample_site / "wishes" / wish.id).exists()


def test_published_wishes_keep_their_texts(sample_site, sample_model):
    records = _records(sample_site)
    open_ = [w for w in sample_model.wishes.values() if w.status(SITE_TODAY) is Status.OPEN]
    for wish in open_:
        assert records[wish.id]["story"] == wish.story and records[wish.id]["alias"] == wish.alias
        text = article_text(page(sample_site, f"wishes/{wish.id}"))
        assert wish.story in text and wish.alias in text


def test_a_wish_withdrawn_after_publication_keeps_only_its_title(sample_site, sample_model):
    wish = sample_model.wishes[WITHDRAWN]
    assert wish.published and wish.withdrawn
    text = article_text(page(sample_site, f"wishes/{WITHDRAWN}"))
    assert wish.title in text and "已撤回" in text
    everything = _everything(sample_site)
    for hidden in (wish.story, wish.withdrawn_reason):
        assert hidden not in everything
    row = _records(sample_site)[WITHDRAWN]
    assert row["title"] == wish.title and row["story"] == "" and row["alias"] == ""


def test_the_about_page_says_what_is_published_and_how_to_ask_for_removal(sample_site):
    text = article_text(page(sample_site, "about"))
    for phrase in (
        "公开什么，不公开什么",
        "监护人",
        "尚未发布的心愿",
        "发布后撤回的心愿",
        "怎样要求删除",
        "第四十七条",
        "历史记录中清除",
    ):
        assert phrase in text, phrase


@pytest.fixture(scope="module")
def erased_site(tmp_path_factory):
    from generator.site import build_site

    root = make_root(tmp_path_factory.mktemp("erased"))
    path = next((root / "data" / "wishes").rglob(f"{ERASED}.yml"))
    before = path.read_text("utf-8")
    path.write_text(erasure.erased_text(before, date(2026, 11, 20), "本人撤回同意"), encoding="utf-8")
    # `xinyuan erase` removes the wish's photos with its photos list (erased_text drops the list).
    shutil.rmtree(root / photo_dir(path.relative_to(root).as_posix()))
    out = root / "site"
    build_site(root, out, today=SITE_TODAY)
    return before, out


def test_an_erased_wish_leaves_no_text_on_the_site(erased_site, sample_model):
    before, site = erased_site
    wish = sample_model.wishes[ERASED]
    everything = _everything(site)
    for text in _texts(wish) + ["村里报镇妇联"]:
        assert text in before
        assert text not in everything, text
    notice = article_text(page(site, f"wishes/{ERASED}"))
    assert "已删除的心愿" in notice and "已于 2026-11-20 删除" in notice
    row = _records(site)[ERASED]
    assert row["erased"] == "2026-11-20" and row["title"] == "" and row["story"] == ""
    assert row["status"] == "fulfilled" and row["fulfilled"] == "2026-03-27"  # statistics stay honest
    fulfilled = article_text(page(site, "fulfilled"))
    assert ERASED not in "".join(p.read_text("utf-8") for p in (site / "fulfilled").rglob("*.html"))
    assert "已删除" not in fulfilled
