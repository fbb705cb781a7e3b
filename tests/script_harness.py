"""Run the workflows' scripts (.github/scripts/) on a machine without a forge: the real `xinyuan
forge …` talks to a local server answering like GitHub or Forgejo (tests/forge_server.py), and a
stand-in `xinyuan` on PATH answers the commands that would need the pull request's commits
(`forge fetch`, `check-pr`, `merge-claim`) or a data repository (`validate`), logging each call.
Everything else goes to the real xinyuan, so a script cannot reach the forge unseen.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from forge_server import FakeForge

REAL = Path(sys.executable).with_name("xinyuan")
SHA = "0123abcd" * 5
STAND_IN = f"""#!/usr/bin/env bash
echo "$*" >> "$RUNNER_TEMP/xinyuan.log"
case "$1 ${{2:-}}" in
  "forge fetch") echo {SHA}; exit 0 ;;
  "check-pr "*)
    while (( $# )); do
      case "$1" in --summary-json) summary="$2" ;; --comment) comment="$2" ;; esac; shift
    done
    echo "{{\\"allowed\\": ${{CHECK_ALLOWED:-true}}, \\"needs_review\\": false}}" > "$summary"
    echo '<!-- xinyuan-claim-check --> checked' > "$comment"
    exit 0 ;;
  "merge-claim "*)
    for pr in ${{MERGE_FAILS:-}}; do [[ " $* " == *" --pr $pr "* ]] && exit 1; done
    exit 0 ;;
  "validate "*)
    echo "data/wishes/a/b.yml:3:1: L503 认领人数超过名额"
    exit "${{VALIDATE_STATUS:-1}}" ;;
esac
exec {REAL} "$@"
"""


class ScriptRun:
    """A fake forge, the stand-in `xinyuan`, and a way to run a script against both."""

    def __init__(self, folder: Path, kind: str = "github"):
        self.folder, self.forge = folder, FakeForge(kind=kind)
        self.url = self.forge.start()
        self.bin = folder / "bin"
        self.bin.mkdir(parents=True, exist_ok=True)
        (self.bin / "xinyuan").write_text(STAND_IN, encoding="utf-8")
        (self.bin / "xinyuan").chmod(0o755)

    def run(self, script: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
        path = f"{self.bin}:{os.environ.get('PATH', '/usr/bin:/bin')}"
        return subprocess.run(
            ["bash", str(script), *args],
            capture_output=True,
            text=True,
            cwd=self.folder,
            env={
                "PATH": path,
                "BASE": "main",
                "RUNNER_TEMP": str(self.folder),
                "HOME": str(self.folder),
                **self.forge.env(self.url),
                **(env or {}),
            },
        )

    def xinyuan_calls(self, command: str) -> list[list[str]]:
        log = self.folder / "xinyuan.log"
        lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
        return [line.split() for line in lines if line.split()[: len(command.split())] == command.split()]

    def stop(self):
        self.forge.stop()


def have_tools() -> bool:
    return shutil.which("jq") is not None and shutil.which("git") is not None
