"""Second round of outside attacks on the claim flow (issue 9 closed the first round).

Written from the interface only (README, --help, rules, schemas, workflows, forms, sample
data): each test is one attack by a stranger (a), a village maintainer (b) or someone filing an
issue form (c), run through the real CLI against a real git repository built from the sample
program, asserting the safe outcome: refused, or allowed but waiting for review, never a
traceback or exit status 2.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.rules import all_rules
from tests.claims_repo import GitRepo

ROOT = Path(__file__).resolve().parent.parent
TODAY = "2026-11-23"
REGISTERED = {r.code for r in all_rules()}  # every code a refusal may carry
OPEN_WISH = "data/wishes/dongpo-village/dongpo-2026-019.yml"  # auto, open, 1 slot
OPEN_WISH_2 = "data/wishes/dongpo-village/dongpo-2026-020.yml"
REVIEW_WISH = "data/wishes/lianhua-village/lianhua-2026-018.yml"  # claim_approval: review
STRANGER = "eve-outsider"
VILLAGE_ADMIN = "dongpo-cun-fl"  # maintains dongpo-village only


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(Path(sys.executable).parent / "xinyuan"), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT), "GITHUB_ACTIONS": ""},
    )


def sample_repo(tmp_path: Path, changes: dict[str, str | None] | None = None) -> GitRepo:
    """The sample program as main, optionally changed by a maintainer first."""
    repo = GitRepo(tmp_path / "repo")
    shutil.copytree(ROOT / "data", repo.root / "data")
    if changes:
        repo.write(changes)
    repo.commit("base")
    return repo


def attack(repo: GitRepo, edits, author: str, author_id: int | None = None) -> dict:
    """Commit ``edits`` on a branch and run check-pr as ``author``; return its summary."""
    repo.git("checkout", "-q", "-B", "attack", "main")
    edits(repo)
    head = repo.commit("attack")
    repo.git("checkout", "-q", "-f", "main")
    summary = repo.root.parent / "summary.json"
    comment = repo.root.parent / "comment.md"
    args = [
        "check-pr",
        "--repo",
        str(repo.root),
        "--base",
        "main",
        "--head",
        head,
        "--author",
        author,
        "--today",
        TODAY,
        "--summary-json",
        str(summary),
        "--comment",
        str(comment),
    ]
    if author_id is not None:
        args += ["--author-id", str(author_id)]
    done = run_cli(*args, cwd=repo.root.parent)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode in (0, 1), (done.returncode, done.stdout, done.stderr)
    result = json.loads(summary.read_text(encoding="utf-8"))
    assert {p["code"] for p in result["refusals"]} <= REGISTERED, result["refusals"]
    result["exit"] = done.returncode
    result["output"] = done.stdout + done.stderr
    result["comment"] = comment.read_text(encoding="utf-8") if comment.exists() else ""
    return result


def assert_not_auto(result: dict) -> None:
    """Refused, or allowed only after a person has looked."""
    assert (not result["allowed"]) or result["needs_review"], result


def assert_refused(result: dict) -> None:
    assert not result["allowed"] and result["exit"] == 1, result


def put(path: str, text: str | None):
    return lambda repo: repo.write({path: text})


def append(path: str, text: str):
    return lambda repo: repo.write({path: repo.read(path) + text})


def both(*edits):
    def run(repo):
        for edit in edits:
            edit(repo)

    return run


def volunteer(id: str, name: str, login: str | None, extra: str = "") -> str:
    github = f"github: {login}\n" if login else ""
    return f"id: {id}\nname: {name}\n{github}kind: person\njoined: 2026-11-20\n{extra}"


def claim_of(wish: str, vol: str, date: str = TODAY) -> str:
    return f"claims:\n  - {{volunteer: {vol}, date: {date}}}\n"


# --- the baseline: an honest claim merges by itself (so the refusals below mean something) --


def test_honest_first_claim_is_auto(tmp_path):
    repo = sample_repo(tmp_path)
    result = attack(
        repo,
        both(
            put("data/volunteers/eve.yml", volunteer("eve", "小夏", STRANGER)),
            append(OPEN_WISH, claim_of(OPEN_WISH, "eve")),
        ),
        STRANGER,
    )
    assert result["allowed"] and not result["needs_review"], result


# --- persona (a): a GitHub user who is not a maintainer --------------------------------------


def test_a_claim_on_review_org_waits(tmp_path):
    """lianhua-village says claim_approval: review: a stranger's claim must wait for a person."""
    repo = sample_repo(tmp_path)
    result = attack(
        repo,
        both(
            put("data/volunteers/eve.yml", volunteer("eve", "小夏", STRANGER)),
            append(REVIEW_WISH, claim_of(REVIEW_WISH, "eve")),
        ),
        STRANGER,
    )
    assert result["allowed"] and result["needs_review"], result


