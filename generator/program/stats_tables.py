"""``xinyuan stats`` as tables and JSON: the figures of :mod:`generator.program.stats` for the whole
program, per organisation (with everything below it) and per tier.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date

from generator.model.records import Model
from generator.program.stats import LEVEL_NAMES, Figures, by_org, by_tier, figures
from generator.output.tables import Table

DENOMINATOR = "认领率和圆梦率的分母：已审核且未撤回的心愿（未审核的心愿还没有向任何人承诺）"
COLUMNS = ("征集", "已审核", "已认领", "认领率", "已圆梦", "圆梦率", "逾期", "上报过", "圆梦用时中位数（天）")


def _rate(value: float | None) -> str | None:
    return None if value is None else f"{value:.0%}"


def _row(f: Figures) -> tuple:
    return (
        f.collected,
        f.promised,
        f.claimed,
        _rate(f.claim_rate),
        f.fulfilled,
        _rate(f.fulfilment_rate),
        f.overdue,
        f.passed_up,
        f.median_days,
    )


def tables(model: Model, today: date) -> list[Table]:
    total = figures(model.wishes.values(), today)
    figures_by_org = by_org(model, today)
    tree_order = sorted(figures_by_org, key=lambda o: list(reversed(model.ancestors(o))) + [o])
    orgs = [
        (model.orgs[o].name, LEVEL_NAMES.get(model.orgs[o].level, "")) + _row(figures_by_org[o])
        for o in tree_order
        if figures_by_org[o].collected
    ]
    tiers = [(LEVEL_NAMES.get(level, level),) + _row(f) for level, f in by_tier(model, today).items()]
    return [
        Table(f"全部心愿（截至 {today}）", COLUMNS, (_row(total),), (DENOMINATOR,)),
        Table("按组织（含下级组织征集的心愿）", ("组织", "层级") + COLUMNS, tuple(orgs)),
        Table("按层级（心愿现在由哪一级组织负责）", ("层级",) + COLUMNS, tuple(tiers)),
    ]


def _figures_dict(f: Figures) -> dict:
    return asdict(f) | {"claim_rate": f.claim_rate, "fulfilment_rate": f.fulfilment_rate}


def as_json(model: Model, today: date) -> str:
    data = {
        "today": today.isoformat(),
        "denominator": "promised: vetted and not withdrawn",
        "total": _figures_dict(figures(model.wishes.values(), today)),
        "by_org": {o: _figures_dict(f) for o, f in by_org(model, today).items()},
        "by_tier": {level: _figures_dict(f) for level, f in by_tier(model, today).items()},
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
