"""RSS and Atom feeds and single pages, served by a real HTTP server on loopback: items become
articles, bad items are reported by position, hostile XML is refused, a 304 re-ingests nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from loopback import Loopback, Route, serving
from veille.cli.main import cli
from veille.errors import InputError
from veille.ids import article_id
from veille.io.feeds import html_to_text, parse_date, parse_feed
from veille.io.fetch import ALL_NETWORKS, Fetcher, FetchOptions
from veille.io.read import read_sources
from veille.records import Article
from veille.sources import SourceReader

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Test Wire</title><link>{base}/</link><language>en-gb</language>
<item><title>Four held in Tangier</title>
  <link>{base}/news/1?utm_source=rss&amp;id=7#top</link><guid isPermaLink="false">n1</guid>
  <pubDate>Tue, 04 Mar 2025 10:30:00 +0100</pubDate>
  <description>Short summary.</description>
  <content:encoded><![CDATA[<p>Moroccan police arrested four suspects in Tangier on Tuesday.</p>
  <p>The suspects were planning attacks, investigators said.</p><script>evil()</script>]]></content:encoded>
</item>
<item><title>Bomb kills three in Maiduguri</title><link>{base}/news/2</link><pubDate>not a date</pubDate>
  <description>&lt;p&gt;A bomber killed three people at a market.&lt;/p&gt;</description></item>
<item><title>Broken link</title><link>javascript:alert(1)</link><description>x</description></item>
<item><title>Nothing at all</title></item>
<item><guid>{base}/news/5</guid>
  <description>Police said no group claimed the attack in Kano.</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<title>Atom Daily</title><link rel="self" href="{base}/atom.xml"/><link href="{base}/"/>
<entry><title type="html">Raid in &lt;b&gt;Lyon&lt;/b&gt;</title><link rel="alternate" href="/a/1"/>
  <id>urn:a1</id><published>2025-06-10T08:00:00Z</published>
  <content type="html">&lt;p&gt;French police searched a flat in Lyon on Monday.&lt;/p&gt;</content></entry>
<entry xml:lang="fr"><title>Arrestations</title><link href="{base}/a/2"/><id>urn:a2</id>
  <updated>2025-06-11T09:00:00+02:00</updated>
  <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
  <p>La police a interpellé deux hommes.</p></div>
  </content></entry>
<entry><title>Summary only</title><link href="{base}/a/3"/><id>urn:a3</id>
  <summary>Officials issued a warning.</summary></entry>
</feed>
"""

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="{charset}">
<title>{title}</title><meta property="article:published_time" content="2025-06-12T07:00:00Z">
<link rel="canonical" href="{base}/story"></head>
<body><nav>Home | World | Sport</nav><article><h1>{title}</h1>
<p>{body}</p>
<p>Security forces arrested two suspects in the city on Thursday, the interior ministry said in a
statement, adding that the men had been under surveillance for several months.</p>
<p>Investigators seized weapons and documents during searches of three homes in the area, and
prosecutors opened an inquiry into the network the suspects are accused of belonging to.</p>
</article><footer>Copyright 2025 Example News. All rights reserved.</footer></body></html>
"""

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<rss version="2.0"><channel><title>&lol4;</title>
<item><title>x</title><description>&lol4;</description><link>http://example.org/1</link></item>
</channel></rss>
"""

