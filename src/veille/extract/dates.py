"""Find temporal expressions in news text and resolve them to CONTRACT date intervals.

``find_dates`` runs a regex grammar (``_dates_grammar``) over the text, keeps the longest
non-overlapping matches, joins ranges ("between January and late October") and open intervals
("since 2015", "until late October"), and resolves each against an anchor day (the dateline or
publication date). ``dateparser`` is only a fallback for odd publication-date strings: its
``search_dates`` is far slower and finds dates in ordinary words.

Conventions (what the tests pin down):

- Spans leave out a leading "in" / "on" / "during" ("in March" gives "March"), but keep words
  that change the meaning ("since", "until", "by", "between", "from", "last", "early").
- The past is preferred. A month (or season, or part of a year) without a year gets the latest
  year in which it starts on or before the anchor ("in March" published 2025-02-10 is March
  2024). A day without a year may also lie up to 30 days after the anchor ("on March 15"
  published 2025-03-09 is 2025-03-15): in a 2016 news sample yearless days a few weeks ahead
  (votes, trials, summits) are common and a year-old reading of them wrong. With a future cue
  shortly before it in the same sentence ("will", "next", "scheduled", "expected to", ...) a
  yearless date gets the earliest occurrence that ends on or after the anchor.
- "Tuesday, March 3" without a year takes, of the chosen year and the ones either side, the one
  year in which March 3 is a Tuesday, when there is exactly one.
- A weekday alone ("on Tuesday", "Monday night") is the latest such day on or before the anchor,
  the anchor day included: modern wire copy names the publication day by its weekday ("said on
  Friday" in Friday's story; 41% of weekday mentions in a 2016 news sample). "last Tuesday" /
  "this past Tuesday" is strictly before the anchor, "next Tuesday" strictly after it, "this
  Tuesday" in the anchor's week, "Tuesday last week" in the week before.
- Weeks run Monday to Sunday. "last week" / "this week" / "next week" / "N weeks ago" are
  calendar weeks joined with the North American ones, which start on Sunday: "last week" in a
  Wednesday's story includes the Sunday ten days before it, in a Sunday's story it runs from the
  Monday 13 days before to the day before. A part of one ("late last week") is counted from its
  Monday. "the past week" is the seven days up to the anchor. "last
  weekend" is the Saturday and Sunday of the week before the anchor's; "over the weekend" the
  latest weekend that has begun.
- Precision is the unit the expression names: "late October" is precision month narrowed to
  21-31 October; "early 2019" precision year narrowed to January-April (early / mid / late are
  thirds: days 1-10, 11-20, 21-end; months 1-4, 5-8, 9-12; "the end of" is late, "the
  beginning of" is early). "the first half of 2024" is precision year, January-June; a season
  is precision year over its three months (winter is December to February); "the past 24 hours"
  is precision day, "the past two years" precision year; "the 1990s" precision year.
- A range takes the coarser precision of its ends. A yearless range is resolved by its end (the
  past preferred), its start then taking the same year, or the year before when it would come
  after the end ("from November to February"). A weekday range ("from Monday to Wednesday")
  starts on the latest such weekday and ends on the first following one. A range whose
  start still falls after its end is left unresolved.
- ``since`` intervals run from the start of what is named to the anchor ("since January":
  1 January to the anchor). ``until`` intervals ("until", "by", "through", "before") have no
  start and end at the end of what is named ("before" and "after" exclude it).
- Kinds: "point" names one calendar day, month, season or year, including weekdays and "the
  3rd"; "relative" is counted from the anchor ("yesterday", "last week", "three days ago", "the
  past two years"); "range", "since", "until" as above.
- "N days ago" is that day; "N weeks / months / years ago" is the calendar week, month or year
  N units before the anchor's; "a few / several days ago" is the stretch from six to two units
  before the anchor (a week's precision for days, a month's for weeks). "9/11" and "the
  September 11 attacks" are 11 September 2001.
- Numeric dates are read day first ("03/01/2024" is 3 January), unless only month first is
  valid ("12/25/2024"). Two-digit years: 00-30 are 20xx, 31-99 are 19xx ("3 JAN 90"); a
  two-digit year needs punctuation after it, or an anchor within two years and no count noun
  after it ("ON 3 MAY 12 WERE KILLED" is 3 May).
- What is not a date: a bare month or year needs a word before it that makes it one ("in",
  "since", "by", "early", "last", ...; "and" / "or" / "to" / a comma only right after another
  date); "May" and "March" must be capitalised in mixed-case text, and in ALL CAPS "MAY" alone
  must be followed by a word that cannot follow the verb ("IN MAY THE ARMY", not "MAY BE");
  "3 may have died" is the verb; a yearless date inside a name is vetoed ("the November 17
  group", "the 19th of April Movement"); a number followed by a count noun is a count ("in
  March 3 people", "in 2000 cases"). Days counted from another ("three days earlier", "two days
  later", "the next day", "the day before,") are counted from the last day the text named before
  them (kept as the mention's ``base``); with no such day, or counted from a happening ("two days
  before the election", "the next week"), they are not resolved and not reported, nor are vague
  expressions ("the past few days", "in recent years").
- A day, month or year named back ("that day", "the same night", "that month", "later that
  year") is the one of that unit in which the last date the text named before it lies, when that
  date is as precise and within one such unit (kept as ``base``; "after January 2015. That
  month" is not resolved; a day of words, "prosecutors said on Monday", is passed over);
  "later" / "earlier" keep the part after / before that
  date ("In March 2014 ... Later that year": April to December 2014). "said that night patrols
  ..." and "the same day as the vote" are not dates.
- Without an anchor, what needs one is still found but left unresolved: start and end None,
  precision "unknown". Nothing is ever invented: no match, no mention.
"""

