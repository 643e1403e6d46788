"""Number phrases in English news: digits, words, and vague quantities as lower bounds.

Conventions (a vague quantity gives the smallest value it plausibly means, marked approximate):

- ``dozens`` 24, ``scores`` 40, ``tens`` 20, ``hundreds`` 200, ``thousands`` 2,000,
  ``millions`` 2,000,000: the plural of a unit means at least two of it;
- ``several`` 3 (more than two), ``a few`` and ``a couple`` 2, ``a handful`` 3;
  ``several dozen`` 36, ``several hundred`` 300, ``tens of thousands`` 20,000;
- ``a dozen`` 12 and ``half a dozen`` 6 are read as exact; ``both`` is 2;
- qualifiers such as ``at least``, ``more than``, ``about`` and ``nearly`` keep the value and
  mark it approximate; ``a total of`` and ``only`` keep it exact;
- ``many``, ``numerous``, ``some`` and ``a number of`` give no value.

Everything works on lower-cased word tokens, so ALL-CAPS wire copy reads the same.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

UNITS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 10**9}
# Plural units used alone ("dozens of people"): two of the unit, a lower bound.
VAGUE_PLURALS: dict[str, int] = {
    "dozens": 24,
    "scores": 40,
    "tens": 20,
    "hundreds": 200,
    "thousands": 2000,
    "millions": 2_000_000,
}
# Qualifiers that make a number approximate; the longest match wins.
APPROX_QUALIFIERS: tuple[tuple[str, ...], ...] = (
    ("at", "least"),
    ("least",),  # "killed least 15 people": "at least" with its first word dropped
    ("more", "than"),
    ("over",),
    ("about",),
    ("around",),
    ("approximately",),
    ("approx",),
    ("nearly",),
    ("almost",),
    ("roughly",),
    ("some",),
    ("up", "to"),
    ("as", "many", "as"),
    ("an", "estimated"),
    ("estimated",),
    ("close", "to"),
    ("upwards", "of"),
    ("in", "excess", "of"),
    ("no", "fewer", "than"),
    ("no", "less", "than"),
    ("not", "less", "than"),
    ("fewer", "than"),
    ("less", "than"),
    ("at", "most"),
    ("just", "over"),
    ("just", "under"),
    ("well", "over"),
    ("under",),
    ("perhaps",),
    ("possibly",),
    ("reportedly",),
)
EXACT_QUALIFIERS: tuple[tuple[str, ...], ...] = (
    ("a", "total", "of"),
    ("only",),
    ("just",),
    ("exactly",),
)
_DIGITS = re.compile(r"\d+|\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+")
_DECIMAL = re.compile(r"\d+\.\d+")
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[a-z]+(?:-[a-z]+)*|\S")


@dataclass(frozen=True)
class NumberMatch:
    """A number phrase over tokens ``[start, end)``; ``vague`` for "dozens", "several"..."""

    value: int
    start: int
    end: int
    approx: bool = False
    vague: bool = False


def _digits_value(tok: str) -> int | None:
    if _DIGITS.fullmatch(tok):
        if "." in tok:
            # "1.200": a thousands separator, as in much of Europe.
            return int(tok.replace(".", ""))
        return int(tok.replace(",", ""))
    return None


def _word_value(tok: str) -> int | None:
    if tok in UNITS:
        return UNITS[tok]
    if tok in TENS:
        return TENS[tok]
    if "-" in tok:
        head, _, tail = tok.partition("-")
        if head in TENS and tail in UNITS and 0 < UNITS[tail] < 10:
            return TENS[head] + UNITS[tail]
    return None


def _match_words(words: Sequence[str], i: int) -> tuple[int, int] | None:
    """Spelled-out numbers from ``i``: "two hundred and fifty", "twenty three"; (value, end)."""
    total = 0
    current = 0
    j = i
    seen = False
    last_small: int | None = None  # value of the last unit/tens word, to join "twenty three"
    n = len(words)
    while j < n:
        w = words[j]
        v = _word_value(w)
        if v is not None:
            # "twenty three" joins; "three four" does not.
            joins = last_small is not None and last_small % 10 == 0 and last_small >= 20
            if last_small is not None and not (joins and 0 < v < 10):
                break
            current += v
            last_small = v
            seen = True
            j += 1
            continue
        if w in SCALES and seen:
            scale = SCALES[w]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
            last_small = None
            j += 1
            # "two hundred and fifty"
            if j + 1 < n and words[j] == "and" and (_word_value(words[j + 1]) is not None):
                j += 1
            continue
        break
    if not seen:
        return None
    return total + current, j


def match_number(words: Sequence[str], i: int) -> NumberMatch | None:
    """The number phrase starting at token ``i`` of lower-cased ``words``, qualifiers included."""
    approx = False
    j = i
    for quals, is_approx in ((APPROX_QUALIFIERS, True), (EXACT_QUALIFIERS, False)):
        best = 0
        for q in quals:
            if tuple(words[j : j + len(q)]) == q and len(q) > best:
                best = len(q)
        if best and _match_core(words, j + best) is not None:
            approx = approx or is_approx
            j += best
            break
    core = _match_core(words, j)
    if core is None:
        return None
    value, end, core_approx, vague = core
    return NumberMatch(value, i, end, approx or core_approx or vague, vague)


def _match_core(words: Sequence[str], j: int) -> tuple[int, int, bool, bool] | None:
    """(value, end, approx, vague) for the bare number at ``j``."""
    n = len(words)
    if j >= n:
        return None
    w = words[j]
    nxt = words[j + 1] if j + 1 < n else ""
    nxt2 = words[j + 2] if j + 2 < n else ""
    # Digits, with an optional scale word: "13", "1,200", "1.5 million", "12 thousand".
    dv = _digits_value(w)
    if dv is not None or _DECIMAL.fullmatch(w):
        if nxt in SCALES:
            base = float(w.replace(",", "")) if dv is None else float(dv)
            return int(base * SCALES[nxt]), j + 2, False, False
        if dv is None:
            return None  # a bare decimal (7.62, 2.5) is never a head count
        return dv, j + 1, False, False
    if w == "half" and nxt == "a" and nxt2 == "dozen":
        return 6, j + 3, False, False
    if w == "a":
        if nxt == "dozen":
            return 12, j + 2, False, False
        if nxt in ("hundred", "thousand", "million"):
            return SCALES[nxt], j + 2, False, False
        if nxt == "few":
            return 2, j + 2, True, True
        if nxt in ("couple", "handful"):
            end = j + 3 if nxt2 == "of" else j + 2
            return (2 if nxt == "couple" else 3), end, True, True
        return None
    if w == "both":
        return 2, j + 1, False, False
    if w == "several":
        if nxt in ("dozen", "hundred", "thousand"):
            unit = 12 if nxt == "dozen" else SCALES[nxt]
            return 3 * unit, j + 2, True, True
        return 3, j + 1, True, True
    if w in VAGUE_PLURALS:
        value = VAGUE_PLURALS[w]
        # "tens of thousands", "hundreds of thousands"
        if nxt == "of" and nxt2 in VAGUE_PLURALS and VAGUE_PLURALS[nxt2] > value:
            return value * (VAGUE_PLURALS[nxt2] // 2), j + 3, True, True
        return value, j + 1, True, True
    words_match = _match_words(words, j)
    if words_match is not None:
        value, end = words_match
        if end < n and words[end] == "dozen":
            return value * 12, end + 1, False, False
        return value, end, False, False
    return None


def parse_number(text: str) -> int | None:
    """The value of a whole number phrase ("eight", "a dozen", "1,200", "at least 12"), or None.

    Vague quantities give their lower bound ("dozens" 24, "scores" 40, "several" 3; see the
    module notes); "many", "some" and anything that is not wholly a number give None.
    """
    words = _TOKEN.findall(text.strip().lower())
    if not words:
        return None
    m = match_number(words, 0)
    if m is None or m.end != len(words):
        return None
    return m.value
