"""Canonical URLs, and the text repairs that go with fetching: charsets, mojibake, language."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.io.encoding import decode_bytes, repair_mojibake
from veille.io.lang import detect_language, with_language
from veille.io.urls import canonical_url, is_tracking_param
from veille.records import Article


@pytest.mark.parametrize(
    ("given_url", "canonical"),
    [
        ("HTTPS://Example.COM:443/a/b?utm_source=x&b=2&a=1#top", "https://example.com/a/b?a=1&b=2"),
        ("http://example.com:80", "http://example.com/"),
        ("http://example.com:8080/x", "http://example.com:8080/x"),
        ("https://example.com/x?fbclid=1&gclid=2&UTM_Campaign=3&mc_eid=4", "https://example.com/x"),
        ("https://example.com/x?id=5&_ga=1&ref=home", "https://example.com/x?id=5&ref=home"),
        ("https://example.com/%7euser/a%2fb/", "https://example.com/~user/a%2Fb/"),
        ("https://example.com/caf%C3%A9?q=caf%C3%A9", "https://example.com/caf%C3%A9?q=caf%C3%A9"),
        ("https://example.com/café", "https://example.com/caf%C3%A9"),
        ("http://user:pw@Example.com./News", "http://example.com/News"),
        ("https://bücher.example/x", "https://xn--bcher-kva.example/x"),
        ("http://[::1]:80/a", "http://[::1]/a"),
        ("https://example.com/a?b=&a=1", "https://example.com/a?a=1&b="),
        ("mailto:someone@example.com", "mailto:someone@example.com"),
        ("not a url", "not a url"),
    ],
)
def test_canonical_url(given_url: str, canonical: str) -> None:
    assert canonical_url(given_url) == canonical


def test_tracking_params() -> None:
    assert all(is_tracking_param(p) for p in ("utm_medium", "fbclid", "gclid", "pk_campaign", "igshid"))
    assert not any(is_tracking_param(p) for p in ("id", "page", "q", "utm"))


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["a", "b", "id", "utm_source", "fbclid", "q"]), st.text("xyz é&=", max_size=4)
        ),
        max_size=5,
    ),
    st.sampled_from(["/", "/a/b", "/caf%C3%A9", "/~x/"]),
)
def test_canonical_url_is_idempotent_and_ignores_param_order(
    params: list[tuple[str, str]], path: str
) -> None:
    from urllib.parse import urlencode

    url = "https://Example.org" + path + "?" + urlencode(params)
    once = canonical_url(url)
    assert canonical_url(once) == once
    assert canonical_url("https://example.org" + path + "?" + urlencode(list(reversed(params)))) == once
    assert "utm_source" not in once and "fbclid" not in once


def test_decode_bytes_order_of_evidence() -> None:
    assert decode_bytes("é".encode("latin-1")) == ("é", "cp1252")  # not UTF-8: Windows-1252
    assert decode_bytes("é".encode(), "text/html; charset=UTF-8") == ("é", "utf-8")
    assert decode_bytes("é".encode("cp1252"), "text/html; charset=latin-1") == ("é", "cp1252")
    assert decode_bytes(b'<meta charset="koi8-r">' + "Москва".encode("koi8-r"))[0].endswith("Москва")
    assert decode_bytes(b'<?xml version="1.0" encoding="ISO-8859-15"?><a>\xa4</a>')[0].endswith("<a>€</a>")
    assert decode_bytes("\ufeffé".encode("utf-16-le")) == ("é", "utf-16-le")
    # A declaration the bytes contradict loses to what the bytes are.
    assert decode_bytes("é".encode("latin-1"), "text/html; charset=utf-8") == ("é", "cp1252")
    # "ascii" and "latin-1" mean Windows-1252 (as in browsers); mojibake from a UTF-8 page so
    # mislabelled is undone by repair_mojibake.
    text, used = decode_bytes("é €".encode(), "text/html; charset=us-ascii; x=1")
    assert (text, used) == ("Ã© â‚¬", "cp1252") and repair_mojibake(text) == "é €"


def test_repair_mojibake() -> None:
    assert (
        repair_mojibake("CafÃ© donâ€™t naÃ¯ve â€œquotedâ€\x9d Ã‰tat ðŸ˜€")
        == "Café don’t naïve “quoted” État 😀"
    )
    for fine in ("Ça va, élève à Paris.", "Très«bien» à©", "plain ASCII", "Straße", "Москва", "½ price"):
        assert repair_mojibake(fine) == fine


def test_language_detection_fills_only_what_is_missing() -> None:
    assert detect_language("Moroccan police arrested four suspects in Tangier on Tuesday.") == "en"
    assert detect_language("La police a arrêté quatre suspects à Tanger mardi, selon le parquet.") == "fr"
    assert detect_language("POLICE ARRESTED FOUR SUSPECTS IN TANGIER ON TUESDAY, OFFICIALS SAID.") == "en"
    assert detect_language("ok") is None
    art = Article(id="x", text="Die Polizei hat am Dienstag in Berlin zwei Verdächtige festgenommen.")
    assert with_language(art).language == "de"
    given_lang = Article(id="y", text=art.text, language="en")
    assert with_language(given_lang) is given_lang
