"""A beneficiary's ``alias`` looks like a full name (a surname and a given name, ``王建华``).

The public site shows an alias that respects the person and does not identify them: a form of
address (``谢大姐``, ``王奶奶``, ``李爷爷``, ``周阿姨``), a diminutive (``小海``, ``阿明``) or a
nickname (``乐乐``).

Why: beneficiaries are vulnerable, many are children; their stories are published to move
volunteers, never to expose them.

FAIL::

    beneficiary: {alias: 王建华, ...}

PASS::

    beneficiary: {alias: 王奶奶, ...}

Fix: use a surname with a form of address, or a diminutive.
"""

import re

from ...problems import Problem

SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌"
    "毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦"
    "麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩"
    "明佘池乔查麻苑迟邝"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "尉迟", "长孙", "宇文", "司徒")
# Forms of address and diminutive endings that make a surname an alias, not a name.
ADDRESS_ENDINGS = (
    "大姐", "姐姐", "姐", "大妈", "大娘", "大婶", "婶", "阿姨", "姨", "奶奶", "爷爷", "婆婆", "阿婆", "外婆",
    "姥姥", "公公", "大爷", "大伯", "伯伯", "伯", "叔叔", "叔", "大哥", "哥", "嫂", "妹妹", "妹", "弟弟", "弟",
    "同学", "老师", "师傅", "妈妈", "爸爸", "娭毑", "嗲嗲", "家", "娃", "宝", "仔", "儿", "老", "某",
)
_HAN = re.compile(r"[\u4e00-\u9fff]{2,4}")


def looks_like_full_name(alias: str) -> bool:
    alias = alias.strip()
    if not _HAN.fullmatch(alias) or alias[0] in "小老阿" or alias.endswith(ADDRESS_ENDINGS):
        return False
    if alias.startswith(COMPOUND_SURNAMES):
        return len(alias) >= 3
    if alias[-1] == alias[-2]:
        return False  # 乐乐, 朵朵: a reduplicated nickname
    return alias[0] in SURNAMES and len(alias) <= 3


def check(repo):
    for path, doc in repo.docs.items():
        if repo.kinds[path] != "wish" or not isinstance(doc.data, dict):
            continue
        beneficiary = doc.data.get("beneficiary")
        alias = beneficiary.get("alias") if isinstance(beneficiary, dict) else None
        if isinstance(alias, str) and looks_like_full_name(alias):
            pos = doc.locate(("beneficiary", "alias"))
            yield Problem(path, pos.line, pos.column, "P608", f"称呼 “{alias}” 像是真实姓名",
                          f"改用称呼，如 “{alias[0]}奶奶”“{alias[0]}大姐”，或小名如 “小{alias[-1]}”")
