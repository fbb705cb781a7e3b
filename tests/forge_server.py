"""A forge on localhost, for the tests: answers the REST calls xinyuan makes like GitHub or like
Forgejo/Gitea, keeps issues, pull requests, comments and labels in memory, and records every
request (method, path, query, headers, body). Any call it does not know is answered 599 and
recorded, so a test sees it.

GitHub: no path prefix, ``Authorization: Bearer``, ``per_page``, labels given by name, the bot
``github-actions[bot]`` (type Bot). Forgejo: ``/api/v1``, ``Authorization: token``, ``limit``,
labels given by id, the bot ``forgejo-actions`` (id -2), no "merged" detection of pushes.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

TOKEN = "test-token"
BOTS = {
    "github": {"login": "github-actions[bot]", "id": 41898282, "type": "Bot"},
    "forgejo": {"login": "forgejo-actions", "id": -2, "type": "User"},
}


def user(login: str, id: int) -> dict:
    return {"login": login, "id": id, "type": "User"}


@dataclass
class Request:
    method: str
    path: str
    query: dict
    headers: dict
    body: object


@dataclass
class FakeForge:
    kind: str = "github"
    repo: str = "o/r"
    max_page: int = 100  # the server's own page-size cap, to make lists page
    items: dict = field(default_factory=dict)  # number -> issue or pull request
    comments: dict = field(default_factory=dict)  # id -> {issue, user, body}
    labels: dict = field(default_factory=dict)  # name -> {id, name, color, description}
    requests: list = field(default_factory=list)
    failures: dict = field(default_factory=dict)  # (method, path) -> [status, ...] answered first
    dispatched: list = field(default_factory=list)

    # State.
    def add_pull(
        self,
        number,
        author,
        base="main",
        head_ref="claim",
        sha="a" * 40,
        draft=False,
        cross=True,
        labels=(),
        title="认领",
        state="open",
    ):
        self.items[number] = {
            "number": number,
            "pull": True,
            "title": title,
            "user": author,
            "state": state,
            "draft": draft,
            "labels": list(labels),
            "base": base,
            "head_ref": head_ref,
            "sha": sha,
            "cross": cross,
            "merged": False,
        }
        for name in labels:
            self.add_label(name)

    def add_issue(self, number, author, title="议题", labels=(), state="open", body=""):
        self.items[number] = {
            "number": number,
            "pull": False,
            "title": title,
            "user": author,
            "state": state,
            "labels": list(labels),
            "body": body,
        }
        for name in labels:
            self.add_label(name)

    def add_label(self, name):
        self.labels.setdefault(name, {"id": 100 + len(self.labels), "name": name, "color": "ededed", "description": ""})

    @property
    def bot(self) -> dict:
        return BOTS[self.kind]

    @property
    def prefix(self) -> str:
        return "/api/v1" if self.kind != "github" else ""

    def calls(self, method=None) -> list[tuple[str, str]]:
        return [(r.method, r.path) for r in self.requests if method in (None, r.method)]

    # Serving.
    def start(self) -> str:
        forge = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _any(self):
                forge._handle(self)

            do_GET = do_POST = do_PATCH = do_DELETE = _any

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.lock = threading.Lock()
        return f"http://127.0.0.1:{self.server.server_address[1]}{self.prefix}"

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    def _handle(self, handler):
        split = urlsplit(handler.path)
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        body = json.loads(raw) if raw else None
        query = {k: v[0] for k, v in parse_qs(split.query).items()}
        with self.lock:
            self.requests.append(Request(handler.command, split.path, query, dict(handler.headers), body))
            status, data, headers = self._answer(handler.command, split.path, query, body)
        payload = b"" if data is None else json.dumps(data, ensure_ascii=False).encode("utf-8")
        handler.send_response(status)
        for key, value in headers.items():
            handler.send_header(key, value)
        handler.send_header("Content-Length", str(len(payload)))
        handler.end_headers()
        handler.wfile.write(payload)

    def _answer(self, method, path, query, body):
        queued = self.failures.get((method, path))
        if queued:
            return queued.pop(0), {"message": "injected"}, {}
        expected = f"Bearer {TOKEN}" if self.kind == "github" else f"token {TOKEN}"
        if self.requests[-1].headers.get("Authorization") != expected:
            return 401, {"message": "Bad credentials"}, {}
        root = f"{self.prefix}/repos/{self.repo}"
        if not path.startswith(root):
            return 404, {"message": "Not Found"}, {}
        route = f"{method} {path[len(root) :]}"
        for pattern, handler in self.ROUTES:
            found = re.fullmatch(pattern, route)
            if found:
                return handler(self, query, body, *found.groups())
        return 599, {"message": f"unknown call {route}"}, {}

    # Answers.
    def _page(self, path, query, items):
        size_key = "per_page" if self.kind == "github" else "limit"
        size = min(int(query.get(size_key, 30)), self.max_page)
        page = int(query.get("page", 1))
        chunk = items[(page - 1) * size : page * size]
        headers = {}
        if page * size < len(items):
            url = f"http://{self.server.server_address[0]}:{self.server.server_address[1]}{path}"
            headers["Link"] = f'<{url}?{urlencode(dict(query, page=page + 1))}>; rel="next"'
        return 200, chunk, headers

    def _label_json(self, name):
        return dict(self.labels.get(name) or {"id": 0, "name": name})

    def _pull_json(self, item):
        full = self.repo if not item["cross"] else "fork/r"
        return {
            "number": item["number"],
            "title": item["title"],
            "state": item["state"],
            "draft": item["draft"],
            "merged": item["merged"],
            "user": item["user"],
            "merged_at": "2026-05-01T00:00:00Z" if item["merged"] else None,
            "labels": [self._label_json(n) for n in item["labels"]],
            "head": {"ref": item["head_ref"], "sha": item["sha"], "repo": {"full_name": full}},
            "base": {"ref": item["base"], "repo": {"full_name": self.repo}},
        }

    def _issue_json(self, item):
        out = {
            "number": item["number"],
            "title": item["title"],
            "state": item["state"],
            "user": item["user"],
            "body": item.get("body", ""),
            "labels": [self._label_json(n) for n in item["labels"]],
        }
        if item["pull"]:
            out["pull_request"] = {"merged": item["merged"]}
        return out

    def get_pull(self, query, body, n):
        item = self.items.get(int(n))
        return (200, self._pull_json(item), {}) if item and item["pull"] else (404, {"message": "Not Found"}, {})

    def list_pulls(self, query, body):
        pulls = [
            self._pull_json(i)
            for i in self.items.values()
            if i["pull"] and query.get("state", "open") in (i["state"], "all")
        ]
        return self._page(f"{self.prefix}/repos/{self.repo}/pulls", query, pulls)

    def create_pull(self, query, body):
        number = max(self.items, default=0) + 1
        self.add_pull(number, self.bot, base=body["base"], head_ref=body["head"], cross=False, title=body["title"])
        return 201, self._pull_json(self.items[number]), {}

    def get_issue(self, query, body, n):
        item = self.items.get(int(n))
        return (200, self._issue_json(item), {}) if item else (404, {"message": "Not Found"}, {})

    def list_issues(self, query, body):
        wanted = set(filter(None, query.get("labels", "").split(",")))
        found = [
            self._issue_json(i)
            for i in sorted(self.items.values(), key=lambda i: -i["number"])
            if query.get("state", "open") in (i["state"], "all")
            and wanted <= set(i["labels"])
            and not (i["pull"] and query.get("type") == "issues")
        ]
        return self._page(f"{self.prefix}/repos/{self.repo}/issues", query, found)

    def create_issue(self, query, body):
        number = max(self.items, default=0) + 1
        labels = [self._label_name(ref) for ref in body.get("labels") or []]
        if None in labels:
            return 422, {"message": "labels"}, {}
        self.add_issue(number, self.bot, body["title"], labels, body=body.get("body", ""))
        return 201, self._issue_json(self.items[number]), {}

    def edit_issue(self, query, body, n):
        item = self.items.get(int(n))
        if not item:
            return 404, {"message": "Not Found"}, {}
        item.update({k: body[k] for k in ("body", "state") if k in body})
        return 201, self._issue_json(item), {}

    def list_comments(self, query, body, n):
        found = [dict(c, id=i) for i, c in self.comments.items() if c["issue"] == int(n)]
        return self._page(f"{self.prefix}/repos/{self.repo}/issues/{n}/comments", query, found)

    def add_comment(self, query, body, n, author=None):
        if int(n) not in self.items:
            return 404, {"message": "Not Found"}, {}
        cid = 9000 + len(self.comments)
        self.comments[cid] = {"issue": int(n), "user": author or self.bot, "body": body["body"]}
        return 201, dict(self.comments[cid], id=cid), {}

    def edit_comment(self, query, body, cid):
        if int(cid) not in self.comments:
            return 404, {"message": "Not Found"}, {}
        self.comments[int(cid)]["body"] = body["body"]
        return 200, dict(self.comments[int(cid)], id=int(cid)), {}

    def _label_name(self, ref):
        if self.kind == "github":
            return ref if isinstance(ref, str) else None
        return next((n for n, lab in self.labels.items() if lab["id"] == ref), None)

    def add_labels(self, query, body, n):
        names = [self._label_name(ref) for ref in body["labels"]]
        if None in names or (self.kind != "github" and any(n not in self.labels for n in names)):
            return 422, {"message": "labels"}, {}
        for name in names:
            self.add_label(name)
            if name not in self.items[int(n)]["labels"]:
                self.items[int(n)]["labels"].append(name)
        return 200, [self._label_json(x) for x in self.items[int(n)]["labels"]], {}

    def remove_label(self, query, body, n, ref):
        from urllib.parse import unquote

        name = unquote(ref) if self.kind == "github" else self._label_name(int(ref)) if ref.isdigit() else None
        if name not in self.items[int(n)]["labels"]:
            return 404, {"message": "Label does not exist"}, {}
        self.items[int(n)]["labels"].remove(name)
        return (200, [], {}) if self.kind == "github" else (204, None, {})

    def list_labels(self, query, body):
        return self._page(f"{self.prefix}/repos/{self.repo}/labels", query, list(self.labels.values()))

    def create_label(self, query, body):
        if body["name"] in self.labels:
            return (422 if self.kind == "github" else 409), {"message": "exists"}, {}
        if self.kind != "github" and not body["color"].startswith("#"):
            return 422, {"message": "color"}, {}
        self.labels[body["name"]] = {
            "id": 100 + len(self.labels),
            "name": body["name"],
            "color": body["color"].lstrip("#"),
            "description": body.get("description", ""),
        }
        return 201, self.labels[body["name"]], {}

    def dispatch(self, query, body, workflow):
        self.dispatched.append((workflow, body))
        return 204, None, {}

    ROUTES = [
        (r"GET /pulls/(\d+)", get_pull),
        (r"GET /pulls", list_pulls),
        (r"POST /pulls", create_pull),
        (r"GET /issues/(\d+)", get_issue),
        (r"GET /issues", list_issues),
        (r"POST /issues", create_issue),
        (r"PATCH /issues/(\d+)", edit_issue),
        (r"GET /issues/(\d+)/comments", list_comments),
        (r"POST /issues/(\d+)/comments", add_comment),
        (r"PATCH /issues/comments/(\d+)", edit_comment),
        (r"POST /issues/(\d+)/labels", add_labels),
        (r"DELETE /issues/(\d+)/labels/([^/]+)", remove_label),
        (r"GET /labels", list_labels),
        (r"POST /labels", create_label),
        (r"POST /actions/workflows/([^/]+)/dispatches", dispatch),
    ]

    def env(self, url: str) -> dict[str, str]:
        """The environment a workflow step gives xinyuan to reach this forge."""
        return {"FORGE": self.kind, "FORGE_API": url, "FORGE_TOKEN": TOKEN, "REPO": self.repo}
