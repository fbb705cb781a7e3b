"""The whole command line speaks Chinese: click's own texts too, with exit status 2 kept for
usage errors."""

import re

import click
import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.commands import chinese

ENGLISH = re.compile(
    r"Usage:|Options:|Commands:|Show this message|Error:|Invalid value|Missing option|"
    r"No such|is not one of|does not match|\bTEXT\b|\bINTEGER\b|\[default|\[required\]|"
    r"Try '|Did you mean|\[%Y"
)


def commands(cmd=main, path=()):
    yield path, cmd
    if isinstance(cmd, click.Group):
        ctx = click.Context(cmd)
        for name in cmd.list_commands(ctx):
            yield from commands(cmd.get_command(ctx, name), path + (name,))


def run(*args):
    return CliRunner().invoke(main, list(args), prog_name="xinyuan")


@pytest.mark.parametrize("path", [p for p, _ in commands()], ids=lambda p: " ".join(p) or "xinyuan")
def test_help_is_chinese_and_every_option_says_what_it_is(path):
    result = run(*path, "--help")
    assert result.exit_code == 0
    assert not ENGLISH.search(result.output), result.output
    assert "用法：" in result.output and "选项：" in result.output
    cmd = dict(commands())[path]
    assert [p.opts for p in cmd.params if isinstance(p, click.Option) and not p.help] == []


@pytest.mark.parametrize(
    "args, says",
    [
        (["report", "units", "--half", "2026-3"], "--half"),
        (["new", "wish"], "缺少选项 '--org'。"),
        (["nosuch"], "没有命令 “nosuch”。"),
        (["validate", "--formt", "json"], "没有选项 “--formt”。 是不是 '--format'？"),
        (["new", "org", "x", "--level", "vilage"], "“vilage” 不是可用的值；可选："),
        (["validate", "--today", "2026/3/1"], "“2026/3/1” 不是 YYYY-MM-DD 格式的日期"),
        (["new", "wish", "--org", "a", "--slots", "0"], "0 不在范围 1<=x<=100 内。"),
        (["new", "wish", "--org", "a", "--slots", "两"], "“两” 不是整数。"),
        (["validate", "no-such-folder"], "目录 “no-such-folder” 不存在。"),
        (["rules", "A1", "B2"], "多余的参数（B2）"),
        (["new", "wish", "--org"], "选项 “--org” 后面要跟一个值。"),
    ],
)
def test_usage_errors_are_chinese_with_exit_2(args, says):
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert says in result.output, result.output
    assert "错误：" in result.output
    assert not ENGLISH.search(result.output), result.output


def test_every_translated_text_still_exists_in_click():
    """click is pinned; when it changes a text, the table must follow (or the English shows)."""
    import importlib.util
    from pathlib import Path

    folder = Path(importlib.util.find_spec("click").origin).parent
    source = "".join(p.read_text(encoding="utf-8") for p in folder.glob("*.py"))
    texts = list(chinese.TEXTS) + list(chinese.PLURALS) + list(chinese.PLURAL_FORMS)
    missing = [t for t in texts if repr(t)[1:-1].replace("\\\\", "\\") not in source and t not in source]
    assert missing == []
