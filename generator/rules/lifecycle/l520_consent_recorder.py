"""记录同意的组织（``consent.recorded_by``）不在这个心愿的经办链上。

同意书由经办心愿的组织留存：征集它的组织、它逐级上报到的组织，或它们的上级组织（与派单、审核的
规则相同）。别的组织无从核对同意书，不能替这个心愿签收同意。

示例（出错）::

    org: majiayi-village
    consent: {by: self, date: 2026-03-01, recorded_by: lianhua-village}

示例（正确）::

    org: majiayi-village
    consent: {by: self, date: 2026-03-01, recorded_by: majiayi-village}

改法：写实际留存同意书的组织编号，一般就是征集组织（``org``）。
"""

from generator.model.codes import Code


def check(repo):
    model = repo.model
    for wish in model.wishes.values():
        by = wish.consent.recorded_by if wish.consent else None
        if by and by in model.orgs:
            signers = model.signers(wish)
            if by not in signers:
                yield wish.doc.problem(
                    ("consent", "recorded_by"),
                    Code.L520,
                    f"“{by}” 没有经手这个心愿，也不是经手组织的上级，不能记录同意",
                    "可以记录同意的组织：" + "、".join(signers),
                )
