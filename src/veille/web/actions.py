"""Analysts' writes: field corrections, accept and reject, their revert, merge and split.

Each runs in one transaction under the ``resolve`` lock, stores the edit (replayed after every
re-resolution by ``jobs.resolve_all``), writes the event as it now is, and audits who changed
what, with the event before and after.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from veille.jobs import resolve_all
from veille.records import ResolvedEvent
from veille.resolve.edits import Edit, EditError, apply_edit, check, get_field
from veille.resolve.registry import resolver_from_name
from veille.store import reviews
from veille.store.overrides import merge_events, split_event
from veille.store.store import Store
from veille.web.errors import ApiError


def resolver_for(name: str) -> Callable[[Store], object]:
    resolver = resolver_from_name(name)
    return lambda s: resolve_all(s, resolver)


def _event(store: Store, event_id: str) -> ResolvedEvent:
    ev = store.get_event(event_id)
    if ev is None:
        raise ApiError(404, f"no event {event_id!r}; it may have been merged or split (see its history)")
    return ev


def _action_name(action: str, field: str) -> str:
    return f"{action}:{field}" if field else action


def edit_event(
    store: Store, event_id: str, action: str, field: str, value: Any, who: str, note: str = ""
) -> ResolvedEvent:
    """Apply and keep one correction or decision; returns the event as it now is."""
    value = check(action, field, value)
    with store.exclusive("resolve"):
        ev = _event(store, event_id)
        row = reviews.add_edit(store, ev, action, field, value, who, note)
        new = apply_edit(ev, Edit.from_row(row))
        reviews.write_event(store, new)
        store.add_audit(who, _action_name(action, field), "event", ev.id, ev.to_dict(), new.to_dict())
    return new


def correct_fields(
    store: Store, event_id: str, fields: dict[str, Any], who: str, note: str = ""
) -> ResolvedEvent:
    """Several corrections at once (PATCH): all are checked before any is stored."""
    if not fields:
        raise EditError('nothing to change: send {"fields": {"date": "2025-03-04", ...}}')
    checked = {f: check("correct", f, v) for f, v in fields.items()}
    with store.exclusive("resolve"):
        ev = _event(store, event_id)
        for f, v in checked.items():
            ev = edit_event(store, ev.id, "correct", f, v, who, note)
    return ev


def _status(first_before: dict[str, Any] | None, active: Sequence[dict[str, Any]], current: str) -> str:
    decisions = [e for e in active if not e["field"] and e["action"] in ("accept", "reject")]
    if decisions:
        return "accepted" if decisions[-1]["action"] == "accept" else "rejected"
    if any(e["field"] and e["action"] in ("correct", "reject") for e in active):
        return "edited"
    return str((first_before or {}).get("review_status") or current)


def revert_edit(store: Store, seq: int, who: str) -> ResolvedEvent:
    """Undo one stored edit: its field gets back the value it would have without it."""
    with store.exclusive("resolve"):
        row = reviews.get_edit(store, seq)
        if row is None:
            raise ApiError(404, f"no edit {seq}")
        if not row["active"]:
            raise ApiError(409, f"edit {seq} is already reverted", "conflict")
        ev = store.get_event(row["event_id"])
        if ev is None:
            holders = {store.event_of_record(r) for r in row["record_ids"]} - {None}
            ev = store.get_event(sorted(h for h in holders if h)[0]) if holders else None
        if ev is None:
            raise ApiError(404, f"the event of edit {seq} no longer exists")
        reviews.deactivate(store, seq)
        history = reviews.edits(store, active_only=False, event_id=ev.id)
        active = [e for e in history if e["active"]]
        new = ev
        field = row["field"]
        if field:
            values = dict(ev.values)
            marks = dict(values.get("field_reviews") or {})
            mark = marks.pop(field, None) or {}
            machine = mark.get("was", get_field(values, field))
            probe = apply_edit(
                replace(ev, values={**values, "field_reviews": marks}),
                Edit(0, ev.id, (), "correct", field, machine),
            )
            values = dict(probe.values)
            values["field_reviews"] = marks
            new = replace(ev, values=values)
            for e in active:
                if e["field"] == field:
                    new = apply_edit(new, Edit.from_row(e))
        first = history[0]["before"] if history else None
        new = replace(new, review_status=_status(first, active, ev.review_status))
        reviews.write_event(store, new)
        store.add_audit(who, f"revert:{seq}", "event", ev.id, ev.to_dict(), new.to_dict())
    return new


def merge(store: Store, event_ids: Sequence[str], who: str, note: str, resolver: str) -> ResolvedEvent:
    return merge_events(store, event_ids, who, note, resolve=resolver_for(resolver))


def split(
    store: Store, event_id: str, record_ids: Sequence[str], who: str, note: str, resolver: str
) -> ResolvedEvent:
    return split_event(store, event_id, record_ids, who, note, resolve=resolver_for(resolver))
