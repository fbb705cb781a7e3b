"""改动改变了组织的管理员（或组织树），``.github/CODEOWNERS`` 却没有一起更新。

``.github/CODEOWNERS`` 由 ``xinyuan codeowners`` 从 ``data/orgs/`` 生成，决定 GitHub 请谁审核
哪些文件。它只能与数据同步变化：改组织文件的拉取请求（例如在自己的组织下新建一个村）必须
同时提交重新生成的 CODEOWNERS；内容与数据生成的完全一致时，任何人都可以提交它，不算改动
程序文件（C701）。这样主分支上的 CODEOWNERS 永远不会过期，``codeowners --check`` 不会卡住
之后的拉取请求。用 ``xinyuan new org`` 等命令修改组织时，CODEOWNERS 会自动重新生成。

示例（出错）::

    新建  data/orgs/village-b.yml      （新建了一个村）
    .github/CODEOWNERS 没有改

示例（正确）::

    新建  data/orgs/village-b.yml
    修改  .github/CODEOWNERS           （xinyuan codeowners 重新生成的）

改法：在仓库根目录运行 ``xinyuan codeowners``，把 ``.github/CODEOWNERS`` 一起提交。
"""
