"""The site's filing numbers (备案号): the ICP number the MIIT issues and the public security
(公安联网备案) number, what a mistyped one should have been, and where each must link to.

The patterns live in schemas/program.schema.json (the single source of truth); the schema stage
reports a number that does not match them as S220 or S221 with the hint made here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from generator.model.codes import Code

MIIT_URL = "https://beian.miit.gov.cn/"
POLICE_URL = "https://beian.mps.gov.cn/#/query/webSearch?code={code}"

# field in program.yml: (rule code, what it is, how it is written)
FIELDS = {
    "icp": (
        Code.S220,
        "ICP备案号",
        "写成省份简称 + ICP备 + 数字 + 号，网站序号（如 -1）可写可不写，如 湘ICP备2026000001号-1；"
        "照工信部备案系统（beian.miit.gov.cn）查到的写法抄写，用半角数字和连字符",
    ),
    "police_filing": (
        Code.S221,
        "公安备案号",
        "写成省份简称 + 公网安备 + 14 位数字 + 号，如 湘公网安备43010202000001号；"
        "照全国互联网安全管理服务平台（beian.mps.gov.cn）给出的写法抄写",
    ),
}
# Labels people copy along with the number ("ICP备案号：…").
_LABEL = re.compile(r"^(ICP)?(备案号|备案编号|公安备案号|网安备案号)[:：]?")


@dataclass(frozen=True)
class Filing:
    text: str  # the number as shown
    url: str  # where the regulation says it must link to


@cache
def pattern(field: str) -> str:
    from generator.model.schema import load_schema

    return load_schema("program")["properties"][field]["pattern"]


def field_of(schema_pattern: str) -> str | None:
    """The program.yml field whose pattern this is, if it is a filing number's."""
    return next((f for f in FIELDS if pattern(f) == schema_pattern), None)


def suggestion(field: str, text) -> str | None:
    """The number a mistyped value most likely means (full-width digits, spaces, a copied label,
    a missing 号), when that reading matches the pattern."""
    value = unicodedata.normalize("NFKC", str(text))
    value = re.sub(r"\s+", "", value).replace("icp", "ICP").replace("Icp", "ICP")
    value = _LABEL.sub("", value)
    value = re.sub(r"[‐‑‒–—―−]", "-", value)
    candidates = [value]
    if "号" not in value:  # 湘ICP备2026000001-1 → 湘ICP备2026000001号-1
        number = re.match(r"^(.*?[0-9]+)(-[0-9]+)?$", value)
        if number:
            candidates.append(number[1] + "号" + (number[2] or ""))
    return next((c for c in candidates if re.fullmatch(pattern(field), c)), None)


def explain(field: str, where: str, text) -> tuple[Code, str, str]:
    """(code, message, hint) for a value of ``field`` that does not match its pattern."""
    code, what, form = FIELDS[field]
    fixed = suggestion(field, text)
    hint = f"改成 {fixed}" if fixed and fixed != text else form
    return code, f"{where} 的值 “{text}” 不是有效的{what}", hint


def filings(icp: str, police_filing: str) -> list[Filing]:
    """The numbers to show at the bottom of every page, each with its link."""
    shown = []
    if icp:
        shown.append(Filing(icp, MIIT_URL))
    if police_filing:
        shown.append(Filing(police_filing, POLICE_URL.format(code=re.sub(r"[^0-9]", "", police_filing))))
    return shown
