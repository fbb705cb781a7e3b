"""The "认领心愿" form: add the author's claim to a wish (and their record, the first time)."""

from __future__ import annotations

import re

import yaml

from generator.model import vocab
from generator.model.loader import load
from generator.model.repository import Repository
from generator.model.sources import Source
from generator.intake import Issue, Outcome, refused
from generator.intake.check import check_files, privacy_reasons, reasons
from generator.intake.forms import all_checked
from generator.model.display_names import name_problem
from generator.intake.form_text import text_problem
from generator.ops import free_ids
from generator.ops.claim_lines import EditError, append_claim
from generator.ops.new_records import new_volunteer

SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
# Plain words YAML readers turn into something other than a string (YAML 1.1 and 1.2).
KEYWORDS = frozenset({"y", "yes", "n", "no", "on", "off", "true", "false", "null", "nan", "inf"})
KINDS = {**vocab.VOLUNTEER_KINDS.by_name(), "": vocab.VOLUNTEER_KINDS.values[0]}  # unanswered: a person
LABELS = {"name": "显示的名字", "unit": "所在单位"}


def intake(source: Source, base: Repository, fields: dict[str, str], issue: Issue) -> Outcome:
    wish_id = fields["wish"].strip()
    if not SLUG.fullmatch(wish_id):
        return refused(["心愿编号只能由小写字母、数字和连字符组成，请从网站的“我来认领”按钮进入"])
    wish = base.model.wishes.get(wish_id)
    if wish is None:
        return refused([f"没有编号为 {wish_id} 的心愿，请核对编号"])
    if not all_checked(fields["consent"]):
        return refused(["请勾选“承诺与同意”"])
    files, mine = {}, base.model.volunteer_by_login(issue.author)
    if mine is None:
        problems, path, volunteer_id, text = _new_volunteer(base, fields, issue)
        if problems:
            return refused(problems)
        files[path] = text
    else:
        volunteer_id = mine.id
    try:
        files[wish.doc.path] = append_claim(wish.doc.path, wish.doc.text, volunteer_id, base.today.isoformat())
    except EditError as exc:
        return refused([f"{exc}；请联系组织的管理员代为登记"])
    verdict, checked = check_files(source, base, files, issue.author, issue.author_id)
    if not verdict.allowed:
        return refused(reasons(verdict.problems))
    if not checked.ok:  # what the claim would break (validation is the final word)
        return refused(reasons(checked.problems))
    return _opened(issue, wish, checked, verdict.needs_review, [p.message for p in verdict.reasons])


def _new_volunteer(base: Repository, fields: dict[str, str], issue: Issue):
    """(problems, path, id, text) of a first-time volunteer's record."""
    login = issue.author
    name, unit = fields["name"].strip(), fields["unit"].strip()
    problems = [] if name else ["第一次认领请填写“显示的名字”"]
    reserved = tuple(o.name for o in base.model.orgs.values())
    for label, value, limit in (("显示的名字", name, 20), ("所在单位", unit, 40)):
        # The same rule for names as validation's I310 (generator/model/display_names.py).
        why = value and (text_problem(value, limit) or name_problem(value, reserved, labels=label == "显示的名字"))
        if why:
            problems.append(f"“{label}”{why}")
    problems += privacy_reasons(fields, LABELS, "volunteer")
    kind = KINDS.get(fields["kind"].strip())
    if kind is None:
        problems.append("“认领身份”只能是 个人、团队 或 单位")
    volunteer_id = free_ids.free(free_ids.taken(base), volunteer_stem(login))
    record = new_volunteer(
        volunteer_id,
        base.today,
        {"name": name, "github": login, "github_id": issue.author_id, "unit": unit or None, "kind": kind},
        form=True,
    )
    return problems, record.path, volunteer_id, record.text


def volunteer_stem(login: str) -> str:
    """The volunteer id a login suggests: lowercased, with ``v-`` in front when the plain word
    might not read back as the same string in some YAML reader: one that starts with a digit
    (``12345``, ``0x1f``, ``1e3``, ``2026-05-01``) or is a YAML keyword (``null``, ``true``, ``on``)."""
    stem = login.lower()
    return stem if _plain(stem) else f"v-{stem}"


def _plain(stem: str) -> bool:
    if not SLUG.fullmatch(stem) or stem[0].isdigit() or stem in KEYWORDS:
        return False
    document, problems = load("id.yml", f"id: {stem}\n".encode())
    return not problems and document is not None and document.data == {"id": stem} and yaml.safe_load(stem) == stem


def _opened(issue: Issue, wish, checked, review: bool, why: list[str]) -> Outcome:
    after = "组织的管理员审核后合并" if review else "检查通过后会自动合并"
    if why:  # e.g. more claims than the program lets one account hold without review (C717)
        after += "（" + "；".join(why) + "）"
    reply = (
        f"已为你生成认领心愿 **{wish.id}**（{wish.title}）的拉取请求，{after}。合并后心愿页面会显示你的认领。谢谢你！"
    )
    body = (
        f"认领心愿 `{wish.id}`：{wish.title}\n\n由议题 #{issue.number} 的表单自动生成"
        f"（作者 @{issue.author}）。\n\nCloses #{issue.number}\n"
    )
    return Outcome(
        True,
        reply,
        dict(checked.changes),
        f"intake/claim-{issue.number}-{wish.id}",
        f"认领心愿：{wish.title}（{wish.id}）",
        body,
        checked,
    )
