"""Compare veille's records on the shared evaluation sets between two versions of the code.

The engine is tuned one rule at a time; each change must be checked on every set, record by
record, not only by its headline figures. This keeps a run of each version (records and report)
under ``--runs`` (default ``/tmp/veille-runs``, never in the repository: the records derive from
the evaluation data, see ../shared/eval/NOTICE.md) and compares them:

    # a snapshot of the code, so that editing src/ while it runs changes nothing
    cp -r src /tmp/snap_a && .venv/bin/python benchmarks/eval_runs.py run a --src /tmp/snap_a
    .venv/bin/python benchmarks/eval_runs.py run b                 # the working tree
    .venv/bin/python benchmarks/eval_runs.py compare a b           # figures that changed
    .venv/bin/python benchmarks/eval_runs.py diff a b muc4         # articles whose records changed
    .venv/bin/python benchmarks/eval_runs.py errors b acled country_code --text

``run`` takes ``--sets`` (default gtd,acled,muc4; news2016 has no gold: its records are kept for
``diff``). Each set runs in a process of its own with ``--src`` first on ``sys.path``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "eval"
KEYS = {
    "gtd": [
        "country_code",
        "admin1",
        "city",
        "attack_type",
        "weapon_type",
        "target_type",
        "perpetrators",
        "killed",
        "wounded",
        "date",
    ],
    "acled": ["event_type", "country_code", "admin1", "city", "date", "killed", "perpetrators"],
    "muc4": ["event_type", "attack_type", "weapon_type", "country_code", "admin1", "city", "date", "killed"],
}

# run in a child process, with the code under test first on the path
_CHILD = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from veille.evaluation import read_jsonl, score_events
from veille.evaluation.runner import _extract, _throughput
from veille.settings import Settings
data, out = Path(sys.argv[2]), Path(sys.argv[3])
articles, _ = read_jsonl(data / "articles.jsonl")
t0 = time.perf_counter()
records = _extract(articles, Settings.load())
seconds = time.perf_counter() - t0
with open(out.with_suffix(".records.jsonl"), "w", encoding="utf-8") as f:
    for r in records:
        f.write(json.dumps(r) + "\\n")
if (data / "gold.jsonl").exists():
    gold, _ = read_jsonl(data / "gold.jsonl")
    report = score_events(articles, gold, records).to_dict()
else:
    report = _throughput(data, articles, records, seconds)
report["run"] = {"seconds": round(seconds, 1), "records": len(records)}
out.with_suffix(".json").write_text(json.dumps(report, indent=1), encoding="utf-8")
"""


def _load_report(runs: Path, tag: str, name: str) -> dict[str, Any] | None:
    path = runs / tag / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def _load_records(runs: Path, tag: str, name: str) -> list[dict[str, Any]]:
    path = runs / tag / f"{name}.records.jsonl"
    if not path.exists():
        raise SystemExit(f"{path}: no such run (run `eval_runs.py run {tag} --sets {name}` first)")
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def cmd_run(args: argparse.Namespace) -> None:
    src = Path(args.src).resolve()
    out = Path(args.runs) / args.tag
    out.mkdir(parents=True, exist_ok=True)
    for name in args.sets.split(","):
        data = DATA / name
        if not (data / "articles.jsonl").exists():
            print(f"{name}: no data at {data}, skipped")
            continue
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", _CHILD, str(src), str(data), str(out / name)], check=True, cwd=ROOT
        )
        report = _load_report(Path(args.runs), args.tag, name) or {}
        print(f"{name}: {report.get('run', {}).get('records')} records in {time.perf_counter() - t0:.0f}s")


def cmd_compare(args: argparse.Namespace) -> None:
    runs = Path(args.runs)
    for name, keys in KEYS.items():
        a, b = _load_report(runs, args.a, name), _load_report(runs, args.b, name)
        if a is None or b is None:
            continue
        ra, rb = a["relevance"], b["relevance"]
        print(
            f"{name}: P {ra['precision']} -> {rb['precision']}  R {ra['recall']} -> {rb['recall']}  "
            f"F1 {ra['f1']} -> {rb['f1']}  records {a['counts']['records']} -> {b['counts']['records']}"
        )
        for key in keys:
            x, y = a["metrics"].get(key), b["metrics"].get(key)
            if x != y or args.all:
                print(f"  {'*' if x != y else ' '} {key:14} {x} -> {y}")


