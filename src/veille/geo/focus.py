"""An article's likely home country from where it was published (its web address)."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

# Country-code top-level domains sold and used worldwide as generic names: no country signal.
GENERIC_CCTLDS = frozenset(
    {"ac", "ad", "ag", "ai", "am", "cc", "cd", "co", "dj", "fm", "gd", "gg", "io", "la", "ly", "me", "ms"}
    | {"nu", "sh", "su", "tk", "to", "tv", "vc", "ws"}
)
# ccTLDs that are not the country's ISO 3166-1 alpha-2 code
CCTLD_TO_ISO = {"uk": "GB"}


def country_from_url(url: str | None) -> str | None:
    """ISO alpha-2 code of the country-code domain of ``url`` ("https://www.cbc.ca/..." -> "CA";
    "bbc.co.uk" -> "GB"), or None for generic domains (.com, .org, .tv, .io ...) and bad input.

    >>> country_from_url("http://www.abc.net.au/news/x"), country_from_url("https://www.reuters.com/a")
    ('AU', None)
    """
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    tld = host.rsplit(".", 1)[1].lower()
    if len(tld) != 2 or not tld.isalpha() or tld in GENERIC_CCTLDS:
        return None
    return _country_of_tld(tld)


@lru_cache(maxsize=512)
def _country_of_tld(tld: str) -> str | None:
    if tld in CCTLD_TO_ISO:
        return CCTLD_TO_ISO[tld]
    import pycountry

    return tld.upper() if pycountry.countries.get(alpha_2=tld.upper()) is not None else None
