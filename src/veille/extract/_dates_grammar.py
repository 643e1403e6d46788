"""The date grammar: regular expressions that find date expressions, and what each one means.

Each pattern has a handler that turns a match into a ``Cand`` (a candidate mention holding a
``Cal`` or ``Rel`` expression, or two for a range) or rejects it. The patterns run over the
lower-cased text (same offsets); the handlers look at the original for the case rules (in
mixed-case text "may", "march" and abbreviations like "Jan" must be capitalised) and at the
words around a match (context, names, counts).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from veille.extract import _dates_lexicon as lx
from veille.extract._dates_calendar import Cal, Rel, valid_day

Expr = Cal | Rel


@dataclass(frozen=True)
class Cand:
    """A candidate mention: ``expr`` (and ``right`` for a range) over ``text[start:end]``.

    ``weak`` marks a bare month or year whose only context is a joining word ("and May"): it is
    kept only right after another date. A ``veto`` is a span found not to be a date (the
    "November 17" of "the November 17 group"): it wins over the shorter matches inside it and
    is then dropped.
    """

    start: int
    end: int
    expr: Expr
    right: Expr | None = None
    weak: bool = False
    veto: bool = False

    @property
    def kind(self) -> str:
        if self.right is not None:
            return "range"
        if isinstance(self.expr, Rel) and self.expr.op != "weekday":
            return "relative"
        return "point"


@dataclass(frozen=True)
class Scan:
    """The text being scanned (and its lower-cased twin, same offsets), whether it is ALL CAPS,
    and the anchor (only to judge two-digit years)."""

    text: str
    low: str
    upper: bool
    anchor: date | None = None

    @classmethod
    def of(cls, text: str, upper: bool, anchor: date | None = None) -> Scan:
        low = text.lower()
        if len(low) != len(text):  # a few characters lower-case to two ("İ"): keep offsets
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        return cls(text, low, upper, anchor)


Handler = Callable[[Scan, "re.Match[str]"], Cand | None]

# ---------------------------------------------------------------------------------------------
# Regex pieces

_FULL_MONTH_ALT = lx.alternation(k for k in lx.MONTHS if k in lx.FULL_MONTHS)
_ABBR_MONTH_ALT = lx.alternation(k for k in lx.MONTHS if k not in lx.FULL_MONTHS)
_YEAR = r"(?:19|20)\d\d"
_END = r"(?![\w-])"
_YEAR_END = r"(?![\w%]|[.,/-]\d)"
_WD = rf"(?:(?P<wd>{lx.WEEKDAY_ALT}|{lx.WEEKDAY_ABBR_ALT})\b\.?,?\s+(?:the\s+)?)?"
_MOD_MONTH = (
    r"early|mid|late|the\s+(?:end|beginning|start|middle|turn)\s+of|"
    r"(?:end|beginning|start|middle)\s+of|(?:the\s+)?(?:first|second)\s+half\s+of|"
    r"last|this|next|past|coming"
)
_MOD_YEAR = (
    r"early|mid|late|the\s+(?:end|beginning|start|middle|turn)\s+of|"
    r"(?:end|beginning|start|middle)\s+of"
)
_MOD_UNIT = (
    r"earlier|later|early|late|mid|the\s+(?:end|beginning|start|middle|turn)\s+of|"
    r"(?:end|beginning|start|middle)\s+of"
)
_NUM = rf"(?:\d{{1,3}}|{lx.NUMBER_ALT})"
_UNITS = r"hours?|days?|weeks?|months?|years?|decades?"
_CONN = r"-|–|—|to|and|until|till|through|thru"


def _mon(group: str = "mon") -> str:
    """A month name; an abbreviation may take a full stop ("Jan.")."""
    return rf"(?P<{group}>(?:{_FULL_MONTH_ALT})(?!\w)|(?:{_ABBR_MONTH_ALT})(?!\w)\.?)"


def _rx(pattern: str) -> re.Pattern[str]:
    """A grammar pattern: lower case, run over the lower-cased text (faster than IGNORECASE)."""
    return re.compile(pattern)


def _rxi(pattern: str) -> re.Pattern[str]:
    """A context check, run over the original text."""
    return re.compile(pattern, re.IGNORECASE)


P_DMY = _rx(
    rf"(?<![\w.,/:$£€+-]){_WD}(?P<dd>(?P<d>[0-3]?\d)(?:st|nd|rd|th)?)(?:\s+of\s+|[\s-]+)"
    rf"{_mon()}(?:(?P<ysep>,?\s+|-)(?P<y>{_YEAR}){_YEAR_END}"
    r"|\s+(?P<yy>'?\d\d)(?!\w|[.,:]\d)|,?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year(?!\w))?"
)
_YY_PUNCT = re.compile(r"\s*(?:[,.;:()\[\]]|--|-\s|\n|$)")
P_MDY = _rx(
    rf"(?<![\w.-]){_WD}{_mon()}\s*(?P<dd>(?P<d>[0-3]?\d)(?:st|nd|rd|th)?)(?!\w|[.,:]\d)"
    rf"(?:(?P<ysep>,?\s+)(?P<y>{_YEAR}){_YEAR_END}|,?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year(?!\w))?"
)
P_ORDWORD = _rx(
    rf"(?<![\w-])the\s+(?P<dw>{lx.ORDINAL_ALT})\s+of\s+{_mon()}"
    rf"(?:,?\s+(?P<y>{_YEAR}){_YEAR_END})?"
)
P_MONTH = _rx(
    rf"(?<![\w-])(?:(?P<mod>{_MOD_MONTH})(?:\s*-\s*|\s+)(?:of\s+)?)?{_mon()}"
    rf"(?:,?\s+(?:of\s+)?(?P<y>{_YEAR}){_YEAR_END}|\s+(?:of\s+)?(?P<rel>last|this|next)\s+year{_END})?"
)
# "the first week of May", "the last week of March 2015"
P_MONTHWEEK = _rx(
    r"(?<![\w-])(?:the\s+)?(?P<ord>first|second|third|fourth|final|last)\s+week\s+of\s+"
    rf"{_mon()}(?:,?\s+(?:of\s+)?(?P<y>{_YEAR}){_YEAR_END}|\s+(?:of\s+)?(?P<rel>last|this|next)\s+year{_END})?"
)
P_YEAR = _rx(rf"(?<![\w.,/$£€#-])(?:(?P<mod>{_MOD_YEAR})(?:\s*-\s*|\s+))?(?P<y>{_YEAR}){_YEAR_END}")
P_DECADE = _rx(
    r"(?<![\w-])(?:the\s+)?(?:(?P<mod>early|mid|late)(?:\s*-\s*|\s+))?"
    r"(?P<y>(?:19|20)\d0)['’]?s(?!\w)"
)
P_YEARPART = _rx(
    r"(?<![\w-])(?:(?P<the>the)\s+)?(?:(?P<ord>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+"
    r"(?P<unit>half|quarter)|first\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months)"
    # (bare, not of something else: "the first six months of the operation")
    rf"(?:\s+of\s+(?:(?P<y>{_YEAR}){_YEAR_END}|(?P<rel>this|last|next|the)\s+year{_END})|{_END}(?!\s+of\b))"
)
P_HQ = _rx(rf"(?<![\w-])(?P<q>[hq][1-4])\s+(?P<y>{_YEAR}){_YEAR_END}")
P_SEASON = _rx(
    r"(?<![\w-])(?:(?P<mod>early|mid|late|last|this|next|past|coming)(?:\s*-\s*|\s+))?"
    r"(?:the\s+)?(?P<s>spring|summer|autumn|fall|winter)(?!\w)"
    rf"(?:,?\s+(?:of\s+)?(?P<y>{_YEAR}){_YEAR_END}|\s+(?:of\s+)?(?P<rel>last|this|next)\s+year{_END})?"
)
P_ISO = _rx(
    rf"(?<![\w.,/:-])(?P<y>{_YEAR})(?P<sep>[-/.])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)"
    r"(?![\d/]|[-.]\d)"
)
P_NUM = _rx(
    rf"(?<![\w.,/:-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>{_YEAR}|\d\d)"
    r"(?![\d/]|[-.]\d)"
)
# "(06/02)", "[3/02]": a day and month in brackets, with no year (South Asian wire copy glosses
# "today" or a weekday so). Only a zero-padded or two-digit second part: "(1/2)" is a fraction.
P_NUM_GLOSS = _rx(r"(?<=[(\[])(?P<a>[0-3]?\d)/(?P<b>\d\d)(?=[)\]])")
# How far before and after the anchor a bracketed day and month may lie, in days.
GLOSS_DAYS = 45
GLOSS_DAYS_AHEAD = 3
P_911 = _rx(
    r"(?<![\w/])9/11(?![\w/]|\.\d)|(?<![\w-])sept(?:ember|\.)?\s+11(?:th)?"
    r"(?=\s+(?:attacks?|terror\w*|hijack\w*|commission|anniversary|era|plot|victims|memorial)\b)"
)
P_FEAST = _rx(
    r"(?<![\w-])(?P<feast>christmas\s+(?:eve|day)|boxing\s+day|new\s+year(?:['\u2019]s|s)\s+(?:eve|day)|"
    r"bastille\s+day|palm\s+sunday|good\s+friday|easter\s+(?:sunday|day|monday))(?![\w-])"
    # (its year: "Christmas Day 2010", "Easter Sunday in 2015")
    rf"(?:,?\s+(?:in\s+|of\s+)?(?P<y>{_YEAR}){_YEAR_END})?"
)
P_WEEKDAY = _rx(
    r"(?<![\w-])(?:(?P<mod>last|this\s+past|this|next|past|coming)\s+)?"
    r"(?:(?P<pre>early|late|earlier|later)\s+(?:on\s+)?)?"
    rf"(?P<wd>{lx.WEEKDAY_ALT})(?![\w-])"
    r"(?:\s+(?P<tod>morning|afternoon|evening|night|overnight|noon|midnight)(?!\w))?"
    r"(?:,?\s+(?P<wk>last|next|this)\s+week(?!\w))?"
)
P_RELDAY = _rx(
    r"(?<![\w-])(?:(?P<dby>the\s+day\s+before\s+yesterday)|(?P<dat>the\s+day\s+after\s+tomorrow)"
    r"|(?P<w>today|yesterday|tomorrow|tonight)|(?P<this>this\s+(?:morning|afternoon|evening))"
    r"|(?P<ln>last\s+(?:night|evening))|(?P<prev>the\s+(?:previous|preceding)\s+(?:day|evening|night|afternoon|morning))"
    # "detained by counter-terrorism units overnight": the night before the report (not "an overnight
    # curfew", nor "overnight Monday", the weekday's)
    # ("overnight from Saturday to Sunday" is the weekdays'; "stayed overnight at a hotel" no day)
    rf"|(?P<on>(?<!day\s)(?<!stayed\s)(?<!kept\s)(?<!remained\s)(?<!stay\s)overnight"
    rf"(?!\s+(?:(?:into|on|to|from|between)\s+(?:the\s+)?)?(?:{lx.WEEKDAY_ALT}|{lx.MONTH_ALT}|\d)\b)"
    r"(?=\s*(?:[,.;:)\]]|$|\s(?:on|in|at|near|from|to|and|when|as|after|before|while|between|by|with|the|an?|"
    r"said|says|killing|leaving|wounding)\b)"
    # ... or as the deed's word: "killed 12 quarry workers in an overnight attack"
    r"|\s+(?:attacks?|raids?|assaults?|ambush(?:es)?|bombings?|blasts?|explosions?|shelling|strikes?|airstrikes?|"
    r"clashes|fighting|operations?|shootings?|incursions?|rocket fire)\b"
    # ... whose day is told after it: "in an overnight attack on Mamove, North Kivu, on Saturday"
    # (not the day it was told: "..., police said on Tuesday")
    rf"(?![^.;]{{0,80}}?(?<!said\s)(?<!says\s)(?<!told\s)(?<!reported\s)(?<!announced\s)"
    rf"\bon\s+(?:{lx.WEEKDAY_ALT}|{lx.MONTH_ALT}|\d)\b))))"
    r"(?![\w-])"
)
P_UNIT = _rx(
    # ("since the beginning of the year": this year's)
    rf"(?<![\w-])(?:(?P<pre>{_MOD_UNIT})(?:\s*-\s*|\s+))?(?P<mod>last|this|next|(?<=of\s)the)\s+"
    r"(?P<unit>week|month|year|decade)(?![\w-])"
)
P_UNIT_IN = _rx(
    r"(?<![\w-])(?P<pre>earlier|later|early|late)\s+in\s+the\s+(?P<unit>week|month|year)(?![\w-])"
)
P_WEEKEND = _rx(
    r"(?<![\w-])(?:(?P<mod>last|this\s+past|this|next|the\s+coming|coming)\s+weekend"
    r"|(?P<over>over|during|at|on|in|across|throughout)\s+(?P<body>the\s+weekend)"
    # "in the wake of the weekend mass shooting", "the weekend's bombing": a happening of the
    # weekend just past
    r"|(?P<adj>the\s+weekend(?:['\u2019]s)?)(?=\s+(?:[\w-]+\s+){0,2}(?:attacks?|shootings?|bombings?|blasts?|"
    r"explosions?|massacres?|killings?|raids?|arrests?|violence|clashes|ambush|assault|rampage)\b))(?![\w-])"
)
P_AGO = _rx(rf"(?<![\w-])(?P<n>{_NUM})\s+(?P<unit>{_UNITS})\s+ago(?!\w)")
# "twenty years ago this week", "ten years ago this month": this week or month, so many years back
P_AGO_THIS = _rx(rf"(?<![\w-])(?P<n>{_NUM})\s+years?\s+ago\s+this\s+(?P<unit>week|month)(?![\w-])")
# "a few weeks ago", "several days ago", "a couple of months ago"
P_AGO_VAGUE = _rx(
    r"(?<![\w-])(?P<q>a\s+few|several|some|a\s+couple\s+of)\s+(?P<unit>days|weeks|months|years)\s+ago(?!\w)"
)
P_ROLL = _rx(
    r"(?<![\w-])(?:(?P<the>the)\s+)?(?P<which>past|last|next|coming)\s+"
    rf"(?:(?P<n>{_NUM})\s+)?(?P<unit>{_UNITS})(?![\w-])"
)
P_ORDDAY = _rx(
    r"(?<![\w-])(?P<on>on\s+)?(?P<body>the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)"
    r"(?:\s+of\s+(?P<rel>this|last|next|the)\s+month)?)(?![\w-])"
)
P_DRANGE1 = _rx(
    r"(?<![\w.,/:$£€+-])(?:(?P<pre>between|from)\s+)?(?:the\s+)?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?"
    rf"\s*(?P<conn>{_CONN})\s*(?:the\s+)?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?\s+{_mon()}"
    rf"(?:,?\s+(?P<y>{_YEAR}){_YEAR_END})?"
)
P_DRANGE2 = _rx(
    rf"(?<![\w-])(?:(?P<pre>between|from)\s+)?{_mon()}\s*(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?"
    rf"\s*(?P<conn>{_CONN})\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?!\w|[.,:]\d)"
    rf"(?:,?\s+(?P<y>{_YEAR}){_YEAR_END})?"
)
P_YRANGE = _rx(
    rf"(?<![\w.,/$£€#-])(?:(?P<pre>between|from)\s+)?(?P<y1>{_YEAR})\s*(?P<conn>{_CONN}|/)\s*"
    rf"(?P<y2>{_YEAR}|\d\d){_YEAR_END}"
)

_PREV_TOKEN = re.compile(r"([\w'’]+|[,&–—-])[ \t\r\n]*$")
_NEXT_TOKEN = re.compile(r"[ \t\r\n]*([\w'’]+|[^\w\s])?")
_COUNT_AFTER = _rxi(rf"\s+(?:{lx.COUNT_NOUNS})")
_ORG_AFTER_UPPER = _rxi(rf"\s+(?:[A-Z][\w'’-]*\s+){{0,2}}(?:{lx.ORG_WORDS}|{lx.ORG_WORDS_CAPITALISED})\b")
_ORG_AFTER_MIXED = re.compile(
    r"\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:(?i:"
    + lx.ORG_WORDS
    + ")|"
    + "|".join(w[0].upper() + w[1:] for w in lx.ORG_WORDS_CAPITALISED.split("|"))
    + r")\b"
)
_ORG_BEFORE = _rxi(rf"(?<![\w-]){lx.ORG_BEFORE}[\s-]+(?:of\s+)?(?:the\s+)?$")
_EVENT_AFTER = _rxi(rf"\s+(?:(?:[A-Z][\w'’-]*|[a-z]+-[a-z]+)\s+){{0,2}}(?:{lx.EVENT_NOUNS})\b")
_SINGLE_EVENT_AFTER = _rxi(
    r"\s+(?:attack|bombing|shooting|massacre|assault|ambush|kidnapping|hijacking|siege)\b"
)
_MARCH_NOUN = _rxi(lx.MARCH_NOUN_NEXT)
_WEEKDAY_NAME_BEFORE = _rxi(rf"(?<![\w-]){lx.WEEKDAY_NAME_BEFORE}\s+$")
_WEEKDAY_NAME_AFTER_UPPER = _rxi(rf"['’]?s?\s+(?:{lx.WEEKDAY_NAME_AFTER})\b")
_WEEKDAY_NAME_AFTER_MIXED = re.compile(
    r"['’]?s?\s+(?:" + "|".join(w[0].upper() + w[1:] for w in lx.WEEKDAY_NAME_AFTER.split("|")) + r")\b"
)

_AUXILIARIES = frozenset(lx.words("is was will has had would should could must can were are"))
_MONTH_PREV = lx.STRONG_CONTEXT - {"as", "past"}
_MAY_PREV = _MONTH_PREV - {"by", "for", "of", "as", "around"}
_YEAR_PREV = lx.STRONG_CONTEXT - {"last", "this", "next", "past"} | {"year", "fiscal", "summer"}
_SEASON_PREV = frozenset(
    lx.words("in during over since by until till through throughout before after early late mid")
)

_MONTH_MODS: dict[str, tuple[int, int] | str] = {
    "early": (1, 10),
    "beginning": (1, 10),
    "start": (1, 10),
    "turn": (1, 10),
    "mid": (11, 20),
    "middle": (11, 20),
    "late": (21, 31),
    "end": (21, 31),
    "first half": (1, 15),
    "second half": (16, 31),
    "last": "last",
    "past": "last",
    "this": "this",
    "next": "next",
    "coming": "next",
}
_YEAR_MODS: dict[str, tuple[int, int]] = {
    "early": (1, 4),
    "beginning": (1, 4),
    "start": (1, 4),
    "turn": (1, 4),
    "mid": (5, 8),
    "middle": (5, 8),
    "late": (9, 12),
    "end": (9, 12),
}
_UNIT_PARTS: dict[str, str] = {
    "early": "early",
    "beginning": "early",
    "start": "early",
    "turn": "early",
    "mid": "mid",
    "middle": "mid",
    "late": "late",
    "end": "late",
    "earlier": "earlier",
    "later": "later",
    "first half": "earlier",
    "second half": "later",
}
_SEASONS: dict[str, int] = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_REL_YEAR: dict[str, int] = {"last": -1, "this": 0, "next": 1}


# ---------------------------------------------------------------------------------------------
# Helpers


def prev_token(text: str, start: int) -> str:
    """The word (or joining punctuation) just before ``start``, lower-cased."""
    m = _PREV_TOKEN.search(text, max(0, start - 40), start)
    return m.group(1).lower() if m else ""


def next_token(text: str, end: int) -> str:
    """The word (or punctuation mark) just after ``end``, lower-cased; "" at the end."""
    m = _NEXT_TOKEN.match(text, end)
    return (m.group(1) or "").lower() if m else ""


def _original(scan: Scan, m: re.Match[str], group: str) -> str:
    """A matched group as written (matching runs over the lower-cased text)."""
    return scan.text[m.start(group) : m.end(group)]


def _key(mod: str | None) -> str:
    """The lookup key of a modifier: "the end of" -> "end", "mid" -> "mid"."""
    if not mod:
        return ""
    words = re.split(r"\s+", mod.lower())
    words = [w for w in words if w not in ("the", "of")]
    return " ".join(words)


def _month_num(scan: Scan, tok: str) -> int | None:
    """The month of a matched month word, or None when case says it is not one."""
    key = tok.lower().rstrip(".")
    month = lx.MONTHS.get(key)
    if month is None:
        return None
    needs_capital = key in lx.AMBIGUOUS_MONTHS or key not in lx.FULL_MONTHS
    if needs_capital and not scan.upper and not tok[0].isupper():
        return None
    return month


def _is_abbr(tok: str) -> bool:
    return tok.lower().rstrip(".") not in lx.FULL_MONTHS


def _two_digit_year(s: str) -> int:
    yy = int(s.lstrip("'’"))
    return 2000 + yy if yy <= 30 else 1900 + yy


def _weekday_of(tok: str | None) -> int | None:
    if not tok:
        return None
    key = tok.lower().rstrip(".")
    return lx.WEEKDAYS.get(key, lx.WEEKDAY_ABBR.get(key))


def _number(tok: str) -> int | None:
    if tok.isdigit():
        return int(tok)
    return lx.NUMBER_WORDS.get(lx.normalise_words(tok))


def _unit(tok: str) -> str:
    """ "hours" -> "hour", "Decade" -> "decade"."""
    return tok.lower().rstrip("s")


def _may_is_verb(scan: Scan, end: int, *, bare: bool) -> bool:
    """Whether "may" ending at ``end`` reads as the modal verb."""
    nxt = next_token(scan.text, end)
    if nxt in lx.MAY_VERBS:
        return True
    if bare and scan.upper:  # "MAY" alone in capitals: only a known follower keeps it a month
        return bool(nxt) and nxt[0].isalpha() and nxt not in lx.MAY_FOLLOWERS
    return False


def _org_after(scan: Scan, end: int) -> bool:
    """Whether a yearless date is part of a name ("November 17 group", "6 April Youth ...")."""
    rx = _ORG_AFTER_UPPER if scan.upper else _ORG_AFTER_MIXED
    return rx.match(scan.text, end) is not None


def _org_before(scan: Scan, start: int) -> bool:
    return _ORG_BEFORE.search(scan.text, max(0, start - 30), start) is not None or _quoted_name(scan, start)


# a date in quotes that two capitalised words follow: 'the "9 May" People's Liberation Forces' (not
# a quote that opens with a date and ends on a comma: '"March 3," Police Chief John Smith said')
_QUOTE_OPEN = frozenset('"\u201c')
_QUOTED_NAME_AFTER = re.compile(r"[\"\u201d]\s+[A-Z][\w'\u2019-]*\s+[A-Z]")


def _quoted_name(scan: Scan, start: int) -> bool:
    if start == 0 or scan.text[start - 1] not in _QUOTE_OPEN:
        return False
    close = min(
        (i for i in (scan.text.find('"', start), scan.text.find("\u201d", start)) if i >= 0), default=-1
    )
    return (
        0 <= close - start <= 20
        and scan.text[close - 1] not in ",.;:!?"
        and _QUOTED_NAME_AFTER.match(scan.text, close) is not None
    )


def _context(scan: Scan, start: int, strong: frozenset[str]) -> str | None:
    """ "strong" when the word before makes the bare month or year a date, "weak" for a joining
    word ("and", "to", ","), else None."""
    tok = prev_token(scan.text, start)
    if tok in strong:
        return "strong"
    if tok in lx.WEAK_CONTEXT:
        return "weak"
    return None


# ---------------------------------------------------------------------------------------------
# Handlers


def h_day_month(scan: Scan, m: re.Match[str]) -> Cand | None:
    """ "3 January 2024", "3rd of January", "3 JAN 90", and "January 3, 2024", "Jan. 3"."""
    text = scan.text
    tok = _original(scan, m, "mon")
    month = _month_num(scan, tok)
    day = int(m.group("d"))
    if month is None:
        return None
    start, end = m.start(), m.end()
    year: int | None = None
    if m.group("y"):
        year = int(m.group("y"))
        no_comma = "," not in (m.group("ysep") or "")
        if no_comma and _COUNT_AFTER.match(text, m.end()):  # "May 3 2000 troops": a count
            year, end = None, m.start("ysep")
    elif m.groupdict().get("yy"):
        year = _two_digit_year(m.group("yy"))
        if not _two_digit_year_ok(scan, m.end(), year):  # "ON 3 MAY 12 WERE KILLED"
            year, end = None, m.end("mon")
    if not valid_day(year, month, day):
        return None
    if year is None:
        # (a capitalised "May" before its day in mixed-case text, or one after "on", is the month
        # whatever follows: "the battle started in Falluja on May 23 has killed dozens")
        if (
            tok.lower() == "may"
            and (scan.upper or tok != "May" or m.re is not P_MDY)
            and prev_token(text, start).lower() not in _MAY_PREV | {"on"}
            and _may_is_verb(scan, end, bare=False)
        ):
            return None
        if (
            m.re is P_MDY
            and _COUNT_AFTER.match(text, end)
            and prev_token(text, start) not in ("on", "the", "a", "an")
        ):
            return None  # "in March 3 people died" (not "the March 22 attacks", "a June 28 attack")
        if _org_after(scan, end) or _org_before(scan, start):
            return _veto(start, end)
    if m.re is P_MDY and not m.group("wd") and prev_token(text, start).isdigit():
        return None  # "3 MAY 12": the day comes first
    wd = _weekday_of(m.group("wd"))
    rel = m.group("rel")
    offset = _REL_YEAR[rel] if rel and year is None else None
    cal = Cal("day", year=year, month=month, day=day, weekday=wd, year_offset=offset)
    return Cand(start, end, cal)


def _veto(start: int, end: int) -> Cand:
    return Cand(start, end, Cal("day"), veto=True)


def _two_digit_year_ok(scan: Scan, end: int, year: int) -> bool:
    """A two-digit year ("3 JAN 90") needs punctuation after it, or a year near the anchor and
    no count noun after it."""
    if _YY_PUNCT.match(scan.text, end):
        return True
    if scan.anchor is None or abs(scan.anchor.year - year) > 2:
        return False
    return _COUNT_AFTER.match(scan.text, end) is None


def h_ordword(scan: Scan, m: re.Match[str]) -> Cand | None:
    """ "the first of May", "the twenty-third of March 2019"."""
    month = _month_num(scan, _original(scan, m, "mon"))
    day = lx.ORDINAL_WORDS.get(lx.normalise_words(m.group("dw")))
    year = int(m.group("y")) if m.group("y") else None
    if month is None or day is None or not valid_day(year, month, day):
        return None
    if year is None and (_org_after(scan, m.end()) or _org_before(scan, m.start())):
        return _veto(m.start(), m.end())
    return Cand(m.start(), m.end(), Cal("day", year=year, month=month, day=day))


# a span of months told up to a month: "in the year to June", "the 12 months ending March"
_YEAR_TO_BEFORE = _rxi(r"\b(?:year|12 months|twelve months|six months|quarter)\s+(?:to|ending|until)\s+$")


def h_month(scan: Scan, m: re.Match[str]) -> Cand | None:
    """ "March 2019", "in March", "late October", "last May", "March of last year"."""
    tok = _original(scan, m, "mon")
    month = _month_num(scan, tok)
    if month is None:
        return None
    mod = _key(m.group("mod"))
    year = int(m.group("y")) if m.group("y") else None
    rel = m.group("rel")
    bare = not mod and year is None and rel is None
    key = tok.lower().rstrip(".")
    start = m.start()
    weak = False
    if _is_abbr(tok) and year is None:
        return None  # "in Jan" alone is too rare to be worth the false hits ("Jan" the name)
    if year is None and key == "may" and _may_is_verb(scan, m.end(), bare=True):
        return None
    if year is None and key == "march" and _MARCH_NOUN.match(scan.text, m.end()):
        return None
    noun_march = key == "march" and mod in ("this", "last", "next", "") and not (year or rel)
    if noun_march and next_token(scan.text, m.end()) in _AUXILIARIES:
        return None  # "this march is scheduled for ..."
    if bare:
        strong = _MAY_PREV if key == "may" else _MONTH_PREV
        if key not in lx.AMBIGUOUS_MONTHS and key not in lx.NAME_MONTHS:
            # (a month no word or name shares: "the attacks in Paris on November that killed 130")
            strong = strong | {"the", "on"}
        ctx = _context(scan, start, strong)
        if ctx == "weak" and _YEAR_TO_BEFORE.search(scan.text, max(0, start - 30), start):
            ctx = "strong"  # "arrests in the year to June": the month the year ends with
        if (
            ctx is None
            and key not in lx.AMBIGUOUS_MONTHS
            and key not in lx.NAME_MONTHS
            and lx.POSSESSIVE.match(scan.text, m.end())
        ):
            ctx = "strong"  # "wanted over November's attacks"
        if ctx is None:
            return None
        weak = ctx == "weak"
    if year is None and (_org_after(scan, m.end()) or _org_before(scan, start)):
        return _veto(start, m.end())
    part: tuple[int, int] | None = None
    mode = ""
    if mod:
        got = _MONTH_MODS.get(mod)
        if isinstance(got, tuple):
            part = got
        elif isinstance(got, str):
            mode = got
    cal = Cal(
        "month",
        year=year,
        month=month,
        part=part,
        mode=mode,
        year_offset=_REL_YEAR[rel.lower()] if rel else None,
    )
    return Cand(start, m.end(), cal, weak=weak)


_WEEK_OF_MONTH: dict[str, tuple[int, int]] = {
    "first": (1, 7),
    "second": (8, 14),
    "third": (15, 21),
    "fourth": (22, 28),
    "last": (-6, 0),
    "final": (-6, 0),
}


def h_monthweek(scan: Scan, m: re.Match[str]) -> Cand | None:
    """ "the first week of May": days 1-7, precision week; "the last week of May": its last seven."""
    tok = _original(scan, m, "mon")
    month = _month_num(scan, tok)
    if month is None or (_is_abbr(tok) and not m.group("y")):
        return None
    rel = m.group("rel")
    cal = Cal(
        "month",
        year=int(m.group("y")) if m.group("y") else None,
        month=month,
        part=_WEEK_OF_MONTH[m.group("ord")],
        year_offset=_REL_YEAR[rel.lower()] if rel else None,
        precision="week",
    )
    return Cand(m.start(), m.end(), cal)


_SERIES_AFTER = re.compile(
    r"\s+(?:attacks|bombings|blasts|killings|massacres|shootings|hijackings|assaults)\b(?!\s+(?:were|have|had)\s+been\s+"
    r"(?:recorded|registered|reported|counted)\b)",
    re.IGNORECASE,
)


def h_year(scan: Scan, m: re.Match[str]) -> Cand | None:
    """ "in 2023", "since 2015", "mid-2019", "the end of 2019", "the 2015 Paris attacks"."""
    text = scan.text
    year = int(m.group("y"))
    prev = prev_token(text, m.start())
    # "One 2004 attack hit the U.S. consulate", "a 2013 bombing": one happening, so no count of them
    one = prev in ("the", "a", "one", "its", "their", "that") and bool(
        _SINGLE_EVENT_AFTER.match(text, m.end())
    )
    # ... and "the 2015 attacks on the Bataclan": a series of that year (a count takes no "the")
    one = one or (prev == "the" and _SERIES_AFTER.match(text, m.end()) is not None)
    if _COUNT_AFTER.match(text, m.end()) and not one:
        return None
    mod = _key(m.group("mod"))
    weak = False
    if not mod:
        ctx = _context(scan, m.start(), _YEAR_PREV)
        if ctx is None:
            if prev not in ("the", "a", "its", "their", "his", "her") and not one:
                return None
            if not _EVENT_AFTER.match(text, m.end()):
                return None
        weak = ctx == "weak"
    part = _YEAR_MODS.get(mod) if mod else None
    return Cand(m.start(), m.end(), Cal("year", year=year, part=part), weak=weak)


def h_decade(scan: Scan, m: re.Match[str]) -> Cand | None:
    """ "the 1990s", "the late 1980s"."""
    year = int(m.group("y"))
    mod = _key(m.group("mod"))
    if mod:
        lo = {"early": 0, "mid": 3, "late": 7}[mod]
        return Cand(m.start(), m.end(), Cal("year", year=year + lo, years=3))
    return Cand(m.start(), m.end(), Cal("year", year=year, years=10))


# the words before a part of a year named with no year, as a figure's period: "arrested 150 in the
# third quarter", "during the first nine months"
_YEARPART_PREV = frozenset({"in", "during", "over", "for", "throughout", "since"})


def h_yearpart(scan: Scan, m: re.Match[str]) -> Cand | None:
    """ "the first half of 2024", "the third quarter of last year", "the first nine months of the
    year"; with no year named, "in the third quarter" (the latest such quarter begun)."""
    named = bool(m.group("y") or m.group("rel"))
    # (not "in the last quarter": the one before the report's, which a year's part cannot say)
    bare_ok = (
        m.group("the")
        and m.group("unit") != "half"
        and (m.group("ord") or "").lower() not in ("last", "final")
        and prev_token(scan.text, m.start()) in _YEARPART_PREV
    )
    if not named and not bare_ok:
        return None  # (not a game's: "scored in the first half")
    if m.group("n"):
        months = lx.NUMBER_WORDS.get(m.group("n").lower()) or int(m.group("n"))
        part = (1, months)
    else:
        ords = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4}
        ords.update({"4th": 4, "last": 0, "final": 0})
        n = ords[m.group("ord").lower()]
        size = 6 if m.group("unit").lower() == "half" else 3
        count = 12 // size
        n = count if n == 0 else n
        if n > count:
            return None
        part = ((n - 1) * size + 1, n * size)
    year = int(m.group("y")) if m.group("y") else None
    rel = (m.group("rel") or "").lower()
    offset = _REL_YEAR.get(rel) if year is None and rel != "the" else None
    return Cand(m.start(), m.end(), Cal("year", year=year, part=part, year_offset=offset))


