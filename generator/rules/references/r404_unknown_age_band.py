"""A wish's ``beneficiary.age_band`` is not one of the program's age bands.

Why: ages are shown only as bands, never as birth dates; the bands are fixed by the program.

Fix: use an id from ``age_bands`` in ``data/program.yml``.
"""

from . import unknown


def check(repo):
    program = repo.model.program
    if program is None:
        return
    for wish in repo.model.wishes.values():
        if wish.age_band not in program.age_bands:
            yield unknown(wish.doc, ("beneficiary", "age_band"), wish.age_band, program.age_bands,
                          "R404", "年龄段", "data/program.yml 的 age_bands")
