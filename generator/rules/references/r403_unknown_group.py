"""心愿的 ``beneficiary.group`` 不是项目的服务对象人群之一。

示例（出错）::

    beneficiary: {alias: 谢大姐, group: serious-ill, age_band: 40-59, place: 云岭县石门镇}

示例（正确）::

    beneficiary: {alias: 谢大姐, group: seriously-ill, age_band: 40-59, place: 云岭县石门镇}

改法：写 ``data/program.yml`` 中 ``beneficiary_groups`` 的编号（提示会给出最接近的），或者
先在那里添加这个人群。
"""

from generator.model.codes import Code
from generator.rules.references import taxonomy_check

check = taxonomy_check(Code.R403, ("beneficiary", "group"), "groups", "服务对象类别")
