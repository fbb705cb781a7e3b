"""New records: a wish, a volunteer and an organisation, for ``xinyuan new``, the imports and
the intake alike. Pure: returns the path and the text; the caller writes them through
:mod:`generator.ops.changeset`.

A record made from a person's typed answers (``form=True``: intake's issue forms) has no comments
and its free text double-quoted; a template for a person to fill in (``xinyuan new``) has a
comment above each field. Required fields come from the schemas (:mod:`generator.model.vocab`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from collections.abc import Iterable
from typing import Any

from generator.model import vocab
from generator.model.records import Model
from generator.model.repository import path_parts
from generator.ops import free_ids
from generator.ops.yaml_edit import render

_WISH_ID = re.compile(r"(?P<prefix>[a-z0-9-]+?)-(?P<year>[0-9]{4})-(?P<number>[0-9]{3,})")


@dataclass(frozen=True)
class NewRecord:
    path: str
    text: str
    missing: tuple[str, ...]  # required fields left empty for a person to fill in


def wish_prefix(model: Model, org_id: str) -> str:
    """The prefix the organisation's wish ids use (``majiayi``), else its id's first word."""
    used = Counter(
        m["prefix"] for w in model.wishes.values() if w.org == org_id for m in [_WISH_ID.fullmatch(w.id)] if m
    )
    return used.most_common(1)[0][0] if used else org_id.split("-")[0]


def next_wish_id(model: Model, taken: Iterable[str], org_id: str, year: int) -> str:
    """The organisation's next free wish id ``<prefix>-<year>-NNN`` (``taken``: every record's id)."""
    return free_ids.numbered(taken, f"{wish_prefix(model, org_id)}-{year}")[0]


def wish_path(model: Model, org_id: str, wish_id: str, year: int) -> str:
    """Where a new wish goes: the organisation's folder, by year when the folder is sharded so."""
    sharded = any(path_parts(w.doc.path).get("year") for w in model.wishes.values() if w.org == org_id)
    return f"data/wishes/{org_id}/{year}/{wish_id}.yml" if sharded else f"data/wishes/{org_id}/{wish_id}.yml"


# What the builder sets itself; consent is optional in the schema (needed before publication)
# but a new wish records it: it is signed with the wish card.
WISH_REQUIRED = vocab.required(
    "wish", ("id", "org", "slots", "collected", "consent.date", "consent.recorded_by"), also=("consent",)
)
VOLUNTEER_REQUIRED = vocab.required("volunteer", ("id", "kind", "joined"))
ORG_REQUIRED = vocab.required("org", ("id", "claim_approval"))
# Fields that hold what a person typed: double-quoted in records made from a form.
TYPED = frozenset({"title", "story", "beneficiary.alias", "beneficiary.place", "name", "github", "unit"})
WISH_COMMENTS = {
    "title": "必填：一句话说出心愿，40 字以内",
    "story": "必填：为什么需要，600 字以内；不写真实姓名、电话、门牌",
    "category": "必填：program.yml 中的类别编号",
    "beneficiary.alias": "必填：称呼，如 王奶奶、小海；不写全名",
    "beneficiary.group": "必填：program.yml 中的人群编号",
    "beneficiary.age_band": "必填：program.yml 中的年龄段编号，不写出生日期",
    "beneficiary.place": "必填：只写到县、乡镇",
    "slots": "几人可共同认领：1+1 写 1，N+1 写 N",
    "deadline": "截止日期；不写则按类别时限从发布日算起",
    "consent": "必填：谁签字同意公开（by: self 本人，guardian 监护人；不满十四周岁的儿童必须是监护人）、"
    "签字日期、留存同意书的组织；不写同意人姓名。没有同意的心愿不要提交",
}


