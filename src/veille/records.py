"""The plain records that cross stage boundaries (CONTRACT v1).

Every stage takes and returns these frozen dataclasses; they carry character offsets, never
spaCy objects, so the same values travel through SQLite, PostgreSQL, the API and Spark.
``to_dict`` gives exactly the CONTRACT shape; ``from_dict`` reads it back.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields, replace
from typing import Any, Literal

EVENT_TYPES: tuple[str, ...] = (
    "attack",
    "plot_foiled",
    "cell_dismantled",
    "arrest",
    "raid",
    "ct_operation",
    "charge",
    "trial",
    "conviction",
    "acquittal",
    "release",
    "deportation",
    "repatriation",
    "extradition",
    "travel",
    "recruitment",
    "threat",
    "warning",
    "policy",
)
ATTACK_TYPES: tuple[str, ...] = (
    "assassination",
    "armed_assault",
    "bombing",
    "hijacking",
    "hostage_barricade",
    "kidnapping",
    "facility_attack",
    "unarmed_assault",
    "unknown",
)
WEAPON_TYPES: tuple[str, ...] = (
    "biological",
    "chemical",
    "radiological",
    "nuclear",
    "firearms",
    "explosives",
    "fake_weapons",
    "incendiary",
    "melee",
    "vehicle",
    "sabotage_equipment",
    "other",
    "unknown",
)
TARGET_TYPES: tuple[str, ...] = (
    "business",
    "government_general",
    "police",
    "military",
    "abortion_related",
    "airports_aircraft",
    "government_diplomatic",
    "educational_institution",
    "food_water_supply",
    "journalists_media",
    "maritime",
    "ngo",
    "other",
    "private_citizens_property",
    "religious_figures_institutions",
    "telecommunication",
    "terrorists_non_state_militia",
    "tourists",
    "transportation",
    "unknown",
    "utilities",
    "violent_political_party",
)
DATE_PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year", "unknown")
LOCATION_PRECISIONS: tuple[str, ...] = ("point", "city", "admin1", "country")
LOCATION_ROLES: tuple[str, ...] = ("event", "origin", "destination")
ACTOR_ROLES: tuple[str, ...] = ("perpetrator", "agent", "target", "affiliation", "source")
ACTOR_KINDS: tuple[str, ...] = (
    "armed_group",
    "security_agency",
    "police",
    "military",
    "government",
    "judiciary",
    "international",
    "civilians",
    "person",
    "unknown",
)
LEGAL_STATUSES: tuple[str, ...] = ("suspect", "charged", "convicted", "acquitted", "unknown")
COUNT_SLOTS: tuple[str, ...] = ("killed", "wounded", "arrested", "kidnapped", "cells", "persons")
RecordType = Literal["event", "statistic"]


@dataclass(frozen=True)
class Span:
    """A character range into an article's text (a sentence, usually)."""

    start: int
    end: int

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Span | None:
        if d is None:
            return None
        return cls(int(d["start"]), int(d["end"]))


@dataclass(frozen=True)
class Article:
    """One input article (CONTRACT §1). Only ``text`` is required by the format."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "text": self.text,
            "published": self.published,
            "url": self.url,
            "source": self.source,
            "language": self.language,
        }
        if self.meta:
            d["meta"] = dict(self.meta)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        known = {"id", "title", "text", "published", "url", "source", "language", "meta"}
        meta = dict(d.get("meta") or {})
        meta.update({k: v for k, v in d.items() if k not in known})
        return cls(
            id=str(d["id"]),
            text=d["text"],
            title=d.get("title"),
            published=d.get("published"),
            url=d.get("url"),
            source=d.get("source"),
            language=d.get("language"),
            meta=meta,
        )


@dataclass(frozen=True)
class Evidence:
    """A sentence a record rests on, by character offsets into the article text."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Evidence:
        return cls(d["text"], int(d["start"]), int(d["end"]))


@dataclass(frozen=True)
class DateInterval:
    """When it happened: an interval with a precision; ``text`` is the expression as written."""

    start: str | None = None
    end: str | None = None
    precision: str = "unknown"
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "precision": self.precision, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> DateInterval:
        if not d:
            return cls()
        return cls(d.get("start"), d.get("end"), d.get("precision") or "unknown", d.get("text"))


UNKNOWN_DATE = DateInterval()


