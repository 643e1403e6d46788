"""Word lists and regular-expression pieces for the date grammar in ``dates.py``."""

from __future__ import annotations

import re
from collections.abc import Iterable


def words(s: str) -> tuple[str, ...]:
    """The words of ``s``, in order (word lists stay readable, one line for many words)."""
    return tuple(s.split())


MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
FULL_MONTHS = frozenset(k for k in MONTHS if len(k) > 4 or k in ("may", "june", "july"))
# Words that are also ordinary English words (or names) when standing alone.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar"})
NAME_MONTHS = frozenset({"april", "june", "august"})

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
WEEKDAY_ABBR: dict[str, int] = {
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}

_UNITS = words(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _number_words() -> dict[str, int]:
    """Counts as words, as far as date expressions use them ("forty-eight hours ago")."""
    table: dict[str, int] = {"a": 1, "an": 1}
    for i, w in enumerate(_UNITS, start=1):
        table[w] = i
    for t, w in enumerate(_TENS, start=2):
        table[w] = t * 10
        for u in range(1, 10):
            table[f"{w} {_UNITS[u - 1]}"] = t * 10 + u
    table.update({"a dozen": 12, "a hundred": 100, "one hundred": 100})
    return table


NUMBER_WORDS: dict[str, int] = _number_words()

ORDINAL_WORDS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty first": 21,
    "twenty second": 22,
    "twenty third": 23,
    "twenty fourth": 24,
    "twenty fifth": 25,
    "twenty sixth": 26,
    "twenty seventh": 27,
    "twenty eighth": 28,
    "twenty ninth": 29,
    "thirtieth": 30,
    "thirty first": 31,
}


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so prefixes never win.

    A space in a word matches any run of spaces or hyphens ("twenty-four", "twenty four").
    """
    items = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(w.replace(" ", r"[\s-]+") for w in items)


def normalise_words(s: str) -> str:
    """The lookup key of a matched number or ordinal word: lower case, single spaces."""
    return " ".join(re.split(r"[\s-]+", s.lower()))


MONTH_ALT = alternation(MONTHS)
# the months' full names only ("from January to September"; not "Jan", nor "Mar" the word)
FULL_MONTH_ALT = alternation(FULL_MONTHS)
WEEKDAY_ALT = alternation(WEEKDAYS)
WEEKDAY_ABBR_ALT = alternation(WEEKDAY_ABBR)
NUMBER_ALT = alternation(NUMBER_WORDS)
ORDINAL_ALT = alternation(ORDINAL_WORDS)

# A word before a bare month or year that makes it a date ("in March", "since 2015").
STRONG_CONTEXT = frozenset(
    {
        "in",
        "since",
        "until",
        "till",
        "til",
        "by",
        "from",
        "through",
        "thru",
        "between",
        "during",
        "before",
        "after",
        "throughout",
        "around",
        "circa",
        "early",
        "late",
        "mid",
        "last",
        "this",
        "next",
        "past",
        "of",
        "for",
        "within",
        "as",
    }
)
# A word that joins a date to one just before it ("in March and April", "from 2015 to 2018").
WEAK_CONTEXT = frozenset({"and", "or", "to", ",", "-", "–", "—", "&", "nor"})

# After a bare "MAY" in ALL-CAPS text, only these may follow (the modal verb takes a verb).
MAY_FOLLOWERS = frozenset(
    words(
        "the a an in on at when and or after before while as by for of last this next year "
        "with from to until till through during that which he she they it we i his her their "
        "its our police troops security government army soldiers militants rebels guerrillas "
        "authorities officials some several many most two three four five six seven eight "
        "nine ten dozens hundreds thousands alone only"
    )
)

# Nouns that make a preceding number a count, not a day or a year ("3 May 12 people").
COUNT_NOUNS = (
    r"%|percent\b|per\s+cent\b|people\b|persons?\b|civilians?\b|soldiers?\b|troops?\b|"
    r"police(?:men)?\b|officers?\b|men\b|women\b|children\b|militants?\b|fighters?\b|"
    r"rebels?\b|members?\b|cases?\b|deaths?\b|"
    r"victims?\b|votes?\b|km\b|kilomet(?:er|re)s?\b|miles?\b|kg\b|tons?\b|tonnes?\b|"
    r"metres?\b|meters?\b|dollars?\b|euros?\b|hours?\b|minutes?\b|times\b|units?\b|"
    r"homes?\b|houses?\b|families\b|refugees?\b|migrants?\b|prisoners?\b|detainees?\b|"
    r"suspects?\b|arrests?\b|attacks?\b|incidents?\b|rounds?\b|rockets?\b|missiles?\b|"
    r"vehicles?\b|cars?\b|weapons?\b|rifles?\b|guns?\b|bombs?\b|pounds?\b|[ap]\.?m\.?(?!\w)|"
    r"hrs?\b|gmt\b|utc\b|local\b"
)

# Words after a yearless date that make it part of a name ("the November 17 group"); the
# second list only when capitalised in mixed-case text ("6 October Bridge", "a 3 May party").
ORG_WORDS = (
    r"movement|group|organi[sz]ation|front|brigades?|legion|command|commandos?|martyrs|"
    r"battalion|revolution|uprising"
)
ORG_WORDS_CAPITALISED = (
    r"party|alliance|coalition|committee|society|bloc|club|youth|square|street|avenue|stadium|"
    r"bridge|university|hospital|accords?|agreement|declaration"
)
ORG_BEFORE = r"(?:movement|group|organi[sz]ation|front|brigades?|legion|command|party|m)"

# Event nouns that make "the 2015 ..." a date ("the 2015 Paris attacks").
EVENT_NOUNS = (
    r"attacks?|bombings?|elections?|war|coup|uprising|revolution|massacre|shootings?|"
    r"killings?|invasion|offensive|riots?|protests?|crisis|ceasefire|truce|agreement|"
    r"accords?|deal|law|census|report|budget|olympics|world\s+cup|referendum|hijacking|"
    r"siege|earthquake|floods?|raids?|assault|operation|campaign|plot|arrests?|trial|"
    r"conflict|insurgency|intervention|withdrawal|surge|summit|vote|polls?|"
    # "a judicial review of his 2011 conviction"
    r"convictions?|sentencing|indictments?|acquittal|verdicts?|kidnappings?|abductions?|murders?|"
    r"assassinations?|extradition|deportation|escape|execution"
)

# Words before a date that make it about the future ("will hold elections in March").
FUTURE_CUES = (
    r"\b(?:will|shall|won't|next|upcoming|forthcoming|scheduled|(?:is|are|was|were)\s+planned|planned\s+for|"
    r"due\s+to|due\s+in|"
    r"expected\s+to|set\s+to|plans?\s+to|planning\s+to|going\s+to|intends?\s+to|is\s+to|"
    r"are\s+to|to\s+be\s+held|to\s+take\s+place|"
    # a scheduled time in the present: "the holy month of Ramadan, which begins in early June"
    r"(?:which|that)\s+(?:begins|starts|opens|resumes))\b|'ll\b"
)

# Weekday names that are part of a name ("Bloody Sunday", "the Sunday Times").
WEEKDAY_NAME_BEFORE = r"(?:black|good|bloody|ash|super|easter|palm|holy|cyber|maundy|mail\s+on)"
WEEKDAY_NAME_AFTER = (
    r"times|telegraph|express|mirror|herald|tribune|independent|club|mail|sport|people|star|"
    r"post|observer|business|world|night\s+live|group|movement"
)

# Verbs after "may" that make it the modal verb ("3 may have died", "it may be").
MAY_VERBS = frozenset(
    words(
        "be have has not also well still never soon only even face take need come go become "
        "get make seek try want include lead help increase rise affect use result cause "
        "continue remain stop end follow give allow prove see attempt strike attack kill "
        "target launch hit carry pose hold win lose lack exist happen occur return change "
        "decide ask find know think say tell wish just already actually eventually yet indeed "
        "therefore thus well face require involve mean reflect signal spark trigger fuel "
        "prompt push seem appear emerge"
    )
)
# What follows the noun "march" ("the march on the capital").
MARCH_NOUN_NEXT = (
    r"\s+(?:toward\b|towards\b|past\s+the\b|through\s+the\s+streets\b|in\s+protest\b|"
    r"to\s+demand\b|organi[sz](?:ed|ers)\b)"
)


# a word in the possessive: "November's attacks", "Tuesday's bombing", "LAST YEAR'S ATTACKS"
POSSESSIVE = re.compile(r"['\u2019]s\b", re.IGNORECASE)
