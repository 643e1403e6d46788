"""Analysts' merges and splits of resolved events: stored, audited, then re-resolved.

The store cannot import the jobs (imports point one way), so the caller passes ``resolve``:
a function that re-resolves the store, usually ``lambda s: jobs.resolve_all(s, resolver)``.
Each call runs in one transaction under the ``resolve`` lock: the override row, the
re-resolution (which applies every override, in order) and the audit row (who, when, the
events before and after) commit together or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from veille.errors import OverrideError
from veille.records import ResolvedEvent
from veille.store.store import Store

Resolve = Callable[[Store], object]


def _who(who: str) -> str:
    who = (who or "").strip()
    if not who:
        raise OverrideError("say who makes the change (--by NAME)")
    return who


def _event(store: Store, eid: str) -> ResolvedEvent:
    ev = store.get_event(eid)
    if ev is None:
        raise OverrideError(f"unknown event {eid!r}; list events with `veille events`")
    return ev


def _events_of(store: Store, record_ids: Sequence[str]) -> list[ResolvedEvent]:
    ids = sorted({e for e in (store.event_of_record(r) for r in record_ids) if e is not None})
    return [ev for ev in (store.get_event(i) for i in ids) if ev is not None]


def merge_events(
    store: Store, event_ids: Sequence[str], who: str, note: str = "", *, resolve: Resolve
) -> ResolvedEvent:
    """Put the records of ``event_ids`` into one event, for good; returns that event."""
    who = _who(who)
    wanted = list(dict.fromkeys(event_ids))
    if len(wanted) < 2:
        raise OverrideError("a merge needs at least two different event ids")
    with store.exclusive("resolve"):
        before = [_event(store, eid) for eid in wanted]
        record_ids = sorted({r for ev in before for r in ev.record_ids})
        store.add_override("merge", record_ids, who, note)
        resolve(store)
        after = _events_of(store, record_ids)
        if len(after) != 1:  # pragma: no cover - apply_overrides guarantees one
            raise OverrideError(f"merge of {', '.join(wanted)} did not give one event")
        store.add_audit(
            who,
            "merge",
            "event",
            after[0].id,
            [ev.to_dict() for ev in before],
            [ev.to_dict() for ev in after],
        )
    return after[0]


def split_event(
    store: Store,
    event_id: str,
    record_ids: Sequence[str],
    who: str,
    note: str = "",
    *,
    resolve: Resolve,
) -> ResolvedEvent:
    """Move ``record_ids`` out of ``event_id`` into an event of their own; returns the new event."""
    who = _who(who)
    moving = sorted({r.strip() for r in record_ids if r.strip()})
    if not moving:
        raise OverrideError("a split needs the ids of the records to move (--records R1,R2)")
    with store.exclusive("resolve"):
        ev = _event(store, event_id)
        outside = [r for r in moving if r not in ev.record_ids]
        if outside:
            raise OverrideError(
                f"record(s) {', '.join(outside)} are not in event {event_id}; "
                f"its records: {', '.join(ev.record_ids)}"
            )
        if len(moving) == len(ev.record_ids):
            raise OverrideError(f"splitting every record out of {event_id} would change nothing")
        store.add_override("split", moving, who, note)
        resolve(store)
        after = _events_of(store, ev.record_ids)
        new = _events_of(store, moving)
        if len(new) != 1:  # pragma: no cover - apply_overrides guarantees one
            raise OverrideError(f"split of {event_id} did not give one event for {', '.join(moving)}")
        store.add_audit(who, "split", "event", new[0].id, [ev.to_dict()], [e.to_dict() for e in after])
    return new[0]


def event_history(store: Store, event_id: str) -> list[dict[str, Any]]:
    """The audit rows about ``event_id``, oldest first (empty when none)."""
    return store.audit_of_event(event_id)
