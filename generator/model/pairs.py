"""Standing pairs (结对认亲): a volunteer looks after a child or a family, and owes duties each
year (a home visit, a letter, a wish ...). The records, the program's pairing settings, and what
is derived from them: active or ended, duties done in a year against what is owed, the last visit.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from generator.model.loader import Document


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _required_day(text: str) -> date:
    """A date the schema requires (so always there in a model built from valid files)."""
    return date.fromisoformat(text)


@dataclass(frozen=True)
class DutyKind:
    """A duty every pair owes ``per_year`` times a year (program.yml ``pairing_duties``)."""

    id: str
    name: str
    per_year: int
    points: int = 0


@dataclass(frozen=True)
class Pairing:
    """The program's pairing settings (program.yml ``pairing`` and ``pairing_duties``)."""

    per_child: str  # "one" (一对一) or "many" (多对一)
    duties: dict[str, DutyKind]
    visit_duty: str | None = None
    visit_interval_days: int | None = None
    wish_duty: str | None = None
    offer_first: bool = True  # a paired child's wish goes to the paired volunteer first

    @classmethod
    def from_program(cls, data: dict) -> Pairing | None:
        if "pairing" not in data and "pairing_duties" not in data:
            return None
        settings = data.get("pairing") or {}
        duties = {
            d["id"]: DutyKind(d["id"], d["name"], d["per_year"], d.get("points", 0))
            for d in data.get("pairing_duties", [])
        }
        return cls(
            settings.get("per_child", "one"),
            duties,
            settings.get("visit_duty"),
            settings.get("visit_interval_days"),
            settings.get("wish_duty"),
            settings.get("offer_first", True),
        )

    def owed(self, pair: Pair, year: int) -> dict[str, int]:
        """What the pair owes in ``year``, per duty: the full count for a pair active all year,
        in proportion (rounded up) for the months it was active."""
        months = pair.active_months(year)
        return {d.id: -(-d.per_year * months // 12) for d in self.duties.values() if months}


@dataclass(frozen=True)
class DutyDone:
    date: date
    kind: str
    note: str = ""


@dataclass(frozen=True)
class Pair:
    id: str
    volunteer: str
    alias: str
    group: str
    age_band: str
    place: str
    org: str
    started: date
    duties: tuple[DutyDone, ...]
    consent: object = None  # a model.Consent, or None when not recorded
    ended: date | None = None
    ended_reason: str = ""
    doc: Document = field(kw_only=True, repr=False, compare=False)

    @classmethod
    def from_doc(cls, doc: Document) -> Pair:
        from generator.model.records import Consent  # the model imports this module

        d = doc.data
        ben, consent, ended = d["beneficiary"], d.get("consent"), d.get("ended") or {}
        return cls(
            d["id"],
            d["volunteer"],
            ben["alias"],
            ben["group"],
            ben["age_band"],
            ben["place"],
            d["org"],
            _required_day(d["started"]),
            tuple(DutyDone(_required_day(x["date"]), x["kind"], x.get("note", "")) for x in d.get("duties", [])),
            Consent(consent["by"], _required_day(consent["date"]), consent["recorded_by"]) if consent else None,
            _day(ended.get("date")),
            ended.get("reason", ""),
            doc=doc,
        )

    @property
    def child_key(self) -> tuple[str, str, str]:
        """Who the pair looks after, as far as the records can tell: the same alias, place and
        age band at the same organisation is taken for the same child."""
        return self.org, self.alias, self.place

    def active(self, on: date) -> bool:
        """Paired on ``on``: from the start to the end date (the pair's last day) included."""
        return self.started <= on and (self.ended is None or on <= self.ended)

    def active_months(self, year: int) -> int:
        """Months of ``year`` in which the pair was active for at least a day (0 to 12)."""
        first = max(self.started, date(year, 1, 1))
        last = min(self.ended or date(year, 12, 31), date(year, 12, 31))
        if last < first:
            return 0
        return (last.year - first.year) * 12 + last.month - first.month + 1

    def done(self, year: int) -> Counter:
        """How many times each duty was done in ``year``."""
        return Counter(d.kind for d in self.duties if d.date.year == year)

    def last(self, kind: str) -> date | None:
        return max((d.date for d in self.duties if d.kind == kind), default=None)
