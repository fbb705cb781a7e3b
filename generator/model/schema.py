"""JSON Schema validation of one document, with errors placed at the offending line.

The schemas in ``schemas/`` are the single source of truth for field names, types and values.
A compiled validator (jsonschema-rs) answers "valid?" in microseconds, which is all that most
files need; an invalid file is then explained by the reference implementation (jsonschema),
whose errors carry the keyword and subschema our messages are made from. jsonschema reports a
JSON path; the document turns that path into a line and column.
"""

from __future__ import annotations

import difflib
import json
import re
from datetime import date
from functools import cache
from collections.abc import Iterator

import jsonschema_rs

from generator import shipped
from generator.model import filing
from generator.model.codes import Code
from generator.model.loader import Document
from generator.model.problems import Problem

KINDS = ("program", "org", "volunteer", "wish", "pair")
SCHEMA_DIR = shipped.path("schemas")

_TYPE_NAMES = {
    "object": "键值表",
    "array": "列表",
    "string": "文字",
    "integer": "整数",
    "number": "数字",
    "boolean": "true 或 false",
    "null": "空值",
}
# Messages for the shared definitions, recognised by their pattern.
_PATTERN_HINTS = {
    "^[a-z0-9][a-z0-9-]*$": ("不是有效的标识", "标识只用小写英文字母、数字和连字符，如 majiayi-2026-003"),
    "^(?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}$": (
        "不是日期",
        "日期写成 YYYY-MM-DD，年份在 1900 到 2099 之间，如 2026-03-05",
    ),
    "^[^\\n\\r]*\\S[^\\n\\r]*$": ("应为一行文字", "去掉换行，写成一行"),
    "^https?://": ("不是网址", "写完整的网址，以 https:// 开头"),
    "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$": (
        "不是有效的 GitHub 账号",
        "GitHub 账号只用英文字母、数字和连字符（不在开头结尾、不连用），最长 39 个字符，不带 @",
    ),
    "^[0-9+() -]{5,20}$": ("不是电话号码", "只写数字、空格、+、括号和连字符，5 到 20 个字符，如 0745-1234567"),
}
_EXAMPLES = {
    "integer": "一个整数，如 1",
    "number": "一个数字，如 300",
    "boolean": "true 或 false",
    "string": "一段文字",
    "array": "一个列表，如 [a, b]，或每项一行以 - 开头",
    "object": "一个键值表，如 {date: 2026-03-05, by: …}，或每项一行",
}
_DATE_TYPED = re.compile(
    r"\s*(?P<y>(?:19|20)[0-9]{2})\s*[-/.年]\s*(?P<m>[0-9]{1,2})\s*[-/.月]\s*(?P<d>[0-9]{1,2})\s*日?\s*"
)


def allowed(schema: dict) -> str:
    """What a value must be, in words, from its schema: the values, the form, the limits."""
    if "enum" in schema:
        return "可用的值：" + "、".join(str(v) for v in schema["enum"])
    if schema.get("pattern") in _PATTERN_HINTS:
        return _PATTERN_HINTS[schema["pattern"]][1]
    kind = schema.get("type")
    kind = kind if isinstance(kind, str) or kind is None else kind[0]
    parts = [f"写{_EXAMPLES[kind]}"] if kind in _EXAMPLES else []
    if "minimum" in schema and "maximum" in schema:
        parts.append(f"在 {schema['minimum']} 到 {schema['maximum']} 之间")
    elif "minimum" in schema:
        parts.append(f"不小于 {schema['minimum']}")
    if "maxLength" in schema:
        parts.append(f"最多 {schema['maxLength']} 个字")
    return "，".join(parts)


def _iso_date(text) -> str | None:
    """``2027/3/1``, ``2027.3.1``, ``2027年3月1日`` as the ISO date it means, when it is one."""
    match = _DATE_TYPED.fullmatch(str(text))
    if not match:
        return None
    try:
        return date(int(match["y"]), int(match["m"]), int(match["d"])).isoformat()
    except ValueError:
        return None


