"""The site for the people it serves (issue 10): claiming without an account, a share image for
WeChat, and older eyes (适老化). Debian's chromium at phone size (390×844), as in test_browser.py.

- Claiming: an open wish page and every poster show two ways side by side, online (the claim form)
  and by phone or in person at the organisation handling the wish (its office contact, taken from
  its file or the nearest one above it); a full or fulfilled wish shows neither.
- Sharing: the image a phone draws is a PNG at least 750 px wide whose QR code decodes (zxing-cpp)
  to the wish page on the program's own site, with real Chinese glyphs in it, not tofu boxes.
- Older eyes: axe-core (from the npm registry, tests/package.json, loaded from its local file) at
  WCAG 2.0/2.1 A and AA finds nothing on any kind of page; text at least 16 px, touch targets at
  least 44 px, status in words, no pop-ups, a large-text switch that is remembered, and the open
  list's first wishes on the first screen.
"""

from __future__ import annotations

import base64
import io
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from browser_helpers import PHONE_WIDTH, screenshot
from test_browser import (
    ON_LIST,
    TODAY,
    biggest_poster,
    browser,
    built_site,
    look,
    model,
    of_status,
    phone,
    server,
    shots,
    text_of,
)

from generator.output.links import claim_url
from generator.model.records import Status

AXE = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def nearest_contact(model, org_id: str):
    """The organisation a wish handled by ``org_id`` is claimed at by phone: it or the nearest one
    above it with an office phone or address (worked out here from the files, not by the site)."""
    chain = [org_id] + model.ancestors(org_id)
    return next(
        model.orgs[o] for o in chain if model.orgs[o].contact.get("phone") or model.orgs[o].contact.get("address")
    )


def claimable(model) -> list:
    return of_status(model, Status.OPEN)


# --- 1. claim without an account -------------------------------------------------------------


@pytest.mark.parametrize("wish_id", ["qingshan-2026-012", "majiayi-2026-015"])
def test_an_open_wish_shows_two_ways_to_claim_side_by_side(phone, server, shots, model, wish_id):
    """One wish handled by an organisation with its own office phone (escalated to a county
    federation), one by a village that gives none (so the nearest one above it is shown)."""
    wish = model.wishes[wish_id]
    assert wish.status(TODAY) is Status.OPEN
    office = nearest_contact(model, wish.handler)
    assert (office.id == wish.handler) == (wish_id == "qingshan-2026-012")
    page = look(phone, server.url(f"wishes/{wish.id}/"), shots, f"claim-ways-{wish_id}")
    online = page.locator("article .xy-way--online")
    by_phone = page.locator("article .xy-way--office")
    expect(online).to_have_count(1)
    expect(by_phone).to_have_count(1)
    button = online.locator(f'a[href="{claim_url(model.program.repo_url, wish.id)}"]')
    expect(button).to_be_visible()
    text = by_phone.inner_text()
    assert "电话或上门认领" in text and "不用注册账号" in text
    assert office.name in text
    assert office.contact["phone"] in text
    if office.contact.get("hours"):
        assert office.contact["hours"] in text
    if office.id != wish.handler:  # the handler is named, the contact is its superior's
        assert model.orgs[wish.handler].name in text
    assert wish.id in by_phone.locator(".xy-wish-id").inner_text()
    tel = by_phone.locator('a[href^="tel:"]')
    assert tel.get_attribute("href") == "tel:" + office.contact["phone"].replace(" ", "")
    assert tel.bounding_box()["height"] >= 44
    # Side by side on the phone: same top, one left of the other, neither off the screen.
    a, b = online.bounding_box(), by_phone.bounding_box()
    assert abs(a["y"] - b["y"]) < 1 and a["x"] + a["width"] <= b["x"], (a, b)
    assert b["x"] + b["width"] <= PHONE_WIDTH


@pytest.mark.parametrize("status", [Status.CLAIMED, Status.FULFILLED])
def test_a_full_or_fulfilled_wish_shows_neither_way_to_claim(phone, server, shots, model, status):
    wish = of_status(model, status)[0]
    page = look(phone, server.url(f"wishes/{wish.id}/"), shots, f"claim-none-{status.value}")
    text = text_of(page)
    assert wish.title in text and status.label in text
    expect(page.locator("article .xy-ways")).to_have_count(0)
    expect(page.locator('article a[href*="/issues/new"]')).to_have_count(0)
    expect(page.locator('article a[href^="tel:"]')).to_have_count(0)
    expect(page.locator("article .xy-share")).to_have_count(0)
    assert "电话或上门认领" not in text and "网上认领" not in text
    if status is Status.CLAIMED:
        assert "名额已满" in text


