"""Event resolution benchmark: speed and memory at 100,000 records, B-cubed on the gold.

Usage:
    PYTHONPATH=src .venv/bin/python benchmarks/resolve_bench.py [--records 100000] [--seed 7]
        [--resolver blocking.v2] [--gold] [--json OUT]

Generates synthetic records (seeded, so every run sees the same ones): happenings spread over
six years and 40 countries with a skewed share (a few countries have most attacks), the event
types in roughly the proportions news gives them, each happening reported 1 to 10 times with
the usual disagreements (a day off, a week or a month instead of a day, no date, a region or
only the country instead of the city, a toll that rises, another wording), plus official
statistics. Then times one resolution and reports wall and CPU time, peak memory (RSS) and, since the
generator knows which reports belong together, B-cubed precision and recall on the synthetic set.

With ``--gold`` it also runs the real pipeline over the resolution gold
(``veille/data/resolution``) and prints B-cubed and lifecycle-link scores for blocking.v1,
blocking.v2, blocking.v3 and blocking.v3e.

With ``--incremental`` (a resolver that supports it: blocking.v3) it measures the store path
instead: ``--records`` synthetic records are stored in a SQLite database (one article each) and
resolved in full (``veille resolve --full``); then ``--new`` more records (reports of the same
happenings, drawn at random) are stored and resolved one by one, each incremental resolution
timed; then a full resolution checks that nothing changes (``--verify``).

    PYTHONPATH=src .venv/bin/python benchmarks/resolve_bench.py --incremental --resolver blocking.v3 \
        [--new 100] [--db /tmp/bench.db] [--verify]
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from veille.records import (  # noqa: E402
    Actor,
    Counts,
    DateInterval,
    Evidence,
    Location,
    Record,
    Statistic,
)
from veille.resolve.bcubed import bcubed  # noqa: E402
from veille.resolve.blocking import Report  # noqa: E402

TYPES = [
    ("attack", 34),
    ("arrest", 18),
    ("ct_operation", 10),
    ("raid", 7),
    ("cell_dismantled", 5),
    ("charge", 5),
    ("conviction", 4),
    ("plot_foiled", 3),
    ("trial", 3),
    ("deportation", 2),
    ("repatriation", 1),
    ("travel", 2),
    ("recruitment", 2),
    ("threat", 1),
    ("warning", 1),
    ("policy", 1),
    ("extradition", 1),
]
ATTACKS = [
    ("bombing", "explosives"),
    ("armed_assault", "firearms"),
    ("kidnapping", "firearms"),
    ("assassination", "firearms"),
    ("facility_attack", "incendiary"),
]
SYLLABLES = [
    "ka",
    "ra",
    "mo",
    "ta",
    "li",
    "sa",
    "be",
    "no",
    "du",
    "fi",
    "ha",
    "zu",
    "el",
    "an",
    "or",
    "gi",
    "pe",
    "qu",
    "wa",
    "ya",
]
COMMON = [
    "police",
    "said",
    "attack",
    "killed",
    "people",
    "security",
    "forces",
    "officials",
    "suspects",
    "arrested",
    "group",
    "militants",
    "government",
    "statement",
    "province",
    "city",
    "district",
    "operation",
    "court",
    "charged",
]
START = date(2019, 1, 1)
YEARS = 6


def _word(rng: random.Random, n: int = 3) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(n))


class World:
    """Countries with cities (coordinates), regions, groups and agencies."""

    def __init__(self, rng: random.Random, countries: int = 40) -> None:
        self.countries: list[dict[str, Any]] = []
        for k in range(countries):
            cc = chr(65 + k // 26) + chr(65 + k % 26)
            lat0, lon0 = rng.uniform(-30, 50), rng.uniform(-20, 120)
            regions = [_word(rng).title() for _ in range(6)]
            cities = [
                {
                    "name": _word(rng).title(),
                    "admin1": rng.choice(regions),
                    "lat": round(lat0 + rng.uniform(-6, 6), 4),
                    "lon": round(lon0 + rng.uniform(-6, 6), 4),
                }
                for _ in range(40)
            ]
            self.countries.append(
                {
                    "cc": cc,
                    "cities": cities,
                    "groups": [_word(rng).title() + " Front" for _ in range(3)],
                    "agencies": [_word(rng).title() + " Police" for _ in range(3)],
                }
            )
        # A skewed share: the first countries carry most of the news.
        self.weights = [1.0 / (k + 1) ** 0.9 for k in range(countries)]


def generate(
    n: int, seed: int = 7, countries: int = 40, years: int = YEARS
) -> tuple[list[Report], dict[str, str]]:
    """``n`` synthetic reports and the true happening of each (``countries`` and ``years`` make
    the world denser for tests; the benchmark keeps the defaults)."""
    rng = random.Random(seed)
    world = World(rng, countries)
    types, weights = zip(*TYPES, strict=True)
    reports: list[Report] = []
    truth: dict[str, str] = {}
    h = 0
    while len(reports) < n:
        h += 1
        hid = f"h{h}"
        if rng.random() < 0.02:
            _statistic(rng, world, hid, reports, truth, years)
            continue
        country = rng.choices(world.countries, world.weights)[0]
        etype = rng.choices(types, weights)[0]
        day0 = START + timedelta(days=int(rng.random() ** 0.8 * 365 * years))
        city = rng.choice(country["cities"])
        group = rng.choice(country["groups"]) if rng.random() < 0.5 else None
        agency = rng.choice(country["agencies"]) if etype != "attack" and rng.random() < 0.7 else None
        names = [_word(rng, 4).title() for _ in range(3)]
        attack = rng.choice(ATTACKS) if etype == "attack" else (None, None)
        killed = int(rng.expovariate(0.2)) if etype in {"attack", "ct_operation"} else None
        arrested = (
            rng.randint(1, 12) if etype in {"arrest", "cell_dismantled", "plot_foiled", "raid"} else None
        )
        size = min(10, 1 + int(rng.expovariate(0.6)))
        for k in range(size):
            rid = f"r{len(reports):07d}"
            aid = f"a{len(reports):07d}"
            published = day0 + timedelta(days=rng.choice([0, 0, 1, 1, 2, 3, 5]) + k // 3)
            reports.append(
                Report(
                    _report(
                        rng,
                        rid,
                        aid,
                        etype,
                        day0,
                        published,
                        country,
                        city,
                        group,
                        agency,
                        names,
                        attack,
                        killed,
                        arrested,
                        k,
                    ),
                    published.isoformat(),
                    f"Outlet {rng.randint(1, 300)}",
                )
            )
            truth[rid] = hid
            if len(reports) >= n:
                break
    return reports, truth


def _report(
    rng: random.Random,
    rid: str,
    aid: str,
    etype: str,
    day0: date,
    published: date,
    country: dict[str, Any],
    city: dict[str, Any],
    group: str | None,
    agency: str | None,
    names: list[str],
    attack: tuple[str | None, str | None],
    killed: int | None,
    arrested: int | None,
    k: int,
) -> Record:
    roll = rng.random()
    if roll < 0.78:
        d = day0 + timedelta(days=1 if rng.random() < 0.06 else 0)
        when = DateInterval(d.isoformat(), d.isoformat(), "day", "on Tuesday")
    elif roll < 0.86:
        monday = day0 - timedelta(days=day0.weekday())
        when = DateInterval(monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "week", "last week")
    elif roll < 0.92:
        first = day0.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        when = DateInterval(first.isoformat(), last.isoformat(), "month", "in March")
    else:
        when = DateInterval()
    roll = rng.random()
    if roll < 0.7:
        loc = Location(
            city["name"], country["cc"], city["admin1"], city["name"], city["lat"], city["lon"], None, "city"
        )
    elif roll < 0.9:
        loc = Location(city["admin1"], country["cc"], city["admin1"], None, None, None, None, "admin1")
    else:
        loc = Location(country["cc"], country["cc"], None, None, None, None, None, "country")
    actors = []
    if group and rng.random() < 0.8:
        actors.append(
            Actor(group, group, "armed_group", "perpetrator" if etype == "attack" else "affiliation")
        )
    if agency and rng.random() < 0.8:
        actors.append(Actor(agency, agency, "police", "agent"))
    toll = None if killed is None or rng.random() < 0.3 else killed + (k if rng.random() < 0.4 else 0)
    held = None if arrested is None or rng.random() < 0.3 else arrested
    words = rng.sample(COMMON, 6) + rng.sample(names, 2) + [city["name"]] + [_word(rng) for _ in range(3)]
    text = " ".join(words).capitalize() + "."
    return Record(
        id=rid,
        record_type="event",
        article_id=aid,
        event_type=etype,
        attack_type=attack[0],
        weapon_type=attack[1],
        date=when,
        locations=(loc,),
        actors=tuple(actors),
        counts=Counts(killed=toll, arrested=held),
        evidence=(Evidence(text, 0, len(text)),),
        confidence=round(rng.uniform(0.5, 0.95), 2),
        summary=f"{etype} in {loc.name}",
    )


def _statistic(
    rng: random.Random, world: World, hid: str, reports: list[Report], truth: dict[str, str], years: int
) -> None:
    country = rng.choices(world.countries, world.weights)[0]
    year = START.year + rng.randrange(years)
    etype, metric = rng.choice(
        [
            ("arrest", "arrests"),
            ("cell_dismantled", "cells_dismantled"),
            ("deportation", "deportations"),
            ("attack", "attacks"),
        ]
    )
    value = rng.randint(3, 400)
    for _ in range(rng.randint(1, 3)):
        rid = f"r{len(reports):07d}"
        published = date(year + 1, 1, 1) + timedelta(days=rng.randint(0, 30))
        text = f"Officials said {value} {metric} were recorded in {year}."
        rec = Record(
            id=rid,
            record_type="statistic",
            article_id=f"a{len(reports):07d}",
            event_type=etype,
            date=DateInterval(f"{year}-01-01", f"{year}-12-31", "year", str(year)),
            locations=(Location(country["cc"], country["cc"], None, None, None, None, None, "country"),),
            statistic=Statistic(metric, value, f"{year}-01-01", f"{year}-12-31", "ministry"),
            evidence=(Evidence(text, 0, len(text)),),
            confidence=0.9,
            summary=text,
        )
        reports.append(Report(rec, published.isoformat(), "Outlet 0"))
        truth[rid] = hid


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def bench(n: int, seed: int, resolver_name: str) -> dict[str, Any]:
    from veille.resolve.registry import resolver_from_name

    t0 = time.perf_counter()
    reports, truth = generate(n, seed)
    gen_s = time.perf_counter() - t0
    rss_before = rss_mb()
    resolver = resolver_from_name(resolver_name)
    t0, c0 = time.perf_counter(), time.process_time()
    events = resolver.resolve(reports)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    event_of = {rid: ev.id for ev in events for rid in ev.record_ids}
    score = bcubed(event_of, truth)
    related = sum(len(ev.related) for ev in events)
    return {
        "resolver": resolver_name,
        "records": len(reports),
        "happenings": len(set(truth.values())),
        "events": len(events),
        "related_links": related,
        "generate_s": round(gen_s, 2),
        "resolve_s": round(wall, 2),
        "resolve_cpu_s": round(cpu, 2),
        "records_per_s": round(len(reports) / wall),
        "peak_rss_mb": round(rss_mb()),
        "rss_before_resolve_mb": round(rss_before),
        "synthetic_bcubed": score.to_dict(),
    }


def bench_incremental(
    n: int, seed: int, resolver_name: str, new: int, db: Path, verify: bool, reuse: int = 0
) -> dict[str, Any]:
    """Store ``n`` records, resolve them in full, then attach ``new`` more one at a time.

    With ``reuse``, a database left by an earlier run (same ``n``, ``new`` and seed) is kept and
    ``reuse`` of the new records not attached yet are attached.
    """
    from veille.jobs import resolve_all
    from veille.records import Article
    from veille.resolve.registry import resolver_from_name
    from veille.store.store import Store

    reports, truth = generate(n + new, seed)
    rng = random.Random(seed + 1)
    late_ids = set(rng.sample(sorted(r.record.id for r in reports), new))
    base = [r for r in reports if r.record.id not in late_ids]
    late = [r for r in reports if r.record.id in late_ids]
    rng.shuffle(late)
    if not reuse:
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
    store = Store.open(str(db))
    resolver = resolver_from_name(resolver_name)
    if reuse:
        stored = {r["id"] for r in store.db.query("SELECT id FROM records")}
        late = [r for r in late if r.record.id not in stored][:reuse]
        base = []

    def save(rep: Report) -> None:
        rec = rep.record
        text = " ".join(e.text for e in rec.evidence)
        article = Article(rec.article_id, text, None, rep.published, None, rep.source, "en")
        store.save_article(article, [rec], None)

    t0 = time.perf_counter()
    for k in range(0, len(base), 2000):
        with store.db.transaction():
            for rep in base[k : k + 2000]:
                save(rep)
    store_s = time.perf_counter() - t0
    # The generated reports are not part of a resolution: drop them, so that the garbage
    # collector's passes over them are not timed as resolution.
    stored_records = len(base)
    del reports, base
    gc.collect()
    t0, c0 = time.perf_counter(), time.process_time()
    full = resolve_all(store, resolver, full=not reuse)
    full_s, full_cpu = time.perf_counter() - t0, time.process_time() - c0
    times, cpus = [], []
    for rep in late:
        save(rep)
        t0, c0 = time.perf_counter(), time.process_time()
        resolve_all(store, resolver)
        times.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
        took = f"{times[-1]:.2f} s, {cpus[-1]:.2f} s CPU"
        print(f"attached {rep.record.id}: {took}", file=sys.stderr, flush=True)
    batch = late[: len(late) // 2]
    for rep in batch:  # the same records again, withdrawn then stored together: one batch update
        store.save_article(
            Article(rep.record.article_id, "withdrawn", None, rep.published, None, rep.source, "en"), [], None
        )
    resolve_all(store, resolver)
    for rep in batch:
        save(rep)
    t0 = time.perf_counter()
    resolve_all(store, resolver)
    batch_s = time.perf_counter() - t0
    times.sort()
    cpus.sort()
    out: dict[str, Any] = {
        "resolver": resolver_name,
        "stored_records": stored_records,
        "new_records": len(late),
        "store_s": round(store_s, 1),
        "full_resolve_s": round(full_s, 1),
        "full_resolve_cpu_s": round(full_cpu, 1),
        "full_events": full.new + full.changed + full.unchanged,
        "batch_records": len(batch),
        "batch_attach_s": round(batch_s, 2),
        "attach_per_record_ms": {
            "mean": round(1000 * sum(times) / len(times), 1),
            "median": round(1000 * times[len(times) // 2], 1),
            "p90": round(1000 * times[int(len(times) * 0.9)], 1),
            "max": round(1000 * times[-1], 1),
        },
        "attach_per_record_cpu_ms": {
            "median": round(1000 * cpus[len(cpus) // 2], 1),
            "p90": round(1000 * cpus[int(len(cpus) * 0.9)], 1),
            "max": round(1000 * cpus[-1], 1),
        },
        "peak_rss_mb": round(rss_mb()),
    }
    if verify:
        t0 = time.perf_counter()
        again = resolve_all(store, resolver, full=True)
        out["verify_full_s"] = round(time.perf_counter() - t0, 1)
        out["verify_changes"] = {"new": again.new, "changed": again.changed, "removed": again.removed}
        rows = store.db.query("SELECT record_id, event_id FROM event_records")
        score = bcubed({r["record_id"]: r["event_id"] for r in rows}, truth)
        out["synthetic_bcubed"] = score.to_dict()
    store.close()
    return out


def gold_scores() -> dict[str, Any]:
    """B-cubed and link scores of blocking.v1 and blocking.v2 on the resolution gold."""
    from veille.pipeline import Pipeline
    from veille.resolve.bcubed import evaluate, load_articles, load_gold, reports_for
    from veille.resolve.registry import resolver_from_name
    from veille.settings import Settings

    articles = load_articles()
    pipeline = Pipeline.from_settings(Settings.load(env={}))
    records = [r for res in pipeline.process_many(articles) for r in res.records]
    gold = load_gold()
    out = {}
    for name in ("blocking.v1", "blocking.v2", "blocking.v3", "blocking.v3e"):
        events = resolver_from_name(name).resolve(reports_for(records, articles))
        result = evaluate(events, records, gold)
        out[name] = {
            "bcubed": result.bcubed.to_dict(),
            "unmapped": len(result.unmapped),
            "relations": {k: result.relations[k] for k in ("precision", "recall")},
            "errors": result.errors,
        }
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--resolver", default="blocking.v2")
    ap.add_argument("--gold", action="store_true", help="also score v1 and v2 on the resolution gold")
    ap.add_argument("--json", type=Path, help="write the figures here too")
    ap.add_argument("--incremental", action="store_true", help="time attaching new records to a store")
    ap.add_argument("--new", type=int, default=100, help="records attached one by one (--incremental)")
    ap.add_argument("--db", type=Path, default=Path("/tmp/veille-resolve-bench.db"))
    ap.add_argument("--verify", action="store_true", help="then check a full resolution changes nothing")
    ap.add_argument("--reuse", type=int, default=0, help="keep --db from an earlier run; attach this many")
    args = ap.parse_args(argv)
    if args.incremental:
        inc = bench_incremental(
            args.records, args.seed, args.resolver, args.new, args.db, args.verify, args.reuse
        )
        result: dict[str, Any] = {"incremental": inc}
    else:
        result = {"synthetic": bench(args.records, args.seed, args.resolver)}
    if args.gold:
        result["gold"] = gold_scores()
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
