"""Finding place mentions: NER spans, a gazetteer ruler for what NER missed, datelines, demonyms."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS
from wordfreq import zipf_frequency

from veille.geo.build import FLAG_ALIAS, FLAG_ALT, FLAG_CODE, FLAG_DEMONYM, FLAG_VARIANT
from veille.geo.gazetteer import Candidate, Gazetteer
from veille.geo.lexicon import (
    ADMIN_UNIT_WORDS,
    ADMIN_WORDS,
    AP_STATE_ABBREVIATIONS,
    ARABIC_ARTICLES,
    DIRECTION_WORDS,
    FACILITY_WORDS,
    FEATURE_WORDS,
    LOCATIVE_WORDS,
    NAME_CONNECTORS,
    SPATIAL_NOUNS,
    SPEECH_VERBS,
    TIGHT_LOCATIVES,
    TITLES,
    VENUE_NOUNS,
    WATER_NAMES,
)
from veille.geo.names import given_names, person_names
from veille.geo.text import Token, name_key, only_space_between, sentence_starts, tokenize
from veille.records import Entity

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
GENERIC_INNER = DIRECTION_WORDS | FEATURE_WORDS | ADMIN_WORDS
# NER spans that may name places inside them ("Punjab Police", "CTV Winnipeg")
# the rest of a court's name after its town: " Crown Court", " Magistrates' Court", " District Court"
_COURT_REST = re.compile(r"\s+(?:[\w'\u2019-]+\s+){0,2}(?:Court|Tribunal)", re.IGNORECASE)
# the words that say which court, not where it sits ("the Tajik Supreme Court", "a High Court")
_COURT_LEVELS = frozenset(
    re.findall(
        r"\w+",
        "supreme high constitutional federal appeals appeal appellate criminal district administrative "
        "military regional higher superior circuit special state county magistrates crown juvenile youth "
        "family civil international national central provincial islamic sharia revolutionary summary lower "
        "upper",
    )
)
_UK_COURT_REST = re.compile(r"\s+(?:Crown|Magistrates['\u2019]?|Sheriff|Youth)\s+Court", re.IGNORECASE)
EMBEDDING_LABELS = frozenset({"ORG", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
# a name must be this much more frequent as a word than its place is important to be "common"
COMMON_EXCESS = 2.5
# legislatures whose names are also towns' ("Congress, Arizona"): a town only with its state after it
INSTITUTIONS = frozenset({"congress", "parliament", "senate"})
MAX_NGRAM = 6
# capitalised words after a place span, with the particles of names between them ("Foz do Iguacu")
# (or joined by a hyphen: "Congo" + "-Brazzaville")
_CAPITALISED_TAIL = re.compile(
    r"(?:(?:[ ](?:(?:do|da|de|dos|das|del|della|di|du|la|las|los|le|el|von|van|der|sur|en) )?|-)"
    r"[A-Z][A-Za-z'\u2019.\-]*){1,3}"
)
# what may stand between two halves of a name NER cut ("Port" of "Spain")
_CUT_GAPS = frozenset({" ", ", ", " of ", " de ", " do ", " da ", " del ", " la ", " les ", " el "})
_LOWER_WORDS = re.compile(r"(?:\s+[a-z][a-z'\-]*)+")
# the particles that join the words of one Romance place name ("San Juan de los Cerritos")
_NAME_PARTICLES = frozenset(["de", "del", "do", "da", "dos", "das", "los", "las", "la", "du", "des", "di"])
_WORD_RE = re.compile(r"[A-Za-z\-]+")
_SPACE_WORD_RE = re.compile(r"\s+[A-Za-z]")
# a sentence's opening, and a lowercase word after a name (see Recognizer._common_word_opening)
_SENTENCE_OPENED = re.compile(r"(?:[.!?]\s+|\n\s*|^)$")
_LOWER_WORD_AFTER = re.compile(r" [a-z]")
_SPACE_LOWER_RE = re.compile(r"\s+[a-z]")
_ARTICLE_END_RE = re.compile(r"\b(?:a|an|the)\s+$")
# a facility's own place told after it: "Brussels Airport in Zaventem"
_PLACED_AFTER_RE = re.compile(r",?\s+(?:in|at|near|outside)\s+(?:the\s+)?[A-Z]")
# units below a state or province: "Ilam district" (Nepal) is not Ilam province (Iran)
LOWER_UNIT_WORDS = frozenset(
    {
        "district",
        "tehsil",
        "upazila",
        "upazilla",
        "county",
        "municipality",
        "lga",
        "subdistrict",
        "taluka",
        "taluk",
        "woreda",
        "subdivision",
        # the DR Congo's territories and Mali's circles: "Beni territory" (not Bolivia's Beni
        # Department), "Koro circle"
        "territory",
        "circle",
        "cercle",
    }
)
# a person described after the name: "to arrest Jasim, an accused in a case", "Jones, 59,",
# "Milon, son of Abdus Salam"
_PERSON_AFTER_RE = re.compile(
    r",\s*(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:accused|suspect|resident|native|man|woman|boy|girl|student|"
    r"teacher|leader|member|farmer|driver|commander|activist|official|officer|soldier|policeman|worker|"
    r"trader|businessman|journalist|cleric|imam|lawyer|doctor|spokes(?:man|woman)|father|mother)\b"
    # not the subject of the next clause: "in Barra de Santo Antonio, Alagoas, a man was shot"
    r"(?!\s+(?:was|were|is|are|has|had|have|died|\w+ed)\b)|"
    r"(?:son|daughter|wife|husband|brother|sister|father|mother|widow) of\b|\d{1,2},|aged \d)",
    re.IGNORECASE,
)
# ... or what befell a person, told in a relative clause: "this attack on Epigmenio Ibarra, who
# was arrested and released last night" (not "the mayor of Aleppo, who was killed")
_PERSON_WHO_RE = re.compile(
    r",\s*who\s+(?:was|is|had been|has been)\s+(?:\w+\s+)?(?:arrested|detained|released|freed|killed|shot|"
    r"murdered|kidnapped|abducted|injured|wounded|born|elected|appointed|sentenced|convicted|charged)\b",
    re.IGNORECASE,
)
# a venue described after its name: "Pulse, a gay dance club", "Pulse, the gay nightclub in
# Orlando"; a name the gazetteer lacks that is once so described is no town wherever it is named
_VENUE_AFTER_RE = re.compile(
    # (the words between describe it: not "Babaini, a village with a mosque")
    r",\s*(?:a|an|the)\s+(?:(?!(?:with|near|of|in|and|outside|beside)\b)[\w'-]+\s+){0,3}?"
    r"(?:(?:night|dance|social)?club|bar|pub|disco(?:theque)?|"
    r"restaurant|caf[eé]|bakery|hotel|(?:shopping\s+)?mall|supermarket|shop|store|concert hall|"
    r"theat(?:re|er)|cinema|synagogue|mosque|church|temple)\b",
    re.IGNORECASE,
)
# a town named by the happening it is known for: "a moment of silence for the Nice terrorist attack",
# "the Orlando shooting"
_TOWNS_HAPPENING_RE = re.compile(
    r"\s+(?:(?:truck|terror|terrorist|suicide|mass|gun|knife|bomb|twin|deadly|night\s*club)\s+)?"
    r"(?:attacks?|shootings?|bombings?|massacre|rampage|carnage|killings?|attackers?|bombers?|gunm[ae]n)\b"
    r"(?!\s+ads?\b)",
    re.IGNORECASE,
)
# lower-case words, then the place a name stands in: "(Maelbeek) subway station in (Brussels)"
_IN_PLACE_RE = re.compile(r"(?:\s+[a-z][\w'-]*){0,3}\s+(?:in|near|outside)\s+(?:the\s+)?")
# the people a town has at least for "west", "north" ... before its name to be one of its parts
_PARTED_TOWN = 50_000
# a part of a city: a name once followed by one of these is such a part wherever it is named
CITY_PART_WORDS = frozenset({"neighborhood", "neighbourhood", "quarter", "suburb"})
# the name of a news outlet: "news agency Saba", "the daily Al-Ahram", "Al-Mayadeen TV"
_OUTLET_BEFORE_RE = re.compile(
    # ("RADIO VENCEREMOS", "Radio Mogadishu said": the station, not the town)
    r"\b(?:news agency|agency|newspaper|daily|weekly|broadcaster|channel|(?-i:TV)|television|magazine|"
    r"tabloid|website|radio)\s+$",
    re.IGNORECASE,
)
_OUTLET_AFTER_RE = re.compile(
    r"\s+(?:(?-i:TV)|television|news agency|newspaper|daily|broadcaster|channel)\b", re.IGNORECASE
)
# an institution named with the Arabic article: "Aleppo's al-Quds hospital", "the al-Nour mosque";
# the name is the institution's wherever it is named with that noun ("The Quds hospital was hit")
_INSTITUTION_WORDS = r"(?:hospital|clinic|university|college|school|mosque|stadium|hotel|prison)"
_ARTICLED_INSTITUTION_RE = re.compile(
    rf"\b(?:al|el)-((?-i:[A-Z])[\w'\u2019-]*)\s+{_INSTITUTION_WORDS}\b", re.IGNORECASE
)
_INSTITUTION_AFTER_RE = re.compile(rf"\s+{_INSTITUTION_WORDS}\b", re.IGNORECASE)
# places listed under their plural unit: "the towns of Meknes and Agadir"
_UNITS_OF_AND_RE = re.compile(
    r"\b(?:towns|cities|villages|provinces|districts|regions|states|governorates|localities)\s+of\s+"
    r"(?:[A-Z][\w'\u2019-]*\s*,?\s+){1,3}and\s+$"
)
_BETWEEN_AND_RE = re.compile(r"\b[Bb]etween\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){1,3}and\s+(?:the\s+)?$")
# "an IED between Gorgadji and Aribinda", "on the road between Boungou and Ougarou": after a road,
# a vehicle or a journey, the two names of "between X and Y" are places (not people, as NER may
# say), whether or not the gazetteer knows the other one; "clashes between Fulani and Dogon" and
# "talks between Obama and Putin" are left as they are
_ROUTE_BETWEEN = (
    r"\b(?:roads?|route|highway|motorway|axis|stretch|section|tracks?|border|area|belt|IEDs?|"
    r"landmines?|mines?|convoy|patrol|mission|tanker|minibus|bus|vehicle|truck|lorry|car|motorbike|"
    r"motorcycle|checkpoint|travel(?:l?ing|l?ed)|driving|ambushed|abducted|kidnapped|executed|"
    r"detonated|exploded|located|situated)\s+(?:[\w-]+\s+)?between\s+(?:the\s+)?"
)
_ROUTE_FIRST_RE = re.compile(_ROUTE_BETWEEN + "$")
_ROUTE_SECOND_RE = re.compile(_ROUTE_BETWEEN + r"(?:[A-Z][\w'\u2019-]*\s+){1,3}and\s+(?:the\s+)?$")
_SETTLEMENT_OF_RE = re.compile(r"(?:city|town|village|suburb|capital) of\s+$")
_ADMIN_OF_RE = re.compile(r"(?:province|governorate|state|region|district) of\s+$")
# what is struck on a place: "an air strike on Derna", "shelling of Azaz" (not a person's name: the
# name must be a place's, see resolve)
_STRUCK_ON_RE = re.compile(
    r"\b(?:air\s?strikes?|airstrikes?|drone strikes?|strikes?|raids?|bombings?|bombardments?|shelling|"
    r"offensives?|assaults?|attacks?)\s+(?:on|against|of)\s+$",
    re.IGNORECASE,
)
# "the northern countryside of Aleppo", "the outskirts of Kabul", "the port of Marseille": the
# name is where something is
_AROUND_OF_RE = re.compile(
    r"\b(?:countryside|outskirts|vicinity|suburbs?|environs|area|areas|surroundings|"
    r"city|town|village|capital|province|district|region|governorate|department|commune|"
    r"municipality|border|frontier|port|harbou?r|streets|cent(?:re|er)|heart|"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?(?: part)?)"
    r" of\s+(?:the\s+)?$"
    r"|\b(?:border|frontier)s? with\s+(?:the\s+)?$"
)
# "Markoye (Markoye, Oudalan)", "Sui (Dera Bugti)": a name followed by the units that hold it,
# in brackets, capitalised names only
_PAREN_HIERARCHY_RE = re.compile(
    r"(?:[A-Z][\w'\u2019.\-]*|\b(?:district|province|region|governorate|department|county|municipality|"
    r"upazila|tehsil|township|commune|village|town|city))\s*\("
    r"(?:[A-Z][\w'\u2019.\-]*(?:[ -][A-Z][\w'\u2019.\-]*){0,3}\s*,\s*){0,3}$"
)
# "(Pobe-Mengao, Soum)": two to four capitalised names in brackets, and the name before them
_BRACKET_NAME = r"[A-Z][\w'\u2019.\-]*(?:[ -][A-Z][\w'\u2019.\-]*){0,3}"
_BRACKET_HIERARCHY_RE = re.compile(rf"\(\s*({_BRACKET_NAME}(?:\s*,\s*{_BRACKET_NAME}){{1,3}})\s*\)")
_HEAD_NAME_RE = re.compile(rf"{_BRACKET_NAME}\s*$")
_HYPHENED_ARTICLE = re.compile(r"[A-Za-z]{2,3}-[A-Z]")
# an Arabic article or particle that carries a name on ("Ain al-Asad", "Bab el-Oued", "Ras Abu")
_NAME_GOES_ON_RE = re.compile(
    r"\s+(?:al|el|ad|ar|as|an|at|ash|az|ad-?Din|bin|ibn|abu|umm|bani|beni)\b[- ]", re.IGNORECASE
)
# words of a place's kind that also name one ("Centre", a region of Burkina Faso; "Canton", a town
# of Ohio; "Colonia", Cologne in Spanish): never the place on their own in upper-case copy
_GENERIC_UPPER = frozenset({"centre", "center", "colonia", "canton"})
# what follows a nationality used as an adjective: "Saudi forces", "Saudi-led coalition"
_NATIONAL_NOUN_AFTER = re.compile(
    r"(?:-led|-backed|\s+(?:forces|troops|soldiers|army|military|air force|navy|police|officials|"
    r"government|authorities|jets|warplanes|aircraft|drones|coalition|nationals?|citizens?))\b",
    re.IGNORECASE,
)
_PAREN_CLOSE_RE = re.compile(r"\s*(?:,\s*[A-Z][\w'\u2019.\-]*(?:[ -][A-Z][\w'\u2019.\-]*){0,3}\s*)*\)")
_POSSESSIVE_GAP_RE = re.compile(r"['\u2019]s\s+")
_LIST_GAP_RE = re.compile(r"\s*,?\s+(?:and|or)\s+", re.IGNORECASE)
# the end of a name's words before a place it is named after: "the High Court of "
_OF_END_RE = re.compile(r"\s(?:of|for)\s+(?:the\s+)?$")
# a month's name, whole or cut short, as datelines write it ("May", "Sept.", "January")
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
# a list that goes on after a name: ", and Medellin", ", Talca, and Temuco", " or Washington"
# (not a dateline's date after its country: "PALMA, Mozambique, May 9 (Reuters) -")
_LIST_GOES_ON_RE = re.compile(
    r"\s*(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?"
    rf"(?!{_MONTH_WORD}\s+\d)[A-Z]"
)
_CONTAINER_GAP_RE = re.compile(
    # (a direction may come between: "Cordoba, southern Spain", "Tripoli, northern Lebanon")
    r"\s*,\s*(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?"
    r"|\s+(?:(?:city|town|village|area)\s+)?in\s+(?:the\s+)?|\s*\(\s*"
    # ("a military base in Baga, in Borno state")
    r"|\s*,\s*in\s+(?:the\s+)?"
)
_ABBR_AFTER_RE = re.compile(r"\s*,\s*([A-Z][a-z]{1,4})\.")
# "states such as California or Washington": the names listed are regions
ADMIN_LIST_RE = re.compile(
    r"\b(?:states|provinces|regions|governorates|counties|districts)\s+(?:such as|like|including)\s+$"
)

_FUNCTION_WORDS = frozenset(
    {"of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "le", "al", "el", "&"}
)
_NAME_WORD = r"(?:[A-Z][\w'-]*|of|the|and|for|in|on|de|du|des|la|le|al|el|&)"
_NAME_BEFORE = re.compile(rf"({_NAME_WORD}(?:[ -]+{_NAME_WORD})+)\s*\($")


def bracketed_acronym(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is the acronym of the name just before its bracket: "Rapid Action
    Battalion (Rab)" names no island of Croatia, "Islamic State of Iraq and the Levant (ISIL)"."""
    if text[end : end + 1] != ")" or text[start - 1 : start] != "(":
        return False
    word = text[start:end]
    if " " in word or not 2 <= len(word) <= 6:
        return False
    m = _NAME_BEFORE.search(text[max(0, start - 120) : start])
    if m is None:
        return False
    initials = "".join(w[0] for w in re.split(r"[ -]+", m.group(1)) if w and w.lower() not in _FUNCTION_WORDS)
    return initials.upper().endswith(word.upper())