@dataclass(frozen=True)
class Location:
    """A resolved place with its role in the event."""

    name: str
    country_code: str | None = None
    admin1: str | None = None
    city: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    precision: str = "country"
    role: str = "event"

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country_code": self.country_code,
            "admin1": self.admin1,
            "city": self.city,
            "lat": self.lat,
            "lon": self.lon,
            "geonames_id": self.geonames_id,
            "precision": self.precision,
            "role": self.role,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Location:
        return cls(
            name=d["name"],
            country_code=d.get("country_code"),
            admin1=d.get("admin1"),
            city=d.get("city"),
            lat=d.get("lat"),
            lon=d.get("lon"),
            geonames_id=d.get("geonames_id"),
            precision=d.get("precision") or "country",
            role=d.get("role") or "event",
        )


@dataclass(frozen=True)
class Actor:
    """Who took part: canonical ``name``, the ``mention`` as written, ``kind`` and ``role``."""

    name: str
    mention: str
    kind: str = "unknown"
    role: str = "agent"
    country_code: str | None = None
    legal_status: str | None = None  # for people: suspect, charged, convicted, acquitted

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "mention": self.mention,
            "kind": self.kind,
            "role": self.role,
            "country_code": self.country_code,
            "legal_status": self.legal_status,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        return cls(
            name=d["name"],
            mention=d.get("mention") or d["name"],
            kind=d.get("kind") or "unknown",
            role=d.get("role") or "agent",
            country_code=d.get("country_code"),
            legal_status=d.get("legal_status"),
        )


@dataclass(frozen=True)
class Counts:
    killed: int | None = None
    wounded: int | None = None
    arrested: int | None = None
    kidnapped: int | None = None
    cells: int | None = None
    persons: int | None = None

    def to_dict(self) -> dict[str, int | None]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Counts:
        d = d or {}
        return cls(**{s: d.get(s) for s in COUNT_SLOTS})

    def with_slot(self, slot: str, value: int | None) -> Counts:
        return replace(self, **{slot: value})


