"""心愿的 ``campaign`` 不是项目的专项活动之一。

示例（出错）::

    campaign: liuyi-2026

示例（正确）::

    campaign: childrens-day-2026

改法：写 ``data/program.yml`` 中 ``campaigns`` 的编号，或者先在那里添加这个活动。
"""

from generator.model.codes import Code
from generator.rules.references import taxonomy_check

check = taxonomy_check(Code.R406, ("campaign",), "campaigns", "活动")
