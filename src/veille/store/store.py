"""The event store: articles, their records, drops, resolved events and the audit log.

Writes are idempotent (deterministic ids, upserts) and one article's rows are written in one
transaction, so a killed process never leaves half an article behind.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from veille.errors import InputError
from veille.ids import event_id
from veille.records import Article, Drop, Record, ResolvedEvent
from veille.store.db import Database
from veille.store.migrations import migrate


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _dumps(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def content_hash(article: Article) -> str:
    payload = _dumps([article.title, article.text, article.published, article.url, article.source])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class EventChanges:
    new: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0

    @property
    def any(self) -> bool:
        return bool(self.new or self.changed or self.removed)


class Store:
    """All reads and writes of veille's tables; the CLI, API and exports go through it."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @classmethod
    def open(cls, url: str) -> Store:
        db = Database(url)
        migrate(db)
        return cls(db)

    def close(self) -> None:
        self.db.close()

    # -- articles and records -------------------------------------------------------------

    def article_state(self, article: Article) -> str:
        """``new``, ``same`` (already stored with this content) or ``changed``."""
        row = self.db.query("SELECT content_hash FROM articles WHERE id = ?", (article.id,))
        if not row:
            return "new"
        return "same" if row[0]["content_hash"] == content_hash(article) else "changed"

    def save_article(self, article: Article, records: Sequence[Record], drop: Drop | None) -> None:
        """Write one article with its records (or its drop reason) in one transaction."""
        status = "dropped" if drop is not None else "extracted"
        with self.db.transaction():
            # The article row first: on PostgreSQL the upsert waits for (and then locks) a row that
            # another process is writing, so the DELETE below sees that process's records too.
            self.db.execute(
                """INSERT INTO articles (id, title, text, published, url, source, language, meta,
                       content_hash, status, drop_reason, drop_detail, ingested_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (id) DO UPDATE SET title = excluded.title, text = excluded.text,
                       published = excluded.published, url = excluded.url, source = excluded.source,
                       language = excluded.language, meta = excluded.meta,
                       content_hash = excluded.content_hash, status = excluded.status,
                       drop_reason = excluded.drop_reason, drop_detail = excluded.drop_detail""",
                (
                    article.id,
                    article.title,
                    article.text,
                    article.published,
                    article.url,
                    article.source,
                    article.language,
                    _dumps(article.meta),
                    content_hash(article),
                    status,
                    drop.reason if drop else None,
                    drop.detail if drop else None,
                    _now(),
                ),
            )
            self.db.execute("DELETE FROM records WHERE article_id = ?", (article.id,))
            self.db.executemany(
                """INSERT INTO records (id, article_id, record_type, event_type, date_start, date_end,
                       date_precision, country_code, confidence, data)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [
                    (
                        r.id,
                        r.article_id,
                        r.record_type,
                        r.event_type,
                        r.date.start,
                        r.date.end,
                        r.date.precision,
                        next((loc.country_code for loc in r.locations if loc.role == "event"), None),
                        r.confidence,
                        _dumps(r.to_dict()),
                    )
                    for r in records
                ],
            )

    def save_input_error(self, err: InputError) -> bool:
        """Remember an unreadable input; True when it was not known yet."""
        pos = "" if err.position is None else str(err.position)
        cur = self.db.execute(
            """INSERT INTO ingest_errors (source, position, reason, seen_at) VALUES (?, ?, ?, ?)
               ON CONFLICT (source, position, reason) DO NOTHING""",
            (err.source, pos, err.reason, _now()),
        )
        return bool(cur.rowcount)

    def get_article(self, article_id: str) -> Article | None:
        rows = self.db.query("SELECT * FROM articles WHERE id = ?", (article_id,))
        if not rows:
            return None
        r = rows[0]
        return Article(
            id=r["id"],
            text=r["text"],
            title=r["title"],
            published=r["published"],
            url=r["url"],
            source=r["source"],
            language=r["language"],
            meta=json.loads(r["meta"] or "{}"),
        )

    def iter_records_with_articles(self) -> Iterable[tuple[Record, str | None, str | None]]:
        rows = self.db.query(
            """SELECT r.data, a.published, a.source FROM records r JOIN articles a ON a.id = r.article_id
               ORDER BY r.id"""
        )
        for row in rows:
            yield Record.from_dict(json.loads(row["data"])), row["published"], row["source"]

    def records_of_article(self, article_id: str) -> list[Record]:
        rows = self.db.query("SELECT data FROM records WHERE article_id = ? ORDER BY id", (article_id,))
        return [Record.from_dict(json.loads(r["data"])) for r in rows]

    def all_records(self) -> list[Record]:
        rows = self.db.query("SELECT data FROM records ORDER BY article_id, id")
        return [Record.from_dict(json.loads(r["data"])) for r in rows]

    # -- resolved events ------------------------------------------------------------------

    @contextmanager
    def exclusive(self, name: str) -> Iterator[None]:
        """One transaction holding the named lock: one process at a time runs the block."""
        with self.db.transaction():
            self.db.lock(name)
            yield

    def replace_events(self, events: Sequence[ResolvedEvent]) -> EventChanges:
        """Make the stored events equal ``events``; analysts' review status is kept by id.

        Call it inside ``exclusive("resolve")`` together with the read of the records that
        ``events`` come from, or a slower process can overwrite events made from newer records.
        """
        new = changed = unchanged = 0
        wanted: set[str] = set()
        with self.db.transaction():
            self.db.lock("resolve")
            existing = {r["id"]: r for r in self.db.query("SELECT id, data_hash, review_status FROM events")}
            events = self._keep_ids(events)
            for ev in events:
                wanted.add(ev.id)
                outcome = self._upsert_event(ev, existing.get(ev.id))
                new += outcome == "new"
                changed += outcome == "changed"
                unchanged += outcome == "unchanged"
            removed = [i for i in existing if i not in wanted]
            for eid in removed:
                self._delete_event(eid)
        return EventChanges(new=new, changed=changed, removed=len(removed), unchanged=unchanged)

    def _upsert_event(self, ev: ResolvedEvent, prior: Any) -> str:
        """Write one event unless its stored copy is identical: "new", "changed" or "unchanged".

        An analyst's review status is kept by id; a merge or split makes a machine event "edited".
        """
        status = prior["review_status"] if prior else ev.review_status
        if ev.review_status == "edited" and status == "machine":
            status = "edited"
        data = ev.to_dict()
        data["review_status"] = status
        payload = _dumps(data)
        digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()
        if prior and prior["data_hash"] == digest:
            return "unchanged"
        self._write_event(ev, data, payload, digest, status)
        return "changed" if prior else "new"

    def _keep_ids(
        self, events: Sequence[ResolvedEvent], owner: dict[str, str] | None = None
    ) -> list[ResolvedEvent]:
        """An event keeps the id it had when new reports join it, so reviews and links survive."""
        if owner is None:
            owner = {
                r["record_id"]: r["event_id"]
                for r in self.db.query("SELECT record_id, event_id FROM event_records")
            }
        taken: set[str] = set()
        renamed: dict[str, str] = {}
        out: list[ResolvedEvent] = []
        for ev in sorted(events, key=lambda e: (-len(e.record_ids), e.id)):
            original = ev.id
            votes: dict[str, int] = {}
            for rid in ev.record_ids:
                if rid in owner:
                    votes[owner[rid]] = votes.get(owner[rid], 0) + 1
            prior = sorted((-n, eid) for eid, n in votes.items() if eid not in taken)
            if prior and prior[0][1] != ev.id:
                ev = replace(ev, id=prior[0][1])
            elif not prior and ev.id in taken:
                # Its natural id went to the larger part of a split event: derive a new one.
                ev = replace(ev, id=event_id("split", ev.id, *ev.record_ids))
            taken.add(ev.id)
            renamed[original] = ev.id
            out.append(ev)
        # Lifecycle links name events by id: follow the renames.
        out = [
            replace(
                ev,
                related=tuple(
                    {**r, "event_id": renamed.get(r["event_id"], r["event_id"])} for r in ev.related
                ),
            )
            for ev in out
        ]
        return sorted(out, key=lambda e: e.id)

    # -- incremental resolution (veille.incremental) ----------------------------------------

    def keep_ids(self, events: Sequence[ResolvedEvent], owner: dict[str, str]) -> list[ResolvedEvent]:
        """:meth:`replace_events`' id keeping for a part of the events: ``owner`` gives the event
        that held each of their records (a part closed under events, so no other event competes)."""
        return self._keep_ids(events, owner)

    def update_events(self, events: Sequence[ResolvedEvent], removed: Iterable[str]) -> EventChanges:
        """Write ``events`` (ids already kept) and delete the ``removed`` ones; others stay as they are.

        Review status is kept by id exactly as :meth:`replace_events` keeps it.
        """
        new = changed = unchanged = 0
        wanted = {ev.id for ev in events}
        gone = sorted(set(removed) - wanted)
        with self.db.transaction():
            self.db.lock("resolve")
            existing: dict[str, Any] = {}
            ids = sorted(wanted | set(gone))
            for k in range(0, len(ids), 500):
                chunk = ids[k : k + 500]
                marks = ", ".join("?" * len(chunk))
                for r in self.db.query(
                    f"SELECT id, data_hash, review_status FROM events WHERE id IN ({marks})", chunk
                ):
                    existing[r["id"]] = r
            for ev in sorted(events, key=lambda e: e.id):
                outcome = self._upsert_event(ev, existing.get(ev.id))
                new += outcome == "new"
                changed += outcome == "changed"
                unchanged += outcome == "unchanged"
            removed_n = 0
            for eid in gone:
                if eid in existing:
                    self._delete_event(eid)
                    removed_n += 1
        return EventChanges(new=new, changed=changed, removed=removed_n, unchanged=unchanged)

    def _write_event(
        self, ev: ResolvedEvent, data: dict[str, Any], payload: str, digest: str, status: str
    ) -> None:
        self._delete_event(ev.id)
        self.db.executemany(
            "DELETE FROM event_records WHERE record_id = ?", [(link.record_id,) for link in ev.links]
        )
        loc = next((x for x in data.get("locations", []) if x.get("role") == "event"), None) or {}
        date = data.get("date") or {}
        self.db.execute(
            """INSERT INTO events (id, record_type, event_type, date_start, date_end, date_precision,
                   country_code, admin1, confidence, review_status, summary, data, data_hash)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                ev.id,
                data.get("record_type", "event"),
                data.get("event_type", ""),
                date.get("start"),
                date.get("end"),
                date.get("precision"),
                loc.get("country_code"),
                loc.get("admin1"),
                float(data.get("confidence", 0.0)),
                status,
                data.get("summary", ""),
                payload,
                digest,
            ),
        )
        self.db.executemany(
            "INSERT INTO event_records (record_id, event_id, score, reasons) VALUES (?, ?, ?, ?)",
            [(link.record_id, ev.id, link.score, _dumps(list(link.reasons))) for link in ev.links],
        )
        actors = {(a["name"], a["role"]) for a in data.get("actors", [])}
        self.db.executemany(
            "INSERT INTO event_actors (event_id, name, role) VALUES (?, ?, ?)",
            [(ev.id, n, r) for n, r in sorted(actors)],
        )

    def _delete_event(self, event_id: str) -> None:
        self.db.execute("DELETE FROM event_records WHERE event_id = ?", (event_id,))
        self.db.execute("DELETE FROM event_actors WHERE event_id = ?", (event_id,))
        self.db.execute("DELETE FROM events WHERE id = ?", (event_id,))

    # -- analysts' overrides ---------------------------------------------------------------

    def overrides(self, *, active_only: bool = True) -> list[dict[str, Any]]:
        """The stored merges and splits, oldest first (``record_ids`` as a list)."""
        where = " WHERE active = 1" if active_only else ""
        rows = self.db.query(f"SELECT * FROM overrides{where} ORDER BY seq")
        return [{**r, "record_ids": json.loads(r["record_ids"]), "active": bool(r["active"])} for r in rows]

    def add_override(self, kind: str, record_ids: Sequence[str], who: str, note: str = "") -> None:
        self.db.execute(
            "INSERT INTO overrides (at, who, kind, record_ids, note, active) VALUES (?, ?, ?, ?, ?, 1)",
            (_now(), who, kind, _dumps(sorted(record_ids)), note),
        )

    def add_audit(
        self, who: str, action: str, target_type: str, target_id: str, before: Any, after: Any
    ) -> None:
        self.db.execute(
            """INSERT INTO audit_log (at, who, action, target_type, target_id, before, after)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            (_now(), who, action, target_type, target_id, _dumps(before), _dumps(after)),
        )

    def get_event(self, event_id: str) -> ResolvedEvent | None:
        rows = self.db.query("SELECT data FROM events WHERE id = ?", (event_id,))
        return ResolvedEvent.from_dict(json.loads(rows[0]["data"])) if rows else None

    def event_of_record(self, record_id: str) -> str | None:
        got = self.db.scalar("SELECT event_id FROM event_records WHERE record_id = ?", (record_id,))
        return None if got is None else str(got)

    def audit_of_event(self, event_id: str) -> list[dict[str, Any]]:
        """Audit rows that name the event, or hold it before or after the change; oldest first."""
        pattern = f'%"id":{_dumps(event_id)}%'
        rows = self.db.query(
            """SELECT * FROM audit_log WHERE target_type = 'event'
                   AND (target_id = ? OR before LIKE ? OR after LIKE ?) ORDER BY seq""",
            (event_id, pattern, pattern),
        )
        return [
            {**r, "before": json.loads(r["before"] or "null"), "after": json.loads(r["after"] or "null")}
            for r in rows
        ]

    # -- summaries ------------------------------------------------------------------------

    def drop_counts(self) -> dict[str, int]:
        rows = self.db.query(
            "SELECT drop_reason, COUNT(*) AS n FROM articles WHERE status = 'dropped' GROUP BY drop_reason"
        )
        out = {r["drop_reason"]: int(r["n"]) for r in rows}
        errors = int(self.db.scalar("SELECT COUNT(*) FROM ingest_errors") or 0)
        if errors:
            out["unreadable"] = errors
        return dict(sorted(out.items()))

    def count(self, table: str) -> int:
        if table not in {"articles", "records", "events", "ingest_errors", "audit_log"}:
            raise ValueError(table)
        return int(self.db.scalar(f"SELECT COUNT(*) FROM {table}") or 0)
