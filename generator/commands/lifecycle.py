"""The lifecycle commands: ``consent``, ``vet``, ``publish``, ``escalate``, ``claim``, ``dispatch``, ``fulfil``,
``withdraw``, ``extend`` and ``release``. Each edits one wish file in place, keeping its comments
and layout, or refuses and changes nothing.
"""

from __future__ import annotations

from datetime import date
from collections.abc import Callable

import click

from generator.model import vocab
from generator.ops import yaml_edit as edit
from generator.ops import steps as lifecycle
from generator.ops.changeset import read
from generator.model.records import Model, Status
from generator.commands.apply import load_repo, refuse, refusals, write_checked
from generator.commands.options import DATE, as_date, on_option, repo_option, today_option, today_of


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


def _run_many(
    root: str,
    today,
    on,
    wish_ids: tuple[str, ...],
    every: bool,
    org: str | None,
    status: Status,
    step: Callable[[Model, str, date], lifecycle.Transition],
) -> None:
    """One step for several wishes, in one validated change: every wish or none is written."""
    if every == bool(wish_ids):
        raise click.UsageError("给出心愿编号，或者用 --all --org 组织编号（两者只能选一种）")
    if every and not org:
        raise click.UsageError("--all 需要 --org：哪个组织的心愿")
    today = today_of(today)
    repo, day = load_repo(root, today), as_date(on) or today
    if every:
        assert org is not None  # --all comes with --org (checked above)
        if org not in repo.model.orgs:
            refuse(f"没有组织 “{org}”")
        wish_ids = tuple(
            sorted(w.id for w in repo.model.wishes.values() if w.handler == org and w.status(day) is status)
        )
        if not wish_ids:
            click.echo(f"{repo.model.orgs[org].name}（{org}）没有“{status.label}”的心愿，没有需要修改的文件")
            return
    transitions, refused = [], []
    for wish_id in dict.fromkeys(wish_ids):
        try:
            transitions.append(step(repo.model, wish_id, day))
        except lifecycle.Refused as exc:
            refused.append(str(exc))
    if refused:
        refuse(
            f"{len(refused)} 个心愿不能这样修改（要么全部写入，要么都不写）：\n"
            + "\n".join(f"  {reason}" for reason in refused)
        )
    before = {t.path: read(root, t.path) for t in transitions}
    changes: dict[str, str | bytes | None] = {t.path: edit.apply(before[t.path], list(t.ops)) for t in transitions}
    summary = "\n".join(t.summary for t in transitions)
    if len(transitions) > 1:
        summary += f"\n共 {len(transitions)} 个心愿"
    write_checked(root, changes, before, today, summary, repo)


def _batch(func):
    """A lifecycle command for several wishes at once (or all of an organisation's)."""
    func = refusals(func)
    for decorate in (
        today_option,
        on_option,
        repo_option,
        click.option("--org", help="与 --all 一起用：哪个组织（现在经手心愿的组织）。"),
        click.option("--all", "every", is_flag=True, help="这个组织所有符合条件的心愿。"),
        click.argument("wishes", nargs=-1),
    ):
        func = decorate(func)
    return click.command()(func)


@_command
@click.option(
    "--by",
    "by",
    type=click.Choice(vocab.CONSENTERS.values),
    required=True,
    help="谁同意公开：self 本人，guardian 父母或其他监护人（不满十四周岁的儿童必须是监护人）。",
)
@click.option("--recorded-by", help="留存签字同意书的组织（默认是征集组织）。")
def consent(wish, by, recorded_by, root, on, today):
    """记录心愿 WISH 的受助人（或其监护人）同意公开（--on 是签字的日期）。

    只记谁同意、哪天、哪个组织留存同意书；不写同意人的姓名，同意书由组织保管。
    """
    _run(root, today, on, lambda m, d: lifecycle.consent(m, wish, d, by, recorded_by))


@_batch
@click.option("--by", help="审核的组织（默认是征集组织）。")
def vet(wishes, every, org, by, root, on, today):
    """审核通过心愿 WISHES（审核把关），可一次给出多个；--all --org 审核一个组织全部已征集的心愿。

    所有心愿一起校验、一起写入：有一个不能审核，就一个也不写。

    \b
    例：xinyuan vet majiayi-2026-019 dongpo-2026-021
        xinyuan vet --all --org yangguang-community
    """
    _run_many(root, today, on, wishes, every, org, Status.COLLECTED, lambda m, w, d: lifecycle.vet(m, w, d, by))


@_batch
def publish(wishes, every, org, root, on, today):
    """把已审核的心愿 WISHES 发布到心愿清单，可一次给出多个；--all --org 发布一个组织全部已审核的心愿。

    每月集中发布时用：所有心愿一起校验、一起写入，有一个不能发布，就一个也不写。

    \b
    例：xinyuan publish lianhua-2026-021 liutang-2026-015
        xinyuan publish --all --org jinqiao-community
    """
    _run_many(root, today, on, wishes, every, org, Status.VETTED, lifecycle.publish)


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
    _run(
        root, today, on, lambda m, d: lifecycle.claim(m, wish, volunteer, d, by or lifecycle.find_wish(m, wish).handler)
    )


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
    _run(root, today, on, lambda m, d: lifecycle.extend(m, wish, to.date(), d, reason))


@_command
@click.argument("volunteer")
@click.option("--voluntary", is_flag=True, help="志愿者主动放弃（不必等到逾期）。")
@click.option("--until", type=DATE, help="重新上架后的截止日期（默认按类别时限从今天算起）。")
def release(wish, volunteer, voluntary, until, root, on, today):
    """收回志愿者 VOLUNTEER 对心愿 WISH 的逾期认领，名额重新开放。"""
    _run(
        root,
        today,
        on,
        lambda m, d: lifecycle.release(m, wish, volunteer, d, voluntary=voluntary, until=as_date(until)),
    )
