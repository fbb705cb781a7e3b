"""受助人是未成年人的心愿，照片里检测到人脸。

未满 14 周岁儿童的一切个人信息都是敏感个人信息（《个人信息保护法》第二十八条），
儿童的照片不上网站。受助人属于 ``program.yml`` 里标了 ``minors: true`` 的群体
（如留守儿童、事实孤儿），或者年龄段包含 14 岁以下的年龄（如 ``0-5``、``12-17``），
就算未成年人（与需要监护人同意的判断相同）。照片应该拍送到的礼物，而不是孩子。

检测用 OpenCV 自带的 Haar 级联分类器（正脸和侧脸）。它会漏掉：小于照片长边约 1/30 的脸（1080 像素的照片上约 36 像素）、
歪斜超过约 20 度或背对镜头的脸、被口罩、手或头发挡住一半的脸、暗处或模糊的脸；
偶尔也会把有图案的物品当成脸。所以它只是一道保险：管理员合并前仍要亲眼看每一张照片。

示例（出错）::

    beneficiary: {alias: 小海, group: left-behind-child, age_band: 6-11, place: 云岭县石门镇}
    photos:
      - {file: 1.jpg, alt: 小海和新书包}
    # 1.jpg 里有孩子的脸

示例（正确）::

    beneficiary: {alias: 小海, group: left-behind-child, age_band: 6-11, place: 云岭县石门镇}
    photos:
      - {file: 1.jpg, alt: 桌上的新书包和文具}
    # 1.jpg 只拍了礼物，画面里没有人

改法：删掉这张照片，改拍礼物本身（书包、文具、书桌），画面里不要有人。
"""

from generator.model.codes import Code
from generator.rules.privacy._photos import entries, faces_in, is_minor


def check(repo):
    program = repo.model.program
    for entry in entries(repo):
        if entry.data is None or not is_minor(entry.wish, program):
            continue
        found = faces_in(repo, entry)
        if found:
            yield entry.problem(
                Code.P646,
                f"受助人是未成年人，照片 {entry.path} 里检测到 {len(found)} 张人脸",
                "未成年人的照片不能有人脸：请删掉它，改拍送到的礼物本身",
            )
