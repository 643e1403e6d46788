"""Predicted records (CONTRACT §2 dicts) checked and reduced to what the scorer compares.

Every problem is counted in an ``ErrorTally``; an ill-typed field is treated as null and the
record is kept. A record is dropped only when it cannot be placed: not an object, a duplicate
id (the first one is kept), or an ``article_id`` that is missing or names no known article.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from veille.records import (
    ACTOR_ROLES,
    ATTACK_TYPES,
    COUNT_SLOTS,
    EVENT_TYPES,
    LOCATION_ROLES,
    TARGET_TYPES,
    WEAPON_TYPES,
)

from .tally import ErrorTally
from .text import is_count, is_number, parse_day

RECORD_TYPES = ("event", "statistic")
_CODES = {"attack_type": ATTACK_TYPES, "weapon_type": WEAPON_TYPES, "target_type": TARGET_TYPES}


@dataclass
class Place:
    """A record location reduced to the compared values."""

    name: str | None
    country_code: str | None
    admin1: str | None
    city: str | None
    lat: float | None
    lon: float | None


@dataclass
class PredRecord:
    """One predicted record as the scorer sees it."""

    index: int
    id: str
    article_id: str
    record_type: str | None  # None when not a contract record type (not matchable)
    event_type: str | None  # None when not a contract code (never type-compatible)
    codes: dict[str, str | None] = field(default_factory=dict)
    suicide: bool | None = None
    date_start: date | None = None
    date_end: date | None = None
    places: list[Place] = field(default_factory=list)  # event-role locations only
    perpetrators: list[str] = field(default_factory=list)
    counts: dict[str, int | None] = field(default_factory=dict)
    stat_value: float | None = None
    stat_start: date | None = None
    stat_end: date | None = None


def _opt_str(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _date_bound(value: Any, rid: str, where: str, errors: ErrorTally) -> tuple[date | None, bool]:
    if value is None:
        return None, True
    day = parse_day(value)
    if day is None:
        errors.add("ill_typed_field", f"record {rid}: {where} {value!r} is not YYYY-MM-DD")
        return None, False
    return day, True


def _places(raw: Any, rid: str, errors: ErrorTally) -> list[Place]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        errors.add("ill_typed_field", f"record {rid}: locations is not a list")
        return []
    out = []
    for loc in raw:
        if not isinstance(loc, dict):
            errors.add("ill_typed_field", f"record {rid}: a location is not an object")
            continue
        role = loc.get("role")
        if role is not None and role not in LOCATION_ROLES:
            errors.add("ill_typed_field", f"record {rid}: location role {role!r} is not valid")
            continue
        if role not in (None, "event"):
            continue
        lat, lon = loc.get("lat"), loc.get("lon")
        if (lat is not None or lon is not None) and not (
            is_number(lat) and is_number(lon) and -90 <= lat <= 90 and -180 <= lon <= 180
        ):
            errors.add("ill_typed_field", f"record {rid}: location lat/lon {lat!r}/{lon!r}")
            lat = lon = None
        for key in ("name", "country_code", "admin1", "city"):
            if loc.get(key) is not None and not isinstance(loc.get(key), str):
                errors.add("ill_typed_field", f"record {rid}: location {key} is not a string")
        cc = _opt_str(loc.get("country_code"))
        out.append(
            Place(
                name=_opt_str(loc.get("name")),
                country_code=cc.upper() if cc else None,
                admin1=_opt_str(loc.get("admin1")),
                city=_opt_str(loc.get("city")),
                lat=float(lat) if lat is not None else None,
                lon=float(lon) if lon is not None else None,
            )
        )
    return out


def _perpetrators(raw: Any, rid: str, errors: ErrorTally) -> list[str]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        errors.add("ill_typed_field", f"record {rid}: actors is not a list")
        return []
    names: list[str] = []
    for actor in raw:
        if not isinstance(actor, dict):
            errors.add("ill_typed_field", f"record {rid}: an actor is not an object")
            continue
        role = actor.get("role")
        if role is not None and role not in ACTOR_ROLES:
            errors.add("ill_typed_field", f"record {rid}: actor role {role!r} is not valid")
        if role != "perpetrator":
            continue
        for key in ("name", "mention"):
            value = _opt_str(actor.get(key))
            if value and value not in names:
                names.append(value)
    return names


def _counts(raw: Any, rid: str, errors: ErrorTally) -> dict[str, int | None]:
    out: dict[str, int | None] = dict.fromkeys(COUNT_SLOTS)
    if raw is None:
        return out
    if not isinstance(raw, dict):
        errors.add("ill_typed_field", f"record {rid}: counts is not an object")
        return out
    for slot in COUNT_SLOTS:
        value = raw.get(slot)
        if value is None:
            continue
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if not is_count(value) or value < 0:
            errors.add("ill_typed_field", f"record {rid}: counts.{slot} {value!r} is not a count")
            continue
        out[slot] = value
    return out


def clean_record(
    raw: Any, index: int, known_articles: set[str], seen_ids: set[str], errors: ErrorTally
) -> PredRecord | None:
    """Check one predicted record; None when it must be dropped (the reason is counted)."""
    if not isinstance(raw, dict):
        errors.add("ill_typed_record", f"record #{index} is not an object")
        return None
    rid = raw.get("id")
    if not isinstance(rid, str) or not rid:
        errors.add("ill_typed_field", f"record #{index}: id {rid!r} is not a string")
        rid = f"#{index}"
    elif rid in seen_ids:
        errors.add("duplicate_record_id", f"record {rid} appears again (#{index}); kept the first")
        return None
    seen_ids.add(rid)
    article_id = raw.get("article_id")
    if not isinstance(article_id, str):
        errors.add("ill_typed_field", f"record {rid}: article_id {article_id!r} is not a string")
        return None
    if article_id not in known_articles:
        errors.add("unknown_article", f"record {rid}: article {article_id!r} is not in the input")
        return None

    record_type = raw.get("record_type")
    if record_type not in RECORD_TYPES:
        errors.add("invalid_record_type", f"record {rid}: record_type {record_type!r}")
        record_type = None
    event_type = raw.get("event_type")
    if event_type not in EVENT_TYPES:
        errors.add("invalid_event_type", f"record {rid}: event_type {event_type!r}")
        event_type = None

    codes: dict[str, str | None] = {}
    for key, allowed in _CODES.items():
        value = raw.get(key)
        if value is not None and value not in allowed:
            errors.add("ill_typed_field", f"record {rid}: {key} {value!r} is not a contract code")
            value = None
        codes[key] = value
    suicide = raw.get("suicide")
    if suicide is not None and not isinstance(suicide, bool):
        errors.add("ill_typed_field", f"record {rid}: suicide {suicide!r} is not a boolean")
        suicide = None

    rec = PredRecord(
        index=index,
        id=rid,
        article_id=article_id,
        record_type=record_type,
        event_type=event_type,
        codes=codes,
        suicide=suicide,
    )
    d = raw.get("date")
    if d is not None and not isinstance(d, dict):
        errors.add("ill_typed_field", f"record {rid}: date is not an object")
    elif isinstance(d, dict):
        start, _ = _date_bound(d.get("start"), rid, "date.start", errors)
        end, _ = _date_bound(d.get("end"), rid, "date.end", errors)
        # One bound alone is read as that day.
        rec.date_start, rec.date_end = start or end, end or start
        if rec.date_start and rec.date_end and rec.date_start > rec.date_end:
            errors.add("ill_typed_field", f"record {rid}: date.start is after date.end")
            rec.date_start, rec.date_end = rec.date_end, rec.date_start
    rec.places = _places(raw.get("locations"), rid, errors)
    rec.perpetrators = _perpetrators(raw.get("actors"), rid, errors)
    rec.counts = _counts(raw.get("counts"), rid, errors)

    stat = raw.get("statistic")
    if stat is not None and not isinstance(stat, dict):
        errors.add("ill_typed_field", f"record {rid}: statistic is not an object")
    elif isinstance(stat, dict):
        value = stat.get("value")
        if value is not None and not is_number(value):
            errors.add("ill_typed_field", f"record {rid}: statistic.value {value!r}")
        elif value is not None:
            rec.stat_value = float(value)
        period = stat.get("period")
        if period is not None and not isinstance(period, dict):
            errors.add("ill_typed_field", f"record {rid}: statistic.period is not an object")
        elif isinstance(period, dict):
            ps, _ = _date_bound(period.get("start"), rid, "statistic.period.start", errors)
            pe, _ = _date_bound(period.get("end"), rid, "statistic.period.end", errors)
            rec.stat_start, rec.stat_end = ps, pe
    return rec
