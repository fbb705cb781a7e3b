"""A wish is passed up to an organisation that is not the parent of the one handling it.

Tiered fulfilment (分级圆梦) goes one level at a time: village → township → county → city. The
first step goes to the parent of the collecting organisation, each later step to the parent of
the previous one.

Fix: pass the wish to the parent named in ``data/orgs/<org>.yml``, one step per entry.
"""


def check(repo):
    orgs = repo.model.orgs
    for wish in repo.model.wishes.values():
        for i, step in enumerate(wish.escalations):
            current = orgs.get(wish.chain[i])
            if current is None or step.to not in orgs or step.to == current.parent:
                continue
            hint = f"应上报给 “{current.parent}”" if current.parent else f"“{current.id}” 已是最上级组织"
            yield wish.doc.problem(("escalations", i, "to"), "L506",
                                   f"“{step.to}” 不是 “{current.id}” 的上级组织", hint)
