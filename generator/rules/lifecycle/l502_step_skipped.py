"""记录了流程中的某一步，却缺少它之前必需的那一步。

心愿要先审核（审核把关）才能发布，要先发布才能认领或圆梦。

示例（出错）::

    collected: 2026-11-20
    published: 2026-11-22      # 没有审核

示例（正确）::

    collected: 2026-11-20
    vetted: {date: 2026-11-21, by: majiayi-village}
    published: 2026-11-22

改法：补上缺少的一步（``vetted: {date: …, by: …}`` 或 ``published: …``），或者删去后面那一步。
"""

from generator.model.codes import Code

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
                yield wish.doc.problem(
                    (later,), Code.L502, f"有{later_name}记录，却没有{needed_name}记录", hint, key=True
                )
