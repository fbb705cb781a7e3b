"""The wish cannot be claimed: it is not open, or has no free slot left.

It must be open with a free slot on the current main branch and still open or just claimed
after the change. Collected or vetted wishes are not yet on the list; claimed, overdue,
fulfilled (已圆梦) and withdrawn wishes take no more claims. This also stops the last-slot race
when another claim merged first.

Fix: choose another wish marked 待认领 on the site.
"""
