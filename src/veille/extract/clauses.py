"""Clauses of one sentence that tell happenings of different days.

"Police chief Joseph Boinnet said officers raided a mosque in Mombasa on Friday, arrested two
suspected al Shabaab recruiters in Garissa on Saturday and seized a cache of weapons in Lamu on
Sunday" tells three happenings, each with its own day and town; "He was sentenced in March 2015
to three years in prison, and on Monday police arrested him again" tells two. The extractor reads
one happening per sentence, so such a sentence is read as its clauses: each clause is cut where a
new clause opens with the verb of a happening (or with "and" and its own day), and only when every
clause has a happening's words and a date of its own, and no two clauses share a date.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence

from veille.extract.dates import DateMention
from veille.records import Sentence

# the verbs a clause of a happening opens with, after a comma or "and" (the subject shared)
_STEP_VERBS = (
    r"raided|arrested|detained|seized|killed|attacked|charged|convicted|sentenced|dismantled|deported|"
    r"extradited|repatriated|foiled|thwarted|captured|stormed|bombed|kidnapped|abducted|rescued|freed|"
    r"searched|broke\s+up|uncovered|ambushed|shelled|expelled|indicted|jailed"
)
# where a clause may open: with its own day (", and on Monday police arrested him"), or with the
# verb of a happening right after the day that ends the clause before ("... in Mombasa on Friday,
# arrested two suspects in Garissa on Saturday and seized a cache of weapons in Lamu on Sunday"; not
# "a businessman who was abducted and killed by gunmen in April", one deed told by two verbs)
_CLAUSE_OPENING = re.compile(
    r"(?P<day>,\s+and\s+(?=(?:then\s+)?(?:on|last|early|late|later)\s)|"
    # the deed a step followed, told with a day of its own: "was charged on Tuesday with murder and
    # terrorism | after he shot dead a Minnesota lawmaker ... on Saturday"
    r"\s+(?=after\s+(?:he|she|they)\s+(?:had\s+)?(?:shot|killed|stabbed|attacked|bombed|opened\s+fire|"
    r"rammed|detonated|set\s+off|kidnapped|abducted)\b))|"
    # (not a list of kinds: "211 failed, foiled or completed attacks")
    rf"(?P<verb>,\s+(?:and\s+)?(?=(?:{_STEP_VERBS})\b(?!\s+or\b))|\s+and\s+(?=(?:{_STEP_VERBS})\b(?!\s+or\b)))",
    re.IGNORECASE,
)
# how far before a verb's clause the day of the clause before may end (right before it: "... in
# Mombasa on Friday, arrested ...")
_DAY_ENDS_CLAUSE = 2
# the words a date follows when it is the day something was said or a figure given ("..., police said
# on Tuesday", "the committee estimated in September", "told parliament on Monday")
SAID_ON_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|reported|added|stated|confirmed|disclosed|revealed|estimated|estimates)\b"
    r"(?:\s+[\w-]+){0,3}?\s*,?\s+(?:(?:on|in|last|early|late)\s+)?$",
    re.IGNORECASE,
)
# a clause this short tells no happening of its own
_SHORTEST = 20


def split_by_days(
    text: str,
    sentences: Sequence[Sentence],
    dates: Sequence[DateMention],
    tells: Callable[[str], frozenset[str]],
) -> tuple[Sentence, ...]:
    """``sentences`` with each one that tells happenings of different days cut into its clauses;
    ``tells(clause)`` gives the kinds of happening a clause's words name (none: no happening)."""
    ordered = sorted(dates, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    out: list[Sentence] = []
    for s in sentences:
        inside = ordered[bisect_left(starts, s.start) : bisect_left(starts, s.end)]
        out.extend(_clauses(text, s, inside, tells) if len(inside) >= 2 else [s])
    return tuple(out)


def _clauses(
    text: str, s: Sentence, dates: Sequence[DateMention], tells: Callable[[str], frozenset[str]]
) -> list[Sentence]:
    """The clauses of ``s`` (``dates``: those that begin in it)."""
    own = [
        m
        for m in dates
        if m.end <= s.end
        and m.interval.end is not None
        # (not the day words were said: "..., police said on Tuesday")
        and not SAID_ON_BEFORE.search(text, max(s.start, m.start - 30), m.start)
    ]
    if len(own) < 2:
        return [s]
    # (the words that open a clause end the one before it: "..., and " stays with the first)
    openings = [
        c
        for c in _CLAUSE_OPENING.finditer(text, s.start, s.end)
        if c.group("day") is not None or any(c.start() - _DAY_ENDS_CLAUSE <= m.end <= c.start() for m in own)
    ]
    if not openings:
        return [s]
    # (a clause opened by a verb alone goes on the subject's one happening when it names the same
    # kind: "Two policemen were attacked by militants on Friday and killed on Saturday")
    by_verb = {c.end() for c in openings if c.group("day") is None}
    bounds = [s.start, *(c.end() for c in openings), s.end]
    parts = [Sentence(a, b) for a, b in zip(bounds, bounds[1:], strict=False)]
    # a part with no date of its own goes with the part before it ("... on Friday, killing two
    # officers"); a part before the first dated one opens the sentence
    merged: list[Sentence] = []
    for p in parts:
        dated = any(p.start <= m.start < p.end for m in own)
        last_dated = bool(merged) and any(merged[-1].start <= m.start < merged[-1].end for m in own)
        if merged and not (dated and last_dated):
            merged[-1] = Sentence(merged[-1].start, p.end)
        else:
            merged.append(p)
    if len(merged) < 2:
        return [s]
    days = []
    kinds: list[frozenset[str]] = []
    for p in merged:
        mine = [m for m in own if p.start <= m.start < p.end]
        told = tells(text[p.start : p.end])
        if p.end - p.start < _SHORTEST or not told:
            return [s]
        if kinds and p.start in by_verb and told == kinds[-1]:
            return [s]
        kinds.append(told)
        days.append({(m.interval.start, m.interval.end) for m in mine})
    if any(a & b for i, a in enumerate(days) for b in days[i + 1 :]):
        return [s]  # a day told twice: one happening, told with its parts
    return merged
