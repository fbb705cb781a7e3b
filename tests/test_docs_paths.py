"""The documents name only files that exist: a path in README.md or ARCHITECTURE.md that a
refactoring moved fails here instead of sending a reader to nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PATH = re.compile(r"`((?:generator|tests|benchmarks|schemas|site_templates|\.github)/[\w./-]+)`")


@pytest.mark.parametrize("document", ["README.md", "ARCHITECTURE.md"])
def test_every_path_a_document_names_exists(document):
    text = (ROOT / document).read_text(encoding="utf-8")
    named = PATH.findall(text)
    assert named, f"{document} names no paths: the pattern no longer matches how it names them"
    missing = sorted({path for path in named if not (ROOT / path.rstrip("/")).exists()})
    assert not missing, f"{document} names paths that do not exist: {missing}"
