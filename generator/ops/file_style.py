"""A record file's own style: a byte-order mark and ``\r\n`` line ends (Windows Notepad) are
kept by every edit, which works on the text without them."""

from __future__ import annotations

BOM = "\ufeff"


def normal(text: str) -> str:
    """A file's text as the editor works on it: no byte-order mark, ``\n`` line ends."""
    return text.removeprefix(BOM).replace("\r\n", "\n")


def in_style_of(raw: bytes, text: str) -> str:
    """``text`` written the way the file ``raw`` was: with its byte-order mark and its ``\r\n``
    line ends (Windows Notepad), so an edit changes only what it changes. ``text`` may already
    be in that style (the claim edit keeps it): the result is the same."""
    text = normal(text)
    if raw.count(b"\r\n") * 2 > raw.count(b"\n"):
        text = text.replace("\n", "\r\n")
    return (BOM if raw.startswith(BOM.encode("utf-8")) else "") + text
