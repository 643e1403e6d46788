"""Query-layer speed at a million events, on SQLite and PostgreSQL.

Generates N resolved events (default 1,000,000) with realistic skew: ten years of dates,
about 150 countries (a few carry most events), the 19 event types of CONTRACT §3, a few
thousand actors (a few groups in many events), review statuses and confidences. It bulk-loads
them (one executemany transaction on SQLite, COPY on PostgreSQL) into a database migrated as
veille migrates it, builds the search index, then times the query layer's typical calls
(veille.store.query: the same functions the CLI, API and exports use) and prints p50/p95.

    nice .venv/bin/python benchmarks/query_bench.py --sqlite /tmp/bench.db \\
        --pg postgresql://veille:veille@127.0.0.1:5432/veille_test [--events 1000000] [--runs 40]

The PostgreSQL run works in a schema of its own (``veille_bench``), dropped at the end unless
``--keep``; an existing SQLite file with the right event count is reused (``--fresh`` rebuilds).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from veille.store.query import EventQuery, aggregate, count_events, ensure_search_index, iter_events
from veille.store.store import Store

TYPES = {  # CONTRACT §3 codes, weighted roughly as news reports them
    "arrest": 22,
    "attack": 18,
    "ct_operation": 14,
    "raid": 8,
    "charge": 6,
    "conviction": 5,
    "cell_dismantled": 4,
    "trial": 4,
    "threat": 3,
    "warning": 3,
    "policy": 3,
    "plot_foiled": 2,
    "release": 2,
    "deportation": 2,
    "recruitment": 1.5,
    "travel": 1,
    "repatriation": 1,
    "extradition": 1,
    "acquittal": 0.5,
}
GROUPS = [
    "Islamic State",
    "Boko Haram",
    "Al-Shabaab",
    "Taliban",
    "Al-Qaeda",
    "Hayat Tahrir al-Sham",
    "Tehrik-i-Taliban Pakistan",
    "Jama'at Nusrat al-Islam wal-Muslimin",
    "Islamic State West Africa Province",
    "Islamic State Khorasan Province",
    "PKK",
    "Hamas",
    "Houthis",
    "Lashkar-e-Taiba",
    "Jaish-e-Mohammed",
]
SYLLABLES = ["ka", "ra", "mo", "ta", "li", "na", "sa", "bu", "ri", "do", "ma", "zi", "ha", "el", "an", "gu"]
KINDS = ["police", "military", "security_agency", "judiciary", "government"]
STATUS = (["machine"] * 90) + (["accepted"] * 6) + (["edited"] * 2) + (["rejected"] * 2)


def _word(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(n)).capitalize()


def _countries() -> list[str]:
    import pycountry

    codes = sorted(c.alpha_2 for c in pycountry.countries)
    rng = random.Random(7)
    # A few conflict-heavy countries first, the rest in a fixed shuffled order.
    head = ["IQ", "AF", "SY", "NG", "SO", "PK", "IN", "ML", "BF", "YE", "PH", "EG", "TR", "FR", "MA"]
    rest = [c for c in codes if c not in head]
    rng.shuffle(rest)
    return (head + rest)[:150]


class World:
    """The fixed vocabulary the generator draws from (seeded: same arguments, same data)."""

    def __init__(self, seed: int) -> None:
        rng = random.Random(seed)
        self.countries = _countries()
        self.country_w = [1.0 / (i + 1) ** 1.1 for i in range(len(self.countries))]
        self.admin1 = {
            c: [f"{_word(rng, 2)} Province" for _ in range(rng.randint(3, 20))] for c in self.countries
        }
        self.cities = {
            c: [_word(rng, rng.randint(2, 4)) for _ in range(rng.randint(5, 60))] for c in self.countries
        }
        self.groups = GROUPS + [f"{_word(rng, 3)} Brigade" for _ in range(1500)]
        self.group_w = [1.0 / (i + 1) ** 1.2 for i in range(len(self.groups))]
        self.persons = [f"{_word(rng, 2)} {_word(rng, 3)}" for _ in range(1500)]
        self.types = list(TYPES)
        self.type_w = list(TYPES.values())
        self.start = date(2016, 1, 1)
        self.days = (date(2025, 12, 31) - self.start).days


def generate(world: World, n: int, seed: int) -> Iterator[tuple[tuple[Any, ...], list[tuple[str, str, str]]]]:
    """(events row, event_actors rows) for ``n`` events."""
    rng = random.Random(seed)
    for i in range(n):
        cc = rng.choices(world.countries, world.country_w)[0]
        etype = rng.choices(world.types, world.type_w)[0]
        # More reporting in later years: a square-root ramp over the ten years.
        day = world.start + timedelta(days=int(world.days * rng.random() ** 0.7))
        prec = rng.choices(["day", "month", "year", "unknown"], [85, 9, 3, 3])[0]
        start: str | None
        end: str | None
        if prec == "day":
            start, end = day.isoformat(), day.isoformat()
        elif prec == "month":
            start = day.replace(day=1).isoformat()
            nxt = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
            end = (nxt - timedelta(days=1)).isoformat()
        elif prec == "year":
            start, end = f"{day.year}-01-01", f"{day.year}-12-31"
        else:
            start = end = None
        admin1 = rng.choice(world.admin1[cc])
        city = rng.choice(world.cities[cc])
        actors = [(rng.choices(world.groups, world.group_w)[0], "armed_group", "perpetrator")]
        if etype not in ("attack", "threat", "recruitment", "travel"):
            actors.append((f"{cc} {rng.choice(KINDS)}", "police", "agent"))
        if rng.random() < 0.2:
            actors.append((rng.choice(world.persons), "person", "target"))
        killed = rng.randint(0, 40) if etype in ("attack", "ct_operation") else None
        arrested = rng.randint(1, 12) if etype in ("arrest", "cell_dismantled", "plot_foiled") else None
        tail = f" - {killed} killed" if killed else (f" - {arrested} arrested" if arrested else "")
        summary = f"{etype.replace('_', ' ').capitalize()} in {city}, {cc} on {start or 'unknown date'}{tail}"
        eid = "e" + hashlib.sha256(f"bench:{seed}:{i}".encode()).hexdigest()[:16]
        confidence = round(min(1.0, max(0.05, rng.betavariate(5, 2))), 4)
        status = rng.choice(STATUS)
        data = {
            "id": eid,
            "record_type": "event",
            "event_type": etype,
            "date": {"start": start, "end": end, "precision": prec, "text": None},
            "locations": [
                {
                    "name": city,
                    "country_code": cc,
                    "admin1": admin1,
                    "city": city,
                    "role": "event",
                    "precision": "city",
                    "lat": round(rng.uniform(-40, 60), 4),
                    "lon": round(rng.uniform(-20, 120), 4),
                    "geonames_id": None,
                }
            ],
            "actors": [
                {"name": a, "mention": a, "kind": k, "role": r, "country_code": None, "legal_status": None}
                for a, k, r in actors
            ],
            "counts": {
                "killed": killed,
                "wounded": None,
                "arrested": arrested,
                "kidnapped": None,
                "cells": None,
                "persons": None,
            },
            "statistic": None,
            "evidence": [{"text": summary, "start": 0, "end": len(summary), "article_id": f"a{i}"}],
            "confidence": confidence,
            "summary": summary,
            "record_ids": [f"r{i}"],
            "article_ids": [f"a{i}"],
            "links": [],
            "claims": {},
            "related": [],
            "review_status": status,
        }
        payload = json.dumps(data, sort_keys=True, separators=(",", ":"))
        row = (
            eid,
            "event",
            etype,
            start,
            end,
            prec,
            cc,
            admin1,
            confidence,
            status,
            summary,
            payload,
            hashlib.sha256(payload.encode()).hexdigest(),
        )
        yield row, sorted({(eid, a, r) for a, _, r in actors})


COLUMNS = (
    "id, record_type, event_type, date_start, date_end, date_precision, country_code, admin1,"
    " confidence, review_status, summary, data, data_hash"
)


def _secondary_indexes(store: Store) -> list[tuple[str, str]]:
    """(name, CREATE statement) of the migrations' indexes on the bulk-loaded tables."""
    if store.db.dialect == "sqlite":
        rows = store.db.query(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            " AND tbl_name IN ('events', 'event_actors')"
        )
        return [(r["name"], r["sql"]) for r in rows]
    rows = store.db.query(
        "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
        " AND tablename IN ('events', 'event_actors') AND indexname NOT LIKE '%_pkey'"
    )
    return [(r["indexname"], r["indexdef"]) for r in rows]


