"""The built sample site in a real browser at phone size (390×844): what a volunteer sees.

Debian's chromium, driven by Playwright, opens pages served from 127.0.0.1. Every page must load
with no console error, no failed request and no request to any other host (mainland phones
cannot reach Google Fonts or CDNs), must not scroll sideways, and must show the right Chinese
content. Screenshots go to a temporary folder, and the last ones are kept in /tmp/xinyuan-shots/
for a person to look at.
"""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import expect

from browser_helpers import CHROMIUM, PHONE_WIDTH, Phone, chromium, screenshot, scroll_width, serve

from generator import stats
from generator.links import claim_url
from generator.model import Status
from generator.repository import load_repository
from generator.sources import FileSource

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason=f"{CHROMIUM} is missing: apt-get install chromium fonts-noto-cjk")

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
    command = [sys.executable, "-c", "from generator.cli import main; main()",
               "build", str(ROOT), "--out", str(out), "--today", TODAY.isoformat()]
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
        encoding="utf-8")
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
    for figure, label in ((figures.collected, "征集"), (figures.fulfilled, "已圆梦"),
                          (percent(figures.fulfilment_rate), "圆梦率"), (figures.open, "待认领"),
                          (len(model.volunteers), "志愿者")):
        assert shows_figure(text, figure, label), f"{label} {figure} not shown"
    assert page.locator('article a[href$="open/"]').first.is_visible()


def test_open_list_shows_wishes_still_open_claimable_first(phone, server, shots, model):
    """The dynamic list: every published wish not yet fulfilled or withdrawn, claimable ones first."""
    page = look(phone, server.url("open/"), shots, "open-list")
    shown = linked_wishes(page)
    assert shown, "the open list links to no wish"
    statuses = [model.wishes[i].status(TODAY) for i in shown]
    assert set(statuses) <= ON_LIST, dict(zip(shown, statuses))
    assert statuses == sorted(statuses, key=lambda s: s is not Status.OPEN), "claimable ones not first"
    text = text_of(page)
    on_list = sum(len(of_status(model, s)) for s in ON_LIST)
    assert f"共 {on_list} 个心愿" in text
    assert model.wishes[shown[0]].title in text


def test_a_wish_page_shows_the_wish_and_the_claim_button(phone, server, shots, model):
    wish = of_status(model, Status.OPEN)[0]
    page = look(phone, server.url(f"wishes/{wish.id}/"), shots, "wish-open")
    assert wish.title in page.locator("h1").first.inner_text()
    text = text_of(page)
    for fact in (wish.alias, wish.place, model.program.groups[wish.group].name,
                 Status.OPEN.label, f"还剩 {(wish.due - TODAY).days} 天"):
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
    expect(menu.get_by_role("link", name="圆梦榜")).not_to_be_in_viewport()   # off-canvas
    page.locator('.md-header label[for="__drawer"]').tap()
    for section in ("心愿清单", "圆梦榜", "关于与隐私"):
        expect(menu.get_by_role("link", name=section).first).to_be_in_viewport(ratio=1)
    screenshot(page, shots, "menu-open", full_page=False)
    assert scroll_width(page) <= PHONE_WIDTH and phone.problems == []
