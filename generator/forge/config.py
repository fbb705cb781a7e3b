"""Which forge, where its API is, and the token: ``forge:`` in data/program.yml, then env.

Environment (set by the workflows) wins over the file: ``FORGE`` (github, forgejo or gitea),
``FORGE_API`` (else ``GITHUB_API_URL``, which GitHub, Forgejo and Gitea runners all set),
``FORGE_TOKEN`` (else ``GH_TOKEN``), and ``REPO`` (else ``GITHUB_REPOSITORY``) as owner/name.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.forge import ForgeError
from generator.model.vocab import FORGES

_REPO = re.compile(r"[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+")


@dataclass(frozen=True)
class ForgeConfig:
    kind: str
    api_url: str
    token: str
    repo: str


def forge_config(root: str = ".", env: Mapping[str, str] | None = None) -> ForgeConfig:
    values: Mapping[str, str] = os.environ if env is None else env
    settings = _program_forge(Path(root) / "data/program.yml")
    kind = (values.get("FORGE") or settings.get("kind") or "github").strip().lower()
    if kind not in FORGES.values:
        raise ForgeError(
            f"不认识的代码托管平台 “{kind}”：FORGE 或 program.yml 的 forge.kind 只能是 {'、'.join(FORGES.values)}"
        )
    api = values.get("FORGE_API") or settings.get("api_url") or values.get("GITHUB_API_URL") or ""
    if not api and kind == "github":
        api = "https://api.github.com"
    if not re.match(r"https?://[^/\s]+", api):
        raise ForgeError(
            f"没有 {kind} 的 API 地址：在 program.yml 写 forge.api_url"
            "（如 https://git.example.cn/api/v1），或设置环境变量 FORGE_API"
        )
    token = values.get("FORGE_TOKEN") or values.get("GH_TOKEN") or ""
    if not token:
        raise ForgeError("没有访问令牌：请设置环境变量 FORGE_TOKEN（工作流里是 ${{ github.token }}）")
    repo = values.get("REPO") or values.get("GITHUB_REPOSITORY") or ""
    if not _REPO.fullmatch(repo):
        raise ForgeError(f"仓库名 “{repo}” 不是 所有者/仓库名 的形式：请设置环境变量 REPO")
    return ForgeConfig(kind, api.rstrip("/"), token, repo)


def _program_forge(path: Path) -> dict:
    """program.yml's ``forge`` mapping; {} when the file or the key is missing."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, yaml.YAMLError) as exc:
        raise ForgeError(f"{path}：读不出 forge 设置（{exc}）；先运行 xinyuan validate 修正") from None
    forge = data.get("forge") if isinstance(data, dict) else None
    if forge is None:
        return {}
    if not isinstance(forge, dict):
        raise ForgeError(
            f"{path}：forge 应该是一组设置（kind、api_url），例如 forge: {{kind: forgejo, "
            "api_url: https://git.example.cn/api/v1}"
        )
    return forge
