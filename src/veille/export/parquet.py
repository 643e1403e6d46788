"""Parquet (pyarrow): resolved events or per-article records, one row each.

Every top-level key of the event (CONTRACT §5) or record (CONTRACT §2) is a column of the same
name: scalars keep their type; nested values (date, locations, actors, counts, evidence, links,
claims, ...) are JSON text, so nothing is lost and ``read_parquet`` gives back the same dicts.
Flat columns for analysis come first, prefixed ``flat_`` (country, coordinates, counts...).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from veille.export.redact import redact_persons as scrub_persons
from veille.records import Record, ResolvedEvent

BATCH = 5000
SCALARS = {
    "id": "string",
    "record_type": "string",
    "article_id": "string",
    "event_type": "string",
    "attack_type": "string",
    "weapon_type": "string",
    "target_type": "string",
    "suicide": "bool",
    "confidence": "float64",
    "summary": "string",
    "review_status": "string",
}
EVENT_NESTED = (
    "date",
    "locations",
    "actors",
    "counts",
    "statistic",
    "evidence",
    "record_ids",
    "article_ids",
    "links",
    "claims",
    "related",
)
RECORD_NESTED = ("date", "locations", "actors", "counts", "statistic", "evidence", "provenance")
FLAT = {
    "flat_date_start": "string",
    "flat_date_end": "string",
    "flat_date_precision": "string",
    "flat_country_code": "string",
    "flat_admin1": "string",
    "flat_city": "string",
    "flat_lat": "float64",
    "flat_lon": "float64",
    "flat_killed": "int64",
    "flat_wounded": "int64",
    "flat_arrested": "int64",
    "flat_kidnapped": "int64",
    "flat_persons": "int64",
    "flat_actors": "string",
    "flat_people": "string",
}
EXTRA = "extra_json"  # keys this version does not know, as one JSON object


def _columns(kind: str) -> tuple[list[str], list[str]]:
    # Events have no article_id (they have article_ids) and records no review_status.
    skip = "article_id" if kind == "events" else "review_status"
    scalars = [k for k in SCALARS if k != skip]
    return scalars, list(EVENT_NESTED if kind == "events" else RECORD_NESTED)


def _schema(kind: str) -> Any:
    import pyarrow as pa

    scalars, nested = _columns(kind)
    types = {"string": pa.string(), "bool": pa.bool_(), "float64": pa.float64(), "int64": pa.int64()}
    fields = [pa.field(k, types[t]) for k, t in FLAT.items()]
    fields += [pa.field(k, types[SCALARS[k]]) for k in scalars]
    fields += [pa.field(k, pa.string()) for k in nested]
    fields.append(pa.field(EXTRA, pa.string()))
    return pa.schema(
        fields, metadata={b"veille.kind": kind.encode(), b"veille.nested": ",".join(nested).encode()}
    )


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _row(d: dict[str, Any], kind: str) -> dict[str, Any]:
    scalars, nested = _columns(kind)
    date = d.get("date") or {}
    locs = d.get("locations") or []
    loc = next((x for x in locs if x.get("role") == "event"), locs[0] if locs else {})
    counts = d.get("counts") or {}
    actors = d.get("actors") or []
    row: dict[str, Any] = {
        "flat_date_start": date.get("start"),
        "flat_date_end": date.get("end"),
        "flat_date_precision": date.get("precision"),
        "flat_country_code": loc.get("country_code"),
        "flat_admin1": loc.get("admin1"),
        "flat_city": loc.get("city"),
        "flat_lat": loc.get("lat"),
        "flat_lon": loc.get("lon"),
        **{f"flat_{k}": counts.get(k) for k in ("killed", "wounded", "arrested", "kidnapped", "persons")},
        "flat_actors": "; ".join(f"{a.get('name')} ({a.get('role')})" for a in actors),
        "flat_people": "; ".join(
            f"{a.get('name')} ({a.get('legal_status') or 'status unknown'})"
            for a in actors
            if a.get("kind") == "person"
        ),
    }
    for k in scalars:
        row[k] = d.get(k)
    for k in nested:
        row[k] = _dumps(d.get(k))
    known = set(scalars) | set(nested)
    extra = {k: v for k, v in d.items() if k not in known}
    row[EXTRA] = _dumps(extra) if extra else None
    return row


def write_parquet_dicts(items: Iterable[dict[str, Any]], out: str | Path | IO[bytes], kind: str) -> int:
    """Write event or record dicts (``kind``: events or records) in batches; returns the count."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _schema(kind)
    n = 0
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        batch: list[dict[str, Any]] = []
        for d in items:
            batch.append(_row(d, kind))
            n += 1
            if len(batch) >= BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    return n


def write_parquet(
    events: Iterable[ResolvedEvent], out: str | Path | IO[bytes], *, redact_persons: bool = False
) -> int:
    def dicts() -> Iterator[dict[str, Any]]:
        for ev in events:
            d = ev.to_dict()
            yield scrub_persons(d) if redact_persons else d

    return write_parquet_dicts(dicts(), out, "events")


def write_records_parquet(
    records: Iterable[Record], out: str | Path | IO[bytes], *, redact_persons: bool = False
) -> int:
    def dicts() -> Iterator[dict[str, Any]]:
        for rec in records:
            d = rec.to_dict()
            yield scrub_persons(d) if redact_persons else d

    return write_parquet_dicts(dicts(), out, "records")


def read_parquet(source: str | Path | IO[bytes]) -> list[dict[str, Any]]:
    """The event or record dicts a file holds (the flat columns are left out)."""
    import pyarrow.parquet as pq

    table = pq.read_table(source)
    meta = table.schema.metadata or {}
    nested = set(meta.get(b"veille.nested", b"").decode().split(","))
    out = []
    for row in table.to_pylist():
        d: dict[str, Any] = {}
        for k, v in row.items():
            if k.startswith("flat_"):
                continue
            if k == EXTRA:
                d.update(json.loads(v) if v else {})
            elif k in nested:
                d[k] = json.loads(v)
            else:
                d[k] = v
        out.append(d)
    return out