def h_hq(scan: Scan, m: re.Match[str]) -> Cand | None:
    """ "Q3 2019", "H1 2024"."""
    q = _original(scan, m, "q")
    if not q[0].isupper():
        return None
    n = int(q[1])
    if q[0] == "H":
        if n > 2:
            return None
        part = ((n - 1) * 6 + 1, n * 6)
    else:
        part = ((n - 1) * 3 + 1, n * 3)
    return Cand(m.start(), m.end(), Cal("year", year=int(m.group("y")), part=part))


def h_season(scan: Scan, m: re.Match[str]) -> Cand | None:
    """ "last summer", "in the spring of 2019", "winter 2015" (December to February)."""
    season = m.group("s").lower()
    first = _SEASONS[season]
    mod = _key(m.group("mod"))
    year = int(m.group("y")) if m.group("y") else None
    rel = m.group("rel")
    bare = year is None and rel is None and not mod
    if bare and prev_token(scan.text, m.start()) not in _SEASON_PREV:
        return None
    if season == "fall" and year is None and re.match(r"\s+of\b", scan.text[m.end() :]):
        return None
    part = (first, first + 2)
    mode = ""
    if mod in ("early", "mid", "late"):
        k = {"early": 0, "mid": 1, "late": 2}[mod]
        part = (first + k, first + k)
    elif mod:
        mode = {"past": "last", "coming": "next"}.get(mod, mod)
    offset = _REL_YEAR[rel.lower()] if rel else None
    return Cand(m.start(), m.end(), Cal("year", year=year, part=part, mode=mode, year_offset=offset))


