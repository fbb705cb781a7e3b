"""A real browser for the built site: a local HTTP server, Debian's chromium at phone size, and a
record of everything a page asked for.

Used by ``tests/test_browser.py`` and by ``benchmarks/site_build.py`` (which measures a wish
page's cold load with the same server and browser). Never downloads a browser: chromium comes
from the system (``apt-get install chromium fonts-noto-cjk``; ``.ci/run`` installs both).
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Iterator
from urllib.parse import unquote, urlsplit

CHROMIUM = Path("/usr/bin/chromium")
# Without the background-networking flags chromium's own connections (component updates, sync,
# QUIC probes) are refused by this machine many at a time and slow every launch down.
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE_WIDTH = 390
# A mid-range phone as volunteers in mainland China use it.
PHONE = {
    "viewport": {"width": PHONE_WIDTH, "height": 844},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
    "locale": "zh-CN",
    "timezone_id": "Asia/Shanghai",
}
# Directory where the last screenshots are kept for a person to look at.
SHOTS_KEPT = Path("/tmp/xinyuan-shots")


@dataclass(frozen=True)
class Served:
    path: str  # the request path, decoded, without the query
    status: int
    bytes: int  # response body bytes written


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the site and tells its server every response body's size."""

    def log_message(self, format, *args):  # keep test output clean
        pass

    def copyfile(self, source, outputfile):
        start = source.tell()
        super().copyfile(source, outputfile)
        self._body = source.tell() - start

    def log_request(self, code="-", size="-"):
        self._code = int(code) if str(code).isdigit() else 0

    def handle_one_request(self):
        self._body, self._code = 0, 0
        super().handle_one_request()
        if self._code:
            path = unquote(urlsplit(self.path).path)
            self.server.record(Served(path, self._code, self._body))


class SiteServer(http.server.ThreadingHTTPServer):
    """The built site on 127.0.0.1 at a free port, with a log of what it served."""

    daemon_threads = True

    def __init__(self, root: Path):
        super().__init__(("127.0.0.1", 0), functools.partial(_Handler, directory=str(root)))
        self._lock = threading.Lock()
        self.served: list[Served] = []

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.server_port}"

    def url(self, path: str = "") -> str:
        return f"{self.origin}/{path.lstrip('/')}"

    def record(self, served: Served) -> None:
        with self._lock:
            self.served.append(served)

    def mark(self) -> int:
        """A position in the log; ``since(mark)`` gives what was served after it."""
        with self._lock:
            return len(self.served)

    def since(self, mark: int) -> list[Served]:
        with self._lock:
            return self.served[mark:]


@contextmanager
def serve(root: Path) -> Iterator[SiteServer]:
    server = SiteServer(root)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@contextmanager
def chromium() -> Iterator:
    """Debian's chromium through Playwright. ``launch`` gives it a fresh, temporary profile."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class Phone:
    """A fresh browser context at phone size that records what its pages do.

    Every request is recorded; any request to a host other than the site's is counted as a
    problem (and aborted), as are console errors, uncaught exceptions, failed requests and
    responses with an error status.
    """

    context: object
    origin: str
    requests: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @classmethod
    def open_context(cls, browser, origin: str) -> Phone:
        phone = cls(browser.new_context(**PHONE), origin)
        phone.context.route("**/*", phone._route)
        phone.context.on("request", phone._request)
        phone.context.on("requestfailed", phone._failed)
        phone.context.on("response", phone._response)
        return phone

    def _local(self, url: str) -> bool:
        return url == self.origin or url.startswith(self.origin + "/")

    def _allowed(self, url: str) -> bool:
        return self._local(url) or url.startswith(("data:", "blob:"))

    def _request(self, request) -> None:
        self.requests.append(request.url)
        if not self._allowed(request.url):
            self.problems.append(f"external request: {request.url}")

    def _route(self, route) -> None:
        if self._allowed(route.request.url):
            route.continue_()
        else:
            route.abort("blockedbyclient")

    def _failed(self, request) -> None:
        if self._local(request.url):
            self.problems.append(f"failed request: {request.url} ({request.failure})")

    def _response(self, response) -> None:
        if response.status >= 400:
            self.problems.append(f"HTTP {response.status}: {response.url}")

    def open(self, url: str):
        """Open ``url`` in a new tab and wait until the page and its workers are quiet."""
        page = self.context.new_page()
        page.on(
            "console",
            lambda message: (
                message.type == "error" and self.problems.append(f"console error on {page.url}: {message.text}")
            ),
        )
        page.on("pageerror", lambda error: self.problems.append(f"page error on {page.url}: {error}"))
        page.goto(url, wait_until="load")
        page.wait_for_load_state("networkidle")
        return page

    def close(self) -> None:
        self.context.close()


def scroll_width(page) -> int:
    """How wide the document is; wider than the viewport means sideways scrolling on a phone."""
    return page.evaluate("document.scrollingElement.scrollWidth")


def screenshot(page, folder: Path, name: str, full_page: bool = True) -> Path:
    """A screenshot (the whole page, or the screen) in ``folder``, with a copy in :data:`SHOTS_KEPT`."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    SHOTS_KEPT.mkdir(parents=True, exist_ok=True)
    shutil.copy2(path, SHOTS_KEPT / path.name)
    return path


def cold_load(browser, server: SiteServer, path: str) -> list[Served]:
    """Everything the server sends for one page opened with an empty cache, workers included."""
    phone = Phone.open_context(browser, server.origin)
    try:
        mark = server.mark()
        page = phone.open(server.url(path))
        page.wait_for_timeout(500)  # a search worker may start fetching just after idle
        page.wait_for_load_state("networkidle")
        return server.since(mark)
    finally:
        phone.close()
