"""Read access to the gazetteer index: candidates for a name, places by id, reverse lookups."""

from __future__ import annotations

import json
import math
import os
import re
import sqlite3
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from veille.errors import ConfigError
from veille.geo.build import (
    FLAG_ALIAS,
    FLAG_ALT,
    FLAG_CODE,
    FLAG_DEMONYM,
    FLAG_NAME,
    FLAG_VARIANT,
    INDEX_VERSION,
    build_index,
    source_versions,
)
from veille.geo.text import name_key
from veille.records import haversine_km

INDEX_FILENAME = f"{INDEX_VERSION}.sqlite"
_PLACE_COLUMNS = (
    "p.pid, p.geonames_id, p.name, p.kind, p.feature_code, p.cc, p.admin1, p.admin1_code, "
    "p.admin2, p.lat, p.lon, p.population, p.importance"
)


def default_cache_dir() -> Path:
    """``$VEILLE_CACHE_DIR/geo`` if set, else ``~/.cache/veille/geo``."""
    root = os.environ.get("VEILLE_CACHE_DIR")
    base = Path(root).expanduser() if root else Path.home() / ".cache" / "veille"
    return base / "geo"


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    pid: int
    geonames_id: int | None
    name: str
    kind: str  # country, admin1, admin2, city, continent, region, water
    feature_code: str
    country_code: str | None
    admin1: str | None
    admin1_code: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    population: int
    importance: float

    @property
    def precision(self) -> str:
        """CONTRACT location precision of this kind of place."""
        return {"city": "city", "admin2": "admin1", "admin1": "admin1"}.get(self.kind, "country")

    def contains(self, other: Place) -> bool:
        """True when ``other`` lies inside this place (country > admin1 > admin2 > city)."""
        if self.pid == other.pid or other.country_code is None:
            return False
        if self.kind == "country":
            return other.country_code == self.country_code and other.kind != "country"
        if self.kind == "admin1":
            return (
                other.kind in ("admin2", "city")
                and other.country_code == self.country_code
                and other.admin1 is not None
                and (
                    other.admin1_code == self.admin1_code if self.admin1_code else other.admin1 == self.admin1
                )
            )
        if self.kind == "admin2":
            return (
                other.kind == "city"
                and other.country_code == self.country_code
                and other.admin2 == self.admin2
                and other.admin1 == self.admin1
            )
        return False


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a name may refer to, and how the name matched it (``build.FLAG_*``)."""

    place: Place
    flag: int


FLAG_PENALTY = {
    FLAG_NAME: 0.0,
    FLAG_ALIAS: 0.1,
    FLAG_ALT: 0.6,
    FLAG_VARIANT: 0.8,
    FLAG_CODE: 0.4,
    FLAG_DEMONYM: 0.0,
}


CAPITAL_ELSEWHERE = 0.7


FOREIGN_BIG_CITY = 0.5


def city_twin(cands: Sequence[Candidate], p: Place) -> float:
    """How much a city of the same name overshadows region ``p``: 1.0 for the capital in it, a
    city that dominates it ("Kabul", "New York" mean the city; "Quebec", a small part of its
    province, stays ambiguous) or a big city in a US county of its name ("San Bernardino"),
    ``CAPITAL_ELSEWHERE`` for the capital outside it ("Washington" the state is named less often
    than the capital), else 0."""
    best = 0.0
    for c in cands:
        q = c.place
        if q.kind != "city" or c.flag > FLAG_ALT:
            continue
        if q.country_code != p.country_code:
            # A far bigger city abroad overshadows a small region ("Manchester" is the English
            # city before the Jamaican parish).
            # So does a capital abroad bigger than the region ("Santiago" is Chile's capital
            # before the Dominican province).
            if q.population >= max(100_000, 4 * p.population) or (
                q.feature_code == "PPLC" and q.population >= p.population
            ):
                best = max(best, FOREIGN_BIG_CITY)
            continue
        inside = q.admin1_code is not None and q.admin1_code == p.admin1_code
        if inside and (q.feature_code == "PPLC" or q.population >= max(1000, 0.25 * p.population)):
            return 1.0
        if (
            inside
            and p.kind == "admin2"
            and q.population >= 100_000
            and (q.admin2 == p.admin2 if p.country_code == "US" else _named_after(p, q))
        ):
            # a US county named like the big city in it ("San Bernardino" is the city, not San
            # Bernardino County, whose name the text would give whole; districts elsewhere are
            # named bare: "Nadia", "Cavite"); a second-level region elsewhere named after the big
            # city it is governed from ("Darmstadt", "Stuttgart", not the Regierungsbezirk)
            return 1.0
        if q.feature_code == "PPLC":
            best = CAPITAL_ELSEWHERE
    return best


_REGION_WORDS = re.compile(
    r"\b(?:regierungsbezirk|region|district|province|provincia|county|department|prefecture)\b", re.IGNORECASE
)


def _named_after(region: Place, city: Place) -> bool:
    """ "Regierungsbezirk Darmstadt", "Karlsruhe Region" for the city Darmstadt, Karlsruhe."""
    bare = _REGION_WORDS.sub(" ", region.name)
    return name_key(bare) == name_key(city.name)


def twin_region_importance(cands: Sequence[Candidate], q: Place) -> float | None:
    """For city ``q``, the importance of a region of the same name that it dominates (see
    ``city_twin``): "Gaza" is the city before Mozambique's Gaza province because the Gaza Strip,
    which the city overshadows, is as well known."""
    if q.kind != "city" or q.admin1_code is None:
        return None
    best: float | None = None
    for c in cands:
        p = c.place
        if p.kind not in ("admin1", "admin2") or c.flag > FLAG_ALT or p.admin1_code != q.admin1_code:
            continue
        if q.feature_code == "PPLC" or q.population >= max(1000, 0.25 * p.population):
            best = p.importance if best is None else max(best, p.importance)
    return best


def own_weight(cands: Sequence[Candidate], c: Candidate) -> float:
    """How likely candidate ``c`` is from the name alone: its importance less the penalty of the
    kind of name it matched, raised to the fame of a region it overshadows ("Gaza")."""
    penalty = FLAG_PENALTY.get(c.flag, 0.5)
    s = c.place.importance - penalty
    if c.place.kind == "city" and c.flag <= FLAG_ALT:
        twin = twin_region_importance(cands, c.place)
        if twin is not None:
            s = max(s, twin - penalty)
    return s


class Gazetteer:
    """The gazetteer index, opened read-only. Build it with ``Gazetteer.open()``."""

    def __init__(self, path: Path | str, *, max_candidates: int = 80, cache_size: int = 50_000):
        self.path = Path(path)
        if not self.path.exists():
            raise ConfigError(
                f"gazetteer index not found at {self.path}; "
                "build it with Gazetteer.open() or veille.geo.build_index()"
            )
        self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        self.meta = dict(self._con.execute("SELECT key, value FROM meta").fetchall())
        self.max_candidates = max_candidates
        self._cache_size = cache_size
        self._cands: OrderedDict[str, tuple[Candidate, ...]] = OrderedDict()
        self._has: dict[str, bool] = {}
        self._countries: dict[str, Place] = {}
        for place in self._query_places("kind = 'country'", ()):
            if place.country_code:
                self._countries[place.country_code] = place

    @classmethod
    def open(cls, cache_dir: Path | str | None = None, *, rebuild: bool = False) -> Gazetteer:
        """Open the index in ``cache_dir`` (default: ``default_cache_dir()``), building it if
        it is missing, of another version, or built from other package versions."""
        directory = Path(cache_dir) if cache_dir is not None else default_cache_dir()
        path = directory / INDEX_FILENAME
        if rebuild or not _is_current(path):
            build_index(path)
            for old in directory.glob("gazetteer.*.sqlite"):
                if old != path:
                    old.unlink(missing_ok=True)
        return cls(path)

    def close(self) -> None:
        self._con.close()

    # -- names -----------------------------------------------------------------------------

    def candidates(self, key: str) -> tuple[Candidate, ...]:
        """Places named ``key`` (a ``name_key``), most important first."""
        hit = self._cands.get(key)
        if hit is not None:
            self._cands.move_to_end(key)
            return hit
        rows = self._con.execute(
            f"SELECT {_PLACE_COLUMNS}, n.flag FROM names n JOIN places p ON p.pid = n.pid "
            "WHERE n.key = ? ORDER BY p.importance DESC LIMIT ?",
            (key, self.max_candidates),
        ).fetchall()
        out = tuple(Candidate(Place(*r[:13]), r[13]) for r in rows)
        self._cands[key] = out
        if len(self._cands) > self._cache_size:
            self._cands.popitem(last=False)
        return out

    def has_key(self, key: str) -> bool:
        """True when some place is called ``key``."""
        if key in self._cands:
            return bool(self._cands[key])
        hit = self._has.get(key)
        if hit is None:
            row = self._con.execute("SELECT 1 FROM names WHERE key = ? LIMIT 1", (key,))
            hit = row.fetchone() is not None
            if len(self._has) >= self._cache_size:
                self._has.clear()
            self._has[key] = hit
        return hit

    def keys_with_prefix(self, prefix: str, limit: int = 2000) -> list[str]:
        """Distinct keys starting with ``prefix`` (for fuzzy matching of unknown names)."""
        rows = self._con.execute(
            "SELECT DISTINCT key FROM names WHERE key >= ? AND key < ? LIMIT ?",
            (prefix, prefix + "\x7f", limit),
        ).fetchall()
        return [r[0] for r in rows]

    def lookup(self, name: str, country_code: str | None = None) -> list[Place]:
        """Places called ``name`` (any spelling the index knows), likeliest first without context
        ("Kabul" the city before the province named after it)."""
        cands = [c for c in self.candidates(name_key(name)) if c.flag != FLAG_DEMONYM]
        if country_code:
            cands = [c for c in cands if c.place.country_code == country_code.upper()]

        def rank(c: Candidate) -> float:
            s = own_weight(cands, c)
            if c.place.kind in ("admin1", "admin2"):
                s -= 3.0 * city_twin(cands, c.place)
            return s

        return [c.place for c in sorted(cands, key=rank, reverse=True)]

    # -- places ----------------------------------------------------------------------------

    def get(self, geonames_id: int) -> Place | None:
        """The place with this GeoNames id (the highest-level one if several share it)."""
        found = self._query_places("geonames_id = ?", (geonames_id,))
        return max(found, key=lambda p: p.importance) if found else None

    def country(self, cc: str) -> Place | None:
        """The country with ISO 3166-1 alpha-2 code ``cc``."""
        return self._countries.get(cc.upper())

    def country_name(self, cc: str) -> str | None:
        """English short name of a country ("MA" -> "Morocco")."""
        place = self.country(cc)
        return place.name if place else None

    def countries(self) -> list[Place]:
        return sorted(self._countries.values(), key=lambda p: p.name)

    def nearest(
        self, lat: float, lon: float, *, kinds: Sequence[str] = ("city",), radius_km: float = 60
    ) -> Place | None:
        """The nearest place of one of ``kinds`` within ``radius_km``."""
        dlat = radius_km / 111.0
        dlon = radius_km / (111.0 * max(math.cos(math.radians(lat)), 0.05))
        marks = ",".join("?" for _ in kinds)
        found = self._query_places(
            f"lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? AND kind IN ({marks})",
            (lat - dlat, lat + dlat, lon - dlon, lon + dlon, *kinds),
        )
        best: tuple[float, Place] | None = None
        for p in found:
            if p.lat is None or p.lon is None:
                continue
            d = haversine_km(lat, lon, p.lat, p.lon)
            if d <= radius_km and (best is None or d < best[0]):
                best = (d, p)
        return best[1] if best else None

    def admin1_for(
        self, lat: float | None = None, lon: float | None = None, *, geonames_id: int | None = None
    ) -> tuple[str | None, str | None]:
        """(admin1 name, ISO 3166-2 code) of a GeoNames id, or of the nearest place to a point."""
        place: Place | None = None
        if geonames_id is not None:
            place = self.get(geonames_id)
        elif lat is not None and lon is not None:
            place = self.nearest(lat, lon, kinds=("city",), radius_km=60)
        if place is None:
            return None, None
        return place.admin1, place.admin1_code

    def stats(self) -> dict[str, str]:
        return dict(self.meta)

    def _query_places(self, where: str, args: tuple[object, ...]) -> list[Place]:
        rows = self._con.execute(f"SELECT {_PLACE_COLUMNS} FROM places p WHERE {where}", args).fetchall()
        return [Place(*r) for r in rows]


def _is_current(path: Path) -> bool:
    if not path.exists():
        return False
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False
    return meta.get("version") == INDEX_VERSION and meta.get("sources") == json.dumps(
        source_versions(), sort_keys=True
    )
