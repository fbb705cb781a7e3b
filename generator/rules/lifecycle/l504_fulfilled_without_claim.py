"""A wish is marked fulfilled but nobody (still) claims it.

Why: the honour roll and the points card credit the claimants of a fulfilled wish; a
fulfilment without one credits nobody and cannot be traced.

Fix: add the claim of whoever fulfilled it (with ``dispatched_by`` if the organisation
assigned it), or remove ``fulfilled``.
"""


def check(repo):
    for wish in repo.model.wishes.values():
        if wish.fulfilled and not wish.active_claims:
            yield wish.doc.problem(("fulfilled",), "L504", "心愿已标为圆梦，却没有有效的认领",
                                   "补上完成者的认领记录", key=True)
