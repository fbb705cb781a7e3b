"""Volunteer, organisation and program files: who may add, edit, delete or rename them.

- A volunteer record: its owner (``github`` equal to the author's login, before and after the
  change), or a maintainer of a top organisation. Any maintainer may add a record without
  ``github`` (a volunteer who claims by phone or in person; only maintainers record their claims).
- A pair file (``data/pairs/<org>/``): maintainers of the pair's organisation or one above it,
  before and after the change (a volunteer's duties are recorded by the organisation).
- An organisation file: maintainers of an organisation above it (its parent or higher), before
  and after the change, so nobody can move an organisation out of their reach or promote
  themselves; a top organisation's file, and ``program.yml``: maintainers of a top organisation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from generator.model.codes import Code
from generator.model.git_trees import Change
from generator.model.problems import Problem
from generator.model.repository import path_parts
from generator.policy.context import Context

# (may the author change the base version?, may they write the head version?) -> reason or None
Gate = Callable[[Context, str], "str | None"]


def _data(doc) -> dict:
    return doc.data if doc is not None and isinstance(doc.data, dict) else {}


def _gated(
    ctx: Context,
    change: Change,
    code: Code,
    base_gate: Gate,
    head_gate: Gate,
) -> Iterator[Problem]:
    """Apply the two gates as the change's kind needs, with C702/C703 for deletes and renames."""
    if change.status == "D":
        reason = base_gate(ctx, change.path)
        if reason:
            yield ctx.refuse_file(change.path, Code.C702, f"不能删除这个文件：{reason}")
        return
    if change.status == "R":
        reason = base_gate(ctx, change.old_path or "") or head_gate(ctx, change.path)
        if reason:
            yield ctx.refuse_file(change.path, Code.C703, f"不能把 {change.old_path} 改名或移动到这里：{reason}")
        return
    reason = (base_gate(ctx, change.path) if change.status != "A" else None) or head_gate(ctx, change.path)
    if reason:
        yield ctx.refuse_at(change.path, (), code, reason)


# volunteers


def _volunteer_base(ctx: Context, path: str) -> str | None:
    login = _data(ctx.base_doc(path)).get("github")
    if ctx.roles.top or ctx.roles.is_self(login):
        return None
    return f"这是账号 {login} 的志愿者记录，不是你的"


def _volunteer_head(ctx: Context, path: str) -> str | None:
    if ctx.roles.top:
        return None
    login = _data(ctx.head_doc(path)).get("github")
    if login is None and ctx.roles.maintained and ctx.base_doc(path) is None:
        return None  # a maintainer registers someone who claims by phone or in person
    if not ctx.roles.is_self(str(login) if login else None):
        return f"志愿者记录的 github 必须是你自己的账号 {ctx.roles.login}（现在是 {login}）"
    mine = ctx.base.model.volunteer_by_login(ctx.roles.login)
    if mine is not None and mine.doc.path != path:
        return f"你已经有志愿者记录 {mine.doc.path}，请修改它，不要另建"
    return None


def check_volunteer(ctx: Context, change: Change) -> Iterator[Problem]:
    yield from _gated(ctx, change, Code.C706, _volunteer_base, _volunteer_head)


# organisations


def _org_gate(doc_of: Callable) -> Gate:
    def gate(ctx: Context, path: str) -> str | None:
        data = _data(doc_of(ctx, path))
        parent = data.get("parent") if data else _base_parent(ctx, path)
        if parent is None:
            return None if ctx.roles.top else "最上级组织的文件只能由它的管理员修改"
        if ctx.roles.rules_over(str(parent)):
            return None
        return f"组织文件只能由上级组织（{parent} 或更高）的管理员修改"

    return gate


def _base_parent(ctx: Context, path: str) -> str | None:
    org = ctx.base.model.orgs.get(path_parts(path).get("stem", ""))
    return org.parent if org else None


_org_base = _org_gate(lambda ctx, path: ctx.base_doc(path))
_org_head = _org_gate(lambda ctx, path: ctx.head_doc(path))


def check_org(ctx: Context, change: Change) -> Iterator[Problem]:
    yield from _gated(ctx, change, Code.C705, _org_base, _org_head)


# the program


def _program_gate(ctx: Context, path: str) -> str | None:
    return None if ctx.roles.top else "program.yml 只能由最上级组织的管理员修改"


def check_program(ctx: Context, change: Change) -> Iterator[Problem]:
    yield from _gated(ctx, change, Code.C705, _program_gate, _program_gate)


# pairs


def _pair_gate(doc_of: Callable) -> Gate:
    def gate(ctx: Context, path: str) -> str | None:
        orgs = {path_parts(path).get("folder"), _data(doc_of(ctx, path)).get("org")} - {None}
        outside = sorted(str(o) for o in orgs if not ctx.roles.rules_over(str(o)))
        if not outside:
            return None
        return f"结对记录只能由结对组织（{'、'.join(outside)}）或它上级组织的管理员修改"

    return gate


def check_pair(ctx: Context, change: Change) -> Iterator[Problem]:
    yield from _gated(
        ctx,
        change,
        Code.C705,
        _pair_gate(lambda ctx, path: ctx.base_doc(path)),
        _pair_gate(lambda ctx, path: ctx.head_doc(path)),
    )
