"""Retention on both backends: article text goes, metadata, records, evidence and events stay; a
purge is idempotent and audited; ingesting and resolving again afterwards changes nothing."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from factories import article, record
from veille.cli.main import cli
from veille.jobs import resolve_all
from veille.records import Evidence
from veille.resolve.blocking import BlockingResolver
from veille.store.query import EventQuery, iter_events
from veille.store.retention import cutoff, purge_article_text, purged_articles
from veille.store.store import Store

LATER = datetime.now(UTC) + timedelta(days=40)  # "now" for the purge: every article is 40 days old


def _audit(store: Store) -> list[dict[str, object]]:
    return store.db.query("SELECT * FROM audit_log WHERE action = 'purge_text' ORDER BY seq")


def test_purge_keeps_metadata_records_evidence_and_events(store_url: str) -> None:
    store = Store.open(store_url)
    a1 = replace(
        article("a1", text="Police arrested four suspects in Tangier on Tuesday."),
        title="Four held",
        url="https://example.org/a1",
    )
    # An evidence sentence held only as offsets gets its text copied from the article first.
    r2 = replace(
        record("a2", event_type="raid", day="2024-01-09", city="Rabat"), evidence=(Evidence("", 0, 14),)
    )
    store.save_article(a1, [record("a1")], None)
    store.save_article(article("a2", text="Police raided a flat."), [r2], None)
    resolve_all(store, BlockingResolver())
    records_before = {r.id: r.to_dict() for r in store.all_records()}
    events_before = [e.to_dict() for e in iter_events(store, EventQuery())]

    report = purge_article_text(store, 30, who="alice", now=LATER)
    assert report.purged == 2 and report.article_ids == ("a1", "a2") and report.evidence_filled == 1
    got = store.get_article("a1")
    assert got is not None and got.text == "" and got.title == "Four held" and got.url == a1.url
    assert purged_articles(store) == 2
    after = {r.id: r.to_dict() for r in store.all_records()}
    assert after[record("a1").id] == records_before[record("a1").id]
    assert after[r2.id]["evidence"] == [{"text": "Police raided ", "start": 0, "end": 14}]
    (audit,) = _audit(store)
    assert audit["who"] == "alice" and audit["target_type"] == "articles"
    before = json.loads(str(audit["before"]))
    assert before["article_ids"] == ["a1", "a2"] and before["retention_days"] == 30

    # Idempotent: nothing more to purge, nothing written, not even an audit row.
    again = purge_article_text(store, 30, who="alice", now=LATER)
    assert again.purged == 0 and len(_audit(store)) == 1
    # Re-resolution after the purge: the event whose evidence got its sentence changes (it now has
    # the text), the other is the same; a second resolution changes nothing.
    changes = resolve_all(store, BlockingResolver())
    assert (changes.new, changes.changed, changes.removed) == (0, 1, 0)
    assert not resolve_all(store, BlockingResolver()).any
    events_after = {e.id: e.to_dict() for e in iter_events(store, EventQuery())}
    for ev in events_before:
        if "a1" in ev["article_ids"]:
            assert events_after[ev["id"]] == ev
        else:
            assert events_after[ev["id"]]["evidence"][0]["text"] == "Police raided "
    # The same article ingested again is found unchanged: not extracted again from an empty text.
    assert store.article_state(a1) == "same"
    store.close()


def test_purge_takes_only_articles_older_than_the_cutoff(store_url: str) -> None:
    store = Store.open(store_url)
    store.save_article(article("old"), [record("old")], None)
    store.save_article(article("new"), [record("new")], None)
    store.db.execute("UPDATE articles SET ingested_at = ? WHERE id = ?", ("2020-01-01T00:00:00+00:00", "old"))
    dry = purge_article_text(store, 30, dry_run=True)
    assert dry.article_ids == ("old",) and dry.dry_run
    assert store.get_article("old") is not None and store.get_article("old").text  # type: ignore[union-attr]
    assert purge_article_text(store, 30).article_ids == ("old",)
    assert store.get_article("new").text == "Police arrested four suspects."  # type: ignore[union-attr]
    with pytest.raises(ValueError, match="positive number of days"):
        purge_article_text(store, 0)
    store.close()


def test_cutoff_is_utc_and_comparable_with_ingest_times() -> None:
    now = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)
    assert cutoff(10, now) == "2026-02-19T12:00:00+00:00"


def test_purge_command_and_reingest(tmp_path: Path, articles_file: Path) -> None:
    db = str(tmp_path / "r.db")
    runner = CliRunner()
    res = runner.invoke(cli, ["ingest", str(articles_file), "--db", db])
    assert res.exit_code == 0, res.output
    store = Store.open(db)
    records_before = [r.to_dict() for r in store.all_records()]
    events_before = [e.to_dict() for e in iter_events(store, EventQuery())]
    store.db.execute("UPDATE articles SET ingested_at = ?", ("2020-01-01T00:00:00+00:00",))
    store.close()

    res = runner.invoke(cli, ["purge", "--db", db])
    assert res.exit_code == 0 and "nothing to purge" in res.output
    res = runner.invoke(cli, ["purge", "--db", db], env={"VEILLE_RETENTION_DAYS": "30"})
    assert res.exit_code == 0 and "purged the text of 3 articles" in res.output, res.output
    res = runner.invoke(cli, ["purge", "--db", db, "--older-than", "30"])
    assert "purged the text of 0 articles" in res.output
    res = runner.invoke(cli, ["purge", "--db", db, "--older-than", "-1"])
    assert res.exit_code == 2

    res = runner.invoke(cli, ["ingest", str(articles_file), "--db", db])
    assert res.exit_code == 0 and "Nothing changed" in res.stdout, res.stdout
    store = Store.open(db)
    assert [r.to_dict() for r in store.all_records()] == records_before
    assert [e.to_dict() for e in iter_events(store, EventQuery())] == events_before
    assert all(e["evidence"] and all(x["text"] for x in e["evidence"]) for e in events_before)
    assert store.db.scalar("SELECT COUNT(*) FROM articles WHERE text <> ''") == 0
    store.close()
