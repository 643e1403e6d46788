"""Retention: purge the text of articles stored more than N days ago, keep everything else.

The clock is the ingest time (``articles.ingested_at``: when veille first stored the article),
not the publication date: retention limits how long veille holds a copy of someone else's text,
and an old article ingested today would otherwise be purged at once. Titles, URLs, sources,
dates, metadata, records (with their evidence sentences, which carry their own text) and
resolved events stay. The article keeps its content hash, so ingesting the same input again
finds it unchanged and does not extract it again from an empty text.

A purge is one transaction under a lock, idempotent (a second run finds nothing to purge and
writes nothing) and recorded in the audit log with the ids of the articles purged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from veille.store.store import Store


@dataclass(frozen=True)
class PurgeReport:
    cutoff: str  # articles ingested before this instant (ISO 8601, UTC) were purged
    article_ids: tuple[str, ...]
    evidence_filled: int  # evidence entries whose sentence was copied from the text first
    dry_run: bool

    @property
    def purged(self) -> int:
        return len(self.article_ids)


def cutoff(days: int, now: datetime | None = None) -> str:
    """The ingest time before which text is purged, as stored timestamps are written."""
    if days <= 0:
        raise ValueError(f"retention needs a positive number of days, not {days}")
    now = now or datetime.now(UTC)
    return (now.astimezone(UTC) - timedelta(days=days)).isoformat(timespec="seconds")


def _fill_evidence(store: Store, article_id: str, text: str) -> int:
    """Copy into the records any evidence sentence held only as offsets, before the text goes."""
    filled = 0
    rows = store.db.query("SELECT id, data FROM records WHERE article_id = ?", (article_id,))
    for row in rows:
        data: dict[str, Any] = json.loads(row["data"])
        changed = False
        for ev in data.get("evidence") or []:
            if not ev.get("text") and isinstance(ev.get("start"), int) and isinstance(ev.get("end"), int):
                ev["text"] = text[ev["start"] : ev["end"]]
                changed = True
                filled += 1
        if changed:
            payload = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
            # resolve_seen = 0: the next incremental resolution compares this record again
            store.db.execute(
                "UPDATE records SET data = ?, resolve_seen = 0 WHERE id = ?", (payload, row["id"])
            )
    return filled


def purge_article_text(
    store: Store,
    days: int,
    *,
    who: str = "retention",
    now: datetime | None = None,
    dry_run: bool = False,
) -> PurgeReport:
    """Empty the text of articles ingested more than ``days`` days ago (see the module doc)."""
    limit = cutoff(days, now)
    with store.exclusive("retention"):
        rows = store.db.query(
            "SELECT id, text FROM articles WHERE ingested_at < ? AND text <> '' ORDER BY id", (limit,)
        )
        ids = tuple(str(r["id"]) for r in rows)
        if dry_run or not ids:
            return PurgeReport(limit, ids, 0, dry_run)
        filled = sum(_fill_evidence(store, str(r["id"]), str(r["text"])) for r in rows)
        chars = sum(len(str(r["text"])) for r in rows)
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        store.db.executemany(
            "UPDATE articles SET text = '', text_purged_at = ? WHERE id = ?", [(stamp, i) for i in ids]
        )
        store.add_audit(
            who,
            "purge_text",
            "articles",
            f"ingested before {limit}",
            {"retention_days": days, "articles": len(ids), "characters": chars, "article_ids": list(ids)},
            {"text": "", "text_purged_at": stamp, "evidence_filled": filled},
        )
    return PurgeReport(limit, ids, filled, False)


def purged_articles(store: Store) -> int:
    """How many stored articles have had their text purged."""
    return int(store.db.scalar("SELECT COUNT(*) FROM articles WHERE text_purged_at IS NOT NULL") or 0)
