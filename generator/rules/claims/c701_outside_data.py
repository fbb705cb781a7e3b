"""The pull request changes a file that is not a record under ``data/``.

Program code, schemas, site templates, workflows and other files decide what every later check
does; only maintainers of a top organisation (one without a parent) may change them, and such
pull requests always wait for a human review, never the automatic merge.

FAIL (from a volunteer)::

    .github/workflows/claim.yml
    generator/policy/wishes.py

Fix: keep only your changes under ``data/volunteers/`` and the ``claims:`` of a wish; suggest
other changes in an issue.
"""
