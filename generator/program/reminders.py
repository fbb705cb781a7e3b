"""Reminders: claims past their time limit or due soon, grouped by the organisation handling
each wish, with the volunteers' GitHub logins; claims overdue for longer than the program's
grace period, which may be released back to the list (``xinyuan release``); and open wishes
nobody has claimed that are past or near their deadline, for the organisation to act on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from generator.ops.steps import releasable
from generator.model.records import Model, Status, Wish

KINDS = {  # kind -> heading, most urgent first
    "releasable": "逾期超过宽限期，可收回认领",
    "overdue": "已逾期，请尽快圆梦",
    "due-soon": "即将到期",
    "unclaimed": "已逾期且无人认领，请组织上报、派单或延期",
    "unclaimed-soon": "即将到期仍无人认领，请组织派单、上报或延期",
}


@dataclass(frozen=True)
class Claimant:
    volunteer: str
    github: str | None  # None: no GitHub account, the organisation phones them
    public: bool  # false: never named (nor @-mentioned) in the public reminder issue


@dataclass(frozen=True)
class Reminder:
    kind: str
    wish: Wish
    org: str  # the organisation handling the wish now
    days_left: int  # negative: days overdue
    claimants: tuple[Claimant, ...]

    def as_dict(self) -> dict:
        return {
            "kind": self.kind,
            "wish": self.wish.id,
            "title": self.wish.title,
            "org": self.org,
            "due": self.wish.due.isoformat() if self.wish.due else None,
            "days_left": self.days_left,
            "volunteers": [c.volunteer for c in self.claimants],
            "github": [c.github for c in self.claimants],
        }


def _kind(wish: Wish, today: date, within: int, grace: int) -> str | None:
    if wish.due is None:
        return None  # no time limit: nothing to remind of
    days_left = (wish.due - today).days
    if not wish.active_claims:
        return "unclaimed" if days_left < 0 else "unclaimed-soon" if days_left <= within else None
    if releasable(wish, today, grace):
        return "releasable"
    if days_left < 0:
        return "overdue"
    return "due-soon" if days_left <= within else None


def reminders(model: Model, today: date, within: int = 7) -> list[Reminder]:
    """Every reminder, most urgent first within each organisation."""
    grace = model.program.release_grace_days if model.program else 14
    out = []
    for wish in model.wishes.values():
        if wish.status(today) not in (Status.OPEN, Status.CLAIMED, Status.OVERDUE) or not wish.due:
            continue
        kind = _kind(wish, today, within, grace)
        if kind:
            claimants = tuple(
                Claimant(v.id, v.github, v.public)
                for c in wish.active_claims
                for v in [model.volunteers.get(c.volunteer)]
                if v
            )
            out.append(Reminder(kind, wish, wish.handler, (wish.due - today).days, claimants))
    order = list(KINDS)
    return sorted(out, key=lambda r: (r.org, order.index(r.kind), r.days_left, r.wish.id))


def by_org(items: list[Reminder]) -> dict[str, list[Reminder]]:
    groups: dict[str, list[Reminder]] = {}
    for item in items:
        groups.setdefault(item.org, []).append(item)
    return groups


def _when(item: Reminder) -> str:
    if item.days_left < 0:
        return f"截止 {item.wish.due}，已逾期 {-item.days_left} 天"
    return f"截止 {item.wish.due}，还剩 {item.days_left} 天"


def _org_name(model: Model, org_id: str) -> str:
    org = model.orgs.get(org_id)
    return f"{org.name}（{org_id}）" if org else org_id


def as_text(model: Model, items: list[Reminder], today: date) -> str:
    if not items:
        return f"{today}：没有逾期或即将到期的认领，也没有即将到期仍无人认领的心愿。\n"
    lines = []
    for org_id, group in by_org(items).items():
        lines.append(_org_name(model, org_id))
        for item in group:
            who = (
                "、".join(f"{c.volunteer}（@{c.github}）" if c.github else c.volunteer for c in item.claimants)
                or "无人认领"
            )
            lines.append(f"  [{KINDS[item.kind]}] {item.wish.id} {item.wish.title}：{_when(item)}；{who}")
    return "\n".join(lines) + "\n"


def as_markdown(model: Model, items: list[Reminder], today: date, within: int) -> str:
    """The body of the one reminder issue the scheduled workflow keeps up to date."""
    head = [
        f"# 认领提醒（{today}）",
        "",
        f"逾期和 {within} 天内到期的认领，以及到期前仍无人认领的心愿，按负责组织分组。圆梦后请记录（`xinyuan fulfil`），"
        "需要延期请找组织（`xinyuan extend`）。",
        "",
    ]
    if not items:
        return "\n".join(head + ["目前没有逾期或即将到期的认领，也没有即将到期仍无人认领的心愿。"]) + "\n"
    lines = head
    for org_id, group in by_org(items).items():
        org = model.orgs.get(org_id)
        lines += [f"## {_org_name(model, org_id)}", ""]
        if org:
            # An organisation without maintainers of its own is run by those above it.
            lines += ["组织管理员：" + (" ".join(f"@{m}" for m in model.acting_maintainers(org_id)) or "（无）"), ""]
        for kind, heading in KINDS.items():
            chosen = [i for i in group if i.kind == kind]
            if chosen:
                lines += [f"**{heading}**", ""]
                lines += [f"- `{i.wish.id}` {i.wish.title}：{_when(i)}{_mentions(i)}" for i in chosen]
                lines.append("")
    return "\n".join(lines)


def _mentions(item: Reminder) -> str:
    """The claimants as @-mentions; a volunteer who chose not to be shown stays unnamed."""
    names = [
        (f"@{c.github}" if c.github else f"{c.volunteer}（无 GitHub 账号，请组织电话联系）")
        if c.public
        else "一位志愿者（请组织私下联系）"
        for c in item.claimants
    ]
    return "；" + " ".join(names) if names else ""


def as_json(items: list[Reminder], today: date, within: int) -> str:
    data = {
        "today": today.isoformat(),
        "within": within,
        "count": len(items),
        "reminders": [i.as_dict() for i in items],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
