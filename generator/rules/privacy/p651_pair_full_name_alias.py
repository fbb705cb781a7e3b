"""结对记录里孩子（或家庭）的称呼像是真实姓名。

和心愿一样（见 P608），结对记录只写称呼：``小禾``、``乐乐``、``王奶奶``，不写姓加名
（``王建华``）。结对文件在公开的仓库里，孩子的真实姓名只留在组织的结对表上。

示例（出错）::

    beneficiary: {alias: 王小禾, group: left-behind-child, age_band: 6-11, place: 云岭县石门镇}

示例（正确）::

    beneficiary: {alias: 小禾, group: left-behind-child, age_band: 6-11, place: 云岭县石门镇}

改法：改用小名或称呼，如 ``小禾``。
"""

from generator.model.codes import Code
from generator.rules.privacy.p608_full_name_alias import looks_like_full_name


def check(repo):
    for pair in repo.model.pairs.values():
        if looks_like_full_name(pair.alias):
            yield pair.doc.problem(
                ("beneficiary", "alias"),
                Code.P651,
                f"称呼 “{pair.alias}” 像是真实姓名",
                f"改用小名或称呼，如 “小{pair.alias[-1]}”",
            )
