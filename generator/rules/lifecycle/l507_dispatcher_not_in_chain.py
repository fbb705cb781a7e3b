"""认领的 ``dispatched_by`` 是一个从未经手这个心愿的组织。

只有征集组织，或心愿上报到的组织，才能把心愿派给志愿者（组织派单）。

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
