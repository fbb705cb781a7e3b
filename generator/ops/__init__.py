"""Changing records: the round-trip YAML editor, the one writer (changeset), lifecycle steps, new-record templates, spreadsheet imports, erasure."""