def test_a_poster_shows_both_ways_to_claim(phone, server, shots, model, built_site):
    path = biggest_poster(built_site)
    page = look(phone, server.url(path), shots, "poster-ways")
    ways = page.locator("article .xy-ways")
    expect(ways.locator(".xy-way")).to_have_count(2)
    online, office = ways.locator(".xy-way--online"), ways.locator(".xy-way--office")
    assert "扫码" in online.inner_text()
    ids = [t.strip() for t in page.locator("article .xy-poster__id").all_inner_texts()]
    assert ids
    contacts = {nearest_contact(model, model.wishes[i].handler).id: None for i in ids}
    text = office.inner_text()
    for org in map(model.orgs.get, contacts):
        assert org.name in text and org.contact["phone"] in text
    assert "心愿编号" in text
    a, b = online.bounding_box(), office.bounding_box()
    assert abs(a["y"] - b["y"]) < 1 and a["x"] + a["width"] <= b["x"]
    page.emulate_media(media="print")
    expect(office).to_be_visible()  # the phone way is on the printed sheet too


def test_the_about_page_says_how_claiming_works_both_ways(phone, server, shots):
    page = look(phone, server.url("about/"), shots, "about-claiming")
    section = page.locator("article h2:has-text('怎样认领一个心愿') + p + ul")
    text = section.inner_text()
    assert "网上认领" in text and "电话或上门认领" in text
    assert "不用注册" in text and "心愿编号" in text


# --- 2. share to WeChat -----------------------------------------------------------------------


def glyph_variety(image, top: int, bottom: int) -> int:
    """How many different ink shapes one line of text between ``top`` and ``bottom`` has: the
    line is cut into pieces at blank columns and each piece compared as a 12×12 bitmap. Real
    Chinese gives nearly one shape a character; tofu boxes (a missing font) give one in all."""
    gray = image.convert("L").crop((0, top, image.width, bottom))
    pixels = gray.load()
    inked = [any(pixels[x, y] < 128 for y in range(gray.height)) for x in range(gray.width)]
    pieces, start = [], None
    for x, ink in enumerate(inked + [False]):
        if ink and start is None:
            start = x
        elif not ink and start is not None:
            pieces.append((start, x))
            start = None
    shapes = set()
    for left, right in pieces:
        piece = gray.crop((left, 0, right, gray.height)).resize((12, 12))
        shapes.add(tuple(v < 160 for v in piece.tobytes()))
    return len(shapes)


def first_text_line(image) -> tuple[int, int]:
    """Rows of the first line of dark text below the red band at the top of a share image."""
    gray = image.convert("L")
    pixels = gray.load()
    x_mid, y = image.width // 2, 0
    while y < image.height and pixels[x_mid, y] < 200:  # the red band (and its text)
        y += 1
    dark = [any(pixels[x, row] < 100 for x in range(0, image.width, 2)) for row in range(image.height)]
    while y < image.height and not dark[y]:
        y += 1
    top = y
    while y < image.height and dark[y]:
        y += 1
    return top, y


def decode_png(data_url: str):
    from PIL import Image

    head, payload = data_url.split(",", 1)
    assert head == "data:image/png;base64", head
    raw = base64.b64decode(payload)
    assert raw[:8] == b"\x89PNG\r\n\x1a\n"
    image = Image.open(io.BytesIO(raw))
    image.load()
    return image


def make_share_image(page):
    button = page.get_by_role("button", name="生成分享图片")
    expect(button).to_be_visible()
    assert button.bounding_box()["height"] >= 44
    button.tap()
    image = page.locator("article .xy-share__image")
    expect(image).to_be_visible()
    return image


