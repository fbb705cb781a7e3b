"""The rule documentation people read (``xinyuan rules``, the site's /rules/ page) is Chinese."""

import re

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.rules import all_rules
from sitetext import article, article_text, page

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_rule_documentation_is_chinese(rule):
    assert CJK.search(rule.summary), rule.summary
    assert "改法：" in rule.doc
    assert not re.search(r"^(Fix|Why|FAIL|PASS)\b", rule.doc, re.M), rule.doc


def test_xinyuan_rules_shows_a_rule_in_chinese():
    result = CliRunner().invoke(main, ["rules", "L501"])
    assert result.exit_code == 0
    assert "心愿经历的日期顺序不对" in result.output and "改法：" in result.output


def test_a_wrapped_chinese_paragraph_reads_as_one_line():
    rule = next(r for r in all_rules() if r.code == "S204")
    assert "日期（``2027/3/1``" in rule.summary and "\n" not in rule.summary


def test_the_rules_page_is_chinese(sample_site):
    text = article_text(page(sample_site, "rules"))
    assert "（英文）" not in text
    for heading in (
        "YAML 格式（Y1xx）",
        "字段（S2xx）",
        "编号与文件（I3xx）",
        "引用（R4xx）",
        "流程（L5xx）",
        "隐私（P6xx）",
        "认领申请（C7xx）",
    ):
        assert heading in text
    assert "心愿经历的日期顺序不对。" in text and "改法：改正写错的日期" in text
    assert "Fix:" not in text
    html = article(page(sample_site, "rules"))
    assert "<code>minors: true</code>" in html and "``" not in html


def test_code_spans_escape_everything_else():
    from generator.site.render import code_spans

    assert str(code_spans("写 ``<b>`` 或 <i>x</i>")) == "写 <code>&lt;b&gt;</code> 或 &lt;i&gt;x&lt;/i&gt;"
