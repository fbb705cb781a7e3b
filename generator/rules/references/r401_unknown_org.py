"""记录里写的组织不存在。

检查的地方：组织的 ``parent``；心愿的 ``org``、``vetted.by``、每个 ``escalations[].to``、
每个 ``claims[].dispatched_by`` 和 ``consent.recorded_by``。

示例（出错）::

    vetted: {date: 2026-03-05, by: majiayi-vilage}

示例（正确）::

    vetted: {date: 2026-03-05, by: majiayi-village}

改法：写 ``data/orgs/`` 中某个文件的编号（提示会给出最接近的），或者先添加这个组织。
"""

from generator.model.codes import Code
from generator.rules.references import unknown


def check(repo):
    orgs = repo.model.orgs
    for org in orgs.values():
        if org.parent and org.parent not in orgs and org.parent not in repo.broken:
            yield unknown(org.doc, ("parent",), org.parent, orgs, Code.R401, "上级组织", "data/orgs/")
    for wish in repo.model.wishes.values():
        refs: list[tuple[tuple, object]] = [(("org",), wish.org), (("vetted", "by"), wish.vetted_by)]
        refs += [(("escalations", i, "to"), e.to) for i, e in enumerate(wish.escalations)]
        refs += [(("claims", i, "dispatched_by"), c.dispatched_by) for i, c in enumerate(wish.claims)]
        refs += [(("consent", "recorded_by"), wish.consent.recorded_by)] if wish.consent else []
        for keypath, value in refs:
            if value and value not in orgs and value not in repo.broken:
                yield unknown(wish.doc, keypath, value, orgs, Code.R401, "组织", "data/orgs/")
