"""The built sample site in a real browser at phone size (390×844): what a volunteer sees.

Debian's chromium, driven by Playwright, opens pages served from 127.0.0.1. Every page must load
with no console error, no failed request and no request to any other host (mainland phones
cannot reach Google Fonts or CDNs), must not scroll sideways, and must show the right Chinese
content. Screenshots go to a temporary folder, and the last ones are kept in /tmp/xinyuan-shots/
for a person to look at.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import expect

from browser_helpers import CHROMIUM, PHONE_WIDTH, Phone, chromium, screenshot, scroll_width, serve

from generator.program import stats
from generator.output.links import claim_url
from generator.model.records import Status
from generator.model.repository import load_repository
from generator.model.sources import FileSource

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing: apt-get install chromium fonts-noto-cjk"
)

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 11, 23)


# --- fixtures -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def model():
    return load_repository(FileSource(ROOT), TODAY).model


@pytest.fixture(scope="module")
def built_site(tmp_path_factory) -> Path:
    """The sample program built by the command a program runs: ``xinyuan build``."""
    out = tmp_path_factory.mktemp("site") / "site"
    command = [
        sys.executable,
        "-c",
        "from generator.cli import main; main()",
        "build",
        str(ROOT),
        "--out",
        str(out),
        "--today",
        TODAY.isoformat(),
    ]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


@pytest.fixture(scope="module")
def server(built_site):
    with serve(built_site) as running:
        yield running


@pytest.fixture(scope="module")
def browser():
    with chromium() as running:
        yield running


@pytest.fixture
def phone(browser, server):
    opened = Phone.open_context(browser, server.origin)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


def look(phone: Phone, url: str, shots: Path, name: str):
    """Open a page on the phone, keep a screenshot, and check it loaded cleanly and fits."""
    page = phone.open(url)
    screenshot(page, shots, name)
    assert phone.problems == [], f"{name}: " + "\n".join(phone.problems)
    width = scroll_width(page)
    assert width <= PHONE_WIDTH, f"{name} scrolls sideways on a phone: {width} px wide"
    return page


def text_of(page) -> str:
    """The text a person sees (hidden elements left out)."""
    return page.locator("body").inner_text()


def linked_wishes(page) -> list[str]:
    """Ids of the wishes a page links to."""
    hrefs = page.eval_on_selector_all("article a[href]", "links => links.map(a => a.pathname)")
    return [h.rstrip("/").rsplit("/", 1)[-1] for h in hrefs if "/wishes/" in h]


def percent(value: float) -> str:
    return f"{value * 100:.1f}%"


def shows_figure(text: str, figure, label: str) -> bool:
    """The figure is shown with its label right after it, as in a figure tile ("75 征集心愿")."""
    return re.search(rf"(?<![\d.,]){re.escape(str(figure))}\s*{re.escape(label)}", text) is not None


def of_status(model, status: Status) -> list:
    return sorted((w for w in model.wishes.values() if w.status(TODAY) is status), key=lambda w: w.id)


ON_LIST = {Status.OPEN, Status.CLAIMED, Status.OVERDUE}

STRUCK = """el => {
  for (let e = el; e && e !== document.body; e = e.parentElement) {
    if (getComputedStyle(e).textDecorationLine.includes('line-through')) return true;
    if (['DEL', 'S'].includes(e.tagName)) return true;
  }
  return false;
}"""


# --- the harness can fail -----------------------------------------------------------------------


def test_the_harness_reports_every_kind_of_problem(browser, tmp_path):
    """A page with an outside font, a worker fetching from a CDN, a missing image, a console error
    and a too-wide box."""
    (tmp_path / "worker.js").write_text('fetch("https://cdn.example.com/lunr.js");', encoding="utf-8")
    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto"></head>'
        '<body><img src="missing.png"><div style="width:800px">太宽了</div>'
        '<script>new Worker("worker.js"); console.error("坏了"); undefinedFunction();</script></body></html>',
        encoding="utf-8",
    )
    with serve(tmp_path) as local:
        phone = Phone.open_context(browser, local.origin)
        page = phone.open(local.url("index.html"))
        width = scroll_width(page)
        phone.close()
    problems = "\n".join(phone.problems)
    assert "external request: https://fonts.googleapis.com/" in problems
    assert "external request: https://cdn.example.com/lunr.js" in problems
    assert f"HTTP 404: {local.url('missing.png')}" in problems
    assert "console error" in problems and "坏了" in problems
    assert "page error" in problems and "undefinedFunction" in problems
    assert width > PHONE_WIDTH
    assert [s.path for s in local.served if s.status == 404] == ["/missing.png"]


# --- the sample site ----------------------------------------------------------------------------


def test_home_page_shows_the_headline_figures(phone, server, shots, model):
    page = look(phone, server.url(), shots, "home")
    figures = stats.figures(model.wishes.values(), TODAY)
    text = text_of(page)
    assert model.program.name in text
    for figure, label in (
        (figures.collected, "征集"),
        (figures.fulfilled, "已圆梦"),
        (percent(figures.fulfilment_rate), "圆梦率"),
        (figures.open, "待认领"),
        (len(model.volunteers), "志愿者"),
    ):
        assert shows_figure(text, figure, label), f"{label} {figure} not shown"
    assert page.locator('article a[href$="open/"]').first.is_visible()


def test_the_home_call_to_action_is_on_the_first_screen(phone, server, shots):
    page = look(phone, server.url(), shots, "home-first-screen")
    button = page.locator('article .xy-actions a[href$="open/"]')
    expect(button).to_be_in_viewport(ratio=1)
    assert "认领" in button.inner_text()


def test_buttons_that_wrap_do_not_touch(phone, server, shots):
    """Side by side or stacked, action buttons keep a gap (home and an organisation page)."""
    for url, name in ((server.url(), "home-buttons"), (server.url("orgs/baisha-wf/"), "org-buttons")):
        page = look(phone, url, shots, name)
        boxes = [b.bounding_box() for b in page.locator("article .xy-actions .md-button").all()]
        assert len(boxes) == 2, name
        first, second = boxes
        if second["y"] >= first["y"] + first["height"] - 1:  # stacked
            assert second["y"] - (first["y"] + first["height"]) >= 4, (name, boxes)
        else:  # side by side
            assert second["x"] - (first["x"] + first["width"]) >= 4, (name, boxes)


def test_open_list_shows_wishes_still_open_claimable_first(phone, server, shots, model):
    """The dynamic list: every published wish not yet fulfilled or withdrawn, claimable ones first."""
    page = look(phone, server.url("open/"), shots, "open-list")
    shown = linked_wishes(page)
    assert shown, "the open list links to no wish"
    statuses = [model.wishes[i].status(TODAY) for i in shown]
    assert set(statuses) <= ON_LIST, dict(zip(shown, statuses, strict=True))
    assert statuses == sorted(statuses, key=lambda s: s is not Status.OPEN), "claimable ones not first"
    text = text_of(page)
    on_list = sum(len(of_status(model, s)) for s in ON_LIST)
    assert f"共 {on_list} 个心愿" in text
    assert model.wishes[shown[0]].title in text


SEARCH = 'article #xy-find input[type="search"]'


def test_searching_the_list_finds_a_wish_by_a_word_of_its_title(phone, server, shots, model):
    """Type a word from an open wish's title: a result row links to that wish, with its status;
    the index is fetched only once the box is used."""
    wish = model.wishes["qingshan-2026-012"]  # 一台家用制氧机, open
    assert wish.status(TODAY) is Status.OPEN and "制氧机" in wish.title
    mark = server.mark()
    page = look(phone, server.url("open/"), shots, "open-search-before")
    assert "/open/index.json" not in [s.path for s in server.since(mark)], "index loaded before use"
    box = page.locator(SEARCH)
    expect(box).to_be_visible()
    box.tap()
    box.fill("制氧机")
    results = page.locator("article #xy-find ul a")
    expect(results).to_have_count(1)
    link = results.first
    assert link.evaluate("a => a.pathname").endswith(f"/wishes/{wish.id}/")
    assert wish.title in link.inner_text() and Status.OPEN.label in link.inner_text()
    assert "/open/index.json" in [s.path for s in server.since(mark)]
    box.fill("桃溪乡")  # a township: several wishes, each a link to a wish page
    expect(page.locator("article #xy-find p")).to_contain_text("找到")
    assert page.locator("article #xy-find ul a").count() > 1
    screenshot(page, shots, "open-search", full_page=False)
    assert scroll_width(page) <= PHONE_WIDTH
    link = page.locator("article #xy-find ul a").first
    link.tap()
    page.wait_for_url("**/wishes/*/")
    assert phone.problems == [], "\n".join(phone.problems)


def test_the_magnifier_on_a_later_list_page_leads_to_the_wish_search(phone, server, shots, built_site):
    """A list page after the first has no search panel of its own (plain frame): its magnifier
    opens the wish list's search, ready to type in."""
    later = sorted(p.parent for p in built_site.glob("open/category/*/index.html"))
    assert later, "the sample has no category list"
    page = look(phone, server.url(later[0].relative_to(built_site).as_posix() + "/"), shots, "list-magnifier")
    expect(page.locator("label[for=__search]")).to_have_count(0)
    magnifier = page.locator('.md-header a[aria-label="搜索心愿"]')
    expect(magnifier).to_be_visible()
    magnifier.tap()
    page.wait_for_url("**/open/#xy-find")
    box = page.locator(SEARCH)
    expect(box).to_be_visible()
    expect(box).to_be_focused()
    box.fill("制氧机")
    expect(page.locator("article #xy-find ul a")).to_have_count(1)
    assert phone.problems == [], "\n".join(phone.problems)