XXE = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>t</title>
<item><title>x</title><description>&xxe;</description><link>http://example.org/1</link></item>
</channel></rss>
"""

RSS_TYPE = "application/rss+xml"


@pytest.fixture
def web() -> Iterator[Loopback]:
    yield from serving()


def _fetcher() -> Fetcher:
    return Fetcher(FetchOptions(allow_networks=ALL_NETWORKS, min_interval=0.0, timeout=10.0))


def _split(items: list[Article | InputError]) -> tuple[list[Article], list[InputError]]:
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, InputError)]


def _page(base: str, title: str, body: str, charset: str = "utf-8") -> str:
    return PAGE.format(base=base, title=title, body=body, charset=charset)


def _serve_rss(web: Loopback) -> str:
    base = web.url("")
    web.routes["/feed.xml"] = Route(RSS.format(base=base), content_type=RSS_TYPE)
    web.routes["/news/1"] = Route(_page(base, "Four held", "Moroccan police arrested four suspects."))
    web.routes["/news/2"] = Route(
        _page(base, "Bomb kills three in Maiduguri", "A suicide bomber killed three people at a market.")
    )
    return web.url("/feed.xml")


def test_rss_items_become_articles_and_bad_items_are_reported(web: Loopback) -> None:
    feed_url = _serve_rss(web)
    arts, errs = _split(list(read_sources([feed_url], fetcher=_fetcher())))
    by_title = {a.title: a for a in arts}
    assert set(by_title) == {"Bomb kills three in Maiduguri", "Four held in Tangier", None}

    one = by_title["Four held in Tangier"]
    assert one.url == web.url("/news/1?id=7")  # canonical: tracking parameter and fragment gone
    assert one.id == article_id(one.text, one.url) and one.id.startswith("u")
    assert one.published == "2025-03-04T09:30:00+00:00"
    assert one.text.startswith(
        "Moroccan police arrested four suspects in Tangier on Tuesday.\n\nThe suspects"
    )
    assert "evil" not in one.text
    assert one.source == "Test Wire" and one.language == "en"  # the channel's en-gb
    assert one.meta["text_from"] == "content" and one.meta["feed_item"] == 1 and one.meta["guid"] == "n1"

    two = by_title["Bomb kills three in Maiduguri"]  # only a description: the linked page is read
    assert two.meta["text_from"] == "page" and "suicide bomber killed three people" in two.text
    assert "Copyright" not in two.text and "Home | World" not in two.text
    assert two.published == "2025-06-12" and two.meta["published_raw"] == "not a date"

    five = by_title[None]  # the guid is the link; its page is missing, so the summary is used
    assert five.url == web.url("/news/5") and five.meta["text_from"] == "summary"
    assert "HTTP 404" in str(five.meta["page_error"])

    assert [(e.source, e.position) for e in errs] == [(feed_url, "item 3"), (feed_url, "item 4")]
    assert "not an http(s) URL" in errs[0].reason and "no link and no text" in errs[1].reason
    assert str(errs[0]).startswith(f"{feed_url}:item 3: ")


def test_feed_item_text_modes(web: Loopback) -> None:
    feed_url = _serve_rss(web)
    arts, _ = _split(list(read_sources([feed_url], fetcher=_fetcher(), feed_item_text="content")))
    assert web.hits("/news/1") == [] and web.hits("/news/2") == []  # never fetches pages
    assert {a.meta["text_from"] for a in arts} == {"content", "summary"}
    arts, _ = _split(list(read_sources([feed_url], fetcher=_fetcher(), feed_item_text="page")))
    assert len(web.hits("/news/1?id=7")) == 1  # the canonical link is fetched, without utm_source
    first = next(a for a in arts if a.meta["feed_item"] == 1)
    assert first.meta["text_from"] == "page" and first.url == web.url("/news/1?id=7")
    errs = [i for i in read_sources([feed_url], fetcher=_fetcher(), feed_item_text="nope")]
    assert isinstance(errs[0], InputError) and "feed_item_text" in errs[0].reason


def test_atom_entries(web: Loopback) -> None:
    base = web.url("")
    web.routes["/atom.xml"] = Route(ATOM.format(base=base), content_type="application/atom+xml")
    arts, errs = _split(
        list(read_sources([web.url("/atom.xml")], fetcher=_fetcher(), feed_item_text="content"))
    )
    assert errs == []
    a1, a2, a3 = arts
    assert (a1.title, a1.url, a1.published) == ("Raid in Lyon", web.url("/a/1"), "2025-06-10T08:00:00+00:00")
    assert a1.text == "French police searched a flat in Lyon on Monday." and a1.language == "en"
    assert a2.language == "fr" and a2.text == "La police a interpellé deux hommes."
    assert a2.published == "2025-06-11T07:00:00+00:00"
    assert a3.text == "Officials issued a warning." and a3.meta["text_from"] == "summary"
    assert {a.source for a in arts} == {"Atom Daily"}


def test_feed_files_on_disk_are_read_without_network(tmp_path: Path) -> None:
    folder = tmp_path / "feeds"
    folder.mkdir()
    (folder / "wire.rss").write_text(RSS.format(base="http://192.0.2.1"), encoding="utf-8")
    arts, errs = _split(list(read_sources([str(folder)])))
    assert [a.meta["text_from"] for a in arts] == ["content", "summary", "summary"]
    assert (
        arts[0].url == "http://192.0.2.1/news/1?id=7"
        and arts[1].text == "A bomber killed three people at a market."
    )
    assert [e.position for e in errs] == ["item 3", "item 4"]


def test_feed_in_latin1_without_a_declaration() -> None:
    data = (
        "<rss version='2.0'><channel><title>Le Fil</title><item><title>Arrestation à Nîmes</title>"
        "<link>http://example.org/n</link><description>La police a arrêté un homme.</description></item>"
        "</channel></rss>"
    ).encode("latin-1")
    feed = parse_feed(data, "fil.xml", content_type="application/rss+xml; charset=ISO-8859-1")
    (item,) = feed.items
    assert not isinstance(item, InputError) and feed.warnings == []
    assert item.title == "Arrestation à Nîmes" and item.summary == "La police a arrêté un homme."


def test_rdf_feed_is_read() -> None:
    rdf = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="http://example.org/"><title>RDF News</title><link>http://example.org/</link></channel>
<item rdf:about="http://example.org/r1"><title>One</title><link>http://example.org/r1</link>
<description>Text one.</description><dc:date>2025-01-02T03:04:05Z</dc:date></item>
</rdf:RDF>"""
    feed = parse_feed(rdf, "rdf.xml")
    (item,) = feed.items
    assert feed.kind == "rdf" and feed.title == "RDF News"
    assert not isinstance(item, InputError)
    assert (item.link, item.summary, item.published) == (
        "http://example.org/r1",
        "Text one.",
        "2025-01-02T03:04:05+00:00",
    )


