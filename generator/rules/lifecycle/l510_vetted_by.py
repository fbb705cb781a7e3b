"""A wish is vetted by an organisation other than the one that collected it or one above it.

Vetting (审核把关) is done by the collecting organisation, or by a higher one on its behalf.

Fix: set ``vetted.by`` to the collecting organisation (the wish's ``org``) or one of its parents.
"""


def check(repo):
    model = repo.model
    for wish in model.wishes.values():
        by = wish.vetted_by
        if by and by in model.orgs and by != wish.org and by not in model.ancestors(wish.org):
            yield wish.doc.problem(("vetted", "by"), "L510",
                                   f"“{by}” 不是征集组织 “{wish.org}” 或其上级，不能审核这个心愿",
                                   f"改为 {wish.org}")
