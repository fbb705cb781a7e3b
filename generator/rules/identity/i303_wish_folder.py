"""心愿放在了别的组织的文件夹里，而不是征集它的组织的文件夹。

心愿放在 ``data/wishes/<组织>/<编号>.yml``，``<组织>`` 就是心愿的 ``org`` 字段（规模大的项目
可以再按征集年份分一层：``data/wishes/<组织>/<年份>/<编号>.yml``）。

为什么：组织和它的管理员管理自己的文件夹；放错地方的心愿就脱离了他们的管理。

示例（出错）::

    # data/wishes/shimen-town/majiayi-2026-003.yml
    org: majiayi-village

示例（正确）::

    # data/wishes/majiayi-village/majiayi-2026-003.yml
    org: majiayi-village

改法：把文件移到以它的 ``org``（和征集年份）命名的文件夹里。
"""

from generator.model.codes import Code
from generator.model.repository import path_parts


def check(repo):
    for wish in repo.model.wishes.values():
        parts = path_parts(wish.doc.path)
        if parts["folder"] != wish.org:
            yield wish.doc.problem(
                ("org",),
                Code.I303,
                f"心愿由 “{wish.org}” 征集，却放在 “{parts['folder']}” 目录下",
                f"把文件移到 data/wishes/{wish.org}/",
            )
        elif parts["year"] and int(parts["year"]) != wish.collected.year:
            yield wish.doc.problem(
                ("collected",),
                Code.I303,
                f"心愿征集于 {wish.collected.year} 年，却放在 {parts['year']} 年的目录下",
                f"把文件移到 data/wishes/{wish.org}/{wish.collected.year}/",
            )