def _summary(r: dict[str, Any]) -> str:
    first = r["evidence"][0]["text"][:140].replace("\n", " ") if r.get("evidence") else ""
    places = [loc["name"] for loc in r.get("locations", [])]
    return f"{r['event_type']} {r['date']['start']} killed={r['counts'].get('killed')} {places} | {first}"


def cmd_diff(args: argparse.Namespace) -> None:
    runs = Path(args.runs)
    by: list[dict[str, list[str]]] = []
    for tag in (args.a, args.b):
        grouped: dict[str, list[str]] = defaultdict(list)
        for r in _load_records(runs, tag, args.set):
            grouped[r["article_id"]].append(_summary(r))
        by.append(grouped)
    changed = 0
    for aid in sorted(set(by[0]) | set(by[1])):
        old, new = by[0].get(aid, []), by[1].get(aid, [])
        if sorted(old) == sorted(new):
            continue
        changed += 1
        print(f"== {aid}")
        print("\n".join(f"  - {x}" for x in old if x not in new))
        print("\n".join(f"  + {x}" for x in new if x not in old))
    print(f"{changed} articles changed")


def cmd_errors(args: argparse.Namespace) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from veille.evaluation import read_jsonl
    from veille.evaluation.events import _gold_items, compare, match_article
    from veille.evaluation.records_in import clean_record
    from veille.evaluation.tally import ErrorTally

    data = DATA / args.set
    articles = {a["id"]: a for a in read_jsonl(data / "articles.jsonl")[0]}
    gold = read_jsonl(data / "gold.jsonl")[0]
    errors, seen = ErrorTally(), set()
    recs: dict[str, list[tuple[Any, dict[str, Any]]]] = defaultdict(list)
    for i, raw in enumerate(_load_records(Path(args.runs), args.tag, args.set)):
        rec = clean_record(raw, i, set(articles), seen, errors)
        if rec is not None:
            recs[rec.article_id].append((rec, raw))
    wrong = 0
    for g in gold:
        aid = g["article_id"]
        pairs = recs.get(aid, [])
        lines = []
        if args.field == "relevance":
            if g.get("relevant") is True and not pairs:
                lines.append("missed (no record)")
            if g.get("relevant") is False and pairs:
                lines.extend(f"fired: {_summary(raw)}" for _, raw in pairs)
        else:
            items = _gold_items(g, errors)
            matched = match_article(items, [p[0] for p in pairs])
            for item in items:
                rec = matched.get(item.index)
                result, _ = compare(item, rec)
                if args.field in result and not result[args.field]:
                    want = {k: v for k, v in item.data.items() if v not in (None, [], "")}
                    raw = next((r for p, r in pairs if p is rec), None)
                    lines.append(f"gold {want}")
                    lines.append(f"  got {_summary(raw)}" if raw else "  got no matching record")
        if lines:
            wrong += 1
            if wrong <= args.limit:
                print(f"== {aid} [{g.get('source_label', '')}]")
                print("\n".join(f"  {line}" for line in lines))
                if args.text:
                    print("  TEXT:", articles[aid]["text"][:600].replace("\n", " "))
    print(f"{wrong} articles with {args.field} wrong")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", default="/tmp/veille-runs", help="where runs are kept")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="extract the sets with one version of the code")
    run.add_argument("tag")
    run.add_argument("--src", default=str(ROOT / "src"), help="the code to run (a copy of src/)")
    run.add_argument("--sets", default="gtd,acled,muc4")
    run.set_defaults(func=cmd_run)
    comp = sub.add_parser("compare", help="figures of two runs")
    comp.add_argument("a")
    comp.add_argument("b")
    comp.add_argument("--all", action="store_true", help="unchanged figures too")
    comp.set_defaults(func=cmd_compare)
    diff = sub.add_parser("diff", help="articles whose records changed")
    diff.add_argument("a")
    diff.add_argument("b")
    diff.add_argument("set")
    diff.set_defaults(func=cmd_diff)
    err = sub.add_parser("errors", help="articles where a field is wrong ('relevance': missed or fired)")
    err.add_argument("tag")
    err.add_argument("set")
    err.add_argument("field")
    err.add_argument("--limit", type=int, default=1000)
    err.add_argument("--text", action="store_true", help="print the start of each article")
    err.set_defaults(func=cmd_errors)
    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
