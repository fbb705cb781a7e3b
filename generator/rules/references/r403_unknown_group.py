"""A wish's ``beneficiary.group`` is not one of the program's beneficiary groups.

Fix: use an id from ``beneficiary_groups`` in ``data/program.yml``, or add the group there.
"""

from . import taxonomy_check

check = taxonomy_check("R403", ("beneficiary", "group"), "groups", "服务对象类别")
