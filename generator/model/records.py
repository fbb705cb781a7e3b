"""Typed records built once from schema-valid documents, and the status derived from them.

Everything downstream (checks, site, reports) reads these objects, never raw YAML. Each record
keeps its :class:`Document` so that a problem found later can still point at a line.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, timedelta

from generator.model.loader import Document
from generator.model.pairs import Pair, Pairing

Date = date  # for the records below, whose field named ``date`` hides the type in their bodies


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _required_day(text: str) -> date:
    """A date the schema requires (so always there in a model built from valid files)."""
    return date.fromisoformat(text)


class Status(enum.StrEnum):
    """Where a wish stands; derived from its story, never stored."""

    COLLECTED = "collected"  # 已征集: registered, not yet vetted
    VETTED = "vetted"  # 已审核: vetted, not yet on the public list
    OPEN = "open"  # 待认领: on the list with a free slot
    CLAIMED = "claimed"  # 已认领: every slot taken, not yet fulfilled
    OVERDUE = "overdue"  # 已逾期: past its time limit, not fulfilled
    FULFILLED = "fulfilled"  # 已圆梦: struck off
    WITHDRAWN = "withdrawn"  # 已撤回

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    Status.COLLECTED: "已征集",
    Status.VETTED: "已审核",
    Status.OPEN: "待认领",
    Status.CLAIMED: "已认领",
    Status.OVERDUE: "已逾期",
    Status.FULFILLED: "已圆梦",
    Status.WITHDRAWN: "已撤回",
}


@dataclass(frozen=True)
class Named:
    """A taxonomy entry from program.yml: category, beneficiary group, age band, campaign."""

    id: str
    name: str
    extra: dict = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Commendation:
    id: str
    points: int
    name: str


@dataclass(frozen=True)
class Campaign:
    id: str
    name: str
    start: date
    end: date
    description: str = ""


@dataclass(frozen=True)
class Program:
    name: str
    short_name: str
    description: str
    site_url: str
    repo_url: str
    categories: dict[str, Named]
    groups: dict[str, Named]
    age_bands: dict[str, Named]
    campaigns: dict[str, Campaign]
    time_limit_days: int
    release_grace_days: int
    points_per_fulfilment: int
    points_shared: str
    commendations: tuple[Commendation, ...]
    doc: Document = field(repr=False, compare=False)
    # Above these, a claim pull request waits for review: open claims per volunteer, and the
    # claims a volunteer's first pull request may hold.
    claim_limit_open: int = 5
    claim_limit_first: int = 2
    # Filing numbers shown at the bottom of every page (empty: not filed, e.g. not in mainland China).
    icp: str = ""
    police_filing: str = ""
    pairing: Pairing | None = None  # None: the program runs no pairings

    @classmethod
    def from_doc(cls, doc: Document) -> Program:
        d = doc.data
        points = d["points"]

        def named(items):
            return {i["id"]: Named(i["id"], i["name"], i) for i in items}

        return cls(
            name=d["name"],
            short_name=d.get("short_name", d["name"]),
            description=d.get("description", ""),
            site_url=d["site_url"],
            repo_url=d["repo_url"],
            categories=named(d["categories"]),
            groups=named(d["beneficiary_groups"]),
            age_bands=named(d["age_bands"]),
            campaigns={
                c["id"]: Campaign(
                    c["id"], c["name"], _required_day(c["start"]), _required_day(c["end"]), c.get("description", "")
                )
                for c in d.get("campaigns", [])
            },
            time_limit_days=d["time_limit_days"],
            release_grace_days=d.get("release_grace_days", 14),
            points_per_fulfilment=points["per_fulfilment"],
            points_shared=points.get("shared", "full"),
            commendations=tuple(
                sorted(
                    (Commendation(c["id"], c["points"], c["name"]) for c in points.get("commendations", [])),
                    key=lambda c: c.points,
                )
            ),
            doc=doc,
            claim_limit_open=d.get("claim_limits", {}).get("open", 5),
            claim_limit_first=d.get("claim_limits", {}).get("first", 2),
            icp=d.get("icp", ""),
            police_filing=d.get("police_filing", ""),
            pairing=Pairing.from_program(d),
        )

    def time_limit(self, category: str) -> int:
        entry = self.categories.get(category)
        return (entry.extra.get("time_limit_days") if entry else None) or self.time_limit_days


@dataclass(frozen=True)
class Org:
    id: str
    name: str
    level: str
    parent: str | None
    place: str
    maintainers: tuple[str, ...]  # may be empty: the parent's maintainers act for it
    claim_approval: str
    contact: dict
    description: str
    doc: Document = field(repr=False, compare=False)
    maintainer_ids: dict = field(default_factory=dict, compare=False)  # lowercase login -> id

    @classmethod
    def from_doc(cls, doc: Document) -> Org:
        d = doc.data
        ids = {str(k).lower(): int(v) for k, v in (d.get("maintainer_ids") or {}).items()}
        return cls(
            d["id"],
            d["name"],
            d["level"],
            d.get("parent"),
            d["place"],
            tuple(d.get("maintainers") or ()),
            d["claim_approval"],
            d.get("contact", {}),
            d.get("description", ""),
            doc,
            ids,
        )


@dataclass(frozen=True)
class Volunteer:
    id: str
    name: str
    github: str | None  # None: claims by phone or in person, recorded by maintainers
    unit: str
    kind: str
    joined: date
    public: bool
    unit_public: bool
    doc: Document = field(repr=False, compare=False)
    github_id: int | None = None

    @classmethod
    def from_doc(cls, doc: Document) -> Volunteer:
        d = doc.data
        github_id = d.get("github_id")
        return cls(
            d["id"],
            d["name"],
            d.get("github"),
            d.get("unit", ""),
            d["kind"],
            _required_day(d["joined"]),
            d.get("public", True),
            d.get("unit_public", False),
            doc,
            int(github_id) if github_id is not None else None,
        )


@dataclass(frozen=True)
class Escalation:
    date: date
    to: str
    note: str = ""


@dataclass(frozen=True)
class Extension:
    """The time limit was moved later on ``date``; ``previous`` is the time limit before."""

    date: Date
    previous: Date
    reason: str = ""


@dataclass(frozen=True)
class Consent:
    """Consent to publication: ``self`` or ``guardian``, when, and the organisation holding it."""

    by: str
    date: date
    recorded_by: str


@dataclass(frozen=True)
class Claim:
    volunteer: str
    date: Date
    dispatched_by: str | None = None
    released: Date | None = None

    @property
    def active(self) -> bool:
        return self.released is None


@dataclass(frozen=True)
class Photo:
    """A photo of the handover: its file name in the wish's photo folder and what it shows."""

    file: str
    alt: str


