"""The sample program shipped in data/: clean, complete, and every file guarded."""

from collections import Counter

import pytest

from generator.model.records import Status
from generator.program.stats import figures
from helpers import SAMPLE, TODAY, MemorySource, problems_of

SOURCE = MemorySource.of(SAMPLE)
PATHS = [path for path in SOURCE.paths() if path.endswith(".yml")]  # records (photos: test_rules_photos)


def test_sample_program_validates_clean():
    assert problems_of(SOURCE) == []


def test_sample_program_covers_every_state_and_pattern():
    from generator.rules.runner import validate

    model = validate(SOURCE, TODAY)[0].model
    wishes = list(model.wishes.values())
    states = Counter(w.status(TODAY) for w in wishes)
    assert len(wishes) >= 60 and len(model.volunteers) >= 15 and len(model.orgs) >= 12
    assert all(states[s] for s in Status), states
    assert states[Status.OPEN] >= 10
    assert any(w.slots > 1 and len(w.active_claims) > 1 for w in wishes)  # N+1
    claims_per_volunteer = Counter(c.volunteer for w in wishes for c in w.active_claims)
    assert max(claims_per_volunteer.values()) > 1  # 1+N
    assert any(c.dispatched_by for w in wishes for c in w.claims)  # dispatch
    assert any(len(w.escalations) >= 2 for w in wishes)  # two tiers
    assert any(c.released for w in wishes for c in w.claims)
    assert any(w.campaign == "childrens-day-2026" for w in wishes)
    kinds = {model.program.categories[w.category].extra["kind"] for w in wishes}
    assert kinds == {"material", "service"}
    assert {v.kind for v in model.volunteers.values()} == {"person", "team", "unit"}
    assert figures(wishes, TODAY).fulfilment_rate


def _last_line(raw: bytes) -> int:
    return raw.decode().rstrip("\n").count("\n") + 2


PLANTS = {
    "P601": "# 联系电话 13800138000\n",
    "P603": "# 身份证 11010519491231002X\n",
}


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("code", sorted(PLANTS))
def test_planted_personal_data_fails_at_its_line(path, code):
    raw = SOURCE.read(path)
    found = problems_of(SOURCE.changed({path: raw + PLANTS[code].encode()}))
    assert [(p.path, p.line, p.code) for p in found] == [(path, _last_line(raw), code)]


@pytest.mark.parametrize("path", PATHS)
def test_planted_duplicate_key_fails_at_its_line(path):
    raw = SOURCE.read(path)
    first_line = (
        raw.decode().splitlines()[0]
        if not raw.startswith(b"#")
        else next(line for line in raw.decode().splitlines() if line and not line.startswith("#"))
    )
    found = problems_of(SOURCE.changed({path: raw + (first_line + "\n").encode()}))
    assert [(p.path, p.line, p.column, p.code) for p in found] == [(path, _last_line(raw), 1, "Y102")]