def h_iso(scan: Scan, m: re.Match[str]) -> Cand | None:
    """ "2024-01-03", "2024/01/03"."""
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if not valid_day(y, mo, d):
        return None
    return Cand(m.start(), m.end(), Cal("day", year=y, month=mo, day=d))


def h_num(scan: Scan, m: re.Match[str]) -> Cand | None:
    """ "03/01/2024": day first unless that is impossible ("12/25/2024" is month first)."""
    a, b, ys = int(m.group("a")), int(m.group("b")), m.group("y")
    if len(ys) == 2 and m.group("sep") != "/":
        return None
    y = int(ys) if len(ys) == 4 else _two_digit_year(ys)
    if valid_day(y, b, a):
        day, month = a, b
    elif valid_day(y, a, b):
        day, month = b, a
    else:
        return None
    return Cand(m.start(), m.end(), Cal("day", year=y, month=month, day=day))


def h_num_gloss(scan: Scan, m: re.Match[str]) -> Cand | None:
    """ "(06/02)": day first unless that is impossible or far from the anchor, then month
    first; the year is the anchor's (the one before when that would be weeks ahead). Without
    an anchor, or with no reading within ``GLOSS_DAYS`` of it, no date."""
    anchor = scan.anchor
    if anchor is None:
        return None
    a, b = int(m.group("a")), int(m.group("b"))
    for day, month in ((a, b), (b, a)):
        for year in (anchor.year, anchor.year - 1, anchor.year + 1):
            if valid_day(year, month, day):
                gap = (date(year, month, day) - anchor).days
                if -GLOSS_DAYS <= gap <= GLOSS_DAYS_AHEAD:
                    return Cand(m.start(), m.end(), Cal("day", year=year, month=month, day=day))
    return None