from __future__ import annotations

import datetime
import email.utils
import re
from dataclasses import dataclass
from typing import Any

from veille.extract import _dates_lexicon as lx
from veille.extract._dates_calendar import (
    Cal,
    Rel,
    Resolved,
    coarser,
    resolve_cal,
    resolve_rel,
    valid_day,
)
from veille.extract._dates_grammar import Cand, Expr, Scan, candidates
from veille.records import DateInterval

__all__ = [
    "KINDS",
    "DateMention",
    "find_dates",
    "interval_overlaps",
    "parse_dateline",
    "parse_published",
    "resolve_anchor",
]

KINDS: tuple[str, ...] = ("point", "range", "since", "until", "relative")
Open = tuple[datetime.date | None, datetime.date | None, str]


@dataclass(frozen=True)
class DateMention:
    """A date expression at ``text[start:end]`` and the interval it resolves to."""

    start: int
    end: int
    text: str
    interval: DateInterval
    kind: str  # one of KINDS
    # the day a counted day is counted from ("three days earlier" after "on Sunday": Sunday)
    base: DateInterval | None = None

    @property
    def resolved(self) -> bool:
        return self.interval.start is not None or self.interval.end is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "interval": self.interval.to_dict(),
            "kind": self.kind,
        }


@dataclass(frozen=True)
class _Item:
    """A selected candidate after ranges and open intervals are joined."""

    start: int
    end: int
    kind: str
    left: Expr
    right: Expr | None = None
    exclusive: bool = False  # "before" / "after": the named interval itself is left out