def test_a_second_record_with_login_in_other_case(tmp_path):
    """Two records for one account (logins are case-insensitive on GitHub) double the limits."""
    repo = sample_repo(tmp_path, {"data/volunteers/eve.yml": volunteer("eve", "小夏", STRANGER)})
    result = attack(
        repo, put("data/volunteers/eve-two.yml", volunteer("eve-two", "小夏二号", STRANGER.upper())), STRANGER
    )
    assert_not_auto(result)


def test_a_login_case_variant_inherits_nothing(tmp_path):
    """An account registered as Amei-QX after amei-qx (id recorded) was freed: no edit, no claim."""
    repo = sample_repo(
        tmp_path,
        {
            "data/volunteers/a-mei.yml": (ROOT / "data/volunteers/a-mei.yml").read_text(encoding="utf-8")
            + "github_id: 4000123\n"
        },
    )
    edit = put(
        "data/volunteers/a-mei.yml",
        (ROOT / "data/volunteers/a-mei.yml").read_text(encoding="utf-8").replace("阿美", "新阿美"),
    )
    assert_refused(attack(repo, edit, "Amei-QX", author_id=999999))
    claim = append(OPEN_WISH, claim_of(OPEN_WISH, "a-mei"))
    assert_refused(attack(repo, claim, "AMEI-QX", author_id=999999))


def test_a_maintainer_login_case_variant(tmp_path):
    """A freed maintainer login re-registered in other letter case does not act for the village."""
    org = (ROOT / "data/orgs/dongpo-village.yml").read_text(encoding="utf-8")
    repo = sample_repo(tmp_path, {"data/orgs/dongpo-village.yml": org + "maintainer_ids: {dongpo-cun-fl: 4000456}\n"})
    wish = (ROOT / OPEN_WISH).read_text(encoding="utf-8")
    edit = put(OPEN_WISH, wish.replace("一袋米和一桶油", "一台新电视"))
    assert_refused(attack(repo, edit, "Dongpo-Cun-FL", author_id=999999))


@pytest.mark.parametrize(
    "name",
    [
        "阿美",  # another volunteer's display name
        "郭经理",
        "郭經理",  # the same, in traditional characters
        "郭経理",  # in the Japanese form
        "阿美\u17b4",  # with a character that shows nothing
        "阿\u0323美",  # with a combining mark
        "阿羙",  # a variant a phone shows alike
    ],
)
def test_a_new_record_impersonates_a_volunteer(tmp_path, name):
    """A stranger shows up on the site under an existing volunteer's name: a person must look."""
    repo = sample_repo(tmp_path)
    result = attack(
        repo,
        both(
            put("data/volunteers/eve.yml", volunteer("eve", name, STRANGER)),
            append(OPEN_WISH, claim_of(OPEN_WISH, "eve")),
        ),
        STRANGER,
    )
    assert result["allowed"] and result["needs_review"], result
    reason = result["review_reasons"][0]
    assert (reason["code"], reason["path"], reason["line"]) == ("C741", "data/volunteers/eve.yml", 2)
    assert "C741" in result["comment"] and "审核" in result["comment"]


def test_a_distinct_name_and_an_unchanged_twin_stay_auto(tmp_path):
    """Controls: a name that only contains another's, and editing a record that already
    shares its name (main's data) without renaming it, merge by themselves."""
    repo = sample_repo(tmp_path, {"data/volunteers/eve.yml": volunteer("eve", "阿美", STRANGER)})
    result = attack(
        repo, put("data/volunteers/eve.yml", volunteer("eve", "阿美", STRANGER, "unit: 清溪一中\n")), STRANGER
    )
    assert result["allowed"] and not result["needs_review"], result
    repo = sample_repo(tmp_path / "two")
    result = attack(
        repo,
        both(
            put("data/volunteers/eve.yml", volunteer("eve", "阿美二号", STRANGER)),
            append(OPEN_WISH, claim_of(OPEN_WISH, "eve")),
        ),
        STRANGER,
    )
    assert result["allowed"] and not result["needs_review"], result


