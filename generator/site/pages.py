"""What pages the site has: one plan per page (its address, its template, what it shows).

Plans are plain data; :mod:`.build` renders them. Only the few top-level pages are in the
navigation (mkdocs.yml ``nav``); wish, filter and poster pages are reached by links, which keeps
the MkDocs build linear in the number of pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from collections.abc import Iterator

from generator.model.records import Status
from generator.rules import all_rules
from generator.program.stats import LEVEL_NAMES, LEVELS
from generator.site import charts, opendata, poster, share
from generator.site.lists import DIMENSIONS, facets, paginate
from generator.site.disclosure import Disclosure
from generator.site.views import ON_LIST, Site, WishView, org_url

POSTER_PER_PAGE = 12
FAMILY_NAMES = {
    "yaml": "YAML 格式（Y1xx）",
    "schema": "字段（S2xx）",
    "identity": "编号与文件（I3xx）",
    "references": "引用（R4xx）",
    "lifecycle": "流程（L5xx）",
    "privacy": "隐私（P6xx）",
    "claims": "认领申请（C7xx）",
}
HOME_ROWS = 6
PLAIN = "plain.html"  # site_templates/overrides/plain.html


@dataclass(frozen=True)
class Page:
    url: str  # site path: "" for the home page, "wishes/<id>/" ...
    template: str
    context: dict = field(default_factory=dict)
    title: str = ""
    # In the search index: only pages whose size does not grow with the data, because every page
    # with a search box downloads the whole index.
    search: bool = False
    description: str = ""  # for search engines and link previews (Open Graph)
    og_type: str = "website"
    hide: tuple[str, ...] = ("toc",)  # theme parts to hide; "search" drops the search box
    # Made from one built shell page instead of by the site builder (see .stamp): for the
    # thousands of pages that share one template and differ only in text.
    stamped: bool = False
    # The theme template: "" for the full frame; PLAIN (no drawer, none of the theme's script;
    # search, where not hidden, is the wish list's own) for the tens of thousands of wish pages,
    # list pages and poster sheets, and the filter page.
    frame: str = ""
    # Files that go with the page (site path -> bytes), such as a poster's QR code images.
    attached: tuple[tuple[str, bytes], ...] = ()

    @property
    def src(self) -> str:
        """The Markdown file's path in the docs folder."""
        return self.url.rstrip("/") + ".md" if self.url else "index.md"


def plan(site: Site) -> Iterator[Page]:
    for section in (
        home,
        wish_list,
        fulfilled_list,
        wish_pages,
        org_pages,
        pairings,
        volunteers,
        campaigns,
        statistics,
        rules,
        about,
        open_data,
        posters,
    ):
        yield from section(site)


def published(site: Site) -> list[WishView]:
    """Published wishes whose text may still be shown (see .disclosure)."""
    return [w for w in site.wishes if w.listed]


def on_list(site: Site) -> list[WishView]:
    """The dynamic wish list: published and not yet closed; claimable ones first (those given
    back by a volunteer first of all: they have waited longest), then by deadline."""
    rows = [w for w in site.wishes if w.status in ON_LIST and w.listed]
    return sorted(
        rows, key=lambda w: (w.status is not Status.OPEN, not w.wish.released_back, w.wish.due or date.max, w.id)
    )


def fulfilled(site: Site) -> list[WishView]:
    rows = [w for w in site.wishes if w.status is Status.FULFILLED and w.listed]
    return sorted(rows, key=lambda w: (w.wish.fulfilled, w.id), reverse=True)


def home(site: Site) -> Iterator[Page]:
    claimable = [w for w in on_list(site) if w.status is Status.OPEN]
    current = [c for c in site.program.campaigns.values() if c.end >= site.today]
    yield Page(
        "",
        "pages/home.md.j2",
        dict(
            newest=fulfilled(site)[:HOME_ROWS],
            nearest=claimable[:HOME_ROWS],
            campaigns=sorted(current, key=lambda c: (c.start, c.id)),
            volunteers=len(site.model.volunteers),
        ),
        title="首页",
        search=True,
    )


