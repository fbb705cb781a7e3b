"""Lists of wishes cut into pages, and the static filter pages (one list per filter value).

A phone never loads more than one page of rows: every list, filtered or not, is paginated.
Filters are plain pages (``open/category/<id>/``), so they need no script and no index.
"""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Callable, Iterator

from generator.site.views import Site, WishView

PER_PAGE = 30


@dataclass(frozen=True)
class Pager:
    number: int  # 1-based
    urls: tuple[str, ...]  # the address of every page of the list

    @property
    def count(self) -> int:
        return len(self.urls)

    @property
    def previous(self) -> str | None:
        return self.urls[self.number - 2] if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return self.urls[self.number] if self.number < self.count else None


def paginate(base: str, items: list, per_page: int = PER_PAGE) -> Iterator[tuple[str, list, Pager]]:
    """``(url, rows, pager)`` for each page; an empty list still has its first page."""
    count = max(1, -(-len(items) // per_page))
    urls = tuple([base] + [f"{base}{n}/" for n in range(2, count + 1)])
    for number, url in enumerate(urls, start=1):
        yield url, items[(number - 1) * per_page : number * per_page], Pager(number, urls)


@dataclass(frozen=True)
class Facet:
    """One value of one filter: its label, its page and the wishes it keeps."""

    dimension: str
    key: str
    label: str
    url: str
    items: list[WishView]


DIMENSIONS = {"category": "类别", "group": "帮扶对象", "place": "地点", "org": "组织"}


def facets(site: Site, wishes: list[WishView], base: str) -> dict[str, list[Facet]]:
    """Every filter value, per dimension, in a stable order."""
    program, model = site.program, site.model
    keys: dict[str, Callable[[WishView], list[tuple[str, str]]]] = {
        "category": lambda w: [(w.wish.category, w.category)],
        "group": lambda w: [(w.wish.group, w.group)],
        "place": lambda w: [(w.place_key, w.wish.place)],
        # the organisations that collected it or had it passed up to them: not every ancestor,
        # which would repeat the whole list under the county and again under the city
        "org": lambda w: [(o, site.org_name(o)) for o in w.wish.chain],
    }
    # Every category, group and organisation gets its page, even when empty, so links to it
    # never break; places exist only as the wishes name them.
    known = {
        "category": {k: c.name for k, c in program.categories.items()},
        "group": {k: g.name for k, g in program.groups.items()},
        "org": {k: site.org_name(k) for k in sorted(model.orgs, key=site.org_name)},
    }
    out = {}
    for dimension, key_of in keys.items():
        found: dict[str, tuple[str, list[WishView]]] = {k: (label, []) for k, label in known.get(dimension, {}).items()}
        for w in wishes:
            for key, label in key_of(w):
                found.setdefault(key, (label, []))[1].append(w)
        ranked = found if dimension in known else sorted(found, key=lambda k: (found[k][0], k))
        out[dimension] = [Facet(dimension, k, found[k][0], f"{base}{dimension}/{k}/", found[k][1]) for k in ranked]
    return out
