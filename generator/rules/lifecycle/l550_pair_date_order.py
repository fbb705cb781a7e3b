"""结对记录的日期顺序不对。

顺序是：``started``（结对日期）≤ 各条 ``duties[].date``（按先后依次记录）≤ ``ended.date``
（结对结束的日期，是结对的最后一天）。职责记录只往后添加，新的一条写在最后。

示例（出错）::

    # data/pairs/majiayi-village/majiayi-pair-2026-002.yml
    started: 2026-03-14
    duties:
      - {date: 2026-05-10, kind: home-visit}
      - {date: 2026-04-02, kind: letter}

示例（正确）::

    # data/pairs/majiayi-village/majiayi-pair-2026-002.yml
    started: 2026-03-14
    duties:
      - {date: 2026-04-02, kind: letter}
      - {date: 2026-05-10, kind: home-visit}

改法：改正写错的日期（常见是月份或年份），把职责记录按日期先后排好。
"""

from generator.model.codes import Code


def check(repo):
    for pair in repo.model.pairs.values():
        previous = None
        for i, duty in enumerate(pair.duties):
            if previous and duty.date < previous:
                yield pair.doc.problem(
                    ("duties", i, "date"),
                    Code.L550,
                    f"职责记录的日期 {duty.date} 早于上一条的 {previous}",
                    "职责按日期先后记录：改正日期，或把这一条移到前面",
                )
            previous = max(previous or duty.date, duty.date)
        if pair.ended and pair.ended < pair.started:
            yield pair.doc.problem(
                ("ended", "date"),
                Code.L550,
                f"结束日期 {pair.ended} 早于结对日期 {pair.started}",
                "检查日期是否写错（常见：月份或年份）",
            )
