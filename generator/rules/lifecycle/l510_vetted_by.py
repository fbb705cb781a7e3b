"""审核心愿的组织既不是征集它的组织，也不是其上级。

审核把关由征集组织负责，或由上级组织代为审核。

下面的例子里，莲花村和马家驿村是两个村，莲花村不能审核马家驿村的心愿。

示例（出错）::

    org: majiayi-village
    vetted: {date: 2026-03-05, by: lianhua-village}

示例（正确）::

    org: majiayi-village
    vetted: {date: 2026-03-05, by: majiayi-village}

改法：把 ``vetted.by`` 改成征集组织（心愿的 ``org``）或它的某个上级。
"""

from generator.model.codes import Code


def check(repo):
    model = repo.model
    for wish in model.wishes.values():
        by = wish.vetted_by
        if by and by in model.orgs and by != wish.org and by not in model.ancestors(wish.org):
            yield wish.doc.problem(
                ("vetted", "by"),
                Code.L510,
                f"“{by}” 不是征集组织 “{wish.org}” 或其上级，不能审核这个心愿",
                f"改为 {wish.org}",
            )
