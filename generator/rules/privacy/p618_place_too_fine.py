"""受助人的地点（``beneficiary.place``）写得比乡镇还细。

县、乡镇（街道）之后又写了村、社区、组或
更细的地方（``云岭县石门镇马家驿村``、``白沙县黄泥镇柳塘村五组``）。

为什么：公开网站只说受助人住在哪个县、哪个乡镇。一个村只有几百户，再加上称呼、人群和年龄段，就能
指向一户人家。

示例（出错）::

    beneficiary: {alias: 李爷爷, group: elderly-alone, age_band: 70-79, place: 云岭县石门镇马家驿村}

示例（正确）::

    beneficiary: {alias: 李爷爷, group: elderly-alone, age_band: 70-79, place: 云岭县石门镇}

改法：只写到县和乡镇（或街道）：``云岭县石门镇``。
"""

import re

from generator.model.codes import Code
from generator.rules.privacy import beneficiary_check

# The last administrative level a place may name, and words that keep it coarse (石门镇一带).
_LEVEL = re.compile(r"(?:省|自治区|市|州|盟|地区|县|区|旗|乡|镇|街道|苏木|开发区|新区|园区|林场|农场)")
_HAN = re.compile("[\u4e00-\u9fff]")
_COARSE_TAIL = re.compile(r"[ \t]*(?:一带|附近|周边|山区|农村|乡下|境内|城区|城郊|郊区|片区)?[ \t]*")


def too_fine(place: str) -> str | None:
    """What ``place`` says beyond its township, or None."""
    place = re.sub(r"[（(][^）)]*[）)]", "", place)  # 石门镇（原石门乡）: a note, not a finer place
    levels = list(_LEVEL.finditer(place))
    if not levels:
        return None
    last = levels[-1]
    rest = place[last.end() :]
    if _COARSE_TAIL.fullmatch(rest) or not _HAN.search(rest):
        return None  # nothing after the township, or no place name (markup is the site's to escape)
    return rest.strip()


def problem(place: str) -> str | None:
    rest = too_fine(place)
    return f"地点写到了乡镇以下（“{rest}”）" if rest else None


check = beneficiary_check(Code.P618, "place", problem, lambda place: "地点只写到县和乡镇（或街道），如“云岭县石门镇”")
