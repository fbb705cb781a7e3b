"""The maintainer's guide (docs/guide/) as a year that really runs.

Chapters come in the order of the contents (index.md); their console sessions run one after
another, so what one chapter does, the next one sees. A session that starts with
``xinyuan init`` runs in a new empty folder, as the setup chapter says; every other session
runs inside one copy of the sample program (a real git repository). ``cd`` moves within a
session; ``git`` lines run real git. Output is compared line by line; a line ``…`` in the
expected output stands for lines left out.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from console_sessions import Session, run, sessions_in
from generator.site import guide
from ops_helpers import GIT_ENV, ROOT, sample_repo

GUIDE = ROOT / guide.FOLDER
ELIDED = "…"


def chapters() -> list[str]:
    """The chapter files in the order the contents (index.md) lists them."""
    return [c.file for c in guide.chapters(GUIDE)]


def matches(actual: list[str], expected: list[str]) -> bool:
    """``actual`` equals ``expected``, where a line ``…`` stands for any lines (or none) and a
    line ending in ``…`` for any line that starts with what comes before it."""

    def one(line: str) -> str:
        if line == ELIDED:
            return "(?:[^\n]*\n)*?"
        if line.endswith(ELIDED):
            return re.escape(line[:-1]) + "[^\n]*\n"
        return re.escape(line + "\n")

    pattern = "".join(one(line) for line in expected)
    return re.fullmatch(pattern, "".join(line + "\n" for line in actual), re.S) is not None


@dataclass
class Step:
    chapter: str
    line: str
    expected: list[str]
    actual: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return matches(self.actual, self.expected)


class Year:
    """The folders the guide's examples run in, kept from chapter to chapter."""

    def __init__(self, base: Path):
        self.base = base
        self.sample = sample_repo(base)
        shutil.copytree(ROOT / ".github", self.sample / ".github")
        # the files the examples name (a spreadsheet, a photo), as a reader downloads them
        shutil.copytree(GUIDE / "examples", self.sample, dirs_exist_ok=True)
        self.new_folders = 0
        self.here = self.sample

    def play(self, chapter: str) -> list[Step]:
        """Every session of a chapter; ``cd`` and a new folder last to the chapter's end."""
        self.here = self.sample
        steps = []
        for session in sessions_in((GUIDE / chapter).read_text(encoding="utf-8")):
            steps += self.play_session(chapter, session)
        return steps

    def play_session(self, chapter: str, session: Session) -> list[Step]:
        if session[0][0].startswith("xinyuan init"):
            self.new_folders += 1
            self.here = self.base / f"new-{self.new_folders}"
            self.here.mkdir()
        done = []
        for line, expected in session:
            step = Step(chapter, line, expected)
            if line.startswith("cd "):
                self.here = (self.here / line[3:].strip()).resolve()
                assert self.here.is_dir(), f"{chapter}: {line}: no such folder"
            elif line.startswith("git "):
                out = subprocess.run(
                    ["bash", "-c", line],
                    cwd=self.here,
                    env=GIT_ENV,
                    text=True,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.STDOUT,
                )
                step.actual = out.stdout.rstrip("\n").splitlines()
            elif line.startswith("xinyuan "):
                result = run(self.here, line)
                assert "Traceback" not in result.output, f"{chapter}: {line}\n{result.output}"
                step.actual = result.output.rstrip("\n").splitlines()
            else:
                raise AssertionError(f"{chapter}: the guide runs only xinyuan, git and cd: {line}")
            done.append(step)
        return done


if __name__ == "__main__":  # print what each example really prints (for writing the guide)
    import sys

    sys.path.insert(0, str(ROOT / "tests"))
    with tempfile.TemporaryDirectory() as tmp:
        year = Year(Path(tmp))
        for name in sys.argv[1:] or [c for c in chapters() if (GUIDE / c).exists()]:
            for step in year.play(name):
                mark = "  " if step.ok else "!!"
                print(f"{mark} [{name}] $ {step.line}")
                for out in step.actual:
                    print(f"     {out}")
