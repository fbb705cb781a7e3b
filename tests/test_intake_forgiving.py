"""The "提交心愿" form as a village worker fills it in: names instead of ids, an age instead of a
band, dropdowns made from program.yml (and a check that fails when the form is stale)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator.cli import main
from generator.intake.forms import FORMS
from generator.model.loader import load
from ops_helpers import ROOT, git, sample_repo

FORM = ".github/ISSUE_TEMPLATE/submit-wish.yml"


@pytest.fixture
def repo(tmp_path):
    root = sample_repo(tmp_path)
    (root / ".github/ISSUE_TEMPLATE").mkdir(parents=True)
    shutil.copy(ROOT / FORM, root / FORM)
    git(root, "add", "-A")
    git(root, "commit", "-qm", "form")
    return root


def form_fields(root: Path) -> dict:
    spec = yaml.safe_load((root / FORM).read_text(encoding="utf-8"))
    return {item["id"]: item for item in spec["body"] if "id" in item}


def body(answers: dict[str, str], root: Path = ROOT) -> str:
    """The issue body GitHub writes for these answers: one ``### label`` section per field."""
    labels = {item["id"]: item["attributes"]["label"] for item in form_fields(root).values()}
    parts = [f"### {labels[field]}\n\n{answers.get(field) or '_No response_'}" for field in labels]
    return "\n\n".join(parts)


ANSWERS = {
    "org": "马家驿村妇联",
    "title": "一个新书包",
    "story": "孩子的书包背带断了，想要一个结实的新书包。",
    "category": "助一学",
    "alias": "小海",
    "group": "留守儿童",
    "age_band": "8",
    "place": "白沙县黄泥镇",
    "slots": "1",
    "consent_by": "监护人（父母或其他监护人）",
    "consent": "- [X] 受助人本人（儿童由监护人）已在心愿卡上签字，同意在网站和公开的数据仓库中公开这个心愿；"
    "我知道这个议题一提交就是公开的。",
    "privacy": "- [X] 我没有写受助人的真实姓名、电话、身份证号或详细住址，也没有上传儿童照片。",
}


