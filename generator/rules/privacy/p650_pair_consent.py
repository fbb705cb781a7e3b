"""结对记录没有记录同意，或者孩子的同意不是监护人给的，或者记录同意的组织与结对无关。

结对文件和心愿一样在公开的仓库里：孩子（或家庭）的称呼、人群、年龄段和地点都要有同意才能
记录（个人信息保护法第二十五条、第三十一条）。``consent`` 记谁同意（本人 ``self`` 或监护人
``guardian``）、哪天、由哪个组织留存同意书；孩子属于标了 ``minors: true`` 的人群或年龄段包含
十四岁以下时，必须是 ``guardian``；``recorded_by`` 是结对的组织或它的上级。

示例（出错）::

    beneficiary: {alias: 小禾, group: left-behind-child, age_band: 6-11, place: 云岭县石门镇}
    org: majiayi-village
    started: 2026-02-06
    consent: {by: self, date: 2026-02-06, recorded_by: majiayi-village}

示例（正确）::

    beneficiary: {alias: 小禾, group: left-behind-child, age_band: 6-11, place: 云岭县石门镇}
    org: majiayi-village
    started: 2026-02-06
    consent: {by: guardian, date: 2026-02-06, recorded_by: majiayi-village}

改法：请父母或其他监护人在结对表上签字同意，写
``consent: {by: guardian, date: 签字日期, recorded_by: 结对的组织}``。没有同意的结对不要提交。
"""

from generator.model.codes import Code
from generator.model.taxonomy import needs_guardian


def check(repo):
    model = repo.model
    program = model.program
    for pair in model.pairs.values():
        consent = pair.consent
        if consent is None:
            yield pair.doc.problem(
                ("started",),
                Code.P650,
                "结对没有记录同意（consent）",
                "取得同意后在 started 下一行写 consent: {by: guardian, date: …, recorded_by: …}",
                key=True,
            )
            continue
        if program and consent.by != "guardian" and needs_guardian(program, pair.group, pair.age_band):
            yield pair.doc.problem(
                ("consent", "by"),
                Code.P650,
                "孩子是未成年人（不满十四周岁或标为 minors 的人群），须由监护人同意",
                "请父母或其他监护人签字同意，改为 by: guardian",
            )
        signers = [pair.org, *model.ancestors(pair.org)]
        if consent.recorded_by in model.orgs and consent.recorded_by not in signers:
            yield pair.doc.problem(
                ("consent", "recorded_by"),
                Code.P650,
                f"“{consent.recorded_by}” 不是结对的组织或它的上级，不能记录同意",
                "可以记录同意的组织：" + "、".join(signers),
            )