_LOWER = re.compile(r"[a-z]")
_JOIN = re.compile(r"\s*(?:,|,?\s*(?:and|or|to|nor|&)|-|–|—)\s*", re.IGNORECASE)
_RANGE_GAP = re.compile(r"\s*(-|–|—|to|until|till|through|thru|and|&)\s*", re.IGNORECASE)
# "started on Wednesday and continued until late Thursday": one interval.
_CONTINUED_GAP = re.compile(
    r"\s*,?\s*(?:and\s+|which\s+|that\s+)?(?:continued|lasted|went\s+on|raged(?:\s+on)?|carried\s+on)"
    r"\s+(?:until|till|through|into)\s*",
    re.IGNORECASE,
)
_INTRO = re.compile(r"(?<![\w-])(between|from)\s+$", re.IGNORECASE)
_WRAP = re.compile(
    r"(?<![\w-])(ever\s+since|since|until|till|til|up\s+to|up\s+until|through|thru|by|"
    r"before|after)\s+$",
    re.IGNORECASE,
)
# "on Sunday [17 October]", "today (06/02)": an editor's bracketed gloss of a relative date.
_GLOSS_OPEN = re.compile(r"[ \t]*(?:(?:morning|afternoon|evening|night)[ \t]*)?[(\[][ \t]*", re.IGNORECASE)
_GLOSS_CLOSE = re.compile(r"[ \t]*[)\]]")
_FUTURE = re.compile(lx.FUTURE_CUES, re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n\s*\n")
# "Ibrahim F., born in 1988", "the group, founded in 2002": a life's or a group's start, which
# dates no happening told
_STARTED = re.compile(r"\b(?:born|founded)\s+(?:in\s+|on\s+)?$", re.IGNORECASE)
# a date that is part of a place's name: "Giza's 6th of October City", "the 6th of October Bridge",
# "15 May City" (written with capitals)
# (not a day told before a name: "stormed on 5 November Camp Simba")
_DATE_WORD_BEFORE = re.compile(r"\b(?:on|since|until|by|before|after|from|between|and)\s+$", re.IGNORECASE)
_NAMED_PLACE_AFTER = re.compile(
    r"\s+(?:City|Bridge|Street|Square|Avenue|Road|Stadium|University|Hospital|Corridor|Airport|Park|District|Camp)\b"
)


def find_dates(text: str, anchor: datetime.date | None, *, upper: bool = False) -> list[DateMention]:
    """Every date expression in ``text``, in order, resolved against ``anchor``.

    ``upper`` says the text is ALL CAPS wire copy (text without a lower-case letter is taken
    as such anyway); then "MAY" and "MARCH" need stronger context to be months.
    """
    if not text:
        return []
    if isinstance(anchor, datetime.datetime):
        anchor = anchor.date()
    upper = upper or _LOWER.search(text) is None
    cands = _select(text, candidates(Scan.of(text, upper, anchor)))
    out: list[DateMention] = []
    for item in _compose(text, cands):
        if _STARTED.search(text, max(0, item.start - 15), item.start):
            continue
        if (
            not upper
            and _NAMED_PLACE_AFTER.match(text, item.end)
            and not _DATE_WORD_BEFORE.search(text, max(0, item.start - 12), item.start)
        ):
            continue
        res = _resolve_item(item, text, anchor)
        span = text[item.start : item.end]
        if res is None:
            interval = DateInterval(None, None, "unknown", span)
        else:
            start, end, precision = res
            interval = DateInterval(
                start.isoformat() if start else None,
                end.isoformat() if end else None,
                precision,
                span,
            )
        out.append(DateMention(item.start, item.end, span, interval, item.kind))
    out = _counted_days(text, out) if _COUNTED.search(text) else out
    out = _captioned(text, out, anchor) if _CAPTION_STAMP.search(text) else out
    out = _day_pairs(text, out) if _DAY_PAIR.search(text) else out
    out = _previous_day(text, out) if _PREVIOUS_DAY.search(text) else out
    return _named_back(text, out) if _NAMED_BACK.search(text) else out


# two weekdays told as one span: "on Friday and Saturday", "Sunday to Monday"
_DAY_PAIR = re.compile(
    rf"\b(?:{lx.WEEKDAY_ALT})\s+(?:and|to|through|-|\u2013)\s+(?:{lx.WEEKDAY_ALT})\b", re.IGNORECASE
)
_PAIR_JOIN = re.compile(r"\s+(?:and|to|through|-|\u2013)\s+", re.IGNORECASE)
_PAIR_END = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:in|at|near|on|when|as|after|before|killing|leaving|wounding|nights?|mornings?|"
    r"evenings?|afternoons?)\b",
    re.IGNORECASE,
)


def _day_pairs(text: str, found: list[DateMention]) -> list[DateMention]:
    """Two days a week apart at most, joined by "and" or "to", as one span from the first to the
    second ("attacked the town on Friday and Saturday": both days)."""
    out: list[DateMention] = []
    k = 0
    while k < len(found):
        a = found[k]
        b = found[k + 1] if k + 1 < len(found) else None
        if (
            b is not None
            and _WEEKDAY_ONLY.fullmatch(a.text)
            and _WEEKDAY_ONLY.fullmatch(b.text)
            and _PAIR_JOIN.fullmatch(text, a.end, b.start)
            # (the pair ends its phrase: not "on Sunday and Monday's attack on a market", "on Saturday
            # and Sunday police arrested three suspects")
            and _PAIR_END.match(text, b.end) is not None
            and a.interval.start
            and b.interval.end
            and 0
            < (
                datetime.date.fromisoformat(b.interval.end) - datetime.date.fromisoformat(a.interval.start)
            ).days
            < 7
        ):
            span = text[a.start : b.end]
            out.append(
                DateMention(
                    a.start,
                    b.end,
                    span,
                    DateInterval(a.interval.start, b.interval.end, "week", span),
                    "range",
                )
            )
            k += 2
            continue
        out.append(a)
        k += 1
    return out


