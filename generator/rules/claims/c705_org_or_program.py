"""拉取请求改了组织文件、``program.yml`` 或结对文件，而作者没有相应的身份。

组织文件（写着它的管理员、上级组织、认领是否要审核）只能由它上级组织的管理员修改，改动前和改动后
都要是：这样谁也不能把自己加成管理员，也不能把一个组织移到自己管不到的地方。最上级组织的文件和
``program.yml`` 由最上级组织的管理员修改。结对文件（``data/pairs/<组织>/``）由结对组织或它上级
组织的管理员修改：志愿者结对做的事由组织记录，不能由志愿者自己的拉取请求记录。

示例（出错）::

    志愿者 vol-one-gh 的拉取请求，改 data/orgs/village-a.yml：
    maintainers: [village-admin, vol-one-gh]    # 原来是 [village-admin]

示例（正确）::

    上级组织东镇妇联（town-a）的管理员 town-admin 的拉取请求，改同一个文件：
    maintainers: [village-admin, vol-one-gh]

改法：请上级组织的管理员来改。
"""