@pytest.mark.parametrize("payload", [BILLION_LAUGHS, XXE], ids=["billion-laughs", "xxe"])
def test_hostile_xml_is_refused_and_other_sources_go_on(web: Loopback, payload: str) -> None:
    _serve_rss(web)
    web.routes["/evil.xml"] = Route(payload, content_type=RSS_TYPE)
    items = list(read_sources([web.url("/evil.xml"), web.url("/feed.xml")], fetcher=_fetcher()))
    arts, errs = _split(items)
    assert errs[0].source == web.url("/evil.xml") and errs[0].position is None
    assert "refused: the feed declares XML entities" in errs[0].reason
    assert len(arts) == 3 and not any("lol" in a.text or "root:" in a.text for a in arts)


def test_malformed_xml_is_recovered_and_reported() -> None:
    broken = b"""<rss version="2.0"><channel><title>Loose & Co</title>
<item><title>Good</title><link>http://example.org/g</link><description>Fine text.</description></item>
</channel></rss>"""
    feed = parse_feed(broken, "loose.xml")
    assert [w.reason.split(" (")[0] for w in feed.warnings] == ["not well-formed XML"]
    assert len(feed.items) == 1 and not isinstance(feed.items[0], InputError)
    with pytest.raises(InputError, match="not an RSS or Atom feed"):
        parse_feed(b"<urlset><url/></urlset>", "sitemap.xml")
    cut = parse_feed(b"<rss><channel><item><title>t</title><link>http://e.org/1</link>", "cut.xml")
    assert len(cut.items) == 1 and "recovery mode" in cut.warnings[0].reason
    with pytest.raises(InputError, match="not well-formed"):
        parse_feed(b"\x00\x01 not XML at all", "junk.xml")


def test_dates_and_html_text() -> None:
    assert parse_date("Tue, 04 Mar 2025 10:30:00 GMT") == "2025-03-04T10:30:00+00:00"
    assert parse_date("2025-03-04") == "2025-03-04T00:00:00"
    assert parse_date("yesterday-ish") is None
    fragment = "<p>One &amp; two</p><ul><li>a</li><li>b</li></ul><style>x{}</style>"
    assert html_to_text(fragment) == "One & two\n\na\n\nb"
    assert html_to_text("Tom &amp; Jerry") == "Tom & Jerry"


