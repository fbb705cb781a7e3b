"""`xinyuan consent` and `xinyuan erase` as a maintainer types them, on a copy of the sample
program in a real git repository; `--purge-history` checked with `git log -p --all`."""

import re
from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from generator.ops import erasure
from generator.model import schema
from generator.ops.yaml_edit import render
from generator.model.loader import load
from ops_helpers import GIT_ENV, diff, git, problems, sample_repo, untouched, wish_file, xinyuan


@pytest.fixture
def repo(tmp_path):
    return sample_repo(tmp_path)


def _drop_consent(repo, wish_id):
    path = wish_file(repo, wish_id)
    path.write_text(re.sub(r"(?m)^consent: .*\n", "", path.read_text(encoding="utf-8")), encoding="utf-8")
    git(repo, "commit", "-qam", f"{wish_id} without consent")


def test_consent_is_one_line_after_collected(repo):
    _drop_consent(repo, "dongpo-2026-010")
    result = xinyuan(repo, "consent", "dongpo-2026-010", "--by", "guardian", "--on", "2026-05-04")
    assert result.exit_code == 0, result.output
    assert "监护人同意公开" in result.output
    assert diff(repo) == ["+consent: {by: guardian, date: 2026-05-04, recorded_by: dongpo-village}"]
    lines = wish_file(repo, "dongpo-2026-010").read_text(encoding="utf-8").splitlines()
    assert lines[lines.index("collected: 2026-05-04") + 1].startswith("consent:")
    assert problems(repo) == []


@pytest.mark.parametrize(
    "args, message",
    [
        (["--by", "self", "--on", "2026-05-04"], "P632"),  # a child cannot consent alone
        (["--by", "guardian", "--on", "2026-05-20"], "P631"),  # after publication (2026-05-15)
        (["--by", "guardian", "--on", "2026-05-04", "--recorded-by", "lianhua-village"], "没有经手"),
        (["--by", "guardian", "--on", "2026-12-01"], "L509"),  # in the future
    ],
)
def test_wrong_consent_is_refused_and_nothing_written(repo, args, message):
    _drop_consent(repo, "dongpo-2026-010")
    result = xinyuan(repo, "consent", "dongpo-2026-010", *args)
    assert result.exit_code == 1, result.output
    assert message in result.output and "未修改任何文件" in result.output
    assert untouched(repo)


def test_consent_needs_by(repo):
    result = xinyuan(repo, "consent", "dongpo-2026-010")
    assert result.exit_code == 2 and "--by" in result.output


def _texts(repo, wish_id):
    text = wish_file(repo, wish_id).read_text(encoding="utf-8")
    found = re.findall(r"(?m)^(?:title|story): (.+)$|alias: ([^,}\n]+)|note: ([^,}\n]+)|^# (.+)$", text)
    return [t for group in found for t in group if t]


def test_erase_removes_every_text_and_keeps_the_facts(repo):
    before = wish_file(repo, "dongpo-2026-006").read_text(encoding="utf-8")
    texts = _texts(repo, "dongpo-2026-006")
    assert len(texts) == 6  # comment, title, story, alias, escalation and fulfilment notes
    result = xinyuan(repo, "erase", "dongpo-2026-006", "--reason", "本人撤回同意")
    assert result.exit_code == 0, result.output
    after = wish_file(repo, "dongpo-2026-006").read_text(encoding="utf-8")
    for text in texts:
        assert text not in after
    assert "#" not in after
    kept = [
        "id: dongpo-2026-006",
        "category: add-an-item",
        "org: dongpo-village",
        "slots: 1",
        "collected: 2026-03-02",
        "published: 2026-03-10",
        "group: disabled",
        "age_band: 40-59",
        "{volunteer: qxrcb-chengnan, date: 2026-03-15}",
        "{date: 2026-03-07, to: huangni-town}",
        "fulfilled: {date: 2026-03-27}",
        "consent: {by: self, date: 2026-03-02, recorded_by: dongpo-village}",
    ]
    for line in kept:
        assert line in after and line in before.replace(", note: 村里认领力量不足，报镇妇联", "").replace(
            ", note: 银行志愿者送来折叠轮椅，并帮忙把门槛改成了斜坡", ""
        )
    assert after.endswith("erased: {date: 2026-11-23, reason: 本人撤回同意}\n")
    assert problems(repo) == []