def load_schema(kind: str) -> dict:
    return json.loads((SCHEMA_DIR / f"{kind}.schema.json").read_text(encoding="utf-8"))


_COMMON_REF = "common.schema.json#/$defs/"
_ISO_SHAPE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _inline(node, defs: dict):
    """Replace references to the shared definitions by the definitions themselves.

    Resolving a ``$ref`` costs jsonschema a registry lookup each time a value is checked (most
    of the validation time at city scale). Keywords beside a ``$ref`` in our schemas only
    narrow the definition (a shorter ``maxLength``, a description), so they override it.
    """
    if isinstance(node, list):
        return [_inline(item, defs) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _inline(value, defs) for key, value in node.items()}
    ref = node.pop("$ref", None)
    if ref is None:
        return node
    if not ref.startswith(_COMMON_REF):
        raise ValueError(f"unsupported $ref {ref}")
    return {**defs[ref.removeprefix(_COMMON_REF)], **node}


@cache
def schema_of(kind: str) -> dict:
    """The kind's schema with the shared definitions inlined."""
    return _inline(load_schema(kind), load_schema("common")["$defs"])


@cache
def fast_validator(kind: str):
    return jsonschema_rs.Draft202012Validator(schema_of(kind), validate_formats=True)


@cache
def validator(kind: str):
    # Imported only to explain an invalid file: with its format checkers it takes seconds.
    from jsonschema import Draft202012Validator
    from jsonschema.validators import extend

    # JSON Schema counts 3.0 as an integer; the model and the rules count with Python ints.
    checker = Draft202012Validator.TYPE_CHECKER.redefine(
        "integer", lambda _, value: isinstance(value, int) and not isinstance(value, bool)
    )
    strict = extend(Draft202012Validator, type_checker=checker)
    return strict(schema_of(kind), format_checker=Draft202012Validator.FORMAT_CHECKER)


# How a float can be written in YAML 1.2 (3.0, .5, 1e3, .inf, .nan): a file without any of these
# holds none, which spares walking every value of the (many) files that have none.
_FLOAT_SPELLING = re.compile(r"[0-9]\.|\.[0-9]|[0-9][eE]|\.(?:inf|nan)", re.IGNORECASE)


def _holds_float(doc: Document) -> bool:
    return (not doc.text or _FLOAT_SPELLING.search(doc.text) is not None) and _has_float(doc.data)


def _has_float(data) -> bool:
    if isinstance(data, float):
        return True
    if isinstance(data, dict):
        return any(_has_float(v) for v in data.values())
    return isinstance(data, list) and any(_has_float(v) for v in data)


def check(doc: Document, kind: str) -> list[Problem]:
    """Every schema problem in the document, each at the line of the value it concerns."""
    # Decimals are rare and the fast validator would take 3.0 for an integer: explain them.
    if not _holds_float(doc) and fast_validator(kind).is_valid(doc.data):
        return []
    problems = [p for error in validator(kind).iter_errors(doc.data) for p in _problems(doc, error)]
    if problems or fast_validator(kind).is_valid(doc.data):
        return problems
    # The two implementations agree on our schemas; should they ever not, say so plainly.
    return [doc.problem((), Code.S204, str(next(fast_validator(kind).iter_errors(doc.data))))]


def _name(path) -> str:
    return ".".join(str(p) for p in path) or "文件"


