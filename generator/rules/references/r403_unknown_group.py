"""心愿的 ``beneficiary.group`` 不是项目的服务对象人群之一。

改法：写 ``data/program.yml`` 中 ``beneficiary_groups`` 的编号（写了名称如“留守儿童”时，提示
会给出对应的编号），或者先在那里添加这个人群。
"""

from generator.model.codes import Code
from generator.rules.references import taxonomy_check

check = taxonomy_check(Code.R403, ("beneficiary", "group"), "groups", "服务对象类别")
