"""The command line speaks Chinese: click's own texts (usage errors, missing options, bad
choices, the standard parts of --help) translated.

click looks its texts up through ``gettext``, bound in each of its modules as ``_`` and
``ngettext``; :func:`install` binds those names to the table below. A text not in the table
stays as click wrote it. click is pinned in pyproject.toml, and a test fails when a text the
table translates no longer exists in click.
"""

from __future__ import annotations

import importlib
import unicodedata

MODULES = ("core", "exceptions", "types", "parser", "formatting", "decorators", "termui", "utils")

TEXTS = {
    # --help
    "Usage:": "用法：",
    "Options": "选项",
    "Commands": "命令",
    "Positional arguments": "参数",
    "Show this message and exit.": "显示本帮助并退出。",
    "Show the version and exit.": "显示版本号并退出。",
    "%(prog)s, version %(version)s": "%(prog)s，版本 %(version)s",
    "default: {default}": "默认：{default}",
    "required": "必填",
    "(dynamic)": "（动态）",
    "env var: {var}": "环境变量：{var}",
    "deprecated": "已弃用",
    # usage errors
    "Error: {message}": "错误：{message}",
    "Try '{command} {option}' for help.": "运行 `{command} {option}` 查看用法。",
    "Missing command.": "缺少命令。",
    "No such command {name!r}.": "没有命令 “{name}”。",
    "No such option {name!r}.": "没有选项 “{name}”。",
    "Option {name!r} does not take a value.": "选项 “{name}” 后面不能跟值。",
    "Missing argument": "缺少参数",
    "Missing option": "缺少选项",
    "Missing parameter": "缺少参数",
    "Missing {param_type}": "缺少{param_type}",
    "argument": "参数",
    "option": "选项",
    "parameter": "参数",
    "Missing parameter: {param_name}": "缺少参数：{param_name}",
    "Invalid value for {param_hint}: {message}": "{param_hint} 的值无效：{message}",
    "Invalid value: {message}": "值无效：{message}",
    "Aborted!": "已取消。",
    "{value!r} is not a valid {number_type}.": "“{value}” 不是{number_type}。",
    "integer": "整数",
    "float": "数字",
    "{value} is not in the range {range}.": "{value} 不在范围 {range} 内。",
    "{value!r} is not a valid boolean. Recognized values: {states}": "“{value}” 不是真假值；可用：{states}",
    "{name} {filename!r} does not exist.": "{name} “{filename}” 不存在。",
    "{name} {filename!r} is a file.": "{name} “{filename}” 是文件，应为目录。",
    "{name} {filename!r} is a directory.": "{name} “{filename}” 是目录，应为文件。",
    "{name} {filename!r} is not readable.": "{name} “{filename}” 无法读取。",
    "{name} {filename!r} is not writable.": "{name} “{filename}” 无法写入。",
    "Could not open file {filename!r}: {message}": "无法打开文件 “{filename}”：{message}",
    "file": "文件",
    "directory": "目录",
    "path": "路径",
    "Choose from:\n\t{choices}": "可选：\n\t{choices}",
    "Value must be an iterable.": "应给出多个值。",
    "Invalid start character for option ({option})": "选项的开头字符无效（{option}）",
}

PLURALS = {
    "Got unexpected extra argument ({args})": "多余的参数（{args}）",
    "{value!r} is not {choice}.": "“{value}” 不是可用的值；可选：{choice}。",
    "{value!r} does not match the format {format}.": "“{value}” 不是 YYYY-MM-DD 格式的日期（如 2026-03-05）。",
    "Did you mean {possibility}?": "是不是 {possibility}？",
    "Option {name!r} requires an argument.": "选项 “{name}” 后面要跟一个值。",
    "Takes {nargs} values but 1 was given.": "需要 {nargs} 个值，只给了 1 个。",
}
# The plural forms click passes alongside, translated the same way.
PLURAL_FORMS = {
    "Got unexpected extra arguments ({args})": PLURALS["Got unexpected extra argument ({args})"],
    "{value!r} is not one of {choices}.": "“{value}” 不是可用的值；可选：{choices}。",
    "{value!r} does not match the formats {formats}.": "“{value}” 不是可用的格式：{formats}。",
    "(Did you mean one of: {possibilities}?)": "（是不是 {possibilities} 之一？）",
    "Option {name!r} requires {nargs} arguments.": "选项 “{name}” 后面要跟 {nargs} 个值。",
    "Takes {nargs} values but {len} were given.": "需要 {nargs} 个值，给了 {len} 个。",
}


def gettext(message: str) -> str:
    return TEXTS.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    if n == 1:
        return PLURALS.get(singular, singular)
    return PLURAL_FORMS.get(plural, plural)


# Type names click shows as metavars (``--slots 整数``) and in "not a valid ..." messages.
TYPE_NAMES = {
    "StringParamType": "文字",
    "IntParamType": "整数",
    "IntRange": "整数",
    "FloatParamType": "数字",
    "FloatRange": "数字",
    "BoolParamType": "真假值",
}
USAGE_WORDS = {"[OPTIONS]": "[选项]", "COMMAND": "命令", "[ARGS]...": "[参数]..."}


def display_width(text: str) -> int:
    """Columns a text takes in a terminal: wide (CJK) characters take two."""
    from click._compat import strip_ansi

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in strip_ansi(text))


def install() -> None:
    import click

    for name in MODULES:
        module = importlib.import_module(f"click.{name}")
        # click's own texts go through these two names in each module. This module patches
        # click on purpose, which click's types do not foresee: hence the `type: ignore`s here.
        if hasattr(module, "_"):
            module._ = gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext  # type: ignore[attr-defined]
    for type_name, shown in TYPE_NAMES.items():
        getattr(click.types, type_name).name = shown
    formatter = click.formatting.HelpFormatter
    if not getattr(formatter, "_chinese", False):
        write_usage, missing = formatter.write_usage, click.exceptions.MissingParameter.format_message

        def write_usage_zh(self, prog, args="", prefix=None):
            write_usage(self, prog, " ".join(USAGE_WORDS.get(w, w) for w in args.split(" ")), prefix)

        def write_heading_zh(self, heading):
            self.write(f"{'':>{self.current_indent}}{heading}：\n")

        def missing_zh(self):
            text = missing(self)
            return text[:-1] + "。" if text.endswith(".") else text.replace(".", "。", 1)

        formatter.write_usage = write_usage_zh  # type: ignore[method-assign]
        formatter.write_heading = write_heading_zh  # type: ignore[method-assign]
        click.formatting.term_len = display_width  # type: ignore[assignment]  # align the help's columns under Chinese text
        click.exceptions.MissingParameter.format_message = missing_zh  # type: ignore[method-assign]
        formatter._chinese = True  # type: ignore[attr-defined]
