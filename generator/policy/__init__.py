"""Who may change what: the policy for pull requests, as a pure function of two repositories.

:func:`check` takes the loaded base and head repositories, the changed paths and the author's
GitHub login, and returns a :class:`Verdict`: the refusals (codes C701–C716, C718, C719, C740, C742–C744, documented in
``generator/rules/claims/``) and whether it must wait for a person's review (an organisation that reviews claims, code
outside ``data/``, more claims than the program's limits, C717, or a volunteer's name
taken from another record, C741).
Roles come from the base repository only; the head can never grant itself rights.
:mod:`generator.policy.trees` runs it on two git revisions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.model.codes import Code
from generator.model.git_trees import Change
from generator.model.pathnames import escaped
from generator.model.problems import Problem
from generator.model.repository import Repository, kind_of
from generator.policy import accounts, limits, lookalikes, wishes
from generator.policy import volunteers_orgs as records
from generator.policy.context import Context
from generator.policy.roles import Roles

__all__ = ["Verdict", "check"]


@dataclass
class Verdict:
    refusals: list[Problem] = field(default_factory=list)  # the policy's own (C7xx)
    invalid: list[Problem] = field(default_factory=list)  # the head's validation problems
    review_orgs: list[str] = field(default_factory=list)  # orgs whose claims a maintainer merges
    outside_data: bool = False  # code or config changed: always reviewed
    org_names: dict[str, str] = field(default_factory=dict)  # id -> name, for the comment
    reasons: list[Problem] = field(default_factory=list)  # why else it waits for review (C717)

    @property
    def problems(self) -> list[Problem]:
        return sorted(set(self.refusals) | set(self.invalid))

    @property
    def allowed(self) -> bool:
        return not self.problems

    @property
    def needs_review(self) -> bool:
        return bool(self.review_orgs) or self.outside_data or bool(self.reasons)

    def summary(self) -> dict:
        return {
            "allowed": self.allowed,
            "needs_review": self.needs_review,
            "review_orgs": self.review_orgs,
            "review_reasons": [p.as_dict() for p in self.reasons],
            "refusals": [p.as_dict() for p in self.problems],
        }


_CHECKERS = {
    "wish": wishes.check,
    "volunteer": records.check_volunteer,
    "org": records.check_org,
    "program": records.check_program,
    "pair": records.check_pair,
}


def check(
    base: Repository,
    head: Repository,
    changes: list[Change],
    author: str,
    author_id: int | None = None,
    derived: frozenset[str] = frozenset(),
) -> Verdict:
    """``author_id``: GitHub's numeric id of the author (from the event), compared with the ids
    the base records for the login (C718). ``derived``: files outside ``data/`` whose new content
    is exactly what the data generates (``.github/CODEOWNERS``), which anyone may update."""
    ctx = Context(base, head, Roles(base.model, author), author_id=author_id)
    verdict = Verdict()
    verdict.refusals.extend(accounts.check(ctx))
    for change in changes:
        if change.path in derived and not change.old_path and not change.special:
            continue
        verdict.refusals.extend(_check_change(ctx, change, verdict))
    verdict.refusals.extend(lookalikes.refusals(ctx, changes))
    verdict.refusals.sort()
    verdict.review_orgs = sorted(ctx.review_orgs)
    verdict.org_names = {o: base.model.orgs[o].name for o in verdict.review_orgs if o in base.model.orgs}
    verdict.reasons = list(limits.check(ctx)) + list(lookalikes.reasons(ctx, changes))
    return verdict


def _check_change(ctx: Context, change: Change, verdict: Verdict):
    if any(escaped(p) for p in (change.path, change.old_path) if p):
        yield ctx.refuse_file(
            change.path,
            Code.C730,
            "文件名不是 UTF-8，或含有控制字符、不可见字符或反斜杠",
            "把文件改名为只含字母、数字、连字符和点的名字",
        )
        return
    if change.special:
        yield ctx.refuse_file(change.path, Code.C704, "不能提交符号链接或子模块", "只提交普通的 YAML 文件")
        return
    paths = [change.path] + ([change.old_path] if change.old_path else [])
    if not all(p.startswith("data/") and kind_of(p) for p in paths):
        verdict.outside_data = True
        if not ctx.roles.top:
            yield ctx.refuse_file(
                change.path,
                Code.C701,
                "只能修改 data/ 下的记录文件",
                "程序、模板、工作流和规则只能由最上级组织的管理员修改",
            )
        return
    if change.binary:
        yield ctx.refuse_file(change.path, Code.C704, "这不是文本文件", "记录文件必须是 UTF-8 编码的 YAML")
        return
    kind = kind_of(change.path)
    assert kind is not None  # a path outside the records was dealt with above
    yield from _CHECKERS[kind](ctx, change)
