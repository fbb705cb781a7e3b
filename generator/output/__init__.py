"""Output for people and machines: problem formats, tables, links."""
