"""The pull request deletes a file it may not delete.

A wish is never deleted, even when fulfilled or withdrawn: its story stays on the record. Only
maintainers of the organisations handling a wish may remove it (e.g. a duplicate); a volunteer
may remove only their own record; organisation files only maintainers above them.

Fix: restore the file. To close a wish, a maintainer records ``fulfilled`` or ``withdrawn``.
"""
