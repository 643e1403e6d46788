"""Security of the web app, each property tested against a real server: roles on every route,
tokens, CSRF and cross-site posts, escaping of hostile articles, bound SQL parameters, headers,
rate limits and the one error shape."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import closing
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest
from fastapi.routing import APIRoute

from test_web_support import EVIL_ID, Live, demo_copy, serve
from veille.store.store import Store
from veille.store.users import revoke_user
from veille.web import WebConfig, api, create_app, pages
from veille.web.filters import FILTER_NAMES

PUBLIC = {"/login", "/docs", "/openapi.json"}
ADMIN = {"/api/users", "/api/users/{name}", "/api/audit"}
INJECTIONS = [
    "' OR '1'='1",
    "1; DROP TABLE events; --",
    "%' OR 1=1 --",
    '" OR ""="',
    "' UNION SELECT name, token_hash FROM users --",
    "\\' OR 1=1 /*",
    "%_%",
]


@pytest.fixture(scope="session")
def demo_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("web-demo-sec")


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory, demo_cache: Path) -> Iterator[Live]:
    db = demo_copy(tmp_path_factory.mktemp("web-sec"), demo_cache)
    with serve(db, rate_per_second=0) as server:
        store = Store.open(db)
        revoke_user(store, "gone", by="test")
        store.close()
        yield server


def _login(live: Live, who: str) -> tuple[httpx.Client, str]:
    """A browser-like client signed in through the login form, and its CSRF token."""
    c = httpx.Client(base_url=live.url, timeout=30)
    r = c.post("/login", data={"name": who, "token": live.tokens[who], "next": "/queue"})
    assert r.status_code == 303 and r.headers["location"] == "/queue"
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    page = c.get("/").text
    csrf = re.search(r'<meta name="csrf-token" content="([^"]+)">', page)
    assert csrf
    return c, csrf.group(1)


def _routes() -> list[tuple[str, str]]:
    """Every route of the app's routers (the API and the pages), but the public ones."""
    create_app(WebConfig(db=":memory:"))  # the app builds; its routers are these two
    out = []
    for route in [*api.router.routes, *pages.router.routes]:
        if isinstance(route, APIRoute) and route.path not in PUBLIC:
            out.extend((m, route.path) for m in sorted(route.methods))
    return out


def _fill(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "x", path)


ROUTES = _routes()


def test_route_list_is_complete() -> None:
    paths = {p for _, p in ROUTES}
    assert len(paths) >= 25
    assert {"/api/events", "/api/events/{event_id}", "/", "/queue", "/events/{event_id}/decide"} <= paths


@pytest.mark.parametrize(("method", "path"), ROUTES)
def test_every_route_checks_its_role(live: Live, method: str, path: str) -> None:
    url = _fill(path)
    api = path.startswith("/api")
    with live.client() as anon:
        r = anon.request(method, url, follow_redirects=False)
        if api:
            assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"
        else:
            assert r.status_code == 303 and r.headers["location"].startswith("/login?next=")
        for bad in ("Bearer vt_wrong", f"Bearer {live.tokens['gone']}", "Basic YWRtaW46YWRtaW4="):
            r = anon.request(method, url, headers={"Authorization": bad}, follow_redirects=False)
            assert r.status_code in ((401,) if api else (303,)), (bad, r.status_code)
    needs = "admin" if path in ADMIN else ("viewer" if method == "GET" else "analyst")
    lower = {"admin": "ana", "analyst": "vera", "viewer": None}[needs]
    if lower and api:
        with live.client(lower) as c:
            r = c.request(method, url, json={})
            assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"


def test_viewer_write_is_403_and_changes_nothing(live: Live) -> None:
    with live.client("vera") as c:
        ev = c.get("/api/events", params={"limit": 1}).json()["events"][0]
        r = c.patch(f"/api/events/{ev['id']}", json={"fields": {"date": "2020-01-01"}})
        assert r.status_code == 403
        assert c.get(f"/api/events/{ev['id']}").json()["event"]["date"] == ev["date"]


def test_cross_site_form_post_fails(live: Live) -> None:
    c, csrf = _login(live, "ana")
    with closing(c):
        eid = c.get("/api/events", params={"limit": 1}, headers={"X-CSRF-Token": csrf}).json()["events"][0][
            "id"
        ]
        # What a hostile page's auto-submitting form sends: the cookie, but no CSRF token...
        forged = c.post(
            f"/events/{eid}/decide", data={"action": "reject"}, headers={"Origin": "http://evil.example"}
        )
        assert forged.status_code == 403
        # ...and even with a stolen token, a foreign Origin is refused.
        forged = c.post(
            f"/events/{eid}/decide",
            data={"action": "reject", "csrf_token": csrf},
            headers={"Origin": "http://evil.example"},
        )
        assert forged.status_code == 403
        sandboxed = c.post(  # a sandboxed frame or data: page sends Origin: null
            f"/events/{eid}/decide", data={"action": "reject", "csrf_token": csrf}, headers={"Origin": "null"}
        )
        assert sandboxed.status_code == 403
        no_token = c.post(f"/events/{eid}/decide", data={"action": "reject", "csrf_token": "guess"})
        assert no_token.status_code == 403
        api = c.post(f"/api/events/{eid}/reject", json={})
        assert api.status_code == 403 and api.json()["error"]["code"] == "csrf_failed"
        assert c.get(f"/api/events/{eid}").json()["event"]["review_status"] != "rejected"
        ok = c.post(
            f"/events/{eid}/decide",
            data={"action": "accept", "csrf_token": csrf},
            headers={"Origin": live.url},
        )
        assert ok.status_code == 303
        assert c.get(f"/api/events/{eid}").json()["event"]["review_status"] == "accepted"
        login_elsewhere = c.post(
            "/login",
            data={"name": "ana", "token": live.tokens["ana"]},
            headers={"Origin": "http://evil.example"},
        )
        assert login_elsewhere.status_code == 403
        out = c.post("/logout", data={"csrf_token": csrf})
        assert out.status_code == 303 and c.get("/queue", follow_redirects=False).status_code == 303


