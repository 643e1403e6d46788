"""Geoparsing scores (README "Geoparsing" and "re3d") over CONTRACT §4 place predictions.

``score_geo`` reports, per gold ``corpus`` and overall:

- **recognition**: precision/recall/F1 by span overlap and by exact span. A prediction that
  overlaps no gold toponym and lies inside a gold ``ignore_spans`` range is neither right nor
  wrong (counted as ``ignored_predictions``).
- **resolution**, over gold toponyms: ``exact`` (same GeoNames id; over gold with an id),
  ``country`` (same ISO2; over gold with a code), ``acc161`` (within 161 km; over gold with
  coordinates) and the mean/median error in km. Each is given ``recognised`` (over the gold
  toponyms some prediction overlaps; the exact-span prediction is used, else the one with the
  largest overlap) and ``end_to_end`` (over all gold toponyms, an unrecognised one is wrong).
  An error in km has no natural value for a toponym that was not recognised, or was recognised
  but not given coordinates: it is charged ``MAX_ERROR_KM`` (20,039 km, half the Earth's
  circumference), in both views.

``score_re3d`` compares predicted place spans with re3d ``Location`` entities (overlap and
exact-span P/R/F1).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from veille.records import haversine_km

from .tally import ErrorTally
from .text import (
    ACC_KM,
    MAX_ERROR_KM,
    is_count,
    is_number,
    mean,
    median,
    ratio,
    round_km,
)

OVERALL = "overall"


@dataclass
class Span:
    """A gold or predicted place span with what it resolved to."""

    start: int
    end: int
    geonames_id: int | None = None
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None

    def overlap(self, other: Span) -> int:
        return max(0, min(self.end, other.end) - max(self.start, other.start))

    def inside(self, start: int, end: int) -> bool:
        return start <= self.start and self.end <= end


def _f1(p: float | None, r: float | None) -> float | None:
    """Harmonic mean; an undefined side (nothing predicted, or no gold) counts as 0."""
    if p is None and r is None:
        return None
    p, r = p or 0.0, r or 0.0
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


@dataclass
class Recognition:
    """Span recognition counts, from the predictions' side and from the gold side."""

    gold: int = 0
    gold_found: int = 0
    pred_right: int = 0
    pred_wrong: int = 0

    def to_dict(self) -> dict[str, Any]:
        p = ratio(self.pred_right, self.pred_right + self.pred_wrong)
        r = ratio(self.gold_found, self.gold)
        return {
            "precision": p,
            "recall": r,
            "f1": _f1(p, r),
            "predictions_right": self.pred_right,
            "predictions_wrong": self.pred_wrong,
            "gold": self.gold,
            "gold_found": self.gold_found,
        }


def recognise(
    gold: list[Span],
    preds: list[Span],
    ignore: list[tuple[int, int]],
    overlap: Recognition,
    exact: Recognition,
) -> int:
    """Add one article's recognition counts; returns the number of ignored predictions."""
    ignored = 0
    gold_keys = {(g.start, g.end) for g in gold}
    for p in preds:
        hits = any(p.overlap(g) for g in gold)
        if not hits and any(p.inside(s, e) for s, e in ignore):
            ignored += 1
            continue
        overlap.pred_right += hits
        overlap.pred_wrong += not hits
        is_exact = (p.start, p.end) in gold_keys
        exact.pred_right += is_exact
        exact.pred_wrong += not is_exact
    pred_keys = {(p.start, p.end) for p in preds}
    for g in gold:
        overlap.gold += 1
        exact.gold += 1
        overlap.gold_found += any(g.overlap(p) for p in preds)
        exact.gold_found += (g.start, g.end) in pred_keys
    return ignored


@dataclass
class Resolution:
    """Resolution counts over gold toponyms, for one view (recognised or end-to-end)."""

    n_exact: int = 0
    exact: int = 0
    n_country: int = 0
    country: int = 0
    n_coords: int = 0
    acc161: int = 0
    errors_km: list[float] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "n_exact": self.n_exact,
            "exact": ratio(self.exact, self.n_exact),
            "n_country": self.n_country,
            "country": ratio(self.country, self.n_country),
            "n_coords": self.n_coords,
            "acc161": ratio(self.acc161, self.n_coords),
            "mean_km": round_km(mean(self.errors_km)),
            "median_km": round_km(median(self.errors_km)),
        }


