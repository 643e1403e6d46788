"""Small comparison helpers shared by the scorers: names, places, dates, distances, ratios."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import date
from difflib import SequenceMatcher
from typing import Any, TypeGuard

from unidecode import unidecode

# Half the Earth's circumference: the largest possible great-circle error. End-to-end geo
# metrics charge it for a toponym that was not recognised or not resolved.
MAX_ERROR_KM = 20039.0
ACC_KM = 161.0
PLACE_RATIO = 0.85

# Administrative words dropped before comparing place names, so "Kandahar Province" equals
# "Kandahar" and "Baharak district" equals "Baharak".
GENERIC_PLACE_WORDS = frozenset(
    {
        "province",
        "provincia",
        "district",
        "distrito",
        "city",
        "town",
        "village",
        "municipality",
        "municipio",
        "governorate",
        "region",
        "department",
        "departamento",
        "state",
        "county",
        "prefecture",
        "the",
        "of",
    }
)

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Lower-case ASCII letters and digits separated by single spaces."""
    return _NON_ALNUM.sub(" ", unidecode(text).lower()).strip()


def place_key(name: str) -> str:
    """A place name folded, with generic administrative words removed (kept if nothing else)."""
    folded = fold(name)
    kept = [w for w in folded.split() if w not in GENERIC_PLACE_WORDS]
    return " ".join(kept) if kept else folded


def place_match(a: str, b: str) -> bool:
    """Case/diacritic-insensitive place-name equality with a difflib ratio of at least 0.85."""
    ka, kb = place_key(a), place_key(b)
    if not ka or not kb:
        return False
    if ka == kb or ka.replace(" ", "") == kb.replace(" ", ""):
        return True
    return SequenceMatcher(None, ka, kb).ratio() >= PLACE_RATIO


def any_place_match(gold: Iterable[str], predicted: Iterable[str]) -> bool:
    preds = list(predicted)
    return any(place_match(g, p) for g in gold for p in preds)


def as_list(value: Any) -> list[Any]:
    """A gold value that may be a scalar or a list of acceptable values, as a list (no nulls)."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [v for v in value if v is not None]
    return [value]


def parse_day(value: Any) -> date | None:
    """A ``YYYY-MM-DD`` (or ISO-8601 date-time) string as a date; None if absent or unreadable."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def overlaps(a_start: date | None, a_end: date | None, b_start: date | None, b_end: date | None) -> bool:
    """Closed-interval overlap; a None bound is open (minus or plus infinity)."""
    if a_start is not None and b_end is not None and a_start > b_end:
        return False
    return not (b_start is not None and a_end is not None and b_start > a_end)


def is_number(value: Any) -> TypeGuard[float]:
    """An int or float that is not a bool and not NaN/inf."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return math.isfinite(value)


def is_count(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def ratio(num: float, den: float) -> float | None:
    """``num / den`` rounded to 4 places, or None when nothing was counted."""
    return round(num / den, 4) if den else None


def f1_from_counts(tp: int, fp: int, fn: int) -> float | None:
    den = 2 * tp + fp + fn
    return round(2 * tp / den, 4) if den else None


def median(values: list[float]) -> float | None:
    if not values:
        return None
    s = sorted(values)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def round_km(value: float | None) -> float | None:
    return None if value is None else round(value, 1)
