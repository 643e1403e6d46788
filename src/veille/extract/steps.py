"""A happening dated only by its distance from the one told before it.

"In March, at least 37 were killed when a car bomb detonated in Ankara. Six days later an ISIS
suicide bomber detonated himself on one of Istanbul's main streets. A month earlier, 28 had been
killed in a blast in central Ankara." The second and third happenings have no date of their own:
"six days later" counts from March, "a month earlier" from March too (the sentence between names
no date). Without this they would take the lead's day, a day the text never gives them.
"""

from __future__ import annotations

import datetime as dt
import re

from veille.extract._dates_calendar import add_months, month_end
from veille.extract._dates_lexicon import NUMBER_ALT
from veille.extract._numbers import parse_number
from veille.records import DateInterval

# at the start of a sentence: "Six days later", "A month earlier", "Two weeks before"; not "Six
# days after the attack" (a lapse before a happening it names, see ``asides.LAPSE_AFTER``)
STEP = re.compile(
    r"^\W*(?:(?:just|only|some|about|nearly|almost)\s+)?"
    rf"(?P<n>a few|several|\d{{1,2}}|{NUMBER_ALT}|an?)\s+"
    r"(?P<unit>days?|weeks?|months?)\s+(?:(?P<dir>later|earlier|afterwards?)\b|(?P<before>before)\b"
    r"(?!\s+(?:the|a|an|his|her|its|their|this|that|these|those)\b))",
    re.IGNORECASE,
)


def _shift(day: dt.date, unit: str, n: int) -> dt.date:
    if unit == "month":
        return add_months(day, n)
    return day + dt.timedelta(days=n * (7 if unit == "week" else 1))


def step_date(sentence: str, before: DateInterval, anchor: dt.date | None) -> DateInterval | None:
    """The date of a sentence opening with a step from ``before`` (the last date told before it), or
    None when the sentence opens with no step or ``before`` has no bounds."""
    m = STEP.match(sentence)
    if m is None or not before.start or not before.end or before.precision == "unknown":
        return None
    unit = m.group("unit").lower().rstrip("s")
    sign = -1 if m.group("before") or m.group("dir").lower() == "earlier" else 1
    raw = m.group("n").lower()
    n = 1 if raw in ("a", "an") else parse_number(raw) if raw not in ("a few", "several") else None
    text = m.group(0).strip()
    start, end = dt.date.fromisoformat(before.start), dt.date.fromisoformat(before.end)
    if n is None:
        # "a few days later": after the happening before it, by how much the text does not say
        if sign > 0:
            return DateInterval(before.start, anchor.isoformat() if anchor else None, "unknown", text)
        return DateInterval(None, before.end, "unknown", text)
    lo, hi = _shift(start, unit, sign * n), _shift(end, unit, sign * n)
    if anchor is not None and lo > anchor:
        return None  # a step past the report: the count is not from that date
    if anchor is not None and hi > anchor:
        hi = anchor
    if before.precision == "day" and unit in ("day", "week"):
        return DateInterval(lo.isoformat(), lo.isoformat(), "day", text)
    if before.precision == "month" and unit == "month":
        # "A month earlier" than March: February
        return DateInterval(
            lo.replace(day=1).isoformat(), month_end(lo.year, lo.month).isoformat(), "month", text
        )
    return DateInterval(lo.isoformat(), hi.isoformat(), "unknown", text)
