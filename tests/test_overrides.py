"""Analysts' merges and splits: stored, audited, applied after every re-resolution, both backends."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from factories import article, record
from veille.cli.main import cli
from veille.errors import OverrideError, VeilleError
from veille.jobs import resolve_all
from veille.records import Link, ResolvedEvent
from veille.resolve.blocking import BlockingResolver
from veille.resolve.overrides import Override, apply_overrides
from veille.store.overrides import event_history, merge_events, split_event
from veille.store.query import EventQuery, iter_events
from veille.store.store import Store


def _resolve(store: Store) -> object:
    return resolve_all(store, BlockingResolver())


def _two_events(url: str) -> Store:
    """Two arrests the resolver keeps apart (other city and country)."""
    store = Store.open(url)
    store.save_article(article("a1"), [record("a1")], None)
    store.save_article(article("a2"), [record("a2", city="Kano", cc="NG", group=None)], None)
    resolve_all(store, BlockingResolver())
    return store


def _one_event(url: str) -> Store:
    """Three reports of one arrest, which the resolver joins."""
    store = Store.open(url)
    for aid in ("a1", "a2", "a3"):
        store.save_article(article(aid), [record(aid)], None)
    resolve_all(store, BlockingResolver())
    return store


def _events(store: Store) -> list[ResolvedEvent]:
    return list(iter_events(store, EventQuery(sort="id")))


def test_merge_holds_through_re_resolution(store_url: str) -> None:
    store = _two_events(store_url)
    e1, e2 = _events(store)
    merged = merge_events(store, [e1.id, e2.id], "alice", "same raid", resolve=_resolve)
    assert set(merged.record_ids) == set(e1.record_ids) | set(e2.record_ids)
    assert merged.article_ids == ("a1", "a2")
    assert merged.review_status == "edited"
    assert any("merged by alice: same raid" in r for link in merged.links for r in link.reasons)
    (only,) = _events(store)
    assert only.id == merged.id

    changes = resolve_all(store, BlockingResolver())
    assert not changes.any
    (again,) = _events(store)
    assert again.id == merged.id and again.review_status == "edited"

    (row,) = event_history(store, merged.id)
    assert row["who"] == "alice" and row["action"] == "merge" and row["at"]
    assert sorted(e["id"] for e in row["before"]) == sorted([e1.id, e2.id])
    assert [e["id"] for e in row["after"]] == [merged.id]
    assert event_history(store, e2.id if e2.id != merged.id else e1.id), "the merged-away event has history"
    assert store.count("audit_log") == 1
    store.close()


def test_split_holds_through_re_resolution(store_url: str) -> None:
    store = _one_event(store_url)
    (ev,) = _events(store)
    assert len(ev.record_ids) == 3
    moving = [record("a3").id]
    new = split_event(store, ev.id, moving, "bob", resolve=_resolve)
    assert new.record_ids == tuple(moving) and new.article_ids == ("a3",)
    assert all(any(r.startswith("split by bob") for r in link.reasons) for link in new.links)
    events = _events(store)
    assert len(events) == 2
    assert all(e.review_status == "edited" for e in events)
    rest = next(e for e in events if e.id != new.id)
    assert set(rest.record_ids) == {record("a1").id, record("a2").id}
    assert rest.article_ids == ("a1", "a2")

    changes = resolve_all(store, BlockingResolver())
    assert not changes.any
    assert [sorted(e.record_ids) for e in _events(store)] == [sorted(e.record_ids) for e in events]

    (row,) = event_history(store, ev.id)
    assert row["who"] == "bob" and row["action"] == "split"
    assert [e["id"] for e in row["before"]] == [ev.id]
    assert sorted(e["id"] for e in row["after"]) == sorted(e.id for e in events)
    store.close()


def test_later_override_wins(store_url: str) -> None:
    store = _one_event(store_url)
    (ev,) = _events(store)
    new = split_event(store, ev.id, [record("a3").id], "bob", resolve=_resolve)
    rest = next(e for e in _events(store) if e.id != new.id)
    merge_events(store, [rest.id, new.id], "carol", resolve=_resolve)
    (back,) = _events(store)
    assert len(back.record_ids) == 3
    resolve_all(store, BlockingResolver())
    assert len(_events(store)) == 1
    assert store.count("audit_log") == 2
    store.close()


def test_bad_ids_are_domain_errors(store_url: str) -> None:
    store = _two_events(store_url)
    e1, e2 = _events(store)
    with pytest.raises(OverrideError, match="unknown event 'enope'"):
        merge_events(store, [e1.id, "enope"], "alice", resolve=_resolve)
    with pytest.raises(OverrideError, match="not in event"):
        split_event(store, e1.id, [e2.record_ids[0]], "alice", resolve=_resolve)
    with pytest.raises(OverrideError, match="at least two"):
        merge_events(store, [e1.id, e1.id], "alice", resolve=_resolve)
    assert issubclass(OverrideError, VeilleError)
    assert store.overrides() == [] and store.count("audit_log") == 0
    assert _events(store) == [e1, e2]
    store.close()


def _ev(eid: str, *rids: str) -> ResolvedEvent:
    return ResolvedEvent(
        id=eid,
        values={"event_type": "arrest"},
        record_ids=rids,
        article_ids=tuple(sorted({"A" + r for r in rids})),
        links=tuple(Link(r, 1.0, ("single report",)) for r in rids),
    )


def test_apply_overrides_is_ordered_and_deterministic() -> None:
    events = [_ev("e1", "r1", "r2"), _ev("e2", "r3")]
    merge = Override(1, "merge", ("r1", "r3"), "alice", "dup")
    split = Override(2, "split", ("r1",), "bob")
    (one,) = apply_overrides(events, [merge])
    assert one.id == "e1" and one.record_ids == ("r1", "r2", "r3") and one.review_status == "edited"
    assert "merged by alice: dup" in dict((x.record_id, x.reasons) for x in one.links)["r3"]
    out = apply_overrides(list(reversed(events)), [split, merge])  # order of the list does not matter
    assert [sorted(e.record_ids) for e in out] == sorted([["r2", "r3"], ["r1"]], key=lambda x: x[0] != "r2")
    assert out == apply_overrides(events, [merge, split])
    assert apply_overrides(events, [Override(3, "split", ("rX",), "bob")]) == sorted(
        events, key=lambda e: e.id
    )


def test_cli_merge_split_history(store_url: str) -> None:
    store = _two_events(store_url)
    e1, e2 = _events(store)
    store.close()
    runner = CliRunner()
    res = runner.invoke(cli, ["merge", e1.id, e2.id, "--by", "alice", "--note", "same", "--db", store_url])
    assert res.exit_code == 0, res.output
    assert "merged into" in res.output
    store = Store.open(store_url)
    (merged,) = _events(store)
    store.close()
    res = runner.invoke(cli, ["history", merged.id, "--db", store_url])
    assert res.exit_code == 0 and "alice  merge" in res.output
    rid = merged.record_ids[0]
    res = runner.invoke(cli, ["split", merged.id, "--records", rid, "--by", "bob", "--db", store_url])
    assert res.exit_code == 0, res.output
    res = runner.invoke(cli, ["history", merged.id, "--db", store_url, "--json"])
    assert res.exit_code == 0 and len(res.output.splitlines()) == 2

    res = runner.invoke(cli, ["merge", "enope", e1.id, "--by", "alice", "--db", store_url])
    assert res.exit_code == 2
    assert res.stderr.strip() == "veille: error: unknown event 'enope'; list events with `veille events`"
    res = runner.invoke(cli, ["split", "enope", "--records", "r1", "--by", "bob", "--db", store_url])
    assert res.exit_code == 2 and len(res.stderr.strip().splitlines()) == 1
    for cmd in ("merge", "split", "history"):
        assert "Example" in runner.invoke(cli, [cmd, "--help"]).output
