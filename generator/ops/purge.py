"""Purge an erased wish's old text from every commit of a git repository (git-filter-repo).

Git keeps every version of every file, so erasing a wish's text leaves it in history, in every
clone and fork. :func:`purge` finds every version the wish's file ever had (under any folder),
rewrites each one without the person's texts and comments, removes the wish's photo files
from every commit, removes those texts from commit messages, and then searches the whole
history again for any trace. It runs git-filter-repo in a
child process (``python -m generator.ops.purge SPEC``) so that its process-wide state stays there.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from generator.ops.yaml_edit import _yaml, render
from generator.ops.erasure import _plain, texts, without_texts
from generator.model.problems import SetupError

NOTICE = "（已删除）"


@dataclass(frozen=True)
class Purged:
    blobs: int  # versions of the wish's file rewritten
    pieces: int  # distinct texts removed
    traces: dict[str, list[str]]  # text -> files: still in `git log -p --all` (should be none)
    photos: tuple[str, ...] = ()  # photo files removed from every commit
    photo_traces: tuple[str, ...] = ()  # of them, still named in history (should be none)


def git(root: Path, *args: str) -> bytes:
    """A git command's output; a failure is a :class:`SetupError`."""
    done = subprocess.run(["git", "-C", str(root), *args], capture_output=True)
    if done.returncode:
        raise SetupError(f"git {' '.join(args[:2])} 失败：{done.stderr.decode(errors='replace').strip()}")
    return done.stdout


def versions(root: Path, wish_id: str) -> dict[str, str]:
    """Every blob id the wish's file ever had in any ref, with its text."""
    names = git(root, "log", "--all", "--format=", "--name-only").decode().split("\n")
    paths = sorted({p for p in names if p.startswith("data/wishes/") and p.endswith(f"/{wish_id}.yml")})
    blobs: set[str] = set()
    if paths:
        raw = git(root, "log", "--all", "--format=", "--raw", "--no-abbrev", "--", *paths).decode()
        for line in raw.splitlines():
            if line.startswith(":"):
                blobs.update(b for b in line.split()[2:4] if set(b) != {"0"})
    return {b: git(root, "cat-file", "blob", b).decode("utf-8", errors="replace") for b in sorted(blobs)}


def photo_paths(root: Path, wish_id: str) -> list[str]:
    """Every photo file the wish ever had in any ref: files in a folder named after the wish
    under data/photos/ (any organisation or year folder it was ever in)."""
    names = git(root, "log", "--all", "--format=", "--name-only", "--", "data/photos/").decode().split("\n")
    return sorted({p for p in names if p.startswith("data/photos/") and p.split("/")[-2:-1] == [wish_id]})


def stripped(text: str) -> str:
    """A version of the file without the person's texts and without comments."""
    try:
        data = without_texts(text)
    except Exception:  # an old version that was not valid YAML, or not a record: keep nothing
        return "# " + NOTICE + "\n"
    if isinstance(data.get("withdrawn"), dict) and "reason" in data["withdrawn"]:
        data["withdrawn"]["reason"] = NOTICE
    return render(data)


def pieces_of(old: dict[str, str]) -> list[str]:
    """The texts to remove from commit messages and to look for afterwards: each line of each
    text, longest first. (Comments go with the file's old versions; they are often a template's
    words shared by many files, so they are not searched for elsewhere.)"""
    found: set[str] = set()
    for text in old.values():
        try:
            data = _plain(_yaml(text).load(text))
            values = texts(data) if isinstance(data, dict) else []
        except Exception:
            values = []
        found.update(line.strip() for value in values for line in value.splitlines() if line.strip())
    return sorted(found, key=lambda s: (-len(s), s))


def purge(root: str | Path, wish_id: str) -> Purged:
    root = Path(root)
    old = versions(root, wish_id)
    pieces = pieces_of(old)
    photos = photo_paths(root, wish_id)
    spec = {"blobs": {b: stripped(t) for b, t in old.items()}, "pieces": pieces, "photos": photos}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "spec.json"
        path.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
        done = subprocess.run(
            [sys.executable, "-m", "generator.ops.purge", str(path)], cwd=root, capture_output=True, text=True
        )
    if done.returncode:
        raise SetupError("git-filter-repo 失败：" + (done.stderr or done.stdout).strip()[-2000:])
    left = set(photo_paths(root, wish_id)) if photos else set()
    return Purged(len(old), len(pieces), traces(root, wish_id, pieces), tuple(photos), tuple(sorted(left)))


# Shorter texts (an alias such as 小海) may rightly appear in other records; they are searched
# for in the wish's own file history only.
LONG_ENOUGH = 8


def traces(root: Path, wish_id: str, pieces: list[str]) -> dict[str, list[str]]:
    """The texts still in history (any in the wish's own file, longer ones anywhere), each with
    the files whose history holds it: another wish may rightly share a title."""
    own = git(root, "log", "-p", "--all", "--", f":(glob)data/wishes/**/{wish_id}.yml").decode("utf-8", "replace")
    everything = git(root, "log", "-p", "--all").decode("utf-8", "replace")
    found = {}
    for piece in pieces:
        if piece in own or (len(piece) >= LONG_ENOUGH and piece in everything):
            names = git(root, "log", "--all", "--format=", "--name-only", "-S", piece).decode().split()
            found[piece] = sorted(set(names))
    return found


def _run_filter_repo(spec_path: str) -> None:
    import git_filter_repo as fr

    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    blobs = {k.encode(): v.encode("utf-8") for k, v in spec["blobs"].items()}
    pieces = [p.encode("utf-8") for p in spec["pieces"]]
    photos = {p.encode("utf-8") for p in spec.get("photos", ())}

    def blob_callback(blob, metadata):
        if blob.original_id in blobs:
            blob.data = blobs[blob.original_id]

    def message_callback(message):
        for piece in pieces:
            message = message.replace(piece, NOTICE.encode("utf-8"))
        return message

    # --sensitive-data-removal keeps the origin remote (for the force-push) and gathers what
    # the maintainer needs next; --no-fetch: work on the refs this clone has, offline.
    args = fr.FilteringOptions.parse_args(["--force", "--sensitive-data-removal", "--no-fetch", "--quiet"])

    def filename_callback(filename):
        return None if filename in photos else filename  # None: the file leaves every commit

    fr.RepoFilter(
        args, blob_callback=blob_callback, message_callback=message_callback, filename_callback=filename_callback
    ).run()


if __name__ == "__main__":
    _run_filter_repo(sys.argv[1])