def test_erasing_an_open_wish_withdraws_it(repo):
    result = xinyuan(repo, "erase", "yangguang-2026-014", "--reason", "家属要求删除")
    assert result.exit_code == 0, result.output
    after = wish_file(repo, "yangguang-2026-014").read_text(encoding="utf-8")
    assert "withdrawn: {date: 2026-11-23, reason: 应本人或监护人要求删除}" in after
    assert "邹" not in after and problems(repo) == []


@pytest.mark.parametrize(
    "args, message",
    [
        (["erase", "dongpo-2026-006"], "--reason"),
        (["erase", "no-such-wish", "--reason", "x"], "没有编号"),
        (["erase", "dongpo-2026-006", "--reason", "x", "--on", "2026-03-01"], "早于征集日期"),
    ],
)
def test_erase_refusals_write_nothing(repo, args, message):
    result = xinyuan(repo, *args)
    assert result.exit_code == 1 and message in result.output, result.output
    assert untouched(repo)


def test_erasing_twice_points_at_the_purge(repo):
    assert xinyuan(repo, "erase", "dongpo-2026-006", "--reason", "本人撤回同意").exit_code == 0
    result = xinyuan(repo, "erase", "dongpo-2026-006", "--reason", "再删一次")
    assert result.exit_code == 1 and "--purge-history" in result.output


