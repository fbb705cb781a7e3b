"""心愿没有记录公开同意（``consent``）。

个人信息保护法第二十五条：公开个人信息须取得个人的单独同意；第三十一条：不满十四周岁未成年人
的个人信息须取得其父母或者其他监护人的同意。项目的数据仓库是公开的，心愿一提交到仓库就已公开，
而不只是在发布到心愿清单时。所以每个心愿文件都要记录同意：谁同意（本人 ``self`` 或监护人
``guardian``）、哪天同意、由哪个组织记录。只记这三项，不写同意人的姓名，签字的同意书由组织留存。
问题报告在 ``collected`` 一行，``consent`` 就记在它的下一行。

示例（出错）::

    collected: 2026-03-01
    vetted: {date: 2026-03-05, by: dongpo-village}

示例（正确）::

    collected: 2026-03-01
    consent: {by: guardian, date: 2026-03-01, recorded_by: dongpo-village}
    vetted: {date: 2026-03-05, by: dongpo-village}

改法：取得同意（心愿卡上签字）后运行 ``xinyuan consent 心愿编号 --by guardian``（本人同意用
``--by self``），或照上面的样子手写一行。没有取得同意的心愿不要提交到仓库。
"""

from generator.model.codes import Code


def check(repo):
    for wish in repo.model.wishes.values():
        if wish.consent is None:
            hint = (
                f"取得本人或监护人同意后运行 `xinyuan consent {wish.id} --by guardian`"
                "（本人同意用 --by self），或在 collected 下一行写 consent: {by: …, date: …, recorded_by: …}"
            )
            yield wish.doc.problem(("collected",), Code.P630, "心愿没有记录公开同意（consent）", hint, key=True)
