"""git fetch and push to the forge with the workflow's token, which never reaches the command line.

The token goes to git as an ``http.extraheader`` through ``GIT_CONFIG_*`` variables (git ≥ 2.31),
for this one command only: the checkout keeps no credentials. Without a token (a local
repository, as in the tests) git runs as it is.
"""

from __future__ import annotations

import base64
import os
import subprocess

from generator.model.problems import SetupError


def remote_git(repo, *args: str, token: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "GIT_TERMINAL_PROMPT": "0"}
    if token:
        basic = base64.b64encode(f"x-access-token:{token}".encode()).decode()
        env.update(
            GIT_CONFIG_COUNT="1",
            GIT_CONFIG_KEY_0="http.extraheader",
            GIT_CONFIG_VALUE_0=f"AUTHORIZATION: basic {basic}",
        )
    try:
        return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, env=env, check=False)
    except FileNotFoundError as exc:
        raise SetupError("找不到 git 命令：请先安装 git") from exc


def fetch(repo, remote: str, refspecs: list[str], token: str | None = None) -> None:
    done = remote_git(repo, "fetch", "--no-tags", "--force", "--quiet", remote, *refspecs, token=token)
    if done.returncode:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        raise SetupError(f"git fetch 失败：{last}")


def token_from_env() -> str | None:
    return os.environ.get("FORGE_TOKEN") or os.environ.get("GH_TOKEN") or None