def test_a_hostile_title_in_the_search_index_stays_text(phone, server):
    hostile = '<img src=x onerror="console.error(1)"><b>轮椅</b>'
    index = {"s": {"open": "待认领"}, "w": [["a-1", hostile, "open", "<i>小</i>", "某乡", "类", "组"]]}
    page = phone.open(server.url("open/"))
    page.route(
        "**/open/index.json",
        lambda route: route.fulfill(status=200, content_type="application/json", body=json.dumps(index)),
    )
    page.locator(SEARCH).fill("轮椅")
    row = page.locator("article #xy-find ul a")
    expect(row).to_have_count(1)
    assert row.locator("b").inner_text() == hostile
    assert row.locator("img, i").count() == 0 and page.locator("article #xy-find img").count() == 0
    assert phone.problems == [], "\n".join(phone.problems)


def test_a_wish_page_shows_the_wish_and_the_claim_button(phone, server, shots, model):
    wish = of_status(model, Status.OPEN)[0]
    page = look(phone, server.url(f"wishes/{wish.id}/"), shots, "wish-open")
    assert wish.title in page.locator("h1").first.inner_text()
    text = text_of(page)
    for fact in (
        wish.alias,
        wish.place,
        model.program.groups[wish.group].name,
        Status.OPEN.label,
        f"还剩 {(wish.due - TODAY).days} 天",
    ):
        assert fact in text
    button = page.locator(f'a[href="{claim_url(model.program.repo_url, wish.id)}"]')
    assert button.count() == 1 and button.is_visible()
    assert "认领" in button.inner_text()
    box = button.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE_WIDTH and box["height"] >= 32, box


