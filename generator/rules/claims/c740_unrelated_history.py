"""拉取请求的分支与主分支没有共同的历史（从孤立分支 ``--orphan`` 建的，或强推成了无关的提交）。

这样的分支没有办法与主分支合并，检查也无从比较改动了什么，所以直接拒绝，而不是让检查
中途失败、不留评论。

示例（出错）::

    git checkout --orphan my-claim
    （提交了一份 data/，再开拉取请求）

示例（正确）::

    git fetch origin
    git checkout -b my-claim origin/main
    （在这个分支上提交改动，再开拉取请求）

改法：从最新的主分支新建分支（``git checkout -b my-claim origin/main``），把改动重新提交
到那个分支上，再推送。
"""
