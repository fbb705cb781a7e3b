"""记录的 ``id`` 与文件名不一致。

为什么：链接、认领和认领申请都按文件名找记录；两者必须一致。

示例（出错）::

    # data/wishes/majiayi-village/majiayi-2026-003.yml
    id: majiayi-2026-004

示例（正确）::

    # data/wishes/majiayi-village/majiayi-2026-003.yml
    id: majiayi-2026-003

改法：把 ``id`` 改成去掉 ``.yml`` 的文件名（或者给文件改名）。
"""

from generator.model.codes import Code
from generator.model.repository import path_parts


def check(repo):
    for path, doc in repo.docs.items():
        if not isinstance(doc.data, dict) or not isinstance(doc.data.get("id"), str):
            continue
        stem = path_parts(path).get("stem")
        if stem and doc.data["id"] != stem:
            yield doc.problem(
                ("id",),
                Code.I301,
                f"id “{doc.data['id']}” 与文件名 “{stem}.yml” 不一致",
                f"把 id 改成 {stem}，或把文件改名为 {doc.data['id']}.yml",
            )
