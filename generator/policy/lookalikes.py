"""Records that pass themselves off as others: names taken from existing records, and a tier
above the parent's.

- A volunteer record added or renamed (by anyone but a top maintainer) whose name reads the
  same as another volunteer's (width, case and spaces set aside, :func:`generator.model.display_names.folded`)
  waits for review (C741): its claims would show on the site as that volunteer's. Two people
  may share a nickname, so a person decides.
- An organisation added or renamed with the name of another organisation or of the program is
  refused (C742): its wishes, signatures and posters would read as that organisation's.
- An organisation added, or given another tier or parent, by anyone but a top maintainer, whose
  tier is not below its parent's (a "city" under a village) is refused (C743). Units (service stations) may sit
  under any tier; below a unit only units.
- A volunteer record added or edited with a ``joined`` date after today is refused (C744):
  the site and the reports would say something false about them.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.model.codes import Code
from generator.model import vocab
from generator.model.git_trees import Change
from generator.model.display_names import folded
from generator.model.problems import Problem
from generator.model.repository import kind_of
from generator.policy.context import Context

# Tiers from the top, in the schema's order; a community is at a village's tier.
_RANK = vocab.LEVELS.keyed({level: i for i, level in enumerate(vocab.LEVELS.values)}, "ranks")
_RANK["community"] = _RANK["village"]
_LEVEL_NAMES = vocab.LEVELS.names


def _changed(ctx: Context, changes: list[Change], kind: str) -> Iterator[tuple[str, dict, dict]]:
    """(path, head data, base data or {}) of each added, edited or moved record of ``kind``."""
    for change in changes:
        if change.status == "D" or kind_of(change.path) != kind:
            continue
        head = ctx.head_doc(change.path)
        if head is None or not isinstance(head.data, dict):
            continue
        base = ctx.base_doc(change.old_path or change.path)
        yield change.path, head.data, (base.data if base is not None and isinstance(base.data, dict) else {})


def reasons(ctx: Context, changes: list[Change]) -> Iterator[Problem]:
    """Why the change waits for review (C741)."""
    if ctx.roles.top:
        return
    for path, data, before in _changed(ctx, changes, "volunteer"):
        name = data.get("name")
        if not isinstance(name, str) or (before and folded(before.get("name", "")) == folded(name)):
            continue
        read_as = folded(name)
        twin = next(
            (v for v in ctx.head.model.volunteers.values() if v.doc.path != path and folded(v.name) == read_as),
            None,
        )
        if twin is not None:
            yield ctx.refuse_at(
                path,
                ("name",),
                Code.C741,
                f"名字 “{name}” 与已有的志愿者 {twin.id} 相同，网站上分不清是谁认领的",
                "需要组织的管理员确认后合并；也可以换一个能区分的名字",
            )


def refusals(ctx: Context, changes: list[Change]) -> Iterator[Problem]:
    """Organisations named like another (C742) or placed above their parent's tier (C743),
    volunteers who joined after today (C744)."""
    for path, data, before in _changed(ctx, changes, "volunteer"):
        joined = data.get("joined")
        if joined != before.get("joined") and isinstance(joined, str) and joined > ctx.head.today.isoformat():
            yield ctx.refuse_at(
                path,
                ("joined",),
                Code.C744,
                f"加入日期 {joined} 在今天（{ctx.head.today.isoformat()}）之后",
                "写实际加入的日期，最晚是今天",
            )
    program = ctx.base.model.program
    for path, data, before in _changed(ctx, changes, "org"):
        name, own = data.get("name"), data.get("id")
        if isinstance(name, str) and folded(name) != folded(before.get("name", "")):
            taken = [o.name for o in ctx.head.model.orgs.values() if o.id != own]
            taken += [n for n in (program.name, program.short_name) if n] if program is not None else []
            read_as = folded(name)
            twin = next((t for t in taken if folded(t) == read_as), None)
            if twin is not None:
                yield ctx.refuse_at(
                    path,
                    ("name",),
                    Code.C742,
                    f"组织名称 “{name}” 与已有的 “{twin}” 相同，容易让人误会",
                    "组织名称写全称，加上所在的村、镇或单位，与别的组织区分开",
                )
        same_place = before and (before.get("level"), before.get("parent")) == (data.get("level"), data.get("parent"))
        if ctx.roles.top or same_place:  # an older main's odd tier blocks no other edit
            continue
        parent = ctx.head.model.orgs.get(str(data.get("parent")))
        level = data.get("level")
        if parent is None or level not in _RANK or level == "unit":
            continue
        if _RANK[level] <= _RANK.get(parent.level, -1):
            yield ctx.refuse_at(
                path,
                ("level",),
                Code.C743,
                f"层级 {level}（{_LEVEL_NAMES[level]}）不低于上级组织 {parent.id} 的层级"
                f" {parent.level}，下级组织的层级必须更低",
                f"改成比 {parent.level} 低的层级，例如 unit（单位）；同级或更高的组织由最上级组织的管理员添加",
            )
