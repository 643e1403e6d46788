"""Analysts' field corrections and review decisions, applied to resolved events in order.

An edit names its event by id and by the records the event held when the analyst made it, so
it still finds the event after a re-resolution renames it (the event holding most of those
records). Applying the same edits twice gives the same events: a correction sets a value, a
decision sets a status.

* ``correct FIELD VALUE``: the field takes the analyst's value; the event becomes ``edited``.
* ``reject FIELD``: the field is wrong and nothing replaces it: it is emptied; ``edited``.
* ``accept FIELD``: the field is marked checked; the event's status is unchanged.
* ``accept`` / ``reject`` with no field: the whole event is ``accepted`` or ``rejected``.

Every touched field is noted in the event's ``field_reviews``: its status, who, when and the
value it had before.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from veille.errors import VeilleError
from veille.records import (
    ATTACK_TYPES,
    DATE_PRECISIONS,
    EVENT_TYPES,
    LOCATION_PRECISIONS,
    TARGET_TYPES,
    WEAPON_TYPES,
    Counts,
    ResolvedEvent,
)

ACTIONS = ("correct", "accept", "reject")
COUNT_SLOTS = tuple(Counts().to_dict())
ENUMS: dict[str, tuple[str, ...]] = {
    "event_type": EVENT_TYPES,
    "attack_type": ATTACK_TYPES,
    "weapon_type": WEAPON_TYPES,
    "target_type": TARGET_TYPES,
}
FIELDS: tuple[str, ...] = (
    "event_type",
    "attack_type",
    "weapon_type",
    "target_type",
    "suicide",
    "date",
    "location",
    *(f"counts.{s}" for s in COUNT_SLOTS),
    "summary",
)
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EMPTY_DATE = {"start": None, "end": None, "precision": "unknown", "text": None}


class EditError(VeilleError):
    """An analyst's correction names an unknown field or carries a value the field cannot hold."""


@dataclass(frozen=True)
class Edit:
    """One stored correction or decision (a row of ``event_edits``)."""

    seq: int
    event_id: str
    record_ids: tuple[str, ...]
    action: str
    field: str = ""
    value: Any = None
    who: str = ""
    at: str = ""

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Edit:
        return cls(
            seq=int(row["seq"]),
            event_id=str(row["event_id"]),
            record_ids=tuple(row.get("record_ids") or ()),
            action=str(row["action"]),
            field=str(row.get("field") or ""),
            value=row.get("value"),
            who=str(row.get("who") or ""),
            at=str(row.get("at") or ""),
        )


def _iso(value: Any, what: str) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str) or not _ISO.match(value):
        raise EditError(f"{what} must be a date YYYY-MM-DD, not {value!r}")
    try:
        date.fromisoformat(value)
    except ValueError as exc:
        raise EditError(f"{what} {value!r} is not a calendar date: {exc}") from exc
    return value


def _date(value: Any) -> dict[str, Any]:
    if isinstance(value, str):  # a single day
        day = _iso(value, "date")
        return {"start": day, "end": day, "precision": "day" if day else "unknown", "text": None}
    if not isinstance(value, dict):
        raise EditError('date must be "YYYY-MM-DD" or {"start", "end", "precision"}')
    start = _iso(value.get("start"), "date.start")
    end = _iso(value.get("end"), "date.end") or start
    if start and end and end < start:
        raise EditError(f"date.end {end} is before date.start {start}")
    precision = value.get("precision") or ("day" if start and start == end else "unknown")
    if precision not in DATE_PRECISIONS:
        raise EditError(f"date.precision must be one of {', '.join(DATE_PRECISIONS)}, not {precision!r}")
    text = value.get("text")
    return {"start": start, "end": end, "precision": precision, "text": str(text) if text else None}


def _float(value: Any, what: str, bound: float) -> float | None:
    if value in (None, ""):
        return None
    try:
        out = float(value)
    except (TypeError, ValueError) as exc:
        raise EditError(f"{what} must be a number, not {value!r}") from exc
    if not -bound <= out <= bound:
        raise EditError(f"{what} {out} is outside [-{bound}, {bound}]")
    return out


def _location(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict) or not str(value.get("name") or "").strip():
        raise EditError('location must be {"name", "country_code", ...} with a name')
    cc = value.get("country_code")
    if cc is not None and (not isinstance(cc, str) or not re.match(r"^[A-Za-z]{2}$", cc)):
        raise EditError(f"location.country_code must be two letters (ISO 3166-1), not {cc!r}")
    precision = value.get("precision") or ("city" if value.get("city") else "country")
    if precision not in LOCATION_PRECISIONS:
        raise EditError(f"location.precision must be one of {', '.join(LOCATION_PRECISIONS)}")
    return {
        "name": str(value["name"]).strip(),
        "country_code": cc.upper() if cc else None,
        "admin1": value.get("admin1") or None,
        "city": value.get("city") or None,
        "lat": _float(value.get("lat"), "location.lat", 90),
        "lon": _float(value.get("lon"), "location.lon", 180),
        "geonames_id": int(value["geonames_id"]) if value.get("geonames_id") else None,
        "precision": precision,
        "role": "event",
    }


