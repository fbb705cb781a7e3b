"""没有 ``data/program.yml``。

为什么：项目文件里有每个心愿都要用到的分类（类别、服务对象人群、年龄段）、时限和积分规则。

示例（出错）::

    data/orgs/majiayi-village.yml
    data/volunteers/xiaoyu.yml
    data/wishes/majiayi-village/majiayi-2026-003.yml

示例（正确）::

    data/program.yml
    data/orgs/majiayi-village.yml
    data/volunteers/xiaoyu.yml
    data/wishes/majiayi-village/majiayi-2026-003.yml

改法：从心愿模板仓库复制 ``data/program.yml``，按本项目修改；或用 ``xinyuan init`` 新建仓库。
"""

from generator.model.codes import Code
from generator.model.problems import Problem
from generator.model.repository import PROGRAM_PATH


def check(repo):
    if PROGRAM_PATH not in repo.kinds:
        yield Problem(PROGRAM_PATH, 1, 1, Code.I305, "缺少项目文件 data/program.yml", "从模板仓库复制一份并修改")
