"""标为未成年人群（``minors: true``）的服务对象，年龄段却不在 18 岁以下。

为什么：留守儿童、事实孤儿等人群受更严格的保护（监护人同意、不公开照片）。年龄段写成成年人，
公开网站就会把孩子显示为成年人，这些保护规则也就管不到他。

下面的例子里，``left-behind-child``（留守儿童）在 program.yml 中标有 ``minors: true``。

示例（出错）::

    beneficiary: {alias: 小海, group: left-behind-child, age_band: 18-39, place: 云岭县桃溪乡}

示例（正确）::

    beneficiary: {alias: 小海, group: left-behind-child, age_band: 12-17, place: 云岭县桃溪乡}

改法：按孩子的实际年龄选 18 岁以下的年龄段（如 ``12-17``）；用 ``xinyuan new wish`` 时可以
直接写年龄 ``--age-band 13``。如果服务对象确实已成年，改选相应的人群。
"""

from generator.model.codes import Code
from generator.model.taxonomy import band_bounds


def _adult(band_id: str) -> bool:
    """The band reaches 18 or over; False also when its id does not name ages (nothing to tell)."""
    bounds = band_bounds(band_id)
    return bounds is not None and (bounds[1] is None or bounds[1] >= 18)


def check(repo):
    program = repo.model.program
    if program is None:
        return
    minors = {gid for gid, group in program.groups.items() if group.extra.get("minors")}
    young = [b for b in program.age_bands if band_bounds(b) and not _adult(b)]
    for wish in repo.model.wishes.values():
        if wish.group not in minors or not _adult(wish.age_band):
            continue
        hint = f"按实际年龄改为 {'、'.join(young)} 之一" if young else "先在 data/program.yml 中添加 18 岁以下的年龄段"
        yield wish.doc.problem(
            ("beneficiary", "age_band"),
            Code.R410,
            f"“{program.groups[wish.group].name}”是未成年人群，年龄段“{wish.age_band}”却是成年人的",
            hint,
        )
