"""文字中有详细地址（门牌、楼栋、单元、房间、宿舍、村组）。

路名加门牌（``人民路 12 号``、``中山路东 12-3 号``、``人民路 12#``，不写“号”的
``幸福路16-2`` 也算），村组加门牌（``3 组 12 号``），小区后的楼号（``阳光小区 5-2-301``），楼栋、
单元、房间号（``5 栋 2 单元 302 室``、``七栋三单元五零二``、``B栋1402``、``住在 3 栋``、``302 房``），
宿舍和寝室号（``宿舍203房``、``5 舍 302``），门牌（``门牌14``、``幸福路十六之二``），村里的组
（``马家驿村三组``，比乡镇细）。公共场所的楼和房间（``县医院 5 号楼``）、课本的单元（``语文2单元到4单元``）、
房屋的数量（``村里12栋土坯房``）不算。

为什么：公开网站只粗略地说受助人住在哪里（县、乡镇），不让人找到一位留守儿童或独居老人的家。

示例（出错）::

    story: 住在幸福路 18 号 3 栋 2 单元 302 室

示例（正确）::

    story: 住在镇上一栋老房子里

改法：删去门牌、楼栋、单元和房号；地点只写到县、乡镇（``beneficiary.place``）。
"""

import re

from generator.model.codes import Code
from generator.rules.privacy import rule_check

_NUM = r"[0-9]+"
_CN_NUM = r"(?:[0-9]+|[一二三四五六七八九十百零〇两]+)"
_ROOM_NUM = r"(?:[0-9]{3,4}|[一二三四五六七八九][零〇一二三四五六七八九]{2,3})"  # 502, 五零二
_ROAD = r"(?:路|街|巷|弄|胡同|大道|大街)[东南西北中]?段?[ \t]*"
# Each form names the part reported: the house number, where the road's name has no clear start.
_ADDRESS = re.compile(
    rf"{_ROAD}(?P<road>{_CN_NUM}(?:[ \t]*[-之][ \t]*{_CN_NUM})*[ \t]*[号#]|{_CN_NUM}(?:[ \t]*[-之][ \t]*{_CN_NUM})+(?![0-9]))"
    rf"|(?P<group>{_CN_NUM}[ \t]*组[ \t]*{_CN_NUM}[ \t]*号)"
    rf"|村(?P<village_group>{_CN_NUM}[ \t]*组)(?![长员织])"
    rf"|门牌(?:号码?)?[ \t]*(?:是|为|[:：])?[ \t]*(?P<door>{_CN_NUM}(?:[ \t]*[-之][ \t]*{_CN_NUM})*)(?![0-9])"
    rf"|(?:村|社区|小区)[ \t]*(?P<house>{_CN_NUM}[ \t]*号(?!线|楼|床|车))"
    rf"|(?:小区|花园|家园|公寓|新村|大院|号院|宿舍|苑|社区)[ \t]*(?P<flat>{_CN_NUM}[ \t]*-[ \t]*{_CN_NUM}(?:[ \t]*-[ \t]*{_CN_NUM})?)"
    rf"|(?P<dorm>(?:宿舍|寝室|宿舍楼)[ \t]*(?:{_NUM}[ \t]*(?:号楼|栋|幢|号)?[ \t]*)?{_NUM}[ \t]*(?:房间?|室|号|寝室?)?|{_NUM}[ \t]*舍[ \t]*{_NUM})"
    rf"|(?:住在|住的|家在|住址|地址|小区|花园|家园|公寓|新村)[ \t]*(?P<home_storey>(?:[A-Z]|{_CN_NUM})[ \t]*(?:栋|幢|号楼))"
    rf"|(?P<storey>(?:[A-Z]|{_CN_NUM})[ \t]*(?:栋|幢|号楼)(?=[ \t]*(?:{_CN_NUM}[ \t]*(?:单元|楼|层|室|号)|{_ROOM_NUM}(?![0-9])))"
    rf"|{_NUM}[ \t]*号楼)"
    rf"|(?P<unit>{_CN_NUM}[ \t]*单元)"
    rf"|(?P<room>{_NUM}[ \t]*-[ \t]*{_NUM}[ \t]*(?:室|房间?)|[0-9]{{3,4}}[ \t]*(?:室|房间?|寝室?)(?![A-Za-z\u4e00-\u9fff]*(?:租|价|费|贷|源|产|子)))"
)
# A unit is a flat's when it follows a building (3栋2单元) or comes before a room (三单元五零二),
# not a textbook's (第3单元, 语文2单元到4单元).
_AFTER_BUILDING = re.compile(r"[栋幢楼][ \t]*$")
_BEFORE_ROOM = re.compile(rf"[ \t]*{_ROOM_NUM}")
# A building or room of a public place (县医院5号楼) is no one's home; wards are rule P611's.
_PUBLIC_PLACE = re.compile(
    r"(?:医院|卫生院|学校|中学|小学|幼儿园|住院部|门诊|教学楼|图书馆|政府|办公楼|活动中心|病区|病房|科)\S{0,2}$"
)

# Every form above has a number before one of these words, or a number after a place word:
# a cheap test before the pattern (编号 and ISO dates pass it not).
_NUMERAL = "[0-9一二三四五六七八九十百零〇两]"
_QUICK = re.compile(
    rf"{_NUMERAL}[ \t]*[号栋幢楼元室房寝舍组#]|[A-Z][ \t]*[栋幢]|门牌|宿舍|寝室"
    rf"|(?:小区|花园|家园|公寓|新村|大院|号院|苑|社区|路|街|巷|弄|胡同|道)[ \t]*{_NUMERAL}"
)


def find(text):
    if not _QUICK.search(text):
        return
    for match in _ADDRESS.finditer(text):
        part = match.lastgroup or 0  # every alternative is a named group
        start = match.start(part)
        if part == "unit" and (
            text[start - 1 : start] == "第"
            or not (_AFTER_BUILDING.search(text, max(0, start - 3), start) or _BEFORE_ROOM.match(text, match.end()))
        ):
            continue
        if part in ("storey", "room") and _PUBLIC_PLACE.search(text[max(0, match.start() - 8) : match.start()]):
            continue
        yield start, match.end(part), f"文字中有详细地址（“{match.group().strip()}”）"


check = rule_check(Code.P607, "删去门牌、楼栋、单元和房号；地点只写到县、乡镇")
