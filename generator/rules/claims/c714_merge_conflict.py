"""The pull request conflicts with the main branch.

Fix: merge the main branch into the pull request ("Update branch"), keep both sides' claims,
and push; the check runs again.
"""
