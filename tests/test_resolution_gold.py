"""Resolution quality on the bundled resolution gold, through the real pipeline.

The gold (``veille/data/resolution``) is fictional demo material written for this test: 66
short news items about 29 happenings. Records come from the real extraction engine, so they
change as it improves; the gold is about happenings, and records it cannot map (an extraction
slip) are counted apart and not scored.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import pytest

from veille.records import EVENT_TYPES, Record
from veille.resolve.bcubed import ResolutionScore, evaluate, load_articles, load_gold, reports_for
from veille.resolve.blocking import BlockingResolver
from veille.resolve.v2 import ResolverV2

DATA = Path(str(resources.files("veille") / "data" / "resolution"))
MIN_PRECISION = 0.95
MIN_RECALL = 0.95
MIN_LINKS = 0.8  # lifecycle links: precision and recall


@pytest.fixture(scope="module")
def records() -> list[Record]:
    from veille.pipeline import Pipeline
    from veille.settings import Settings

    pipeline = Pipeline.from_settings(Settings.load(env={}))
    return [r for res in pipeline.process_many(load_articles()) for r in res.records]


def _score(resolver: BlockingResolver | ResolverV2, records: list[Record]) -> ResolutionScore:
    events = resolver.resolve(reports_for(records, load_articles()))
    return evaluate(events, records, load_gold())


def test_gold_is_fictional_varied_and_consistent() -> None:
    articles = load_articles()
    gold = load_gold()
    raw = [json.loads(line) for line in (DATA / "articles.jsonl").open(encoding="utf-8")]
    assert len(articles) >= 60 and len(gold.clusters) >= 15
    assert {a.id for a in articles} == set(gold.articles)
    assert all("fictional" in r["demo"] for r in raw)
    assert all(r["url"].startswith("https://demo.veille.invalid/") for r in raw)
    assert len({a.source for a in articles}) >= 10
    for a in articles:
        assert 60 <= len(a.text.split()) <= 200, a.id
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", a.published or ""), a.id
    used = {c for cs in gold.articles.values() for c in cs}
    assert used == set(gold.clusters)
    for c in gold.clusters.values():
        assert c.types <= set(EVENT_TYPES) and c.event_type in c.types, c.id
    for s, _, t in gold.relations:
        assert s in gold.clusters and t in gold.clusters
    sizes = sorted(sum(c in cs for cs in gold.articles.values()) for c in gold.clusters)
    assert sizes[-1] >= 5 and sum(n >= 3 for n in sizes) >= 10


def test_blocking_v2_resolves_the_gold(records: list[Record]) -> None:
    score = _score(ResolverV2.from_settings(), records)
    report = json.dumps(score.to_dict(), indent=1)
    assert score.bcubed.n >= 0.8 * len(records), report  # most records map to a happening
    assert score.bcubed.precision >= MIN_PRECISION, report
    assert score.bcubed.recall >= MIN_RECALL, report
    assert score.relations["precision"] >= MIN_LINKS, report
    assert score.relations["recall"] >= MIN_LINKS, report


def test_blocking_v2_beats_v1_on_the_gold(records: list[Record]) -> None:
    v1 = _score(BlockingResolver(), records)
    v2 = _score(ResolverV2.from_settings(), records)
    assert v2.bcubed.f1 > v1.bcubed.f1


def test_v2_events_validate_against_the_event_schema(records: list[Record]) -> None:
    from jsonschema import Draft202012Validator

    schema_path = Path(__file__).resolve().parents[1] / "docs" / "schema" / "event.schema.json"
    validator = Draft202012Validator(json.loads(schema_path.read_text(encoding="utf-8")))
    events = ResolverV2.from_settings().resolve(reports_for(records, load_articles()))
    assert any(ev.related for ev in events) and any(ev.claims for ev in events)
    for ev in events:
        errors = sorted(validator.iter_errors(json.loads(json.dumps(ev.to_dict()))), key=str)
        assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]


def test_default_resolver_blocking_v3_resolves_the_gold(records: list[Record]) -> None:
    from veille.resolve.registry import resolver_from_name
    from veille.settings import Settings

    name = Settings.load(env={})["resolver"]
    assert name == "blocking.v3"
    events = resolver_from_name(name).resolve(reports_for(records, load_articles()))
    score = evaluate(events, records, load_gold())
    report = json.dumps(score.to_dict(), indent=1)
    assert score.bcubed.precision >= MIN_PRECISION, report
    assert score.bcubed.recall >= MIN_RECALL, report
    assert score.relations["precision"] >= MIN_LINKS, report
    assert score.relations["recall"] >= MIN_LINKS, report
