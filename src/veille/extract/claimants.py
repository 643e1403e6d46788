"""Doers the knowledge base does not list, named by a claim or an attribution.

"Weichan Auka Mapu claimed responsibility for the incident", "A group calling itself the Gerardo
Barrios Commando Unit claimed responsibility", "sources attributed the attack to separatists",
"sources suspected that Muslim extremists were involved": the text names who did it, though no
entry of the knowledge base does. The phrase is kept as written (a name, in quotes or capitalised,
or a common noun of armed people with its qualifier), never one of the state's forces, and never
a claim denied or said to be missing ("No group claimed responsibility").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wordfreq import zipf_frequency

from veille.extract._dates_lexicon import FULL_MONTHS, WEEKDAY_ALT, alternation

_I = re.IGNORECASE
# the names of days and months, no names of doers (and of no claimant's)
DAY_OR_MONTH = rf"{WEEKDAY_ALT}|{alternation(FULL_MONTHS)}"

# words before armed people that say nothing of which they are: "two militants", "armed bandits"
SAYS_NOT_WHICH = (
    r"armed|foreign|rival|unknown|unidentified|local|other|more|some|several|many|few|dozens|hundreds|\d+|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|earlier|meanwhile|overnight|later"
)
# the people a common-noun claimant is: "separatists", "Mapuche activists", "neo-fascists"
_PEOPLE = (
    r"(?:separatists|extremists|militants|insurgents|rebels|jihadists|jihadis|anarchists|activists|"
    r"guerrill?as|terrorists|neo-fascists|fascists|neo-nazis|islamists|fundamentalists|radicals|"
    r"nationalists|dissidents|loyalists|republicans|communists|maoists|naxalites|naxals|bandits|"
    r"militiam[ae]n|militias?|herdsmen|herders|vigilantes)"
)
# ... with up to two qualifiers before it ("Muslim extremists", "jihadi-inspired extremists")
# (a qualifier is capitalised or hyphenated: "Mapuche", "right-wing", "pro-Palestinian"; never a
# number, a word of saying or one that says nothing of who they are: "two", "armed", "rival")
_COMMON = (
    r"(?:(?!(?:which|that|who|whom|the|a|an|for|and|or|but|of|in|on|to|by|with|when|as|its|their|his|her|"
    r"suspected|alleged|presumed|said|says|say|told|reported|added|noted|stated|claimed|believed?|"
    rf"thought|think|suspect|police|officials|sources|residents|witnesses|{SAYS_NOT_WHICH})\b)"
    rf"(?:(?-i:[A-Z])[\w'-]*|[\w']+-[\w'-]+)\s+){{0,2}}?{_PEOPLE}\b"
)
# a name in quotes, or capitalised words (with "of", "the", "for", "and" between them) and an
# acronym in brackets after it; no word of time or of saying among them ("the Gerardo Barrios
# Commando Unit tonight claimed")
_QUOTED = r"[\"\u201c\u201e][^\"\u201c\u201d\u201e]{3,60}?[,.]?[\"\u201d](?:\s+[(\[][^()\[\]]{1,50}[)\]])?"
_NOT_IN_NAME = (
    r"(?!(?:today|tonight|yesterday|this|last|on|in|at|has|have|had|which|who|that|said|says|also|later|"
    r"reportedly|then|claimed|claims|took|assumed|accepted|earlier|meanwhile|separately|overnight|however|"
    rf"instead|subsequently|afterwards|previously|now|still|{DAY_OR_MONTH})\b)"
)
# (an Arabic article before a capital: "the Martyr al-Nimr Battalion")
_WORD = rf"{_NOT_IN_NAME}(?-i:(?:al-|el-|ad-|an-|ar-|as-|ash-|at-)?[A-Z][\w'\u2019-]*)"
_CAPITALISED = (
    # (two names of one group: "Front for the Liberation of Cabinda / Cabinda Armed Forces")
    rf"{_WORD}(?:(?:\s+(?:(?:of|for|the|and|de|del|des|du|al|el|la|y)\s+){{0,2}}|\s*/\s*){_WORD}){{0,9}}"
    r"(?:\s+[(\[][^()\[\]]{1,50}[)\]])?"
)
_NAMING = (
    r"(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:group|organi[sz]ation|movement|unit|faction|cell|commando)\s+"
    r"(?:calling (?:itself|themselves)|known as|called|named)\s+(?:the\s+)?"
    # ("a previously unknown group, the Popular Resistance Front, claimed")
    r"|(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:group|organi[sz]ation|movement),\s+(?:the\s+)?"
)


def _claimant(caps: bool) -> str:
    """The claimant's phrase; in capitals, a name only in quotes or after the words naming it."""
    if caps:
        return (
            rf"(?<![\w-])(?P<np>(?:{_NAMING})(?:{_QUOTED}|{_CAPITALISED})|(?:the\s+)?(?:{_QUOTED}|{_COMMON}))"
        )
    return rf"(?<![\w-])(?P<np>(?:{_NAMING})?(?:the\s+)?(?:{_QUOTED}|{_COMMON}|{_CAPITALISED}))"


