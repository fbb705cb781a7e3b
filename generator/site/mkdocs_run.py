"""Run a plain MkDocs build over a docs folder the generator wrote: the one place that calls
MkDocs. It uses only MkDocs' documented entry points (``load_config`` and ``build``, what the
``mkdocs build`` command itself calls), its logging, and ``SOURCE_DATE_EPOCH``.
"""

from __future__ import annotations

import logging
import os
from contextlib import contextmanager
from datetime import date, datetime, UTC
from pathlib import Path
from collections.abc import Callable, Iterator

from generator import shipped
from generator.site import theme


class _Collector(logging.Handler):
    """Keeps MkDocs' warnings, and counts pages as MkDocs reports building them."""

    def __init__(self, on_page: Callable[[int], None] | None):
        super().__init__(logging.DEBUG)
        self.warnings: list[str] = []
        self.pages = 0
        self.on_page = on_page

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.WARNING:
            self.warnings.append(record.getMessage())
        elif record.name == "mkdocs.commands.build" and record.msg.startswith("Building page"):
            self.pages += 1
            if self.on_page:
                self.on_page(self.pages)


@contextmanager
def _quiet(handler: logging.Handler) -> Iterator[None]:
    """Route MkDocs' (and jieba's) log records to ``handler`` only, for the duration."""
    try:
        import jieba  # noqa: F401  (imported first: on import it adds its own stderr handler)
    except ImportError:
        pass
    loggers = {name: logging.getLogger(name) for name in ("mkdocs", "mkdocs.commands.build", "jieba")}
    saved = {name: (lg.level, lg.propagate, list(lg.handlers)) for name, lg in loggers.items()}
    try:
        for name, lg in loggers.items():
            lg.handlers = [handler] if name != "jieba" else []
            lg.propagate = False
        loggers["mkdocs"].setLevel(logging.INFO)
        loggers["mkdocs.commands.build"].setLevel(logging.DEBUG)
        loggers["jieba"].setLevel(logging.WARNING)
        yield
    finally:
        for name, (level, propagate, handlers) in saved.items():
            lg = loggers[name]
            lg.setLevel(level)
            lg.propagate = propagate
            lg.handlers = handlers


@contextmanager
def _source_date(day: date) -> Iterator[None]:
    """MkDocs dates the build (sitemap, gzip headers) from SOURCE_DATE_EPOCH when it is set."""
    before = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()))
    try:
        yield
    finally:
        if before is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = before


THEME_OVERRIDES = shipped.path("site_templates") / "overrides"
HOOK = Path(__file__).resolve().with_name("hook.py")


def packaged_settings(config_file: Path, hooks: bool = True) -> dict:
    """What a program's mkdocs.yml leaves to the installed package: a repository made by
    ``xinyuan init`` has no ``site_templates/`` or ``generator/`` of its own, so its mkdocs.yml
    names no ``theme.custom_dir`` and no ``hooks``, and the package's are used."""
    from mkdocs.utils import yaml_load

    with open(config_file, encoding="utf-8") as handle:
        config = yaml_load(handle) or {}
    settings: dict = {}
    theme = config.get("theme")
    if isinstance(theme, dict) and "custom_dir" not in theme:
        settings["theme"] = {**theme, "custom_dir": str(THEME_OVERRIDES)}
    if hooks and "hooks" not in config:
        settings["hooks"] = [str(HOOK)]
    return settings


def run_mkdocs(
    config_file: Path,
    docs_dir: Path,
    site_dir: Path,
    day: date,
    overrides: dict,
    on_page: Callable[[int], None] | None = None,
) -> list[str]:
    """Build ``docs_dir`` into ``site_dir`` with the program's mkdocs.yml; return the warnings.

    The hooks in mkdocs.yml (which render the docs when MkDocs is run directly) are switched
    off: the docs are already rendered. ``overrides["extra"]`` is merged into mkdocs.yml's
    ``extra``; every other key replaces the setting.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    collector = _Collector(on_page)
    with _quiet(collector), _source_date(day):
        settings = {key: value for key, value in overrides.items() if key != "extra"}
        config = load_config(
            str(config_file),
            docs_dir=str(docs_dir),
            site_dir=str(site_dir),
            hooks=[],
            use_directory_urls=True,
            **packaged_settings(config_file, hooks=False),
            **settings,
        )
        config.extra.update(theme.extra(config), **overrides.get("extra", {}))
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
    return collector.warnings
