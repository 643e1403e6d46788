"""Analysts' merges and splits, applied after the resolver, deterministically and in order.

An override names records, never events, so it outlives the event ids of one resolution:

* merge (must-link): the events holding any of the records become one. The merged event keeps
  the values of its largest part (most records, then smallest id) and the union of the record
  ids, article ids and links; the joined records' links say "merged by WHO: NOTE".
* split (cannot-link): the named records leave whatever events hold them and form an event of
  their own, whose id comes from the sorted record ids; their links say "split by WHO".

Overrides apply in ``seq`` order, so a later one wins over an earlier one. Every event an
override touches gets ``review_status`` "edited". Records that no longer exist are ignored.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from veille.ids import event_id
from veille.records import Link, Record, ResolvedEvent

EDITED = "edited"


@dataclass(frozen=True)
class Override:
    """One stored analyst decision (a row of the ``overrides`` table)."""

    seq: int
    kind: str  # "merge" or "split"
    record_ids: tuple[str, ...]
    who: str
    note: str = ""
    at: str = ""
    active: bool = True

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Override:
        """An override from a row of ``Store.overrides()``."""
        return cls(
            seq=int(row["seq"]),
            kind=str(row["kind"]),
            record_ids=tuple(row["record_ids"]),
            who=str(row["who"]),
            note=row.get("note") or "",
            at=row.get("at") or "",
            active=bool(row.get("active", True)),
        )

    def reason(self) -> str:
        if self.kind == "merge":
            return f"merged by {self.who}" + (f": {self.note}" if self.note else "")
        return f"split by {self.who}" + (f": {self.note}" if self.note else "")


def apply_overrides(
    events: Sequence[ResolvedEvent],
    overrides: Sequence[Override],
    records: Mapping[str, Record] | None = None,
) -> list[ResolvedEvent]:
    """``events`` with every active override applied in ``seq`` order; sorted by id.

    ``records`` (by id), when given, lets a split event take its values and article ids from
    its own records; without it a split event copies the values of the event it left.
    """
    out = list(events)
    for ov in sorted(overrides, key=lambda o: o.seq):
        if not ov.active:
            continue
        if ov.kind == "merge":
            out = _merge(out, ov)
        elif ov.kind == "split":
            out = _split(out, ov, records or {})
    return sorted(out, key=lambda e: e.id)


def _merge(events: list[ResolvedEvent], ov: Override) -> list[ResolvedEvent]:
    wanted = set(ov.record_ids)
    parts = [ev for ev in events if wanted & set(ev.record_ids)]
    if not parts:
        return events
    if len(parts) == 1:  # the resolver already joined them: the analyst's word still stands
        return [replace(ev, review_status=EDITED) if ev is parts[0] else ev for ev in events]
    lead = min(parts, key=lambda e: (-len(e.record_ids), e.id))
    reason = ov.reason()
    links: list[Link] = list(lead.links)
    for ev in parts:
        if ev is lead:
            continue
        links += [Link(x.record_id, x.score, (*x.reasons, reason)) for x in ev.links]
    links.sort(key=lambda x: x.record_id)
    gone = {ev.id for ev in parts if ev is not lead}
    merged = replace(
        lead,
        record_ids=tuple(sorted({r for ev in parts for r in ev.record_ids})),
        article_ids=tuple(sorted({a for ev in parts for a in ev.article_ids})),
        links=tuple(links),
        claims={**_union_claims(parts)},
        related=_related(parts, gone | {lead.id}),
        review_status=EDITED,
    )
    rest = [ev for ev in events if ev.id not in gone and ev is not lead]
    return _follow(rest, gone, lead.id) + [merged]


def _split(events: list[ResolvedEvent], ov: Override, records: Mapping[str, Record]) -> list[ResolvedEvent]:
    moving = set(ov.record_ids)
    present = sorted(r for ev in events for r in ev.record_ids if r in moving)
    if not present:
        return events
    sources = [ev for ev in events if moving & set(ev.record_ids)]
    if len(sources) == 1 and set(sources[0].record_ids) == set(present):
        return events  # already on their own
    source = min(sources, key=lambda e: (-len(moving & set(e.record_ids)), e.id))
    reason = ov.reason()
    links = [
        Link(x.record_id, x.score, (*x.reasons, reason))
        for ev in sources
        for x in ev.links
        if x.record_id in moving
    ]
    values = dict(source.values)
    article_ids = source.article_ids
    known = [records[r] for r in present if r in records]
    if known:
        lead = max(known, key=lambda r: (r.confidence, r.id))
        values = lead.to_dict()
        for key in ("id", "article_id", "provenance"):
            values.pop(key, None)
        values["evidence"] = [{**e.to_dict(), "article_id": r.article_id} for r in known for e in r.evidence]
        article_ids = tuple(sorted({r.article_id for r in known}))
    new = ResolvedEvent(
        id=event_id("split", *present),
        values=values,
        record_ids=tuple(present),
        article_ids=article_ids,
        links=tuple(sorted(links, key=lambda x: x.record_id)),
        review_status=EDITED,
    )
    out: list[ResolvedEvent] = []
    for ev in events:
        if ev not in sources:
            out.append(ev)
            continue
        keep = tuple(r for r in ev.record_ids if r not in moving)
        if not keep:
            continue
        kept_articles = ev.article_ids
        if records and all(r in records for r in keep):
            kept_articles = tuple(sorted({records[r].article_id for r in keep}))
        out.append(
            replace(
                ev,
                record_ids=keep,
                article_ids=kept_articles,
                links=tuple(x for x in ev.links if x.record_id not in moving),
                review_status=EDITED,
            )
        )
    return out + [new]


def _union_claims(parts: Sequence[ResolvedEvent]) -> dict[str, Any]:
    claims: dict[str, Any] = {}
    for ev in parts:
        for k, v in ev.claims.items():
            claims.setdefault(k, v)
    return dict(sorted(claims.items()))


def _related(parts: Sequence[ResolvedEvent], inside: set[str]) -> tuple[dict[str, str], ...]:
    seen: dict[tuple[tuple[str, str], ...], dict[str, str]] = {}
    for ev in parts:
        for r in ev.related:
            if r.get("event_id") in inside:
                continue
            seen.setdefault(tuple(sorted(r.items())), r)
    return tuple(seen[k] for k in sorted(seen))


def _follow(events: list[ResolvedEvent], gone: set[str], to: str) -> list[ResolvedEvent]:
    """Lifecycle links to merged-away events point to the merged event."""
    out = []
    for ev in events:
        if any(r.get("event_id") in gone for r in ev.related):
            ev = replace(
                ev,
                related=tuple({**r, "event_id": to} if r.get("event_id") in gone else r for r in ev.related),
            )
        out.append(ev)
    return out
