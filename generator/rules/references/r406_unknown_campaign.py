"""A wish's ``campaign`` is not one of the program's campaigns.

Fix: use an id from ``campaigns`` in ``data/program.yml``, or add the campaign there.
"""

from . import taxonomy_check

check = taxonomy_check("R406", ("campaign",), "campaigns", "活动")
