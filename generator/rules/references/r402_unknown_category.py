"""A wish's ``category`` is not one of the program's categories.

Fix: use an id from ``categories`` in ``data/program.yml``, or add the category there.
"""

from . import taxonomy_check

check = taxonomy_check("R402", ("category",), "categories", "类别")
