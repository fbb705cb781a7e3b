"""A new program's data repository (``xinyuan init``), assembled in memory and checked before
anything is written: ``program.yml`` from the answers, the top organisation, optionally the tree
from a spreadsheet, and the template repository's own files (workflows, issue forms,
``mkdocs.yml``, ``.gitignore``) with what is the program's own made from its data (the submit-wish
form, CODEOWNERS, the support link). No sample data. Pure: returns the files.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass, replace
from datetime import date
from importlib.metadata import PackageNotFoundError, distribution

from ruamel.yaml import YAML

from generator.policy import codeowners
from generator.start import template_repo
from generator.intake.template import PATH as FORM_PATH, refreshed
from generator.start.presets import AGE_BANDS, CATEGORY_PRESETS, GROUPS
from generator.model.records import Program
from generator.model.problems import Problem
from generator.ops.new_records import new_org
from generator.model.repository import load_repository
from generator.model.sources import FileSource, OverlaySource
from generator.rules.runner import problems_of

Files = dict[str, str]


@dataclass(frozen=True)
class Answers:
    name: str
    short_name: str
    site_url: str
    repo_url: str
    preset: str  # a key of CATEGORY_PRESETS
    org_id: str
    org_name: str
    org_level: str
    org_place: str
    maintainers: tuple[str, ...]
    claim_approval: str = "auto"


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML): any text stays text."""
    return json.dumps(text, ensure_ascii=False)


def program_text(a: Answers) -> str:
    lines = [
        f"# {a.name}：项目设置（由 xinyuan init 生成；字段说明见 schemas/program.schema.json）",
        f"name: {_q(a.name)}",
        f"short_name: {_q(a.short_name)}",
        f"site_url: {_q(a.site_url)}",
        f"repo_url: {_q(a.repo_url)}",
        "",
    ]
    categories = CATEGORY_PRESETS[a.preset]
    if categories:
        lines.append("# 心愿分类：id 一旦有心愿使用就不要再改；名称、说明、时限可以改")
        lines.append("categories:")
        for cid, name, kind, limit, description in categories:
            lines += [f"  - id: {cid}", f"    name: {_q(name)}", f"    kind: {kind}"]
            lines += [f"    time_limit_days: {limit}"] if limit else []
            lines.append(f"    description: {_q(description)}")
    else:
        lines += [
            "# 心愿分类：先填写至少一类再收集心愿，例如",
            "#   - {id: add-an-item, name: 添一物, kind: material}   # material 实物，service 服务",
            "categories: []",
        ]
    lines += ["", "# 受助群体：minors: true 的是儿童，公开要监护人同意，网站不显示他们的照片", "beneficiary_groups:"]
    lines += [f"  - {{id: {gid}, name: {name}" + (", minors: true}" if minors else "}") for gid, name, minors in GROUPS]
    lines += ["", "age_bands:"] + [f"  - {{id: {bid}, name: {name}}}" for bid, name in AGE_BANDS]
    lines += [
        "",
        "time_limit_days: 30        # 心愿发布后默认30天内圆梦",
        "release_grace_days: 14     # 超期14天仍未圆梦的认领可退回清单",
        "# 认领上限：同时未完成的认领超过 open 个、第一次认领超过 first 个时等管理员审核",
        "claim_limits: {open: 5, first: 2}",
        "",
        "# 积分卡：每圆一个心愿积5分；按自然年清零",
        "points:",
        "  per_fulfilment: 5",
        "  shared: full",
        "  commendations:",
        "    - {id: letter-of-praise, points: 20, name: 致工作单位表扬信}",
        "    - {id: volunteer-star, points: 30, name: 社区志愿之星}",
        "",
        "# 专项活动（如六一、春节心愿清单）：- {id: …, name: …, start: YYYY-MM-DD, end: YYYY-MM-DD}",
        "campaigns: []",
        "",
    ]
    return "\n".join(lines)


def mkdocs_text(template: str) -> str:
    """The template's mkdocs.yml without the paths into the template's own code: a program's
    repository has no ``site_templates/`` or ``generator/``; ``xinyuan build`` and ``xinyuan
    serve`` use the installed package's theme overrides and hook instead."""
    yaml = YAML()
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    config = yaml.load(template)
    config["theme"].pop("custom_dir", None)
    config.pop("hooks", None)
    if "watch" in config:
        config["watch"] = [path for path in config["watch"] if path == "data"] or ["data"]
    out = io.StringIO()
    yaml.dump(config, out)
    body = re.sub(r"\A(#.*\n)+", "", out.getvalue())
    return (
        "# 公开网站的 MkDocs 设置：`xinyuan build` 生成网站，`xinyuan serve` 本地预览（用已安装的 xinyuan 的\n"
        "# 页面模板）；网站名称、地址和简介取自 data/program.yml。\n" + body
    )


