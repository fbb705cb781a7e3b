"""xinyuan pair, duty and unpair on a copy of the sample program: the new pair validates, a duty
adds one line and keeps the file's comments, refusals write nothing."""

import pytest

from ops_helpers import diff, git, problems, sample_repo, xinyuan

NEW_PAIR = [
    "pair",
    "liu-mama",
    "--org",
    "majiayi-village",
    "--alias",
    "小芽",
    "--group",
    "留守儿童",
    "--age-band",
    "8",
    "--place",
    "云岭县石门镇",
    "--consent",
    "guardian",
    "--on",
    "2026-11-02",
]


@pytest.fixture
def repo(tmp_path):
    return sample_repo(tmp_path)


def _made(repo) -> str:
    """The one new pair file's path, committed so that later edits show as a diff."""
    new = [line for line in git(repo, "status", "--porcelain", "-uall").splitlines() if "data/pairs/" in line]
    assert len(new) == 1, new
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "pair")
    return new[0].split()[-1]


def test_pair_writes_a_valid_record_with_ids_for_names(repo):
    result = xinyuan(repo, *NEW_PAIR)
    assert result.exit_code == 0, result.output
    path = _made(repo)
    assert path.startswith("data/pairs/majiayi-village/majiayi-pair-2026-")
    text = (repo / path).read_text(encoding="utf-8")
    assert "group: left-behind-child" in text and "age_band: 6-11" in text
    assert "consent: {by: guardian, date: 2026-11-02, recorded_by: majiayi-village}" in text
    assert "started: 2026-11-02" in text
    assert problems(repo) == []


def test_duty_appends_one_line_and_keeps_comments(repo):
    assert xinyuan(repo, *NEW_PAIR).exit_code == 0
    path = _made(repo)
    before = (repo / path).read_text(encoding="utf-8")
    result = xinyuan(repo, "duty", path.rsplit("/", 1)[1][:-4], "上门家访", "--on", "2026-11-20", "--note", "辅导作业")
    assert result.exit_code == 0, result.output
    assert diff(repo) == ["+duties:", "+  - {date: 2026-11-20, kind: home-visit, note: 辅导作业}"]
    assert (repo / path).read_text(encoding="utf-8").startswith(before.split("\n", 1)[0])  # header comment kept


def test_unpair_then_no_more_duties(repo):
    assert xinyuan(repo, *NEW_PAIR).exit_code == 0
    pair_id = _made(repo).rsplit("/", 1)[1][:-4]
    result = xinyuan(repo, "unpair", pair_id, "--reason", "孩子随父母外出读书", "--on", "2026-11-10")
    assert result.exit_code == 0, result.output
    assert diff(repo) == ["+ended: {date: 2026-11-10, reason: 孩子随父母外出读书}"]
    git(repo, "commit", "-qam", "ended")
    refused = xinyuan(repo, "duty", pair_id, "letter", "--on", "2026-11-20")
    assert refused.exit_code == 1 and "已于 2026-11-10 结束" in refused.output
    assert diff(repo) == []


@pytest.mark.parametrize(
    "args, message",
    [
        (["duty", "nope-pair-2026-001", "letter"], "没有编号为"),
        (["pair", "nobody", *NEW_PAIR[2:]], "没有志愿者"),
        ([*NEW_PAIR[:7], "外星人", *NEW_PAIR[8:]], "没有人群"),
    ],
)
def test_refusals_write_nothing(repo, args, message):
    result = xinyuan(repo, *args)
    assert result.exit_code == 1 and message in result.output, result.output
    assert git(repo, "status", "--porcelain", "-uall") == ""


def test_a_phone_number_in_a_duty_note_is_refused_by_validation(repo):
    assert xinyuan(repo, *NEW_PAIR).exit_code == 0
    pair_id = _made(repo).rsplit("/", 1)[1][:-4]
    result = xinyuan(repo, "duty", pair_id, "letter", "--note", "妈妈电话13800138000")
    assert result.exit_code == 1 and "P601" in result.output
    assert diff(repo) == []


def test_full_name_alias_is_refused(repo):
    args = list(NEW_PAIR)
    args[args.index("小芽")] = "王建华"
    result = xinyuan(repo, *args)
    assert result.exit_code == 1 and "P651" in result.output
    assert git(repo, "status", "--porcelain", "-uall") == ""


def _pr(repo, author: str, edit) -> "object":
    """A pull request by ``author`` on a branch that makes ``edit``; check-pr's result."""
    assert xinyuan(repo, *NEW_PAIR).exit_code == 0
    path = _made(repo)
    git(repo, "checkout", "-qb", "pr")
    edit(repo / path)
    git(repo, "commit", "-qam", "pr")
    return xinyuan(repo, "check-pr", "--base", "master", "--head", "pr", "--author", author)


