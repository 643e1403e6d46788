"""One query layer for the CLI, the exports and (later) the API: filters and aggregates.

Every value reaches SQL as a bound parameter, never by string formatting.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from veille.records import ResolvedEvent
from veille.store.store import Store

# NULLS FIRST/LAST spelled out: SQLite and PostgreSQL put undated events at opposite ends.
SORTS = {
    "date": "date_start ASC NULLS FIRST, id ASC",
    "-date": "date_start DESC NULLS LAST, id ASC",
    "confidence": "confidence ASC, id ASC",
    "-confidence": "confidence DESC, id ASC",
    "id": "id ASC",
}


def _contains(value: str) -> str:
    """A LIKE pattern for "contains ``value``": its own ``%`` and ``_`` match only themselves."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(frozen=True)
class EventQuery:
    """Filters over resolved events; ``None`` means no filter."""

    date_from: str | None = None
    date_to: str | None = None
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    record_type: str | None = None
    actor: str | None = None
    text: str | None = None
    review_status: str | None = None
    min_confidence: float | None = None
    limit: int | None = None
    offset: int = 0
    sort: str = "date"

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.date_from:
            clauses.append("COALESCE(date_end, date_start) >= ?")
            params.append(self.date_from)
        if self.date_to:
            clauses.append("date_start <= ?")
            params.append(self.date_to)
        if self.country:
            clauses.append("country_code = ?")
            params.append(self.country.upper())
        if self.admin1:
            clauses.append("LOWER(admin1) = LOWER(?)")
            params.append(self.admin1)
        types = [t.strip() for t in (self.event_type or "").split(",") if t.strip()]
        if types:
            clauses.append("event_type IN (" + ",".join("?" * len(types)) + ")")
            params.extend(types)
        if self.record_type:
            clauses.append("record_type = ?")
            params.append(self.record_type)
        if self.review_status:
            clauses.append("review_status = ?")
            params.append(self.review_status)
        if self.min_confidence is not None:
            clauses.append("confidence >= ?")
            params.append(self.min_confidence)
        if self.actor:
            clauses.append(
                "id IN (SELECT event_id FROM event_actors WHERE LOWER(name) LIKE LOWER(?) ESCAPE '\\')"
            )
            params.append(_contains(self.actor))
        if self.text:
            clauses.append("LOWER(summary) LIKE LOWER(?) ESCAPE '\\'")
            params.append(_contains(self.text))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def iter_events(store: Store, q: EventQuery) -> Iterator[ResolvedEvent]:
    where, params = q.where()
    order = SORTS.get(q.sort)
    if order is None:
        raise ValueError(f"unknown sort {q.sort!r}; choose one of {', '.join(SORTS)}")
    sql = f"SELECT data FROM events{where} ORDER BY {order}"
    if q.limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = params + [int(q.limit), int(q.offset)]
    for row in store.db.query(sql, params):
        yield ResolvedEvent.from_dict(json.loads(row["data"]))


def count_events(store: Store, q: EventQuery) -> int:
    where, params = q.where()
    return int(store.db.scalar(f"SELECT COUNT(*) FROM events{where}", params) or 0)


GROUPS = {
    "event_type": "event_type",
    "country": "country_code",
    "record_type": "record_type",
    "month": "SUBSTR(date_start, 1, 7)",
    "year": "SUBSTR(date_start, 1, 4)",
    "admin1": "admin1",
    "review_status": "review_status",
}


def aggregate(store: Store, q: EventQuery, by: tuple[str, ...]) -> list[dict[str, Any]]:
    """Counts of events grouped by the named dimensions (event_type, country, month, ...)."""
    cols = []
    for name in by:
        if name not in GROUPS:
            raise ValueError(f"cannot group by {name!r}; choose from {', '.join(GROUPS)}")
        cols.append(f"{GROUPS[name]} AS {name}")
    where, params = q.where()
    sel = ", ".join(cols)
    group = ", ".join(str(i + 1) for i in range(len(cols)))
    order = ", ".join(f"{i + 1} ASC NULLS FIRST" for i in range(len(cols)))
    sql = f"SELECT {sel}, COUNT(*) AS n FROM events{where} GROUP BY {group} ORDER BY {order}"
    return store.db.query(sql, params)
