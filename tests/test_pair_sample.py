"""The sample program runs pairings in one county (Yunling): a few dozen pairs, duties done,
a couple falling behind, one ended, and the whole sample still validates with no problem."""

from datetime import date

from helpers import SAMPLE, MemorySource, problems_of
from generator.model.repository import load_repository

TODAY = date(2026, 11, 23)


def _model():
    return load_repository(MemorySource.of(SAMPLE), TODAY).model


def test_sample_validates_with_its_pairs():
    assert [p.as_text() for p in problems_of(MemorySource.of(SAMPLE))] == []


def test_one_county_runs_a_few_dozen_pairs():
    model = _model()
    assert 24 <= len(model.pairs) <= 60
    counties = {
        next(a for a in [p.org, *model.ancestors(p.org)] if model.orgs[a].level == "county")
        for p in model.pairs.values()
    }
    assert counties == {"yunling-wf"}
    assert sum(len(p.duties) for p in model.pairs.values()) > 100
    assert [p.id for p in model.pairs.values() if p.ended] == ["shuikou-pair-2026-003"]


def test_a_wish_fulfilled_through_the_pair_counts_as_its_wish_duty():
    from generator.program import pair_stats

    model = _model()
    through = pair_stats.wishes_fulfilled(model, 2026)
    assert through == {"qingshan-pair-2026-005": 1}
    pair = model.pairs["qingshan-pair-2026-005"]
    assert pair.done(2026)["wish"] == 0  # not logged by hand ...
    assert pair_stats.done(pair, model.program.pairing, 2026, through)["wish"] == 1  # ... but counted


def test_codeowners_send_pair_changes_to_the_pair_organisations_maintainers():
    from generator.policy import codeowners

    text = codeowners.render(_model())
    assert "/data/pairs/majiayi-village/ @majiayi-cun-fl @shimen-fulian @yunling-wf-admin" in text
    assert (SAMPLE / ".github" / "CODEOWNERS").read_text(encoding="utf-8") == text  # kept in step
