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
    Case("P601", "data/volunteers/youth-team.yml",
         edit("data/volunteers/youth-team.yml", "name: 青年志愿队", "name: 青年志愿队⟦13800138000"), "volunteer"),
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
]


@pytest.mark.parametrize("case", CASES)
def test_reported_where_it_is(case):
    assert_reported(case)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_no_false_alarm(text):
    assert scan(text) == []


@pytest.mark.parametrize("alias", ["王奶奶", "谢大姐", "小海", "阿明", "李爷爷", "乐乐", "周阿姨", "陈师傅", "欧阳奶奶"])
def test_forms_of_address_are_aliases(alias):
    assert not looks_like_full_name(alias)


@pytest.mark.parametrize("alias", ["王建华", "李娜", "欧阳娜娜", "张伟"])
def test_full_names_are_not(alias):
    assert looks_like_full_name(alias)


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
