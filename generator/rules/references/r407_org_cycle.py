"""组织树里有环：顺着 ``parent`` 往上找，又回到了出发的组织。

为什么：心愿沿着组织树逐级上报；有环就会永远转圈，网站也画不出层级。

下面的例子里，县妇联的上级误写成了它下面的镇妇联，而镇妇联的上级是县妇联。

示例（出错）::

    # data/orgs/yunling-wf.yml
    id: yunling-wf
    level: county
    parent: shimen-town
    # data/orgs/shimen-town.yml
    id: shimen-town
    parent: yunling-wf

示例（正确）::

    # data/orgs/yunling-wf.yml
    id: yunling-wf
    level: county
    parent: qingxi-wf
    # data/orgs/shimen-town.yml
    id: shimen-town
    parent: yunling-wf

问题报告在环中的一个组织的 ``parent`` 上，消息里列出整个环。

改法：改正环中某个组织的 ``parent``；最上级的组织不写 ``parent``。
"""

from generator.model.codes import Code


def check(repo):
    orgs = repo.model.orgs
    reported = set()
    for start in sorted(orgs):
        path, current = [], start
        while current in orgs and current not in path:
            path.append(current)
            current = orgs[current].parent
        if current in path and current not in reported:
            loop = path[path.index(current) :]
            reported.update(loop)
            org = orgs[current]
            yield org.doc.problem(
                ("parent",),
                Code.R407,
                "组织的上级关系形成了循环：" + " → ".join(loop + [current]),
                "改正其中一个组织的 parent；最上级的组织不写 parent",
            )
