"""The package layout shows the pipeline: each package imports only the stages below it.

ARCHITECTURE.md describes the layers; this keeps the code to them, so that a newcomer can trust
the tree: nothing imports upwards and no two packages lean on each other.
"""

from __future__ import annotations

import ast
from pathlib import Path

GENERATOR = Path(__file__).resolve().parent.parent / "generator"

# What each package may import of ours (beyond itself). commands and cli may import anything.
ALLOWED = {
    "shipped": set(),
    "photos": set(),
    "deploy": set(),
    "model": {"photos", "shipped"},
    "output": {"model"},
    "rules": {"model", "photos"},
    "policy": {"model", "rules", "output"},
    "ops": {"model", "photos", "rules", "policy", "output"},
    "program": {"model", "ops", "output"},
    "intake": {"model", "ops", "policy", "rules", "output"},
    "site": {"model", "output", "photos", "program", "rules", "shipped"},
    "forge": {"model", "policy"},
    "start": {"intake", "model", "ops", "policy", "rules", "shipped", "output"},
}


def _package_of(path: Path) -> str:
    rel = path.relative_to(GENERATOR).parts
    return rel[0] if len(rel) > 1 else rel[0].removesuffix(".py")


def _imported_packages(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            raise AssertionError(f"{path}: relative import; write it absolute (from generator.…)")
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "generator":
            names = (
                [f"{node.module}.{alias.name}" for alias in node.names] if node.module == "generator" else [node.module]
            )
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names if alias.name.split(".")[0] == "generator"]
        else:
            continue
        found.update(name.split(".")[1] for name in names if "." in name)
    return found


def test_every_package_imports_only_the_stages_below_it():
    wrong = []
    for path in sorted(GENERATOR.rglob("*.py")):
        package = _package_of(path)
        if package in ("cli", "commands", "__init__"):
            continue
        assert package in ALLOWED, f"{package}: a new package; add it to ARCHITECTURE.md and ALLOWED here"
        for imported in sorted(_imported_packages(path) - {package} - ALLOWED[package]):
            wrong.append(f"{path.relative_to(GENERATOR.parent)} imports generator.{imported}")
    assert not wrong, "imports against the layering of ARCHITECTURE.md:\n" + "\n".join(wrong)


def test_no_two_packages_import_each_other():
    for package, below in ALLOWED.items():
        for other in below:
            assert package not in ALLOWED.get(other, set()), f"{package} and {other} import each other"


def test_no_module_name_means_two_things():
    """Two library modules never share a name; a command module may share its library's name
    (``commands/stats.py`` runs ``program/stats.py``): the same thing seen from two sides."""
    seen: dict[str, list[str]] = {}
    for path in GENERATOR.rglob("*.py"):
        if path.stem != "__init__" and path.parent.name != "commands":
            seen.setdefault(path.stem, []).append(str(path.relative_to(GENERATOR)))
    clashes = {name: places for name, places in seen.items() if len(places) > 1}
    assert not clashes, f"library modules that share a name: {clashes}"
