"""``veille resolve``: incremental by default, ``--full`` on demand, the same events either way."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from factories import article, record, statistic
from veille.cli.main import cli
from veille.store.store import Store


def _resolve(db: str, *args: str) -> str:
    got = CliRunner().invoke(cli, ["resolve", "--db", db, *args])
    assert got.exit_code == 0, got.output
    return got.output


def test_resolve_attaches_new_records_and_full_changes_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "v.db")
    store = Store.open(db)
    store.save_article(article("a1"), [record("a1", "cell_dismantled")], None)
    store.save_article(article("a2"), [record("a2", "cell_dismantled", confidence=0.7)], None)
    store.close()
    assert "1 new, 0 changed, 0 removed" in _resolve(db)
    assert "0 new, 0 changed, 0 removed, 1 unchanged" in _resolve(db)
    store = Store.open(db)
    store.save_article(article("a3"), [statistic("a3")], None)  # covers the arrest: its links change
    store.close()
    out = _resolve(db)
    assert "blocking.v3 (incremental): 1 new, 1 changed, 0 removed" in out, out
    assert "0 new, 0 changed, 0 removed, 2 unchanged" in _resolve(db, "--full")
    store = Store.open(db)
    ev = store.get_event(store.event_of_record(record("a1", "cell_dismantled").id) or "")
    assert ev is not None and len(ev.record_ids) == 2
    assert [r["relation"] for r in ev.related] == ["covered_by_statistic"]
    store.close()


def test_resolve_names_an_unknown_resolver(tmp_path: Path) -> None:
    got = CliRunner().invoke(cli, ["resolve", "--db", str(tmp_path / "v.db"), "--resolver", "nope"])
    assert got.exit_code == 2
    assert "unknown resolver 'nope'" in got.output


def test_switching_resolvers_never_mixes_their_events(tmp_path: Path) -> None:
    db = str(tmp_path / "v.db")
    store = Store.open(db)
    store.save_article(article("a1"), [record("a1", "cell_dismantled")], None)
    store.close()
    _resolve(db)
    assert "blocking.v2" in _resolve(db, "--resolver", "blocking.v2")
    store = Store.open(db)
    store.save_article(article("a2"), [record("a2", "cell_dismantled", confidence=0.7)], None)
    store.close()
    # v2 wrote the events last: v3 must not trust its own index, so it resolves everything.
    _resolve(db)
    assert "0 new, 0 changed, 0 removed, 1 unchanged" in _resolve(db, "--full")