@dataclass(frozen=True)
class Wish:
    id: str
    title: str
    story: str
    category: str
    campaign: str | None
    alias: str
    group: str
    age_band: str
    place: str
    org: str
    slots: int
    value_yuan: float | None
    deadline: date | None  # as written; see `due` for the effective time limit
    collected: date
    vetted: date | None
    vetted_by: str | None
    escalations: tuple[Escalation, ...]
    published: date | None
    claims: tuple[Claim, ...]
    fulfilled: date | None
    fulfilled_note: str
    withdrawn: date | None
    withdrawn_reason: str
    due: date | None  # deadline, or publication + the category's time limit
    extensions: tuple[Extension, ...]
    consent: Consent | None = None
    erased: date | None = None  # the person's text was removed on request
    erased_reason: str = ""
    doc: Document = field(kw_only=True, repr=False, compare=False)
    photos: tuple[Photo, ...] = ()
    pair: str | None = None  # the pair (结对) whose child the wish is for

    @classmethod
    def from_doc(cls, doc: Document, program: Program | None) -> Wish:
        d = doc.data
        ben, vetted, consent = d["beneficiary"], d.get("vetted") or {}, d.get("consent")
        erased = d.get("erased") or {}
        fulfilled, withdrawn = d.get("fulfilled") or {}, d.get("withdrawn") or {}
        deadline, published = _day(d.get("deadline")), _day(d.get("published"))
        due = deadline
        if due is None and published and program:
            due = published + timedelta(days=program.time_limit(d["category"]))
        return cls(
            # An erased wish has no title, story or alias any more.
            id=d["id"],
            title=d.get("title", ""),
            story=d.get("story", ""),
            category=d["category"],
            campaign=d.get("campaign"),
            alias=ben.get("alias", ""),
            group=ben["group"],
            age_band=ben["age_band"],
            place=ben.get("place", ""),
            org=d["org"],
            slots=d["slots"],
            value_yuan=d.get("value_yuan"),
            deadline=deadline,
            collected=_required_day(d["collected"]),
            vetted=_day(vetted.get("date")),
            vetted_by=vetted.get("by"),
            escalations=tuple(
                Escalation(_required_day(e["date"]), e["to"], e.get("note", "")) for e in d.get("escalations", [])
            ),
            published=published,
            claims=tuple(
                Claim(c["volunteer"], _required_day(c["date"]), c.get("dispatched_by"), _day(c.get("released")))
                for c in d.get("claims", [])
            ),
            fulfilled=_day(fulfilled.get("date")),
            fulfilled_note=fulfilled.get("note", ""),
            withdrawn=_day(withdrawn.get("date")),
            withdrawn_reason=withdrawn.get("reason", ""),
            due=due,
            extensions=tuple(
                Extension(_required_day(e["date"]), _required_day(e["previous"]), e.get("reason", ""))
                for e in d.get("extensions", [])
            ),
            consent=Consent(consent["by"], _required_day(consent["date"]), consent["recorded_by"]) if consent else None,
            erased=_day(erased.get("date")),
            erased_reason=erased.get("reason", ""),
            doc=doc,
            pair=d.get("pair"),
            photos=tuple(Photo(p["file"], p["alt"]) for p in d.get("photos", [])),
        )

    @property
    def chain(self) -> tuple[str, ...]:
        """The organisations that have handled the wish: the collector, then each one passed up to."""
        return (self.org,) + tuple(e.to for e in self.escalations)

    @property
    def handler(self) -> str:
        """The organisation handling the wish now (the last one it was passed up to)."""
        return self.chain[-1]

    @property
    def active_claims(self) -> tuple[Claim, ...]:
        return tuple(c for c in self.claims if c.active)

    @property
    def released_back(self) -> bool:
        """A claim on it was given back (or taken back when overdue): programs put such a wish
        first in line in the next round."""
        return any(c.released for c in self.claims)

    @property
    def free_slots(self) -> int:
        return max(0, self.slots - len(self.active_claims))

    def status(self, today: date) -> Status:
        if self.withdrawn:
            return Status.WITHDRAWN
        if self.fulfilled:
            return Status.FULFILLED
        if not self.vetted:
            return Status.COLLECTED
        if not self.published:
            return Status.VETTED
        if self.due and today > self.due:
            return Status.OVERDUE
        return Status.OPEN if self.free_slots else Status.CLAIMED

    def claimable(self, today: date) -> bool:
        """On the public list, not past its time limit, with a free slot."""
        return self.status(today) is Status.OPEN


