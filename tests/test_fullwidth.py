"""A full-width colon or a full-width space, typed with a Chinese input method, is named in
Chinese at its own line and column (not libyaml's English a line later)."""

from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, strategies as st

from generator.cli import main
from generator.model.loader import load
from ops_helpers import sample_repo

WISH = "data/wishes/majiayi-village/majiayi-2026-016.yml"


def validate(repo: Path):
    return CliRunner().invoke(main, ["validate", str(repo), "--today", "2026-11-23"])


def retype(repo: Path, old: str, new: str) -> None:
    path = repo / WISH
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_fullwidth_colon_after_title(tmp_path):
    repo = sample_repo(tmp_path)
    retype(repo, "title: ", "title：")
    result = validate(repo)
    assert result.exit_code == 1
    assert f"{WISH}:2:6: Y130 “title”后面是全角冒号“：”" in result.output
    assert "改成半角冒号加空格“: ”" in result.output
    assert "could not find" not in result.output and "mapping" not in result.output


def test_fullwidth_colon_in_a_nested_key(tmp_path):
    repo = sample_repo(tmp_path)
    retype(repo, "  group: ", "  group：")
    result = validate(repo)
    assert f"{WISH}:7:8: Y130" in result.output


def test_fullwidth_space_in_the_indentation(tmp_path):
    repo = sample_repo(tmp_path)
    retype(repo, "  alias: ", "\u3000alias: ")
    result = validate(repo)
    assert result.exit_code == 1
    assert f"{WISH}:6:1: Y131 缩进里有全角空格" in result.output
    assert "换成半角空格" in result.output


def test_fullwidth_text_in_stories_is_left_alone(tmp_path):
    repo = sample_repo(tmp_path)
    retype(repo, "story: 小军上初三，", "story: |\n  \u3000\u3000小军说：note：好。\n  小军上初三，")
    text = (repo / WISH).read_text(encoding="utf-8")
    retype(repo, "最担心的是数学。", "最担心的是数学：数学。")
    result = validate(repo)
    assert result.exit_code == 0, result.output + text


@given(st.text(alphabet=st.sampled_from("ab：: \u3000\n-|{},#'\"x"), max_size=60))
def test_loading_never_crashes(text):
    doc, problems = load("x.yml", text.encode("utf-8"))
    assert doc is not None or problems
    for p in problems:
        assert p.line >= 1 and p.column >= 1