@dataclass(frozen=True)
class Statistic:
    """An official aggregate figure over a period ("13 cells dismantled since January")."""

    metric: str
    value: float
    period_start: str | None = None
    period_end: str | None = None
    reported_by: str | None = None

    def to_dict(self) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {
            "metric": self.metric,
            "value": value,
            "period": {"start": self.period_start, "end": self.period_end},
            "reported_by": self.reported_by,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Statistic | None:
        if not d:
            return None
        period = d.get("period") or {}
        return cls(d["metric"], d["value"], period.get("start"), period.get("end"), d.get("reported_by"))


@dataclass(frozen=True)
class Provenance:
    """Which sentence gave each field (veille's per-field provenance, documented in docs/).

    ``locations`` and ``actors`` are parallel to the record's lists; ``counts`` is keyed by slot.
    """

    trigger: Span | None = None
    date: Span | None = None
    locations: tuple[Span | None, ...] = ()
    actors: tuple[Span | None, ...] = ()
    counts: dict[str, Span] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "trigger": self.trigger.to_dict() if self.trigger else None,
            "date": self.date.to_dict() if self.date else None,
            "locations": [s.to_dict() if s else None for s in self.locations],
            "actors": [s.to_dict() if s else None for s in self.actors],
            "counts": {k: v.to_dict() for k, v in sorted(self.counts.items())},
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Provenance:
        if not d:
            return cls()
        counts = {k: Span.from_dict(v) for k, v in (d.get("counts") or {}).items()}
        return cls(
            trigger=Span.from_dict(d.get("trigger")),
            date=Span.from_dict(d.get("date")),
            locations=tuple(Span.from_dict(s) for s in d.get("locations") or []),
            actors=tuple(Span.from_dict(s) for s in d.get("actors") or []),
            counts={k: v for k, v in counts.items() if v is not None},
        )


@dataclass(frozen=True)
class Record:
    """What one article says about one happening or one official figure (CONTRACT §2)."""

    id: str
    record_type: str
    article_id: str
    event_type: str
    attack_type: str | None = None
    weapon_type: str | None = None
    target_type: str | None = None
    suicide: bool | None = None
    date: DateInterval = UNKNOWN_DATE
    locations: tuple[Location, ...] = ()
    actors: tuple[Actor, ...] = ()
    counts: Counts = Counts()
    statistic: Statistic | None = None
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.5
    summary: str = ""
    provenance: Provenance = Provenance()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "record_type": self.record_type,
            "article_id": self.article_id,
            "event_type": self.event_type,
            "attack_type": self.attack_type,
            "weapon_type": self.weapon_type,
            "target_type": self.target_type,
            "suicide": self.suicide,
            "date": self.date.to_dict(),
            "locations": [loc.to_dict() for loc in self.locations],
            "actors": [a.to_dict() for a in self.actors],
            "counts": self.counts.to_dict(),
            "statistic": self.statistic.to_dict() if self.statistic else None,
            "evidence": [e.to_dict() for e in self.evidence],
            "confidence": round(float(self.confidence), 4),
            "summary": self.summary,
            "provenance": self.provenance.to_dict(),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Record:
        return cls(
            id=d["id"],
            record_type=d["record_type"],
            article_id=d["article_id"],
            event_type=d["event_type"],
            attack_type=d.get("attack_type"),
            weapon_type=d.get("weapon_type"),
            target_type=d.get("target_type"),
            suicide=d.get("suicide"),
            date=DateInterval.from_dict(d.get("date")),
            locations=tuple(Location.from_dict(x) for x in d.get("locations") or []),
            actors=tuple(Actor.from_dict(x) for x in d.get("actors") or []),
            counts=Counts.from_dict(d.get("counts")),
            statistic=Statistic.from_dict(d.get("statistic")),
            evidence=tuple(Evidence.from_dict(x) for x in d.get("evidence") or []),
            confidence=float(d.get("confidence", 0.5)),
            summary=d.get("summary") or "",
            provenance=Provenance.from_dict(d.get("provenance")),
        )


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article by character offsets."""

    start: int
    end: int


@dataclass(frozen=True)
class Entity:
    """A named-entity mention found by the NLP stage (spaCy label set)."""

    start: int
    end: int
    label: str
    text: str


@dataclass(frozen=True)
class PlaceMention:
    """A place mention and where the geoparser resolved it (CONTRACT §4 plus extras).

    ``reason`` explains an unresolved or low-confidence resolution.
    """

    start: int
    end: int
    text: str
    name: str | None = None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None
    admin1: str | None = None
    admin1_code: str | None = None
    feature_code: str | None = None
    precision: str | None = None
    confidence: float = 0.0
    reason: str | None = None
    demonym: bool = False
    # a building or a street placed in the town the text puts it in ("the Baitul Aman Mosque in
    # Meriden"): that town's name
    city: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "name": self.name,
            "geonames_id": self.geonames_id,
            "lat": self.lat,
            "lon": self.lon,
            "country_code": self.country_code,
            "admin1": self.admin1,
            "feature_code": self.feature_code,
            "admin1_code": self.admin1_code,
            "precision": self.precision,
            "confidence": round(self.confidence, 4),
            "reason": self.reason,
            "demonym": self.demonym,
            "city": self.city,
        }


@dataclass(frozen=True)
class AnnotatedArticle:
    """An article after the NLP stage: cleaned text plus sentences and entities by offsets."""

    article: Article
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...] = ()
    upper: bool = False
    dateline_date: str | None = None
    places: tuple[PlaceMention, ...] = ()

    @property
    def text(self) -> str:
        return self.article.text

    def sentence_at(self, offset: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None


@dataclass(frozen=True)
class Drop:
    """An article set aside, always with a reason code and a human-readable detail."""

    article_id: str
    reason: str
    detail: str = ""


@dataclass(frozen=True)
class Link:
    """Why a record was joined to a resolved event."""

    record_id: str
    score: float
    reasons: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"record_id": self.record_id, "score": round(self.score, 4), "reasons": list(self.reasons)}


@dataclass(frozen=True)
class ResolvedEvent:
    """What happened, after records of the same happening are joined (CONTRACT §5).

    ``values`` holds the chosen record-shaped values (CONTRACT §2 keys); ``claims`` the
    differing values reported, per field, with their record ids.
    """

    id: str
    values: dict[str, Any]
    record_ids: tuple[str, ...]
    article_ids: tuple[str, ...]
    links: tuple[Link, ...]
    claims: dict[str, Any] = field(default_factory=dict)
    related: tuple[dict[str, str], ...] = ()
    review_status: str = "machine"

    def to_dict(self) -> dict[str, Any]:
        d = dict(self.values)
        d["id"] = self.id
        d["record_ids"] = list(self.record_ids)
        d["article_ids"] = list(self.article_ids)
        d["links"] = [link.to_dict() for link in self.links]
        d["claims"] = self.claims
        d["related"] = list(self.related)
        d["review_status"] = self.review_status
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ResolvedEvent:
        extra = {"id", "record_ids", "article_ids", "links", "claims", "related", "review_status"}
        return cls(
            id=d["id"],
            values={k: v for k, v in d.items() if k not in extra},
            record_ids=tuple(d.get("record_ids") or ()),
            article_ids=tuple(d.get("article_ids") or ()),
            links=tuple(
                Link(x["record_id"], float(x["score"]), tuple(x.get("reasons") or ()))
                for x in d.get("links") or ()
            ),
            claims=dict(d.get("claims") or {}),
            related=tuple(d.get("related") or ()),
            review_status=d.get("review_status") or "machine",
        )


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (mean Earth radius 6371.0088 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))
