"""结对记录里孩子（或家庭）的人群或年龄段不在 ``program.yml`` 中。

``beneficiary.group`` 要写 ``beneficiary_groups`` 中的编号，``beneficiary.age_band`` 要写
``age_bands`` 中的编号，和心愿一样。

示例（出错）::

    beneficiary: {alias: 小禾, group: 留守儿童, age_band: 6-11, place: 白沙县}

改法：写编号（如 ``left-behind-child``），不写中文名称。
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
