"""The file is not well-formed YAML.

Why: a file the parser cannot read cannot be checked or shown on the site.

FAIL::

    title: 一台电视机
    claims: [{volunteer: li-xia, date: 2026-03-20}

PASS::

    claims: [{volunteer: li-xia, date: 2026-03-20}]

Fix: look at the reported line and the one before it: a missing closing bracket or quote, a
colon without a space after it, or indentation that does not line up.
"""
