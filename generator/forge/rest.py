"""JSON over HTTPS with the standard library: one request, or every page of a list.

Both forges page lists with a ``Link: <…>; rel="next"`` header. Every failure becomes a
:class:`ForgeError` in Chinese naming the call; nothing here prints or raises anything else.
"""

from __future__ import annotations

import json
import re
import time
import urllib.error
import urllib.parse
from typing import cast
import urllib.request

from generator.forge import ForgeError

_NEXT = re.compile(r'<([^>]+)>\s*;\s*rel="next"')
_WHY = {
    401: "令牌无效或已过期",
    403: "令牌没有这项权限（检查工作流的 permissions 或令牌的权限范围）",
    404: "找不到（仓库名、编号或 API 地址不对，或令牌看不到这个仓库）",
    409: "与当前状态冲突",
    422: "请求的内容不被接受",
}
RETRIES = 3  # for 5xx and connection errors
TIMEOUT = 30


class Rest:
    def __init__(self, api_url: str, headers: dict[str, str]):
        self.api_url, self.headers = api_url, headers

    def call(self, method: str, path: str, body=None, query: dict | None = None, ok=()):
        """The decoded JSON answer (None when empty). Statuses in ``ok`` return None, not raise."""
        data, _ = self._send(method, self._url(path, query), body, ok)
        return data

    def pages(self, path: str, query: dict | None = None) -> list:
        """Every item of a paged list, following ``rel="next"`` links."""
        url: str | None = self._url(path, query)
        items: list = []
        while url:
            data, links = self._send("GET", url, None, ())
            items.extend(cast(list, data or []))
            found = _NEXT.search(links)
            url = found.group(1) if found else None
        return items

    def _url(self, path: str, query: dict | None) -> str:
        url = self.api_url + path
        return url + ("?" + urllib.parse.urlencode(query) if query else "")

    def _send(self, method: str, url: str, body, ok) -> tuple[object, str]:
        payload = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
        headers = dict(self.headers, **({"Content-Type": "application/json"} if payload else {}))
        what = f"{method} {urllib.parse.urlsplit(url).path}"
        for attempt in range(RETRIES):
            request = urllib.request.Request(url, payload, headers, method=method)
            try:
                with urllib.request.urlopen(request, timeout=TIMEOUT) as answer:
                    raw = answer.read()
                    return (json.loads(raw) if raw.strip() else None), answer.headers.get("Link", "")
            except urllib.error.HTTPError as exc:
                if exc.code in ok:
                    return None, ""
                if exc.code < 500 or attempt == RETRIES - 1:
                    raise ForgeError(
                        f"代码托管平台拒绝了 {what}：HTTP {exc.code} {_WHY.get(exc.code, '服务器出错，稍后再试')}"
                    ) from None
            except (urllib.error.URLError, OSError) as exc:
                if attempt == RETRIES - 1:
                    reason = getattr(exc, "reason", exc)
                    raise ForgeError(f"连不上代码托管平台（{what}）：{reason}") from None
            except ValueError:
                raise ForgeError(f"代码托管平台对 {what} 的回答不是 JSON：API 地址对吗？") from None
            time.sleep(0.5 * 2**attempt)
        raise AssertionError("unreachable")
