"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds parsed into items, safely.

XML goes through defusedxml with entity declarations and external references refused, so a
"billion laughs" or an external-entity (XXE) feed is reported as an error and never expanded.
A feed that is not well-formed XML (and declares no DTD) is read again by lxml in recovery
mode, with entities and the network off, and the damage is reported. One bad item is reported
with its position (``item N``, counting from 1) and the other items go on.
"""

from __future__ import annotations

import email.utils
import html
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit
from xml.etree.ElementTree import Element, ParseError

from veille.errors import InputError
from veille.io.encoding import decode_bytes

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
DC = "{http://purl.org/dc/elements/1.1/}"
RSS1 = "{http://purl.org/rss/1.0/}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section"}
_BLOCKS |= {"article", "pre", "table", "ul", "ol"}
_SPACES = re.compile(r"[ \t\u00a0]+")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")


@dataclass(frozen=True)
class FeedItem:
    index: int
    title: str | None
    link: str | None
    guid: str | None
    published: str | None
    content: str | None
    summary: str | None
    language: str | None = None
    published_raw: str | None = None


@dataclass
class Feed:
    kind: str
    title: str | None
    link: str | None
    language: str | None
    items: list[FeedItem | InputError] = field(default_factory=list)
    warnings: list[InputError] = field(default_factory=list)


def looks_like_feed(data: bytes) -> bool:
    """Whether ``data`` starts like an RSS, RDF or Atom document."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml"):
        head = head[head.find(b"?>") + 2 :].lstrip()
    while head.startswith((b"<!--", b"<?xml-stylesheet")):
        end = head.find(b">")
        head = head[end + 1 :].lstrip() if end >= 0 else b""
    return head.startswith((b"<rss", b"<feed", b"<rdf:rdf", b"<rdf"))


def _as_utf8(data: bytes, content_type: str | None) -> bytes | None:
    """``data`` re-encoded as UTF-8 when it is in another charset than it declares (or none)."""
    text, used = decode_bytes(data, content_type)
    if used == "utf-8":
        return None
    text = _XML_DECL.sub("", text, count=1)
    return ('<?xml version="1.0" encoding="utf-8"?>' + text).encode("utf-8")


def parse_xml(data: bytes, source: str, content_type: str | None = None) -> tuple[Element, InputError | None]:
    """The root element; raises InputError for refused or unreadable XML."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    def defused(raw: bytes) -> Element:
        try:
            return fromstring(raw, forbid_dtd=False, forbid_entities=True, forbid_external=True)
        except DefusedXmlException as exc:
            raise InputError(
                source,
                None,
                f"refused: the feed declares XML entities or external references ({type(exc).__name__}); "
                "entity expansion and external entities are never processed",
            ) from exc

    try:
        return defused(data), None
    except ParseError as exc:
        # Bytes in another charset than declared (e.g. Latin-1 with no declaration): decode them
        # as the HTTP header or the bytes say, then parse again.
        retry = _as_utf8(data, content_type)
        if retry is not None:
            try:
                return defused(retry), None
            except ParseError:
                pass
        if b"<!DOCTYPE" in data[:4096].upper() or b"<!ENTITY" in data.upper():
            raise InputError(source, None, f"not well-formed XML ({exc})") from exc
        root = _recover(data)
        if root is None:
            raise InputError(source, None, f"not well-formed XML ({exc})") from exc
        return root, InputError(source, None, f"not well-formed XML ({exc}); read in recovery mode")


def _recover(data: bytes) -> Element | None:
    from xml.etree.ElementTree import fromstring as et_fromstring

    from lxml import etree

    parser = etree.XMLParser(
        recover=True, resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return None
    if root is None:
        return None
    # Back to the standard library's tree: one code path for both parsers.
    return et_fromstring(etree.tostring(root))


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: paragraphs kept, tags, scripts and styles gone."""
    if "<" not in fragment:
        return html.unescape(fragment).strip()
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{fragment}</div>")
    except Exception:  # lxml raises several types for hopeless markup; fall back to the raw text
        return html.unescape(re.sub(r"<[^>]+>", " ", fragment)).strip()
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCKS:
            el.tail = "\n\n" + (el.tail or "")
    text = root.text_content()
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(el: Element, *tags: str) -> Element | None:
    for tag in tags:
        found = el.find(tag)
        if found is not None:
            return found
    return None


def _text(el: Element | None) -> str | None:
    if el is None:
        return None
    value = "".join(el.itertext()).strip()
    return value or None


