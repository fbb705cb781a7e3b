"""Tables for people: a terminal table, Markdown, CSV for Excel and a printable HTML page.

Reports, statistics and reminders build :class:`Table` values; these functions only render them.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass, field
from html import escape

from generator.model.cells import neutralise


@dataclass(frozen=True)
class Table:
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple, ...]
    notes: tuple[str, ...] = field(default=())


def cell(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _width(text: str) -> int:
    # Chinese characters take two columns in a terminal.
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def as_text(tables: list[Table]) -> str:
    out = []
    for table in tables:
        rows = [list(table.columns)] + [[cell(v) for v in row] for row in table.rows]
        widths = [max(_width(row[i]) for row in rows) for i in range(len(table.columns))]
        lines = ["  ".join(_pad(v, w) for v, w in zip(row, widths, strict=True)).rstrip() for row in rows]
        lines.insert(1, "  ".join("-" * w for w in widths))
        out.append("\n".join([table.title, *lines, *table.notes]) + "\n")
    return "\n".join(out)


def _md(value) -> str:
    return cell(value).replace("|", "\\|").replace("\n", " ")


def as_markdown(tables: list[Table], title: str = "") -> str:
    out = [f"# {title}\n"] if title else []
    for table in tables:
        lines = [
            f"## {table.title}",
            "",
            "| " + " | ".join(map(_md, table.columns)) + " |",
            "|" + "---|" * len(table.columns),
        ]
        lines += ["| " + " | ".join(map(_md, row)) + " |" for row in table.rows]
        lines += [""] + [f"{note}  " for note in table.notes]
        out.append("\n".join(lines).rstrip() + "\n")
    return "\n".join(out)


def as_csv(table: Table) -> str:
    """CSV with a byte-order mark, so that Excel opens the Chinese text as UTF-8."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralise(c) for c in table.columns])
    writer.writerows(
        [
            ["" if v is None else cell(v) if isinstance(v, (int, float)) else neutralise(cell(v)) for v in row]
            for row in table.rows
        ]
    )
    return "\ufeff" + buffer.getvalue()


_PAGE = """<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2em; }}
table {{ border-collapse: collapse; margin: 1em 0; }}
th, td {{ border: 1px solid #999; padding: .3em .6em; text-align: left; }}
th {{ background: #eee; }}
section {{ page-break-after: always; }}
section:last-child {{ page-break-after: auto; }}
.sign {{ text-align: right; margin-top: 2em; }}
@media print {{ body {{ margin: 1cm; }} }}
</style>
</head>
<body>
<h1>{title}</h1>
{body}
</body>
</html>
"""


def html_table(table: Table) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in table.columns)
    rows = "".join("<tr>" + "".join(f"<td>{escape(cell(v))}</td>" for v in row) + "</tr>\n" for row in table.rows)
    return f"<table>\n<tr>{head}</tr>\n{rows}</table>\n"


def html_page(title: str, sections: list[str]) -> str:
    """A page to print: one section (and one printed page) each."""
    return _PAGE.format(title=escape(title), body="\n".join(f"<section>\n{s}</section>" for s in sections))


def as_html(tables: list[Table], title: str) -> str:
    """A page to print: one section (and one printed page) per table."""
    return html_page(
        title,
        [
            f"<h2>{escape(t.title)}</h2>\n{html_table(t)}" + "".join(f"<p>{escape(n)}</p>\n" for n in t.notes)
            for t in tables
        ],
    )