def _bracketed_gloss(text: str, m: Mention) -> bool:
    """ "Sudaniye (Sudanese)": a demonym alone in brackets right after a name is a gloss of
    that name, not a nationality in the story."""
    if text[m.end : m.end + 1] != ")" or text[m.start - 1 : m.start] != "(":
        return False
    return re.search(r"\b[A-Z][\w'\u2019-]*\s*\($", text[max(0, m.start - 40) : m.start]) is not None


DATELINE_RE = re.compile(
    r"\A\s*(?P<place>[A-Z][A-Za-z'.\-]*(?:[ ][A-Z][A-Za-z'.\-]*){0,3})"
    r"(?:\s*\((?P<paren>[A-Z][A-Za-z .'\-]{1,30})\))?"
    r"(?:\s*,\s*(?P<region>[A-Z][A-Za-z'.\-]*(?:[ ][A-Z][A-Za-z'.\-]*){0,2}))?"
    r"(?:\s*,?\s*\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{2,4})?"
    # ... or the month first, as Reuters and TASS write it: "NALCHIK, May 10 (TASS) -"
    rf"(?:\s*,\s*{_MONTH_WORD}\s+\d{{1,2}}(?:\s*,\s*\d{{4}})?)?"
    r"\s*(?:\([^)\n]{1,60}\)\s*)?(?:--|\u2014|\u2013|-|:)\s"
)


# the months, places only in their own words ("August, California")
_MONTH_NAMES = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
# news agencies named like places somewhere (one word, never a place in news copy)
_NEWS_AGENCIES = frozenset(
    [
        "irna",
        "ilna",
        "tasnim",
        "xinhua",
        "bernama",
        "yonhap",
        "kyodo",
        "wafa",
        "kuna",
        "interfax",
        "anadolu",
    ]
)
# how a mention read by a near spelling is noted ("fuzzy match 'gilan' (91%)")
FUZZY_NOTE = "fuzzy match"
VARIANT_NOTE = "matched as the transliteration"


# a bracket that opens a paragraph: a transcript's speaker tag follows ("[MONTOYA] JUDGE VALENCIA ...")
_SPEAKER_TAG_BEFORE = re.compile(r"(?:^|\n)[ \t]*\[$")
# a street named for one town is not in that town ("of Coventry Road, Small Heath"); a road between
# two ("the Kandahar-Herat Road") and a highway run through the towns they name
_STREET_WORDS = frozenset(
    {"road", "rd", "street", "st", "avenue", "ave", "boulevard", "blvd", "lane", "drive"}
)


@dataclass
class Mention:
    """A place mention being recognised and resolved (internal; becomes a PlaceMention)."""

    start: int
    end: int
    text: str
    key: str
    source: str  # ner, ruler, dateline, given
    label: str | None = None
    candidates: tuple[Candidate, ...] = ()
    demonym: bool = False
    strict: bool = False  # a common word or odd position: kept only with context support
    locative: bool = False  # "in X", "near X"
    admin_hint: bool = False  # "X province"
    settlement_hint: bool = False  # "X city", "the town of X"
    dateline: bool = False
    note: str | None = None  # how the name was matched when not directly
    container: int | None = None  # index of the next mention in "X, Y, Z"
    state_code: str | None = None  # "Paris, Tex." -> US-TX
    extras: dict[str, object] = field(default_factory=dict)


