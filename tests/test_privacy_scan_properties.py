"""The privacy scan never crashes, whatever a form, a spreadsheet cell or a record holds, and
every piece it reports lies inside the text (so validation can point at its line and column)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.rules.privacy import _finders, normalise, scan

# Fragments the rules look for, so that generated texts reach their deeper paths.
FRAGMENTS = [
    "王",
    "建华",
    "奶奶",
    "父亲叫",
    "三年2班",
    "岁",
    "、",
    "（",
    "）",
    "一三九",
    "〇",
    "幺",
    "—",
    "·",
    "身份证",
    "4301",
    "0219",
    "6001",
    "0112",
    "34",
    "X",
    "工行卡",
    "微信",
    "V❤",
    "艾特",
    "点",
    "com",
    "路",
    "16-2",
    "号",
    "栋",
    "单元",
    "第二家",
    "往东",
    "50米",
    "年",
    "月",
    "日",
    "出生",
    "床",
    "病区",
    "湘A",
    "12345",
    ".jpg",
    "zhang_jianhua",
    "北纬",
    "27.5532",
    "小学",
    "班",
    "村",
    "组",
    "\n  ",
    " ",
    "\u200b",
]


def check_spans(text: str) -> None:
    plain = normalise(text)
    assert len(plain) == len(text)
    for code, find, _ in _finders():
        for start, end, what in find(plain):
            assert 0 <= start < end <= len(plain), (code, start, end)
            assert what


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text(text):
    check_spans(text)
    assert isinstance(scan(text, "wish", "beneficiary.alias"), list)
    assert isinstance(scan(text, "wish", "beneficiary.place"), list)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30).map("".join))
def test_texts_made_of_what_the_rules_look_for(text):
    check_spans(text)
    scan(text, "volunteer", "name")
