"""结对记录里写的组织不存在，或者结对文件不在结对组织的文件夹里。

检查的地方：结对的 ``org``（结对的组织或服务站）和 ``consent.recorded_by``。结对文件放在
``data/pairs/<org>/`` 下，文件夹名就是 ``org``：组织的管理员管理自己文件夹里的结对。

示例（出错）::

    # data/pairs/majiayi-village/majiayi-pair-2026-002.yml
    org: majiayi-vilage

示例（正确）::

    # data/pairs/majiayi-village/majiayi-pair-2026-002.yml
    org: majiayi-village

改法：写 ``data/orgs/`` 中某个组织的编号，并把文件放到以它命名的文件夹里。
"""

from generator.model.codes import Code
from generator.model.repository import path_parts
from generator.rules.references import unknown


def check(repo):
    orgs = repo.model.orgs
    for pair in repo.model.pairs.values():
        refs: list[tuple[tuple, object]] = [(("org",), pair.org)]
        refs += [(("consent", "recorded_by"), pair.consent.recorded_by)] if pair.consent else []
        for keypath, value in refs:
            if value not in orgs and value not in repo.broken:
                yield unknown(pair.doc, keypath, value, orgs, Code.R431, "组织", "data/orgs/")
        folder = path_parts(pair.doc.path)["folder"]
        if folder != pair.org:
            yield pair.doc.problem(
                ("org",),
                Code.R431,
                f"结对由 “{pair.org}” 建立，却放在 “{folder}” 目录下",
                f"把文件移到 data/pairs/{pair.org}/",
            )