class Recognizer:
    """Turns text plus NER entities into ``Mention``s with gazetteer candidates."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        commonness: Callable[[str], float],
        *,
        fuzzy: bool = True,
    ) -> None:
        self.gaz = gazetteer
        self.commonness = commonness
        self.fuzzy = fuzzy
        self._lookups: dict[tuple[str, bool], tuple[tuple[Candidate, ...], str | None, str | None]] = {}

    # -- public --------------------------------------------------------------------------

    def find(self, text: str, entities: Sequence[Entity], *, upper: bool) -> list[Mention]:
        tokens = tokenize(text)
        token_starts = [t.start for t in tokens]
        starts = sentence_starts(text, tokens)
        headline = _headline_tokens(text, tokens) if not upper else set()
        mentions: list[Mention] = []
        taken: list[tuple[int, int]] = []

        split = self._bracket_hierarchies(text, _split_brackets(text, entities))
        surnames = _surnames(text, entities)
        names = surnames | _family_names(entities)
        for ent in self._merge_split_names(text, split):
            if any(ent.start < e and s < ent.end for s, e in taken):
                continue
            found = self._from_entity(text, ent, tokens, upper=upper)
            bare = _without_sect(ent)
            if bare is not ent and not any(m.candidates for m in found or []):
                # "a mainly Shi'ite Baghdad neighborhood": the town after the faith, a major one
                found = [
                    m for m in self._from_entity(text, bare, tokens, upper=upper) or [] if _major(m)
                ] or found
            if found:
                mentions.extend(found)
            elif ent.label in EMBEDDING_LABELS and not upper and not _full_name(ent, names):
                inside = list(range(bisect_left(token_starts, ent.start), bisect_left(token_starts, ent.end)))
                embedded = self._ruler(text, tokens, starts, headline, [], upper=upper, only=inside)
                for m in embedded:
                    # "Punjab Police", "the University of Balochistan": a name after its place
                    m.extras["named_after"] = m.start == ent.start or bool(
                        _OF_END_RE.search(text, ent.start, m.start)
                    )
                    if _COURT_REST.fullmatch(text, m.end, ent.end):
                        # "Leeds Crown Court", "the Paris criminal court": the court sits there
                        m.extras["court_of"] = True
                        if _UK_COURT_REST.fullmatch(text, m.end, ent.end):
                            # (a Crown or magistrates' court is in the United Kingdom: Lincoln's, not
                            # Nebraska's)
                            m.candidates = tuple(c for c in m.candidates if c.place.country_code == "GB")
                mentions.extend(embedded)
            # every NER span blocks the ruler, found or not: NER knows it is a name of
            # something (a person, an organisation) even when it is not a place. Not so in
            # upper-case copy, where NER reads sentence-cased text ("IN THE PERUVIAN PORT OF
            # CALLAO": "Callao" at a line start taken for an organisation)
            if found or not upper:
                taken.append((ent.start, ent.end))

        mentions.extend(self._ruler(text, tokens, starts, headline, taken, upper=upper))
        mentions = [
            m
            for m in mentions
            if not bracketed_acronym(text, m.start, m.end)
            and not (m.demonym and _bracketed_gloss(text, m))
            # a surname is no place, unless it is a major place's own name ("Washington" after
            # "George Washington"); a name only close to one never is ("Gilani" is not Gilan)
            and not (m.key in surnames and not (_major(m) and not fuzzy_matched(m)))
            and not (m.key in _BARE_DIRECTIONS and not _REGION_AFTER.match(text, m.end))
            # ... and a news agency a source: "IRNA reported" (not Irna, Italy)
            and m.key not in _NEWS_AGENCIES
            # ... nor a speaker's tag in a transcript: "[MONTOYA] JUDGE VALENCIA GARCIA WAS SHOT"
            # (a paragraph opening with it; not a gloss: "THE CAPITAL [SAN SALVADOR]")
            and not (
                _SPEAKER_TAG_BEFORE.search(text, max(0, m.start - 20), m.start)
                and text.startswith("]", m.end)
            )
        ]
        if upper:
            mentions = _without_people(text, tokens, token_starts, mentions)
        _variants_in_place(mentions)
        self._dateline(text, mentions, upper=upper)
        self._state_abbreviations(text, mentions)
        mentions.sort(key=lambda m: m.start)
        self._context(text, tokens, mentions)
        return mentions

    def _bracket_hierarchies(self, text: str, entities: list[Entity]) -> list[Entity]:
        """ "Diguel (Tongomayel, Soum)": a name with the units that hold it in brackets, at least
        one of them known, is a place however NER labelled it (it often says ORG)."""
        if "(" not in text:
            return entities
        zones: list[tuple[int, int]] = []
        for h in _BRACKET_HIERARCHY_RE.finditer(text):
            parts = _split_commas(text, h.start(1), h.end(1))
            if any(self.lookup(text[s:e], fuzzy=False)[0] for s, e in parts):
                head = _HEAD_NAME_RE.search(text, max(0, h.start() - 60), h.start())
                zones.append((head.start() if head else h.start(1), h.end(1)))
        if not zones:
            return entities
        return [
            Entity(e.start, e.end, "GPE", e.text)
            if e.label not in PLACE_LABELS and any(a <= e.start and e.end <= b for a, b in zones)
            else e
            for e in entities
        ]

    def _merge_split_names(self, text: str, entities: Sequence[Entity]) -> list[Entity]:
        """NER cuts some names in two ("Baja" + "California", "Boa" + "Vista", "Washington" +
        "D.C."): a place span and the span right after it (a space or a comma between) are one
        mention when together they are a place's own name or a curated alias ("Dera" + "Ismail Khan",
        a person to NER)."""
        ents = sorted(entities, key=lambda e: (e.start, -e.end))
        out: list[Entity] = []
        k = 0
        while k < len(ents):
            ent = ents[k]
            nxt = ents[k + 1] if k + 1 < len(ents) else None
            if (
                nxt is not None
                and ent.label in PLACE_LABELS
                # (or a person's: "Dera" + "Ismail Khan")
                and nxt.label in PLACE_LABELS | EMBEDDING_LABELS | {"PERSON"}
                and text[ent.end : nxt.start] in _CUT_GAPS
                and nxt.end - ent.start <= 60
            ):
                end = self._joined_end(text, ent, nxt)
                if end is not None:
                    out.append(Entity(ent.start, end, ent.label, text[ent.start : end]))
                    k += 2
                    continue
            out.append(self._extend_cut_name(text, ent, nxt))
            k += 1
        return out

    def _joined_end(self, text: str, ent: Entity, nxt: Entity) -> int | None:
        """Where the name made of ``ent`` and ``nxt`` ends, when together they are a place's own
        name or a curated alias: the whole of ``nxt``, or its first words when only lower-case
        words follow them ("Port" + "Spain city" is Port of Spain)."""
        ends = [nxt.start + w.end() for w in re.finditer(r"\S+", text[nxt.start : nxt.end])]
        for end in reversed(ends):
            if end < nxt.end and not _LOWER_WORDS.fullmatch(text, end, nxt.end):
                continue
            if any(c.flag <= FLAG_ALIAS for c in self.gaz.candidates(name_key(text[ent.start : end]))):
                return end
        return None

    def _extend_cut_name(self, text: str, ent: Entity, nxt: Entity | None) -> Entity:
        """ "U.S." tagged alone in "the U.S. Virgin Islands": a place span is extended over the
        capitalised words after it when together they are a place's own name or alias."""
        if ent.label not in PLACE_LABELS:
            return ent
        tail = _CAPITALISED_TAIL.match(text, ent.end)
        if not tail:
            return ent
        ends = [ent.end + w.end() for w in re.finditer(r"\S+", text[ent.end : tail.end()])]
        for end in reversed(ends):
            if nxt is not None and end > nxt.start:
                continue
            joined = text[ent.start : end]
            if any(c.flag <= FLAG_ALIAS for c in self.gaz.candidates(name_key(joined))):
                return Entity(ent.start, end, ent.label, joined)
        return ent

    def lookup(
        self, text: str, *, fuzzy: bool = True
    ) -> tuple[tuple[Candidate, ...], str | None, str | None]:
        """Candidates for a written name, trying the usual variants; also (note, hint)."""
        hit = self._lookups.get((text, fuzzy))
        if hit is None:
            hit = self._lookup(text, fuzzy=fuzzy)
            if len(self._lookups) >= 100_000:
                self._lookups.clear()
            self._lookups[(text, fuzzy)] = hit
        return hit

    def _lookup(self, text: str, *, fuzzy: bool) -> tuple[tuple[Candidate, ...], str | None, str | None]:
        key = name_key(text)
        if not key:
            return (), None, None
        if key in WATER_NAMES or (key.startswith("the ") and key[4:] in WATER_NAMES):
            bare = key[4:] if key.startswith("the ") else key
            water = tuple(c for c in self.gaz.candidates(bare) if c.place.kind == "water")
            if water:
                return water, None, None
            return (), "a river, coast or water body the gazetteer lacks (it holds land and seas)", None
        if text.endswith(".") and text[:-1] in AP_STATE_ABBREVIATIONS:
            code = AP_STATE_ABBREVIATIONS[text[:-1]]
            cands = tuple(
                c
                for c in self.gaz.candidates(code.split("-")[1].lower())
                if c.place.kind == "admin1" and c.place.admin1_code == code
            )
            if cands:
                return cands, None, None
        cands = self.gaz.candidates(key)
        if cands:
            return cands, None, None
        words = key.split()
        if words[0] == "the" and len(words) > 1:
            words = words[1:]
            cands = self.gaz.candidates(" ".join(words))
            if cands:
                return cands, None, None
        if len(words) > 3 and words[-3:] == ["local", "government", "area"]:
            # Nigeria's LGAs written out: "Tsafe Local Government Area" is Tsafe LGA
            words = [*words[:-3], "lga"]
        if (
            len(words) > 1
            and words[-1] in ADMIN_WORDS
            # "the Green Zone", "a buffer zone": a common word before "zone" or "area" names no town
            and not (words[-1] in ("zone", "area") and len(words) == 2 and self.commonness(words[0]) >= 4.0)
        ):
            cands = self.gaz.candidates(" ".join(words[:-1]))
            if cands:
                hint = "admin" if words[-1] in ADMIN_UNIT_WORDS else "settlement"
                return cands, None, hint
        if (
            len(words) > 2
            and words[0] in ADMIN_WORDS
            and words[1] in ("of", "de")
            # "the Department of Justice": a common word after it is a ministry, not a town (not
            # "the City of Montreal")
            and not (words[0] == "department" and len(words) == 3 and self.commonness(words[2]) >= 4.0)
        ):
            cands = self.gaz.candidates(" ".join(words[2:]))
            if cands:
                hint = "admin" if words[0] in ADMIN_UNIT_WORDS else "settlement"
                return cands, None, hint
        if len(words) > 1 and words[0] in DIRECTION_WORDS and words[0] not in ("new", "old"):
            # (a part of a place big enough to have parts: not "West Yorkshire" for Yorkshire, a
            # village of Virginia)
            cands = tuple(
                c
                for c in self.gaz.candidates(" ".join(words[1:]))
                if c.place.kind != "city" or c.place.population >= _PARTED_TOWN
            )
            if cands:
                return cands, f"'{words[0]}' part of {' '.join(words[1:]).title()}", None
        if len(words) > 1 and words[0] in ARABIC_ARTICLES:
            cands = self.gaz.candidates(" ".join(words[1:]))
            if cands:
                return cands, f"matched without the article '{words[0]}'", None
        inner = [i for i, w in enumerate(words) if 0 < i < len(words) - 1 and w in ARABIC_ARTICLES]
        if len(inner) == 1:
            # "Deir el-Zour" for Deir al-Zour: the Arabic article inside a name, transliterated
            # another way
            i = inner[0]
            for article in ("al", "el", "ez", "az", "ad", "ar", "as", "ash", "an", "at", "es", "ed"):
                if article == words[i]:
                    continue
                variant = " ".join([*words[:i], article, *words[i + 1 :]])
                cands = self.gaz.candidates(variant)
                if cands:
                    return cands, f"matched as '{variant}'", None
        last = words[-1]
        # (not a word or a given name: "ST. LOUIS" is no Louise of Texas)
        if len(last) >= 5 and last.isalpha() and last not in given_names() and self.commonness(last) < 3.0:
            # "Ben Guerdan" for Ben Guerdane: a French transliteration's final mute "e", written or not
            variant = " ".join([*words[:-1], last[:-1] if last.endswith("e") else last + "e"])
            cands = tuple(
                c
                for c in self.gaz.candidates(variant)
                # (a place's own name: not "Stalin" as one of Donetsk's former names)
                if c.flag < FLAG_ALT
                and c.place.kind in ("city", "admin2", "admin1")
                and c.place.importance >= 1.0
            )
            if cands:
                return cands, f"{VARIANT_NOTE} '{variant}'", None
        if fuzzy and self.fuzzy and len(words) <= 3 and len(key) >= 6:
            cands, note = self._fuzzy(key)
            if cands:
                return cands, note, None
        return (), None, None

    # -- NER spans ---------------------------------------------------------------------------

    def _common_word_opening(self, text: str, start: int, end: int) -> bool:
        """A common word written with its capital only because it opens a sentence, before a
        lowercase word, that names no more than a small place ("Camp officials blamed ...": no
        Camp County, Texas; "Turkey said" stays the country)."""
        word = text[start:end]
        opened = start == 0 or _SENTENCE_OPENED.search(text, max(0, start - 3), start) is not None
        if not word.isalpha() or not opened:
            return False
        if not _LOWER_WORD_AFTER.match(text, end) or zipf_frequency(word.lower(), "en") < 4.0:
            return False
        cands = self.lookup(word, fuzzy=False)[0]
        return all(c.place.kind not in ("country", "admin1") and c.place.population < 50_000 for c in cands)

    def _from_entity(
        self, text: str, ent: Entity, tokens: list[Token], *, upper: bool
    ) -> list[Mention] | None:
        start, end = _trim(text, ent.start, ent.end)
        if end <= start:
            return None
        span = text[start:end]
        if not upper and not any(ch.isupper() for ch in span):
            return None  # "a metro train" tagged FAC: a name is written with a capital
        if not upper and self._common_word_opening(text, start, end):
            return None  # "Camp officials blamed ...": a common word that opens a sentence
        if ent.label in PLACE_LABELS:
            whole = "," in span and any(c.flag <= FLAG_ALIAS for c in self.lookup(span, fuzzy=False)[0])
            # "Washington, D.C." is one name; "Kabul, Afghanistan" two
            parts = _split_commas(text, start, end) if "," in span and not whole else [(start, end)]
            if "," not in span and not self.lookup(span, fuzzy=False)[0]:
                parts = (
                    _split_possessive(text, start, end)
                    or self._juxtaposed_countries(text, start, end)
                    or parts
                )
            out = []
            for s, e in parts:
                m = self._mention(text, s, e, "ner", ent.label, fuzzy=ent.label != "FAC")
                if upper and not re.search(r"[A-Za-z.],\s*$", text[max(0, s - 3) : s]):
                    # "THE JUNGLE PROVINCE OF LA MAR": in upper-case copy a state's code is one
                    # only after "City, " ("LA" alone is no Louisiana)
                    m.candidates = tuple(
                        c
                        for c in m.candidates
                        if c.flag != FLAG_CODE or c.place.kind == "country" or "." in m.text
                    )
                if m.candidates and _only_demonym(m.candidates):
                    m.demonym = True
                if not m.candidates and _NAMED_OCCASION.search(text, s, e):
                    continue  # "a crowd celebrating Bastille Day in Nice": a day, not a place
                if not m.candidates and m.note is None:
                    self.inner_name(text, m, tokens)
                if upper and not m.candidates:
                    continue  # NER on upper-case text invents names; keep only known ones
                if upper and not m.demonym and self._common_word_upper(text, m):
                    continue  # "A DRUG TRAFFICKING CENTER IN COLOMBIA" tagged GPE: no town Center
                out.append(m)
            return out
        if upper:
            return None
        possessor = self._possessor(text, start, end)
        if possessor is not None:
            return [possessor]
        m = self._mention(text, start, end, "override", ent.label, fuzzy=False)
        if not m.candidates:
            return None
        national = _NATIONAL_NOUN_AFTER.match(text, end) is not None
        if ent.label == "NORP" or (national and ent.label in {"PERSON", "ORG"}):
            # (NER's PERSON or ORG for a demonym before a force: "the Burkinabe air force")
            dem = tuple(c for c in m.candidates if c.flag == FLAG_DEMONYM)
            if not dem and national and ent.label == "NORP":
                # "Saudi forces": a short name of a country used as its demonym
                dem = tuple(c for c in m.candidates if c.flag <= FLAG_ALIAS and c.place.kind == "country")
            if dem:
                # (the regions of the same name, for "Ethiopia's Somali region", see _context)
                m.extras["regions"] = tuple(
                    c for c in m.candidates if c.flag != FLAG_DEMONYM and c.place.kind == "admin1"
                )
                m.candidates = dem
                m.demonym = True
                m.source = "ner"
                return [m]
        # a place NER took for something else ("Jalalabad" as PERSON): kept only when the
        # article backs it up (resolve._keep_ruler_match)
        # a region's name is mostly written without its unit word ("Nimruz" for Nimruz Province);
        # not a saint's ("St. Mark's Cathedral" is no Saint Mark parish)
        region_ok = not _SAINT_START.match(m.key)
        usable = tuple(
            c
            for c in m.candidates
            if c.flag <= FLAG_ALT or (region_ok and c.flag == FLAG_VARIANT and c.place.kind == "admin1")
        )
        if not usable or m.key in STOP_WORDS or m.key in DIRECTION_WORDS:
            return None
        if m.key in INSTITUTIONS and not text.startswith(",", end):
            return None  # "in Congress": the legislature (see INSTITUTIONS)
        m.candidates = usable
        m.strict = True
        m.note = f"NER said {ent.label}"
        m.extras["override"] = ent.label
        return [m]

    def _possessor(self, text: str, start: int, end: int) -> Mention | None:
        """ "Karachi's Korangi area" taken for an organisation: the town or region that owns a
        named area, district or neighbourhood, as a place mention."""
        parts = _split_possessive(text, start, end)
        if parts is None:
            return None
        s, e = parts[0]
        m = self._mention(text, s, e, "ner", "GPE", fuzzy=False)
        m.candidates = tuple(c for c in m.candidates if c.flag <= FLAG_ALIAS and c.place.kind != "country")
        return m if m.candidates else None

    def _juxtaposed_countries(self, text: str, start: int, end: int) -> list[tuple[int, int]] | None:
        """ "Greece Italy" (a list that lost its comma): the spans of two or more country names
        that make up the whole span, or None."""
        words = [(start + w.start(), start + w.end()) for w in re.finditer(r"\S+", text[start:end])]
        if not 2 <= len(words) <= 6:
            return None
        parts: list[tuple[int, int]] = []
        i = 0
        while i < len(words):
            for j in range(len(words), i, -1):
                s, e = words[i][0], words[j - 1][1]
                if (j - i < len(words)) and any(
                    c.flag <= FLAG_ALIAS and c.place.kind == "country"
                    for c in self.gaz.candidates(name_key(text[s:e]))
                ):
                    parts.append((s, e))
                    i = j
                    break
            else:
                return None
        return parts if len(parts) >= 2 else None

    def inner_name(self, text: str, m: Mention, tokens: list[Token] | None = None) -> None:
        """ "Vancouver Art Gallery" -> the place inside it, "Vancouver" (longest known sub-span)."""
        if tokens is None:
            tokens = tokenize(text[m.start : m.end])
            tokens = [Token(t.start + m.start, t.end + m.start, t.text) for t in tokens]
        inner = [t for t in tokens if m.start <= t.start and t.end <= m.end]
        if len(inner) < 2 or inner[-1].lower in FEATURE_WORDS:
            return  # "Indian Ocean" is not in India
        if inner[-1].lower in _STREET_WORDS and not any(t.text in ("-", "\u2013") for t in inner):
            return  # "Coventry Road, Small Heath" is a street of Birmingham named for where it leads
        facility = any(t.lower in FACILITY_WORDS for t in inner)
        # every known sub-span is a reading; the resolver picks among them with the article's
        # context ("Far North Queensland": the Australian state, not Cameroon's Far North)
        found: dict[int, tuple[Candidate, str]] = {}
        for i in range(len(inner)):
            if not inner[i].text[:1].isupper():
                continue
            for j in range(i, min(len(inner), i + MAX_NGRAM)):
                if j - i + 1 >= len(inner) or not inner[j].text[:1].isupper():
                    continue
                key = name_key(text[inner[i].start : inner[j].end])
                if key in STOP_WORDS:
                    continue
                if (
                    j > i
                    and j == len(inner) - 1
                    and inner[j].lower in FACILITY_WORDS
                    and all(self.commonness(inner[k].lower) >= 3.5 for k in range(i, j + 1))
                ):
                    continue  # "Pendjari National Park": the kind of the place, no town "National Park"
                # a name of several words is specific ("Metcalfe County"): any place will do
                floor = 1.0 if j == i else 0.0
                airport = False
                if j == i and self.commonness(key) >= 3.5:
                    # a common word names a major place ("Far North Queensland", "Nazi Germany"),
                    # never a generic one ("Centre") nor inside a facility ("Florida Atlantic
                    # University" is a campus, not the state), but for the town a town's "X
                    # International Airport" or "X Airport" is named by ("the Portland International
                    # Airport", "Dublin Airport"; a named airport may lie outside the town, as
                    # "Brussels Airport" in Zaventem, but within its reach)
                    airport = (
                        facility
                        and i == 0
                        and inner[-1].lower == "airport"
                        and (
                            (len(inner) == 2 and not _PLACED_AFTER_RE.match(text, m.end))
                            or (len(inner) == 3 and inner[1].lower == "international")
                        )
                    )
                    if key in GENERIC_INNER or (facility and not airport):
                        continue
                    floor = 1.5 if airport else 3.0
                sub = text[inner[i].start : inner[j].end]
                # only a place's own name or a curated alias: "Bremer" is not Bremer County
                for c in self.gaz.candidates(key):
                    if airport and c.place.kind != "city":
                        continue  # (an airport is named by its town, not a region)
                    if c.flag <= FLAG_ALIAS and c.place.importance >= floor:
                        old = found.get(c.place.pid)
                        if old is None or c.flag < old[0].flag or len(sub) > len(old[1]):
                            found[c.place.pid] = (c, sub)
        if not found:
            return
        ranked = sorted(found.values(), key=lambda cs: cs[0].place.importance, reverse=True)
        if m.label == "FAC" and not facility:
            # "Sulayman Bak" (an Iraqi town) is not Bak of Hungary: a thing named for a place
            # begins with the place, or with generic words before it ("the New York Auto Show",
            # "Old Town Manassas"), or ends with a major one ("the Marriott Islamabad", "the
            # Splendid Ouagadougou")
            ranked = [
                cs
                for cs in ranked
                if (cs[0].place.kind in ("country", "city") and cs[0].place.importance >= _MAJOR_AT_END)
                or any(
                    text.startswith(cs[1], t.start)
                    and all(u.lower in GENERIC_INNER or u.lower in STOP_WORDS for u in inner[:k])
                    # (not the first word of a name that goes on: "the Ain al-Asad air base"; a
                    # major place begins a name of its own part: "the Aleppo al-Razi hospital")
                    and (
                        cs[0].place.importance >= _MAJOR_INNER
                        or not _NAME_GOES_ON_RE.match(text, t.start + len(cs[1]))
                    )
                    for k, t in enumerate(inner)
                )
            ]
            if not ranked:
                return
        if m.label in ("GPE", "LOC") and not facility:
            # "Abu Salim" (a Tripoli district) is not Salim, "Wadi al-Rabi" not Wadi, "San Juan
            # de los Cerritos" not San Juan: in a place name, a place inside it stands for the
            # whole only beside generic words ("Greater Kabul")
            subs = {name_key(sub) for _, sub in ranked}
            rest = [t for t in inner if t.lower not in GENERIC_INNER and t.lower not in STOP_WORDS]
            named = [t for t in rest if t.text[:1].isupper() or _HYPHENED_ARTICLE.match(t.text)]
            if any(not any(t.lower in sub.split() for sub in subs) for t in named) or any(
                t.text in _NAME_PARTICLES for t in inner[1:-1]
            ):
                return
            after = re.findall(r"[a-z]+", text[m.end : m.end + 20].lower())
            if (
                after
                and after[0] in _PART_WORDS
                and not any(all(t.lower in sub.split() for t in named) for sub in subs)
                # (a major town, then its part: "the Brussels Schaerbeek neighbourhood")
                and not any(
                    text.startswith(sub, m.start)
                    and any(
                        c.place.kind == "city" and c.place.importance >= _MAJOR_INNER
                        for c in self.gaz.candidates(name_key(sub))
                    )
                    for _, sub in ranked
                )
            ):
                return  # "in Porto Meira neighborhood" (of a Brazilian town) is neither Porto nor Meira
        m.candidates = tuple(c for c, _ in ranked[: self.gaz.max_candidates])
        m.extras["inner"] = {c.place.pid: sub for c, sub in ranked}
        m.note = f"resolved through the place name '{ranked[0][1]}' inside '{m.text}'"

    # -- gazetteer ruler -----------------------------------------------------------------------

    def _ruler(
        self,
        text: str,
        tokens: list[Token],
        starts: set[int],
        headline: set[int],
        taken: list[tuple[int, int]],
        *,
        upper: bool,
        only: list[int] | None = None,
    ) -> list[Mention]:
        """Gazetteer names in the text (or, with ``only``, inside one NER span)."""
        if only is not None:
            blocked = [True] * len(tokens)
            for k in only:
                blocked[k] = False
        else:
            blocked = [False] * len(tokens)
            token_starts = [t.start for t in tokens]
            for s, e in taken:
                for k in range(bisect_left(token_starts, s), bisect_left(token_starts, e)):
                    blocked[k] = True
        embedded = only is not None
        out: list[Mention] = []
        i = only[0] if only else 0
        n = (only[-1] + 1) if only else len(tokens)
        if only is not None and not only:
            return out
        while i < n:
            tok = tokens[i]
            if blocked[i] or not (upper or tok.capitalized) or len(tok.text) < 2:
                i += 1
                continue
            best = -1
            for j in range(i, min(n, i + MAX_NGRAM)):
                t = tokens[j]
                if blocked[j]:
                    break
                # (wire copy wraps its lines inside a name: "IN VINA DEL\nMAR")
                if j > i and not only_space_between(text, tokens[j - 1].end, t.start, wrapped=upper):
                    break
                is_connector = j > i and t.lower in NAME_CONNECTORS
                if not upper and not t.capitalized and not is_connector:
                    break
                if is_connector:
                    continue  # a name does not end on "of" or "de"
                key = name_key(text[tok.start : t.end])
                if self.gaz.has_key(key) or self._known_without_article(key, text[tok.start : t.end]):
                    best = j
            if best < 0:
                i += 1
                continue
            middle = only is not None and i > only[0] and best < only[-1]
            m = self._ruler_mention(
                text, tokens, i, best, starts, headline, upper=upper, embedded=embedded, middle=middle
            )
            if m is not None:
                out.append(m)
                i = best + 1
            else:
                i += 1
        return out

    def _region_possessive(self, text: str, prev: Token) -> bool:
        """ "Bihar's": the possessive of a country or a region the gazetteer knows (a person's
        would not be)."""
        key = name_key(text[prev.start : prev.end - 2])
        return any(c.place.kind in ("country", "admin1") for c in self.gaz.candidates(key)) if key else False

    def _known_without_article(self, key: str, raw: str) -> bool:
        """ "Ar-Raqqa", "al-Hasakah": a known name behind an Arabic article joined by a hyphen."""
        head, _, rest = key.partition(" ")
        return (
            bool(rest)
            and head in ARABIC_ARTICLES
            and _HYPHENED_ARTICLE.match(raw) is not None
            and self.gaz.has_key(rest)
        )

    def _common_word_upper(self, text: str, m: Mention) -> bool:
        """In upper-case copy, a one-word name NER calls a place that is a generic word ("THE CITY
        CENTRE" is not Burkina Faso's Centre region; "COLONIA MIRAMONTES" is a district, not
        Cologne; "PIEDRA PACHA CANTON") or a small town's name far more frequent as a word ("A
        DRUG TRAFFICKING CENTER", "A SMALL BLACK CIRCLE"). NER's word counts for more than the
        ruler's: "ORLANDO" and "MIAMI" stay, "US" only dotted or after "the", "MIR" (a party) and "SAN"
        go."""
        key = m.key
        if len(key.split()) != 1:
            return False
        if key in GENERIC_INNER or key in _GENERIC_UPPER:
            return True
        places = [c.place.importance for c in m.candidates if c.flag != FLAG_DEMONYM]
        if not places:
            return False
        top = max(places)
        common = self.commonness(key)
        if common >= 5.5:
            # ("GIVE US", not "THE US EMBASSY")
            return "." not in m.text and text[max(0, m.start - 4) : m.start].upper() != "THE "
        return common - top >= (1.5 if len(key) <= 3 else 2.2) and (len(key) <= 3 or top < 1.8)

    def _ruler_mention(
        self,
        text: str,
        tokens: list[Token],
        i: int,
        j: int,
        starts: set[int],
        headline: set[int],
        *,
        upper: bool,
        embedded: bool = False,
        middle: bool = False,
    ) -> Mention | None:
        start, end = tokens[i].start, tokens[j].end
        m = self._mention(text, start, end, "embedded" if embedded else "ruler", None, fuzzy=False)
        if not m.candidates:
            return None
        key = m.key
        words = key.split()
        raw = text[start:end]
        prev = tokens[i - 1] if i > 0 else None
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        if key in STOP_WORDS or key in TITLES or key in DIRECTION_WORDS:
            return None
        if key in INSTITUTIONS and not (nxt is not None and nxt.text == ","):
            return None  # "a second appearance in Congress": the legislature, not Congress, Arizona
        if prev is not None and prev.lower.rstrip(".") in TITLES:
            return None  # "Mr. Jordan", "Gen. Victoria"
        if _only_demonym(m.candidates):
            if embedded or len(key) <= 3:
                return None
            m.demonym = True
            return m
        # codes ("US", "TX", "DRC") only when written as codes: admin codes after "City, "
        codes = [c for c in m.candidates if c.flag == FLAG_CODE]
        if codes:
            # in upper-case copy only a dotted form ("U.S.") is surely a code
            coded = (raw.isupper() and len(raw) >= 2 and not upper) or "." in raw
            after_comma = bool(re.search(r"[A-Za-z.],\s*$", text[max(0, start - 3) : start]))
            keep = [c for c in codes if coded and (c.place.kind == "country" or after_comma or "." in raw)]
            others = [c for c in m.candidates if c.flag != FLAG_CODE]
            m.candidates = tuple(keep + others) if keep else tuple(others)
            if not m.candidates:
                return None
        common = self.commonness(key)
        top = max(c.place.importance for c in m.candidates if c.flag != FLAG_DEMONYM)
        excess = common - top
        if upper:
            # no capitals to go by: a name that is also a common word ("MAN", "POLICE", "SALE")
            # must be a far more important place than the word is frequent ("PARIS", "CHINA")
            if len(key) < 3 or (len(words) == 1 and (common >= 5.5 or excess >= 1.5)):
                return None
            if len(words) == 1 and all(c.flag >= FLAG_ALT for c in m.candidates):
                return None  # "JAIME PAZ ZAMORA": a word that is only another name of a place
            if (
                len(key) <= 3
                and common >= ACRONYM_WORD_ZIPF
                and max(m.candidates, key=lambda c: c.place.importance).flag >= FLAG_ALIAS
            ):
                return None  # "CAR BOMB": an acronym ("CAR") that is a common word, not the place
            if len(words) == 1 and (key in GENERIC_INNER or key in _GENERIC_UPPER):
                # "THE CITY CENTRE" is not Burkina Faso's Centre region; "COLONIA MIRAMONTES" is
                # a district (Spanish "colonia"), not Cologne
                return None

            if len(words) > 1 and all(self.commonness(w) >= 4.0 for w in words):
                return None
            m.strict = True
            return m
        if embedded:
            if _COURT_REST.match(text, end) and top >= 1.0 and key not in _COURT_LEVELS:
                m.strict = True
                return m  # "Leeds Crown Court": a town's name, however common a word
            if common >= 4.0 or top < 1.5:
                return None
            if (
                middle
                and prev is not None
                and nxt is not None
                and prev.capitalized
                and nxt.capitalized
                and (i - 1) not in starts
                and prev.lower not in ("the", "a", "an")
                and prev.lower not in DIRECTION_WORDS
                and re.split(r"['\u2019]", nxt.lower)[0] not in ADMIN_WORDS
                and only_space_between(text, prev.end, tokens[i].start)
                and only_space_between(text, tokens[j].end, nxt.start)
            ):
                return None  # "Jatiyatabadi Juba Dal": a word inside a longer name
            m.strict = True
            return m
        # part of a longer capitalised name ("Jordan Peterson", "Mobile World Congress")?
        if i not in headline:
            if (
                nxt is not None
                and nxt.capitalized
                and only_space_between(text, tokens[j].end, nxt.start)
                and nxt.lower not in ADMIN_WORDS
            ):
                return None
            if (
                prev is not None
                and prev.capitalized
                and (i - 1) not in starts
                and only_space_between(text, prev.end, tokens[i].start)
                and prev.lower not in LOCATIVE_WORDS
                # (not a possessor before a region: "Yemen's Abyan province"; nor a known place's
                # possessive before one of its towns: "in Bihar's Darbhanga")
                and not (
                    prev.text.endswith(("'s", "\u2019s"))
                    and (
                        (nxt is not None and re.split(r"['\u2019]", nxt.lower)[0] in ADMIN_WORDS)
                        or (
                            self._region_possessive(text, prev)
                            # (not a part of a town: "Istanbul's Sultanahmet square")
                            and not (
                                nxt is not None
                                and (nxt.lower in FACILITY_WORDS or nxt.lower in CITY_PART_WORDS)
                            )
                        )
                    )
                )
            ):
                return None
        if raw.isupper() and len(raw) > 3:
            # a capitalised heading or dateline in normal text ("BEIRUT", "SAN DIEGO")
            m.strict = common >= 3.0
            return m
        if (
            i in headline
            or excess >= COMMON_EXCESS
            or (i in starts and common >= 3.0 and not _country_named(m, common))
        ):
            m.strict = True
        return m

    # -- dateline ------------------------------------------------------------------------------

    def _dateline(self, text: str, mentions: list[Mention], *, upper: bool) -> None:
        match = DATELINE_RE.match(text[:200])
        if not match:
            return
        place = match.group("place")
        if not (place.isupper() or match.group("region") or "(" in match.group()):
            return
        s, e = match.span("place")
        for m in mentions:
            if m.start < e and s < m.end:
                m.dateline = True
                m.strict = False
                return
        m = self._mention(text, s, e, "dateline", None, fuzzy=False)
        if m.candidates and not _only_demonym(m.candidates):
            m.dateline = True
            mentions.append(m)

    def _state_abbreviations(self, text: str, mentions: list[Mention]) -> None:
        """ "Paris, Tex." and "Laval, Que.": the abbreviation is a mention of the state."""
        spans = {(m.start, m.end) for m in mentions}
        for m in list(mentions):
            ab = re.match(r"\s*,\s*([A-Z][A-Za-z.]{0,5})", text[m.end : m.end + 12])
            if not ab or not ab.group(1).endswith("."):
                continue
            code = AP_STATE_ABBREVIATIONS.get(ab.group(1).rstrip("."))
            if code is None:
                continue
            s, e = m.end + ab.start(1), m.end + ab.end(1)
            if any(s < e2 and s2 < e for s2, e2 in spans):
                continue
            cands = tuple(
                c
                for c in self.gaz.candidates(code.split("-")[1].lower())
                if c.place.kind == "admin1" and c.place.admin1_code == code
            )
            if cands:
                written = text[s:e]
                mentions.append(Mention(s, e, written, name_key(written), "abbrev", None, cands))
                spans.add((s, e))

    # -- context words ----------------------------------------------------------------------------

    def _context(self, text: str, tokens: list[Token], mentions: list[Mention]) -> None:
        institutions = {name_key(x.group(1)) for x in _ARTICLED_INSTITUTION_RE.finditer(text)}
        for idx, m in enumerate(mentions):
            before = text[max(0, m.start - 40) : m.start]
            after = text[m.end : m.end + 40]
            low_before = before.lower()
            words_before = _WORD_RE.findall(low_before)
            words_before_the = bool(words_before) and words_before[-1] == "the"
            if words_before_the:
                m.extras["after_the"] = True  # "NEAR THE CORDON", "IN THE MANDI": a common noun, in capitals
                words_before = words_before[:-1]
            if words_before and words_before[-1] in LOCATIVE_WORDS:
                m.locative = True
            if (words_before and words_before[-1] in TIGHT_LOCATIVES) or (
                _STRUCK_ON_RE.search(before) and not m.text.isupper()
            ):
                # ("carried out an air strike on Derna", NER's organisation; not in wire copy, whose
                # "ATTACK ON SAN MIGUEL DE MERCEDES" holds a longer name than the ruler's)
                m.extras["tight_locative"] = True
            words_after = _WORD_RE.findall(after.lower())
            if (
                words_before_the
                and not m.demonym  # (not "the Russian bombing": whose)
                and m.text[:1].isupper()
                and not m.text.isupper()
                and _TOWNS_HAPPENING_RE.match(text, m.end)
            ):
                m.locative = True
                m.extras["happening_of"] = True
                if m.extras.get("override") != "PERSON":
                    m.extras["tight_locative"] = True
            if words_after:
                w = words_after[0]
                if w in ADMIN_UNIT_WORDS:
                    m.admin_hint = True
                elif w == "countryside" and not m.demonym:
                    # "the Aleppo countryside": the governorate, or the one around a capital named
                    # so ("the Damascus countryside", Rif Dimashq)
                    rural = tuple(
                        c for c in self.gaz.candidates(f"{m.key} countryside") if c.place.kind == "admin1"
                    )
                    if rural:
                        # (a place of its own, not one with the capital the dateline names)
                        m.candidates = rural
                        m.key = f"{m.key} countryside"
                    m.admin_hint = True
                elif w in ("city", "town", "village"):
                    m.settlement_hint = True
                if w in LOWER_UNIT_WORDS:
                    m.extras["lower_unit"] = True
                if w in FACILITY_WORDS and _SPACE_WORD_RE.match(after):
                    m.extras["facility_after"] = True  # "Heathrow airport"
                    if w in CITY_PART_WORDS:
                        m.extras["city_part"] = True  # "the Dora neighborhood": of a city, wherever named
                if (
                    w in VENUE_NOUNS
                    and _SPACE_LOWER_RE.match(after)
                    and _ARTICLE_END_RE.search(low_before)
                    and " " not in m.key
                ):
                    # "a Dhaka cafe", "the Kabul court": a town's name told as where the venue is,
                    # however NER labelled it (it often says ORG)
                    m.extras["venue_of"] = True
                if w in SPEECH_VERBS and _SPACE_LOWER_RE.match(after):
                    m.extras["speech"] = True
                    if w in ("was", "is", "has", "had", "who", "whose"):
                        m.extras["speech_aux"] = True  # "a refugee home in Bautzen was set on fire"
                if m.demonym:
                    two = " ".join(words_after[:2])
                    noun = two if two in SPATIAL_NOUNS else (w if w in SPATIAL_NOUNS else None)
                    if noun == "state" and words_after[1:2] not in (["of"], ["capital"]):
                        # "the Indian state of Kerala", "the Sinaloan state capital" are places;
                        # "Russian state news agency RIA", "the Syrian state" are whose
                        noun = None
                    if noun:
                        m.demonym = False
                        m.note = f"demonym used as a place ('{m.text} {noun}')"
                        m.extras["demonym_as_place"] = True
                        kept = m.extras.get("regions")
                        regions = tuple(
                            c
                            for c in (*m.candidates, *(kept if isinstance(kept, tuple) else ()))
                            if isinstance(c, Candidate)
                            and c.flag != FLAG_DEMONYM
                            and c.place.kind == "admin1"
                        )
                        if noun in ("region", "state", "province") and regions:
                            # "Ethiopia's Somali region": the region of that name, not the country
                            m.candidates = regions
            if _PERSON_AFTER_RE.match(after) or (
                # (the words before a place name it as one: "the mayor of Medellin, who was arrested")
                _PERSON_WHO_RE.match(after)
                and not m.locative
                and not (words_before and words_before[-1] == "of")
            ):
                m.extras["person_after"] = True
            if idx + 1 < len(mentions) and _IN_PLACE_RE.fullmatch(text, m.end, mentions[idx + 1].start):
                m.extras["in_place"] = idx + 1  # "the Maelbeek subway station in Brussels"
            if _VENUE_AFTER_RE.match(text[m.end : m.end + 60]):
                m.extras["venue"] = True
            if _OUTLET_BEFORE_RE.search(before) or _OUTLET_AFTER_RE.match(after):
                m.extras["outlet"] = True
            if institutions and _INSTITUTION_AFTER_RE.match(after):
                head, _, rest = name_key(m.text).partition(" ")
                if (rest if head in ARABIC_ARTICLES and rest else name_key(m.text)) in institutions:
                    m.extras["institution"] = True
            own_words = name_key(m.text).split()
            if any(x in FACILITY_WORDS or x in FEATURE_WORDS for x in own_words[1:]):
                m.extras["facility"] = True
            if _SETTLEMENT_OF_RE.search(low_before):
                m.settlement_hint = True
            if _ADMIN_OF_RE.search(low_before):
                m.admin_hint = True
            if _ROUTE_FIRST_RE.search(before) or _ROUTE_SECOND_RE.search(before):
                m.locative = True
            listed = _UNITS_OF_AND_RE.search(before)
            if listed and idx > 0 and mentions[idx - 1].start >= m.start - len(before) + listed.start():
                # "in the towns of Meknes and Agadir": the last of the towns listed is one too
                m.locative = True
                m.extras["tight_locative"] = True
            between = _BETWEEN_AND_RE.search(before)
            if between and idx > 0:
                # "between Gorgadji and Aribinda": after a place, the second name is a place too
                first = mentions[idx - 1]
                if m.start - len(before) + between.start() < first.start and first.label != "PERSON":
                    m.locative = True
                    m.extras["tight_locative"] = True
            if _AROUND_OF_RE.search(low_before) or (
                _PAREN_HIERARCHY_RE.search(before) and _PAREN_CLOSE_RE.match(after)
            ):
                m.locative = True
                m.extras["tight_locative"] = True
            if ADMIN_LIST_RE.search(low_before):
                m.admin_hint = True
            # "X, Y": Y may contain X
            if idx + 1 < len(mentions):
                nxt = mentions[idx + 1]
                gap = text[m.end : nxt.start]
                if _POSSESSIVE_GAP_RE.fullmatch(gap) and nxt.container is None:
                    # "London's Heathrow": the possessor contains the place after it
                    nxt.container = idx
                    nxt.extras["possessive"] = True
                if _LIST_GAP_RE.fullmatch(gap):
                    # "California or Washington": places named together are of one kind
                    m.extras["sibling"] = idx + 1
                # ... not a demonym: "touched down in Kiev, Russian television showed"
                # (nor a month: "arrested in Kasese in August" is no Kasese in August, California)
                if _CONTAINER_GAP_RE.fullmatch(gap) and not nxt.demonym and nxt.key not in _MONTH_NAMES:
                    m.container = idx + 1
                    m.extras["comma"] = "," in gap
                    m.extras["in_gap"] = "in" in gap.split()
                    # "Cawayan, Masbate." is an address; "Bogota, Cali, and Medellin" a list
                    # ("Cawayan, Masbate, Philippines": an address that goes on to its country)
                    goes_on = _LIST_GOES_ON_RE.match(text, nxt.end)
                    if goes_on is not None and "," in goes_on.group() and idx + 2 < len(mentions):
                        third = mentions[idx + 2]
                        if third.start == goes_on.end() - 1 and any(
                            c.place.kind == "country" for c in third.candidates
                        ):
                            goes_on = None
                    m.extras["address"] = "," in gap and goes_on is None
                    nxt.extras["contains_previous"] = True
                    if not m.candidates and m.extras.get("tight_locative") and "," in gap:
                        # "in Babaini, Mardan": a place unknown to the gazetteer, then the one
                        # that holds it
                        nxt.extras["holds_unknown"] = True
            if (
                idx > 0
                and m.container is None
                and (mentions[idx - 1].demonym or bool(mentions[idx - 1].extras.get("demonym_as_place")))
                and _DEMONYM_TOWN_GAP_RE.fullmatch(text[mentions[idx - 1].end : m.start])
            ):
                # "the French city of Nice": the demonym's country holds the town, whatever other
                # towns of that name the story's places lean to (Nice, California, in a story of
                # American cities)
                m.container = idx - 1
                countries = {
                    c.place.country_code for c in mentions[idx - 1].candidates if c.place.kind == "country"
                }
                inside = tuple(c for c in m.candidates if c.place.country_code in countries)
                if inside:
                    m.candidates = inside
            prev_sib = mentions[idx - 1].extras.get("sibling") if idx > 0 else None
            # (a list: "X and Y", or "X, Y, and Z" where Y's own sibling follows)
            comma_listed = (
                idx > 0
                and m.extras.get("sibling") == idx + 1
                and text[mentions[idx - 1].end : m.start].strip() == ","
            )
            if idx > 0 and mentions[idx - 1].locative and (prev_sib == idx or comma_listed):
                # "IN TALCA AND TEMUCO", "IN VINA DEL MAR, TALCA, AND TEMUCO": the names listed
                # after a place told with "in" are where things happen too
                m.locative = True
            if prev_sib == idx and (m.admin_hint or mentions[idx - 1].admin_hint):
                m.admin_hint = mentions[idx - 1].admin_hint = True
            abbr = _ABBR_AFTER_RE.match(after)
            if abbr and abbr.group(1) in AP_STATE_ABBREVIATIONS:
                m.state_code = AP_STATE_ABBREVIATIONS[abbr.group(1)]

    # -- helpers ---------------------------------------------------------------------------------

    def _mention(
        self,
        text: str,
        start: int,
        end: int,
        source: str,
        label: str | None,
        *,
        fuzzy: bool = True,
    ) -> Mention:
        span = text[start:end]
        cands, note, hint = self.lookup(span, fuzzy=fuzzy)
        m = Mention(start, end, span, name_key(span), source, label, cands, note=note)
        if hint == "admin":
            m.admin_hint = True
            words = m.key.split()
            if (
                words[-1] in LOWER_UNIT_WORDS
                or words[0] in LOWER_UNIT_WORDS
                or m.key.endswith(" government area")
            ):
                m.extras["lower_unit"] = True
        elif hint == "settlement":
            m.settlement_hint = True
        return m

    def _fuzzy(self, key: str) -> tuple[tuple[Candidate, ...], str | None]:
        from rapidfuzz import fuzz, process

        pool = self.gaz.keys_with_prefix(key[:3])
        if not pool:
            return (), None
        hit = process.extractOne(key, pool, scorer=fuzz.ratio, score_cutoff=90)
        if not hit or abs(len(hit[0]) - len(key)) > 1:
            return (), None
        # a misspelling is only worth guessing for a place people write about
        cands = tuple(
            c for c in self.gaz.candidates(hit[0]) if c.flag != FLAG_DEMONYM and c.place.importance >= 2.0
        )
        return cands, f"{FUZZY_NOTE} '{hit[0]}' ({hit[1]:.0f}%)"


