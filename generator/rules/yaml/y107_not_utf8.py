"""文件不是 UTF-8 编码的文字。

为什么：老版本 Windows 编辑器存成 GBK/GB2312 的文件，在网站上会显示成乱码。

示例（出错）::

    data/wishes/majiayi-village/majiayi-2026-003.yml（记事本“另存为”时编码选了 ANSI）

示例（正确）::

    data/wishes/majiayi-village/majiayi-2026-003.yml（编码选 UTF-8）

改法：把文件另存为 UTF-8（记事本：另存为 → 编码选 UTF-8）。
"""
