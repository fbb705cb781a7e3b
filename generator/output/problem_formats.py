"""Turn problems into text lines, GitHub workflow annotations or JSON. Nothing else prints them."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable

from generator.model.pathnames import one_line
from generator.model.problems import Problem


def text(problems: Iterable[Problem]) -> str:
    return "".join(p.as_text() + "\n" for p in problems)


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def github(problems: Iterable[Problem]) -> str:
    """Workflow commands that GitHub shows as annotations on the pull request's lines."""
    lines = []
    for p in problems:
        props = f"file={_escape_property(p.path)},line={p.line},col={p.column},title={_escape_property(p.code)}"
        message = one_line(p.message + (f"（{p.hint}）" if p.hint else ""))
        lines.append(f"::error {props}::{_escape_data(f'{p.code} {message}')}\n")
    return "".join(lines)


def as_json(problems: Iterable[Problem]) -> str:
    return json.dumps([p.as_dict() for p in problems], ensure_ascii=False, indent=2) + "\n"


FORMATS: dict[str, Callable[[Iterable[Problem]], str]] = {"text": text, "github": github, "json": as_json}


def default_format() -> str:
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
