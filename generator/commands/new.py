"""``xinyuan new wish|volunteer|org``: a new record from a commented template."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from ..records import NewRecord, new_org, new_volunteer, new_wish
from ..taxonomy import names, resolve, resolve_age_band
from .apply import load_repo, refuse, wish_ids, write_checked
from .options import DATE, as_date, on_option, repo_option, today_option, today_of


@click.group()
def new():
    """新建一条记录（心愿、志愿者或组织），写成带注释的模板。"""


def _write(root: str, record: NewRecord, today: date, summary: str) -> None:
    if (Path(root) / record.path).exists():
        refuse(f"{record.path} 已经存在")
    if not record.missing:
        write_checked(root, {record.path: record.text}, {}, today, summary)
        return
    target = Path(root) / record.path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(record.text, encoding="utf-8")
    click.echo(f"{summary}\n  {record.path}\n请填写：{'、'.join(record.missing)}；"
               "填好后运行 `xinyuan validate` 检查")


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
@click.option("--consent", "consent_by", type=click.Choice(["self", "guardian"]),
              help="谁签字同意公开：self 本人，guardian 父母或其他监护人（不满十四周岁的儿童必须是监护人）。")
@click.option("--consent-on", type=DATE, help="同意书签字的日期（默认是征集日期）。")
@on_option
@repo_option
@today_option
def wish(org, title, story, category, alias, group, age_band, place, slots, deadline, consent_by,
         consent_on, on, root, today):
    """为组织 --org 新建一个心愿，自动取下一个空闲编号。

    公开心愿须先取得受助人本人（儿童由监护人）签字同意：用 --consent 记录；不给时模板里留空待填。
    """
    today = today_of(today)
    repo, on = load_repo(root, today), as_date(on) or today
    model = repo.model
    if org not in model.orgs:
        refuse(f"没有组织 “{org}”")
    program = model.program
    fields = {"title": title, "story": story, "slots": slots, "deadline": as_date(deadline),
              "category": _taxon(program.categories, category, "类别"),
              "beneficiary.alias": alias, "beneficiary.place": place,
              "beneficiary.group": _taxon(program.groups, group, "人群"),
              "beneficiary.age_band": _taxon(program.age_bands, age_band, "年龄段", resolve_age_band),
              "consent.by": consent_by, "consent.date": as_date(consent_on)}
    record = new_wish(model, wish_ids(repo), org, on, {k: v for k, v in fields.items() if v is not None})
    _write(root, record, today, f"新建心愿 {Path(record.path).stem}（{org}，{on} 征集）")


@new.command()
@click.argument("volunteer_id")
@click.option("--name", help="公开显示的名字或称呼。")
@click.option("--github", help="GitHub 账号。")
@click.option("--unit", help="工作单位。")
@click.option("--kind", type=click.Choice(["person", "team", "unit"]), default="person", show_default=True)
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
@click.option("--level", type=click.Choice(["province", "city", "county", "township", "village",
                                            "community", "unit"]))
@click.option("--parent", help="上一级组织的编号。")
@click.option("--place", help="地点，只写到县、乡镇。")
@click.option("--maintainer", "maintainers", multiple=True, help="管理员的 GitHub 账号（可多次给出）。")
@click.option("--claim-approval", type=click.Choice(["auto", "review"]), default="review", show_default=True)
@repo_option
@today_option
def org(org_id, name, level, parent, place, maintainers, claim_approval, root, today):
    """新建组织 ORG_ID。"""
    fields = {"name": name, "level": level, "parent": parent, "place": place,
              "maintainers": maintainers, "claim_approval": claim_approval}
    record = new_org(org_id, {k: v for k, v in fields.items() if v})
    _write(root, record, today_of(today), f"新建组织 {org_id}")
