"""拉取请求改动了 ``data/`` 下记录文件以外的文件。

程序代码、数据模式（schemas）、网站模板、工作流、照片（``data/photos/``）和其他文件决定之后每一次检查怎么做；只有
最上级组织（没有 ``parent`` 的组织）的管理员可以修改它们，而且这样的拉取请求一律等人审核，
不会自动合并。唯一的例外是 ``.github/CODEOWNERS``：内容与数据生成的完全一致时
（``xinyuan codeowners``），任何人都可以提交（见 C719）。

示例（出错）::

    志愿者 vol-one-gh 的拉取请求改了：
    .github/workflows/claim.yml
    generator/policy/wishes.py

示例（正确）::

    志愿者 vol-one-gh 的拉取请求只改了：
    data/volunteers/vol-one.yml          自己的志愿者记录
    data/wishes/village-a/va-002.yml     在 claims: 下加了自己的认领

改法：只保留 ``data/volunteers/`` 下自己的记录和心愿 ``claims:`` 下的认领；其他建议请开议题。
"""
