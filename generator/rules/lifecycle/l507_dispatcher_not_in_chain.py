"""A claim is ``dispatched_by`` an organisation that never handled the wish.

Only the collecting organisation, or one the wish was passed up to, may assign it to a
volunteer (组织派单).

Fix: name the organisation that actually assigned the wish, or remove ``dispatched_by`` if the
volunteer claimed it on their own.
"""


def check(repo):
    for wish in repo.model.wishes.values():
        for i, claim in enumerate(wish.claims):
            by = claim.dispatched_by
            if by and by in repo.model.orgs and by not in wish.chain:
                yield wish.doc.problem(("claims", i, "dispatched_by"), "L507",
                                       f"“{by}” 没有经手这个心愿，不能派单",
                                       "经手的组织：" + "、".join(wish.chain))
