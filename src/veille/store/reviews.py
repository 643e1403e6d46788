"""Analysts' per-field corrections and review decisions: the ``event_edits`` table.

The store keeps the rows; ``veille.resolve.edits`` says what they do to an event. Rows are
never deleted: a revert marks one inactive, so the audit trail stays whole.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from veille.records import ResolvedEvent
from veille.store.store import Store


def _dumps(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _row(r: dict[str, Any]) -> dict[str, Any]:
    return {
        **r,
        "record_ids": json.loads(r["record_ids"]),
        "value": json.loads(r["value"]) if r.get("value") is not None else None,
        "before": json.loads(r["before"]) if r.get("before") else None,
        "active": bool(r["active"]),
    }


def add_edit(
    store: Store,
    event: ResolvedEvent,
    action: str,
    field: str,
    value: Any,
    who: str,
    note: str = "",
) -> dict[str, Any]:
    """Store one edit of ``event`` (as it is now) and return its row."""
    at = datetime.now(UTC).isoformat(timespec="seconds")
    with store.db.transaction():
        store.db.execute(
            """INSERT INTO event_edits
                   (at, who, event_id, record_ids, action, field, value, note, before, active)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""",
            (
                at,
                who,
                event.id,
                _dumps(sorted(event.record_ids)),
                action,
                field,
                None if value is None else _dumps(value),
                note,
                _dumps(event.to_dict()),
            ),
        )
        seq = store.db.scalar(
            "SELECT MAX(seq) FROM event_edits WHERE event_id = ? AND who = ? AND at = ?", (event.id, who, at)
        )
    return get_edit(store, int(seq)) or {}


def get_edit(store: Store, seq: int) -> dict[str, Any] | None:
    rows = store.db.query("SELECT * FROM event_edits WHERE seq = ?", (seq,))
    return _row(rows[0]) if rows else None


def edits(store: Store, *, active_only: bool = True, event_id: str | None = None) -> list[dict[str, Any]]:
    """Stored edits, oldest first."""
    clauses, params = [], []
    if active_only:
        clauses.append("active = 1")
    if event_id is not None:
        clauses.append("event_id = ?")
        params.append(event_id)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return [_row(r) for r in store.db.query(f"SELECT * FROM event_edits{where} ORDER BY seq", params)]


def deactivate(store: Store, seq: int) -> None:
    store.db.execute("UPDATE event_edits SET active = 0 WHERE seq = ?", (seq,))


def write_event(store: Store, ev: ResolvedEvent) -> None:
    """Store ``ev`` in place of the event with its id, exactly as a resolution would write it."""
    data = ev.to_dict()
    payload = _dumps(data)
    digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()
    with store.db.transaction():
        store._write_event(ev, data, payload, digest, ev.review_status)
