"""How many wishes one account may take without a person looking (``claim_limits`` in
program.yml): open claims per volunteer, and fewer for a volunteer's first pull request. Above
the limit the pull request is not refused; it waits for a maintainer's review (C717)."""

from __future__ import annotations

from collections.abc import Iterator

from generator.model.codes import Code
from generator.model.records import Status
from generator.model.problems import Problem
from generator.policy.context import Context
from generator.policy.wishes import own_volunteer

_CLOSED = (Status.FULFILLED, Status.WITHDRAWN)


def check(ctx: Context) -> Iterator[Problem]:
    mine, program = own_volunteer(ctx), ctx.base.model.program
    if not ctx.claims_added or mine is None or program is None:
        return
    today = ctx.head.today
    first = not any(c.volunteer == mine for w in ctx.base.model.wishes.values() for c in w.claims)
    held = sum(
        1
        for w in ctx.head.model.wishes.values()
        if w.status(today) not in _CLOSED
        for c in w.active_claims
        if c.volunteer == mine
    )
    limit = program.claim_limit_first if first else program.claim_limit_open
    if held > limit:
        record = ctx.head.model.volunteers.get(mine)
        path = record.doc.path if record else "data/program.yml"
        who = "第一次认领最多" if first else "每位志愿者同时最多"
        yield Problem(
            path,
            1,
            1,
            Code.C717,
            f"合并后 {mine} 将有 {held} 个未完成的认领，超过本项目{who} {limit} 个的限制",
            "需要组织的管理员审核后合并；也可以先完成已认领的心愿，再认领新的",
        )
