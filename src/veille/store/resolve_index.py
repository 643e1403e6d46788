"""The tables incremental resolution keeps beside the events (migration ``0004_resolve_index``).

* ``resolve_records``: each record as the last resolution saw it (its data, its article's date
  and source). A record that is not there, or differs, is pending; one that is there but no
  longer in ``records`` was deleted, and its old data still says where its neighbours are.
* ``resolve_record_keys``: the blocks of each record with its day interval, so the records a new
  one could be compared with are one indexed range query away.
* ``resolve_event_keys`` and ``resolve_links``: each event's lifecycle keys (articles, places,
  groups, rare words, countries) with its type and days, and the lifecycle links by direction.
* ``resolve_event_views`` (migration ``0008_resolve_event_views``): each event's lifecycle view
  as JSON, so the events around a change are read, not rebuilt from their records.
* ``resolve_source_keys`` (migration ``0009_resolve_source_keys``): for each event that draws
  lifecycle links, per key and stage looked through, the window of last days an event must have
  to enter its candidates (from its horizon: :func:`veille.resolve.lifeindex.source_keys`), so
  the sources a changed event can affect are one range query per key away.

Plain SQL over plain values: what goes in is decided by :mod:`veille.incremental`.
"""

from __future__ import annotations

import base64
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, MutableMapping, Sequence
from typing import Any

from veille.records import Record
from veille.store.db import Database

# Longest interval (days) of each span class; the last class is unbounded.
SPAN_CLASSES = (7, 31, 400)
WINDOW_CLASSES = (7, 31, 100, 400, 1600)  # the same for the windows of resolve_source_keys
BATCH = 500
STATE_AUDIT = "audit_seq"  # the last audit_log entry pending() has read

Versions = dict[str, tuple[Record, str | None, str | None]]
KeyRow = tuple[str, int, int]  # key, lo, hi
EventKeyRow = tuple[str, str, int, int]  # key, event type, lo, hi
LinkRow = tuple[str, str, str, str]  # source, relation, target, why
SourceKeyRow = tuple[str, str, int, int, str]  # key, stage, window's first day, source's last day, horizon id


def span_class(lo: int, hi: int, classes: tuple[int, ...] = SPAN_CLASSES) -> int:
    for k, most in enumerate(classes):
        if hi - lo <= most:
            return k
    return len(classes)


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for k in range(0, len(items), BATCH):
        yield items[k : k + BATCH]


def _marks(n: int) -> str:
    return ", ".join("?" * n)


