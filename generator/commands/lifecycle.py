"""The lifecycle commands: ``consent``, ``vet``, ``publish``, ``escalate``, ``claim``, ``dispatch``, ``fulfil``,
``withdraw``, ``extend`` and ``release``. Each edits one wish file in place, keeping its comments
and layout, or refuses and changes nothing.
"""

from __future__ import annotations

from datetime import date
from typing import Callable

import click

from .. import edit, lifecycle
from ..changeset import read
from ..model import Model
from .apply import load_repo, refusals, write_checked
from .options import DATE, as_date, on_option, repo_option, today_option, today_of


def _run(root: str, today, on, step: Callable[[Model, date], lifecycle.Transition]) -> None:
    today = today_of(today)
    repo = load_repo(root, today)
    transition = step(repo.model, as_date(on) or today)
    before = read(root, transition.path)
    after = edit.apply(before, list(transition.ops))
    write_checked(root, {transition.path: after}, {transition.path: before}, today, transition.summary, repo)


def _command(func):
    """A lifecycle command: the wish id argument and the shared options."""
    func = refusals(func)
    for decorate in (today_option, on_option, repo_option, click.argument("wish")):
        func = decorate(func)
    return click.command()(func)


@_command
@click.option("--by", "by", type=click.Choice(["self", "guardian"]), required=True,
              help="谁同意公开：self 本人，guardian 父母或其他监护人（不满十四周岁的儿童必须是监护人）。")
@click.option("--recorded-by", help="留存签字同意书的组织（默认是征集组织）。")
def consent(wish, by, recorded_by, root, on, today):
    """记录心愿 WISH 的受助人（或其监护人）同意公开（--on 是签字的日期）。

    只记谁同意、哪天、哪个组织留存同意书；不写同意人的姓名，同意书由组织保管。
    """
    _run(root, today, on, lambda m, d: lifecycle.consent(m, wish, d, by, recorded_by))


@_command
@click.option("--by", help="审核的组织（默认是征集组织）。")
def vet(wish, by, root, on, today):
    """审核通过心愿 WISH（审核把关）。"""
    _run(root, today, on, lambda m, d: lifecycle.vet(m, wish, d, by))


@_command
def publish(wish, root, on, today):
    """把已审核的心愿 WISH 发布到心愿清单。"""
    _run(root, today, on, lambda m, d: lifecycle.publish(m, wish, d))


@_command
@click.option("--note", help="上报的原因，一行。")
def escalate(wish, note, root, on, today):
    """把心愿 WISH 上报给上一级组织（分级圆梦）。

    发布后没人认领的心愿也可以上报：心愿留在清单上，改由上级组织承办、派单。"""
    _run(root, today, on, lambda m, d: lifecycle.escalate(m, wish, d, note))


@_command
@click.argument("volunteer")
def claim(wish, volunteer, root, on, today):
    """记录志愿者 VOLUNTEER（编号或 GitHub 账号）认领心愿 WISH。"""
    _run(root, today, on, lambda m, d: lifecycle.claim(m, wish, volunteer, d))


@_command
@click.argument("volunteer")
@click.option("--by", help="派单的组织（默认是当前经手的组织）。")
def dispatch(wish, volunteer, by, root, on, today):
    """组织派单：把心愿 WISH 派给志愿者 VOLUNTEER。"""
    _run(root, today, on,
         lambda m, d: lifecycle.claim(m, wish, volunteer, d, by or lifecycle.find_wish(m, wish).handler))


@_command
@click.option("--note", help="圆梦情况，一行（会公开显示）。")
def fulfil(wish, note, root, on, today):
    """标记心愿 WISH 已圆梦（销号）。"""
    _run(root, today, on, lambda m, d: lifecycle.fulfil(m, wish, d, note))


@_command
@click.option("--reason", required=True, help="撤回的原因，一行（会公开显示）。")
def withdraw(wish, reason, root, on, today):
    """撤回心愿 WISH（不再征集认领）。"""
    _run(root, today, on, lambda m, d: lifecycle.withdraw(m, wish, d, reason))


@_command
@click.option("--to", "to", type=DATE, required=True, help="新的截止日期（YYYY-MM-DD）。")
@click.option("--reason", help="延期的原因，一行。")
def extend(wish, to, reason, root, on, today):
    """把心愿 WISH 的截止日期延至 --to。"""
    _run(root, today, on, lambda m, d: lifecycle.extend(m, wish, as_date(to), d, reason))


@_command
@click.argument("volunteer")
@click.option("--voluntary", is_flag=True, help="志愿者主动放弃（不必等到逾期）。")
@click.option("--until", type=DATE, help="重新上架后的截止日期（默认按类别时限从今天算起）。")
def release(wish, volunteer, voluntary, until, root, on, today):
    """收回志愿者 VOLUNTEER 对心愿 WISH 的逾期认领，名额重新开放。"""
    _run(root, today, on, lambda m, d: lifecycle.release(m, wish, volunteer, d, voluntary=voluntary,
                                                         until=as_date(until)))
