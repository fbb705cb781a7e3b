"""A key appears twice in the same mapping.

Why: most YAML readers silently keep the last value, so one of the two is lost without a word.

FAIL::

    deadline: 2026-06-30
    deadline: 2026-07-31

Fix: keep one of the two lines.
"""
