"""Photos of fulfilment in chromium at phone size: shown on the wish page and the fulfilled
list, loaded from the site itself, sized before they load, described in words, never wider than
the phone."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from browser_helpers import PHONE_WIDTH, screenshot
from test_browser import browser, built_site, look, model, phone, server, shots  # noqa: F401 (fixtures)

pytestmark = pytest.mark.skipif(not __import__("browser_helpers").CHROMIUM.exists(), reason="no chromium")

WITH_PHOTO = "dongpo-2026-006"  # the wheelchair (sample data)
WITHOUT = "majiayi-2026-003"  # fulfilled, no photo

LOADED = "img => img.complete && img.naturalWidth > 0"


def test_a_fulfilled_wish_page_shows_its_photo_and_opens_it_full_size(phone, server, shots, model):
    wish = model.wishes[WITH_PHOTO]
    page = look(phone, server.url(f"wishes/{wish.id}/"), shots, "wish-photo")
    photos = page.locator("article .xy-photos img")
    assert photos.count() == len(wish.photos) == 1
    img = photos.first
    assert not img.is_visible()  # folded: nothing loads until it is opened
    assert not any(url.endswith(".jpg") for url in phone.requests)
    summary = page.locator("article details.xy-photos-box > summary")
    assert summary.inner_text() == "看圆梦照片（1 张）" and summary.bounding_box()["height"] >= 44
    summary.tap()
    assert img.get_attribute("alt") == wish.photos[0].alt
    assert img.get_attribute("loading") == "lazy"
    assert (img.get_attribute("width"), img.get_attribute("height")) == ("320", "240")
    img.scroll_into_view_if_needed()
    page.wait_for_function(f"() => ({LOADED})(document.querySelector('article .xy-photos img'))")
    box = img.bounding_box()
    assert box["width"] == 160 and 0 <= box["x"] and box["x"] + box["width"] <= PHONE_WIDTH
    assert abs(box["height"] / box["width"] - 240 / 320) < 0.02  # not stretched
    assert page.locator("article h2", has_text="圆梦照片").count() == 1
    # The full photo is not fetched until a reader taps the small one.
    assert not any(url.endswith(f"/wishes/{wish.id}/1.jpg") for url in phone.requests)
    with page.expect_navigation():
        img.click()
    assert page.url.endswith(f"/wishes/{wish.id}/1.jpg")
    assert page.evaluate("[document.images[0].naturalWidth, document.images[0].naturalHeight]") == [1080, 810]
    assert phone.problems == []


def test_the_space_for_a_photo_is_kept_before_it_loads(phone, server):
    """Width and height let the browser reserve the space: the text below does not jump."""
    phone.context.route("**/*.jpg", lambda route: route.abort())  # photos never arrive
    page = phone.context.new_page()
    page.goto(server.url(f"wishes/{WITH_PHOTO}/"), wait_until="load")
    page.locator("article details.xy-photos-box > summary").click()
    box = page.locator("article .xy-photos img").bounding_box()
    assert box["width"] == 160 and box["height"] == 120


def test_a_wish_without_photos_has_no_photo_section(phone, server, shots):
    page = look(phone, server.url(f"wishes/{WITHOUT}/"), shots, "wish-no-photo")
    assert page.locator("article h2", has_text="圆梦照片").count() == 0
    assert page.locator("article img").count() == 0


def test_the_fulfilled_list_shows_a_small_copy_beside_the_wish(phone, server, shots, model):
    page = look(phone, server.url("fulfilled/"), shots, "fulfilled-photos")
    rows = page.locator("article ul.xy-rows > li")
    with_photo = rows.filter(has=page.locator(f'a[href*="{WITH_PHOTO}"]'))
    thumb = with_photo.locator("img.xy-thumb")
    assert thumb.count() == 1
    assert thumb.get_attribute("alt") == model.wishes[WITH_PHOTO].photos[0].alt
    thumb.scroll_into_view_if_needed()
    page.wait_for_function(f"() => [...document.querySelectorAll('img.xy-thumb')].every({LOADED})")
    screenshot(page, shots, "fulfilled-photos-loaded", full_page=False)
    box = thumb.bounding_box()
    assert box["width"] == 80 and box["x"] + box["width"] <= PHONE_WIDTH
    src = thumb.evaluate("img => img.currentSrc")
    assert src.endswith(f"/wishes/{WITH_PHOTO}/small/1.jpg")
    photos = sum(1 for w in model.wishes.values() if w.photos)
    assert page.locator("article img.xy-thumb").count() == photos
    without = rows.filter(has=page.locator(f'a[href*="{WITHOUT}"]'))
    assert without.count() == 1 and without.locator("img").count() == 0


def test_axe_core_finds_no_violation_on_pages_with_photos(phone, server, shots):
    """The photo section and the small copies on the list, loaded, pass WCAG 2.1 A and AA."""
    from test_browser_people import axe_violations

    problems = []
    # the wish page folds its photos into one <details> (opened here so axe sees them); the list has none
    for name, path, folded in (("wish-photo", f"wishes/{WITH_PHOTO}/", 1), ("fulfilled-photos", "fulfilled/", 0)):
        page = look(phone, server.url(path), shots, f"axe-{name}")
        summaries = page.locator("article details > summary").all()
        assert len(summaries) == folded, (path, len(summaries))
        for summary in summaries:
            summary.click()
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        page.wait_for_function(f"() => [...document.querySelectorAll('article img')].every({LOADED})")
        problems += [f"/{path} {v}" for v in axe_violations(page)]
        page.close()
    assert problems == [], "\n".join(problems)


def test_a_printed_wish_page_prints_its_photos_unfolded(phone, server):
    """Printing unfolds the photos (on the browser's beforeprint, dispatched here as it would be:
    headless chromium does not print), and folds them again after."""
    page = phone.context.new_page()
    page.goto(server.url(f"wishes/{WITH_PHOTO}/"), wait_until="load")
    box = page.locator("article details.xy-photos-box")
    assert box.evaluate("d => d.open") is False
    page.evaluate("() => dispatchEvent(new Event('beforeprint'))")
    assert box.evaluate("d => d.open") is True
    page.emulate_media(media="print")
    expect(page.locator("article .xy-photos img")).to_be_visible()
    page.evaluate("() => dispatchEvent(new Event('afterprint'))")
    assert box.evaluate("d => d.open") is False
