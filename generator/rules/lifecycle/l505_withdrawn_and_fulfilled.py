"""A wish is both withdrawn and fulfilled.

Fix: keep the one that happened. A withdrawn wish is off the list; a fulfilled one is struck off.
"""


def check(repo):
    for wish in repo.model.wishes.values():
        if wish.fulfilled and wish.withdrawn:
            yield wish.doc.problem(("withdrawn",), "L505", "心愿不能既已撤回又已圆梦", "删去其中一项",
                                   key=True)
