"""Turn a spreadsheet of wishes (Chinese column headers) into wish files.

A privacy gate comes first: a column whose header says it holds names, phone numbers, ID
numbers or addresses is refused, unless a name column is mapped to the alias or an address
column to the place explicitly (``alias_from``/``place_from``); phone and ID columns can only be
left out (``drop``). Every cell is then converted, scanned by the privacy checks and checked
against the wish schema; every problem is reported by row and column. Pure: returns the files
to write, writes nothing.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from datetime import date, datetime
from collections.abc import Callable, Iterable

from generator.model import schema, vocab
from generator.ops import changeset
from generator.model.loader import load
from generator.model.records import Model, Program
from generator.ops.new_records import WISH_REQUIRED, new_wish
from generator.rules.privacy import scan
from generator.model.sources import Source
from generator.ops.spreadsheet import Sheet
from generator.model.taxonomy import names, resolve, resolve_age_band

# field -> the headers that mean it (compared without spaces and without a "（元）" unit).
HEADERS = {
    "title": ("心愿", "心愿内容", "微心愿", "心愿名称", "标题"),
    "story": ("故事", "情况说明", "心愿故事", "基本情况", "情况", "说明"),
    "category": ("类别", "分类", "心愿类别", "心愿类型", "类型"),
    "beneficiary.alias": ("称呼", "化名"),
    "beneficiary.group": ("人群", "对象类别", "群体", "人员类别", "帮扶对象"),
    "beneficiary.age_band": ("年龄段", "年龄"),
    "beneficiary.place": ("地点", "所在地", "乡镇", "区域"),
    "deadline": ("截止日期", "完成时限", "时限"),
    "collected": ("征集日期", "登记日期"),
    "value_yuan": ("价值", "预估价值", "金额", "预算"),
    "slots": ("名额", "认领人数"),
    "campaign": ("专项", "专项活动", "活动"),
    "consent.by": ("同意", "同意公开", "公开同意", "谁同意", "同意人"),
    "consent.date": ("同意日期", "签字日期"),
}
REQUIRED = WISH_REQUIRED
# Words in a header that mean personal information; what such a column may be mapped to.
NAME_WORDS, ADDRESS_WORDS = ("姓名", "名字", "真名"), ("住址", "地址", "门牌", "住所")
BLOCKED_WORDS = ("电话", "手机", "身份证", "证件", "联系方式", "微信", "QQ", "银行", "卡号", "出生")
_UNIT = re.compile(r"[（(][^）)]*[）)]$")


@dataclass(frozen=True)
class RowError:
    row: int  # as the spreadsheet numbers it; 0 for the header or the whole sheet
    column: str
    message: str

    def as_text(self) -> str:
        where = f"第 {self.row} 行" if self.row else "表头"
        return f"{where}，“{self.column}”列：{self.message}" if self.column else f"{where}：{self.message}"


@dataclass(frozen=True)
class Options:
    org: str
    on: date
    alias_from: str | None = None
    place_from: str | None = None
    drop: tuple[str, ...] = ()
    vetted: bool = False


@dataclass
class Plan:
    files: dict[int, tuple[str, str]] = field(default_factory=dict)  # row -> (path, text)
    errors: list[RowError] = field(default_factory=list)

    @property
    def bad_rows(self) -> set[int]:
        return {e.row for e in self.errors}


def _normal(header: str) -> str:
    return _UNIT.sub("", "".join(header.split()))


def _sensitive(header: str) -> str | None:
    """'name', 'address' or 'blocked' when the header means personal information."""
    for kind, words in (("blocked", BLOCKED_WORDS), ("name", NAME_WORDS), ("address", ADDRESS_WORDS)):
        if any(word.lower() in header.lower() for word in words):
            return kind
    return None


def _typed(word: str) -> str:
    """A column name as typed after an option (quoted only when the shell would split it)."""
    return word if re.fullmatch(r"[^\s'\"\\$`;&|<>()*?!#~]+", word) else shlex.quote(word)


def _explicit(header: str, options: Options) -> tuple[str | None, str | None]:
    """(field, error) for a column named by ``alias_from`` or ``place_from``."""
    target = "beneficiary.alias" if header == options.alias_from else "beneficiary.place"
    allowed = {"beneficiary.alias": (None, "name"), "beneficiary.place": (None, "address")}[target]
    if _sensitive(header) not in allowed:
        return None, "电话、证件等列不能导入，只能用 --drop 去掉"
    return target, None


def map_columns(
    headers: Iterable[str], options: Options, known: dict = HEADERS, required: tuple[str, ...] = REQUIRED
) -> tuple[dict[str, str], list[RowError]]:
    """header -> field for the columns to import, and the header problems (the privacy gate).

    ``known`` and ``required``: the fields a sheet may and must have (wishes by default; the
    pairing sheet passes its own)."""
    columns: dict[str, str] = {}
    errors: list[RowError] = []
    for header in headers:
        if header in options.drop:
            continue
        if header in (options.alias_from, options.place_from):
            target, error = _explicit(header, options)
        elif _sensitive(header):
            target, error = (
                None,
                (
                    f"可能含有个人信息，拒绝导入；删去这一列或加 --drop {_typed(header)}"
                    + ("；若是称呼，用 --alias-from 指定" if _sensitive(header) == "name" else "")
                    + ("；若只写到乡镇，用 --place-from 指定" if _sensitive(header) == "address" else "")
                ),
            )
        else:
            target = next((f for f, words in known.items() if _normal(header) in words), None)
            error = None if target else "不认识这一列；不需要就加 --drop 去掉"
        if error:
            errors.append(RowError(0, header, error))
        elif target in columns.values():
            errors.append(RowError(0, header, f"与另一列重复（都表示 {target}）"))
        elif target:
            columns[header] = target
    missing = [f for f in required if f not in columns.values()]
    errors += [RowError(0, "", f"缺少“{known[f][0]}”列") for f in missing]
    return columns, errors


def _text(value, program: Program) -> str:
    return str(value).strip()


def _taxon(attribute: str, what: str, finder: Callable = resolve) -> Callable:
    def convert(value, program: Program) -> str:
        entries = getattr(program, attribute)
        found = finder(entries, value)
        if found is None:
            raise ValueError(f"没有{what}“{value}”；可用：{names(entries)}")
        return found

    return convert


def _date(value, program: Program) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for pattern in ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(f"“{text}”不是日期；写成 2026-03-05 或 2026/3/5")


# What people write in the 同意 column: who signed the consent to publication.
CONSENT_WORDS = vocab.CONSENTERS.keyed(
    {
        "self": ("本人", "本人同意", "自己", "self"),
        "guardian": ("监护人", "监护人同意", "家长", "父母", "父亲", "母亲", "爷爷奶奶", "guardian"),
    },
    "words",
)


def _consent(value, program: Program) -> str:
    text = "".join(str(value).split()).lower()
    found = next((by for by, words in CONSENT_WORDS.items() if text in words), None)
    if found is None:
        raise ValueError(
            f"“{value}”不是同意人；写“本人”或“监护人”（儿童必须由监护人签字同意），没有取得同意的心愿不能导入"
        )
    return found


def _number(value, program: Program) -> float | int:
    try:
        number = float(str(value).replace(",", "").replace("，", "").removesuffix("元").strip())
    except ValueError:
        raise ValueError(f"“{value}”不是数字") from None
    return int(number) if number.is_integer() else number


def _count(value, program: Program) -> int:
    number = _number(value, program)
    if not isinstance(number, int):
        raise ValueError(f"“{value}”不是整数")
    return number


CONVERT: dict[str, Callable] = {
    "title": _text,
    "story": _text,
    "beneficiary.alias": _text,
    "beneficiary.place": _text,
    "category": _taxon("categories", "类别"),
    "beneficiary.group": _taxon("groups", "人群"),
    "beneficiary.age_band": _taxon("age_bands", "年龄段", resolve_age_band),
    "campaign": _taxon("campaigns", "专项"),
    "deadline": _date,
    "collected": _date,
    "value_yuan": _number,
    "slots": _count,
    "consent.by": _consent,
    "consent.date": _date,
}


def convert_row(
    number: int,
    cells: dict,
    columns: dict[str, str],
    program: Program,
    convert: dict[str, Callable] = CONVERT,
    required: tuple[str, ...] = REQUIRED,
) -> tuple[dict, list[RowError]]:
    """A row's fields, converted, and its problems (conversion, privacy, missing values)."""
    fields, errors = {}, []
    for header, target in columns.items():
        if header not in cells:
            if target in required:
                errors.append(RowError(number, header, "不能为空"))
            continue
        value = cells[header]
        errors += [RowError(number, header, f"{code} {what}") for code, what in scan(str(value), "wish", target)]
        try:
            fields[target] = convert[target](value, program)
        except ValueError as exc:
            errors.append(RowError(number, header, str(exc)))
    return fields, errors


