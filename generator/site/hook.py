"""MkDocs hook, so that ``mkdocs build`` and ``mkdocs serve`` work on a data repository directly
(see .plugin for what it does). ``xinyuan build`` renders the pages itself and switches this hook
off. Set XINYUAN_TODAY=YYYY-MM-DD to fix the date.

MkDocs loads a hook file once per process and calls its functions; here they are the methods of
one plugin object, which keeps the state (nothing else in this module is state).
"""

from __future__ import annotations

from generator.site.plugin import SitePlugin

_plugin = SitePlugin()
on_startup = _plugin.on_startup
on_config = _plugin.on_config
on_post_build = _plugin.on_post_build