def test_a_fulfilled_wish_page_has_no_claim_button(phone, server, shots, model):
    wish = of_status(model, Status.FULFILLED)[0]
    page = look(phone, server.url(f"wishes/{wish.id}/"), shots, "wish-fulfilled")
    text = text_of(page)
    assert wish.title in text and Status.FULFILLED.label in text
    assert page.locator('a[href*="/issues/new"]').count() == 0
    assert f"类别：{model.program.categories[wish.category].name}" in text
    crumb = page.locator("article .xy-crumbs a").first
    assert crumb.inner_text() == "圆梦榜" and crumb.evaluate("a => a.pathname").endswith("/fulfilled/")
    assert page.locator("article h1").count() == 1


def test_the_wish_timeline_is_flush_with_the_text(phone, server, shots, model):
    wish = model.wishes["majiayi-2026-003"]  # eight steps
    page = look(phone, server.url(f"wishes/{wish.id}/"), shots, "wish-timeline")
    story = page.locator("article .xy-story").bounding_box()
    timeline = page.locator("article ol.xy-timeline")
    assert abs(timeline.bounding_box()["x"] - story["x"]) <= 1, "the timeline is indented"
    assert timeline.evaluate("e => getComputedStyle(e).borderLeftWidth") == "0px"
    entries = timeline.locator("li").all()
    assert len(entries) == 8
    for entry in entries:  # every entry has the text's full width
        assert abs(entry.bounding_box()["width"] - story["width"]) <= 1
    # "审核 2026-03-05 石门镇马家驿村妇联审核通过" took two lines in the indented block.
    vetted = timeline.locator("li", has_text="审核通过")
    line = float(vetted.evaluate("e => parseFloat(getComputedStyle(e).lineHeight)"))
    assert vetted.bounding_box()["height"] < 1.5 * line, "a short entry wraps"


