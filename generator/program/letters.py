"""Letters for people (the half-year feedback to employer units): plain text, Markdown and a
printable HTML page with one letter per printed page. The tables inside are rendered by
:mod:`generator.output.tables`.
"""

from __future__ import annotations

from html import escape

from generator.program.employer_reports import Letter
from generator.output.tables import as_markdown as table_markdown, as_text as table_text, html_page, html_table

SIGN_INDENT = " " * 24  # the signature on the right-hand side of the page


def as_text(letters: list[Letter]) -> str:
    out = []
    for letter in letters:
        lines = [letter.heading, "", *letter.paragraphs, ""]
        if letter.table:
            lines += [table_text([letter.table]).rstrip("\n"), ""]
        lines += [letter.closing, "", SIGN_INDENT + letter.sender, SIGN_INDENT + letter.date]
        out.append("\n".join(lines) + "\n")
    return ("\n" + "=" * 60 + "\n\n").join(out)


def as_markdown(letters: list[Letter], title: str) -> str:
    out = [f"# {title}\n"]
    for letter in letters:
        lines = [f"## 致 {letter.unit}", "", f"**{letter.heading}**", "", *(f"{p}\n" for p in letter.paragraphs)]
        if letter.table:
            lines += [table_markdown([letter.table]).replace("## ", "### ", 1)]
        lines += [letter.closing, "", f"{letter.sender}  ", letter.date, ""]
        out.append("\n".join(lines))
    return "\n".join(out)


def as_html(letters: list[Letter], title: str) -> str:
    sections = []
    for letter in letters:
        body = f"<h2>{escape(letter.heading)}</h2>\n" + "".join(f"<p>{escape(p)}</p>\n" for p in letter.paragraphs)
        body += html_table(letter.table) if letter.table else ""
        body += (
            f'<p>{escape(letter.closing)}</p>\n<p class="sign">{escape(letter.sender)}<br>{escape(letter.date)}</p>\n'
        )
        sections.append(body)
    return html_page(title, sections)
