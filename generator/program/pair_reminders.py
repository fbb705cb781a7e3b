"""Reminders about pairs: a duty falling behind for the year, and no home visit within the
program's visit interval. Grouped by the organisation that made the pair, for its maintainers.

A duty is behind when the pair has done it fewer times than the share of the year gone by asks
for: ``per_year`` × (days of the pair's year elapsed ÷ days it is active this year), rounded to
the nearest whole number (so a once-a-year letter is asked for once half the pair's year is
gone). The paired child is never named beyond the alias the organisation already keeps.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from generator.program import pair_stats
from generator.model.records import Model
from generator.model.pairs import Pair


@dataclass(frozen=True)
class PairReminder:
    kind: str  # "behind" or "no-visit"
    pair: Pair
    text: str  # what is missing, in Chinese

    def as_dict(self) -> dict:
        return {
            "kind": self.kind,
            "pair": self.pair.id,
            "org": self.pair.org,
            "volunteer": self.pair.volunteer,
            "text": self.text,
        }


KINDS = {"no-visit": "超过走访间隔没有家访", "behind": "结对职责落后于进度"}


def expected_by(pair: Pair, per_year: int, today: date) -> int:
    """How many times a duty done ``per_year`` times should have been done by ``today`` this year."""
    first = max(pair.started, date(today.year, 1, 1))
    last = min(pair.ended or date(today.year, 12, 31), date(today.year, 12, 31))
    if last < first or today < first:
        return 0
    owed = per_year * ((last - first).days + 1) / 365
    share = ((min(today, last) - first).days + 1) / ((last - first).days + 1)
    return int(owed * share + 0.5)


def pair_reminders(model: Model, today: date) -> list[PairReminder]:
    pairing = model.program.pairing if model.program else None
    if pairing is None:
        return []
    out, through = [], pair_stats.wishes_fulfilled(model, today.year)
    for pair in sorted(model.pairs.values(), key=lambda p: (p.org, p.id)):
        if not pair.active(today):
            continue
        if pairing.visit_duty and pairing.visit_interval_days:
            last = pair.last(pairing.visit_duty)
            since = last or pair.started
            days = (today - since).days
            if days > pairing.visit_interval_days:
                name = pairing.duties[pairing.visit_duty].name if pairing.visit_duty in pairing.duties else "走访"
                what = f"上次{name}是 {last}" if last else f"结对 {pair.started} 以来没有{name}"
                out.append(
                    PairReminder("no-visit", pair, f"{what}，已 {days} 天（间隔 {pairing.visit_interval_days} 天）")
                )
        done = pair_stats.done(pair, pairing, today.year, through)
        short = [
            f"{d.name} {done[d.id]}/{want}"
            for d in pairing.duties.values()
            for want in [expected_by(pair, d.per_year, today)]
            if done[d.id] < want
        ]
        if short:
            out.append(PairReminder("behind", pair, "按进度应完成：" + "，".join(short)))
    return out


def _who(model: Model, pair: Pair) -> str:
    volunteer = model.volunteers.get(pair.volunteer)
    if volunteer is None or not volunteer.public:
        return "结对志愿者（请组织私下联系）"
    return f"{volunteer.name}（@{volunteer.github}）" if volunteer.github else f"{volunteer.name}（请组织电话联系）"


def as_text(model: Model, items: list[PairReminder], today: date) -> str:
    if not items:
        return ""
    lines = ["", "结对认亲"]
    for org_id in dict.fromkeys(i.pair.org for i in items):
        org = model.orgs.get(org_id)
        lines.append(f"{org.name}（{org_id}）" if org else org_id)
        lines += [
            f"  [{KINDS[i.kind]}] {i.pair.id} {i.pair.alias}：{i.text}；{_who(model, i.pair)}"
            for i in items
            if i.pair.org == org_id
        ]
    return "\n".join(lines) + "\n"


def as_markdown(model: Model, items: list[PairReminder], today: date) -> str:
    """The pairs' part of the public reminder issue: pair ids and what is missing, never the
    child's alias (the issue is public; the organisation looks the pair up by its id)."""
    if not items:
        return ""
    lines = [
        "",
        "# 结对认亲提醒",
        "",
        "超过走访间隔没有家访、或本年职责落后于进度的结对，按结对组织分组。做了请记录（`xinyuan duty 结对编号 职责`）。",
        "",
    ]
    for org_id in dict.fromkeys(i.pair.org for i in items):
        org = model.orgs.get(org_id)
        lines += [f"## {org.name}（{org_id}）" if org else f"## {org_id}", ""]
        lines += ["组织管理员：" + (" ".join(f"@{m}" for m in model.acting_maintainers(org_id)) or "（无）"), ""]
        lines += [f"- `{i.pair.id}` {KINDS[i.kind]}：{i.text}" for i in items if i.pair.org == org_id]
        lines.append("")
    return "\n".join(lines)
