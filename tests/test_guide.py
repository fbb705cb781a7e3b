"""The maintainer's guide (docs/guide/, 管理员手册): its examples run as one year, it and the
command line agree, hints point to chapters that exist, and it is on the built site."""

from __future__ import annotations

import re
import shlex

import click
import pytest

from console_sessions import command_of, sessions_in
from generator.site import guide
from generator.cli import main
from generator.site import guide_pages
from guide_year import GUIDE, Year, chapters
from ops_helpers import ROOT

PRESENT = chapters()


def text_of(name: str) -> str:
    return (GUIDE / name).read_text(encoding="utf-8")


def whole_guide() -> str:
    return "\n".join(text_of(name) for name in ["index.md", *PRESENT])


# ---- the examples, run in chapter order against one repository, as a year ----


@pytest.fixture(scope="module")
def year(tmp_path_factory):
    return Year(tmp_path_factory.mktemp("guide"))


@pytest.mark.parametrize("chapter", PRESENT)
def test_the_chapters_examples_print_what_they_say(year, chapter):
    steps = year.play(chapter)
    wrong = [
        f"$ {s.line}\n--- the guide shows:\n" + "\n".join(s.expected) + "\n--- it prints:\n" + "\n".join(s.actual)
        for s in steps
        if not s.ok
    ]
    assert not wrong, f"{chapter}:\n" + "\n\n".join(wrong)


def test_the_chapters_that_change_data_have_examples():
    # forge.md's commands talk to a forge, which no test here can reach; their names and options
    # are still checked against the command line below.
    quiet = {"index.md", "forge.md"}
    for name in PRESENT:
        if name not in quiet:
            assert sessions_in(text_of(name)), f"{name} has no ```console example"


# ---- the contents and the chapters ----


def test_every_chapter_in_the_contents_exists_and_every_file_is_listed():
    listed = chapters()
    missing = {name for name in listed if not (GUIDE / name).exists()}
    assert not missing, missing
    on_disk = {p.name for p in GUIDE.glob("*.md")} - {guide.CONTENTS}
    assert on_disk <= set(listed), on_disk - set(listed)
    assert len(listed) == len(set(listed))


@pytest.mark.parametrize("chapter", PRESENT)
def test_each_chapter_is_titled_as_the_contents_says_and_starts_with_what_and_when(chapter):
    title = {c.file: c.title for c in guide.chapters(GUIDE)}[chapter]
    lines = text_of(chapter).splitlines()
    assert lines[0] == f"# {title}"
    opening = text_of(chapter).split("\n\n")[1]
    assert "**这一章做什么**" in opening and "**什么时候做**" in opening, opening


@pytest.mark.parametrize("chapter", ["index.md", *PRESENT])
def test_links_between_chapters_lead_somewhere(chapter):
    for target in re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", text_of(chapter)):
        if target.startswith(("http://", "https://")):
            continue
        assert (GUIDE / target).exists(), f"{chapter}: {target}"


# ---- the guide and the command line agree ----


def command_paths(group: click.Group = main, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    ctx = click.Context(group)
    found = []
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        found.append(prefix + (name,))
        if isinstance(command, click.Group):
            found += command_paths(command, prefix + (name,))
    return found


def test_the_command_tree_is_walked():
    paths = command_paths()
    assert ("vet",) in paths and ("new", "wish") in paths and ("deploy", "s3") in paths


@pytest.mark.parametrize("path", command_paths(), ids=" ".join)
def test_every_command_is_in_the_guide(path):
    words = r"\s+".join(map(re.escape, ("xinyuan", *path)))
    assert re.search(words + r"(?![\w-])", whole_guide()), f"xinyuan {' '.join(path)} is not in the guide"


def mentions(text: str) -> list[str]:
    """Every xinyuan command line the guide shows: console and sh blocks, and inline code."""
    found = [line for steps in sessions_in(text) for line, _ in steps if line.startswith("xinyuan ")]
    for block in re.findall(r"^```sh\n(.*?)^```", text, re.S | re.M):
        found += [line for line in re.sub(r"\\\n\s*", " ", block).splitlines() if line.startswith("xinyuan ")]
    outside = re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)
    found += [code for code in re.findall(r"`([^`\n]+)`", outside) if code.startswith("xinyuan ")]
    return found


