"""A line is indented with a tab character.

Why: YAML forbids tabs for indentation; editors show them at different widths.

Fix: indent with spaces only (two per level).
"""
