"""Read the body GitHub writes for an issue form: a ``### Label`` heading, a blank line, the value.

Which form an issue came from is told by the label the form applies (``labels:`` in
``.github/ISSUE_TEMPLATE/*.yml``), never by the body: anyone can write any heading into a
body. The body must then be exactly that form: its headings, each once, in order, and no
other line starting with ``### `` (a story that contains another form's headings is refused,
not read as that form). The labels and headings are the templates' (a test keeps them in step).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# form name -> {heading label: field id}
FORMS = {
    "claim": {
        "心愿编号": "wish",
        "显示的名字": "name",
        "所在单位": "unit",
        "认领身份": "kind",
        "承诺与同意": "consent",
    },
    "wish": {
        "组织": "org",
        "心愿": "title",
        "心愿故事": "story",
        "类别": "category",
        "受助人称呼": "alias",
        "受助群体": "group",
        "年龄": "age_band",
        "地点": "place",
        "名额": "slots",
        "同意公开": "consent_by",
        "同意确认": "consent",
        "隐私确认": "privacy",
    },
}
# the label each form's template applies -> form name
FORM_LABELS = {"claim": "claim", "new-wish": "wish"}
FORM_TITLES = {"claim": "认领心愿", "wish": "提交心愿"}
NO_RESPONSE = "_No response_"
_HEADING = re.compile(r"^### (.*?)\s*$", re.MULTILINE)
_CHECKED = re.compile(r"^- \[[xX]\] ", re.MULTILINE)
_UNCHECKED = re.compile(r"^- \[ \] ", re.MULTILINE)


class FormError(ValueError):
    """The issue is not one form's, or its body is not what that form writes (a reason in Chinese)."""


def form_of(labels: Iterable[str]) -> str:
    """The form an issue was opened with, from the labels on it."""
    forms = {FORM_LABELS[label] for label in labels if label in FORM_LABELS}
    if not forms:
        raise FormError("没有认出表单：请用“认领心愿”或“提交心愿”表单")
    if len(forms) > 1:
        raise FormError("议题同时带有“认领心愿”和“提交心愿”两个表单的标签，无法判断是哪一张表")
    return forms.pop()


def parse(body: str, labels: Iterable[str]) -> tuple[str, dict[str, str]]:
    """The form (from the labels) and its fields by id; FormError when the body is not that form."""
    form = form_of(labels)
    expected = list(FORMS[form])
    body = body.replace("\r\n", "\n")
    marks = list(_HEADING.finditer(body))
    found = [m.group(1) for m in marks]
    missing = [h for h in expected if h not in found]
    if missing:
        raise FormError(f"议题内容与“{FORM_TITLES[form]}”表单不符（缺少“{missing[0]}”一项）：请不要删改表单里的标题")
    stray = [h for h in found if h not in expected or found.count(h) > 1]
    if stray:
        raise FormError(
            f"填写的内容里不能有以 ### 开头的行（“### {stray[0]}”）：这是表单的小标题的写法，请删去行首的 ###"
        )
    if found != expected:
        raise FormError(f"议题内容与“{FORM_TITLES[form]}”表单不符（各项的顺序不对）：请不要删改表单里的标题")
    fields = {}
    for mark, after in zip(marks, marks[1:] + [None], strict=True):
        value = body[mark.end() : after.start() if after else len(body)].strip()
        fields[FORMS[form][mark.group(1)]] = "" if value == NO_RESPONSE else value
    return form, fields


def all_checked(value: str) -> bool:
    """Every box of a checkboxes field is ticked (and there is at least one)."""
    return bool(_CHECKED.search(value)) and not _UNCHECKED.search(value)
