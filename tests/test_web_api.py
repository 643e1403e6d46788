"""The JSON API against a real uvicorn server on loopback (SQLite, and PostgreSQL when available)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from test_web_support import EVIL_ID, RIGHT_DATE, WRONG_DATE, Live, build_database, demo_copy, serve
from veille.cli.main import cli
from veille.jobs import resolve_all
from veille.resolve.registry import resolver_from_name
from veille.store.store import Store


@pytest.fixture(scope="session")
def demo_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("web-demo")


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory, demo_cache: Path) -> Iterator[Live]:
    db = demo_copy(tmp_path_factory.mktemp("web-api"), demo_cache)
    with serve(db, rate_per_second=0) as server:
        yield server


def _evil_event(live: Live) -> dict:
    with live.client("vera") as c:
        found = c.get("/api/events", params={"q": "Rabat", "limit": 500}).json()["events"]
    return next(e for e in found if EVIL_ID in e["article_ids"])


def test_events_pagination_sorting_and_filters(live: Live) -> None:
    with live.client("vera") as c:
        first = c.get("/api/events", params={"limit": 5, "sort": "date"}).json()
        second = c.get("/api/events", params={"limit": 5, "offset": 5, "sort": "date"}).json()
        total = first["total"]
        assert total > 50 and first["next_offset"] == 5 and len(first["events"]) == 5
        assert not {e["id"] for e in first["events"]} & {e["id"] for e in second["events"]}
        everything = c.get("/api/events", params={"limit": 500, "sort": "date"}).json()["events"]
        assert len(everything) == total
        starts = [e["date"]["start"] for e in everything if e["date"]["start"]]
        assert starts == sorted(starts)
        by_conf = c.get("/api/events", params={"limit": 500, "sort": "-confidence"}).json()["events"]
        confs = [e["confidence"] for e in by_conf]
        assert confs == sorted(confs, reverse=True)
        attacks = c.get("/api/events", params={"event_type": "attack", "limit": 500}).json()
        assert attacks["total"] > 0 and {e["event_type"] for e in attacks["events"]} == {"attack"}
        ma = c.get("/api/events", params={"country": "ma", "limit": 500}).json()["events"]
        assert ma and all(any(x["country_code"] == "MA" for x in e["locations"]) for e in ma)
        dated = c.get("/api/events", params={"date_from": "2025-01-01", "date_to": "2025-12-31"}).json()
        assert 0 < dated["total"] < total
        bad = c.get("/api/events", params={"sort": "nonsense"})
        assert bad.status_code == 400 and bad.json()["error"]["code"] == "bad_request"
        big = c.get("/api/events", params={"limit": 100000})
        assert big.status_code == 422 and set(big.json()) == {"error"}


def test_event_detail_has_sources_reports_chain_and_history(live: Live) -> None:
    ev = _evil_event(live)
    with live.client("vera") as c:
        d = c.get(f"/api/events/{ev['id']}").json()
    assert set(d) >= {"event", "fields", "reports", "records", "claims", "lifecycle", "history", "edits"}
    fields = {f["field"]: f for f in d["fields"]}
    assert fields["date"]["source"]["text"] == "5 May 2025"  # the date's words, inside its sentence
    assert fields["event_type"]["source"]["text"] == "arrested"
    assert "interior ministry" in fields["event_type"]["source"]["sentence"]["text"]
    assert d["reports"][0]["article_id"] == EVIL_ID
    assert d["lifecycle"][0]["relation"] == "this event"
    with live.client("vera") as c:
        assert c.get("/api/events/nope").json() == {
            "error": {"code": "not_found", "message": "no event 'nope'"}
        }


def test_correct_accept_survives_re_resolution_and_reaches_export(live: Live) -> None:
    ev = _evil_event(live)
    assert ev["date"]["start"] == WRONG_DATE
    with live.client("ana") as c:
        r = c.patch(f"/api/events/{ev['id']}", json={"fields": {"date": RIGHT_DATE}, "note": "see text"})
        assert r.status_code == 200, r.text
        assert r.json()["date"]["start"] == RIGHT_DATE and r.json()["review_status"] == "edited"
        r = c.post(f"/api/events/{ev['id']}/accept")
        assert r.json()["review_status"] == "accepted"
        bad = c.patch(f"/api/events/{ev['id']}", json={"fields": {"date": "2025-13-45"}})
        assert bad.status_code == 400 and "calendar date" in bad.json()["error"]["message"]
    # A full re-resolution (a new ingest would run one) keeps the analyst's work.
    store = Store.open(live.db)
    try:
        resolve_all(store, resolver_from_name("blocking.v2"))
    finally:
        store.close()
    with live.client("vera") as c:
        got = c.get(f"/api/events/{ev['id']}").json()
        assert got["event"]["date"]["start"] == RIGHT_DATE
        assert got["event"]["review_status"] == "accepted"
        assert got["event"]["field_reviews"]["date"]["was"]["start"] == WRONG_DATE
        date_field = next(f for f in got["fields"] if f["field"] == "date")
        assert date_field["review"]["status"] == "corrected" and date_field["review"]["by"] == "ana"
        assert date_field["source"]["of"] == "was" and date_field["source"]["text"] == "5 May 2025"
        actions = [h["action"] for h in got["history"]]
        assert "correct:date" in actions and "accept" in actions
        assert all(h["who"] == "ana" for h in got["history"] if h["action"] in ("correct:date", "accept"))
        jsonl = c.get("/api/export", params={"format": "jsonl", "q": "Rabat"}).text
        exported = [json.loads(line) for line in jsonl.splitlines()]
        mine = next(e for e in exported if e["id"] == ev["id"])
        assert mine["date"]["start"] == RIGHT_DATE and mine["review_status"] == "accepted"
        rows = list(csv.DictReader(io.StringIO(c.get("/api/export", params={"format": "csv"}).text)))
        assert next(r for r in rows if r["id"] == ev["id"])["date_start"] == RIGHT_DATE
        geo = c.get("/api/export", params={"format": "geojson"}).json()
        assert geo["type"] == "FeatureCollection"


def test_field_reject_and_revert(live: Live) -> None:
    with live.client("vera") as c:
        ev = c.get("/api/events", params={"event_type": "attack", "sort": "confidence"}).json()["events"][0]
    killed = ev["counts"]["killed"]
    with live.client("ana") as c:
        r = c.post(f"/api/events/{ev['id']}/reject", json={"field": "counts.killed"})
        assert r.json()["counts"]["killed"] is None
        seq = c.get(f"/api/events/{ev['id']}/history").json()["edits"][-1]["seq"]
        back = c.post(f"/api/edits/{seq}/revert").json()
        assert back["counts"]["killed"] == killed and back["review_status"] == ev["review_status"]
        again = c.post(f"/api/edits/{seq}/revert")
        assert again.status_code == 409 and again.json()["error"]["code"] == "conflict"
        unknown = c.post(f"/api/events/{ev['id']}/reject", json={"field": "nonsense"})
        assert unknown.status_code == 400 and "editable fields" in unknown.json()["error"]["message"]


def test_merge_and_split(live: Live) -> None:
    with live.client("vera") as c:
        evs = c.get("/api/events", params={"event_type": "trial", "limit": 10}).json()["events"]
    a, b = evs[0], evs[1]
    with live.client("ana") as c:
        merged = c.post("/api/events/merge", json={"event_ids": [a["id"], b["id"]], "note": "same trial"})
        assert merged.status_code == 200, merged.text
        m = merged.json()
        assert set(a["record_ids"]) | set(b["record_ids"]) == set(m["record_ids"])
        split = c.post(f"/api/events/{m['id']}/split", json={"record_ids": b["record_ids"]})
        assert split.status_code == 200, split.text
        assert set(split.json()["record_ids"]) == set(b["record_ids"])
        hist = c.get(f"/api/events/{m['id']}/history").json()["audit"]
        assert [h["action"] for h in hist][-2:] == ["merge", "split"]
        one = c.post("/api/events/merge", json={"event_ids": [a["id"]]})
        assert one.status_code == 422


def test_reads_statistics_aggregates_articles(live: Live) -> None:
    with live.client("vera") as c:
        stats = c.get("/api/statistics").json()["statistics"]
        assert stats and all({"value", "events_counted", "period", "country"} <= set(s) for s in stats)
        ts = c.get("/api/timeseries", params={"interval": "year"}).json()
        assert ts["series"] and all(p["period"][:2] in ("19", "20") for v in ts["series"].values() for p in v)
        agg = c.get("/api/aggregate", params={"by": "country,event_type"}).json()
        assert agg["by"] == ["country", "event_type"] and sum(r["n"] for r in agg["rows"]) > 50
        assert c.get("/api/aggregate", params={"by": "id; DROP TABLE events"}).status_code == 400
        arts = c.get("/api/articles", params={"limit": 500}).json()
        assert arts["total"] == 77
        art = c.get(f"/api/articles/{EVIL_ID}").json()
        assert art["article"]["title"].startswith("<script>")  # stored as written; escaped on pages
        assert art["records"][0]["event_id"]
        summary = c.get("/api/summary").json()
        assert summary["articles"] == 77 and "review" in summary


def test_users_api_is_admin_only_and_audited(live: Live) -> None:
    with live.client("adam") as c:
        made = c.post("/api/users", json={"name": "newbie", "role": "viewer"})
        assert made.status_code == 201
        token = made.json()["token"]
        with live.client() as anon:
            assert (
                anon.get("/api/me", headers={"Authorization": f"Bearer {token}"}).json()["name"] == "newbie"
            )
        assert c.post("/api/users", json={"name": "newbie", "role": "viewer"}).status_code == 400
        assert c.post("/api/users", json={"name": "x", "role": "god"}).status_code == 400
        assert c.delete("/api/users/newbie").json()["active"] is False
        assert {u["name"] for u in c.get("/api/users").json()["users"]} >= {"newbie", "ana"}
        audit = c.get("/api/audit").json()["audit"]
        assert {"user_add", "user_revoke"} <= {a["action"] for a in audit}
    with live.client("ana") as c:
        assert c.get("/api/users").status_code == 403


def test_cli_users_and_serve_help(tmp_path: Path) -> None:
    db = str(tmp_path / "u.db")
    runner = CliRunner()
    added = runner.invoke(cli, ["users", "add", "zoe", "--role", "analyst", "--db", db])
    assert added.exit_code == 0, added.output
    token = added.stdout.strip().splitlines()[-1]
    assert token.startswith("vt_") and len(token) > 40
    store = Store.open(db)
    try:
        stored = store.db.query("SELECT token_hash FROM users WHERE name = 'zoe'")[0]["token_hash"]
    finally:
        store.close()
    assert token not in stored and len(stored) == 64
    listed = runner.invoke(cli, ["users", "list", "--db", db])
    assert "zoe\tanalyst\tactive" in listed.output
    assert runner.invoke(cli, ["users", "revoke", "zoe", "--db", db]).exit_code == 0
    again = runner.invoke(cli, ["users", "revoke", "zoe", "--db", db])
    assert again.exit_code == 2 and "already revoked" in again.output
    bad = runner.invoke(cli, ["users", "add", "bad name!", "--db", db])
    assert bad.exit_code == 2 and "invalid user name" in bad.output
    helped = runner.invoke(cli, ["serve", "--help"])
    assert "--port" in helped.output and "Example" in helped.output


def test_postgresql_server(pg_url: str) -> None:
    build_database(pg_url)
    with serve(pg_url, rate_per_second=0) as pg:
        ev = _evil_event(pg)
        with pg.client("ana") as c:
            assert (
                c.patch(f"/api/events/{ev['id']}", json={"fields": {"date": RIGHT_DATE}}).status_code == 200
            )
            assert c.post(f"/api/events/{ev['id']}/accept").json()["review_status"] == "accepted"
        with pg.client("vera") as c:
            assert c.get(f"/api/events/{ev['id']}").json()["event"]["date"]["start"] == RIGHT_DATE
            assert (
                c.patch(f"/api/events/{ev['id']}", json={"fields": {"date": WRONG_DATE}}).status_code == 403
            )
            hostile = c.get(
                "/api/events",
                params={"admin1": "x' OR '1'='1", "q": "%'; DROP TABLE events; --", "actor": "' OR 1=1 --"},
            )
            assert hostile.status_code == 200 and hostile.json()["total"] == 0
            assert c.get("/api/events", params={"country": "MA' OR '1'='1"}).status_code == 400
            assert c.get("/api/events").json()["total"] > 50
        with pg.client() as anon:
            assert anon.get("/api/events").status_code == 401
