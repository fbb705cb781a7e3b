"""心愿的 ``photos`` 列出的照片文件不存在。

文件名写错了、文件没有一起提交，或者放错了目录：心愿 ``data/wishes/<组织>/<编号>.yml``
的照片必须在 ``data/photos/<组织>/<编号>/`` 里（分年份存放的心愿，照片目录也带年份）。

下面的例子是心愿 ``data/wishes/dongpo-village/dongpo-2026-006.yml``，它的照片目录
``data/photos/dongpo-village/dongpo-2026-006/`` 里只有 ``1.jpg``。

示例（出错）::

    photos:
      - {file: 2.jpg, alt: 送到院子里的轮椅}

示例（正确）::

    photos:
      - {file: 1.jpg, alt: 送到院子里的轮椅}

改法：把照片放到提示的位置，或改正文件名；用 ``xinyuan photo`` 添加不会出错。
"""

from generator.model.codes import Code
from generator.rules.privacy._photos import entries


def check(repo):
    for entry in entries(repo):
        if entry.data is None:
            yield entry.problem(
                Code.P645, f"找不到照片文件 {entry.path}", "把照片放到这个位置，或改正 photos 里的文件名"
            )