# where a name told last in its clause ends: not inside a longer phrase ("blamed the attack on
# Syrian troops" names no "Syrian")
_ENDS = (
    r"(?=\s*(?:[.,;:()\[\]\"\u201d]|$)|\s+(?:and|but|as|in|on|at|for|with|after|who|which|while|because|"
    r"since|over|during|following|from|near|to|was|were|had|has|have)\b)"
)


def _patterns(caps: bool) -> tuple[re.Pattern[str], ...]:
    np = _claimant(caps)
    return (
        # "X (has) claimed responsibility", "X, a ... group, claimed the attack"
        re.compile(
            np + r"(?:\s*,?\s+(?:an?|the)\s+[^,;]{3,80},)?"
            r",?\s+(?:(?:today|tonight|yesterday|last night|this morning|on \w+day|has|have|had|also|later|"
            r"reportedly|swiftly|quickly)\s+){0,3}"
            r"(?:(?:claimed|claims)\s+(?:the\s+|full\s+)?(?:responsibility|credit)\b|"
            # ("The Sindhudesh Revolutionary Army claimed the attack")
            r"(?:claimed|claims)\s+(?:the|this|that|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|"
            r"Sunday's)\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|blasts?|explosions?|killings?|kidnappings?|abductions?|"
            r"assassinations?|shootings?|ambush)\b|"
            # ("accepted responsibility for the security failures" is no claim)
            r"(?:took|assumed|accepted)\s+(?:full\s+)?responsibility\s+for\s+(?:the\s+|this\s+|that\s+|"
            r"its\s+|their\s+|[\w-]+['\u2019]s\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|explosions?|"
            r"killings?|kidnappings?|abductions?|assassinations?|shootings?|incidents?|operations?|ambush)\b)",
            _I,
        ),
        # "responsibility was claimed by X", "the bombing was claimed by X"
        re.compile(
            r"\b(?:(?:responsibility|credit)\s+)?(?:was|were|has been|have been|had been)\s+claimed\s+by\s+"
            + np
            + _ENDS,
            _I,
        ),
        # "sources attributed the attack to X", "officials blamed the bombing on X"
        re.compile(
            r"\b(?:attributed|blamed|pinned)\s+(?:the\s+|this\s+|these\s+|both\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:attacks?|incidents?|bombings?|killings?|blasts?|shootings?|kidnappings?|abductions?|"
            r"assaults?|arson|fire|it|them)\s+(?:to|on)\s+" + np + _ENDS,
            _I,
        ),
        # "sources suspected that X were involved", "... that X may have carried out the attack"
        re.compile(
            r"\bsuspect(?:ed|s)?\s+that\s+" + np + r"(?=\s+(?:(?:were|was|are|is|may|might|could|had|have|"
            r"must|also|been)\s+){0,3}(?:involved|behind|responsible|to blame|carried out|planted|staged|"
            r"committed|perpetrated)\b)",
            _I,
        ),
        # "sources suspected that the attack was carried out by X"
        re.compile(
            r"\bsuspect(?:ed|s)?\s+that\s+the\s+(?:[\w-]+\s+)?(?:attacks?|incidents?|bombings?|killings?|"
            r"kidnappings?|abductions?|assaults?|blasts?|shootings?)\s+(?:was|were|had been|may have been)\s+"
            r"(?:carried out|perpetrated|committed|staged|planned)\s+by\s+" + np + _ENDS,
            _I,
        ),
        # "sources suspected the involvement of X"
        re.compile(r"\bsuspect(?:ed|s)?\s+the\s+involvement\s+of\s+" + np + _ENDS, _I),
    )


