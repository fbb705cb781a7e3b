"""``xinyuan new wish|volunteer|org``: a new record from a commented template."""

from __future__ import annotations

import difflib
import sys
from datetime import date
from pathlib import Path

import click

from generator.model import vocab
from generator.output import problem_formats as reporters
from generator.ops import free_ids
from generator.ops.changeset import apply_checked
from generator.model.loader import load
from generator.model.problems import Problem
from generator.ops.new_records import NewRecord, new_org, new_volunteer, new_wish
from generator.model.schema import schema_of
from generator.model.taxonomy import names, resolve, resolve_age_band
from generator.commands.apply import load_repo, refuse, write_checked
from generator.commands.options import DATE, as_date, on_option, repo_option, today_option, today_of


@click.group()
def new():
    """新建一条记录（心愿、志愿者或组织），写成带注释的模板。"""


def _write(root: str, record: NewRecord, today: date, summary: str) -> None:
    """Write a new record after validating it. A record with required fields left for a person
    to fill in (a draft) is written only when every problem it brings is about those fields."""
    if (Path(root) / record.path).exists():
        refuse(f"{record.path} 已经存在")
    if not record.missing:
        write_checked(root, {record.path: record.text}, {}, today, summary)
        return
    problems = apply_checked(root, {record.path: record.text}, today, accept=_to_fill(record))
    if problems:
        sys.stderr.write(reporters.text(problems))
        refuse("新记录校验不通过（见上）")
    click.echo(
        f"已写出草稿（尚未填完，暂不能通过校验）：{summary}\n  {record.path}\n"
        f"请填写：{'、'.join(record.missing)}；填好后运行 `xinyuan validate` 检查"
    )


def _to_fill(record: NewRecord):
    """A test: is a problem about one of the fields the draft leaves for a person to fill in
    (a schema problem at its line, or naming it)?"""
    doc, _ = load(record.path, record.text.encode("utf-8"))
    keypaths = [tuple(name.split(".")) for name in record.missing]
    lines = {doc.locate(k).line for k in keypaths if doc and doc.locate(k) != doc.locate(())}
    names = [f"“{k[-1]}”" for k in keypaths]

    def test(problem: Problem) -> bool:
        return (
            problem.path == record.path
            and problem.code.startswith("S2")
            and (problem.line in lines or any(n in problem.message for n in names))
        )

    return test


def _taxon(entries: dict, text: str | None, what: str, finder=resolve) -> str | None:
    if text is None:
        return None
    found = finder(entries, text)
    if found is None:
        refuse(f"没有{what} “{text}”；可用：{names(entries)}")
    return found


@new.command()
@click.option("--org", required=True, help="征集心愿的组织编号。")
@click.option("--title", help="心愿，一句话。")
@click.option("--story", help="心愿故事。")
@click.option("--category", help="类别编号或名称。")
@click.option("--alias", help="称呼，如 王奶奶、小海。")
@click.option("--group", help="人群编号或名称，如 留守儿童。")
@click.option("--age-band", help="年龄段编号或名称，或年龄（岁）。")
@click.option("--place", help="地点，只写到县、乡镇。")
@click.option("--slots", type=click.IntRange(1, 100), default=1, show_default=True, help="名额。")
@click.option("--deadline", type=DATE, help="截止日期。")
@click.option("--campaign", help="专项清单的编号或名称，如 六一。")
@click.option("--value", help="估计价值（元），如 300 或 300元；只用于网站上的合计。")
@click.option(
    "--consent",
    "consent_by",
    type=click.Choice(vocab.CONSENTERS.values),
    help="谁签字同意公开：self 本人，guardian 父母或其他监护人（不满十四周岁的儿童必须是监护人）。",
)
@click.option("--consent-on", type=DATE, help="同意书签字的日期（默认是征集日期）。")
@click.option(
    "--pair",
    "pair_id",
    help="结对孩子的心愿：结对编号。称呼、人群、年龄段、地点不写时取自结对；发布时先派给结对志愿者。",
)
@on_option
@repo_option
@today_option
def wish(
    org,
    title,
    story,
    category,
    alias,
    group,
    age_band,
    place,
    slots,
    deadline,
    campaign,
    value,
    consent_by,
    consent_on,
    pair_id,
    on,
    root,
    today,
):
    """为组织 --org 新建一个心愿，自动取下一个空闲编号。

    公开心愿须先取得受助人本人（儿童由监护人）签字同意：用 --consent 记录；不给时模板里留空待填。

    \b
    例：xinyuan new wish --org majiayi-village --title 一个新书包 --category 助一学 \\
          --alias 小海 --group 留守儿童 --age-band 8 --place 白沙县石门镇 \\
          --story 书包背带断了，想要一个结实的新书包。 --campaign 六一 --value 120元 \\
          --consent guardian
    """
    today = today_of(today)
    repo, on = load_repo(root, today), as_date(on) or today
    model = repo.model
    if org not in model.orgs:
        refuse(f"没有组织 “{org}”")
    program = model.settings
    if pair_id:
        pair = model.pairs.get(pair_id)
        if pair is None:
            refuse(f"没有编号为 “{pair_id}” 的结对")
        alias, group, place = alias or pair.alias, group or pair.group, place or pair.place
        age_band = age_band or pair.age_band
    fields = {
        "title": title,
        "story": story,
        "slots": slots,
        "deadline": as_date(deadline),
        "pair": pair_id,
        "category": _taxon(program.categories, category, "类别"),
        "beneficiary.alias": alias,
        "beneficiary.place": place,
        "beneficiary.group": _taxon(program.groups, group, "人群"),
        "beneficiary.age_band": _taxon(program.age_bands, age_band, "年龄段", resolve_age_band),
        "campaign": _taxon(program.campaigns, campaign, "专项"),
        "value_yuan": _yuan(value),
        "consent.by": consent_by,
        "consent.date": as_date(consent_on),
    }
    record = new_wish(model, free_ids.taken(repo), org, on, {k: v for k, v in fields.items() if v is not None})
    _write(root, record, today, f"新建心愿 {Path(record.path).stem}（{org}，{on} 征集）")


