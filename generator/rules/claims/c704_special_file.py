"""拉取请求加入了符号链接、子模块，或在记录文件的位置放了二进制文件。

符号链接可以指向仓库以外的任何地方，子模块会把另一个仓库拉进来，而记录文件（``data/`` 下的
``.yml``）都是 UTF-8 编码的 YAML 文本。这几样都不可能是记录：符号链接和子模块放在哪里、不论作者
是谁，一律拒绝。

示例（出错）::

    data/volunteers/link.yml    符号链接，指向 vol-one.yml
    data/vendor                 子模块（另一个仓库）
    data/volunteers/photo.yml   名字是 .yml，内容其实是一张 PNG 图片

示例（正确）::

    data/volunteers/vol-one.yml   普通的文本文件：
    id: vol-one
    name: 志愿者甲
    github: vol-one-gh
    kind: person
    joined: 2026-01-10

改法：删掉符号链接、子模块和二进制文件，只提交普通的 ``.yml`` 文本文件。
"""
