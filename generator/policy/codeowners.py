"""``.github/CODEOWNERS`` from the organisations' maintainers, matching the pull-request policy.

GitHub asks the owners of the changed paths to review a pull request (and, with branch
protection, requires one of them). The last matching line wins, so general lines come first.

The file is derived data kept in step with ``data/orgs/`` in the same change: every command
that writes an organisation regenerates it (:func:`refresh`), the claim check lets anyone commit
exactly what the data generates and refuses a change that leaves it stale (C719), so main never
holds a stale file. An organisation without maintainers is owned by those above it.
"""

from __future__ import annotations

from pathlib import Path

from generator.model.records import Model

PATH = ".github/CODEOWNERS"
HEADER = (
    "# 由 `xinyuan codeowners` 根据 data/orgs/ 生成，请勿手改；组织的管理员变了以后重新运行。\n"
    "# 最后一条匹配的规则生效。\n"
)


def _logins(model: Model, org_ids) -> list[str]:
    seen: dict[str, None] = {}
    for org_id in org_ids:
        org = model.orgs.get(org_id)
        for login in org.maintainers if org else ():
            seen.setdefault(login, None)
    return list(seen)


def _line(pattern: str, logins: list[str]) -> str:
    return " ".join([pattern] + [f"@{login}" for login in logins]) + "\n"


def render(model: Model) -> str:
    top = _logins(model, sorted(o.id for o in model.orgs.values() if o.parent is None))
    lines = [HEADER, "\n# 程序、模板、工作流和规则：最上级组织的管理员\n", _line("*", top)]
    lines += [_line(p, top) for p in ("/data/program.yml", "/data/volunteers/", "/.github/")]
    lines.append("\n# 组织文件：上级组织的管理员\n")
    for org in sorted(model.orgs.values(), key=lambda o: o.id):
        owners = _logins(model, model.ancestors(org.id)) if org.parent else top
        lines.append(_line(f"/data/orgs/{org.id}.yml", owners))
    lines.append("\n# 心愿：收集它的组织和上级组织的管理员\n")
    for org in sorted(model.orgs.values(), key=lambda o: o.id):
        lines.append(_line(f"/data/wishes/{org.id}/", _logins(model, [org.id, *model.ancestors(org.id)])))
    if model.program and model.program.pairing:
        lines.append("\n# 结对：建立结对的组织和上级组织的管理员\n")
        for org in sorted(model.orgs.values(), key=lambda o: o.id):
            lines.append(_line(f"/data/pairs/{org.id}/", _logins(model, [org.id, *model.ancestors(org.id)])))
    return "".join(lines)


def refresh(root) -> bool:
    """Regenerate ``root``'s CODEOWNERS when it exists and is out of date; True when written."""
    from generator.model.repository import load_repository
    from generator.model.sources import FileSource

    target = Path(root, PATH)
    if not target.is_file():
        return False
    expected = render(load_repository(FileSource(root)).model)
    if target.read_text(encoding="utf-8") == expected:
        return False
    target.write_text(expected, encoding="utf-8", newline="")
    return True