def _schema_errors(number: int, path: str, text: str, headers: dict[str, str]) -> list[RowError]:
    """Schema problems of the rendered record, each put back in its spreadsheet column."""
    doc, problems = load(path, text.encode("utf-8"))
    if not problems and doc is not None:
        problems = schema.check(doc, "wish")
    by_line = {doc.locate(tuple(f.split("."))).line: header for header, f in headers.items()} if doc else {}
    return [
        RowError(number, by_line.get(p.line, ""), p.message + (f"（{p.hint}）" if p.hint else "")) for p in problems
    ]


def plan(sheet: Sheet, model: Model, taken: Iterable[str], options: Options) -> Plan:
    """The wish files for every good row, and every problem of every bad row."""
    result = Plan()
    if options.org not in model.orgs:
        result.errors.append(RowError(0, "", f"没有组织“{options.org}”"))
        return result
    columns, result.errors = map_columns(sheet.headers, options)
    if result.errors:
        return result
    taken = list(taken)
    for number, cells in sheet.rows:
        fields, errors = convert_row(number, cells, columns, model.settings)
        if errors:
            result.errors += errors
            continue
        collected = fields.pop("collected", options.on)
        if options.vetted:
            fields["vetted"] = {"date": max(collected, options.on), "by": options.org}
        record = new_wish(
            model, taken, options.org, collected, fields, header=f"从表格导入：第 {number} 行", comments=None
        )
        taken.append(record.path.rsplit("/", 1)[1].removesuffix(".yml"))
        errors = _schema_errors(number, record.path, record.text, columns)
        if errors:
            result.errors += errors
        else:
            result.files[number] = (record.path, record.text)
    return result


def check_in_repository(
    source: Source, result: Plan, today: date, loaded=None, skip: frozenset[int] | set[int] = frozenset()
) -> changeset.Checked:
    """The new files of every row not in ``skip``, validated in the repository (duplicates,
    references, rules): the change to write when it brings no problem."""
    return changeset.check(
        source, {path: text for n, (path, text) in result.files.items() if n not in skip}, today, loaded
    )


def row_errors(result: Plan, checked: changeset.Checked) -> list[RowError]:
    """The problems of a checked import, each on the row of the file it is in."""
    rows = {path: number for number, (path, _) in result.files.items()}
    return [RowError(rows.get(p.path, 0), "", p.as_text()) for p in checked.problems]