def _count(value: Any, what: str) -> int | None:
    if value in (None, ""):
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise EditError(f"{what} must be a whole number, not {value!r}")
    try:
        out = int(value)
    except ValueError as exc:
        raise EditError(f"{what} must be a whole number, not {value!r}") from exc
    if out < 0 or out > 10_000_000:
        raise EditError(f"{what} must be between 0 and 10,000,000, not {out}")
    return out


def validate(field: str, value: Any) -> Any:
    """The value ``field`` will hold after a correction; EditError when it cannot hold it."""
    if field not in FIELDS:
        raise EditError(f"unknown field {field!r}; editable fields: {', '.join(FIELDS)}")
    if field in ENUMS:
        if value in (None, "") and field != "event_type":
            return None
        if value not in ENUMS[field]:
            raise EditError(f"{field} must be one of {', '.join(ENUMS[field])}, not {value!r}")
        return value
    if field == "suicide":
        if value in (None, "") or isinstance(value, bool):
            return value if isinstance(value, bool) else None
        raise EditError(f"suicide must be true, false or null, not {value!r}")
    if field == "date":
        return _date(value)
    if field == "location":
        return _location(value)
    if field.startswith("counts."):
        return _count(value, field)
    if not isinstance(value, str) or len(value) > 500:
        raise EditError("summary must be text of at most 500 characters")
    return value.strip()


def get_field(values: Mapping[str, Any], field: str) -> Any:
    """The current value of ``field`` in an event's values."""
    if field.startswith("counts."):
        return (values.get("counts") or {}).get(field.split(".", 1)[1])
    if field == "location":
        locs = values.get("locations") or []
        return next((x for x in locs if x.get("role") == "event"), None)
    return values.get(field)


def _set_field(values: dict[str, Any], field: str, value: Any) -> None:
    if field.startswith("counts."):
        values["counts"] = {**(values.get("counts") or {}), field.split(".", 1)[1]: value}
    elif field == "location":
        locs = [x for x in values.get("locations") or [] if x.get("role") != "event"]
        values["locations"] = ([value] if value else []) + locs
    else:
        values[field] = value


def _empty(field: str) -> Any:
    if field == "event_type":
        raise EditError("event_type cannot be emptied: correct it, or reject the whole event")
    return dict(EMPTY_DATE) if field == "date" else ("" if field == "summary" else None)


def check(action: str, field: str, value: Any) -> Any:
    """Validate an edit before it is stored; returns the value to store."""
    if action not in ACTIONS:
        raise EditError(f"unknown action {action!r}; choose one of {', '.join(ACTIONS)}")
    if not field:
        if action == "correct":
            raise EditError("a correction names the field it corrects")
        return None
    if field not in FIELDS:
        raise EditError(f"unknown field {field!r}; editable fields: {', '.join(FIELDS)}")
    if action == "correct":
        return validate(field, value)
    if action == "reject":
        _empty(field)
    return None


def apply_edit(ev: ResolvedEvent, edit: Edit) -> ResolvedEvent:
    """``ev`` with one edit applied (the edit is assumed valid: see ``check``)."""
    if not edit.field:
        status = "accepted" if edit.action == "accept" else "rejected"
        return replace(ev, review_status=status)
    values = dict(ev.values)
    was = get_field(values, edit.field)
    reviews = dict(values.get("field_reviews") or {})
    status = ev.review_status
    if edit.action == "correct":
        _set_field(values, edit.field, edit.value)
        mark, status = "corrected", "edited"
    elif edit.action == "reject":
        _set_field(values, edit.field, _empty(edit.field))
        mark, status = "rejected", "edited"
    else:
        mark = "accepted"
    prior = reviews.get(edit.field) or {}
    # The value before any analyst touched the field, kept across a chain of edits (and across
    # applying the same edits to an event that already carries them).
    first = prior.get("was", was)
    reviews[edit.field] = {"status": mark, "by": edit.who, "at": edit.at, "was": first}
    values["field_reviews"] = dict(sorted(reviews.items()))
    return replace(ev, values=values, review_status=status)


def _target(events: Sequence[ResolvedEvent], by_id: Mapping[str, int], edit: Edit) -> int | None:
    if edit.event_id in by_id:
        return by_id[edit.event_id]
    wanted = set(edit.record_ids)
    best = sorted(
        (-len(wanted & set(ev.record_ids)), ev.id, i)
        for i, ev in enumerate(events)
        if wanted & set(ev.record_ids)
    )
    return best[0][2] if best else None


def apply_edits(events: Sequence[ResolvedEvent], edits: Sequence[Edit]) -> list[ResolvedEvent]:
    """``events`` with every edit applied in ``seq`` order; sorted by id. Lost targets are skipped."""
    out = list(events)
    by_id = {ev.id: i for i, ev in enumerate(out)}
    for edit in sorted(edits, key=lambda e: e.seq):
        i = _target(out, by_id, edit)
        if i is None:
            continue
        try:
            out[i] = apply_edit(out[i], edit)
        except EditError:
            continue  # e.g. a stored edit the current rules no longer accept: keep the event as is
    return sorted(out, key=lambda e: e.id)
