"""A value carries an explicit tag such as ``!!python/object`` or ``!!str``.

Why: tags make some YAML readers build arbitrary objects or run code; records need none.

Fix: remove the tag and write the value plainly (quote it if it must stay text).
"""
