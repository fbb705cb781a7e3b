"""What the site says about the records, computed once before any page is rendered.

Every page sees the same :class:`Site`: display names that respect volunteers' choices, each
wish's status, timeline and organisation chain, and the program's figures (from
:mod:`generator.program.stats` and :mod:`generator.program.points`, never recomputed here).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from collections.abc import Callable

from generator.model import vocab
from generator.program import pair_stats
from generator.program import points
from generator.program import stats
from generator.output.links import claim_url
from generator.model.records import Model, Program, Status, Volunteer, Wish
from generator.photos.files import THUMB_SIDE, inspect, photo_dir
from generator.site.disclosure import Disclosure, disclosure, shown

ANONYMOUS = "一位志愿者"  # how a volunteer with `public: false` is shown
KIND_NAMES = vocab.VOLUNTEER_KINDS.names
# The statuses of the wishes on the dynamic wish list (心愿清单): published and not yet closed.
ON_LIST = (Status.OPEN, Status.CLAIMED, Status.OVERDUE)


def wish_url(wish_id: str) -> str:
    return f"wishes/{wish_id}/"


def org_url(org_id: str) -> str:
    return f"orgs/{org_id}/"


def place_key(place: str) -> str:
    """A stable ASCII key for a free-text place, for filter page addresses."""
    return hashlib.sha1(place.encode("utf-8")).hexdigest()[:8]


def shown_name(volunteer: Volunteer | None) -> str:
    return volunteer.name if volunteer and volunteer.public else ANONYMOUS


def shown_unit(volunteer: Volunteer | None) -> str:
    return volunteer.unit if volunteer and volunteer.public and volunteer.unit_public else ""


@dataclass(frozen=True)
class Step:
    """One line of a wish's timeline."""

    date: date
    label: str
    text: str


@dataclass(frozen=True)
class ChainLink:
    """One organisation on the way from the collecting one to the top."""

    name: str
    url: str
    current: bool  # it handles the wish now


@dataclass(frozen=True)
class PhotoView:
    """A photo of fulfilment as the site shows it: beside its wish page, with a small copy for
    the lists."""

    url: str  # site path: wishes/<id>/1.jpg
    thumb_url: str  # wishes/<id>/small/1.jpg
    alt: str
    width: int
    height: int
    source: str  # the repository path it is copied from

    @property
    def thumb_size(self) -> tuple[int, int]:
        scale = THUMB_SIDE / max(self.width, self.height, 1)
        return (max(1, round(self.width * min(1, scale))), max(1, round(self.height * min(1, scale))))


@dataclass(frozen=True)
class Office:
    """Where to claim a wish by phone or in person: the organisation handling it now, and the
    public office contact of the nearest organisation from it upwards that gives one."""

    handler: str  # the name of the organisation handling the wish now
    handler_url: str
    name: str  # the organisation whose contact is shown ("" when none gives one)
    url: str
    phone: str
    address: str
    hours: str

    @property
    def referred(self) -> bool:
        """The contact is an organisation's above the handler (the handler gives none)."""
        return bool(self.name) and self.url != self.handler_url


@dataclass(frozen=True)
class WishView:
    wish: Wish  # with only the texts `disclosure` allows (see .disclosure)
    status: Status
    url: str
    category: str
    group: str
    age_band: str
    org: str
    steps: tuple[Step, ...]
    chain: tuple[ChainLink, ...]
    claimants: tuple[str, ...]
    days_left: int | None  # to the deadline; negative when overdue; None when closed
    claim_url: str | None  # only while it can be claimed
    place_key: str
    disclosure: Disclosure = Disclosure.FULL
    office: Office | None = None  # only while it can be claimed
    photos: tuple[PhotoView, ...] = ()

    @property
    def listed(self) -> bool:
        """Shown in lists, feeds and campaign pages: published, and its text not erased."""
        return self.disclosure is not Disclosure.NONE

    @property
    def id(self) -> str:
        return self.wish.id

    @property
    def on_list(self) -> bool:
        """On the wish list (心愿清单); fulfilled ones are on 圆梦榜, withdrawn ones on neither."""
        return self.status in ON_LIST

    @property
    def days_taken(self) -> int | None:
        w = self.wish
        return (w.fulfilled - w.published).days if w.fulfilled and w.published else None


@dataclass
class Site:
    """Everything the pages are rendered from."""

    model: Model
    program: Program
    today: date
    wishes: list[WishView]  # by id
    figures: stats.Figures
    org_figures: dict[str, stats.Figures]
    tier_figures: dict[str, stats.Figures]
    cards: dict[int, dict[str, points.Card]]  # year -> volunteer -> card, newest year first
    read: Callable[[str], bytes] | None = None  # reads a repository file (the photos)
    # Pairings (结对认亲), empty when the program runs none: counts only, never a child.
    pair_figures: pair_stats.PairFigures | None = None
    pair_org_figures: dict[str, pair_stats.PairFigures] = field(default_factory=dict)
    pair_tier_figures: dict[str, pair_stats.PairFigures] = field(default_factory=dict)

    @property
    def base_url(self) -> str:
        """The site's public address, ending in a slash."""
        return self.program.site_url.rstrip("/") + "/"

    def org_name(self, org_id: str | None) -> str:
        org = self.model.orgs.get(org_id or "")
        return org.name if org else (org_id or "")

    def volunteer_name(self, volunteer_id: str) -> str:
        return shown_name(self.model.volunteers.get(volunteer_id))


