"""Anchors (``&name``) and aliases (``*name``) are not allowed.

Why: aliases let a few lines expand to gigabytes ("billion laughs"), and they hide what a
record really says from people reading a pull request.

FAIL::

    vetted: &v {date: 2026-03-05, by: majiayi-village}
    published: *v

Fix: write the value out in full.
"""
