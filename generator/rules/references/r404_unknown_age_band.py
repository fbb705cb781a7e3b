"""A wish's ``beneficiary.age_band`` is not one of the program's age bands.

Why: ages are shown only as bands, never as birth dates; the bands are fixed by the program.

Fix: use an id from ``age_bands`` in ``data/program.yml``.
"""

from . import taxonomy_check

check = taxonomy_check("R404", ("beneficiary", "age_band"), "age_bands", "年龄段")
