"""A key is a list or a mapping instead of a plain word.

Fix: write keys as ``name: value``.
"""
