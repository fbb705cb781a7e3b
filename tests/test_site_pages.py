"""What the built sample site says: a real MkDocs build, read back as a visitor would."""

from __future__ import annotations

import re
from urllib.parse import unquote

from generator.program import stats
from generator.output.links import claim_url
from generator.model.records import Status
from generator.site.render import percent
from sitetext import article, article_text, page, parse, program_text

from conftest import SITE_TODAY


def test_the_sample_builds_without_warnings(sample_build):
    summary, site = sample_build
    assert summary.warnings == ()
    assert summary.pages > 100
    assert (site / "index.html").is_file() and (site / "sitemap.xml").is_file()


def test_home_figures_match_the_statistics(sample_site, sample_model):
    f = stats.figures(sample_model.wishes.values(), SITE_TODAY)
    text = article_text(page(sample_site, ""))
    assert f"{f.collected} 征集心愿" in text
    assert f"{f.fulfilled} 已圆梦" in text
    assert f"{percent(f.fulfilment_rate)} 圆梦率" in text
    assert f"{f.open} 待认领" in text
    # The denominator is stated, and the claim rate is given apart from the fulfilment rate.
    assert f"已圆梦 {f.fulfilled} ÷ 已审核的心愿 {f.promised}" in text
    assert f"= {percent(f.claim_rate)}，认领不等于圆梦" in text
    assert f.claim_rate != f.fulfilment_rate


def _wishes(model, status):
    return sorted((w for w in model.wishes.values() if w.status(SITE_TODAY) is status), key=lambda w: w.id)


def test_fulfilled_wishes_are_struck_off_the_fulfilled_list(sample_site, sample_model):
    done = _wishes(sample_model, Status.FULFILLED)
    html = "".join(article(p) for p in sample_site.glob("fulfilled/**/index.html"))
    struck = re.findall(r"<del>(.*?)</del>", html)
    assert sorted(struck) == sorted(w.title for w in done)


