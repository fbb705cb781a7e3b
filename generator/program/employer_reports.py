"""Reports for organisers: the points card of a year (积分), and the twice-yearly feedback to
each volunteer's employer unit (双向反馈). Same numbers as the site's honour roll
(:mod:`generator.program.points`); rendered by :mod:`generator.output.tables` and :mod:`generator.program.letters`.
People appear by the names they chose to be shown, never by their record ids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from generator.model.records import Model
from generator.program.points import Card, period_cards
from generator.output.tables import Table

_HALF = re.compile(r"(?P<year>[0-9]{4})[Hh](?P<half>[12])")
NO_UNIT = "（未填写单位）"


def parse_half(text: str) -> tuple[date, date]:
    """``2026H1`` → 2026-01-01 to 2026-06-30; ``2026H2`` → 2026-07-01 to 2026-12-31."""
    match = _HALF.fullmatch(text.strip())
    if not match:
        raise ValueError(f"“{text}” 不是半年，写成 2026H1 或 2026H2")
    year = int(match["year"])
    return (date(year, 1, 1), date(year, 6, 30)) if match["half"] == "1" else (date(year, 7, 1), date(year, 12, 31))


def _commendations(card: Card | None) -> str:
    return "、".join(c.name for c in card.commendations) if card and card.commendations else ""


def points_table(model: Model, year: int) -> Table:
    """Every volunteer who earned points in the year, most points first."""
    table = period_cards(model, date(year, 1, 1), date(year, 12, 31))
    rows = []
    for card in sorted(table.values(), key=lambda c: (-c.points, c.volunteer)):
        v = model.volunteers.get(card.volunteer)
        dispatched = sum(1 for c in card.credits if c.dispatched)
        rows.append(
            (
                card.volunteer,
                v.name if v else "",
                v.unit if v else "",
                card.fulfilled,
                dispatched,
                card.points,
                _commendations(card),
                "是" if v is None or v.public else "否",
            )
        )
    program = model.settings
    notes = (
        f"积分规则：每圆一个心愿 {program.points_per_fulfilment} 分"
        f"（共同认领{'平分' if program.points_shared == 'split' else '每人得满分'}），"
        "只在圆梦时计分，按圆梦日期计入当年，每年清零。",
        "表彰门槛：" + "；".join(f"{c.points} 分 {c.name}" for c in program.commendations),
    )
    return Table(
        f"{year} 年志愿者积分",
        ("志愿者", "名字", "单位", "圆梦", "其中派单", "积分", "表彰", "网站公开"),
        tuple(rows),
        notes,
    )


def _unit(volunteer) -> str:
    """Who the feedback goes to: the volunteer's employer; a unit volunteer is its own."""
    if volunteer is None:
        return NO_UNIT
    return volunteer.unit or (volunteer.name if volunteer.kind == "unit" else NO_UNIT)


def _activity(model: Model, start: date, end: date) -> dict[str, tuple]:
    """Per volunteer active in the period (claimed or fulfilled): (claims, released, fulfilled,
    period points, year's points so far, the year's commendations)."""
    cards = period_cards(model, start, end)
    year_cards = period_cards(model, date(end.year, 1, 1), end)
    claimed: dict[str, int] = {}
    released: dict[str, int] = {}
    for wish in model.wishes.values():
        for c in wish.claims:
            claimed[c.volunteer] = claimed.get(c.volunteer, 0) + (start <= c.date <= end)
            released[c.volunteer] = released.get(c.volunteer, 0) + bool(c.released and start <= c.released <= end)
    out = {}
    for vid in set(cards) | {v for v, n in claimed.items() if n}:
        card, year_card = cards.get(vid), year_cards.get(vid)
        out[vid] = (
            claimed.get(vid, 0),
            released.get(vid, 0),
            card.fulfilled if card else 0,
            card.points if card else 0,
            year_card.points if year_card else 0,
            _commendations(year_card),
        )
    return out


MEMBER_COLUMNS = ("志愿者", "认领", "退回", "圆梦", "本期积分", "本年累计积分", "本年表彰")


def units_table(model: Model, start: date, end: date) -> Table:
    """One row per volunteer active in the period, grouped by unit (the CSV for Excel)."""
    rows = []
    for vid, figures in _activity(model, start, end).items():
        v = model.volunteers.get(vid)
        rows.append((_unit(v), v.name if v else "一位志愿者", *figures))
    rows.sort(key=lambda r: (r[0] == NO_UNIT, r[0], -r[5], r[1]))
    return Table(f"{start} 至 {end} 志愿服务情况", ("单位", *MEMBER_COLUMNS), tuple(rows))


@dataclass(frozen=True)
class Letter:
    """The half-year feedback to one employer unit (双向反馈): a letter with a table of its
    volunteers' service, or a line saying there was none that half."""

    unit: str
    heading: str
    paragraphs: tuple[str, ...]
    table: Table | None
    closing: str
    sender: str
    date: str


def chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def sender_of(model: Model, org_id: str | None) -> str:
    """The name that signs the letters: the given organisation, else the one at the top."""
    if org_id:
        return model.orgs[org_id].name
    top = [o for o in model.orgs.values() if not o.parent]
    return top[0].name if len(top) == 1 else model.settings.name


def unit_letters(model: Model, start: date, end: date, today: date, sender: str) -> list[Letter]:
    """A letter to every unit with a volunteer registered by the end of the half."""
    activity = _activity(model, start, end)
    members: dict[str, list] = {}
    for v in sorted(model.volunteers.values(), key=lambda v: v.name):
        unit = _unit(v)
        if unit != NO_UNIT and (v.joined is None or v.joined <= end):
            members.setdefault(unit, []).append(v)
    program, half = model.settings.name, f"{chinese_date(start)}至{chinese_date(end)}"
    letters = []
    for unit in sorted(members):
        rows = tuple((v.name, *activity[v.id]) for v in members[unit] if v.id in activity)
        if rows:
            rows = tuple(sorted(rows, key=lambda r: (-r[4], r[0])))
            text = (
                f"{half}，贵单位的 {len(rows)} 位志愿者参加了{program}，共认领心愿 "
                f"{sum(r[1] for r in rows)} 次，帮助 {sum(r[3] for r in rows)} 个心愿圆梦，"
                f"积分合计 {sum(r[4] for r in rows):g}。各位志愿者的情况如下："
            )
            table = Table("志愿者服务情况", MEMBER_COLUMNS, rows)
        else:
            text = (
                f"{half}，贵单位登记的 {len(members[unit])} 位志愿者本半年没有认领或圆梦心愿，"
                "本期没有需要反馈的服务记录。欢迎贵单位的志愿者到心愿清单认领心愿。"
            )
            table = None
        letters.append(
            Letter(
                unit,
                f"{program}志愿服务情况反馈",
                (f"{unit}：", text),
                table,
                "感谢贵单位对微心愿圆梦行动的支持！",
                sender,
                chinese_date(today),
            )
        )
    return letters