# a picture's caption ends with the day it was taken: "A man reacts at a street memorial following
# Tuesday's bomb attacks in Brussels, March 23, 2016."
# (the line ends there: not "the deadliest since the bombing of a bus in Jerusalem, Feb. 25, 1996."
# inside a paragraph)
_CAPTION_STAMP = re.compile(
    r",\s+(?:[A-Z][a-z]+,\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\s*\.[ \t]*(?:\n|$)"
)
# the most days a caption's picture is taken before the report
_CAPTION_DAYS = 31
_WEEKDAY_ONLY = re.compile(rf"(?:{lx.WEEKDAY_ALT})(?:'s|\u2019s)?", re.IGNORECASE)


def _captioned(text: str, found: list[DateMention], anchor: datetime.date | None) -> list[DateMention]:
    """``found`` with a weekday told in a caption counted back from the caption's own day (not
    from the report's: the picture was taken days before the story)."""
    out = list(found)
    for stamp in _CAPTION_STAMP.finditer(text):
        day = next(
            (
                f
                for f in found
                if stamp.start() < f.start < stamp.end()
                and f.interval.precision == "day"
                and f.interval.start
                and f.interval.start == f.interval.end
            ),
            None,
        )
        if day is None or day.interval.start is None:
            continue
        taken = datetime.date.fromisoformat(day.interval.start)
        if anchor is not None and not 0 <= (anchor - taken).days <= _CAPTION_DAYS:
            continue
        opening = max(text.rfind(". ", 0, stamp.start()), text.rfind("\n", 0, stamp.start())) + 1
        for k, f in enumerate(out):
            if not (opening <= f.start < stamp.start()) or not _WEEKDAY_ONLY.fullmatch(f.text):
                continue
            name = f.text.lower().removesuffix("'s").removesuffix("\u2019s")
            back = (taken.weekday() - lx.WEEKDAYS[name]) % 7
            on = (taken - datetime.timedelta(days=back)).isoformat()
            out[k] = DateMention(f.start, f.end, f.text, DateInterval(on, on, "day", f.text), f.kind)
    return out


# "three days earlier", "a week later", "the next day", "the day before,": days counted from the
# day the text last named. "before" and "after" only end a clause ("two days before the election"
# is counted from the election).
_COUNTED = re.compile(
    rf"(?<![\w-])(?:(?P<n>\d{{1,2}}|{lx.NUMBER_ALT}|an?)\s+(?P<unit>days?|weeks?)\s+(?P<dir>earlier|later|before|after)"
    r"|(?:the\s+)?(?P<next>next|following)\s+day|the\s+day\s+(?P<dd>before|after))(?![\w-])",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"\s*(?:[,.;:)]|$)")
COUNTED_MAX_DAYS = 31
# "That month, days after the bloodshed, police foiled a plot", "later that year", "the same day":
# the day, month or year the text last named (a complementiser's "that" is no such word: "police
# said that night patrols will double"; nor a day likened to another's: "the same day as the vote")
_NAMED_BACK = re.compile(
    r"(?<![\w-])(?:(?:later|earlier)\s+)?(?:that|the\s+same)\s+"
    r"(?:(?P<day>day|night|morning|afternoon|evening)|(?P<month>month)|(?P<year>year))(?![\w-])"
    r"(?!\s+as\b)",
    re.IGNORECASE,
)
_SAID_THAT = re.compile(
    r"\b(?:said|says|say|told|tells|reported|added|noted|stated|claimed|believes?|believed|thinks?|"
    r"thought|knows?|knew|warned|announced|insisted|argued|suggested|hoped|feared)\s+$",
    re.IGNORECASE,
)


def _counted_days(text: str, found: list[DateMention]) -> list[DateMention]:
    """``found`` with the days counted from an earlier day of the text added, in order."""
    out = list(found)
    for m in _COUNTED.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        word = (m.group("dir") or m.group("dd") or "").lower()
        if word in ("before", "after") and not _CLAUSE_END.match(text, m.end()):
            continue
        num = (m.group("n") or "a").lower()
        n = (
            int(num)
            if num.isdigit()
            else 1
            if num in ("a", "an")
            else lx.NUMBER_WORDS.get(lx.normalise_words(num))
        )
        if n is not None and (m.group("unit") or "").lower().startswith("week"):
            n *= 7  # "a week earlier": the same weekday
        if n is None or not 0 < n <= COUNTED_MAX_DAYS:
            continue
        if word in ("earlier", "before"):
            n = -n
        ref = next(
            (
                f
                for f in reversed(out)
                if f.end <= m.start() and f.interval.precision == "day" and f.interval.start == f.interval.end
            ),
            None,
        )
        if ref is None and n < 0:
            # ... or the day of the words that tell it, later in the sentence: "Gunmen killed four
            # soldiers the day before, officials said on Tuesday" (only back from it: what comes
            # "the day after" the words is not yet told)
            ref = _said_later(text, m.end(), out)
        if ref is None or ref.interval.start is None:
            continue  # nothing to count from: "Two days later, the suspect was caught."
        day = datetime.date.fromisoformat(ref.interval.start) + datetime.timedelta(days=n)
        span = m.group(0)
        out.append(
            DateMention(
                m.start(),
                m.end(),
                span,
                DateInterval(day.isoformat(), day.isoformat(), "day", span),
                "relative",
                ref.interval,
            )
        )
        out.sort(key=lambda f: f.start)
    return out


