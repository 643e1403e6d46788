"""The fetcher against a real HTTP server on loopback: address checks, redirects, size cap,
deadline, content types, robots.txt, rate limit, conditional GET, logins and paywalls."""

from __future__ import annotations

import gzip
import ipaddress
import shutil
import ssl
import subprocess
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from loopback import Loopback, Route, serving
from veille.io.fetch import (
    ALL_NETWORKS,
    FEED_TYPES,
    HTML_TYPES,
    Fetcher,
    FetchError,
    FetchOptions,
    MemoryFetchState,
    Validators,
    address_kind,
    parse_networks,
)
from veille.sources import DbFetchState
from veille.store.store import Store

PAGE = "<html><head><title>T</title></head><body><p>Hello.</p></body></html>"


@pytest.fixture
def web() -> Iterator[Loopback]:
    yield from serving()


def _fetcher(**kw: object) -> Fetcher:
    opts = {"allow_networks": ALL_NETWORKS, "min_interval": 0.0, "timeout": 5.0, **kw}
    return Fetcher(FetchOptions(**opts))  # type: ignore[arg-type]


# -- addresses -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ip", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.10", "private"),
        ("172.16.5.5", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("224.0.0.251", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("100.64.0.1", "non-public"),
        ("93.184.216.34", None),
        ("2606:4700::1111", None),
    ],
)
def test_address_kinds(ip: str, kind: str | None) -> None:
    assert address_kind(ipaddress.ip_address(ip)) == kind


def test_loopback_is_refused_by_default_by_ip_and_by_name(web: Loopback) -> None:
    web.routes["/"] = Route(PAGE)
    fetcher = Fetcher(FetchOptions(min_interval=0.0))
    for host in ("127.0.0.1", "localhost"):
        with pytest.raises(FetchError, match="refused: .* a loopback address") as info:
            fetcher.fetch(web.url("/", host=host))
        assert info.value.skipped
    assert web.log == []  # not even robots.txt was asked for


def test_allowed_networks_let_one_address_through_and_not_its_neighbour(web: Loopback) -> None:
    web.routes["/"] = Route(PAGE)
    fetcher = Fetcher(FetchOptions(min_interval=0.0, allow_networks=parse_networks("127.0.0.1/32")))
    assert fetcher.fetch(web.url("/")).status == 200
    with pytest.raises(FetchError, match="127.0.0.2, a loopback address"):
        fetcher.fetch(web.url("/", host="127.0.0.2"))
    with pytest.raises(FetchError, match="not an IP network"):
        parse_networks("10.0.0.0/8, nonsense")


def test_every_resolved_address_is_checked_and_the_connection_uses_a_checked_one(web: Loopback) -> None:
    web.routes["/"] = Route(PAGE)
    answers = {"ok.test": [["127.0.0.1"]], "multi.test": [["127.0.0.1", "10.9.9.9"]]}
    answers["rebind.test"] = [["127.0.0.1"], ["10.9.9.9"]]  # a second DNS answer differs

    def resolver(host: str, port: int) -> list[str]:
        queue = answers[host]
        return queue.pop(0) if len(queue) > 1 else queue[0]

    opts = FetchOptions(min_interval=0.0, allow_networks=parse_networks("127.0.0.1/32"))
    fetcher = Fetcher(opts, resolver=resolver)
    assert fetcher.fetch(f"http://ok.test:{web.port}/").status == 200
    # The request went to the checked address, named by the URL's host.
    assert {h.headers["host"] for h in web.log} == {f"ok.test:{web.port}"}
    with pytest.raises(FetchError, match="multi.test resolves to 10.9.9.9, a private address"):
        fetcher.fetch(f"http://multi.test:{web.port}/")
    with pytest.raises(FetchError, match="10.9.9.9"):
        fetcher.fetch(f"http://rebind.test:{web.port}/")
    assert len(web.log) == 2  # robots.txt and / of ok.test: nothing reached for the other two