def xinyuan_requirement() -> str | None:
    """The git source the running xinyuan was installed from, pinned to its commit (PEP 610's
    direct_url.json), or None when it came from elsewhere (a local checkout, a wheel). Never a
    bare name on a package index: xinyuan is not published there (see `init --xinyuan`)."""
    try:
        origin = json.loads(distribution("xinyuan").read_text("direct_url.json") or "null")
    except (PackageNotFoundError, ValueError):
        return None
    vcs = (origin or {}).get("vcs_info") or {}
    if vcs.get("vcs") == "git" and vcs.get("commit_id") and str(origin.get("url", "")).startswith("https://"):
        return f"xinyuan @ git+{origin['url']}@{vcs['commit_id']}"
    return None


def pyproject_text(a: Answers, requirement: str) -> str:
    return "\n".join(
        [
            "# 这个仓库是数据，不是 Python 包：工作流用 `pip install .` 安装下面写的那一版 xinyuan。",
            "# 升级 xinyuan：改这里的版本号，提交后工作流就用新版本。",
            "[build-system]",
            'requires = ["setuptools>=77"]',
            'build-backend = "setuptools.build_meta"',
            "",
            "[project]",
            'name = "xinyuan-program-data"',
            'version = "0"',
            f"dependencies = [{_q(requirement)}]",
            "",
            "[tool.setuptools]",
            "packages = []",
            "",
        ]
    )


def readme_text(a: Answers) -> str:
    return "\n".join(
        [
            f"# {a.name}",
            "",
            f"“微心愿”项目的数据仓库，用心愿 Xinyuan 校验数据、审核认领、生成公开网站：{a.site_url}",
            "",
            "工作流安装的 xinyuan 版本写在 `pyproject.toml` 里。",
            "",
            "```sh",
            "xinyuan validate                 # 校验全部数据",
            f"xinyuan new wish --org {a.org_id}   # 登记一个新心愿",
            "xinyuan build                    # 生成网站到 site/",
            "xinyuan forms && xinyuan codeowners   # 改了分类、组织或管理员以后更新表单和 CODEOWNERS",
            "```",
            "",
            "- `data/program.yml`：项目设置（分类、受助群体、年龄段、时限、积分）",
            "- `data/orgs/`：组织，每个一份；`data/volunteers/`：志愿者；`data/wishes/<组织>/`：心愿",
            "",
        ]
    )


def _example_wish_id(a: Answers, today: date) -> str:
    return f"{a.org_id.split('-')[0]}-{today.year}-001"


def template_files(a: Answers, today: date) -> Files:
    """The template repository's files, with the sample program's traces made the program's."""
    files = {path: data.decode("utf-8") for path, data in template_repo.files().items()}
    files["mkdocs.yml"] = mkdocs_text(files["mkdocs.yml"])
    config = ".github/ISSUE_TEMPLATE/config.yml"
    if config in files:
        files[config] = re.sub(r"^(\s*url:\s*).*$", lambda m: m[1] + a.site_url, files[config], flags=re.MULTILINE)
    claim = ".github/ISSUE_TEMPLATE/claim.yml"
    if claim in files:
        files[claim] = re.sub(
            r"(placeholder:\s*)[a-z0-9-]+-\d{4}-\d{3}\b", lambda m: m[1] + _example_wish_id(a, today), files[claim]
        )
    return files


def data_files(a: Answers, tree: Files) -> Files:
    top = new_org(
        a.org_id,
        {
            "name": a.org_name,
            "level": a.org_level,
            "place": a.org_place,
            "maintainers": list(a.maintainers),
            "claim_approval": a.claim_approval,
        },
    )
    return {
        "data/program.yml": program_text(a),
        top.path: top.text,
        **tree,
        "data/volunteers/.gitkeep": "",
        "data/wishes/.gitkeep": "",
    }


def assemble(root, a: Answers, tree: Files, today: date, requirement: str) -> tuple[Files, list[Problem]]:
    """Every file of the new repository, and the problems its data would have (none expected,
    except an empty category list left to fill in). ``requirement``: where the workflows install
    xinyuan from (pyproject.toml's one dependency)."""
    data = data_files(a, tree)
    source = OverlaySource(FileSource(root), {p: t.encode("utf-8") for p, t in data.items()})
    repo = load_repository(source, today)
    problems = problems_of(repo)
    files = {
        **template_files(a, today),
        **data,
        "pyproject.toml": pyproject_text(a, requirement),
        "README.md": readme_text(a),
    }
    model = repo.model
    if model.program is None:  # only an empty category list to fill in fails the schema
        model = replace(model, program=Program.from_doc(repo.docs["data/program.yml"]))
    if FORM_PATH in files:  # the template's sample choices never stay (an empty list stays empty)
        files[FORM_PATH] = refreshed(files[FORM_PATH], model)
    files[codeowners.PATH] = codeowners.render(model)
    return files, problems
