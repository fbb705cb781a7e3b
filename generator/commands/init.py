"""``xinyuan init DIR``: a new program's data repository, from answers (flags or questions)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import click

from generator.model import vocab
from generator.start.org_sheet import is_login, is_slug, logins
from generator.start.presets import PRESET_NAMES
from generator.commands.options import today_of, today_option

_URL = re.compile(r"https?://[^\s/]+(/\S*)?")


class _Line(click.ParamType):
    """One line of text, 1 to 80 characters (the schema's ``line``)."""

    name = "文字"

    def convert(self, value, param, ctx):
        text = str(value).strip()
        if not text or "\n" in text or len(text) > 80:
            self.fail("写一行文字，1 到 80 个字", param, ctx)
        return text


class _Slug(click.ParamType):
    name = "编号"

    def convert(self, value, param, ctx):
        if not is_slug(str(value).strip()):
            self.fail(f"“{value}”不能作编号：只用小写英文字母、数字和连字符，如 huaihua-wf", param, ctx)
        return str(value).strip()


class _Url(click.ParamType):
    name = "网址"

    def convert(self, value, param, ctx):
        url = str(value).strip()
        if not _URL.fullmatch(url):
            self.fail(f"“{value}”不是网址：以 https:// 开头，如 https://xinyuan.example.cn/", param, ctx)
        return url


class _Site(_Url):
    def convert(self, value, param, ctx):
        url = super().convert(value, param, ctx)
        return url if url.endswith("/") else url + "/"  # pages link relative to it


class _Logins(click.ParamType):
    """GitHub logins, separated by commas, spaces or 、 (a leading @ is dropped)."""

    name = "账号"

    def convert(self, value, param, ctx):
        if isinstance(value, tuple):
            return value
        given = tuple(logins(str(value)))
        bad = [login for login in given if not is_login(login)]
        if bad or not given:
            self.fail(f"“{'、'.join(bad) or value}”不是 GitHub 账号：只有英文字母、数字和连字符", param, ctx)
        return given


class _Source(click.ParamType):
    """Where the workflows install xinyuan from: a direct reference (``xinyuan @ URL``), never a
    bare name on a package index. xinyuan is not published on PyPI, and whoever registered the name
    there would run their code in the program's workflows, which hold write tokens."""

    name = "来源"

    def convert(self, value, param, ctx):
        text = str(value).strip()
        if not re.fullmatch(r"xinyuan\s*@\s*\S+://\S+", text):
            self.fail(
                f"“{value}”不是直接来源：写 xinyuan @ git+https://…/xinyuan@<标签或提交>；只写名称和版本"
                "（如 xinyuan==0.1.0）会从 PyPI 安装，而那里的 xinyuan 不是本项目发布的，"
                "谁抢注了这个名字，谁的代码就会在工作流里运行",
                param,
                ctx,
            )
        return text


LINE, SLUG, URL, SITE, LOGINS, SOURCE = _Line(), _Slug(), _Url(), _Site(), _Logins(), _Source()


def _ask(value, text: str, kind, default=None):
    """The flag's value, or the answer to a question in Chinese (asked again until it is valid)."""
    if value is not None:
        return value
    return click.prompt(text, type=kind, default=default)


def _refuse_target(target: Path) -> None:
    # A folder holding only `.git` is empty too: an empty repository just cloned from the forge.
    if target.exists() and (not target.is_dir() or any(p.name != ".git" for p in target.iterdir())):
        click.echo(
            f"错误：{target} 已存在且不是空目录；xinyuan init 只在新目录或空目录里建仓库，"
            "不会覆盖已有文件。换一个目录名，或先把它清空。",
            err=True,
        )
        sys.exit(2)


@click.command()
@click.argument("directory", type=click.Path(file_okay=True, dir_okay=True, path_type=Path))
@click.option("--name", type=LINE, help="项目全称，如 怀化市“微心愿”圆梦行动。")
@click.option("--short-name", type=LINE, help="简称（网站标题），如 怀化微心愿；默认同全称。")
@click.option("--site-url", type=SITE, help="公开网站的地址，如 https://xinyuan.example.cn/。")
@click.option("--repo-url", type=URL, help="数据仓库的地址，如 https://github.com/example/xinyuan-data。")
@click.option(
    "--categories",
    "preset",
    type=click.Choice(sorted(PRESET_NAMES)),
    help="心愿分类：huaihua 怀化五类（添一物、送一技……）、chuanhui 川汇八个服务领域、empty 空列表自己填。",
)
@click.option("--org-id", type=SLUG, help="最上级组织的编号（小写英文、数字和连字符），如 huaihua-wf。")
@click.option("--org-name", type=LINE, help="最上级组织的名称，如 怀化市妇女联合会。")
@click.option(
    "--org-level", type=click.Choice(vocab.LEVELS.values), help="最上级组织的层级：" + vocab.LEVELS.described() + "。"
)
@click.option("--org-place", type=LINE, help="最上级组织的地点，只写到市、县，如 怀化市。")
@click.option(
    "--maintainer", "maintainers", type=LOGINS, multiple=True, help="最上级组织的管理员（GitHub 账号，可多次给出）。"
)
@click.option(
    "--orgs",
    "orgs_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="下级组织的表格（.xlsx 或 .csv），表头：名称、编号、上级、层级、地点、管理员。",
)
@click.option(
    "--xinyuan",
    "requirement",
    metavar="来源",
    type=SOURCE,
    help="工作流从哪里安装 xinyuan（写进 pyproject.toml），钉到一个标签或提交，"
    "如 xinyuan @ git+https://…/xinyuan@v0.1.0；默认是正在运行的这一版的 git 来源（若能得知）。",
)
@click.option("--git/--no-git", default=True, show_default=True, help="在新目录里运行 git init。")
@today_option
def init(
    directory,
    name,
    short_name,
    site_url,
    repo_url,
    preset,
    org_id,
    org_name,
    org_level,
    org_place,
    maintainers,
    orgs_file,
    requirement,
    git,
    today,
):
    """在新目录 DIRECTORY 里建一个微心愿项目的数据仓库（不带示例数据）。

    写出 data/program.yml、最上级组织（和表格里的下级组织）、工作流、表单、mkdocs.yml、.gitignore 和 CODEOWNERS；\
建好后马上可以校验、登记心愿和生成网站。选项没给的，逐项提问；全部给出时不提问（用于脚本）。

    \b
    例：xinyuan init huaihua-xinyuan
        xinyuan init huaihua-xinyuan --name 怀化市“微心愿”圆梦行动 --short-name 怀化微心愿 \\
          --site-url https://xinyuan.example.cn/ --repo-url https://github.com/example/huaihua-xinyuan \\
          --categories huaihua --org-id huaihua-wf --org-name 怀化市妇女联合会 --org-level city \\
          --org-place 怀化市 --maintainer hh-admin --orgs 组织.xlsx
    """
    from generator.start.new_program import Answers, assemble, xinyuan_requirement
    from generator.start.org_sheet import Top, plan
    from generator.output.problem_formats import text as report
    from generator.ops.spreadsheet import SheetError, read

    _refuse_target(directory)
    name = _ask(name, "项目全称（如 怀化市“微心愿”圆梦行动）", LINE)
    answers = Answers(
        name=name,
        short_name=_ask(short_name, "简称（网站标题）", LINE, default=name),
        site_url=_ask(site_url, "公开网站的地址（如 https://xinyuan.example.cn/）", SITE),
        repo_url=_ask(repo_url, "数据仓库的地址（如 https://github.com/example/xinyuan-data）", URL),
        preset=_ask(
            preset,
            "心愿分类（" + "；".join(f"{k} {v}" for k, v in PRESET_NAMES.items()) + "）",
            click.Choice(sorted(PRESET_NAMES)),
            default="huaihua",
        ),
        org_id=_ask(org_id, "最上级组织的编号（小写英文、数字和连字符，如 huaihua-wf）", SLUG),
        org_name=_ask(org_name, "最上级组织的名称（如 怀化市妇女联合会）", LINE),
        org_level=_ask(
            org_level,
            "最上级组织的层级（" + vocab.LEVELS.described() + "）",
            click.Choice(vocab.LEVELS.values),
            default="city",
        ),
        org_place=_ask(org_place, "最上级组织的地点（只写到市、县）", LINE),
        maintainers=tuple(dict.fromkeys(login for group in maintainers for login in group))
        or _ask(None, "最上级组织的管理员（GitHub 账号，多个用逗号隔开）", LOGINS),
    )
    day = today_of(today)
    tree, rows = {}, {}
    if orgs_file:
        try:
            sheet = read(orgs_file)
        except SheetError as exc:
            click.echo(f"错误：读不了 {orgs_file}：{exc}", err=True)
            sys.exit(2)
        result = plan(sheet, Top(answers.org_id, answers.org_name), answers.claim_approval)
        if result.errors:
            lines = "\n".join(f"  {orgs_file.name}：{e.as_text()}" for e in result.errors)
            click.echo(
                f"没有建仓库：组织表格有 {len(result.errors)} 个问题，改好后重新运行（一行都没有写入）：\n{lines}",
                err=True,
            )
            sys.exit(1)
        tree, rows = result.files, result.rows
    installs = _ask(
        requirement or xinyuan_requirement(),
        "工作流从哪里安装 xinyuan（如 xinyuan @ git+https://…/xinyuan@v0.1.0）",
        SOURCE,
    )
    files, problems = assemble(directory, answers, tree, day, installs)
    blocking = [p for p in problems if not (answers.preset == "empty" and p.path == "data/program.yml")]
    if blocking:
        for p in blocking:
            where = f"（表格第 {rows[p.path]} 行）" if p.path in rows else ""
            click.echo(f"  {p.as_text()}{where}", err=True)
        click.echo("没有建仓库：上面的问题改好后重新运行", err=True)
        sys.exit(1)
    _write(directory, files)
    if git and shutil.which("git") and not (directory / ".git").exists():
        subprocess.run(["git", "init", "-q", str(directory)], check=False)
    _summary(
        directory,
        answers,
        problems,
        report,
        orgs=sum(1 for p in files if p.startswith("data/orgs/")),
        files=len(files),
        installs=None if requirement else installs,
    )


def _write(directory: Path, files: dict[str, str]) -> None:
    """Write every file; on any failure remove what was written (nothing half-made is left)."""
    existed = directory.exists()
    try:
        for path, content in sorted(files.items()):
            target = directory / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content.encode("utf-8"))
            if path.endswith(".sh"):
                target.chmod(0o755)
    except OSError as exc:
        if existed:
            for child in directory.iterdir():
                shutil.rmtree(child) if child.is_dir() else child.unlink()
        else:
            shutil.rmtree(directory, ignore_errors=True)
        click.echo(f"错误：写不了 {directory}：{exc}", err=True)
        sys.exit(2)


def _summary(directory: Path, a, problems, report, orgs: int, files: int, installs: str | None) -> None:
    click.echo(f"已在 {directory} 建好“{a.name}”的数据仓库：{files} 个文件，{orgs} 个组织。")
    if problems:
        click.echo(
            "还要做一件事：在 data/program.yml 的 categories 下填写心愿分类，然后运行 xinyuan forms"
            "（把类别写进“提交心愿”表单）和 xinyuan validate；现在校验的结果：\n" + report(problems).rstrip()
        )
    if installs:  # the default: say it, since a program may need another source
        click.echo(f"工作流会用 pip 安装 {installs}（写在 pyproject.toml 里；升级时改那一行）。")
    click.echo(
        "\n".join(
            [
                "接下来：",
                f"  cd {directory}",
                "  xinyuan validate                      # 校验",
                f"  xinyuan new wish --org {a.org_id}     # 登记第一个心愿",
                "  xinyuan build                         # 生成网站到 site/",
                "  git add -A && git commit -m 开始       # 提交，再推送到数据仓库的地址",
            ]
        )
    )
