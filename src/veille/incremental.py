"""Incremental resolution: new, changed and deleted records re-resolve only their neighbourhood.

For a resolver whose decisions are local (``blocking.v3``: a pair's score and whether two records
meet depend on those two records only), the events of all records are the union of the events
of the connected pieces of the graph of pairs that could change a grouping. So an update:

1. takes the pending records (new or changed since the last resolution, or deleted: their old
   version, kept in ``resolve_records``, still says where their neighbours are), found from
   the rows not seen yet (:meth:`ResolveIndex.pending`), not by comparing every record;
2. walks that graph from them through the stored block index (same block, dates within reach),
   scoring each pair met, and closes the set under the events its records were in and the
   analysts' overrides that name them; a vague report's low pair only words its reasons, so
   it is not followed, but the report is re-resolved (:func:`_neighbourhood`);
3. re-resolves that set alone (with, beside it, the groups some reasons name), applies the
   overrides, keeps event ids as a full run does; an event whose lifecycle view comes out the
   same is no change for the links;
4. redraws lifecycle links for the changed events and for every event that could have had one of
   them (old or new) among its ``MAX_CANDIDATES`` best candidates in a stage it looks through
   (stored per source, key and stage as a window of days: ``resolve_source_keys``; see
   :func:`_relink` for why the others keep their links), and statistic coverage for the pairs
   involving a changed event;
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
from veille.resolve.lifecycle import EventView, Horizon, Link, lifecycle_links
from veille.resolve.lifeindex import (
    COVERED,
    event_view,
    index_keys,
    related_of,
    source_keys,
    stage_queries,
    target_keys,
    view_from_json,
    view_to_json,
)
from veille.resolve.overrides import Override, apply_overrides
from veille.resolve.scoring import Scored
from veille.resolve.text import Vector
from veille.resolve.v2 import is_vague
from veille.resolve.v3 import ResolverV3, ResolverV3E
from veille.store import reviews
from veille.store.resolve_index import EmbeddingTable, KeyRow, ResolveIndex
from veille.store.store import EventChanges, Store

STATE_RESOLVER = "resolver"
STATE_DECISIONS = "decisions"
STATE_INDEX = "index"
# What the index tables hold; a store indexed by an older version is re-resolved in full once
# (version 2: resolve_source_keys, the sources' candidate windows).
INDEX_VERSION = "2"


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
        if full or index.state(STATE_RESOLVER) != resolver.name or index.state(STATE_INDEX) != INDEX_VERSION:
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
    horizons: dict[str, list[Horizon]] = {}
    links = lifecycle_links(list(evviews.values()), horizons=horizons)
    by_event = _links_by_event(links)
    events = [replace(ev, related=related_of(ev.id, by_event.get(ev.id, ()))) for ev in events]
    changes = store.replace_events(events)
    index.clear()
    index.remember_records(sorted(views), {i: record_keys(resolver, v) for i, v in views.items()})
    index.set_event_keys([], {eid: index_keys(e) for eid, e in evviews.items()})
    index.set_event_views([], {eid: view_to_json(e) for eid, e in evviews.items()})
    index.set_source_keys([], {eid: source_keys(evviews[eid], h) for eid, h in horizons.items()})
    index.add_links(links)
    index.set_state(STATE_RESOLVER, resolver.name)
    index.set_state(STATE_INDEX, INDEX_VERSION)
    index.mark_audit_seen()
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
    start = set(changed + decided)
    members, walk = _neighbourhood(index, resolver, loaded, seeds, start, set(deleted), named)

    reports = [loaded.reports[i] for i in sorted(members)]
    owner = index.owners(sorted(members | set(deleted)))
    old_events = sorted(set(owner.values()))
    # A vague report that joins a group names its next best in its reasons, which may lie in a
    # group outside: those groups are resolved beside, as context, and not written.
    context = walk.context({rid for rid in members if is_vague(loaded.views[rid])}, members)
    around = [loaded.reports[i] for i in sorted(members | context)]
    clustered = [
        (ev, ids)
        for ev, ids in resolver.cluster(around, loaded.views, loaded.vectors)
        if not set(ids).isdisjoint(members)
    ]
    for _, ids in clustered:
        if not set(ids) <= members:  # the context is made of whole groups (see _neighbourhood)
            raise RuntimeError(f"incremental resolution: a group spans the part and its context: {ids}")
    events = apply_overrides([ev for ev, _ in clustered], overrides, {r.record.id: r.record for r in reports})
    events = store.keep_ids(events, owner)
    events = apply_edits(events, edits)
    new_views = {ev.id: _view_of(resolver, ev, loaded.views, loaded.vectors) for ev in events}
    removed = sorted(set(old_events) - set(new_views))
    # An event re-resolved into the same lifecycle view (same id) is no change for the links:
    # they depend on views only. In a large connected group most events come out the same.
    texts = {eid: view_to_json(e) for eid, e in new_views.items()}
    stored = index.event_views(sorted(set(old_events) & set(texts)))
    same = {eid for eid, text in stored.items() if texts[eid] == text}
    moved_views = {eid: e for eid, e in new_views.items() if eid not in same}
    moved_old = [eid for eid in old_events if eid not in same]

    writes = _relink(store, index, resolver, loaded, events, moved_views, moved_old)
    changes = store.update_events(writes, removed)
    index.set_event_keys(moved_old, {eid: index_keys(e) for eid, e in moved_views.items()})
    index.set_event_views(moved_old, {eid: texts[eid] for eid in moved_views})
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
) -> tuple[set[str], _Walk]:
    """The records whose events a change can alter, and the walk that found them (its
    :meth:`_Walk.context` gives the records needed beside them for the reasons).

    Grouping (``cluster_pairs``: strong joins, then each vague report, in id order, joins the
    one group it fits) depends on pairs of records only, and not on all of them:

    * a pair is *relevant* when it can change which records are grouped: a join (score at the
      threshold), or a vague report's specific pair scoring above ``floor - margin`` (the vague
      settings). A lower pair can neither be a vague report's choice (under ``floor``) nor stop
      one (a second best stops the choice only above ``best - margin >= floor - margin``);
    * any other pair that v3 calls decisive (a vague report's specific pair, however low) only
      words the reasons: a vague report that joins names its next best group's score.

    So the groups of a connected piece of the relevant graph depend on that piece alone. A
    change alters the groups of the pieces it touches (``R``: walked from the changed records,
    their old versions and old events, and the overrides naming them), and the reasons of the
    vague reports outside ``R`` that have a specific pair into ``R`` (their next best may be in
    a group of ``R``); their pieces are re-resolved too, and the groups they belong to keep
    their records. The set returned is ``R`` and those pieces; every event outside it is
    unchanged. Its groups come out right when it is resolved alone; only the reasons of its
    vague reports need more: the pieces of their other specific partners (whole pieces, so
    grouped as a full run groups them; their own events are not rewritten).
    """
    walk = _Walk(index, resolver, loaded)
    inside = set(start)
    walk.close(deque(seeds), inside, deleted, named)
    # Vague reports whose next best may have changed: their pieces are re-resolved as well.
    worded = {y for x, y in walk.loose if y not in inside and is_vague(loaded.views[y])}
    inside |= worded
    walk.close(deque((loaded.views[y], loaded.vectors[y]) for y in sorted(worded)), inside, set(), named)
    return inside, walk


class _Walk:
    """Walks of the relevant graph (see :func:`_neighbourhood`), keeping the other decisive pairs."""

    def __init__(self, index: ResolveIndex, resolver: ResolverV3, loaded: _Loaded) -> None:
        self.index = index
        self.resolver = resolver
        self.loaded = loaded
        self.loose: list[tuple[View, str]] = []  # decisive, not relevant: (the walked one, the other)
        floor, margin = resolver.vague
        self.low = floor - margin if margin > 0 else None

    def relevant(self, got: Scored) -> bool:
        if got[0] >= self.resolver.threshold or self.low is None:
            return True
        return got[0] > self.low

    def context(self, joined: set[str], inside: set[str]) -> set[str]:
        """The pieces, outside ``inside``, of the specific partners that the walks met of the
        records ``joined`` (as they are now, not their old versions)."""
        views = self.loaded.views
        partners = {y for x, y in self.loose if x.id in joined and y not in inside and views.get(x.id) is x}
        out: set[str] = set()
        for y in sorted(partners):
            if y not in out:
                out.add(y)
                self.spread(deque([(self.loaded.views[y], self.loaded.vectors[y])]), inside, out)
        return out

    def spread(self, queue: deque[tuple[View, Vector]], done: set[str], into: set[str]) -> None:
        """Add to ``into`` what the relevant pairs reach from ``queue`` (records in ``done`` or
        ``into`` already are not walked again)."""
        walked: set[View] = set()
        loaded, resolver = self.loaded, self.resolver
        while queue:
            x, vx = queue.popleft()
            if x in walked:
                continue
            walked.add(x)
            found: set[str] = set()
            for key, tol in resolver.block_keys(x):
                found.update(self.index.neighbours(key, x.lo - tol, x.hi + tol))
            found.discard(x.id)
            loaded.load(found)
            for y in sorted(found):
                if y in done or y in into or y not in loaded.views:
                    continue
                vy = loaded.views[y]
                if not resolver.allowed(x, vy):
                    continue
                got = resolver.score(x, vy, vx, loaded.vectors[y])
                if not resolver.decisive(x, vy, got) or got is None:
                    continue
                if self.relevant(got):
                    into.add(y)
                    queue.append((vy, loaded.vectors[y]))
                else:
                    self.loose.append((x, y))

    def close(
        self, queue: deque[tuple[View, Vector]], inside: set[str], deleted: set[str], named: list[set[str]]
    ) -> None:
        """Grow ``inside`` under relevant pairs, the events its records were in and the overrides
        and edits naming them."""
        absent: set[str] = set()
        while True:
            self.spread(queue, set(), inside)
            # The deleted records' old events too: what they held must be grouped again.
            more = _closure(self.index, inside | deleted, named) - inside - deleted - absent
            if not more:
                return
            self.loaded.load(more)
            for rid in sorted(more):
                if rid in self.loaded.views:
                    inside.add(rid)
                    queue.append((self.loaded.views[rid], self.loaded.vectors[rid]))
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
    """Redraw the lifecycle links a change can alter; the events whose ``related`` must be written.

    ``events`` are all the re-resolved events; ``new_views`` the views of those whose view
    changed (or that are new) and ``old_events`` the ids, before the update, of the events
    whose view changed or that are gone: the others are no change for the links.

    The links drawn from a source ``s`` depend on ``s`` and, for each stage it looks through (in
    order, up to the first that gives a link; and its same-operation candidates), on its
    ``MAX_CANDIDATES`` best candidates only. Let X be the changed events, each with an old
    version (gone from the candidates) and a new one (come in). If no old version was among
    the best of a stage and no new one ranks at or above that stage's horizon (the last of a
    full list; any compatible event when the list is not full), every member of the old list
    is still there and still ranks before every newcomer: the list, and so the link, is the
    same. A stage ``s`` never reached (it found a link earlier) does not matter, whatever
    enters it, since the earlier stages are unchanged. So the sources to redraw are the changed
    events and the events whose stored window (:func:`source_keys`, written whenever a source
    is redrawn, hence describing its current lists) holds an old or a new version of a changed
    event; that is what :meth:`ResolveIndex.sources_of` returns (a superset: it ignores the
    shared-country condition). The windows of the others stay true for the same reason.
    """
    new_ids = set(new_views)
    old_keys = index.event_keys(old_events)
    gone = set(old_events) - new_ids
    # Sources whose best candidates may hold a changed event (before or after the change).
    sources: set[str] = set(new_ids)
    covered: set[str] = set()
    targets: list[tuple[str, list[tuple[str, str, int, int]]]] = [
        (eid, rows) for eid, rows in old_keys.items()
    ] + [(eid, index_keys(e)) for eid, e in new_views.items()]
    for eid, rows in targets:
        for key, _, lo, hi in rows:
            if key.startswith("s:"):
                covered.update(index.events_within("n:" + key[2:], lo, hi))
        by_stage: dict[tuple[tuple[str, ...], int, int], list[str]] = {}
        for key, stages, lo, hi in target_keys(rows):
            by_stage.setdefault((tuple(stages), lo, hi), []).append(key)
        for (names, lo, hi), keys in sorted(by_stage.items()):
            sources.update(index.sources_of(keys, names, lo, hi, eid))
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
    horizons: dict[str, list[Horizon]] = {}
    fresh = {
        link
        for link in lifecycle_links(list(pool.values()), sources, sources | covered, horizons)
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
    index.set_source_keys(
        sorted(sources | gone), {eid: source_keys(pool[eid], h) for eid, h in horizons.items()}
    )
    touched = (new_ids | {x for link in [*stale, *fresh] for x in (link[0], link[2])}) - gone
    written = {ev.id for ev in events}
    by_event = _links_by_event(index.links_touching(sorted(touched | written)))
    out = [replace(ev, related=related_of(ev.id, by_event.get(ev.id, ()))) for ev in events]
    for eid in sorted(touched - written):
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
