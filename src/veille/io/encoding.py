"""Bytes to text: find the declared charset, fall back sensibly, and repair mojibake.

Order: a byte-order mark, the HTTP ``Content-Type`` charset, the document's own declaration
(``<meta charset>``, ``http-equiv``, ``<?xml encoding?>``), then UTF-8 if the bytes are valid
UTF-8, else Windows-1252 (which decodes any byte). Text that was UTF-8 read as Windows-1252 or
Latin-1 somewhere upstream ("CafÃ©", "donâ€™t") is repaired run by run, without new
dependencies: a run is re-encoded and decoded as UTF-8 only when that succeeds.
"""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:\-]+)""", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:\-]+)["']""", re.I)
# A run of characters that UTF-8 bytes take when decoded as cp1252/latin-1: a lead byte
# (U+00C2-U+00F4) followed by continuation bytes (U+0080-U+00BF or their cp1252 forms).
_CP1252_CONT = "".join(ch for b in range(0x80, 0xA0) if (ch := bytes([b]).decode("cp1252", "ignore")))
_C = f"[\u0080-\u00bf{_CP1252_CONT}]"
_MOJIBAKE = re.compile(f"(?:[\u00c2-\u00df]{_C}|[\u00e0-\u00ef]{_C}{{2}}|[\u00f0-\u00f4]{_C}{{3}})+")
_CP1252_BYTE = {
    ch: bytes([0x80 + i])
    for i, ch in enumerate(bytes(range(0x80, 0xA0)).decode("cp1252", "replace"))
    if ch != "\ufffd"
}


def _known(name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().lower())
    except LookupError:
        return None
    # HTML5: a page that says latin-1 or ascii means windows-1252.
    if codec.name in {"latin-1", "iso8859-1", "ascii"}:
        return "cp1252"
    return codec.name


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset named in a ``Content-Type`` header, if Python knows it."""
    if not content_type:
        return None
    m = _HEADER_CHARSET.search(content_type)
    return _known(m.group(1)) if m else None


def declared_charset(raw: bytes) -> str | None:
    """The charset a document declares in its first 4 KiB (XML declaration or HTML meta)."""
    head = raw[:4096]
    for pattern in (_XML_DECL, _META_CHARSET):
        m = pattern.search(head)
        if m:
            return _known(m.group(1).decode("ascii", "ignore"))
    return None


def decode_bytes(raw: bytes, content_type: str | None = None) -> tuple[str, str]:
    """``(text, encoding used)``: never raises; undecodable bytes become U+FFFD."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return raw[len(bom) :].decode(name, errors="replace"), name
    for declared in (charset_from_content_type(content_type), declared_charset(raw)):
        if declared:
            name = declared
            try:
                return raw.decode(name), name
            except UnicodeDecodeError:
                continue  # a wrong declaration: fall through to what the bytes say
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "cp1252"


def _fix_run(run: str) -> str:
    # Each character back to the byte it came from (cp1252 for 0x80-0x9F, else Latin-1),
    # then the bytes as UTF-8; a run that does not make valid UTF-8 is left alone.
    try:
        raw = b"".join(_CP1252_BYTE.get(ch) or ch.encode("latin-1") for ch in run)
        return raw.decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return run


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as Windows-1252/Latin-1 ("CafÃ©" -> "Café"); other text is unchanged."""
    if not _MOJIBAKE.search(text):
        return text
    return _MOJIBAKE.sub(lambda m: _fix_run(m.group(0)), text)