def test_a_share_image_is_a_png_with_a_qr_code_to_the_wish_page(phone, server, shots, model):
    import zxingcpp

    wish = model.wishes["qingshan-2026-012"]
    page = look(phone, server.url(f"wishes/{wish.id}/"), shots, "share-before")
    mark = server.mark()
    element = make_share_image(page)
    screenshot(page, shots, "share-shown", full_page=False)
    image = decode_png(element.get_attribute("src"))
    image.save(shots / "share-image.png")
    screenshot(page, shots, "share-page")
    assert image.width >= 750, image.size
    codes = zxingcpp.read_barcodes(image)
    expected = model.program.site_url.rstrip("/") + f"/wishes/{wish.id}/"
    assert [c.text for c in codes] == [expected]
    assert "github.com" not in codes[0].text
    # Drawn in the browser: only the drawing script is fetched (on the tap, not with the page),
    # and nothing from another host.
    assert [s.path for s in server.since(mark)] == ["/assets/javascripts/share.js"]
    assert phone.problems == [], "\n".join(phone.problems)
    # Shown at the page's width, so a long press lands on it.
    box = element.bounding_box()
    assert box["width"] >= 300 and box["x"] + box["width"] <= PHONE_WIDTH


def test_the_share_image_has_real_chinese_not_boxes(phone, server, shots, model):
    wish = model.wishes["qingshan-2026-012"]  # 一台家用制氧机: seven different characters
    page = look(phone, server.url(f"wishes/{wish.id}/"), shots, "share-glyphs")
    image = decode_png(make_share_image(page).get_attribute("src"))
    top, bottom = first_text_line(image)
    assert 30 <= bottom - top <= 90, (top, bottom)  # one line of the title's size
    variety = glyph_variety(image, top, bottom)
    assert variety >= 6, f"the title line has {variety} different shapes: boxes, not Chinese?"
    # The measure can fail: the same line of characters no font has (tofu) shows one shape.
    tofu_url = page.evaluate("""() => {
        const c = document.createElement('canvas'); c.width = 750; c.height = 120;
        const x = c.getContext('2d'); x.fillStyle = '#fff'; x.fillRect(0, 0, 750, 120);
        x.fillStyle = '#111'; x.textBaseline = 'top';
        x.font = 'bold 56px "Noto Sans CJK SC", sans-serif';
        x.fillText('\\u{10FFFD}'.repeat(7), 48, 30);
        return c.toDataURL('image/png'); }""")
    tofu = decode_png(tofu_url)
    assert glyph_variety(tofu, 20, 110) <= 2
    # The other facts are drawn too: as many lines as the facts need, under the title.
    for fact in (wish.alias, wish.place):
        assert fact in page.locator("article .xy-share").get_attribute("data-who") + page.locator(
            "article .xy-share"
        ).get_attribute("data-place")


def test_every_claimable_wish_page_can_make_a_share_image(built_site, model):
    """The build gives every claimable wish page the share box and its QR modules, no other page."""
    for wish in model.wishes.values():
        page = built_site / "wishes" / wish.id / "index.html"
        if not wish.published:
            continue
        html = page.read_text(encoding="utf-8")
        has = 'class="xy-share' in html
        assert has == (wish.status(TODAY) is Status.OPEN), wish.id
        if has:
            match = re.search(r'data-qr="(\d+):([A-Za-z0-9+/=]+)"', html)
            assert match and int(match[1]) >= 21, wish.id


# --- 3. older eyes (适老化) ---------------------------------------------------------------------


def page_kinds(model, built_site) -> list[tuple[str, str]]:
    open_wish = claimable(model)[0]
    return [
        ("home", ""),
        ("open-list", "open/"),
        ("filters", "open/filters/"),
        ("filter-page", f"open/category/{open_wish.category}/"),
        ("wish-open", f"wishes/{open_wish.id}/"),
        ("wish-full", f"wishes/{of_status(model, Status.CLAIMED)[0].id}/"),
        ("wish-fulfilled", f"wishes/{of_status(model, Status.FULFILLED)[0].id}/"),
        ("fulfilled-list", "fulfilled/"),
        ("orgs", "orgs/"),
        ("org", "orgs/baisha-wf/"),
        ("honour-roll", "volunteers/"),
        ("stats", "stats/"),
        ("campaigns", "campaigns/"),
        ("campaign", f"campaigns/{sorted(model.program.campaigns)[0]}/"),
        ("opendata", "opendata/"),
        ("rules", "rules/"),
        ("about", "about/"),
        ("posters", "poster/"),
        ("poster", biggest_poster(built_site)),
    ]


