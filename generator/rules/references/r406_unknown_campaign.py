"""A wish's ``campaign`` is not one of the program's campaigns.

Fix: use an id from ``campaigns`` in ``data/program.yml``, or add the campaign there.
"""

from . import unknown


def check(repo):
    program = repo.model.program
    if program is None:
        return
    for wish in repo.model.wishes.values():
        if wish.campaign and wish.campaign not in program.campaigns:
            yield unknown(wish.doc, ("campaign",), wish.campaign, program.campaigns,
                          "R406", "活动", "data/program.yml 的 campaigns")
