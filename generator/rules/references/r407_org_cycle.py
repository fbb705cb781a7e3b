"""The organisation tree has a loop: following ``parent`` leads back to where it started.

Why: wishes are passed up the tree; a loop would pass them round for ever, and the site could
not draw the tiers.

Fix: correct the ``parent`` of one organisation in the loop; the top organisation has none.
"""


def check(repo):
    orgs = repo.model.orgs
    reported = set()
    for start in sorted(orgs):
        path, current = [], start
        while current in orgs and current not in path:
            path.append(current)
            current = orgs[current].parent
        if current in path and current not in reported:
            loop = path[path.index(current):]
            reported.update(loop)
            org = orgs[current]
            yield org.doc.problem(("parent",), "R407", "组织的上级关系形成了循环：" + " → ".join(loop + [current]),
                                  "改正其中一个组织的 parent；最上级的组织不写 parent")
