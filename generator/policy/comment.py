"""The one Chinese comment the claim workflow keeps on a pull request (updated in place)."""

from __future__ import annotations

from . import Verdict

MARKER = "<!-- xinyuan-claim-check -->"


def render(verdict: Verdict) -> str:
    if verdict.allowed and not verdict.needs_review:
        status = "✅ 检查通过：这是一次有效的认领，将自动合并。谢谢你！"
    elif verdict.allowed:
        who = "、".join(verdict.review_orgs) or "最上级组织"
        status = f"✅ 检查通过，等待 {who} 的管理员审核后合并。"
    else:
        status = "❌ 这个拉取请求不能自动合并，原因如下（文件:行:列 代码 说明）："
    lines = [MARKER, status, ""]
    for p in verdict.problems:
        hint = f"（{p.hint}）" if p.hint else ""
        lines.append(f"- `{p.path}:{p.line}:{p.column}` **{p.code}** {p.message}{hint}")
    if not verdict.allowed:
        lines += ["", "修改后推送新的提交，检查会自动重新运行。每个代码的说明见 `xinyuan rules 代码`。"]
    return "\n".join(lines) + "\n"