def load(store: Store, world: World, n: int, seed: int) -> None:
    """Bulk load with the secondary indexes dropped, then built again (sorted builds are faster)."""
    indexes = _secondary_indexes(store)
    for name, _ in indexes:
        store.db.execute(f"DROP INDEX {name}")
    (load_sqlite if store.db.dialect == "sqlite" else load_pg)(store, world, n, seed)
    t0 = time.perf_counter()
    for _, sql in indexes:
        store.db.execute(sql)
    print(f"  {len(indexes)} indexes built again in {time.perf_counter() - t0:.0f} s", flush=True)


def load_sqlite(store: Store, world: World, n: int, seed: int) -> None:
    conn = store.db.conn
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-1000000")
    conn.execute("BEGIN")
    batch: list[tuple[Any, ...]] = []
    actors: list[tuple[str, str, str]] = []
    for row, acts in generate(world, n, seed):
        batch.append(row)
        actors.extend(acts)
        if len(batch) >= 20000:
            conn.executemany(f"INSERT INTO events ({COLUMNS}) VALUES ({','.join('?' * 13)})", batch)
            conn.executemany("INSERT INTO event_actors (event_id, name, role) VALUES (?, ?, ?)", actors)
            batch, actors = [], []
    conn.executemany(f"INSERT INTO events ({COLUMNS}) VALUES ({','.join('?' * 13)})", batch)
    conn.executemany("INSERT INTO event_actors (event_id, name, role) VALUES (?, ?, ?)", actors)
    conn.execute("COMMIT")
    conn.execute("PRAGMA synchronous=NORMAL")