# Pages in mkdocs.yml's nav are built by MkDocs (it marks them as the current section).
IN_NAV = frozenset(
    {
        "",
        "open/",
        "fulfilled/",
        "orgs/",
        "volunteers/",
        "campaigns/",
        "stats/",
        "opendata/",
        "poster/",
        "rules/",
        "about/",
    }
)


def _list_pages(base: str, rows: list[WishView], title: str, **context) -> Iterator[Page]:
    # In the plain frame, search is the wish list's own (open/#xy-find), which holds the wishes
    # still on the list: a magnifier only where those are what the page lists.
    hide = ("toc",) if context["kind"] == "open" else ("toc", "search")
    for url, chunk, pager in paginate(base, rows):
        suffix = f"（第 {pager.number} 页）" if pager.number > 1 else ""
        in_nav = url in IN_NAV
        yield Page(
            url,
            "pages/list.md.j2",
            dict(context, heading=title, rows=chunk, pager=pager, total=len(rows)),
            title=title + suffix,
            hide=("toc",) if in_nav else hide,
            stamped=not in_nav,
            frame="" if in_nav else PLAIN,
        )


def wish_list(site: Site) -> Iterator[Page]:
    rows = on_list(site)
    found = facets(site, rows, "open/")
    chips = {d: found[d] for d in ("category", "group")}
    yield from _list_pages("open/", rows, "心愿清单", chips=chips, facet=None, kind="open")
    for dimension, values in found.items():
        for f in values:
            title = f"心愿清单 · {DIMENSIONS[dimension]}：{f.label}"
            yield from _list_pages(f.url, f.items, title, chips=chips, facet=f, kind="open")
    yield Page(
        "open/filters/",
        "pages/filters.md.j2",
        dict(facets=found, dimensions=DIMENSIONS),
        title="筛选心愿清单",
        frame=PLAIN,
    )


def fulfilled_list(site: Site) -> Iterator[Page]:
    yield from _list_pages("fulfilled/", fulfilled(site), "圆梦榜", chips={}, facet=None, kind="fulfilled")


ERASED_TITLE = "已删除的心愿"


def wish_pages(site: Site) -> Iterator[Page]:
    for w in site.wishes:
        if w.wish.erased and w.wish.published:
            # Old links and printed QR codes still lead somewhere, and say why nothing is there.
            yield Page(
                w.url,
                "pages/wish.md.j2",
                dict(w=w),
                title=ERASED_TITLE,
                hide=("toc", "search"),
                stamped=True,
                frame=PLAIN,
            )
    for w in published(site):
        # No search box on wish pages: they are what people share and open cold on a phone,
        # and the search worker and index would be most of the bytes.
        full = w.disclosure is Disclosure.FULL
        address = site.base_url + w.url  # the QR code leads to the program's site, not the forge
        qr = share.qr_modules(address) if w.claim_url else ""
        yield Page(
            w.url,
            "pages/wish.md.j2",
            dict(w=w, address=address, qr=qr),
            title=w.wish.title,
            og_type="article",
            description=f"{w.wish.alias}（{w.age_band}，{w.wish.place}）：{w.wish.story}" if full else "",
            hide=("toc", "search"),
            stamped=True,
            frame=PLAIN,
        )


def org_pages(site: Site) -> Iterator[Page]:
    model = site.model
    children: dict[str | None, list[str]] = {}
    for org in sorted(model.orgs.values(), key=lambda o: (LEVELS.index(o.level), o.name, o.id)):
        parent = org.parent if org.parent in model.orgs else None
        children.setdefault(parent, []).append(org.id)
    tier_rows = [(LEVEL_NAMES[level], None, f) for level, f in site.tier_figures.items()]
    yield Page(
        "orgs/",
        "pages/orgs.md.j2",
        dict(children=children, levels=LEVEL_NAMES, tier_rows=tier_rows),
        title="组织与分级圆梦",
    )
    for org in model.orgs.values():
        yield Page(
            org_url(org.id),
            "pages/org.md.j2",
            dict(
                org=org,
                figures=site.org_figures[org.id],
                level=LEVEL_NAMES[org.level],
                parents=list(reversed(model.ancestors(org.id))),
                children=children.get(org.id, []),
            ),
            title=org.name,
            stamped=True,
        )


