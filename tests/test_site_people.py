"""Claiming by phone and the share image's QR code, without a browser (the browser side is in
test_browser_people.py): which office a wish page sends a caller to, and that the QR modules the
build hands to the page's script are the QR code of the wish page's address."""

from __future__ import annotations

import base64
import re

import pytest
import segno
from hypothesis import given, settings, strategies as st

from helpers import MINI, TODAY, MemorySource, edit
from generator.site.render import environment
from generator.site.share import qr_modules
from generator.site.views import gather
from generator.rules.runner import validate

ORG = "data/orgs/{}.yml"


def site_of(changes: dict | None = None):
    source = MemorySource.of(MINI).changed(changes or {})
    repo, problems = validate(source, TODAY)
    assert problems == [], problems
    return gather(repo.model, repo.today)


def claimable(site):
    found = [w for w in site.wishes if w.claim_url]
    assert found, "the mini program has no claimable wish"
    return found[0]


def wish_body(site, w) -> str:
    address = site.base_url + w.url
    return (
        environment()
        .get_template("pages/wish.md.j2")
        .render(site=site, page_url=w.url, w=w, address=address, qr=qr_modules(address))
    )


def test_a_village_without_a_contact_sends_callers_to_the_nearest_office_above_it():
    site = site_of()
    w = claimable(site)
    assert w.wish.handler == "hill-village"
    office = w.office
    assert (office.handler, office.name, office.phone) == ("山村妇联", "测试市妇联", "0745-2345678")
    assert office.referred and office.url == "orgs/city-wf/"
    body = wish_body(site, w)
    assert "本心愿由山村妇联承办，请联系" in body and 'href="tel:0745-2345678"' in body
    assert w.wish.id in re.search(r'class="xy-wish-id">([^<]*)<', body)[1]


def test_the_handlers_own_office_comes_first_and_hours_alone_are_not_a_contact():
    hours_only = edit(
        ORG.format("river-county"), "claim_approval: auto", "claim_approval: auto\ncontact: {hours: 周一 9:00–11:00}"
    )
    assert claimable(site_of({ORG.format("river-county"): hours_only})).office.name == "测试市妇联"
    own = edit(
        ORG.format("hill-village"),
        "claim_approval: review",
        "claim_approval: review\ncontact: {phone: 0745-3456789, hours: 每周三上午}",
    )
    site = site_of({ORG.format("hill-village"): own})
    office = claimable(site).office
    assert (office.name, office.phone, office.hours, office.referred) == (
        "山村妇联",
        "0745-3456789",
        "每周三上午",
        False,
    )
    body = wish_body(site, claimable(site))
    assert "请联系承办组织" in body and "办公时间：每周三上午" in body


def test_without_any_office_the_page_names_the_handler_and_gives_no_number():
    no_contact = edit(ORG.format("city-wf"), "contact: {phone: 0745-2345678, address: 测试市人民路 1 号}\n", "")
    site = site_of({ORG.format("city-wf"): no_contact})
    w = claimable(site)
    assert w.office.name == ""
    body = wish_body(site, w)
    assert "请到承办组织" in body and "山村妇联" in body and "tel:" not in body
    assert "电话或上门认领" in body and w.wish.id in body


def test_only_claimable_wishes_get_ways_to_claim():
    site = site_of()
    for w in site.wishes:
        assert (w.office is not None) == bool(w.claim_url), w.id


def unpack(code: str) -> list[list[bool]]:
    size, packed = code.split(":")
    size = int(size)
    bits = "".join(f"{byte:08b}" for byte in base64.b64decode(packed))
    return [[bits[r * size + c] == "1" for c in range(size)] for r in range(size)]


def test_the_qr_modules_decode_to_the_wish_pages_address():
    pytest.importorskip("PIL")
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    address = "https://example.org/xinyuan/wishes/qingshan-2026-012/"
    rows = unpack(qr_modules(address))
    scale, border = 6, 4
    side = (len(rows) + 2 * border) * scale
    image = Image.new("L", (side, side), 255)
    for r, row in enumerate(rows):
        for c, dark in enumerate(row):
            if dark:
                image.paste(
                    0, ((c + border) * scale, (r + border) * scale, (c + border + 1) * scale, (r + border + 1) * scale)
                )
    assert [found.text for found in zxingcpp.read_barcodes(image)] == [address]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=0x9FFF), min_size=1, max_size=300))
def test_qr_modules_are_the_qr_code_for_any_text(text):
    code = qr_modules(text)
    assert re.fullmatch(r"\d+:[A-Za-z0-9+/]*={0,2}", code)
    expected = [[bool(v) for v in row] for row in segno.make(text, error="m", micro=False, mask=0).matrix]
    assert unpack(code) == expected


def test_our_stylesheet_and_scripts_are_shrunk_without_changing_them():
    from pathlib import Path

    from generator.site.assets import _COMMENT, OWN, shrink_text

    assert shrink_text("a {\n  b: c; /* why\n more */\n}\n\n") == "a {\nb: c;\n}\n"
    root = Path(__file__).resolve().parents[1] / "site_templates" / "overrides"
    for name in OWN:
        text = (root / name).read_text(encoding="utf-8")
        shrunk = shrink_text(text)
        assert "/*" not in shrunk and "*/" not in shrunk, name
        # The rules the shrinking relies on: no line comments, no "/*" inside a string.
        assert not re.search(r"(^|\s)//", text, re.M), name
        strings = re.findall(r'"[^"\n]*"|\'[^\'\n]*\'', _COMMENT.sub("", text))
        assert strings and not [s for s in strings if "/*" in s or "*/" in s], name
        assert len(shrunk) < len(text)
