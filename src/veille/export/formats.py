"""Export renderers: resolved events as JSONL (CONTRACT §5), CSV, GeoJSON; the format registry.

Each renderer takes events from the query layer and a text stream; output is deterministic
(sorted keys, fixed column order), so exporting the same database twice gives the same bytes.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from veille.export.acled import write_acled_csv
from veille.export.plover import write_plover
from veille.export.redact import redact_persons
from veille.records import Record, ResolvedEvent

CSV_COLUMNS = (
    "id",
    "record_type",
    "event_type",
    "attack_type",
    "weapon_type",
    "target_type",
    "suicide",
    "date_start",
    "date_end",
    "date_precision",
    "country_code",
    "admin1",
    "city",
    "lat",
    "lon",
    "geonames_id",
    "places",
    "perpetrators",
    "agents",
    "killed",
    "wounded",
    "arrested",
    "kidnapped",
    "cells",
    "persons",
    "statistic_metric",
    "statistic_value",
    "statistic_period_start",
    "statistic_period_end",
    "statistic_reported_by",
    "confidence",
    "review_status",
    "n_reports",
    "article_ids",
    "summary",
    "evidence",
    "people",
)


def redact(event: dict[str, Any]) -> dict[str, Any]:
    """A copy with the names of people removed everywhere (veille.export.redact)."""
    return redact_persons(event)


def _event_location(ev: dict[str, Any]) -> dict[str, Any]:
    locs = ev.get("locations") or []
    return next((x for x in locs if x.get("role") == "event"), locs[0] if locs else {})


def write_jsonl(events: Iterable[ResolvedEvent], out: TextIO, *, redact_persons: bool = False) -> int:
    n = 0
    for ev in events:
        d = ev.to_dict()
        if redact_persons:
            d = redact(d)
        out.write(json.dumps(d, sort_keys=True, ensure_ascii=False) + "\n")
        n += 1
    return n


def csv_row(d: dict[str, Any]) -> dict[str, Any]:
    loc = _event_location(d)
    date = d.get("date") or {}
    counts = d.get("counts") or {}
    stat = d.get("statistic") or {}
    period = stat.get("period") or {}
    actors = d.get("actors") or []
    return {
        "id": d["id"],
        "record_type": d.get("record_type"),
        "event_type": d.get("event_type"),
        "attack_type": d.get("attack_type"),
        "weapon_type": d.get("weapon_type"),
        "target_type": d.get("target_type"),
        "suicide": d.get("suicide"),
        "date_start": date.get("start"),
        "date_end": date.get("end"),
        "date_precision": date.get("precision"),
        "country_code": loc.get("country_code"),
        "admin1": loc.get("admin1"),
        "city": loc.get("city"),
        "lat": loc.get("lat"),
        "lon": loc.get("lon"),
        "geonames_id": loc.get("geonames_id"),
        "places": "; ".join(f"{x.get('name')} ({x.get('role')})" for x in d.get("locations") or []),
        "perpetrators": "; ".join(a["name"] for a in actors if a.get("role") == "perpetrator"),
        "agents": "; ".join(a["name"] for a in actors if a.get("role") == "agent"),
        **{k: counts.get(k) for k in ("killed", "wounded", "arrested", "kidnapped", "cells", "persons")},
        "statistic_metric": stat.get("metric"),
        "statistic_value": stat.get("value"),
        "statistic_period_start": period.get("start"),
        "statistic_period_end": period.get("end"),
        "statistic_reported_by": stat.get("reported_by"),
        "confidence": d.get("confidence"),
        "review_status": d.get("review_status"),
        "n_reports": len(d.get("article_ids") or []),
        "article_ids": "; ".join(d.get("article_ids") or []),
        "summary": d.get("summary"),
        "evidence": " | ".join(e.get("text", "") for e in d.get("evidence") or []),
        "people": people(actors),
    }


def people(actors: list[dict[str, Any]]) -> str:
    """Persons named, with their role and legal status: ``Name (target, charged); ...``."""
    return "; ".join(
        f"{a.get('name')} ({a.get('role')}, {a.get('legal_status') or 'status unknown'})"
        for a in actors
        if a.get("kind") == "person"
    )


def write_csv(events: Iterable[ResolvedEvent], out: TextIO, *, redact_persons: bool = False) -> int:
    writer = csv.DictWriter(out, fieldnames=list(CSV_COLUMNS), lineterminator="\n")
    writer.writeheader()
    n = 0
    for ev in events:
        d = ev.to_dict()
        if redact_persons:
            d = redact(d)
        writer.writerow(csv_row(d))
        n += 1
    return n


def write_geojson(events: Iterable[ResolvedEvent], out: TextIO, *, redact_persons: bool = False) -> int:
    """A FeatureCollection: one Point per event location with coordinates (role in properties)."""
    features = []
    n = 0
    for ev in events:
        d = ev.to_dict()
        if redact_persons:
            d = redact(d)
        n += 1
        for loc in d.get("locations") or []:
            if loc.get("lat") is None or loc.get("lon") is None:
                continue
            row = csv_row(d)
            props = {
                k: row[k]
                for k in (
                    "id",
                    "record_type",
                    "event_type",
                    "date_start",
                    "date_end",
                    "date_precision",
                    "killed",
                    "wounded",
                    "arrested",
                    "confidence",
                    "review_status",
                    "summary",
                    "perpetrators",
                    "agents",
                    "people",
                )
            }
            props.update(
                {
                    "place": loc.get("name"),
                    "role": loc.get("role"),
                    "country_code": loc.get("country_code"),
                    "precision": loc.get("precision"),
                }
            )
            features.append(
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]},
                    "properties": props,
                }
            )
    json.dump(
        {"type": "FeatureCollection", "features": features}, out, ensure_ascii=False, sort_keys=True, indent=1
    )
    out.write("\n")
    return n


def write_records_jsonl(records: Iterable[Record], out: TextIO, *, redact_persons: bool = False) -> int:
    """Per-article records (CONTRACT §2), one per line."""
    n = 0
    for rec in records:
        d = rec.to_dict()
        if redact_persons:
            d = redact(d)
        out.write(json.dumps(d, sort_keys=True, ensure_ascii=False) + "\n")
        n += 1
    return n


# Text formats of resolved events; Parquet (binary) is veille.export.parquet.
WRITERS: dict[str, Callable[..., int]] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
    "geojson": write_geojson,
    "acled-csv": write_acled_csv,
    "plover": write_plover,
}
EXPORT_FORMATS = (*WRITERS, "parquet")
RECORD_FORMATS = ("jsonl", "parquet")
