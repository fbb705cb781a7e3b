"""P6xx: nothing that identifies a beneficiary reaches the repository, and no false alarms on
what stories really say (money, dates, ages, school names, the organisation's office phone)."""

import pytest

from generator.rules.privacy import scan
from generator.rules.privacy.p608_full_name_alias import looks_like_full_name
from helpers import MINI, WISH2, WISH3, Case, MemorySource, assert_reported, edit, mini_file, problems_of

STORY = "王奶奶独自在家，希望每周有人来陪她说说话。"


def story(planted: str) -> str:
    return edit(WISH2, STORY, STORY + planted)


CASES = [
    Case("P601", WISH2, story("有意者请联系⟦13800138000"), "plain-mobile"),
    Case("P601", WISH2, story("电话⟦+86 138 0013 8000"), "spaced-mobile-with-country-code"),
    Case("P601", WISH2, story("手机⟦138-0013-8000"), "dashed-mobile"),
    Case("P601", WISH3, mini_file(WISH3) + "# 家属手机 ⟦13912345678\n", "in-a-comment"),
    Case("P602", WISH2, story("家里电话⟦0745-2345678"), "landline"),
    Case("P602", WISH2, story("家里电话 ⟦2345678"), "local-landline-after-keyword"),
    Case("P603", WISH2, story("身份证⟦11010519491231002X"), "id-18"),
    Case("P603", WISH2, story("身份证号⟦110105491231002"), "id-15"),
    Case("P604", WISH2, story("捐款请转银行卡⟦6222020012345678903"), "unionpay-card"),
    Case("P604", WISH2, story("卡号 ⟦4111 1111 1111 1111"), "grouped-card-with-keyword"),
    Case("P605", WISH2, story("邮箱⟦someone@example.com"), "email"),
    Case("P606", WISH2, story("加微信 ⟦xiaohai_2015 了解"), "wechat"),
    Case("P606", WISH2, story("QQ：⟦12345678"), "qq"),
    Case("P607", WISH2, story("住在幸福路⟦18号"), "road-and-number"),
    Case("P607", WISH2, story("住在⟦3栋"), "building"),
    Case("P607", WISH2, story("住在⟦5组12号"), "village-group-house"),
    Case("P608", WISH2, edit(WISH2, "alias: 王奶奶", "alias: ⟦王建华"), "full-name"),
    Case("P608", WISH2, edit(WISH2, "alias: 王奶奶", "alias: ⟦王建华奶奶"), "full-name-with-form-of-address"),
    # Ways people (or a careless copy) break numbers up: still found.
    Case("P601", WISH2, story("电话⟦138.0013.8000"), "dotted-mobile"),
    Case("P601", WISH2, story("tel⟦13800138000"), "mobile-glued-to-a-word"),
    Case("P601", WISH2, story("手机⟦138\u200b0013\u200b8000"), "zero-width-spaces"),
    Case("P601", WISH2, story("手机⟦１３８００１３８０００"), "full-width-digits"),
    Case("P603", WISH2, story("身份证⟦110105 19491231 002X"), "id-in-groups"),
    Case("P603", WISH2, story("身份证⟦１１０１０５１９４９１２３１００２Ｘ"), "id-full-width"),
    Case("P607", WISH2, story("住阳光小区⟦5-2-301"), "flat-number"),
    Case("P607", WISH2, story("住在中山路东⟦12-3号"), "road-direction-and-sub-number"),
    # Older people's IDs (county codes long gone), any grouping, a wrong check digit after 身份证.
    Case("P603", WISH2, story("老人的身份证是⟦430102196001011234"), "old-county-code"),
    Case("P603", WISH2, story("证件：⟦4301 0219 6001 0112 34"), "id-in-fours"),
    Case("P603", WISH2, story("身份证号：⟦430102196001011235"), "wrong-check-digit-after-keyword"),
    # Phones in Chinese numerals and unusual separators.
    Case("P601", WISH2, story("有事打⟦一三九〇〇一三八〇〇〇"), "mobile-in-chinese-numerals"),
    Case("P601", WISH2, story("手机⟦壹叁玖 贰叁肆伍 陆柒捌玖"), "mobile-in-capital-numerals"),
    Case("P601", WISH2, story("电话⟦幺三九1234五六78"), "mobile-mixed"),
    Case("P601", WISH2, story("电话⟦138—0013—8000"), "mobile-em-dashes"),
    Case("P601", WISH2, story("电话⟦138・0013・8000"), "mobile-katakana-dots"),
    Case("P602", WISH2, story("座机⟦〇七四五-二三四五六七八"), "landline-in-numerals"),
    # Accounts.
    Case("P606", WISH2, story("抖音号 ⟦dy_xiaohai2015"), "douyin"),
    Case("P606", WISH2, story("支付宝账号：⟦xiaohai2015"), "alipay"),
    Case("P606", WISH2, story("QQ群 ⟦123456789"), "qq-group"),
    Case("P606", WISH2, story("加V：⟦xiaohai2015"), "add-v"),
    Case("P606", WISH2, story("vx号是⟦xiaohai2015"), "vx-is"),
    # Bank accounts named by a bank's short name, no Luhn needed.
    Case("P604", WISH2, story("捐款请转工行卡 ⟦6222 0200 1234 5678 901"), "icbc-card-no-luhn"),
    Case("P604", WISH2, story("农行账号⟦95599 80012 3456"), "abc-account"),
    # Addresses in words.
    Case("P607", WISH2, story("住在幸福路⟦16-2"), "house-number-without-hao"),
    Case("P607", WISH2, story("在⟦宿舍203房"), "dormitory-room"),
    Case("P614", WISH2, story("家在小卖部⟦往东50米"), "way-from-a-landmark"),
    Case("P614", WISH2, story("村委会⟦后面第二家"), "nth-house"),
    Case("P614", WISH2, story("⟦村东头第三户"), "nth-household"),
    Case("P614", WISH2, story("住在敬老院东边⟦那排平房倒数第二间"), "counted-from-the-end"),
    Case("P614", WISH2, story("村口⟦那一排第三户"), "along-a-row"),
    # Full names anywhere.
    Case("P609", WISH2, story("父亲叫⟦王建华，常年在外打工。"), "father-named"),
    Case("P609", WISH2, story("母亲⟦刘秀英在外打工。"), "mother-named"),
    Case("P609", WISH2, story("隔壁⟦王秀兰奶奶也常来。"), "name-then-grandma"),
    Case("P609", WISH2, story("三年2班⟦李小明同学想要书包。"), "class-then-name"),
    Case("P609", WISH2, edit(WISH2, "title: 陪奶奶聊聊天", "title: ⟦赵德明想找人聊聊天"), "name-in-title"),
    Case("P609", WISH3, mini_file(WISH3) + "# 女儿⟦黄丽丽在外地\n", "name-in-a-comment"),
    Case("P608", WISH2, edit(WISH2, "alias: 王奶奶", "alias: ⟦Zhang Jianhua"), "pinyin-alias"),
    # Other identifiers.
    Case("P610", WISH2, story("小雨⟦2014年5月6日出生。"), "birth-date"),
    Case("P610", WISH2, story("孩子⟦2014.05.06出生。"), "birth-date-dotted"),
    Case("P611", WISH2, story("住在县医院内科二病区⟦15床。"), "hospital-bed"),
    Case("P611", WISH2, story("在县医院住院部⟦302室。"), "hospital-room"),
    Case("P612", WISH2, story("三轮车牌照是⟦湘N12345。"), "licence-plate"),
    Case("P613", WISH2, story("照片见 ⟦王建华入户照.jpg"), "photo-named-in-chinese"),
    Case("P613", WISH2, story("照片见 ⟦zhang_jianhua_01.jpg"), "photo-named-in-pinyin"),
    Case("P615", WISH2, story("电费户号⟦0745102355671，帮她交电费。"), "utility-account"),
    Case("P615", WISH2, story("爸爸的护照号⟦E83619274。"), "passport"),
    Case("P616", WISH2, story("定位：⟦北纬27.5532，东经109.9981。"), "coordinates"),
    Case("P617", WISH2, story("孩子在镇中心小学⟦三年级二班。"), "school-and-class"),
    Case("P609", WISH2, story("大名⟦赵家宝，今年八岁。"), "given-name-that-is-a-word"),
    Case("P610", WISH2, story("奶奶是⟦1941年腊月初八生的。"), "lunar-birthday"),
    Case("P605", WISH2, story("邮箱 ⟦zhangli1979 艾特 126 点 com"), "spelled-out-email"),
    Case("P618", WISH2, edit(WISH2, "place: 河县山镇", "place: ⟦河县山镇马家驿村"), "village-in-place"),
    Case("P609", WISH3, mini_file(WISH3) + "# 小宇=⟦刘宇航 勿外传\n", "alias-equals-name"),
    Case("P614", WISH2, story("石门镇村委会⟦后第二家"), "nth-house-after-hou"),
    Case(
        "P601",
        "data/volunteers/youth-team.yml",
        edit("data/volunteers/youth-team.yml", "name: 青年志愿队", "name: 青年志愿队⟦13800138000"),
        "volunteer",
    ),
]

