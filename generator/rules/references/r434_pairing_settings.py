"""``program.yml`` 的 ``pairing`` 里提到的职责不在 ``pairing_duties`` 中。

``pairing.visit_duty``（算作“走访”的职责，用来提醒多久没有走访）和 ``pairing.wish_duty``
（结对圆梦算作哪项职责）要写 ``pairing_duties`` 中某项的编号。

示例（出错）::

    # data/program.yml
    pairing: {per_child: one, visit_duty: visit, visit_interval_days: 100, wish_duty: wish}

示例（正确）::

    # data/program.yml
    pairing: {per_child: one, visit_duty: home-visit, visit_interval_days: 100, wish_duty: wish}

改法：写 ``pairing_duties`` 中的编号，如 ``visit_duty: home-visit``。
"""

from generator.model.codes import Code
from generator.rules.references import unknown


def check(repo):
    program = repo.model.program
    if program is None or program.pairing is None:
        return
    pairing = program.pairing
    for key in ("visit_duty", "wish_duty"):
        value = getattr(pairing, key)
        if value and value not in pairing.duties:
            yield unknown(
                program.doc,
                ("pairing", key),
                value,
                pairing.duties,
                Code.R434,
                "结对职责",
                "data/program.yml 的 pairing_duties",
            )
