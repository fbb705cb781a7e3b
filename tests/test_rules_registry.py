"""One registry of codes: every declared code has its rule module and documentation, nothing
can report an undeclared code, and every rule that validation reports has a case that makes it
fire (so a rule cannot silently stop working)."""

import re
from dataclasses import replace

import pytest

import test_rules_identity
import test_rules_lifecycle
import test_rules_photos
import test_rules_privacy
import test_rules_references
import test_rules_schema
import test_rules_yaml
import test_rules_consent
import test_hosting_filing
import test_rules_pairs
from generator.model.codes import Code
from generator.model.problems import Problem
from generator.rules import all_rules, registered, rule

VALIDATION_FAMILIES = {"yaml", "schema", "identity", "references", "lifecycle", "privacy"}
CASE_MODULES = [
    test_rules_yaml,
    test_rules_schema,
    test_rules_identity,
    test_rules_references,
    test_rules_lifecycle,
    test_rules_privacy,
    test_rules_consent,
    test_rules_photos,
    test_rules_pairs,
    test_hosting_filing,
]
SECTIONS = ("示例（出错）::", "示例（正确）::", "改法：")


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_rule_is_documented(rule):
    assert rule.summary and "改法：" in rule.doc, f"{rule.code}: say what it checks and how to fix it"
    assert re.fullmatch(r"[A-Z][1-9][0-9]{2}", rule.code)


def test_every_validation_rule_has_a_failing_case():
    covered = {case.code for module in CASE_MODULES for case in module.CASES}
    rules = {r.code for r in all_rules() if r.family in VALIDATION_FAMILIES}
    assert rules - covered == set()


def test_every_declared_code_has_exactly_one_rule_module():
    codes = [r.code for r in all_rules()]
    assert sorted(codes) == sorted(Code) and all(isinstance(c, Code) for c in codes)


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_rule_documentation_has_its_sections(rule):
    assert [s for s in SECTIONS if s not in rule.doc] == [], rule.doc
    assert re.search(r"[\u4e00-\u9fff]", rule.summary), rule.summary


def test_a_problem_with_an_undeclared_code_is_refused():
    with pytest.raises(ValueError, match="X999"):
        Problem("data/wishes/a/a-1.yml", 1, 1, "X999", "…")
    with pytest.raises(AttributeError):
        Code.L5O1  # noqa: B018  (a typo: letter O for zero)
    assert Problem("data/wishes/a/a-1.yml", 1, 1, "L501", "…").code is Code.L501


def test_the_registry_refuses_a_stray_a_doubled_or_a_missing_rule_module():
    rules = list(all_rules())
    with pytest.raises(RuntimeError, match=r"not declared \['Y199'\]"):
        registered(rules + [replace(rules[0], code="Y199")])
    with pytest.raises(RuntimeError, match=r"more than one module \['L501'\]"):
        registered(rules + [rule("L501")])
    with pytest.raises(RuntimeError, match=r"no module \['L501'\]"):
        registered([r for r in rules if r.code != "L501"])


def test_a_code_prints_sorts_and_serialises_as_its_text():
    import json

    problem = Problem("data/a.yml", 3, 5, Code.L501, "日期", "改")
    assert problem.as_text() == "data/a.yml:3:5: L501 日期 (改)"
    assert json.dumps(problem.as_dict(), ensure_ascii=False) == (
        '{"path": "data/a.yml", "line": 3, "column": 5, "code": "L501", "message": "日期", "hint": "改"}'
    )
    assert problem == Problem("data/a.yml", 3, 5, "L501", "日期", "改") and str(Code.L501) == "L501"


def test_codes_are_unique_and_numbered_by_family():
    rules = all_rules()
    assert len({r.code for r in rules}) == len(rules)
    for family in VALIDATION_FAMILIES:
        assert len({r.code[:2] for r in rules if r.family == family}) == 1, family
