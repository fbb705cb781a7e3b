"""A value has the right type but is not allowed: an unknown level, a malformed id, a date
that does not exist (``2026-02-30``), a number out of range, a text too long.

FAIL::

    level: twon
    collected: 2026-02-30

Fix: the message names the allowed values or the limit; correct the value.
"""
