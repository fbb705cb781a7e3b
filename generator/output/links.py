"""Addresses other parts agree on: where a volunteer goes to claim a wish."""

from __future__ import annotations

from urllib.parse import urlencode

CLAIM_TEMPLATE = "claim.yml"  # .github/ISSUE_TEMPLATE/claim.yml; its wish-id field is `wish`


def claim_url(repo_url: str, wish_id: str) -> str:
    """The prefilled "认领心愿" issue form for one wish (the site's button and the poster's QR code).

    Kept short, since every character makes the poster's QR code denser (and slower to make):
    the form itself gives the issue its title.
    """
    query = urlencode({"template": CLAIM_TEMPLATE, "wish": wish_id})
    return f"{repo_url.rstrip('/')}/issues/new?{query}"
