"""Every export format, written from a real store (both backends), read back and compared with the
events (or records) it came from; ``--redact-persons`` leaves no name behind in any of them."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from factories import article, record, statistic
from veille.cli.main import cli
from veille.export.acled import ACLED_COLUMNS, acled_row
from veille.export.formats import CSV_COLUMNS, EXPORT_FORMATS
from veille.export.parquet import read_parquet
from veille.export.plover import PLOVER_TYPES
from veille.export.redact import REDACTED, redact_persons
from veille.jobs import export, resolve_all, write_export
from veille.records import Actor, Evidence
from veille.resolve.blocking import BlockingResolver
from veille.store.query import EventQuery, iter_events, iter_records
from veille.store.store import Store

SUSPECT = "Karim Benhaddou"
JUDGE_TARGET = "Lotfi Zaraoui"


def _filled(url: str) -> Store:
    store = Store.open(url)
    r1 = record("a1")
    r1 = replace(
        r1,
        actors=(
            *r1.actors,
            Actor(SUSPECT, "Benhaddou", "person", "target", "MA", "charged"),
            Actor("Moroccan police", "police", "police", "agent"),
        ),
        evidence=(Evidence(f"Police arrested {SUSPECT}, 34, in Tangier. Benhaddou denies it.", 0, 60),),
        summary=f"Arrest of {SUSPECT} in Tangier",
    )
    store.save_article(article("a1"), [r1], None)
    store.save_article(
        article("a2", published="2025-06-10"),
        [
            replace(
                record(
                    "a2",
                    event_type="attack",
                    day="2025-06-08",
                    city="Maiduguri",
                    cc="NG",
                    arrested=None,
                    killed=3,
                    group="Boko Haram",
                ),
                actors=(
                    Actor("Boko Haram", "Boko Haram", "armed_group", "perpetrator"),
                    Actor(JUDGE_TARGET, "Zaraoui", "person", "target", None, "suspect"),
                ),
                attack_type="bombing",
                weapon_type="explosives",
                suicide=True,
                target_type="private_citizens_property",
            )
        ],
        None,
    )
    store.save_article(article("a3"), [statistic("a3")], None)
    store.save_article(
        article("a4"),
        [record("a4", event_type="conviction", day="2024-11-02", city=None, cc="FR", group=None)],
        None,
    )
    resolve_all(store, BlockingResolver())
    return store


def _events(store: Store, q: EventQuery | None = None) -> list[dict[str, Any]]:
    return [e.to_dict() for e in iter_events(store, q or EventQuery(sort="date"))]


def test_jsonl_round_trip_and_legal_status(store_url: str) -> None:
    store = _filled(store_url)
    text, n = export(store, "jsonl", EventQuery(sort="date"))
    back = [json.loads(line) for line in text.splitlines()]
    assert back == _events(store) and n == len(back) == 4
    people = [a for e in back for a in e["actors"] if a["kind"] == "person"]
    assert {(a["name"], a["legal_status"]) for a in people} == {
        (SUSPECT, "charged"),
        (JUDGE_TARGET, "suspect"),
    }
    store.close()


def test_csv_round_trip(store_url: str) -> None:
    store = _filled(store_url)
    text, _ = export(store, "csv", EventQuery(sort="date"))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == list(CSV_COLUMNS)
    for row, ev in zip(rows, _events(store), strict=True):
        loc = next(x for x in ev["locations"] if x["role"] == "event")
        assert row["id"] == ev["id"] and row["event_type"] == ev["event_type"]
        assert row["date_start"] == (ev["date"]["start"] or "") and row["country_code"] == loc["country_code"]
        assert row["killed"] == ("" if ev["counts"]["killed"] is None else str(ev["counts"]["killed"]))
        assert float(row["confidence"]) == ev["confidence"] and row["summary"] == ev["summary"]
    assert f"{SUSPECT} (target, charged)" in text
    store.close()


def test_parquet_round_trip_events_and_records(store_url: str, tmp_path: Path) -> None:
    store = _filled(store_url)
    path = tmp_path / "e.parquet"
    assert write_export(store, "parquet", EventQuery(sort="date"), str(path)) == 4
    assert read_parquet(path) == _events(store)
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    assert table.schema.field("confidence").type == "double" and table.schema.field("suicide").type == "bool"
    flat = table.column("flat_country_code").to_pylist()
    assert flat == [
        next(x for x in e["locations"] if x["role"] == "event")["country_code"] for e in _events(store)
    ]
    rpath = tmp_path / "r.parquet"
    assert write_export(store, "parquet", EventQuery(), str(rpath), records=True) == 4
    assert read_parquet(rpath) == [r.to_dict() for r in iter_records(store)]
    empty = tmp_path / "none.parquet"
    assert write_export(store, "parquet", EventQuery(country="ZZ"), str(empty)) == 0
    assert read_parquet(empty) == []
    store.close()


def test_geojson_round_trip(store_url: str) -> None:
    store = _filled(store_url)
    text, n = export(store, "geojson", EventQuery(sort="date"))
    gj = json.loads(text)
    placed = {
        (e["id"], loc["lon"], loc["lat"])
        for e in _events(store)
        for loc in e["locations"]
        if loc.get("lat") is not None
    }
    assert {(f["properties"]["id"], *f["geometry"]["coordinates"]) for f in gj["features"]} == placed
    assert n == 4
    store.close()


def test_acled_round_trip(store_url: str) -> None:
    store = _filled(store_url)
    text, n = export(store, "acled-csv", EventQuery(sort="date"))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == list(ACLED_COLUMNS)
    events = [e for e in _events(store) if e["record_type"] == "event"]  # statistics have no ACLED row
    assert n == len(rows) == len(events) == 3
    for row, ev in zip(rows, events, strict=True):
        loc = next(x for x in ev["locations"] if x["role"] == "event")
        assert row["event_id_cnty"] == ev["id"] and row["event_date"] == ev["date"]["start"]
        assert row["year"] == ev["date"]["start"][:4] and row["time_precision"] == "1"
        assert row["fatalities"] == str(ev["counts"]["killed"] or 0) and row["notes"] == ev["summary"]
        assert row["admin1"] == (loc["admin1"] or "")
        assert row["latitude"] == ("" if loc["lat"] is None else str(loc["lat"]))
        assert row["source"] == "Test"  # the outlet of the articles (factories.article)
        assert f"veille_event_type={ev['event_type']}" in row["tags"]
        assert row == {k: str(v) for k, v in acled_row(ev, {a: "Test" for a in ev["article_ids"]}).items()}
    by_id = {r["event_id_cnty"]: r for r in rows}
    attack = next(e for e in events if e["event_type"] == "attack")
    assert by_id[attack["id"]]["sub_event_type"] == "Suicide bomb"
    assert by_id[attack["id"]]["country"] == "Nigeria" and by_id[attack["id"]]["iso"] == "566"
    assert by_id[attack["id"]]["actor1"] == "Boko Haram" and by_id[attack["id"]]["inter1"] == "2"
    assert by_id[attack["id"]]["civilian_targeting"] == "Civilian targeting"
    arrest = next(e for e in events if e["event_type"] == "arrest")
    assert (
        by_id[arrest["id"]]["sub_event_type"] == "Arrests"
        and by_id[arrest["id"]]["actor1"] == "Moroccan police"
    )
    assert f"person {SUSPECT}: charged" in by_id[arrest["id"]]["tags"]
    store.close()


def test_plover_round_trip(store_url: str) -> None:
    store = _filled(store_url)
    text, n = export(store, "plover", EventQuery(sort="date"))
    back = [json.loads(line) for line in text.splitlines()]
    events = _events(store)
    assert n == len(back) == len(events)
    for p, ev in zip(back, events, strict=True):
        assert p["id"] == ev["id"] and p["date"] == ev["date"]["start"]
        assert p["event_type"] == PLOVER_TYPES[ev["event_type"]][0]
        assert p["veille"]["event_type"] == ev["event_type"] and p["veille"]["counts"] == ev["counts"]
        assert p["veille"]["date"] == ev["date"] and p["story_ids"] == ev["article_ids"]
        assert {"id", "date", "event_type", "mode", "context", "actor", "recipient", "location"} <= set(p)
    attack = next(p for p in back if p["veille"]["event_type"] == "attack")
    assert (attack["event_type"], attack["mode"]) == ("ASSAULT", "suicide")
    assert attack["actor"]["name"] == "Boko Haram" and attack["recipient"]["name"] == JUDGE_TARGET
    assert attack["recipient"]["legal_status"] == "suspect" and attack["fatalities"] == 3
    arrest = next(p for p in back if p["veille"]["event_type"] == "arrest")
    assert (arrest["event_type"], arrest["mode"]) == ("COERCE", "arrest")
    assert arrest["actor"]["name"] == "Moroccan police" and arrest["location"]["country"] == "MA"
    store.close()


def _all_text(store: Store, fmt: str, tmp_path: Path, records: bool = False) -> str:
    if fmt == "parquet":
        path = tmp_path / f"x{int(records)}.parquet"
        write_export(store, fmt, EventQuery(sort="date"), str(path), records=records, redact_persons=True)
        import pyarrow.parquet as pq

        return json.dumps(pq.read_table(path).to_pylist(), ensure_ascii=False)
    buf = io.StringIO()
    write_export(store, fmt, EventQuery(sort="date"), buf, records=records, redact_persons=True)
    return buf.getvalue()


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_redact_persons_leaves_no_name_in_any_format(store_url: str, fmt: str, tmp_path: Path) -> None:
    store = _filled(store_url)
    outputs = [_all_text(store, fmt, tmp_path)]
    if fmt in ("jsonl", "parquet"):
        outputs.append(_all_text(store, fmt, tmp_path, records=True))
    for text in outputs:
        for word in ("Benhaddou", "Karim", "Zaraoui", "Lotfi"):
            assert word.lower() not in text.lower(), (fmt, word)
        assert "Boko Haram" in text and "Tangier" in text  # groups and places stay
        assert REDACTED in text
    store.close()


def test_redaction_keeps_ids_roles_and_legal_status() -> None:
    d: dict[str, Any] = {
        "id": "e1",
        "article_ids": ["Karim-1"],
        "actors": [
            {
                "name": SUSPECT,
                "mention": "Benhaddou",
                "kind": "person",
                "role": "target",
                "legal_status": "convicted",
            }
        ],
        "evidence": [
            {"text": "KARIM BENHADDOU was sentenced; benhaddou's lawyer appealed.", "start": 0, "end": 9}
        ],
        "claims": {"actors": [{"value": {"name": "K. Benhaddou", "kind": "person"}, "record_ids": ["r1"]}]},
        "summary": "Conviction of Karim Benhaddou",
    }
    out = redact_persons(d)
    assert out["id"] == "e1" and out["article_ids"] == ["Karim-1"]
    assert out["actors"][0] == {
        "name": REDACTED,
        "mention": REDACTED,
        "kind": "person",
        "role": "target",
        "legal_status": "convicted",
    }
    assert "enhaddou" not in json.dumps(out).lower()
    assert d["actors"][0]["name"] == SUSPECT  # the input is not changed


def test_records_follow_the_event_filters(store_url: str) -> None:
    store = _filled(store_url)
    buf = io.StringIO()
    n = write_export(store, "jsonl", EventQuery(country="NG"), buf, records=True)
    (rec,) = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert n == 1 and rec["article_id"] == "a2" and rec["event_type"] == "attack"
    buf = io.StringIO()
    assert write_export(store, "jsonl", EventQuery(), buf, records=True) == 4
    with pytest.raises(ValueError, match="records are exported as"):
        write_export(store, "csv", EventQuery(), io.StringIO(), records=True)
    with pytest.raises(ValueError, match="unknown export format"):
        write_export(store, "xml", EventQuery(), io.StringIO())
    store.close()


def test_cli_export_formats(tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    _filled(db).close()
    runner = CliRunner()
    res = runner.invoke(cli, ["export", "--format", "parquet", "--db", db])
    assert res.exit_code == 2 and "-o FILE" in res.output
    out = tmp_path / "o" / "e.parquet"
    res = runner.invoke(cli, ["export", "--format", "parquet", "-o", str(out), "--db", db, "--country", "MA"])
    assert res.exit_code == 0, res.output
    assert [e["event_type"] for e in read_parquet(out)] == ["cell_dismantled", "arrest"]
    res = runner.invoke(cli, ["export", "--format", "acled-csv", "--db", db, "--type", "attack"])
    assert res.exit_code == 0 and len(list(csv.DictReader(io.StringIO(res.stdout)))) == 1
    res = runner.invoke(cli, ["export", "--format", "plover", "--db", db, "--redact-persons"])
    assert res.exit_code == 0 and SUSPECT not in res.stdout and len(res.stdout.splitlines()) == 4
    res = runner.invoke(cli, ["export", "--format", "csv", "--records", "--db", db])
    assert res.exit_code == 2 and "records are exported as" in res.output
    res = runner.invoke(
        cli,
        [
            "export",
            "--records",
            "--format",
            "parquet",
            "-o",
            str(tmp_path / "r.parquet"),
            "--db",
            db,
            "--max-confidence",
            "0.85",
        ],
    )
    assert res.exit_code == 0 and "records written" in res.stderr