NEAR_MISSES = [
    "捐款 1800 元，购买 2 台电视机，共计 3600 元。",
    "2026-03-05 收到，2026-12-31 前送达。",
    "72岁的王奶奶，1954 年出生。",
    "就读于石门镇中心小学三年级，数学第一单元考了 98 分。",
    "社区通过微信群、电话和 QQ 发布心愿清单。",
    "住在一室一厅的老房子里，6月1号是儿童节。",
    "编号 majiayi-2026-003 的心愿。",
    "身高 135 厘米，体重 30 公斤。",
    "订单号 20260305123456。",
    "五年级数学第3单元的练习册。",
    "在县医院5号楼住院。",
    # What the issue names as harmless, and what stories around it say.
    "龙大叔、钱大嫂、张老伯和刘老汉常来看她。",
    "石头今年8岁，金豆是他妹妹。",
    "村里12栋土坯房都翻修了。",
    "语文2单元到4单元的练习册。",
    "一台 32 英寸电视，型号 TCL-32A，价格 1299 元。",
    "坐 G1234 次高铁去省城，K1234 次也行。",
    "急病请打 120，报警 110，维权热线 12338。",
    "爷爷高血压，奶奶白内障，爸爸和妈妈都在外地。",
    "和李奶奶聊天，向李爷爷请教。",
    "家里两床被子都旧了。",
    "王奶奶 1954 年出生，今年 72 岁。",
    "社区在抖音上发过心愿清单，也可以用支付宝捐到组织账户。",
    "照片见 majiayi-2026-003-1.jpg。",
    "住在石门镇的山村里，离镇上要走一个小时。",
    "孩子最喜欢听雷锋叔叔的故事，想要一本袁隆平爷爷的传记。",
    "金黄的稻子收完了，李家湾的老人最多，孙子九岁。",
    "孩子在石门镇中心小学读书，全校三年级只有两个班。",
    "发票号码 04300216，奶粉条码6901234567892。",
    "住在大山里面，海拔1200米，冬天特别冷。",
]


