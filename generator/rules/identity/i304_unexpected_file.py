"""A file under ``data/`` that is not a record where records belong.

Records are ``data/program.yml``, ``data/orgs/<id>.yml``, ``data/volunteers/<id>.yml`` and
``data/wishes/<org>/<id>.yml``; ``README.md`` and ``.gitkeep`` files are allowed anywhere.
Files under ``data/photos/`` are photos of fulfilment, checked by P640–P647 instead.

Why: a file named ``.yaml`` or put one folder too deep would be skipped silently, and its
wish would never be published.

Fix: rename it to ``.yml`` or move it to the right folder; delete it if it is not a record.
"""

from ...problems import Problem


def check(repo):
    for path in repo.stray:
        hint = "把扩展名改为 .yml" if path.endswith(".yaml") else "移到正确的目录，或删除它"
        yield Problem(path, 1, 1, "I304", "这个文件不在记录应在的位置，不会被读取", hint)
