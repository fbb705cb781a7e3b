"""拉取请求与主分支冲突。

你建分支之后，主分支上同一个地方也有了改动（常见的是别人的认领先合并了），两边没法自动合在一起，
检查也就无从比较。

示例（出错）::

    两个名额的心愿（slots: 2）。主分支上已经合并了：
    claims:
      - {volunteer: vol-two, date: 2026-04-30}
    你的分支在同一个位置写的是：
    claims:
      - {volunteer: vol-one, date: 2026-04-30}

示例（正确）::

    把主分支合并进来，两边的认领都留下：
    claims:
      - {volunteer: vol-two, date: 2026-04-30}
      - {volunteer: vol-one, date: 2026-04-30}

改法：把主分支合并进拉取请求（GitHub 页面上的 ``Update branch``），保留两边的认领，再推送；
检查会重新运行。
"""