def axe_violations(page) -> list[str]:
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: npm ci --prefix tests (.ci/run does it)")
    page.add_script_tag(path=str(AXE))
    found = page.evaluate(
        """async tags => {
        const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
        return result.violations.flatMap(v => v.nodes.map(n => v.id + ': ' + n.target.join(' ')));
    }""",
        WCAG_AA,
    )
    return found


def test_axe_core_finds_no_violation_on_any_kind_of_page(phone, server, shots, model, built_site):
    problems = []
    for name, path in page_kinds(model, built_site):
        page = look(phone, server.url(path), shots, f"axe-{name}")
        problems += [f"/{path} {v}" for v in axe_violations(page)]
        page.close()
    assert problems == [], "\n".join(problems)


def test_axe_core_finds_no_violation_with_large_text_and_a_share_image(phone, server, shots, model):
    page = look(phone, server.url(f"wishes/{claimable(model)[0].id}/"), shots, "axe-large")
    page.get_by_role("button", name="大字").tap()
    make_share_image(page)
    screenshot(page, shots, "axe-large-share")
    assert axe_violations(page) == []


def test_axe_core_finds_no_violation_in_the_opened_search_panel(phone, server, shots):
    page = look(phone, server.url(), shots, "axe-search")
    page.locator('.md-header label[for="__search"]').first.tap()
    box = page.locator("input.md-search__input")
    expect(box).to_be_visible()
    box.fill("心愿")
    expect(page.locator(".md-search-result__meta")).to_be_visible()
    # The panel opens with CSS transitions: judge the colours a reader sees once it has settled,
    # not a frame in between (a mid-transition frame made this check fail now and then).
    page.evaluate("""() => Promise.all(document.getAnimations()
        .filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity).map(a => a.finished))""")
    screenshot(page, shots, "axe-search-open", full_page=False)
    assert axe_violations(page) == []
    assert page.evaluate(SMALL_TEXT) == []


def test_the_axe_check_can_fail(phone, server):
    """The same check on a page made to fail: light grey text, an image without words."""
    page = phone.open(server.url("about/"))
    page.evaluate("""() => { const p = document.querySelector('article p');
        p.style.color = '#bbb'; const i = document.createElement('img');
        i.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='; p.appendChild(i); }""")
    found = axe_violations(page)
    assert any(v.startswith("color-contrast") for v in found)
    assert any(v.startswith("image-alt") for v in found)


SMALL_TEXT = """() => [...document.querySelectorAll('article *, .md-header *')].filter(e => {
    const own = [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || !e.getClientRects().length) return false;
    const s = getComputedStyle(e);
    return s.visibility !== 'hidden' && parseFloat(s.fontSize) < 16;
  }).map(e => e.tagName + '.' + e.className + ' ' + getComputedStyle(e).fontSize + ': '
    + e.textContent.trim().slice(0, 20))"""

SMALL_TARGETS = """() => [...document.querySelectorAll(
    '.md-header a, .md-header button, .md-header label, article a, article button, article summary, article input')]
  .filter(e => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden')
  .filter(e => !e.closest('.md-search'))    /* Material's search panel, shown only when opened */
  .filter(e => {
    /* A link inside a sentence is exempt (WCAG 2.5.5); anything set apart to tap is not. */
    const inline = getComputedStyle(e).display === 'inline';
    const alone = e.parentElement.textContent.trim() === e.textContent.trim();
    return !inline || (alone && e.tagName !== 'A') || e.closest('nav, .xy-chips, .xy-pager');
  })
  .filter(e => e.getBoundingClientRect().height < 44)
  .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().height)
    + 'px: ' + e.textContent.trim().slice(0, 20))"""


def test_text_is_at_least_16_px_and_targets_at_least_44_px(phone, server, shots, model, built_site):
    small_text, small_targets = [], []
    for _, path in page_kinds(model, built_site):
        page = phone.open(server.url(path))
        small_text += [f"/{path} {e}" for e in page.evaluate(SMALL_TEXT)]
        small_targets += [f"/{path} {e}" for e in page.evaluate(SMALL_TARGETS)]
        page.close()
    assert small_text == [], "\n".join(small_text[:30])
    assert small_targets == [], "\n".join(small_targets[:30])