def test_open_list_is_paginated_and_links_every_listed_wish(sample_site, sample_model):
    listed = [
        w for w in sample_model.wishes.values() if w.status(SITE_TODAY) in (Status.OPEN, Status.CLAIMED, Status.OVERDUE)
    ]
    pages = sorted(sample_site.glob("open/index.html")) + sorted(sample_site.glob("open/[0-9]*/index.html"))
    assert len(pages) == -(-len(listed) // 30) > 1
    html = "".join(article(p) for p in pages)
    for w in listed:
        assert f'/wishes/{w.id}/"' in html
    assert "<del>" not in html


def test_a_wish_page_shows_timeline_claimants_chain_and_no_claim_button_when_done(sample_site, sample_model):
    wish = sample_model.wishes["majiayi-2026-003"]  # passed up three times, then fulfilled
    path = page(sample_site, f"wishes/{wish.id}")
    text = article_text(path)
    timeline = re.search(r'<ol class="xy-timeline">(.*?)</ol>', article(path), re.S).group(1)
    labels = re.findall(r"<b>(.*?)</b>", timeline)
    assert labels == ["征集", "审核", "上报", "上报", "上报", "发布", "认领", "圆梦"]
    assert len(wish.escalations) == 3
    for org in wish.chain:
        assert sample_model.orgs[org].name in text
    claimant = sample_model.volunteers[wish.claims[0].volunteer]
    assert claimant.name in text
    assert "已圆梦" in text and "我来认领" not in text
    assert wish.alias in text and wish.place in text


def _crumbs(html: str) -> list[tuple[str, str]]:
    """The breadcrumb's links as (href, text)."""
    crumbs = re.search(r'<p class="xy-crumbs">(.*?)</p>', html, re.S).group(1)
    return re.findall(r'<a href="([^"]*)">([^<]*)</a>', crumbs)


def test_a_wish_page_names_its_category_and_leads_back_to_the_list_it_is_on(sample_site, sample_model):
    categories = sample_model.program.categories
    for status, first in (
        (Status.OPEN, "心愿清单"),
        (Status.OVERDUE, "心愿清单"),
        (Status.FULFILLED, "圆梦榜"),
        (Status.WITHDRAWN, "组织"),
    ):
        wishes = [w for w in _wishes(sample_model, status) if w.published]
        assert wishes, f"the sample has no published {status.value} wish"
        path = page(sample_site, f"wishes/{wishes[0].id}")
        crumbs = _crumbs(article(path))
        assert crumbs[0][1] == first, (status, crumbs)
        assert f"类别：{categories[wishes[0].category].name}" in article_text(path)
        if status is Status.FULFILLED:
            assert crumbs == [("../../fulfilled/", "圆梦榜")]
        if status is Status.WITHDRAWN:
            assert crumbs[1] == (f"../../orgs/{wishes[0].org}/", sample_model.orgs[wishes[0].org].name)


def test_an_organisation_page_gives_its_contact_one_fact_a_line(sample_site, sample_model):
    org = sample_model.orgs["baisha-wf"]
    html = article(page(sample_site, f"orgs/{org.id}"))
    assert "<dl" not in html
    facts = re.search(r'<h2>联系</h2>\s*<p class="xy-facts">(.*?)</p>', html, re.S).group(1)
    lines = [line.strip() for line in facts.split("<br>")]
    assert lines == [
        f"办公电话：{org.contact['phone']}",
        f"办公地址：{org.contact['address']}",
        f"办公时间：{org.contact['hours']}",
    ]


def test_an_open_wish_page_links_to_the_claim_form(sample_site, sample_model):
    wish = _wishes(sample_model, Status.OPEN)[0]
    tags = parse(article(page(sample_site, f"wishes/{wish.id}"))).tags
    buttons = [a["href"] for t, a in tags if t == "a" and "xy-claim__button" in a.get("class", "")]
    assert buttons == [claim_url(sample_model.program.repo_url, wish.id)]


def test_shared_wishes_show_every_share(sample_site, sample_model):
    shared = [w for w in sample_model.wishes.values() if w.slots > 1 and w.published]
    assert shared, "the sample should have an N+1 wish"
    for wish in shared:
        html = article(page(sample_site, f"wishes/{wish.id}"))
        slots = re.search(r'<ol class="xy-slots">(.*?)</ol>', html, re.S).group(1)
        assert slots.count("<li>") == wish.slots


def test_private_volunteers_are_never_named(sample_site, sample_model):
    private = [v for v in sample_model.volunteers.values() if not v.public]
    assert private
    shown = {v.unit for v in sample_model.volunteers.values() if v.public and v.unit_public}
    hidden_units = [
        v.unit
        for v in sample_model.volunteers.values()
        if v.unit and not (v.public and v.unit_public) and v.unit not in shown
    ]
    assert hidden_units
    for rel in program_text(sample_site, (".html",)):
        path = sample_site / rel
        text = article_text(path)
        for v in private:
            assert v.name not in text, f"{v.id} named on {path}"
        for unit in hidden_units:
            assert unit not in text, f"unit {unit} shown on {path}"
    claimed_by_private = [
        w for w in sample_model.wishes.values() if w.published and any(c.volunteer == private[0].id for c in w.claims)
    ]
    if claimed_by_private:
        assert "一位志愿者" in article_text(page(sample_site, f"wishes/{claimed_by_private[0].id}"))


def test_organisation_tree_and_tiers(sample_site, sample_model):
    text = article_text(page(sample_site, "orgs"))
    for org in sample_model.orgs.values():
        assert org.name in text
    tiers = stats.by_tier(sample_model, SITE_TODAY)
    for level, f in tiers.items():
        assert (
            f"{stats.LEVEL_NAMES[level]} {f.collected} {f.promised} {f.fulfilled} {percent(f.fulfilment_rate)}" in text
        )


def test_statistics_page_has_svg_charts(sample_site):
    html = article(page(sample_site, "stats"))
    assert html.count("<svg") >= 4 and "xy-bar" in html


def test_rules_page_lists_every_rule(sample_site):
    from generator.rules import all_rules

    text = article_text(page(sample_site, "rules"))
    for rule in all_rules():
        assert f"{rule.code} {rule.name}" in text


def test_poster_has_a_qr_code_per_claimable_wish(sample_site, sample_model):
    open_ = _wishes(sample_model, Status.OPEN)
    for w in open_:  # on its own organisation's poster (and, see test_site_posters, those above)
        html = "".join(article(p) for p in sample_site.glob(f"poster/{w.org}/**/index.html"))
        assert f'<span class="xy-poster__id">{w.id}</span>' in html


def test_wish_pages_carry_open_graph_tags(sample_site, sample_model):
    wish = sample_model.wishes["majiayi-2026-003"]
    tags = parse(page(sample_site, f"wishes/{wish.id}").read_text("utf-8")).tags
    og = {a["property"]: a["content"] for t, a in tags if t == "meta" and "property" in a}
    assert og["og:title"] == wish.title
    assert og["og:description"].startswith(wish.alias)
    assert og["og:url"] == f"{sample_model.program.site_url}wishes/{wish.id}/"


def test_every_internal_link_resolves(sample_site):
    broken = []
    # 404.html is the one page MkDocs writes with absolute addresses (it is served for any path).
    for path in set(sample_site.rglob("*.html")) - {sample_site / "404.html"}:
        for _, attrs in parse(path.read_text("utf-8")).tags:
            for name in ("href", "src"):
                url = attrs.get(name)
                if not url or re.match(r"[a-z]+:|#|//", url):
                    continue
                # addresses are percent-encoded (a file named in Chinese, say); the disk is not
                target = (path.parent / unquote(url.split("#")[0].split("?")[0])).resolve()
                if target.is_dir():
                    target = target / "index.html"
                if not target.exists():
                    broken.append(f"{path.relative_to(sample_site)}: {url}")
    assert not broken, broken[:20]


def test_a_wish_given_back_is_first_in_line_on_the_list(tmp_path):
    """Even with the latest deadline of all, a wish whose claim was given back leads the list."""
    from conftest import make_root
    from generator.site import build_site

    root = make_root(tmp_path)
    wish = root / "data/wishes/jinqiao-community/jinqiao-2026-009.yml"
    text = wish.read_text(encoding="utf-8")
    assert "released:" in text
    wish.write_text(text.replace("deadline: 2027-01-10", "deadline: 2027-09-30"), encoding="utf-8")
    build_site(root, tmp_path / "site", today=SITE_TODAY)
    html = page(tmp_path / "site", "open/").read_text(encoding="utf-8")
    rows = re.findall(r'href="\.\./wishes/([a-z0-9-]+)/"', html)
    assert rows[0] == "jinqiao-2026-009"