@pytest.mark.parametrize("case", CASES)
def test_reported_where_it_is(case):
    assert_reported(case)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_no_false_alarm(text):
    assert scan(text) == []


@pytest.mark.parametrize(
    "alias",
    [
        "王奶奶",
        "谢大姐",
        "小海",
        "阿明",
        "李爷爷",
        "乐乐",
        "周阿姨",
        "陈师傅",
        "欧阳奶奶",
        "龙大叔",
        "钱大嫂",
        "张老伯",
        "刘老汉",
        "石头",
        "金豆",
        "Lele",
        "xiaohai",
    ],
)
def test_forms_of_address_are_aliases(alias):
    assert not looks_like_full_name(alias)


@pytest.mark.parametrize(
    "alias",
    [
        "王建华",
        "李娜",
        "欧阳娜娜",
        "张伟",
        "张建国大爷",
        "王 建华",
        "洪建华",
        "Zhang Jianhua",
        "zhangjianhua",
        "WANG Xiulan",
    ],
)
def test_full_names_are_not(alias):
    assert looks_like_full_name(alias)


@pytest.mark.parametrize(
    "place",
    ["云岭县石门镇", "白沙县新河街道", "清溪市经济开发区", "石门镇（原石门乡）", "云岭县王家坪乡", "石门镇一带"],
)
def test_township_places_are_coarse_enough(place):
    assert scan(place, "wish", "beneficiary.place") == []


def test_office_contact_of_an_organisation_is_allowed():
    """The mini program's city federation lists its office phone and address: no problem."""
    assert "0745-2345678" in mini_file("data/orgs/city-wf.yml")
    assert problems_of(MemorySource.of(MINI)) == []


def test_office_phone_elsewhere_in_an_organisation_is_not():
    path = "data/orgs/city-wf.yml"
    case = Case("P602", path, edit(path, "place: 测试市", "place: 测试市\ndescription: 办公电话 ⟦0745-2345678"))
    assert_reported(case)


def test_escaped_text_is_scanned_too():
    """A double-quoted story written with escapes does not slip past the raw-text scan."""
    escaped = "".join(f"\\u{ord(c):04x}" for c in "13800138000")
    text = edit(WISH2, f"story: {STORY}", f'story: "{STORY}{escaped}"')
    found = problems_of(MemorySource.of(MINI).changed({WISH2: text}))
    assert [p.code for p in found] == ["P601"]
