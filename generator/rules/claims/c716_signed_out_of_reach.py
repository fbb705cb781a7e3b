"""以自己管理不到的组织的名义审核、上报、派单或登记同意。

心愿里记录的每个组织行为都写着是谁做的：``vetted.by``（审核）、``escalations`` 的每一步
（由当时负责这个心愿的组织上报：第一步是征集组织，之后是上一步的 ``to``）、
``claims`` 里的 ``dispatched_by``（派单）和 ``consent.recorded_by``（登记同意）。改动新加或
修改的这些记录，只能用作者管理的组织、或它下级组织的名义。角色按主分支（base）判断，
同一个拉取请求里给自己加的管理员身份不算。村里的管理员不能写 ``vetted: {by: 市妇联}``，
也不能替乡镇把心愿上报给县里。

示例（出错）::

    东村妇联（village-a）的管理员 village-admin 改 data/wishes/village-a/va-002.yml：
    vetted: {date: 2026-03-05, by: city-wf}
    claims:
      - {volunteer: vol-one, date: 2026-04-30, dispatched_by: town-a}

示例（正确）::

    vetted: {date: 2026-03-05, by: village-a}
    claims:
      - {volunteer: vol-one, date: 2026-04-30, dispatched_by: village-a}

改法：写你管理的组织；需要上级组织做的事，请上级组织的管理员来记录。
"""
