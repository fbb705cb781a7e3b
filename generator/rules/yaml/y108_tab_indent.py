"""某一行用制表符（Tab）缩进。

为什么：YAML 不允许用 Tab 缩进；不同编辑器显示的 Tab 宽度也不一样。

下面的例子里，``→`` 表示按了一下 Tab 键。

示例（出错）::

    beneficiary:
    →alias: 谢大姐
      group: seriously-ill
      age_band: 40-59
      place: 云岭县石门镇

示例（正确）::

    beneficiary:
      alias: 谢大姐
      group: seriously-ill
      age_band: 40-59
      place: 云岭县石门镇

改法：只用空格缩进（每层两个）。
"""
