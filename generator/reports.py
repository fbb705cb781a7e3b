"""Reports for organisers: the points card of a year (积分), and the twice-yearly feedback to
each volunteer's employer unit (双向反馈). Same numbers as the site's honour roll
(:mod:`generator.points`); rendered by :mod:`generator.tables`.
"""

from __future__ import annotations

import re
from datetime import date

from .model import Model
from .points import Card, period_cards
from .tables import Table

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
        rows.append((card.volunteer, v.name if v else "", v.unit if v else "", card.fulfilled,
                     dispatched, card.points, _commendations(card), "是" if v is None or v.public else "否"))
    program = model.program
    notes = (f"积分规则：每圆一个心愿 {program.points_per_fulfilment} 分"
             f"（共同认领{'平分' if program.points_shared == 'split' else '每人得满分'}），"
             "只在圆梦时计分，按圆梦日期计入当年，每年清零。",
             "表彰门槛：" + "；".join(f"{c.points} 分 {c.name}" for c in program.commendations))
    return Table(f"{year} 年志愿者积分", ("志愿者", "名字", "单位", "圆梦", "其中派单", "积分", "表彰", "网站公开"),
                 tuple(rows), notes)


def _unit(volunteer) -> str:
    """Who the feedback goes to: the volunteer's employer; a unit volunteer is its own."""
    if volunteer is None:
        return NO_UNIT
    return volunteer.unit or (volunteer.name if volunteer.kind == "unit" else NO_UNIT)


def units_table(model: Model, start: date, end: date) -> Table:
    """One row per volunteer active in the period (claimed or fulfilled), grouped by unit."""
    cards = period_cards(model, start, end)
    year_cards = period_cards(model, date(end.year, 1, 1), end)
    claimed: dict[str, int] = {}
    released: dict[str, int] = {}
    for wish in model.wishes.values():
        for c in wish.claims:
            claimed[c.volunteer] = claimed.get(c.volunteer, 0) + (start <= c.date <= end)
            released[c.volunteer] = released.get(c.volunteer, 0) + bool(c.released and start <= c.released <= end)
    rows = []
    for vid in sorted(set(cards) | {v for v, n in claimed.items() if n}):
        v = model.volunteers.get(vid)
        card, year_card = cards.get(vid), year_cards.get(vid)
        rows.append((_unit(v), vid, v.name if v else "", claimed.get(vid, 0),
                     released.get(vid, 0), card.fulfilled if card else 0, card.points if card else 0,
                     year_card.points if year_card else 0, _commendations(year_card)))
    rows.sort(key=lambda r: (r[0] == NO_UNIT, r[0], -r[6], r[1]))
    return Table(f"{start} 至 {end} 志愿服务情况", ("单位", "志愿者", "名字", "认领", "退回", "圆梦",
                                                 "本期积分", "本年累计积分", "本年表彰"), tuple(rows))


def per_unit(table: Table) -> list[Table]:
    """The flat units table split into one table (one printed letter) per unit."""
    units: dict[str, list[tuple]] = {}
    for row in table.rows:
        units.setdefault(row[0], []).append(row[1:])
    out = []
    for unit, rows in units.items():
        total = sum(r[5] for r in rows)
        notes = (f"本期 {len(rows)} 位志愿者，认领 {sum(r[2] for r in rows)} 次，圆梦 {sum(r[4] for r in rows)} 个，"
                 f"积分合计 {total:g}。感谢贵单位对微心愿圆梦行动的支持。",)
        out.append(Table(f"致 {unit}：{table.title}", table.columns[1:], tuple(rows), notes))
    return out
