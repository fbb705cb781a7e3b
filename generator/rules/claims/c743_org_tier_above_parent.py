"""新建的组织，或改了层级（``level``）、上级（``parent``）的组织，层级不低于它的上级组织。

村的管理员可以在自己村下面建组织（例如一个志愿服务站），但不能把它写成 ``level: city``：
网站、报表和逐级上报都按层级称呼组织，一个挂在村下面的 “市级” 组织会让人以为它是市里的。
层级从高到低是 province（省）、city（市）、county（县）、township（乡镇、街道）、village（村）
和 community（社区，与村同级）；unit（单位、服务站）可以挂在任何一级下面，单位下面只能
是单位。同级或更高的组织由最上级组织的管理员添加，不受此限；主分支上已有的组织只改别的
字段时不检查。

示例（出错）::

    data/orgs/dongpo-city.yml（上级 dongpo-village 是村，level: village）：
    parent: dongpo-village
    level: city

示例（正确）::

    parent: dongpo-village
    level: unit

改法：改成比上级组织低的层级，例如 ``level: unit``。
"""