def _add_visit(path):
    path.write_text(
        path.read_text(encoding="utf-8") + "duties:\n  - {date: 2026-11-20, kind: home-visit}\n", encoding="utf-8"
    )


@pytest.fixture
def main_branch(repo):
    git(repo, "branch", "-M", "master")
    return repo


def test_check_pr_refuses_a_volunteer_editing_their_own_pair(main_branch):
    # liu-mama is the paired volunteer, and still may not log her own duties by pull request.
    result = _pr(main_branch, "liumama-xinxin", _add_visit)
    assert result.exit_code == 1, result.output
    assert "C705" in result.output and "结对记录只能由结对组织" in result.output


def test_check_pr_allows_the_pair_organisations_maintainer(main_branch):
    result = _pr(main_branch, "majiayi-cun-fl", _add_visit)
    assert result.exit_code == 0, result.output


def test_check_pr_refuses_a_maintainer_of_another_village(main_branch):
    result = _pr(main_branch, "dongpo-cun-fl", _add_visit)
    assert result.exit_code == 1 and "C705" in result.output, result.output


def test_check_pr_refuses_moving_a_pair_to_an_organisation_out_of_reach(main_branch):
    def move(path):
        path.write_text(
            path.read_text(encoding="utf-8").replace("org: majiayi-village", "org: dongpo-village"), encoding="utf-8"
        )

    result = _pr(main_branch, "majiayi-cun-fl", move)
    assert result.exit_code == 1 and "dongpo-village" in result.output, result.output


def test_publishing_a_paired_childs_wish_dispatches_it_to_the_paired_volunteer(repo):
    result = xinyuan(repo, "publish", "qingshan-2026-018", "--on", "2026-11-23")
    assert result.exit_code == 0, result.output
    assert diff(repo) == [
        "+published: 2026-11-23",
        "+claims:",
        "+  - {volunteer: peng-mama, date: 2026-11-23, dispatched_by: qingshan-village}",
    ]
    assert "先派给结对志愿者 peng-mama" in result.output
    assert problems(repo) == []


def test_a_program_may_put_paired_wishes_straight_on_the_list(repo):
    program = repo / "data" / "program.yml"
    program.write_text(
        program.read_text(encoding="utf-8").replace("wish_duty: wish}", "wish_duty: wish, offer_first: false}"),
        encoding="utf-8",
    )
    git(repo, "commit", "-qam", "no offer")
    assert xinyuan(repo, "publish", "qingshan-2026-018", "--on", "2026-11-23").exit_code == 0
    assert diff(repo) == ["+published: 2026-11-23"]


def test_a_wish_of_an_ended_pair_goes_on_the_list(repo):
    pair = repo / "data" / "pairs" / "qingshan-village" / "qingshan-pair-2026-004.yml"
    pair.write_text(
        pair.read_text(encoding="utf-8") + "ended: {date: 2026-11-20, reason: 孩子转学到县城}\n", encoding="utf-8"
    )
    git(repo, "commit", "-qam", "ended")
    assert xinyuan(repo, "publish", "qingshan-2026-018", "--on", "2026-11-23").exit_code == 0
    assert diff(repo) == ["+published: 2026-11-23"]


@pytest.mark.parametrize("command", ["pair", "duty", "unpair"])
def test_the_help_example_runs_on_the_sample(repo, command):
    import shlex
    from generator.cli import main
    from click.testing import CliRunner

    help_text = CliRunner().invoke(main, [command, "--help"]).output
    example = help_text.split("例：", 1)[1].split("\n\n", 1)[0].replace("\\\n", " ")
    result = xinyuan(repo, *shlex.split(example)[1:])
    assert result.exit_code == 0, example + "\n" + result.output


def test_new_wish_for_a_paired_child_takes_the_child_from_the_pair(repo):
    result = xinyuan(
        repo,
        "new",
        "wish",
        "--org",
        "qingshan-village",
        "--pair",
        "qingshan-pair-2026-001",
        "--title",
        "一盒水彩笔",
        "--story",
        "朵朵喜欢画画，想要一盒水彩笔。",
        "--category",
        "助一学",
        "--consent",
        "guardian",
        "--on",
        "2026-11-22",
    )
    assert result.exit_code == 0, result.output
    new = [line.split()[-1] for line in git(repo, "status", "--porcelain", "-uall").splitlines()]
    text = (repo / new[0]).read_text(encoding="utf-8")
    assert "pair: qingshan-pair-2026-001" in text and "alias: 朵朵" in text and "place: 云岭县桃溪乡" in text
    assert problems(repo) == []
