"""The organisation tree from a spreadsheet (``xinyuan init --orgs 组织.xlsx``).

One row per organisation, Chinese headers: 名称, 编号, 上级, 层级, 地点, 管理员. ``上级`` names
the parent by its 编号 or 名称 (empty: directly under the top organisation); ``层级`` takes the
Chinese word (市, 县, 乡镇, 村 …) or the schema's value; ``管理员`` lists GitHub logins separated
by commas, spaces or 、 (empty: the maintainers above act for it). Every problem of every row is
reported with its row and column; the records are returned only when all rows pass. Pure:
writes nothing.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from generator.model import vocab
from generator.ops.wish_import import RowError
from generator.ops.new_records import new_org
from generator.rules.privacy import scan
from generator.ops.spreadsheet import Sheet

HEADERS = {
    "name": ("名称", "组织名称", "组织"),
    "id": ("编号", "组织编号", "代码"),
    "parent": ("上级", "上级组织", "上级编号"),
    "level": ("层级", "级别", "层次"),
    "place": ("地点", "所在地", "地区"),
    "maintainers": ("管理员", "管理员账号", "GitHub账号"),
}
# The columns the organisation schema requires (the claim approval is set by init).
REQUIRED = vocab.required("org", ("claim_approval",))
# Words for each level of the organisation schema (checked against it by tests/test_one_source.py).
LEVELS = vocab.LEVELS.keyed(
    {
        "province": ("省", "省级", "自治区", "直辖市"),
        "city": ("市", "市级", "地级市", "州", "地区", "盟"),
        "county": ("县", "区", "县级", "县级市", "旗", "县区"),
        "township": ("乡", "镇", "乡镇", "街道", "乡镇街道", "苏木"),
        "village": ("村", "行政村", "嘎查"),
        "community": ("社区", "居委会"),
        "unit": ("单位", "机关", "企业"),
    },
    "words",
)
_SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")  # common.schema.json's slug
_LOGIN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}")  # and its login
_SPLIT = re.compile(r"[\s,，、;；]+")


def is_slug(text: str) -> bool:
    return bool(_SLUG.fullmatch(text))


def is_login(text: str) -> bool:
    return bool(_LOGIN.fullmatch(text))


@dataclass(frozen=True)
class Top:
    """The top organisation, given by the answers rather than by the sheet."""

    id: str
    name: str


@dataclass
class Tree:
    files: dict[str, str]  # path -> text of every organisation in the sheet
    rows: dict[str, int]  # path -> the row it came from
    errors: list[RowError]


def _squash(text: str) -> str:
    return "".join(text.split())


def map_columns(headers) -> tuple[dict[str, str], list[RowError]]:
    columns: dict[str, str] = {}
    errors: list[RowError] = []
    known = "、".join(words[0] for words in HEADERS.values())
    for header in headers:
        field = next((f for f, words in HEADERS.items() if _squash(header) in words), None)
        if field is None:
            errors.append(RowError(0, header, f"不认识这一列；可以用的列：{known}"))
        elif field in columns.values():
            errors.append(RowError(0, header, "与另一列重复"))
        else:
            columns[header] = field
    for field in REQUIRED:
        if field not in columns.values():
            errors.append(RowError(0, "", f"缺少“{HEADERS[field][0]}”列"))
    return columns, errors


def level_of(text: str) -> str | None:
    word = _squash(text).lower()
    return next((level for level, words in LEVELS.items() if word == level or word in words), None)


def logins(text: str) -> list[str]:
    return [part.lstrip("@＠") for part in _SPLIT.split(text.strip()) if part.lstrip("@＠")]


def _cells(cells: dict, columns: dict[str, str]) -> dict[str, tuple[str, str]]:
    """field -> (header, text) of a row's filled cells."""
    return {
        field: (header, str(cells[header]).strip())
        for header, field in columns.items()
        if header in cells and str(cells[header]).strip()
    }


