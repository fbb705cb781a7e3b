"""The site's pairing figures (a real mkdocs build of the sample program): one page of counts per
tier and organisation, a section on each organisation's page, open data with the figures; no
page, alias or id of any paired child anywhere in the built site."""

from __future__ import annotations

import json

from generator.program import pair_stats
from generator.program.stats import LEVEL_NAMES
from conftest import SITE_TODAY
from sitetext import article_text, page, program_text


def test_pairs_page_shows_each_tier_and_duty_as_counted(sample_site, sample_model):
    text = article_text(page(sample_site, "pairs"))
    tiers = pair_stats.by_tier(sample_model, SITE_TODAY)
    assert tiers, "the sample runs pairings"
    for level, f in tiers.items():
        cells = " ".join(f"{d.done}/{d.owed}" for d in f.duties)
        assert f"{LEVEL_NAMES[level]} {f.active} {cells}" in text
    assert "上门家访" in text and "节日问候" in text


def test_organisation_page_has_its_pairing_section(sample_site, sample_model):
    figures = pair_stats.by_org(sample_model, SITE_TODAY)["majiayi-village"]
    text = article_text(page(sample_site, "orgs/majiayi-village"))
    assert f"结对认亲 {figures.active} 结对中" in text
    visits = next(d for d in figures.duties if d.id == "home-visit")
    assert f"上门家访 {visits.done} {visits.owed}" in text
    assert figures.wishes_fulfilled == 0 and "0 结对圆梦" in text
    # The sample's wish qingshan-2026-017 names a pair and was fulfilled this year.
    qingshan = pair_stats.by_org(sample_model, SITE_TODAY)["qingshan-village"]
    assert qingshan.wishes_fulfilled == 1
    assert "1 结对圆梦" in article_text(page(sample_site, "orgs/qingshan-village"))
    # An organisation without pairs has no such section.
    assert "结对认亲" not in article_text(page(sample_site, "orgs/baisha-wf"))


def test_no_page_alias_or_id_of_a_paired_child_anywhere(sample_site, sample_model):
    model = sample_model
    told_elsewhere = {w.alias for w in model.wishes.values()}
    only_in_pairs = {p.alias for p in model.pairs.values()} - told_elsewhere
    assert len(only_in_pairs) > 10
    leaks = [d.name for d in sample_site.rglob("*-pair-*") if d.is_dir()]
    for rel, body in program_text(sample_site).items():
        leaks += [f"{rel}: {a}" for a in only_in_pairs if a in body]
        leaks += [f"{rel}: {p}" for p in model.pairs if p in body]
    assert leaks == []


def test_open_data_has_the_figures_per_organisation(sample_site, sample_model):
    data = json.loads((sample_site / "opendata" / "pairs.json").read_text(encoding="utf-8"))
    rows = {r["org"]: r for r in data["records"]}
    figures = pair_stats.by_org(sample_model, SITE_TODAY)
    assert set(rows) == set(figures)
    county = rows["yunling-wf"]
    assert county["active"] == figures["yunling-wf"].active
    assert {d["duty"]: d["done"] for d in county["duties"]} == {d.id: d.done for d in figures["yunling-wf"].duties}
    assert "alias" not in json.dumps(data) and "place" not in data["fields"]
    csv_text = (sample_site / "opendata" / "pairs.csv").read_text(encoding="utf-8-sig")
    assert csv_text.splitlines()[0].startswith("org,name,level,pairs,active")
