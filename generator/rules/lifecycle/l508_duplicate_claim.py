"""同一位志愿者两次认领同一个心愿。

为什么：一人占两个名额，共同认领的心愿就少了一位认领人，积分也会重复计算。

示例（出错）::

    slots: 2
    claims:
      - {volunteer: ggzy-center, date: 2026-03-20}
      - {volunteer: ggzy-center, date: 2026-03-22}

示例（正确）::

    slots: 2
    claims:
      - {volunteer: ggzy-center, date: 2026-03-20}

改法：只留一条认领。共同认领的心愿，其他名额要由别的志愿者认领。
"""

from generator.model.codes import Code


def check(repo):
    for wish in repo.model.wishes.values():
        seen = set()
        for i, claim in enumerate(wish.claims):
            if claim.volunteer in seen:
                yield wish.doc.problem(
                    ("claims", i, "volunteer"),
                    Code.L508,
                    f"志愿者 “{claim.volunteer}” 重复认领了这个心愿",
                    "删去重复的认领",
                )
            seen.add(claim.volunteer)