def _check_row(number: int, row: dict, columns: dict[str, str]) -> tuple[dict, list[RowError]]:
    """The row's fields and its problems, before the parents are resolved."""
    errors, fields = [], {}
    for field in REQUIRED:
        if field not in row:
            header = next((h for h, f in columns.items() if f == field), "")
            errors.append(RowError(number, header, "不能为空"))
    for field, (header, text) in row.items():
        errors += [RowError(number, header, f"{code} {what}：组织表格里不写个人信息") for code, what in scan(text)]
        if "\n" in text or "\r" in text:
            errors.append(RowError(number, header, "只能写一行"))
        elif field in ("name", "place") and len(text) > 80:
            errors.append(RowError(number, header, "太长了（最多 80 个字）"))
        if field == "id":
            if is_slug(text):
                fields["id"] = text
            else:
                errors.append(
                    RowError(
                        number,
                        header,
                        f"“{text}”不能作编号：只用小写英文字母、数字和连字符，如 majia-village（可用拼音）",
                    )
                )
        elif field == "level":
            level = level_of(text)
            if level:
                fields["level"] = level
            else:
                errors.append(RowError(number, header, f"不认识的层级“{text}”；写 省、市、县、乡镇、村、社区 或 单位"))
        elif field == "maintainers":
            bad = [login for login in logins(text) if not is_login(login)]
            if bad:
                errors.append(
                    RowError(
                        number,
                        header,
                        f"“{'、'.join(bad)}”不是 GitHub 账号；账号只有英文字母、数字和连字符，多个账号用逗号或空格隔开",
                    )
                )
            else:
                fields["maintainers"] = logins(text)
        elif field in ("name", "place", "parent"):
            fields[field] = text
    return fields, errors


def plan(sheet: Sheet, top: Top, claim_approval: str = "auto") -> Tree:
    columns, errors = map_columns(sheet.headers)
    if errors:
        return Tree({}, {}, errors)
    rows: dict[int, dict] = {}
    cells_of = {number: _cells(cells, columns) for number, cells in sheet.rows}
    first_row: dict[str, int] = {}
    for number, row in cells_of.items():
        fields, row_errors = _check_row(number, row, columns)
        org_id = fields.get("id")
        if org_id == top.id:
            row_errors.append(RowError(number, row["id"][0], f"“{org_id}”是最上级组织的编号；最上级组织不用写进表格"))
        elif org_id in first_row:
            row_errors.append(RowError(number, row["id"][0], f"编号“{org_id}”与第 {first_row[org_id]} 行重复"))
        elif org_id:
            first_row[org_id] = number
        errors += row_errors
        rows[number] = fields
    by_name: dict[str, list[str]] = {_squash(top.name): [top.id]}
    for fields in rows.values():
        if "id" in fields and "name" in fields:
            by_name.setdefault(_squash(fields["name"]), []).append(fields["id"])
    known = {top.id, *first_row}
    for number, fields in rows.items():
        if "parent" not in fields:
            fields["parent"] = top.id
            continue
        header, text = cells_of[number]["parent"]
        named = by_name.get(_squash(text), [])
        if text in known:
            fields["parent"] = text
        elif len(named) == 1:
            fields["parent"] = named[0]
        elif named:
            errors.append(RowError(number, header, f"有 {len(named)} 个组织叫“{text}”；写上级的编号"))
        else:
            close = difflib.get_close_matches(
                text, sorted(known) + [f["name"] for f in rows.values() if "name" in f], n=1
            )
            errors.append(
                RowError(
                    number,
                    header,
                    f"没有叫“{text}”的组织"
                    + (f"；是不是“{close[0]}”？" if close else "；写表格里另一行或最上级组织的编号或名称"),
                )
            )
        if fields.get("parent") == fields.get("id"):
            errors.append(RowError(number, header, "上级不能是它自己"))
    if errors:
        return Tree({}, {}, sorted(errors, key=lambda e: (e.row, e.column)))
    files, origin = {}, {}
    for number, fields in rows.items():
        record = new_org(fields["id"], {**fields, "claim_approval": claim_approval})
        files[record.path], origin[record.path] = record.text, number
    return Tree(files, origin, [])