def wish_record(wish_id: str, org_id: str, collected: date, fields: dict) -> dict:
    """A wish's fields in the schema's order; required fields not given are left empty.

    Consent (``consent.by``, ``consent.date``; default the day of collection, when the wish
    card is signed) is recorded by the collecting organisation.
    """

    def get(name):
        return fields.get(name, "" if name in WISH_REQUIRED else None)

    return {
        "id": wish_id,
        "title": get("title"),
        "story": get("story"),
        "category": get("category"),
        "campaign": get("campaign"),
        "pair": get("pair"),
        "beneficiary": {k: get(f"beneficiary.{k}") for k in ("alias", "group", "age_band", "place")},
        "org": org_id,
        "slots": fields.get("slots", 1),
        "value_yuan": get("value_yuan"),
        "deadline": get("deadline"),
        "collected": collected,
        "consent": {"by": get("consent.by"), "date": fields.get("consent.date", collected), "recorded_by": org_id},
        "vetted": get("vetted"),
    }


def _made(
    path: str,
    record: dict,
    required: tuple[str, ...],
    form: bool,
    header: str = "",
    comments: dict[str, str] | None = None,
) -> NewRecord:
    """The record's text, as a template (comments) or from a form (typed text quoted)."""
    text = render(record, quoted=TYPED) if form else render(record, header=header, comments=comments)
    missing = tuple(name for name in required if not _get(record, name))
    return NewRecord(path, text, missing)


def _get(record: Any, name: str):
    for key in name.split("."):
        record = record.get(key) if isinstance(record, dict) else None
    return record


def new_wish(
    model: Model,
    taken: Iterable[str],
    org_id: str,
    on: date,
    fields: dict,
    form: bool = False,
    header: str = "新心愿：填好标注“必填”的字段，审核后用 xinyuan vet 记录",
    comments: dict[str, str] | None = WISH_COMMENTS,
) -> NewRecord:
    """A wish collected on ``on`` with the organisation's next free id (``taken``: every record's
    id); ``header`` says where it came from (a template's instructions, an import's row)."""
    wish_id = next_wish_id(model, taken, org_id, on.year)
    return _made(
        wish_path(model, org_id, wish_id, on.year),
        wish_record(wish_id, org_id, on, fields),
        WISH_REQUIRED,
        form,
        header,
        comments,
    )


def new_volunteer(volunteer_id: str, on: date, fields: dict, form: bool = False) -> NewRecord:
    # Without a GitHub account (claims by phone or in person) there is no `github`: maintainers
    # record the volunteer's claims.
    record = {
        "id": volunteer_id,
        "name": fields.get("name", ""),
        "github": fields.get("github"),
        "github_id": fields.get("github_id"),
        "unit": fields.get("unit"),
        "kind": fields.get("kind", vocab.VOLUNTEER_KINDS.values[0]),
        "joined": on,
    }
    comments = {
        "name": "必填：愿意公开显示的名字或称呼",
        "github": "GitHub 账号，认领时用它核对身份",
        "unit": "工作单位；每半年向单位反馈一次",
        "kind": vocab.VOLUNTEER_KINDS.described(),
    }
    return _made(f"data/volunteers/{volunteer_id}.yml", record, VOLUNTEER_REQUIRED, form, comments=comments)


def new_org(org_id: str, fields: dict) -> NewRecord:
    """An organisation; without maintainers the key is left out (its parent's maintainers act
    for it where the schema allows that; otherwise the person is asked to fill it in)."""
    record = {
        "id": org_id,
        "name": fields.get("name", ""),
        "level": fields.get("level", ""),
        "parent": fields.get("parent"),
        "place": fields.get("place", ""),
        # None: no maintainers of its own; those of the organisations above act for it.
        "maintainers": list(fields.get("maintainers") or []) or None,
        "claim_approval": fields.get("claim_approval", "review"),
    }
    comments = {
        "name": "必填：组织全称",
        "level": "必填：" + "/".join(vocab.LEVELS.values),
        "parent": "上一级组织的编号（分级圆梦时上报给它）",
        "place": "必填：只写到县、乡镇",
        "maintainers": "可审核、发布、派单的 GitHub 账号；不写则由上级组织的管理员代管",
        "claim_approval": vocab.CLAIM_APPROVAL.described("；"),
    }
    return _made(f"data/orgs/{org_id}.yml", record, ORG_REQUIRED, False, comments=comments)
