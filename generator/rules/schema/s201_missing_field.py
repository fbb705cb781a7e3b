"""缺少必填字段。

为什么：网站、报表和认领审核都依赖这些字段。

示例（出错）::

    claims:
      - {volunteer: ggzy-center}      # 少了认领日期 date

示例（正确）::

    claims:
      - {volunteer: ggzy-center, date: 2026-03-20}

改法：补上这个字段。``schemas/`` 中的各个 schema 列出了每类文件的必填字段；用
``xinyuan new`` 新建记录时，模板里标有“必填”。
"""