def _said_later(text: str, at: int, found: list[DateMention]) -> DateMention | None:
    """The single day after ``at``, in its sentence, on which the words that tell it were said."""
    for f in found:
        if f.start < at or f.interval.precision != "day" or f.interval.start != f.interval.end:
            continue
        if _SENTENCE_BREAK.search(text, at, f.start):
            return None
        if _said_on(text, f):
            return f
    return None


def _previous_day(text: str, found: list[DateMention]) -> list[DateMention]:
    """``found`` with "the previous day" counted from the day the text named last before it in
    its sentence, or from the one on which the words that tell it were said ("Officials said on
    Thursday that gunmen had killed four soldiers the previous day": Wednesday), not from the
    report's."""
    out = list(found)
    for k, m in enumerate(found):
        if not _PREVIOUS_DAY.fullmatch(m.text) or m.interval.start is None:
            continue
        # (this sentence's, or the one before's: "On Monday, gunmen attacked a police post. The
        # previous day, a bomb had exploded")
        opening = _sentence_opening(text, m.start)
        opening = (
            _sentence_opening(text, opening - 1)
            if opening > 0 and not any(opening <= f.start for f in found[:k])
            else opening
        )
        days = [
            f
            for f in found[:k]
            if opening <= f.start
            and f.interval.precision == "day"
            and f.interval.start
            and f.interval.start == f.interval.end
        ]
        # (a happening's day before the day words were said: "... on Sunday, officials said on
        # Tuesday. The previous day, ..." is Saturday)
        told = [f for f in days if not _said_on(text, f)]
        pool = told or days
        ref = pool[-1] if pool else _said_later(text, m.end, found)
        if ref is None or ref.interval.start is None:
            continue
        day = (datetime.date.fromisoformat(ref.interval.start) - datetime.timedelta(days=1)).isoformat()
        out[k] = DateMention(
            m.start, m.end, m.text, DateInterval(day, day, "day", m.text), "relative", ref.interval
        )
    return out


_PREVIOUS_DAY = re.compile(
    r"the\s+(?:previous|preceding)\s+(?:day|evening|night|afternoon|morning)", re.IGNORECASE
)


def _sentence_opening(text: str, at: int) -> int:
    """Where the sentence holding ``at`` opens."""
    last = 0
    for b in _SENTENCE_BREAK.finditer(text, max(0, at - 400), at):
        last = b.end()
    return last


def _named_back(text: str, found: list[DateMention]) -> list[DateMention]:
    """``found`` with the days, months and years named back ("that month", "later that year", "the
    same day") added, each the unit around the last date the text named before it, when that date
    lies within one such unit (kept as the mention's ``base``); otherwise nothing is added. A day of
    words ("prosecutors said on Monday") is not what is named back."""
    out = list(found)
    for m in _NAMED_BACK.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        if m.group(0)[:4].lower() == "that" and _SAID_THAT.search(text, max(0, m.start() - 20), m.start()):
            continue  # a complementiser's "that": "police said that night patrols will double"
        unit = "day" if m.group("day") else "month" if m.group("month") else "year"
        # (the last date named, or none: "after January 2015. That month" names no month)
        ref = next((f for f in reversed(out) if f.end <= m.start() and not _said_on(text, f)), None)
        if ref is None or not _within(ref.interval, unit):
            continue
        first = datetime.date.fromisoformat(ref.interval.start or "")
        if unit == "day":
            lo = hi = first
        elif unit == "month":
            lo = first.replace(day=1)
            hi = (lo + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)
        else:
            lo, hi = first.replace(month=1, day=1), first.replace(month=12, day=31)
        span = m.group(0)
        side = span.split()[0].lower()
        last = ref.interval.end or ""
        if unit != "day" and side == "later" and last and last < hi.isoformat():
            lo = datetime.date.fromisoformat(last) + datetime.timedelta(days=1)
        elif unit != "day" and side == "earlier" and first > lo:
            hi = first - datetime.timedelta(days=1)
        interval = DateInterval(lo.isoformat(), hi.isoformat(), unit, span)
        out.append(DateMention(m.start(), m.end(), span, interval, "relative", ref.interval))
        out.sort(key=lambda f: f.start)
    return out


