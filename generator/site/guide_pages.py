"""The maintainer's guide on the site: its chapters as pages under ``guide/``, in the order of
its contents, each ending with links to the previous and next chapter and back to the contents.

The guide is plain Markdown written by people (see :mod:`generator.site.guide`), so it goes into the
docs folder as it is, with front matter; it stays out of the site's search index (every page with
a search box downloads the whole index) and out of the public navigation (the about page links
to it). A chapter the contents lists but the package does not carry (yet) is left out, and the
contents names it without a link.
"""

from __future__ import annotations

import re
from pathlib import Path

from generator.site import guide
from generator.site.inert_text import front_matter

BASE = "guide/"


def files(folder: Path | None = None) -> dict[str, bytes]:
    """Docs-relative path -> content for every guide page and the files they link to."""
    folder = folder or guide.folder()
    present = guide.chapters(folder)
    found = {BASE + guide.CONTENTS: _page(folder / guide.CONTENTS, guide.TITLE, "")}
    for number, chapter in enumerate(present):
        before = present[number - 1] if number else None
        after = present[number + 1] if number + 1 < len(present) else None
        found[BASE + chapter.file] = _page(
            folder / chapter.file, f"{chapter.title} · {guide.TITLE}", _footer(before, after)
        )
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix != ".md":
            found[BASE + path.relative_to(folder).as_posix()] = path.read_bytes()
    return found


def _page(path: Path, title: str, footer: str) -> bytes:
    text = path.read_text(encoding="utf-8")
    meta = front_matter({"title": title, "search": {"exclude": True}})
    return (meta + "\n" + unwrap(text).rstrip("\n") + "\n" + footer).encode("utf-8")


_BLOCK_START = re.compile(r"\s*(?:[-*>|#]|\d+\. |```|$)")


def unwrap(text: str) -> str:
    """Join the lines of a paragraph that was wrapped by hand in Chinese text.

    A browser shows a line break inside a paragraph as a space, which Chinese does not have
    between characters. A line is joined to the next when either side of the break is not ASCII
    and the next line does not start a block (a list item, a heading, a table row, a fence);
    code blocks are left as they are.
    """
    lines, fenced = text.split("\n"), False
    out: list[str] = []
    for line in lines:
        joinable = (
            out
            and not fenced
            and out[-1].strip()
            and not _BLOCK_START.match(line)
            and not out[-1].lstrip().startswith(("|", "#", "```"))
            and (not out[-1][-1].isascii() or not line.strip()[0].isascii())
        )
        if line.lstrip().startswith("```"):
            fenced = not fenced
        if joinable:
            out[-1] += line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def _footer(before: guide.Chapter | None, after: guide.Chapter | None) -> str:
    links = [
        f"上一章：[{before.title}]({before.file})" if before else "",
        f"[目录]({guide.CONTENTS})",
        f"下一章：[{after.title}]({after.file})" if after else "",
    ]
    return "\n---\n\n" + " · ".join(link for link in links if link) + "\n"
