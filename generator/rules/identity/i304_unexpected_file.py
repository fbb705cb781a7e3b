"""``data/`` 下有一个文件，不是放在记录该在的位置的记录。

记录只有 ``data/program.yml``、``data/orgs/<编号>.yml``、``data/volunteers/<编号>.yml`` 和
``data/wishes/<组织>/<编号>.yml``；``README.md`` 和 ``.gitkeep`` 可以放在任何地方。
``data/photos/`` 下的文件是圆梦照片，由 P640–P647 检查。

为什么：扩展名写成 ``.yaml`` 或多放了一层文件夹的文件会被悄悄跳过，里面的心愿永远不会发布。

示例（出错）::

    data/wishes/majiayi-village/majiayi-2026-003.yaml

示例（正确）::

    data/wishes/majiayi-village/majiayi-2026-003.yml

改法：把扩展名改成 ``.yml``，或移到正确的文件夹；不是记录就删掉。
"""

from generator.model.codes import Code
from generator.model.problems import Problem


def check(repo):
    for path in repo.stray:
        hint = "把扩展名改为 .yml" if path.endswith(".yaml") else "移到正确的目录，或删除它"
        yield Problem(path, 1, 1, Code.I304, "这个文件不在记录应在的位置，不会被读取", hint)
