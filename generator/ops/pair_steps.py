"""The steps of a pair as pure functions: a new pair's record, a duty done, the pair ended.

Like :mod:`generator.ops.steps`, each returns what changes in which file (or raises
:class:`~generator.ops.steps.Refused` with a Chinese message) and never touches files; the
validation after the edit (the R43x, L55x and P65x rules) is the final word.
"""

from __future__ import annotations

from datetime import date
from collections.abc import Iterable

from generator.ops import free_ids
from generator.ops.yaml_edit import Append, Set, render
from generator.ops.steps import Refused, Transition, find_volunteer
from generator.model.records import Model
from generator.model.pairs import Pair
from generator.ops.new_records import NewRecord
from generator.model.taxonomy import names, resolve, resolve_age_band

# Where a missing top-level key of a pair goes (see edit.WISH_ORDER).
PAIR_ORDER = ("id", "volunteer", "beneficiary", "org", "started", "consent", "duties", "ended")


def pair_path(org_id: str, pair_id: str) -> str:
    return f"data/pairs/{org_id}/{pair_id}.yml"


def next_pair_id(taken: Iterable[str], org_id: str, year: int) -> str:
    """``<org's first word>-pair-<year>-NNN`` after the highest number taken that year."""
    return free_ids.numbered(taken, f"{org_id.split('-')[0]}-pair-{year}")[0]


def find_pair(model: Model, pair_id: str) -> Pair:
    pair = model.pairs.get(pair_id)
    if pair is None:
        raise Refused(f"没有编号为 “{pair_id}” 的结对")
    return pair


def _pairing(model: Model):
    if model.settings.pairing is None:
        raise Refused("项目没有设置结对：先在 program.yml 中写 pairing 和 pairing_duties")
    return model.settings.pairing


def new_pair(model: Model, taken: Iterable[str], on: date, volunteer: str, org: str, fields: dict) -> NewRecord:
    """A pair made by ``org`` on ``on``. ``fields``: alias, group, age_band, place (group and
    age band as ids or as their Chinese names), consent_by, and optionally id."""
    _pairing(model)
    who = find_volunteer(model, volunteer)
    if org not in model.orgs:
        raise Refused(f"没有组织 “{org}”")
    program = model.settings
    group = resolve(program.groups, fields["group"])
    if group is None:
        raise Refused(f"没有人群 “{fields['group']}”；可用的：{names(program.groups)}")
    band = resolve_age_band(program.age_bands, fields["age_band"])
    if band is None:
        raise Refused(f"没有年龄段 “{fields['age_band']}”；可用的：{names(program.age_bands)}")
    pair_id = fields.get("id") or next_pair_id(taken, org, on.year)
    record = {
        "id": pair_id,
        "volunteer": who.id,
        "beneficiary": {"alias": fields["alias"], "group": group, "age_band": band, "place": fields["place"]},
        "org": org,
        "started": on,
        "consent": {"by": fields["consent_by"], "date": fields.get("consent_date", on), "recorded_by": org},
    }
    comments = {
        "beneficiary.alias": "称呼，如 小禾、乐乐；不写全名",
        "beneficiary.place": "只写到县、乡镇",
        "consent": "谁签字同意记录（孩子由监护人 guardian 同意）、哪天、哪个组织留存结对表",
    }
    text = render(
        record,
        header=f"结对：{who.name} 与 {fields['alias']}（xinyuan duty 记录职责，xinyuan unpair 结束）",
        comments=comments,
    )
    return NewRecord(pair_path(org, pair_id), text, ())


def duty(model: Model, pair_id: str, kind: str, on: date, note: str | None = None) -> Transition:
    """A duty done on ``on`` (``kind``: the duty's id or its Chinese name)."""
    pairing = _pairing(model)
    pair = find_pair(model, pair_id)
    kind_id = resolve(pairing.duties, kind)
    if kind_id is None:
        raise Refused(f"没有结对职责 “{kind}”；可用的：{names(pairing.duties)}")
    if pair.ended and on > pair.ended:
        raise Refused(f"结对 {pair.id} 已于 {pair.ended} 结束（{pair.ended_reason}），不能再记职责")
    if on < pair.started:
        raise Refused(f"日期 {on} 早于结对日期 {pair.started}")
    last = max((d.date for d in pair.duties), default=None)
    if last and on < last:
        raise Refused(f"日期 {on} 早于最后一条职责记录（{last}）：职责按先后记录")
    entry = {"date": on, "kind": kind_id, "note": note or None}
    return Transition(pair.doc.path, (Append("duties", entry),), f"结对 {pair.id}：{on} {pairing.duties[kind_id].name}")


def unpair(model: Model, pair_id: str, on: date, reason: str) -> Transition:
    pair = find_pair(model, pair_id)
    if pair.ended:
        raise Refused(f"结对 {pair.id} 已于 {pair.ended} 结束")
    last = max((d.date for d in pair.duties), default=pair.started)
    if on < last:
        raise Refused(f"结束日期 {on} 早于最后一条记录（{last}）")
    return Transition(
        pair.doc.path, (Set("ended", {"date": on, "reason": reason}),), f"结对 {pair.id} 于 {on} 结束：{reason}"
    )