def test_single_page_with_latin1_bytes_and_mojibake_title(web: Loopback) -> None:
    base = web.url("")
    html = _page(
        base, "CafÃ© attack suspect held", "Police in the city said a suspect was held.", "iso-8859-1"
    )
    html = html.replace("the city on Thursday", "Orléans on Thursday")
    web.routes["/story"] = Route(html.encode("latin-1"), content_type="text/html")  # no charset header
    web.routes["/old"] = Route(status=301, headers={"Location": "/story?utm_medium=x"})
    web.routes["/x"] = Route(html.encode("latin-1"), content_type="application/xhtml+xml")
    (xhtml,) = list(read_sources([web.url("/x")], fetcher=_fetcher()))
    assert isinstance(xhtml, Article) and xhtml.title == "Café attack suspect held"  # a page, not a feed
    (art,) = list(read_sources([web.url("/old")], fetcher=_fetcher()))
    assert isinstance(art, Article)
    assert art.url == web.url("/story") and art.id == article_id(art.text, art.url)
    assert art.title == "Café attack suspect held"
    assert "Orléans" in art.text and "Copyright" not in art.text
    assert art.published == "2025-06-12" and art.language == "en"
    assert art.source == "127.0.0.1" and art.meta["fetched_url"] == web.url("/old")


def test_page_without_text_and_skipped_pages_are_errors(web: Loopback) -> None:
    web.routes["/empty"] = Route("<html><head><title>Nothing</title></head><body></body></html>")
    web.routes["/login"] = Route("sign in", status=401)
    web.routes["/moved"] = Route(status=302, headers={"Location": "/gone"})
    urls = [web.url("/empty"), web.url("/login"), web.url("/moved")]
    errs = list(read_sources(urls, fetcher=_fetcher()))
    assert [(e.source, e.position) for e in errs if isinstance(e, InputError)] == [(u, None) for u in urls]
    reasons = [e.reason for e in errs if isinstance(e, InputError)]
    assert "no article text" in reasons[0] and "HTTP 401" in reasons[1]
    assert reasons[2] == f"HTTP 404 Not Found (at {web.url('/gone')})"


def test_ingest_twice_the_second_run_gets_304_and_stores_nothing(web: Loopback, store_url: str) -> None:
    from veille.jobs import ingest
    from veille.pipeline import Pipeline
    from veille.settings import Settings
    from veille.store.store import Store

    base = web.url("")
    web.routes["/feed.xml"] = Route(RSS.format(base=base), content_type=RSS_TYPE, etag='"f1"')
    web.routes["/news/2"] = Route(
        _page(base, "Bomb", "A suicide bomber killed three people at a market."),
        last_modified="Mon, 09 Jun 2025 10:00:00 GMT",
    )
    settings = Settings.load(env={"VEILLE_FETCH_ALLOW_PRIVATE": "1", "VEILLE_FETCH_MIN_INTERVAL": "0"})
    pipeline = Pipeline.from_settings(settings)
    store = Store.open(store_url)
    try:

        def run() -> Any:
            reader = SourceReader.from_settings(settings, store.db)
            return ingest([web.url("/feed.xml")], store, pipeline, reader=reader)

        first = run()
        assert first.new == 3 and len(first.input_errors) == 2
        n_articles = store.count("articles")
        second = run()
        assert second.seen == 0 and not second.changed_anything and store.count("articles") == n_articles
        assert web.hits("/feed.xml")[-1].headers["if-none-match"] == '"f1"'
        assert len(web.hits("/news/2")) == 1  # the feed was not modified, so no item page was asked for
        # The feed changes: items are read again, the unchanged page answers 304 and is skipped.
        web.routes["/feed.xml"] = Route(RSS.format(base=base) + " ", content_type=RSS_TYPE, etag='"f2"')
        third = run()
        assert third.new == 0 and third.changed == 0 and store.count("articles") == n_articles
        assert web.hits("/news/2")[-1].headers["if-modified-since"] == "Mon, 09 Jun 2025 10:00:00 GMT"
    finally:
        store.close()


def test_cli_ingest_of_a_feed_needs_allow_private_on_loopback(web: Loopback, tmp_path: Path) -> None:
    feed_url = _serve_rss(web)
    db = str(tmp_path / "v.db")
    runner = CliRunner()
    env = {"VEILLE_FETCH_MIN_INTERVAL": "0"}
    res = runner.invoke(cli, ["ingest", feed_url, "--db", db], env=env)
    assert res.exit_code == 1 and "a loopback address" in res.stderr and web.log == []
    res = runner.invoke(
        cli,
        [
            "ingest",
            feed_url,
            "--db",
            db,
            "--allow-private",
            "--feed-text",
            "content",
            "--user-agent",
            "vtest/1",
        ],
        env=env,
    )
    assert res.exit_code == 1, res.output  # two bad items are reported
    assert "3 new" in res.stdout and f"{feed_url}:item 4: no link and no text" in res.stderr
    assert {h.headers["user-agent"] for h in web.log} == {"vtest/1"}
