"""What the resolver compares, computed once per record: days, places, actors, counts, words.

A :class:`View` is a plain, precomputed summary of a record and its article's publication date,
so that scoring a pair is cheap and the 100,000-record case stays fast.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from veille.records import Record

# Event types whose reports may describe one happening under different codes: the arrests of a
# foiled plot are "plot_foiled" in one outlet and "arrest" or "cell_dismantled" in another.
FAMILIES: dict[str, str] = {
    "attack": "attack",
    "plot_foiled": "operation",
    "cell_dismantled": "operation",
    "arrest": "operation",
    "raid": "operation",
    "ct_operation": "operation",
    "charge": "charge",
    "trial": "trial",
    "conviction": "conviction",
    "acquittal": "acquittal",
    "release": "release",
    "deportation": "transfer",
    "extradition": "transfer",
    "repatriation": "repatriation",
    "travel": "travel",
    "recruitment": "recruitment",
    "threat": "threat",
    "warning": "warning",
    "policy": "policy",
}
# How many days apart two day-precise reports of one happening may date it, by family: an
# attack has a day everybody agrees on; an arrest is dated by the raid, the announcement or
# the court appearance.
TOLERANCE_DAYS: dict[str, int] = {"attack": 1, "operation": 7, "charge": 3, "trial": 3, "conviction": 3}
DEFAULT_TOLERANCE = 3
TRANSFERS = frozenset({"transfer", "repatriation", "travel"})
JUDICIAL = frozenset({"charge", "trial", "conviction", "acquittal", "release"})
AGENT_KINDS = frozenset({"police", "security_agency", "military", "judiciary", "government"})
GROUP_ROLES = frozenset({"perpetrator", "affiliation"})
NEAR_KM = 30.0  # two places this close are one place for resolution
UNDATED_LOOKBACK = 14  # an undated report is taken to be about the fortnight before publication


def norm(s: str | None) -> str:
    """Lower case, no accents, single spaces."""
    if not s:
        return ""
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return " ".join(s.replace("-", " ").replace("\u2019", "'").split())


def day(s: str | None) -> int | None:
    """A date string as a day ordinal, or None."""
    if not s:
        return None
    try:
        return date.fromisoformat(s[:10]).toordinal()
    except ValueError:
        return None


def iso(d: int) -> str:
    return date.fromordinal(d).isoformat()


@dataclass(frozen=True)
class Place:
    """An event place: a city (or point) with coordinates, or only a region or a country."""

    name: str
    country: str
    admin1: str
    city: str
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class View:
    """A record as the resolver sees it (all derived from the record and its article)."""

    id: str
    article_id: str
    record_type: str
    event_type: str
    family: str
    start: int | None  # day ordinals of the stated date interval
    end: int | None
    precision: str
    published: int | None
    lo: int  # the effective interval used for blocking (the stated one, or the fortnight before
    hi: int  # publication when the record gives no date)
    countries: frozenset[str]
    route: frozenset[str]  # every country named, whatever its role (origin, destination)
    places: tuple[Place, ...]  # city-level event places
    regions: frozenset[str]  # admin1 of every event place, "CC/admin1"
    groups: frozenset[str]  # armed groups (perpetrator, affiliation), as group keys
    group_names: tuple[str, ...]
    agents: frozenset[str]  # named agencies, courts, ministries that acted or reported
    counts: tuple[tuple[str, int], ...]
    attack_type: str | None
    weapon_type: str | None
    metric: str | None
    value: float | None
    period: tuple[int | None, int | None]
    source: str

    @property
    def day_precise(self) -> bool:
        return self.precision == "day" and self.start is not None

    @property
    def span(self) -> int:
        return self.hi - self.lo

    def count(self, slot: str) -> int | None:
        for k, v in self.counts:
            if k == slot:
                return v
        return None


def event_countries(r: Record) -> frozenset[str]:
    """Countries of the event places; origin/destination ones when there is no event place."""
    event = {loc.country_code for loc in r.locations if loc.role == "event" and loc.country_code}
    if event:
        return frozenset(event)
    return frozenset(loc.country_code for loc in r.locations if loc.country_code)


def make_view(
    r: Record,
    published: str | None,
    source: str | None,
    group_key: Callable[[str], str] | None = None,
    fold: Callable[[str | None], str] = norm,
) -> View:
    """Precompute what scoring needs about one record (``fold`` may be a memoised :func:`norm`)."""
    start, end = day(r.date.start), day(r.date.end)
    if start is not None and end is None:
        end = start
    if start is not None and end is not None and end < start:
        start, end = end, start
    pub = day(published)
    if start is not None and end is not None:
        lo, hi = start, end
    elif pub is not None:
        lo, hi = pub - UNDATED_LOOKBACK, pub
    else:
        lo, hi = -(10**7), 10**7
    places = []
    regions = set()
    for loc in r.locations:
        if loc.role != "event" and any(x.role == "event" for x in r.locations):
            continue
        cc = (loc.country_code or "").upper()
        if loc.admin1:
            regions.add(f"{cc}/{fold(loc.admin1)}")
        if loc.city or loc.precision == "point":
            places.append(
                Place(fold(loc.name), cc, fold(loc.admin1), fold(loc.city or loc.name), loc.lat, loc.lon)
            )
    key = group_key or fold
    groups = sorted({a.name for a in r.actors if a.role in GROUP_ROLES and a.kind == "armed_group"})
    agents = frozenset(
        norm(a.name) for a in r.actors if a.kind in AGENT_KINDS and a.role in {"agent", "source"}
    )
    counts = tuple((k, int(v)) for k, v in sorted(r.counts.to_dict().items()) if v is not None and v > 0)
    st = r.statistic
    return View(
        id=r.id,
        article_id=r.article_id,
        record_type=r.record_type,
        event_type=r.event_type,
        family=FAMILIES.get(r.event_type, r.event_type),
        start=start,
        end=end,
        precision=r.date.precision if start is not None else "unknown",
        published=pub,
        lo=lo,
        hi=hi,
        countries=event_countries(r),
        route=frozenset(loc.country_code for loc in r.locations if loc.country_code),
        places=tuple(sorted(set(places), key=lambda p: (p.city, p.admin1, p.country))),
        regions=frozenset(regions),
        groups=frozenset(key(g) for g in groups),
        group_names=tuple(groups),
        agents=agents,
        counts=counts,
        attack_type=r.attack_type if r.attack_type not in (None, "unknown") else None,
        weapon_type=r.weapon_type if r.weapon_type not in (None, "unknown") else None,
        metric=st.metric if st else None,
        value=float(st.value) if st else None,
        period=(day(st.period_start), day(st.period_end)) if st else (None, None),
        source=source or "",
    )


class Folder:
    """:func:`norm` with a memo that lives as long as one resolution (names repeat a lot)."""

    def __init__(self) -> None:
        self._memo: dict[str, str] = {}

    def __call__(self, s: str | None) -> str:
        if not s:
            return ""
        got = self._memo.get(s)
        if got is None:
            got = self._memo[s] = norm(s)
        return got