def test_hostile_article_text_is_escaped_everywhere(live: Live) -> None:
    c, _ = _login(live, "vera")
    with closing(c):
        eid = c.get(f"/api/articles/{EVIL_ID}").json()["records"][0]["event_id"]
        for url in (f"/articles/{EVIL_ID}", f"/events/{eid}", "/?q=Rabat", "/queue"):
            html = c.get(url).text
            assert "<script>window.__pwned" not in html, url
            assert "onerror=" not in html.replace("onerror=&#34;", "").replace("onerror=&quot;", ""), url
            assert "<img src=x" not in html, url
            if url.startswith(("/articles", "/events")):
                assert "&lt;script&gt;window.__pwned" in html, url
            else:  # the summary, also untrusted, is escaped too
                assert "Arrest in Rabat &lt;b&gt;bold&lt;/b&gt;" in html, url


def test_login_failures_and_open_redirect(live: Live) -> None:
    with httpx.Client(base_url=live.url, timeout=30) as c:
        r = c.post("/login", data={"name": "ana", "token": "vt_wrong"})
        assert r.status_code == 401 and "set-cookie" not in r.headers
        r = c.post("/login", data={"name": "vera", "token": live.tokens["ana"]})  # someone else's token
        assert r.status_code == 401
        r = c.post("/login", data={"name": "gone", "token": live.tokens["gone"]})
        assert r.status_code == 401
        r = c.post("/login", data={"name": "ana", "token": live.tokens["ana"], "next": "//evil.example/x"})
        assert r.status_code == 303 and r.headers["location"] == "/"


@pytest.mark.parametrize("name", [*FILTER_NAMES, "sort", "limit", "offset"])
def test_sql_injection_in_every_filter_fails_harmlessly(live: Live, name: str) -> None:
    with live.client("vera") as c:
        before = c.get("/api/events").json()["total"]
        for payload in INJECTIONS:
            for url in ("/api/events", "/api/aggregate", "/api/export", "/api/review/queue", "/"):
                r = c.get(url, params={name: payload})
                assert r.status_code in (200, 303, 400, 422), (url, payload, r.status_code)
                if url == "/api/events" and r.status_code == 200 and name not in ("q", "actor"):
                    assert r.json()["total"] == 0, (name, payload)
        for payload in INJECTIONS:
            r = c.get("/api/articles", params={"q": payload, "source": payload, "status": payload})
            assert r.status_code == 422 or (r.status_code == 200 and r.json()["total"] == 0)
        assert c.get("/api/events").json()["total"] == before
        assert c.get("/api/me").status_code == 200  # the users table is still there


def test_security_headers_everywhere(live: Live) -> None:
    with live.client("vera") as c:
        for url in ("/api/events", "/", "/static/app.js", "/api/nope", "/login", "/docs"):
            r = c.get(url, follow_redirects=False)
            csp = r.headers["content-security-policy"]
            assert (
                "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
            )
            assert r.headers["x-content-type-options"] == "nosniff"


class _Tags(HTMLParser):
    """The tags a browser would build from a page: what could run is in here, not in the text."""

    def __init__(self) -> None:
        super().__init__()
        self.inline_scripts = 0
        self.handlers: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        names = {k for k, _ in attrs}
        if tag == "script" and "src" not in names:
            self.inline_scripts += 1
        self.handlers += [k for k in names if k.startswith("on")]


def _tags(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    return parser


def test_pages_have_no_inline_script_or_handlers(live: Live) -> None:
    c, _ = _login(live, "ana")
    with closing(c):
        eid = c.get(f"/api/articles/{EVIL_ID}").json()["records"][0]["event_id"]
        for url in (
            "/",
            "/queue",
            "/statistics",
            f"/articles/{EVIL_ID}",
            f"/events/{eid}",
            "/docs",
            "/login",
        ):
            html = c.get(url).text
            tags = _tags(html)
            assert tags.inline_scripts == 0 and not tags.handlers, url
            assert "img" not in tags.tags and "style" not in tags.tags, url
            assert "http://" not in html.replace(live.url, "").replace("http://www.w3.org", ""), url


def test_one_error_shape(live: Live) -> None:
    with live.client("vera") as c:
        for r in (
            c.get("/api/nope"),
            c.delete("/api/events"),
            c.get("/api/events", params={"limit": "many"}),
            c.get("/api/events/missing"),
            c.get("/api/export", params={"format": "xls"}),
        ):
            body = r.json()
            assert r.status_code >= 400 and set(body) == {"error"}
            assert set(body["error"]) == {"code", "message"} and body["error"]["message"]


def test_rate_limit_answers_429_in_the_error_shape(tmp_path: Path, demo_cache: Path) -> None:
    db = demo_copy(tmp_path, demo_cache)
    with serve(db, rate_per_second=0.5, rate_burst=3) as live, live.client("vera") as c:
        codes = [c.get("/api/me").status_code for _ in range(5)]
        assert codes[:3] == [200, 200, 200] and codes[-1] == 429
        r = c.get("/api/me")
        assert r.json()["error"]["code"] == "rate_limited" and int(r.headers["retry-after"]) >= 1
        with live.client("ana") as other:  # another token has its own bucket
            assert other.get("/api/me").status_code == 200
