"""两条志愿者记录的 GitHub 账号（``github``）相同（不分大小写）。

为什么：认领申请按账号对应到作者的志愿者记录；有两条记录，认领审核就分不清是哪一条，积分
也会被拆开。

示例（出错）::

    # data/volunteers/xiaoyu.yml
    id: xiaoyu
    github: xiaoyu-qxu
    # data/volunteers/xiao-yu.yml
    id: xiao-yu
    github: Xiaoyu-QXU

示例（正确）::

    # data/volunteers/xiaoyu.yml
    id: xiaoyu
    github: xiaoyu-qxu

改法：一人只留一条记录；把另一条记录里的认领移过来，再删掉它。
"""

from generator.model.codes import Code


def check(repo):
    first: dict[str, str] = {}
    for volunteer in sorted(repo.model.volunteers.values(), key=lambda v: v.doc.path):
        if not volunteer.github:
            continue  # a volunteer without a GitHub account claims through a maintainer
        login = volunteer.github.lower()
        if login in first:
            yield volunteer.doc.problem(
                ("github",),
                Code.I306,
                f"GitHub 用户名 “{volunteer.github}” 已用于 {first[login]}",
                "一人只保留一个志愿者记录",
            )
        else:
            first[login] = volunteer.doc.path
