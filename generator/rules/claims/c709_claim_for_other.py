"""A claim added by a volunteer names another volunteer.

A self-claim (主动认领) is made by the volunteer in person; assigning a wish to someone else is
a dispatch (组织派单), which maintainers record.

FAIL (from login ``vol-one-gh``)::

    claims:
      - {volunteer: vol-two, date: 2026-04-30}

Fix: claim with your own volunteer id; add your record under ``data/volunteers/`` first.
"""
