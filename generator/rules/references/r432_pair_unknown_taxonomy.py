"""结对记录里孩子（或家庭）的人群或年龄段不在 ``program.yml`` 中。

``beneficiary.group`` 要写 ``beneficiary_groups`` 中的编号，``beneficiary.age_band`` 要写
``age_bands`` 中的编号，和心愿一样。

示例（出错）::

    # data/pairs/majiayi-village/majiayi-pair-2026-002.yml
    beneficiary: {alias: 小满, group: left-behind-children, age_band: 12-17, place: 云岭县石门镇}

示例（正确）::

    # data/pairs/majiayi-village/majiayi-pair-2026-002.yml
    beneficiary: {alias: 小满, group: left-behind-child, age_band: 12-17, place: 云岭县石门镇}

改法：写 ``program.yml`` 中的编号（提示会给出最接近的）。写成中文名称（如“留守儿童”）时报的是
S204：也改成编号。
"""

from generator.model.codes import Code
from generator.model.taxonomy import id_hint
from generator.rules.references import unknown

_FIELDS = (
    (("beneficiary", "group"), "groups", "人群", "beneficiary_groups"),
    (("beneficiary", "age_band"), "age_bands", "年龄段", "age_bands"),
)


def check(repo):
    program = repo.model.program
    if program is None:
        return
    for pair in repo.model.pairs.values():
        for keypath, table, what, key in _FIELDS:
            value = pair.doc.data["beneficiary"][keypath[1]]
            known = getattr(program, table)
            if value not in known:
                yield unknown(
                    pair.doc,
                    keypath,
                    value,
                    known,
                    Code.R432,
                    what,
                    f"data/program.yml 的 {key}",
                    id_hint(program, keypath, value),
                )
