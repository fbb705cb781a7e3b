"""Roles are GitHub logins, and a login can change hands: an account renamed or deleted frees its
login for anyone to register. Where the data records GitHub's numeric user id for a login
(``github_id`` on a volunteer, ``maintainer_ids`` on an organisation), a pull request by that
login must come from that id (C718). The id comes from the event (``user.id``), which GitHub
fills in, never from the pull request's text. Without ``--author-id`` nothing is compared.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.model.codes import Code
from generator.model.problems import Problem
from generator.policy.context import Context

HINT = "GitHub 用户名可以改名或注销后被别人注册；如果你确实换了账号，请让最上级组织的管理员更新记录里的账号编号"


def check(ctx: Context) -> Iterator[Problem]:
    author_id, login = ctx.author_id, ctx.roles.login
    if author_id is None:
        return
    mine = ctx.base.model.volunteer_by_login(login)
    if mine is not None and mine.github_id is not None and mine.github_id != author_id:
        yield mine.doc.problem(("github_id",), Code.C718, _message(login, mine.github_id, author_id), HINT)
    for org in sorted(ctx.base.model.orgs.values(), key=lambda o: o.id):
        recorded = org.maintainer_ids.get(login)
        if login in (m.lower() for m in org.maintainers) and recorded not in (None, author_id):
            yield org.doc.problem(("maintainer_ids",), Code.C718, _message(login, recorded, author_id), HINT)
    head = ctx.head.model.volunteer_by_login(login)
    if (
        head is not None
        and head.github_id not in (None, author_id)
        and (mine is None or mine.github_id != head.github_id)
    ):
        yield head.doc.problem(
            ("github_id",),
            Code.C718,
            f"github_id 必须是你自己的 GitHub 账号编号 {author_id}（现在是 {head.github_id}）",
            "删掉 github_id 这一行，或写成你自己的编号",
        )


def _message(login: str, recorded: int, author_id: int) -> str:
    return f"记录里账号 {login} 的编号是 {recorded}，而这个拉取请求作者的账号编号是 {author_id}：同名的可能不是同一个人"