def test_an_organisation_contact_is_one_fact_a_line(phone, server, shots, model):
    org = model.orgs["baisha-wf"]
    page = look(phone, server.url(f"orgs/{org.id}/"), shots, "org-contact")
    facts = page.locator("article h2:has-text('联系') + .xy-facts")
    text = facts.inner_text()
    assert f"办公电话：{org.contact['phone']}" in text
    line = float(facts.evaluate("e => parseFloat(getComputedStyle(e).lineHeight)"))
    assert facts.bounding_box()["height"] <= 3.5 * line, "three contact facts take more than three lines"


ITALIC = """() => [...document.querySelectorAll('article *')]
  .filter(e => getComputedStyle(e).fontStyle !== 'normal' && e.textContent.trim())
  .map(e => e.tagName + '.' + e.className + ': ' + e.textContent.trim().slice(0, 20))"""


def test_chinese_is_never_set_in_italics(phone, server, shots):
    """Chinese has no italic face: the browser would slant the glyphs (chart captions, empty notes)."""
    for path, name in (("stats/", "stats"), ("", "home-italic"), ("poster/baisha-wf/", "poster-empty")):
        page = look(phone, server.url(path), shots, name)
        if name == "stats":
            assert page.locator("article figcaption").count() >= 4
        assert page.evaluate(ITALIC) == [], name


def test_fulfilled_list_strikes_each_wish_off(phone, server, shots, model):
    page = look(phone, server.url("fulfilled/"), shots, "fulfilled-list")
    shown = linked_wishes(page)
    fulfilled = {w.id for w in of_status(model, Status.FULFILLED)}
    assert shown and set(shown) <= fulfilled, f"not fulfilled: {set(shown) - fulfilled}"
    link = page.locator(f'article a[href*="{shown[0]}"]').first
    title = link.get_by_text(model.wishes[shown[0]].title, exact=True).first
    assert title.is_visible()
    assert title.evaluate(STRUCK), "a fulfilled wish is not struck through"