# the day of words: "prosecutors said on Monday", "the ministry on Monday said"
_SAID_ON = re.compile(r"\b(?:said|says|told|announced|reported|added|stated)\s+(?:on\s+)?$", re.IGNORECASE)
_ON_SAID = re.compile(r"\s*(?:said|says|told|announced|reported|added|stated)\b", re.IGNORECASE)


def _said_on(text: str, m: DateMention) -> bool:
    return bool(_SAID_ON.search(text, max(0, m.start - 20), m.start) or _ON_SAID.match(text, m.end))


def _within(interval: DateInterval, unit: str) -> bool:
    """The interval lies within one calendar ``unit`` (day, month or year) and is that precise or
    more ("in March" names a month, not a day)."""
    if interval.start is None or interval.end is None:
        return False
    finer = {"day": ("day",), "month": ("day", "month"), "year": ("day", "month", "year")}[unit]
    if interval.precision not in finer:
        return False
    a, b = interval.start, interval.end
    return a[:4] == b[:4] and (unit == "year" or a[:7] == b[:7]) and (unit != "day" or a == b)


def _select(text: str, cands: list[Cand]) -> list[Cand]:
    """The longest non-overlapping candidates, in text order; a weak one must follow a date,
    and a veto only blocks the candidates it overlaps."""
    kept: list[Cand] = []
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.start)):
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    kept.sort(key=lambda c: c.start)
    out: list[Cand] = []
    for c in kept:
        if c.veto:
            continue
        if c.weak and not (out and _JOIN.fullmatch(text, out[-1].end, c.start)):
            continue
        out.append(c)
    return out


def _compose(text: str, cands: list[Cand]) -> list[_Item]:
    """Join "A to B" / "between A and B" into ranges, a relative date with its bracketed gloss
    ("Sunday [17 October]" is the gloss's day), and wrap "since A" / "until A"."""
    items: list[_Item] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        item = _Item(c.start, c.end, c.kind, c.expr, c.right)
        i += 1
        gloss = _gloss_end(text, c, cands[i]) if i < len(cands) else None
        if gloss is not None:
            item = _Item(c.start, gloss, "point", cands[i].expr)
            i += 1
        elif c.right is None and i < len(cands) and cands[i].right is None:
            nxt = cands[i]
            gap = _RANGE_GAP.fullmatch(text, c.end, nxt.start)
            intro = _INTRO.search(text, max(0, c.start - 12), c.start)
            if (
                gap
                and (
                    gap.group(1).lower() not in ("and", "&")
                    or (intro is not None and intro.group(1).lower() == "between")
                )
            ) or _CONTINUED_GAP.fullmatch(text, c.end, nxt.start):
                start = intro.start(1) if intro else c.start
                item = _Item(start, nxt.end, "range", c.expr, nxt.expr)
                i += 1
        if item.kind != "range" and not (isinstance(item.left, Rel) and item.left.op == "roll"):
            item = _wrap(text, item)
        items.append(item)
    return items


def _gloss_end(text: str, c: Cand, nxt: Cand) -> int | None:
    """Where the bracketed calendar day ``nxt`` glossing the relative date ``c`` ends, if it
    does ("today (06/02)", "Tuesday night [18 August]")."""
    if not isinstance(c.expr, Rel) or c.expr.op == "roll" or c.right is not None:
        return None
    if nxt.right is not None or not isinstance(nxt.expr, Cal) or nxt.expr.unit != "day":
        return None
    if nxt.expr.month is None or not _GLOSS_OPEN.fullmatch(text, c.end, nxt.start):
        return None
    close = _GLOSS_CLOSE.match(text, nxt.end)
    return None if close is None else close.end()


# a time of the day named: "after Friday prayers", "before Sunday mass"
_DAY_PART_AFTER = re.compile(r"\s+(?:prayers?|mass|services?|sermons?|worship|market)\b", re.IGNORECASE)