@pytest.mark.parametrize(
    "name",
    [
        "\u2f00位志愿者",  # KANGXI RADICAL ONE for 一: reads 一位志愿者
        "一位志愿\u2f7c",  # KANGXI RADICAL OLD (⽼) is not 者, control case below uses 者
        "一位志愿者\ufe0f",  # a variation selector: invisible
        "一位志愿者\U000e0001",  # a language tag: invisible
        "清溪市妇女联合\u2f2c",  # (⼬ is not 会) control
        "\u2f00位志愿者",
    ],
)
def test_a_name_lookalike_of_a_site_label(tmp_path, name):
    repo = sample_repo(tmp_path)
    result = attack(
        repo,
        both(
            put("data/volunteers/eve.yml", volunteer("eve", name, STRANGER)),
            append(OPEN_WISH, claim_of(OPEN_WISH, "eve")),
        ),
        STRANGER,
    )
    if name in ("一位志愿\u2f7c", "清溪市妇女联合\u2f2c"):
        return  # not equal to a label: only here to keep the cases honest
    assert_not_auto(result)


@pytest.mark.parametrize(
    "name",
    [
        "小李 138 0013 8000",
        "小李１３８００１３８０００",
        "小李\U0001d7ed\U0001d7f9\U0001d7f4\U0001d7ec\U0001d7ec\U0001d7ed\U0001d7f9\U0001d7f4"
        "\U0001d7ec\U0001d7ec\U0001d7ec",  # mathematical bold digits 13800138000
        "小李\u0661\u0663\u0668\u0660\u0660\u0661\u0663\u0668\u0660\u0660\u0660",  # Arabic-Indic
        "小李¹³⁸⁰⁰¹³⁸⁰⁰⁰",  # superscript digits
        "小李 1-3-8-0-0-1-3-8-0-0-0",
    ],
)
def test_a_phone_number_in_a_display_name(tmp_path, name):
    repo = sample_repo(tmp_path)
    result = attack(
        repo,
        both(
            put("data/volunteers/eve.yml", volunteer("eve", name, STRANGER)),
            append(OPEN_WISH, claim_of(OPEN_WISH, "eve")),
        ),
        STRANGER,
    )
    assert_refused(result)
    assert ("P601", "data/volunteers/eve.yml", 2) in {(p["code"], p["path"], p["line"]) for p in result["refusals"]}, (
        result
    )


def test_a_phone_number_in_a_record_comment(tmp_path):
    repo = sample_repo(tmp_path)
    record = "# 有事请打 138 0013 8000\n" + volunteer("eve", "小夏", STRANGER)
    result = attack(
        repo, both(put("data/volunteers/eve.yml", record), append(OPEN_WISH, claim_of(OPEN_WISH, "eve"))), STRANGER
    )
    assert_refused(result)


def test_a_claim_for_a_phone_volunteer(tmp_path):
    """A record without github is claimed for only by maintainers."""
    repo = sample_repo(tmp_path, {"data/volunteers/lao-zhou.yml": volunteer("lao-zhou", "老周", None)})
    assert_refused(attack(repo, append(OPEN_WISH, claim_of(OPEN_WISH, "lao-zhou")), STRANGER))


def test_a_takes_over_a_phone_volunteer(tmp_path):
    repo = sample_repo(tmp_path, {"data/volunteers/lao-zhou.yml": volunteer("lao-zhou", "老周", None)})
    edit = put("data/volunteers/lao-zhou.yml", volunteer("lao-zhou", "老周", STRANGER))
    assert_refused(attack(repo, edit, STRANGER))


def test_a_record_with_someone_elses_id(tmp_path):
    repo = sample_repo(tmp_path)
    record = volunteer("eve", "小夏", STRANGER, "github_id: 4000999\n")
    assert_refused(attack(repo, put("data/volunteers/eve.yml", record), STRANGER, author_id=5))


def test_a_claim_line_variants(tmp_path):
    """Claim lines that carry more than a claim: quoting, a comment, an extra key."""
    repo = sample_repo(tmp_path, {"data/volunteers/eve.yml": volunteer("eve", "小夏", STRANGER)})
    for line in (
        f"claims:\n  - {{volunteer: eve, date: {TODAY}}}  # 电话 138 0013 8000\n",
        f"claims:\n  - {{volunteer: 'eve', date: {TODAY}}}\n",
        f"claims:\n  - {{volunteer: eve, date: {TODAY}, note: 找我}}\n",
        f"claims:\n  - volunteer: eve\n    date: {TODAY}\n",
        f"claims:\n  - {{volunteer: eve, date: {TODAY}}}\n# 心愿已过期\n",
        f"claims:\n  - {{volunteer: eve, date: {TODAY}}}\n  - {{volunteer: eve, date: {TODAY}}}\n",
        "claims:\n  - {volunteer: eve, date: 2099-01-01}\n",
        "claims:\n  - {volunteer: eve, date: 2026-11-01}\n",  # before it was published
    ):
        assert_not_auto(attack(repo, append(OPEN_WISH, line), STRANGER))


