"""Claims: what the pull-request policy refuses (reported by ``xinyuan check-pr``, see generator.policy)."""
