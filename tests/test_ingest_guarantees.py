"""What ingest promises, checked with real ``python -m veille ingest`` processes on real databases:
the same input twice changes nothing; a process killed (SIGKILL) part-way and run again ends with
exactly the database of an uninterrupted run; two processes ingesting at once neither corrupt nor
duplicate anything. Each runs on a SQLite file and, when $VEILLE_TEST_PG is set, on PostgreSQL."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from veille.store.db import Database

pytestmark = pytest.mark.slow

EVENTS = 130  # each reported by two or three sources: a few hundred short articles in all
KILLS = 3  # runs killed part-way before one runs to its end
TABLES = ("articles", "records", "events", "event_records", "event_actors", "ingest_errors", "audit_log")
VOLATILE = {"ingested_at", "seen_at"}  # wall-clock times of a write, not what was written

CITIES = [
    ("Tangier", "Moroccan", "the BCIJ"),
    ("Casablanca", "Moroccan", "the BCIJ"),
    ("Maiduguri", "Nigerian", "police"),
    ("Paris", "French", "prosecutors"),
    ("Madrid", "Spanish", "the Guardia Civil"),
    ("Brussels", "Belgian", "federal prosecutors"),
    ("Mogadishu", "Somali", "police"),
    ("Lyon", "French", "police"),
    ("Fez", "Moroccan", "the BCIJ"),
    ("Kano", "Nigerian", "police"),
]
GROUPS = ["Islamic State", "al-Qaeda", "Boko Haram", "al-Shabaab"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September"]
SOURCES = ["Gen Wire", "Gen Daily", "Gen Post"]


def _reports(j: int) -> list[dict[str, Any]]:
    """Two or three short articles about made-up event ``j``, in different words."""
    city, demonym, agency = CITIES[j % len(CITIES)]
    group = GROUPS[(j // 3) % len(GROUPS)]
    m, day, k = (j // 5) % len(MONTHS), 1 + (j * 7) % 27, 2 + j % 5
    when = f"{MONTHS[m]} {day}"
    kind = j % 4
    if kind == 0:
        texts = [
            f"{city.upper()}, {when} (Gen Wire) - {demonym} police arrested {k} suspects in {city} on "
            f"suspicion of belonging to a cell loyal to the {group} group, {agency} said.",
            f"{demonym} security forces detained {k} people in {city} on {when} over alleged links to "
            f"the {group} group, according to {agency}.",
            f"Police in {city} said {k} men suspected of recruiting for the {group} group were arrested "
            f"on {when}.",
        ]
    elif kind == 1:
        texts = [
            f"A bomb killed {k} people and wounded {3 * k} others at a market in {city} on {when}, "
            f"police said. The {group} group claimed responsibility.",
            f"At least {k} people died when an explosive device went off at a busy market in {city} on "
            f"{when}, officials said, blaming the {group} group.",
        ]
    elif kind == 2:
        texts = [
            f"A court in {city} sentenced a man to {k + 3} years in prison on {when} for financing the "
            f"{group} group, prosecutors said.",
            f"A {demonym} man was jailed for {k + 3} years by a court in {city} on {when} after being "
            f"convicted of funding the {group} group.",
        ]
    else:
        texts = [
            f"United's attack sank City {k}-0 on {when} in {city} as their striker shot home twice before "
            "half-time in front of a record crowd.",
            f"The {city} marathon on {when} drew {k} thousand runners, the organisers said.",
        ]
    return [
        {
            "id": f"gen-{j:03d}-{n}",
            "title": text.split(",")[0][:60],
            "text": text,
            "published": f"2025-{m + 1:02d}-{min(day + n, 28):02d}",
            "source": SOURCES[n],
        }
        for n, text in enumerate(texts)
    ]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two JSONL files of generated articles, each with one line that cannot be read."""
    folder = tmp_path_factory.mktemp("corpus")
    articles = [a for j in range(EVENTS) for a in _reports(j)]
    half = len(articles) // 2
    first, second = folder / "part1.jsonl", folder / "part2.jsonl"
    first.write_text("".join(json.dumps(a) + "\n" for a in articles[:half]) + "not json\n", encoding="utf-8")
    second.write_text(
        '{"id": "empty", "text": ""}\n' + "".join(json.dumps(a) + "\n" for a in articles[half:]),
        encoding="utf-8",
    )
    return first, second


def _total(corpus: tuple[Path, Path]) -> int:
    return sum(1 for p in corpus for line in p.read_text(encoding="utf-8").splitlines() if '"gen-' in line)


def _command(url: str, sources: list[Path]) -> list[str]:
    return [sys.executable, "-m", "veille", "ingest", *map(str, sources), "--db", url]


_RUNNING: list[subprocess.Popen[bytes]] = []