def test_the_size_checks_can_fail(phone, server):
    page = phone.open(server.url("open/"))
    page.evaluate("""() => { const a = document.querySelector('article .xy-pager__step');
        a.style.minHeight = '0'; a.style.lineHeight = '20px'; a.style.fontSize = '12px'; }""")
    assert any("xy-pager__step" in e for e in page.evaluate(SMALL_TEXT))
    assert any("xy-pager__step" in e for e in page.evaluate(SMALL_TARGETS))


def test_the_large_text_switch_is_in_the_header_and_remembered(phone, server, shots, model):
    page = look(phone, server.url(), shots, "large-before")
    switch = page.locator(".md-header").get_by_role("button", name="大字")
    expect(switch).to_be_in_viewport(ratio=1)  # on the first screen, in the header
    box = switch.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 44
    expect(switch).to_have_attribute("aria-pressed", "false")

    def size(p):  # of the body text
        return p.eval_on_selector(".md-content .md-typeset", "e => parseFloat(getComputedStyle(e).fontSize)")

    normal = size(page)
    assert normal >= 16
    switch.tap()
    expect(switch).to_have_attribute("aria-pressed", "true")
    large = size(page)
    assert large >= 1.2 * normal, (normal, large)
    screenshot(page, shots, "large-home", full_page=False)
    assert page.evaluate("document.scrollingElement.scrollWidth") <= PHONE_WIDTH
    # Another page, opened as a person would: still large, and the switch shows it.
    page.locator('article a[href$="open/"]').first.tap()
    page.wait_for_url("**/open/")
    assert size(page) == large
    other = page.locator(".md-header").get_by_role("button", name="大字")
    expect(other).to_have_attribute("aria-pressed", "true")
    screenshot(page, shots, "large-open-list", full_page=False)
    assert page.evaluate("document.scrollingElement.scrollWidth") <= PHONE_WIDTH
    wish = page.context.new_page()  # a new tab of the same browser remembers it too
    wish.goto(server.url(f"wishes/{claimable(model)[0].id}/"))
    assert size(wish) == large
    screenshot(wish, shots, "large-wish")
    assert wish.evaluate("document.scrollingElement.scrollWidth") <= PHONE_WIDTH
    other.tap()  # and off again
    expect(other).to_have_attribute("aria-pressed", "false")
    assert size(page) == normal
    page.reload()
    assert size(page) == normal
    assert phone.problems == [], "\n".join(phone.problems)


def test_status_is_shown_in_words_as_well_as_colour(phone, server, shots, model):
    labels = {s.label for s in Status}
    for path in ("open/", "fulfilled/", "", f"wishes/{of_status(model, Status.CLAIMED)[0].id}/"):
        page = phone.open(server.url(path))
        badges = page.locator("article .xy-badge").all()
        assert badges, path
        for badge in badges:
            assert badge.inner_text().strip() in labels, (path, badge.inner_text())
        page.close()


NO_POPUPS = """() => { window.__popups = 0; window.open = () => { window.__popups++; return null; };
  for (const name of ['alert', 'confirm', 'prompt']) window[name] = () => { window.__popups++; }; }"""


def test_there_are_no_pop_ups(phone, server, model, built_site):
    """No new windows, no dialogs, no links that open another tab (MIIT: 无弹窗)."""
    phone.context.add_init_script(f"({NO_POPUPS})()")
    dialogs = []
    for _, path in page_kinds(model, built_site):
        page = phone.open(server.url(path))
        page.on("dialog", lambda d: dialogs.append(d.message))
        page.wait_for_timeout(200)
        assert page.locator('[target="_blank"], dialog[open]').count() == 0, path
        assert page.evaluate("window.__popups") == 0, path
        page.close()
    assert dialogs == []


def test_the_first_three_wishes_are_on_the_open_lists_first_screen(phone, server, shots, model):
    page = look(phone, server.url("open/"), shots, "open-first-screen-full")
    screenshot(page, shots, "open-first-screen", full_page=False)
    titles = page.locator("article ul.xy-rows > li b")
    assert titles.count() >= 3
    for i in range(3):
        expect(titles.nth(i)).to_be_in_viewport(ratio=1)
    # The filters are folded away, and open when asked for.
    filters = page.locator("article details.xy-filters")
    expect(filters).to_have_count(1)
    chip = filters.locator(".xy-chip").first
    expect(chip).to_be_hidden()
    filters.locator("summary").tap()
    expect(chip).to_be_visible()
    screenshot(page, shots, "open-filters-open", full_page=False)
    assert chip.bounding_box()["height"] >= 44
