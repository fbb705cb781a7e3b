"""File names (and quoted text) as text that is safe to print, one line each.

git and the file system give names as bytes, and a name can be anything but ``/`` and NUL: not
UTF-8, a line break that forges a line of a report, a right-to-left override that reverses
what a reviewer reads. :func:`readable` escapes every such character (and the backslash, so
that no two names give the same text) the way Python writes them: ``\\xff``, ``\\x0a``,
``\\u202e``, ``\\\\``. A name that needed escaping contains a backslash, so
:func:`escaped` tells it apart; no record's name ever does (ids are slugs).
"""

from __future__ import annotations

import re

# Bytes that are not UTF-8 (decoded as lone surrogates), C0 and C1 controls, invisible and
# bidirectional formatting characters, line and paragraph separators.
_CONTROLS = (
    "\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb\udc80-\udcff"
)
_UNSAFE = re.compile(f"[\\\\{_CONTROLS}]")  # and the backslash, so that names stay distinct
_LINE_BREAKING = re.compile(f"[{_CONTROLS}]")


def _escape(match: re.Match) -> str:
    char = match.group()
    if char == "\\":
        return "\\\\"
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def readable(raw: bytes) -> str:
    """``raw`` as printable text: UTF-8, with unsafe characters escaped."""
    return _UNSAFE.sub(_escape, raw.decode("utf-8", "surrogateescape"))


def from_os(name: str) -> str:
    """A name from ``os.walk`` (non-UTF-8 bytes as surrogates) as :func:`readable` text."""
    return readable(name.encode("utf-8", "surrogateescape"))


def one_line(text: str) -> str:
    """``text`` with the same characters escaped, except the backslash: for messages that quote
    the data, so that one problem stays one line of a report."""
    return _LINE_BREAKING.sub(_escape, text)


def escaped(path: str) -> bool:
    """Whether a :func:`readable` name had to be escaped (bad bytes, controls, a backslash)."""
    return "\\" in path
