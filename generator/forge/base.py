"""The operations of :class:`~generator.forge.Forge` on a GitHub-shaped REST API.

Gitea's API (and so Forgejo's) copies GitHub's paths for everything used here; what differs is
in small hooks each forge overrides: how to authenticate, the page-size parameter, whether a
label is named by its name or its id, who the workflow's bot is, and what makes a draft.
"""

from __future__ import annotations

import urllib.parse

from generator.forge import PullRequest
from generator.forge.config import ForgeConfig
from generator.forge.rest import Rest


class RestForge:
    kind = ""
    page: dict[str, int] = {}  # the page-size parameter
    issues_only: dict[str, str] = {}  # what keeps pull requests out of an issue list

    def __init__(self, config: ForgeConfig):
        self.config = config
        self.rest = Rest(config.api_url, self.headers(config.token))
        self.repo = "/repos/" + config.repo

    # Hooks.
    def headers(self, token: str) -> dict[str, str]:
        raise NotImplementedError

    def is_bot(self, user: dict) -> bool:
        raise NotImplementedError

    def is_draft(self, pr: dict) -> bool:
        return bool(pr.get("draft"))

    def label_ref(self, name: str) -> str | int:
        """How an issue is given the label ``name`` (created when the forge needs it to exist)."""
        return name

    def known_label(self, name: str) -> str | int | None:
        """How the label ``name`` is named in a path; None when the repository has no such label."""
        return name

    # Pull requests.
    def pull(self, number: int) -> PullRequest:
        pr = self.rest.call("GET", f"{self.repo}/pulls/{int(number)}")
        head, base, user = pr["head"], pr["base"], pr.get("user") or {}
        head_repo = (head.get("repo") or {}).get("full_name")
        return PullRequest(
            number=int(number),
            base=base["ref"],
            head_sha=head["sha"],
            head_ref=head["ref"],
            draft=self.is_draft(pr),
            author=user.get("login", ""),
            author_id=int(user.get("id", 0)),
            author_is_bot=self.is_bot(user),
            cross_repo=head_repo is None or head_repo != (base.get("repo") or {}).get("full_name"),
            state=pr["state"],
            merged=bool(pr.get("merged") or pr.get("merged_at")),
        )

    def open_pulls(self, base: str, label: str) -> list[int]:
        pulls = self.rest.pages(f"{self.repo}/pulls", dict(self.page, state="open"))
        return sorted(
            p["number"]
            for p in pulls
            if p["base"]["ref"] == base and label in {lab["name"] for lab in p.get("labels") or []}
        )

    def create_pull(self, base: str, head: str, title: str, body: str) -> int:
        made = self.rest.call("POST", f"{self.repo}/pulls", {"base": base, "head": head, "title": title, "body": body})
        return int(made["number"])

    # Issues (and pull requests, which are issues for labels, comments and state).
    def issue_author(self, number: int) -> tuple[str, int]:
        user = self.rest.call("GET", f"{self.repo}/issues/{int(number)}")["user"]
        return user["login"], int(user["id"])

    def find_issue(self, label: str, state: str, by_bot: bool) -> tuple[int, str] | None:
        """The newest issue (not pull request) with ``label``: (number, open|closed)."""
        query = dict(self.page, labels=label, state=state, **self.issues_only)
        found = [
            i
            for i in self.rest.pages(f"{self.repo}/issues", query)
            if not i.get("pull_request")
            and label in {lab["name"] for lab in i.get("labels") or []}
            and (not by_bot or self.is_bot(i.get("user") or {}))
        ]
        newest = max(found, key=lambda i: i["number"], default=None)
        return None if newest is None else (newest["number"], newest["state"])

    def create_issue(self, title: str, body: str, label: str) -> int:
        made = self.rest.call(
            "POST", f"{self.repo}/issues", {"title": title, "body": body, "labels": [self.label_ref(label)]}
        )
        return int(made["number"])

    def edit_issue(self, number: int, body: str) -> None:
        self.rest.call("PATCH", f"{self.repo}/issues/{int(number)}", {"body": body})

    def set_state(self, number: int, state: str) -> None:
        self.rest.call("PATCH", f"{self.repo}/issues/{int(number)}", {"state": state})

    def comment(self, number: int, body: str) -> None:
        self.rest.call("POST", f"{self.repo}/issues/{int(number)}/comments", {"body": body})

    def upsert_comment(self, number: int, marker: str, body: str) -> None:
        """Edit the bot's comment that holds ``marker``, or add it: one comment, kept current."""
        comments = self.rest.pages(f"{self.repo}/issues/{int(number)}/comments", dict(self.page))
        mine = [c for c in comments if self.is_bot(c.get("user") or {}) and marker in (c.get("body") or "")]
        if mine:
            self.rest.call("PATCH", f"{self.repo}/issues/comments/{int(mine[0]['id'])}", {"body": body})
        else:
            self.comment(number, body)

    # Labels.
    def set_labels(self, number: int, add: list[str], remove: list[str]) -> None:
        if add:
            self.rest.call(
                "POST", f"{self.repo}/issues/{int(number)}/labels", {"labels": [self.label_ref(n) for n in add]}
            )
        for name in remove:
            known = self.known_label(name)
            if known is None:
                continue  # no such label in the repository: on no issue either
            ref = urllib.parse.quote(str(known), safe="")
            self.rest.call("DELETE", f"{self.repo}/issues/{int(number)}/labels/{ref}", ok=(404,))

    # Workflows.
    def dispatch(self, workflow: str, ref: str, inputs: dict[str, str]) -> None:
        name = urllib.parse.quote(workflow, safe="")
        self.rest.call("POST", f"{self.repo}/actions/workflows/{name}/dispatches", {"ref": ref, "inputs": inputs})
