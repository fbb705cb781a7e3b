"""There is no ``data/program.yml``.

Why: the program file holds the taxonomy (categories, beneficiary groups, age bands), the
time limits and the points rules that every wish refers to.

Fix: copy ``data/program.yml`` from the Xinyuan template and adapt it.
"""

from ...problems import Problem
from ...repository import PROGRAM_PATH


def check(repo):
    if PROGRAM_PATH not in repo.kinds:
        yield Problem(PROGRAM_PATH, 1, 1, "I305", "缺少项目文件 data/program.yml", "从模板仓库复制一份并修改")
