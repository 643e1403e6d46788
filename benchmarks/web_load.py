"""Web API load benchmark: concurrent clients on /api/events against SQLite with 100,000 events.

Usage:
    PYTHONPATH=src .venv/bin/python benchmarks/web_load.py [--events 100000] [--clients 50]
        [--duration 30] [--db /tmp/veille-web-load.db] [--json OUT]

Builds (once; reused when the file exists with enough events) a SQLite database of synthetic
resolved events, seeded: spread over ten years and 30 countries, every event type, with actors,
counts and an evidence sentence, written with direct inserts like a resolution writes them. Adds a
viewer, starts ``veille serve`` in its own process (no rate limit: the clients share one token),
then runs N clients for D seconds, each sending its next request as soon as the last one answers:
a mix of the default page, deeper pages, filters (type, country, date range, words, actor) and
sorts, as a dashboard and scripts would. Reports requests, errors (non-200 answers and failed
connections), throughput and latency percentiles. The goal: no errors, p95 at most 300 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import httpx  # noqa: E402

from veille.ids import event_id  # noqa: E402
from veille.records import EVENT_TYPES, Link, ResolvedEvent  # noqa: E402
from veille.store.store import Store  # noqa: E402
from veille.store.users import add_user  # noqa: E402

COUNTRIES = [
    "MA",
    "DZ",
    "TN",
    "LY",
    "EG",
    "NG",
    "NE",
    "ML",
    "BF",
    "SO",
    "KE",
    "ET",
    "IQ",
    "SY",
    "AF",
    "PK",
    "IN",
    "PH",
    "ID",
    "FR",
    "DE",
    "BE",
    "ES",
    "GB",
    "IT",
    "NL",
    "SE",
    "US",
    "CO",
    "PE",
]
GROUPS = ["Islamic State", "al-Qaeda", "al-Shabaab", "Boko Haram", "Tehrik-i-Taliban Pakistan", None]


def _event(rng: random.Random, i: int) -> ResolvedEvent:
    etype = rng.choice(EVENT_TYPES)
    cc = COUNTRIES[min(int(rng.expovariate(0.15)), len(COUNTRIES) - 1)]
    day = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))
    precise = rng.random() < 0.8
    start = day.isoformat() if precise else day.replace(day=1).isoformat()
    end = day.isoformat() if precise else (day.replace(day=28)).isoformat()
    group = rng.choice(GROUPS)
    rid = f"r{hashlib.sha256(f'load-{i}'.encode()).hexdigest()[:16]}"
    sentence = f"Police said the {etype.replace('_', ' ')} happened in {cc} on {start}."
    values: dict[str, Any] = {
        "record_type": "event",
        "event_type": etype,
        "attack_type": "bombing" if etype == "attack" else None,
        "weapon_type": "explosives" if etype == "attack" else None,
        "target_type": None,
        "suicide": None,
        "date": {"start": start, "end": end, "precision": "day" if precise else "month", "text": None},
        "locations": [
            {
                "name": cc,
                "country_code": cc,
                "admin1": None,
                "city": None,
                "lat": round(rng.uniform(-40, 60), 4),
                "lon": round(rng.uniform(-100, 130), 4),
                "geonames_id": None,
                "precision": "country",
                "role": "event",
            }
        ],
        "actors": [
            {
                "name": group,
                "mention": group,
                "kind": "armed_group",
                "role": "perpetrator",
                "country_code": None,
                "legal_status": None,
            }
        ]
        if group
        else [],
        "counts": {
            "killed": rng.choice([None, 0, 1, 3, 12]),
            "wounded": None,
            "arrested": rng.choice([None, 2, 4]),
            "kidnapped": None,
            "cells": None,
            "persons": None,
        },
        "statistic": None,
        "evidence": [{"text": sentence, "start": 0, "end": len(sentence), "article_id": f"a{i}"}],
        "confidence": round(rng.uniform(0.3, 1.0), 3),
        "summary": f"{etype.replace('_', ' ').capitalize()} in {cc} on {start}",
    }
    return ResolvedEvent(
        id=event_id("load", i),
        values=values,
        record_ids=(rid,),
        article_ids=(f"a{i}",),
        links=(Link(rid, 1.0, ("single report",)),),
    )


def build(db: str, n: int, seed: int) -> float:
    """Write ``n`` events with direct inserts (as ``Store`` writes them); returns seconds."""
    t0 = time.perf_counter()
    store = Store.open(db)
    try:
        have = store.count("events")
        if have >= n:
            return 0.0
        rng = random.Random(seed)
        batch: list[tuple[Any, ...]] = []
        links: list[tuple[Any, ...]] = []
        actors: list[tuple[Any, ...]] = []
        with store.db.transaction():
            for i in range(have, n):
                ev = _event(rng, i)
                data = ev.to_dict()
                payload = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
                loc = data["locations"][0]
                batch.append(
                    (
                        ev.id,
                        "event",
                        data["event_type"],
                        data["date"]["start"],
                        data["date"]["end"],
                        data["date"]["precision"],
                        loc["country_code"],
                        None,
                        data["confidence"],
                        "machine",
                        data["summary"],
                        payload,
                        hashlib.sha256(payload.encode()).hexdigest(),
                    )
                )
                links.append((ev.record_ids[0], ev.id, 1.0, '["single report"]'))
                actors.extend((ev.id, a["name"], a["role"]) for a in data["actors"])
            store.db.executemany(
                """INSERT INTO events (id, record_type, event_type, date_start, date_end, date_precision,
                       country_code, admin1, confidence, review_status, summary, data, data_hash)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                batch,
            )
            store.db.executemany(
                "INSERT INTO event_records (record_id, event_id, score, reasons) VALUES (?, ?, ?, ?)", links
            )
            store.db.executemany("INSERT INTO event_actors (event_id, name, role) VALUES (?, ?, ?)", actors)
        store.db.execute("ANALYZE")
    finally:
        store.close()
    return time.perf_counter() - t0