def test_an_organisation_page_shows_its_figures(phone, server, shots, model):
    org = next(o for o in sorted(model.orgs.values(), key=lambda o: o.id) if o.level == "county")
    page = look(phone, server.url(f"orgs/{org.id}/"), shots, "org")
    figures = stats.by_org(model, TODAY)[org.id]
    assert org.name in page.locator("h1").first.inner_text()
    text = text_of(page)
    assert shows_figure(text, figures.collected, "征集")
    assert shows_figure(text, percent(figures.fulfilment_rate), "圆梦率")


def test_a_volunteer_walks_from_home_to_a_claim_button(phone, server, shots, model):
    """Tap through as a person would: home → the open list → the first wish."""
    page = look(phone, server.url(), shots, "walk-home")
    page.locator('article a[href$="open/"]').first.tap()
    page.wait_for_url("**/open/")
    page.locator('article a[href*="wishes/"]').first.tap()
    page.wait_for_url("**/wishes/*/")
    wish = model.wishes[page.url.rstrip("/").rsplit("/", 1)[-1]]
    assert wish.status(TODAY) is Status.OPEN
    screenshot(page, shots, "walk-wish")
    button = page.locator(f'a[href="{claim_url(model.program.repo_url, wish.id)}"]')
    assert button.is_visible()
    assert phone.problems == []


def test_the_phone_menu_opens_onto_the_lists(phone, server, shots):
    """The ☰ button opens Material's drawer with the site's sections."""
    page = look(phone, server.url(), shots, "menu-closed")
    menu = page.locator(".md-nav--primary")
    expect(menu.get_by_role("link", name="圆梦榜")).not_to_be_in_viewport()  # off-canvas
    page.locator('.md-header label[for="__drawer"]').tap()
    for section in ("心愿清单", "圆梦榜", "关于与隐私"):
        expect(menu.get_by_role("link", name=section).first).to_be_in_viewport(ratio=1)
    screenshot(page, shots, "menu-open", full_page=False)
    assert scroll_width(page) <= PHONE_WIDTH and phone.problems == []


def test_the_menu_on_a_wish_page_opens_the_home_page_menu(phone, server, shots, model):
    """Wish pages have the plain frame (no drawer of their own): ☰ leads to the home page with
    its menu open, the same sections as anywhere else."""
    wish = next(w for w in model.wishes.values() if w.status(TODAY) is Status.OPEN)
    page = look(phone, server.url(f"wishes/{wish.id}/"), shots, "plain-menu-closed")
    expect(page.locator(".md-nav--primary")).to_have_count(0)
    button = page.locator('.md-header a.md-header__button.md-icon[href$="#__drawer"]')
    expect(button).to_be_visible()
    button.tap()
    page.wait_for_url("**/#__drawer")
    menu = page.locator(".md-nav--primary")
    for section in ("心愿清单", "圆梦榜", "关于与隐私"):
        expect(menu.get_by_role("link", name=section).first).to_be_in_viewport(ratio=1)
    screenshot(page, shots, "plain-menu-open", full_page=False)
    page.locator("label.md-overlay").tap(position={"x": PHONE_WIDTH - 10, "y": 300})
    expect(menu.get_by_role("link", name="圆梦榜")).not_to_be_in_viewport()
    assert scroll_width(page) <= PHONE_WIDTH and phone.problems == []


