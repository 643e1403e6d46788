"""Event scoring against the gold of ``../shared/eval`` (README "Metrics") and veille's own gold.

``score_events(articles, gold, records)`` returns an ``EventReport``:

- **relevance**: an article *fires* when it has at least one record (any record_type, even one
  with an invalid event type). Precision/recall/F1 of firing against gold ``relevant`` over
  articles whose relevance is scored (not ``relevance_optional``), the false-alarm rate (share
  of irrelevant articles that fire), records per relevant/irrelevant article and the records
  left unmatched on relevant articles.
- **matching**: inside an article, gold items are matched one-to-one to records of the same
  record_type, greedily by a score where type compatibility dominates, then agreement on
  country/admin1/city/coordinates/date, then perpetrator, counts and GTD codes. Required gold
  items are matched first, MUC ``optional`` ones (all of a ``relevance_optional`` article)
  after. Every gold value that is present is used for matching, scored or not. Any record of
  the right record_type may be matched, even with the wrong event type, so that its other
  fields are still compared.
- **fields**: a gold field is scored when it is listed in the article's ``scored_fields`` and
  non-null. An unmatched required item is wrong on all its scored fields (``acc``);
  ``acc_matched`` counts matched items only; an unmatched optional item is not scored.

Field keys of the report (``fields`` in ``to_dict``): ``event_type``, ``attack_type``,
``weapon_type``, ``target_type``, ``suicide``, ``country_code``, ``admin1``, ``city``,
``coordinates`` (Acc@161 km, with ``mean_km``/``median_km`` over items whose matched record has
an event location with coordinates), ``date``, ``date_exact_day``, ``perpetrators``, and for
each count slot (``killed``, ``wounded``, ``arrested``, ``kidnapped``, ``cells``, ``persons``)
the exact key and ``<slot>_within_20pct``. veille's gold extensions: ``kidnapped``, ``cells``
and ``persons`` are scored like ``killed`` when non-null and listed in ``scored_fields``; a gold
item with ``"record_type": "statistic"`` and a ``statistic`` object
``{"metric", "value", "period_start", "period_end", "reported_by"}`` is matched against
statistic records (event_type_ok, then value, period, country) and scored on
``statistic_value`` (equal) and ``statistic_period`` (overlap) when those keys, or
``statistic``, are in ``scored_fields``, plus the usual fields such as ``event_type`` and
``country_code``.

Rules per field: attack/weapon/target type and suicide only when ``attack`` is acceptable and
either it is the only acceptable type or the matched record is an attack; gold ``unknown`` is
never scored; a null predicted ``suicide`` is false. Country: any event-role (or role-less)
location has the code. admin1/city: folded, generic words removed, difflib ratio >= 0.85; city
also accepts the location ``name``; a list is a set of acceptable values. Date: the predicted
start..end overlaps the gold range (gold ``date_start: null`` = on or before ``date_end``; a
predicted interval with one bound is read as that one day, so veille's "no date in the text"
(start null, end = publication, precision unknown) earns no credit unless the gold is that day). Counts:
a null prediction is wrong, also when the gold is 0.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from veille.records import COUNT_SLOTS, EVENT_TYPES, haversine_km

from .event_report import EventReport, LabelScore
from .perpetrators import any_names_match
from .records_in import PredRecord, clean_record
from .tally import ErrorTally
from .text import (
    ACC_KM,
    any_place_match,
    as_list,
    is_count,
    is_number,
    overlaps,
    parse_day,
)

CODE_FIELDS = ("attack_type", "weapon_type", "target_type")
# Weights of agreements in the matching score: type compatibility dominates, then place and
# date, then perpetrator, counts and GTD codes break ties.
_MATCH_WEIGHTS: dict[str, float] = {
    "event_type": 1000.0,
    "country_code": 40.0,
    "date": 40.0,
    "admin1": 20.0,
    "city": 20.0,
    "coordinates": 20.0,
    "statistic_value": 40.0,
    "statistic_period": 20.0,
    "date_exact_day": 5.0,
    "perpetrators": 4.0,
    "killed": 2.0,
    "killed_within_20pct": 2.0,
    "wounded": 1.0,
    "wounded_within_20pct": 1.0,
    "arrested": 1.0,
    "arrested_within_20pct": 1.0,
    "kidnapped": 1.0,
    "cells": 1.0,
    "persons": 1.0,
    "attack_type": 1.0,
    "weapon_type": 1.0,
    "target_type": 1.0,
}


@dataclass
class GoldItem:
    """One gold event or statistic of an article."""

    article_id: str
    index: int
    kind: str  # "event" or "statistic"
    optional: bool
    data: dict[str, Any]
    scored: frozenset[str]


# --- gold ------------------------------------------------------------------------------------


def _gold_items(g: dict[str, Any], errors: ErrorTally) -> list[GoldItem]:
    aid = g["article_id"]
    scored_raw = g.get("scored_fields")
    if scored_raw is None:
        scored_raw = []
    if not isinstance(scored_raw, list):
        errors.add("gold_ill_typed", f"gold {aid}: scored_fields is not a list")
        scored_raw = []
    scored = frozenset(s for s in scored_raw if isinstance(s, str))
    events = g.get("events") or []
    if not isinstance(events, list):
        errors.add("gold_ill_typed", f"gold {aid}: events is not a list")
        return []
    all_optional = bool(g.get("relevance_optional"))
    items = []
    for i, ev in enumerate(events):
        if not isinstance(ev, dict):
            errors.add("gold_ill_typed", f"gold {aid}: event #{i} is not an object")
            continue
        ok = ev.get("event_type_ok")
        if ok is not None and not (isinstance(ok, list) and all(isinstance(t, str) for t in ok)):
            errors.add("gold_ill_typed", f"gold {aid}: event #{i} event_type_ok {ok!r}")
            continue
        for t in ok or []:
            if t not in EVENT_TYPES:
                errors.add("gold_ill_typed", f"gold {aid}: event #{i} unknown type {t!r}")
        kind = ev.get("record_type") or "event"
        if kind not in ("event", "statistic"):
            errors.add("gold_ill_typed", f"gold {aid}: event #{i} record_type {kind!r}")
            continue
        items.append(GoldItem(aid, i, kind, all_optional or bool(ev.get("optional")), ev, scored))
    return items


def _gold_range(ev: dict[str, Any]) -> tuple[date | None, date | None] | None:
    """The gold date range; a None start is open ("on or before"); None when undated."""
    start, end = parse_day(ev.get("date_start")), parse_day(ev.get("date_end"))
    if start is None and end is None:
        return None
    if end is None:
        end = start
    if start is not None and end is not None and start > end:
        # A reversed range (a year resolved the wrong way in the source) still names the days
        # between its two ends.
        start, end = end, start
    return start, end


def _gold_period(ev: dict[str, Any]) -> tuple[date | None, date | None] | None:
    stat = ev.get("statistic")
    if not isinstance(stat, dict):
        return None
    start, end = parse_day(stat.get("period_start")), parse_day(stat.get("period_end"))
    if start is None and end is None:
        return None
    return start, end


# --- comparing one gold item with one record ---------------------------------------------------


def _type_ok(ok: list[str] | None, rec: PredRecord | None) -> bool:
    if rec is None or rec.event_type is None:
        return False
    return ok is None or rec.event_type in ok


def _overlap(a: tuple[date | None, date | None], b: tuple[date | None, date | None]) -> bool:
    return overlaps(a[0], a[1], b[0], b[1])


def compare(
    item: GoldItem, rec: PredRecord | None, only_scored: bool = True
) -> tuple[dict[str, bool], float | None]:
    """Per-field right/wrong for one gold item against a record (None: unmatched).

    A field absent from the result is not scored. With ``only_scored=False`` every non-null
    gold value is compared (used for the matching score). Also returns the coordinate error
    in km when both sides have coordinates.
    """
    ev, scored = item.data, item.scored
    out: dict[str, bool] = {}
    km: float | None = None

    def want(name: str, *aliases: str) -> bool:
        return not only_scored or name in scored or any(a in scored for a in aliases)

    ok = ev.get("event_type_ok")
    if want("event_type"):
        out["event_type"] = _type_ok(ok, rec)

    attack_ok = ok is None or "attack" in ok
    only_attack = ok is not None and set(ok) == {"attack"}
    rec_attack = rec is not None and rec.event_type == "attack"
    if attack_ok and (only_attack or rec_attack):
        for name in CODE_FIELDS:
            gold_vals = [v for v in as_list(ev.get(name)) if v != "unknown"]
            if gold_vals and want(name):
                out[name] = rec is not None and rec.codes.get(name) in gold_vals
        gold_suicide = ev.get("suicide")
        if isinstance(gold_suicide, bool) and want("suicide"):
            out["suicide"] = rec is not None and bool(rec.suicide) == gold_suicide

    places = rec.places if rec else []
    countries = [str(c).upper() for c in as_list(ev.get("country_code"))]
    if countries and want("country_code", "country"):
        out["country_code"] = any(p.country_code in countries for p in places)
    admin1 = [str(v) for v in as_list(ev.get("admin1"))]
    if admin1 and want("admin1"):
        out["admin1"] = any_place_match(admin1, [p.admin1 for p in places if p.admin1])
    cities = [str(v) for v in as_list(ev.get("city"))]
    if cities and want("city"):
        names = [n for p in places for n in (p.city, p.name) if n]
        out["city"] = any_place_match(cities, names)
    lat, lon = ev.get("lat"), ev.get("lon")
    if is_number(lat) and is_number(lon) and want("coordinates"):
        dists = [
            haversine_km(lat, lon, p.lat, p.lon) for p in places if p.lat is not None and p.lon is not None
        ]
        km = min(dists) if dists else None
        out["coordinates"] = km is not None and km <= ACC_KM

    grange = _gold_range(ev)
    if grange is not None and want("date"):
        out["date"] = (
            rec is not None
            and (rec.date_start is not None or rec.date_end is not None)
            and _overlap((rec.date_start, rec.date_end), grange)
        )
        if grange[0] is not None and grange[0] == grange[1]:
            out["date_exact_day"] = (
                rec is not None and rec.date_start == grange[0] and rec.date_end == grange[0]
            )

    perps = [str(p) for p in as_list(ev.get("perpetrators")) if str(p).strip()]
    if perps and want("perpetrators"):
        out["perpetrators"] = rec is not None and any_names_match(rec.perpetrators, perps)

    for slot in COUNT_SLOTS:
        gold_n = ev.get(slot)
        if is_count(gold_n) and gold_n >= 0 and want(slot):
            pred_n = rec.counts.get(slot) if rec else None
            out[slot] = pred_n is not None and pred_n == gold_n
            out[f"{slot}_within_20pct"] = pred_n is not None and abs(pred_n - gold_n) <= (0.2 * gold_n + 1e-9)

    if item.kind == "statistic":
        stat = ev.get("statistic") if isinstance(ev.get("statistic"), dict) else {}
        value = stat.get("value") if stat else None
        if is_number(value) and want("statistic_value", "statistic"):
            pv = rec.stat_value if rec else None
            out["statistic_value"] = pv is not None and abs(pv - value) <= 1e-9 * max(1.0, abs(value))
        period = _gold_period(ev)
        if period is not None and want("statistic_period", "statistic"):
            out["statistic_period"] = (
                rec is not None
                and (rec.stat_start is not None or rec.stat_end is not None)
                and _overlap((rec.stat_start, rec.stat_end), period)
            )
    return out, km


def match_score(item: GoldItem, rec: PredRecord) -> float:
    """How well a record agrees with a gold item; type compatibility dominates."""
    agreed, _ = compare(item, rec, only_scored=False)
    if "event_type" not in agreed:
        agreed["event_type"] = _type_ok(item.data.get("event_type_ok"), rec)
    return sum(_MATCH_WEIGHTS.get(k, 0.0) for k, v in agreed.items() if v)


def match_article(items: list[GoldItem], recs: list[PredRecord]) -> dict[int, PredRecord]:
    """Greedy one-to-one matching: required items first, then optional ones.

    Returns gold item index -> matched record. Between equally good records, the one the other
    gold items of the article want least is taken (so a vague gold item does not take the
    record that fits a precise one), then the earlier gold item and record.
    """
    scores = {
        (item.index, rec.index): match_score(item, rec)
        for item in items
        for rec in recs
        if rec.record_type == item.kind
    }

    top: dict[int, list[tuple[float, int]]] = {}  # record -> its two best (score, gold)
    for (gi, ri), s in scores.items():
        top[ri] = sorted([*top.get(ri, []), (s, gi)], reverse=True)[:2]

    def wanted_elsewhere(gi: int, ri: int) -> float:
        return next((s for s, g in top[ri] if g != gi), 0.0)

    by_index = {rec.index: rec for rec in recs}
    matched: dict[int, PredRecord] = {}
    used: set[int] = set()
    for optional in (False, True):
        wanted = {item.index for item in items if item.optional == optional}
        pairs = sorted(
            (-s, wanted_elsewhere(gi, ri), gi, ri) for (gi, ri), s in scores.items() if gi in wanted
        )
        for _, _, gi, ri in pairs:
            if gi in matched or ri in used:
                continue
            matched[gi] = by_index[ri]
            used.add(ri)
    return matched


# --- the scorer --------------------------------------------------------------------------------


def score_events(
    articles: Iterable[Mapping[str, Any]],
    gold: Iterable[Mapping[str, Any]],
    records: Iterable[Any],
    *,
    input_errors: Iterable[str] = (),
) -> EventReport:
    """Score predicted records against event gold (README "Metrics"); never raises on bad input.

    ``articles`` name the known article ids (records of other articles are errors; when empty,
    the gold's ids are used). ``input_errors`` are messages from ``read_jsonl`` to count as
    ``malformed_line``.
    """
    report = EventReport()
    errors = report.errors
    errors.extend_lines(input_errors)

    article_ids: set[str] = set()
    for a in articles:
        report.articles += 1
        aid = a.get("id") if isinstance(a, Mapping) else None
        if isinstance(aid, str):
            article_ids.add(aid)
        else:
            errors.add("ill_typed_article", f"article #{report.articles} has no string id")

    golds: dict[str, dict[str, Any]] = {}
    for g in gold:
        aid = g.get("article_id") if isinstance(g, Mapping) else None
        if not isinstance(aid, str):
            errors.add("gold_ill_typed", "a gold line has no string article_id")
            continue
        if aid in golds:
            errors.add("gold_duplicate_article", f"gold {aid} appears again; kept the first")
            continue
        if article_ids and aid not in article_ids:
            errors.add("gold_unknown_article", f"gold {aid} is not in the articles")
        golds[aid] = dict(g)
    report.gold_articles = len(golds)
    known = article_ids | set(golds)

    by_article: dict[str, list[PredRecord]] = {}
    seen: set[str] = set()
    for i, raw in enumerate(records):
        rec = clean_record(raw, i, known, seen, errors)
        if rec is None:
            continue
        report.records += 1
        by_article.setdefault(rec.article_id, []).append(rec)

    for aid, g in golds.items():
        _score_article(report, g, by_article.get(aid, []))
    return report


def _score_article(report: EventReport, g: dict[str, Any], recs: list[PredRecord]) -> None:
    aid = g["article_id"]
    fired = bool(recs)
    relevant = g.get("relevant")
    label = g.get("source_label") if isinstance(g.get("source_label"), str) else None
    if label is not None:
        ls = report.by_label.setdefault(label, LabelScore())
        ls.articles += 1
        ls.fired += fired

    scored_relevance = isinstance(relevant, bool) and not g.get("relevance_optional")
    if not isinstance(relevant, bool):
        report.errors.add("gold_ill_typed", f"gold {aid}: relevant is not a boolean")
    if not scored_relevance:
        report.relevance_optional += 1
    else:
        report.relevance_scored += 1
        if relevant:
            report.relevant += 1
            report.records_on_relevant += len(recs)
            report.tp += fired
            report.fn += not fired
        else:
            report.irrelevant += 1
            report.records_on_irrelevant += len(recs)
            report.fp += fired
            report.tn += not fired

    items = _gold_items(g, report.errors)
    matched = match_article(items, recs)
    if scored_relevance and relevant:
        report.unmatched_on_relevant += len(recs) - len(matched)

    for item in items:
        report.gold_items += 1
        report.gold_required += not item.optional
        report.gold_optional += item.optional
        rec = matched.get(item.index)
        if rec is not None:
            report.matched += 1
            report.matched_optional += item.optional
        elif item.optional:
            continue
        results, km = compare(item, rec)
        for name, ok in results.items():
            report.fields[name].add(ok, rec is not None)
        if km is not None and "coordinates" in results:
            report.fields["coordinates"].errors_km.append(km)
        if "event_type" in results and label is not None:
            report.by_label[label].event_type.add(results["event_type"], rec is not None)
