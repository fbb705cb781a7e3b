"""有效的认领比心愿的名额多。

``slots`` 是可以共同认领一个心愿的人数（“1+1”写 1，“N+1”写 N）。已退回的认领不占名额。

为什么：两位志愿者会各买一台同样的轮椅。这也是“最后一个名额”的竞争：两个认领申请各自都
合格，先后被合并。

示例（出错）::

    slots: 1
    claims:
      - {volunteer: ggzy-center, date: 2026-03-20}
      - {volunteer: xiaoyu, date: 2026-03-21}

示例（正确）::

    slots: 1
    claims:
      - {volunteer: ggzy-center, date: 2026-03-20}

改法：删去后来的认领（志愿者可以另选一个待认领的心愿）；如果组织确实需要更多人，调高 ``slots``。
"""

from generator.model.codes import Code


def check(repo):
    for wish in repo.model.wishes.values():
        active = [i for i, c in enumerate(wish.claims) if c.active]
        for i in active[wish.slots :]:
            yield wish.doc.problem(
                ("claims", i),
                Code.L503,
                f"认领人数超过名额（slots: {wish.slots}，有效认领 {len(active)} 个）",
                "删去多出的认领，或请组织调整 slots",
            )
