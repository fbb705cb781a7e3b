"""圆梦照片的文件不是完整的 JPEG 图片。

``photos`` 里的每个文件都必须是 JPEG（扩展名 ``.jpg``）：PNG、HEIC 或改了扩展名的其他文件，
网站显示不出来，也逃过了元数据检查；文件被截断的图片只显示一半。

示例（出错）::

    photos:
      - {file: 1.jpg, alt: 新书桌}
    # 1.jpg 其实是一张改了扩展名的 PNG

示例（正确）::

    photos:
      - {file: 1.jpg, alt: 新书桌}
    # 1.jpg 由 xinyuan photo 从那张 PNG 转存为真正的 JPEG

改法：用 ``xinyuan photo 心愿编号 原照片`` 添加照片，它接受常见格式并保存为 JPEG。
"""

from generator.model.codes import Code
from generator.photos.files import MAX_BYTES
from generator.rules.privacy._photos import RETAKE_HINT, entries


def check(repo):
    for entry in entries(repo):
        facts = entry.facts
        # A file over the cap is read only in part; P642 reports it.
        if facts and not facts.jpeg and facts.size <= MAX_BYTES:
            yield entry.problem(Code.P643, f"照片 {entry.path} 不是完整的 JPEG 图片", RETAKE_HINT)
