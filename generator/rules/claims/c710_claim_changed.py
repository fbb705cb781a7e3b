"""A volunteer changed or removed an existing claim.

Claims are an append-only story: earlier claims (anyone's, yours too) stay as they are. Giving a
claim back is recorded by a maintainer as ``released``.

Fix: restore the existing entries and only add your new one.
"""
