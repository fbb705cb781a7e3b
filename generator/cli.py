"""The ``xinyuan`` command line. Thin: parse options, call a library function, print, exit.

Subcommands live in their own modules and are imported only when run (see ``COMMANDS``).
"""

from __future__ import annotations

import importlib

import click

from generator.commands.chinese import install

install()  # click's own texts in Chinese, before any command is built

# name -> "module:function" of the click command; imported lazily so `xinyuan --help` is fast.
COMMANDS = {
    "validate": "generator.commands.validate:validate",
    "rules": "generator.commands.validate:rules",
    "consent": "generator.commands.lifecycle:consent",
    "erase": "generator.commands.erase:erase",
    "vet": "generator.commands.lifecycle:vet",
    "publish": "generator.commands.lifecycle:publish",
    "escalate": "generator.commands.lifecycle:escalate",
    "claim": "generator.commands.lifecycle:claim",
    "dispatch": "generator.commands.lifecycle:dispatch",
    "fulfil": "generator.commands.lifecycle:fulfil",
    "withdraw": "generator.commands.lifecycle:withdraw",
    "photo": "generator.commands.photo:photo",
    "extend": "generator.commands.lifecycle:extend",
    "release": "generator.commands.lifecycle:release",
    "pair": "generator.commands.pairs:pair",
    "duty": "generator.commands.pairs:duty",
    "unpair": "generator.commands.pairs:unpair",
    "new": "generator.commands.new:new",
    "remind": "generator.commands.remind:remind",
    "report": "generator.commands.report:report",
    "stats": "generator.commands.stats:stats",
    "import": "generator.commands.importer:import_",
    "import-pairs": "generator.commands.pair_import:import_pairs",
    "check-pr": "generator.commands.checkpr:check_pr",
    "intake": "generator.commands.intake:intake",
    "forge": "generator.commands.forge:forge",
    "merge-claim": "generator.commands.merge_claim:merge_claim",
    "codeowners": "generator.commands.codeowners:codeowners",
    "forms": "generator.commands.forms:forms",
    "build": "generator.commands.site:build",
    "serve": "generator.commands.site:serve",
    "deploy": "generator.commands.deploy:deploy",
    "init": "generator.commands.init:init",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx):
        return sorted(COMMANDS)

    def get_command(self, ctx, name):
        if name not in COMMANDS:
            return None
        module, _, attr = COMMANDS[name].partition(":")
        return getattr(importlib.import_module(module), attr)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="xinyuan")
def main():
    """心愿 Xinyuan：微心愿项目的数据校验、认领审核与公开网站生成工具。

    怎样用这些命令过完一年，从管理员手册《准备和建立项目》读起（仓库里的 docs/guide/，网站上的 guide/ 页）。
    """
