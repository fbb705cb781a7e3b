"""认领的 ``dispatched_by`` 是一个从未经手这个心愿的组织。

只有征集组织，或心愿上报到的组织，才能把心愿派给志愿者（组织派单）。

下面的例子里，心愿由马家驿村征集，只上报到了石门镇，县妇联没有经手。

示例（出错）::

    org: majiayi-village
    escalations:
      - {date: 2026-03-06, to: shimen-town}
    claims:
      - {volunteer: ggzy-center, date: 2026-03-20, dispatched_by: yunling-wf}

示例（正确）::

    org: majiayi-village
    escalations:
      - {date: 2026-03-06, to: shimen-town}
    claims:
      - {volunteer: ggzy-center, date: 2026-03-20, dispatched_by: shimen-town}

改法：写实际派单的组织；如果是志愿者自己认领的，删去 ``dispatched_by``。
"""

from generator.model.codes import Code


def check(repo):
    for wish in repo.model.wishes.values():
        for i, claim in enumerate(wish.claims):
            by = claim.dispatched_by
            if by and by in repo.model.orgs and by not in wish.chain:
                yield wish.doc.problem(
                    ("claims", i, "dispatched_by"),
                    Code.L507,
                    f"“{by}” 没有经手这个心愿，不能派单",
                    "经手的组织：" + "、".join(wish.chain),
                )
