"""认领里写的志愿者没有记录。

示例（出错）::

    claims:
      - {volunteer: ggzy-centre, date: 2026-03-20}

示例（正确）::

    claims:
      - {volunteer: ggzy-center, date: 2026-03-20}

改法：写 ``data/volunteers/`` 中某个文件的编号（提示会给出最接近的）；新志愿者在第一次认领
的同一个申请里添加自己的记录。
"""

from generator.model.codes import Code
from generator.rules.references import unknown


def check(repo):
    volunteers = repo.model.volunteers
    for wish in repo.model.wishes.values():
        for i, claim in enumerate(wish.claims):
            if claim.volunteer not in volunteers and claim.volunteer not in repo.broken:
                yield unknown(
                    wish.doc,
                    ("claims", i, "volunteer"),
                    claim.volunteer,
                    volunteers,
                    Code.R405,
                    "志愿者",
                    "data/volunteers/",
                )