@dataclass
class GeoScore:
    """All geoparsing counts for one corpus (or overall)."""

    articles: int = 0
    predictions: int = 0
    ignored_predictions: int = 0
    overlap: Recognition = field(default_factory=Recognition)
    exact: Recognition = field(default_factory=Recognition)
    recognised: Resolution = field(default_factory=Resolution)
    end_to_end: Resolution = field(default_factory=Resolution)

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "gold_toponyms": self.overlap.gold,
            "predictions": self.predictions,
            "ignored_predictions": self.ignored_predictions,
            "recognition": {"overlap": self.overlap.to_dict(), "exact": self.exact.to_dict()},
            "resolution": {
                "recognised": self.recognised.to_dict(),
                "end_to_end": self.end_to_end.to_dict(),
            },
        }

    def metrics(self) -> dict[str, float | int | None]:
        ov, ex = self.overlap.to_dict(), self.exact.to_dict()
        out: dict[str, float | int | None] = {
            "recognition_precision": ov["precision"],
            "recognition_recall": ov["recall"],
            "recognition_f1": ov["f1"],
            "recognition_exact_precision": ex["precision"],
            "recognition_exact_recall": ex["recall"],
            "recognition_exact_f1": ex["f1"],
        }
        for view, res in (("recognised", self.recognised), ("e2e", self.end_to_end)):
            d = res.to_dict()
            for key in ("exact", "country", "acc161", "mean_km", "median_km"):
                out[f"{key}_{view}"] = d[key]
        return out

    def text_lines(self, name: str) -> list[str]:
        ov, ex = self.overlap.to_dict(), self.exact.to_dict()
        lines = [
            f"{name}: {self.articles} articles, {self.overlap.gold} gold toponyms, "
            f"{self.predictions} predictions ({self.ignored_predictions} in ignored spans)",
            f"  recognition overlap P {_fmt(ov['precision'])} R {_fmt(ov['recall'])} "
            f"F1 {_fmt(ov['f1'])} | exact span P {_fmt(ex['precision'])} "
            f"R {_fmt(ex['recall'])} F1 {_fmt(ex['f1'])}",
            f"  {'resolution':<14}{'n':>6}{'exact':>8}{'n':>6}{'country':>9}{'n':>6}"
            f"{'acc161':>8}{'mean km':>10}{'median km':>11}",
        ]
        for view, res in (("recognised", self.recognised), ("end-to-end", self.end_to_end)):
            d = res.to_dict()
            lines.append(
                f"  {view:<14}{d['n_exact']:>6}{_fmt(d['exact']):>8}{d['n_country']:>6}"
                f"{_fmt(d['country']):>9}{d['n_coords']:>6}{_fmt(d['acc161']):>8}"
                f"{_km(d['mean_km']):>10}{_km(d['median_km']):>11}"
            )
        return lines


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _fmt(value: float | int | None) -> str:
    if value is None:
        return "-"
    return str(value) if isinstance(value, int) else f"{value:.3f}"


def _km(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def _resolve_one(g: Span, best: Span | None, score: GeoScore) -> None:
    views = [score.end_to_end] + ([score.recognised] if best is not None else [])
    if g.geonames_id is not None:
        ok = best is not None and best.geonames_id == g.geonames_id
        for v in views:
            v.n_exact += 1
            v.exact += ok
    if g.country_code:
        ok = best is not None and (best.country_code or "").upper() == g.country_code.upper()
        for v in views:
            v.n_country += 1
            v.country += ok
    if g.lat is not None and g.lon is not None:
        km = MAX_ERROR_KM
        if best is not None and best.lat is not None and best.lon is not None:
            km = haversine_km(g.lat, g.lon, best.lat, best.lon)
        for v in views:
            v.n_coords += 1
            v.acc161 += km <= ACC_KM
            v.errors_km.append(km)


def _best_prediction(g: Span, preds: list[Span]) -> Span | None:
    best, best_overlap = None, 0
    for p in preds:
        if (p.start, p.end) == (g.start, g.end):
            return p
        ov = g.overlap(p)
        if ov > best_overlap:
            best, best_overlap = p, ov
    return best


@dataclass
class GeoReport:
    """Geoparsing scores per gold corpus and overall."""

    by_corpus: dict[str, GeoScore] = field(default_factory=dict)
    overall: GeoScore = field(default_factory=GeoScore)
    errors: ErrorTally = field(default_factory=ErrorTally)

    def metrics(self) -> dict[str, float | int | None]:
        """Flat metric keys (``recognition_f1``, ``acc161_e2e``; ``TR.exact_recognised``...)."""
        out = self.overall.metrics()
        for corpus, score in sorted(self.by_corpus.items()):
            out.update({f"{corpus}.{k}": v for k, v in score.metrics().items()})
        out["errors"] = self.errors.total
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "geo",
            OVERALL: self.overall.to_dict(),
            "by_corpus": {k: v.to_dict() for k, v in sorted(self.by_corpus.items())},
            "errors": self.errors.to_dict(),
            "metrics": self.metrics(),
        }

    def format_text(self) -> str:
        lines: list[str] = []
        for corpus, score in sorted(self.by_corpus.items()):
            lines += score.text_lines(corpus) + [""]
        lines += self.overall.text_lines("Overall") + ["", self.errors.format_text()]
        return "\n".join(lines)


