"""Keeping text from the data inert: it is shown, never interpreted.

Data reaches the site three ways, and each has its own guard:

- in page bodies, data is printed by autoescaping Jinja *inside raw HTML blocks* of the
  Markdown pages, which Python-Markdown copies without parsing; so neither HTML nor Markdown
  syntax (links, ``javascript:`` URLs, ``{: attr lists }``) in a story does anything;
- in front matter, strings end up in MkDocs' own templates, which print them *unescaped*
  (``<title>``, the header, ``<meta name=description>``); there :func:`inert` swaps the few
  characters that could start markup for their full-width look-alikes;
- in attributes, only URLs we built, checked by :func:`safe_url`.
"""

from __future__ import annotations

import json
import re

# The characters that can open a tag, an entity, an attribute or a code span.
_LOOKALIKES = str.maketrans({"<": "＜", ">": "＞", "&": "＆", '"': "＂", "'": "＇", "`": "｀", "\\": "＼"})
_SPACE = re.compile(r"\s+")


def inert(text: str) -> str:
    """One line of text that stays text even where a template prints it raw."""
    return _SPACE.sub(" ", str(text)).strip().translate(_LOOKALIKES)


def clip(text: str, length: int) -> str:
    """The start of a text, at most ``length`` characters, marked when cut."""
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= length else text[: length - 1] + "…"


def front_matter(meta: dict) -> str:
    """YAML front matter; every string made inert, every value written as JSON (valid YAML)."""

    def clean(value):
        if isinstance(value, str):
            return inert(value)
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [clean(v) for v in value]
        return value

    lines = [f"{key}: {json.dumps(clean(value), ensure_ascii=False)}" for key, value in meta.items()]
    return "---\n" + "\n".join(lines) + "\n---\n"


_HTTP_URL = re.compile(r"https?://[!#$%&()*+,./0-9:;=?@A-Z\[\]_a-z~-]+", re.IGNORECASE)
_RELATIVE_URL = re.compile(r"[#%&+,./0-9=?A-Z_a-z~-]*")  # no colon: no scheme


def safe_url(url: str) -> str:
    """The URL when it is plain http(s) or site-relative; otherwise a harmless ``#``.

    A whitelist of characters, so no space, quote, control character or look-alike scheme
    (``java\tscript:``, ``//host``) gets through.
    """
    url = str(url)
    if _HTTP_URL.fullmatch(url) or (_RELATIVE_URL.fullmatch(url) and not url.startswith("//")):
        return url
    return "#"
