"""结对记录里的志愿者不存在。

结对的 ``volunteer`` 必须是 ``data/volunteers/`` 中某个志愿者文件的编号：网站按它统计志愿者
的结对工作，积分和给单位的表扬信也按它计算。

示例（出错）::

    # data/pairs/majiayi-village/majiayi-pair-2026-002.yml
    volunteer: pengmama

示例（正确）::

    # data/pairs/majiayi-village/majiayi-pair-2026-002.yml
    volunteer: peng-mama

改法：写志愿者文件的编号（提示会给出最接近的），或者先用 ``xinyuan new volunteer`` 登记志愿者。
"""

from generator.model.codes import Code
from generator.rules.references import unknown


def check(repo):
    volunteers = repo.model.volunteers
    for pair in repo.model.pairs.values():
        if pair.volunteer not in volunteers and pair.volunteer not in repo.broken:
            yield unknown(pair.doc, ("volunteer",), pair.volunteer, volunteers, Code.R430, "志愿者", "data/volunteers/")
