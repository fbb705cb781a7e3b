"""The byte-level rule (C715) on any text: claim lines inserted are allowed, any other byte is not,
and no input makes it crash."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.policy.bytes import extra_bytes

BASE = (
    "id: va-002\ntitle: 一根拐杖\nslots: 2\nvetted: {date: 2026-03-05, by: village-a}\n"
    "published: 2026-04-01\nclaims:\n  - {volunteer: vol-two, date: 2026-04-10}\n"
)
CLAIM = "  - {volunteer: vol-one, date: 2026-04-30}\n"


def test_claim_lines_inserted_in_the_claims_block_are_allowed():
    assert extra_bytes(BASE, BASE + CLAIM) is None
    assert extra_bytes(BASE, BASE.replace("claims:\n", "claims:\n" + CLAIM)) is None
    no_claims = BASE.split("claims:")[0]
    assert extra_bytes(no_claims, no_claims + "claims:\n" + CLAIM) is None
    assert extra_bytes(no_claims + "claims: []\n", no_claims + "claims:\n" + CLAIM) is None
    assert extra_bytes(BASE.replace("\n", "\r\n"), (BASE + CLAIM).replace("\n", "\r\n")) is None


def test_everything_else_is_named():
    assert extra_bytes(BASE, BASE + CLAIM.replace("\n", "  # 积分\n")) == (8, "加了注释")
    assert extra_bytes(BASE, "\ufeff" + BASE)[1] == "文件开头加了字节顺序标记（BOM）"
    assert extra_bytes(BASE, BASE.replace("\n", "\r\n"))[1] == "换行符变了（CRLF 与 LF）"
    assert extra_bytes(BASE, BASE + CLAIM.replace("\n", "\r\n")) == (
        8,
        "改动了认领行以外的内容（包括引号、顺序和空格）",
    )
    assert extra_bytes(BASE, BASE.replace("slots: 2\n", "slots: 2 \n"))[1] == "行尾的空格变了"
    assert extra_bytes(BASE, BASE + "claims: []\n")[1] == "认领写成了 [ ] 形式"
    assert extra_bytes(BASE, BASE + "claims:\n" + CLAIM)[0] == 8  # a second claims: key


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.text(max_size=300))
def test_never_crashes_and_only_claim_lines_pass(base, head):
    found = extra_bytes(base, head)
    if found is None:
        added = set(head.splitlines()) - set(base.splitlines())
        assert all(line == "claims:" or line.lstrip(" ").startswith("- {volunteer: ") for line in added)
    else:
        line, why = found
        assert line >= 1 and why


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=BASE.count("\n")), st.text(min_size=1, max_size=20))
def test_any_other_insertion_is_refused(at, extra):
    lines = BASE.splitlines(keepends=True)
    head = "".join(lines[:at]) + extra + "".join(lines[at:])
    if extra.strip(" \n") and not extra.startswith(("- {volunteer", "  - {volunteer", "claims:")):
        assert extra_bytes(BASE, head) is not None
