"""Names compared as a reader sees them (generator.model.display_names.folded): the look-alikes an
outside tester used to pass as another volunteer, an organisation, the program or a site label
(2026-12-02) read as the same name; different names stay different."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import REPO
from generator.model.display_names import folded
from generator.model.lookalike_forms import SKELETON, table
from generator.model.repository import load_repository
from generator.model.sources import FileSource

SAME = [
    ("郭经理", "郭經理"),  # traditional
    ("郭经理", "郭経理"),  # Japanese form
    ("云岭县桃溪乡妇联", "云岭县桃溪郷妇联"),
    ("天一户外志愿队", "天一戸外志愿队"),
    ("一位志愿者", "ー位志愿者"),  # katakana long vowel for 一
    ("一位志愿者", "㇐位志愿者"),
    ("一位志愿者", "ㅡ位志愿者"),
    ("一位志愿者", "─位志愿者"),  # box drawing
    ("一位志愿者", "ㄧ位志愿者"),  # bopomofo
    ("马大夫", "⻢大夫"),  # a radical
    ("白沙县黄泥镇妇联", "白沙県⻩泥镇妇联"),
    ("清溪建工第三项目部", "清溪建エ第三项目部"),
    ("清溪市妇女联合会", "清溪巿妇女聨合㑹"),
    ("清溪市妇女联合会", "淸溪市媍女联合会"),
    ("已认领", "巳认领"),
    ("已认领", "己认领"),
    ("无人认领", "旡人认领"),
    ("阿美", "阿羙"),
    ("阿美", "阿美\u17b4"),  # a character that shows nothing
    ("阿美", "阿美\u180b"),
    ("阿美", "阿\u0323美"),  # a combining mark
    ("阿美", "阿 美"),
    ("清溪市“微心愿”圆梦行动", "清溪市「微心愿」圆梦行动"),
    ("清溪市“微心愿”圆梦行动", "清溪市微心愿圆梦行动"),
    ("Lily", "LiIy"),  # capital I for l
    ("Lily", "L\u0456ly"),  # Cyrillic i
    ("Lily", "L\u03b9ly"),  # Greek iota
    ("Amy", "ＡＭＹ"),  # width and case
    # A second outside round, against this folding.
    ("一位志愿者", "—位志愿者"),  # a full-width dash
    ("天一户外志愿队", "天―户外志愿队"),
    ("已认领", "⺒认领"),  # a radical drawn as 巳, itself read as 已
    ("无人认领", "⺛人认领"),
    ("李鸟", "李⻦"),
]
DIFFERENT = [
    ("小李", "小季"),
    ("王芳", "王方"),
    ("阿美", "阿梅"),
    ("一中", "二中"),
    ("林老师", "林老帅"),
    ("Lily", "Lucy"),
    # Standard characters are written as meant: real names an earlier folding took for others.
    ("王芸", "王艺"),  # 芸 is the Japanese form of 艺's traditional 藝
    ("李予", "李豫"),
    ("李乾", "李干"),
    ("於梅", "于梅"),
    ("张丽鹂", "张丽鹃"),  # Unicode's table maps 鹃 to 鹂
    ("王士生", "王土生"),
    ("石门镇周浜村妇联", "石门镇周滨村妇联"),  # 浜 villages are common in Jiangnan
    ("沪东社区", "滤东社区"),
]


@pytest.mark.parametrize(("name", "lookalike"), SAME)
def test_a_lookalike_reads_as_the_name(name, lookalike):
    assert folded(lookalike) == folded(name)


@pytest.mark.parametrize(("name", "other"), DIFFERENT)
def test_different_names_stay_different(name, other):
    assert folded(name) != folded(other)


def test_the_sample_program_names_stay_apart():
    """Folding more must not make two real records' names one: no false alarms on the sample."""
    model = load_repository(FileSource(REPO)).model
    for names in ([v.name for v in model.volunteers.values()], [o.name for o in model.orgs.values()]):
        assert len({folded(n) for n in names}) == len(names), names


@given(st.text())
def test_folding_any_text_never_fails(text):
    assert isinstance(folded(text), str)


def test_the_table_is_made_from_unicode_confusables_lines():
    text = "# comment\n30FC ;\t30FC\t;\tMA\n31D0 ;\t30FC ;\tMA\t# ㇐ → ー\n0430 ;\t0061 ;\tMA\n2500 ;\t2014 ;\tMA\n"
    assert table(text) == "430:61 30fc:30fc 31d0:30fc"  # ─ → — kept out: a dash is no letter
    assert SKELETON["㇐"] == SKELETON["一"] == "ー"


def test_a_name_padded_with_a_symbol_that_draws_nothing_is_refused():
    from generator.model.display_names import name_problem

    assert "看不见" in name_problem("阿美\U0001d159")  # musical null notehead
