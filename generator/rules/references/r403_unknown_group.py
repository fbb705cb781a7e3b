"""A wish's ``beneficiary.group`` is not one of the program's beneficiary groups.

Fix: use an id from ``beneficiary_groups`` in ``data/program.yml``, or add the group there.
"""

from . import unknown


def check(repo):
    program = repo.model.program
    if program is None:
        return
    for wish in repo.model.wishes.values():
        if wish.group not in program.groups:
            yield unknown(wish.doc, ("beneficiary", "group"), wish.group, program.groups,
                          "R403", "服务对象类别", "data/program.yml 的 beneficiary_groups")
