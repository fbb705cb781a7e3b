"""拉取请求作者的 GitHub 账号编号与记录里为这个用户名登记的编号不同。

权限按 GitHub 用户名（login）认人，而用户名可以改：管理员或志愿者改名、注销后，旧用户名
谁都可以重新注册，注册的人就会“继承”记录里这个用户名的权限和积分。每个 GitHub 账号还有
一个永不改变的数字编号（GitHub 接口 ``users/用户名`` 返回的 ``id``，可用 ``gh api users/用户名 --jq .id`` 查到）。记录里登记了
编号时（志愿者的 ``github_id``，组织的 ``maintainer_ids``），认领工作流把事件里作者的编号
（``--author-id``）与它比对，不同就拒绝整个拉取请求。自己新建或修改志愿者记录时，
``github_id`` 也只能写自己的编号（认领表单会自动写上）。

示例（出错）::

    data/volunteers/vol-one.yml 写着 github: vol-one-gh、github_id: 1001，
    而提交拉取请求的 vol-one-gh 账号编号是 2002：
    claims:
      - {volunteer: vol-one, date: 2026-04-30}

示例（正确）::

    提交者就是编号 1001 的那个账号：
    claims:
      - {volunteer: vol-one, date: 2026-04-30}

改法：如果你确实是本人、只是换了账号，请最上级组织的管理员更新记录里的编号。
"""
