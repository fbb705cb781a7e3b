"""圆梦照片带有元数据（EXIF、XMP、ICC 色彩配置、IPTC、注释、厂商数据或文件末尾附加的数据）。

元数据里可能有拍摄时间、手机型号和序列号、拍摄者姓名、缩略图（裁剪前的原图）、
厂商记下的人脸信息，苹果和安卓的“动态照片”还会在文件末尾附上一段视频。
网站只需要像素，其余一律不留。

示例（出错）::

    photos:
      - {file: 1.jpg, alt: 新书包和文具}
    # 1.jpg 里有 EXIF 块，记着拍摄时间和手机型号，哪怕没有 GPS

示例（正确）::

    photos:
      - {file: 1.jpg, alt: 新书包和文具}
    # 1.jpg 是用 xinyuan photo 重新添加的，只有像素

改法：用 ``xinyuan photo 心愿编号 原照片`` 重新添加照片。带 GPS 的照片报告为 P640。
"""

from generator.model.codes import Code
from generator.rules.privacy._photos import RETAKE_HINT, entries


def check(repo):
    for entry in entries(repo):
        facts = entry.facts
        if facts and facts.blocks and not facts.location:
            yield entry.problem(Code.P641, f"照片 {entry.path} 带有元数据：{'、'.join(facts.blocks)}", RETAKE_HINT)