# a town or a country this important ends a facility's name as where it is ("the Marriott Islamabad",
# "Ground Zero Mosul", "the Stade de France"), a lesser one or a region may be a word of another name
# ("Sulayman Bak", an Iraqi town, is not Bak of Hungary; "Chapa Dara" is not Syria's Daraa province)
_MAJOR_AT_END = 2.0
# a town this important begins a name of its own part ("Brussels Schaerbeek", "Lagos Ikeja"; not
# "Porto Meira", a Brazilian neighbourhood)
_MAJOR_INNER = 2.5
# a part of a town named after a name made of two place names ("in Porto Meira neighborhood")
_PART_WORDS = CITY_PART_WORDS | {"neighborhoods", "neighbourhoods", "quarters", "suburbs", "slum", "area"}

_SAINT_START = re.compile(r"(?:st|ste|saint|sainte|san|santa|sao|santo)\b")

# "the North" alone is a metonym ("the allies against the North", North Korea), not Cameroon's
# North region, which is written with its unit word
_BARE_DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "the north", "the south", "the east", "the west"}
)
_REGION_AFTER = re.compile(
    r"\s+(?:" + "|".join(re.escape(w) for w in sorted(ADMIN_UNIT_WORDS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
# in upper-case copy a short alias at least this frequent as a word is the word ("CAR" 5.45 is no
# Central African Republic; "UK" 5.1 stays the country)
ACRONYM_WORD_ZIPF = 5.3
# a place at least this important keeps its name beside a person's ("Washington", "Kabul")
MAJOR_IMPORTANCE = 3.5


# between a demonym and the town it places: "the French city of Nice", "the Syrian town of Azaz"
_DEMONYM_TOWN_GAP_RE = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:city|town|village|capital|port|resort|district|province|region)\s+of\s+",
    re.IGNORECASE,
)


_AGED_BEFORE_RE = re.compile(r"\b(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\s+$", re.IGNORECASE)
# ... but "a 29-year-old Orlando man" is from the town
_PERSON_NOUN_AFTER_RE = re.compile(
    r"\s+(?:man|woman|men|women|boy|girl|resident|native|student|mother|father|teenager|youth|driver|worker)\b",
    re.IGNORECASE,
)


# a gerund opening what NER took for a person's name: "Addressing Falluja", "Retaking Mosul"
_GERUND = re.compile(r"[A-Z][a-z]{2,}ing")


def _gerund_first(word: str) -> bool:
    """A verb's -ing form, not a given name ending so ("Sterling", "Irving", "Channing"): a word
    whose stem is a common word ("address", "retake"). (A rare given name on a common stem,
    "Harding Lange", is read as a verb: its surname then counts for no person.)"""
    if not _GERUND.fullmatch(word) or word.lower() in given_names():
        return False
    stem = word[:-3].lower()
    return (
        zipf_frequency(word.lower(), "en") >= 2.2
        and max(zipf_frequency(stem, "en"), zipf_frequency(stem + "e", "en")) >= 3.0
    )


def _surnames(text: str, entities: Sequence[Entity]) -> frozenset[str]:
    """The last names of the people the article names in full: "Obama" after "Barack Obama",
    "Sterling" after "Alton Sterling" is the person again, not a town of that name.

    NER takes places for people too ("Retaking Falluja"): a name it labels a place more often
    than a person's is no surname. A full name after a title counts twice ("President Abd-Rabbu
    Mansour Hadi's residence", "Hadi was inside", and twice "Hadi" read as a place)."""
    full: set[str] = set()
    given: set[str] = set()
    as_person: Counter[str] = Counter()
    as_place: Counter[str] = Counter()
    as_org: Counter[str] = Counter()
    for e in entities:
        words = e.text.split()
        if not words:
            continue
        if e.label == "PERSON" and _gerund_first(words[0]):
            # "Addressing Falluja", "Retaking Mosul": a verb NER took into a name, no one's
            continue
        if e.label == "PERSON":
            # "President Abd-Rabbu Mansour Hadi's residence": the name without its possessive
            key = name_key(re.sub(r"['\u2019]s?$", "", words[-1]))
            before = _WORD_RE.findall(text[max(0, e.start - 20) : e.start].lower())
            as_person[key] += 2 if len(words) >= 2 and before and before[-1] in TITLES else 1
            if len(words) >= 2 and words[-1][:1].isupper():
                full.add(key)
                if zipf_frequency(words[0].lower(), "en") >= _GIVEN_NAME_ZIPF:
                    given.add(key)
        elif (
            e.label in ("GPE", "LOC")
            and _AGED_BEFORE_RE.search(text, max(0, e.start - 25), e.start)
            and not _PERSON_NOUN_AFTER_RE.match(text, e.end)
        ):
            # "killing the 19-year-old Jenkins": an age makes the name a person's
            key = name_key(e.text)
            full.add(key)
            as_person[key] += 2
        elif e.label in ("GPE", "LOC"):
            as_place[name_key(e.text)] += 1
        elif e.label == "ORG" and len(words) == 1:
            as_org[name_key(e.text)] += 1
    # a tie goes to the person when the full name starts with a common given name ("Michael
    # Sandford", then "accuse Sandford"), to the place otherwise ("Rajwara Handwara", "Handwara");
    # after such a full name, the bare name NER reads as an organisation is the person's too
    # ("Sandford" four times ORG, three times GPE)
    return frozenset(
        k
        for k in full
        if as_person[k] > as_place[k] or (k in given and as_person[k] + as_org[k] >= as_place[k])
    )


def _without_people(
    text: str, tokens: list[Token], token_starts: list[int], mentions: list[Mention]
) -> list[Mention]:
    """Upper-case copy: the mentions that are not parts of people's names (see ``geo.names``)."""
    spans = []
    for n, m in enumerate(mentions):
        i, j = bisect_left(token_starts, m.start), bisect_left(token_starts, m.end) - 1
        if i <= j and not m.demonym:
            spans.append((n, i, j, m.key))
    drop, surnames = person_names(text, tokens, spans)
    return [m for n, m in enumerate(mentions) if n not in drop and m.key not in surnames]


def _full_name(ent: Entity, surnames: frozenset[str]) -> bool:
    """ "Alton Sterling" taken for an organisation: two names, the last a surname the article gives
    a person or a family's name, are a person's (no town Alton in it)."""
    words = ent.text.split()
    return len(words) == 2 and name_key(re.sub(r"['\u2019]s?$", "", words[-1])) in surnames


# "a mainly Shi'ite Baghdad neighborhood": NER takes a faith or a people with the town after it as
# one name
_SECT = re.compile(
    r"(?:Shi['\u2019]?ite|Shia|Shiite|Sunni|Alawite|Druze|Yazidi|Christian|Coptic|Kurdish|Muslim|Jewish|Hindu)\s+"
    r"(?=[A-Z])"
)


def _without_sect(e: Entity) -> Entity:
    """The entity without a faith or a people's name before a capitalised name, as a place (the
    entity itself where it has none)."""
    m = _SECT.match(e.text)
    if m is None or e.label not in ("NORP", "ORG", "GPE", "LOC"):
        return e
    return Entity(e.start + m.end(), e.end, "GPE", e.text[m.end() :])


def _family_names(entities: Sequence[Entity]) -> frozenset[str]:
    """Last names told with two first names or more ("Alton Sterling", "Cameron Sterling"), however
    NER labelled them: a family's name."""
    firsts: dict[str, set[str]] = {}
    for e in entities:
        words = e.text.split()
        if len(words) == 2 and words[0][:1].isupper() and words[1][:1].isupper():
            last = name_key(re.sub(r"['\u2019]s?$", "", words[1]))
            firsts.setdefault(last, set()).add(words[0].lower())
    return frozenset(k for k, v in firsts.items() if len(v) >= 2)


# how common in English a first name is, at least, to be taken for a given name (Michael 5.1,
# Omar 3.8; Rajwara 0)
_GIVEN_NAME_ZIPF = 3.0


def fuzzy_matched(m: Mention) -> bool:
    """The mention was read as a near spelling of a known name (see ``Recognizer._fuzzy``)."""
    return (m.note or "").startswith(FUZZY_NOTE)


def variant_matched(m: Mention) -> bool:
    """The mention was read as another transliteration of a known name ("Ben Guerdan")."""
    return (m.note or "").startswith(VARIANT_NOTE)


def _variants_in_place(mentions: list[Mention]) -> None:
    """A name read only through another transliteration keeps the readings in a country another
    name of the text is first read in ("the Tunisian town of Ben Guerdan" is Ben Guerdane; "Tawae
    mountain in Rangae district of Narathiwat" is no Tawa of New Zealand); with none, it is a name
    the gazetteer lacks."""
    variants = [m for m in mentions if variant_matched(m)]
    if not variants:
        return
    read = [m for m in mentions if m.candidates and not variant_matched(m)]
    countries = {m.candidates[0].place.country_code for m in read}
    for m in variants:
        m.candidates = tuple(c for c in m.candidates if c.place.country_code in countries)
        if not m.candidates:
            m.note = None


def _major(m: Mention) -> bool:
    return any(c.place.kind == "country" or c.place.importance >= MAJOR_IMPORTANCE for c in m.candidates)


def _country_named(m: Mention, common: float) -> bool:
    """A country by its own name, one no common word shares ("Uzbekistan brought back 19 of its
    citizens" opens a sentence; not "Turkey", "Jordan" or "Georgia")."""
    return common < _COUNTRY_WORD_ZIPF and any(
        c.flag <= FLAG_ALIAS and c.place.kind == "country" for c in m.candidates
    )


# how common a word a country's name may be and still open a sentence as the country
_COUNTRY_WORD_ZIPF = 4.0


def _only_demonym(cands: tuple[Candidate, ...]) -> bool:
    return bool(cands) and all(c.flag == FLAG_DEMONYM for c in cands)


def _split_brackets(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """NER runs some names into a bracket ("Gaigorou (Dessa," for "Gaigorou (Dessa, Tillabery)"):
    such a span is two names, one each side of the bracket."""
    out: list[Entity] = []
    for ent in entities:
        cut = text.find("(", ent.start, ent.end)
        if cut <= ent.start:
            out.append(ent)
            continue
        for s, e in ((ent.start, cut), (cut + 1, ent.end)):
            s, e = _trim(text, s, e)
            if e > s:
                out.append(Entity(s, e, ent.label, text[s:e]))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    span = text[start:end]
    m = re.match(r"(?i)(?:the\s+)", span)
    if m:
        start += m.end()
    span = text[start:end]
    m2 = re.search(r"(?:['\u2019]s?|[\s.,;:!?)\"\u201d]+)$", span)
    while m2 and end > start:
        # keep the dot of "U.S." and "B.C.", and of a state abbreviation ("Calif.", "Mont.")
        if m2.group().startswith(".") and (
            re.search(r"(?:^|[\s.])[A-Za-z]\.$", span) or span[: -len(m2.group())] in AP_STATE_ABBREVIATIONS
        ):
            end = end - len(m2.group()) + 1
            break
        end -= len(m2.group())
        span = text[start:end]
        m2 = re.search(r"(?:['\u2019]s?|[\s.,;:!?)\"\u201d]+)$", span)
    while start < end and not text[start].isalnum():
        start += 1
    return start, end


# a holiday or a gathering that NER takes for a place: "Bastille Day", "Christmas Eve", "the Boston
# Marathon" (never a name the gazetteer knows: those are looked up first)
_NAMED_OCCASION = re.compile(
    r"\b(?:Day|Eve|Festival|Week|Games|Olympics|Marathon|Parade|Cup|Championships?|Carnival)$"
)


# a named part of a town or region after its possessor: "(Karachi's) Korangi area"
_LOCALITY = re.compile(
    r"[A-Z][\w'\u2019-]*(?:[ -][A-Z][\w'\u2019-]*){0,3}(?=(?:\s+(?:area|district|neighbou?rhood|suburb|"
    r"township|quarter|locality|sector|tehsil|upazila|subdistrict|municipality|commune))\b)"
)


def _split_possessive(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """ "Karachi's Korangi area", one entity to NER and no name in the gazetteer: the possessor and
    the named area after it, each a mention. Anything else is left whole: "St George's Chapel",
    "Notre Dame's Jessica Shepard", "Metcalfe County Sheriff's Office"."""
    m = _POSSESSIVE_GAP_RE.search(text, start, end)
    if m is None:
        return None
    area = _LOCALITY.match(text, m.end())
    if area is None or area.end() < end and not re.fullmatch(r"\s+\w+", text[area.end() : end]):
        return None  # only the area word itself may follow the name inside the entity
    return [(start, m.start()), (m.end(), area.end())]


def _split_commas(text: str, start: int, end: int) -> list[tuple[int, int]]:
    parts = []
    pos = start
    for m in re.finditer(r",", text[start:end]):
        parts.append((pos, start + m.start()))
        pos = start + m.end()
    parts.append((pos, end))
    out = []
    for s, e in parts:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _preceded_by(text: str, start: int, words: tuple[str, ...]) -> bool:
    before = re.findall(r"[A-Za-z]+", text[max(0, start - 20) : start].lower())
    return bool(before) and before[-1] in words


def _headline_tokens(text: str, tokens: list[Token]) -> set[int]:
    """Tokens on Title Case lines (headlines), where capitals say nothing about names."""
    out: set[int] = set()
    line_start = 0
    group: list[int] = []

    def flush() -> None:
        words = [tokens[k] for k in group if tokens[k].text[:1].isalpha()]
        long_words = [t for t in words if len(t.text) > 3]
        if len(words) >= 4 and long_words:
            caps = sum(1 for t in long_words if t.capitalized)
            if caps / len(long_words) >= 0.75:
                out.update(group)

    for k, t in enumerate(tokens):
        if "\n" in text[line_start : t.start]:
            flush()
            group = []
        line_start = t.end
        group.append(k)
    flush()
    return out
