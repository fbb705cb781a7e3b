"""流程中的某一步写的是将来的日期。

征集、同意、审核、上报、发布、认领、退回、延期、圆梦、撤回和删除都在发生时记录；只有截止日期
（``deadline``）在将来。

下面的例子假设今天是 2026-11-23，圆梦日期的年份写错了。

示例（出错）::

    fulfilled: {date: 2027-04-02, note: 送上电视机和米油}

示例（正确）::

    fulfilled: {date: 2026-04-02, note: 送上电视机和米油}

改法：改正日期（常见是年份写错）；还没发生的事，发生了再记。
"""

from generator.model.codes import Code


def check(repo):
    today = repo.today
    for wish in repo.model.wishes.values():
        dated: list[tuple[tuple, object]] = [
            (("collected",), wish.collected),
            (("vetted", "date"), wish.vetted),
            (("published",), wish.published),
            (("fulfilled", "date"), wish.fulfilled),
            (("withdrawn", "date"), wish.withdrawn),
            (("erased", "date"), wish.erased),
            (("consent", "date"), wish.consent.date if wish.consent else None),
        ]
        dated += [(("escalations", i, "date"), e.date) for i, e in enumerate(wish.escalations)]
        dated += [(("extensions", i, "date"), e.date) for i, e in enumerate(wish.extensions)]
        for i, c in enumerate(wish.claims):
            dated += [(("claims", i, "date"), c.date), (("claims", i, "released"), c.released)]
        for keypath, day in dated:
            if day and day > today:
                yield wish.doc.problem(
                    keypath, Code.L509, f"日期 {day} 在今天（{today}）之后", "记录已发生的事，日期不能晚于今天"
                )