def test_a_claim_on_a_wish_with_no_final_newline(tmp_path):
    """Main's file lacks its final newline: the claim glued onto published must not pass."""
    wish = (ROOT / OPEN_WISH).read_text(encoding="utf-8").rstrip("\n")
    repo = sample_repo(tmp_path, {OPEN_WISH: wish, "data/volunteers/eve.yml": volunteer("eve", "小夏", STRANGER)})
    edit = put(OPEN_WISH, wish + f"\nclaims:\n  - {{volunteer: eve, date: {TODAY}}}\n")
    result = attack(repo, edit, STRANGER)
    assert result["exit"] in (0, 1)  # never a crash; either outcome is honest here


# --- persona (b): the maintainer of dongpo-village ------------------------------------------


def test_b_changes_own_claim_approval(tmp_path):
    org = (ROOT / "data/orgs/lianhua-village.yml").read_text(encoding="utf-8")
    edit = put("data/orgs/lianhua-village.yml", org.replace("claim_approval: review", "claim_approval: auto"))
    assert_refused(attack(sample_repo(tmp_path), edit, "lianhua-cun-fl"))


def test_b_reparents_a_sibling(tmp_path):
    org = (ROOT / "data/orgs/liutang-village.yml").read_text(encoding="utf-8")
    edit = put("data/orgs/liutang-village.yml", org.replace("huangni-town", "dongpo-village"))
    assert_refused(attack(sample_repo(tmp_path), edit, VILLAGE_ADMIN))


def test_b_new_org_below_with_higher_level(tmp_path):
    """A 'city' under a village: the tier names what the site and escalation believe."""
    org = (
        "id: dongpo-city\nname: 清溪市第二妇女联合会\nlevel: city\nparent: dongpo-village\n"
        "place: 清溪市\nmaintainers: [dongpo-cun-fl]\nclaim_approval: auto\n"
    )
    result = attack(sample_repo(tmp_path), put("data/orgs/dongpo-city.yml", org), VILLAGE_ADMIN)
    assert_refused(result)
    assert [(p["code"], p["line"]) for p in result["refusals"]] == [("C743", 3)], result


def test_b_new_unit_below_own_village_is_allowed(tmp_path):
    """Control: a service station under my village, with a name of its own."""
    org = (
        "id: dongpo-station\nname: 东坡村志愿服务站\nlevel: unit\nparent: dongpo-village\n"
        "place: 白沙县黄泥镇\nmaintainers: [dongpo-cun-fl]\nclaim_approval: auto\n"
    )
    result = attack(sample_repo(tmp_path), put("data/orgs/dongpo-station.yml", org), VILLAGE_ADMIN)
    assert result["allowed"], result


@pytest.mark.parametrize(
    "name",
    [
        "清溪市妇女联合会",
        "白沙县黄泥镇妇联",
        "清溪市“微心愿”圆梦行动",
        "清溪微心愿",  # the program's short name
        "清溪巿妇女聨合㑹",  # look-alike characters
        "白沙県⻩泥镇妇联",  # a Japanese form and a radical
        "清溪市妇女联合会\u180b",  # a character that shows nothing
        "清溪市「微心愿」圆梦行动",
    ],
)
def test_b_new_org_below_named_like_another(tmp_path, name):
    """A sub-organisation under my village named like the city federation or my township."""
    org = (
        f"id: dongpo-team\nname: {name}\nlevel: unit\nparent: dongpo-village\n"
        "place: 白沙县黄泥镇\nmaintainers: [dongpo-cun-fl]\nclaim_approval: auto\n"
    )
    result = attack(sample_repo(tmp_path), put("data/orgs/dongpo-team.yml", org), VILLAGE_ADMIN)
    assert_refused(result)
    assert [(p["code"], p["line"]) for p in result["refusals"]] == [("C742", 2)], result


def test_b_moves_own_wish_into_a_neighbour(tmp_path):
    wish = (ROOT / OPEN_WISH).read_text(encoding="utf-8")
    target = "data/wishes/liutang-village/dongpo-2026-019.yml"
    edit = both(put(OPEN_WISH, None), put(target, wish.replace("org: dongpo-village", "org: liutang-village")))
    assert_refused(attack(sample_repo(tmp_path), edit, VILLAGE_ADMIN))


