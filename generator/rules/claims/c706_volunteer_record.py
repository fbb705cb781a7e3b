"""The pull request changes a volunteer record that is not the author's.

Everyone may add or edit their own record: the one whose ``github`` is their login, before and
after the change. Changing ``github`` would hand a record (and its points) to someone else.
One person keeps one record. Maintainers of a top organisation may edit any record.

FAIL (from login ``vol-one-gh``)::

    github: vol-two-gh

Fix: edit only your own file under ``data/volunteers/``.
"""
