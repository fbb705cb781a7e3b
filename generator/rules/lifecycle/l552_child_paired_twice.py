"""一对一的项目里，同一个孩子同时有两个有效的结对。

``program.yml`` 的 ``pairing.per_child`` 是 ``one``（一对一，默认）时，一个孩子同一时间只有
一位结对志愿者；写 ``many``（多对一）时才允许几位志愿者同时结对同一个孩子。记录里不写孩子的
姓名，同一个组织下称呼和地点都相同的结对视为同一个孩子。问题报告在后一个结对的 ``started`` 上。

下面的例子里，小满换了一位爱心妈妈，旧的结对却没有结束。

示例（出错）::

    # data/pairs/majiayi-village/majiayi-pair-2026-002.yml
    volunteer: peng-mama
    beneficiary: {alias: 小满, group: left-behind-child, age_band: 12-17, place: 云岭县石门镇}
    started: 2026-03-14
    # data/pairs/majiayi-village/majiayi-pair-2026-009.yml
    id: majiayi-pair-2026-009
    volunteer: xiang-ayi
    beneficiary: {alias: 小满, group: left-behind-child, age_band: 12-17, place: 云岭县石门镇}
    started: 2026-09-01
    duties:
      - {date: 2026-09-10, kind: home-visit}

示例（正确）::

    # data/pairs/majiayi-village/majiayi-pair-2026-002.yml
    volunteer: peng-mama
    beneficiary: {alias: 小满, group: left-behind-child, age_band: 12-17, place: 云岭县石门镇}
    started: 2026-03-14
    ended: {date: 2026-08-31, reason: 彭妈妈调到外地工作}
    # data/pairs/majiayi-village/majiayi-pair-2026-009.yml
    id: majiayi-pair-2026-009
    volunteer: xiang-ayi
    beneficiary: {alias: 小满, group: left-behind-child, age_band: 12-17, place: 云岭县石门镇}
    started: 2026-09-01
    duties:
      - {date: 2026-09-10, kind: home-visit}

改法：先结束原来的结对（``xinyuan unpair 结对编号 --reason …``），再建新的；确是两个孩子时，
给其中一个换一个能区分的称呼（如 “小满妹妹”）。
"""

from collections import defaultdict

from generator.model.codes import Code


def check(repo):
    program = repo.model.program
    if program is None or program.pairing is None or program.pairing.per_child != "one":
        return
    by_child = defaultdict(list)
    for pair in repo.model.pairs.values():
        by_child[pair.child_key].append(pair)
    for pairs in by_child.values():
        pairs.sort(key=lambda p: (p.started, p.id))
        for i, later in enumerate(pairs):
            earlier = next((p for p in pairs[:i] if p.active(later.started)), None)
            if earlier:
                yield later.doc.problem(
                    ("started",),
                    Code.L552,
                    f"“{later.alias}” 在 {later.started} 已经和结对 {earlier.id} 结对（一对一）",
                    f"先结束 {earlier.id}：xinyuan unpair {earlier.id} --reason …",
                )
