"""志愿者显示的名字（``name``）或单位（``unit``）可能骗人，或会被表格软件当成公式。

名字会出现在网站、提醒和发给工作单位的表格里，不论它是通过拉取请求、认领表单还是命令行
写进来的，都按同一条规则检查（``generator/model/display_names.py``）。名字不能：

- 包含看不见的字符或改变文字方向的控制字符（例如 U+202E 从右到左覆盖、U+200B 零宽空格）：
  它们能让名字看起来像另一个人的；
- 以 ``=``、``+``、``-``、``@``、制表符、回车（或它们的全角形式）开头：Excel、WPS 打开
  开放数据和单位报表的 CSV 时会把它当成公式执行；
- 包含网页代码、Markdown 符号或链接（``< > ` { } [ ] | \\``、``&…;``、``://``），或比认领表单
  允许的更长（名字 20 个字，单位 40 个字）：认领表单早就拒绝这些，拉取请求也一样；
- 与网站代替名字显示的称呼（“一位志愿者”“已认领”等）、某个组织的名称或项目名称相同
  （不计空格、标点、全角半角、大小写和繁简，看起来一样的字算一样，例如 “ー位志愿者”）。

单位不检查最后一条（单位可以就是某个组织）。

示例（出错）::

    # data/volunteers/xiaoyu.yml
    name: 一位志愿者
    unit: =清溪学院

示例（正确）::

    # data/volunteers/xiaoyu.yml
    name: 小雨
    unit: 清溪学院

改法：换一个普通的名字，例如 ``小雨``；单位照实写，前面不加符号。不想在网站上露出名字时，
名字照常写，另加一行 ``public: false``，网站就只显示“一位志愿者”。
"""

from generator.model.codes import Code
from generator.model.display_names import name_problem, reserved_names, shown


def check(repo):
    model = repo.model
    names = [o.name for o in model.orgs.values()]
    if model.program:
        names += [model.program.name, model.program.short_name]
    reserved = reserved_names(names)
    for volunteer in model.volunteers.values():
        for key, text, labels in (("name", volunteer.name, True), ("unit", volunteer.unit, False)):
            why = text and name_problem(text, reserved, labels=labels)
            if why:
                label = "显示的名字" if key == "name" else "单位"
                yield volunteer.doc.problem(
                    (key,),
                    Code.I310,
                    f"{label} “{shown(text)}” {why}",
                    "换一个普通的写法，不要用特殊字符、公式符号或网站上的称呼",
                )
