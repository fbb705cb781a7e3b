"""Two records share the same ``id``.

Why: ids are unique across the whole repository (a wish, an organisation and a volunteer never
share one), so that every page address and every reference means one thing.

Fix: give one of the two records a new id (and rename its file to match).
"""


def check(repo):
    first = {}
    for path, doc in repo.docs.items():
        record_id = doc.data.get("id") if isinstance(doc.data, dict) else None
        if not isinstance(record_id, str):
            continue
        if record_id in first:
            yield doc.problem(("id",), "I302", f"id “{record_id}” 已被 {first[record_id]} 使用",
                              "换一个没有用过的 id，并把文件改成同样的名字")
        else:
            first[record_id] = path
