"""还没圆梦的心愿有了圆梦照片。

圆梦照片是心愿已经实现的凭证（交接的礼物、修好的房屋），只放在已圆梦的心愿上。
待认领、已认领或已撤回的心愿配照片，读者会误以为它已经圆梦；照片里还可能是受助人的家。

示例（出错）::

    claims:
      - {volunteer: xiao-zhou, date: 2026-03-15}
    photos:
      - {file: 1.jpg, alt: 送到院子里的轮椅}
    # 没有 fulfilled：心愿还没圆梦

示例（正确）::

    claims:
      - {volunteer: xiao-zhou, date: 2026-03-15}
    fulfilled: {date: 2026-03-27, note: 送来一台折叠轮椅}
    photos:
      - {file: 1.jpg, alt: 送到院子里的轮椅}

改法：圆梦后先用 ``xinyuan fulfil`` 记录，再用 ``xinyuan photo`` 添加照片；或删掉 photos。
"""

from generator.model.codes import Code


def check(repo):
    for wish in repo.model.wishes.values():
        if wish.photos and not wish.fulfilled:
            yield wish.doc.problem(
                ("photos",),
                Code.P647,
                "只有已圆梦的心愿才能有圆梦照片",
                "先用 `xinyuan fulfil` 记录圆梦，或删掉 photos",
                key=True,
            )
