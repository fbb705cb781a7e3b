"""Ships the files xinyuan reads beside its code inside the package: the schemas, the site
templates, and the template repository's own files for ``xinyuan init``.

pyproject.toml holds the whole configuration; this file only adds one build step. These files
live at the repository's root (DESIGN.md's layout; GitHub reads ``.github/`` only there), so
rather than keep a second copy in sync by hand, the build copies them into
``generator/shipped/`` of the wheel (a source checkout and an editable install read them at the
root: see ``generator.shipped``).
"""

import runpy
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

ROOT = Path(__file__).resolve().parent
# Named once, in a module that imports nothing but the standard library.
_LISTS = runpy.run_path(str(ROOT / "generator" / "shipped.py"))
SHIPPED = _LISTS["TOOL"] + _LISTS["TEMPLATE"]


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
            copy_shipped(Path(self.build_lib) / "generator" / "shipped")


class SdistWithTemplate(sdist):
    """The source archive carries the files too, so a wheel built from it has them."""

    def make_release_tree(self, base_dir, files):
        super().make_release_tree(base_dir, files)
        copy_shipped(Path(base_dir))


setup(cmdclass={"build_py": BuildWithTemplate, "sdist": SdistWithTemplate})
