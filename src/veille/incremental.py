"""Incremental resolution: new, changed and deleted records re-resolve only their neighbourhood.

For a resolver whose decisions are local (``blocking.v3``: a pair's score and whether two records
meet depend on those two records only), the events of all records are the union of the events
of the connected pieces of the graph of pairs that could change a grouping. So an update:

1. takes the pending records (new or changed since the last resolution, or deleted: their old
   version, kept in ``resolve_records``, still says where their neighbours are);
2. walks that graph from them through the stored block index (same block, dates within reach),
   scoring each pair met, and closes the set under the events its records were in and the
   analysts' overrides that name them;
3. re-resolves that set alone, applies the overrides, keeps event ids as a full run does;
4. redraws lifecycle links for the changed events and for every event that could have had one of
   them (old or new) as a candidate, and statistic coverage for the pairs involving a changed
   event;
5. writes the changed events, the index and the links, and so clears the pending state, all in
   the transaction that holds the resolve lock: a killed run leaves the records pending and the
   next run does the work again.

The result is exactly the one a full resolution (``veille resolve --full``) gives: that is what
``tests/test_resolve_incremental.py`` checks, over several input orders.
"""

from __future__ import annotations

import json
from collections import deque
from dataclasses import replace
from typing import Any, TypeGuard

from veille.records import ResolvedEvent
from veille.resolve.blocking import Report
from veille.resolve.edits import Edit, apply_edits
from veille.resolve.features import View
from veille.resolve.lifecycle import EventView, Link, lifecycle_links
from veille.resolve.lifeindex import (
    COVERED,
    SOURCES,
    event_view,
    index_keys,
    related_of,
    stage_queries,
    view_from_json,
    view_to_json,
)
from veille.resolve.overrides import Override, apply_overrides
from veille.resolve.text import Vector
from veille.resolve.v3 import ResolverV3, ResolverV3E
from veille.store import reviews
from veille.store.resolve_index import EmbeddingTable, KeyRow, ResolveIndex
from veille.store.store import EventChanges, Store

STATE_RESOLVER = "resolver"
STATE_DECISIONS = "decisions"


class _Loaded:
    """Reports, views and vectors of the records met so far (loaded from the store once)."""

    def __init__(self, resolver: ResolverV3, index: ResolveIndex) -> None:
        self.resolver = resolver
        self.index = index
        self.reports: dict[str, Report] = {}
        self.views: dict[str, View] = {}
        self.vectors: dict[str, Vector] = {}

    def add(self, rid: str, report: Report) -> None:
        self.reports[rid] = report
        self.views[rid] = self.resolver.view(report)
        self.vectors[rid] = self.resolver.vector(report)

    def load(self, ids: list[str] | set[str]) -> None:
        missing = sorted(set(ids) - set(self.reports))
        found = {rid: Report(*got) for rid, got in self.index.current(missing).items()}
        self.resolver.prefetch(list(found.values()))
        for rid in sorted(found):
            self.add(rid, found[rid])


def record_keys(resolver: ResolverV3, v: View) -> list[KeyRow]:
    return [(key, v.lo, v.hi) for key, _ in resolver.block_keys(v)]


def resolve_store(store: Store, resolver: ResolverV3, *, full: bool = False) -> EventChanges:
    """Bring the stored events up to date with the stored records (see the module docstring)."""
    index = ResolveIndex(store.db)
    if isinstance(resolver, ResolverV3E):
        cache = resolver.cache
        if not isinstance(cache, EmbeddingTable) or cache.db is not store.db:
            resolver.cache = EmbeddingTable(store.db)  # embeddings outlive the process, by text hash
    with store.exclusive("resolve"):
        if full or index.state(STATE_RESOLVER) != resolver.name:
            return _full(store, index, resolver)
        return _incremental(store, index, resolver)


def mark_resolved_by(store: Store, name: str) -> None:
    """Record that a non-incremental resolver wrote the events: the index no longer matches them."""
    ResolveIndex(store.db).set_state(STATE_RESOLVER, name)


