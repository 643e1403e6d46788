"""The store on both backends: every test that takes ``store_url`` runs on a SQLite file and, when
$VEILLE_TEST_PG names a server, on PostgreSQL in a schema of its own."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from factories import article, record, statistic
from veille.errors import InputError, StoreError
from veille.jobs import resolve_all
from veille.records import Drop
from veille.resolve.blocking import BlockingResolver
from veille.store.db import Database, parse_db_url, to_pyformat
from veille.store.migrations import MIGRATIONS, migrate, statements
from veille.store.query import EventQuery, aggregate, count_events, iter_events
from veille.store.store import Store


def test_db_urls() -> None:
    assert parse_db_url("veille.db") == ("sqlite", "veille.db")
    assert parse_db_url("sqlite:///tmp/x.db") == ("sqlite", "tmp/x.db")
    assert parse_db_url("sqlite:////tmp/x.db") == ("sqlite", "/tmp/x.db")
    assert parse_db_url("postgresql://u@h/db")[0] == "postgresql"
    with pytest.raises(StoreError, match="unsupported database URL"):
        parse_db_url("mysql://x")


def test_placeholders_for_postgresql() -> None:
    assert to_pyformat("SELECT * FROM t WHERE a = ? AND b IN (?, ?)") == (
        "SELECT * FROM t WHERE a = %s AND b IN (%s, %s)"
    )
    # A ? inside a literal or a quoted name stays; every % is doubled for psycopg.
    assert to_pyformat("SELECT '?', \"a?\" FROM t WHERE c LIKE '50%' AND d = ?") == (
        "SELECT '?', \"a?\" FROM t WHERE c LIKE '50%%' AND d = %s"
    )
    assert to_pyformat("SELECT 'it''s ?' || ?") == "SELECT 'it''s ?' || %s"


def test_migration_scripts_per_dialect() -> None:
    names = [name for name, _ in MIGRATIONS]
    assert names == sorted(names) and len(set(names)) == len(names)
    create = "\n".join(statements(MIGRATIONS[0][1], "postgresql"))
    assert "AUTOINCREMENT" not in create and "BIGSERIAL PRIMARY KEY" in create
    assert statements(MIGRATIONS[1][1], "sqlite") == []


def test_migrations_are_named_recorded_and_applied_once(store_url: str) -> None:
    Store.open(store_url).close()
    store = Store.open(store_url)
    names = [r["name"] for r in store.db.query("SELECT name FROM schema_migrations ORDER BY name")]
    assert names == [m[0] for m in MIGRATIONS]
    assert migrate(store.db) == []
    store.close()


def test_upgrade_keeps_scores_exact(store_url: str) -> None:
    """A database made by 0001 alone (PostgreSQL: 4-byte REAL) reads 0.7 back as 0.7 after 0002."""
    db = Database(store_url)
    assert migrate(db, MIGRATIONS[:1]) == ["0001_initial"]
    store = Store(db)
    store.save_article(article("a1"), [record("a1", confidence=0.7)], None)
    assert migrate(db) == [name for name, _ in MIGRATIONS[1:]]
    assert count_events(store, EventQuery()) == 0
    assert db.scalar("SELECT COUNT(*) FROM records WHERE confidence >= ?", (0.7,)) == 1
    assert db.scalar("SELECT confidence FROM records") == 0.7
    store.close()


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(str(tmp_path / "nope" / "x.db"))


def test_unreachable_postgresql_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="is the server running"):
        Database("postgresql://veille:veille@127.0.0.1:1/nope?connect_timeout=2")


def test_article_write_is_atomic_and_idempotent(store_url: str) -> None:
    store = Store.open(store_url)
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
    # ... and the connection is usable afterwards.
    store.save_article(article("a3"), [], Drop("a3", "not_relevant", "no event"))
    assert store.drop_counts() == {"not_relevant": 1}
    assert store.article_state(article("a1", text="Police arrested five suspects.")) == "changed"
    store.close()


def test_changed_article_replaces_its_records(store_url: str) -> None:
    store = Store.open(store_url)
    store.save_article(article("a1"), [record("a1"), record("a1", anchor=40)], None)
    store.save_article(article("a1", text="Police arrested five."), [record("a1", anchor=7)], None)
    assert [r.id for r in store.records_of_article("a1")] == [record("a1", anchor=7).id]
    store.save_article(article("a1", text="Nothing."), [], Drop("a1", "not_relevant"))
    assert store.count("records") == 0 and store.drop_counts() == {"not_relevant": 1}
    store.close()


def test_records_and_articles_round_trip(store_url: str) -> None:
    store = Store.open(store_url)
    a = article("a-é", text="La police a arrêté « quatre » suspects à Tanger — 50% d'entre eux…")
    recs = [record("a-é", confidence=0.7), statistic("a-é")]
    store.save_article(a, recs, None)
    assert store.get_article("a-é") == a
    assert sorted(store.records_of_article("a-é"), key=lambda r: r.id) == sorted(recs, key=lambda r: r.id)
    assert store.all_records() == sorted(recs, key=lambda r: r.id)
    # The column keeps the exact float, not a 4-byte approximation (PostgreSQL's REAL).
    assert store.db.scalar("SELECT confidence FROM records WHERE record_type = 'event'") == 0.7
    store.close()


def test_input_errors_are_remembered_once(store_url: str) -> None:
    store = Store.open(store_url)
    err = InputError("news.jsonl", 3, "malformed JSON")
    assert store.save_input_error(err) is True
    assert store.save_input_error(err) is False
    assert store.save_input_error(InputError("news.jsonl", None, "no such file")) is True
    assert store.drop_counts() == {"unreadable": 2}
    store.close()


def test_transaction_rolls_back_and_nests(store_url: str) -> None:
    store = Store.open(store_url)
    db = store.db
    with pytest.raises(RuntimeError), db.transaction():
        db.execute("INSERT INTO ingest_errors VALUES (?, ?, ?, ?)", ("s", "1", "r", "t"))
        with db.transaction():
            db.execute("INSERT INTO ingest_errors VALUES (?, ?, ?, ?)", ("s", "2", "r", "t"))
        raise RuntimeError("boom")
    assert store.count("ingest_errors") == 0
    with db.transaction():
        db.lock("resolve")
        db.lock("resolve")  # taking it again in the same transaction is fine
        db.execute("INSERT INTO ingest_errors VALUES (?, ?, ?, ?)", ("s", "1", "r", "t"))
    assert store.count("ingest_errors") == 1
    with pytest.raises(StoreError, match="inside a transaction"):
        db.lock("resolve")
    store.close()


def test_same_article_written_by_two_connections_at_once(store_url: str) -> None:
    """The second writer waits for the first, then replaces its rows: no duplicate-key failure."""
    first = Store.open(store_url)
    errors: list[BaseException] = []
    answers: list[bool] = []

    def write() -> None:
        second = Store.open(store_url)  # a connection of its own, in its own thread
        try:
            second.save_article(article("a1"), [record("a1")], None)
            answers.append(second.save_input_error(InputError("x.jsonl", 1, "malformed JSON")))
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)
        finally:
            second.close()

    with first.db.transaction():
        first.save_article(article("a1"), [record("a1")], None)
        assert first.save_input_error(InputError("x.jsonl", 1, "malformed JSON"))
        other = threading.Thread(target=write)
        other.start()
        time.sleep(0.3)  # the other writer is now waiting for this transaction
    other.join(timeout=30)
    assert not other.is_alive() and errors == [] and answers == [False]
    assert first.count("articles") == 1 and first.count("records") == 1 and first.count("ingest_errors") == 1
    first.close()


def _filled(store_url: str) -> Store:
    store = Store.open(store_url)
    store.save_article(article("a1"), [record("a1")], None)
    store.save_article(article("a2", published="2025-03-05"), [record("a2", confidence=0.7)], None)
    store.save_article(
        article("a3"),
        [
            record(
                "a3",
                event_type="attack",
                day="2025-06-08",
                city="Maiduguri",
                cc="NG",
                arrested=None,
                killed=3,
                group="Boko Haram",
                confidence=0.7,
            )
        ],
        None,
    )
    store.save_article(article("a4"), [statistic("a4")], None)
    store.save_article(
        article("a5"), [record("a5", event_type="threat", day=None, city=None, cc="FR", group=None)], None
    )
    return store


def test_resolution_and_queries(store_url: str) -> None:
    store = _filled(store_url)
    changes = resolve_all(store, BlockingResolver())
    assert (changes.new, changes.removed) == (4, 0)
    again = resolve_all(store, BlockingResolver())
    assert not again.any and again.unchanged == 4
    assert count_events(store, EventQuery()) == 4
    (arrest,) = iter_events(store, EventQuery(event_type="arrest"))
    assert arrest.article_ids == ("a1", "a2")
    assert any("same place tangier" in r for link in arrest.links for r in link.reasons)
    assert [e.values["event_type"] for e in iter_events(store, EventQuery(country="ng"))] == ["attack"]
    assert count_events(store, EventQuery(actor="boko")) == 1
    assert count_events(store, EventQuery(actor="BOKO haram")) == 1
    assert count_events(store, EventQuery(record_type="statistic")) == 1
    assert count_events(store, EventQuery(date_from="2025-03-05", record_type="event")) == 1
    assert count_events(store, EventQuery(date_from="2025-03-04", date_to="2025-03-04")) == 2
    assert count_events(store, EventQuery(event_type="arrest, attack")) == 2
    assert count_events(store, EventQuery(event_type=",")) == 4
    assert count_events(store, EventQuery(admin1="TANGER-tetouan-al hoceima", country="ma")) == 1
    assert count_events(store, EventQuery(review_status="machine")) == 4
    assert count_events(store, EventQuery(review_status="accepted")) == 0
    assert count_events(store, EventQuery(text="maiduguri")) == 1
    # 0.7 is kept exactly, so ">= 0.7" includes it on every backend.
    assert count_events(store, EventQuery(min_confidence=0.7)) == 4
    assert count_events(store, EventQuery(min_confidence=0.71)) == 3
    rows = aggregate(store, EventQuery(), ("event_type",))
    assert {r["event_type"]: r["n"] for r in rows} == {
        "arrest": 1,
        "attack": 1,
        "cell_dismantled": 1,
        "threat": 1,
    }
    store.close()


def test_sorting_paging_and_grouping_agree_across_backends(store_url: str) -> None:
    store = _filled(store_url)
    resolve_all(store, BlockingResolver())

    def types(**kw: object) -> list[str]:
        return [str(e.values["event_type"]) for e in iter_events(store, EventQuery(**kw))]  # type: ignore[arg-type]

    # Undated events first going up, last going down, on SQLite and PostgreSQL alike.
    assert types(sort="date") == ["threat", "cell_dismantled", "arrest", "attack"]
    assert types(sort="-date") == ["attack", "arrest", "cell_dismantled", "threat"]
    assert types(sort="date", limit=2, offset=1) == ["cell_dismantled", "arrest"]
    assert types(sort="-confidence")[0] == "cell_dismantled"
    by_month = aggregate(store, EventQuery(), ("month",))
    assert [(r["month"], r["n"]) for r in by_month] == [
        (None, 1),
        ("2025-01", 1),
        ("2025-03", 1),
        ("2025-06", 1),
    ]
    by_two = aggregate(store, EventQuery(record_type="event"), ("country", "year"))
    assert [(r["country"], r["year"], r["n"]) for r in by_two] == [
        ("FR", None, 1),
        ("MA", "2025", 1),
        ("NG", "2025", 1),
    ]
    with pytest.raises(ValueError, match="unknown sort"):
        list(iter_events(store, EventQuery(sort="id; DROP TABLE events")))
    with pytest.raises(ValueError, match="cannot group by"):
        aggregate(store, EventQuery(), ("country_code FROM events; --",))
    store.close()


INJECTIONS = [
    "MA' OR '1'='1",
    "x'); DROP TABLE events; --",
    "%' OR 1=1 --",
    '" OR ""="',
    "?",
    "%s",
    "%(x)s",
    "\\",
    "' UNION SELECT data FROM records --",
]


@pytest.mark.parametrize("value", INJECTIONS)
def test_filters_are_plain_values(store_url: str, value: str) -> None:
    store = _filled(store_url)
    resolve_all(store, BlockingResolver())
    for field in ("country", "admin1", "event_type", "record_type", "actor", "text", "review_status"):
        q = EventQuery(**{field: value})  # type: ignore[arg-type]
        assert count_events(store, q) == 0, field
        assert list(iter_events(store, q)) == [], field
        assert aggregate(store, q, ("event_type",)) == [], field
    assert store.count("events") == 4 and store.count("records") == 5
    store.close()


def test_like_wildcards_in_a_search_match_only_themselves(store_url: str) -> None:
    store = _filled(store_url)
    resolve_all(store, BlockingResolver())
    assert count_events(store, EventQuery(actor="%")) == 0
    assert count_events(store, EventQuery(actor="_")) == 0
    assert count_events(store, EventQuery(text="%")) == 0
    assert count_events(store, EventQuery(actor="Boko_Haram")) == 0
    assert count_events(store, EventQuery(actor="Boko Haram")) == 1
    store.close()


def test_review_status_survives_re_resolution(store_url: str) -> None:
    store = Store.open(store_url)
    store.save_article(article("a1"), [record("a1")], None)
    resolve_all(store, BlockingResolver())
    (ev,) = iter_events(store, EventQuery())
    store.db.execute("UPDATE events SET review_status = 'accepted' WHERE id = ?", (ev.id,))
    store.save_article(article("a2"), [record("a2")], None)
    resolve_all(store, BlockingResolver())
    (ev2,) = iter_events(store, EventQuery())
    assert ev2.id == ev.id and ev2.review_status == "accepted" and len(ev2.record_ids) == 2
    store.close()


def test_removed_records_remove_their_events(store_url: str) -> None:
    store = _filled(store_url)
    resolve_all(store, BlockingResolver())
    store.save_article(article("a3", text="Nothing."), [], Drop("a3", "not_relevant"))
    changes = resolve_all(store, BlockingResolver())
    assert (changes.new, changes.changed, changes.removed) == (0, 0, 1)
    assert count_events(store, EventQuery(country="NG")) == 0
    assert store.db.scalar("SELECT COUNT(*) FROM event_actors WHERE name = ?", ("Boko Haram",)) == 0
    store.close()
