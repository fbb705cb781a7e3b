"""A key is a word that a YAML 1.1 reader turns into a boolean or null (``on``, ``no``, ``y``...).

Why: other tools that read the data with a YAML 1.1 parser would see ``True`` instead of the
key, and the record would mean something else to them.

FAIL::

    on: 2026-03-05

Fix: use the field names the schemas define; none of them is such a word.
"""
