"""Read the wish lists community workers keep: the first sheet of an .xlsx file, or a .csv file
(UTF-8, or GB18030 as Chinese Excel saves it). The first non-empty row holds the headers.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path


class SheetError(Exception):
    """The file cannot be read as a spreadsheet at all."""


@dataclass(frozen=True)
class Sheet:
    headers: tuple[str, ...]
    rows: tuple[tuple[int, dict], ...]  # (row number as the spreadsheet shows it, header -> value)


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _sheet(raw_rows) -> Sheet:
    numbered = [(n, list(row)) for n, row in enumerate(raw_rows, start=1) if not all(map(_blank, row))]
    if not numbered:
        raise SheetError("表格是空的")
    header_number, header_row = numbered[0]
    headers = tuple("" if _blank(h) else str(h).strip() for h in header_row)
    rows = tuple(
        (n, {h: v for h, v in zip(headers, row, strict=False) if h and not _blank(v)}) for n, row in numbered[1:]
    )
    return Sheet(tuple(h for h in headers if h), rows)


def _read_csv(path: Path) -> Sheet:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - gb18030 decodes nearly anything
        raise SheetError("无法识别 CSV 文件的编码；请用 UTF-8 另存")
    return _sheet(csv.reader(io.StringIO(text)))


def _read_xlsx(path: Path) -> Sheet:
    import openpyxl  # imported here: only the import command needs it

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise SheetError(f"无法打开 Excel 文件：{exc}") from exc
    try:
        return _sheet(book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()


def read(path: str | Path) -> Sheet:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    raise SheetError(f"不支持的文件类型 {suffix or '（无后缀）'}：请另存为 .xlsx 或 .csv")
