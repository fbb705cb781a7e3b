"""心愿的 ``beneficiary.age_band`` 不是项目的年龄段之一。

为什么：年龄只按年龄段显示，从不写出生日期；年龄段由项目统一规定。

改法：写 ``data/program.yml`` 中 ``age_bands`` 的编号；写了年龄（如 ``9``）时，提示会给出
包含这个年龄的年龄段。
"""

from generator.model.codes import Code
from generator.rules.references import taxonomy_check

check = taxonomy_check(Code.R404, ("beneficiary", "age_band"), "age_bands", "年龄段")
