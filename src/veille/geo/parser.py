"""The geoparser: place mentions in text, resolved to gazetteer entries (CONTRACT §4)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from veille.geo.focus import country_from_url
from veille.geo.gazetteer import Candidate, Gazetteer, Place
from veille.geo.recognize import Mention, Recognizer
from veille.geo.resolve import Resolution, Weights, resolve
from veille.geo.text import name_key
from veille.records import Entity, Location, PlaceMention


class Geoparser:
    """Recognise and resolve place names with an offline gazetteer.

    >>> gp = Geoparser.default()                                   # doctest: +SKIP
    >>> [p.country_code for p in gp.parse("Clashes in Rabat, Morocco.")]  # doctest: +SKIP
    ['MA', 'MA']
    """

    def __init__(
        self,
        gazetteer: Gazetteer,
        *,
        fuzzy: bool = True,
        weights: Weights | None = None,
        common_word_language: str = "en",
    ) -> None:
        self.gazetteer = gazetteer
        self.weights = weights or Weights()
        self._lang = common_word_language
        self._zipf: dict[str, float] = {}
        self.recognizer = Recognizer(gazetteer, self.commonness, fuzzy=fuzzy)
        self.stats: Counter[str] = Counter()

    @classmethod
    def from_settings(
        cls, settings: Mapping[str, Any] | None = None, *, cache_dir: Path | str | None = None
    ) -> Geoparser:
        """Build from settings: ``geo_cache_dir`` (index folder), ``geo_fuzzy`` (bool)."""
        settings = settings or {}
        directory = cache_dir if cache_dir is not None else settings.get("geo_cache_dir")
        gaz = Gazetteer.open(directory)
        return cls(gaz, fuzzy=bool(settings.get("geo_fuzzy", True)))

    @classmethod
    def default(cls) -> Geoparser:
        """The geoparser over the default index (built into the cache on first use)."""
        return cls.from_settings()

    # -- recognition and resolution ---------------------------------------------------------------

    def parse(
        self,
        text: str,
        entities: Sequence[Entity] = (),
        *,
        upper: bool = False,
        focus_country: str | None = None,
        url: str | None = None,
        theatre: Iterable[str] = (),
        open_theatre: bool = False,
        home: Iterable[str] = (),
        agency_home: Iterable[str] = (),
    ) -> list[PlaceMention]:
        """Every place mention in ``text``, resolved where possible.

        ``entities`` are the NLP stage's named entities (spaCy labels). ``upper`` marks ALL-CAPS
        wire copy (NER is weak there: rely on the gazetteer, filter common words harder).
        ``focus_country`` (ISO alpha-2) is a prior, e.g. the source's country; without it, the
        country-code domain of the article's ``url`` stands in (".ca" -> Canada). ``theatre``:
        the countries where the armed groups and agencies the text names operate (a weaker prior);
        ``open_theatre``: a named group acts worldwide, so no place is doubted for lying outside it;
        ``home``: the countries of the named armed groups, when all are local; ``agency_home``: the
        one country of the state's bodies named.
        """
        if not text:
            return []
        focus_country = focus_country or country_from_url(url)
        mentions = self.recognizer.find(text, entities, upper=upper)
        results = resolve(
            mentions,
            focus_country=focus_country,
            theatre=theatre,
            open_theatre=open_theatre,
            group_home=home,
            agency_home=agency_home,
            weights=self.weights,
        )
        out = []
        for m, r in zip(mentions, results, strict=True):
            if not r.keep:
                self.stats[f"dropped_{r.drop_reason}"] += 1
                continue
            self.stats["resolved" if r.candidate else ("approximate" if r.approx else "unresolved")] += 1
            out.append(_to_place_mention(m, r))
        return out

    def resolve_spans(
        self,
        text: str,
        spans: Sequence[tuple[int, int]],
        *,
        focus_country: str | None = None,
        url: str | None = None,
    ) -> list[PlaceMention]:
        """Resolve already recognised place spans of one text (no recognition, nothing dropped)."""
        focus_country = focus_country or country_from_url(url)
        mentions = []
        for start, end in spans:
            span = text[start:end]
            cands, note, hint = self.recognizer.lookup(span)
            m = Mention(start, end, span, name_key(span), "given", None, cands, note=note)
            m.admin_hint = hint == "admin"
            m.settlement_hint = hint == "settlement"
            if not cands and note is None:
                self.recognizer.inner_name(text, m)
            mentions.append(m)
        mentions.sort(key=lambda m: m.start)
        self.recognizer._context(text, [], mentions)
        results = resolve(mentions, focus_country=focus_country, weights=self.weights)
        return [_to_place_mention(m, r) for m, r in zip(mentions, results, strict=True)]

    def resolve(self, names: Sequence[str], *, focus_country: str | None = None) -> list[PlaceMention]:
        """Resolve names that occur together (one article's places), in order.

        Spans in the result are offsets into ``"; ".join(names)``.
        """
        text = "; ".join(names)
        spans = []
        pos = 0
        for n in names:
            spans.append((pos, pos + len(n)))
            pos += len(n) + 2
        return self.resolve_spans(text, spans, focus_country=focus_country)

    # -- helpers for the extraction engine --------------------------------------------------------

    def lookup(self, name: str, country_code: str | None = None) -> list[Any]:
        """Gazetteer places called ``name`` (see ``Gazetteer.lookup``)."""
        return self.gazetteer.lookup(name, country_code)

    def commonness(self, key: str) -> float:
        """Zipf frequency of a name as an ordinary English word or phrase (0 = never)."""
        hit = self._zipf.get(key)
        if hit is None:
            from wordfreq import zipf_frequency

            hit = zipf_frequency(key, self._lang)
            if len(self._zipf) > 200_000:
                self._zipf.clear()
            self._zipf[key] = hit
        return hit

    @staticmethod
    def to_location(mention: PlaceMention, role: str = "event") -> Location:
        """A CONTRACT §2 location from a resolved mention."""
        return to_location(mention, role)


def to_location(mention: PlaceMention, role: str = "event") -> Location:
    """A CONTRACT §2 location from a place mention ("point" when only coordinates are known)."""
    precision = mention.precision or ("point" if mention.lat is not None else "country")
    name = mention.name or mention.text
    return Location(
        name=name,
        country_code=mention.country_code,
        admin1=mention.admin1,
        city=name if precision == "city" else None,
        lat=mention.lat,
        lon=mention.lon,
        geonames_id=mention.geonames_id,
        precision=precision,
        role=role,
    )


def _approx_precision(q: Place, settlement: bool) -> str:
    """A name placed at another place: a town of its own ("city", approximate coordinates)
    inside a town, district or region, else as precise as that place."""
    if q.kind == "country":
        return "country"
    return "city" if settlement or q.kind == "city" else "admin1"


def _to_place_mention(m: Mention, r: Resolution) -> PlaceMention:
    c: Candidate | None = r.candidate
    if c is None:
        q = r.approx
        if q is None:
            return PlaceMention(
                start=m.start,
                end=m.end,
                text=m.text,
                confidence=0.0,
                reason=r.reason,
                demonym=m.demonym,
            )
        return PlaceMention(
            start=m.start,
            end=m.end,
            text=m.text,
            lat=q.lat,
            lon=q.lon,
            country_code=q.country_code,
            admin1=q.admin1,
            admin1_code=q.admin1_code,
            precision=_approx_precision(q, r.settlement),
            confidence=r.confidence,
            reason=r.reason,
            city=q.name if q.kind == "city" and not r.settlement else None,
        )
    p = c.place
    confidence = r.confidence * (0.9 if m.source in ("ner", "given", "dateline") else 0.75)
    return PlaceMention(
        start=m.start,
        end=m.end,
        text=m.text,
        name=p.name,
        geonames_id=p.geonames_id,
        lat=p.lat,
        lon=p.lon,
        country_code=p.country_code,
        admin1=p.admin1,
        admin1_code=p.admin1_code,
        feature_code=p.feature_code,
        precision=p.precision,
        confidence=round(confidence, 4),
        reason=r.reason,
        demonym=m.demonym,
    )
