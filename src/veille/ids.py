"""Deterministic ids: the same input always gives the same id (sqlite-utils' hash_id habit)."""

from __future__ import annotations

import hashlib
import json
from typing import Any


def stable_hash(*parts: Any, length: int = 16) -> str:
    """A hex digest of the JSON form of ``parts`` (order-sensitive, type-stable)."""
    payload = json.dumps(parts, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:length]


def article_id(text: str, url: str | None = None) -> str:
    """An article's default id: a hash of its canonical URL, else of its text."""
    if url:
        return "u" + stable_hash("url", url.strip())
    return "t" + stable_hash("text", " ".join(text.split()))


def record_id(article_id: str, record_type: str, event_type: str, anchor: int, extra: str = "") -> str:
    """A record id from what defines it: its article, type and the offset of its trigger."""
    return "r" + stable_hash(article_id, record_type, event_type, anchor, extra)


def event_id(*defining: Any) -> str:
    """A resolved event's id from the sorted ids of the records that define it."""
    return "e" + stable_hash(*defining)
