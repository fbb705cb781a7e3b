"""心愿标为已圆梦，却没有（有效的）认领。

为什么：光荣榜和积分卡记在圆梦心愿的认领人名下；没有认领的圆梦记不到任何人名下，也无从
追溯。

下面的例子里，唯一的认领已经退回（``released``），圆梦的人没有记上。

示例（出错）::

    claims:
      - {volunteer: ggzy-center, date: 2026-03-20, released: 2026-03-28}
    fulfilled: {date: 2026-04-02, note: 送上电视机和米油}

示例（正确）::

    claims:
      - {volunteer: ggzy-center, date: 2026-03-20, released: 2026-03-28}
      - {volunteer: xiaoyu, date: 2026-03-29}
    fulfilled: {date: 2026-04-02, note: 送上电视机和米油}

改法：补上实际圆梦者的认领（组织派单的加上 ``dispatched_by``），或者删去 ``fulfilled``。
"""

from generator.model.codes import Code


def check(repo):
    for wish in repo.model.wishes.values():
        if wish.fulfilled and not wish.active_claims:
            yield wish.doc.problem(
                ("fulfilled",), Code.L504, "心愿已标为圆梦，却没有有效的认领", "补上完成者的认领记录", key=True
            )
