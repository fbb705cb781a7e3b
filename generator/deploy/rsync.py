"""Publish a site to the program's own server with rsync over SSH (or to a local folder).

rsync compares files by checksum (a build rewrites every file, so times say nothing), sends only
what changed, and with ``--delay-updates --delete-after`` puts the new files in place together at
the end and deletes the old ones only after that: the old site keeps serving until then.
The SSH key and the server's host key come as text (repository secrets) and live in a private
temporary folder for the duration; the host key is checked, never accepted blindly.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path
from collections.abc import Iterator

# `.well-known/` (certificate challenges, security.txt) belongs to the server, not to the site.
BASE = [
    "rsync",
    "--recursive",
    "--links",
    "--checksum",
    "--delete-after",
    "--delay-updates",
    "--omit-dir-times",
    "--chmod=D755,F644",
    "--itemize-changes",
    "--compress",
    "--filter=P /.well-known/",
]


class RsyncFailed(Exception):
    pass


@contextmanager
def ssh_command(key: str | None, known_hosts: str | None, port: int | None) -> Iterator[str | None]:
    """The ``-e`` command rsync reaches the server with; None for rsync's default."""
    if not (key or known_hosts or port):
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="xinyuan-ssh-") as folder:
        parts = ["ssh", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes"]
        if key:
            key_file = Path(folder, "key")
            key_file.touch(mode=0o600)
            key_file.write_text(key.strip() + "\n", encoding="utf-8")
            parts += ["-i", str(key_file), "-o", "IdentitiesOnly=yes"]
        if known_hosts:
            hosts_file = Path(folder, "known_hosts")
            hosts_file.write_text(known_hosts.strip() + "\n", encoding="utf-8")
            parts += ["-o", f"UserKnownHostsFile={hosts_file}"]
        if port:
            parts += ["-p", str(port)]
        yield shlex.join(parts)


def command(site: Path, destination: str, ssh: str | None, dry_run: bool = False) -> list[str]:
    args = list(BASE)
    if ssh:
        args += ["-e", ssh]
    if dry_run:
        args.append("--dry-run")
    # the trailing slashes: the site's content into the destination folder, not a folder in it
    return args + [str(site).rstrip("/") + "/", destination.rstrip("/") + "/"]


def deploy(
    site: Path,
    destination: str,
    key: str | None = None,
    known_hosts: str | None = None,
    port: int | None = None,
    dry_run: bool = False,
    ssh: str | None = None,
) -> list[str]:
    """Run rsync; return its itemized changes (one line per file sent or deleted)."""
    with ssh_command(key, known_hosts, port) as default_ssh:
        args = command(site, destination, ssh or default_ssh, dry_run)
        result = subprocess.run(args, capture_output=True, text=True, env={**os.environ, "LC_ALL": "C"})
    if result.returncode != 0:
        raise RsyncFailed(result.stderr.strip() or f"rsync 退出码 {result.returncode}")
    return [line for line in result.stdout.splitlines() if line.strip()]


def sent_and_deleted(lines: list[str]) -> tuple[list[str], list[str]]:
    """The files (not folders) rsync's itemized changes say it sent, and those it deleted."""
    sent = [line for line in lines if line[:2] in ("<f", ">f")]
    deleted = [line for line in lines if line.startswith("*deleting") and not line.endswith("/")]
    return sent, deleted