def intake(root: Path, tmp_path: Path, text: str, number: int = 30):
    event = tmp_path / "event.json"
    event.write_text(
        json.dumps(
            {
                "action": "opened",
                "issue": {
                    "number": number,
                    "body": text,
                    "user": {"login": "worker-gh"},
                    "labels": [{"name": "new-wish"}],
                },
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    reply, out = tmp_path / "reply.md", tmp_path / "out.json"
    result = CliRunner().invoke(
        main,
        [
            "intake",
            "--event",
            str(event),
            "--repo",
            str(root),
            "--reply",
            str(reply),
            "--output",
            str(out),
            "--today",
            "2026-11-23",
        ],
    )
    return result, reply.read_text(encoding="utf-8"), json.loads(out.read_text(encoding="utf-8"))


def written_wish(root: Path, out: dict) -> dict:
    [path] = out["paths"]
    record, problems = load(path, (root / path).read_bytes())
    assert not problems
    return record.data


def test_names_and_an_age_are_accepted_like_new_wish(repo, tmp_path):
    result, reply, out = intake(repo, tmp_path, body(ANSWERS))
    assert result.exit_code == 0, reply
    wish = written_wish(repo, out)
    assert wish["org"] == "majiayi-village" and wish["category"] == "study-aid"
    assert wish["beneficiary"]["group"] == "left-behind-child"
    assert wish["beneficiary"]["age_band"] == "6-11"
    assert "马家驿村妇联" in reply


@pytest.mark.parametrize(
    "field, typed, stored",
    [
        ("category", "study-aid", "study-aid"),
        ("category", "添一物", "add-an-item"),  # a short form of 我为困难群众添一物
        ("category", "我为困难群众添一物", "add-an-item"),  # what the dropdown sends
        ("group", "空巢老人", "elderly-alone"),
        ("age_band", "8岁", "6-11"),
        ("age_band", "12–17岁", "12-17"),
        ("age_band", "80-up", "80-up"),
        ("age_band", "93", "80-up"),
        ("org", "majiayi-village", "majiayi-village"),
    ],
)
def test_each_field_takes_an_id_a_name_or_an_age(repo, tmp_path, field, typed, stored):
    answers = {**ANSWERS, field: typed}
    if stored == "80-up":  # an adult band needs a group of adults (R410)
        answers["group"] = "空巢老人"
    result, reply, out = intake(repo, tmp_path, body(answers))
    assert result.exit_code == 0, reply
    wish = written_wish(repo, out)
    assert (wish["beneficiary"].get(field) if field in ("group", "age_band") else wish[field]) == stored


@pytest.mark.parametrize(
    "field, typed, says",
    [
        ("category", "助学", "没有类别 `助学`；可以写：我为困难群众添一物（add-an-item）、送一技"),
        ("group", "孤儿老人", "没有受助群体 `孤儿老人`"),
        ("age_band", "2010-05-01", "没有年龄段 `2010-05-01`"),
        ("age_band", "七十岁", "没有年龄段 `七十岁`；可以写：0–5岁（0-5）"),
        ("org", "黄泥镇", "没有编号或名称为 `黄泥镇` 的组织"),  # several organisations hold the name
        ("category", "@someone", "没有类别 `@someone`"),  # quoted as code: mentions no one
        ("group", "<b>x</b>", "“受助群体”不能包含网页代码"),  # never quoted back
    ],
)
def test_what_names_nothing_is_refused_with_the_choices(repo, tmp_path, field, typed, says):
    result, reply, out = intake(repo, tmp_path, body({**ANSWERS, field: typed}))
    assert result.exit_code == 1 and out["ok"] is False
    assert says in reply
    assert "<b>" not in reply
    assert git(repo, "status", "--porcelain") == ""


def test_a_nine_year_old_is_a_child_with_other_bands(repo, tmp_path):
    program = repo / "data/program.yml"
    text = program.read_text(encoding="utf-8")
    start, end = text.index("\nage_bands:") + 1, text.index("\ntime_limit_days:") + 1
    program.write_text(
        text[:start] + "age_bands:\n  - {id: 0-5, name: 0–5岁}\n  - {id: 6-17, name: 6–17岁}\n"
        "  - {id: 18-59, name: 18–59岁}\n  - {id: 60-up, name: 60岁以上}\n\n" + text[end:],
        encoding="utf-8",
    )
    for path in (repo / "data/wishes").rglob("*.yml"):
        path.unlink()
    result, reply, out = intake(repo, tmp_path, body({**ANSWERS, "age_band": "9"}))
    assert result.exit_code == 0, reply
    assert written_wish(repo, out)["beneficiary"]["age_band"] == "6-17"


def test_the_form_offers_the_programs_names_and_examples():
    fields = form_fields(ROOT)
    program = yaml.safe_load((ROOT / "data/program.yml").read_text(encoding="utf-8"))
    assert fields["category"]["type"] == "dropdown"
    assert fields["category"]["attributes"]["options"] == [c["name"] for c in program["categories"]]
    assert fields["group"]["attributes"]["options"] == [g["name"] for g in program["beneficiary_groups"]]
    age = fields["age_band"]["attributes"]["description"]
    assert "例如 8（会归入“6–11岁”）" in age and "80岁及以上（80-up）" in age
    org = fields["org"]["attributes"]["description"]
    assert "dongpo-village" in org and "黄泥镇东坡村妇联" in org
    labels = {item["attributes"]["label"]: key for key, item in fields.items()}
    assert labels == FORMS["wish"]


def forms(root: Path, *args: str):
    return CliRunner().invoke(main, ["forms", "--repo", str(root), *args])


def test_forms_check_fails_when_program_yml_changes_and_forms_fixes_it(repo):
    assert forms(repo, "--check").exit_code == 0
    program = repo / "data/program.yml"
    program.write_text(
        program.read_text(encoding="utf-8").replace(
            "  - {id: seriously-ill, name: 重病患者}\n",
            "  - {id: seriously-ill, name: 重病患者}\n  - {id: veteran, name: 退役军人}\n",
        ),
        encoding="utf-8",
    )
    stale = forms(repo, "--check")
    assert stale.exit_code == 1
    assert "已过期" in stale.output and "xinyuan forms" in stale.output
    fixed = forms(repo)
    assert fixed.exit_code == 0 and "已更新" in fixed.output
    assert "退役军人" in form_fields(repo)["group"]["attributes"]["options"]
    assert forms(repo, "--check").exit_code == 0


def test_forms_keeps_what_it_does_not_make(repo):
    """Fields and comments a program added by hand survive a regeneration."""
    path = repo / FORM
    text = path.read_text(encoding="utf-8").replace(
        "  - type: checkboxes\n",
        "  # 本项目自加的一项\n  - type: textarea\n    id: remark\n"
        "    attributes:\n      label: 备注\n  - type: checkboxes\n",
        1,
    )
    path.write_text(text.replace("一般是 1。", "一般是 1，最多 5。"), encoding="utf-8")
    (repo / "data/orgs/dongpo-village.yml").unlink()  # the example organisation is gone
    for wishes in (repo / "data/wishes/dongpo-village",):
        shutil.rmtree(wishes, ignore_errors=True)
    result = forms(repo)
    assert result.exit_code == 0, result.output
    after = path.read_text(encoding="utf-8")
    assert "# 本项目自加的一项" in after and "id: remark" in after and "最多 5。" in after
    assert "dongpo-village" not in after


def test_a_form_that_is_not_yaml_is_a_usage_error(repo):
    (repo / FORM).write_text("body: [\n", encoding="utf-8")
    result = forms(repo)
    assert result.exit_code == 2 and "不是有效的 YAML" in result.output
    assert "Traceback" not in result.output


def test_another_programs_form_has_its_own_choices_and_examples(tmp_path):
    from claims_repo import make_repo

    other = make_repo(tmp_path / "other").root
    (other / ".github/ISSUE_TEMPLATE").mkdir(parents=True)
    shutil.copy(ROOT / FORM, other / FORM)
    assert forms(other).exit_code == 0
    fields = form_fields(other)
    assert fields["category"]["attributes"]["options"] == ["添一物"]
    assert fields["group"]["attributes"]["options"] == ["空巢老人", "留守儿童"]
    assert "例如 8（会归入“6–11岁”）" in fields["age_band"]["attributes"]["description"]
    assert "例如“东村妇联”或 village-a" in fields["org"]["attributes"]["description"]
    assert "例如“示例县”" in fields["place"]["attributes"]["description"]
    text = (other / FORM).read_text(encoding="utf-8")
    for sample in ("dongpo", "白沙县", "助一学", "马家驿", "majiayi", "沅陵县", "80-up"):
        assert sample not in text


def test_any_text_in_the_named_fields_never_crashes(tmp_path_factory):
    """Whatever a person types into the organisation, category, group and age fields: a wish or
    a refusal, never a traceback, and nothing written on a refusal."""
    from hypothesis import HealthCheck, example, given, settings, strategies as st

    from claims_repo import make_repo
    from generator.intake import intake as run_intake
    from generator.model.sources import FileSource

    root = make_repo(tmp_path_factory.mktemp("never-crashes") / "repo").root
    answers = {**ANSWERS, "org": "village-a", "category": "添一物", "group": "空巢老人"}
    text = st.text(st.characters(codec="utf-8"), max_size=12) | st.sampled_from(
        ["²", "９", "8岁", "0", "-1", "1e3", "8.5", "null", "6-11", " 70-79 ", "空巢", "village"]
    )

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.sampled_from(["org", "category", "group", "age_band"]), text)
    @example("age_band", "²")  # str.isdigit() says yes, int() says no
    def check(field, typed):
        event = {
            "issue": {
                "number": 5,
                "body": body({**answers, field: typed}),
                "user": {"login": "worker-gh"},
                "labels": [{"name": "new-wish"}],
            }
        }
        outcome = run_intake(FileSource(root), event)
        assert outcome.ok or outcome.files == {}
        assert outcome.reply

    check()


def test_a_form_sent_while_program_yml_is_broken_gets_a_reply_not_a_crash(repo, tmp_path):
    program = repo / "data/program.yml"
    program.write_text(program.read_text(encoding="utf-8") + "\nname: [unclosed\n", encoding="utf-8")
    result, reply, out = intake(repo, tmp_path, body(ANSWERS))
    assert result.exit_code == 1 and out["ok"] is False
    assert "program.yml" in reply and "xinyuan validate" in reply
