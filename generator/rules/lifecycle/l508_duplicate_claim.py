"""The same volunteer claims the same wish twice.

Fix: keep one claim. A shared wish needs other volunteers for its other slots.
"""


def check(repo):
    for wish in repo.model.wishes.values():
        seen = set()
        for i, claim in enumerate(wish.claims):
            if claim.volunteer in seen:
                yield wish.doc.problem(("claims", i, "volunteer"), "L508",
                                       f"志愿者 “{claim.volunteer}” 重复认领了这个心愿", "删去重复的认领")
            seen.add(claim.volunteer)
