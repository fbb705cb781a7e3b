"""Values are nested more than 32 levels deep.

Why: no record needs it, and very deep input crashes some YAML parsers.

Fix: check the indentation; records are at most three or four levels deep.
"""
