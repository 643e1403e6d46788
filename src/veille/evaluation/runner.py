"""``veille eval``: run veille over a gold directory and score it.

The kind of set is read from its gold: event sets (``events``), geoparsing sets (``places``),
re3d (``entities``), or no gold at all (news2016: throughput and fire rates only).
"""

from __future__ import annotations

import json
import resource
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from veille.errors import InputError
from veille.evaluation import check_minimums, read_jsonl, score_events, score_geo, score_re3d
from veille.settings import Settings


@dataclass(frozen=True)
class EvalResult:
    kind: str
    report: dict[str, Any]
    text: str


def _kind(gold: list[dict[str, Any]]) -> str:
    if not gold:
        return "throughput"
    first = gold[0]
    if "places" in first:
        return "geo"
    if "entities" in first:
        return "re3d"
    return "events"


def _articles(directory: Path, limit: int | None) -> tuple[list[dict[str, Any]], list[str]]:
    path = directory / "articles.jsonl"
    if not path.exists():
        raise InputError(str(path), None, "no articles.jsonl in this directory")
    rows, errors = read_jsonl(path)
    return (rows[:limit] if limit else rows), errors


def run_eval(
    directory: Path, settings: Settings, *, limit: int | None = None, predictions: Path | None = None
) -> EvalResult:
    """Extract (or read ``predictions``) for the articles of ``directory`` and score them."""
    articles, errors = _articles(directory, limit)
    gold_path = directory / "gold.jsonl"
    gold: list[dict[str, Any]] = []
    if gold_path.exists():
        gold, gold_errors = read_jsonl(gold_path)
        errors += gold_errors
        ids = {a.get("id") for a in articles}
        gold = [g for g in gold if g.get("article_id") in ids]
    kind = _kind(gold)
    t0 = time.perf_counter()
    if kind in {"geo", "re3d"}:
        preds = _read_preds(predictions) if predictions else _geoparse(articles, settings)
        seconds = time.perf_counter() - t0
        if kind == "geo":
            geo_report = score_geo(articles, gold, preds, input_errors=errors)
            report, text = geo_report.to_dict(), geo_report.format_text()
        else:
            re3d_report = score_re3d(gold, preds, articles=articles, input_errors=errors)
            report, text = re3d_report.to_dict(), re3d_report.format_text()
    else:
        records = _read_preds(predictions) if predictions else _extract(articles, settings)
        seconds = time.perf_counter() - t0
        if kind == "throughput":
            report = _throughput(directory, articles, records, seconds)
            text = json.dumps(report, indent=1)
        else:
            ev_report = score_events(articles, gold, records, input_errors=errors)
            report, text = ev_report.to_dict(), ev_report.format_text()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report["run"] = {
        "articles": len(articles),
        "seconds": round(seconds, 2),
        "articles_per_second": round(len(articles) / seconds, 1) if seconds else None,
        "peak_rss_mb": round(peak, 1),
        "dataset": directory.name,
    }
    text += f"\n{len(articles)} articles in {seconds:.1f}s; peak memory {peak:.0f} MB\n"
    return EvalResult(kind, report, text)


def _read_preds(path: Path | None) -> list[dict[str, Any]]:
    assert path is not None
    rows, _ = read_jsonl(path)
    return rows


def _extract(articles: Iterable[dict[str, Any]], settings: Settings) -> list[dict[str, Any]]:
    from veille.io.read import article_from_json
    from veille.parallel import resolve_workers, run_extract_parallel
    from veille.pipeline import Pipeline, Stats

    pipeline = Pipeline.from_settings(settings)
    parsed = []
    for a in articles:
        try:
            parsed.append(article_from_json(a))
        except InputError:
            continue
    workers = resolve_workers(int(settings["workers"])) if len(parsed) > 200 else 1
    results = run_extract_parallel(pipeline, parsed, Stats(), workers)
    return [r.to_dict() for res in results for r in res.records]


def _geoparse(articles: Iterable[dict[str, Any]], settings: Settings) -> list[dict[str, Any]]:
    from veille.geo import Geoparser
    from veille.nlp.ner import SpacyNer, truecase_for_ner
    from veille.nlp.segment import is_upper_text

    ner = SpacyNer.load(batch_size=int(settings["batch_size"]))
    geoparser = Geoparser.from_settings(cache_dir=Path(settings["cache_dir"]).expanduser() / "geo")
    arts = list(articles)
    uppers = [is_upper_text(a["text"]) for a in arts]
    texts = [truecase_for_ner(a["text"]) if up else a["text"] for a, up in zip(arts, uppers, strict=True)]
    out = []
    for a, up, ents in zip(arts, uppers, ner.entities(texts), strict=True):
        places = geoparser.parse(a["text"], ents, upper=up, url=a.get("url"))
        out.append(
            {
                "article_id": a["id"],
                "places": [p.to_dict() for p in places if not p.demonym and p.geonames_id is not None],
            }
        )
    return out


def _throughput(
    directory: Path, articles: list[dict[str, Any]], records: list[dict[str, Any]], seconds: float
) -> dict[str, Any]:
    fired = {r["article_id"] for r in records}
    flagged: set[str] = set()
    meta = directory / "meta.jsonl"
    if meta.exists():
        rows, _ = read_jsonl(meta)
        for row in rows:
            if row.get("security_title_match"):
                flagged.add(str(row.get("article_id") or row.get("id")))
    ids = [str(a.get("id")) for a in articles]
    sec = [i for i in ids if i in flagged]
    other = [i for i in ids if i not in flagged]

    def rate(xs: list[str]) -> float | None:
        return round(sum(1 for x in xs if x in fired) / len(xs), 4) if xs else None

    return {
        "kind": "throughput",
        "articles": len(ids),
        "records": len(records),
        "fire_rate": rate(ids),
        "fire_rate_security_titles": rate(sec),
        "fire_rate_other": rate(other),
        "security_titled": len(sec),
        "metrics": {
            "fire_rate": rate(ids),
            "fire_rate_security_titles": rate(sec),
            "fire_rate_other": rate(other),
        },
    }


def apply_gate(gate_file: Path, dataset: str, report: dict[str, Any]) -> list[str]:
    """Failures of ``report`` against the minimums kept for ``dataset`` in ``gate_file``."""
    try:
        gate = json.loads(gate_file.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(str(gate_file), None, f"cannot read the quality gate: {exc}") from exc
    if dataset not in gate:
        return [f"{gate_file} has no minimums for {dataset!r}"]
    return check_minimums({dataset: report}, {dataset: gate[dataset]})
