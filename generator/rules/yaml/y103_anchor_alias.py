"""不允许使用锚点（``&name``）和别名（``*name``）。

为什么：别名能让几行文字展开成几个 GB（“十亿笑声”攻击），也会让审核认领申请的人看不出一条
记录实际写了什么。

示例（出错）::

    collected: &day 2026-03-01
    consent: {by: self, date: *day, recorded_by: majiayi-village}

示例（正确）::

    collected: 2026-03-01
    consent: {by: self, date: 2026-03-01, recorded_by: majiayi-village}

改法：把值完整地写出来，同一个日期就再写一遍。
"""
