"""心愿上报给了一个不是当前承办组织上级的组织。

分级圆梦一次上一级：村 → 乡镇 → 县 → 市。第一次上报给征集组织的上级，以后每次上报给上一次
接手组织的上级。

下面的例子里，马家驿村的上级是石门镇，石门镇的上级才是云岭县。

示例（出错）::

    org: majiayi-village
    escalations:
      - {date: 2026-03-06, to: yunling-wf}

示例（正确）::

    org: majiayi-village
    escalations:
      - {date: 2026-03-06, to: shimen-town}
      - {date: 2026-03-09, to: yunling-wf}

改法：上报给 ``data/orgs/<组织>.yml`` 中写明的 ``parent``，每上一级写一条。
"""

from generator.model.codes import Code


def check(repo):
    orgs = repo.model.orgs
    for wish in repo.model.wishes.values():
        for i, step in enumerate(wish.escalations):
            current = orgs.get(wish.chain[i])
            if current is None or step.to not in orgs or step.to == current.parent:
                continue
            hint = f"应上报给 “{current.parent}”" if current.parent else f"“{current.id}” 已是最上级组织"
            yield wish.doc.problem(
                ("escalations", i, "to"), Code.L506, f"“{step.to}” 不是 “{current.id}” 的上级组织", hint
            )
