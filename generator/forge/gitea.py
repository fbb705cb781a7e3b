"""Forgejo and Gitea (``https://host/api/v1``): the same API for what the workflows use.

Differences from GitHub handled here: labels are given to issues by id, not by name; a draft is a
pull request whose title starts with a work-in-progress prefix (older servers have no ``draft``
field); the workflow's bot is the ``gitea-actions`` or ``forgejo-actions`` user (id -2); pages
hold at most 50 items by default.
"""

from __future__ import annotations

from generator.forge.base import RestForge

BOTS = {"gitea-actions", "forgejo-actions"}
ACTIONS_USER_ID = -2
WIP = ("wip:", "[wip]")  # Gitea's default WORK_IN_PROGRESS_PREFIXES


class Gitea(RestForge):
    page = {"limit": 50}
    issues_only = {"type": "issues"}

    def __init__(self, config):
        super().__init__(config)
        self.kind = config.kind
        self._labels: dict[str, int] | None = None

    def headers(self, token: str) -> dict[str, str]:
        return {"Authorization": f"token {token}", "Accept": "application/json", "User-Agent": "xinyuan"}

    def is_bot(self, user: dict) -> bool:
        return user.get("id") == ACTIONS_USER_ID or (user.get("login") or "").lower() in BOTS

    def is_draft(self, pr: dict) -> bool:
        return bool(pr.get("draft")) or (pr.get("title") or "").lower().startswith(WIP)

    def labels(self) -> dict[str, int]:
        if self._labels is None:
            self._labels = {lab["name"]: lab["id"] for lab in self.rest.pages(f"{self.repo}/labels", dict(self.page))}
        return self._labels

    def label_ref(self, name: str) -> int:
        if name not in self.labels():
            self.ensure_label(name, "EDEDED")
        return self.labels()[name]

    def known_label(self, name: str) -> int | None:
        return self.labels().get(name)

    def ensure_label(self, name: str, color: str, description: str = "") -> None:
        if name in self.labels():
            return
        made = self.rest.call(
            "POST", f"{self.repo}/labels", {"name": name, "color": "#" + color, "description": description}
        )
        self.labels()[name] = made["id"]
