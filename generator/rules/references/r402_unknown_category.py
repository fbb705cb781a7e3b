"""A wish's ``category`` is not one of the program's categories.

Fix: use an id from ``categories`` in ``data/program.yml``, or add the category there.
"""

from . import unknown


def check(repo):
    program = repo.model.program
    if program is None:
        return
    for wish in repo.model.wishes.values():
        if wish.category not in program.categories:
            yield unknown(wish.doc, ("category",), wish.category, program.categories,
                          "R402", "类别", "data/program.yml 的 categories")