def load_pg(store: Store, world: World, n: int, seed: int) -> None:
    conn = store.db.conn
    with conn.transaction(), conn.cursor() as cur:
        with cur.copy(f"COPY events ({COLUMNS}) FROM STDIN") as ev_copy:
            pending: list[tuple[str, str, str]] = []
            for row, acts in generate(world, n, seed):
                ev_copy.write_row(row)
                pending.extend(acts)
        with cur.copy("COPY event_actors (event_id, name, role) FROM STDIN") as act_copy:
            for a in pending:
                act_copy.write_row(a)


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, float, Any]:
    times = []
    out: Any = None
    for _ in range(runs):
        t0 = time.perf_counter()
        out = fn()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return statistics.median(times), p95, out


def queries(world: World, rng: random.Random) -> list[tuple[str, Callable[[Store], Any]]]:
    """Typical calls, each drawing fresh parameters per run (the 30 busiest countries, ...)."""
    top = world.countries[:30]

    def year() -> tuple[str, str]:
        y = rng.randint(2016, 2025)
        return f"{y}-01-01", f"{y}-12-31"

    def page_country(s: Store) -> int:
        f, t = year()
        q = EventQuery(country=rng.choice(top), date_from=f, date_to=t, limit=50, sort="-date")
        return len(list(iter_events(s, q)))

    def count_type_period(s: Store) -> int:
        f, t = year()
        return count_events(s, EventQuery(event_type=rng.choice(world.types), date_from=f, date_to=t))

    def text_search(s: Store) -> int:
        cc = rng.choice(top)
        city = rng.choice(world.cities[cc]).lower()
        return len(list(iter_events(s, EventQuery(text=city, limit=50, sort="-date"))))

    def actor_page(s: Store) -> int:
        name = rng.choice(GROUPS[:8] + world.groups[200:220] + world.persons[:20])
        token = name.split()[-1][:8].lower()
        return len(list(iter_events(s, EventQuery(actor=token, limit=50, sort="-date"))))

    def month_agg(s: Store) -> int:
        return len(aggregate(s, EventQuery(country=rng.choice(top)), ("month",)))

    def review_queue(s: Store) -> int:
        q = EventQuery(
            review_status="machine", limit=50, sort="confidence", country=rng.choice([None, *top[:5]])
        )
        return len(list(iter_events(s, q)))

    def type_country_year(s: Store) -> int:
        f, t = year()
        return len(aggregate(s, EventQuery(date_from=f, date_to=t), ("event_type", "country")))

    def actor_agg(s: Store) -> int:
        f, t = year()
        q = EventQuery(country=rng.choice(top), date_from=f, date_to=t)
        return len(aggregate(s, q, ("actor",)))

    def week_agg(s: Store) -> int:
        f, t = year()
        return len(aggregate(s, EventQuery(event_type="attack", date_from=f, date_to=t), ("week",)))

    def admin1_page(s: Store) -> int:
        cc = rng.choice(top)
        q = EventQuery(country=cc, admin1=rng.choice(world.admin1[cc]), min_confidence=0.6, limit=50)
        return len(list(iter_events(s, q)))

    return [
        ("country + 1-year range, page of 50 (newest first)", page_country),
        ("event type + 1-year range, count", count_type_period),
        ("text search (a place name), page of 50", text_search),
        ("actor contains, page of 50", actor_page),
        ("one country by month (aggregate)", month_agg),
        ("review queue: machine, lowest confidence first, 50", review_queue),
        ("one year by event type x country (aggregate)", type_country_year),
        ("country + year by actor (aggregate)", actor_agg),
        ("attacks in a year by week (aggregate)", week_agg),
        ("country + admin1 + min confidence, page of 50", admin1_page),
    ]