@dataclass
class Model:
    """All records of a repository that passed the schema, by id."""

    program: Program | None
    orgs: dict[str, Org]
    volunteers: dict[str, Volunteer]
    wishes: dict[str, Wish]
    pairs: dict[str, Pair] = field(default_factory=dict)

    @property
    def settings(self) -> Program:
        """program.yml's record. Commands read only a repository that passed validation, where it
        is always there; only the checks see a model whose program.yml failed its schema."""
        if self.program is None:
            raise LookupError("program.yml did not pass validation")
        return self.program

    def signers(self, wish: Wish) -> list[str]:
        """The organisations that may sign for the wish: the ones that handled it (the collector
        and those it was passed up to) and every organisation above them."""
        out = list(wish.chain)
        for org_id in wish.chain:
            out += [o for o in self.ancestors(org_id) if o not in out]
        return out

    def ancestors(self, org_id: str) -> list[str]:
        """The organisation's parents, nearest first (stops at a cycle or unknown id)."""
        seen, out = {org_id}, []
        org = self.orgs.get(org_id)
        while org and org.parent and org.parent not in seen:
            out.append(org.parent)
            seen.add(org.parent)
            org = self.orgs.get(org.parent)
        return out

    def volunteer_by_login(self, login: str) -> Volunteer | None:
        login = login.lower()
        return next((v for v in self.volunteers.values() if v.github and v.github.lower() == login), None)

    def acting_maintainers(self, org_id: str) -> tuple[str, ...]:
        """Who maintains the organisation: its own maintainers, or (when it has none) those of
        the nearest organisation above it that has some."""
        for each in [org_id, *self.ancestors(org_id)]:
            org = self.orgs.get(each)
            if org and org.maintainers:
                return org.maintainers
        return ()
