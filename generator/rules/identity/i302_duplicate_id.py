"""两条记录的 ``id`` 相同。

为什么：编号在整个仓库里唯一（心愿、组织和志愿者之间也不能重复），这样每个网页地址、每处
引用都只指向一条记录。

下面的例子里，石门镇的志愿队用了镇妇联自己的编号。

示例（出错）::

    # data/orgs/shimen-town.yml
    id: shimen-town
    # data/volunteers/shimen-town.yml
    id: shimen-town
    name: 石门镇志愿队
    github: shimen-zyd
    kind: team

示例（正确）::

    # data/orgs/shimen-town.yml
    id: shimen-town
    # data/volunteers/shimen-team.yml
    id: shimen-team
    name: 石门镇志愿队
    github: shimen-zyd
    kind: team

改法：给其中一条记录换一个新编号（并把文件改成同名）。
"""

from generator.model.codes import Code


def check(repo):
    first: dict[str, str] = {}
    for path, doc in repo.docs.items():
        record_id = doc.data.get("id") if isinstance(doc.data, dict) else None
        if not isinstance(record_id, str):
            continue
        if record_id in first:
            yield doc.problem(
                ("id",),
                Code.I302,
                f"id “{record_id}” 已被 {first[record_id]} 使用",
                "换一个没有用过的 id，并把文件改成同样的名字",
            )
        else:
            first[record_id] = path
