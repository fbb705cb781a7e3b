"""A volunteer changed a field of a wish other than its claims.

The facts of a wish (title, story, slots, dates, beneficiary) are vetted and kept by the
organisations handling it. A volunteer's pull request only adds a claim.

FAIL::

    slots: 3        # was 1

Fix: undo the change; ask the organisation if a fact is wrong.
"""
