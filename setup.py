"""Ships the template repository's own files inside the package, for ``xinyuan init``.

pyproject.toml holds the whole configuration; this file only adds one build step. GitHub reads
``.github/`` at the repository's root, so the files a new program's repository needs cannot
live inside the package folder. Rather than keep a second copy in sync by hand, the build
copies them from the root into ``generator/template_repo/`` of the wheel (a source checkout and
an editable install read them from the root: see ``generator.template_repo``).
"""

import runpy
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

ROOT = Path(__file__).resolve().parent
# What `xinyuan init` copies from (and the guide the site carries), named once (that module imports nothing but the standard library).
_TEMPLATE = runpy.run_path(str(ROOT / "generator" / "template_repo.py"))
SHIPPED = _TEMPLATE["SHIPPED"] + _TEMPLATE["BUNDLED"]


def copy_shipped(target: Path) -> None:
    for name in SHIPPED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, dirs_exist_ok=True)
        else:
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


class BuildWithTemplate(build_py):
    def run(self):
        super().run()
        if not getattr(self, "editable_mode", False):  # an editable install reads the source tree
            copy_shipped(Path(self.build_lib) / "generator" / "template_repo")


class SdistWithTemplate(sdist):
    """The source archive carries the files too, so a wheel built from it has them."""

    def make_release_tree(self, base_dir, files):
        super().make_release_tree(base_dir, files)
        copy_shipped(Path(base_dir))


setup(cmdclass={"build_py": BuildWithTemplate, "sdist": SdistWithTemplate})