def options_of(command: click.Command) -> set[str]:
    return {name for p in command.params for name in (*p.opts, *p.secondary_opts)} | {"--help", "-h"}


def test_the_guide_names_commands_in_all_three_places():
    lines = mentions(whole_guide())
    assert len(lines) > 60
    assert any("--purge-history" in line for line in lines)  # from a sh block
    assert any(line == "xinyuan forms --check" for line in lines)  # inline


@pytest.mark.parametrize("line", sorted(set(mentions(whole_guide()))))
def test_every_command_the_guide_names_exists_with_its_options(line):
    words = shlex.split(line.split(" #")[0])[1:]
    command = command_of(words)  # raises for a command that does not exist
    used = {w.split("=")[0] for w in words if w.startswith("-")}
    assert used <= options_of(command), f"{line}: {used - options_of(command)}"


def hint_titles() -> list[tuple[str, str]]:
    """(file, chapter title) for every pointer to the guide in code, templates and workflows."""
    found = []
    for folder in ("generator", ".github", "site_templates"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and path.suffix in {".py", ".sh", ".yml", ".j2", ".html"}:
                text = path.read_text(encoding="utf-8")
                found += [(path.name, t) for t in re.findall(r"管理员手册《([^》]+)》", text)]
                found += [(path.name, t) for t in re.findall(r"\bsee\(\"([^\"]+)\"\)", text)]
    return found


def test_hints_point_to_the_guide():
    assert {"网站不更新了怎么办"} <= {title for _, title in hint_titles()}


@pytest.mark.parametrize("where, title", hint_titles())
def test_every_hint_names_a_chapter_that_exists(where, title):
    by_title = {c.title: c.file for c in guide.chapters(GUIDE)}
    assert title in by_title, f"{where}: 《{title}》 is not a chapter"
    assert (GUIDE / by_title[title]).exists()


# ---- on the site ----


def test_a_wrapped_chinese_paragraph_has_no_break_on_the_site():
    assert guide_pages.unwrap("先校验\n再提交。\n\n- 一\n- 二") == "先校验再提交。\n\n- 一\n- 二"
    assert guide_pages.unwrap("```console\n$ a\n中文\n```") == "```console\n$ a\n中文\n```"
    assert guide_pages.unwrap("English words\nwrap with a space") == "English words\nwrap with a space"


def visible(html: str) -> str:
    body = html.split("<article", 1)[1].split("</article>", 1)[0]
    return re.sub(r"\s+", "", re.sub(r"<[^>]+>", " ", body))


def test_the_guide_is_on_the_built_site(sample_build):
    summary, site = sample_build
    assert summary.warnings == ()
    contents = (site / "guide" / "index.html").read_text(encoding="utf-8")
    assert "<title>管理员手册" in contents
    for chapter in guide.chapters(GUIDE):
        page = site / "guide" / chapter.file.removesuffix(".md") / "index.html"
        html = page.read_text(encoding="utf-8")
        assert f'href="{chapter.file.removesuffix(".md")}/"' in contents, chapter
        shown = visible(html)
        for heading in re.findall(r"^#{1,2} (.+)$", text_of(chapter.file), re.M):
            plain = re.sub(r"[`*\s]", "", heading)
            assert plain in shown, (chapter.file, heading)
    assert (site / "guide" / "examples" / "心愿登记表.csv").is_file()


def test_the_about_page_links_to_the_guide_and_the_public_nav_does_not(sample_site):
    about = (sample_site / "about" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<a href="\.\./guide/">管理员手册</a>', about)
    home = (sample_site / "index.html").read_text(encoding="utf-8")
    nav = home.split('class="md-nav', 1)[1].split("</nav>", 1)[0]
    assert "guide/" not in nav


def test_chapters_link_to_the_next_one_on_the_site(sample_site):
    present = [c for c in guide.chapters(GUIDE) if (GUIDE / c.file).exists()]
    for before, after in zip(present, present[1:], strict=False):
        html = (sample_site / "guide" / before.file.removesuffix(".md") / "index.html").read_text(encoding="utf-8")
        assert f'下一章：<a href="../{after.file.removesuffix(".md")}/">{after.title}</a>' in html, before.file
