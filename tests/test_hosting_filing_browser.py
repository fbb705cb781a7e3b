"""The filing numbers as a visitor sees them on a phone (390×844, Debian's chromium): at the
bottom of every kind of page, centred, legible, and not cut off. (MkDocs' 404 page links its
assets under the site's path, which this local server does not serve; its footer is checked in
the HTML by test_hosting_filing.)"""

from __future__ import annotations

import pytest

from browser_helpers import CHROMIUM, PHONE_WIDTH, Phone, chromium, screenshot, scroll_width, serve
from test_hosting_filing import ICP, POLICE, filed_site  # noqa: F401  (the fixture)

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing: apt-get install chromium fonts-noto-cjk"
)


@pytest.fixture(scope="module")
def phone(filed_site):  # noqa: F811
    with serve(filed_site) as server, chromium() as browser:
        opened = Phone.open_context(browser, server.origin)
        yield opened, server
        opened.close()


def a_wish_page(site) -> str:
    return (
        next(p for p in sorted((site / "wishes").rglob("index.html")) if p.parent != site / "wishes")
        .parent.relative_to(site)
        .as_posix()
        + "/"
    )


@pytest.mark.parametrize("path", ["", "open/", "WISH", "stats/", "about/", "orgs/"])
def test_centred_and_visible_at_the_bottom(phone, filed_site, path, tmp_path):  # noqa: F811
    opened, server = phone
    path = a_wish_page(filed_site) if path == "WISH" else path
    page = opened.open(server.url(path))
    page.evaluate("window.scrollTo(0, document.scrollingElement.scrollHeight)")
    page.wait_for_timeout(200)
    links = page.locator(".md-footer .xy-filing__number")
    assert links.count() == 2
    assert [links.nth(i).inner_text() for i in range(2)] == [ICP, POLICE]
    body_bottom = page.evaluate("document.scrollingElement.scrollHeight")
    for i in range(2):
        link = links.nth(i)
        assert link.is_visible()
        box = link.bounding_box()
        centre = box["x"] + box["width"] / 2
        assert abs(centre - PHONE_WIDTH / 2) <= 4, (path, box)  # centred
        assert 0 <= box["x"] and box["x"] + box["width"] <= PHONE_WIDTH  # not cut off
        assert 0 <= box["y"] and box["y"] + box["height"] <= 844  # on screen at the end
        assert box["height"] >= 24  # a thumb can tap it
        # in the last part of the page: nothing of the content below it
        assert body_bottom - (page.evaluate("window.scrollY") + box["y"] + box["height"]) < 120
        colour, background = link.evaluate(
            "e => [getComputedStyle(e).color, getComputedStyle(e.closest('.md-footer-meta')).backgroundColor]"
        )
        assert colour != background
    assert scroll_width(page) <= PHONE_WIDTH
    screenshot(page, tmp_path, f"filing-{path.strip('/').replace('/', '-') or 'home'}", full_page=False)
    assert not opened.problems, opened.problems
    page.close()


def test_axe_core_finds_no_violation_with_the_numbers_shown(phone, filed_site):  # noqa: F811
    """The footer with both numbers passes axe-core's WCAG AA checks (contrast, link names)."""
    from test_browser_people import axe_violations

    opened, server = phone
    for path in ("", a_wish_page(filed_site)):
        page = opened.open(server.url(path))
        assert page.locator(".xy-filing__number").count() == 2
        assert axe_violations(page) == [], path
        page.close()