def h_911(scan: Scan, m: re.Match[str]) -> Cand | None:
    """ "9/11", "the September 11 attacks": 11 September 2001."""
    return Cand(m.start(), m.end(), Cal("day", year=2001, month=9, day=11))


# the feasts on fixed days of the year (month, day)
_FIXED_FEASTS = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "boxing day": (12, 26),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "bastille day": (7, 14),
}
# ... and those counted from Easter Sunday (days)
_EASTER_FEASTS = {
    "palm sunday": -7,
    "good friday": -2,
    "easter sunday": 0,
    "easter day": 0,
    "easter monday": 1,
}
# how many days after the report a feast may still be the one it tells of
_FEAST_AHEAD = 7
_FEAST_NAMES_AFTER = re.compile(
    r"\s+(?:agreement|accord|bombers?|plotters?|attackers?|sales?|shopping|parades?|celebrations?|festivities|"
    r"holidays?|weekend|services?|mass|markets?|tsunami|massacres?|bombings?|attacks?|blasts?|offensive|uprising|"
    r"rising|truce|ceasefire|message|address|speech|lunch|dinner|eve\s+(?:party|celebrations?))\b",
    re.IGNORECASE,
)
_FEAST_AIMED_AT_BEFORE = re.compile(
    r"\b(?:plot\w*|plann\w*|prepar\w*|intend\w*|threat\w*|target\w*|aim\w*|to\s+(?:attack|bomb|strike|kill))\b"
    r"[^.;]*$",
    re.IGNORECASE,
)


