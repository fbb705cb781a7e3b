"""A wish sits in a folder other than its collecting organisation's.

Wishes live in ``data/wishes/<org>/<id>.yml``, where ``<org>`` is the wish's ``org`` field (large
programs may add a year: ``data/wishes/<org>/<year>/<id>.yml``, the year it was collected).

Why: organisations and their maintainers own their folder; a misplaced wish escapes them.

Fix: move the file into the folder named after its ``org`` (and collection year).
"""

from ...repository import path_parts


def check(repo):
    for wish in repo.model.wishes.values():
        parts = path_parts(wish.doc.path)
        if parts["folder"] != wish.org:
            yield wish.doc.problem(("org",), "I303",
                                   f"心愿由 “{wish.org}” 征集，却放在 “{parts['folder']}” 目录下",
                                   f"把文件移到 data/wishes/{wish.org}/")
        elif parts["year"] and int(parts["year"]) != wish.collected.year:
            yield wish.doc.problem(("collected",), "I303",
                                   f"心愿征集于 {wish.collected.year} 年，却放在 {parts['year']} 年的目录下",
                                   f"把文件移到 data/wishes/{wish.org}/{wish.collected.year}/")