# --- reading places ---------------------------------------------------------------------------


def _span(raw: Any, where: str, errors: ErrorTally, reason: str, text: str | None) -> Span | None:
    if not isinstance(raw, Mapping):
        errors.add(reason, f"{where}: a place is not an object")
        return None
    start, end = raw.get("start"), raw.get("end")
    if not (is_count(start) and is_count(end) and 0 <= start < end):
        errors.add(reason, f"{where}: bad span {start!r}..{end!r}")
        return None
    if text is not None:
        if end > len(text):
            errors.add(reason, f"{where}: span {start}..{end} is past the end of the text")
            return None
        said = raw.get("text")
        if isinstance(said, str) and said.strip() and text[start:end].strip() != said.strip():
            errors.add("span_text_mismatch", f"{where}: {start}..{end} is not {said!r}")
    gid = raw.get("geonames_id")
    if isinstance(gid, str) and gid.strip().isdigit():
        gid = int(gid)
    if gid is not None and not is_count(gid):
        errors.add(reason, f"{where}: geonames_id {gid!r}")
        gid = None
    lat, lon = raw.get("lat"), raw.get("lon")
    if lat is None or lon is None or not (is_number(lat) and is_number(lon)):
        if lat is not None or lon is not None:
            errors.add(reason, f"{where}: lat/lon {lat!r}/{lon!r}")
        lat = lon = None
    cc = raw.get("country_code")
    return Span(
        start,
        end,
        gid,
        cc.upper() if isinstance(cc, str) and cc.strip() else None,
        float(lat) if lat is not None else None,
        float(lon) if lon is not None else None,
    )


def _article_texts(articles: Iterable[Mapping[str, Any]], errors: ErrorTally) -> dict[str, str | None]:
    texts: dict[str, str | None] = {}
    for i, a in enumerate(articles):
        aid = a.get("id") if isinstance(a, Mapping) else None
        if not isinstance(aid, str):
            errors.add("ill_typed_article", f"article #{i} has no string id")
            continue
        text = a.get("text")
        texts[aid] = text if isinstance(text, str) else None
    return texts


def _predictions(
    predictions: Iterable[Any],
    known: set[str],
    texts: Mapping[str, str | None],
    errors: ErrorTally,
) -> dict[str, list[Span]]:
    out: dict[str, list[Span]] = {}
    for i, pred in enumerate(predictions):
        aid = pred.get("article_id") if isinstance(pred, Mapping) else None
        if not isinstance(aid, str):
            errors.add("ill_typed_record", f"prediction #{i} has no string article_id")
            continue
        if aid not in known:
            errors.add("unknown_article", f"prediction for {aid!r}: no such article")
            continue
        if aid in out:
            errors.add("duplicate_article", f"second prediction for {aid}; kept the first")
            continue
        places = pred.get("places")
        if places is None:
            places = []
        if not isinstance(places, list):
            errors.add("ill_typed_field", f"prediction {aid}: places is not a list")
            places = []
        spans = [_span(p, aid, errors, "ill_typed_field", texts.get(aid)) for p in places]
        out[aid] = [s for s in spans if s is not None]
    return out


def _index_gold(gold: Iterable[Mapping[str, Any]], errors: ErrorTally) -> dict[str, Mapping[str, Any]]:
    """Gold lines by article id; bad and repeated lines are counted as errors, the first kept."""
    golds: dict[str, Mapping[str, Any]] = {}
    for g in gold:
        aid = g.get("article_id") if isinstance(g, Mapping) else None
        if not isinstance(aid, str):
            errors.add("gold_ill_typed", "a gold line has no string article_id")
            continue
        if aid in golds:
            errors.add("gold_duplicate_article", f"gold {aid} appears again; kept the first")
            continue
        golds[aid] = g
    return golds


