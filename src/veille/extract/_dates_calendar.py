"""Calendar arithmetic for ``dates.py``: partial dates and anchor-relative expressions."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

Resolved = tuple[date, date, str]  # start, end, precision

PRECISION_RANK: dict[str, int] = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}
UNIT_PRECISION: dict[str, str] = {
    "hour": "day",
    "day": "day",
    "week": "week",
    "weekend": "week",
    "month": "month",
    "year": "year",
    "decade": "year",
}
# early / mid / late as thirds: days of a month, months of a year, days of a week.
THIRDS: dict[str, dict[str, tuple[int, int]]] = {
    "month": {"early": (1, 10), "mid": (11, 20), "late": (21, 31)},
    "year": {"early": (1, 4), "mid": (5, 8), "late": (9, 12)},
    "week": {"early": (0, 2), "mid": (1, 3), "late": (3, 6)},
}
MIN_YEAR, MAX_YEAR = 1900, 2099
# A yearless day ("on March 15") may lie this many days after the anchor: in a 2016 news sample
# such days cluster just after the publication date (scheduled votes, trials, summits), where
# a year-old reading would be wrong; a yearless month keeps the strict past preference.
DAY_AHEAD = 30


@dataclass(frozen=True)
class Cal:
    """A calendar expression, possibly missing its year (or month): "3 March", "late 2019".

    ``part`` narrows the unit: (first, last) day of the month for a month, (first, last) month
    of the year for a year (the last may pass 12: winter is months 12..14). ``years`` > 1 is a
    decade. ``year_offset`` is a year counted from the anchor ("March last year" is -1).
    ``mode`` picks the year when it is missing: "" (past preferred), "last", "this", "next".
    ``month_offset`` resolves "the 3rd of last month". ``precision`` overrides the unit's: "the
    first week of May" is precision week (its ``part`` is days 1-7; a part counted from the month's
    end, "the last week of May", is written (-6, 0)).
    """

    unit: str  # "day" | "month" | "year"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    part: tuple[int, int] | None = None
    years: int = 1
    year_offset: int | None = None
    month_offset: int | None = None
    mode: str = ""
    weekday: int | None = None
    precision: str = ""


@dataclass(frozen=True)
class Rel:
    """An expression counted from the anchor: "yesterday", "last week", "the past two years".

    ``op``: "day" (n days from the anchor), "unit" (the calendar unit n units from the anchor's,
    optionally narrowed by ``part``), "roll" (the n units up to the anchor, or after it when
    ``forward``), "some" (a few units ago: from six to two units before the anchor), "weekday"
    and "weekend" (``mode`` says which one), "overnight" (the night before the anchor).
    ``years`` moves the anchor first ("ten years ago this month": this month, ten years back).
    """

    op: str
    n: int = 0
    unit: str = "day"
    part: str | None = None
    weekday: int = 0
    mode: str = ""
    forward: bool = False
    years: int = 0


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` calendar months, the day clamped to the month's length."""
    k = d.year * 12 + d.month - 1 + n
    y, m = divmod(k, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def valid_day(y: int | None, m: int, d: int) -> bool:
    """Whether day ``d`` exists in month ``m`` (of year ``y`` when known; Feb 29 otherwise)."""
    if not 1 <= m <= 12 or d < 1:
        return False
    if y is None:
        return d <= (29 if m == 2 else calendar.monthrange(2001, m)[1])
    return MIN_YEAR <= y <= MAX_YEAR and d <= calendar.monthrange(y, m)[1]


def cal_span(c: Cal, y: int, m: int | None = None) -> Resolved | None:
    """The interval of ``c`` in year ``y`` (and month ``m`` when ``c`` has none)."""
    month = c.month if c.month is not None else m
    try:
        if c.unit == "day":
            if month is None or c.day is None:
                return None
            d = date(y, month, c.day)
            return d, d, "day"
        if c.unit == "month":
            if month is None:
                return None
            last = month_end(y, month)
            if c.part:
                lo, hi = c.part
                if lo <= 0:  # counted back from the month's end
                    lo, hi = last.day + lo, last.day + hi
                return (
                    date(y, month, min(lo, last.day)),
                    date(y, month, min(hi, last.day)),
                    c.precision or "month",
                )
            return date(y, month, 1), last, "month"
        if c.part:
            lo, hi = c.part
            return date(y, lo, 1), month_end(y + (hi - 1) // 12, (hi - 1) % 12 + 1), "year"
        return date(y, 1, 1), date(y + c.years - 1, 12, 31), "year"
    except ValueError:  # Feb 29 in a common year, or a year out of range
        return None


def resolve_cal(c: Cal, anchor: date | None, future: bool, year_hint: int | None = None) -> Resolved | None:
    """Resolve ``c``: its own year, else ``year_hint``, else the year chosen from ``anchor``.

    Without a year the past is preferred: the latest year whose interval starts on or before
    the anchor (a day may be up to ``DAY_AHEAD`` days after it). With ``future`` (a future cue
    before the date): the earliest interval that ends on or after the anchor.
    """
    if c.year is not None:
        return cal_span(c, c.year)
    if c.year_offset is not None:
        return None if anchor is None else cal_span(c, anchor.year + c.year_offset)
    if c.month is None and c.unit == "day":
        return _resolve_day_of_month(c, anchor, future)
    if year_hint is not None:
        return cal_span(c, year_hint)
    if anchor is None:
        return None
    if c.mode == "this":
        return cal_span(c, anchor.year)
    slack = timedelta(days=DAY_AHEAD if c.unit == "day" else 0)
    candidates = [(y, cal_span(c, y)) for y in range(anchor.year + 2, anchor.year - 9, -1)]
    spans = [(y, s) for y, s in candidates if s is not None]
    if c.weekday is not None:  # "Tuesday, March 3": the year in which March 3 is a Tuesday
        near = [s for y, s in spans if abs(y - anchor.year) <= 1 and s[0].weekday() == c.weekday]
        if len(near) == 1:
            return near[0]
    if c.mode == "last":
        return next((s for _, s in spans if s[1] < anchor), None)
    if c.mode == "next":
        return next((s for _, s in reversed(spans) if s[0] > anchor), None)
    if future:
        return next((s for _, s in reversed(spans) if s[1] >= anchor), None)
    return next((s for _, s in spans if s[0] <= anchor + slack), None)


def _resolve_day_of_month(c: Cal, anchor: date | None, future: bool) -> Resolved | None:
    """ "On the 3rd": the latest 3rd on or before the anchor (the next one in future context)."""
    if anchor is None or c.day is None:
        return None
    first = anchor.replace(day=1)
    if c.month_offset is not None:
        m = add_months(first, c.month_offset)
        return cal_span(c, m.year, m.month)
    steps = range(0, 13) if future else range(0, -13, -1)
    for k in steps:
        m = add_months(first, k)
        span = cal_span(c, m.year, m.month)
        if span is None:
            continue
        if (future and span[0] >= anchor) or (not future and span[0] <= anchor + timedelta(1)):
            return span
    return None


def narrow(start: date, end: date, unit: str, part: str | None, anchor: date) -> tuple[date, date]:
    """Narrow a week, month or year to its early / mid / late third, or earlier / later."""
    if part is None:
        return start, end
    if part == "earlier":
        return start, min(end, anchor)
    if part == "later":
        return max(start, anchor), end
    lo, hi = THIRDS[unit][part]
    if unit == "week":
        return start + timedelta(lo), start + timedelta(hi)
    if unit == "month":
        return start.replace(day=lo), start.replace(day=min(hi, end.day))
    return date(start.year, lo, 1), month_end(start.year, hi)


def _unit_span(anchor: date, unit: str, n: int) -> tuple[date, date]:
    if unit == "week":
        s = week_start(anchor) + timedelta(weeks=n)
        return s, s + timedelta(days=6)
    if unit == "month":
        s = add_months(anchor.replace(day=1), n)
        return s, month_end(s.year, s.month)
    if unit == "decade":
        y = anchor.year // 10 * 10 + 10 * n
        return date(y, 1, 1), date(y + 9, 12, 31)
    y = anchor.year + n
    return date(y, 1, 1), date(y, 12, 31)


def resolve_rel(r: Rel, anchor: date | None, future: bool) -> Resolved | None:
    """Resolve an anchor-relative expression; None without an anchor."""
    if anchor is None:
        return None
    try:
        if r.years:
            y = anchor.year + r.years
            anchor = date(y, anchor.month, min(anchor.day, calendar.monthrange(y, anchor.month)[1]))
        return _resolve_rel(r, anchor, future)
    except (ValueError, OverflowError):
        return None


def _resolve_rel(r: Rel, a: date, future: bool) -> Resolved | None:
    if r.op == "day":
        d = a + timedelta(days=r.n)
        return d, d, "day"
    if r.op == "unit":
        s, e = _unit_span(a, r.unit, r.n)
        if r.unit == "week" and r.part is None:
            # a week starts on Monday in Europe and on Sunday in North America: "last week" in a
            # Wednesday's story may be a Sunday's happening, so the week is both readings together
            # (on a Sunday, "last week" runs from the Monday 13 days before to yesterday)
            na = a - timedelta(days=(a.weekday() + 1) % 7) + timedelta(weeks=r.n)
            s, e = min(s, na), max(e, na + timedelta(days=6))
        s, e = narrow(s, e, r.unit if r.unit != "decade" else "year", r.part, a)
        return s, e, UNIT_PRECISION[r.unit]
    if r.op == "roll":
        return _roll(r, a)
    if r.op == "some":
        s, _ = _roll(Rel("roll", n=6, unit=r.unit), a)[:2]
        e, _ = _roll(Rel("roll", n=2, unit=r.unit), a)[:2]
        return s, e, _SOME_PRECISION[r.unit]
    if r.op == "weekday":
        d = _weekday(r, a, future)
        return d, d, "day"
    if r.op == "overnight":
        # the night just past: its evening is the day before the report, its small hours the day
        # itself (a span of two days, told like a weekend)
        return a - timedelta(days=1), a, "week"
    if r.op == "weekend":
        sat = _weekend(r.mode, a)
        return sat, sat + timedelta(days=1), "week"
    return None


# "a few days ago" spans days of a week or two; "a few weeks ago", a month or so
_SOME_PRECISION = {"day": "week", "week": "month", "month": "year", "year": "year"}


def _roll(r: Rel, a: date) -> Resolved:
    sign = 1 if r.forward else -1
    if r.unit == "hour":
        other = a + timedelta(days=sign * max(1, -(-r.n // 24)))
    elif r.unit == "day":
        other = a + timedelta(days=sign * r.n)
    elif r.unit == "week":
        other = a + timedelta(weeks=sign * r.n)
    else:
        months = {"month": 1, "year": 12, "decade": 120}[r.unit] * r.n
        other = add_months(a, sign * months)
    s, e = (a, other) if r.forward else (other, a)
    return s, e, UNIT_PRECISION[r.unit]


def _weekday(r: Rel, a: date, future: bool) -> date:
    back = (a.weekday() - r.weekday) % 7  # days back to the latest such weekday, 0 = anchor
    ahead = (r.weekday - a.weekday()) % 7
    if r.mode in ("last", "past"):
        return a - timedelta(days=back or 7)
    if r.mode == "next":
        return a + timedelta(days=ahead or 7)
    if r.mode == "this":
        return week_start(a) + timedelta(days=r.weekday)
    if r.mode == "lastweek":
        return week_start(a) - timedelta(days=7 - r.weekday)
    if r.mode == "nextweek":
        return week_start(a) + timedelta(days=7 + r.weekday)
    return a + timedelta(days=ahead) if future else a - timedelta(days=back)


def _weekend(mode: str, a: date) -> date:
    """The Saturday of the weekend meant."""
    this_sat = week_start(a) + timedelta(days=5)
    if mode == "this":
        return this_sat
    if mode == "next":
        return this_sat + timedelta(days=7)
    if mode == "over":  # "over the weekend": the latest weekend that has begun
        return this_sat if a >= this_sat else this_sat - timedelta(days=7)
    # "last weekend": the one before the anchor's week (on a Monday, the one just ended)
    return this_sat - timedelta(days=7)


def coarser(p: str, q: str) -> str:
    return p if PRECISION_RANK[p] >= PRECISION_RANK[q] else q
