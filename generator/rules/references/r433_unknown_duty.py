"""结对记录里的职责不在 ``program.yml`` 的 ``pairing_duties`` 中，或者项目没有设置结对。

每条职责记录（``duties`` 下的一项）的 ``kind`` 要写 ``pairing_duties`` 中某项的编号，如
``home-visit``（上门家访）、``letter``（写一封家书）。有结对文件的项目要在 ``program.yml`` 中
写 ``pairing_duties``（每项职责一年几次），否则无从统计结对完成得怎样。

示例（出错）::

    # data/pairs/majiayi-village/majiayi-pair-2026-002.yml
    duties:
      - {date: 2026-03-26, kind: visit}

示例（正确）::

    # data/pairs/majiayi-village/majiayi-pair-2026-002.yml
    duties:
      - {date: 2026-03-26, kind: home-visit}

改法：写职责的编号（提示会给出最接近的）；项目还没有设置结对时，先在 ``program.yml`` 中加上
``pairing`` 和 ``pairing_duties``。
"""

from generator.model.codes import Code
from generator.rules.references import unknown


def check(repo):
    program = repo.model.program
    if program is None:
        return
    pairing = program.pairing
    for pair in repo.model.pairs.values():
        if pairing is None:
            yield pair.doc.problem(
                ("id",),
                Code.R433,
                "项目没有设置结对（program.yml 中没有 pairing_duties）",
                "在 program.yml 中加上 pairing 和 pairing_duties",
                key=True,
            )
            continue
        for i, duty in enumerate(pair.duties):
            if duty.kind not in pairing.duties:
                named = next((d.id for d in pairing.duties.values() if d.name == duty.kind), None)
                yield unknown(
                    pair.doc,
                    ("duties", i, "kind"),
                    duty.kind,
                    pairing.duties,
                    Code.R433,
                    "结对职责",
                    "data/program.yml 的 pairing_duties",
                    f"写编号 {named}" if named else None,
                )
