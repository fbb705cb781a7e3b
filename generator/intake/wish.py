"""The "提交心愿" form: a community worker's new wish, collected today, left for the
organisation's maintainers to vet and publish (the pull request always waits for them)."""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.model import vocab
from generator.ops import free_ids
from generator.ops.new_records import new_wish
from generator.model.repository import Repository
from generator.model.sources import Source
from generator.model.taxonomy import names, resolve, resolve_age_band
from generator.intake import Issue, Outcome, refused
from generator.intake.check import check_files, privacy_reasons, reasons
from generator.intake.claim import SLUG
from generator.intake.forms import all_checked
from generator.intake.form_text import text_problem

FREE_TEXT = {"title": "心愿", "story": "心愿故事", "alias": "受助人称呼", "place": "地点"}
FIELDS = {"alias": "beneficiary.alias", "place": "beneficiary.place"}  # form name -> record field
LIMITS = {"title": 40, "story": 600, "alias": 12, "place": 30}
# Fields naming an organisation or a program.yml entry: by id or Chinese name, an age as a number,
# resolved by the same functions as `xinyuan new wish` and `xinyuan import`.
# field -> (label, Program attribute or None for the organisations, what it is, resolver)
# form field -> (its label, program.yml's list of the names (None: the organisations), what they are, finder)
NAMED: dict[str, tuple[str, str | None, str, Callable[[dict, str], str | None]]] = {
    "org": ("组织", None, "组织", resolve),
    "category": ("类别", "categories", "类别", resolve),
    "group": ("受助群体", "groups", "受助群体", resolve),
    "age_band": ("年龄", "age_bands", "年龄段", resolve_age_band),
}
# The form's dropdown options, by the word they start with.
CONSENTERS = vocab.CONSENTERS.by_name()
SLOTS = re.compile(r"[0-9]{1,3}")


def intake(source: Source, base: Repository, fields: dict[str, str], issue: Issue) -> Outcome:
    values = {k: v.strip() for k, v in fields.items()}
    problems = _resolve_names(base, values) + _field_problems(base, values)
    if problems:
        return refused(problems)
    org = values["org"]
    # The same record, id scheme and folder as `xinyuan new wish`: the organisation's own prefix.
    record = new_wish(base.model, free_ids.taken(base), org, base.today, _fields(values), form=True)
    wish_id = record.path.rsplit("/", 1)[1].removesuffix(".yml")
    files = {record.path: record.text}
    # Only validation decides here: a new wish is the maintainers' to vet (C708 is expected).
    verdict, checked = check_files(source, base, files, issue.author)
    if verdict.invalid:
        return refused(reasons(verdict.invalid))
    reply = (
        f"已生成心愿 **{wish_id}** 的拉取请求，等待{base.model.orgs[org].name}（{org}）审核把关后发布。"
        "谢谢你为群众跑腿！"
    )
    body = (
        f"提交心愿 `{wish_id}`（组织 {org}）：{values['title']}\n\n由议题 #{issue.number} 的表单"
        f"自动生成（作者 @{issue.author}）。请组织的管理员审核：补上 vetted 和 published 后合并。"
        f"\n\nCloses #{issue.number}\n"
    )
    return Outcome(
        True, reply, files, f"intake/wish-{issue.number}-{wish_id}", f"提交心愿：{values['title']}", body, checked
    )


def _resolve_names(base: Repository, values: dict[str, str]) -> list[str]:
    """Replace each named field's text by the id it names (in ``values``); a reason for each
    text that names nothing, listing what the program has."""
    problems = []
    for name, (label, attribute, what, finder) in NAMED.items():
        entries = getattr(base.model.program, attribute) if attribute else base.model.orgs
        text = values[name]
        why = text_problem(text, 60)  # never quote hostile text back
        found = finder(entries, text) if text and not why else None
        if found is not None and SLUG.fullmatch(found):
            values[name] = found
        elif not text or why:
            problems.append(f"“{label}”{why or '不能为空'}")
        elif attribute:
            problems.append(f"“{label}”：没有{what} `{text}`；可以写：{names(entries)}")
        else:  # (a code span: the text can mention no one and link nowhere)
            problems.append(f"“{label}”：没有编号或名称为 `{text}` 的组织")
    return problems


def _field_problems(base: Repository, values: dict[str, str]) -> list[str]:
    problems = []
    for name, label in FREE_TEXT.items():
        why = text_problem(values[name], LIMITS[name], multiline=name == "story")
        if not values[name] or why:
            problems.append(f"“{label}”{why or '不能为空'}")
    # ASCII digits only: str.isdigit() also says yes to ² and ３, which int() refuses.
    if not SLOTS.fullmatch(values["slots"]) or not 1 <= int(values["slots"]) <= 100:
        problems.append("“名额”要写 1 到 100 之间的数字")
    if not all_checked(values["privacy"]):
        problems.append("请勾选“隐私确认”")
    if _consenter(values["consent_by"]) is None:
        problems.append("“同意公开”要选“本人”或“监护人”")
    if not all_checked(values["consent"]):
        problems.append("请勾选“同意确认”：没有取得书面同意的心愿不能提交")
    return problems + privacy_reasons(values, FREE_TEXT, "wish", FIELDS)


def _consenter(value: str) -> str | None:
    return next((by for word, by in CONSENTERS.items() if value.startswith(word)), None)


def _fields(v: dict[str, str]) -> dict:
    """The record's fields from the checked answers. Consent was given on the wish card, at the
    latest today (the builder's default); validation decides whether a child's wish has a
    guardian's (P632)."""
    return {
        "title": v["title"],
        "story": v["story"],
        "category": v["category"],
        "beneficiary.alias": v["alias"],
        "beneficiary.group": v["group"],
        "beneficiary.age_band": v["age_band"],
        "beneficiary.place": v["place"],
        "slots": int(v["slots"]),
        "consent.by": _consenter(v["consent_by"]),
    }
