"""Wish files: maintainers change what their organisations handle; volunteers only add claims.

A maintainer of any organisation in the wish's chain (the collector and every organisation it
was passed up to), or of one above them, may change the wish in any way the validation allows,
delete it, or move it between folders they rule. A new wish may be added by maintainers of the
folder's organisation (or above it).

Everyone else may only add claims for their own volunteer record to a wish that is open with a
free slot, before and after the change: no other field, no other claim, no ``dispatched_by`` or
``released``, no date after today, and no other byte (C715, :mod:`.bytes`).

Maintainers sign only for organisations they run (C716): an act the change records in an
organisation's name (vetting, an escalation, a dispatch, recorded consent) must name one they
maintain or one below it, and an act of an organisation they do not run stays as it was.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.model.codes import Code
from generator.model.git_trees import Change
from generator.model.records import Status, Wish
from generator.model.problems import Problem
from generator.model.repository import Repository, path_parts
from generator.policy.bytes import extra_bytes
from generator.policy.context import Context


def wish_at(repo: Repository, path: str | None) -> Wish | None:
    doc = repo.docs.get(path) if path else None
    wish_id = doc.data.get("id") if doc and isinstance(doc.data, dict) else None
    wish = repo.model.wishes.get(wish_id) if isinstance(wish_id, str) else None
    return wish if wish is not None and wish.doc is doc else None


def _base_chain(ctx: Context, path: str) -> tuple[str | None, ...]:
    wish = wish_at(ctx.base, path)
    return wish.chain if wish else (path_parts(path).get("folder"),)


def _rules(ctx: Context, path: str, side: str) -> bool:
    chain = _base_chain(ctx, path) if side == "base" else (path_parts(path).get("folder"),)
    return any(ctx.roles.rules_over(org) for org in chain)


def check(ctx: Context, change: Change) -> Iterator[Problem]:
    refusals = list(_refusals(ctx, change))
    yield from refusals
    # Someone who does not run the wish can only add their own claims (C707, C711 say why).
    if not refusals and _rules(ctx, change.old_path or change.path, "base"):
        yield from _signed_out_of_reach(ctx, change)


def _refusals(ctx: Context, change: Change) -> Iterator[Problem]:
    if change.status == "A" and not _rules(ctx, change.path, "head"):
        yield ctx.refuse_file(
            change.path,
            Code.C708,
            "只有该组织（或上级组织）的管理员可以新建心愿",
            "请用“提交心愿”表单，由组织审核后发布",
        )
    elif change.status == "D" and not _rules(ctx, change.path, "base"):
        yield ctx.refuse_file(change.path, Code.C702, "不能删除心愿文件", "心愿圆梦或撤回后也保留文件")
    elif change.status == "R" and not (_rules(ctx, change.old_path or "", "base") and _rules(ctx, change.path, "head")):
        yield ctx.refuse_file(change.path, Code.C703, f"不能把心愿 {change.old_path} 改名或移动到这里")
    elif change.status in "MT" and not _rules(ctx, change.path, "base"):
        yield from _volunteer_edit(ctx, change.path)


def _signatures(data) -> Iterator[tuple[tuple, object, str, tuple]]:
    """(key path, organisation, what it did, identity) for each act a wish records in an
    organisation's name: vetting, each escalation (sent by the organisation handling the wish
    before it), each dispatch, and the consent it recorded. The identity is what the act says;
    other keys added to its entry later (``released`` on a claim) leave it the same act."""
    if not isinstance(data, dict):
        return
    vetted, consent = data.get("vetted"), data.get("consent")
    if isinstance(vetted, dict):
        yield ("vetted", "by"), vetted.get("by"), "审核", ("vetted", vetted.get("date"), vetted.get("by"))
    sender = data.get("org")
    for i, step in enumerate(data.get("escalations") or []):
        if isinstance(step, dict):
            yield ("escalations", i), sender, "上报", ("up", step.get("date"), sender, step.get("to"))
            sender = step.get("to")
    for i, claim in enumerate(data.get("claims") or []):
        if isinstance(claim, dict) and claim.get("dispatched_by") is not None:
            yield (
                ("claims", i, "dispatched_by"),
                claim.get("dispatched_by"),
                "派单",
                ("dispatch", claim.get("volunteer"), claim.get("date"), claim.get("dispatched_by")),
            )
    if isinstance(consent, dict) and consent.get("recorded_by") is not None:
        yield (
            ("consent", "recorded_by"),
            consent.get("recorded_by"),
            "登记同意",
            ("consent", consent.get("by"), consent.get("date"), consent.get("recorded_by")),
        )


def _signed_out_of_reach(ctx: Context, change: Change) -> Iterator[Problem]:
    """C716: an act the change records, alters or removes in the name of an organisation the
    author does not maintain, nor one above it (judged from the base)."""
    base_doc = ctx.base_doc(change.old_path or change.path) if change.status != "A" else None
    head_doc = ctx.head_doc(change.path) if change.status != "D" else None
    if change.status != "D" and head_doc is None:
        return  # the head's validation reports a file that does not load
    base = list(_signatures(base_doc.data if base_doc else {}))
    head = list(_signatures(head_doc.data if head_doc else {}))
    base_ids, head_ids = {sig[3] for sig in base}, {sig[3] for sig in head}

    def out_of_reach(org) -> bool:
        return not ctx.roles.rules_over(org if isinstance(org, str) else None)

    def named(org) -> str:
        known = ctx.base.model.orgs.get(org) if isinstance(org, str) else None
        return f"{known.name}（{org}）" if known else str(org)

    for keypath, org, act, identity in head:
        if identity not in base_ids and out_of_reach(org):
            yield ctx.refuse_at(
                change.path,
                keypath,
                Code.C716,
                f"不能以 {named(org)} 的名义{act}：你不是它或它上级组织的管理员",
                "只能以你管理的组织（或它下级的组织）的名义记录",
            )
    for _, org, act, identity in base:
        if identity not in head_ids and out_of_reach(org):
            yield ctx.refuse_file(
                change.path,
                Code.C716,
                f"不能删除或改动 {named(org)} 所做的{act}记录：你不是它或它上级组织的管理员",
                f"请 {named(org)} 的管理员来修改",
            )


def _volunteer_edit(ctx: Context, path: str) -> Iterator[Problem]:
    base_doc, head_doc = ctx.base_doc(path), ctx.head_doc(path)
    if base_doc is None or head_doc is None or not isinstance(head_doc.data, dict):
        return  # the head's validation reports a file that does not load
    base_data = base_doc.data if isinstance(base_doc.data, dict) else {}
    fields = [
        ctx.refuse_at(path, (key,), Code.C707, f"不能修改心愿的 “{key}” 字段", _edit_hint(ctx, path))
        for key in sorted(set(base_data) | set(head_doc.data), key=str)
        if key != "claims" and base_data.get(key) != head_doc.data.get(key)
    ]
    yield from fields
    new = _new_claims(base_data.get("claims") or [], head_doc.data.get("claims") or [])
    if new is None:
        yield ctx.refuse_at(
            path, ("claims",), Code.C710, "不能修改或删除已有的认领", "只能添加一条新的认领，已有的认领保持原样"
        )
        return
    claims = list(_new_claim_problems(ctx, path, new))
    yield from claims
    if not fields and not claims:  # data may be equal while bytes are not: C715 says what differs
        yield from _extra_bytes(ctx, path, base_doc.text, head_doc.text)


def _extra_bytes(ctx: Context, path: str, base: str, head: str) -> Iterator[Problem]:
    found = extra_bytes(base, head)
    if found:
        line, why = found
        mine = own_volunteer(ctx) or "你的志愿者编号"
        yield Problem(
            path,
            line,
            1,
            Code.C715,
            f"心愿文件除了追加认领行，必须一字不差地保持原样：{why}",
            f"只在 claims: 下添加一行 “  - {{volunteer: {mine}, date: {ctx.head.today}}}”，"
            "其他内容（注释、引号、顺序、空格、换行符）都不要动",
        )


def _edit_hint(ctx: Context, path: str) -> str:
    """What the author may do instead: a maintainer of other organisations is told whose wish
    this is; anyone else that volunteers only add their own claims."""
    if not ctx.roles.maintained:
        return "志愿者只能在 claims 下添加自己的认领"
    names = ctx.base.model.orgs
    mine = "、".join(names[o].name for o in sorted(ctx.roles.maintained))
    handlers = "、".join(names[o].name if o in names else o for o in _base_chain(ctx, path) if o)
    return (
        f"你是{mine}的管理员，只能修改本组织和下级组织经手的心愿；这个心愿由{handlers}经手，"
        "请该组织的管理员修改，或只在 claims 下添加自己的认领"
    )


def _new_claims(before: list, after: list) -> list[int] | None:
    """Indexes of the entries added to ``after``, if ``before`` is kept in order; else None."""
    added, i = [], 0
    for j, entry in enumerate(after):
        if i < len(before) and entry == before[i]:
            i += 1
        else:
            added.append(j)
    return added if i == len(before) else None


def _new_claim_problems(ctx: Context, path: str, new: list[int]) -> Iterator[Problem]:
    head_wish, mine = wish_at(ctx.head, path), own_volunteer(ctx)
    if head_wish is None or not new:
        return
    for i in new:
        claim = head_wish.claims[i]
        if claim.volunteer != mine:
            yield ctx.refuse_at(
                path,
                ("claims", i, "volunteer"),
                Code.C709,
                "只能为自己的志愿者记录认领" + (f"（你的记录是 {mine}）" if mine else "（你还没有志愿者记录）"),
                f"把 volunteer 改成 {mine}" if mine else "第一次认领请同时添加 data/volunteers/ 下自己的记录",
            )
        for key in ("dispatched_by", "released"):
            if getattr(claim, key):
                yield ctx.refuse_at(
                    path, ("claims", i, key), Code.C711, f"志愿者自己认领时不能写 {key}", "派单和退回由组织的管理员记录"
                )
        if claim.date > ctx.head.today:
            yield ctx.refuse_at(
                path,
                ("claims", i, "date"),
                Code.C712,
                f"认领日期 {claim.date} 晚于今天 {ctx.head.today}",
                "写认领当天的日期",
            )
    yield from _claimable(ctx, path, head_wish, new)


def _claimable(ctx: Context, path: str, head_wish: Wish, new: list[int]) -> Iterator[Problem]:
    base_wish, today = wish_at(ctx.base, path), ctx.head.today
    base_status = base_wish.status(today) if base_wish else None
    if base_wish is None or base_status is not Status.OPEN or base_wish.free_slots < len(new):
        label = base_status.label if base_status else "无法读取"
        yield ctx.refuse_at(
            path,
            ("claims", new[0]),
            Code.C713,
            f"这个心愿现在不能认领（{label}，剩余名额 {base_wish.free_slots if base_wish else 0}）",
            "请选择其他待认领的心愿",
        )
    elif head_wish.status(today) not in (Status.OPEN, Status.CLAIMED):
        yield ctx.refuse_at(
            path, ("claims", new[0]), Code.C713, f"认领后心愿的状态不对（{head_wish.status(today).label}）"
        )
    ctx.claims_added += len(new)
    chain = base_wish.chain if base_wish else head_wish.chain
    ctx.review_orgs.update(o for o in chain if (org := ctx.base.model.orgs.get(o)) and org.claim_approval == "review")


def own_volunteer(ctx: Context) -> str | None:
    """The author's volunteer id: from the base, or a record the change adds."""
    for repo in (ctx.base, ctx.head):
        mine = repo.model.volunteer_by_login(ctx.roles.login)
        if mine:
            return mine.id
    return None