def test_every_redirect_target_is_checked_again(web: Loopback) -> None:
    web.routes["/page"] = Route(PAGE)
    web.routes["/ok"] = Route(status=302, headers={"Location": "/page"})
    web.routes["/to-neighbour"] = Route(status=301, headers={"Location": web.url("/page", host="127.0.0.2")})
    web.routes["/to-file"] = Route(status=302, headers={"Location": "file:///etc/passwd"})
    web.routes["/loop"] = Route(status=307, headers={"Location": "/loop"})
    only_me = Fetcher(
        FetchOptions(min_interval=0.0, max_redirects=3, allow_networks=parse_networks("127.0.0.1"))
    )
    resp = only_me.fetch(web.url("/ok"))
    assert resp.final_url == web.url("/page") and b"Hello" in resp.body
    with pytest.raises(FetchError, match="127.0.0.2"):
        only_me.fetch(web.url("/to-neighbour"))
    with pytest.raises(FetchError, match="only http and https"):
        only_me.fetch(web.url("/to-file"))
    with pytest.raises(FetchError, match="more than 3 redirects"):
        only_me.fetch(web.url("/loop"))
    assert len(web.hits("/loop")) == 4


def test_credentials_in_urls_and_other_schemes_are_refused() -> None:
    fetcher = _fetcher()
    with pytest.raises(FetchError, match="credentials"):
        fetcher.fetch("http://user:secret@127.0.0.1:9/")
    with pytest.raises(FetchError, match="only http and https"):
        fetcher.fetch("ftp://127.0.0.1/feed.xml")


# -- size, time, type ------------------------------------------------------------------------


