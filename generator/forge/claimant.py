"""Whose claim a pull request is: its author, or for an intake pull request the issue's author.

Intake pull requests are opened by the workflow's bot from a branch of this repository named
``intake/claim-<issue>-<wish>``; the person claiming is the one who opened the issue.
"""

from __future__ import annotations

import re

from generator.forge import Forge, PullRequest

_INTAKE = re.compile(r"intake/claim-([0-9]+)-")


def claimant(forge: Forge, pr: PullRequest) -> tuple[str, int]:
    found = _INTAKE.match(pr.head_ref)
    if pr.author_is_bot and not pr.cross_repo and found:
        return forge.issue_author(int(found.group(1)))
    return pr.author, pr.author_id