def _wrap(text: str, item: _Item) -> _Item:
    w = _WRAP.search(text, max(0, item.start - 16), item.start)
    if w is None:
        return item
    word = re.sub(r"\s+", " ", w.group(1).lower())
    possessive = lx.POSSESSIVE.match(text, item.end) is not None
    if word in ("before", "after", "by") and possessive:
        return item  # "after Tuesday's attack" is about the attack
    if word in ("before", "after") and _DAY_PART_AFTER.match(text, item.end):
        return item  # "after Friday prayers", "before Sunday mass": a time of that day
    kind = "since" if word in ("since", "ever since", "after") else "until"
    exclusive = word in ("before", "after")
    return _Item(w.start(1), item.end, kind, item.left, None, exclusive)


def _future(text: str, start: int) -> bool:
    """Whether a future cue comes shortly before ``start`` in the same sentence."""
    lo = max(0, start - 60)
    window = text[lo:start]
    breaks = list(_SENTENCE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    cues = list(_FUTURE.finditer(window))
    if not cues:
        return False
    cue = cues[-1]
    # "over a planned attack ... were charged on Saturday": a past verb after the cue wins.
    return _PAST_AFTER_CUE.search(window[cue.end() :]) is None


_PAST_AFTER_CUE = re.compile(r"\b(?:was|were|had|did|has been|have been)\b", re.IGNORECASE)


def _resolve_expr(e: Expr, anchor: datetime.date | None, future: bool) -> Resolved | None:
    if isinstance(e, Cal):
        return resolve_cal(e, anchor, future)
    return resolve_rel(e, anchor, future)


def _has_year(e: Expr) -> bool:
    return isinstance(e, Rel) or e.year is not None or e.year_offset is not None


def _resolve_range(left: Expr, right: Expr, anchor: datetime.date | None, future: bool) -> Resolved | None:
    a: Resolved | None
    b: Resolved | None
    if isinstance(left, Cal) and isinstance(right, Cal) and not _has_year(left):
        b = _resolve_expr(right, anchor, future)
        if b is None:
            return None
        a = resolve_cal(left, anchor, future, year_hint=b[0].year)
        if a is None or a[0] > b[1]:
            a = resolve_cal(left, anchor, future, year_hint=b[0].year - 1)
    elif isinstance(left, Cal) and isinstance(right, Cal) and not _has_year(right):
        a = _resolve_expr(left, anchor, future)
        if a is None:
            return None
        b = resolve_cal(right, anchor, future, year_hint=a[0].year)
        if b is None or b[1] < a[0]:
            b = resolve_cal(right, anchor, future, year_hint=a[0].year + 1)
    elif isinstance(left, Rel) and isinstance(right, Rel) and left.op == right.op == "weekday":
        a = _resolve_expr(left, anchor, future)
        if a is None:
            return None
        d = a[0] + datetime.timedelta(days=(right.weekday - left.weekday) % 7)
        b = (d, d, "day")
    else:
        a = _resolve_expr(left, anchor, future)
        b = _resolve_expr(right, anchor, future)
    if a is None or b is None or a[0] > b[1]:
        return None
    return a[0], b[1], coarser(a[2], b[2])


def _resolve_item(item: _Item, text: str, anchor: datetime.date | None) -> Open | None:
    future = anchor is not None and _future(text, item.start)
    if item.right is not None:
        return _resolve_range(item.left, item.right, anchor, future)
    res = _resolve_expr(item.left, anchor, future)
    if res is None:
        return None
    start, end, precision = res
    one = datetime.timedelta(days=1)
    if item.kind == "since":
        since = end + one if item.exclusive else start
        until = anchor if anchor is not None and anchor >= since else None
        return since, until, precision
    if item.kind == "until":
        return None, (start - one if item.exclusive else end), precision
    return res


def interval_overlaps(a: DateInterval | DateMention, b: DateInterval | DateMention) -> bool:
    """Whether two intervals share a day. An open end is unbounded; an unknown date (no start
    and no end) overlaps nothing."""
    x = a.interval if isinstance(a, DateMention) else a
    y = b.interval if isinstance(b, DateMention) else b
    if (x.start is None and x.end is None) or (y.start is None and y.end is None):
        return False
    lo, hi = "0000-00-00", "9999-99-99"
    return (x.start or lo) <= (y.end or hi) and (y.start or lo) <= (x.end or hi)


# ---------------------------------------------------------------------------------------------
# Datelines and anchors

_MONTH_WORD = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?"
)
_DL_DATE = (
    rf"(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH_WORD})(?:,?\s+(?P<y1>\d{{4}}|'?\d\d))?"
    rf"|(?P<m2>{_MONTH_WORD})\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<y2>\d{{4}}|'?\d\d))?"
    r"|(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)|(?P<nodate>no\s+date))"
)
_DL_PLACE = (
    r"[A-Z][\w.'’-]*(?:[ ]+[A-Za-z][\w.'’-]*){0,4}(?:\s*\([A-Za-z .]{2,30}\))?"
    r"(?:,\s*[A-Z][\w.'’-]*(?:[ ]+[A-Z][\w.'’-]*){0,3})?"
)
_DL_AGENCY = r"(?:[(\[](?:[^()\[\]\n]|\[[^\[\]\n]*\]){1,60}[)\]]|/[^/\n]{1,40}/)"
# the dash, then FBIS-style notes: "-- [EXCERPT]", "-- [INTERVIEW WITH ...] [TEXT]"
_DL_TAIL = r"\s*(?:--|—|–|-|:)(?:\s*\[[^\[\]]{1,100}\])*[ \t]*"
_DATELINES = (
    re.compile(rf"\s*{_DL_PLACE}\s*,\s*(?P<date>{_DL_DATE})\s*(?:{_DL_AGENCY})?{_DL_TAIL}", re.I),
    re.compile(rf"\s*(?P<date>{_DL_DATE})\s*{_DL_AGENCY}{_DL_TAIL}", re.I),
    re.compile(rf"\s*{_DL_PLACE}\s*{_DL_AGENCY}{_DL_TAIL}"),
    # a release's header: "FOR IMMEDIATE RELEASE Monday, May 2, 2016", "Press release, 3 May 2016"
    re.compile(
        r"\s*(?:for immediate release|(?:press|news|media) release)\W{0,6}"
        rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?P<date>{_DL_DATE})\b[ \t.]*\s*",
        re.I,
    ),
)
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip


