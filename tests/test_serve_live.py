"""``xinyuan serve`` for real: started on a free port, data changed while it runs, pages fetched.

Invalid data must not stop the preview: it shows the problems (on the home page, and a banner
on every page) and comes back when the data is fixed; invalid data at start is shown the same.
"""

from __future__ import annotations

import html
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import make_root

XINYUAN = Path(sys.executable).parent / "xinyuan"
WISH = "data/wishes/majiayi-village/majiayi-2026-019.yml"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, ""


def wait_for(url: str, wanted: str, server, seconds: float = 180) -> str:
    """The page once it contains ``wanted`` (the server rebuilds in the background)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert server.process.poll() is None, f"xinyuan serve stopped:\n{server.log()}"
        status, body = fetch(url)
        if wanted in body:
            return body
        time.sleep(0.5)
    raise AssertionError(f"{url} never showed {wanted!r}; last page:\n{body[:2000]}\n{server.log()}")


class Server:
    def __init__(self, root: Path, tmp_path: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.log_file = tmp_path / "serve.log"
        with open(self.log_file, "wb") as log:
            self.process = subprocess.Popen(
                [
                    str(XINYUAN),
                    "serve",
                    "--repo",
                    str(root),
                    "--dev-addr",
                    f"127.0.0.1:{self.port}",
                    "--today",
                    "2026-11-23",
                ],
                cwd=root,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def log(self) -> str:
        return self.log_file.read_text(encoding="utf-8", errors="replace")[-3000:]

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)  # the group this test started
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


@pytest.fixture
def serve(tmp_path):
    started = []

    def start(root: Path) -> Server:
        started.append(Server(root, tmp_path))
        return started[-1]

    yield start
    for server in started:
        server.stop()


def test_data_broken_while_serving_shows_the_problems_and_comes_back(tmp_path, serve):
    root = make_root(tmp_path)
    server = serve(root)
    wait_for(server.url, "<h1>清溪市“微心愿”圆梦行动</h1>", server)
    path = root / WISH
    good = path.read_text(encoding="utf-8")
    path.write_text(good.replace("title:", "titel:", 1), encoding="utf-8")

    home = wait_for(server.url, "数据没有通过校验", server)
    assert f"<code>{WISH}:2:1</code> S202 未知字段 “titel”（是不是 “title”？）" in html.unescape(home)
    assert "S201 缺少必填字段 “title”" in home
    status, page = fetch(server.url + "open/")
    assert status == 404 and "预览：数据没有通过校验（2 个问题），网站暂停更新。" in page

    path.write_text(good, encoding="utf-8")
    home = wait_for(server.url, "<h1>清溪市“微心愿”圆梦行动</h1>", server)
    assert "数据没有通过校验" not in home
    status, page = fetch(server.url + "open/")
    assert status == 200 and "数据没有通过校验" not in page
    assert server.process.poll() is None


def test_invalid_at_start_is_served_with_the_problems_as_text(tmp_path, serve):
    root = make_root(tmp_path)
    path = root / WISH
    path.write_text(path.read_text(encoding="utf-8") + "<img src=x onerror=alert(1)>: 1\n", encoding="utf-8")
    server = serve(root)
    home = wait_for(server.url, "数据没有通过校验", server)
    assert "<img src=x" not in home and "&lt;img src=x onerror=alert(1)&gt;" in home
    assert "S202" in home
    path.write_text(path.read_text(encoding="utf-8").replace("<img src=x onerror=alert(1)>: 1\n", ""), encoding="utf-8")
    wait_for(server.url, "<h1>清溪市“微心愿”圆梦行动</h1>", server)


def test_mkdocs_build_still_refuses_invalid_data(tmp_path):
    root = make_root(tmp_path)
    path = root / WISH
    path.write_text(path.read_text(encoding="utf-8").replace("title:", "titel:", 1), encoding="utf-8")
    result = subprocess.run(
        [str(Path(sys.executable).parent / "mkdocs"), "build", "-q"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1
    assert "数据没有通过校验，未生成网站" in result.stdout + result.stderr
    assert not (root / "site" / "index.html").exists()
