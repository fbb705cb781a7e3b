"""A required field is missing.

Why: the site, the reports and the claim check all rely on these fields.

FAIL (a wish without a category)::

    id: majiayi-2026-003
    title: 一台彩色电视机

Fix: add the field. The schemas in ``schemas/`` list the required fields of each kind of file.
"""
