"""`xinyuan init`: a new program's repository, from the first command to a claim merged by policy.

The whole path runs the installed `xinyuan` command in a real git repository: init with flags and
an organisation tree from an .xlsx made here with openpyxl, a wish added, consented, vetted and
published, a real MkDocs build, and a volunteer's claim pull request checked by `check-pr`
between two real commits.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from click.testing import CliRunner

from generator.cli import main
from ops_helpers import GIT_ENV, git

TODAY = "2026-12-02"
XINYUAN = Path(sys.executable).with_name("xinyuan")
FLAGS = [
    "--name",
    "怀化市“微心愿”圆梦行动",
    "--short-name",
    "怀化微心愿",
    "--site-url",
    "https://xinyuan.example.cn",
    "--repo-url",
    "https://github.com/example/huaihua-xinyuan",
    "--categories",
    "huaihua",
    "--org-id",
    "huaihua-wf",
    "--org-name",
    "怀化市妇女联合会",
    "--org-level",
    "city",
    "--org-place",
    "怀化市",
    "--maintainer",
    "hh-admin",
    "--today",
    TODAY,
    "--xinyuan",
    "xinyuan @ git+https://git.example.cn/wf/xinyuan@v0.1.0",
]
HEADERS = ["名称", "编号", "上级", "层级", "地点", "管理员"]
TREE = [
    ["沅陵县妇联", "yuanling-wf", "", "县", "怀化市沅陵县", "yl-admin"],
    ["马底驿乡妇联", "madiyi-town", "沅陵县妇联", "乡镇", "沅陵县马底驿乡", "@mdy-admin, mdy-deputy"],
    ["马家驿村妇联", "majiayi-village", "madiyi-town", "村", "沅陵县马底驿乡", ""],  # run by those above
    ["城南社区", "chengnan-community", "yuanling-wf", "社区", "沅陵县城南街道", "cn-admin"],
]
SAMPLE_TRACES = ("清溪", "qingxi", "majiayi-2026", "example.org", "yunling", "shimen")


def run(cwd: Path, *args: str, ok: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run([str(XINYUAN), *args], cwd=cwd, env=GIT_ENV, capture_output=True, text=True)
    if ok:
        assert result.returncode == 0, result.stdout + result.stderr
    return result


def sheet(path: Path, rows: list[list], headers: list[str] = HEADERS) -> Path:
    book = openpyxl.Workbook()
    book.active.append(headers)
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_whole_path_from_init_to_claim(tmp_path):
    program = tmp_path / "huaihua-xinyuan"
    orgs = sheet(tmp_path / "组织.xlsx", TREE)
    out = run(tmp_path, "init", str(program), *FLAGS, "--orgs", str(orgs))
    assert "5 个组织" in out.stdout
    assert (program / ".git").is_dir()

    # What it wrote: the program from the answers, the tree, the template's files; no sample data.
    settings = yaml.safe_load((program / "data/program.yml").read_text(encoding="utf-8"))
    assert settings["name"] == "怀化市“微心愿”圆梦行动" and settings["site_url"] == "https://xinyuan.example.cn/"
    assert [c["name"] for c in settings["categories"]][:3] == ["我为困难群众添一物", "送一技", "送一院"]
    assert {g["id"] for g in settings["beneficiary_groups"] if g.get("minors")} == {
        "left-behind-child",
        "de-facto-orphan",
    }
    village = yaml.safe_load((program / "data/orgs/majiayi-village.yml").read_text(encoding="utf-8"))
    assert village["parent"] == "madiyi-town" and village["level"] == "village" and "maintainers" not in village
    town = yaml.safe_load((program / "data/orgs/madiyi-town.yml").read_text(encoding="utf-8"))
    assert town["parent"] == "yuanling-wf" and town["maintainers"] == ["mdy-admin", "mdy-deputy"]
    assert yaml.safe_load((program / "data/orgs/yuanling-wf.yml").read_text(encoding="utf-8"))["parent"] == "huaihua-wf"
    for name in ("validate", "claim", "deploy", "intake", "remind"):
        assert (program / f".github/workflows/{name}.yml").is_file()
    for name in ("claim.sh", "intake.sh", "main-health.sh"):
        assert os.access(program / f".github/scripts/{name}", os.X_OK)
    codeowners_text = (program / ".github/CODEOWNERS").read_text(encoding="utf-8")
    assert "/data/wishes/majiayi-village/ @mdy-admin @mdy-deputy @yl-admin @hh-admin" in codeowners_text
    form = (program / ".github/ISSUE_TEMPLATE/submit-wish.yml").read_text(encoding="utf-8")
    assert "马家驿村妇联" in form and "陪一程" in form
    assert list((program / "data").rglob("*.yml")) and not list((program / "data/wishes").rglob("*.yml"))
    for path in program.rglob("*"):
        if path.is_file() and ".git" not in path.parts:
            text = path.read_text(encoding="utf-8")
            leaked = [t for t in SAMPLE_TRACES if t in text]
            assert not leaked, f"{path.relative_to(program)} still holds the sample program's {leaked}"
    assert "custom_dir" not in (program / "mkdocs.yml").read_text(encoding="utf-8")
    assert 'dependencies = ["xinyuan @ git+https://' in (program / "pyproject.toml").read_text(encoding="utf-8")

    # It validates as it is, and the checks the validate workflow runs pass.
    validated = run(program, "validate", "--today", TODAY)
    assert "没有发现问题" in validated.stdout + validated.stderr
    run(program, "codeowners", "--check")
    run(program, "forms", "--check")
    git(program, "add", "-A")
    git(program, "commit", "-qm", "start the program")

    # A village worker registers a wish; consent, vetting and publication follow.
    common = ["--repo", str(program), "--today", TODAY]
    run(
        program,
        "new",
        "wish",
        "--org",
        "majiayi-village",
        "--title",
        "一个带卡通图案的书包",
        "--story",
        "小海的旧书包背带断了，用绳子系着上学。",
        "--category",
        "助一学",
        "--alias",
        "小海",
        "--group",
        "留守儿童",
        "--age-band",
        "9",
        "--place",
        "沅陵县马底驿乡",
        "--consent",
        "guardian",
        "--on",
        "2026-11-28",
        *common,
    )
    wish = next((program / "data/wishes/majiayi-village").glob("*.yml"))
    wish_id = wish.stem
    assert wish_id == "majiayi-2026-001"
    # The signed consent form came back two days later: recorded on that day.
    run(program, "consent", wish_id, "--by", "guardian", "--on", "2026-11-30", *common)
    assert "consent: {by: guardian, date: 2026-11-30, recorded_by: majiayi-village}" in wish.read_text(encoding="utf-8")
    run(program, "vet", wish_id, *common)
    run(program, "publish", wish_id, *common)
    git(program, "add", "-A")
    git(program, "commit", "-qm", "publish the first wish")

    # A real MkDocs build: the wish has its page, the site carries the program's name and theme.
    run(program, "build", "--today", TODAY, "--quiet")
    page = (program / f"site/wishes/{wish_id}/index.html").read_text(encoding="utf-8")
    assert "一个带卡通图案的书包" in page and "小海" in page
    home = (program / "site/index.html").read_text(encoding="utf-8")
    assert '<meta property="og:site_name" content="怀化微心愿">' in home
    assert (program / "site/assets/stylesheets/xinyuan.css").is_file()
    assert (program / "site/guide/setup/index.html").is_file()  # the maintainer's guide
    assert not (program / "docs").exists()  # read from the package, not copied
    assert git(program, "status", "--porcelain") == ""  # site/ and the rendered docs are ignored

    # A volunteer's claim pull request: their own record and one appended claim line.
    base = git(program, "branch", "--show-current").strip()
    git(program, "checkout", "-qb", "claim")
    run(program, "new", "volunteer", "liu-laoshi", "--name", "刘老师", "--github", "liu-laoshi-gh", *common)
    run(program, "claim", wish_id, "liu-laoshi", *common)
    git(program, "add", "-A")
    git(program, "commit", "-qm", "claim")
    checked = run(
        program, "check-pr", "--base", base, "--head", "claim", "--author", "liu-laoshi-gh", "--today", TODAY, ok=False
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    stranger = run(
        program, "check-pr", "--base", base, "--head", "claim", "--author", "someone-else", "--today", TODAY, ok=False
    )
    assert stranger.returncode == 1 and "C70" in stranger.stdout + stranger.stderr


def init(tmp_path, *args, input=None):
    return CliRunner().invoke(main, ["init", *args], input=input)


def test_every_bad_row_is_reported_by_row_and_column_and_nothing_is_written(tmp_path):
    rows = [
        ["沅陵县妇联", "yuanling-wf", "", "县", "怀化市沅陵县", "yl-admin"],  # row 2: good
        ["马底驿乡妇联", "马底驿", "沅陵县妇联", "乡镇", "沅陵县马底驿乡", ""],  # row 3: id
        ["城南社区", "yuanling-wf", "", "社区", "沅陵县", ""],  # row 4: duplicate
        ["二酉乡妇联", "eryou-town", "沅陵县妇女联合会", "乡镇", "沅陵县二酉乡", ""],  # row 5: parent
        ["借母溪村", "jiemuxi-village", "eryou-town", "组", "沅陵县", ""],  # row 6: level
        ["筲箕湾镇", "shaojiwan-town", "yuanling-wf", "镇", "", "ok, 坏 账号"],  # row 7: place, login
        ["官庄镇", "guanzhuang-town", "yuanling-wf", "镇", "沅陵县官庄镇 13812345678", ""],  # row 8: phone
    ]
    result = init(tmp_path, str(tmp_path / "new"), *FLAGS, "--orgs", str(sheet(tmp_path / "组织.xlsx", rows)))
    assert result.exit_code == 1, result.output
    said = result.output
    for expected in (
        "第 3 行，“编号”列",
        "第 4 行，“编号”列：编号“yuanling-wf”与第 2 行重复",
        "第 5 行，“上级”列：没有叫“沅陵县妇女联合会”的组织；是不是“沅陵县妇联”？",
        "第 6 行，“层级”列：不认识的层级“组”",
        "第 7 行，“地点”列：不能为空",
        "第 7 行，“管理员”列",
        "第 8 行，“地点”列：P601",
    ):
        assert expected in said
    assert "第 2 行" not in said.replace("与第 2 行重复", "")
    assert "一行都没有写入" in said
    assert not (tmp_path / "new").exists()


def test_headers_are_checked_before_the_rows(tmp_path):
    bad = sheet(tmp_path / "组织.xlsx", [["沅陵县妇联", "yuanling-wf", "县"]], headers=["名称", "编号", "级别啊"])
    result = init(tmp_path, str(tmp_path / "new"), *FLAGS, "--orgs", str(bad))
    assert result.exit_code == 1
    assert "表头，“级别啊”列：不认识这一列" in result.output
    assert "表头：缺少“层级”列" in result.output and "表头：缺少“地点”列" in result.output
    assert not (tmp_path / "new").exists()


def test_a_loop_in_the_tree_is_reported_at_its_rows(tmp_path):
    rows = [["甲镇", "jia-town", "乙镇", "乡镇", "沅陵县", ""], ["乙镇", "yi-town", "jia-town", "乡镇", "沅陵县", ""]]
    result = init(tmp_path, str(tmp_path / "new"), *FLAGS, "--orgs", str(sheet(tmp_path / "组织.xlsx", rows)))
    assert result.exit_code == 1
    assert "R407" in result.output and "表格第 2 行" in result.output
    assert not (tmp_path / "new").exists()


@pytest.mark.parametrize("make", ["file", "folder"])
def test_refuses_a_directory_that_is_not_empty(tmp_path, make):
    target = tmp_path / "existing"
    if make == "file":
        target.write_text("x", encoding="utf-8")
    else:
        (target / "data").mkdir(parents=True)
        (target / "data" / "keep.txt").write_text("mine", encoding="utf-8")
    result = init(tmp_path, str(target), *FLAGS)
    assert result.exit_code == 2
    assert "已存在且不是空目录" in result.output and "不会覆盖" in result.output
    assert (
        (target.read_text(encoding="utf-8") == "x")
        if make == "file"
        else [p.name for p in target.rglob("*")] == ["data", "keep.txt"]
    )


def test_an_empty_clone_is_used_as_it_is(tmp_path):
    clone = tmp_path / "clone"
    clone.mkdir()
    git(clone, "init", "-q")
    result = init(tmp_path, str(clone), *FLAGS)
    assert result.exit_code == 0, result.output
    assert (clone / "data/program.yml").is_file() and git(clone, "status", "--porcelain").strip()


def test_an_empty_directory_is_used(tmp_path):
    (tmp_path / "empty").mkdir()
    result = init(tmp_path, str(tmp_path / "empty"), *FLAGS, "--no-git")
    assert result.exit_code == 0, result.output
    pyproject = (tmp_path / "empty/pyproject.toml").read_text(encoding="utf-8")
    assert 'dependencies = ["xinyuan @ git+https://git.example.cn/wf/xinyuan@v0.1.0"]' in pyproject
    assert (tmp_path / "empty/data/program.yml").is_file() and not (tmp_path / "empty/.git").exists()


def test_asks_in_chinese_for_what_the_flags_do_not_give_and_asks_again_after_a_bad_answer(tmp_path):
    answers = "\n".join(
        [
            "星城“微心愿”",
            "",
            "ftp://nope",
            "https://wish.example.cn/xy",
            "https://git.example.cn/wf/xy",
            "chuanhui",
            "星城 妇联",
            "xingcheng-wf",
            "星城市妇联",
            "",
            "星城市",
            "@xc-admin, xc-two",
            "xinyuan==0.1.0",
            "xinyuan @ git+https://git.example.cn/wf/xinyuan@v0.1.0",
            "",
        ]
    )
    result = init(tmp_path, str(tmp_path / "new"), "--no-git", "--today", TODAY, input=answers)
    assert result.exit_code == 0, result.output
    for question in (
        "项目全称",
        "简称（网站标题）",
        "公开网站的地址",
        "心愿分类",
        "最上级组织的编号",
        "最上级组织的管理员",
    ):
        assert question in result.output
    assert "不是网址" in result.output and "不能作编号" in result.output  # asked again, not stopped
    assert "工作流从哪里安装 xinyuan" in result.output and "抢注" in result.output
    settings = yaml.safe_load((tmp_path / "new/data/program.yml").read_text(encoding="utf-8"))
    assert settings["short_name"] == "星城“微心愿”" and settings["site_url"] == "https://wish.example.cn/xy/"
    assert len(settings["categories"]) == 8 and settings["categories"][1]["name"] == "法律援助"
    top = yaml.safe_load((tmp_path / "new/data/orgs/xingcheng-wf.yml").read_text(encoding="utf-8"))
    assert top["level"] == "city" and top["maintainers"] == ["xc-admin", "xc-two"]
    validated = CliRunner().invoke(main, ["validate", str(tmp_path / "new"), "--today", TODAY])
    assert validated.exit_code == 0, validated.output


def test_a_bad_flag_is_a_usage_error_without_questions(tmp_path):
    flags = [f if f != "huaihua-wf" else "怀化妇联" for f in FLAGS]
    result = init(tmp_path, str(tmp_path / "new"), *flags)
    assert result.exit_code == 2 and "不能作编号" in result.output
    assert not (tmp_path / "new").exists()


def test_empty_categories_are_left_to_fill_in_and_said_so(tmp_path):
    flags = [f if f != "huaihua" else "empty" for f in FLAGS]
    result = init(tmp_path, str(tmp_path / "new"), *flags, "--no-git")
    assert result.exit_code == 0, result.output
    assert "填写心愿分类" in result.output
    assert "categories: []" in (tmp_path / "new/data/program.yml").read_text(encoding="utf-8")
    form = yaml.safe_load((tmp_path / "new/.github/ISSUE_TEMPLATE/submit-wish.yml").read_text(encoding="utf-8"))
    category = next(f for f in form["body"] if f.get("id") == "category")
    assert category["attributes"]["options"] == []  # none of the template's sample categories
    assert "@hh-admin" in (tmp_path / "new/.github/CODEOWNERS").read_text(encoding="utf-8")
    validated = CliRunner().invoke(main, ["validate", str(tmp_path / "new"), "--today", TODAY])
    assert validated.exit_code == 1 and "data/program.yml" in validated.output


def test_the_installed_package_carries_the_template(tmp_path):
    """A wheel (what `pip install` installs) holds the template's files, the schemas and the site
    templates inside its one package, and runs init and build from them."""
    root = Path(__file__).resolve().parent.parent
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(root), "--no-deps", "-q", "-w", str(wheels)],
        check=True,
        capture_output=True,
    )
    unpacked = tmp_path / "site-packages"
    shutil.unpack_archive(next(wheels.glob("xinyuan-*.whl")), unpacked, "zip")
    shipped = unpacked / "generator/shipped"
    assert sorted(p.name for p in unpacked.iterdir() if not p.name.endswith(".dist-info")) == ["generator"]
    for name in (
        ".github/workflows/claim.yml",
        ".github/scripts/claim.sh",
        ".github/ISSUE_TEMPLATE/submit-wish.yml",
        "mkdocs.yml",
        ".gitignore",
        "schemas/wish.schema.json",
        "site_templates/overrides/main.html",
        "docs/guide/index.md",
    ):
        assert (shipped / name).read_bytes() == (root / name).read_bytes()
    program = tmp_path / "program"
    script = (
        "import sys; sys.path.insert(0, sys.argv.pop(1)); import generator; "
        "assert generator.__file__.startswith(sys.path[0]), generator.__file__; "
        "from generator.cli import main; main()"
    )
    for args in (["init", str(program), *FLAGS], ["build", str(program), "--today", TODAY, "--quiet"]):
        done = subprocess.run(
            [sys.executable, "-c", script, str(unpacked), *args], cwd=tmp_path, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stdout + done.stderr
    assert (program / ".github/workflows/deploy.yml").is_file()
    assert (program / "site/assets/stylesheets/xinyuan.css").is_file()


def test_the_readmes_init_example_runs(tmp_path):
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    block = readme[readme.index("xinyuan init huaihua-xinyuan") :]
    command = block[: block.index("```")].replace("\\\n", " ")
    args = shlex.split(command)[2:]
    sheet(tmp_path / "组织.xlsx", TREE)
    args = [str(tmp_path / a) if a in ("huaihua-xinyuan", "组织.xlsx") else a for a in args]
    result = init(tmp_path, *args, "--no-git", "--today", TODAY)
    assert result.exit_code == 0, result.output
    assert "5 个组织" in result.output


def test_a_csv_saved_by_chinese_excel_works_too(tmp_path):
    csv_file = tmp_path / "组织.csv"
    csv_file.write_bytes(
        ("名称,编号,上级,层级,地点,管理员\r\n沅陵县妇联,yuanling-wf,怀化市妇女联合会,区,怀化市沅陵县,\r\n").encode(
            "gb18030"
        )
    )
    result = init(tmp_path, str(tmp_path / "new"), *FLAGS, "--orgs", str(csv_file), "--no-git")
    assert result.exit_code == 0, result.output
    county = yaml.safe_load((tmp_path / "new/data/orgs/yuanling-wf.yml").read_text(encoding="utf-8"))
    assert county["parent"] == "huaihua-wf" and county["level"] == "county"


cell = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.integers(),
    st.sampled_from(["yuanling-wf", "town-a", "村", "乡镇", "怀化市妇女联合会", "huaihua-wf", "a-b, c", "@x", " "]),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(*[cell] * 6), max_size=6))
def test_any_sheet_gives_records_or_reasons_never_a_crash(rows):
    from generator.start.org_sheet import Top, plan
    from generator.ops.spreadsheet import Sheet

    table = Sheet(
        tuple(HEADERS),
        tuple(
            (n, {h: v for h, v in zip(HEADERS, row, strict=False) if v is not None})
            for n, row in enumerate(rows, start=2)
        ),
    )
    tree = plan(table, Top("huaihua-wf", "怀化市妇女联合会"))
    assert bool(tree.files) != bool(tree.errors) or not rows
    assert all(e.row >= 2 and e.column in HEADERS for e in tree.errors)


@pytest.mark.parametrize("source", ["xinyuan==0.1.0", "xinyuan", "xinyuan>=0.1"])
def test_a_bare_package_name_is_refused_as_the_workflows_source(tmp_path, source):
    """xinyuan is not on PyPI: a bare name there would install whoever registered it, in workflows
    that hold write tokens."""
    flags = [*FLAGS[:-2], "--xinyuan", source]
    result = init(tmp_path, str(tmp_path / "new"), *flags, "--no-git")
    assert result.exit_code == 2
    assert "PyPI" in result.output and "抢注" in result.output
    assert not (tmp_path / "new").exists()
