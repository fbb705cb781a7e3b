"""记录里的文字含有看不见的字符或改变文字方向的控制字符。

标题、故事、称呼、地点、备注、名字……所有文字都会公开显示，也会在审核拉取请求时被人读。
从右到左覆盖（U+202E）、方向隔离（U+2066–U+2069）、零宽空格（U+200B）、字节顺序标记
（U+FEFF）、软连字符（U+00AD）等字符看不见，却能让审核的人读到的和网站显示的不一样
（“木马源码”式攻击），或让两个看起来一样的名字实际不同。认领表单、提交心愿表单和命令行
写入的文字都按同一条规则检查（``generator/model/display_names.py``）；多段文字里的换行不算。

比如从网页复制来的文字里可能夹着零宽空格。下面的例子里，``<U+200B>`` 表示这个看不见的字符。

示例（出错）::

    title: 一台彩色<U+200B>电视机

示例（正确）::

    title: 一台彩色电视机

改法：删掉这些字符（在编辑器里显示不可见字符后删除），只留普通文字。
"""

from generator.model.codes import Code
from generator.model.display_names import first_invisible


def _strings(value, keypath=()):
    if isinstance(value, str):
        yield keypath, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*keypath, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _strings(item, (*keypath, i))


def check(repo):
    for path in sorted(repo.docs):
        doc = repo.docs[path]
        if first_invisible(doc.text.replace("\r", ""), allow_newline=True) is None:
            continue  # the common case: one scan of the file instead of one per value
        for keypath, text in _strings(doc.data):
            if repo.kinds.get(path) == "volunteer" and keypath in (("name",), ("unit",)):
                continue  # I310 reports these, with the other rules for names
            bad = first_invisible(text, allow_newline=True)
            if bad is not None:
                yield doc.problem(
                    keypath,
                    Code.I311,
                    f"文字里有看不见的字符或方向控制字符 U+{ord(bad):04X}",
                    "删掉这个字符，只留普通文字",
                )
