"""Tolls given for a series of related attacks, shared out per attack as the GTD does.

A report on one of several related attacks often gives a single toll for the whole series:
"This was one of four related attacks in Shahjoy district on this day. ... seven police
officers were killed ... across the attacks." A record is one attack, so a total said to run
"across" the series is divided evenly among its N attacks (rounded to the nearest whole, at
least 1), which is how the GTD codebook spreads a toll known only for a set of linked incidents.
A toll stated for this attack alone is kept as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from veille.extract._numbers import parse_number
from veille.extract.counts import CountMention

__all__ = ["series_size", "share_tolls"]

_UNITS = (
    r"(?:attacks|incidents|assaults|bombings|explosions|blasts|raids|ambushes|abductions|kidnappings|events)"
)
# "This was one of four related attacks", "one of two coordinated bombings in Kabul".
_SERIES = re.compile(rf"\bone of (?P<n>[\w-]+) (?:[\w-]+ ){{0,3}}?{_UNITS}\b", re.IGNORECASE)
# "... were killed across the attacks", "across both attacks", "across two of the events".
_ACROSS = re.compile(
    rf"\bacross (?:the |both |all |all the |these |those )?(?P<n>[\w-]+ (?:of (?:the|these) )?)?"
    rf"(?:[\w-]+ ){{0,2}}?(?:{_UNITS}|clashes)\b",
    re.IGNORECASE,
)
# "six police officers were killed in this attack while six people were injured across both":
# the clause of a count, and a toll said to be this attack's own.
_CLAUSE_BREAK = re.compile(r";|\b(?:while|whereas|but)\b", re.IGNORECASE)
_OWN = re.compile(r"\bin (?:this|the same) (?:attack|incident|event|assault)\b", re.IGNORECASE)
_SLOTS = ("killed", "wounded")


def series_size(text: str) -> int | None:
    """N of "one of N related attacks" in ``text``, when it is a plausible series (2..50)."""
    m = _SERIES.search(text)
    if m is None:
        return None
    n = parse_number(m.group("n"))
    return n if n is not None and 2 <= n <= 50 else None


def _clause(sentence: tuple[int, str], offset: int) -> str:
    """The clause of ``sentence`` (its start and text) that holds ``offset``."""
    start, text = sentence
    at = offset - start
    cuts = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    left = max((c for c in cuts if c <= at), default=0)
    right = min((c for c in cuts if c > at), default=len(text))
    return text[left:right]


def _across(clause: str, n: int) -> int | None:
    """The number of attacks a total in ``clause`` runs across, or None when it is not a total."""
    if _OWN.search(clause):
        return None
    m = _ACROSS.search(clause)
    if m is None:
        return None
    words = (m.group("n") or "").split()
    said = parse_number(words[0]) if words else None
    if said is None and re.search(r"\bacross both\b", m.group(0), re.IGNORECASE):
        said = 2
    return said if said is not None and 2 <= said <= n else n


def share_tolls(
    values: dict[str, int | None],
    mentions: Iterable[CountMention],
    sentence_at: Callable[[int], tuple[int, str]],
    n: int | None,
) -> dict[str, int | None]:
    """``values`` with killed/wounded divided among the attacks when every count behind them is a
    total "across" the series of ``n`` ("across two of the events" divides by 2);
    ``sentence_at(offset)`` gives the start and text of the sentence at an offset."""
    if n is None:
        return values
    out = dict(values)
    ms = list(mentions)
    for slot in _SLOTS:
        v = out.get(slot)
        if not v:
            continue
        behind = [m for m in ms if m.slot == slot and m.value > 0]
        parts = [_across(_clause(sentence_at(m.start), m.start), n) for m in behind]
        if behind and all(k is not None for k in parts):
            k = min(p for p in parts if p is not None)
            out[slot] = max(1, int(v / k + 0.5))
    return out
