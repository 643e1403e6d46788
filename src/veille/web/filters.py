"""Query-string filters shared by the API and the pages: one place turns them into an EventQuery."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from typing import Annotated
from urllib.parse import urlencode

from fastapi import Query

from veille.store.query import SORTS, EventQuery
from veille.web.errors import ApiError

_DAY = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
REVIEW_STATUSES = ("machine", "edited", "accepted", "rejected")
FILTER_NAMES = (
    "date_from",
    "date_to",
    "country",
    "admin1",
    "event_type",
    "record_type",
    "actor",
    "q",
    "review_status",
    "min_confidence",
)


@dataclass(frozen=True)
class Filters:
    date_from: str | None = None
    date_to: str | None = None
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    record_type: str | None = None
    actor: str | None = None
    q: str | None = None
    review_status: str | None = None
    min_confidence: float | None = None

    def check(self) -> None:
        """A clear 400 for a value no event can have (rather than a silent empty answer)."""
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value is not None and not _DAY.match(value):
                raise ApiError(400, f"{name} must be a date YYYY-MM-DD (or YYYY-MM, YYYY), not {value!r}")
        if self.country is not None and not re.match(r"^[A-Za-z]{2}$", self.country):
            raise ApiError(400, f"country must be a two-letter ISO 3166-1 code like MA, not {self.country!r}")
        if self.record_type not in (None, "event", "statistic"):
            raise ApiError(400, f"record_type must be event or statistic, not {self.record_type!r}")
        if self.review_status not in (None, *REVIEW_STATUSES):
            raise ApiError(400, f"review_status must be one of {', '.join(REVIEW_STATUSES)}")

    def query(self, *, limit: int | None = None, offset: int = 0, sort: str = "-date") -> EventQuery:
        if sort not in SORTS:
            raise ApiError(400, f"unknown sort {sort!r}; choose one of {', '.join(SORTS)}")
        self.check()
        return EventQuery(
            date_from=self.date_from,
            date_to=self.date_to,
            country=self.country,
            admin1=self.admin1,
            event_type=self.event_type,
            record_type=self.record_type,
            actor=self.actor,
            text=self.q,
            review_status=self.review_status,
            min_confidence=self.min_confidence,
            limit=limit,
            offset=offset,
            sort=sort,
        )

    def params(self) -> dict[str, str]:
        """The filters in force, as query-string pairs (for links that keep them)."""
        out = {}
        for f in fields(self):
            v = getattr(self, f.name)
            if v not in (None, ""):
                out[f.name] = str(v)
        return out

    def urlencode(self, **extra: object) -> str:
        pairs = {**self.params(), **{k: str(v) for k, v in extra.items() if v not in (None, "")}}
        return urlencode(pairs)

    def without(self, name: str) -> Filters:
        return replace(self, **{name: None})


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def filters(
    date_from: Annotated[
        str | None, Query(description="Events ending on or after YYYY-MM-DD", max_length=32)
    ] = None,
    date_to: Annotated[
        str | None, Query(description="Events starting on or before YYYY-MM-DD", max_length=32)
    ] = None,
    country: Annotated[
        str | None, Query(description="ISO 3166-1 alpha-2 code of the event place", max_length=64)
    ] = None,
    admin1: Annotated[str | None, Query(description="First-level region name", max_length=200)] = None,
    event_type: Annotated[
        str | None, Query(description="One or more codes, comma-separated", max_length=500)
    ] = None,
    record_type: Annotated[str | None, Query(description="event or statistic", max_length=32)] = None,
    actor: Annotated[str | None, Query(description="Part of an actor's name", max_length=200)] = None,
    q: Annotated[str | None, Query(description="Words in the summary", max_length=200)] = None,
    review_status: Annotated[
        str | None, Query(description="machine, edited, accepted or rejected", max_length=32)
    ] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1, description="Lowest confidence")] = None,
) -> Filters:
    """The event filters of the query layer, from the query string."""
    return Filters(
        _clean(date_from),
        _clean(date_to),
        _clean(country),
        _clean(admin1),
        _clean(event_type),
        _clean(record_type),
        _clean(actor),
        _clean(q),
        _clean(review_status),
        min_confidence,
    )


def from_params(params: dict[str, str]) -> Filters:
    """Filters from a page's query string, where an empty form field means no filter."""
    raw = {n: _clean(params.get(n)) for n in FILTER_NAMES}
    conf = raw.pop("min_confidence")
    try:
        value = None if conf is None else float(conf)
    except ValueError as exc:
        raise ApiError(400, f"min_confidence must be a number between 0 and 1, not {conf!r}") from exc
    if value is not None and not 0 <= value <= 1:
        raise ApiError(400, f"min_confidence must be between 0 and 1, not {value}")
    return Filters(**raw, min_confidence=value)
