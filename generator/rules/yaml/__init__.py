"""YAML: what the strict loader refuses before any field is read (reported by generator.model.loader)."""