def test_purge_leaves_no_trace_in_any_commit(repo, monkeypatch):
    for key, value in GIT_ENV.items():
        monkeypatch.setenv(key, value)
    path = wish_file(repo, "dongpo-2026-006")
    relative = path.relative_to(repo).as_posix()
    # History with more than one version: an edited story on a side branch, a comment on main.
    git(repo, "checkout", "-qb", "side")
    path.write_text(path.read_text(encoding="utf-8").replace("韦叔几年前", "韦叔三年前"), encoding="utf-8")
    git(repo, "commit", "-qam", "Story of 韦叔: 一台轻便结实的轮椅")
    git(repo, "checkout", "-q", "-")
    path.write_text("# 韦叔家在坡上第二家\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    git(repo, "commit", "-qam", "comment")
    texts = _texts(repo, "dongpo-2026-006") + ["韦叔三年前"]
    history = git(repo, "log", "-p", "--all")
    assert all(t in history for t in texts)
    others = {p: p.read_bytes() for p in (repo / "data").rglob("*.yml") if p != path}

    result = xinyuan(repo, "erase", "dongpo-2026-006", "--reason", "本人撤回同意", "--purge-history")
    assert result.exit_code == 0, result.output
    assert "强制推送" in result.output and "CDN" in result.output
    history = git(repo, "log", "-p", "--all")
    for text in texts + ["韦叔"]:
        assert text not in history, text
    assert "erased: {date: 2026-11-23" in git(repo, "show", f"HEAD:{relative}")
    assert untouched(repo) and problems(repo) == []
    assert {p: p.read_bytes() for p in (repo / "data").rglob("*.yml") if p != path} == others
    # Run again: nothing left to find, nothing else changes.
    again = xinyuan(repo, "erase", "dongpo-2026-006", "--purge-history")
    assert again.exit_code == 0, again.output


def test_purge_refuses_a_dirty_work_tree(repo):
    program = repo / "data" / "program.yml"
    program.write_text(program.read_text(encoding="utf-8") + "# 未提交的修改\n", encoding="utf-8")
    result = xinyuan(repo, "erase", "dongpo-2026-006", "--reason", "x", "--purge-history")
    assert result.exit_code == 2 and "未提交的修改" in result.output
    assert "title:" in wish_file(repo, "dongpo-2026-006").read_text(encoding="utf-8")


# Characters no kept field (ids, dates, place, the fixed reasons) contains, mixed with YAML syntax.
PERSONAL = "心愿书包小海爷拐杖彭韦叔郭"
TEXT = st.text(alphabet=st.sampled_from(PERSONAL + "#：“”'\"{}[],:&*!|>%@` -\n\t"), min_size=1, max_size=40)


@settings(max_examples=150, deadline=None)
@given(title=TEXT, story=TEXT, alias=TEXT, note=TEXT, comment=TEXT.filter(lambda t: "\n" not in t))
def test_erasure_never_crashes_and_leaves_no_personal_character(title, story, alias, note, comment):
    record = {
        "id": "hill-2026-001",
        "title": title,
        "story": story,
        "category": "add-an-item",
        "beneficiary": {"alias": alias, "group": "left-behind-child", "age_band": "6-11", "place": "河县山镇"},
        "org": "hill-village",
        "slots": 1,
        "collected": date(2026, 3, 1),
        "consent": {"by": "guardian", "date": date(2026, 3, 1), "recorded_by": "hill-village"},
        "vetted": {"date": date(2026, 3, 5), "by": "hill-village"},
        "escalations": [{"date": date(2026, 3, 6), "to": "river-county", "note": note}],
        "published": date(2026, 3, 12),
        "claims": [{"volunteer": "teacher-lin", "date": date(2026, 3, 20)}],
        "fulfilled": {"date": date(2026, 4, 2), "note": note},
    }
    text = render(record, header=comment)
    after = erasure.erased_text(text, date(2026, 11, 20), "本人撤回同意")
    assert not set(PERSONAL) & set(after), after
    doc, problems = load("data/wishes/hill-village/hill-2026-001.yml", after.encode("utf-8"))
    assert problems == [] and schema.check(doc, "wish") == []
    assert doc.data["claims"] == [{"volunteer": "teacher-lin", "date": "2026-03-20"}]


def test_publishing_needs_consent_first(repo):
    _drop_consent(repo, "lianhua-2026-021")
    result = xinyuan(repo, "publish", "lianhua-2026-021")
    assert result.exit_code == 1 and "没有记录公开同意" in result.output and untouched(repo)
    assert xinyuan(repo, "consent", "lianhua-2026-021", "--by", "guardian", "--on", "2026-11-22").exit_code == 0
    early = xinyuan(repo, "publish", "lianhua-2026-021", "--on", "2026-11-21")
    assert early.exit_code == 1 and "早于同意日期" in early.output
    assert xinyuan(repo, "publish", "lianhua-2026-021", "--on", "2026-11-22").exit_code == 0
    assert problems(repo) == []


def test_purge_reports_text_left_in_another_file(repo, monkeypatch):
    for key, value in GIT_ENV.items():
        monkeypatch.setenv(key, value)
    story = re.search(r"(?m)^story: (.+)$", wish_file(repo, "dongpo-2026-006").read_text(encoding="utf-8"))[1]
    (repo / "notes.md").write_text(f"# 走访记录\n{story}\n", encoding="utf-8")
    git(repo, "add", "notes.md")
    git(repo, "commit", "-qm", "visit notes")
    result = xinyuan(repo, "erase", "dongpo-2026-006", "--reason", "本人撤回同意", "--purge-history")
    assert result.exit_code == 1
    assert "历史中仍能找到" in result.output and "notes.md" in result.output
    assert story not in git(repo, "log", "-p", "--all", "--", "data")


def test_no_consent_can_be_recorded_for_an_erased_wish(repo):
    assert xinyuan(repo, "erase", "dongpo-2026-006", "--reason", "本人撤回同意").exit_code == 0
    git(repo, "commit", "-qam", "erase")
    result = xinyuan(repo, "consent", "dongpo-2026-006", "--by", "self")
    assert result.exit_code == 1 and "已应要求删除" in result.output and untouched(repo)
