"""心愿经历的日期顺序不对。

顺序是：``collected`` ≤ ``vetted.date`` ≤ 各个 ``escalations[].date``（依次）；``vetted.date``
≤ ``published`` ≤ 各个 ``claims[].date`` ≤ ``fulfilled.date``。上报可以在发布之前，也可以在
发布之后（没人认领时交给上级，心愿仍在清单上）。认领的 ``released`` 不早于认领；
``withdrawn.date`` 不早于 ``collected``，撤回之后不再有认领；``deadline`` 不早于发布（或征集）。

示例（出错）::

    published: 2026-03-12
    claims:
      - {volunteer: li-xia, date: 2026-03-02}

改法：改正写错的日期（常见是月份或年份）。
"""

STEP = {"collected": "征集", "vetted": "审核", "escalated": "上报", "published": "发布",
        "claimed": "认领", "fulfilled": "圆梦", "released": "退回", "withdrawn": "撤回",
        "deadline": "截止"}


def _story(wish):
    """(keypath, step, date) in the order they must happen: collection, vetting, each step up."""
    yield ("collected",), "collected", wish.collected
    yield ("vetted", "date"), "vetted", wish.vetted
    for i, e in enumerate(wish.escalations):
        yield ("escalations", i, "date"), "escalated", e.date


def check(repo):
    for wish in repo.model.wishes.values():
        doc, before = wish.doc, None

        def late(keypath, step, day, earlier, doc=doc):
            if day and earlier and day < earlier[2]:
                return doc.problem(keypath, "L501",
                                   f"{STEP[step]}日期 {day} 早于{STEP[earlier[1]]}日期 {earlier[2]}",
                                   "检查日期是否写错（常见：月份或年份）")
            return None

        vetted = None
        for keypath, step, day in _story(wish):
            problem = late(keypath, step, day, before)
            if problem:
                yield problem
            elif day:
                before = (keypath, step, day)
            if step == "vetted":
                vetted = before
        # A wish may be passed up before or after it is listed: publication follows vetting.
        problem = late(("published",), "published", wish.published, vetted)
        if problem:
            yield problem
        elif wish.published:
            before = (("published",), "published", wish.published)
        last_claim = before
        for i, claim in enumerate(wish.claims):
            found = [late(("claims", i, "date"), "claimed", claim.date, before),
                     late(("claims", i, "released"), "released", claim.released,
                          (None, "claimed", claim.date))]
            if wish.withdrawn and claim.date > wish.withdrawn:
                found.append(doc.problem(("claims", i, "date"), "L501",
                                         f"认领日期 {claim.date} 晚于撤回日期 {wish.withdrawn}",
                                         "已撤回的心愿不能再认领"))
            yield from filter(None, found)
            if claim.active and (last_claim is None or claim.date >= last_claim[2]):
                last_claim = (("claims", i, "date"), "claimed", claim.date)
        checks = [late(("fulfilled", "date"), "fulfilled", wish.fulfilled, last_claim),
                  late(("withdrawn", "date"), "withdrawn", wish.withdrawn,
                       (None, "collected", wish.collected)),
                  late(("deadline",), "deadline", wish.deadline,
                       (None, "published", wish.published) if wish.published
                       else (None, "collected", wish.collected))]
        yield from filter(None, checks)
