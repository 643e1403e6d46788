"""One resolved event from the records of one happening: chosen values, claims and links.

Each field is chosen by a stated rule, and where reports disagree the claim keeps every value
with the records that gave it, the chosen value and why it was chosen:

- tolls (killed, wounded, kidnapped): the latest report that gives one (tolls rise), among the
  figures within a factor of two of the reports' median (a far smaller or larger figure, "the
  driver was shot dead" or another attack's toll recalled, counts something else);
- other counts, the type, the GTD codes, the place: what most reports say, then the latest;
- the date: the narrowest interval most reports give, then the earliest report's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from statistics import median
from typing import Any

from veille.ids import stable_hash
from veille.records import COUNT_SLOTS, Link, Record, ResolvedEvent
from veille.resolve.features import View, norm

TOLL_SLOTS = frozenset({"killed", "wounded", "kidnapped"})
# When reports of one operation disagree on its type, the more specific code wins.
TYPE_ORDER = ("plot_foiled", "cell_dismantled", "arrest", "raid", "ct_operation")
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}


@dataclass(frozen=True)
class Member:
    """A record of the event with what the builder needs: its view and its article's date."""

    record: Record
    view: View
    published: str | None


def build_event(members: Sequence[Member], best: dict[str, tuple[float, list[str]]]) -> ResolvedEvent:
    """The resolved event of ``members`` (sorted by record id)."""
    members = sorted(members, key=lambda m: m.record.id)
    order = {m.record.id: i for i, m in enumerate(sorted(members, key=_report_order))}
    published = {m.record.id: m.published or "an unknown date" for m in members}
    claims: dict[str, Any] = {}

    def choose(field: str, values: dict[str, Any], rule: str, key: Callable[[Any], Any] | None = None) -> Any:
        return _choose(field, values, rule, order, claims, key, published)

    lead = max(
        members,
        key=lambda m: (
            bool(m.view.places),
            m.view.day_precise,
            m.record.confidence,
            m.record.id,
        ),
    )
    values: dict[str, Any] = lead.record.to_dict()
    for key in ("id", "article_id", "provenance"):
        values.pop(key, None)

    if len(members) > 1:
        types = {m.record.id: m.record.event_type for m in members}
        values["event_type"] = choose("event_type", types, "majority", _type_rank)

        dated = [m for m in members if m.record.date.start]
        if dated:
            finest = min(PRECISION_RANK.get(m.record.date.precision, 4) for m in dated)
            narrow = {
                m.record.id: (m.record.date.start, m.record.date.end, m.record.date.precision)
                for m in dated
                if PRECISION_RANK.get(m.record.date.precision, 4) == finest
            }
            start, end, precision = choose("date", narrow, "majority of the most precise dates")
            src = next(m for m in dated if narrow.get(m.record.id) == (start, end, precision))
            values["date"] = src.record.date.to_dict()
            _add_claim(
                claims, "date", {m.record.id: _date_text(m.record) for m in dated}, _date_text(src.record)
            )

        places = {m.record.id: _place_key(m.record) for m in members if _place_key(m.record)}
        if places:
            place = choose("location", places, "majority")
            holder = max(
                (m for m in members if places.get(m.record.id) == place),
                key=lambda m: (m.record.confidence, -order[m.record.id]),
            )
            values["locations"] = [loc.to_dict() for loc in holder.record.locations]

        for code in ("attack_type", "weapon_type", "target_type", "suicide"):
            got = {
                m.record.id: getattr(m.record, code) for m in members if getattr(m.record, code) is not None
            }
            if got:
                values[code] = choose(code, got, "majority")

        counts: dict[str, Any] = {}
        for slot in COUNT_SLOTS:
            got = {
                m.record.id: getattr(m.record.counts, slot)
                for m in members
                if getattr(m.record.counts, slot) is not None
            }
            if not got:
                counts[slot] = None
            elif slot in TOLL_SLOTS:
                counts[slot] = choose(f"counts.{slot}", got, "latest report")
            else:
                counts[slot] = choose(f"counts.{slot}", got, "majority")
        values["counts"] = counts

        groups = {m.record.id: ", ".join(m.view.group_names) for m in members if m.view.group_names}
        if len(set(groups.values())) > 1:
            _add_claim(claims, "groups", groups, None)

    values["evidence"] = [
        {**e.to_dict(), "article_id": m.record.article_id} for m in members for e in m.record.evidence
    ]
    actors: dict[tuple[str, str], dict[str, Any]] = {}
    for m in members:
        for a in m.record.actors:
            actors.setdefault((a.name, a.role), a.to_dict())
    values["actors"] = list(actors.values())
    values["confidence"] = round(min(1.0, lead.record.confidence + 0.05 * (len(members) - 1)), 4)
    links = []
    for m in members:
        score, reasons = best.get(m.record.id, (1.0, ["single report"]))
        links.append(Link(m.record.id, round(score, 4), tuple(reasons)))
    ids = [m.record.id for m in members]
    return ResolvedEvent(
        id="e" + stable_hash(ids[0]),
        values=values,
        record_ids=tuple(ids),
        article_ids=tuple(sorted({m.record.article_id for m in members})),
        links=tuple(links),
        claims=dict(sorted(claims.items())),
    )


