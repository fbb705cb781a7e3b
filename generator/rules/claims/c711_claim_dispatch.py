"""志愿者新加的认领里写了 ``dispatched_by`` 或 ``released``。

``dispatched_by`` 表示组织派单，``released`` 表示认领已退回，这两项都只能由组织的管理员记录。

示例（出错）::

    claims:
      - {volunteer: vol-one, date: 2026-04-30, dispatched_by: village-a}

示例（正确）::

    claims:
      - {volunteer: vol-one, date: 2026-04-30}

改法：认领只写 ``{volunteer: 你的志愿者编号, date: 今天的日期}``。
"""
