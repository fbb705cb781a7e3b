"""心愿的 ``category`` 不是项目的类别之一。

改法：写 ``data/program.yml`` 中 ``categories`` 的编号（写了类别名称时，提示会给出对应的
编号，如“添一物”对应 ``add-an-item``），或者先在那里添加这个类别。
"""

from generator.model.codes import Code
from generator.rules.references import taxonomy_check

check = taxonomy_check(Code.R402, ("category",), "categories", "类别")