@pytest.fixture(autouse=True)
def _no_stray_process() -> Iterator[None]:
    """A test that fails part-way leaves no ingest running behind it."""
    yield
    while _RUNNING:
        proc = _RUNNING.pop()
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _start(url: str, sources: list[Path], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        proc = subprocess.Popen(_command(url, sources), stdout=out, stderr=subprocess.STDOUT, cwd=log.parent)
    _RUNNING.append(proc)
    return proc


def _finished(proc: subprocess.Popen[bytes], log: Path) -> str:
    """The output of an ingest that ran to its end; it skips the two unreadable lines (status 1)."""
    try:
        proc.wait(timeout=300)  # generous: a cold cache builds the gazetteer index first
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        pytest.fail(f"ingest still running after 300 s: {log.read_text(encoding='utf-8')[-2000:]}")
    out = log.read_text(encoding="utf-8")
    assert proc.returncode == 1, out
    assert "Traceback" not in out and "veille: error" not in out, out
    assert out.count("veille: skipped") == 2, out
    return out


def _ingest(url: str, sources: list[Path], log: Path) -> str:
    return _finished(_start(url, sources, log), log)


def dump(url: str) -> dict[str, list[str]]:
    """Every row of every table as canonical JSON, sorted; times of writing left out."""
    db = Database(url)
    try:
        out = {}
        for table in TABLES:
            rows = db.query(f"SELECT * FROM {table}")
            out[table] = sorted(
                json.dumps({k: v for k, v in r.items() if k not in VOLATILE}, sort_keys=True) for r in rows
            )
        out["schema_migrations"] = sorted(r["name"] for r in db.query("SELECT name FROM schema_migrations"))
        return out
    finally:
        db.close()


def differences(got: dict[str, list[str]], want: dict[str, list[str]]) -> str:
    lines = []
    for table in want:
        extra, missing = set(got[table]) - set(want[table]), set(want[table]) - set(got[table])
        if extra or missing or len(got[table]) != len(want[table]):
            lines.append(f"{table}: {len(got[table])} rows, want {len(want[table])}")
            lines += [f"  extra   {r[:200]}" for r in sorted(extra)[:3]]
            lines += [f"  missing {r[:200]}" for r in sorted(missing)[:3]]
    return "\n".join(lines)


@dataclass(frozen=True)
class Reference:
    path: Path  # the SQLite file
    rows: dict[str, list[str]]


@pytest.fixture(scope="module")
def reference(corpus: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Reference:
    """The database one uninterrupted process makes of the corpus, on SQLite."""
    folder = tmp_path_factory.mktemp("reference")
    path = folder / "reference.db"
    out = _ingest(str(path), list(corpus), folder / "ingest.log")
    assert "Nothing changed" not in out
    rows = dump(str(path))
    assert len(rows["articles"]) == _total(corpus)
    assert len(rows["events"]) > EVENTS // 2, "the corpus should give events"
    assert len(rows["event_records"]) > len(rows["events"]), "some events should join several reports"
    assert len(rows["ingest_errors"]) == 2
    return Reference(path, rows)


def _stored(db: Database) -> int:
    return int(db.scalar("SELECT COUNT(*) FROM articles") or 0) if db.has_table("articles") else 0


def test_same_input_twice_changes_nothing(
    store_url: str, corpus: tuple[Path, Path], reference: Reference, tmp_path: Path
) -> None:
    if store_url.startswith("postgresql"):
        _ingest(store_url, list(corpus), tmp_path / "first.log")
        # The same rows as on SQLite, floats and all.
        assert differences(dump(store_url), reference.rows) == ""
    else:
        src, dst = sqlite3.connect(reference.path), sqlite3.connect(store_url)
        src.backup(dst)  # a copy of the reference database, made by one uninterrupted run
        src.close()
        dst.close()
    second = _ingest(store_url, list(corpus), tmp_path / "second.log")
    assert "Nothing changed" in second and "0 new, 0 changed" in second, second
    assert differences(dump(store_url), reference.rows) == ""


def test_killed_ingest_run_again_equals_an_uninterrupted_run(
    store_url: str, corpus: tuple[Path, Path], reference: Reference, tmp_path: Path
) -> None:
    seed = int(os.environ.get("VEILLE_TEST_SEED", time.time_ns() % 100_000))
    rng = random.Random(seed)
    total = _total(corpus)
    watch = Database(store_url)
    stored_at_kill = []
    try:
        for attempt in range(KILLS):
            before = _stored(watch)
            last = attempt == KILLS - 1
            proc = _start(store_url, list(corpus), tmp_path / f"killed{attempt}.log")
            # Wait until this run has written something of its own (the last time: every article, so
            # the kill lands in resolution), then a short random delay, then SIGKILL.
            target = total if last else before + 1
            deadline = time.monotonic() + 300  # generous: a cold cache builds the gazetteer index first
            while proc.poll() is None and _stored(watch) < target and time.monotonic() < deadline:
                time.sleep(0.01)
            time.sleep(rng.uniform(0.0, 0.05 if last else 0.3))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=60)
            stored_at_kill.append((proc.returncode, _stored(watch)))
    finally:
        watch.close()
    killed = [n for rc, n in stored_at_kill if rc == -signal.SIGKILL]
    note = f"seed {seed}; (status, articles stored) after each try: {stored_at_kill}"
    assert len(killed) >= 2 and any(0 < n < total for n in killed), note
    _ingest(store_url, list(corpus), tmp_path / "final.log")
    assert differences(dump(store_url), reference.rows) == "", note


def test_two_ingests_at_once_neither_corrupt_nor_duplicate(
    store_url: str, corpus: tuple[Path, Path], reference: Reference, tmp_path: Path
) -> None:
    # Both start on an empty database (so they race to create the tables), one reading the files
    # in the other order, so they write different articles and then the same ones.
    one = _start(store_url, list(corpus), tmp_path / "one.log")
    two = _start(store_url, list(reversed(corpus)), tmp_path / "two.log")
    _finished(one, tmp_path / "one.log")
    _finished(two, tmp_path / "two.log")
    assert differences(dump(store_url), reference.rows) == ""
    if not store_url.startswith("postgresql"):
        db = Database(store_url)
        assert db.scalar("PRAGMA integrity_check") == "ok"
        assert db.query("PRAGMA foreign_key_check") == []
        db.close()