def _overrides(store: Store) -> list[Override]:
    return [Override.from_row(row) for row in store.overrides()]


def _edits(store: Store) -> list[Edit]:
    """Analysts' field corrections and review decisions (the web app): they outlive re-resolution."""
    return [Edit.from_row(row) for row in reviews.edits(store)]


def _full(store: Store, index: ResolveIndex, resolver: ResolverV3) -> EventChanges:
    reports = [Report(rec, pub, src) for rec, pub, src in store.iter_records_with_articles()]
    views, vectors = resolver.prepare(reports)
    clustered = resolver.cluster(reports, views, vectors)
    overrides, edits = _overrides(store), _edits(store)
    events = apply_overrides([ev for ev, _ in clustered], overrides, {r.record.id: r.record for r in reports})
    events = store.keep_ids(events, index.owners([r.record.id for r in reports]))
    events = apply_edits(events, edits)
    evviews = {ev.id: _view_of(resolver, ev, views, vectors) for ev in events}
    links = lifecycle_links(list(evviews.values()))
    by_event = _links_by_event(links)
    events = [replace(ev, related=related_of(ev.id, by_event.get(ev.id, ()))) for ev in events]
    changes = store.replace_events(events)
    index.clear()
    index.remember_records(sorted(views), {i: record_keys(resolver, v) for i, v in views.items()})
    index.set_event_keys([], {eid: index_keys(e) for eid, e in evviews.items()})
    index.set_event_views([], {eid: view_to_json(e) for eid, e in evviews.items()})
    index.add_links(links)
    index.set_state(STATE_RESOLVER, resolver.name)
    _remember_decisions(index, overrides, edits)
    return changes


def _view_of(
    resolver: ResolverV3, ev: ResolvedEvent, views: dict[str, View], vectors: dict[str, Vector]
) -> EventView:
    return event_view(ev, [views[m] for m in ev.record_ids], vectors, resolver.words.rare)


def _links_by_event(links: list[Link]) -> dict[str, list[Link]]:
    out: dict[str, list[Link]] = {}
    for link in links:
        out.setdefault(link[0], []).append(link)
        if link[2] != link[0]:
            out.setdefault(link[2], []).append(link)
    return out


def _decisions(overrides: list[Override], edits: list[Edit]) -> list[str]:
    """Analysts' overrides and edits as comparable strings (what the last resolution applied)."""
    rows = [json.dumps(["o", o.seq, o.kind, list(o.record_ids), o.who, o.note, o.active]) for o in overrides]
    rows += [
        json.dumps(["e", e.seq, e.event_id, list(e.record_ids), e.action, e.field, e.value], default=str)
        for e in edits
    ]
    return sorted(rows)


def _remember_decisions(index: ResolveIndex, overrides: list[Override], edits: list[Edit]) -> None:
    index.set_state(STATE_DECISIONS, json.dumps(_decisions(overrides, edits)))