def score_geo(
    articles: Iterable[Mapping[str, Any]],
    gold: Iterable[Mapping[str, Any]],
    predictions: Iterable[Any],
    *,
    input_errors: Iterable[str] = (),
) -> GeoReport:
    """Score ``veille geoparse`` output against geo gold; never raises on bad input.

    ``articles`` give the texts (to check that spans fit and say what they claim); when empty
    the gold ids are the known articles. Gold lines without ``corpus`` go to corpus ``"-"``.
    """
    report = GeoReport()
    errors = report.errors
    errors.extend_lines(input_errors)
    texts = _article_texts(articles, errors)
    golds = _index_gold(gold, errors)
    known = set(texts) | set(golds)
    preds = _predictions(predictions, known, texts, errors)

    for aid, g in golds.items():
        corpus_raw = g.get("corpus")
        corpus = corpus_raw if isinstance(corpus_raw, str) else "-"
        gold_raw = _as_list(g.get("places"))
        gold_spans = [s for s in (_span(p, aid, errors, "gold_ill_typed", None) for p in gold_raw) if s]
        ignore = [
            (int(s[0]), int(s[1]))
            for s in _as_list(g.get("ignore_spans"))
            if isinstance(s, (list, tuple)) and len(s) == 2 and all(is_count(x) for x in s)
        ]
        p_spans = preds.get(aid, [])
        for score in (report.by_corpus.setdefault(corpus, GeoScore()), report.overall):
            score.articles += 1
            score.predictions += len(p_spans)
            score.ignored_predictions += recognise(gold_spans, p_spans, ignore, score.overlap, score.exact)
            for gs in gold_spans:
                _resolve_one(gs, _best_prediction(gs, p_spans), score)
    return report


# --- re3d --------------------------------------------------------------------------------------


@dataclass
class Re3dReport:
    """Predicted place spans against re3d ``Location`` entities."""

    articles: int = 0
    predictions: int = 0
    overlap: Recognition = field(default_factory=Recognition)
    exact: Recognition = field(default_factory=Recognition)
    errors: ErrorTally = field(default_factory=ErrorTally)

    def metrics(self) -> dict[str, float | int | None]:
        ov, ex = self.overlap.to_dict(), self.exact.to_dict()
        return {
            "location_precision": ov["precision"],
            "location_recall": ov["recall"],
            "location_f1": ov["f1"],
            "location_exact_precision": ex["precision"],
            "location_exact_recall": ex["recall"],
            "location_exact_f1": ex["f1"],
            "errors": self.errors.total,
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "re3d",
            "articles": self.articles,
            "gold_locations": self.overlap.gold,
            "predictions": self.predictions,
            "recognition": {"overlap": self.overlap.to_dict(), "exact": self.exact.to_dict()},
            "errors": self.errors.to_dict(),
            "metrics": self.metrics(),
        }

    def format_text(self) -> str:
        ov, ex = self.overlap.to_dict(), self.exact.to_dict()
        return "\n".join(
            [
                f"re3d: {self.articles} articles, {self.overlap.gold} gold Location entities, "
                f"{self.predictions} predicted places",
                f"  overlap P {_fmt(ov['precision'])} R {_fmt(ov['recall'])} "
                f"F1 {_fmt(ov['f1'])} | exact span P {_fmt(ex['precision'])} "
                f"R {_fmt(ex['recall'])} F1 {_fmt(ex['f1'])}",
                "",
                self.errors.format_text(),
            ]
        )


def score_re3d(
    gold: Iterable[Mapping[str, Any]],
    predictions: Iterable[Any],
    *,
    articles: Iterable[Mapping[str, Any]] = (),
    input_errors: Iterable[str] = (),
) -> Re3dReport:
    """Score predicted place spans against re3d ``Location`` entities (overlap, exact span)."""
    report = Re3dReport()
    errors = report.errors
    errors.extend_lines(input_errors)
    texts = _article_texts(articles, errors)
    golds = _index_gold(gold, errors)
    preds = _predictions(predictions, set(texts) | set(golds), texts, errors)
    for aid, g in golds.items():
        ents = _as_list(g.get("entities"))
        locs = [
            s
            for e in ents
            if isinstance(e, Mapping) and e.get("type") == "Location"
            for s in [_span(e, aid, errors, "gold_ill_typed", None)]
            if s is not None
        ]
        p_spans = preds.get(aid, [])
        report.articles += 1
        report.predictions += len(p_spans)
        recognise(locs, p_spans, [], report.overlap, report.exact)
    return report
