"""The one Chinese comment the claim workflow keeps on a pull request (updated in place).

Refusals quote text from the pull request (file names, unknown keys, logins), so they are
written inside one fenced code block whose fence is longer than any run of backticks in its
content: nothing in it can become a link, a mention, a heading or an image, and nothing can
close the block early. Each refusal is one line (control and line-separator characters are
replaced) of at most :data:`MAX_LINE` characters, and at most :data:`MAX_LINES` are listed.
"""

from __future__ import annotations

import re
import unicodedata

from generator.policy import Verdict

MARKER = "<!-- xinyuan-claim-check -->"
MAX_LINE = 300
MAX_LINES = 100
_BACKTICKS = re.compile(r"`+")


def one_line(text: str, limit: int = MAX_LINE) -> str:
    """``text`` on one line, without control, format or separator characters, at most ``limit``."""
    text = "".join("\ufffd" if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c for c in str(text))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def fenced(lines: list[str]) -> str:
    """``lines`` as a code block that no content line can close."""
    longest = max((len(m.group()) for line in lines for m in _BACKTICKS.finditer(line)), default=0)
    fence = "`" * max(3, longest + 1)
    return "\n".join([fence + "text", *lines, fence])


def render(verdict: Verdict) -> str:
    if verdict.allowed and not verdict.needs_review:
        status = "✅ 检查通过：这是一次有效的认领，将自动合并。谢谢你！"
    elif verdict.allowed:
        who = "、".join(f"`{one_line(verdict.org_names.get(o, o), 64).replace('`', '')}`" for o in verdict.review_orgs)
        if not who and verdict.reasons and not verdict.outside_data:
            status = "✅ 检查通过，等待组织的管理员审核后合并。"  # e.g. above the claim limits
        else:
            status = f"✅ 检查通过，等待 {who or '最上级组织'} 的管理员审核后合并。"
        if verdict.reasons:
            status += "需要审核的原因："
    else:
        status = "❌ 这个拉取请求不能自动合并，原因如下（文件:行:列 代码 说明）："
    lines = [MARKER, status, ""]
    problems = verdict.problems or verdict.reasons
    if problems:
        entries = [
            one_line(f"{p.path}:{p.line}:{p.column} {p.code} {p.message}" + (f"（{p.hint}）" if p.hint else ""))
            for p in problems[:MAX_LINES]
        ]
        if len(problems) > MAX_LINES:
            entries.append(f"……另有 {len(problems) - MAX_LINES} 条，见检查的日志")
        lines.append(fenced(entries))
    if not verdict.allowed:
        lines += ["", "修改后推送新的提交，检查会自动重新运行。每个代码的说明见 `xinyuan rules 代码`。"]
    return "\n".join(lines) + "\n"
