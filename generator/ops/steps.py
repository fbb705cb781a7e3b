"""The steps of a wish's lifecycle as pure functions: may this step happen to this wish on this
date, and if so, what changes in its file.

Each function returns a :class:`Transition` (the operations on the wish's file and a sentence
saying what they do) or raises :class:`Refused` with a Chinese message. They read the model and
never touch files; the validation after the edit (the L5xx rules) is the final word.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from generator.model import vocab
from generator.ops.yaml_edit import Append, Op, Set, Update
from generator.model.records import Model, Status, Volunteer, Wish


class Refused(Exception):
    """The step is not allowed; the message says why, in Chinese."""


@dataclass(frozen=True)
class Transition:
    path: str
    ops: tuple[Op, ...]
    summary: str


def find_wish(model: Model, wish_id: str) -> Wish:
    wish = model.wishes.get(wish_id)
    if wish is None:
        raise Refused(f"没有编号为 “{wish_id}” 的心愿")
    return wish


def find_volunteer(model: Model, who: str) -> Volunteer:
    """A volunteer by id, or by GitHub login (``@login`` or ``login``)."""
    volunteer = model.volunteers.get(who) or model.volunteer_by_login(who.removeprefix("@"))
    if volunteer is None:
        raise Refused(f"没有志愿者 “{who}”：先用 `xinyuan new volunteer` 登记")
    return volunteer


def _status(wish: Wish, on: date, allowed: tuple[Status, ...], step: str) -> None:
    status = wish.status(on)
    if status not in allowed:
        wanted = "或".join(s.label for s in allowed)
        raise Refused(f"心愿 {wish.id} 现在是“{status.label}”，不能{step}（只有“{wanted}”的心愿可以）")


def _not_before(on: date, step: str, *earlier: tuple[date | None, str]) -> None:
    for day, name in earlier:
        if day and on < day:
            raise Refused(f"{step}日期 {on} 早于{name}日期 {day}")


def _last_escalation(wish: Wish) -> date | None:
    return wish.escalations[-1].date if wish.escalations else None


CONSENTERS = vocab.CONSENTERS.names


def consent(model: Model, wish_id: str, on: date, by: str, recorded_by: str | None = None) -> Transition:
    """Record consent to publication (a guardian's for a child); the rules P630–P632 and L520
    judge the result like any other edit."""
    wish = find_wish(model, wish_id)
    if wish.erased:
        raise Refused(f"心愿 {wish.id} 的内容已应要求删除，不能再记录同意；需要时重新征集一个心愿")
    recorded_by = recorded_by or wish.org
    if recorded_by not in model.signers(wish):
        raise Refused(
            f"“{recorded_by}” 没有经手心愿 {wish.id}，不能记录同意（可以记录的组织：{'、'.join(model.signers(wish))}）"
        )
    entry = {"by": by, "date": on, "recorded_by": recorded_by}
    return Transition(
        wish.doc.path,
        (Set("consent", entry),),
        f"{wish.id}：{on} {CONSENTERS[by]}同意公开，同意书由 {recorded_by} 留存",
    )


def vet(model: Model, wish_id: str, on: date, by: str | None = None) -> Transition:
    wish = find_wish(model, wish_id)
    by = by or wish.org
    _status(wish, on, (Status.COLLECTED,), "审核")
    if by != wish.org and by not in model.ancestors(wish.org):
        raise Refused(f"“{by}” 不是征集组织 “{wish.org}” 或其上级，不能审核")
    _not_before(on, "审核", (wish.collected, "征集"))
    return Transition(wish.doc.path, (Set("vetted", {"date": on, "by": by}),), f"{wish.id}：{by} 于 {on} 审核通过")


def escalate(model: Model, wish_id: str, on: date, note: str | None = None) -> Transition:
    """Pass the wish up to the handler's parent: before publication, or after it when nobody has
    taken every slot (the wish stays on the list, now handled by the parent)."""
    wish = find_wish(model, wish_id)
    _status(wish, on, (Status.VETTED, Status.OPEN, Status.OVERDUE), "上报（需先审核；名额已满的不再上报）")
    handler = model.orgs.get(wish.handler)
    if handler is None or not handler.parent:
        raise Refused(f"“{wish.handler}” 已是最上级组织，无处上报")
    _not_before(on, "上报", (wish.vetted, "审核"), (_last_escalation(wish), "上一次上报"), (wish.published, "发布"))
    step = {"date": on, "to": handler.parent, "note": note}
    listed = "（仍在心愿清单上，改由上级承办）" if wish.published else ""
    return Transition(
        wish.doc.path,
        (Append("escalations", step),),
        f"{wish.id}：{on} 由 {handler.id} 上报给 {handler.parent}{listed}",
    )


def publish(model: Model, wish_id: str, on: date) -> Transition:
    wish = find_wish(model, wish_id)
    _status(wish, on, (Status.VETTED,), "发布")
    if wish.consent is None:
        raise Refused(
            f"心愿 {wish.id} 没有记录公开同意：取得本人（儿童由监护人）签字同意后先运行 "
            f"`xinyuan consent {wish.id} --by …`"
        )
    _not_before(on, "发布", (wish.vetted, "审核"), (_last_escalation(wish), "上报"), (wish.consent.date, "同意"))
    if wish.deadline and wish.deadline < on:
        raise Refused(f"截止日期 {wish.deadline} 已过，先用 `xinyuan extend` 延期再发布")
    due = wish.deadline or on + timedelta(days=model.settings.time_limit(wish.category))
    offer = _offer_to_pair(model, wish, on)
    if offer:
        return Transition(
            wish.doc.path,
            (Set("published", on), Append("claims", offer)),
            f"{wish.id}：{on} 发布，先派给结对志愿者 {offer['volunteer']}，{due} 前圆梦"
            f"（志愿者不能圆梦时用 xinyuan release 退回，心愿就进入公开清单）",
        )
    return Transition(wish.doc.path, (Set("published", on),), f"{wish.id}：{on} 发布到心愿清单，{due} 前圆梦")


def _offer_to_pair(model: Model, wish: Wish, on: date) -> dict | None:
    """A paired child's wish (``pair:``) is dispatched to the paired volunteer on publication,
    unless the program says otherwise or the pair has ended."""
    pairing = model.settings.pairing
    pair = model.pairs.get(wish.pair) if wish.pair else None
    if pairing is None or not pairing.offer_first or pair is None or not pair.active(on):
        return None
    if pair.volunteer not in model.volunteers or any(c.volunteer == pair.volunteer for c in wish.claims):
        return None
    return {"volunteer": pair.volunteer, "date": on, "dispatched_by": wish.handler}


def claim(model: Model, wish_id: str, who: str, on: date, by: str | None = None) -> Transition:
    """A self-claim, or with ``by`` an organisation's dispatch (组织派单)."""
    wish, volunteer = find_wish(model, wish_id), find_volunteer(model, who)
    step = "派单" if by else "认领"
    _status(wish, on, (Status.OPEN,), step)
    if any(c.volunteer == volunteer.id for c in wish.claims):
        raise Refused(f"志愿者 {volunteer.id} 已认领过心愿 {wish.id}")
    if by and by not in wish.chain:
        raise Refused(f"“{by}” 没有经手心愿 {wish.id}，不能派单（经手的组织：{'、'.join(wish.chain)}）")
    _not_before(on, step, (wish.published, "发布"))
    entry = {"volunteer": volunteer.id, "date": on, "dispatched_by": by}
    what = f"由 {by} 派单给 {volunteer.id}" if by else f"{volunteer.id} 认领"
    return Transition(
        wish.doc.path, (Append("claims", entry),), f"{wish.id}：{on} {what}（剩余名额 {wish.free_slots - 1}）"
    )


def fulfil(model: Model, wish_id: str, on: date, note: str | None = None) -> Transition:
    wish = find_wish(model, wish_id)
    _status(wish, on, (Status.OPEN, Status.CLAIMED, Status.OVERDUE), "标为圆梦")
    if not wish.active_claims:
        raise Refused(f"心愿 {wish.id} 还没有人认领：先记录认领（claim）或派单（dispatch）")
    _not_before(on, "圆梦", *((c.date, "认领") for c in wish.active_claims))
    who = "、".join(c.volunteer for c in wish.active_claims)
    return Transition(
        wish.doc.path, (Set("fulfilled", {"date": on, "note": note}),), f"{wish.id}：{on} 圆梦销号（{who}）"
    )


def withdraw(model: Model, wish_id: str, on: date, reason: str) -> Transition:
    wish = find_wish(model, wish_id)
    if wish.fulfilled or wish.withdrawn:
        raise Refused(f"心愿 {wish.id} 已经{wish.status(on).label}，不能撤回")
    _not_before(on, "撤回", (wish.collected, "征集"), *((c.date, "认领") for c in wish.claims))
    return Transition(
        wish.doc.path, (Set("withdrawn", {"date": on, "reason": reason}),), f"{wish.id}：{on} 撤回（{reason}）"
    )


def extend(model: Model, wish_id: str, to: date, on: date, reason: str | None = None) -> Transition:
    wish = find_wish(model, wish_id)
    if wish.fulfilled or wish.withdrawn:
        raise Refused(f"心愿 {wish.id} 已经{wish.status(on).label}，不能延期")
    return Transition(
        wish.doc.path, _extension(wish, to, on, reason), f"{wish.id}：截止日期 {wish.due or '（无）'} 延至 {to}"
    )


def _extension(wish: Wish, to: date, on: date, reason: str | None) -> tuple[Op, ...]:
    if to <= on or (wish.due and to <= wish.due):
        raise Refused(f"新的截止日期 {to} 必须晚于今天（{on}）和原截止日期（{wish.due}）")
    _not_before(on, "延期", (wish.published or wish.collected, "发布" if wish.published else "征集"))
    if not wish.due:
        return (Set("deadline", to),)
    return (Set("deadline", to), Append("extensions", {"date": on, "previous": wish.due, "reason": reason}))


def releasable(wish: Wish, on: date, grace_days: int) -> bool:
    """Overdue for longer than the grace period, with an active claim: may be taken back."""
    return (
        wish.status(on) is Status.OVERDUE
        and bool(wish.active_claims)
        and wish.due is not None
        and (on - wish.due).days > grace_days
    )


def release(
    model: Model, wish_id: str, who: str, on: date, *, voluntary: bool = False, until: date | None = None
) -> Transition:
    """Take back an overdue claim (or, ``voluntary``, record that the volunteer gave it back).

    The slot is free again; a wish past its time limit gets a new one (``until``, or the
    category's time limit from today) so that it goes back on the list for the next round.
    """
    wish, volunteer = find_wish(model, wish_id), find_volunteer(model, who)
    index = next((i for i, c in enumerate(wish.claims) if c.volunteer == volunteer.id and c.active), None)
    if index is None:
        raise Refused(f"志愿者 {volunteer.id} 没有认领心愿 {wish.id}（或认领已退回）")
    _status(wish, on, (Status.OPEN, Status.CLAIMED, Status.OVERDUE), "退回认领")
    grace = model.settings.release_grace_days
    if not voluntary and not releasable(wish, on, grace):
        raise Refused(
            f"心愿 {wish.id} 逾期未超过 {grace} 天（截止 {wish.due}），还不能收回认领；志愿者主动放弃时加 --voluntary"
        )
    _not_before(on, "退回", (wish.claims[index].date, "认领"))
    ops: tuple[Op, ...] = (Update(("claims", index), "released", on),)
    if wish.due and wish.due < on:
        to = until or on + timedelta(days=model.settings.time_limit(wish.category))
        ops += _extension(wish, to, on, "认领退回，重新上架")
    return Transition(wish.doc.path, ops, f"{wish.id}：{on} 收回 {volunteer.id} 的认领，名额重新开放")
