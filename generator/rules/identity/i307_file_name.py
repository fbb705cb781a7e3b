"""A file under ``data/`` whose name is not a plain id followed by ``.yml``.

File names under ``data/`` must be lowercase letters, digits and hyphens, starting with a
letter or digit, then ``.yml`` (``[a-z0-9][a-z0-9-]*.yml``); ``README.md`` and ``.gitkeep``
are the only exceptions. Reported at 1:1 of the file.

Why: file names reach web pages, links, the claim check's comment and shell scripts; a name
with spaces, capitals, backticks, line breaks or Markdown in it is at best confusing and at
worst a way to smuggle text past reviewers. Ids are slugs, so every record's name is one too.

Example: ``data/volunteers/Zhang San.yml`` or ``data/orgs/a`b.yml``.

Fix: rename the file to its record's id, e.g. ``data/volunteers/zhang-san.yml``.
"""

import re

from ...problems import Problem
from ...repository import IGNORED_NAMES

NAME = re.compile(r"[a-z0-9][a-z0-9-]*\.yml")


def check(repo):
    for path in sorted(set(repo.kinds) | set(repo.stray)):
        name = path.rsplit("/", 1)[-1]
        if name not in IGNORED_NAMES and not NAME.fullmatch(name):
            yield Problem(path, 1, 1, "I307", "文件名只能由小写字母、数字和连字符组成，以 .yml 结尾",
                          "把文件改名为记录的编号，例如 zhang-san.yml")
