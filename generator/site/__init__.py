"""The public site: render the records into Markdown and data files, then build with MkDocs.

One module per job: :mod:`.views` (what the site says about the records), :mod:`.pages`
(which pages exist), :mod:`.lists` (pagination and filters), :mod:`.render` and :mod:`.text`
(Jinja2 and keeping data inert), :mod:`.charts`, :mod:`.opendata`, :mod:`.poster`,
:mod:`.docs` (writing the docs folder), :mod:`.mkdocs_run` and :mod:`.build` (the pipeline),
:mod:`.weight` (what a page costs a phone).
"""

from generator.site.build import BuildSummary, InvalidData, Progress, UnsafeOutput, build_site

__all__ = ["BuildSummary", "InvalidData", "Progress", "UnsafeOutput", "build_site"]
