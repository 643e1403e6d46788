"""Canonical URLs: one spelling per page, so the same article always gets the same id.

Lower-case scheme and host, no default port, no fragment, no tracking parameters (``utm_*``,
``fbclid``, ``gclid`` and friends), the remaining query parameters sorted, percent-escapes in
one form. Nothing that could name a different page is touched: the path's case, a trailing
slash and ``www.`` stay as they are.
"""

from __future__ import annotations

import contextlib
import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

# Parameters that say how a reader arrived, never which page they read.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "msclkid",
        "yclid",
        "twclid",
        "ttclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "oly_anon_id",
        "oly_enc_id",
        "vero_id",
        "wickedid",
        "ref_src",
        "ref_url",
        "cmpid",
        "ito",
        "ncid",
        "sr_share",
        "spm",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")
DEFAULT_PORTS = {"http": 80, "https": 443}
_ESCAPE = re.compile(r"%[0-9a-fA-F]{2}")
# Characters that stay percent-escaped in a path: everything but RFC 3986's unreserved set,
# its sub-delims, ':', '@' and '/'.
_PATH_SAFE = "/:@!$&'()*+,;=~-._"


def is_tracking_param(name: str) -> bool:
    low = name.lower()
    return low in TRACKING_PARAMS or low.startswith(TRACKING_PREFIXES)


def _normalise_path(path: str) -> str:
    # Decode then re-encode, so "%7e", "%7E" and "~" come out the same; an escaped "/" or "%"
    # stays escaped because decoding it would change which resource the path names.
    parts = re.split(r"(%2[fF]|%25)", path)
    out = []
    for part in parts:
        if part.lower() in {"%2f", "%25"}:
            out.append(part.upper())
        else:
            out.append(quote(unquote(part), safe=_PATH_SAFE))
    return "".join(out) or "/"


def canonical_url(url: str) -> str:
    """The canonical form of an http(s) URL; other strings come back stripped but unchanged.

    >>> canonical_url("HTTPS://Example.COM:443/a/b?utm_source=x&b=2&a=1#top")
    'https://example.com/a/b?a=1&b=2'
    """
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        return url
    host = parts.hostname.lower().rstrip(".")
    with contextlib.suppress(UnicodeError):
        host = host.encode("idna").decode("ascii")
    if ":" in host:  # an IPv6 literal
        host = f"[{host}]"
    netloc = host if port is None or port == DEFAULT_PORTS[scheme] else f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking_param(k)]
    query.sort()
    return urlunsplit((scheme, netloc, _normalise_path(parts.path), urlencode(query, quote_via=quote), ""))


def host_of(url: str) -> str:
    """The lower-case host of ``url`` ('' when it has none)."""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
