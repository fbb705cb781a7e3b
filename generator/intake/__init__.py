"""Turn an issue opened with one of the forms into a record change, or a clear refusal.

:func:`intake` reads the issue (body, author, number) and returns an :class:`Outcome`: the
files to write and the pull request to open, or the reasons to reply with. It never writes
anything itself; the ``xinyuan intake`` command writes the validated change
(:func:`generator.ops.changeset.write`), and the workflow commits and opens the
pull request. Form input is untrusted: every value is checked and quoted, and the change is
checked by the same policy and validation as any pull request.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from generator.model.repository import load_repository
from generator.ops.changeset import Checked
from generator.model.sources import Source
from generator.intake.forms import FormError, parse

LOGIN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}")


@dataclass
class Outcome:
    ok: bool
    reply: str  # Markdown comment for the issue
    files: dict[str, str] = field(default_factory=dict)
    branch: str = ""
    title: str = ""
    body: str = ""  # the pull request's description
    checked: Checked | None = field(default=None, repr=False)  # ``files`` validated, to write

    def summary(self) -> dict:
        return {
            "ok": self.ok,
            "branch": self.branch,
            "title": self.title,
            "body": self.body,
            "paths": sorted(self.files),
        }


def refused(reasons: list[str]) -> Outcome:
    lines = "\n".join(f"- {r}" for r in reasons)
    return Outcome(
        False, f"没能处理这份表单，没有做任何修改：\n\n{lines}\n\n请修改后重新提交一份表单，或联系心愿所属组织。"
    )


@dataclass(frozen=True)
class Issue:
    number: int
    author: str
    body: str
    author_id: int | None = None  # GitHub's numeric id of the author (``user.id``)
    labels: tuple[str, ...] = ()

    @classmethod
    def from_event(cls, event: dict) -> Issue | None:
        issue = event.get("issue") if isinstance(event, dict) else None
        if not isinstance(issue, dict):
            return None
        number, body, user = issue.get("number"), issue.get("body") or "", issue.get("user")
        login = user.get("login", "") if isinstance(user, dict) else ""
        labels = issue.get("labels") or []
        if (
            isinstance(number, bool)
            or not isinstance(number, int)
            or not isinstance(body, str)
            or not isinstance(login, str)
            or not LOGIN.fullmatch(login)
            or not isinstance(labels, list)
            or not _encodable(body)
        ):
            return None
        user_id = user.get("id") if isinstance(user, dict) else None
        valid_id = isinstance(user_id, int) and not isinstance(user_id, bool) and user_id > 0
        names = tuple(
            label["name"] for label in labels if isinstance(label, dict) and isinstance(label.get("name"), str)
        )
        return cls(number, login, body, user_id if valid_id else None, names)


def _encodable(text: str) -> bool:
    """No lone surrogates (JSON can escape them; UTF-8 cannot hold them, so no reply could)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def intake(source: Source, event: dict, today: date | None = None) -> Outcome:
    from generator.intake import claim, wish

    issue = Issue.from_event(event)
    if issue is None:
        return refused(["事件里没有可读的议题（issue）"])
    try:
        form, fields = parse(issue.body, issue.labels)
    except FormError as exc:
        return refused([str(exc)])
    base = load_repository(source, today)
    if base.model.program is None:
        return refused(
            [
                "主分支的 data/program.yml 现在读不出来，暂时无法处理表单；"
                "请管理员先修好它（xinyuan validate 会指出问题），再重新提交"
            ]
        )
    handler = claim.intake if form == "claim" else wish.intake
    return handler(source, base, fields, issue)
