"""文字中有机动车号牌（``湘A12345``、``湘A·D1234``、``粤B 12345``）。

为什么：车牌号码能查到车主，也能让人在村口、医院门口认出一户人家的车。

示例（出错）::

    story: 家里的三轮车牌照是湘N12345。

示例（正确）::

    story: 想要一辆 26 寸的自行车，型号 A1234 也行。

改法：删去号牌。
"""

import re

from generator.model.codes import Code
from generator.rules.privacy import rule_check

_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
# A province's character, the issuing office's letter, then five (new energy: six) letters and
# digits, at least two of them digits.
_PLATE = re.compile(
    rf"[{_PROVINCES}]\s*[A-HJ-NP-Z]\s*[-·•. ]?\s*(?=(?:[A-HJ-NP-Z]*[0-9]){{2}})"
    r"[A-HJ-NP-Z0-9]{5,6}(?![A-Za-z0-9])"
)


def find(text):
    for match in _PLATE.finditer(text):
        yield match.start(), match.end(), f"文字中有车牌号（“{match.group()}”）"


check = rule_check(Code.P612, "删去车牌号")