def bench(label: str, store: Store, world: World, runs: int, seed: int) -> list[tuple[str, float, float]]:
    rng = random.Random(seed)
    out = []
    for name, fn in queries(world, rng):
        fn(store)  # one warm-up call (caches, the lazy search index)
        p50, p95, _ = timed(partial(fn, store), runs)
        out.append((name, p50, p95))
        print(f"  {label:10} {name:55} p50 {p50:7.1f} ms  p95 {p95:7.1f} ms", flush=True)
    return out


def prepare(store: Store, world: World, n: int, seed: int, fresh: bool) -> None:
    have = store.count("events")
    if have == n and not fresh:
        print(f"  reusing {have:,} events", flush=True)
    else:
        store.db.execute("DELETE FROM event_actors")
        store.db.execute("DELETE FROM events")
        t0 = time.perf_counter()
        load(store, world, n, seed)
        print(f"  loaded {n:,} events in {time.perf_counter() - t0:.0f} s", flush=True)
    t0 = time.perf_counter()
    idx = ensure_search_index(store.db)
    # Statistics for the planners; on PostgreSQL also the visibility map (index-only scans),
    # which autovacuum maintains on a live database but a bulk load leaves empty.
    store.db.execute("ANALYZE" if store.db.dialect == "sqlite" else "VACUUM ANALYZE")
    print(f"  search index {idx} and (VACUUM) ANALYZE in {time.perf_counter() - t0:.0f} s", flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sqlite", help="SQLite file to build and query")
    ap.add_argument("--pg", help="PostgreSQL server URL (the schema veille_bench is used)")
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--fresh", action="store_true", help="Rebuild even if the data is there")
    ap.add_argument("--keep", action="store_true", help="Keep the PostgreSQL schema afterwards")
    args = ap.parse_args(argv)
    if not (args.sqlite or args.pg):
        ap.error("give --sqlite PATH and/or --pg URL")
    world = World(args.seed)
    results: dict[str, list[tuple[str, float, float]]] = {}
    if args.sqlite:
        print(f"SQLite {args.sqlite}", flush=True)
        Path(args.sqlite).parent.mkdir(parents=True, exist_ok=True)
        store = Store.open(args.sqlite)
        prepare(store, world, args.events, args.seed, args.fresh)
        results["sqlite"] = bench("sqlite", store, world, args.runs, args.seed)
        store.close()
    if args.pg:
        import psycopg

        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
        from conftest import pg_url_with_schema

        with psycopg.connect(args.pg, autocommit=True) as con:
            con.execute("CREATE SCHEMA IF NOT EXISTS veille_bench")
        print("PostgreSQL (schema veille_bench)", flush=True)
        store = Store.open(pg_url_with_schema(args.pg, "veille_bench"))
        try:
            prepare(store, world, args.events, args.seed, args.fresh)
            results["postgresql"] = bench("postgresql", store, world, args.runs, args.seed)
        finally:
            store.close()
            if not args.keep:
                with psycopg.connect(args.pg, autocommit=True) as con:
                    con.execute("DROP SCHEMA veille_bench CASCADE")
    print(
        f"\n| query ({args.events:,} events, {args.runs} runs) | "
        + " | ".join(f"{b} p50 / p95 ms" for b in results)
        + " |"
    )
    print("|---|" + "---|" * len(results))
    names = [n for n, _, _ in next(iter(results.values()))]
    for i, name in enumerate(names):
        cells = " | ".join(f"{r[i][1]:.1f} / {r[i][2]:.1f}" for r in results.values())
        print(f"| {name} | {cells} |")
    worst = max(p95 for r in results.values() for _, _, p95 in r)
    print(f"\nworst p95: {worst:.1f} ms (goal: 200 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
