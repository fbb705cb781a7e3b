"""Charts drawn at build time as inline SVG: no chart library, no script on the phone.

Two shapes cover the statistics page: columns (fulfilments per month) and horizontal
"done of total" bars (fulfilled of promised, per category, group and tier), which read well on
a narrow screen with Chinese labels. Labels are escaped; sizes are in SVG user units and the
SVG scales to the width of the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from markupsafe import Markup, escape

from generator.program.stats import LEVEL_NAMES, figures
from generator.site.views import Site

WIDTH = 360
ROW = 30
MONTHS = 12


@dataclass(frozen=True)
class Chart:
    id: str
    title: str
    svg: Markup
    table: list[tuple[str, str]]  # the same numbers as text, for screen readers and print


def _svg(height: int, body: list[str], title: str) -> Markup:
    return Markup(
        f'<svg class="xy-chart" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>{"".join(body)}</svg>'
    )


def columns(id: str, title: str, rows: list[tuple[str, int]], axis: list[str] | None = None) -> Chart:
    """One column a row; ``axis`` gives shorter labels under the columns (the table keeps the
    full ones): twelve columns leave 30 units each, two characters at 16 px."""
    axis = axis or [label for label, _ in rows]
    top = max([v for _, v in rows] + [1])
    step, chart_h = WIDTH / max(1, len(rows)), 150
    body = []
    for i, (_, value) in enumerate(rows):
        h = round(chart_h * value / top, 1)
        x = round(i * step + step * 0.15, 1)
        body.append(
            f'<rect class="xy-bar" x="{x}" y="{20 + chart_h - h}" width="{round(step * 0.7, 1)}" height="{h}"/>'
            f'<text x="{round(x + step * 0.35, 1)}" y="{14 + chart_h - h}" text-anchor="middle">{value}</text>'
            f'<text class="xy-axis" x="{round(x + step * 0.35, 1)}" y="{chart_h + 36}" text-anchor="middle">{escape(axis[i])}</text>'
        )
    return Chart(id, title, _svg(chart_h + 44, body, title), [(label, str(v)) for label, v in rows])


def progress(id: str, title: str, rows: list[tuple[str, int, int]]) -> Chart:
    """For each label, ``done`` of ``total`` as a dark bar over a light one."""
    top = max([t for _, _, t in rows] + [1])
    label_w, bar_w = 130, WIDTH - 130 - 60
    body = []
    for i, (label, done, total) in enumerate(rows):
        y = i * ROW + 6
        w_total, w_done = round(bar_w * total / top, 1), round(bar_w * done / top, 1)
        body.append(
            f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end">{escape(_short(label))}</text>'
            f'<rect class="xy-track" x="{label_w}" y="{y + 3}" width="{w_total}" height="16"/>'
            f'<rect class="xy-bar" x="{label_w}" y="{y + 3}" width="{w_done}" height="16"/>'
            f'<text x="{label_w + w_total + 4}" y="{y + 15}">{done}/{total}</text>'
        )
    return Chart(
        id, title, _svg(len(rows) * ROW + 10, body, title), [(label, f"{done}/{total}") for label, done, total in rows]
    )


def _short(label: str, length: int = 7) -> str:
    return label if len(label) <= length else label[: length - 1] + "…"


def months_back(today: date, count: int) -> list[tuple[int, int]]:
    y, m = today.year, today.month
    out = []
    for _ in range(count):
        out.append((y, m))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return out[::-1]


def all_charts(site: Site) -> list[Chart]:
    wishes = [w.wish for w in site.wishes]
    per_month = {ym: 0 for ym in months_back(site.today, MONTHS)}
    for w in wishes:
        if w.fulfilled and (w.fulfilled.year, w.fulfilled.month) in per_month:
            per_month[(w.fulfilled.year, w.fulfilled.month)] += 1
    monthly = [(f"{m}月", n) for (_, m), n in per_month.items()]
    month_numbers = [str(m) for (_, m) in per_month]

    def share(key, names):
        rows = []
        for k, named in names.items():
            f = figures([w for w in wishes if key(w) == k], site.today)
            if f.collected:
                rows.append((named.name, f.fulfilled, f.promised))
        return rows

    program = site.program
    tiers = [(LEVEL_NAMES[level], f.fulfilled, f.promised) for level, f in site.tier_figures.items()]
    return [
        columns("months", f"近{MONTHS}个月每月圆梦数（横轴为月份）", monthly, month_numbers),
        progress("categories", "各类别圆梦情况（已圆梦/已承诺）", share(lambda w: w.category, program.categories)),
        progress("groups", "各帮扶对象圆梦情况（已圆梦/已承诺）", share(lambda w: w.group, program.groups)),
        progress("tiers", "各层级圆梦情况（按目前承办组织的层级）", tiers),
    ]
