"""结对记录里写的是将来的日期。

结对、同意、每条职责和结束都在发生时记录，日期不能晚于今天。

下面的例子假设今天是 2026-11-23：还没去的节日问候提前记上了。

示例（出错）::

    # data/pairs/majiayi-village/majiayi-pair-2026-002.yml
    duties:
      - {date: 2026-03-26, kind: home-visit}
      - {date: 2026-12-24, kind: holiday-greeting}

示例（正确）::

    # data/pairs/majiayi-village/majiayi-pair-2026-002.yml
    duties:
      - {date: 2026-03-26, kind: home-visit}

改法：改正日期（常见是年份写错）；还没做的事做了再记。
"""

from generator.model.codes import Code


def check(repo):
    today = repo.today
    for pair in repo.model.pairs.values():
        dated: list[tuple[tuple, object]] = [
            (("started",), pair.started),
            (("ended", "date"), pair.ended),
            (("consent", "date"), pair.consent.date if pair.consent else None),
        ]
        dated += [(("duties", i, "date"), d.date) for i, d in enumerate(pair.duties)]
        for keypath, day in dated:
            if day and day > today:
                yield pair.doc.problem(
                    keypath, Code.L553, f"日期 {day} 在今天（{today}）之后", "记录已发生的事，日期不能晚于今天"
                )
