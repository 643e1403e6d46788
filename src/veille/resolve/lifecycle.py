"""Lifecycle links between resolved events (``related``), each with the reasons it was drawn.

An attack, then arrests for it; a plot foiled, then charges, a trial, a verdict for the same
people; an operation reported as a dismantled cell and as a raid; a statistic that counts an
event. Each later event points to the best earlier one it continues, and the earlier one points
back (``arrest_for`` / ``arrests``, ``charge_of`` / ``charges``, ``trial_of`` / ``trials``,
``conviction_of`` and ``acquittal_of`` / ``verdicts``, ``covered_by_statistic`` / ``covers``,
``same_operation`` both ways).

People are rarely named the same way twice, so the evidence is what the reports share: the
wording of their evidence sentences (names, venues, districts), places, groups, agencies, the
number of people, and articles that report both events.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from veille.records import ResolvedEvent, haversine_km
from veille.resolve.features import NEAR_KM, Place, View, day
from veille.resolve.text import Vector, centroid, cosine

OPERATIONS = frozenset({"plot_foiled", "cell_dismantled", "arrest", "raid"})
ARRESTS = frozenset({"arrest", "raid", "cell_dismantled"})
VERDICTS = frozenset({"conviction", "acquittal"})
# source type -> (relation, target stages in order of preference, most days between them)
RULES: dict[str, tuple[str, tuple[frozenset[str], ...], int]] = {
    "arrest": ("arrest_for", (frozenset({"attack"}),), 365),
    "raid": ("arrest_for", (frozenset({"attack"}),), 365),
    "cell_dismantled": ("arrest_for", (frozenset({"attack"}),), 365),
    "charge": ("charge_of", (OPERATIONS, frozenset({"attack"})), 730),
    "trial": ("trial_of", (frozenset({"charge"}), OPERATIONS, frozenset({"attack"})), 1500),
    "conviction": (
        "conviction_of",
        (frozenset({"trial"}), frozenset({"charge"}), OPERATIONS, frozenset({"attack"})),
        1500,
    ),
    "acquittal": (
        "acquittal_of",
        (frozenset({"trial"}), frozenset({"charge"}), OPERATIONS, frozenset({"attack"})),
        1500,
    ),
}
INVERSE = {
    "arrest_for": "arrests",
    "charge_of": "charges",
    "trial_of": "trials",
    "conviction_of": "verdicts",
    "acquittal_of": "verdicts",
    "covered_by_statistic": "covers",
    "same_operation": "same_operation",
}
LINK_THRESHOLD = 0.5
MAX_CANDIDATES = 50
SAME_OPERATION_LAG = 1
SAME_OPERATION_STAGE = "=operation"  # the candidates of same_operation links, a stage of its own
KEY_TERMS = 6
CENTROID_TERMS = 40  # an event's wording: its heaviest terms are enough to compare
Link = tuple[str, str, str, str]  # source event, relation, target event, why
# A stage a source looked through: its name, most days back, and the (last day, id) of its
# MAX_CANDIDATES-th candidate, or None when it had fewer (any compatible event would enter).
Horizon = tuple[str, int, tuple[int, str] | None]


@dataclass(frozen=True)
class EventView:
    """A resolved event as lifecycle linking sees it."""

    id: str
    record_type: str
    event_type: str
    types: frozenset[str]
    lo: int
    hi: int
    precise: bool
    countries: frozenset[str]
    places: tuple[Place, ...]
    cities: frozenset[str]
    regions: frozenset[str]
    groups: frozenset[str]
    agents: frozenset[str]
    people: int | None
    articles: frozenset[str]
    vector: Vector
    metric: str | None
    terms: tuple[str, ...] = ()  # its rarest heavy words: names, venues, districts


def link_lifecycles(
    events: Sequence[tuple[ResolvedEvent, list[str]]],
    views: dict[str, View],
    vectors: dict[str, Vector],
    rare: Callable[[str], bool] = lambda w: True,
) -> list[ResolvedEvent]:
    """The events with their ``related`` links filled in.

    ``rare`` tells which words are rare enough to find an event by (a name, not "police").
    """
    evs = {ev.id: _event_view(ev, [views[m] for m in members], vectors, rare) for ev, members in events}
    links = lifecycle_links(list(evs.values()))
    related: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for src, relation, dst, why in links:
        related[src].add((relation, dst, why))
        related[dst].add((INVERSE[relation], src, why))
    out = []
    for ev, _ in events:
        mine = sorted(related.get(ev.id, ()), key=lambda x: (x[0], x[1]))
        out.append(replace(ev, related=tuple({"event_id": d, "relation": r, "why": w} for r, d, w in mine)))
    return out


def lifecycle_links(
    events: list[EventView],
    sources: set[str] | None = None,
    covers: set[str] | None = None,
    horizons: dict[str, list[Horizon]] | None = None,
) -> list[Link]:
    """Every link, deterministically: sources in id order, candidates by date then id.

    With ``sources``, only the links drawn from those events (their candidates are still all of
    ``events``), plus the statistic coverage of the events in ``covers``: what an incremental
    update redraws. With ``horizons``, the stages each source looked through are recorded there
    (:data:`Horizon`; what :mod:`veille.resolve.lifeindex` stores so that an update can tell
    which sources a changed event cannot affect).
    """
    index: dict[tuple[str, str], list[EventView]] = defaultdict(list)
    stats: dict[str, list[EventView]] = defaultdict(list)
    for e in sorted(events, key=lambda e: (e.hi, e.id)):
        if e.record_type == "statistic":
            for c in sorted(e.countries):
                stats[c].append(e)
            continue
        for key in _keys(e):
            index[(key, e.event_type)].append(e)
    his = {k: [e.hi for e in v] for k, v in index.items()}
    links: list[Link] = []
    for s in sorted(events, key=lambda e: e.id):
        if s.record_type == "statistic":
            continue
        mine = sources is None or s.id in sources
        if not mine and (covers is None or s.id not in covers):
            continue
        rule = RULES.get(s.event_type) if mine else None
        looked: list[Horizon] = []
        if rule is not None:
            relation, stages, lag = rule
            for stage in stages:
                cands = _candidates(s, stage, lag, index, his)
                looked.append((stage_name(stage), lag, _horizon(cands)))
                found = _best(s, cands)
                if found is not None:
                    links.append((s.id, relation, found[1], found[2]))
                    break
        if mine and s.event_type in OPERATIONS:
            cands = _candidates(s, OPERATIONS, SAME_OPERATION_LAG, index, his)
            looked.append((SAME_OPERATION_STAGE, SAME_OPERATION_LAG, _horizon(cands)))
            for t in cands:
                why = _same_operation(s, t) if t.id > s.id else None
                if why:
                    links.append((s.id, "same_operation", t.id, why))
        if horizons is not None and looked:
            horizons[s.id] = looked
        for c in sorted(s.countries):
            for st in stats.get(c, ()):
                why = _covered(s, st)
                if why:
                    links.append((s.id, "covered_by_statistic", st.id, why))
    return sorted(set(links))


def stage_name(stage: frozenset[str]) -> str:
    """A stage of :data:`RULES` by name: its types, sorted, comma-separated."""
    return ",".join(sorted(stage))


def target_stages(event_type: str) -> list[str]:
    """The stages (by name) in which an event of ``event_type`` is a candidate."""
    out = sorted({stage_name(st) for _, stages, _ in RULES.values() for st in stages if event_type in st})
    return out + ([SAME_OPERATION_STAGE] if event_type in OPERATIONS else [])


def _horizon(cands: list[EventView]) -> tuple[int, str] | None:
    """The last (day, id) of a full candidate list: an event ranked after it cannot enter."""
    if len(cands) < MAX_CANDIDATES:
        return None
    return cands[MAX_CANDIDATES - 1].hi, cands[MAX_CANDIDATES - 1].id


def _keys(e: EventView) -> list[str]:
    """What an earlier step must share with a later one to be considered: an article, a place, a
    group or a rare word (the court sits in Paris, the suspects were arrested in Lyon: their
    names are what the reports share)."""
    return (
        [f"a:{a}" for a in sorted(e.articles)]
        + [f"c:{c}" for c in sorted(e.cities)]
        + [f"r:{r}" for r in sorted(e.regions)]
        + [f"g:{g}" for g in sorted(e.groups)]
        + [f"w:{w}" for w in e.terms]
    )


def _candidates(
    s: EventView,
    stage: frozenset[str],
    lag: int,
    index: dict[tuple[str, str], list[EventView]],
    his: dict[tuple[str, str], list[int]],
) -> list[EventView]:
    """Earlier events of ``stage`` sharing an article, a place or a group with ``s``, at most
    ``lag`` days before it: the most recent ``MAX_CANDIDATES`` of them."""
    found: dict[str, EventView] = {}
    for key in _keys(s):
        for t in sorted(stage):
            k = (key, t)
            if k not in index:
                continue
            lo = bisect_left(his[k], s.lo - lag)
            hi = bisect_right(his[k], s.hi + 1)
            for e in index[k][lo:hi]:
                if e.id != s.id and e.lo <= s.hi and s.countries & e.countries:
                    found[e.id] = e
    cands = sorted(found.values(), key=lambda e: (s.lo - e.hi, e.id))
    return cands[:MAX_CANDIDATES]


def _best(s: EventView, cands: list[EventView]) -> tuple[float, str, str] | None:
    best: tuple[float, str, str] | None = None
    for t in cands:
        score, reasons = _continuation(s, t)
        if score < LINK_THRESHOLD:
            continue
        if best is None or score > best[0] or (score == best[0] and t.id < best[1]):
            best = (score, t.id, f"score {score:.2f}: " + "; ".join(reasons))
    return best


def _continuation(s: EventView, t: EventView) -> tuple[float, list[str]]:
    """How likely ``s`` continues ``t`` (the same people or the same attack)."""
    score, reasons = 0.0, []
    sim = cosine(s.vector, t.vector)
    score += 0.8 * sim
    reasons.append(f"shared wording {sim:.2f}")
    shared_articles = sorted(s.articles & t.articles)
    if shared_articles:
        score += 0.3
        reasons.append(f"reported together in {shared_articles[0]}")
    place = _place_match(s, t)
    if place:
        score += place[0]
        reasons.append(place[1])
    groups = sorted(s.groups & t.groups)
    if groups:
        score += 0.1
        reasons.append(f"same group {groups[0]}")
    if s.people and t.people and s.people == t.people:
        score += 0.15
        reasons.append(f"same number of people ({s.people})")
    elif s.people and t.people and s.event_type != "arrest":
        score -= 0.1
        reasons.append(f"different numbers of people ({t.people}, then {s.people})")
    agents = sorted(s.agents & t.agents)
    if agents:
        score += 0.05
        reasons.append(f"same agency {agents[0]}")
    return score, reasons


def _place_match(a: EventView, b: EventView) -> tuple[float, str] | None:
    same = sorted(a.cities & b.cities)
    if same:
        return 0.2, f"same place {same[0]}"
    for pa in a.places:
        for pb in b.places:
            if None not in (pa.lat, pa.lon, pb.lat, pb.lon):
                d = haversine_km(pa.lat or 0.0, pa.lon or 0.0, pb.lat or 0.0, pb.lon or 0.0)
                if d <= NEAR_KM:
                    return 0.15, f"places {d:.0f} km apart ({pa.city}, {pb.city})"
    regions = sorted(a.regions & b.regions)
    if regions:
        return 0.1, f"same region {regions[0].split('/', 1)[1]}"
    return None


def _same_operation(a: EventView, b: EventView) -> str | None:
    """Two events of one operation: same days, same place, same agency, different facets."""
    if a.event_type == b.event_type and not a.articles & b.articles:
        return None
    if not (a.precise and b.precise) or a.lo > b.hi + 1 or b.lo > a.hi + 1:
        return None
    agents = sorted(a.agents & b.agents)
    place = _place_match(a, b)
    if not agents or place is None:
        return None
    return f"{a.event_type} and {b.event_type} on the same days; {place[1]}; same agency {agents[0]}"


def _covered(e: EventView, st: EventView) -> str | None:
    """Whether statistic ``st`` counts event ``e``: its kind, its country, inside its period."""
    if not e.precise or e.lo < st.lo or e.hi > st.hi:
        return None
    counted = st.event_type
    if counted in e.types:
        kind = f"counts {counted} events"
    elif counted == "arrest" and e.types & OPERATIONS - {"raid"}:
        kind = "counts arrests, which this operation made"
    else:
        return None
    country = sorted(e.countries & st.countries)[0]
    return f"{kind}; same country {country}; date inside the period"


def _event_view(
    ev: ResolvedEvent, members: Sequence[View], vectors: dict[str, Vector], rare: Callable[[str], bool]
) -> EventView:
    values = ev.values
    date = values.get("date") or {}
    lo, hi = day(date.get("start")), day(date.get("end"))
    if values.get("record_type") == "statistic":
        period = (values.get("statistic") or {}).get("period") or {}
        lo, hi = day(period.get("start")) or lo, day(period.get("end")) or hi
    precise = lo is not None and (date.get("precision") in {"day", "week", "month"})
    if lo is None or hi is None:
        lo, hi = min(m.lo for m in members), max(m.hi for m in members)
    counts = values.get("counts") or {}
    people = counts.get("persons") or counts.get("arrested")
    places = {p for m in members for p in m.places}
    vector = centroid((vectors[m.id] for m in members), CENTROID_TERMS)
    return EventView(
        id=ev.id,
        record_type=str(values.get("record_type", "event")),
        event_type=str(values.get("event_type", "")),
        types=frozenset(m.event_type for m in members),
        lo=lo,
        hi=max(lo, hi),
        precise=precise and (hi - lo) <= 31,
        countries=frozenset(c for m in members for c in m.countries),
        places=tuple(sorted(places, key=lambda p: (p.city, p.country, p.admin1))),
        cities=frozenset(p.city for p in places),
        regions=frozenset(r for m in members for r in m.regions),
        groups=frozenset(g for m in members for g in m.groups),
        agents=frozenset(a for m in members for a in m.agents),
        people=int(people) if people else None,
        articles=frozenset(ev.article_ids),
        vector=vector,
        metric=(values.get("statistic") or {}).get("metric"),
        terms=_key_terms(vector, rare),
    )


def _key_terms(vector: Vector, rare: Callable[[str], bool]) -> tuple[str, ...]:
    """The ``KEY_TERMS`` heaviest rare words of an event's wording."""
    heavy = sorted(vector.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple(sorted([w for w, _ in heavy if rare(w)][:KEY_TERMS]))
