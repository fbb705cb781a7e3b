"""已应要求删除（``erased``）的心愿里还留着关于受助人的文字。

个人信息保护法第四十七条：个人撤回同意或要求删除时，应当删除其个人信息。``xinyuan erase`` 删去
标题、故事、称呼和各处说明（圆梦说明、上报说明、延期原因）以及文件里的注释，只保留编号、日期、类别、
组织、名额和认领，统计数字因此不变。记了 ``erased`` 的心愿再出现这些文字，就是删除不彻底
（例如合并时把旧文字带了回来）。问题报告在留下的文字上。

示例（出错）::

    id: majiayi-2026-003
    title: 一台彩色电视机
    category: add-an-item
    beneficiary: {group: seriously-ill, age_band: 40-59, place: 云岭县石门镇}
    org: majiayi-village
    slots: 1
    collected: 2026-03-01
    consent: {by: self, date: 2026-03-01, recorded_by: majiayi-village}
    erased: {date: 2026-11-20, reason: 本人撤回同意}

示例（正确）::

    id: majiayi-2026-003
    category: add-an-item
    beneficiary: {group: seriously-ill, age_band: 40-59, place: 云岭县石门镇}
    org: majiayi-village
    slots: 1
    collected: 2026-03-01
    consent: {by: self, date: 2026-03-01, recorded_by: majiayi-village}
    erased: {date: 2026-11-20, reason: 本人撤回同意}

改法：重新运行 ``xinyuan erase 心愿编号 --reason …``，或手工删去这些字段；然后按 README 清除历史记录。
"""

from generator.model.codes import Code

TEXTS = (("title",), ("story",), ("beneficiary", "alias"), ("fulfilled", "note"))


def left_over(data: dict):
    """The keypaths of the texts an erased wish must not hold."""
    for keypath in TEXTS:
        value: object = data
        for step in keypath:
            value = value.get(step) if isinstance(value, dict) else None
        if value:
            yield keypath
    for listed, key in (("escalations", "note"), ("extensions", "reason")):
        for i, entry in enumerate(data.get(listed) or []):
            if entry.get(key):
                yield (listed, i, key)


def check(repo):
    for wish in repo.model.wishes.values():
        if wish.erased:
            for keypath in left_over(wish.doc.data):
                yield wish.doc.problem(
                    keypath,
                    Code.P633,
                    "这个心愿已应要求删除，不能再有关于受助人的文字",
                    f"删去这一项（或重新运行 `xinyuan erase {wish.id}`）",
                )
