"""未成年受助人的同意不是监护人给的。

个人信息保护法第二十八条把不满十四周岁未成年人的个人信息都列为敏感个人信息，第三十一条要求
取得其父母或者其他监护人的同意。受助人属于 ``program.yml`` 中标了 ``minors: true`` 的人群
（如留守儿童、事实孤儿），或者年龄段包含 14 岁以下的年龄（如 ``6-11``、``12-17``），
``consent.by`` 就必须是 ``guardian``。问题报告在 ``by`` 的值上。

示例（出错）::

    beneficiary: {alias: 小海, group: left-behind-child, age_band: 6-11, place: 白沙县黄泥镇}
    consent: {by: self, date: 2026-03-01, recorded_by: dongpo-village}

示例（正确）::

    beneficiary: {alias: 小海, group: left-behind-child, age_band: 6-11, place: 白沙县黄泥镇}
    consent: {by: guardian, date: 2026-03-01, recorded_by: dongpo-village}

改法：请孩子的父母或其他监护人在心愿卡上签字同意，然后写 ``by: guardian``
（``xinyuan consent 心愿编号 --by guardian``）。
"""

from generator.model.codes import Code
from generator.model.taxonomy import needs_guardian


def check(repo):
    program = repo.model.program
    if program is None:
        return
    for wish in repo.model.wishes.values():
        if wish.consent and wish.consent.by != "guardian" and needs_guardian(program, wish.group, wish.age_band):
            yield wish.doc.problem(
                ("consent", "by"),
                Code.P632,
                "受助人是未成年人（不满十四周岁的儿童或标为 minors 的人群），须由监护人同意",
                "请父母或其他监护人签字同意，改为 by: guardian",
            )
