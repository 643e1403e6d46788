"""Throughput of `veille spark` (local[N]) against single-process `veille extract`, and a cost.

    nice .venv/bin/python benchmarks/spark_bench.py [--data ../shared/eval/news2016] [--copies 10]
        [--master 'local[2]'] [--single-copies 1] [--price 0.05]

The corpus is replicated ``--copies`` times, each copy with its own article ids (so the
resolution step sees distinct articles), as one JSONL file per copy. The Spark job (extract,
write, resolve) runs on all of it; `veille extract --workers 1` runs on ``--single-copies``
copies and, when that is fewer, its time is extrapolated linearly (the extraction is per
article, so the time is linear in the number of articles; the report says so).
The projected cost per million articles assumes ``--price`` dollars per vCPU-hour and that the
measured per-core throughput holds on a cluster (executors scale out; the driver is idle); it
is given from wall time (cores x seconds) and from CPU time (JVM and Python workers, /proc),
which does not count what other work on a shared machine took.
Skips cleanly when the data folder is absent. Prints a JSON report.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "eval" / "news2016"


def replicate(src: Path, dest: Path, copies: int) -> int:
    """``copies`` files of the corpus, ids suffixed with the copy number; returns articles per copy."""
    dest.mkdir(parents=True, exist_ok=True)
    lines = [ln for ln in src.read_text(encoding="utf-8").split("\n") if ln.strip()]
    for k in range(copies):
        with (dest / f"part-{k:04d}.jsonl").open("w", encoding="utf-8") as fh:
            for line in lines:
                d = json.loads(line)
                d["id"] = f"{d.get('id') or ''}#copy{k}"
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    return len(lines)


def tree_cpu_seconds(pid: int) -> float | None:
    """CPU seconds (user + system, with reaped children) of every live descendant of ``pid``.

    Linux /proc only; None elsewhere. On a shared machine wall time says how busy it was, CPU
    time what the work costs.
    """
    proc = Path("/proc")
    if not proc.is_dir():
        return None
    tick = os.sysconf("SC_CLK_TCK")
    kids: dict[int, list[tuple[int, list[str]]]] = {}
    for p in proc.iterdir():
        if not p.name.isdigit():
            continue
        try:
            fields = (p / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        kids.setdefault(int(fields[1]), []).append((int(p.name), fields))
    total, stack = 0.0, [pid]
    while stack:
        for child, fields in kids.get(stack.pop(), []):
            total += sum(int(x) for x in fields[11:15]) / tick
            stack.append(child)
    return total


def _children_cpu() -> float:
    import resource

    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def run_single(path: Path, out: Path) -> tuple[float, int, float]:
    """Wall seconds of `veille extract --workers 1` as its own process, records written, CPU seconds."""
    cpu0 = _children_cpu()
    t0 = time.perf_counter()
    cmd = [sys.executable, "-m", "veille", "extract", str(path), "-o", str(out), "--workers", "1"]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise SystemExit(proc.stderr)
    return wall, sum(1 for _ in out.open(encoding="utf-8")), _children_cpu() - cpu0


def run_spark(
    inputs: Path, output: Path, master: str, block_mode: str
) -> tuple[float, float, dict[str, Any]]:
    """Session start seconds, job wall seconds and the job's report."""
    from veille.settings import Settings
    from veille.spark.run import run_job
    from veille.spark.session import spark_session

    t0 = time.perf_counter()
    spark = spark_session(master)
    start = time.perf_counter() - t0
    t1 = time.perf_counter()
    report = run_job(spark, [str(inputs)], str(output), Settings.load(), fmt="jsonl", block_mode=block_mode)
    wall = time.perf_counter() - t1
    report["cpu_s"] = tree_cpu_seconds(os.getpid())  # the JVM and its Python workers, before they stop
    spark.stop()
    return start, wall, report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--copies", type=int, default=10)
    ap.add_argument("--single-copies", type=int, default=1, help="Copies run by single-process extract.")
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--blocks", default="type", choices=["type", "country"])
    ap.add_argument("--price", type=float, default=0.05, help="Dollars per vCPU-hour (on-demand, 2026).")
    ap.add_argument("--workdir", type=Path, default=None, help="Keep inputs and outputs here.")
    args = ap.parse_args()
    articles = args.data / "articles.jsonl"
    if not articles.exists():
        print(f"skip: {articles} not found", file=sys.stderr)
        return
    work = args.workdir or Path(tempfile.mkdtemp(prefix="veille-spark-bench-"))
    try:
        per_copy = replicate(articles, work / "in", args.copies)
        single_dir = work / "single"
        single_dir.mkdir(exist_ok=True)
        single_in = single_dir / "in.jsonl"
        with single_in.open("w", encoding="utf-8") as fh:
            for k in range(min(args.single_copies, args.copies)):
                fh.write((work / "in" / f"part-{k:04d}.jsonl").read_text(encoding="utf-8"))
        n_single = per_copy * min(args.single_copies, args.copies)
        single_s, single_records, single_cpu = run_single(single_in, single_dir / "records.jsonl")
        start_s, spark_s, report = run_spark(work / "in", work / "out", args.master, args.blocks)
        n = per_copy * args.copies
        cores = int(report["spark"]["default_parallelism"])
        single_full = single_s * n / n_single
        timings: dict[str, float] = report["timings"]
        extract_rate = n / float(timings["extract_s"])
        per_core = n / (spark_s * cores)  # articles per core-second of wall time, the whole job
        cost = 1e6 / per_core / 3600 * args.price
        # On a shared machine the wall time also pays for the other users: CPU time is the fairer cost.
        cpu_cost = report["cpu_s"] / n * 1e6 / 3600 * args.price if report["cpu_s"] else None
        result = {
            "corpus": str(articles),
            "articles": n,
            "copies": args.copies,
            "machine": {"cpus": os.cpu_count(), "master": args.master},
            "single_process": {
                "articles_run": n_single,
                "seconds": round(single_s, 1),
                "cpu_s": round(single_cpu, 1),
                "cpu_s_per_article": round(single_cpu / n_single, 4),
                "records": single_records,
                "articles_per_s": round(n_single / single_s, 2),
                "seconds_for_all": round(single_full, 1),
                "extrapolated": n_single < n,
            },
            "spark": {
                "session_start_s": round(start_s, 1),
                "job_s": round(spark_s, 1),
                "cpu_s": report["cpu_s"],
                "cpu_s_per_article": round(report["cpu_s"] / n, 4) if report["cpu_s"] else None,
                "extract_s": timings["extract_s"],
                "resolve_s": timings.get("resolve_s"),
                "worker_pipeline_s": timings.get("worker_pipeline_s"),
                "articles_per_s": round(n / spark_s, 2),
                "extract_articles_per_s": round(extract_rate, 2),
                "records": report["records_out"],
                "events": (report.get("events") or {}).get("events"),
                "blocks": (report.get("events") or {}).get("blocks"),
                "largest_block": (report.get("events") or {}).get("largest_block_records"),
            },
            "speedup_vs_single_process": round(single_full / spark_s, 2),
            "records_match_copies": report["records_out"] == single_records * n // n_single,
            "cost": {
                "assumed_usd_per_vcpu_hour": args.price,
                "articles_per_core_s": round(per_core, 3),
                "vcpu_hours_per_million": round(1e6 / per_core / 3600, 2),
                "usd_per_million_articles": round(cost, 2),
                "usd_per_million_articles_by_cpu_time": round(cpu_cost, 2) if cpu_cost else None,
            },
        }
        print(json.dumps(result, indent=1))
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