def _yuan(text: str | None):
    """An amount as the spreadsheet import reads it (``300``, ``300元``, ``1,200``)."""
    from generator.ops.wish_import import CONVERT

    if text is None:
        return None
    try:
        amount = CONVERT["value_yuan"](text, None)
    except ValueError as exc:
        refuse(f"--value：{exc}，写成 300 或 300元")
    if amount < 0:
        refuse(f"--value：估计价值不能是负数（{text}）")
    return amount


@new.command()
@click.argument("volunteer_id")
@click.option("--name", help="公开显示的名字或称呼。")
@click.option("--github", help="GitHub 账号。")
@click.option("--unit", help="工作单位。")
@click.option(
    "--kind",
    type=click.Choice(vocab.VOLUNTEER_KINDS.values),
    default=vocab.VOLUNTEER_KINDS.values[0],
    show_default=True,
    help=vocab.VOLUNTEER_KINDS.described() + "。",
)
@on_option
@repo_option
@today_option
def volunteer(volunteer_id, name, github, unit, kind, on, root, today):
    """登记志愿者 VOLUNTEER_ID。"""
    today = today_of(today)
    fields = {"name": name, "github": github, "unit": unit, "kind": kind}
    record = new_volunteer(volunteer_id, as_date(on) or today, {k: v for k, v in fields.items() if v})
    _write(root, record, today, f"登记志愿者 {volunteer_id}")


@new.command()
@click.argument("org_id")
@click.option("--name", help="组织全称。")
@click.option("--level", type=click.Choice(vocab.LEVELS.values), help="层级：" + vocab.LEVELS.described() + "。")
@click.option("--parent", help="上一级组织的编号。")
@click.option("--place", help="地点，只写到县、乡镇。")
@click.option("--maintainer", "maintainers", multiple=True, help="管理员的 GitHub 账号（可多次给出）。")
@click.option(
    "--claim-approval",
    type=click.Choice(vocab.CLAIM_APPROVAL.values),
    default="review",
    show_default=True,
    help="auto：合格的认领自动合并；review：由管理员审核合并。",
)
@repo_option
@today_option
def org(org_id, name, level, parent, place, maintainers, claim_approval, root, today):
    """新建组织 ORG_ID。"""
    # A draft with empty fields is not checked for references: check the parent here.
    orgs = load_repo(root, today_of(today)).model.orgs
    if parent and parent not in orgs:
        close = difflib.get_close_matches(parent, list(orgs), n=1)
        refuse(f"没有上级组织 “{parent}”" + (f"；是不是 “{close[0]}”？" if close else "；先新建上级组织"))
    if not maintainers and "maintainers" in schema_of("org")["required"]:
        refuse("组织需要至少一名管理员：加上 --maintainer <GitHub 账号>（可多次给出）")
    fields = {
        "name": name,
        "level": level,
        "parent": parent,
        "place": place,
        "maintainers": maintainers,
        "claim_approval": claim_approval,
    }
    record = new_org(org_id, {k: v for k, v in fields.items() if v})
    _write(root, record, today_of(today), f"新建组织 {org_id}")
