"""The open-wishes list's own search: a compact index of the wishes on the list.

Material's search covers only the few fixed-size pages (see :mod:`.pages`). The list page
``open/`` instead has a small search box of its own (inline script in ``pages/list.md.j2``)
that fetches this file the first time a visitor focuses or types in it, so the page's cold
load does not grow with the data. The file holds only what a result row shows and what is
searched: id, title, status, alias, place, category and group; no story, no volunteer.
"""

from __future__ import annotations

import json

from generator.site.pages import on_list
from generator.site.views import ON_LIST, Site

INDEX = "open/index.json"
# The order of each record's fields; the script in list.md.j2 reads them by position.
FIELDS = ("id", "title", "status", "alias", "place", "category", "group")


def records(site: Site) -> list[list[str]]:
    return [
        [w.id, w.wish.title, w.status.value, w.wish.alias, w.wish.place, w.category, w.group] for w in on_list(site)
    ]


def index(site: Site) -> bytes:
    doc = {"s": {s.value: s.label for s in ON_LIST}, "w": records(site)}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def files(site: Site) -> dict[str, bytes]:
    return {INDEX: index(site)}