def parse_dateline(text: str, anchor: datetime.date | None = None) -> tuple[datetime.date | None, int]:
    """The date of a dateline at the start of ``text`` and the offset where the body begins.

    Reads "SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- [TEXT] ...", "RABAT, March 3 (Reuters) - ...",
    "Jan 3 (Reuters) - ...", and a release's header ("FOR IMMEDIATE RELEASE Monday, May 2,
    2016"). A yearless date takes its year from ``anchor`` (the publication
    date), the past preferred; without one the date is None. A dateline without a date
    ("KABUL, Afghanistan (AP) —", "BOGOTA, NO DATE (...) --") gives (None, end): the body
    starts after the dash and any bracketed notes ("[TEXT]"). No dateline gives (None, 0).
    """
    head = text[:400]
    for i, rx in enumerate(_DATELINES):
        m = rx.match(head)
        if m is None:
            continue
        if i == 2:
            return None, m.end()
        return _dateline_date(m, anchor), m.end()
    return None, 0


def _dateline_date(m: re.Match[str], anchor: datetime.date | None) -> datetime.date | None:
    if m.group("nodate"):
        return None
    if m.group("iso"):
        try:
            return datetime.date.fromisoformat(m.group("iso"))
        except ValueError:
            return None
    mon = m.group("m1") or m.group("m2")
    day = int(m.group("d1") or m.group("d2"))
    ys = m.group("y1") or m.group("y2")
    month = _MONTHS[mon.lower()[:3]]
    year: int | None = None
    if ys:
        ys = ys.lstrip("'’")
        year = int(ys) if len(ys) == 4 else (2000 + int(ys) if int(ys) <= 30 else 1900 + int(ys))
    if not valid_day(year, month, day):
        return None
    res = resolve_cal(Cal("day", year=year, month=month, day=day), anchor, False)
    return res[0] if res else None


def parse_published(published: str | None) -> datetime.date | None:
    """A publication date from "YYYY-MM-DD", ISO 8601, RFC 2822 or (via dateparser) other
    English forms; None when it cannot be read."""
    if not published or not published.strip():
        return None
    s = published.strip()
    try:
        return datetime.date.fromisoformat(s[:10])
    except ValueError:
        pass
    try:
        return datetime.datetime.fromisoformat(s).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(s).date()
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser  # slow to import; only odd strings get here

    got = dateparser.parse(s, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return got.date() if got else None


def resolve_anchor(published: str | None, dateline: datetime.date | None) -> datetime.date | None:
    """The day relative dates are counted from: the dateline date when there is one (it is the
    writer's "today") unless it is more than 31 days from the publication date (a misread or a
    wrong year), else the publication date, else None."""
    pub = parse_published(published)
    if dateline is None:
        return pub
    if pub is None or abs((pub - dateline).days) <= 31:
        return dateline
    return pub
