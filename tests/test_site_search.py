"""The open-wishes list's own search index (open/index.json): exactly the wishes on the list,
only what a result row needs, nothing private; and the list page loads it only on first use."""

from __future__ import annotations

import json

from generator.model.records import Status
from generator.site.finder import FIELDS
from generator.site.weight import cold_load
from sitetext import page, parse

from conftest import SITE_TODAY

ON_LIST = {Status.OPEN, Status.CLAIMED, Status.OVERDUE}


def _index(site) -> dict:
    return json.loads((site / "open" / "index.json").read_text("utf-8"))


def test_the_index_holds_exactly_the_wishes_on_the_list(sample_site, sample_model):
    doc = _index(sample_site)
    on_list = {w.id: w for w in sample_model.wishes.values() if w.status(SITE_TODAY) in ON_LIST}
    rows = {r[0]: r for r in doc["w"]}
    assert len(rows) == len(doc["w"]) and set(rows) == set(on_list)
    for wish_id, row in rows.items():
        wish = on_list[wish_id]
        assert len(row) == len(FIELDS)
        record = dict(zip(FIELDS, row, strict=True))
        assert record["title"] == wish.title
        assert record["status"] == wish.status(SITE_TODAY).value
        assert record["alias"] == wish.alias and record["place"] == wish.place
        assert record["category"] == sample_model.program.categories[wish.category].name
        assert record["group"] == sample_model.program.groups[wish.group].name
        assert (sample_site / "wishes" / wish_id / "index.html").is_file()
    assert doc["s"] == {s.value: s.label for s in ON_LIST}


def test_the_index_has_nothing_private(sample_site, sample_model):
    text = (sample_site / "open" / "index.json").read_text("utf-8")
    for volunteer in sample_model.volunteers.values():
        assert volunteer.name not in text, volunteer.id
        assert volunteer.id not in text, volunteer.id
    for wish in sample_model.wishes.values():
        assert wish.story not in text, wish.id
        assert not any(c.volunteer in text for c in wish.claims), wish.id
    assert len(text.encode("utf-8")) < 200 * len(_index(sample_site)["w"])  # compact


def test_the_list_page_has_the_box_but_does_not_load_the_index(sample_site):
    html = page(sample_site, "open").read_text("utf-8")
    boxes = [
        a
        for t, a in parse(html).tags
        if t == "input" and a.get("type") == "search" and a.get("data-src") == "index.json"
    ]
    assert len(boxes) == 1
    weight = cold_load(sample_site, "open/index.html")
    assert "open/index.json" not in weight.files and weight.external == ()
    # Only the list's first page has it; wish pages never do.
    assert 'data-src="index.json"' not in page(sample_site, "open/2").read_text("utf-8")
    wish = next(iter(_index(sample_site)["w"]))[0]
    assert "xy-find" not in page(sample_site, f"wishes/{wish}").read_text("utf-8")
