"""心愿的 ``category`` 不是项目的类别之一。

示例（出错）::

    category: add-item

示例（正确）::

    category: add-an-item

改法：写 ``data/program.yml`` 中 ``categories`` 的编号（提示会给出最接近的），或者先在那里
添加这个类别。写成类别名称（如“添一物”）时报的是 S204，提示会给出对应的编号。
"""

from generator.model.codes import Code
from generator.rules.references import taxonomy_check

check = taxonomy_check(Code.R402, ("category",), "categories", "类别")
