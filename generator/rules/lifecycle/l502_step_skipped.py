"""A step of the lifecycle is recorded without the step it needs before it.

A wish is published only after it is vetted (审核把关), and claimed or fulfilled only after it is
published.

FAIL::

    collected: 2026-03-01
    published: 2026-03-12     # never vetted

Fix: add the missing step (``vetted: {date: ..., by: ...}`` or ``published: ...``), or remove
the later one.
"""

_NEEDS = [
    ("published", "vetted", "发布", "审核", "加上 vetted: {date: …, by: …}"),
    ("claims", "published", "认领", "发布", "先发布（published: 日期）再认领"),
    ("fulfilled", "published", "圆梦", "发布", "先发布（published: 日期）再圆梦"),
]


def check(repo):
    for wish in repo.model.wishes.values():
        data = wish.doc.data
        for later, needed, later_name, needed_name, hint in _NEEDS:
            if data.get(later) and not data.get(needed):
                yield wish.doc.problem((later,), "L502", f"有{later_name}记录，却没有{needed_name}记录", hint,
                                       key=True)
