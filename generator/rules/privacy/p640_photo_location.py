"""圆梦照片带有拍摄地点（GPS 坐标）。

手机拍的照片通常在 EXIF 或 XMP 里记下拍摄的经纬度，精确到门牌。照片放进仓库、登上网站后，
任何人下载照片就能读出受助人家在哪里。

示例（出错）::

    photos:
      - {file: 1.jpg, alt: 送到家里的电视机}
    # data/photos/majiayi-village/majiayi-2026-003/1.jpg 的 EXIF 里记着 GPS 坐标

示例（正确）::

    photos:
      - {file: 1.jpg, alt: 送到家里的电视机}
    # 1.jpg 是用 xinyuan photo 重新添加的，没有拍摄地点，也没有别的元数据

改法：用 ``xinyuan photo 心愿编号 原照片`` 重新添加照片；它按像素重新编码，去掉全部元数据。
"""

from generator.model.codes import Code
from generator.rules.privacy._photos import RETAKE_HINT, entries


def check(repo):
    for entry in entries(repo):
        if entry.facts and entry.facts.location:
            yield entry.problem(Code.P640, f"照片 {entry.path} 带有拍摄地点（GPS 坐标）", RETAKE_HINT)
