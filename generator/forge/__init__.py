"""The workflows' dealings with the forge (GitHub, Forgejo or Gitea), behind one interface.

:class:`Forge` lists the operations: pull requests, labels, the one bot comment, issues, starting
a workflow. :mod:`.github` and :mod:`.gitea` implement it on each forge's REST API (Forgejo's API
is Gitea's); :func:`open_forge` picks one by configuration (:mod:`.config`). The API never merges:
:mod:`.landing` lands claims on main with git itself (:mod:`.gitauth` gives git the token), and
needs no forge at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

__all__ = ["Forge", "ForgeError", "PullRequest", "open_forge"]


class ForgeError(Exception):
    """A forge call failed (no token, refused, not found, server error): a Chinese message."""


@dataclass(frozen=True)
class PullRequest:
    number: int
    base: str  # the branch it aims at
    head_sha: str
    head_ref: str  # the branch it comes from
    draft: bool
    author: str  # login
    author_id: int  # the forge's numeric user id (a login can change hands; the id cannot)
    author_is_bot: bool
    cross_repo: bool  # from a fork
    state: str  # open | closed
    merged: bool

    def as_dict(self) -> dict:
        return dict(self.__dict__)


class Forge(Protocol):
    kind: str

    def pull(self, number: int) -> PullRequest: ...
    def issue_author(self, number: int) -> tuple[str, int]: ...
    def open_pulls(self, base: str, label: str) -> list[int]: ...
    def ensure_label(self, name: str, color: str, description: str = "") -> None: ...
    def set_labels(self, number: int, add: list[str], remove: list[str]) -> None: ...
    def upsert_comment(self, number: int, marker: str, body: str) -> None: ...
    def comment(self, number: int, body: str) -> None: ...
    def find_issue(self, label: str, state: str, by_bot: bool) -> tuple[int, str] | None: ...
    def create_issue(self, title: str, body: str, label: str) -> int: ...
    def edit_issue(self, number: int, body: str) -> None: ...
    def set_state(self, number: int, state: str) -> None: ...
    def create_pull(self, base: str, head: str, title: str, body: str) -> int: ...
    def dispatch(self, workflow: str, ref: str, inputs: dict[str, str]) -> None: ...


def open_forge(root: str = ".", env: dict | None = None) -> Forge:
    """The forge this repository is configured for (``forge:`` in program.yml, then env)."""
    from generator.forge.config import forge_config

    config = forge_config(root, env)
    if config.kind == "github":
        from generator.forge.github import GitHub

        return GitHub(config)
    from generator.forge.gitea import Gitea

    return Gitea(config)