def test_a_wish_page_without_the_theme_script_still_has_back_to_top_and_its_title_above(phone, server, shots, model):
    """The plain frame loads none of the theme's script; xinyuan.js does what it did there: once
    the heading has scrolled away the header shows the wish's title, and scrolling back up below
    the first screen shows 回到页面顶部, which goes to the top."""
    wish = next(w for w in model.wishes.values() if w.status(TODAY) is Status.OPEN)
    page = look(phone, server.url(f"wishes/{wish.id}/"), shots, "plain-top")
    assert page.evaluate("() => !window.__md_scope && !document.getElementById('__config')")
    top, title = page.locator(".md-top"), page.locator(".md-header__title")
    # The theme's stylesheet fades a [hidden] back-to-top button out rather than removing it.
    expect(top).to_have_attribute("hidden", "")
    expect(title).not_to_have_class(re.compile("md-header__title--active"))
    height = page.evaluate("() => document.documentElement.scrollHeight - innerHeight")
    assert height > 600, "the wish page is too short to scroll on a phone"
    page.mouse.wheel(0, height)
    expect(title).to_have_class(re.compile("md-header__title--active"))
    expect(page.locator(".md-header__topic + .md-header__topic")).to_have_text(wish.title)
    expect(top).to_have_attribute("hidden", "")  # going down: not in the way
    page.mouse.wheel(0, -150)
    expect(top).not_to_have_attribute("hidden", "")
    expect(top).to_be_in_viewport()
    screenshot(page, shots, "plain-top-shown", full_page=False)
    top.click()
    page.wait_for_function("() => scrollY === 0")
    expect(top).to_have_attribute("hidden", "")
    expect(title).not_to_have_class(re.compile("md-header__title--active"))


# --- printing -----------------------------------------------------------------------------------

A4_CONTENT_PX = 703  # A4's 210 mm less the print stylesheet's 12 mm margins, at 96 px an inch
MM = 96 / 25.4  # CSS pixels in a millimetre

# What printing leaves out (the site's @media print rule). MkDocs' tabs (.md-tabs) are not
# listed: the site does not turn them on, so no page has them to hide.
HIDDEN_IN_PRINT = (".md-header", ".md-sidebar--primary", ".md-footer", ".xy-screen-only", ".xy-pager")


def assert_hidden_in_print(page, selectors) -> None:
    """Each selector shows something on screen, and all of it is gone in print media. A selector
    that matches nothing would pass the print check while proving nothing, so it fails here."""
    shown = {s: sum(e.is_visible() for e in page.locator(s).all()) for s in selectors}
    assert all(shown.values()), f"nothing visible on screen for {[s for s, n in shown.items() if not n]}"
    page.emulate_media(media="print")
    for selector in selectors:
        for element in page.locator(selector).all():
            expect(element).to_be_hidden()


def pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))


def biggest_poster(built_site: Path) -> str:
    """The sample's poster page with the most wish cards."""
    pages = built_site.glob("poster/*/index.html")
    best = max(pages, key=lambda p: p.read_text(encoding="utf-8").count('class="xy-poster__card"'))
    return best.parent.relative_to(built_site).as_posix() + "/"


def test_a_printed_poster_leaves_out_the_site_around_it(phone, server, shots, built_site):
    """Printed from a phone: no header, ☰ menu, footer or screen-only links; the cards remain."""
    page = look(phone, server.url(biggest_poster(built_site)), shots, "poster-screen")
    # A poster sheet has the plain frame: no navigation drawer to hide.
    expect(page.locator(".md-sidebar")).to_have_count(0)
    assert_hidden_in_print(page, tuple(s for s in HIDDEN_IN_PRINT if s != ".md-sidebar--primary"))
    expect(page.locator("article h1")).to_have_count(1)
    expect(page.locator("article h1")).to_be_visible()
    cards = page.locator("article .xy-poster__card")
    assert cards.count() >= 2
    for card in cards.all():
        expect(card).to_be_visible()
    screenshot(page, shots, "poster-print-media")


