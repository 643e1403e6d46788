"""``blocking.v2``: one event per happening across outlets, lifecycles linked, every link explained.

1. Each record becomes a :class:`~veille.resolve.features.View` (days, places with coordinates,
   groups, agencies, counts) and a TF-IDF vector of its evidence sentences.
2. Blocking: records meet only inside a block (record type, type family, country), or (type
   family, named agency) so that a mis-geocoded report still meets its twins; inside a block
   only records whose dates come within the family's tolerance are scored, and a record with a
   wide or missing date meets at most ``max_candidates`` others. Work per record stays
   near-constant however many records there are.
3. Pairs at or above the threshold are joined best first; two groups are joined only when no
   pair across them is impossible (same article, two cities of one attack, days apart), so
   one vague report cannot chain two happenings together.
4. Each group becomes an event (:mod:`veille.resolve.events`); then lifecycle links are drawn
   between events (:mod:`veille.resolve.lifecycle`).

Deterministic: the result depends on the set of records, never on their order.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from veille.records import ResolvedEvent
from veille.resolve.blocking import Report
from veille.resolve.events import Member, build_event
from veille.resolve.features import DEFAULT_TOLERANCE, TOLERANCE_DAYS, Folder, View, make_view, norm
from veille.resolve.lifecycle import link_lifecycles
from veille.resolve.scoring import THRESHOLD, Scored, score_views
from veille.resolve.text import Tfidf, cosine, tokens

if TYPE_CHECKING:
    from veille.kb import ActorKB

# A vague report (no city, no day: "they were arrested in February") left alone after the
# joins goes to the one happening it fits clearly better than any other, if it fits at all.
VAGUE_THRESHOLD = 0.3
VAGUE_MARGIN = 0.1
SPECIFIC = (
    "same place",
    "places ",
    "nearby places",
    "same region",
    "same group",
    "same agency",
    "same counts",
    "same countries",
    "shared wording",
)
WIDE_DAYS = 7  # a record whose interval is longer than this is "wide" (a month, a year, undated)


class GroupKeys:
    """Armed-group names to one key per family of groups (ISKP and Islamic State share one).

    With no knowledge base the key is the folded name. The cache lives on the instance.
    """

    def __init__(self, kb: ActorKB | None = None) -> None:
        self.kb = kb
        self._cache: dict[str, str] = {}

    def __call__(self, name: str) -> str:
        got = self._cache.get(name)
        if got is None:
            got = self._key(name)
            self._cache[name] = got
        return got

    def _key(self, name: str) -> str:
        if self.kb is None:
            return norm(name)
        entry = self.kb.canonical(name)
        if entry is None:
            return norm(name)
        ancestors = self.kb.ancestors(entry.id)
        root = ancestors[-1] if ancestors else entry
        return norm(root.name)


class ResolverV2:
    """``blocking.v2``: see the module docstring."""

    name = "blocking.v2"

    def __init__(
        self,
        threshold: float = THRESHOLD,
        kb: ActorKB | None = None,
        max_candidates: int = 64,
        lifecycle: bool = True,
        vague_threshold: float = VAGUE_THRESHOLD,
        vague_margin: float = VAGUE_MARGIN,
    ) -> None:
        self.threshold = threshold
        self.vague = (vague_threshold, vague_margin)
        self.groups = GroupKeys(kb)
        self.max_candidates = max_candidates
        self.lifecycle = lifecycle

    @classmethod
    def from_settings(cls, settings: Any = None) -> ResolverV2:
        """With the bundled actor knowledge base (group families)."""
        from veille.kb import ActorKB

        return cls(kb=ActorKB.load())

    def resolve(self, reports: Sequence[Report]) -> list[ResolvedEvent]:
        by_id = {r.record.id: r for r in reports}
        ids = sorted(by_id)
        fold = Folder()
        views = {
            i: make_view(by_id[i].record, by_id[i].published, by_id[i].source, self.groups, fold) for i in ids
        }
        docs = {
            i: tokens(" ".join(e.text for e in by_id[i].record.evidence) or by_id[i].record.summary)
            for i in ids
        }
        tfidf = Tfidf(docs[i] for i in ids)
        vectors = {i: tfidf.vector(docs[i]) for i in ids}

        def score(i: str, j: str) -> Scored | None:
            return score_views(views[i], views[j], cosine(vectors[i], vectors[j]))

        events = cluster_pairs(by_id, views, self.candidates(views), score, self.threshold, self.vague)
        if self.lifecycle:
            out = link_lifecycles(events, views, vectors, tfidf.rare)
        else:
            out = [ev for ev, _ in events]
        return sorted(out, key=lambda e: e.id)

    def candidates(self, views: dict[str, View]) -> set[tuple[str, str]]:
        """Pairs worth scoring: same block, dates within reach; bounded work per record."""
        blocks: dict[tuple[str, ...], list[View]] = defaultdict(list)
        for v in views.values():
            for key in _block_keys(v):
                blocks[key].append(v)
        out: set[tuple[str, str]] = set()
        for key in sorted(blocks):
            members = blocks[key]
            if len(members) < 2:
                continue
            members.sort(key=lambda v: (v.lo, v.id))
            if key[0] == "statistic":
                _near_pairs(members, self.max_candidates, out)
                continue
            tol = TOLERANCE_DAYS.get(members[0].family, DEFAULT_TOLERANCE)
            narrow = [v for v in members if v.span <= WIDE_DAYS]
            wide = [v for v in members if v.span > WIDE_DAYS]
            _sweep(narrow, tol, out)
            starts = [v.lo for v in narrow]
            for w in wide:
                lo = bisect_left(starts, w.lo - WIDE_DAYS - tol)
                hi = bisect_right(starts, w.hi + tol)
                near = [v for v in narrow[lo:hi] if v.hi >= w.lo - tol]
                near += [v for v in wide if v is not w and v.lo <= w.hi + tol and v.hi >= w.lo - tol]
                for v in _closest(w, near, self.max_candidates):
                    out.add((w.id, v.id) if w.id < v.id else (v.id, w.id))
        return out


def _block_keys(v: View) -> Iterable[tuple[str, ...]]:
    if v.record_type == "statistic":
        yield ("statistic", v.event_type, v.metric or "", str(v.value))
        return
    for c in sorted(v.countries) or [""]:
        yield ("event", v.family, c)
    for agent in sorted(v.agents):
        yield ("event", v.family, "@" + agent)


def _sweep(members: list[View], tol: int, out: set[tuple[str, str]]) -> None:
    """Every pair of narrow records whose intervals come within ``tol`` days."""
    for x, a in enumerate(members):
        for b in members[x + 1 :]:
            if b.lo > a.hi + tol:
                break
            out.add((a.id, b.id) if a.id < b.id else (b.id, a.id))


def _near_pairs(members: list[View], k: int, out: set[tuple[str, str]]) -> None:
    for x, a in enumerate(members):
        for b in members[x + 1 : x + 1 + k]:
            out.add((a.id, b.id) if a.id < b.id else (b.id, a.id))


def _closest(w: View, near: list[View], k: int) -> list[View]:
    """At most ``k`` partners for a wide record: those sharing its places or groups first."""
    if len(near) <= k:
        return near
    anchor = w.published if w.published is not None else w.hi
    cities = {p.city for p in w.places}

    def rank(v: View) -> tuple[int, int, str]:
        shares = bool(cities & {p.city for p in v.places}) or bool(w.regions & v.regions)
        shares = shares or bool(w.groups & v.groups) or bool(w.agents & v.agents)
        return (0 if shares else 1, abs(v.hi - anchor), v.id)

    return sorted(near, key=rank)[:k]


def _neighbours(pairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for i, j in sorted(pairs):
        out[i].append(j)
        out[j].append(i)
    return out


def is_vague(v: View) -> bool:
    """No city-level place, or no day."""
    return not v.places or not v.day_precise


def _join(
    ids: list[str],
    views: dict[str, View],
    scored: list[tuple[float, str, str, list[str]]],
    pair: Callable[[str, str], Scored | None],
    neighbours: dict[str, list[str]],
    vague: tuple[float, float],
) -> tuple[list[list[str]], dict[str, tuple[float, list[str]]]]:
    """Best-first joins that never put an impossible pair in one group; then vague reports."""
    root = {i: i for i in ids}
    members: dict[str, list[str]] = {i: [i] for i in ids}
    best: dict[str, tuple[float, list[str]]] = {}

    def find(x: str) -> str:
        while root[x] != x:
            root[x] = root[root[x]]
            x = root[x]
        return x

    def merge(i: str, j: str, score: float, reasons: list[str]) -> bool:
        ri, rj = find(i), find(j)
        if ri == rj or any(pair(x, y) is None for x in members[ri] for y in members[rj]):
            return False
        keep, gone = sorted((ri, rj))
        root[gone] = keep
        members[keep] = sorted(members[keep] + members.pop(gone))
        for k, other in ((i, j), (j, i)):
            if k not in best or best[k][0] < score:
                best[k] = (score, reasons + [f"joined with {other}"])
        return True

    for score, i, j, reasons in scored:
        merge(i, j, score, reasons)

    floor, margin = vague
    for v in ids:
        if len(members.get(find(v), ())) != 1 or not is_vague(views[v]):
            continue
        by_group: dict[str, tuple[float, str, list[str]]] = {}
        for n in neighbours.get(v, ()):
            r = find(n)
            if not any(views[m].day_precise for m in members[r]):
                continue  # anchor vague reports on a report that gives a day
            got = pair(v, n)
            if got is None or not any(r.startswith(SPECIFIC) for r in got[1]):
                continue  # the type, the days and the country alone fit too many happenings
            if any(pair(v, m) is None for m in members[r]):
                continue
            if r not in by_group or (got[0], n) > by_group[r][:2]:
                by_group[r] = (got[0], n, got[1])
        ranked = sorted(by_group.values(), key=lambda x: (-x[0], x[1]))
        if not ranked or ranked[0][0] < floor:
            continue
        if len(ranked) > 1 and ranked[1][0] > ranked[0][0] - margin:
            continue
        score, n, reasons = ranked[0]
        nxt = f"next best {ranked[1][0]:.2f}" if len(ranked) > 1 else "no other candidate"
        merge(v, n, score, reasons + [f"vague report: the one happening it fits ({nxt})"])
    clusters = [members[r] for r in sorted(members) if find(r) == r]
    return clusters, best


def cluster_pairs(
    by_id: dict[str, Report],
    views: dict[str, View],
    pairs: set[tuple[str, str]],
    score: Callable[[str, str], Scored | None],
    threshold: float,
    vague: tuple[float, float],
) -> list[tuple[ResolvedEvent, list[str]]]:
    """Events of the reports in ``by_id`` (no lifecycle links yet), each with its record ids.

    ``pairs`` are the candidate pairs (i < j); ``score(i, j)`` scores one, called once per pair.
    Pairs at or above ``threshold`` join, strongest first; ``vague`` is (threshold, margin) for
    records too vague to join on their own (``_join``).
    """
    cache: dict[tuple[str, str], Scored | None] = {}

    def pair(i: str, j: str) -> Scored | None:
        key = (i, j) if i < j else (j, i)
        if key not in cache:
            cache[key] = score(*key)
        return cache[key]

    scored = []
    for i, j in sorted(pairs):
        got = pair(i, j)
        if got is not None and got[0] >= threshold:
            scored.append((got[0], i, j, got[1]))
    scored.sort(key=lambda p: (-p[0], p[1], p[2]))
    clusters, best = _join(sorted(by_id), views, scored, pair, _neighbours(pairs), vague)
    out = []
    for members in clusters:
        ms = [Member(by_id[m].record, views[m], by_id[m].published) for m in members]
        out.append((build_event(ms, best), members))
    return out
