"""A claim names a volunteer who has no record.

Fix: use the id of a file in ``data/volunteers/``; a new volunteer adds their own record in the
same pull request as their first claim.
"""

from . import unknown


def check(repo):
    volunteers = repo.model.volunteers
    for wish in repo.model.wishes.values():
        for i, claim in enumerate(wish.claims):
            if claim.volunteer not in volunteers and claim.volunteer not in repo.broken:
                yield unknown(wish.doc, ("claims", i, "volunteer"), claim.volunteer, volunteers,
                              "R405", "志愿者", "data/volunteers/")
