"""``data/photos/`` 下有文件没有被任何心愿的 ``photos`` 列出。

照片只能属于一个心愿：放在 ``data/photos/<组织>/[<年份>/]<心愿编号>/`` 里，并在这个心愿的
``photos`` 下写明文件名和说明。没人列出的照片不会显示在网站上，却照样公开在仓库里，
也没有经过“已圆梦”“受助人是否未成年”这些检查。

不是照片的文件（如 ``data/photos/dongpo-village/notes.txt``）也算。下面的例子里，仓库中有照片
``data/photos/dongpo-village/dongpo-2026-006/1.jpg``。

示例（出错）::

    fulfilled: {date: 2026-03-27, note: 送来一台折叠轮椅}
    # 心愿 dongpo-2026-006 没有 photos，1.jpg 没有被列出

示例（正确）::

    fulfilled: {date: 2026-03-27, note: 送来一台折叠轮椅}
    photos:
      - {file: 1.jpg, alt: 送到院子里的轮椅}

改法：在心愿的 ``photos`` 下加上它（最好用 ``xinyuan photo``），或者删掉这个文件。
"""

from generator.model.codes import Code
from generator.photos.files import photo_dir
from generator.model.problems import Problem
from generator.model.repository import IGNORED_NAMES
from generator.rules.privacy._photos import entries


def check(repo):
    named = {entry.path for entry in entries(repo)}
    # Photos of a wish file that did not load are not reported again: fix the wish first.
    loaded = {wish.doc.path for wish in repo.model.wishes.values()}
    broken = [photo_dir(path) for path, kind in repo.kinds.items() if kind == "wish" and path not in loaded]
    for path in repo.photos:
        if path in named or path.rsplit("/", 1)[-1] in IGNORED_NAMES:
            continue
        if any(path.startswith(folder) for folder in broken):
            continue
        yield Problem(
            path,
            1,
            1,
            Code.P644,
            "这张照片没有被任何心愿的 photos 列出",
            "在心愿的 photos 下写上它（用 `xinyuan photo`），或删掉这个文件",
        )
