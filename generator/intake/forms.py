"""Read the body GitHub writes for an issue form: a ``### Label`` heading, a blank line, the value.

The field labels are those of ``.github/ISSUE_TEMPLATE/*.yml`` (a test keeps them in step).
"""

from __future__ import annotations

import re

# form name -> {heading label: field id}
FORMS = {
    "claim": {"心愿编号": "wish", "显示的名字": "name", "所在单位": "unit", "认领身份": "kind",
              "承诺与同意": "consent"},
    "wish": {"组织": "org", "心愿": "title", "心愿故事": "story", "类别": "category",
             "受助人称呼": "alias", "受助群体": "group", "年龄": "age_band", "地点": "place",
             "名额": "slots", "同意公开": "consent_by", "同意确认": "consent", "隐私确认": "privacy"},
}
NO_RESPONSE = "_No response_"
_HEADING = re.compile(r"^### (.+?)\s*$", re.MULTILINE)
_CHECKED = re.compile(r"^- \[[xX]\] ", re.MULTILINE)
_UNCHECKED = re.compile(r"^- \[ \] ", re.MULTILINE)


def sections(body: str) -> dict[str, str]:
    """Heading -> value (stripped; empty for GitHub's ``_No response_``). The first heading wins."""
    body = body.replace("\r\n", "\n")
    found: dict[str, str] = {}
    marks = list(_HEADING.finditer(body))
    for mark, after in zip(marks, marks[1:] + [None]):
        value = body[mark.end():after.start() if after else len(body)].strip()
        found.setdefault(mark.group(1), "" if value == NO_RESPONSE else value)
    return found


def parse(body: str) -> tuple[str | None, dict[str, str]]:
    """Which form the body came from, and its fields by id (missing fields are empty)."""
    found = sections(body)
    for name, labels in FORMS.items():
        if set(labels) <= set(found):
            return name, {field: found[label] for label, field in labels.items()}
    return None, {}


def all_checked(value: str) -> bool:
    """Every box of a checkboxes field is ticked (and there is at least one)."""
    return bool(_CHECKED.search(value)) and not _UNCHECKED.search(value)
