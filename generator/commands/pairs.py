"""``xinyuan pair``, ``duty`` and ``unpair``: make a pair, log a duty done, end a pair. Each
writes one file through the one writer (comments kept, validated before writing) or refuses
and changes nothing."""

from __future__ import annotations

import click

from generator.model import vocab
from generator.ops import yaml_edit as edit
from generator.ops import pair_steps as pairing_steps
from generator.ops.changeset import read
from generator.model.repository import path_parts
from generator.ops import free_ids
from generator.commands.apply import load_repo, refusals, write_checked
from generator.commands.new import _write
from generator.commands.options import as_date, on_option, repo_option, today_of, today_option


def _options(func, *extra):
    func = refusals(func)
    for decorate in (today_option, on_option, repo_option, *extra):
        func = decorate(func)
    return click.command()(func)


def _edit(root: str, today, on, step) -> None:
    today = today_of(today)
    repo = load_repo(root, today)
    transition = step(repo.model, as_date(on) or today)
    before = read(root, transition.path)
    after = edit.apply(before, list(transition.ops), pairing_steps.PAIR_ORDER)
    write_checked(root, {transition.path: after}, {transition.path: before}, today, transition.summary, repo)


def pair_(volunteer, org, alias, group, age_band, place, consent_by, pair_id, root, on, today):
    """结对认亲：志愿者 VOLUNTEER 与一个孩子（或家庭）结对，由组织或服务站 --org 建立。

    孩子只写称呼、人群、年龄段和到乡镇的地点，和心愿一样；--consent 记谁签字同意（孩子须由
    监护人同意 guardian），结对表由组织留存。--on 是结对日期。

    \b
    例：xinyuan pair tian-mama --org qingshan-village --alias 小芸 --group 留守儿童 \\
          --age-band 8 --place 云岭县桃溪乡 --consent guardian --on 2026-11-02
    """
    today = today_of(today)
    repo = load_repo(root, today)
    taken = free_ids.taken(repo)
    fields = {
        "alias": alias,
        "group": group,
        "age_band": age_band,
        "place": place,
        "consent_by": consent_by,
        "id": pair_id,
    }
    record = pairing_steps.new_pair(repo.model, taken, as_date(on) or today, volunteer, org, fields)
    _write(root, record, today, f"新结对 {path_parts(record.path)['stem']}：{volunteer} 与 {alias}")


pair = _options(
    pair_,
    click.option("--id", "pair_id", help="结对编号（默认按组织和年份自动编号）。"),
    click.option(
        "--consent",
        "consent_by",
        type=click.Choice(vocab.PAIR_CONSENTERS.values),
        required=True,
        help="谁签字同意记录：guardian 父母或其他监护人（孩子必须是监护人），self 本人。",
    ),
    click.option("--place", required=True, help="地点，只写到县、乡镇。"),
    click.option("--age-band", required=True, help="年龄段编号或名称，或年龄（如 8）。"),
    click.option("--group", required=True, help="人群编号或名称，如 left-behind-child 或 留守儿童。"),
    click.option("--alias", required=True, help="孩子（或家庭）的称呼，如 小禾；不写全名。"),
    click.option("--org", required=True, help="建立结对的组织或服务站。"),
    click.argument("volunteer"),
)


def duty_(pair_id, kind, note, root, on, today):
    """记录结对 PAIR 完成了一项职责 KIND（职责编号或名称，如 home-visit 或 上门家访）。

    --on 是做这件事的日期（默认今天），--note 是一句简短的说明（不写姓名、电话、门牌）。

    \b
    例：xinyuan duty qingshan-pair-2026-005 home-visit --on 2026-11-20 --note 上门辅导作业
    """
    _edit(root, today, on, lambda m, d: pairing_steps.duty(m, pair_id, kind, d, note))


duty = _options(
    duty_,
    click.option("--note", help="一句简短的说明，60 字以内；不写姓名、电话、门牌。"),
    click.argument("kind"),
    click.argument("pair_id", metavar="PAIR"),
)


def unpair_(pair_id, reason, root, on, today):
    """结束结对 PAIR（--on 是最后一天，默认今天），写明原因；之后不能再记职责。

    \b
    例：xinyuan unpair majiayi-pair-2026-002 --reason 孩子随父母外出读书
    """
    _edit(root, today, on, lambda m, d: pairing_steps.unpair(m, pair_id, d, reason))


unpair = _options(
    unpair_,
    click.option("--reason", required=True, help="结束的原因，一句话。"),
    click.argument("pair_id", metavar="PAIR"),
)
