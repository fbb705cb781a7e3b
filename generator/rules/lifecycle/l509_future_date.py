"""A step of the story is dated in the future.

Collection, consent, vetting, passing up, publication, claims, releases, extensions,
fulfilment, withdrawal and erasure are recorded when they happen; only the ``deadline`` lies
ahead.

Fix: correct the date (often a mistyped year).
"""


def check(repo):
    today = repo.today
    for wish in repo.model.wishes.values():
        dated = [(("collected",), wish.collected), (("vetted", "date"), wish.vetted),
                 (("published",), wish.published), (("fulfilled", "date"), wish.fulfilled),
                 (("withdrawn", "date"), wish.withdrawn), (("erased", "date"), wish.erased),
                 (("consent", "date"), wish.consent.date if wish.consent else None)]
        dated += [(("escalations", i, "date"), e.date) for i, e in enumerate(wish.escalations)]
        dated += [(("extensions", i, "date"), e.date) for i, e in enumerate(wish.extensions)]
        for i, c in enumerate(wish.claims):
            dated += [(("claims", i, "date"), c.date), (("claims", i, "released"), c.released)]
        for keypath, day in dated:
            if day and day > today:
                yield wish.doc.problem(keypath, "L509", f"日期 {day} 在今天（{today}）之后",
                                       "记录已发生的事，日期不能晚于今天")
