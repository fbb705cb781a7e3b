"""A volunteer's new claim carries ``dispatched_by`` or ``released``.

``dispatched_by`` marks an organisation's dispatch and ``released`` a claim given back; only
maintainers record either.

Fix: write ``{volunteer: <your id>, date: <today>}`` only.
"""