_PATTERNS = {False: _patterns(False), True: _patterns(True)}
# no claim, or one denied, right before the claim or the name: "nor X claimed", "officials have not
# attributed the attack to", "denied that X"; not a negation of something else ("The attack, which
# did not cause casualties, was claimed by X")
_DENIED_BEFORE = re.compile(
    r"\b(?:no|not|never|nobody|none|neither|nor|denied|denies|deny|rejected|without)\s+"
    r"(?:(?!(?:and|but|or)\b)[\w-]+\s+){0,2}$",
    _I,
)
# a claim of an earlier deed: "a week after X claimed responsibility for burning a church"
_EARLIER_BEFORE = re.compile(r"\b(?:after|since|before)\s+(?:the\s+)?$", _I)
# what is no doer's name: the state's forces and officials, sources and the speakers of a claim,
# the place or the day told first
_NOT_A_DOER = re.compile(
    r"^(?:the\s+)?(?:no|nobody|none|any|anyone|some|a|an|one|this|that|these|those|it|they|he|she|we|"
    r"its|their|his|her|"
    r"government|authorities|police|army|military|security|officials?|sources?|investigators?|"
    r"prosecutors?|ministry|minister|president|president's|state|media|reports?|witnesses|residents|"
    r"local|pro-government|assailants?|attackers?|gunm[ae]n|perpetrators?|unknown|unidentified|"
    rf"suspects?|on|in|at|after|before|since|during|when|while|{DAY_OR_MONTH})\b",
    _I,
)


@dataclass(frozen=True)
class Claimant:
    """A doer named by a claim or an attribution: ``name`` as it should read, ``mention`` as
    written, at ``start``-``end`` of the text."""

    name: str
    mention: str
    start: int
    end: int
    # "the militants claimed": people told of before, by a name or not
    named_back: bool = False


def claimants(text: str, start: int, end: int) -> list[Claimant]:
    """The doers that claims or attributions between ``start`` and ``end`` of ``text`` name."""
    out: list[Claimant] = []
    if not _ANY_CLAIM.search(text, start, end):
        return out  # (every pattern below needs one of these words)
    caps = not any(ch.islower() for ch in text[start:end])
    for pattern in _PATTERNS[caps]:
        pos = start
        while (m := pattern.search(text, pos, end)) is not None:
            claimant = _claimant_of(text, start, m)
            if claimant is None:
                # (a phrase refused for its first word is tried again from its next word; one
                # refused for what is around it is passed over)
                retry = _NOT_A_DOER.match(_trim(m.group("np"))) is not None
                pos = _next_word(text, m.start(), end) if retry else m.end()
                continue
            pos = m.end()
            if not any(c.start < claimant.end and claimant.start < c.end for c in out):
                out.append(claimant)
    return sorted(out, key=lambda c: c.start)


_ANY_CLAIM = re.compile(r"claim|responsib|credit|attribut|blam|pinned|suspect", _I)
_WORD_AND_SPACE = re.compile(r"\S*\s+")


def _next_word(text: str, at: int, end: int) -> int:
    nxt = _WORD_AND_SPACE.match(text, at, end)
    return nxt.end() if nxt is not None and nxt.end() > at else end


