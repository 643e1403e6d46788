"""Analysts' field corrections and decisions (veille.resolve.edits), and the stores behind the
web app (users, sessions, edits), on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factories import article, record
from veille.jobs import resolve_all
from veille.records import Link, ResolvedEvent
from veille.resolve.blocking import BlockingResolver
from veille.resolve.edits import FIELDS, Edit, EditError, apply_edit, apply_edits, check, get_field
from veille.store import reviews
from veille.store.store import Store
from veille.store.users import (
    UserError,
    add_user,
    create_session,
    end_session,
    revoke_user,
    session_user,
    user_for_token,
)


def _event(eid: str = "e1", rids: tuple[str, ...] = ("r1", "r2")) -> ResolvedEvent:
    values = {
        "record_type": "event",
        "event_type": "arrest",
        "date": {"start": "2025-03-04", "end": "2025-03-04", "precision": "day", "text": "Tuesday"},
        "locations": [
            {"name": "Tangier", "country_code": "MA", "role": "event"},
            {"name": "Rabat", "role": "origin"},
        ],
        "counts": {"arrested": 4, "killed": None},
        "summary": "Arrest in Tangier",
    }
    return ResolvedEvent(eid, values, rids, ("a1",), tuple(Link(r, 1.0, ("x",)) for r in rids))


def _edit(seq: int, action: str, field: str = "", value: object = None, eid: str = "e1") -> Edit:
    return Edit(seq, eid, ("r1", "r2"), action, field, check(action, field, value), "ana", "2025-01-01")


def test_correction_sets_the_field_and_remembers_the_machine_value() -> None:
    ev = apply_edits(
        [_event()], [_edit(1, "correct", "date", "2025-03-05"), _edit(2, "correct", "date", "2025-03-06")]
    )[0]
    assert ev.values["date"]["start"] == "2025-03-06" and ev.review_status == "edited"
    assert (
        ev.values["field_reviews"]["date"]["was"]["start"] == "2025-03-04"
    )  # the machine's, not the first fix
    loc = apply_edit(ev, _edit(3, "correct", "location", {"name": "Fes", "country_code": "ma"}))
    assert get_field(loc.values, "location")["country_code"] == "MA"
    assert [x["name"] for x in loc.values["locations"]] == ["Fes", "Rabat"]  # the origin stays
    killed = apply_edit(ev, _edit(4, "correct", "counts.killed", "3"))
    assert killed.values["counts"] == {"arrested": 4, "killed": 3}


def test_decisions_and_field_reject() -> None:
    ev = _event()
    assert apply_edit(ev, _edit(1, "accept")).review_status == "accepted"
    assert apply_edit(ev, _edit(1, "reject")).review_status == "rejected"
    marked = apply_edit(ev, _edit(1, "accept", "date"))
    assert (
        marked.review_status == "machine" and marked.values["field_reviews"]["date"]["status"] == "accepted"
    )
    emptied = apply_edit(ev, _edit(1, "reject", "counts.arrested"))
    assert emptied.values["counts"]["arrested"] is None and emptied.review_status == "edited"
    with pytest.raises(EditError, match="cannot be emptied"):
        check("reject", "event_type", None)


@pytest.mark.parametrize(
    ("field", "value", "why"),
    [
        ("date", "2025-02-30", "calendar date"),
        ("date", {"start": "2025-03-05", "end": "2025-03-01"}, "before"),
        ("date", "yesterday", "YYYY-MM-DD"),
        ("event_type", "picnic", "must be one of"),
        ("counts.killed", -1, "between 0"),
        ("counts.killed", "many", "whole number"),
        ("counts.killed", True, "whole number"),
        ("location", {"name": ""}, "with a name"),
        ("location", {"name": "X", "country_code": "MAR"}, "two letters"),
        ("location", {"name": "X", "lat": 123}, "outside"),
        ("suicide", "maybe", "true, false"),
        ("nonsense", 1, "editable fields"),
    ],
)
def test_bad_values_are_refused_with_a_reason(field: str, value: object, why: str) -> None:
    with pytest.raises(EditError, match=why):
        check("correct", field, value)


def test_an_edit_follows_its_records_when_the_event_is_renamed() -> None:
    edits = [_edit(1, "correct", "date", "2025-03-09", eid="e-old")]
    renamed = [_event("e-new", ("r1", "r2", "r3")), _event("e-other", ("r9",))]
    out = {e.id: e for e in apply_edits(renamed, edits)}
    assert out["e-new"].values["date"]["start"] == "2025-03-09"
    assert out["e-other"].values["date"]["start"] == "2025-03-04"
    gone = apply_edits([_event("e-x", ("r7",))], edits)
    assert gone[0].values["date"]["start"] == "2025-03-04"  # nothing holds its records: skipped


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["correct", "accept", "reject"]),
            st.sampled_from(["", "date", "counts.arrested", "summary"]),
            st.integers(0, 50),
        ),
        max_size=8,
    )
)
def test_applying_edits_twice_changes_nothing(steps: list[tuple[str, str, int]]) -> None:
    edits = []
    for i, (action, field, n) in enumerate(steps):
        if action == "correct" and not field:
            continue
        value = {"date": f"2025-01-{n % 28 + 1:02d}", "counts.arrested": n, "summary": f"s{n}"}.get(field)
        edits.append(_edit(i, action, field, value if action == "correct" else None))
    once = apply_edits([_event()], edits)
    assert apply_edits(once, edits) == once


def test_fields_cover_the_contract_slots() -> None:
    assert {"date", "location", "event_type", "counts.killed", "counts.arrested"} <= set(FIELDS)


def test_users_sessions_and_revocation(store_url: str) -> None:
    store = Store.open(store_url)
    try:
        user, token = add_user(store, "ana", "analyst", by="test")
        assert user_for_token(store, token) == user and user_for_token(store, token + "x") is None
        assert store.db.scalar("SELECT COUNT(*) FROM users WHERE token_hash = ?", (token,)) == 0
        with pytest.raises(UserError, match="exists"):
            add_user(store, "ana", "viewer")
        sid, csrf = create_session(store, user)
        found = session_user(store, sid)
        assert found is not None and found[0].name == "ana" and found[1] == csrf
        revoke_user(store, "ana", by="adam")
        assert user_for_token(store, token) is None and session_user(store, sid) is None
        again, token2 = add_user(store, "ana", "viewer", by="adam")  # a revoked name comes back
        assert again.role == "viewer" and user_for_token(store, token2) is not None
        sid2, _ = create_session(store, again)
        end_session(store, sid2)
        assert session_user(store, sid2) is None
        actions = [r["action"] for r in store.db.query("SELECT action FROM audit_log ORDER BY seq")]
        assert actions == ["user_add", "user_revoke", "user_add"]
    finally:
        store.close()


def test_stored_edits_survive_re_resolution(store_url: str) -> None:
    store = Store.open(store_url)
    try:
        for aid in ("a1", "a2"):
            store.save_article(article(aid), [record(aid)], None)
        resolver = BlockingResolver()
        resolve_all(store, resolver)
        ev = store.get_event(store.event_of_record(record("a1").id) or "")
        assert ev is not None
        row = reviews.add_edit(store, ev, "correct", "counts.arrested", 7, "ana")
        reviews.write_event(store, apply_edit(ev, Edit.from_row(row)))
        resolve_all(store, resolver)
        again = store.get_event(ev.id)
        assert (
            again is not None and again.values["counts"]["arrested"] == 7 and again.review_status == "edited"
        )
        reviews.deactivate(store, row["seq"])
        resolve_all(store, resolver)
        back = store.get_event(ev.id)
        assert back is not None and back.values["counts"]["arrested"] == 4
        assert reviews.edits(store, active_only=False)[0]["before"]["id"] == ev.id
        assert replace(back, review_status="machine") == back or back.review_status == "edited"
    finally:
        store.close()
