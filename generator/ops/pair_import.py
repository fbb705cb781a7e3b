"""Turn a pairing sheet (结对表: 志愿者, 称呼, 人群, 年龄段, 地点, 结对日期, 服务站) into pair files,
behind the same privacy gate as the wish import: columns that hold names, phone numbers, ID
numbers or addresses are refused, every cell is scanned, an alias that looks like a full name
is refused. Pure: returns the files to write, writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from collections.abc import Iterable

from generator.model import vocab
from generator.ops.wish_import import Options, Plan, RowError, _consent, _date, _text, convert_row, map_columns
from generator.ops.steps import Refused
from generator.model.records import Model
from generator.ops.pair_steps import new_pair
from generator.ops.spreadsheet import Sheet

HEADERS = {
    "volunteer": ("志愿者", "结对志愿者", "爱心妈妈", "结对人"),
    "beneficiary.alias": ("称呼", "化名", "孩子称呼"),
    "beneficiary.group": ("人群", "对象类别", "群体", "人员类别"),
    "beneficiary.age_band": ("年龄段", "年龄"),
    "beneficiary.place": ("地点", "所在地", "乡镇"),
    "started": ("结对日期", "结对时间"),
    "org": ("服务站", "结对组织", "组织", "服务站点"),
    "consent.by": ("同意", "同意人", "谁同意"),
}
# The organisation may come from --org instead of a column.
REQUIRED = vocab.required("pair", ("id", "org"))
# Group and age band are resolved by the pair step itself, by id or Chinese name.
# The alias is judged by the privacy scan every cell goes through (P608), as in the wish import.
_CONVERT = {
    "volunteer": _text,
    "beneficiary.alias": _text,
    "beneficiary.group": _text,
    "beneficiary.age_band": _text,
    "beneficiary.place": _text,
    "started": _date,
    "org": _text,
    "consent.by": _consent,
}


@dataclass(frozen=True)
class PairOptions:
    org: str | None  # the organisation when the sheet has no 服务站 column
    consent: str | None  # who signed the sheet when it has no 同意 column: guardian or self
    on: date
    alias_from: str | None = None
    place_from: str | None = None
    drop: tuple[str, ...] = ()


def _find_org(model: Model, text: str) -> str | None:
    text = "".join(text.split())
    if text in model.orgs:
        return text
    named = [o.id for o in model.orgs.values() if o.name == text]
    return named[0] if len(named) == 1 else None


def _find_volunteer(model: Model, text: str) -> str | None:
    """A volunteer by id, GitHub login or shown name (only when one volunteer has it)."""
    if text in model.volunteers:
        return text
    by_login = model.volunteer_by_login(text.removeprefix("@"))
    if by_login:
        return by_login.id
    named = [v.id for v in model.volunteers.values() if v.name == text]
    return named[0] if len(named) == 1 else None


def plan(sheet: Sheet, model: Model, taken: Iterable[str], options: PairOptions) -> Plan:
    result = Plan()
    gate = Options(options.org or "", options.on, options.alias_from, options.place_from, options.drop)
    columns, result.errors = map_columns(sheet.headers, gate, HEADERS, REQUIRED)
    if "org" not in columns.values() and options.org not in model.orgs:
        result.errors.append(RowError(0, "", "表中没有“服务站”列：用 --org 给出建立结对的组织"))
    if "consent.by" not in columns.values() and options.consent is None:
        result.errors.append(RowError(0, "", "表中没有“同意”列：用 --consent guardian 说明结对表由监护人签字同意"))
    if result.errors:
        return result
    taken = list(taken)
    for number, cells in sheet.rows:
        fields, errors = convert_row(number, cells, columns, model.settings, _CONVERT, REQUIRED)
        if not errors:
            errors = _one(number, fields, model, taken, options, result)
        result.errors += errors
    return result


def _one(
    number: int, fields: dict, model: Model, taken: list[str], options: PairOptions, result: Plan
) -> list[RowError]:
    org = _find_org(model, fields["org"]) if fields.get("org") else options.org
    if org is None:
        return [RowError(number, "服务站", f"没有组织“{fields['org']}”；写组织编号或全称")]
    volunteer = _find_volunteer(model, fields["volunteer"])
    if volunteer is None:
        return [
            RowError(
                number,
                "志愿者",
                f"没有志愿者“{fields['volunteer']}”（或重名）；先用 xinyuan new volunteer 登记，表中写志愿者编号",
            )
        ]
    pair_fields = {
        "alias": fields["beneficiary.alias"],
        "group": fields["beneficiary.group"],
        "age_band": fields["beneficiary.age_band"],
        "place": fields["beneficiary.place"],
        "consent_by": fields.get("consent.by") or options.consent,
    }
    try:
        record = new_pair(model, taken, fields["started"], volunteer, org, pair_fields)
    except Refused as exc:
        return [RowError(number, "", str(exc))]
    taken.append(record.path.rsplit("/", 1)[1].removesuffix(".yml"))
    header = f"从结对表导入：第 {number} 行"
    result.files[number] = (record.path, f"# {header}\n" + record.text.split("\n", 1)[1])
    return []
