"""`xinyuan init`: a new program's repository, from the first command to a claim merged by policy.

The whole path runs the installed `xinyuan` command in a real git repository: init with flags and
an organisation tree from an .xlsx made here with openpyxl, a wish added, consented, vetted and
published, a real MkDocs build, and a volunteer's claim pull request checked by `check-pr`
between two real commits.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
import yaml
from click.testing import CliRunner

from generator.cli import main
from ops_helpers import GIT_ENV, git

TODAY = "2026-12-02"
XINYUAN = Path(sys.executable).with_name("xinyuan")
FLAGS = ["--name", "怀化市“微心愿”圆梦行动", "--short-name", "怀化微心愿",
         "--site-url", "https://xinyuan.example.cn", "--repo-url", "https://github.com/example/huaihua-xinyuan",
         "--categories", "huaihua", "--org-id", "huaihua-wf", "--org-name", "怀化市妇女联合会",
         "--org-level", "city", "--org-place", "怀化市", "--maintainer", "hh-admin", "--today", TODAY]
HEADERS = ["名称", "编号", "上级", "层级", "地点", "管理员"]
TREE = [
    ["沅陵县妇联", "yuanling-wf", "", "县", "怀化市沅陵县", "yl-admin"],
    ["马底驿乡妇联", "madiyi-town", "沅陵县妇联", "乡镇", "沅陵县马底驿乡", "@mdy-admin, mdy-deputy"],
    ["马家驿村妇联", "majiayi-village", "madiyi-town", "村", "沅陵县马底驿乡", ""],   # run by those above
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
    assert {g["id"] for g in settings["beneficiary_groups"] if g.get("minors")} == {"left-behind-child", "de-facto-orphan"}
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

    # It validates as it is, and the checks the validate workflow runs pass.
    validated = run(program, "validate", "--today", TODAY)
    assert "没有发现问题" in validated.stdout + validated.stderr
    run(program, "codeowners", "--check")
    run(program, "forms", "--check")
    git(program, "add", "-A")
    git(program, "commit", "-qm", "start the program")

    # A village worker registers a wish; consent, vetting and publication follow.
    common = ["--repo", str(program), "--today", TODAY]
    run(program, "new", "wish", "--org", "majiayi-village", "--title", "一个带卡通图案的书包",
        "--story", "小海的旧书包背带断了，用绳子系着上学。", "--category", "助一学", "--alias", "小海",
        "--group", "留守儿童", "--age-band", "9", "--place", "沅陵县马底驿乡", "--consent", "guardian",
        "--on", "2026-11-28", *common)
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
    assert git(program, "status", "--porcelain") == ""   # site/ and the rendered docs are ignored

    # A volunteer's claim pull request: their own record and one appended claim line.
    base = git(program, "branch", "--show-current").strip()
    git(program, "checkout", "-qb", "claim")
    run(program, "new", "volunteer", "liu-laoshi", "--name", "刘老师", "--github", "liu-laoshi-gh", *common)
    run(program, "claim", wish_id, "liu-laoshi", *common)
    git(program, "add", "-A")
    git(program, "commit", "-qm", "claim")
    checked = run(program, "check-pr", "--base", base, "--head", "claim", "--author", "liu-laoshi-gh",
                  "--today", TODAY, ok=False)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    stranger = run(program, "check-pr", "--base", base, "--head", "claim", "--author", "someone-else",
                   "--today", TODAY, ok=False)
    assert stranger.returncode == 1 and "C70" in stranger.stdout + stranger.stderr