def _params(rng: random.Random, mix: str) -> dict[str, Any]:
    """One client request. ``pages``: what the dashboard sends (first page, later pages, a type
    or a date range); ``filters``: also country + sort, words and actor searches."""
    r = rng.random()
    if r < 0.35:
        return {}
    if r < 0.5:
        return {"offset": rng.randrange(1, 200) * 50}  # pages 2 to 200
    if r < 0.65 or (mix == "pages" and r < 0.8):
        return {"event_type": rng.choice(EVENT_TYPES)}
    if mix == "pages" or r < 0.75:
        y = rng.randrange(2015, 2025)
        return {"date_from": f"{y}-01-01", "date_to": f"{y}-03-31"}
    if r < 0.85:
        return {"country": rng.choice(COUNTRIES), "sort": rng.choice(["-date", "confidence"])}
    if r < 0.93:
        return {"q": rng.choice(["attack", "arrest in MA", "policy"]), "limit": 20}
    return {"actor": rng.choice(["Islamic", "Shabaab", "Haram"]), "limit": 20}


async def _client(
    url: str, token: str, until: float, seed: int, mix: str, out: list[tuple[float, int]]
) -> None:
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=30) as c:
        while time.perf_counter() < until:
            t0 = time.perf_counter()
            try:
                r = await c.get("/api/events", params=_params(rng, mix))
                status = r.status_code
            except httpx.HTTPError:
                status = 0
            out.append((time.perf_counter() - t0, status))


async def _load(url: str, token: str, clients: int, duration: float, mix: str) -> list[tuple[float, int]]:
    out: list[tuple[float, int]] = []
    until = time.perf_counter() + duration
    await asyncio.gather(*(_client(url, token, until, i, mix, out) for i in range(clients)))
    return out


def _tree_cpu(root: int) -> float:
    """CPU seconds (user + system) used so far by process ``root`` and its descendants (Linux)."""
    parent: dict[int, int] = {}
    times: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parent[int(entry.name)] = int(fields[1])
        times[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
    family = {root}
    grew = True
    while grew:
        more = {p for p, pp in parent.items() if pp in family} - family
        grew = bool(more)
        family |= more
    return sum(times.get(p, 0.0) for p in family)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--duration", type=float, default=30.0)
    ap.add_argument("--db", default="/tmp/veille-web-load.db")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--workers", type=int, default=2, help="Server processes (veille serve --workers).")
    ap.add_argument(
        "--mix", choices=["pages", "filters"], default="pages", help="Which requests (see _params)."
    )
    ap.add_argument("--json", help="Also write the figures to this JSON file.")
    args = ap.parse_args()

    built = build(args.db, args.events, args.seed)
    load_before = os.getloadavg()[0]
    store = Store.open(args.db)
    try:
        name = f"load{int(time.time())}"
        token = add_user(store, name, "viewer", by="web_load")[1]
        n_events = store.count("events")
    finally:
        store.close()
    print(f"database: {args.db}, {n_events} events" + (f" (built in {built:.1f}s)" if built else " (reused)"))

    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "veille.cli.main",
            "serve",
            "--db",
            args.db,
            "--port",
            str(port),
            "--rate",
            "0",
            "--workers",
            str(args.workers),
            "--log-level",
            "warning",
        ],
        env=env,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(url + "/login", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        httpx.get(url + "/api/events", headers={"Authorization": f"Bearer {token}"}, timeout=30)  # warm up
        server_cpu0, client_cpu0 = _tree_cpu(server.pid), time.process_time()
        t0 = time.perf_counter()
        results = asyncio.run(_load(url, token, args.clients, args.duration, args.mix))
        wall = time.perf_counter() - t0
        server_cpu, client_cpu = _tree_cpu(server.pid) - server_cpu0, time.process_time() - client_cpu0
    finally:
        server.terminate()
        server.wait(timeout=30)

    lat = sorted(r[0] * 1000 for r in results)
    errors = sum(1 for _, s in results if s != 200)
    q = statistics.quantiles(lat, n=100) if len(lat) > 1 else lat * 99
    figures = {
        "events": n_events,
        "clients": args.clients,
        "workers": args.workers,
        "mix": args.mix,
        "load_average_before": round(load_before, 1),
        "duration_s": round(wall, 1),
        "requests": len(results),
        "errors": errors,
        "requests_per_s": round(len(results) / wall, 1),
        "p50_ms": round(q[49], 1),
        "p95_ms": round(q[94], 1),
        "p99_ms": round(q[98], 1),
        "max_ms": round(lat[-1], 1),
        # Machine-independent: what one request costs the server, and the load generator.
        "server_cpu_ms_per_request": round(1000 * server_cpu / max(len(results), 1), 2),
        "client_cpu_ms_per_request": round(1000 * client_cpu / max(len(results), 1), 2),
    }
    print(json.dumps(figures, indent=2))
    verdict = "PASS" if errors == 0 and figures["p95_ms"] <= 300 else "MISS"
    print(f"goal (no errors, p95 <= 300 ms): {verdict}")
    cores = os.cpu_count() or 1
    cost = figures["server_cpu_ms_per_request"] + figures["client_cpu_ms_per_request"]
    print(
        f"cpu: {figures['server_cpu_ms_per_request']} ms server + {figures['client_cpu_ms_per_request']} ms "
        f"client per request; {cores} cores, load average {figures['load_average_before']} before the run "
        f"(at most ~{1000 * cores / max(cost, 0.001):.0f} requests/s on idle cores)"
    )
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
