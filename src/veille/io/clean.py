"""Text clean-up shared by every reader: newlines, Unicode form, control characters, HTML."""

from __future__ import annotations

import re
import unicodedata

from veille.errors import InputError
from veille.ids import article_id
from veille.records import Article

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def looks_binary(raw: bytes) -> bool:
    """True for data that is not text: NUL bytes or many control bytes in the first 4 KiB."""
    head = raw[:4096]
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls / len(head) > 0.05


def clean_text(text: str) -> str:
    """NFC, Unix newlines, no control characters. Offsets are taken on this cleaned text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    return _CONTROL.sub(" ", text)


def html_to_article(html: str, name: str) -> Article:
    """Main text, title and date of a web page, boilerplate removed (trafilatura)."""
    import trafilatura  # local import: only HTML input pays for it

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise InputError(name, None, "no article text found in the HTML page")
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None else None
    published = meta.date if meta is not None else None
    url = meta.url if meta is not None else None
    body = clean_text(text)
    return Article(
        id=article_id(body, url),
        text=body,
        title=title,
        published=published,
        url=url,
        source=name,
    )
