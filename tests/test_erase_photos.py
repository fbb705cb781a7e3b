"""`xinyuan erase` takes a wish's photos with its text (they may show the person), and
`--purge-history` takes the photo files out of every commit: a real git repository of the
sample program, checked with `git log --all --stat` and `git cat-file`."""

import subprocess

from ops_helpers import GIT_ENV, git, problems, sample_repo, wish_file, xinyuan
import photo_images as img

WISH = "dongpo-2026-006"
PHOTO = f"data/photos/dongpo-village/{WISH}/1.jpg"


def test_erase_removes_the_photos_and_their_entries(tmp_path):
    repo = sample_repo(tmp_path)
    assert (repo / PHOTO).is_file() and "photos:" in wish_file(repo, WISH).read_text(encoding="utf-8")
    alt = [line for line in wish_file(repo, WISH).read_text(encoding="utf-8").splitlines() if "alt:" in line]
    assert alt
    result = xinyuan(repo, "erase", WISH, "--reason", "监护人撤回同意")
    assert result.exit_code == 0, result.output
    assert PHOTO in result.output and "删除" in result.output
    text = wish_file(repo, WISH).read_text(encoding="utf-8")
    assert "photos" not in text and "alt" not in text
    assert not (repo / PHOTO).exists() and not (repo / PHOTO).parent.exists()
    assert (repo / "data/photos").is_dir()  # the other wishes' photos stay
    assert any((repo / "data/photos").rglob("*.jpg"))
    assert problems(repo) == []


def test_purge_takes_every_version_of_the_photos_out_of_history(tmp_path, monkeypatch):
    for key, value in GIT_ENV.items():
        monkeypatch.setenv(key, value)
    repo = sample_repo(tmp_path)
    # History with two versions of the photo: a retaken one, showing a face, on a side branch.
    git(repo, "checkout", "-qb", "side")
    (repo / PHOTO).write_bytes(img.clean(img.face()))
    git(repo, "commit", "-qam", "Retake the photo")
    git(repo, "checkout", "-q", "-")
    blobs = {git(repo, "rev-parse", f"{ref}:{PHOTO}").strip() for ref in ("HEAD", "side")}
    assert len(blobs) == 2
    other = "data/photos/lianhua-village/lianhua-2026-011/1.jpg"
    other_blob = git(repo, "rev-parse", f"HEAD:{other}").strip()
    assert other_blob not in blobs  # else it rightly stays
    assert PHOTO in git(repo, "log", "--all", "--stat=1000")

    result = xinyuan(repo, "erase", WISH, "--reason", "监护人撤回同意", "--purge-history")
    assert result.exit_code == 0, result.output
    assert "2 个照片文件" not in result.output and "1 个照片文件" in result.output  # one path
    stat = git(repo, "log", "--all", "--stat=1000", "--format=%H %s")  # full paths
    assert WISH + "/" not in stat and other in stat  # the other wish's photo stays
    for blob in blobs:
        gone = subprocess.run(["git", "-C", str(repo), "cat-file", "-e", blob], capture_output=True)
        assert gone.returncode != 0, f"blob {blob} is still in the repository"
    assert git(repo, "rev-parse", f"HEAD:{other}").strip() == other_blob
    assert git(repo, "status", "--porcelain") == ""
    assert problems(repo) == []
