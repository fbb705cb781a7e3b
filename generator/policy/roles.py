"""The author's roles, read from the base repository's organisations only."""

from __future__ import annotations

from generator.model.records import Model


class Roles:
    def __init__(self, model: Model, login: str):
        self.model = model
        self.login = login.lower()
        self.maintained = frozenset(
            org.id for org in model.orgs.values() if self.login in (m.lower() for m in org.maintainers)
        )
        # Maintainers of a top organisation (one without a parent) administer the program.
        self.top = any(model.orgs[o].parent is None for o in self.maintained)

    def rules_over(self, org_id: str | None) -> bool:
        """The author maintains this organisation or one above it."""
        if not org_id:
            return False
        return org_id in self.maintained or any(a in self.maintained for a in self.model.ancestors(org_id))

    def is_self(self, login: str | None) -> bool:
        return login is not None and login != "" and login.lower() == self.login
