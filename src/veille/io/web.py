"""Articles from URLs: a web page becomes one article, a feed one article per item.

Item text (``feed_item_text``, a documented choice):

- ``auto`` (default): the item's full content (``content:encoded``, Atom ``content``) when it
  has one; otherwise the linked page is fetched and its main text extracted; if that fails, the
  item's summary/description is used and ``meta.page_error`` says why;
- ``content``: never fetch linked pages: content, else summary;
- ``page``: always fetch the linked page; the item's own text only if the page fails.

An item's article id comes from its canonical link (not from where the link redirects), so it
does not depend on whether the page could be fetched. ``meta.text_from`` says which text was used.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from veille.errors import InputError
from veille.ids import article_id
from veille.io.clean import clean_text, html_to_article
from veille.io.encoding import decode_bytes, repair_mojibake
from veille.io.feeds import Feed, FeedItem, looks_like_feed, parse_feed
from veille.io.fetch import ANY_XML, FEED_TYPES, HTML_TYPES, Fetcher, FetchError, Response
from veille.io.lang import with_language
from veille.io.urls import canonical_url, host_of
from veille.records import Article

FEED_ITEM_TEXT = ("auto", "content", "page")
ReadItem = Article | InputError


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def _repair(text: str | None) -> str | None:
    if not text:
        return None
    return clean_text(repair_mojibake(text)).strip() or None


def read_url(url: str, fetcher: Fetcher, *, feed_item_text: str = "auto") -> Iterator[ReadItem]:
    """Articles from a page or feed URL; nothing when the server says it has not changed (304)."""
    if feed_item_text not in FEED_ITEM_TEXT:
        yield InputError(url, None, f"feed_item_text must be one of {', '.join(FEED_ITEM_TEXT)}")
        return
    try:
        resp = fetcher.fetch(url, accept=HTML_TYPES + FEED_TYPES + (ANY_XML,))
    except FetchError as err:
        where = f" (at {err.url})" if err.url != url else ""
        yield InputError(url, None, err.reason + where)
        return
    if resp.not_modified:
        return
    mime = resp.content_type.split(";", 1)[0].strip().lower()
    xml = mime in FEED_TYPES or (mime.endswith("+xml") and mime not in HTML_TYPES)
    if xml or looks_like_feed(resp.body):
        yield from _feed_articles(resp, fetcher, feed_item_text)
    else:
        yield page_article(resp)
    fetcher.processed(resp)


def page_article(resp: Response) -> ReadItem:
    """One article from a fetched HTML page: main text, title, date, language, canonical URL."""
    html, _encoding = decode_bytes(resp.body, resp.content_type)
    try:
        art = html_to_article(html, resp.url)
    except InputError as err:
        return InputError(resp.url, None, err.reason)
    text = _repair(art.text)
    if text is None:
        return InputError(resp.url, None, "no article text found in the HTML page")
    url = canonical_url(resp.final_url)
    meta = dict(art.meta)
    if resp.final_url != resp.url:
        meta["fetched_url"] = resp.url
    if art.url and canonical_url(art.url) != url:
        meta["declared_url"] = art.url
    article = Article(
        id=article_id(text, url),
        text=text,
        title=_repair(art.title),
        published=art.published,
        url=url,
        source=host_of(url),
        meta=meta,
    )
    return with_language(article)


def read_feed_file(path: Path) -> Iterator[ReadItem]:
    """Articles from a feed saved on disk (.rss, .atom, .xml): item text only, no network."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(str(path), None, f"cannot read file: {exc.strerror or exc}")
        return
    resp = Response(str(path), str(path), 200, "application/xml", {}, data)
    yield from _feed_articles(resp, None, "content")


def _feed_articles(resp: Response, fetcher: Fetcher | None, mode: str) -> Iterator[ReadItem]:
    try:
        feed = parse_feed(resp.body, resp.url, resp.final_url, resp.content_type or None)
    except InputError as err:
        yield err
        return
    yield from feed.warnings
    for item in feed.items:
        if isinstance(item, InputError):
            yield item
            continue
        art = _item_article(item, feed, resp, fetcher, mode)
        if art is not None:
            yield art


def _item_article(
    item: FeedItem, feed: Feed, resp: Response, fetcher: Fetcher | None, mode: str
) -> ReadItem | None:
    where = f"item {item.index}"
    text, text_from = (item.content, "content") if mode != "page" else (None, "")
    page: Article | None = None
    meta: dict[str, object] = {"feed": resp.url, "feed_item": item.index}
    if item.guid:
        meta["guid"] = item.guid
    if text is None and mode != "content" and item.link and fetcher is not None:
        try:
            page_resp = fetcher.fetch(canonical_url(item.link), accept=HTML_TYPES)
        except FetchError as err:
            meta["page_error"] = err.reason
        else:
            if page_resp.not_modified:
                return None  # stored by the run that saved the page's validators
            got = page_article(page_resp)
            if isinstance(got, Article):
                page, text, text_from = got, got.text, "page"
                fetcher.processed(page_resp)
            else:
                meta["page_error"] = got.reason
    if text is None:
        text, text_from = (item.content, "content") if item.content else (item.summary, "summary")
    text = _repair(text)
    if text is None:
        why = f" (linked page: {meta['page_error']})" if "page_error" in meta else ""
        return InputError(resp.url, where, f"no text: the item has no content or summary{why}")
    meta["text_from"] = text_from
    if item.published is None and item.published_raw:
        meta["published_raw"] = item.published_raw
    url = canonical_url(item.link) if item.link else None
    article = Article(
        id=article_id(text, url),
        text=text,
        title=_repair(item.title) or (page.title if page else None),
        published=item.published or (page.published if page else None),
        url=url,
        source=_repair(feed.title) or host_of(resp.final_url) or resp.url,
        language=item.language or feed.language,
        meta=meta,
    )
    return with_language(article)
