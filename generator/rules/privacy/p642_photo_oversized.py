"""圆梦照片太大：长边超过 1080 像素，或文件超过 150 KB（153,600 字节）。

网站在手机上打开，很多读者用的是流量套餐。1080 像素已经是手机屏幕的宽度（三倍像素密度），
150 KB 的 JPEG 在这个尺寸下看起来和原图没有区别；原图常有 3–8 MB。

示例（出错）::

    photos:
      - {file: 1.jpg, alt: 送到家里的轮椅}
    # 1.jpg 是 4032×3024 像素、3.1 MB 的原图

示例（正确）::

    photos:
      - {file: 1.jpg, alt: 送到家里的轮椅}
    # 1.jpg 由 xinyuan photo 缩小为 1080×810 像素、约 120 KB

改法：用 ``xinyuan photo 心愿编号 原照片`` 重新添加照片，它会缩小到上限以内。
"""

from generator.model.codes import Code
from generator.photos.files import MAX_BYTES, MAX_SIDE
from generator.rules.privacy._photos import RETAKE_HINT, entries


def check(repo):
    for entry in entries(repo):
        facts = entry.facts
        if facts and facts.oversized:
            size = f"{facts.width}×{facts.height} 像素、" if facts.width else ""
            yield entry.problem(
                Code.P642,
                f"照片 {entry.path} 太大：{size}{facts.size // 1024} KB"
                f"（上限：长边 {MAX_SIDE} 像素、{MAX_BYTES // 1024} KB）",
                RETAKE_HINT,
            )