def _stream(chunks: int, size: int, pause: float = 0.0) -> object:
    def handler(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        try:
            for _ in range(chunks):
                h.wfile.write(f"{size:x}\r\n".encode() + b"a" * size + b"\r\n")
                h.wfile.flush()
                if pause:
                    time.sleep(pause)
            h.wfile.write(b"0\r\n\r\n")
        except OSError:
            pass  # the client hung up, as it should

    return handler


def test_size_cap_announced_streamed_and_decompressed(web: Loopback) -> None:
    web.routes["/big"] = Route("x" * 5000)
    web.routes["/stream"] = _stream(chunks=1000, size=1000)  # type: ignore[assignment]
    bomb = gzip.compress(b"\0" * 5_000_000)
    web.routes["/bomb"] = Route(bomb, headers={"Content-Encoding": "gzip"})
    web.routes["/small.gz"] = Route(gzip.compress(PAGE.encode()), headers={"Content-Encoding": "gzip"})
    fetcher = _fetcher(max_bytes=4000)
    with pytest.raises(FetchError, match="5000 bytes announced"):
        fetcher.fetch(web.url("/big"))
    with pytest.raises(FetchError, match="download aborted"):
        fetcher.fetch(web.url("/stream"))
    with pytest.raises(FetchError, match="once decompressed"):
        fetcher.fetch(web.url("/bomb"))
    assert fetcher.fetch(web.url("/small.gz")).body == PAGE.encode()


def test_deadline_covers_slow_and_trickling_servers(web: Loopback) -> None:
    def silent(h: BaseHTTPRequestHandler) -> None:
        time.sleep(3)

    web.routes["/silent"] = silent  # type: ignore[assignment]
    # One byte at a time, each well within a per-read timeout: only a whole-response deadline stops it.
    web.routes["/trickle"] = _stream(chunks=40, size=1, pause=0.1)  # type: ignore[assignment]
    fetcher = _fetcher(timeout=1.0)
    for path in ("/silent", "/trickle"):
        with pytest.raises(FetchError, match="timed out"):
            fetcher.fetch(web.url(path))


def test_content_type_is_checked(web: Loopback) -> None:
    web.routes["/doc.pdf"] = Route(b"%PDF-1.4", content_type="application/pdf")
    web.routes["/feed"] = Route("<rss/>", content_type="application/rss+xml")
    fetcher = _fetcher()
    with pytest.raises(FetchError, match="unexpected content type application/pdf"):
        fetcher.fetch(web.url("/doc.pdf"), accept=HTML_TYPES)
    with pytest.raises(FetchError, match="unexpected content type application/rss"):
        fetcher.fetch(web.url("/feed"), accept=HTML_TYPES)
    assert fetcher.fetch(web.url("/feed"), accept=FEED_TYPES).status == 200


# -- robots.txt, rate limit ------------------------------------------------------------------


def test_robots_txt_is_obeyed_for_our_agent_and_cached(web: Loopback) -> None:
    web.routes["/robots.txt"] = Route(
        "User-agent: veille\nDisallow: /private\n\nUser-agent: *\nDisallow: /\n", content_type="text/plain"
    )
    web.routes["/public"] = Route(PAGE)
    web.routes["/private/x"] = Route(PAGE)
    state = MemoryFetchState()
    fetcher = Fetcher(FetchOptions(allow_networks=ALL_NETWORKS, min_interval=0.0), state)
    assert fetcher.fetch(web.url("/public")).status == 200
    with pytest.raises(FetchError, match="disallowed by robots.txt for veille") as info:
        fetcher.fetch(web.url("/private/x"))
    assert info.value.skipped and web.hits("/private/x") == []
    # Another agent falls under "*": everything is disallowed.
    other = Fetcher(FetchOptions(allow_networks=ALL_NETWORKS, min_interval=0.0, user_agent="Other/1.0"))
    with pytest.raises(FetchError, match="robots.txt"):
        other.fetch(web.url("/public"))
    # Our agent asked once; a new fetcher on the same state does not ask again.
    Fetcher(FetchOptions(allow_networks=ALL_NETWORKS, min_interval=0.0), state).fetch(web.url("/public"))
    assert len(web.hits("/robots.txt")) == 2  # ours (cached since) and the other agent's
    assert all("veille" in h.headers["user-agent"] for h in web.hits("/public"))


def test_robots_txt_server_error_means_disallow(web: Loopback) -> None:
    web.routes["/robots.txt"] = Route("oops", status=500, content_type="text/plain")
    web.routes["/page"] = Route(PAGE)
    with pytest.raises(FetchError, match="robots.txt answered HTTP 500, so nothing is fetched"):
        _fetcher().fetch(web.url("/page"))
    assert web.hits("/page") == []


def test_rate_limit_waits_between_requests_to_one_host_only(web: Loopback) -> None:
    web.routes["/a"] = Route(PAGE)
    web.routes["/b"] = Route(PAGE)
    now = [100.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:  # a clock that moves only when the fetcher waits
        waits.append(round(seconds, 6))
        now[0] += seconds

    fetcher = Fetcher(
        FetchOptions(allow_networks=ALL_NETWORKS, min_interval=2.5), clock=lambda: now[0], sleep=sleep
    )
    fetcher.fetch(web.url("/a"))  # robots.txt, then /a
    fetcher.fetch(web.url("/b"))
    fetcher.fetch(web.url("/a", host="localhost"))  # another host: robots.txt without waiting
    fetcher.fetch(web.url("/b", host="localhost"))
    assert waits == [2.5, 2.5, 2.5, 2.5]
    assert [h.path for h in web.log] == ["/robots.txt", "/a", "/b", "/robots.txt", "/a", "/b"]


def test_crawl_delay_from_robots_txt_is_honoured(web: Loopback) -> None:
    web.routes["/robots.txt"] = Route("User-agent: *\nCrawl-delay: 7\n", content_type="text/plain")
    web.routes["/a"] = Route(PAGE)
    now = [0.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    fetcher = Fetcher(
        FetchOptions(allow_networks=ALL_NETWORKS, min_interval=1.0), clock=lambda: now[0], sleep=sleep
    )
    fetcher.fetch(web.url("/a"))
    fetcher.fetch(web.url("/a"))
    assert waits == [7.0, 7.0]


# -- conditional GET, logins -----------------------------------------------------------------


def test_conditional_get_after_commit_only(web: Loopback) -> None:
    web.routes["/feed"] = Route(PAGE, etag='"v1"', last_modified="Sat, 28 Nov 2026 10:00:00 GMT")
    state = MemoryFetchState()
    first = Fetcher(FetchOptions(allow_networks=ALL_NETWORKS, min_interval=0.0), state)
    resp = first.fetch(web.url("/feed"))
    assert resp.status == 200 and resp.validators is not None
    first.processed(resp)
    # Not committed (the articles were never stored): the next run fetches everything again.
    again = Fetcher(FetchOptions(allow_networks=ALL_NETWORKS, min_interval=0.0), state).fetch(
        web.url("/feed")
    )
    assert again.status == 200 and "if-none-match" not in web.hits("/feed")[-1].headers
    first.commit()
    third = Fetcher(FetchOptions(allow_networks=ALL_NETWORKS, min_interval=0.0), state).fetch(
        web.url("/feed")
    )
    assert third.not_modified and third.body == b""
    sent = web.hits("/feed")[-1].headers
    assert sent["if-none-match"] == '"v1"' and sent["if-modified-since"] == "Sat, 28 Nov 2026 10:00:00 GMT"
    # conditional=False (--reprocess) asks for the full body.
    plain = Fetcher(FetchOptions(allow_networks=ALL_NETWORKS, min_interval=0.0, conditional=False), state)
    assert plain.fetch(web.url("/feed")).status == 200


@pytest.mark.parametrize("status", [401, 402, 403, 451])
def test_logins_and_paywalls_are_skipped_and_no_cookie_is_ever_sent(web: Loopback, status: int) -> None:
    web.routes["/"] = Route(PAGE, headers={"Set-Cookie": "session=abc; Path=/"})
    web.routes["/paywalled"] = Route("pay", status=status)
    fetcher = _fetcher()
    fetcher.fetch(web.url("/"))
    with pytest.raises(FetchError, match=f"skipped: HTTP {status}.*behind logins or paywalls") as info:
        fetcher.fetch(web.url("/paywalled"))
    assert info.value.skipped
    assert all("cookie" not in h.headers and "authorization" not in h.headers for h in web.log)


def test_server_errors_are_reported_with_status(web: Loopback) -> None:
    web.routes["/gone"] = Route("gone", status=410)
    web.routes["/busy"] = Route("busy", status=429)
    fetcher = _fetcher()
    with pytest.raises(FetchError, match="HTTP 410"):
        fetcher.fetch(web.url("/gone"))
    with pytest.raises(FetchError, match="HTTP 429.*try again later"):
        fetcher.fetch(web.url("/busy"))


def test_fetch_state_in_the_database(store_url: str) -> None:
    store = Store.open(store_url)
    try:
        state = DbFetchState(store.db)
        assert state.validators("http://a/") is None and state.robots("http://a") is None
        state.save_validators([Validators("http://a/", "http://a/x", '"e1"', None)])
        state.save_validators(
            [Validators("http://a/", "http://a/y", '"e2"', "Sun, 29 Nov 2026 10:00:00 GMT")]
        )
        assert state.validators("http://a/") == Validators(
            "http://a/", "http://a/y", '"e2"', "Sun, 29 Nov 2026 10:00:00 GMT"
        )
        state.save_robots("http://a", 200, "User-agent: *\nDisallow: /x; y\n")
        status, body, when = state.robots("http://a") or (0, "", 0.0)
        assert (status, body) == (200, "User-agent: *\nDisallow: /x; y\n") and when > 0
    finally:
        store.close()


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command to make a certificate")
def test_https_checks_the_certificate_against_the_host_name(tmp_path: Path) -> None:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "1",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost",
        ],
        check=True,
        capture_output=True,
    )
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(cert, key)
    web = Loopback(tls=server_ctx).start()
    try:
        web.routes["/"] = Route(PAGE)
        client_ctx = ssl.create_default_context(cafile=str(cert))
        opts = FetchOptions(allow_networks=ALL_NETWORKS, min_interval=0.0, timeout=5.0)
        fetcher = Fetcher(opts, ssl_context=client_ctx)
        resp = fetcher.fetch(web.url("/", host="localhost"))
        assert resp.status == 200 and resp.final_url.startswith("https://localhost:")
        # The connection goes to a checked address, but the certificate must name the URL's host.
        with pytest.raises(FetchError, match="robots.txt could not be read.*CERTIFICATE_VERIFY_FAILED"):
            Fetcher(opts, ssl_context=client_ctx).fetch(web.url("/", host="127.0.0.1"))
        # Without trusting the test certificate nothing is fetched.
        with pytest.raises(FetchError):
            Fetcher(opts).fetch(web.url("/", host="localhost"))
    finally:
        web.stop()
