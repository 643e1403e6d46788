"""Everything veille writes validates against the JSON Schemas in docs/schema/."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from factories import record, statistic
from veille.records import EVENT_TYPES, Record
from veille.resolve.blocking import BlockingResolver, Report

SCHEMAS = Path(__file__).resolve().parents[1] / "docs" / "schema"


def validator(name: str) -> Draft202012Validator:
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def assert_valid(name: str, obj: dict[str, Any]) -> None:
    errors = sorted(validator(name).iter_errors(obj), key=str)
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]


def test_hand_built_records_and_events_validate() -> None:
    recs = [record("a1"), record("a2"), statistic("s1")]
    for r in recs:
        assert_valid("record", r.to_dict())
    for ev in BlockingResolver().resolve([Report(r) for r in recs]):
        assert_valid("event", ev.to_dict())


def test_schema_rejects_a_bad_record() -> None:
    bad = record("a1").to_dict()
    bad["event_type"] = "picnic"
    del bad["counts"]
    assert len(list(validator("record").iter_errors(bad))) == 2


@settings(max_examples=60, deadline=None)
@given(
    event_type=st.sampled_from(EVENT_TYPES),
    arrested=st.none() | st.integers(min_value=0, max_value=10_000),
    confidence=st.floats(min_value=0, max_value=1),
    city=st.none() | st.text(min_size=1, max_size=20),
)
def test_record_round_trip(
    event_type: str, arrested: int | None, confidence: float, city: str | None
) -> None:
    r = record("a1", event_type=event_type, arrested=arrested, city=city, confidence=round(confidence, 4))
    d = r.to_dict()
    assert Record.from_dict(json.loads(json.dumps(d))) == r
    assert_valid("record", d)


@pytest.mark.parametrize("name", ["article", "record", "event", "geoparse"])
def test_schemas_are_valid_json_schema(name: str) -> None:
    validator(name)
