"""志愿者修改或删除了已有的认领。

认领记录只加不改：之前的认领（别人的，也包括你自己的）都保持原样。退回认领由组织的管理员记为
``released``。

示例（出错）::

    data/wishes/village-a/va-001.yml，原来有 vol-two 的认领：
    claims:
      - {volunteer: vol-one, date: 2026-04-30}    # 原来这一行是 vol-two 的

示例（正确）::

    claims:
      - {volunteer: vol-two, date: 2026-04-10}
      - {volunteer: vol-one, date: 2026-04-30}

改法：把已有的认领恢复原样，只在后面加上你新的一条。
"""