def _claimant_of(text: str, start: int, m: re.Match[str]) -> Claimant | None:
    a, b = m.span("np")
    mention = _trim(text[a:b])
    if not mention or _NOT_A_DOER.match(mention):
        return None
    if _DENIED_BEFORE.search(text, max(start, m.start() - 40), m.start()) or _DENIED_BEFORE.search(
        text, max(start, a - 40), a
    ):
        return None
    if _EARLIER_BEFORE.search(text, max(start, m.start() - 20), m.start()):
        return None
    if _TITLE_BEFORE.search(text, max(start, a - 40), a):
        return None
    if (
        re.search(r"[\"\u201c\u201e]", text[a:b])
        and not mention.isupper()
        and any(w[:1].islower() for w in mention.split() if w.lower() not in _SMALL and len(w) > 2)
    ):
        return None  # words quoted, not a name: 'blamed the attack on "the Zionist enemy"'
    if _SPEAKER_APPOSED.search(m.group()):
        # "Zabihullah Mujahid, a Taliban spokesman, claimed": who speaks for a group, not the doer
        return None
    # the mention's own offsets in the text (the phrase may run over line breaks and quotes)
    at = re.compile(r"[\s\"\u201c\u201d\u201e]+".join(map(re.escape, mention.split()))).search(text, a, b)
    first, last = (at.start(), at.end()) if at is not None else (a, b)
    named_back = bool(_THE.match(text, a)) and _COMMON_ONLY.fullmatch(mention) is not None
    return Claimant(_name(mention), mention, first, last, named_back)


# an apposition that tells who speaks: "Zabihullah Mujahid, a Taliban spokesman, claimed"
_SPEAKER_APPOSED = re.compile(
    r",\s+(?:an?|the|its)\s+(?:[\w'-]+\s+){0,3}(?:spokes(?:man|woman|person)|official|leader|commander|"
    r"member|chief|head)s?\b(?:\s+(?:of|for)\b[^,;]{0,40})?,",
    _I,
)
# a title or a tie before a name: "Taliban spokesman Zabihullah Mujahid claimed", "Interior Minister
# X", "Rebels loyal to Laurent Nkunda claimed": who speaks for or leads the doers, not a group
_TITLE_BEFORE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|minister|president|leader|commander|chief|official|director|"
    r"governor|mayor|general|colonel|secretary|head|founder|emir|spokes\w*|loyal to|led by|followers of|"
    r"allied (?:to|with)|linked to|commanded by)\s+(?:the\s+)?$",
    _I,
)


def of_armed_people(mention: str) -> bool:
    """The mention names armed people by a common noun ("Separatists", "Mapuche activists")."""
    return _COMMON_ONLY.fullmatch(mention) is not None


_THE = re.compile(r"the\s", _I)
_COMMON_ONLY = re.compile(_COMMON, _I)
_LEADING = re.compile(rf"^(?:{_NAMING})?(?:the\s+)?", _I)


def _trim(np: str) -> str:
    """The name itself: no naming words before it, no quotes or trailing punctuation around it."""
    np = _LEADING.sub("", " ".join(np.split()))
    # (a translation or gloss in brackets is no part of it; an acronym is: "(ESA)")
    np = _GLOSS.sub("", np)
    return re.sub(r"[\"\u201c\u201d\u201e]", "", np).strip(" ,.")


_GLOSS = re.compile(r"\s*[(\[](?![A-Z][\w-]{1,12}[)\]])[^()\[\]]*[)\]]$")


_SMALL = frozenset({"of", "for", "the", "and", "de", "del", "des", "du", "al", "el", "la", "y"})


def _name(mention: str) -> str:
    """How the name should read: capitals of wire copy made title case (acronyms in brackets and
    small words kept), a common noun capitalised."""
    if mention.isupper() and len(mention) > 6:
        words = mention.split()
        mention = " ".join(
            w
            if w[0] in "([" or (len(w) <= 5 and zipf_frequency(w.lower(), "en") < 3.0)  # (an acronym: "FMLN")
            else w.lower()
            if i and w.lower() in _SMALL
            else w.capitalize()
            for i, w in enumerate(words)
        )
    return mention[0].upper() + mention[1:]