def _report_order(m: Member) -> tuple[str, str]:
    return (m.published or "", m.record.id)


def _type_rank(t: Any) -> int:
    return TYPE_ORDER.index(t) if t in TYPE_ORDER else len(TYPE_ORDER)


def _choose(
    field: str,
    values: dict[str, Any],
    rule: str,
    order: dict[str, int],
    claims: dict[str, Any],
    rank: Callable[[Any], Any] | None = None,
    published: dict[str, str] | None = None,
) -> Any:
    """Pick one value by ``rule`` ("latest report" or a majority), and record the claim."""
    by_value: dict[Hashable, list[str]] = defaultdict(list)
    for rid, v in values.items():
        by_value[v].append(rid)
    latest = {v: max(order[r] for r in rids) for v, rids in by_value.items()}
    earliest = {v: min(order[r] for r in rids) for v, rids in by_value.items()}
    if rule == "latest report":
        numbers = [float(v) for v in values.values() if isinstance(v, (int, float))]
        mid = median(numbers) if numbers else None
        credible = [
            v for v in by_value if mid is None or not isinstance(v, (int, float)) or mid / 2 <= v <= mid * 2
        ] or list(by_value)
        chosen = max(credible, key=lambda v: latest[v])
        last = max(by_value[chosen], key=lambda r: order[r])
        when = (published or {}).get(last, "an unknown date")
        why = f"the latest report, published {when} (tolls rise as news comes in)"
        if len(credible) < len(by_value):
            why += (
                f"; figures beyond a factor of two of the reports' median ({mid:g}) left aside "
                "(they count something else)"
            )
    elif rule.startswith("majority of"):
        chosen = max(by_value, key=lambda v: (len(by_value[v]), -earliest[v]))
        why = f"{rule}: {len(by_value[chosen])} of {len(values)} reports, earliest first on a tie"
    else:
        tie = rank or (lambda v: 0)
        chosen = max(by_value, key=lambda v: (len(by_value[v]), -tie(v), latest[v]))
        why = f"reported by {len(by_value[chosen])} of {len(values)} records"
        if sum(1 for v in by_value if len(by_value[v]) == len(by_value[chosen])) > 1:
            why += "; on a tie " + ("the more specific type" if rank else "the latest report")
    if len(by_value) > 1:
        claims[field] = {
            "values": [
                {"value": _plain(v), "record_ids": sorted(rids)}
                for v, rids in sorted(by_value.items(), key=lambda kv: _sort_key(kv[0]))
            ],
            "chosen": _plain(chosen),
            "why": why,
        }
    return chosen


def _add_claim(claims: dict[str, Any], field: str, values: dict[str, str], chosen: str | None) -> None:
    """A claim shown as text (dates, groups), when the plain values differ."""
    by_value: dict[str, list[str]] = defaultdict(list)
    for rid, v in values.items():
        by_value[v].append(rid)
    if len(by_value) < 2:
        claims.pop(field, None)
        return
    entry: dict[str, Any] = {
        "values": [{"value": v, "record_ids": sorted(r)} for v, r in sorted(by_value.items())],
    }
    if chosen is not None:
        entry["chosen"] = chosen
        entry["why"] = claims.get(field, {}).get("why", "the narrowest date most reports give")
    else:
        entry["chosen"] = None
        entry["why"] = "all kept: every group named is listed among the event's actors"
    claims[field] = entry


def _sort_key(v: Any) -> tuple[int, float, str]:
    """Numbers in numeric order, then everything else as text."""
    if isinstance(v, int | float) and not isinstance(v, bool):
        return (0, float(v), "")
    return (1, 0.0, str(v))


def _plain(v: Any) -> Any:
    if isinstance(v, tuple):
        return "..".join(str(x) for x in v[:2]) + (f" ({v[2]})" if len(v) > 2 else "")
    return v


def _date_text(r: Record) -> str:
    return f"{r.date.start}..{r.date.end} ({r.date.precision})"


def _place_key(r: Record) -> str:
    for loc in r.locations:
        if loc.role == "event" and (loc.city or loc.admin1):
            return norm(loc.city or loc.admin1)
    return ""
