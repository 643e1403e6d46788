"""The one module that knows the order of the stages.

read/clean (veille.io) -> screen (relevance) -> NLP (sentences, entities) -> places (geo)
-> extract (records) ; then, at the store level, resolve (events) -> store.

Stage packages never import each other; they share ``veille.records`` only. Each stage is
guarded: an exception in one article becomes a ``Drop("error", ...)`` and the batch goes on.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import Any

from veille.errors import ConfigError, InputError
from veille.extract.engine import Extractor
from veille.extract.relevance import Screen
from veille.geo import Geoparser
from veille.nlp.ner import SpacyNer, truecase_for_ner
from veille.nlp.segment import is_upper_text, split_sentences
from veille.records import AnnotatedArticle, Article, Drop, Location, Record
from veille.settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ArticleResult:
    """What the pipeline made of one article: records, or the reason it was dropped."""

    article: Article
    records: tuple[Record, ...] = ()
    drop: Drop | None = None
    annotated: AnnotatedArticle | None = None


@dataclass
class Stats:
    """Counters for a run, printed at the end (Scrapy's stats collector habit)."""

    articles: int = 0
    fired: int = 0
    records: Counter[str] = field(default_factory=Counter)
    drops: Counter[str] = field(default_factory=Counter)
    input_errors: list[InputError] = field(default_factory=list)
    seconds: float = 0.0

    def add(self, result: ArticleResult) -> None:
        self.articles += 1
        if result.drop is not None:
            self.drops[result.drop.reason] += 1
        if result.records:
            self.fired += 1
        for r in result.records:
            self.records[r.record_type] += 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "articles_with_records": self.fired,
            "records": dict(sorted(self.records.items())),
            "drops": dict(sorted(self.drops.items())),
            "input_errors": len(self.input_errors),
            "seconds": round(self.seconds, 3),
        }


