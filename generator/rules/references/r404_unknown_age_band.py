"""心愿的 ``beneficiary.age_band`` 不是项目的年龄段之一。

为什么：年龄只按年龄段显示，从不写出生日期；年龄段由项目统一规定。

示例（出错）::

    beneficiary: {alias: 谢大姐, group: seriously-ill, age_band: 40-60, place: 云岭县石门镇}

示例（正确）::

    beneficiary: {alias: 谢大姐, group: seriously-ill, age_band: 40-59, place: 云岭县石门镇}

改法：写 ``data/program.yml`` 中 ``age_bands`` 的编号（提示会给出最接近的）；写了年龄（如
``age_band: 45``）时，提示会给出包含这个年龄的年龄段。
"""

from generator.model.codes import Code
from generator.rules.references import taxonomy_check

check = taxonomy_check(Code.R404, ("beneficiary", "age_band"), "age_bands", "年龄段")