def test_a_poster_qr_code_scans_to_the_claim_form(phone, server, shots, model, built_site):
    """The poster's codes are image files, one per wish, shared by every sheet it is on: each
    one, as the phone draws it and as it prints, reads back as that wish's claim form."""
    zxingcpp = pytest.importorskip("zxingcpp")
    from io import BytesIO

    from PIL import Image

    page = look(phone, server.url(biggest_poster(built_site)), shots, "poster-codes")
    cards = page.locator("article .xy-poster__card")
    assert cards.count() >= 2
    for card in cards.all():
        wish = model.wishes[card.locator(".xy-poster__id").inner_text()]
        qr = card.locator("img.xy-qr")
        assert qr.get_attribute("src").endswith(f"wishes/{wish.id}/claim-qr.png")
        assert qr.evaluate("img => img.complete && img.naturalWidth > 0")
        image = Image.open(BytesIO(qr.screenshot()))
        found = [each.text for each in zxingcpp.read_barcodes(image)]
        assert found == [claim_url(model.program.repo_url, wish.id)], wish.id
    # Sharp edges, as a drawing would have, in print too.
    page.emulate_media(media="print")
    for card in cards.all()[:2]:
        wish = model.wishes[card.locator(".xy-poster__id").inner_text()]
        image = Image.open(BytesIO(card.locator("img.xy-qr").screenshot())).convert("L")
        assert image.width >= 90, image.size  # drawn at several screen pixels a module
        grey = sum(1 for value in image.tobytes() if 40 < value < 215)
        assert grey < image.width * image.height * 0.02, (wish.id, grey)
        found = [each.text for each in zxingcpp.read_barcodes(image)]
        assert found == [claim_url(model.program.repo_url, wish.id)], wish.id


def test_a_poster_sheet_prints_on_one_a4_page_in_two_columns(browser, server, built_site):
    """A full poster sheet (12 wishes) on A4: two columns, QR codes about 3 cm, nothing split."""
    from generator.site.pages import POSTER_PER_PAGE

    context = browser.new_context(viewport={"width": A4_CONTENT_PX, "height": 1000}, locale="zh-CN")
    try:
        page = context.new_page()
        page.goto(server.url(biggest_poster(built_site)), wait_until="load")
        # Fill the sheet to its 12 cards by repeating the sample's cards.
        page.evaluate(
            """n => { const grid = document.querySelector('.xy-poster__grid');
            const cards = [...grid.children];
            for (let i = cards.length; i < n; i++) grid.appendChild(cards[i % cards.length].cloneNode(true)); }""",
            POSTER_PER_PAGE,
        )
        page.emulate_media(media="print")
        columns = page.eval_on_selector(
            ".xy-poster__grid", "e => getComputedStyle(e).gridTemplateColumns.split(' ').length"
        )
        assert columns in (2, 3)
        codes = page.locator(".xy-poster__card .xy-qr").all()
        assert len(codes) == POSTER_PER_PAGE, "every card of the sheet has its QR code"
        for qr in codes:
            box = qr.bounding_box()
            assert 28 * MM <= box["width"] <= 45 * MM and abs(box["width"] - box["height"]) < 1, box
        right = page.eval_on_selector(".xy-poster__grid", "e => e.getBoundingClientRect().right")
        assert right < A4_CONTENT_PX, "the right-hand cards touch the edge of the printable area"
        pdf = page.pdf(prefer_css_page_size=True)
        assert pdf_pages(pdf) == 1, f"a poster sheet prints on {pdf_pages(pdf)} A4 pages"
        width, height = map(float, re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)", pdf).groups())
        assert abs(width - 595.3) < 2 and abs(height - 841.9) < 2, f"not A4: {width} × {height} pt"
    finally:
        context.close()


def test_a_printed_wish_page_has_no_site_chrome_or_claim_button(phone, server, shots, model):
    wish = of_status(model, Status.OPEN)[0]
    page = look(phone, server.url(f"wishes/{wish.id}/"), shots, "wish-for-print")
    # A wish page has the plain frame: no pager, and no navigation drawer to hide.
    expect(page.locator(".md-sidebar")).to_have_count(0)
    chrome = tuple(s for s in HIDDEN_IN_PRINT if s not in (".xy-pager", ".md-sidebar--primary")) + (
        ".xy-claim__button",
    )
    assert_hidden_in_print(page, chrome)
    expect(page.locator("article h1")).to_have_text(wish.title)
    expect(page.locator("article .xy-facts")).to_be_visible()
