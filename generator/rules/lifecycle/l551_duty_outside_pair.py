"""职责记录不在结对的有效期内：早于结对日期，或者晚于结对结束的日期。

结对从 ``started`` 开始，到 ``ended.date``（含这一天）结束。结束以后的结对不能再记职责：
孩子已经交给别的志愿者，或者不再需要结对，记在这里的走访不会算进任何人的工作。

示例（出错）::

    # data/pairs/majiayi-village/majiayi-pair-2026-002.yml
    started: 2026-03-14
    duties:
      - {date: 2026-09-01, kind: home-visit}
    ended: {date: 2026-08-31, reason: 孩子随父母外出}

示例（正确）::

    # data/pairs/majiayi-village/majiayi-pair-2026-002.yml
    started: 2026-03-14
    duties:
      - {date: 2026-08-20, kind: home-visit}
    ended: {date: 2026-08-31, reason: 孩子随父母外出}

改法：改正日期；结束以后做的事记到孩子新的结对上（``xinyuan duty 新结对编号 …``）。
"""

from generator.model.codes import Code


def check(repo):
    for pair in repo.model.pairs.values():
        for i, duty in enumerate(pair.duties):
            if duty.date < pair.started:
                yield pair.doc.problem(
                    ("duties", i, "date"),
                    Code.L551,
                    f"职责日期 {duty.date} 早于结对日期 {pair.started}",
                    "改正日期：结对之前做的事不算结对职责",
                )
            elif pair.ended and duty.date > pair.ended:
                yield pair.doc.problem(
                    ("duties", i, "date"),
                    Code.L551,
                    f"结对已于 {pair.ended} 结束，不能再记 {duty.date} 的职责",
                    "结束以后做的事记到孩子新的结对上",
                )