def _incremental(store: Store, index: ResolveIndex, resolver: ResolverV3) -> EventChanges:
    changed, deleted = index.pending()
    overrides = _overrides(store)
    edits = _edits(store)
    now = _decisions(overrides, edits)
    before = json.loads(index.state(STATE_DECISIONS) or "[]")
    # A new, changed or withdrawn override or edit re-resolves the records it names.
    decided = sorted({r for row in set(now) ^ set(before) for r in json.loads(row)[3]} - set(changed))
    if not changed and not deleted and not decided:
        return EventChanges(unchanged=store.count("events"))
    old = index.seen(changed + deleted)
    loaded = _Loaded(resolver, index)
    loaded.load(changed + decided)
    decided = [r for r in decided if r in loaded.views]
    # The index now describes the records as they are; the old versions only seed the walk.
    index.forget_records(deleted)
    index.remember_records(changed, {i: record_keys(resolver, loaded.views[i]) for i in changed})
    seeds = [(loaded.views[i], loaded.vectors[i]) for i in changed + decided]
    for rid in sorted(old):
        report = Report(*old[rid])
        seeds.append((resolver.view(report), resolver.vector(report)))
    named = [set(ov.record_ids) for ov in overrides] + [set(e.record_ids) for e in edits]
    members = _neighbourhood(index, resolver, loaded, seeds, set(changed + decided), set(deleted), named)

    reports = [loaded.reports[i] for i in sorted(members)]
    owner = index.owners(sorted(members | set(deleted)))
    old_events = sorted(set(owner.values()))
    clustered = resolver.cluster(reports, loaded.views, loaded.vectors)
    events = apply_overrides(
        [ev for ev, _ in clustered], overrides, {r.record.id: r.record for r in reports}
    )
    events = store.keep_ids(events, owner)
    events = apply_edits(events, edits)
    new_views = {ev.id: _view_of(resolver, ev, loaded.views, loaded.vectors) for ev in events}
    removed = sorted(set(old_events) - set(new_views))

    writes = _relink(store, index, resolver, loaded, events, new_views, old_events)
    changes = store.update_events(writes, removed)
    index.set_event_keys(old_events, {eid: index_keys(e) for eid, e in new_views.items()})
    index.set_event_views(old_events, {eid: view_to_json(e) for eid, e in new_views.items()})
    _remember_decisions(index, overrides, edits)
    return changes


def _neighbourhood(
    index: ResolveIndex,
    resolver: ResolverV3,
    loaded: _Loaded,
    seeds: list[tuple[View, Vector]],
    start: set[str],
    deleted: set[str],
    named: list[set[str]],
) -> set[str]:
    """The records whose events a change can alter: closed under decisive pairs, events, overrides."""
    inside = set(start)
    queue: deque[tuple[View, Vector]] = deque(seeds)
    walked: set[View] = set()
    absent: set[str] = set()
    while True:
        while queue:
            x, vx = queue.popleft()
            if x in walked:
                continue
            walked.add(x)
            found: set[str] = set()
            for key, tol in resolver.block_keys(x):
                found.update(index.neighbours(key, x.lo - tol, x.hi + tol))
            found.discard(x.id)
            loaded.load(found)
            for y in sorted(found):
                if y in inside or y not in loaded.views:
                    continue
                vy = loaded.views[y]
                if not resolver.allowed(x, vy):
                    continue
                got = resolver.score(x, vy, vx, loaded.vectors[y])
                if resolver.decisive(x, vy, got):
                    inside.add(y)
                    queue.append((vy, loaded.vectors[y]))
        # The deleted records' old events too: what they held must be grouped again.
        more = _closure(index, inside | deleted, named) - inside - deleted - absent
        if not more:
            return inside
        loaded.load(more)
        for rid in sorted(more):
            if rid in loaded.views:
                inside.add(rid)
                queue.append((loaded.views[rid], loaded.vectors[rid]))
            else:
                absent.add(rid)  # a deleted record its old event still names, or an override's


def _closure(index: ResolveIndex, inside: set[str], named: list[set[str]]) -> set[str]:
    """Records that share an old event, an override or an edit with one in ``inside``."""
    owner = index.owners(sorted(inside))
    mates = index.members(sorted(set(owner.values())))
    more = {r for rs in mates.values() for r in rs}
    for ids in named:
        if ids & inside:
            more.update(ids)
    return more


