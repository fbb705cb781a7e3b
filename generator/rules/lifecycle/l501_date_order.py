"""心愿经历的日期顺序不对。

顺序是：``collected`` ≤ ``vetted.date`` ≤ 各个 ``escalations[].date``（依次）；``vetted.date``
≤ ``published`` ≤ 各个 ``claims[].date`` ≤ ``fulfilled.date``。上报可以在发布之前，也可以在
发布之后（没人认领时交给上级，心愿仍在清单上）。认领的 ``released`` 不早于认领；
``withdrawn.date`` 不早于 ``collected``，撤回之后不再有认领；``deadline`` 不早于发布（或征集）。

示例（出错）::

    published: 2026-03-12
    claims:
      - {volunteer: ggzy-center, date: 2026-03-02}

示例（正确）::

    published: 2026-03-12
    claims:
      - {volunteer: ggzy-center, date: 2026-03-20}

改法：改正写错的日期（常见是月份或年份）。
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from generator.model.codes import Code

STEP = {
    "collected": "征集",
    "vetted": "审核",
    "escalated": "上报",
    "published": "发布",
    "claimed": "认领",
    "fulfilled": "圆梦",
    "released": "退回",
    "withdrawn": "撤回",
    "deadline": "截止",
}
HINT = "检查日期是否写错（常见：月份或年份）"


class Dated(NamedTuple):
    """A step of the wish's story (a key of STEP), the day it happened, and where that is written."""

    keypath: tuple
    step: str
    day: date | None


class Order(NamedTuple):
    """Two dates in order: ``later`` must not come before ``earlier`` (either may be missing)."""

    later: Dated
    earlier: Dated | None

    def problem(self, doc):
        later, earlier = self.later, self.earlier
        if later.day and earlier and earlier.day and later.day < earlier.day:
            return doc.problem(
                later.keypath,
                Code.L501,
                f"{STEP[later.step]}日期 {later.day} 早于{STEP[earlier.step]}日期 {earlier.day}",
                HINT,
            )
        return None


def check(repo):
    for wish in repo.model.wishes.values():
        yield from _problems(wish)


def _problems(wish):
    doc = wish.doc
    collected = Dated(("collected",), "collected", wish.collected)
    found, vetting = _in_turn(doc, [collected, Dated(("vetted", "date"), "vetted", wish.vetted)], None)
    escalated, before = _in_turn(doc, _escalations(wish), vetting)
    # A wish may be passed up before or after it is listed: publication follows vetting.
    published = Dated(("published",), "published", wish.published)
    late = Order(published, vetting).problem(doc)
    if not late and wish.published:
        before = published
    found += [*escalated, late]
    for i in range(len(wish.claims)):
        found += _claim_problems(wish, i, before)
    ends = [
        Order(Dated(("fulfilled", "date"), "fulfilled", wish.fulfilled), _last_claim(wish, before)),
        Order(Dated(("withdrawn", "date"), "withdrawn", wish.withdrawn), collected),
        Order(Dated(("deadline",), "deadline", wish.deadline), published if wish.published else collected),
    ]
    found += [order.problem(doc) for order in ends]
    return [p for p in found if p]


def _escalations(wish) -> list[Dated]:
    return [Dated(("escalations", i, "date"), "escalated", e.date) for i, e in enumerate(wish.escalations)]


def _in_turn(doc, steps: list[Dated], before: Dated | None) -> tuple[list, Dated | None]:
    """Problems of steps that must happen one after another, and the last step in its place
    (a step out of order is left out: the next is compared with the one before it)."""
    found = []
    for step in steps:
        problem = Order(step, before).problem(doc)
        if problem:
            found.append(problem)
        elif step.day:
            before = step
    return found, before


def _claim_problems(wish, i: int, before: Dated | None) -> list:
    """A claim after the listing (or the last step before it), released after it was made,
    and not after the wish was withdrawn."""
    claim = wish.claims[i]
    claimed = Dated(("claims", i, "date"), "claimed", claim.date)
    found = [
        Order(claimed, before).problem(wish.doc),
        Order(Dated(("claims", i, "released"), "released", claim.released), claimed).problem(wish.doc),
    ]
    if wish.withdrawn and claim.date > wish.withdrawn:
        found.append(
            wish.doc.problem(
                claimed.keypath,
                Code.L501,
                f"认领日期 {claim.date} 晚于撤回日期 {wish.withdrawn}",
                "已撤回的心愿不能再认领",
            )
        )
    return found


def _last_claim(wish, before: Dated | None) -> Dated | None:
    """What fulfilment must follow: the latest claim still held, or the last step before the claims."""
    last = before
    for i, claim in enumerate(wish.claims):
        if claim.active and (last is None or last.day is None or claim.date >= last.day):
            last = Dated(("claims", i, "date"), "claimed", claim.date)
    return last
