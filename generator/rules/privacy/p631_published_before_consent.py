"""心愿在取得同意之前就发布了。

公开需要事先同意：``published`` 的日期不能早于 ``consent.date``。问题报告在 ``published`` 一行。

示例（出错）::

    consent: {by: self, date: 2026-03-20, recorded_by: dongpo-village}
    published: 2026-03-12

示例（正确）::

    consent: {by: self, date: 2026-03-01, recorded_by: dongpo-village}
    published: 2026-03-12

改法：核对同意书上的日期，把 ``consent.date`` 改成实际签字的日期；如果发布时确实还没有取得同意，
先用 ``xinyuan withdraw`` 撤回，取得同意后再重新征集发布。
"""

from generator.model.codes import Code


def check(repo):
    for wish in repo.model.wishes.values():
        consent = wish.consent
        if consent and wish.published and wish.published < consent.date:
            yield wish.doc.problem(
                ("published",),
                Code.P631,
                f"发布日期 {wish.published} 早于同意日期 {consent.date}：取得同意之前不能公开",
                "核对同意书的日期；没有事先同意就先撤回心愿",
            )