def pairings(site: Site) -> Iterator[Page]:
    """One page of figures when the program runs pairings; never a page per child or pair."""
    if site.pair_figures is None:
        return
    tier_rows = [(LEVEL_NAMES[level], None, f) for level, f in site.pair_tier_figures.items()]
    org_rows = [
        (site.org_name(o), org_url(o), f)
        for o, f in sorted(
            site.pair_org_figures.items(), key=lambda item: (LEVELS.index(site.model.orgs[item[0]].level), item[0])
        )
    ]
    yield Page(
        "pairs/", "pages/pairs.md.j2", dict(tier_rows=tier_rows, org_rows=org_rows), title="结对认亲", search=True
    )


def volunteers(site: Site) -> Iterator[Page]:
    yield Page("volunteers/", "pages/volunteers.md.j2", dict(rolls=site.cards), title="志愿者光荣榜")


def campaigns(site: Site) -> Iterator[Page]:
    chosen = sorted(site.program.campaigns.values(), key=lambda c: (c.start, c.id), reverse=True)
    yield Page("campaigns/", "pages/campaigns.md.j2", dict(campaigns=chosen), title="专项心愿活动", search=True)
    for c in chosen:
        rows = [w for w in published(site) if w.wish.campaign == c.id]
        yield from _list_pages(f"campaigns/{c.id}/", rows, c.name, chips={}, facet=None, kind="campaign", campaign=c)


def statistics(site: Site) -> Iterator[Page]:
    yield Page("stats/", "pages/stats.md.j2", dict(charts=charts.all_charts(site)), title="统计", search=True)


def rules(site: Site) -> Iterator[Page]:
    families: dict[str, list] = {}
    for each in all_rules():  # already in pipeline order: loading, schema ... privacy
        families.setdefault(each.family, []).append(each)
    yield Page(
        "rules/",
        "pages/rules.md.j2",
        dict(families=families, family_names=FAMILY_NAMES),
        title="数据校验规则",
        search=True,
    )


def about(site: Site) -> Iterator[Page]:
    yield Page("about/", "pages/about.md.j2", {}, title="关于与隐私", search=True)


def open_data(site: Site) -> Iterator[Page]:
    yield Page(
        "opendata/",
        "pages/opendata.md.j2",
        dict(datasets=opendata.DATASETS, files=opendata.FILES),
        title="开放数据",
        search=True,
    )


def posters(site: Site) -> Iterator[Page]:
    """Printable sheets of what can be claimed in each organisation and below it (its own
    wishes, those of the organisations under it, those passed up to it), and in each campaign;
    a QR code on every card."""
    claimable = [w for w in on_list(site) if w.status is Status.OPEN]
    by_org: dict[str, list[WishView]] = {o: [] for o in sorted(site.model.orgs)}
    for w in claimable:
        for org_id in [w.wish.org] + site.model.ancestors(w.wish.org):
            by_org.setdefault(org_id, []).append(w)
    by_campaign = {c: [w for w in claimable if w.wish.campaign == c] for c in sorted(site.program.campaigns)}
    yield Page("poster/", "pages/posters.md.j2", dict(by_org=by_org, by_campaign=by_campaign), title="打印心愿海报")
    codes: dict[str, poster.Code] = {}  # a wish is on several sheets: make its QR code once

    def sheets(prefix: str, rows: list[WishView], heading: str, org_id: str | None):
        for url, chunk, pager in paginate(prefix, rows, POSTER_PER_PAGE):
            for w in chunk:
                if w.id not in codes:
                    codes[w.id] = poster.code(w.url, w.claim_url)
            yield Page(
                url,
                "pages/poster.md.j2",
                dict(heading=heading, org_id=org_id, rows=chunk, pager=pager, codes=codes),
                title=f"{heading}心愿海报",
                hide=("toc", "search", "navigation"),
                stamped=True,
                frame=PLAIN,
                attached=tuple((codes[w.id].url, codes[w.id].image) for w in chunk),
            )

    for org_id, rows in sorted(by_org.items()):
        yield from sheets(f"poster/{org_id}/", rows, site.org_name(org_id), org_id)
    for campaign_id, rows in by_campaign.items():
        yield from sheets(f"campaigns/{campaign_id}/poster/", rows, site.program.campaigns[campaign_id].name, None)