def gather(model: Model, today: date, read: Callable[[str], bytes] | None = None) -> Site:
    program = model.settings
    site = Site(
        model,
        program,
        today,
        [],
        stats.figures(model.wishes.values(), today),
        stats.by_org(model, today),
        stats.by_tier(model, today),
        _cards(model),
        read,
        pair_stats.total(model, today),
        pair_stats.by_org(model, today),
        pair_stats.by_tier(model, today),
    )
    site.wishes = [view_of(site, model.wishes[i]) for i in sorted(model.wishes)]
    return site


def _cards(model: Model) -> dict[int, dict[str, points.Card]]:
    years = sorted({c.date.year for c in points.credits(model)}, reverse=True)
    return {year: points.cards(model, year) for year in years}


def view_of(site: Site, wish: Wish) -> WishView:
    status = wish.status(site.today)
    level, wish = disclosure(wish), shown(wish)
    program = site.program
    open_ = status in ON_LIST
    return WishView(
        wish=wish,
        status=status,
        url=wish_url(wish.id),
        category=_name(program.categories, wish.category),
        group=_name(program.groups, wish.group),
        age_band=_name(program.age_bands, wish.age_band),
        org=site.org_name(wish.org),
        steps=timeline(site, wish),
        chain=chain(site, wish),
        claimants=tuple(site.volunteer_name(c.volunteer) for c in wish.active_claims),
        days_left=(wish.due - site.today).days if open_ and wish.due else None,
        claim_url=claim_url(program.repo_url, wish.id) if wish.claimable(site.today) else None,
        place_key=place_key(wish.place),
        disclosure=level,
        office=office(site, wish.handler) if wish.claimable(site.today) else None,
        # Photos only with the whole text: never for an erased or withdrawn wish.
        photos=photos(site, wish) if status is Status.FULFILLED and level is Disclosure.FULL else (),
    )


def office(site: Site, handler: str) -> Office:
    """The handler, and the first organisation from it upwards with a public office contact."""
    found = next(
        (
            site.model.orgs[o]
            for o in [handler] + site.model.ancestors(handler)
            if o in site.model.orgs and _reachable(site.model.orgs[o].contact)
        ),
        None,
    )
    contact = found.contact if found else {}
    return Office(
        site.org_name(handler),
        org_url(handler),
        found.name if found else "",
        org_url(found.id) if found else "",
        contact.get("phone", ""),
        contact.get("address", ""),
        contact.get("hours", ""),
    )


def photos(site: Site, wish: Wish) -> tuple[PhotoView, ...]:
    if site.read is None:
        return ()
    views = []
    for photo in wish.photos:
        source = photo_dir(wish.doc.path) + photo.file
        facts = inspect(site.read(source))
        views.append(
            PhotoView(
                wish_url(wish.id) + photo.file,
                f"{wish_url(wish.id)}small/{photo.file}",
                photo.alt,
                facts.width,
                facts.height,
                source,
            )
        )
    return tuple(views)


def _name(table: dict, key: str) -> str:
    return table[key].name if key in table else key


def timeline(site: Site, wish: Wish) -> tuple[Step, ...]:
    """Collected, vetted, passed up, published, claimed (or dispatched, released), fulfilled."""
    steps: list[tuple[int, Step]] = [(0, Step(wish.collected, "征集", f"{site.org_name(wish.org)}上门征集登记"))]
    if wish.vetted:
        steps.append((1, Step(wish.vetted, "审核", f"{site.org_name(wish.vetted_by)}审核通过")))
    for e in wish.escalations:
        note = f"：{e.note}" if e.note else ""
        listed = "，仍在心愿清单上，由其承办" if wish.published and e.date > wish.published else ""
        steps.append((2, Step(e.date, "上报", f"上报至{site.org_name(e.to)}{listed}{note}")))
    if wish.published:
        steps.append((3, Step(wish.published, "发布", "发布到心愿清单，等待认领")))
    for c in wish.claims:
        who = site.volunteer_name(c.volunteer)
        if c.dispatched_by:
            steps.append((4, Step(c.date, "派单", f"{site.org_name(c.dispatched_by)}派单给{who}")))
        else:
            steps.append((4, Step(c.date, "认领", f"{who}认领")))
        if c.released:
            steps.append((5, Step(c.released, "退回", f"{who}的认领已退回，名额重新开放")))
    if wish.fulfilled:
        note = f"：{wish.fulfilled_note}" if wish.fulfilled_note else ""
        steps.append((6, Step(wish.fulfilled, "圆梦", f"心愿已圆梦{note}")))
    if wish.withdrawn:
        reason = f"：{wish.withdrawn_reason}" if wish.withdrawn_reason else ""
        steps.append((7, Step(wish.withdrawn, "撤回", f"心愿已撤回{reason}")))
    return tuple(step for _, step in sorted(steps, key=lambda s: (s[1].date, s[0])))


def chain(site: Site, wish: Wish) -> tuple[ChainLink, ...]:
    """The collecting organisation and every one above it, marking the one handling the wish now."""
    ids = [wish.org] + site.model.ancestors(wish.org)
    return tuple(ChainLink(site.org_name(o), org_url(o), o == wish.handler) for o in ids)


def _reachable(contact: dict) -> bool:
    return bool(contact.get("phone") or contact.get("address"))
