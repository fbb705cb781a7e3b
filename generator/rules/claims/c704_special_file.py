"""The pull request adds a symbolic link, a submodule or a binary file.

A link could point anywhere outside the repository, a submodule pulls in another repository,
and records are UTF-8 YAML text. None of them is ever a record.

Fix: commit plain ``.yml`` files only.
"""
