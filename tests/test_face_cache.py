"""The face-check cache (.xinyuan/cache/faces.json): a real program copied to a temporary folder,
validated twice; the detector is counted, never timed."""

import json
import shutil
from datetime import date

import pytest

from generator.photos import face_cache
from generator.photos import faces as detector
from generator.model.sources import FileSource
from generator.rules.runner import validate
from helpers import MINI, WISH1, edit
import photo_images as img

PHOTO = "data/photos/hill-village/hill-2026-001/1.jpg"
FULFILLED = "fulfilled: {date: 2026-04-02, note: 送上新书包}\n"
TODAY = date(2026, 11, 23)


CALLS: list = []  # one entry per call of the detector in the current test


@pytest.fixture
def program(tmp_path, monkeypatch):
    """A child's fulfilled wish with a photo of a face; the detector's calls are counted."""
    root = tmp_path / "program"
    shutil.copytree(MINI, root)
    wish = root / WISH1
    wish.write_text(edit(WISH1, FULFILLED, FULFILLED + "photos:\n  - {file: 1.jpg, alt: 新书包}\n"), encoding="utf-8")
    (root / PHOTO).parent.mkdir(parents=True)
    (root / PHOTO).write_bytes(img.clean(img.face()))
    CALLS.clear()
    real = detector.faces
    monkeypatch.setattr(detector, "faces", lambda data: CALLS.append(1) or real(data))
    monkeypatch.setattr(face_cache, "_checked", {})  # a new process, as far as the cache knows
    return root


def codes(root) -> list[str]:
    return [p.code for p in validate(FileSource(root), TODAY)[1]]


def new_process(monkeypatch):
    monkeypatch.setattr(face_cache, "_checked", {})


def test_a_second_run_takes_the_result_from_the_cache(program, monkeypatch):
    assert codes(program).count("P646") == 1
    assert CALLS == [1]
    cache = json.loads((program / ".xinyuan/cache/faces.json").read_text(encoding="utf-8"))
    assert len(cache["results"]) == 1 and next(iter(cache["results"].values()))  # a face
    new_process(monkeypatch)
    assert codes(program).count("P646") == 1  # the face is still reported, from the cache
    assert CALLS == [1]


def test_validating_twice_in_one_process_checks_once_without_a_cache_file(program):
    (program / ".xinyuan").mkdir(exist_ok=True)
    (program / ".xinyuan/cache").write_text("not a folder")  # the file cannot be written
    assert codes(program).count("P646") == 1
    assert codes(program).count("P646") == 1  # build validates again
    assert CALLS == [1]


def test_a_changed_photo_is_checked_again(program, monkeypatch):
    assert codes(program).count("P646") == 1
    (program / PHOTO).write_bytes(img.clean(img.gift()))  # the face replaced by the gift
    new_process(monkeypatch)
    assert "P646" not in codes(program)
    assert CALLS == [1, 1]


@pytest.mark.parametrize(
    "garbage", [b"", b"{", b"\xff\xfe\x00", b"[]", b'{"detector": 1}', b'{"detector": "x", "results": []}', b"null"]
)
def test_a_corrupt_cache_is_ignored_and_rebuilt(program, monkeypatch, garbage):
    path = program / ".xinyuan/cache/faces.json"
    path.parent.mkdir(parents=True)
    path.write_bytes(garbage)
    assert codes(program).count("P646") == 1
    assert CALLS == [1]
    assert json.loads(path.read_text(encoding="utf-8"))["results"]


def test_a_cached_result_of_the_wrong_shape_is_not_trusted(program, monkeypatch):
    """A hand-edited or damaged entry saying "no faces" in a form the cache never writes."""
    codes(program)
    path = program / ".xinyuan/cache/faces.json"
    cache = json.loads(path.read_text(encoding="utf-8"))
    cache["results"] = {k: [["0", 0, 0, 0]] for k in cache["results"]}
    path.write_text(json.dumps(cache), encoding="utf-8")
    new_process(monkeypatch)
    assert codes(program).count("P646") == 1
    assert CALLS == [1, 1]


def test_a_changed_detector_checks_every_photo_again(program, monkeypatch):
    codes(program)
    path = program / ".xinyuan/cache/faces.json"
    # A forged "no faces" under the old detector: a new detector must not believe it.
    cache = json.loads(path.read_text(encoding="utf-8"))
    cache["results"] = {k: [] for k in cache["results"]}
    path.write_text(json.dumps(cache), encoding="utf-8")
    monkeypatch.setattr(detector, "MIN_NEIGHBORS", detector.MIN_NEIGHBORS + 0)  # same value
    monkeypatch.setattr(detector, "REVISION", detector.REVISION + 1)
    new_process(monkeypatch)
    assert codes(program).count("P646") == 1
    assert CALLS == [1, 1]
    assert json.loads(path.read_text(encoding="utf-8"))["detector"] == detector.detector_version()


def test_a_changed_parameter_changes_the_version(monkeypatch):
    before = detector.detector_version()
    monkeypatch.setattr(detector, "MIN_FACE", detector.MIN_FACE + 4)
    assert detector.detector_version() != before


def test_the_write_is_atomic_and_leaves_no_temporary_file(program):
    codes(program)
    assert sorted(p.name for p in (program / ".xinyuan/cache").iterdir()) == [".gitignore", "faces.json"]


def test_the_cache_ignores_itself_in_git(program):
    """A data repository whose .gitignore lacks .xinyuan/ still shows a clean work tree."""
    import subprocess

    subprocess.run(["git", "init", "-q", str(program)], check=True)
    codes(program)
    status = subprocess.run(
        ["git", "-C", str(program), "status", "--porcelain", "--untracked-files=all"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "data/" in status and ".xinyuan" not in status


@pytest.mark.parametrize("workflow", ["validate.yml", "deploy.yml"])
def test_the_workflows_keep_the_cache_before_they_validate(workflow):
    import re
    from pathlib import Path

    import yaml

    steps = [
        step
        for job in yaml.safe_load(
            (Path(__file__).parent.parent / ".github/workflows" / workflow).read_text(encoding="utf-8")
        )["jobs"].values()
        for step in job.get("steps", [])
    ]
    cached = [i for i, s in enumerate(steps) if s.get("uses", "").startswith("actions/cache@")]
    assert len(cached) == 1
    step = steps[cached[0]]
    assert re.fullmatch(r"actions/cache@[0-9a-f]{40}", step["uses"])
    assert step["with"]["path"] == ".xinyuan/cache"
    validating = [i for i, s in enumerate(steps) if "validate" in s.get("run", "") or "main-health" in s.get("run", "")]
    assert validating and cached[0] < validating[0]
