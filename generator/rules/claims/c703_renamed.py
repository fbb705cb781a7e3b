"""The pull request renames or moves a file it may not.

The file name is the record's id, and the wish's folder is its organisation: renaming changes
who owns it. Both the old and the new place must be within the author's rights.

Fix: keep the old name; ask the organisation's maintainers to move it.
"""
