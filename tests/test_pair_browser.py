"""The pairing figures in a real browser at phone size: an organisation's 结对认亲 section and the
结对认亲 page, loaded cleanly, not scrolling sideways, showing the counts the data gives."""

from __future__ import annotations

import pytest

from generator.program import pair_stats
from test_browser import (
    CHROMIUM,
    TODAY,
    browser,
    built_site,
    look,
    model,
    percent,
    phone,
    server,
    shots,
    shows_figure,
    text_of,
)

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing")


def test_a_village_page_shows_its_pairs_on_a_phone(phone, server, shots, model):
    figures = pair_stats.by_org(model, TODAY)["majiayi-village"]
    page = look(phone, server.url("orgs/majiayi-village/"), shots, "org-pairs")
    section = page.locator("article h2:has-text('结对认亲') + .xy-pair-figures")
    assert section.count() == 1
    text = text_of(page)
    assert shows_figure(text, figures.active, "结对中")
    assert shows_figure(text, percent(figures.rate), "本年职责完成")
    rows = page.locator("article table.xy-pair-duties tbody tr")
    assert rows.count() == len(figures.duties)
    visits = next(d for d in figures.duties if d.id == "home-visit")
    assert rows.first.inner_text().split() == ["上门家访", str(visits.done), str(visits.owed), percent(visits.rate)]


def test_the_pairs_page_fits_a_phone_and_names_no_child(phone, server, shots, model):
    page = look(phone, server.url("pairs/"), shots, "pairs")
    text = text_of(page)
    tiers = pair_stats.by_tier(model, TODAY)
    assert page.locator("article table.xy-pair-table").count() == 2
    assert all(shows_figure(text, f.active, "结对中") or str(f.active) in text for f in tiers.values())
    assert not any(p.alias in text for p in model.pairs.values())
