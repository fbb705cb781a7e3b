"""A field that the schema does not know.

Why: a misspelt field (``titel:``) would otherwise be ignored silently, and the real field
would look missing.

FAIL::

    titel: 一台彩色电视机

Fix: correct the spelling (the message suggests the nearest known field) or remove the line.
"""
