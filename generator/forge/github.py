"""GitHub (github.com, or GitHub Enterprise Server at its own API address)."""

from __future__ import annotations

from generator.forge.base import RestForge

BOT = "github-actions[bot]"  # who acts with a workflow's github.token


class GitHub(RestForge):
    kind = "github"
    page = {"per_page": 100}

    def headers(self, token: str) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {token}",
            "Accept": "application/vnd.github+json",
            "X-GitHub-Api-Version": "2022-11-28",
            "User-Agent": "xinyuan",
        }

    def is_bot(self, user: dict) -> bool:
        return user.get("type") == "Bot" and user.get("login") == BOT

    def ensure_label(self, name: str, color: str, description: str = "") -> None:
        # 422: the label exists already (its colour and description are left as they are).
        self.rest.call(
            "POST", f"{self.repo}/labels", {"name": name, "color": color, "description": description}, ok=(422,)
        )