def test_b_edits_a_phone_volunteer_of_another_village(tmp_path):
    repo = sample_repo(tmp_path, {"data/volunteers/lao-zhou.yml": volunteer("lao-zhou", "老周", None)})
    edit = put("data/volunteers/lao-zhou.yml", volunteer("lao-zhou", "老周（已退出）", None))
    assert_refused(attack(repo, edit, VILLAGE_ADMIN))


def test_b_claims_for_a_github_volunteer(tmp_path):
    """A maintainer writes a claim for a volunteer who has a login: only they may claim."""
    result = attack(sample_repo(tmp_path), append(OPEN_WISH, claim_of(OPEN_WISH, "a-mei")), VILLAGE_ADMIN)
    assert result["exit"] in (0, 1)  # recording claims is the maintainer's job: either is fine


@pytest.mark.parametrize(
    "path",
    [
        "data/wishes/dongpo-village/a/b/c/x.yml",
        "data/wishes/x.yml",
        "data/orgs/dongpo-village/x.yml",
        "data/volunteers/sub/x.yml",
    ],
)
def test_b_odd_paths(tmp_path, path):
    wish = (ROOT / OPEN_WISH).read_text(encoding="utf-8").replace("dongpo-2026-019", "x")
    assert_refused(attack(sample_repo(tmp_path), put(path, wish), VILLAGE_ADMIN))


# --- shapes of the tree: never a crash ---------------------------------------------------


def _replace_tree_entry(path: str, make_dir: bool):
    def edit(repo):
        target = repo.root / path
        if target.is_dir():
            shutil.rmtree(target)
        else:
            target.unlink()
        if make_dir:
            (target / "x.yml").parent.mkdir(parents=True)
            (target / "x.yml").write_text("id: x\n", encoding="utf-8")
        else:
            target.write_text("id: x\n", encoding="utf-8")

    return edit


@pytest.mark.parametrize(
    "path,make_dir",
    [
        ("data/program.yml", True),
        ("data/wishes/dongpo-village", False),
        ("data/orgs", False),
        ("data/volunteers", False),
        ("data", False),
    ],
)
def test_tree_shapes_never_crash(tmp_path, path, make_dir):
    result = attack(sample_repo(tmp_path), _replace_tree_entry(path, make_dir), STRANGER)
    assert_refused(result)


def test_unrelated_history_is_refused_not_exit_2(tmp_path):
    repo = sample_repo(tmp_path)
    repo.git("checkout", "-q", "--orphan", "orphan")
    repo.write({"data/volunteers/eve.yml": volunteer("eve", "小夏", STRANGER)})
    head = repo.commit("orphan")
    repo.git("checkout", "-q", "-f", "main")
    done = run_cli(
        "check-pr",
        "--repo",
        str(repo.root),
        "--base",
        "main",
        "--head",
        head,
        "--author",
        STRANGER,
        "--today",
        TODAY,
        cwd=tmp_path,
    )
    assert "Traceback" not in done.stderr
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    assert "C740" in done.stdout and "没有共同的历史" in done.stdout


def test_conflicting_claim_is_refused_not_exit_2(tmp_path):
    """Main moved on and now conflicts with the pull request."""
    repo = sample_repo(tmp_path, {"data/volunteers/eve.yml": volunteer("eve", "小夏", STRANGER)})
    repo.git("checkout", "-q", "-B", "pr", "main")
    repo.write({OPEN_WISH: repo.read(OPEN_WISH) + claim_of(OPEN_WISH, "eve")})
    head = repo.commit("pr")
    repo.git("checkout", "-q", "-f", "main")
    repo.write({OPEN_WISH: repo.read(OPEN_WISH) + claim_of(OPEN_WISH, "a-mei")})
    repo.commit("a-mei claims")
    done = run_cli(
        "check-pr",
        "--repo",
        str(repo.root),
        "--base",
        "main",
        "--head",
        head,
        "--author",
        STRANGER,
        "--today",
        TODAY,
        cwd=tmp_path,
    )
    assert "Traceback" not in done.stderr
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)


# --- persona (c): the issue forms -------------------------------------------------------------


