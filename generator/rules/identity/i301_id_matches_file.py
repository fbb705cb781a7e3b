"""A record's ``id`` differs from its file name.

Why: links, claims and pull requests find a record by its file name; the two must agree.

FAIL (in ``data/wishes/majiayi-village/majiayi-2026-003.yml``)::

    id: majiayi-2026-004

Fix: make the ``id`` equal to the file name without ``.yml`` (or rename the file).
"""

from ...repository import path_parts


def check(repo):
    for path, doc in repo.docs.items():
        if not isinstance(doc.data, dict) or not isinstance(doc.data.get("id"), str):
            continue
        stem = path_parts(path).get("stem")
        if stem and doc.data["id"] != stem:
            yield doc.problem(("id",), "I301", f"id “{doc.data['id']}” 与文件名 “{stem}.yml” 不一致",
                              f"把 id 改成 {stem}，或把文件改名为 {doc.data['id']}.yml")
