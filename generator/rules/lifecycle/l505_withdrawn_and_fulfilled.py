"""心愿既撤回了又圆梦了。

为什么：两者只能有一个是真的；撤回的心愿从清单上拿掉，圆梦的心愿被划掉，统计会算错。

示例（出错）::

    withdrawn: {date: 2026-03-25, reason: 谢大姐搬去外地}
    fulfilled: {date: 2026-04-02, note: 送上电视机和米油}

示例（正确）::

    fulfilled: {date: 2026-04-02, note: 送上电视机和米油}

改法：只保留实际发生的那一个。
"""

from generator.model.codes import Code


def check(repo):
    for wish in repo.model.wishes.values():
        if wish.fulfilled and wish.withdrawn:
            yield wish.doc.problem(("withdrawn",), Code.L505, "心愿不能既已撤回又已圆梦", "删去其中一项", key=True)
