"""A record saved by Windows Notepad (CRLF line ends, a byte-order mark) keeps both when a
command edits it: git shows only the lines the command added, and so does the command."""

import pytest

from ops_helpers import diff, git, problems, sample_repo, xinyuan

WISH = "data/wishes/majiayi-village/majiayi-2026-016.yml"
BOM = "\ufeff".encode("utf-8")


def save_as(repo, bom: bool, crlf: bool) -> bytes:
    path = repo / WISH
    text = path.read_text(encoding="utf-8")
    raw = (BOM if bom else b"") + (text.replace("\n", "\r\n") if crlf else text).encode("utf-8")
    path.write_bytes(raw)
    git(repo, "commit", "-qam", "saved in Notepad", "--allow-empty")
    return raw


@pytest.mark.parametrize("bom, crlf", [(True, True), (False, True), (True, False), (False, False)])
def test_an_edit_keeps_line_ends_and_bom(tmp_path, bom, crlf):
    repo = sample_repo(tmp_path)
    before = save_as(repo, bom, crlf)
    assert problems(repo) == []
    result = xinyuan(repo, "escalate", "majiayi-2026-016", "--note", "村里暂无认领人")
    assert result.exit_code == 0, result.output
    printed = [line.strip() for line in result.output.splitlines() if line.strip().startswith(("+", "-"))]
    assert printed == ["+escalations:", "+  - {date: 2026-11-23, to: shimen-town, note: 村里暂无认领人}"]
    assert [line.rstrip("\r") for line in diff(repo)] == printed  # git agrees: no phantom line
    after = (repo / WISH).read_bytes()
    assert after.startswith(BOM) == bom
    end = b"\r\n" if crlf else b"\n"
    assert after.count(end) == before.count(end) + 2
    if crlf:
        assert after.count(b"\n") == after.count(b"\r\n")
    assert problems(repo) == []