def easter(year: int) -> date:
    """Easter Sunday of ``year`` in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def h_feast(scan: Scan, m: re.Match[str]) -> Cand | None:
    """ "on Christmas Day", "New Year's Eve", "Easter Sunday", "Good Friday": the feast's day
    (Easter's the latest one up to a week after the report)."""
    name = re.sub(r"\s+", " ", m.group("feast")).replace("\u2019", "'").replace("years", "year's")
    if _FEAST_NAMES_AFTER.match(scan.text, m.end("feast")) or _FEAST_AIMED_AT_BEFORE.search(
        scan.text, max(0, m.start() - 80), m.start()
    ):
        # a name, not a day ("the Good Friday Agreement", "the Christmas Day bomber", "the Easter
        # Sunday bombings" of some year), or the day a plot was aimed at ("suspected of planning an
        # attack on New Year's Day celebrations")
        return None
    year = int(m.group("y")) if m.group("y") else None
    if name in _FIXED_FEASTS:
        month, day = _FIXED_FEASTS[name]
        return Cand(m.start(), m.end(), Cal("day", year=year, month=month, day=day))
    shift = _EASTER_FEASTS[name]
    if year is not None:
        day_of = date.fromordinal(easter(year).toordinal() + shift)
        return Cand(m.start(), m.end(), Cal("day", year=year, month=day_of.month, day=day_of.day))
    if scan.anchor is None:
        return None
    for year in (scan.anchor.year, scan.anchor.year - 1):
        day_of = date.fromordinal(easter(year).toordinal() + shift)
        if (day_of - scan.anchor).days <= _FEAST_AHEAD:
            return Cand(m.start(), m.end(), Cal("day", year=year, month=day_of.month, day=day_of.day))
    return None


def h_weekday(scan: Scan, m: re.Match[str]) -> Cand | None:
    """ "on Tuesday", "last Tuesday", "Monday night", "late on Friday", "Tuesday last week"."""
    text = scan.text
    if not (m.group("mod") or m.group("pre")) and _WEEKDAY_NAME_BEFORE.search(
        text, max(0, m.start() - 20), m.start()
    ):
        return None
    after = _WEEKDAY_NAME_AFTER_UPPER if scan.upper else _WEEKDAY_NAME_AFTER_MIXED
    if after.match(text, m.end("wd")):
        return None
    wd = lx.WEEKDAYS[m.group("wd").lower()]
    mod = re.sub(r"\s+", " ", (m.group("mod") or "").lower())
    wk = (m.group("wk") or "").lower()
    mode = {"last": "last", "this past": "past", "past": "past", "this": "this"}.get(mod, "")
    mode = {"next": "next", "coming": "next"}.get(mod, mode)
    if wk:
        mode = {"last": "lastweek", "next": "nextweek", "this": "this"}[wk]
    return Cand(m.start(), m.end(), Rel("weekday", weekday=wd, mode=mode))


def h_relday(scan: Scan, m: re.Match[str]) -> Cand | None:
    """ "today", "yesterday", "tomorrow", "tonight", "this morning", "last night", "last evening"."""
    if m.group("w"):
        w = m.group("w").lower()
        prev = prev_token(scan.text, m.start())
        if w == "today" and prev in ("usa", "the"):
            return None  # the newspaper, "the Today programme"
        n = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[w]
    elif m.group("on"):
        return Cand(m.start(), m.end(), Rel("overnight"))
    elif m.group("dby"):
        n = -2
    elif m.group("dat"):
        n = 2
    elif m.group("ln") or m.group("prev"):
        n = -1  # "the previous evening": the day before the report's
    else:
        n = 0
    return Cand(m.start(), m.end(), Rel("day", n=n))


def h_unit(scan: Scan, m: re.Match[str]) -> Cand | None:
    """ "last week", "this year", "earlier this month", "late last year", "earlier in the week"."""
    pre = _key(m.group("pre"))
    if not pre and (prev_token(scan.text, m.start()) == "the" or next_token(scan.text, m.end()) == "of"):
        return None  # "the last year of his term", "next month of fasting"
    mod = (m.groupdict().get("mod") or "this").lower()
    unit = m.group("unit").lower()
    if mod == "the" and (
        unit != "year"
        or not (m.group("pre") or "").lower().startswith("the")
        # (a span from now back, not a narrative's "at the start of the year", whose year the story
        # may have told before)
        or prev_token(scan.text, m.start()) not in ("since", "from", "by", "until")
    ):
        return None  # "the bloodiest attack of the year": no span of its own
    n = {"last": -1, "this": 0, "next": 1, "the": 0}[mod]
    part = _UNIT_PARTS.get(pre) if pre else None
    if unit == "decade" and part not in (None, "earlier", "later"):
        part = None
    return Cand(m.start(), m.end(), Rel("unit", n=n, unit=unit, part=part))


def h_weekend(scan: Scan, m: re.Match[str]) -> Cand | None:
    """ "last weekend", "this weekend", "over the weekend"."""
    if m.group("over"):
        return Cand(m.start("body"), m.end(), Rel("weekend", mode="over"))
    if m.group("adj"):
        return Cand(m.start("adj"), m.end("adj"), Rel("weekend", mode="over"))
    mod = re.sub(r"\s+", " ", m.group("mod").lower()).replace("the ", "")
    mode = {"last": "last", "this past": "last", "this": "this", "next": "next", "coming": "next"}
    return Cand(m.start(), m.end(), Rel("weekend", mode=mode[mod]))


def h_ago(scan: Scan, m: re.Match[str]) -> Cand | None:
    """ "three days ago", "a week ago", "two years ago"."""
    n = _number(m.group("n"))
    if n is None or n > 500:
        return None
    unit = _unit(m.group("unit"))
    if unit == "hour":
        return Cand(m.start(), m.end(), Rel("day", n=-(n // 24)))
    if unit == "day":
        return Cand(m.start(), m.end(), Rel("day", n=-n))
    return Cand(m.start(), m.end(), Rel("unit", n=-n, unit=unit))


def h_ago_this(scan: Scan, m: re.Match[str]) -> Cand | None:
    """ "twenty years ago this week": the week of the anchor, twenty years before."""
    n = _number(m.group("n"))
    if n is None or n > 500:
        return None
    return Cand(m.start(), m.end(), Rel("unit", n=0, unit=m.group("unit"), years=-n))


def h_ago_vague(scan: Scan, m: re.Match[str]) -> Cand | None:
    """ "a couple of weeks ago" is two weeks ago; "a few days ago", "several months ago" is the
    stretch from two to six units before the anchor (no pretending it is one day)."""
    unit = _unit(m.group("unit"))
    if m.group("q").lower().startswith("a couple"):
        return Cand(m.start(), m.end(), Rel("day", n=-2) if unit == "day" else Rel("unit", n=-2, unit=unit))
    return Cand(m.start(), m.end(), Rel("some", unit=unit))


def h_roll(scan: Scan, m: re.Match[str]) -> Cand | None:
    """ "over the past two years", "in the past 24 hours", "the past week", "the next 10 days"."""
    text = scan.text
    which = m.group("which").lower()
    raw_unit = m.group("unit").lower()
    plural = raw_unit.endswith("s")
    n = _number(m.group("n")) if m.group("n") else None
    unit = _unit(raw_unit)
    if n is None:
        if plural:
            return None  # "the past years": vague
        if which == "last" and not m.group("the"):
            return None  # "last week" is the calendar week (h_unit)
        if which == "next":
            return None  # "the next week" narrates from the event, not from the anchor
        if unit in ("day", "hour") and which != "past":
            return None  # "the last day" (of something)
        n = 1
    if n == 0 or n > 500:
        return None
    if re.match(r"\s+of\b", text[m.end() : m.end() + 6]):
        return None  # "the last week of March"
    forward = which in ("next", "coming")
    return Cand(m.start(), m.end(), Rel("roll", n=n, unit=unit, forward=forward))


def h_ordday(scan: Scan, m: re.Match[str]) -> Cand | None:
    """ "on the 3rd", "the 3rd of last month"."""
    day = int(m.group("d"))
    if not 1 <= day <= 31:
        return None
    rel = (m.group("rel") or "").lower()
    if not rel:
        if not m.group("on"):
            return None
        nxt = next_token(scan.text, m.end())
        if nxt and nxt not in lx.MAY_FOLLOWERS - {"the", "a", "an"} and nxt not in ",.;:)!?":
            return None  # "on the 3rd floor"
    offset = {"last": -1, "this": 0, "next": 1}.get(rel)
    return Cand(m.start("body"), m.end(), Cal("day", day=day, month_offset=offset))


def h_drange(scan: Scan, m: re.Match[str]) -> Cand | None:
    """ "3-5 March 2023", "between 3 and 5 May", "March 3-5"."""
    month = _month_num(scan, _original(scan, m, "mon"))
    if month is None:
        return None
    conn = m.group("conn").lower()
    if conn == "and" and not m.group("pre"):
        return None
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    year = int(m.group("y")) if m.group("y") else None
    if not (valid_day(year, month, d1) and valid_day(year, month, d2)) or d2 <= d1:
        return None
    if _COUNT_AFTER.match(scan.text, m.end()):
        return None
    if m.group("mon").lower() == "may" and year is None and _may_is_verb(scan, m.end(), bare=False):
        return None
    left = Cal("day", year=year, month=month, day=d1)
    right = Cal("day", year=year, month=month, day=d2)
    return Cand(m.start(), m.end(), left, right)


def h_yrange(scan: Scan, m: re.Match[str]) -> Cand | None:
    """ "2015-2018", "2015-18", "between 2015 and 2018", "from 2015 to 2018"."""
    y1, s2 = int(m.group("y1")), m.group("y2")
    y2 = int(s2) if len(s2) == 4 else y1 // 100 * 100 + int(s2)
    if not 0 < y2 - y1 <= 100:
        return None
    conn = m.group("conn").lower()
    if (
        conn.isalpha()
        and not m.group("pre")
        and (conn == "and" or _context(scan, m.start(), _YEAR_PREV) != "strong")
    ):
        return None  # "2015 to 2018" needs "from", "in", "between"...
    if _COUNT_AFTER.match(scan.text, m.end()):
        return None
    return Cand(m.start(), m.end(), Cal("year", year=y1), Cal("year", year=y2))


_MONTH_TRIGGERS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
_YEAR_TRIGGERS = ("19", "20")

# Each pattern with the substrings (of the lower-cased text) one of which it needs: a text
# without any of them skips the pattern.
PATTERNS: tuple[tuple[re.Pattern[str], Handler, tuple[str, ...]], ...] = (
    # first: of two candidates over the same words the first wins ("the September 11 terror attacks")
    (P_911, h_911, ("9/11", "sept")),
    (P_DMY, h_day_month, _MONTH_TRIGGERS),
    (P_MDY, h_day_month, _MONTH_TRIGGERS),
    (P_ORDWORD, h_ordword, (" of ",)),
    (P_MONTH, h_month, _MONTH_TRIGGERS),
    (P_MONTHWEEK, h_monthweek, ("week of",)),
    (P_YEAR, h_year, _YEAR_TRIGGERS),
    (P_DECADE, h_decade, ("0s", "0's", "0’s")),
    (P_YEARPART, h_yearpart, ("half", "quarter", "months")),
    (P_HQ, h_hq, ("q1", "q2", "q3", "q4", "h1", "h2")),
    (P_SEASON, h_season, ("spring", "summer", "autumn", "fall", "winter")),
    (P_ISO, h_iso, _YEAR_TRIGGERS),
    (P_NUM, h_num, ("/", ".", "-")),
    (P_NUM_GLOSS, h_num_gloss, ("/",)),
    (P_FEAST, h_feast, ("christmas", "boxing", "new year", "bastille", "palm", "good friday", "easter")),
    (P_WEEKDAY, h_weekday, ("day",)),
    (
        P_RELDAY,
        h_relday,
        (
            "today",
            "yesterday",
            "tomorrow",
            "tonight",
            "this ",
            "last night",
            "last evening",
            "previous",
            "preceding",
            "overnight",
        ),
    ),
    (P_UNIT, h_unit, ("week", "month", "year", "decade")),
    (P_UNIT_IN, h_unit, (" in the ",)),
    (P_WEEKEND, h_weekend, ("weekend",)),
    (P_AGO, h_ago, ("ago",)),
    (P_AGO_VAGUE, h_ago_vague, ("ago",)),
    (P_AGO_THIS, h_ago_this, ("ago",)),
    (P_ROLL, h_roll, ("past", "last", "next", "coming")),
    (P_ORDDAY, h_ordday, ("the",)),
    (P_DRANGE1, h_drange, _MONTH_TRIGGERS),
    (P_DRANGE2, h_drange, _MONTH_TRIGGERS),
    (P_YRANGE, h_yrange, _YEAR_TRIGGERS),
)


def candidates(scan: Scan) -> list[Cand]:
    """Every candidate mention in the text, overlapping ones included."""
    out: list[Cand] = []
    low = scan.low
    for rx, handler, triggers in PATTERNS:
        if not any(t in low for t in triggers):
            continue
        for m in rx.finditer(low):
            cand = handler(scan, m)
            if cand is not None and cand.end > cand.start:
                out.append(cand)
    return out
