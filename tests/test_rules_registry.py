"""Every rule is documented where it lives, and every rule that validation reports has a case
that makes it fire (so a rule cannot silently stop working)."""

import re
from pathlib import Path

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
from generator.rules import all_rules

VALIDATION_FAMILIES = {"yaml", "schema", "identity", "references", "lifecycle", "privacy"}
CASE_MODULES = [test_rules_yaml, test_rules_schema, test_rules_identity, test_rules_references,
                test_rules_lifecycle, test_rules_privacy, test_rules_consent, test_rules_photos,
                test_rules_pairs, test_hosting_filing]
GENERATOR = Path(__file__).parent.parent / "generator"


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_rule_is_documented(rule):
    assert rule.summary and ("改法" in rule.doc or "Fix" in rule.doc), (
        f"{rule.code}: say what it checks and how to fix it")
    assert re.fullmatch(r"[A-Z][1-9][0-9]{2}", rule.code)


def test_every_validation_rule_has_a_failing_case():
    covered = {case.code for module in CASE_MODULES for case in module.CASES}
    rules = {r.code for r in all_rules() if r.family in VALIDATION_FAMILIES}
    assert rules - covered == set()


def test_every_code_the_code_reports_is_a_documented_rule():
    """A code written anywhere in the generator (``"L503"``) must have its rule module."""
    used = {m for path in GENERATOR.rglob("*.py")
            for m in re.findall(r'"([A-Z][1-9][0-9]{2})"', path.read_text(encoding="utf-8"))}
    assert used - {r.code for r in all_rules()} == set()


def test_codes_are_unique_and_numbered_by_family():
    rules = all_rules()
    assert len({r.code for r in rules}) == len(rules)
    for family in VALIDATION_FAMILIES:
        assert len({r.code[:2] for r in rules if r.family == family}) == 1, family
