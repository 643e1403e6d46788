from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from factories import article, record, statistic
from veille.errors import StoreError
from veille.jobs import resolve_all
from veille.records import Drop
from veille.resolve.blocking import BlockingResolver
from veille.store.db import parse_db_url
from veille.store.migrations import MIGRATIONS
from veille.store.query import EventQuery, aggregate, count_events, iter_events
from veille.store.store import Store


def test_db_urls() -> None:
    assert parse_db_url("veille.db") == ("sqlite", "veille.db")
    assert parse_db_url("sqlite:///tmp/x.db") == ("sqlite", "tmp/x.db")
    assert parse_db_url("sqlite:////tmp/x.db") == ("sqlite", "/tmp/x.db")
    assert parse_db_url("postgresql://u@h/db")[0] == "postgresql"
    with pytest.raises(StoreError, match="unsupported database URL"):
        parse_db_url("mysql://x")


def test_migrations_are_named_recorded_and_applied_once(db_path: str) -> None:
    Store.open(db_path).close()
    Store.open(db_path).close()
    con = sqlite3.connect(db_path)
    names = [r[0] for r in con.execute("SELECT name FROM schema_migrations ORDER BY name")]
    assert names == [m[0] for m in MIGRATIONS]


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(str(tmp_path / "nope" / "x.db"))


def test_article_write_is_atomic_and_idempotent(db_path: str) -> None:
    store = Store.open(db_path)
    a = article("a1")
    assert store.article_state(a) == "new"
    store.save_article(a, [record("a1")], None)
    store.save_article(a, [record("a1")], None)
    assert store.article_state(a) == "same"
    assert store.count("articles") == 1 and store.count("records") == 1
    # A failing write leaves nothing half-written: the duplicate record id aborts the whole article.
    b = article("a2")
    with pytest.raises(StoreError):
        store.save_article(b, [record("a2"), record("a2")], None)
    assert store.get_article("a2") is None
    assert store.count("records") == 1
    store.save_article(article("a3"), [], Drop("a3", "not_relevant", "no event"))
    assert store.drop_counts() == {"not_relevant": 1}
    store.close()


def test_resolution_and_queries(db_path: str) -> None:
    store = Store.open(db_path)
    store.save_article(article("a1"), [record("a1")], None)
    store.save_article(article("a2", published="2025-03-05"), [record("a2")], None)
    store.save_article(
        article("a3"),
        [
            record(
                "a3",
                event_type="attack",
                city="Maiduguri",
                cc="NG",
                arrested=None,
                killed=3,
                group="Boko Haram",
            )
        ],
        None,
    )
    store.save_article(article("a4"), [statistic("a4")], None)
    changes = resolve_all(store, BlockingResolver())
    assert (changes.new, changes.removed) == (3, 0)
    again = resolve_all(store, BlockingResolver())
    assert not again.any and again.unchanged == 3
    assert count_events(store, EventQuery()) == 3
    (arrest,) = iter_events(store, EventQuery(event_type="arrest"))
    assert arrest.article_ids == ("a1", "a2")
    assert any("same place tangier" in r for link in arrest.links for r in link.reasons)
    assert [e.values["event_type"] for e in iter_events(store, EventQuery(country="ng"))] == ["attack"]
    assert count_events(store, EventQuery(actor="boko")) == 1
    assert count_events(store, EventQuery(record_type="statistic")) == 1
    assert count_events(store, EventQuery(date_from="2025-03-05", record_type="event")) == 0 + 0
    rows = aggregate(store, EventQuery(), ("event_type",))
    assert {r["event_type"]: r["n"] for r in rows} == {"arrest": 1, "attack": 1, "cell_dismantled": 1}
    # Injection attempts in filters are plain values.
    assert count_events(store, EventQuery(country="MA' OR '1'='1")) == 0
    assert count_events(store, EventQuery(actor="%' OR 1=1 --")) == 0
    store.close()


def test_review_status_survives_re_resolution(db_path: str) -> None:
    store = Store.open(db_path)
    store.save_article(article("a1"), [record("a1")], None)
    resolve_all(store, BlockingResolver())
    (ev,) = iter_events(store, EventQuery())
    store.db.execute("UPDATE events SET review_status = 'accepted' WHERE id = ?", (ev.id,))
    store.save_article(article("a2"), [record("a2")], None)
    resolve_all(store, BlockingResolver())
    (ev2,) = iter_events(store, EventQuery())
    assert ev2.id == ev.id and ev2.review_status == "accepted" and len(ev2.record_ids) == 2
    store.close()