def _problems(doc: Document, error) -> Iterator[Problem]:
    path = tuple(error.absolute_path)
    keyword, schema, instance = error.validator, error.schema, error.instance
    if keyword == "required":
        missing = error.message.split("'")[1]
        yield doc.problem(path, Code.S201, f"缺少必填字段 “{missing}”（在 {_name(path)} 中）", f"加上 `{missing}: …`")
    elif keyword in ("unevaluatedProperties", "additionalProperties"):
        known = list(schema.get("properties", {}))
        for key in instance:
            if key in known:
                continue
            close = difflib.get_close_matches(str(key), known, n=1)
            hint = f"是不是 “{close[0]}”？" if close else f"可用的字段：{'、'.join(known)}"
            yield doc.problem(path + (key,), Code.S202, f"未知字段 “{key}”", hint, key=True)
    elif keyword == "type":
        expected = schema["type"]
        expected = expected if isinstance(expected, str) else expected[0]
        whole = expected == "integer" and isinstance(instance, float) and instance.is_integer()
        yield doc.problem(
            path,
            Code.S203,
            f"{_name(path)} 应为{_TYPE_NAMES.get(expected, expected)}，"
            f"实际是 {json.dumps(instance, ensure_ascii=False, default=str)}",
            f"去掉小数点，写成 {int(instance)}" if whole else allowed(schema),
        )
    elif keyword == "format" and schema.get("format") == "date" and not _ISO_SHAPE.fullmatch(str(instance)):
        return  # not even YYYY-MM-DD: the pattern's problem says which form to use
    elif keyword == "pattern" and (field := filing.field_of(schema["pattern"])):
        code, message, hint = filing.explain(field, _name(path), instance)
        yield doc.problem(path, code, message, hint)
    else:
        message, hint = _value_message(keyword, schema, instance, path)
        yield doc.problem(path, Code.S204, message, hint)


def _value_message(keyword: str, schema: dict, instance, path) -> tuple[str, str]:
    shown = json.dumps(instance, ensure_ascii=False, default=str)
    where = _name(path)
    if keyword == "enum":
        values = [str(v) for v in schema["enum"]]
        close = difflib.get_close_matches(str(instance), values, n=1)
        hint = (f"是不是 “{close[0]}”？" if close else "") + "可用的值：" + "、".join(values)
        return f"{where} 的值 {shown} 不在允许的取值中", hint
    if keyword == "pattern" and schema.get("format") == "date":
        iso = _iso_date(instance)
        if iso is None and _ISO_SHAPE.fullmatch(str(instance)):  # the shape is right, the year is not
            return (
                f"{where} 的值 {shown} 的年份不在 1900 到 2099 之间",
                "改正年份（常见是多打或少打了一位）；日期写成 YYYY-MM-DD，年份在 1900 到 2099 之间",
            )
        return (
            f"{where} 的值 {shown} 不是 YYYY-MM-DD 格式的日期",
            f"改成 {iso}"
            if iso
            else "日期写成 YYYY-MM-DD（年-月-日，月和日都写两位），年份在 1900 到 2099 之间，如 2026-03-05",
        )
    if keyword == "pattern" and schema["pattern"] in _PATTERN_HINTS:
        what, hint = _PATTERN_HINTS[schema["pattern"]]
        return f"{where} 的值 {shown} {what}", hint
    if keyword == "format" and schema.get("format") == "date":
        return f"{where} 的日期 {shown} 不存在", "检查月份和日期，如 2 月没有 30 日"
    if keyword in ("minimum", "maximum"):
        bound = "不能小于" if keyword == "minimum" else "不能大于"
        return f"{where} 的值 {shown} 超出范围", f"{bound} {schema[keyword]}"
    if keyword in ("minLength", "maxLength"):
        bound = "至少" if keyword == "minLength" else "最多"
        return f"{where} 的长度不合适（{len(instance)} 个字）", f"{bound} {schema[keyword]} 个字"
    if keyword in ("minItems", "maxItems"):
        bound = "至少" if keyword == "minItems" else "最多"
        return f"{where} 的项数不合适", f"{bound} {schema[keyword]} 项"
    if keyword == "uniqueItems":
        return f"{where} 中有重复的项", "删去重复的一项"
    return f"{where} 的值 {shown} 不符合要求", allowed(schema) or "参看 schemas/ 中对这个字段的说明"