class Pipeline:
    """Screen, annotate, geoparse and extract articles in batches."""

    def __init__(
        self,
        screen: Screen,
        ner: SpacyNer | None,
        geoparser: Geoparser | None,
        extractor: Extractor,
        batch_size: int = 64,
        min_confidence: float = 0.0,
    ) -> None:
        self.screen = screen
        self.ner = ner
        self.geoparser = geoparser
        self.extractor = extractor
        self.batch_size = batch_size
        self.min_confidence = min_confidence

    @classmethod
    def from_settings(cls, settings: Settings) -> Pipeline:
        from veille.kb import ActorKB

        if settings["extractor"] != Extractor.name:
            raise ConfigError(f"unknown extractor {settings['extractor']!r}; available: {Extractor.name}")
        if settings["geocoder"] != "gazetteer.v1":
            raise ConfigError(f"unknown geocoder {settings['geocoder']!r}; available: gazetteer.v1")
        kb = ActorKB.load()
        return cls(
            screen=Screen(kb),
            ner=SpacyNer.load(batch_size=int(settings["batch_size"])),
            geoparser=Geoparser.from_settings(cache_dir=Path(settings["cache_dir"]).expanduser() / "geo"),
            extractor=Extractor(kb=kb),
            batch_size=int(settings["batch_size"]),
            min_confidence=float(settings["min_confidence"]),
        )

    def process(self, article: Article) -> ArticleResult:
        return next(iter(self.process_many([article])))

    def process_many(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        it = iter(articles)
        while batch := list(islice(it, self.batch_size)):
            yield from self._process_batch(batch)

    def _process_batch(self, batch: list[Article]) -> list[ArticleResult]:
        results: list[ArticleResult | None] = [None] * len(batch)
        kept: list[AnnotatedArticle] = []
        positions: list[int] = []
        for i, article in enumerate(batch):
            try:
                drop = self.screen.check(article)
                if drop is None:
                    # The extractor's own decision, before paying for NER and places.
                    bare = AnnotatedArticle(
                        article=article,
                        sentences=split_sentences(article.text),
                        upper=is_upper_text(article.text),
                    )
                    drop = self.extractor.precheck(bare)
            except Exception as exc:  # one bad article never stops a batch
                log.exception("screen failed on %s", article.id)
                drop = Drop(article.id, "error", f"screen: {type(exc).__name__}: {exc}")
            if drop is not None:
                results[i] = ArticleResult(article, drop=drop)
            else:
                kept.append(bare)
                positions.append(i)
        entities: list[tuple[Any, ...]] = [()] * len(kept)
        if self.ner is not None and kept:
            texts = [truecase_for_ner(a.text) if a.upper else a.text for a in kept]
            try:
                entities = list(self.ner.entities(texts))
            except Exception:
                log.exception("NER failed on a batch; going on without entities")
        for bare, ents, i in zip(kept, entities, positions, strict=True):
            results[i] = self._extract_one(bare, tuple(ents))
        return [r for r in results if r is not None]

    def _extract_one(self, bare: AnnotatedArticle, entities: tuple[Any, ...]) -> ArticleResult:
        """Places and records for an article that passed the checks (sentences already split)."""
        article = bare.article
        ann = replace(bare, entities=entities)
        stage = "geoparse"
        try:
            if self.geoparser is not None:
                places = self.geoparser.parse(
                    article.text,
                    entities,
                    upper=bare.upper,
                    url=article.url,
                    theatre=self.extractor.theatre(article.text),
                    open_theatre=self.extractor.theatre_open(article.text),
                    home=self.extractor.home(article.text),
                    agency_home=self.extractor.agency_home(article.text),
                )
                ann = replace(ann, places=tuple(places))
            stage = "extract"
            out = self.extractor.extract(ann)
        except Exception as exc:
            log.exception("%s failed on %s", stage, article.id)
            return ArticleResult(
                article, drop=Drop(article.id, "error", f"{stage}: {type(exc).__name__}: {exc}")
            )
        if isinstance(out, Drop):
            return ArticleResult(article, drop=out, annotated=ann)
        records = tuple(self._with_country_points(r) for r in out if r.confidence >= self.min_confidence)
        if not records:
            return ArticleResult(article, drop=Drop(article.id, "below_min_confidence"), annotated=ann)
        return ArticleResult(article, records=records, annotated=ann)

    def _with_country_points(self, record: Record) -> Record:
        """A country the record names without a point of its own (an agency's country, a state
        that made a law, the destination of a repatriation) gets the country's point and GeoNames id
        from the gazetteer, as a country read in the text has: a map or a GIS export can show it (not
        a village the gazetteer lacks, kept by its name at the country's precision: no point is made up
        for it)."""
        if self.geoparser is None or not any(_bare_country(loc) for loc in record.locations):
            return record
        placed = []
        for loc in record.locations:
            country = self.geoparser.gazetteer.country(loc.country_code or "") if _bare_country(loc) else None
            if country is not None and country.lat is not None:
                loc = replace(loc, lat=country.lat, lon=country.lon, geonames_id=country.geonames_id)
            placed.append(loc)
        return replace(record, locations=tuple(placed))


def _bare_country(loc: Location) -> bool:
    """A location that is a country and nothing smaller, with no point."""
    return (
        loc.lat is None
        and loc.precision == "country"
        and bool(loc.country_code)
        and loc.city is None
        and loc.admin1 is None
    )


def run_extract(
    pipeline: Pipeline, items: Iterable[Article | InputError], stats: Stats
) -> Iterator[ArticleResult]:
    """Process a stream of read items, collecting input errors and counts in ``stats``."""
    t0 = time.perf_counter()

    def articles() -> Iterator[Article]:
        for item in items:
            if isinstance(item, InputError):
                stats.input_errors.append(item)
                stats.drops["unreadable"] += 1
            else:
                yield item

    for result in pipeline.process_many(articles()):
        stats.add(result)
        yield result
    stats.seconds = time.perf_counter() - t0