class ResolveIndex:
    """Reads and writes of the incremental-resolution tables (call inside the resolve lock)."""

    def _rows_in(self, sql: str, ids: Iterable[str]) -> Iterator[Any]:
        """The rows of ``sql`` for ``ids``, batch by batch: ``{ids}`` in ``sql`` stands for the
        batch's placeholders (``... WHERE event_id IN ({ids})``)."""
        for chunk in _chunks(sorted(set(ids))):
            yield from self.db.query(sql.format(ids=_marks(len(chunk))), chunk)

    def _run_in(self, sql: str, ids: Iterable[str]) -> None:
        """Run ``sql`` (with ``{ids}`` as in :meth:`_rows_in`) for ``ids``, batch by batch."""
        for chunk in _chunks(sorted(set(ids))):
            self.db.execute(sql.format(ids=_marks(len(chunk))), chunk)

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- state ---------------------------------------------------------------------------------

    def state(self, name: str) -> str | None:
        got = self.db.scalar("SELECT value FROM resolve_state WHERE name = ?", (name,))
        return None if got is None else str(got)

    def set_state(self, name: str, value: str) -> None:
        self.db.execute(
            """INSERT INTO resolve_state (name, value) VALUES (?, ?)
               ON CONFLICT (name) DO UPDATE SET value = excluded.value""",
            (name, value),
        )

    def clear(self) -> None:
        for table in (
            "resolve_records",
            "resolve_record_keys",
            "resolve_event_keys",
            "resolve_links",
            "resolve_event_views",
            "resolve_source_keys",
        ):
            self.db.execute(f"DELETE FROM {table}")

    # -- records -------------------------------------------------------------------------------

    def pending(self) -> tuple[list[str], list[str]]:
        """Record ids new or changed since the last resolution, and ids deleted since then.

        Without comparing every record: a row written into ``records`` starts with
        ``resolve_seen = 0`` (the column's default; an article saved again has its records
        written again, with its date and source), and a resolution sets it once it has kept the
        version it resolved (:meth:`remember_records`). So the candidates are the unseen rows,
        plus the records of the articles that an audited change names since the last run
        (retention fills evidence sentences in place: ``audit_log``, target ``articles``, the
        ids in ``article_ids``); each is compared with the version kept. Deleted records exist
        exactly when there are more kept versions than records seen and unseen ones kept
        account for; only then are they looked for.
        """
        rows = self.db.query("SELECT id FROM records WHERE resolve_seen = 0 ORDER BY id")
        unseen = [r["id"] for r in rows]
        audited = self._audited_records()
        changed = self._differing(sorted(set(unseen) | audited))
        self._mark_seen(sorted(set(unseen) - set(changed)))  # written again unchanged
        kept = int(self.db.scalar("SELECT COUNT(*) FROM resolve_records") or 0)
        records = int(self.db.scalar("SELECT COUNT(*) FROM records") or 0)
        unseen_kept = len(self.seen_ids(unseen))
        deleted: list[str] = []
        if kept - (records - len(unseen)) - unseen_kept > 0:
            deleted = [
                r["record_id"]
                for r in self.db.query(
                    """SELECT s.record_id FROM resolve_records s LEFT JOIN records r ON r.id = s.record_id
                       WHERE r.id IS NULL ORDER BY s.record_id"""
                )
            ]
        return changed, deleted

    def _audited_records(self) -> set[str]:
        """Records of the articles named by audited changes since the last call (and remember
        where the audit log stands)."""
        last = int(self.state(STATE_AUDIT) or 0)
        rows = self.db.query(
            "SELECT seq, before FROM audit_log WHERE seq > ? AND target_type = 'articles' ORDER BY seq",
            (last,),
        )
        top = self.db.scalar("SELECT MAX(seq) FROM audit_log")
        self.set_state(STATE_AUDIT, str(int(top or 0)))
        articles: set[str] = set()
        for r in rows:
            try:
                before = json.loads(r["before"] or "{}")
            except ValueError:
                continue
            ids = before.get("article_ids") if isinstance(before, dict) else None
            if isinstance(ids, list):
                articles.update(str(i) for i in ids)
        out: set[str] = set()
        for chunk in _chunks(sorted(articles)):
            out.update(
                r["id"]
                for r in self.db.query(
                    f"SELECT id FROM records WHERE article_id IN ({_marks(len(chunk))})", chunk
                )
            )
        return out

    def mark_audit_seen(self) -> None:
        """A full resolution has read everything: audited changes so far are not pending."""
        self.set_state(STATE_AUDIT, str(int(self.db.scalar("SELECT MAX(seq) FROM audit_log") or 0)))

    def _differing(self, ids: Sequence[str]) -> list[str]:
        """Those of ``ids`` whose kept version is missing or differs (data, article date or source)."""
        out: list[str] = []
        for chunk in _chunks(sorted(ids)):
            out += [
                r["id"]
                for r in self.db.query(
                    f"""SELECT r.id FROM records r JOIN articles a ON a.id = r.article_id
                        LEFT JOIN resolve_records s ON s.record_id = r.id
                        WHERE r.id IN ({_marks(len(chunk))}) AND (s.record_id IS NULL OR s.data <> r.data
                           OR COALESCE(s.published, '') <> COALESCE(a.published, '')
                           OR COALESCE(s.source, '') <> COALESCE(a.source, ''))""",
                    chunk,
                )
            ]
        return sorted(out)

    def seen_ids(self, ids: Sequence[str]) -> set[str]:
        """Those of ``ids`` with a kept version."""
        sql = "SELECT record_id FROM resolve_records WHERE record_id IN ({ids})"
        return {r["record_id"] for r in self._rows_in(sql, ids)}

    def _mark_seen(self, ids: Sequence[str]) -> None:
        self._run_in("UPDATE records SET resolve_seen = 1 WHERE resolve_seen = 0 AND id IN ({ids})", ids)

    def seen(self, ids: Sequence[str]) -> Versions:
        """The versions of ``ids`` the last resolution saw."""
        return {
            row["record_id"]: (Record.from_dict(json.loads(row["data"])), row["published"], row["source"])
            for row in self._rows_in("SELECT * FROM resolve_records WHERE record_id IN ({ids})", ids)
        }

    def current(self, ids: Sequence[str]) -> Versions:
        """The stored records ``ids`` (those that exist) with their article's date and source."""
        return {
            row["id"]: (Record.from_dict(json.loads(row["data"])), row["published"], row["source"])
            for row in self._rows_in(
                """SELECT r.id, r.data, a.published, a.source FROM records r
                   JOIN articles a ON a.id = r.article_id WHERE r.id IN ({ids})""",
                ids,
            )
        }

    def forget_records(self, ids: Sequence[str]) -> None:
        self._run_in("DELETE FROM resolve_records WHERE record_id IN ({ids})", ids)
        self._run_in("DELETE FROM resolve_record_keys WHERE record_id IN ({ids})", ids)

    def remember_records(self, ids: Sequence[str], keys: dict[str, list[KeyRow]]) -> None:
        """Snapshot the current version of ``ids`` with their block keys (replacing older ones)."""
        self.forget_records(ids)
        self._run_in(
            """INSERT INTO resolve_records (record_id, data, published, source)
               SELECT r.id, r.data, a.published, a.source FROM records r
               JOIN articles a ON a.id = r.article_id WHERE r.id IN ({ids})""",
            ids,
        )
        self.db.executemany(
            "INSERT INTO resolve_record_keys (record_id, key, span_class, lo, hi) VALUES (?, ?, ?, ?, ?)",
            [(rid, k, span_class(lo, hi), lo, hi) for rid in sorted(keys) for k, lo, hi in keys[rid]],
        )
        self._mark_seen(ids)

    def neighbours(self, key: str, lo: int, hi: int) -> list[str]:
        """Records of block ``key`` whose interval meets ``[lo, hi]``."""
        out: list[str] = []
        for k, most in enumerate(SPAN_CLASSES):
            out += [
                r["record_id"]
                for r in self.db.query(
                    """SELECT record_id FROM resolve_record_keys WHERE key = ? AND span_class = ?
                       AND lo >= ? AND lo <= ? AND hi >= ?""",
                    (key, k, lo - most, hi, lo),
                )
            ]
        out += [
            r["record_id"]
            for r in self.db.query(
                """SELECT record_id FROM resolve_record_keys WHERE key = ? AND span_class = ?
                   AND lo <= ? AND hi >= ?""",
                (key, len(SPAN_CLASSES), hi, lo),
            )
        ]
        return out

    # -- events --------------------------------------------------------------------------------

    def owners(self, record_ids: Sequence[str]) -> dict[str, str]:
        """The event holding each of ``record_ids`` (those that have one)."""
        sql = "SELECT record_id, event_id FROM event_records WHERE record_id IN ({ids})"
        return {r["record_id"]: r["event_id"] for r in self._rows_in(sql, record_ids)}

    def members(self, event_ids: Sequence[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        sql = "SELECT record_id, event_id FROM event_records WHERE event_id IN ({ids}) ORDER BY record_id"
        for r in self._rows_in(sql, event_ids):
            out[r["event_id"]].append(r["record_id"])
        return dict(out)

    def event_keys(self, event_ids: Sequence[str]) -> dict[str, list[EventKeyRow]]:
        out: dict[str, list[EventKeyRow]] = defaultdict(list)
        sql = "SELECT * FROM resolve_event_keys WHERE event_id IN ({ids}) ORDER BY event_id, key"
        for r in self._rows_in(sql, event_ids):
            out[r["event_id"]].append((r["key"], r["event_type"], int(r["lo"]), int(r["hi"])))
        return dict(out)

    def set_event_keys(self, drop: Sequence[str], keys: dict[str, list[EventKeyRow]]) -> None:
        self._run_in("DELETE FROM resolve_event_keys WHERE event_id IN ({ids})", set(drop) | set(keys))
        self.db.executemany(
            "INSERT INTO resolve_event_keys (event_id, key, event_type, lo, hi) VALUES (?, ?, ?, ?, ?)",
            [(eid, k, t, lo, hi) for eid in sorted(keys) for k, t, lo, hi in keys[eid]],
        )

    def event_views(self, event_ids: Sequence[str]) -> dict[str, str]:
        """The stored lifecycle views (JSON) of those of ``event_ids`` that have one."""
        sql = "SELECT event_id, view FROM resolve_event_views WHERE event_id IN ({ids})"
        return {r["event_id"]: r["view"] for r in self._rows_in(sql, event_ids)}

    def set_event_views(self, drop: Sequence[str], views: dict[str, str]) -> None:
        """Forget the views of ``drop`` and store ``views`` (replacing older ones)."""
        self._run_in("DELETE FROM resolve_event_views WHERE event_id IN ({ids})", set(drop) | set(views))
        self.db.executemany(
            "INSERT INTO resolve_event_views (event_id, view) VALUES (?, ?)",
            [(eid, views[eid]) for eid in sorted(views)],
        )

    def events_by_key(
        self,
        keys: Sequence[str],
        types: Sequence[str],
        *,
        lo_at_most: int | None = None,
        hi_from: int,
        hi_to: int | None = None,
    ) -> set[str]:
        """Events with one of ``keys`` and of one of ``types`` whose last day is in
        ``[hi_from, hi_to]`` and first day at most ``lo_at_most``."""
        out: set[str] = set()
        if not types:
            return out
        for chunk in _chunks(sorted(set(keys))):
            sql = f"""SELECT event_id FROM resolve_event_keys
                      WHERE key IN ({_marks(len(chunk))}) AND event_type IN ({_marks(len(types))})
                      AND hi >= ?"""
            params: list[Any] = [*chunk, *types, hi_from]
            if hi_to is not None:
                sql += " AND hi <= ?"
                params.append(hi_to)
            if lo_at_most is not None:
                sql += " AND lo <= ?"
                params.append(lo_at_most)
            out.update(r["event_id"] for r in self.db.query(sql, params))
        return out

    def set_source_keys(self, drop: Sequence[str], rows: dict[str, list[SourceKeyRow]]) -> None:
        """Forget the source keys of ``drop`` and store ``rows`` (replacing older ones)."""
        self._run_in("DELETE FROM resolve_source_keys WHERE event_id IN ({ids})", set(drop) | set(rows))
        self.db.executemany(
            """INSERT INTO resolve_source_keys (event_id, key, stage, span_class, reach, hi, horizon)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            [
                (eid, k, stage, span_class(reach, hi + 1, WINDOW_CLASSES), reach, hi, hid)
                for eid in sorted(rows)
                for k, stage, reach, hi, hid in rows[eid]
            ],
        )

    def source_keys(self, event_ids: Sequence[str]) -> dict[str, list[SourceKeyRow]]:
        out: dict[str, list[SourceKeyRow]] = defaultdict(list)
        sql = "SELECT * FROM resolve_source_keys WHERE event_id IN ({ids}) ORDER BY event_id, key, stage"
        for r in self._rows_in(sql, event_ids):
            out[r["event_id"]].append((r["key"], r["stage"], int(r["reach"]), int(r["hi"]), r["horizon"]))
        return dict(out)

    def sources_of(
        self, keys: Sequence[str], stages: Sequence[str], lo: int, hi: int, event_id: str
    ) -> set[str]:
        """Events whose stored source windows (``resolve_source_keys``) hold an event ``event_id``
        of days ``[lo, hi]`` with one of ``keys``, in one of ``stages``: window's first day at
        most ``hi`` (on that very day, ids up to the horizon's), source's last day at least
        ``hi - 1`` and ``lo``."""
        out: set[str] = set()
        if not keys or not stages:
            return out
        floor = max(hi - 1, lo)
        bounds: list[tuple[int, int | None]] = [(k, hi - 1 + most) for k, most in enumerate(WINDOW_CLASSES)]
        bounds.append((len(WINDOW_CLASSES), None))
        for chunk in _chunks(sorted(set(keys))):
            for k, top in bounds:
                sql = f"""SELECT event_id, reach, horizon FROM resolve_source_keys
                          WHERE key IN ({_marks(len(chunk))}) AND stage IN ({_marks(len(stages))})
                          AND span_class = ? AND hi >= ?"""
                params: list[Any] = [*chunk, *stages, k, floor]
                if top is not None:
                    sql += " AND hi <= ?"
                    params.append(top)
                sql += " AND reach <= ?"
                params.append(hi)
                # The tie on the horizon's day is settled here: ids compare as Python compares
                # them, whatever the database's collation.
                out.update(
                    r["event_id"]
                    for r in self.db.query(sql, params)
                    if int(r["reach"]) < hi or r["horizon"] == "" or r["horizon"] >= event_id
                )
        return out

    def events_within(self, key: str, lo: int, hi: int) -> list[str]:
        """Events with ``key`` lying inside ``[lo, hi]``."""
        return [
            r["event_id"]
            for r in self.db.query(
                "SELECT event_id FROM resolve_event_keys WHERE key = ? AND lo >= ? AND hi <= ?", (key, lo, hi)
            )
        ]

    def events_around(self, key: str, lo: int, hi: int) -> list[str]:
        """Events with ``key`` whose interval holds ``[lo, hi]``."""
        return [
            r["event_id"]
            for r in self.db.query(
                "SELECT event_id FROM resolve_event_keys WHERE key = ? AND lo <= ? AND hi >= ?", (key, lo, hi)
            )
        ]

    # -- lifecycle links -----------------------------------------------------------------------

    def links_touching(self, event_ids: Sequence[str]) -> list[LinkRow]:
        seen: set[LinkRow] = set()
        for chunk in _chunks(sorted(event_ids)):
            m = _marks(len(chunk))
            for r in self.db.query(
                f"SELECT * FROM resolve_links WHERE source IN ({m}) OR target IN ({m})", [*chunk, *chunk]
            ):
                seen.add((r["source"], r["relation"], r["target"], r["why"]))
        return sorted(seen)

    def delete_links(self, rows: Iterable[LinkRow]) -> None:
        self.db.executemany(
            "DELETE FROM resolve_links WHERE source = ? AND relation = ? AND target = ? AND why = ?",
            [tuple(r) for r in rows],
        )

    def add_links(self, rows: Iterable[LinkRow]) -> None:
        self.db.executemany(
            "INSERT INTO resolve_links (source, relation, target, why) VALUES (?, ?, ?, ?)",
            [tuple(r) for r in sorted(set(rows))],
        )


class EmbeddingTable(MutableMapping[str, bytes]):
    """Sentence embeddings by text hash (``resolve_embeddings``), so no text is embedded twice."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._memo: dict[str, bytes] = {}

    def __getitem__(self, key: str) -> bytes:
        got = self._memo.get(key)
        if got is None:
            value = self.db.scalar("SELECT vector FROM resolve_embeddings WHERE text_key = ?", (key,))
            if value is None:
                raise KeyError(key)
            got = self._memo[key] = base64.b64decode(value)
        return got

    def __setitem__(self, key: str, value: bytes) -> None:
        self.db.execute(
            """INSERT INTO resolve_embeddings (text_key, vector) VALUES (?, ?)
               ON CONFLICT (text_key) DO NOTHING""",
            (key, base64.b64encode(value).decode("ascii")),
        )
        self._memo[key] = value

    def __delitem__(self, key: str) -> None:
        self.db.execute("DELETE FROM resolve_embeddings WHERE text_key = ?", (key,))
        self._memo.pop(key, None)

    def __iter__(self) -> Iterator[str]:
        return iter([r["text_key"] for r in self.db.query("SELECT text_key FROM resolve_embeddings")])

    def __len__(self) -> int:
        return int(self.db.scalar("SELECT COUNT(*) FROM resolve_embeddings") or 0)