def _lang(value: str | None) -> str | None:
    if not value:
        return None
    primary = value.strip().split("-")[0].split("_")[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def parse_date(value: str | None) -> str | None:
    """An RFC 822 or RFC 3339 date as ISO 8601 (UTC when the zone is known); None if unreadable."""
    if not value or not value.strip():
        return None
    s = value.strip()
    dt: datetime | None = None
    try:
        dt = datetime.fromisoformat(s.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        try:
            dt = email.utils.parsedate_to_datetime(s)
        except (TypeError, ValueError, IndexError):
            return None
    if dt is None:
        return None
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC)
    return dt.isoformat()


def _absolute(link: str | None, base: str) -> str | None:
    if not link:
        return None
    url = urljoin(base, link.strip())
    return url if urlsplit(url).scheme in {"http", "https"} else None


def _atom_text(el: Element | None) -> str | None:
    if el is None or el.get("src"):
        return None
    kind = (el.get("type") or "text").lower()
    if kind == "xhtml":
        return _text(el)
    raw = el.text or ""
    return html_to_text(raw) if kind in {"html", "text/html"} or "<" in raw else raw.strip() or None


def parse_feed(
    data: bytes, source: str, base_url: str | None = None, content_type: str | None = None
) -> Feed:
    """A feed's metadata and items. Whole-feed problems raise InputError; item problems are items."""
    root, warning = parse_xml(data, source, content_type)
    base = base_url or source
    name = _local(root.tag)
    if name == "rss":
        channel = root.find("channel")
        if channel is None:
            raise InputError(source, None, "RSS feed without a <channel>")
        feed = Feed(
            "rss",
            _text(channel.find("title")),
            _text(channel.find("link")),
            _lang(_text(channel.find("language"))),
        )
        for i, item in enumerate(channel.findall("item"), start=1):
            feed.items.append(_rss_item(item, i, source, base, ns=""))
    elif name == "RDF":
        channel = root.find(f"{RSS1}channel")
        title = _text(channel.find(f"{RSS1}title")) if channel is not None else None
        link = _text(channel.find(f"{RSS1}link")) if channel is not None else None
        lang = _text(channel.find(f"{DC}language")) if channel is not None else None
        feed = Feed("rdf", title, link, _lang(lang))
        for i, item in enumerate(root.findall(f"{RSS1}item"), start=1):
            feed.items.append(_rss_item(item, i, source, base, ns=RSS1))
    elif root.tag == f"{ATOM}feed":
        link_el = _atom_link(root)
        feed = Feed("atom", _atom_text(root.find(f"{ATOM}title")), link_el, _lang(root.get(XML_LANG)))
        for i, entry in enumerate(root.findall(f"{ATOM}entry"), start=1):
            feed.items.append(_atom_entry(entry, i, source, base, feed.language))
    else:
        raise InputError(source, None, f"not an RSS or Atom feed (root element <{name}>)")
    if warning is not None:
        feed.warnings.append(warning)
    if not feed.items:
        feed.warnings.append(InputError(source, None, "the feed has no items"))
    return feed


def _check_item(item: FeedItem, source: str) -> FeedItem | InputError:
    if not (item.link or item.content or item.summary):
        return InputError(source, f"item {item.index}", "no link and no text (no content or summary)")
    return item


def _rss_item(el: Element, index: int, source: str, base: str, ns: str) -> FeedItem | InputError:
    guid_el = el.find(f"{ns}guid") if ns == "" else None
    guid = _text(guid_el)
    link_raw = _text(el.find(f"{ns}link"))
    if link_raw is None and guid and guid_el is not None and guid_el.get("isPermaLink", "true") != "false":
        link_raw = guid
    link = _absolute(link_raw, base)
    if link_raw and link is None:
        return InputError(source, f"item {index}", f"link {link_raw[:100]!r} is not an http(s) URL")
    date_raw = _text(_child(el, f"{ns}pubDate", f"{DC}date", f"{ns}date"))
    content = _text(el.find(f"{CONTENT}encoded"))
    summary = _text(el.find(f"{ns}description"))
    title = _text(el.find(f"{ns}title"))
    item = FeedItem(
        index=index,
        title=html_to_text(title) if title else None,
        link=link,
        guid=guid or _text(el.find(f"{DC}identifier")),
        published=parse_date(date_raw),
        content=html_to_text(content) if content else None,
        summary=html_to_text(summary) if summary else None,
        language=_lang(_text(el.find(f"{DC}language"))),
        published_raw=date_raw,
    )
    return _check_item(item, source)


def _atom_link(el: Element) -> str | None:
    for link in el.findall(f"{ATOM}link"):
        if (link.get("rel") or "alternate") == "alternate" and link.get("href"):
            return link.get("href")
    return None


def _atom_entry(el: Element, index: int, source: str, base: str, lang: str | None) -> FeedItem | InputError:
    link_raw = _atom_link(el)
    link = _absolute(link_raw, el.get("{http://www.w3.org/XML/1998/namespace}base") or base)
    if link_raw and link is None:
        return InputError(source, f"item {index}", f"link {link_raw[:100]!r} is not an http(s) URL")
    date_raw = _text(_child(el, f"{ATOM}published", f"{ATOM}updated"))
    item = FeedItem(
        index=index,
        title=_atom_text(el.find(f"{ATOM}title")),
        link=link,
        guid=_text(el.find(f"{ATOM}id")),
        published=parse_date(date_raw),
        content=_atom_text(el.find(f"{ATOM}content")),
        summary=_atom_text(el.find(f"{ATOM}summary")),
        language=_lang(el.get(XML_LANG)) or lang,
        published_raw=date_raw,
    )
    return _check_item(item, source)
