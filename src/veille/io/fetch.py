"""A polite, safe HTTP(S) client for feeds and pages.

Every request:

- goes only to http(s) URLs without credentials, and only to public addresses: the host name
  is resolved and *every* address it resolves to is checked (private, loopback, link-local,
  multicast, reserved and shared ranges are refused unless allowed); the connection is then
  made to an address that was checked, so a second DNS answer cannot slip past the check;
- asks the host's robots.txt first (cached per origin, in memory and in the fetch state);
- waits its turn: at least ``min_interval`` seconds (or the robots.txt Crawl-delay, if longer)
  between the end of one request to a host and the start of the next;
- has a deadline: ``timeout`` seconds from connecting to the last byte, enforced by a watchdog
  that closes the socket, so a server that trickles bytes cannot hold a run;
- is capped: a body (after decompression) over ``max_bytes`` is aborted while streaming;
- follows at most ``max_redirects`` redirects, checking scheme, address and robots.txt again
  at every hop;
- is conditional when validators are known (``If-None-Match``/``If-Modified-Since``): a 304
  comes back as a response with ``not_modified`` set and no body;
- sends no cookies and no credentials: 401, 402, 403, 407 and 451 are reported as skipped
  (behind a login or paywall), never worked around.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import urljoin, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

from veille.errors import VeilleError

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

DEFAULT_USER_AGENT = "veille/0.1 (news event monitoring; honours robots.txt)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)
ANY_XML = "+xml"
REDIRECTS = {301, 302, 303, 307, 308}
SKIP_STATUSES = {401: "needs a login", 402: "behind a paywall", 403: "forbidden", 407: "needs a proxy login"}
SKIP_STATUSES[451] = "unavailable for legal reasons"
ROBOTS_TTL = 24 * 3600.0
ROBOTS_MAX_BYTES = 512 * 1024
MAX_CRAWL_DELAY = 60.0
ALL_NETWORKS: tuple[IPNetwork, ...] = (ipaddress.ip_network("0.0.0.0/0"), ipaddress.ip_network("::/0"))


class FetchError(VeilleError):
    """A URL could not (or must not) be fetched; ``skipped`` marks a refusal by policy."""

    def __init__(self, url: str, reason: str, *, skipped: bool = False) -> None:
        self.url = url
        self.reason = reason
        self.skipped = skipped
        super().__init__(f"{url}: {reason}")


@dataclass(frozen=True)
class Validators:
    """What a conditional GET of ``url`` sends next time (from the response at ``final_url``)."""

    url: str
    final_url: str
    etag: str | None
    last_modified: str | None


@dataclass(frozen=True)
class Response:
    url: str
    final_url: str
    status: int
    content_type: str
    headers: dict[str, str]
    body: bytes = b""
    validators: Validators | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class FetchState(Protocol):
    """Where validators and robots.txt files are kept between runs."""

    def validators(self, url: str) -> Validators | None: ...

    def save_validators(self, items: Iterable[Validators]) -> None: ...

    def robots(self, origin: str) -> tuple[int, str, float] | None: ...

    def save_robots(self, origin: str, status: int, body: str) -> None: ...


@dataclass
class MemoryFetchState:
    """Fetch state for one process (``veille extract URL``, tests)."""

    by_url: dict[str, Validators] = field(default_factory=dict)
    robots_by_origin: dict[str, tuple[int, str, float]] = field(default_factory=dict)

    def validators(self, url: str) -> Validators | None:
        return self.by_url.get(url)

    def save_validators(self, items: Iterable[Validators]) -> None:
        for v in items:
            self.by_url[v.url] = v

    def robots(self, origin: str) -> tuple[int, str, float] | None:
        return self.robots_by_origin.get(origin)

    def save_robots(self, origin: str, status: int, body: str) -> None:
        self.robots_by_origin[origin] = (status, body, time.time())


@dataclass(frozen=True)
class FetchOptions:
    timeout: float = 20.0
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    min_interval: float = 1.0
    user_agent: str = DEFAULT_USER_AGENT
    allow_networks: tuple[IPNetwork, ...] = ()
    conditional: bool = True

    @classmethod
    def from_settings(cls, settings: Any) -> FetchOptions:
        """Options from veille settings (``fetch_*``)."""
        allow: tuple[IPNetwork, ...] = ALL_NETWORKS if settings["fetch_allow_private"] else ()
        allow += parse_networks(settings["fetch_allow_networks"])
        return cls(
            timeout=float(settings["fetch_timeout"]),
            max_bytes=int(settings["fetch_max_bytes"]),
            max_redirects=int(settings["fetch_max_redirects"]),
            min_interval=float(settings["fetch_min_interval"]),
            user_agent=str(settings["fetch_user_agent"]),
            allow_networks=allow,
        )


def parse_networks(text: str) -> tuple[IPNetwork, ...]:
    """``"10.0.0.0/8, 127.0.0.1"`` as networks; a bad entry is a :class:`FetchError`."""
    out = []
    for item in (t.strip() for t in text.replace(";", ",").split(",")):
        if not item:
            continue
        try:
            out.append(ipaddress.ip_network(item, strict=False))
        except ValueError as exc:
            raise FetchError(item, f"not an IP network: {exc}") from exc
    return tuple(out)


def address_kind(addr: IPAddress) -> str | None:
    """Why ``addr`` is not a public unicast address (None when it is)."""
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    for kind, flag in (
        ("loopback", addr.is_loopback),
        ("link-local", addr.is_link_local),
        ("multicast", addr.is_multicast),
        ("unspecified", addr.is_unspecified),
        ("reserved", addr.is_reserved),
        ("private", addr.is_private),
    ):
        if flag:
            return kind
    return None if addr.is_global else "non-public"


def _mime(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def type_accepted(mime: str, accept: Collection[str]) -> bool:
    return mime in accept or (ANY_XML in accept and mime.endswith("+xml"))


class _PinnedHTTP(http.client.HTTPConnection):
    """An HTTP connection to a checked address, with the URL's host in the Host header."""

    def __init__(self, host: str, port: int, ip: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.ip = ip

    def connect(self) -> None:
        self.sock = socket.create_connection((self.ip, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, ip: str, timeout: float, context: ssl.SSLContext) -> None:
        super().__init__(host, port, timeout=timeout, context=context)
        self.ip = ip
        self.tls = context

    def connect(self) -> None:
        raw = socket.create_connection((self.ip, self.port), self.timeout)
        # The certificate is checked against the host name, not the pinned address.
        self.sock = self.tls.wrap_socket(raw, server_hostname=self.host)


class _Watchdog:
    """Closes a connection's socket when its deadline passes, so no read outlives the timeout."""

    def __init__(self, conn: http.client.HTTPConnection, seconds: float) -> None:
        self.fired = False
        self.conn = conn
        self.timer = threading.Timer(max(seconds, 0.0), self._fire)
        self.timer.daemon = True
        self.timer.start()

    def _fire(self) -> None:
        self.fired = True
        sock = self.conn.sock
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def cancel(self) -> None:
        self.timer.cancel()


def _getaddrinfo(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (DNS, hosts file), in the system's order."""
    return [str(info[4][0]) for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)]


def origin_of(url: str) -> str:
    p = urlsplit(url)
    return urlunsplit((p.scheme.lower(), p.netloc.lower(), "", "", ""))


class Fetcher:
    """Fetches URLs under the rules in the module docstring. One per run; not thread-safe."""

    def __init__(
        self,
        options: FetchOptions | None = None,
        state: FetchState | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        ssl_context: ssl.SSLContext | None = None,
        resolver: Callable[[str, int], list[str]] | None = None,
    ) -> None:
        self.options = options or FetchOptions()
        self.resolver = resolver or _getaddrinfo
        self.state: FetchState = state if state is not None else MemoryFetchState()
        self.clock = clock
        self.sleep = sleep
        self.ssl_context = ssl_context or ssl.create_default_context()
        self.pending: dict[str, Validators] = {}
        self.requests = 0
        self._last_end: dict[str, float] = {}
        self._robots: dict[str, RobotFileParser] = {}
        self._robots_why: dict[str, str] = {}

    # -- public ---------------------------------------------------------------------------

    def fetch(self, url: str, accept: Collection[str] = HTML_TYPES) -> Response:
        """GET ``url``; a 200 of an accepted type or a 304. Anything else raises FetchError."""
        known = self.state.validators(url) if self.options.conditional else None
        hop = url
        for _ in range(self.options.max_redirects + 1):
            self._check_url(hop)
            self.resolve(hop)  # a refused address is reported as such, before robots.txt is asked
            self._check_robots(hop)
            cond = known if known is not None and known.final_url == hop else None
            status, headers, body_or_location = self._request(hop, accept, cond)
            if status in REDIRECTS:
                hop = urljoin(hop, body_or_location.decode("latin-1"))
                continue
            if status == 304:
                return Response(url, hop, 304, "", headers, b"", known)
            etag, modified = headers.get("etag"), headers.get("last-modified")
            validators = Validators(url, hop, etag, modified) if etag or modified else None
            content_type = headers.get("content-type", "")
            return Response(url, hop, status, content_type, headers, body_or_location, validators)
        raise FetchError(url, f"more than {self.options.max_redirects} redirects (last to {hop})")

    def processed(self, response: Response) -> None:
        """Mark ``response`` as fully turned into articles: its validators are saved on commit."""
        if response.validators is not None and not response.not_modified:
            self.pending[response.url] = response.validators

    def commit(self) -> None:
        """Save the validators of every processed response (call after its articles are stored)."""
        if self.pending:
            self.state.save_validators(list(self.pending.values()))
            self.pending.clear()

    # -- checks ---------------------------------------------------------------------------

    def _check_url(self, url: str) -> None:
        try:
            p = urlsplit(url)
            p.port  # noqa: B018 - raises ValueError for a bad port
        except ValueError as exc:
            raise FetchError(url, f"malformed URL ({exc})") from exc
        if p.scheme.lower() not in {"http", "https"}:
            raise FetchError(url, f"refused: only http and https URLs are fetched, not {p.scheme or 'none'}:")
        if not p.hostname:
            raise FetchError(url, "malformed URL: no host")
        if p.username is not None or p.password is not None:
            raise FetchError(url, "refused: credentials in the URL (veille never logs in)", skipped=True)

    def _allowed(self, addr: IPAddress) -> bool:
        check = addr.ipv4_mapped if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped else addr
        if any(check.version == net.version and check in net for net in self.options.allow_networks):
            return True
        return address_kind(check) is None

    def resolve(self, url: str) -> list[str]:
        """Every address the URL's host resolves to, all checked; raises if any is refused."""
        p = urlsplit(url)
        host = p.hostname or ""
        port = p.port or (443 if p.scheme.lower() == "https" else 80)
        try:
            ips = list(dict.fromkeys(self.resolver(host, port)))
        except (OSError, UnicodeError) as exc:
            raise FetchError(url, f"cannot resolve host {host!r} ({exc})") from exc
        if not ips:
            raise FetchError(url, f"host {host!r} has no address")
        for ip in ips:
            addr = ipaddress.ip_address(ip.split("%", 1)[0])
            if not self._allowed(addr):
                raise FetchError(
                    url,
                    f"refused: {host} resolves to {ip}, a {address_kind(addr)} address "
                    "(use --allow-private or fetch_allow_networks to fetch from such networks)",
                    skipped=True,
                )
        return ips

    # -- robots.txt -----------------------------------------------------------------------

    def _check_robots(self, url: str) -> None:
        origin = origin_of(url)
        rp = self._robots_for(origin)
        if not rp.can_fetch(self.options.user_agent, url):
            why = self._robots_why.get(origin)
            if why:
                raise FetchError(url, f"robots.txt {why}, so nothing is fetched from {origin} (RFC 9309)")
            raise FetchError(url, f"disallowed by robots.txt for {self._agent_token()}", skipped=True)

    def _agent_token(self) -> str:
        return self.options.user_agent.split("/", 1)[0].split()[0] if self.options.user_agent else "*"

    def _robots_for(self, origin: str) -> RobotFileParser:
        if origin in self._robots:
            return self._robots[origin]
        cached = self.state.robots(origin)
        if cached is not None and time.time() - cached[2] < ROBOTS_TTL:
            status, body = cached[0], cached[1]
        else:
            status, body, why = self._download_robots(origin)
            if why:
                self._robots_why[origin] = why
            if status < 500:  # a server error is not remembered past this run
                self.state.save_robots(origin, status, body)
        rp = RobotFileParser(origin + "/robots.txt")
        if status in {401, 403} or status >= 500:
            # RFC 9309: an unreachable robots.txt means "disallow everything" for now.
            rp.disallow_all = True  # type: ignore[attr-defined]
        elif status >= 400:
            rp.allow_all = True  # type: ignore[attr-defined]
        else:
            rp.parse(body.splitlines())
        self._robots[origin] = rp
        return rp

    def _download_robots(self, origin: str) -> tuple[int, str, str]:
        """``(status, body, why it disallows everything or '')``."""
        url = origin + "/robots.txt"
        hop = url
        try:
            for _ in range(self.options.max_redirects + 1):
                self._check_url(hop)
                status, _headers, data = self._request(hop, (), None, cap=ROBOTS_MAX_BYTES, any_type=True)
                if status in REDIRECTS:
                    hop = urljoin(hop, data.decode("latin-1"))
                    continue
                why = f"answered HTTP {status}" if status in {401, 403} or status >= 500 else ""
                return status, data.decode("utf-8", errors="replace"), why
        except FetchError as err:
            if err.skipped:  # a refused address or scheme: report that, not robots.txt
                raise
            return 599, "", f"could not be read ({err.reason})"  # unreachable: disallow all for now
        return 599, "", "redirects too often"

    def crawl_delay(self, url: str) -> float:
        rp = self._robots.get(origin_of(url))
        delay = rp.crawl_delay(self.options.user_agent) if rp is not None else None
        return min(float(delay or 0.0), MAX_CRAWL_DELAY)

    # -- one request ----------------------------------------------------------------------

    def _wait_turn(self, host: str, url: str) -> None:
        last = self._last_end.get(host)
        if last is None:
            return
        interval = max(self.options.min_interval, self.crawl_delay(url))
        wait = last + interval - self.clock()
        if wait > 0:
            self.sleep(wait)

    def _request(
        self,
        url: str,
        accept: Collection[str],
        cond: Validators | None,
        *,
        cap: int | None = None,
        any_type: bool = False,
    ) -> tuple[int, dict[str, str], bytes]:
        """One GET: ``(status, headers, body)``; for a redirect the body is the Location."""
        ips = self.resolve(url)
        p = urlsplit(url)
        host = p.hostname or ""
        https = p.scheme.lower() == "https"
        port = p.port or (443 if https else 80)
        target = urlunsplit(("", "", p.path or "/", p.query, ""))
        headers = {
            "User-Agent": self.options.user_agent,
            "Accept": ", ".join(a for a in accept if a != ANY_XML) + (", " if accept else "") + "*/*;q=0.1",
            "Accept-Encoding": "gzip, deflate",
            "Connection": "close",
        }
        if cond is not None:
            if cond.etag:
                headers["If-None-Match"] = cond.etag
            if cond.last_modified:
                headers["If-Modified-Since"] = cond.last_modified
        self._wait_turn(host, url)
        self.requests += 1
        timeout = self.options.timeout
        started = self.clock()
        conn: http.client.HTTPConnection | None = None
        dog: _Watchdog | None = None
        try:
            last_exc: OSError | None = None
            for ip in ips:
                conn = (
                    _PinnedHTTPS(host, port, ip, timeout, self.ssl_context)
                    if https
                    else _PinnedHTTP(host, port, ip, timeout)
                )
                try:
                    conn.connect()
                    break
                except OSError as exc:
                    last_exc = exc
                    conn.close()
                    conn = None
            if conn is None:
                raise FetchError(url, f"cannot connect to {host}:{port} ({last_exc})")
            dog = _Watchdog(conn, timeout - (self.clock() - started))
            conn.request("GET", target, headers=headers)
            resp = conn.getresponse()
            resp_headers = {k.lower(): v for k, v in resp.getheaders()}
            status = resp.status
            if status in REDIRECTS:
                location = resp_headers.get("location")
                if not location:
                    raise FetchError(url, f"HTTP {status} redirect without a Location header")
                return status, resp_headers, location.encode("latin-1", errors="replace")
            if status == 304:
                if cond is None:
                    raise FetchError(url, "HTTP 304 Not Modified to a request that was not conditional")
                return status, resp_headers, b""
            if status in SKIP_STATUSES:
                if any_type:
                    return status, resp_headers, b""
                raise FetchError(
                    url,
                    f"skipped: HTTP {status} {resp.reason} ({SKIP_STATUSES[status]}); "
                    "veille does not fetch behind logins or paywalls",
                    skipped=True,
                )
            if status != 200:
                if any_type:
                    return status, resp_headers, b""
                hint = "; try again later" if status in {429, 503} else ""
                raise FetchError(url, f"HTTP {status} {resp.reason}{hint}")
            mime = _mime(resp_headers.get("content-type", ""))
            if not any_type and mime and not type_accepted(mime, accept):
                raise FetchError(url, f"unexpected content type {mime} (expected {', '.join(accept)})")
            body = self._read_body(url, resp, resp_headers, cap or self.options.max_bytes, dog)
            return status, resp_headers, body
        except FetchError:
            raise
        except (OSError, http.client.HTTPException) as exc:
            if dog is not None and dog.fired:
                raise FetchError(url, f"timed out: no complete response within {timeout:g} s") from exc
            if isinstance(exc, TimeoutError | socket.timeout):
                raise FetchError(url, f"timed out after {timeout:g} s") from exc
            raise FetchError(url, f"network error: {exc}") from exc
        finally:
            if dog is not None:
                dog.cancel()
            if conn is not None:
                conn.close()
            self._last_end[host] = self.clock()

    def _read_body(
        self,
        url: str,
        resp: http.client.HTTPResponse,
        headers: dict[str, str],
        cap: int,
        dog: _Watchdog,
    ) -> bytes:
        length = headers.get("content-length", "").strip()
        encoding = headers.get("content-encoding", "identity").strip().lower()
        if length.isdigit() and int(length) > cap and encoding in {"", "identity"}:
            raise FetchError(url, f"too large: {int(length)} bytes announced, the limit is {cap}")
        if encoding in {"gzip", "x-gzip", "deflate"}:
            inflater: Any = zlib.decompressobj(32 + zlib.MAX_WBITS)  # gzip or zlib header
        elif encoding in {"", "identity"}:
            inflater = None
        else:
            raise FetchError(url, f"unsupported content encoding {encoding!r}")
        out = bytearray()
        while True:
            chunk = resp.read1(65536)
            if not chunk:
                break
            if inflater is not None:
                try:
                    chunk = inflater.decompress(chunk, cap - len(out) + 1)
                except zlib.error as exc:
                    raise FetchError(url, f"corrupt {encoding} body ({exc})") from exc
                if inflater.unconsumed_tail:
                    raise FetchError(url, f"too large: over {cap} bytes once decompressed")
            out += chunk
            if len(out) > cap:
                raise FetchError(url, f"too large: over {cap} bytes (download aborted)")
        if dog.fired:
            raise FetchError(url, f"timed out: no complete response within {self.options.timeout:g} s")
        if length.isdigit() and encoding in {"", "identity"} and len(out) < int(length):
            raise FetchError(url, f"truncated: {len(out)} of {length} bytes")
        return bytes(out)
