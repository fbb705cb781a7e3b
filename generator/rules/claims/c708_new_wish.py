"""Someone who does not maintain the wish's organisation (or one above it) added a wish.

Wishes are collected and vetted by organisations before they are published.

Fix: community workers use the "提交心愿" issue form; the organisation vets the wish.
"""
