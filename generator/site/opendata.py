"""Open data: every wish, organisation and public volunteer as JSON and CSV, and an Atom feed.

Each data set is one table of :class:`Field` s, and the JSON, the CSV and the field
documentation on the open data page are all made from that table, so they cannot drift apart.
A volunteer who chose ``public: false`` appears in no file: not in the volunteer list, and not
as a claimant (the claim is there, the name is not).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date
from typing import Any
from collections.abc import Callable

from generator.model.cells import neutralise
from generator.model.records import Volunteer
from generator.program.stats import LEVEL_NAMES
from generator.site.disclosure import Disclosure
from generator.site.views import Site, WishView, shown_unit

FEED_ENTRIES = 50


@dataclass(frozen=True)
class Field:
    name: str
    doc: str
    get: Callable[[Any, Site], Any]


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _public(site: Site, volunteer_id: str) -> str | None:
    v = site.model.volunteers.get(volunteer_id)
    return volunteer_id if v and v.public else None


def _claims(w: WishView, site: Site) -> list[dict]:
    return [
        {
            "volunteer": _public(site, c.volunteer),
            "date": _day(c.date),
            "dispatched_by": c.dispatched_by,
            "released": _day(c.released),
        }
        for c in w.wish.claims
    ]


WISH_FIELDS = [
    Field("id", "心愿编号（也是网址的一部分）", lambda w, s: w.id),
    Field("title", "心愿", lambda w, s: w.wish.title),
    Field("story", "心愿故事", lambda w, s: w.wish.story),
    Field("category", "类别编号", lambda w, s: w.wish.category),
    Field("category_name", "类别名称", lambda w, s: w.category),
    Field("campaign", "所属专项活动编号（可为空）", lambda w, s: w.wish.campaign),
    Field("alias", "受助人化名（不是真实姓名）", lambda w, s: w.wish.alias),
    Field("group", "帮扶对象类别编号", lambda w, s: w.wish.group),
    Field("group_name", "帮扶对象类别名称", lambda w, s: w.group),
    Field("age_band", "年龄段", lambda w, s: w.age_band),
    Field("place", "地点（到县、乡镇一级）", lambda w, s: w.wish.place),
    Field("org", "征集组织编号", lambda w, s: w.wish.org),
    Field("handler", "目前承办组织编号（逐级上报后是上级组织）", lambda w, s: w.wish.handler),
    Field("slots", "认领名额（1+1 为 1，N+1 为 N）", lambda w, s: w.wish.slots),
    Field("value_yuan", "估计价值（元，可为空）", lambda w, s: w.wish.value_yuan),
    Field("collected", "征集日期", lambda w, s: _day(w.wish.collected)),
    Field("vetted", "审核日期", lambda w, s: _day(w.wish.vetted)),
    Field(
        "escalations",
        "逐级上报：日期与上报到的组织",
        lambda w, s: [{"date": _day(e.date), "to": e.to} for e in w.wish.escalations],
    ),
    Field("published", "发布日期", lambda w, s: _day(w.wish.published)),
    Field("deadline", "圆梦时限（未写明时按类别时限从发布日算起）", lambda w, s: _day(w.wish.due)),
    Field("claims", "认领：志愿者编号（不公开的志愿者为空）、日期、派单组织、退回日期", _claims),
    Field("fulfilled", "圆梦日期", lambda w, s: _day(w.wish.fulfilled)),
    Field("fulfilled_note", "圆梦说明", lambda w, s: w.wish.fulfilled_note or None),
    Field("withdrawn", "撤回日期", lambda w, s: _day(w.wish.withdrawn)),
    Field("withdrawn_reason", "撤回原因", lambda w, s: w.wish.withdrawn_reason or None),
    Field(
        "erased", "应本人或监护人要求删除文字的日期（这样的心愿只保留统计所需的字段）", lambda w, s: _day(w.wish.erased)
    ),
    Field(
        "status",
        "状态：collected 已征集、vetted 已审核、open 待认领、claimed 已认领、"
        "overdue 已逾期、fulfilled 已圆梦、withdrawn 已撤回",
        lambda w, s: w.status.value,
    ),
]


def _figure(name: str):
    return lambda o, s: getattr(s.org_figures[o.id], name)


ORG_FIELDS = [
    Field("id", "组织编号", lambda o, s: o.id),
    Field("name", "名称", lambda o, s: o.name),
    Field("level", "层级：" + "、".join(f"{k} {v}" for k, v in LEVEL_NAMES.items()), lambda o, s: o.level),
    Field("parent", "上级组织编号", lambda o, s: o.parent),
    Field("place", "所在地", lambda o, s: o.place),
    Field("phone", "办公电话", lambda o, s: o.contact.get("phone")),
    Field("address", "办公地址", lambda o, s: o.contact.get("address")),
    Field("hours", "办公时间", lambda o, s: o.contact.get("hours")),
    Field("collected", "本组织及下级征集的心愿数", _figure("collected")),
    Field("promised", "其中已审核、未撤回的（圆梦率的分母）", _figure("promised")),
    Field("fulfilled", "其中已圆梦的", _figure("fulfilled")),
    Field("fulfilment_rate", "圆梦率 = fulfilled / promised", _figure("fulfilment_rate")),
    Field("passed_up", "逐级上报过的心愿数", _figure("passed_up")),
    Field("median_days", "从发布到圆梦的天数中位数", _figure("median_days")),
]


def _points(v: Volunteer, site: Site, field: str):
    year = site.today.year
    card = site.cards.get(year, {}).get(v.id)
    return getattr(card, field) if card else 0


VOLUNTEER_FIELDS = [
    Field("id", "志愿者编号", lambda v, s: v.id),
    Field("name", "名称（志愿者自己选择的称呼）", lambda v, s: v.name),
    Field("kind", "person 个人、team 团队、unit 单位", lambda v, s: v.kind),
    Field("unit", "工作单位（仅在志愿者同意公开时）", lambda v, s: shown_unit(v) or None),
    Field("joined", "加入日期", lambda v, s: _day(v.joined)),
    Field("fulfilled_this_year", "今年帮助圆梦的心愿数", lambda v, s: _points(v, s, "fulfilled")),
    Field("points_this_year", "今年积分", lambda v, s: _points(v, s, "points")),
]


# Pairings: per organisation, counts only. No alias, place or pair id of a paired child.
PAIR_FIELDS = [
    Field("org", "组织编号（数字包括下级组织建立的结对）", lambda r, s: r[0]),
    Field("name", "组织名称", lambda r, s: s.org_name(r[0])),
    Field("level", "层级", lambda r, s: s.model.orgs[r[0]].level),
    Field("pairs", "建立过的结对数", lambda r, s: r[1].pairs),
    Field("active", "结对中的结对数", lambda r, s: r[1].active),
    Field("ended_this_year", "今年结束的结对数", lambda r, s: r[1].ended),
    Field(
        "duties",
        "本年各项职责：职责编号、已做次数、应做次数（按结对月数折算）",
        lambda r, s: [{"duty": d.id, "done": d.done, "owed": d.owed} for d in r[1].duties],
    ),
    Field("duty_rate", "本年职责完成率 = 已做（每项最多算到应做）÷ 应做", lambda r, s: r[1].rate),
    Field("wishes_fulfilled", "今年通过结对圆梦的心愿数", lambda r, s: r[1].wishes_fulfilled),
]


@dataclass(frozen=True)
class Dataset:
    name: str
    title: str
    fields: list[Field]
    rows: Callable[[Site], list]


DATASETS = [
    Dataset("wishes", "心愿", WISH_FIELDS, lambda s: s.wishes),
    Dataset("orgs", "组织", ORG_FIELDS, lambda s: [s.model.orgs[o] for o in sorted(s.model.orgs)]),
    Dataset(
        "volunteers",
        "志愿者（仅公开的）",
        VOLUNTEER_FIELDS,
        lambda s: [s.model.volunteers[v] for v in sorted(s.model.volunteers) if s.model.volunteers[v].public],
    ),
    Dataset(
        "pairs", "结对认亲统计（按组织，只有数字）", PAIR_FIELDS, lambda s: sorted((s.pair_org_figures or {}).items())
    ),
]
FILES = [(f"opendata/{d.name}.{ext}", f"{d.title}（{ext.upper()}）") for d in DATASETS for ext in ("json", "csv")] + [
    ("opendata/feed.xml", "新发布和新圆梦的心愿（Atom 订阅）")
]


def records(dataset: Dataset, site: Site) -> list[dict]:
    return [{f.name: f.get(row, site) for f in dataset.fields} for row in dataset.rows(site)]


# Characters that many editors and line readers take for a line break, escaped as JSON allows.
_BREAKS = str.maketrans({"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _one_line(text: str) -> str:
    return text.translate(_BREAKS)


def as_json(dataset: Dataset, site: Site) -> bytes:
    """The dataset as one JSON document: what it is and what each field means, indented; then the
    records, one compact line each (a city's wishes file is a fifth smaller than indented, and
    still reads and diffs record by record)."""
    about = {
        "program": site.program.name,
        "as_of": site.today.isoformat(),
        "fields": {f.name: f.doc for f in dataset.fields},
    }
    head = json.dumps(about, ensure_ascii=False, indent=1)[: -len("\n}")]
    lines = [_one_line(json.dumps(r, ensure_ascii=False, separators=(",", ":"))) for r in records(dataset, site)]
    body = "[\n" + ",\n".join(lines) + "\n]" if lines else "[]"
    return f'{head},\n "records": {body}\n}}\n'.encode()


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):  # claims and escalations: one "a=b,c=d" item per entry
        return "; ".join(",".join(f"{k}={v}" for k, v in item.items() if v is not None) for item in value)
    return str(value)


def as_csv(dataset: Dataset, site: Site) -> bytes:
    """UTF-8 with a byte order mark, which is what makes Excel read Chinese text correctly."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([f.name for f in dataset.fields])
    for record in records(dataset, site):
        writer.writerow([v if isinstance(v, (int, float)) else neutralise(_cell(v)) for v in record.values()])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def feed_events(site: Site) -> list[tuple[date, str, WishView]]:
    """Newest first: each wish's publication and fulfilment, as (date, kind, wish)."""
    events = []
    for w in site.wishes:
        if w.disclosure is not Disclosure.FULL:
            continue
        if w.wish.published:
            events.append((w.wish.published, "published", w))
        if w.wish.fulfilled:
            events.append((w.wish.fulfilled, "fulfilled", w))
    events.sort(key=lambda e: (e[0], e[1], e[2].id), reverse=True)
    return events[:FEED_ENTRIES]


def files(site: Site, env) -> dict[str, bytes]:
    """Every open data file, by its path in the docs folder."""
    out = {}
    for d in DATASETS:
        out[f"opendata/{d.name}.json"] = as_json(d, site)
        out[f"opendata/{d.name}.csv"] = as_csv(d, site)
    feed = env.get_template("feed.xml.j2").render(site=site, events=feed_events(site))
    out["opendata/feed.xml"] = feed.encode("utf-8")
    return out