def claim_event(
    login: str,
    wish: str,
    name: str = "_No response_",
    unit: str = "_No response_",
    number: int = 41,
    user_id: int = 7001,
) -> dict:
    body = (
        f"### 心愿编号\n\n{wish}\n\n### 显示的名字\n\n{name}\n\n### 所在单位\n\n{unit}\n\n"
        f"### 认领身份\n\n个人\n\n### 承诺与同意\n\n"
        f"- [X] 我会在期限内圆梦；我同意网站公开显示我填写的名字和这次认领。\n"
    )
    return {
        "action": "opened",
        "issue": {
            "number": number,
            "title": "认领心愿：" + wish,
            "body": body,
            "user": {"login": login, "id": user_id, "type": "User"},
            "labels": [{"name": "claim"}],
        },
    }


def run_intake(repo: GitRepo, event: dict) -> tuple[subprocess.CompletedProcess, dict, str]:
    path = repo.root.parent / "event.json"
    path.write_text(json.dumps(event, ensure_ascii=False), encoding="utf-8")
    out, reply = repo.root.parent / "intake.json", repo.root.parent / "reply.md"
    done = run_cli(
        "intake",
        "--event",
        str(path),
        "--repo",
        str(repo.root),
        "--reply",
        str(reply),
        "--output",
        str(out),
        "--today",
        TODAY,
        cwd=repo.root.parent,
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode in (0, 1), (done.returncode, done.stdout, done.stderr)
    result = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    return done, result, reply.read_text(encoding="utf-8") if reply.exists() else ""


def intake_then_check(repo: GitRepo, event: dict) -> dict | None:
    """Run intake on main's checkout, commit what it wrote, check it as the issue's author."""
    repo.git("checkout", "-q", "-B", "intake", "main")
    before = {p: (repo.root / p).read_bytes() for p in repo.git("ls-files").splitlines()}
    done, result, reply = run_intake(repo, event)
    if done.returncode:
        repo.git("checkout", "-q", "-f", "main")
        repo.git("clean", "-fdq")
        return None
    head = repo.commit("intake")
    repo.git("checkout", "-q", "-f", "main")
    summary = repo.root.parent / "summary.json"
    run = run_cli(
        "check-pr",
        "--repo",
        str(repo.root),
        "--base",
        "main",
        "--head",
        head,
        "--author",
        event["issue"]["user"]["login"],
        "--author-id",
        str(event["issue"]["user"]["id"]),
        "--today",
        TODAY,
        "--summary-json",
        str(summary),
        cwd=repo.root.parent,
    )
    assert "Traceback" not in run.stderr, run.stderr
    assert run.returncode in (0, 1), (run.returncode, run.stdout, run.stderr)
    return {
        "summary": json.loads(summary.read_text(encoding="utf-8")),
        "paths": result["paths"],
        "before": before,
        "repo": repo,
        "head": head,
    }


@pytest.mark.parametrize("login", ["a-mei", "zhao-ayi", "A-Mei"])
def test_c_login_equal_to_an_existing_record_id(tmp_path, login):
    """A new account named like an existing record's id files the claim form: that record is
    someone else's and must come out unchanged (or the claim must not merge by itself)."""
    repo = sample_repo(tmp_path)
    wish_id = Path(OPEN_WISH).stem
    checked = intake_then_check(repo, claim_event(login, wish_id, name="新来的"))
    if checked is None:
        return  # refused with a reply: safe
    record = f"data/volunteers/{login.lower()}.yml"
    changed = repo.git("show", checked["head"] + ":" + record)
    original = (ROOT / record).read_text(encoding="utf-8")
    assert changed == original.rstrip("\n") or not (
        checked["summary"]["allowed"] and not checked["summary"]["needs_review"]
    )


def test_c_login_equal_to_a_phone_volunteer_id(tmp_path):
    repo = sample_repo(tmp_path, {"data/volunteers/lao-zhou.yml": volunteer("lao-zhou", "老周", None)})
    checked = intake_then_check(repo, claim_event("lao-zhou", Path(OPEN_WISH).stem, name="老周"))
    if checked is None:
        return
    summary = checked["summary"]
    assert not summary["allowed"] or summary["needs_review"], summary


@pytest.mark.parametrize("name", ["阿美", "阿美\u17b4", "郭経理", "郭經理"])
def test_c_form_name_impersonates_a_volunteer(tmp_path, name):
    """Through the claim form, as most volunteers come: a name that reads as another volunteer's."""
    repo = sample_repo(tmp_path)
    checked = intake_then_check(repo, claim_event("eve-outsider", Path(OPEN_WISH).stem, name=name))
    if checked is None:
        return
    summary = checked["summary"]
    assert not summary["allowed"] or summary["needs_review"], summary


@pytest.mark.parametrize("name", ["\u2f00位志愿者", "一位志愿者\ufe0f", "ー位志愿者", "—位志愿者", "⺒认领"])
def test_c_form_name_lookalike_label(tmp_path, name):
    repo = sample_repo(tmp_path)
    checked = intake_then_check(repo, claim_event("eve-outsider", Path(OPEN_WISH).stem, name=name))
    if checked is None:
        return
    summary = checked["summary"]
    assert not summary["allowed"] or summary["needs_review"], summary


def test_c_claim_on_review_org_through_form(tmp_path):
    repo = sample_repo(tmp_path)
    checked = intake_then_check(repo, claim_event("eve-outsider", Path(REVIEW_WISH).stem, name="小夏"))
    assert checked is not None
    assert checked["summary"]["allowed"] and checked["summary"]["needs_review"]


def _event_variants():
    good = claim_event("eve-outsider", Path(OPEN_WISH).stem, name="小夏")
    issue = good["issue"]
    yield "no user id", {**good, "issue": {**issue, "user": {"login": "eve-outsider"}}}
    yield "id as text", {**good, "issue": {**issue, "user": {"login": "eve-outsider", "id": "7001"}}}
    yield "id negative", {**good, "issue": {**issue, "user": {"login": "eve-outsider", "id": -1}}}
    yield "id huge", {**good, "issue": {**issue, "user": {"login": "eve-outsider", "id": 10**40}}}
    yield "id float", {**good, "issue": {**issue, "user": {"login": "eve-outsider", "id": 7001.0}}}
    yield "id bool", {**good, "issue": {**issue, "user": {"login": "eve-outsider", "id": True}}}
    yield "no user", {**good, "issue": {k: v for k, v in issue.items() if k != "user"}}
    yield "login empty", {**good, "issue": {**issue, "user": {"login": "", "id": 7001}}}
    yield "login odd", {**good, "issue": {**issue, "user": {"login": "eve\nx: 1", "id": 7001}}}
    yield "login list", {**good, "issue": {**issue, "user": {"login": ["a"], "id": 7001}}}
    yield "labels strings", {**good, "issue": {**issue, "labels": ["claim"]}}
    yield "labels null", {**good, "issue": {**issue, "labels": None}}
    yield "labels both", {**good, "issue": {**issue, "labels": [{"name": "claim"}, {"name": "new-wish"}]}}
    yield "label no name", {**good, "issue": {**issue, "labels": [{}]}}
    yield "body null", {**good, "issue": {**issue, "body": None}}
    yield "body number", {**good, "issue": {**issue, "body": 12}}
    yield "number text", {**good, "issue": {**issue, "number": "41; rm -rf /"}}
    yield "number missing", {**good, "issue": {k: v for k, v in issue.items() if k != "number"}}
    yield "number float", {**good, "issue": {**issue, "number": 41.5}}
    yield "issue list", {**good, "issue": [issue]}
    yield "event list", [good]
    yield (
        "bot author",
        {**good, "issue": {**issue, "user": {"login": "github-actions[bot]", "id": 41898282, "type": "Bot"}}},
    )


@pytest.mark.parametrize("label,event", list(_event_variants()), ids=[label for label, _ in _event_variants()])
def test_c_hostile_event_shapes_never_crash(tmp_path, label, event):
    """The event file is GitHub's, but intake must not trust its shape: a result or a reply,
    never exit 2 with nothing posted, never a traceback, never a record for a bad login."""
    repo = sample_repo(tmp_path)
    done, result, reply = run_intake(repo, event)  # asserts exit 0/1 and no traceback
    if label in ("login empty", "login odd", "login list", "no user", "bot author"):
        written = "\n".join(result.get("paths", []))
        assert "volunteers/" not in written or done.returncode == 1, (label, result)
    if done.returncode == 0 and label.startswith("id "):
        # an id that is not GitHub's positive integer is left out, never written as given
        record = (repo.root / "data/volunteers/eve-outsider.yml").read_text(encoding="utf-8")
        assert "github_id" not in record or "github_id: 7001\n" in record, record


def test_a_renames_own_record_to_another_volunteer(tmp_path):
    repo = sample_repo(tmp_path, {"data/volunteers/eve.yml": volunteer("eve", "小夏", STRANGER)})
    result = attack(repo, put("data/volunteers/eve.yml", volunteer("eve", "郭 经理", STRANGER)), STRANGER)
    assert result["allowed"] and result["needs_review"], result
    assert [r["code"] for r in result["review_reasons"]] == ["C741"]


def test_b_registers_a_phone_volunteer_named_like_another(tmp_path):
    result = attack(
        sample_repo(tmp_path), put("data/volunteers/lao-a.yml", volunteer("lao-a", "阿美", None)), VILLAGE_ADMIN
    )
    assert result["allowed"] and result["needs_review"], result


def test_a_claim_on_a_review_village_wish_passed_up(tmp_path):
    """lianhua-village reviews its claims (children's wishes: the volunteer is phoned first).
    Its wish passed up to the township must not lose that check."""
    wish = (
        (ROOT / REVIEW_WISH)
        .read_text(encoding="utf-8")
        .replace(
            "published: 2026-11-03", "escalations:\n  - {date: 2026-11-01, to: shimen-town}\npublished: 2026-11-03"
        )
    )
    repo = sample_repo(tmp_path, {REVIEW_WISH: wish, "data/volunteers/eve.yml": volunteer("eve", "小夏", STRANGER)})
    result = attack(repo, append(REVIEW_WISH, claim_of(REVIEW_WISH, "eve")), STRANGER)
    assert result["allowed"] and result["needs_review"], result


def test_a_comment_that_hangs_the_privacy_scan(tmp_path):
    """A letter run before an "@" and a long dotted tail, as a comment in one's own new record
    (every line of a record is scanned). Before the fix this took about half an hour; the
    subprocess timeout in run_cli (300 s) only keeps a regression from hanging the suite."""
    payload = "# " + "a" * 120000 + "@" + "b." * 60000 + "\n"
    record = payload + volunteer("eve", "小夏", STRANGER)
    result = attack(sample_repo(tmp_path), put("data/volunteers/eve.yml", record), STRANGER)
    assert result["exit"] in (0, 1)


def test_b_old_odd_tier_blocks_no_other_edit(tmp_path):
    """Main already holds a sub-organisation above its parent's tier (added by a top
    maintainer): its maintainer may still edit its description; moving it up is refused."""
    odd = (
        "id: dongpo-hub\nname: 东坡片区服务中心\nlevel: township\nparent: dongpo-village\n"
        "place: 白沙县黄泥镇\nmaintainers: [dongpo-cun-fl]\nclaim_approval: auto\n"
    )
    repo = sample_repo(tmp_path, {"data/orgs/dongpo-hub.yml": odd})
    result = attack(repo, put("data/orgs/dongpo-hub.yml", odd + "description: 片区的服务中心。\n"), VILLAGE_ADMIN)
    assert result["allowed"], result
    result = attack(repo, put("data/orgs/dongpo-hub.yml", odd.replace("township", "county")), VILLAGE_ADMIN)
    assert [p["code"] for p in result["refusals"]] == ["C743"], result


def test_b_new_org_named_in_traditional_characters(tmp_path):
    """清溪市婦女聯合會 reads as the program's women's federation to anyone: not auto-merged."""
    org = (
        "id: dongpo-team\nname: 清溪市婦女聯合會\nlevel: unit\nparent: dongpo-village\n"
        "place: 白沙县黄泥镇\nmaintainers: [dongpo-cun-fl]\nclaim_approval: auto\n"
    )
    result = attack(sample_repo(tmp_path), put("data/orgs/dongpo-team.yml", org), VILLAGE_ADMIN)
    assert_not_auto(result)


@pytest.mark.parametrize(
    "path",
    [
        "data/README.md",
        "data/wishes/dongpo-village/README.md",
        "data/wishes/dongpo-village/.gitkeep",
        "data/orgs/.gitkeep",
    ],
)
def test_a_notes_beside_the_records(tmp_path, path):
    """The names data/ allows besides records carry text too: a stranger's is not auto-merged."""
    text = "有事联系 138 0013 8000，[点这里](https://example.invalid/)\n"
    assert_not_auto(attack(sample_repo(tmp_path), put(path, text), STRANGER))


def test_a_record_joined_in_the_future(tmp_path):
    record = volunteer("eve", "小夏", STRANGER).replace("joined: 2026-11-20", "joined: 2030-01-01")
    result = attack(sample_repo(tmp_path), put("data/volunteers/eve.yml", record), STRANGER)
    assert_refused(result)
    assert [(p["code"], p["line"]) for p in result["refusals"]] == [("C744", 5)], result
    today = volunteer("eve", "小夏", STRANGER).replace("joined: 2026-11-20", f"joined: {TODAY}")
    assert attack(sample_repo(tmp_path / "b"), put("data/volunteers/eve.yml", today), STRANGER)["allowed"]
