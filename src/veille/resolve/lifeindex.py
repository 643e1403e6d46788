"""What incremental resolution needs to redraw lifecycle links around changed events only.

An event's lifecycle candidates are found through keys (an article, a city, a region, a group, a
rare word: :func:`veille.resolve.lifecycle._keys`), its type and its days. Stored per event, they
answer the two questions an update asks: which events could a changed event link to (its
candidates), and which events could have it as a candidate (their links must be redrawn).
Statistics are found by country ("s:CC") and the events they may cover by country ("n:CC").
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from veille.records import ResolvedEvent
from veille.resolve.features import Place, View
from veille.resolve.lifecycle import (
    INVERSE,
    OPERATIONS,
    RULES,
    SAME_OPERATION_LAG,
    EventView,
    Horizon,
    Link,
    _event_view,
    _keys,
    target_stages,
)
from veille.resolve.text import Vector

COVERED = "covered_by_statistic"
IndexKey = tuple[str, str, int, int]  # key, event type, lo, hi
SourceKey = tuple[str, str, int, int, str]  # key, stage, window's first day, source's last day, horizon id


def _sources() -> dict[str, tuple[frozenset[str], int]]:
    acc: dict[str, set[str]] = defaultdict(set)
    lag: dict[str, int] = defaultdict(int)
    for src, (_, stages, days) in RULES.items():
        for stage in stages:
            for t in stage:
                acc[t].add(src)
                lag[t] = max(lag[t], days)
    for t in OPERATIONS:
        acc[t] |= OPERATIONS
        lag[t] = max(lag[t], SAME_OPERATION_LAG)
    return {t: (frozenset(acc[t]), lag[t]) for t in acc}


SOURCES = _sources()  # target type -> (types of the events that may link to it, most days after)


def event_view(
    ev: ResolvedEvent, members: Sequence[View], vectors: dict[str, Vector], rare: Callable[[str], bool]
) -> EventView:
    return _event_view(ev, members, vectors, rare)


def view_to_json(e: EventView) -> str:
    """An event's lifecycle view as JSON; :func:`view_from_json` gives back an equal view (floats
    and the order of the wording vector's terms kept, so scores come out bit for bit the same)."""
    return json.dumps(
        [
            e.id,
            e.record_type,
            e.event_type,
            sorted(e.types),
            e.lo,
            e.hi,
            e.precise,
            sorted(e.countries),
            [[p.name, p.country, p.admin1, p.city, p.lat, p.lon] for p in e.places],
            sorted(e.cities),
            sorted(e.regions),
            sorted(e.groups),
            sorted(e.agents),
            e.people,
            sorted(e.articles),
            list(e.vector.items()),
            e.metric,
            list(e.terms),
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def view_from_json(text: str) -> EventView:
    v: list[Any] = json.loads(text)
    return EventView(
        id=v[0],
        record_type=v[1],
        event_type=v[2],
        types=frozenset(v[3]),
        lo=v[4],
        hi=v[5],
        precise=v[6],
        countries=frozenset(v[7]),
        places=tuple(Place(*p) for p in v[8]),
        cities=frozenset(v[9]),
        regions=frozenset(v[10]),
        groups=frozenset(v[11]),
        agents=frozenset(v[12]),
        people=v[13],
        articles=frozenset(v[14]),
        vector={w: x for w, x in v[15]},
        metric=v[16],
        terms=tuple(v[17]),
    )


def index_keys(e: EventView) -> list[IndexKey]:
    if e.record_type == "statistic":
        return [(f"s:{c}", e.event_type, e.lo, e.hi) for c in sorted(e.countries)]
    keys = sorted(set(_keys(e)))
    return [(k, e.event_type, e.lo, e.hi) for k in keys] + [
        (f"n:{c}", e.event_type, e.lo, e.hi) for c in sorted(e.countries)
    ]


def source_keys(s: EventView, looked: Sequence[Horizon]) -> list[SourceKey]:
    """Where a source can be reached from: for each of its keys and each stage it looked
    through, the window of last days an event must have to enter its candidates.

    An event ``t`` enters the candidates of ``s`` for a stage only if it shares a key with
    ``s``, its type is in the stage, ``t.hi`` lies in ``[s.lo - lag, s.hi + 1]``, ``t.lo <= s.hi``,
    and it ranks among the ``MAX_CANDIDATES`` best by (``s.lo - t.hi``, ``t.id``). When the
    stage's list is full, its last member (day ``d``, id ``h``) is the horizon: ``t`` ranks at
    or above it only if ``t.hi > d`` or (``t.hi == d`` and ``t.id <= h``). So the window starts at
    ``d`` (id ``h``), else at ``s.lo - lag`` (id ``""``: no tie rule). Only the stages looked
    through are listed: a source that found its link in an earlier stage never looks at the
    later ones, so an event of a later stage cannot change its links.
    """
    keys = sorted(set(_keys(s)))
    out: list[SourceKey] = []
    for stage, lag, horizon in looked:
        first, hid = (s.lo - lag, "") if horizon is None else horizon
        out += [(k, stage, first, s.hi, hid) for k in keys]
    return out


def target_keys(rows: Iterable[IndexKey]) -> list[tuple[str, list[str], int, int]]:
    """From an event's index keys: (key, stages it is a candidate in, lo, hi) for finding the
    sources that may hold it among their candidates (statistics and countries excluded)."""
    return [
        (key, target_stages(etype), lo, hi)
        for key, etype, lo, hi in rows
        if not key.startswith(("n:", "s:")) and target_stages(etype)
    ]


def stage_queries(s: EventView) -> list[tuple[list[str], int]]:
    """The (target types, most days before) a source's links look through."""
    if s.record_type == "statistic":
        return []
    out: list[tuple[list[str], int]] = []
    rule = RULES.get(s.event_type)
    if rule is not None:
        out += [(sorted(stage), rule[2]) for stage in rule[1]]
    if s.event_type in OPERATIONS:
        out.append((sorted(OPERATIONS), SAME_OPERATION_LAG))
    return out


def related_of(event_id: str, links: Iterable[Link]) -> tuple[dict[str, str], ...]:
    """``related`` of one event from the links touching it, as :func:`link_lifecycles` writes it."""
    mine: set[tuple[str, str, str]] = set()
    for src, relation, dst, why in links:
        if src == event_id:
            mine.add((relation, dst, why))
        if dst == event_id:
            mine.add((INVERSE[relation], src, why))
    return tuple({"event_id": d, "relation": r, "why": w} for r, d, w in sorted(mine))
