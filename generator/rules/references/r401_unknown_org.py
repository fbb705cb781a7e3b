"""A record names an organisation that does not exist.

Checked: an organisation's ``parent``; a wish's ``org``, ``vetted.by``, each
``escalations[].to``, each ``claims[].dispatched_by`` and ``consent.recorded_by``.

Fix: use the id of a file in ``data/orgs/`` (the message suggests the nearest), or add the
organisation.
"""

from . import unknown


def check(repo):
    orgs = repo.model.orgs
    for org in orgs.values():
        if org.parent and org.parent not in orgs and org.parent not in repo.broken:
            yield unknown(org.doc, ("parent",), org.parent, orgs, "R401", "上级组织", "data/orgs/")
    for wish in repo.model.wishes.values():
        refs = [(("org",), wish.org), (("vetted", "by"), wish.vetted_by)]
        refs += [(("escalations", i, "to"), e.to) for i, e in enumerate(wish.escalations)]
        refs += [(("claims", i, "dispatched_by"), c.dispatched_by) for i, c in enumerate(wish.claims)]
        refs += [(("consent", "recorded_by"), wish.consent.recorded_by)] if wish.consent else []
        for keypath, value in refs:
            if value and value not in orgs and value not in repo.broken:
                yield unknown(wish.doc, keypath, value, orgs, "R401", "组织", "data/orgs/")