def _relink(
    store: Store,
    index: ResolveIndex,
    resolver: ResolverV3,
    loaded: _Loaded,
    events: list[ResolvedEvent],
    new_views: dict[str, EventView],
    old_events: list[str],
) -> list[ResolvedEvent]:
    """Redraw the lifecycle links a change can alter; the events whose ``related`` must be written."""
    new_ids = set(new_views)
    old_keys = index.event_keys(old_events)
    gone = set(old_events) - new_ids
    # Sources whose candidates may hold a changed event (before or after the change).
    sources: set[str] = set(new_ids)
    covered: set[str] = set()
    targets: list[tuple[str, list[tuple[str, str, int, int]]]] = [
        (eid, rows) for eid, rows in old_keys.items()
    ] + [(eid, index_keys(e)) for eid, e in new_views.items()]
    for _, rows in targets:
        for key, etype, lo, hi in rows:
            if key.startswith("s:"):
                covered.update(index.events_within("n:" + key[2:], lo, hi))
                continue
            if key.startswith("n:"):
                continue
            kinds, lag = SOURCES.get(etype, (frozenset(), 0))
            sources.update(index.events_by_key([key], sorted(kinds), lo_at_most=hi + lag, hi_from=hi - 1))
    sources -= gone
    # Everything those sources look at.
    pool_ids: set[str] = set(sources) | covered
    source_views = _event_views(store, index, resolver, loaded, sources, new_views)
    for s in source_views.values():
        keys = [key for key, *_ in index_keys(s) if not key.startswith("n:")]
        for types, lag in stage_queries(s):
            # What lifecycle_links may take as a candidate of s: a shared key, the stage's
            # types, last day in [s.lo - lag, s.hi + 1], first day at most s.hi.
            pool_ids.update(
                index.events_by_key(keys, types, lo_at_most=s.hi, hi_from=s.lo - lag, hi_to=s.hi + 1)
            )
        for c in sorted(s.countries):
            pool_ids.update(index.events_around("s:" + c, s.lo, s.hi))
    pool_ids -= gone
    pool = _event_views(store, index, resolver, loaded, pool_ids, new_views)
    fresh = {
        link
        for link in lifecycle_links(list(pool.values()), sources, sources | covered)
        if (link[1] != COVERED and link[0] in sources)
        or (link[1] == COVERED and (link[0] in new_ids or link[2] in new_ids))
    }
    touched_ids = sorted(sources | set(old_events) | new_ids)
    moved = set(old_events) | new_ids
    stale = [
        link
        for link in index.links_touching(touched_ids)
        if (link[1] != COVERED and link[0] in sources)
        or (link[1] == COVERED and (link[0] in moved or link[2] in moved))
        or link[0] in gone
        or link[2] in gone
    ]
    index.delete_links(stale)
    index.add_links(fresh)
    touched = (new_ids | {x for link in [*stale, *fresh] for x in (link[0], link[2])}) - gone
    by_event = _links_by_event(index.links_touching(sorted(touched)))
    out = [replace(ev, related=related_of(ev.id, by_event.get(ev.id, ()))) for ev in events]
    for eid in sorted(touched - new_ids):
        prior = store.get_event(eid)
        if prior is None:
            continue
        related = related_of(eid, by_event.get(eid, ()))
        if related != prior.related:
            out.append(replace(prior, related=related))
    return out


def _event_views(
    store: Store,
    index: ResolveIndex,
    resolver: ResolverV3,
    loaded: _Loaded,
    ids: set[str],
    known: dict[str, EventView],
) -> dict[str, EventView]:
    """The lifecycle views of ``ids``: changed events' from ``known``, the others as stored by the
    last resolution (an event without a stored view is rebuilt from its records, and stored)."""
    out = {eid: known[eid] for eid in ids if eid in known}
    for eid, text in index.event_views(sorted(ids - set(out))).items():
        out[eid] = view_from_json(text)
    rest = sorted(ids - set(out))
    if not rest:
        return out
    members = index.members(rest)
    loaded.load({r for rs in members.values() for r in rs})
    built: dict[str, EventView] = {}
    for eid in rest:
        ev = store.get_event(eid)
        if ev is None:
            continue
        built[eid] = event_view(
            ev, [loaded.views[m] for m in ev.record_ids], loaded.vectors, resolver.words.rare
        )
    index.set_event_views([], {eid: view_to_json(v) for eid, v in built.items()})
    return out | built


def supports_incremental(resolver: Any) -> TypeGuard[ResolverV3]:
    """Whether ``resolver`` makes only local decisions, so that an update can be incremental."""
    return isinstance(resolver, ResolverV3)
