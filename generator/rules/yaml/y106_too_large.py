"""文件大于 256 KiB。

为什么：一条记录只有几百字节；巨大的文件不是弄错了就是攻击，还会拖慢每一次校验。比如把
照片当作文字粘贴进了记录。

示例（出错）::

    # data/wishes/majiayi-village/majiayi-2026-003.yml（312 KiB）
    story: 谢大姐患病在家休养。data:image/jpeg;base64,/9j/4AAQSkZJRgABAQEASABIAAD…（后面还有几十万个字符）

示例（正确）::

    # data/wishes/majiayi-village/majiayi-2026-003.yml（1 KiB）
    story: 谢大姐患病在家休养，家里的旧电视坏了很久。

改法：一个文件只写一条记录，把过长的文字缩短；照片不要粘贴进记录里。
"""
