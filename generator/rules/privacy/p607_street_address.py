"""A street-level address: a road and a house number (``人民路 12 号``), a village group and
house number (``3 组 12 号``), or a building, unit or room (``5 栋``, ``2 单元``, ``302 室``).

Why: the public site says where a beneficiary lives only coarsely (county or township), so that
nobody can find the home of a child left behind or an elderly person living alone.

FAIL::

    story: 住在幸福路 18 号 3 栋 2 单元 302 室

PASS::

    place: 云岭县石门镇

Fix: remove the address; keep only the county and township in ``beneficiary.place``.
"""

import re

from . import rule_check

_NUM = r"[0-9０-９]+"
_CN_NUM = r"(?:[0-9０-９]+|[一二三四五六七八九十百零〇两]+)"
# Each form names the part reported: the house number, where the road's name has no clear start.
_ADDRESS = re.compile(
    rf"(?:路|街|巷|弄|胡同|大道|大街)\s*(?P<road>{_CN_NUM}\s*号)"
    rf"|(?P<group>{_CN_NUM}\s*组\s*{_CN_NUM}\s*号)"
    rf"|(?:村|社区|小区)\s*(?P<house>{_CN_NUM}\s*号)"
    rf"|(?P<building>{_NUM}\s*(?:栋|幢|号楼))"
    rf"|(?P<unit>{_NUM}\s*单元)"
    rf"|(?P<room>{_NUM}\s*-\s*{_NUM}\s*室|[0-9]{{3,4}}\s*室)"
)


# Every form above ends in one of these: a cheap test before the full pattern.
_ENDINGS = re.compile("[号栋幢楼元室]")


def find(text):
    if not _ENDINGS.search(text):
        return
    for match in _ADDRESS.finditer(text):
        part = match.lastgroup
        yield match.start(part), match.end(part), f"文字中有详细地址（“{match.group()}”）"


check = rule_check("P607", find, "删去门牌、楼栋、单元和房号；地点只写到县、乡镇")
