"""Official aggregate figures ("13 terrorist cells dismantled since January") as statistics.

A sentence states a statistic when a number counts a kind of event over a period (``since``,
``between``, ``in 2023``, ``so far this year``) or as a total, rather than one happening on a
day. Such a sentence gives a ``statistic`` record and never an event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_I = re.IGNORECASE

# What is counted: (metric, event type counted, count slot, noun pattern).
METRICS: tuple[tuple[str, str, str | None, str], ...] = (
    (
        "cells_dismantled",
        "cell_dismantled",
        "cells",
        r"(?:terror(?:ist)? |extremist |jihadist |militant )?(?:cells|networks)",
    ),
    (
        "plots_foiled",
        "plot_foiled",
        None,
        r"(?:terror(?:ist)? )?(?:plots|attacks?|attack plans|attempts)"
        r"(?=[^.]{0,40}\b(?:foiled|thwarted|prevented|disrupted|averted))",
    ),
    (
        "plots_foiled",
        "plot_foiled",
        None,
        r"(?:foiled|thwarted|prevented|disrupted|averted) (?:terror(?:ist)? )?(?:plots|attacks)",
    ),
    (
        "arrests",
        "arrest",
        "arrested",
        r"(?:arrests|(?:terror(?:ism)? )?suspects|people|persons|individuals|militants|"
        r"extremists|jihadists|members)(?=[^.]{0,40}\b(?:arrested|detained|apprehended|held|taken into custody))",
    ),
    ("arrests", "arrest", "arrested", r"(?:terror(?:ism|ist)?[- ]related )?arrests"),
    (
        "returnees",
        "travel",
        "persons",
        r"(?:returnees|(?:foreign )?fighters(?= [^.]{0,30}\breturn)|"
        r"(?:nationals|citizens|militants|fighters)(?=[^.]{0,40}\b(?:returned|came back|travel(?:l)?ed|left to (?:join|fight))))",
    ),
    (
        "repatriations",
        "repatriation",
        "persons",
        r"(?:nationals|citizens|people|women|children|persons)"
        r"(?=[^.]{0,40}\brepatriat)",
    ),
    (
        "deportations",
        "deportation",
        "persons",
        r"(?:deportations|expulsions|(?:foreigners|foreign nationals|people|"
        r"persons)(?=[^.]{0,40}\b(?:deported|expelled)))",
    ),
    (
        "convictions",
        "conviction",
        "persons",
        r"(?:convictions|(?:people|persons|defendants)(?=[^.]{0,30}\b"
        r"(?:convicted|sentenced)))",
    ),
    (
        "attacks",
        "attack",
        None,
        r"(?:terror(?:ist)? )?attacks(?=[^.]{0,60}\b(?:recorded|registered|carried out|"
        r"took place|occurred|were reported|in \d{4}|this year|last year|since|so far))",
    ),
    (
        "deaths",
        "attack",
        "killed",
        r"(?:people|civilians|persons)(?=[^.]{0,20}\b(?:were |have been )?killed in "
        r"(?:terror(?:ist)? )?attacks)",
    ),
    ("recruits", "recruitment", "persons", r"(?:recruits|young people|youths)(?=[^.]{0,40}\brecruit)"),
)

NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-\w+)?|thirty(?:-\w+)?|"
    r"forty(?:-\w+)?|fifty(?:-\w+)?|sixty(?:-\w+)?|seventy(?:-\w+)?|eighty(?:-\w+)?|ninety(?:-\w+)?|"
    r"a hundred|hundreds|a dozen|dozens|a total of \d[\d,]*)"
)
_QUAL = r"(?:(?:at least|more than|over|nearly|almost|some|about|around|a total of|up to) )?"

PERIOD_CUE = re.compile(
    r"\b(?:since (?:the (?:start|beginning) of )?(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|\d{4}|the start|the beginning|last year)|between (?:January|February|March|April|"
    r"May|June|July|August|September|October|November|December|\d{4})|from (?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December|\d{4}) (?:to|until|through)|so far (?:this|in)|"
    r"this year|last year|in (?:\d{4}|the (?:first|second|past|last) (?:half|quarter|six months|year|decade))|"
    r"during (?:\d{4}|the (?:year|past)|last year)|over the (?:past|last) (?:\w+ )?(?:years?|months|decade)|"
    r"(?:until|by|through) (?:the )?(?:end of |late |early |mid-)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)|a total of|in total|annual|year-on-year|per year|"
    r"each year|every year)\b",
    _I,
)
SINGLE_EVENT_CUE = re.compile(
    r"\b(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|last night|"
    r"on \d{1,2} \w+|on \w+ \d{1,2}\b)",
    _I,
)


@dataclass(frozen=True)
class StatisticMention:
    metric: str
    event_type: str
    slot: str | None
    value_text: str
    start: int  # of the number, in the sentence
    end: int


_COMPILED = tuple(
    (metric, etype, slot, re.compile(rf"\b{_QUAL}(?P<num>{NUMBER})\s+(?:\w+\s+){{0,2}}?(?:{noun})\b", _I))
    for metric, etype, slot, noun in METRICS
)


def find_statistics(sentence: str) -> list[StatisticMention]:
    """Aggregate figures stated in one sentence (empty when it reads as a single event)."""
    if not PERIOD_CUE.search(sentence):
        return []
    if SINGLE_EVENT_CUE.search(sentence) and not re.search(
        r"\b(?:since|between|so far|total)\b", sentence, _I
    ):
        return []
    out: list[StatisticMention] = []
    taken: list[tuple[int, int]] = []
    for metric, etype, slot, rx in _COMPILED:
        for m in rx.finditer(sentence):
            s, e = m.start("num"), m.end("num")
            if any(s < te and ts < e for ts, te in taken):
                continue
            # A year is a period, not a figure.
            if re.fullmatch(r"(?:19|20)\d\d", m.group("num")):
                continue
            taken.append((s, e))
            out.append(StatisticMention(metric, etype, slot, m.group("num"), s, e))
    return out
