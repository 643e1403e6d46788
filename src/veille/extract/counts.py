"""The count finder: how many were killed, wounded, arrested, kidnapped, dismantled, deported...

Pure rules over a light tokenisation, fast enough to run on every relevant sentence, and blind
to case so ALL-CAPS wire copy reads like the rest. A number becomes a count only when it is tied
to a counting verb or noun:

- a passive or intransitive verb after the counted group ("three soldiers were killed",
  "12 WERE WOUNDED", "five people died", "left five dead", "12 killed in blast");
- an active verb or a nominal before it ("killing three", "arrested two suspects",
  "claimed the lives of 12", "the deportation of 40 foreigners");
- a toll ("the death toll rose to 17", "the number of injured reached 30");
- a noun that counts by itself ("12 deaths", "three fatalities", "40 arrests", "13 cells").

"a"/"an"/"the", a pronoun, a name or a singular passive count as one victim, and only with
killed and wounded verbs ("a soldier was killed", "killed the driver", "shot dead Colonel X",
"Khan, a former commander, was killed"). "casualties" with a number is ambiguous (killed and
wounded together) and is not assigned to a slot; "no casualties" gives 0 for both, "no other
casualties" nothing. "shot" alone is neither killed nor wounded. Vague quantities follow
``_numbers`` ("dozens" 24, "several" 3, marked approx). A definite plural ("the elders were
killed") takes its number from an earlier count in the same text, so a caller that passes a
paragraph rather than one sentence gets those too.

Numbers that are ages, years, dates, times, addresses, money, percentages, durations, ordinals,
group names ("M-19", "November 17"), article, page, flight or route numbers, phone numbers and
calibres are never counts.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from veille.extract._numbers import UNITS, NumberMatch, match_number, parse_number
from veille.records import COUNT_SLOTS

__all__ = ["CountMention", "aggregate", "find_counts", "parse_number"]


@dataclass(frozen=True)
class CountMention:
    """A count found in text; offsets are into the caller's text (plus ``offset``).

    ``group`` ties the parts of one coordinated phrase ("three soldiers and two civilians"),
    which ``aggregate`` adds up; ``additive`` marks a count said to come on top of another
    ("in addition to the four assailants", "another two died"); ``subset`` one inside a larger
    count ("including three children"); ``vague`` a quantity word ("dozens", "several");
    ``period`` a total over a period ("since 2015", "so far this year"), i.e. a statistic;
    ``alongside`` one joined to another count of its sentence ("seven civilians were killed along
    with ten soldiers"), whose sentence begins at ``sentence``.
    """

    slot: str
    value: int
    start: int
    end: int
    text: str
    approx: bool = False
    subject: str = ""
    perpetrator_side: bool = False
    person_verb: str | None = None
    group: int = -1
    additive: bool = False
    subset: bool = False
    vague: bool = False
    period: bool = False
    alongside: bool = False
    sentence: int = -1
    whole: bool = False  # "In all, 37 people were killed": the whole toll, the attackers' dead in it
    named_back: bool = False  # "In addition to the two soldiers, ...": perhaps those counted before
    rank: int = 0  # "A third assailant was shot": one more after two


# --------------------------------------------------------------------------------------------
# Lexicons


def _words(text: str) -> list[str]:
    return text.split()


def _plural(word: str) -> str:
    irregular = {"man": "men", "woman": "women", "child": "children", "person": "people"}
    if word in irregular:
        return irregular[word]
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "sh", "ch", "x")):
        return word + "es"
    return word + "s"


def _forms(words: str) -> tuple[frozenset[str], frozenset[str]]:
    sing = frozenset(words.split())
    return sing, frozenset(_plural(w) for w in sing)


_SECURITY_SG, _SECURITY_PL = _forms(
    """soldier troop serviceman servicewoman policeman policewoman officer cop constable guard
    bodyguard gendarme trooper ranger commando marine sailor airman pilot militiaman peacekeeper
    guardsman sergeant lieutenant captain colonel commander paramilitary deminer agent general
    vigilante jawan khasadar levy gendarme militiaman"""
)
_SECURITY_PL = _SECURITY_PL | {"police", "personnel", "forces", "military", "security"}
_PERP_SG, _PERP_PL = _forms(
    """assailant attacker gunman militant insurgent terrorist bomber jihadist jihadi extremist
    rebel guerrilla guerilla fighter kidnapper hijacker abductor shooter perpetrator raider
    subversive islamist combatant separatist bandit gangster narcoterrorist infiltrator
    mujahid cadre mercenary thief robber rustler poacher taker"""
)
_PERP_PL = _PERP_PL | {"taliban", "mujahideen", "shabaab", "al-shabaab", "jihadis", "thieves"}
_SUSPECT_SG, _SUSPECT_PL = _forms("suspect accomplice detainee accused defendant convict")
_OTHER_SG, _OTHER_PL = _forms(
    """person individual civilian member man woman child boy girl student pupil schoolchild
    schoolboy schoolgirl teacher worker employee passenger driver pedestrian villager resident
    local farmer peasant herder shepherd fisherman miner trader merchant shopkeeper vendor
    customer pilgrim worshipper worshiper devotee tourist visitor journalist reporter
    photographer cameraman doctor nurse physician medic paramedic official leader elder chief
    judge lawyer prosecutor politician candidate lawmaker legislator mayor governor councillor
    councilor minister diplomat priest imam cleric mullah maulvi monk nun pastor missionary
    christian muslim refugee migrant prisoner inmate hostage captive victim relative spectator
    fan voter protester demonstrator bystander guest engineer contractor labourer laborer
    tribesman youth teenager minor infant baby toddler adult foreigner national citizen
    expatriate expat supporter sympathizer sympathiser recruit volunteer returnee cadet spy
    informant collaborator brother sister son daughter wife husband father mother nephew niece
    cousin uncle grandson colleague activist dissident businessman businesswoman commissioner
    chairman inspector deputy spokesman headman chieftain clerk staffer trainee apprentice
    kid boatman conductor porter hunter nomad shiite sunni hazara sikh hindu jew yazidi
    preacher scholar professor academic lecturer guardian owner ruler director administrator
    manager advisor adviser editor principal representative envoy ambassador consul senator
    secretary president governor villager landowner shopowner chauffeur cook servant tailor
    smuggler trafficker martyr maid domestic housekeeper escort bodyguard chaperone companion
    superintendent prefect magistrate notable dignitary marabout adolescent councilman
    councilwoman tracker guide watchman herdsman pastoralist recruiter operative financier
    facilitator organiser organizer ideologue bishop archbishop rabbi deacon vicar chaplain novice
    catechist imam pastor nun monk seminarian missionary"""
)
_OTHER_PL = _OTHER_PL | {
    "people",
    "persons",
    "others",
    "staff",
    "crew",
    "family",
    "folk",
    "passers-by",
    "passersby",
}
_OTHER_SG = _OTHER_SG | {"passer-by", "passerby"}
_CELL_NOUNS = frozenset({"cell", "cells", "network", "networks", "module", "modules"})
# Nouns that carry their own slot.
_HINT_NOUNS: dict[str, str] = {
    "deaths": "killed",
    "death": "killed",
    "fatalities": "killed",
    "fatality": "killed",
    "bodies": "killed",
    "corpses": "killed",
    "lives": "killed",
    "life": "killed",
    "injuries": "wounded",
    "arrests": "arrested",
    "hostages": "kidnapped",
    "captives": "kidnapped",
    "casualties": "",
    "casualty": "",
}
_UNITS = frozenset(
    _words(
        """year years yr yrs month months week weeks day days hour hours hr hrs h minute minutes
        min mins second seconds decade decades century centuries time times km kms kilometre
        kilometres kilometer kilometers mile miles metre metres meter meters m cm mm millimetre
        millimeter millimetres millimeters ft foot feet inch inches yard yards acre acres
        hectare hectares kg kgs kilo kilos kilogram kilogrammes kilograms gram grams g tonne
        tonnes ton tons lb lbs pound pounds ounce ounces litre litres liter liters gallon
        gallons barrel barrels percent per pc pct dollar dollars usd euro euros eur cent cents
        rupee rupees afghani afghanis dirham dirhams dinar dinars peso pesos colon colones franc
        francs cfa naira shilling shillings yuan yen riyal riyals rial rials lira liras lire
        pound sterling rand birr taka ruble rubles rouble roubles hryvnia am pm gmt utc hrs
        o'clock caliber calibre calibers calibres gauge storey storeys story stories floor
        floors rue street st avenue ave road rd boulevard blvd calle carrera lane square place
        km/h mph volt volts watt watts degree degrees bn mn billion million thousand hundred"""
    )
)
_NONPERSON = frozenset(
    _words(
        """vehicle vehicles car cars truck trucks lorry lorries bus buses motorcycle motorcycles
        bike bikes tank tanks boat boats house houses home homes building buildings shop shops
        store stores weapon weapons rifle rifles gun guns pistol pistols grenade grenades bomb
        bombs mine mines landmine landmines round rounds bullet bullets cartridge cartridges
        rocket rockets missile missiles mortar mortars shell shells device devices ied ieds
        explosive explosives detonator detonators bag bags box boxes document documents passport
        passports phone phones computer computers laptop laptops attack attacks incident
        incidents case cases village villages district districts province provinces town towns
        city cities post posts checkpoint checkpoints position positions base bases hideout
        hideouts camp camps site sites school schools mosque mosques church churches statement
        statements video videos account accounts website websites count counts charge charges
        offence offences offense offenses crime crimes animal animals cattle cow cows goat goats
        sheep camel camels horse horses dog dogs operation operations raid raids search searches
        arrest warrant warrants country countries state states nation nations group groups
        organisation organisations organization organizations party parties hectare tunnel
        tunnels bridge bridges road roads office offices locations location points point areas
        area targets target facility facilities plot plots item items kilogramme kilogrammes
        shots shot blasts blast explosions explosion sentence sentences term terms"""
    )
)
_MONTHS = frozenset(
    _words(
        """january february march april may june july august september october november december
        jan feb mar apr jun jul aug sep sept oct nov dec"""
    )
)
_DAYS = frozenset(
    _words(
        """monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
        fri sat sun today yesterday tonight overnight tomorrow"""
    )
)
# A number right after one of these is an identifier, a date, an age or a sum.
_PRE_EXCLUDE = (
    frozenset(
        _words(
            """aged age ages no nos number num article art flight flights route rte highway hwy road
        street avenue page pages p pp paragraph para section chapter clause room apartment apt
        flat bus train line platform gate terminal km kilometre kilometer mile battalion brigade
        division regiment unit district zone sector block camp checkpoint post base station plot
        bay ward bed cell floor level grade class phase stage round episode volume vol issue
        rule law act bill resolution decree order code item file tel telephone phone fax call
        dial ext box model version type mark mk size calibre caliber fig figure table on since
        until till at in by from during circa ca us rs inr pkr usd eur gbp ksh ngn resolutions
        articles kilometres kilometers miles"""
        )
    )
    | _MONTHS
)
_CURRENCY_SYMBOLS = frozenset("$€£¥₹₦")
# Words that end the span of modifiers between a number and its head noun.
_STOP = (
    frozenset(
        _words(
            """in on at of from to by with for during after before near into onto across along
            inside outside around between among amongst against since until till through
            throughout over under while when where as including include includes like than per
            via toward towards behind beside within without about upon off out up down and or
            but nor yet so a an the this that these those his her their its our my your some all
            each every any no another who whom which whose what he she they it we them him were
            was is are be been being have has had do did does will would could should may might
            must can got get said says say according reported reportedly also later earlier
            recently ago still there here then now just only both either neither not never last next
            whereas whilst although though if because dead alive missing himself herself
            themselves"""
        )
    )
    | _DAYS
    | _MONTHS
    | frozenset(UNITS)
)

_Phrase = tuple[str, ...]
_SlotVerb = tuple[str, str | None]  # (slot, person_verb)


def _table(entries: Iterable[tuple[str, str, str | None]]) -> dict[_Phrase, _SlotVerb]:
    out: dict[_Phrase, _SlotVerb] = {}
    for words, slot, pv in entries:
        for phrase in words.split("|"):
            out[tuple(phrase.split())] = (slot, pv)
    return out


_K, _W, _A, _KD, _C, _P = "killed", "wounded", "arrested", "kidnapped", "cells", "persons"
# Verbs whose object is counted ("killing three", "arrested two suspects"), and nominals.
_ACTIVE = _table(
    [
        (
            "killed|killing|kills|slew|slaying|murdered|murdering|massacred|massacring|executed|"
            "executing|assassinated|assassinating|beheaded|beheading|shot dead|shooting dead|"
            "gunned down|gunning down|shot and killed|shooting and killing|lynched|lynching|"
            "slaughtered|slaughtering|butchered|butchering|martyred|claimed the lives of|"
            "claiming the lives of|took the lives of|taking the lives of|claimed the life of|"
            "cost the lives of|costing the lives of|killing of|killings of|death of|deaths of|"
            "murder of|murders of|massacre of|execution of|executions of|assassination of|"
            "slaying of|slayings of|beheading of|lives of|bodies of|corpses of|shot to death|"
            "stabbed to death|beaten to death|beat to death|hacked to death|burned to death|"
            "burnt to death|tortured to death|stoned to death|clubbed to death|strangled to death|"
            "bludgeoned to death|lynched to death|fatally shot|fatally shooting|fatally stabbed|"
            "fatally stabbing|fatally wounded|fatally wounding|fatally injured|fatally injuring|"
            "mortally wounded|mortally wounding|fatal shooting of|fatal shootings of|fatal stabbing of|"
            "fatal stabbings of",
            _K,
            None,
        ),
        (
            "wounded|wounding|injured|injuring|hurt|hurting|maimed|maiming|shot and wounded|"
            "shot and injured|injuring of|wounding of|poisoned|poisoning|stabbed|stabbing|"
            "flogged|flogging|lashed|lashing|tortured|torturing|beat up|beating up",
            _W,
            None,
        ),
        (
            "arrested|arresting|detained|detaining|apprehended|apprehending|nabbed|nabbing|"
            "rounded up|rounding up|picked up|picking up|arrest of|arrests of|detention of|"
            "apprehension of|roundup of|round-up of|captured|capturing|capture of|held|holding|"
            "seized|seizing|busted|busting|intercepted|intercepting",
            _A,
            None,
        ),
        (
            "kidnapped|kidnaped|kidnapping|kidnaping|abducted|abducting|snatched|"
            "kidnapping of|kidnappings of|abduction of|abductions of",
            _KD,
            None,
        ),
        (
            "dismantled|dismantling|broke up|breaking up|neutralized|neutralised|neutralizing|"
            "crippled|crippling|"
            "neutralising|eliminated|eliminating|disrupted|disrupting|uncovered|uncovering|dismantling of|"
            "dismantlement of|break-up of|breakup of|busting of",
            _C,
            None,
        ),
        (
            "deported|deporting|expelled|expelling|deportation of|deportations of|expulsion of|expulsions of",
            _P,
            "deported",
        ),
        (
            "repatriated|repatriating|brought back|bringing back|brought home|bringing home|flew home|"
            "flown home|repatriation of|return of|returned",
            _P,
            "repatriated",
        ),
        (
            "charged|charging|indicted|indicting|prosecuted|prosecuting|indictment of|prosecution of|"
            "chargesheeted|chargesheet against|charge sheet against|charge-sheet against|charges against",
            _P,
            "charged",
        ),
        ("convicted|convicting|conviction of|convictions of", _P, "convicted"),
        (
            "sentenced|sentencing|jailed|jailing|imprisoned|imprisoning|sentencing of|jailing of",
            _P,
            "sentenced",
        ),
        ("extradited|extraditing|extradition of|handed over|handing over|handed", _P, "extradited"),
        ("released|releasing|freed|freeing|set free|release of", _P, "released"),
        ("acquitted|acquitting|acquittal of", _P, "acquitted"),
        ("recruited|recruiting|recruitment of", _P, "recruited"),
    ]
)
# Participles after the counted group ("were killed", "12 killed in blast").
_PASSIVE = _table(
    [
        (
            "killed|slain|murdered|massacred|executed|assassinated|beheaded|lynched|martyred|"
            "slaughtered|butchered|shot dead|gunned down|shot and killed|stabbed to death|"
            "beaten to death|burned to death|burnt to death|hacked to death|crushed to death|"
            "shot to death|killed outright|burned alive|burnt alive|fatally shot|fatally stabbed|"
            "fatally wounded|fatally injured|fatally struck|fatally hit|fatally beaten|"
            "mortally wounded|mortally injured",
            _K,
            None,
        ),
        (
            "wounded|injured|hurt|maimed|shot and wounded|shot and injured|hospitalized|"
            "hospitalised|poisoned|sickened|stabbed|flogged|lashed|tortured|beaten|beaten up",
            _W,
            None,
        ),
        (
            # only with a number: "41 people were still being treated in hospital", not "the
            # suspect is also being treated in hospital" (already counted as shot)
            "treated in hospital|treated in hospitals|treated for injuries|treated for wounds|"
            "admitted to hospital",
            _W,
            "treated",
        ),
        (
            "arrested|detained|apprehended|nabbed|rounded up|picked up|taken into custody|"
            "placed under arrest|put under arrest|placed in custody|remanded|held|captured|"
            "seized|busted|in custody|held in custody|kept in custody|intercepted",
            _A,
            None,
        ),
        (
            "kidnapped|kidnaped|abducted|taken hostage|taken captive|held hostage|held captive|snatched",
            _KD,
            None,
        ),
        ("dismantled|broken up|neutralized|neutralised|eliminated|disrupted|uncovered|taken down", _C, None),
        ("deported|expelled|sent back", _P, "deported"),
        ("repatriated|brought back|returned|brought home|flown back|flown home", _P, "repatriated"),
        ("charged|indicted|prosecuted", _P, "charged"),
        ("convicted|found guilty", _P, "convicted"),
        ("sentenced|jailed|imprisoned", _P, "sentenced"),
        ("extradited|handed over", _P, "extradited"),
        ("released|freed|set free|set free", _P, "released"),
        ("acquitted", _P, "acquitted"),
        ("recruited|radicalised|radicalized", _P, "recruited"),
    ]
)
# Verbs and adjectives after the group that are never active ("five people died").
_INTRANSITIVE = _table(
    [
        (
            "died|perished|dead|lost their lives|lost his life|lost her life|lost their life|"
            "succumbed|have died|has died|had died|are dead|were dead|was dead|"
            "is dead|lay dead|lie dead|"
            # "One soldier embraced martyrdom" (the wording of Pakistan's army)
            "embraced martyrdom|embraced shahadat|embraced shahadah",
            _K,
            None,
        ),
        (
            "sustained injuries|suffered injuries|sustained wounds|suffered wounds|"
            "sustained serious injuries|suffered serious injuries|sustained minor injuries|"
            "suffered minor injuries|sustained gunshot wounds|suffered gunshot wounds|"
            # "leaving four people with life-threatening injuries"
            "with injuries|with serious injuries|with minor injuries|with severe injuries|"
            "with critical injuries|with life-threatening injuries|with life threatening injuries|"
            "with gunshot wounds|with stab wounds|with burns|"
            "became ill|fell ill|fell sick|became sick|"
            # "18 others were in critical condition"
            "in critical condition|in serious condition|in grave condition|in a critical condition|"
            "in a serious condition|in a grave condition|in critical but stable condition",
            _W,
            None,
        ),
        ("hostage|captive", _KD, None),
        ("into custody|behind bars", _A, None),
        (
            "travelled|traveled|have travelled|have traveled|had travelled|had traveled|"
            "left to join|went to fight|have gone to|had gone to|joined",
            _P,
            "travelled",
        ),
    ]
)

_AUX = frozenset(
    _words(
        """were was are is be been being have has had got get gets getting will shall reportedly
        also later allegedly subsequently all both each then eventually immediately already
        apparently just since yesterday today recently earlier initially still now currently
        officially reported confirmed feared found believed presumed known said thought to
        seriously critically severely slightly lightly badly instantly
        grievously gravely respectively himself herself themselves"""
    )
)
# a belief told as corrected: "was initially thought to have died", "wrongly reported killed"
_AT_FIRST = frozenset({"initially", "originally"})
_WRONGLY = frozenset({"wrongly", "mistakenly", "erroneously", "falsely"})
_BELIEVED = frozenset({"thought", "feared", "believed", "presumed"})
# adverbs that turn harm into death: "were fatally shot", "was mortally wounded"
_DEATH_ADVERBS = frozenset({"fatally", "mortally"})
_MODALS = frozenset({"could", "would", "might", "may", "should", "must", "can"})
_NEGATIONS = frozenset({"not", "never", "n't", "no"})
_SUBSET_MARKERS = frozenset(
    {"including", "among", "mostly", "mainly", "incl", "predominantly", "primarily", "largely"}
)
_AMONG_COPULA = frozenset({"was", "were", "is", "are", "be", "been", "being"})
_ADDITIVE_BEFORE = frozenset({"another", "additional", "further", "more", "other"})
_IN_ADDITION = (
    ("in", "addition", "to"),
    ("besides",),
    ("excluding",),
    ("not", "including"),
    ("apart", "from"),
    ("as", "well", "as"),
    ("alongside",),
    ("plus",),
    ("along", "with"),
    ("together", "with"),
    ("aside", "from"),
    ("in", "addition"),
)
# the joins that add a part to a count of the same clause, not to the whole toll
_ALONGSIDE = (("along", "with"), ("together", "with"), ("alongside",))
_ORDINAL_RANK = {
    w: k for k, w in enumerate(_words("second third fourth fifth sixth seventh eighth ninth tenth"), 2)
}
_ORDINALS = frozenset(_ORDINAL_RANK)
_SENTENCE_ADDITIVE = (
    ("in", "addition", ","),
    ("additionally", ","),
    ("also", ","),
    ("furthermore", ","),
    ("moreover", ","),
)
# a sentence that opens with the whole toll: "In all, 37 people were killed and 62 wounded"
_WHOLE_OPENING = (("in", "all", ","), ("in", "total", ","), ("altogether", ","), ("all", "told", ","))
# a sentence that opens as going on from the one before ("Also, ...", "In addition, ...")
GOES_ON = re.compile(
    r"\s*(?:" + "|".join(r"\s*".join(re.escape(w) for w in phrase) for phrase in _SENTENCE_ADDITIVE) + ")",
    re.IGNORECASE,
)
_BACKGROUND = frozenset(
    _words("""retaliation revenge response avenge avenging anniversary commemorate commemorating""")
)
_NOT_NAMES = frozenset(
    _words(
        """the a an in on at this these those that it he she they we there here no police security
        government authorities officials sources reports however meanwhile according after
        before during when while since his her their its one two three four five nobody none
        everyone everybody someone somebody anyone anybody nothing something else"""
    )
)
_SKIP_BEFORE_NP = (
    # "killing him and his two guards", "killed his two bodyguards"
    ("himself", "and", "his"),
    ("him", "and", "his"),
    ("her", "and", "her"),
    ("his",),
    ("her",),
    ("their",),
    # ("crippled a cell with the arrest of its eight members")
    ("its",),
    ("himself", "and"),
    ("herself", "and"),
    ("him", "and"),
    ("her", "and"),
    ("all", "of", "the"),
    ("all", "the"),
    ("all",),
    ("the",),
    ("another",),
    ("an", "additional"),
    ("a", "further"),
    ("additional",),
    ("further",),
    ("some",),
    ("a", "total", "of"),
    ("at", "least"),
)
_OBJECT_STARTS = frozenset(
    {
        "a",
        "an",
        "the",
        "his",
        "her",
        "their",
        "its",
        "this",
        "these",
        "those",
        "him",
        "them",
        "me",
        "us",
        "one",
        "two",
        "both",
        "all",
    }
)
_SINGLE_DETS = frozenset({"a", "an", "the", "his", "her", "their", "its", "another"})
_TITLES = frozenset(
    _words(
        """mr mrs ms dr gen general col colonel maj major capt captain lt lieutenant sgt sergeant
        cmdr commander adm admiral gov governor sen senator rep judge sheikh shaikh mullah
        maulvi mawlawi haji hajji imam father rev reverend prof professor mayor minister
        president prince king queen chief marine staff private pvt corporal cpl specialist spc petty
        warrant lance airman seaman inspector constable superintendent detective deputy sheriff trooper
        rector"""
    )
)
_TOKEN_RE = re.compile(
    r"\d+(?:[.,]\d+)*(?:[A-Za-z]+)?(?:[-/][\w.]*\w)*"
    # "three U.S. soldiers": an initialism's last stop, before a word in lower case, is no sentence end
    r"|[^\W\d_](?:\.[^\W\d_])+\.(?=\s+[a-z])"
    r"|[^\W\d_]+(?:['\u2019][^\W\d_]+)*(?:[-./][^\W_]+)*"
    r"|n't|\S"
)
_INITIALISM = re.compile(r"(?:U\.S|U\.N|U\.K|E\.U)")
_WORD_AFTER = re.compile(r"[ \t]+[A-Z]{2,}\b")
_PURE_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SENTENCE_END = frozenset({".", "!", "?", ";"})
_OPEN = frozenset({"(", "["})
# "Inspector Flores died" is one death; these subjects are not one person.
_NOT_DIED = frozenset(
    _words(
        """many several some others they we you all most both few none people who which that
        and thousands hundreds dozens scores also had have has"""
    )
)
_CLOSE = frozenset({")", "]"})


# --------------------------------------------------------------------------------------------
# Tokens and noun phrases


@dataclass
class _NP:
    """A counted group candidate over tokens ``[start, end)``."""

    start: int
    end: int
    span_start: int  # tokens of the number phrase (or the whole phrase for "a soldier")
    span_end: int
    value: int
    head: str = ""
    kind: str = "none"  # security, perp, suspect, other, cell, unknown, none, pron, hint
    hint: str | None = None
    approx: bool = False
    vague: bool = False
    single: bool = False  # its value 1 comes from "a"/"the"/a name, not a number
    subset: bool = False
    additive: bool = False
    in_addition: bool = False
    alongside: bool = False  # "along with ten soldiers": a part joined to a count of its clause
    anaphor: bool = False  # "the elders": the number is said earlier
    members: int = 0  # "a four-member cell": the members an anaphor ("the suspects") may count
    unknown: bool = False  # "an unknown number of assailants": linked, never counted
    of_nation_apart: bool = False  # "apart from the eight Americans": among a toll told elsewhere
    whole: bool = False  # in a sentence opening "In all," (see _WHOLE_OPENING)
    named_back: bool = False  # "In addition to the two soldiers, ...": those opening the sentence
    rank: int = 0  # "a third assailant": 3


@dataclass
class _Group:
    nps: list[_NP]
    conj_last: bool = False  # the last part joined by "and"/"or"
    verb_at: int = -1  # the verb found after the group, once linked to it
    # the parts after the first spell it out ("five people, three soldiers and two civilians"):
    # they take the verb with it but are no count of their own
    spelled: bool = False


@dataclass
class _Right:
    """A verb found after a group."""

    slot_verb: _SlotVerb
    also: bool
    aux: bool
    relative: bool


class _Text:
    """Tokens of one text: lower-cased words with their character offsets."""

    def __init__(self, text: str, upper: bool) -> None:
        self.text = text
        self.upper = upper
        self.raw: list[str] = []
        self.words: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        for m in _TOKEN_RE.finditer(text):
            tok = m.group().replace("\u2019", "'")
            if (
                upper
                and tok == "."
                and self.raw
                and self.ends[-1] == m.start()
                and _INITIALISM.fullmatch(self.raw[-1])
                and _WORD_AFTER.match(text, m.end())
            ):
                # "THREE U.S. SOLDIERS": in capitals an initialism's stop is taken as its own
                self.raw[-1] += "."
                self.words[-1] += "."
                self.ends[-1] = m.end()
                continue
            self.raw.append(tok)
            self.words.append(tok.lower())
            self.starts.append(m.start())
            self.ends.append(m.end())
        self.n = len(self.words)

    def w(self, i: int) -> str:
        return self.words[i] if 0 <= i < self.n else ""

    def acronym(self, i: int) -> bool:
        """An all-capitals name in mixed-case text ("4 Taliban and IS militants")."""
        raw = self.raw[i] if 0 <= i < self.n else ""
        return not self.upper and 2 <= len(raw) <= 6 and raw.isupper() and raw.isalpha()

    def is_word(self, i: int) -> bool:
        w = self.w(i)
        return bool(w) and w[0].isalpha()

    def is_number_token(self, i: int) -> bool:
        return bool(_PURE_NUMBER.fullmatch(self.w(i)))

    def capitalized(self, i: int) -> bool:
        if self.upper or not (0 <= i < self.n):
            return False
        r = self.raw[i]
        return bool(r[:1].isupper() and (r[1:2].islower() or (len(r) > 1 and r.isalpha())))

    def match(self, i: int, phrase: tuple[str, ...]) -> bool:
        return i >= 0 and tuple(self.words[i : i + len(phrase)]) == phrase

    def sentence_start(self, i: int) -> bool:
        return i == 0 or self.w(i - 1) in _SENTENCE_END

    def longest(self, i: int, table: dict[_Phrase, _SlotVerb]) -> tuple[int, _SlotVerb] | None:
        """The longest phrase of ``table`` starting at ``i``: (length, value)."""
        for length in (5, 4, 3, 2, 1):
            key = tuple(self.words[i : i + length])
            if len(key) == length and key in table:
                return length, table[key]
        return None

    def longest_ending(self, j: int, table: dict[_Phrase, _SlotVerb]) -> tuple[int, _SlotVerb] | None:
        """The longest phrase of ``table`` ending just before token ``j``."""
        for length in (5, 4, 3, 2, 1):
            if j - length < 0:
                continue
            key = tuple(self.words[j - length : j])
            if key in table:
                return length, table[key]
        return None


_AGE_NOUN = re.compile(r"\d{1,3}-years?-olds?")
# a rank or a unit's number before the head: "a regime's 1st lieutenant", "the 3rd battalion"
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
_SPACED_AGE = re.compile(r"\b\d{1,3}(?:\s|-)years?[\s-]olds?\b", re.IGNORECASE)


def _noun_kind(word: str) -> tuple[str, bool] | None:
    """(kind, plural) of a counted noun, or None."""
    if _AGE_NOUN.fullmatch(word):
        return "other", word.endswith("s")  # "a 17-year-old", "two 16-year-olds"
    if word in _CELL_NOUNS:
        return "cell", word.endswith("s")
    if word in _HINT_NOUNS:
        return "hint", word not in ("death", "fatality", "life", "casualty")
    for kind, sg, pl in (
        ("perp", _PERP_SG, _PERP_PL),
        ("suspect", _SUSPECT_SG, _SUSPECT_PL),
        ("security", _SECURITY_SG, _SECURITY_PL),
        ("other", _OTHER_SG, _OTHER_PL),
    ):
        if word in pl:
            return kind, True
        if word in sg:
            return kind, False
    if "-" in word:  # "suicide-bombers", "de-miners"; not "pro-life"
        part = _noun_kind(word.rsplit("-", 1)[1])
        return part if part and part[0] not in ("hint", "cell") else None
    return None


# the first number of a proportion: "one in five"
_PROPORTION_ONE = frozenset({"one", "1", "two", "2", "three", "3"})


def _excluded(t: _Text, m: NumberMatch) -> bool:
    """Whether the number phrase at ``m`` is an age, year, date, identifier, sum or measure."""
    i, j = m.start, m.end
    prev = t.w(i - 1)
    nxt = t.w(j)
    # "one in five people arrested": a proportion, no count (not "killed three in 24 hours", "arrested
    # three in two raids")
    if prev == "in" and t.w(i - 2) in _PROPORTION_ONE and _counted_head_follows(t, m):
        return True
    if t.w(i) in _PROPORTION_ONE and nxt == "in":
        of = match_number(t.words, j + 1)
        if of is not None and _counted_head_follows(t, of):
            return True
    if prev == "-" and (not t.is_number_token(i - 2) or t.w(i - 3) in _MONTHS):
        # "NICE, France - Two suspects", "KASSERINE, Tunisia, July 5 - Two soldiers": a dateline
        # dash, not a range "10-12"
        prev = ""
    if prev == ":" and not t.is_number_token(i - 2) and _counted_head_follows(t, m):
        prev = ""  # "RAIPUR: Two jawans were killed": a dateline's colon, not a time "10:30"
    if prev in _PREPOSITIONS and _counted_head_follows(t, m):
        prev = ""  # "resulted in 4 rebel fatalities", "attacked by 30 gunmen": not a date or a time
    if prev in (",", "and", "or") and t.is_number_token(i - 2):
        # "Two teenagers aged 16 and 17", "aged 19, 22 and 24": the ages listed after "aged"
        k = i - 2
        while k > 0 and (t.is_number_token(k) or t.w(k) in (",", "and", "or")):
            k -= 1
        # (not a count after the age: "A woman aged 60 and 12 other people were killed")
        if t.w(k) in ("aged", "ages", "age") and not _counted_head_follows(t, m):
            return True
    if prev in _PRE_EXCLUDE or prev in _CURRENCY_SYMBOLS or prev in (":", "/", "+", "#", "-"):
        # "at least" is inside the phrase, so "at" here is "at 0715"; "in" is "in 2019".
        return True
    if prev == "." and t.w(i - 2) in ("no", "nos", "art", "p", "pp", "vol", "fig", "st"):
        return True
    if prev == "(" and nxt == ")":
        return True  # "(23)": an age
    if t.is_number_token(i - 1) or t.is_number_token(j):
        return True  # phone numbers, "12 34 56"
    if nxt in _UNITS or nxt in _MONTHS or nxt in (":", "/", "%", "-", "th", "st", "nd", "rd"):
        return True
    if nxt == "." and t.w(j + 1).isdigit():
        return True
    first = t.w(i)
    if t.is_number_token(i) and len(first) == 4 and first.isdigit() and 1900 <= int(first) <= 2099:
        kind = _noun_kind(nxt)
        if kind is None or kind[0] in ("hint", "cell"):
            return True
        before = t.w(i - 2)
        if prev in ("and", "to", "until", "till", "through") and _YEAR.fullmatch(before):
            return True  # "between 2015 and 2018 militants killed": the end of a span of years
    # A comma-bounded number after a word is an age: "Ali, 23, was arrested"; so is one after a
    # name with the closing comma left out: "Burhan Wani, 22 died in a gunfight".
    if prev == "," and t.is_number_token(i) and m.value < 120:
        if nxt == ",":
            return True
        return (
            nxt in _AGE_THEN_VERB
            and t.capitalized(i - 2)
            and t.capitalized(i - 3)  # a full name, not "a post in Kashmir, 12 died"
            and t.w(i - 4) not in _PLACE_PREPOSITIONS
            and t.w(i - 2) not in _MONTHS
        )
    return False


_PLACE_PREPOSITIONS = frozenset(_words("in at near of from to into across outside inside"))
# the verbs that follow "Name, 22" when the comma after an age is left out
_AGE_THEN_VERB = frozenset(_words("died dies was is has had who were are"))


# Prepositions that usually open a date, a time or a place ("in 2019", "at 0715", "on 12"), but
# open a count when a counted noun follows ("resulting in one death", "by 30 gunmen").
_PREPOSITIONS = frozenset(_words("in on at by from during since"))


def _counted_head_follows(t: _Text, m: NumberMatch) -> bool:
    """Whether the number at ``m`` counts people or deaths: a counted head noun follows it and
    it is not a year ("in 2019 attacks")."""
    first = t.w(m.start)
    if t.is_number_token(m.start) and (len(first) == 4 or "," in first or "." in first):
        return False
    if t.w(m.end) in _UNITS or t.w(m.end) in _MONTHS:
        return False
    scanned = _scan_head(t, m.end, limit=4)
    return scanned is not None and scanned[0] >= 0 and scanned[2] not in (None, "cell")


# what a participle's object starts with, after a counted head
_PARTICIPLE_OBJECT = frozenset(
    {"a", "an", "the", "their", "his", "her", "its", "two", "three", "several", "new"}
)


def _scan_head(t: _Text, k: int, limit: int = 6) -> tuple[int, int, str | None] | None:
    """Modifiers then the head noun from token ``k``: (head index or -1, span end, kind).

    None when the phrase counts something other than people or cells ("five years").
    """
    head = -1
    kind: str | None = None
    bad_after_head = False
    first = True
    count = 0
    while k < t.n and count < limit:
        w = t.w(k)
        if w in _OPEN:
            close = _closing(t, k, 6 if w == "(" else 16)
            if close < 0:
                break
            k = close + 1
            continue
        if w in _QUOTES and t.is_word(k + 1) and head < 0:
            k += 1  # "6 'Arbakis' were killed": a name in quotes
            continue
        if w == "and" and head < 0 and not first and _head_ahead(t, k + 1):
            k += 1
            continue
        if w == "of" and head < 0 and not first and t.capitalized(k - 1) and t.capitalized(k + 1):
            k += 1  # "four Communist Party of India-Maoist cadres": a name's "of"
            continue
        if w in ("and", "or", "&") and head >= 0 and _bare_plural_ahead(t, k + 1):
            # "25 soldiers and policemen", "4 Taliban and IS militants": one number for both
            k += 1
            continue
        if not (t.is_word(k) or _AGE_NOUN.fullmatch(w) or (_ORDINAL.fullmatch(w) and not first)) or (
            w in _STOP and not t.acronym(k)
        ):
            break
        is_verb = (w,) in _PASSIVE or (w,) in _ACTIVE or (w,) in _INTRANSITIVE
        if is_verb and not (w in ("hostage", "captive") and head < 0):
            break
        if head >= 0 and w.endswith("ing") and t.w(k + 1) in _PARTICIPLE_OBJECT:
            break  # "two construction workers building a bridge": a participle, not "a building"
        if w in _UNITS or w in _NONPERSON:
            if first and w in _UNITS or (head >= 0 and not _person_ahead(t, k + 1)):
                return None  # "two police vehicles"; but "a local school teacher"
            bad_after_head = True
        nk = _noun_kind(w)
        if nk is not None:
            head, kind = k, nk[0]
            bad_after_head = False
        first = False
        count += 1
        k += 1
    if bad_after_head:
        return None
    return head, k, kind


_QUOTES = frozenset({"'", '"', "\u201c", "\u201d", "\u2018"})


def _closing(t: _Text, k: int, limit: int) -> int:
    """The token closing the bracket opened at ``k`` within ``limit`` tokens, brackets inside
    it skipped ("[National Democratic Front of Bodoland (NDFB)-Songbijit]"), or -1."""
    depth = 0
    for x in range(k, min(k + limit, t.n)):
        if t.w(x) in _OPEN:
            depth += 1
        elif t.w(x) in _CLOSE:
            depth -= 1
            if depth == 0:
                return x
    return -1


def _bare_plural_ahead(t: _Text, k: int) -> bool:
    """Whether a plural person noun with no number or determiner of its own starts at ``k``
    (after at most two modifiers): the "policemen" of "25 soldiers and policemen"."""
    for x in range(k, min(k + 3, t.n)):
        w = t.w(x)
        if not t.is_word(x) or (w in _STOP and not t.acronym(x)):
            return False
        if (w,) in _PASSIVE or (w,) in _ACTIVE or (w,) in _INTRANSITIVE or w in _UNITS:
            return False
        nk = _noun_kind(w)
        if nk is not None:
            return nk[1] and nk[0] in ("security", "perp", "suspect", "other")
    return False


def _person_ahead(t: _Text, k: int) -> bool:
    """Whether a person noun follows within two plain words: "a local school teacher"."""
    for x in range(k, min(k + 2, t.n)):
        w = t.w(x)
        if not t.is_word(x) or w in _STOP or (w,) in _PASSIVE or (w,) in _ACTIVE:
            return False
        nk = _noun_kind(w)
        if nk is not None:
            return nk[0] in ("security", "perp", "suspect", "other")
    return False


def _head_ahead(t: _Text, k: int) -> bool:
    """Whether a counted noun comes within three plain words of ``k``."""
    for x in range(k, min(k + 3, t.n)):
        if _noun_kind(t.w(x)) is not None:
            return True
        if not t.is_word(x) or (t.w(x) in _STOP and not t.acronym(x)):
            return False
    return False


_YEAR = re.compile(r"(19|20)\d\d")
_RANGE = re.compile(r"(\d{1,3})-(\d{1,3})")


def _range_at(t: _Text, i: int) -> NumberMatch | None:
    """ "10-15 militants", "between 11 and 20 people": a range, read as its lower bound (what the
    text vouches for), marked approximate."""
    w = t.w(i)
    rm = _RANGE.fullmatch(w)
    if rm is not None:
        low, high = int(rm.group(1)), int(rm.group(2))
        return NumberMatch(low, i, i + 1, True, False) if 0 < low < high else None
    if w == "between" and t.w(i - 1) not in ("clashes", "fighting", "clash"):
        a = match_number(t.words, i + 1)
        if a is None or a.vague or t.w(a.end) not in ("and", "to"):
            return None
        b = match_number(t.words, a.end + 1)
        if (
            b is None
            or b.vague
            or not 0 < a.value < b.value
            or any(1900 <= v < 2100 for v in (a.value, b.value))
        ):
            return None  # "between 2015 and 2018": years
        return NumberMatch(a.value, i, b.end, True, False)
    return None


def _ADVERB_AFTER_ORDINAL(word: str) -> bool:
    """An adverb between an ordinal and its verb ("a third later died", "a fourth critically")."""
    return word.endswith("ly") or word in ("later", "also", "still", "then", "too")


def _np_at(t: _Text, i: int) -> _NP | None:
    """A counted group starting at token ``i``; value -1 marks a number that is not a count."""
    m = match_number(t.words, i) or _range_at(t, i)
    if m is not None:
        if _excluded(t, m):
            return _NP(start=i, end=m.end, span_start=i, span_end=m.end, value=-1)
        return _numeric_np(t, m)
    w = t.w(i)
    if w == "a" and t.match(i + 1, ("family", "of")):
        # "killed a family of three": the number after "of" counts the family
        fam = match_number(t.words, i + 3)
        if fam is not None and not fam.vague and 1 < fam.value < 30 and not _excluded(t, fam):
            return _NP(
                start=i,
                end=fam.end,
                span_start=i,
                span_end=fam.end,
                value=fam.value,
                head="family",
                kind="other",
                approx=fam.approx,
            )
    if w in ("a", "an") and t.w(i + 1) in _ORDINALS:
        # "a fourth was injured", "a second officer": one more
        scanned = _scan_head(t, i + 2, limit=4)
        end = i + 2
        label = t.w(i + 1)
        side = "other"
        if scanned is not None and scanned[0] >= 0:
            nk = _noun_kind(t.w(scanned[0]))
            if nk is None or nk[1]:
                return None
            end, label = scanned[0] + 1, t.w(scanned[0])
            # ("A third assailant was shot and killed": one more of the attackers)
            side = "perp" if nk[0] == "perp" else side
        elif scanned is None or any(not _ADVERB_AFTER_ORDINAL(t.w(x)) for x in range(i + 2, scanned[1])):
            return None  # "and a second blast struck a metro station": a thing, not a person
        return _NP(
            start=i,
            end=end,
            span_start=i,
            span_end=end,
            value=1,
            head=label,
            kind=side,
            single=True,
            rank=_ORDINAL_RANK[t.w(i + 1)],
        )
    if w in ("a", "an") and t.match(i + 1, ("unknown", "number", "of")) or t.match(i, ("a", "number", "of")):
        # "five soldiers and an unknown number of assailants were injured": a part without value
        k = i + 4 if t.w(i + 1) == "unknown" else i + 3
        scanned = _scan_head(t, k)
        if scanned is None or scanned[0] < 0:
            return None
        np = _NP(start=i, end=k, span_start=i, span_end=k, value=0, unknown=True)
        return _fill_head(t, np, scanned)
    possessive = w.endswith("'s") and (t.capitalized(i) or t.upper)
    if _one_more_of_a_nationality(t, i):
        return _NP(
            start=i,
            end=i + 2,
            span_start=i,
            span_end=i + 2,
            value=1,
            head=t.w(i + 1),
            kind="other",
            single=True,
        )
    if w in _SINGLE_DETS or possessive:
        scanned = _scan_head(t, i + 1, limit=5)
        if scanned is None:
            return None
        head, span_end, kind = scanned
        if head < 0:
            if w == "another" and span_end == i + 1 and not t.is_number_token(i + 1):
                # "another was injured" (not "injured another 43": forty-three, see below)
                return _one_token(i, "another", "other", additive=True)
            return None
        if kind == "cell" and w in ("a", "an") and not _noun_kind(t.w(head))[1]:  # type: ignore[index]
            # "dismantled a four-member cell": one cell, whose members "the suspects" may count
            return _NP(
                start=i,
                end=head + 1,
                span_start=i,
                span_end=head + 1,
                value=1,
                head=t.w(head),
                kind="cell",
                members=_members(t, i + 1, head),
            )
        if kind in ("cell", "hint"):
            return None
        nk = _noun_kind(t.w(head))
        if nk is None:
            return None
        if nk[1]:
            if w == "the" and kind != "security" or t.w(head) in _SECURITY_PL - {"police"}:
                return _NP(
                    start=i,
                    end=head + 1,
                    span_start=i,
                    span_end=head + 1,
                    value=0,
                    head=t.w(head),
                    kind=kind or "other",
                    anaphor=True,
                )
            return None  # "the police", "their families": no number
        return _NP(
            start=i,
            end=head + 1,
            span_start=i,
            span_end=head + 1,
            value=1,
            head=t.w(head),
            kind=kind or "other",
            single=True,
            additive=w == "another",
        )
    if w in ("he", "she") and t.w(i + 1) in ("was", "has", "had", "is"):
        if t.w(i - 1) == "before":
            # "killing 14 people ... before he was shot dead by police": the attacker too
            return _one_token(i, "attacker", "perp", additive=True)
        return _one_token(i, "person", "other")
    if t.sentence_start(i) and t.capitalized(i):
        return _subject_name(t, i)
    return None


def _one_more_of_a_nationality(t: _Text, i: int) -> bool:
    """ "killed three Israelis and an Iranian": one person of a nationality, joined to a counted
    group of another (a number and a capitalised plural of a nationality right before "and")."""
    if t.w(i) not in ("a", "an") or t.w(i - 1) != "and" or not t.capitalized(i + 1) or i < 3:
        return False
    number = match_number(t.words, i - 3)
    if (
        number is None
        or number.end != i - 2
        or number.vague
        or not t.capitalized(i - 2)
        or _NATIONALITY.fullmatch(t.w(i + 1)) is None
        or _NATIONALITY_PL.fullmatch(t.w(i - 2)) is None
    ):
        return False
    # (not one with a noun of its own, read as such: "two Israelis and a Palestinian attacker")
    scanned = _scan_head(t, i + 1, limit=3)
    return scanned is None or scanned[0] < 0


def _nation_people_at(t: _Text, j: int) -> bool:
    """Whether the words at token ``j`` name people by their nation: "Americans", "U.S. citizens",
    "British nationals"."""
    if t.capitalized(j) and _NATIONALITY_PL.fullmatch(t.w(j)):
        return True
    nation = t.w(j) in ("u.s.", "u.k.") or (t.capitalized(j) and _NATIONALITY.fullmatch(t.w(j)) is not None)
    return nation and t.w(j + 1) in ("citizens", "nationals")


_IDENTIFIED = frozenset(_words("""confirmed identified named"""))


def _identified_after(t: _Text, j: int) -> bool:
    """Whether the words right after the people at token ``j`` tell them identified among the dead
    ("U.S. citizens have been confirmed killed", "were named", "among the dead"; not "Officials
    confirmed that two more U.S. citizens died", new dead)."""
    words = t.words[j : j + 7]
    return bool(_IDENTIFIED.intersection(words)) or any(
        words[k] == "among" and words[k + 1 : k + 3] in (["the", "dead"], ["the", "victims"])
        for k in range(len(words) - 2)
    )


def _of_a_nation(t: _Text, np: _NP) -> bool:
    """People counted by their nation: "the eight Americans", "three Britons" (a capitalised plural
    of a nationality right after the number)."""
    return t.capitalized(np.span_end) and _NATIONALITY_PL.fullmatch(t.w(np.span_end)) is not None


# a person of a nation ("an Iranian", "a Briton", "a Pakistani", "an American") and people of one
# (not "a Taliban", "a Boston", "a Washington")
_NATIONALITY = re.compile(r"[a-z]{2,}(?:ian|ean|can|ese|i|ish|ch|iton|ard)")
_NATIONALITY_PL = re.compile(r"[a-z]{3,}(?:ans|ese|is|ish|ch|ons|ards)")


def _members(t: _Text, a: int, b: int) -> int:
    """The N of a "N-member" or "N-man" modifier between tokens ``a`` and ``b``, else 0."""
    for x in range(a, b):
        first, _, rest = t.w(x).partition("-")
        if rest in ("member", "man", "strong", "person"):
            n = parse_number(first)
            if n is not None and 1 < n < 1000:
                return n
    return 0


_PARTITIVE_DETS = frozenset({"the", "their", "these", "those"})
_TOLL_HEADS = frozenset(
    # (not "two of the wounded later died": new dead)
    {"bodies", "corpses", "dead", "victims", "fatalities"}
)


def _numeric_np(t: _Text, m: NumberMatch) -> _NP | None:
    i = m.start
    np = _NP(start=i, end=m.end, span_start=i, span_end=m.end, value=m.value, approx=m.approx, vague=m.vague)
    j = m.end
    if t.w(j) == "more":
        np.additive = True
        j += 1
        if _nation_people_at(t, j) and _identified_after(t, j):
            # "Two more U.S. citizens have been confirmed killed in last week's bombings": more of
            # a nation's people found among the toll told of all (not "Two more Americans died
            # later in hospital", more dead)
            np.additive, np.subset = False, True
    if t.w(j) == "other" and t.w(i - 1) != "the":
        np.additive = True  # "10 other people were also injured"
        j += 1
    elif t.w(j) == "other":
        j += 1
    if t.w(j) == "of":
        after = t.w(j + 1)
        if after in ("them", "whom", "those", "these", "us", "which"):
            np.head, np.kind, np.end, np.subset = after, "pron", j + 2, True
            return np
        dets = ("the", "their", "his", "her", "its", "our", "these", "those", "all")
        k = j + 2 if after in dets or after.endswith("'s") else j + 1
        total = match_number(t.words, k) if after in dets else None
        if total is not None and total.end > k:
            # "Two of the three soldiers were killed": two, of three (but "Four of the 10 people
            # killed were children" tells the 10, its part a subset)
            inner = _scan_head(t, total.end)
            if inner is None or inner[0] < 0 or _told_as_toll(t, inner[1]):
                return None
            k = total.end
        scanned = _scan_head(t, k)
        if scanned is None or scanned[0] < 0:
            return None
        np = _fill_head(t, np, scanned)
        if after in _PARTITIVE_DETS and np.head in _TOLL_HEADS:
            # "more than 50 of their bodies were in the possession of the SDF", "three of the
            # dead were children": a part of a toll told already, not more dead
            np.subset = True
        return np
    scanned = _scan_head(t, j)
    if scanned is None:
        return None
    if scanned[0] < 0:
        span_end = scanned[1]
        if span_end > j:
            # Unknown head ("12 Hazaras"): kept, but only a strong verb can count it.
            last = max(x for x in range(j, span_end) if t.is_word(x) or x == j)
            np.head, np.kind, np.end = t.w(last), "unknown", span_end
        else:
            np.end = j
        return np
    return _fill_head(t, np, scanned)


def _told_as_toll(t: _Text, e: int) -> bool:
    """Whether the words at token ``e``, after a head, tell what befell them: "people killed",
    "people who were wounded Friday night", "students who have been kidnapped"."""
    if t.longest(e, _PASSIVE) is not None:
        return True
    if t.w(e) not in ("who", "that"):
        return False
    x = e + 1
    while t.w(x) in _AUX and x < e + 4:
        x += 1
    return x > e + 1 and t.longest(x, _PASSIVE) is not None


def _fill_head(t: _Text, np: _NP, scanned: tuple[int, int, str | None]) -> _NP:
    head, _, kind = scanned
    word = t.w(head)
    np.head = word
    np.kind = kind or "unknown"
    np.end = head + 1
    if kind == "hint":
        np.hint = _HINT_NOUNS[word]
    return np


def _subject_name(t: _Text, i: int) -> _NP | None:
    """A person's name opening a sentence: "Khan, a former commander, was killed"."""
    if t.w(i) in _NOT_NAMES or t.w(i) in _MONTHS or t.w(i) in _DAYS:
        return None
    if _noun_kind(t.w(i)) is not None and t.w(i) not in _TITLES:
        return None
    j = i
    while j < t.n and j - i < 5 and (t.capitalized(j) or t.w(j) in ("-", ".")):
        if _noun_kind(t.w(j)) is not None and t.w(j) not in _TITLES:
            return None
        j += 1
    follow = t.w(j)
    if follow == "," and t.w(j + 1) not in ("a", "an", "the", "his", "her", "who"):
        return None
    if follow not in ("and", ",", "was", "had", "has", "died") or t.w(i).endswith("ly"):
        return None
    return _NP(start=i, end=j, span_start=i, span_end=j, value=1, head="person", kind="other", single=True)


def _name_after_verb(t: _Text, i: int) -> _NP | None:
    """A named person right after an active verb: "shot dead Colonel Agha Gul", "killed police
    officer John Smith"."""
    if not t.capitalized(i) and not t.upper:
        # a role in lower case, then the name: "killed police officer John Smith"
        k = i
        plural = False
        while k < t.n and k - i < 3 and not t.capitalized(k):
            role = _noun_kind(t.w(k))
            if role is None or role[0] not in ("other", "security"):
                return None
            plural = role[1]  # (of the last word: "police officer" is one)
            k += 1
        if k == i or plural or not t.capitalized(k) or t.w(k) in _NOT_NAMES:
            return None
        e = k
        while e < t.n and e - k < 4 and t.capitalized(e) and t.w(e) not in _MONTHS and t.w(e) not in _DAYS:
            e += 1
        return _NP(
            start=i, end=e, span_start=i, span_end=e, value=1, head="person", kind="other", single=True
        )
    if not t.capitalized(i) or t.w(i) in _NOT_NAMES:
        return None
    j = i
    while j < t.n and j - i < 5 and (t.capitalized(j) or t.w(j) in ("-",)):
        w = t.w(j)
        if w in _MONTHS or w in _DAYS or w in _PERP_PL:
            return None
        if _noun_kind(w) is not None and w not in _TITLES:
            return None
        j += 1
    kind = _noun_kind(t.w(j)) if j > i else None
    if kind is not None and not kind[1] and kind[0] in ("other", "security") and t.capitalized(j + 1):
        # "beheaded Canadian hostage Robert Hall": one person, named after a role
        k = j + 1
        while k < t.n and k - j <= 4 and t.capitalized(k) and t.w(k) not in _MONTHS and t.w(k) not in _DAYS:
            k += 1
        j = k
    elif j == i or kind is not None:
        return None  # "killed Afghan soldiers": an unknown number
    return _NP(start=i, end=j, span_start=i, span_end=j, value=1, head="person", kind="other", single=True)


# --------------------------------------------------------------------------------------------
# Linking a group to its verb


def _skip_before(t: _Text, i: int) -> int:
    """Index of the token before a group once "the", "all the", "another"... are skipped."""
    for phrase in _SKIP_BEFORE_NP:
        if t.match(i - len(phrase), phrase):
            return i - len(phrase)
    return i


# Verbs whose object dies when "to death" follows it: "tortured a young farmer to death".
_TO_DEATH_VERBS = frozenset(
    _words(
        """shot shooting stabbed stabbing beat beating beaten hacked hacking burned burning burnt
        tortured torturing stoned stoning clubbed clubbing strangled strangling bludgeoned
        bludgeoning lynched lynching kicked kicking trampled crushed starved"""
    )
)


def _to_death(t: _Text, verb_end: int, np_end: int) -> bool:
    """ "VERB OBJECT to death": the verb ends before ``verb_end`` and the object at ``np_end``."""
    return t.w(verb_end - 1) in _TO_DEATH_VERBS and t.match(np_end, ("to", "death"))


# what asks for a step that is then not yet taken: "ordered the arrest of five", "sought the release of"
_SOUGHT = frozenset(
    _words(
        """ordered orders order requested requests request sought seeks seek demanded demands demand
        urged"""
    )
)
# ... with "for": "called for the arrest of", "a warrant for the arrest of", "asked for the release of"
_SOUGHT_FOR = frozenset(_words("called calls call asked asks ask warrant warrants"))
# the steps so asked for
_STEP_NOUNS = frozenset(_words("arrest arrests detention release extradition deportation expulsion"))


def _link_left(t: _Text, g: _Group) -> _SlotVerb | None:
    """The active verb or nominal before a group ("killing three", "the arrest of two")."""
    p = _skip_before(t, g.nps[0].start)
    if _to_death(t, p, g.nps[-1].end) and t.w(p - 2) not in _MODALS and t.w(p - 2) not in ("to", "not"):
        return _K, None  # "tortured a young farmer to death", "beat two men to death"
    hit = t.longest_ending(p, _ACTIVE)
    if hit is None and t.w(p - 1) in ("kill", "wound", "injure") and _moved_to(t, p - 1):
        return (_K if t.w(p - 1) == "kill" else _W), None
    if hit is None and t.w(p - 1) == "and" and g.nps[0].additive:
        # "killed Mayor Juan Perez and three other people", "MURDERED UNIVERSITY RECTOR IGNACIO
        # MARTINEZ AND THREE OTHER PRIESTS": one named, then the others, after the same verb
        for x in range(p - 2, max(p - 8, 0), -1):
            named = t.longest_ending(x + 1, _ACTIVE)
            if named is not None and x < p - 2:
                return named[1] if named[1][0] in (_K, _W, _KD) else None
            if not (t.upper or t.capitalized(x)):
                break
    if hit is None and t.w(p - 2) == "and" and t.w(p - 1).endswith("ed"):
        # "killed and robbed a trader", "killed and mutilated two men": the first verb counts
        first = t.longest_ending(p - 2, _ACTIVE)
        if first is not None and first[1][0] == _K:
            return _K, None
    if hit is None:
        return None
    length, (slot, pv) = hit
    verb_start = p - length
    before = t.w(verb_start - 1)
    if before in ("to", "not", "never") or before in _MODALS or t.match(verb_start - 2, ("could", "have")):
        return None
    if t.w(p - 1) == "of" and any(t.w(x) in _BACKGROUND for x in range(verb_start - 6, verb_start)):
        return None  # "in retaliation for the killing of six members": another event
    if t.w(verb_start) in ("held", "holding", "took", "taking", "taken") and t.w(g.nps[-1].end) in (
        "hostage",
        "hostages",
        "captive",
        "captives",
    ):
        return _KD, None  # "gunmen held two men hostage", "took three police officers captive"
    return _refine(g, slot, pv, t.w(verb_start), security=_security_right_before(t, verb_start))


def _moved_to(t: _Text, verb_start: int) -> bool:
    """ "what motivated Omar Mateen to kill 49 people": a deed done, told as what moved its doer
    (a name of one to three capitalised words between)."""
    if t.w(verb_start - 1) != "to":
        return False
    for k in range(1, 4):
        x = verb_start - 1 - k
        if not t.capitalized(x):
            return False
        if t.w(x - 1) in ("motivated", "prompted", "drove", "driven", "inspired", "led", "caused"):
            return t.w(x - 2) in ("what", "who", "which", "that")
    return False


def _refine(
    g: _Group, slot: str, pv: str | None, verb: str, *, security: bool = False, passive: bool = False
) -> _SlotVerb | None:
    """Verbs whose slot depends on what they count ("held", "seized", "busted", "returned")."""
    kinds = {np.kind for np in g.nps}
    known = kinds <= {"security", "perp", "suspect", "other", "none", "pron", "hint", "cell"}
    if slot == _C:
        if kinds == {"cell"}:
            return slot, pv
        if verb.startswith("bust") and known:
            return _A, None
        if (
            verb.startswith(("neutrali", "eliminat"))
            and kinds == {"perp"}
            and not any(np.single for np in g.nps)
        ):
            # "Security forces neutralised five terrorists": killed, in the forces' word
            return _K, None
        return None
    if "cell" in kinds:
        if verb.startswith(("bust", "broke", "break", "dismantl")):
            return _C, None
        return None
    hints = {np.hint for np in g.nps if np.kind == "hint"}
    if hints and hints != {slot} and hints != {_KD}:
        return None  # "killed 12 hostages" is fine, "arrested three deaths" is not
    if verb in (
        "held",
        "holding",
        "seized",
        "seizing",
        "captured",
        "capturing",
        "busted",
        "busting",
        "returned",
        "released",
        "releasing",
        "freed",
        "freeing",
        "intercepted",
        "intercepting",
    ):
        if not known:
            return None
        if verb.startswith("seiz"):
            return (_A, None) if kinds <= {"perp", "suspect"} else (_KD, None)
        if verb.startswith("intercept"):
            # "Kenyan police intercepted 12 youths heading to Somalia": stopped and held by a force
            # (not bombers shot dead, nor cars: "intercepted two female suicide bombers ... and shot
            # them dead"; nor people gunmen seize: "Gunmen intercepted 3 Chinese nationals")
            return (_A, None) if kinds <= {"suspect", "other"} and (security or passive) else None
        if verb.startswith("captur"):
            generic = any(np.head in ("people", "persons", "men", "individuals") for np in g.nps)
            # (or taken by the police or troops: "THE NATIONAL POLICE YESTERDAY CAPTURED FIVE MEMBERS")
            if (
                kinds <= {"perp", "suspect", "none", "pron"}
                or generic
                or (security and "security" not in kinds)
            ):
                return _A, None
            return _KD, None
    return slot, pv


_TOOK_ONE = frozenset({"kidnapped", "abducted", "snatched"})
# Verbs that count people only when the noun says so ("held 12 hostages", not "held talks").
_BY_KIND = frozenset({"held", "seized", "captured", "released", "returned", "freed", "intercepted"})
# what someone holds that is no detention: "held responsible", "held dual citizenship", "held talks"
_HELD_NOT_HELD = frozenset(
    {
        "responsible",
        "accountable",
        "liable",
        "citizenship",
        "nationality",
        "passports",
        "passport",
        "talks",
        "meetings",
        "office",
        "posts",
        "positions",
        "rallies",
        "protests",
    }
)
_AUX_VERBS = frozenset(
    {"were", "was", "are", "is", "be", "been", "being", "got", "get", "have", "has", "had"}
)


def _verb_chain_at(t: _Text, x: int) -> bool:
    """Whether a verb (after auxiliaries and adverbs) starts at ``x``."""
    for _ in range(6):
        w = t.w(x)
        if w in _AUX_VERBS or t.longest(x, _PASSIVE) or t.longest(x, _INTRANSITIVE):
            return True
        if w in _AUX or (w.endswith("ly") and len(w) > 4):
            x += 1
            continue
        return False
    return False


_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})


def _skip_parenthetical(t: _Text, e: int) -> int:
    """Skip ", including three children," or ", a former commander," or "(ANA)" after a group."""
    if t.w(e) in _OPEN:
        close = next((x for x in range(e + 1, min(e + 25, t.n)) if t.w(x) in _CLOSE), -1)
        return close + 1 if close > 0 else e
    if t.w(e) in _DASHES:
        # "Two militants - both locals - were killed": an aside between dashes
        for x in range(e + 1, min(e + 12, t.n)):
            if t.w(x) in _SENTENCE_END:
                return e
            if t.w(x) in _DASHES:
                return x + 1 if _verb_chain_at(t, x + 1) else e
        return e
    if t.w(e) in _SUBSET_MARKERS:
        # "five people including a suicide bomber were killed": no commas around the inner count
        for x in range(e + 1, min(e + 10, t.n)):
            w = t.w(x)
            if w in _SENTENCE_END or w == ",":
                return e
            if w in _AUX_VERBS or (w,) in _PASSIVE or (w,) in _INTRANSITIVE:
                return x if _verb_chain_at(t, x) else e
        return e
    if t.w(e) != ",":
        return e
    marker = t.w(e + 1) in _SUBSET_MARKERS
    for x in range(e + 1, min(e + 32, t.n)):
        w = t.w(x)
        if w in _SENTENCE_END:
            return e
        if w == ",":
            if _verb_chain_at(t, x + 1):
                return x + 1
            continue
        if w in _AUX_VERBS or (w,) in _PASSIVE or (w,) in _INTRANSITIVE or (w,) in _ACTIVE:
            # "five people, including two assailants were killed": the comma is missing
            return x if marker and _verb_chain_at(t, x) else e
    return e


# Words that open a post-modifier between a counted group and its verb: "five militants
# suspected to belong to separatist groups were killed", "two people from a camp were killed".
_POSTMODIFIER_OPENERS = frozenset(
    _words(
        """suspected believed thought alleged allegedly said belonging affiliated linked loyal
        from plotting planning preparing attempting trying travelling traveling riding aboard inside
        working hailing living guarding manning escorting onboard on in at near with aged"""
    )
)
_TRYING = frozenset(_words("""attempting trying"""))
_AGES_BETWEEN = frozenset(_words(""", and or between to from years old"""))
_POSTMODIFIER_STOPS = frozenset(
    _words(
        """who whom whose which that where when while after before as because since but and or
        nor said says told according claimed reported than if although though whereas"""
    )
)


def _skip_postmodifier(t: _Text, e: int) -> int:
    """The auxiliary after a post-modifier that opens at ``e`` ("suspected to belong to separatist
    groups were killed"), or ``e``. Only a passive with its auxiliary ends it, and no other
    number, clause or comma may come in between."""
    if t.w(e) not in _POSTMODIFIER_OPENERS:
        return e
    x = e + 1
    if t.w(e) == "aged":
        # "Two teenagers aged 16 and 17 were charged": the ages, then the verb
        while x < min(e + 12, t.n) and (t.is_number_token(x) or t.w(x) in _AGES_BETWEEN):
            x += 1
        return x if x > e + 1 and _verb_chain_at(t, x) else e
    while x < min(e + 16, t.n):
        w = t.w(x)
        if w in _OPEN:
            close = next((y for y in range(x + 1, min(x + 12, t.n)) if t.w(y) in _CLOSE), -1)
            if close < 0:
                return e
            x = close + 1
            continue
        if (w in _AUX_VERBS or t.w(e) in _TRYING) and t.w(x - 1) == "to":
            x += 1  # "thought to be members of", "trying to storm the hotel"
            continue
        if w == "," and t.w(x + 1) in _SUBSET_MARKERS and (y := _skip_parenthetical(t, x)) > x:
            # "five TTP members from the Kashmiri group, including its head Umar, were killed"
            x = y
            continue
        if w in _AUX_VERBS:
            return x if _verb_chain_at(t, x) else e  # "two people travelling were killed"
        if not (t.is_word(x) or w == "-") or w in _POSTMODIFIER_STOPS or w in _SENTENCE_END:
            return e
        intrans = t.longest(x, _INTRANSITIVE)
        if intrans is not None and intrans[1][0] == _K and t.w(x - 1) not in ("to", "who", "that"):
            return x  # "12 militants believed to be involved in the attack died in a clash"
        if (w,) in _PASSIVE or (w,) in _ACTIVE or intrans:
            return e
        x += 1
    return e


def _skip_complement(t: _Text, e: int) -> int:
    """Skip "of a vigilance committee" in "one member of a vigilance committee was killed", and
    "suspected of belonging to a network" in "four men suspected of belonging to ... were
    arrested"."""
    if t.w(e) in ("suspected", "accused") and t.w(e + 1) == "of":
        for x in range(e + 2, min(e + 16, t.n)):
            if not (t.is_word(x) or t.w(x) == "-"):
                return e
            if t.w(x) in _AUX_VERBS:
                return x if _verb_chain_at(t, x) else e
        return e
    if t.w(e) != "of":
        return e
    x = e + 1
    # (a long name: "of the proscribed Karbi People's Liberation Tiger (KPLT)"; a name in quotes
    # and what it is in brackets: 'OF THE "PEASANT DEFENSE PATROL" (THE CIVILIAN MILITIA THAT
    # FIGHTS SUBVERSION)')
    limit = e + 13
    quoted = False
    while x < min(limit, t.n) and (
        t.is_word(x) or t.w(x) in ("(", ")", "-", "'s", "\u2019s") or t.w(x) in _QUOTES
    ):
        w = t.w(x)
        if w == "(" and (close := _closing(t, x, 12)) > x + 1:
            limit += close - x
            x = close + 1
            continue
        if w == "'" and t.ends[x - 1] == t.starts[x] and t.w(x - 1).endswith("s") and not quoted:
            x += 1  # a possessive: "of the soldiers' commander"
            continue
        if w in _QUOTES:
            # (only a name in quotes right after "of (the)" or "so-called", and its closing quote: not
            # 'told reporters "our men ...')
            if not quoted and t.w(x - 1) not in ("of", "the", "so-called", "called", "dubbed", "named"):
                break
            quoted = not quoted
        if w in _AUX_VERBS or w in ("who", "which", "that", "and", "or") or w in _SAYING:
            break
        if (w,) in _PASSIVE or (w,) in _INTRANSITIVE:
            break
        x += 1
    return x if x > e + 1 and _verb_chain_at(t, x) else e


_SAYING = frozenset(_words("""said says told tells claimed claims stated announced declared added"""))


# heads of one body of many: "a family of five was killed", "a patrol of 12 was ambushed"
_COLLECTIVE_HEADS = frozenset(
    _words(
        """family families group crew team unit convoy patrol couple squad cell household party delegation"""
    )
)


def _main_verb_past_relative(t: _Text, e: int) -> int | None:
    """Where the auxiliary of the sentence's own passive stands after a relative clause opening at
    ``e`` ("who had been held in Somalia after joining al-Shabaab | were repatriated"), or None."""
    if t.w(e) not in ("who", "that") or t.w(e + 1) not in ("were", "was", "had", "have", "has", "are"):
        return None
    own = e + 2 + (1 if t.w(e + 2) == "been" else 0)
    harm = t.longest(own, _PASSIVE)
    if harm is not None and harm[1][0] in (_K, _W, _KD):
        return None  # "Ten people who had been kidnapped by bandits ... were freed": those taken
    for x in range(e + 3, min(t.n, e + 20)):
        w = t.w(x)
        if w in _SENTENCE_END or w in (",", ";", ":", "(", "and", "but", "who", "which", "that", "said"):
            return None
        if w in ("were", "was") or (w in ("have", "has", "had") and t.w(x + 1) == "been"):
            v = x + (2 if t.w(x + 1) == "been" else 1)
            while t.w(v).endswith("ly") and len(t.w(v)) > 4:
                v += 1  # "were later repatriated"
            passive = t.longest(v, _PASSIVE)
            return x if passive is not None else None
    return None


def _link_right(t: _Text, g: _Group) -> _Right | None:
    """The passive or intransitive verb after a group ("were killed", "died", "dead")."""
    last = g.nps[-1]
    e = last.end + (1 if t.w(last.end) in _QUOTES and last.kind != "none" else 0)  # 3 "rebels" were
    e = _skip_complement(t, e)
    if last.kind not in ("none", "hint", "cell") and e == last.end:
        e = _skip_postmodifier(t, e)
    if last.kind != "none" or t.w(e + 1) in _SUBSET_MARKERS:
        e = _skip_parenthetical(t, e)  # not for "Advance 4, recently released"
        if t.w(e) in _SUBSET_MARKERS and t.w(e - 1) in _CLOSE:
            e = _skip_parenthetical(t, e)  # "4 policemen (3 according to X) including a commander"
    elif t.w(e) in _OPEN:
        return None
    if g.spelled and t.w(e) == ",":
        e += 1  # "five people, three soldiers and two civilians, were killed": the list closes
    relative = False
    main = _main_verb_past_relative(t, e)
    if main is not None:
        # "Two Maldivian women and five children who had been held in camps in northeastern Syria
        # were repatriated": the sentence's own verb, past the clause that tells who they are
        e = main
    elif t.w(e) in ("who", "that") and t.w(e + 1) in ("were", "was", "had", "have", "are"):
        e += 1
        relative = True
    has_aux = False
    also = False
    start_aux = e
    while e < t.n and e - start_aux < 8:
        w = t.w(e)
        if w in _MODALS or w in _NEGATIONS:
            return None
        if w in _DEATH_ADVERBS and t.longest(e, _PASSIVE):
            break  # "were fatally shot": the adverb makes the killing
        if w in _AUX or (w.endswith("ly") and len(w) > 4 and w not in ("early", "family")):
            also = also or w == "also"
            has_aux = has_aux or w in _AUX_VERBS
            e += 1
            continue
        break
    if (
        t.w(start_aux) == "was"
        and not relative
        # (one group only: "Four assailants and one soldier was killed" agrees with the last)
        and len(g.nps) == 1
        and g.nps[0].value > 1
        and not g.nps[0].single
        and g.nps[0].head not in _COLLECTIVE_HEADS
        # ... told in a relative clause of the subject's (not "A group of 15 was killed", nor the slip of
        # "Three soldiers was killed")
        and any(t.w(k) == "who" for k in range(max(0, g.nps[0].start - 4), g.nps[0].start))
    ):
        return None  # "A man who stabbed two passers-by in Solingen on Friday was shot dead": his verb
    hedged = set(t.words[start_aux:e])
    if hedged & _WRONGLY and hedged & (_BELIEVED | {"reported", "said"}):
        return None  # "two aid workers wrongly reported kidnapped were found safe"
    if hedged & _AT_FIRST and hedged & _BELIEVED:
        death = t.longest(e, _PASSIVE) or t.longest(e, _INTRANSITIVE)
        if death is not None and death[1][0] == _K:
            return None  # "a teenage girl who was initially thought to have died": she lived
    # "was identified and killed"
    if has_aux and t.w(e).endswith("ed") and t.w(e + 1) == "and" and t.longest(e + 2, _PASSIVE):
        e += 2
    died = _and_died(t, e) if has_aux else -1
    if died >= 0:
        e = died  # "were shot in the head and died", "were wounded and later died": killed
    intrans = t.longest(e, _INTRANSITIVE)
    passive = t.longest(e, _PASSIVE)
    if passive is not None and (intrans is None or passive[0] >= intrans[0]):
        length, sv = passive
        after = e + length
        if not has_aux:
            # "two gunmen killed three policemen": active, so the group is the agent.
            nxt = t.w(after)
            if (
                (nxt in _OBJECT_STARTS and not _time_after(t, after))
                or match_number(t.words, after) is not None
                or _noun_kind(nxt) is not None
                or t.capitalized(after)
                or nxt in ("himself", "herself", "themselves")
            ):
                return None
        if _ambiguous_pair(t, after, sv[0]):
            return None
        if (
            t.w(e) == "held"
            and t.w(after + (1 if t.w(after) in ("dual", "joint", "senior", "key") else 0)) in _HELD_NOT_HELD
        ):
            return None  # "held responsible", "two of whom held dual citizenship": nobody detained
        if (
            not has_aux
            and t.w(e) == "held"
            and t.w(after) in ("in", "at")
            and any(t.w(x) in ("camp", "camps") for x in range(after + 1, after + 5))
        ):
            return None  # "16 women and 35 children held in camps in northeastern Syria": where they are
        if not has_aux and t.w(e) in _BY_KIND and all(np.kind == "none" for np in g.nps):
            return None  # "the ninth one held at Oakmont"

        refined = _refine(g, sv[0], sv[1], t.w(e), passive=True)
        if refined is None:
            return None
        g.verb_at = e
        return _Right(refined, also, has_aux, relative)
    if t.match(e, ("the", "only")) and all(np.kind == "perp" for np in g.nps):
        x = e + 2 + (1 if t.w(e + 2) in ("reported", "known", "confirmed") else 0)
        if t.w(x) in ("casualty", "casualties", "fatality", "fatalities", "victim", "victims"):
            # "the assailant was the only reported casualty": suicide attackers die
            g.verb_at = e
            return _Right((_K, None), also, has_aux, relative)
    if intrans is not None:
        length, sv = intrans
        if _ambiguous_pair(t, e + length, sv[0]):
            return None
        if t.w(e) == "with" and t.w(last.end - 1) in _REMAINS:
            return None  # "15 bodies with gunshot wounds": the dead, told by their wounds
        g.verb_at = e
        return _Right(sv, also, has_aux, relative)
    return None


_REMAINS = frozenset(_words("""body bodies corpse corpses remains"""))


def _time_after(t: _Text, x: int) -> bool:
    """ "this morning", "last night" after a participle: a time, not its object ("35 people were
    killed and more than 500 wounded this morning")."""
    return t.w(x) in ("this", "last") and (t.w(x + 1) in _DAYS or t.w(x + 1) in _TIME_NOUNS)


_TIME_NOUNS = frozenset(_words("""morning afternoon evening night week weekend month year"""))


# Participles that a later "and died" turns into a death: "was shot in the head and died".
_HURT_PARTICIPLES = frozenset(
    _words("""shot stabbed wounded injured hit hurt attacked targeted beaten struck burned burnt""")
)


# Participles of being led away that a later "and killed" turns into a death: "was taken from
# the bus and executed", "were led outside the village and were killed".
_LED_PARTICIPLES = frozenset(_words("""taken removed dragged pulled led marched driven"""))
_LATER = ("later", "subsequently", "then", "eventually", "also")


_WHEN_WORDS = (
    _DAYS
    | _MONTHS
    | frozenset(
        _words(
            """day days week weeks hours hour minutes later soon shortly afterwards morning evening night"""
        )
    )
)


_NOT_OBJECT = frozenset(_words("""by in at on near outside inside with after before during while as and"""))


def _person_object(t: _Text, k: int) -> bool:
    """Whether the words from token ``k`` are people killed, an object ("12 shoppers", "the
    guard"), not a time ("two days later", "Monday")."""
    for x in range(k, min(k + 4, t.n)):
        w = t.w(x)
        if w in _WHEN_WORDS or w in _NOT_OBJECT or not (t.is_word(x) or t.is_number_token(x)):
            return False  # (a time, or "executed by the gunmen": the agent)
        if _noun_kind(w) is not None:
            return True
        number = match_number(t.words, x)
        if number is not None:
            return t.is_word(number.end) and t.w(number.end) not in _WHEN_WORDS  # "12 shoppers"
    return False


def _and_died(t: _Text, e: int) -> int:
    """The index of "died"/"killed" in "shot (in the head) and (later) died" or "taken (from the
    bus) and (were) executed" from ``e``, or -1.

    At most six words between, no comma, no number (", and two died" is another count)."""
    led = t.w(e) in _LED_PARTICIPLES
    if t.w(e) not in _HURT_PARTICIPLES and not led:
        return -1
    for x in range(e + 1, min(e + 8, t.n)):
        w = t.w(x)
        if w == "and":
            y = x + 1
            while t.w(y) in _LATER:
                y += 1
            if led and t.w(y) in ("was", "were"):
                y += 1
                while t.w(y) in _LATER:
                    y += 1
            if t.w(y) in ("died", "killed", "succumbed", "perished") or (
                led and t.w(y) in ("executed", "beheaded", "murdered")
            ):
                if led and t.w(y - 1) not in ("was", "were") and _person_object(t, y + 1):
                    return -1  # "were driven to the market and killed 12 shoppers": they killed
                return y
            return -1
        if not t.is_word(x) or w in _POSTMODIFIER_STOPS or w in _AUX_VERBS or w in ("until", "before"):
            return -1  # "was injured before the assailant was shot and killed": another subject
    return -1


def _ambiguous_pair(t: _Text, after: int, slot: str) -> bool:
    """ "killed or wounded", "dead and injured": a casualty figure, not one slot."""
    if t.w(after) not in ("or", "and", "/", ","):
        return False  # "were killed, injured or captured" is one figure for all three
    other = t.longest(after + 1, _PASSIVE) or t.longest(after + 1, _INTRANSITIVE)
    return other is not None and other[1][0] != slot and other[1][0] in (_K, _W)


# --------------------------------------------------------------------------------------------
# The finder


def _sentence_bounds(t: _Text, i: int) -> tuple[int, int]:
    s = i
    while s > 0 and t.w(s - 1) not in _SENTENCE_END:
        s -= 1
    e = i
    while e < t.n and t.w(e) not in _SENTENCE_END:
        e += 1
    return s, e


def _is_subset(t: _Text, np: _NP) -> bool:
    if np.subset:
        return True
    # "12 people, including a child, three women and two men, were killed": back to the marker,
    # across the list, but not across a verb.
    for x in range(np.start - 1, max(np.start - 24, -1), -1):
        w = t.w(x)
        if w in ("among", "amongst") and (
            x == 0 or t.w(x - 1) in _AMONG_COPULA or t.w(x - 1) in _SENTENCE_END
        ):
            # "Three students were among the 20 hostages killed", "Among the 20 killed were three
            # children": the count after "among" is the whole, not a part
            return False
        if w in _SUBSET_MARKERS or t.match(x, ("such", "as")):
            return True
        if w in _SENTENCE_END or w in _AUX_VERBS or w in (":", "while", "whereas", "but"):
            return False
        if (w,) in _PASSIVE or (w,) in _ACTIVE or (w,) in _INTRANSITIVE:
            return False
    return False


def _collect(t: _Text) -> list[_NP]:
    nps: list[_NP] = []
    i = 0
    while i < t.n:
        np = _np_at(t, i)
        if np is None:
            i += 1
            continue
        if np.value >= 0:
            if nps and nps[-1].end == np.start - 1 and t.w(np.start - 1) == "of":
                # "two children of a Taliban member": the member is not counted
                i = max(np.end, i + 1)
                continue
            nps.append(np)
        i = max(np.end, i + 1)
    for np in nps:
        p = _skip_before(t, np.start)
        the_other = t.w(np.start - 1) == "other" and t.w(np.start - 2) == "the"
        if (t.w(np.start - 1) in _ADDITIVE_BEFORE and not the_other) or t.w(p) == "another":
            # "the other two killed" names victims already counted, "two other" adds some
            np.additive = True
        q = np.start - (1 if t.w(np.start - 1) == "the" else 0)
        opens = -1
        for phrase in _IN_ADDITION:
            if t.match(q - len(phrase), phrase):
                np.in_addition = np.additive = True
                np.alongside = phrase in _ALONGSIDE
                opens = q - len(phrase)
        # "Apart from the eight Americans confirmed as wounded" after "271 wounded in attacks on
        # Brussels airport": people of a nation perhaps among a toll told elsewhere (one joined to a
        # count of its clause adds: "four Americans were detained ..., along with 14 Saudis"; see
        # _nations_apart)
        np.of_nation_apart = np.in_addition and not np.alongside and _of_a_nation(t, np)
        s, _ = _sentence_bounds(t, np.start)
        if any(t.match(s, phrase) for phrase in _SENTENCE_ADDITIVE):
            np.additive = True
        np.whole = any(t.match(s, phrase) for phrase in _WHOLE_OPENING)
        # "In addition to the two soldiers, a civilian was killed": those named back opening the
        # sentence (see aggregate)
        np.named_back = opens == s and q < np.start and not np.alongside
        np.subset = np.subset or _is_subset(t, np)
    for prev, np in zip(nps, nps[1:], strict=False):
        if t.w(np.start - 1) in _OPEN and prev.end == np.start - 1 and prev.value > 0:
            np.subset = True  # "killed at least 10 militants (7 corpses recovered)": inside the 10
    return nps


def _groups(t: _Text, nps: list[_NP]) -> list[_Group]:
    """Coordinated counts ("three soldiers and two civilians") as groups.

    An appositive ("Khan, a former commander,") and an inner count ("including two children")
    do not break a list; a list joined by commas alone is split again, since real lists end
    with "and".
    """
    groups: list[_Group] = []
    main: _Group | None = None  # the last group that is not an inner count
    tail = 0  # where the main group's words end, appositives and inner counts included
    for np in nps:
        if main is not None:
            prev = main.nps[-1]
            between = [w for w in t.words[tail : np.start] if w not in _QUOTES]
            while between and between[-1] in ("the", "all", "his", "her", "their", "its"):
                between = between[:-1]
            if _of_complement(t, tail, np.start):
                between = between[-1:]  # "two leaders of the outfit and a member of a group"
            if between[:1] == ["("] and ")" in between and len(between) <= 8:
                between = between[between.index(")") + 1 :]  # "three fighters (VDP) and eleven"
            if between in _ALONG_WITH and t.w(np.end) in ("were", "have", "had"):
                # "An important commander, as well as four other militants were killed": a plural
                # verb makes them one subject
                np.in_addition = False
                between = ["and"]
            if np.subset and not prev.subset:
                groups.append(_Group([np]))
                if (
                    t.words[prev.end : np.start][:1] in ([","], ["("])
                    or not between
                    or (len(between) <= 2 and between[0] in _SUBSET_MARKERS)
                ):
                    # "five people including a suicide bomber were killed": the verb is the
                    # main count's
                    tail = np.end
                continue
            if (
                between == [","]
                and np.single
                and t.w(np.start) in ("a", "an", "the")
                and prev.value == 1
                and not np.additive
            ):
                tail = np.end  # "Khan, a former commander, was killed": an appositive
                continue
            if between in ([","], ["and"], [",", "and"], ["or"], [",", "or"]) and (
                prev.subset == np.subset
                and not np.in_addition
                and not (prev.in_addition and "," in between)
                and (prev.kind == "cell") == (np.kind == "cell")
            ):
                main.nps.append(np)
                main.conj_last = between[-1] in ("and", "or")
                tail = np.end
                continue
        main = _Group([np])
        groups.append(main)
        tail = np.end
    out: list[_Group] = []
    for g in groups:
        if len(g.nps) > 1 and not g.conj_last:
            out.extend(_Group([np]) for np in g.nps)
        elif len(g.nps) > 2 and _enumerates(g):
            g.spelled = True
            out.append(g)
        else:
            out.append(g)
    return out


_ALONG_WITH = (
    [",", "as", "well", "as"],
    ["as", "well", "as"],
    [",", "along", "with"],
    ["along", "with"],
    [",", "together", "with"],
    ["together", "with"],
)


def _of_complement(t: _Text, a: int, b: int) -> bool:
    """Whether tokens ``[a, b)`` are "of" plain words then "and" ("of the rebel outfit and"):
    a complement of the earlier count, then the next part of the list."""
    if t.w(a) != "of" or t.w(b - 1) not in ("and", "or") or not 3 <= b - a <= 12:
        return False
    for x in range(a + 1, b - 1):
        w = t.w(x)
        if (
            not (t.is_word(x) or w in ("-", "(", ")"))
            or w in _AUX_VERBS
            or w in ("and", "or", "who", "which")
        ):
            return False
        if (w,) in _PASSIVE or (w,) in _ACTIVE or (w,) in _INTRANSITIVE:
            return False
    return True


def _enumerates(g: _Group) -> bool:
    """ "five people, three soldiers and two civilians,": the list spells out the first count
    of people of any kind (not "three policemen, two soldiers and a civilian", three parts)."""
    first = g.nps[0]
    if first.single or sum(np.value for np in g.nps[1:]) != first.value:
        return False
    if first.head in _SPELLED_HEADS:
        return True
    # attackers or suspects told as who they were: "The two attackers, a man and a woman, were
    # also killed"
    if first.kind in ("perp", "suspect") and all(np.head in _WHO_THEY_WERE for np in g.nps[1:]):
        return True
    # civilians spelled out as civilians ("12 civilians, eight women and four children"), not with
    # soldiers or attackers beside them ("Four civilians, two soldiers and two policemen": 8)
    return first.head == "civilians" and all(
        np.kind not in ("security", "perp", "suspect") for np in g.nps[1:]
    )


_SPELLED_HEADS = frozenset(_words("""people persons others individuals victims casualties dead"""))
_WHO_THEY_WERE = frozenset(
    _words("""man woman men women boy girl boys girls teenager teenagers youth youths""")
)


def _mention(
    t: _Text, np: _NP, sv: _SlotVerb, group: int, offset: int, additive: bool = False
) -> CountMention:
    s, e = t.starts[np.span_start], t.ends[np.span_end - 1]
    slot, pv = sv
    head, kind = np.head, np.kind
    if head in ("bodies", "corpses") and t.w(np.end) == "of":
        # "three bodies of rebel fighters were found": the dead are fighters
        scanned = _scan_head(t, np.end + 1, limit=4)
        if scanned is not None and scanned[0] >= 0 and scanned[2] in _PEOPLE_KINDS:
            head, kind = t.w(scanned[0]), scanned[2] or kind
    return CountMention(
        slot=slot,
        value=np.value,
        start=s + offset,
        end=e + offset,
        text=t.text[s:e],
        approx=np.approx,
        subject=head,
        # (a suspect killed or wounded is of the doers' side: "one suspect was shot dead" after
        # "police killed a gunman" is that gunman)
        perpetrator_side=kind == "perp" or (kind == "suspect" and slot in (_K, _W)),
        person_verb=pv if slot == _P else None,
        group=group + offset,
        additive=np.additive or additive,
        subset=np.subset,
        vague=np.vague,
        period=_over_period(t, np.start),
        alongside=np.alongside,
        sentence=t.starts[_sentence_bounds(t, np.start)[0]] + offset if t.n else offset,
        whole=np.whole,
        named_back=np.named_back,
        rank=np.rank,
    )


_PERIOD_UNITS = frozenset({"days", "weeks", "months", "years", "decades"})


# one happening named in the singular: "in the attack", "in Saturday's blast"
_ONE_HAPPENING = re.compile(
    r"\b(?:in|from|by) (?:the|this|that|[\w-]+['\u2019]s) (?:[\w-]+ )?"
    r"(?:attack|blast|explosion|bombing|assault|raid|ambush|massacre|shooting)\b"
)


_RANKED = frozenset(
    {"worst", "deadliest", "biggest", "largest", "bloodiest", "highest", "heaviest", "worst-ever"}
)


def _over_period(t: _Text, i: int) -> bool:
    """Whether the sentence gives a total over a period: "since 2015", "so far this year"."""
    s, e = _sentence_bounds(t, i)
    for x in range(s, e):
        w = t.w(x)
        nxt = t.w(x + 1)
        if (w in ("since", "past", "last") or (w, nxt) in (("this", "year"), ("so", "far"))) and any(
            t.w(y) in _RANKED for y in range(max(s, x - 7), x)
        ):
            # "Baghdad's worst car bombing since the U.S.-led coalition toppled Saddam Hussein",
            # "in the deadliest attacks in the Iraqi capital this year", "the deadliest attack so
            # far this year": a happening ranked against the past, not a total over it
            continue
        if w == "since" and (
            nxt in _MONTHS or nxt in ("the", "early", "late", "mid") or t.is_number_token(x + 1)
        ):
            return True
        if (
            w in ("past", "last")
            and t.w(x - 1) in ("the", "in", "over", "during")
            and (
                t.w(x + 2) in ("years", "months", "decades", "decade", "weeks")
                or nxt in ("year", "decade", "years", "months")
            )
        ):
            return True
        if (w, nxt) == ("so", "far") and not _ONE_HAPPENING.search(
            " ".join(t.w(y) for y in range(x + 2, min(e, x + 16)))
        ):
            # (not "So far we have 46 dead and 35 injured in the attack": the toll of one attack)
            return True
        if (w, nxt) in (
            ("to", "date"),
            ("this", "year"),
            ("per", "year"),
            ("each", "year"),
            ("every", "year"),
        ):
            return True
        # "in recent months", "in recent weeks"; not "one of the worst shootings in recent U.S.
        # history", a superlative
        if (w, nxt) == ("in", "recent") and _PERIOD_UNITS & {t.w(x + 2), t.w(x + 3)}:
            return True
        if w == "annually":
            return True
    return False


def _sought(t: _Text, g: _Group) -> bool:
    """The group is what a step asked for or ordered counts ("the ministry ordered the arrest of
    five guerrillas", "demanded the release of 63 prisoners held in Egypt"): no one taken yet, in
    no slot, whatever verb follows."""
    p = _skip_before(t, g.nps[0].start)
    if t.w(p - 1) != "of" or t.w(p - 2) not in _STEP_NOUNS:
        return False
    lead = p - 3 if t.w(p - 3) in ("the", "an", "a", "his", "her", "their") else p - 2
    return t.w(lead - 1) in _SOUGHT or (t.w(lead - 1) == "for" and t.w(lead - 2) in _SOUGHT_FOR)


def _assign(t: _Text, g: _Group) -> list[tuple[_NP, _SlotVerb, bool]]:
    """Each part of a group with its (slot, person_verb) and whether it is additive."""
    toll = _toll_slot(t, g.nps[0].start)
    if _sought(t, g) or toll == _TALLY:
        return []
    left = _link_left(t, g)
    right = _link_right(t, g)
    if left and right:
        if len(g.nps) > 1 and g.conj_last:
            # "killed two policemen, and three civilians were wounded"
            out = [(np, left, False) for np in g.nps[:-1]]
            return out + [(g.nps[-1], right.slot_verb, right.also)]
        if right.aux and not right.relative:
            left = None
    if left:
        g.verb_at = -1  # the verb before counts, not the one after
        for np in g.nps:
            if np.kind == "pron":
                np.subset = False  # "killing seven of them" counts them
        # "THE TERRORISTS ALSO KILLED TWO COUNCILMEN": on top of those told before
        p = _skip_before(t, g.nps[0].start)
        hit = t.longest_ending(p, _ACTIVE)
        also = hit is not None and t.w(p - hit[0] - 1) == "also"
        return [
            # "were holding 20 hostages": captives held, not people arrested
            (
                np,
                (np.hint, left[1])
                if np.kind == "hint" and np.hint == "kidnapped" and left[0] == "arrested"
                else left,
                also,
            )
            for np in g.nps
        ]
    if right and toll and len(g.nps) > 1 and g.conj_last:
        # "the death toll had risen to 80, and 18 others were in critical condition"
        out = [(np, (toll, None), False) for np in g.nps[:-1]]
        return out + [(g.nps[-1], right.slot_verb, right.also)]
    if right:
        return [(np, right.slot_verb, right.also) for np in g.nps]
    if toll:
        return [(np, (toll, None), False) for np in g.nps]
    if all(np.kind == "hint" and np.hint for np in g.nps):
        if any(t.w(g.nps[0].start - k) in _STILL_HOLDS for k in (1, 2, 3)):
            return []  # "the Abu Sayyaf, which holds several other hostages": captives held, none taken here
        return [(np, (np.hint or "", None), False) for np in g.nps]
    if g.nps[0].in_addition:
        sv = _nearest_verb(t, g.nps[0].start)
        if sv:
            return [(np, sv, True) for np in g.nps]
    return []


_STILL_HOLDS = frozenset({"holds", "holding", "hold"})


def _allowed(np: _NP, slot: str) -> bool:
    if np.kind == "hint" and np.hint == "":
        return False  # "12 casualties": killed and wounded together
    if np.kind == "unknown" and slot == _C:
        return False
    if np.single and slot not in (_K, _W):
        return False
    return (np.kind == "cell") == (slot == _C)


def _resolve_anaphor(nps: list[_NP], np: _NP, slots: dict[int, str]) -> _NP | None:
    """The earlier counted group that "the elders" or "the hostages" refers to."""
    for prev in reversed(nps[: nps.index(np)]):
        if prev.kind == "cell" and prev.members and np.kind in ("suspect", "perp", "other"):
            return _NP(start=prev.start, end=prev.end, span_start=0, span_end=0, value=prev.members)
        if prev.value <= 0 or prev.single or prev.subset or prev.anaphor:
            continue
        if prev.head == np.head or (prev.kind == np.kind == "perp"):
            return prev
        if np.head in ("hostages", "captives", "victims") and slots.get(id(prev)) == _KD:
            return prev
    return None


_LONG_FORCE_NAME = re.compile(
    r"\b(Volunteers) for the Defen[cs]e of the (?:Homeland|Fatherland)\b", re.IGNORECASE
)


def find_counts(text: str, offset: int = 0, *, upper: bool = False) -> list[CountMention]:
    """Every count in ``text``, in order; offsets are shifted by ``offset``.

    ``upper`` marks ALL-CAPS wire copy (then capitalisation says nothing about names); text with
    no lower-case letter is treated as upper anyway.
    """
    if not upper and not any(c.islower() for c in text):
        upper = True
    # "22 year-old Iyad", "a 22 year old student": an age written with spaces is read as
    # "22-year-old" (same length, so offsets hold)
    text = _SPACED_AGE.sub(lambda m: re.sub(r"\s", "-", m.group(0)), text)
    # "two Volunteers for the Defence of the Homeland were killed": a force's long name read as
    # its men (blanked to the same length, so offsets hold)
    text = _LONG_FORCE_NAME.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), text)
    t = _Text(text, upper)
    nps = _collect(t)
    out: list[CountMention] = []
    linked: set[int] = set()
    slots: dict[int, str] = {}
    for g in _groups(t, nps):
        gid = t.starts[g.nps[0].start]
        for np, sv, add in _assign(t, g):
            if np.single and np.start in linked and not g.nps[0].in_addition:
                # one person inside the words of a count before ("a bomber attempting to reach the
                # governor was killed": the governor is no victim)
                continue
            if g.spelled and np is not g.nps[0]:
                linked.update(range(np.start, np.end))
                continue
            if np.anaphor:
                ante = _resolve_anaphor(nps, np, slots)
                if ante is None:
                    continue
                if {slots.get(id(ante)), sv[0]} == {_K, _W}:
                    # "the attack, which also wounded 53 people. ... many of the people killed":
                    # the people counted as wounded are not those killed
                    continue
                np.value, np.approx, np.vague = ante.value, ante.approx, ante.vague
            # "a 17-year-old and a 19-year-old were detained": coordinated single persons count
            pair = np.single and len(g.nps) >= 2 and np.kind not in ("cell", "hint")
            # ... and one person taken by the verb of a kidnapping told ("kidnapped a Swiss missionary";
            # not "the intention of taking the OAS secretary general hostage")
            taken = (
                np.single
                and sv[0] == _KD
                and t.w(g.verb_at if g.verb_at >= 0 else g.nps[0].start - 1) in _TOOK_ONE
            )
            if np.unknown or not (_allowed(np, sv[0]) or pair or taken) or (np.single and sv[1] == "treated"):
                continue
            out.append(_mention(t, np, sv, gid, offset, add))
            slots[id(np)] = sv[0]
            linked.update(range(np.start, np.end))
            if g.verb_at > np.end and g.nps[-1] is np:
                # "A top militant belonging to the X Army (XA) was killed": the words up to the verb
                # belong to this count, so "(XA) was killed" is not one more victim
                linked.update(range(np.end, g.verb_at))
    out = _nations_apart(t, nps, out, offset)
    out.extend(_total_mentions(t, out, offset))
    out.extend(_them_mentions(t, nps, slots, offset, linked))
    out.extend(_gapped_mentions(t, nps, slots, offset, linked))
    out.extend(_special_mentions(t, offset, linked))
    # a double murder counts only where its sentence counts no dead otherwise
    out = [
        m
        for m in out
        if not (
            m.subject == _MULTIPLE_HEAD
            and any(o is not m and o.slot == _K and o.sentence == m.sentence for o in out)
        )
    ]
    out.extend(_zero_mentions(t, offset))
    out.sort(key=lambda m: (m.start, m.slot))
    # "an average of one Syrian killed every 25 minutes, one wounded every 13 minutes": a rate
    out = [m for m in out if not _RATE_AFTER.match(text, m.end - offset)]
    # "the decision to storm the club saved at least 30 lives": lives saved, not lost
    out = [
        m
        for m in out
        if m.slot != "killed"
        or not _SAVED_BEFORE.search(text, max(0, m.start - offset - 40), m.start - offset)
    ]
    return _join_clauses(t, _fatally(text, out, offset), offset)


def _fatally(text: str, out: list[CountMention], offset: int) -> list[CountMention]:
    """ "stabbed three people, one fatally": of the wounded counted, those told to have died are
    killed (three people stabbed, one fatally: one killed, two wounded)."""
    res = list(out)
    for k, m in enumerate(out):
        if m.slot != _W:
            continue
        f = _FATALLY_AFTER.match(text, m.end - offset)
        if f is None:
            continue
        dead = parse_number(f.group("n"))
        if dead is None or not 0 < dead <= m.value:
            continue
        res[k] = replace(m, value=m.value - dead)
        res.append(replace(m, slot=_K, value=dead, start=m.start, end=m.end))
    res.sort(key=lambda m: (m.start, m.slot))
    return res


_FATALLY_AFTER = re.compile(
    # ("stabbed two soldiers, one of them fatally", "Four people were stabbed, one fatally")
    r"(?:\s+[A-Za-z-]+){0,2}?(?:\s+(?:were|was)\s+\w+)?,\s+"
    r"(?P<n>one|two|three|four|five|\d+)(?:\s+of\s+them)?\s+fatally\b",
    re.IGNORECASE,
)


_SAVED_BEFORE = re.compile(
    # (not lives that could not be saved: "surgeons could not save the lives of 3 of the wounded")
    r"(?<!not )(?<!n't )(?<!failed to )(?<!unable to )(?<!trying to )(?<!tried to )"
    r"\b(?:sav(?:e|es|ed|ing)|spar(?:e|es|ed|ing))\s+(?:the\s+lives\s+of\s+)?"
    r"(?:(?:at least|more than|over|about|some|nearly|almost|around|up to|as many as|dozens of|"
    r"hundreds of)\s+)?$",
    re.IGNORECASE,
)


_RATE_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+every\s+(?:\d+\s+|few\s+|other\s+|single\s+)?"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?)\b",
    re.IGNORECASE,
)


# Heads that may include the people of another count ("five people were killed ... three
# soldiers were killed" may be one toll said twice).
_GENERIC_HEADS = frozenset(_words("""people persons person others individuals victims casualties dead men"""))
# Words between two counts that make the second a rival report, not another part.
_RIVAL_REPORT = frozenset(
    _words(
        """according said says claimed claims sources source reported reports toll rose risen
        reached total number including among or"""
    )
)


def _join_clauses(t: _Text, out: list[CountMention], offset: int) -> list[CountMention]:
    """ "Two soldiers were killed and three civilians died": two clauses of one sentence about
    different kinds of people are parts of one toll, so they share a group (and add up), while
    separate sentences stay rival reports of one number. So are "3 soldiers were killed on the
    spot and 2 died in hospital" (a bare second number with its own verb)."""
    res = list(out)
    for b, m2 in enumerate(res):
        if m2.slot not in (_K, _W) or not _plain_part(m2):
            continue
        for a in range(b - 1, -1, -1):
            m1 = res[a]
            if m1.slot != m2.slot or m1.group == m2.group or not _plain_part(m1):
                continue
            if _same_toll_clauses(t, m1, m2, offset):
                res[b] = replace(m2, group=m1.group)
            break
    return res


def _plain_part(m: CountMention) -> bool:
    return m.value > 0 and not (m.subset or m.period or m.vague or m.additive)


def _same_toll_clauses(t: _Text, m1: CountMention, m2: CountMention, offset: int) -> bool:
    a = bisect.bisect_left(t.starts, m1.end - offset)
    b = bisect.bisect_left(t.starts, m2.start - offset)
    between = t.words[a:b]
    if not between or "and" not in between and "while" not in between or len(between) > 20:
        return False
    if any(w in _SENTENCE_END or w in _RIVAL_REPORT or w in _OPEN for w in between):
        return False
    if _active_object(t, m1.start - offset) and _active_object(t, m2.start - offset):
        return True  # "shot and killed 4 civilians in A and beheaded a man in B": two acts
    k1, k2 = _noun_kind(m1.subject), _noun_kind(m2.subject)
    if m2.subject == "" or k2 is None:
        # a bare number: only with its own verb right after it ("and 2 died in hospital")
        e = bisect.bisect_left(t.starts, m2.end - offset)
        return bool(between[-1] == "and" and (t.w(e) in _AUX_VERBS or t.longest(e, _INTRANSITIVE)))
    if k1 is None or m1.subject in _GENERIC_HEADS or m2.subject in _GENERIC_HEADS:
        return False
    return k1[0] != k2[0] and k1[0] in _PEOPLE_KINDS and k2[0] in _PEOPLE_KINDS


_PEOPLE_KINDS = frozenset({"security", "perp", "suspect", "other"})


def _active_object(t: _Text, char: int) -> bool:
    """Whether the count at character ``char`` is the object of an active killing or wounding
    verb ("killed 4 civilians", "beheaded a man"), not a nominal ("the killing of")."""
    i = bisect.bisect_left(t.starts, char)
    p = _skip_before(t, i)
    hit = t.longest_ending(p, _ACTIVE)
    return hit is not None and hit[1][0] in (_K, _W) and t.w(p - 1) != "of"


def _total_mentions(t: _Text, found: list[CountMention], offset: int) -> list[CountMention]:
    """ "152 families, a total of 608 people": the total restates the count in people."""
    out: list[CountMention] = []
    for x in range(1, t.n):
        if t.w(x) not in (",", "(") or not t.match(x + 1, ("a", "total", "of")):
            continue
        np = _np_at(t, x + 4)
        if np is None or np.value <= 0 or np.anaphor or np.kind in ("cell", "hint"):
            continue
        before = t.starts[x] + offset
        prev = [m for m in found if m.end <= before and not m.period]
        if not prev:
            continue
        m = max(prev, key=lambda m: m.end)
        gap = [y for y in range(t.n) if m.end - offset <= t.starts[y] < t.starts[x]]
        if len(gap) > 3 or any(not t.is_word(y) for y in gap):
            continue
        s, e = t.starts[np.span_start], t.ends[np.span_end - 1]
        out.append(
            CountMention(
                slot=m.slot,
                value=np.value,
                start=s + offset,
                end=e + offset,
                text=t.text[s:e],
                approx=np.approx,
                subject=np.head,
                person_verb=m.person_verb,
                group=s + offset,
            )
        )
    return out


def _nations_apart(t: _Text, nps: list[_NP], out: list[CountMention], offset: int) -> list[CountMention]:
    """People of a nation set apart ("Apart from the eight Americans confirmed as wounded, U.S.
    media reported ...") are among a toll told elsewhere, unless their sentence counts others of
    the same kind, to which they are added ("In addition to the eight Americans wounded, 30
    Belgians were hurt": 38)."""
    apart = {t.starts[np.span_start] + offset: np for np in nps if np.of_nation_apart}
    if not apart:
        return out
    kept: list[CountMention] = []
    for m in out:
        np = apart.get(m.start)
        if np is not None:
            a, b = _sentence_bounds(t, np.start)
            lo = t.starts[a] + offset
            hi = t.ends[b - 1] + offset if b > a else m.end
            others = [
                o
                for o in out
                if o is not m
                and o.slot == m.slot
                and not o.subset
                and lo <= o.start <= hi
                and _more_or_nation(t, nps, o, offset)
            ]
            if not others:
                m = replace(m, subset=True, additive=False)
        kept.append(m)
    return kept


def _more_or_nation(t: _Text, nps: list[_NP], m: CountMention, offset: int) -> bool:
    """The count names others than a group set apart: "30 others", "20 other tourists", "30
    Belgians" (not "at least 270 people", which may hold them)."""
    np = next((x for x in nps if t.starts[x.span_start] + offset == m.start), None)
    if np is None:
        return False
    words = {t.w(np.start - 1), t.w(np.span_end), t.w(np.span_end + 1) if t.w(np.span_end) == "more" else ""}
    return bool(words & {"other", "others"}) or _of_a_nation(t, np)


def _gapped_mentions(
    t: _Text, nps: list[_NP], slots: dict[int, str], offset: int, linked: set[int]
) -> list[CountMention]:
    """ "suicide bombings killed 16 at the check-in area and 16 more at a city metro station": the
    verb of a counted object left out before a second count joined by "and" ("16 more", "16
    others", "another 16"), with only a place or a time between; the second is added."""
    out: list[CountMention] = []
    for k, np in enumerate(nps):
        if np.start in linked or np.value <= 0 or np.vague:
            continue
        another = t.w(np.start - 1) == "another"
        more = t.w(np.span_end) in ("more", "others") or another
        joined = np.start - (2 if another else 1)
        if not more or t.w(joined) != "and":
            continue
        prev = next((x for x in reversed(nps[:k]) if x.end <= joined), None)
        if prev is None:
            continue
        slot = slots.get(id(prev))
        verb = t.longest_ending(prev.start, _ACTIVE)
        if slot is None or verb is None or verb[1][0] != slot:
            continue  # the first count is the object of the verb told: "killed 16"
        between = range(prev.end, joined)
        if len(between) > 8 or any(
            t.w(x) in _SENTENCE_END
            or t.w(x) in (",", ";", ":", "and", "but", "while", "who", "which")
            or t.w(x) in _AUX_VERBS
            or t.longest(x, _ACTIVE)
            or t.longest(x, _PASSIVE)
            or t.longest(x, _INTRANSITIVE)
            for x in between
        ):
            continue  # (a verb or a clause between: "killed 16 and wounded 16 more" is counted)
        tail = range(np.end, min(np.end + 8, t.n))
        stop = next((x for x in tail if t.w(x) in _SENTENCE_END or t.w(x) in _TAIL_STOPS), None)
        if any(
            t.w(x) in _AUX_VERBS or t.w(x).endswith("ed") or t.w(x) in _OWN_VERBS
            for x in (range(np.end, stop) if stop is not None else tail)
        ):
            continue  # (a verb of its own after it: "arrested 5 suspects and 3 others fled")
        out.append(_mention(t, np, verb[1], t.starts[np.start], offset, True))
        linked.update(range(np.start, np.end))
    return out


# where a gapped count's clause ends, and verbs of its own it may have there (see _gapped_mentions)
_TAIL_STOPS = frozenset({",", ";", ":", "(", "and", "but", "while", "who", "which"})
_OWN_VERBS = frozenset(
    {"fled", "ran", "hid", "went", "came", "got", "left", "remain", "remains", "are", "is", "were", "was"}
)


def _them_mentions(
    t: _Text, nps: list[_NP], slots: dict[int, str], offset: int, linked: set[int]
) -> list[CountMention]:
    """ "captured two bandits and killed them", "abducted 9 soldiers ... They later killed them",
    "three miners were abducted; their bodies were found": "them" after a killing verb, or
    "their bodies" found, counts the people just seized or abducted (the group must have been
    counted as arrested or kidnapped, in this sentence or the one before)."""
    out: list[CountMention] = []
    for i in range(t.n):
        if i in linked:
            continue
        if t.w(i) == "their" and t.w(i + 1) in ("bodies", "corpses"):
            # "three miners were abducted; their bodies were found": found dead
            x = i + 2
            while t.w(x) in _AUX_VERBS or t.w(x) in ("later", "subsequently", "eventually"):
                x += 1
            if x == i + 2 or t.w(x) not in _FOUND:
                continue
        elif t.w(i) == "them":
            hit = t.longest_ending(i, _ACTIVE)
            if hit is None or hit[1][0] != _K:
                continue
            before = t.w(i - hit[0] - 1)
            if before in ("to", "not", "never") or before in _MODALS:
                continue
        else:
            continue
        ante = next((np for np in reversed(nps) if np.end <= i and np.value > 1 and not np.single), None)
        if ante is None or slots.get(id(ante)) not in (_A, _KD) or ante.subset or ante.vague:
            continue
        ends = sum(1 for x in range(ante.end, i) if t.w(x) in _SENTENCE_END)
        if ends > 1 or any(t.w(x) in ("who", "which", "whom") for x in range(ante.end, i)):
            continue
        np = _NP(
            start=i, end=i + 1, span_start=i, span_end=i + 1, value=ante.value, head=ante.head, kind=ante.kind
        )
        out.append(_mention(t, np, (_K, None), t.starts[i], offset))
        linked.add(i)
    return out


# a toll foreseen, not counted: "is expected to rise to 40", "was likely to climb"
_FORESEEN = frozenset({"expected", "likely", "feared", "predicted", "forecast"})
# the toll of a day or of a wave, not of one happening: "the day's overall death toll"
_WIDER_TOLL = frozenset({"overall", "combined", "cumulative", "day's", "week's", "weekend's"})


# the words of a period a number's tally runs over: "the number of militants killed this year"
_TALLY = "tally"
# ... not one happening's toll told since it happened: "the number of people killed in the Brussels
# bombings last month has risen to 35", "killed so far in Friday's attack on the hotel"
_HAPPENING_WORDS = frozenset(
    {
        "attack",
        "attacks",
        "bombing",
        "bombings",
        "blast",
        "blasts",
        "explosion",
        "explosions",
        "operation",
        "offensive",
        "siege",
        "shooting",
        "shootings",
        "raid",
        "massacre",
        "assault",
        "ambush",
        "fighting",
        "clashes",
        "violence",
        "strike",
        "strikes",
        "airstrike",
        "airstrikes",
    }
)


def _tally_span(t: _Text, lo: int, hi: int) -> bool:
    """The words ``lo..hi`` tell a tally's period ("this year", "since January", "since 2014") and
    name no one happening it is the toll of."""
    words = [t.w(y) for y in range(lo, hi)]
    if any(w in _HAPPENING_WORDS for w in words):
        return False
    for k, w in enumerate(words[:-1]):
        nxt = words[k + 1]
        if (w == "this" and nxt == "year") or (
            w == "since" and (nxt in _MONTHS or re.fullmatch(r"(?:19|20)\d\d", nxt))
        ):
            return True
    return False


def _toll_slot(t: _Text, i: int) -> str | None:
    """ "the death toll rose to 17", "the number of injured reached 30"."""
    s, _ = _sentence_bounds(t, i)
    # "The death toll from Tuesday's bombing in ... has risen to 19": a long subject.
    reach = 30 if t.w(i - 1) in ("to", "at", "reached") else 12
    for x in range(i - 1, max(s, i - reach) - 1, -1):
        w = t.w(x)
        if w == "toll" and t.w(x - 1) != "casualty":
            if {t.w(x - 2), t.w(x - 3)} & _WIDER_TOLL:
                return None  # "brought the day's overall death toll to 92": of more than one happening
            if any(t.w(y) in _MODALS or t.w(y) in _FORESEEN for y in range(x + 1, i)):
                return None  # "the death toll could rise to as high as 40": a fear, not a toll
            return _K
        if w == "number" and t.w(x + 1) == "of":
            if _tally_span(t, x + 2, i):
                # "bringing the number of militants killed this year to 84": a tally of the period
                return _TALLY
            for y in range(x + 2, min(x + 6, i)):
                v = t.w(y)
                if v in ("dead", "killed", "deaths", "fatalities", "victims", "bodies"):
                    return _K
                if v in ("injured", "wounded", "injuries"):
                    return _W
                if v in ("arrested", "arrests", "detained", "detainees"):
                    return _A
                if v in ("kidnapped", "abducted", "hostages"):
                    return _KD
            return None
        if w in (",", "and") and x < i - 1 and t.w(x + 1) not in ("to", "at"):
            return None
    return None


_ANY_VERB = {**_ACTIVE, **_PASSIVE, **_INTRANSITIVE}


def _nearest_verb(t: _Text, i: int) -> _SlotVerb | None:
    """The counting verb an "in addition to the assailant" phrase belongs to."""
    s, e = _sentence_bounds(t, i)
    # "was killed along with his driver": the verb before; "In addition to the assailant,
    # 28 people were killed": the verb after.
    for x in list(range(i - 1, s - 1, -1)) + list(range(i, e)):
        hit = t.longest(x, _ANY_VERB)
        if hit and hit[1][0] != _C:
            return hit[1]
    return None


_MULTIPLE = {"double": 2, "triple": 3, "quadruple": 4}
_MULTIPLE_HEAD = "victims of a multiple killing"
# words before a double murder that make it another's, one charged, or one that failed
_NOT_THIS_MURDER = re.compile(
    r"\b(?:attempted|charged with|wanted for|convicted (?:of|for)|accused of|suspected of|guilty (?:of|to)|"
    r"linked to|arrested (?:for|over)|jailed for|sentenced for|behind|in connection with|trial for)\b"
)


_KILLING_NOUNS = frozenset(_words("""homicide homicides murder murders killing killings slaying slayings"""))


def _special_mentions(t: _Text, offset: int, linked: set[int]) -> list[CountMention]:
    """Names and pronouns as single victims ("killed him", "Agha Gul was killed"), "himself"."""
    out: list[CountMention] = []
    for i in range(t.n):
        if i in linked:
            continue
        if (
            t.w(i) in _MULTIPLE
            and t.w(i + 1) in _KILLING_NOUNS
            and not _NOT_THIS_MURDER.search(" ".join(t.words[max(0, i - 4) : i]))
        ):
            # "AS A RESULT OF THE DOUBLE HOMICIDE", "the triple murder": two or three dead (not
            # "wanted for a double murder", "an attempted double murder")
            np2 = _NP(
                start=i, end=i + 2, span_start=i, span_end=i + 2, value=_MULTIPLE[t.w(i)], head=_MULTIPLE_HEAD
            )
            out.append(_mention(t, np2, (_K, None), t.starts[i], offset))
            continue
        if _his_death(t, i):
            # "shot a civilian, resulting in his death"
            np0 = _NP(
                start=i - 1, end=i + 1, span_start=i - 1, span_end=i + 1, value=1, head="person", single=True
            )
            out.append(_mention(t, np0, (_K, None), t.starts[i - 1], offset))
            continue
        shot_dead = t.w(i - 1) in ("shot", "gunned") and t.w(i + 1) in ("dead", "down")
        beaten = _to_death(t, i, i + 1) and t.w(i - 2) not in _MODALS and t.w(i - 2) not in ("to", "not")
        if t.w(i) in ("him", "her") and (shot_dead or beaten):
            # "soldiers shot him dead", "police gunned her down", "a mob beat him to death"
            np1 = _one_token(i, "person", "perp" if _security_subject(t, i - 1) else "other")
            out.append(_mention(t, np1, (_K, None), t.starts[i], offset))
            linked.add(i)
            continue
        if (
            t.w(i) == "being"
            and t.w(i - 1) == "before"
            and (
                t.match(i + 1, ("shot", "dead"))
                or t.match(i + 1, ("gunned", "down"))
                or t.match(i + 1, ("shot", "and", "killed"))
                or t.match(i + 1, ("killed", "by"))
            )
            and i not in linked
        ):
            # "A Palestinian assailant stabbed two Israelis ... before being shot dead by a police
            # officer": the attacker killed (one: not "Three gunmen stormed ... before being killed")
            s0, _ = _sentence_bounds(t, i)
            subject_end = next(
                (x for x in range(s0, min(i, s0 + 6)) if t.longest(x, _ACTIVE) or t.w(x) in _AUX_VERBS),
                min(i, s0 + 6),
            )
            if not any(
                t.w(x) in _PERP_PL or t.w(x) in _OTHER_PL or match_number(t.words, x) is not None
                for x in range(s0, subject_end)
            ):
                np4 = _one_token(i, "attacker", "perp", additive=True)
                out.append(_mention(t, np4, (_K, None), t.starts[i], offset))
                linked.add(i)
                continue
            counted = _counted_attackers(t, s0, subject_end)
            if counted is not None:
                # "Two assailants opened fire ..., killing three people before being shot dead by
                # police": the two attackers are dead too
                np4 = replace(_one_token(i, "attacker", "perp", additive=True), value=counted, single=False)
                out.append(_mention(t, np4, (_K, None), t.starts[i], offset))
                linked.add(i)
                continue
        if t.w(i) in ("himself", "herself") and t.w(i - 1) in ("and", "besides") and i not in linked:
            # "killing 12 people and himself", "killing 11 people besides herself": the bomber too
            verb = next(
                (
                    x
                    for x in range(i - 2, max(-1, i - 8), -1)
                    if (h := t.longest_ending(x + 1, _ACTIVE)) is not None and h[1][0] == _K
                ),
                None,
            )
            if verb is not None and not any(t.w(x) in _SENTENCE_END for x in range(verb, i)):
                np3 = _one_token(i, t.w(i), "perp", additive=True)
                out.append(_mention(t, np3, (_K, None), t.starts[i], offset))
                linked.add(i)
                continue
        if (
            t.w(i) in ("himself", "herself")
            and i not in linked
            and (
                (t.w(i - 1) in ("shooting", "shot") and t.w(i - 2) in ("before", "then", "and", "after"))
                or (
                    t.match(i - 4, ("turned", "the", "gun", "on"))
                    or t.match(i - 4, ("turning", "the", "gun", "on"))
                )
            )
        ):
            # "killing two children ..., before shooting himself", "then turned the gun on himself": the
            # attacker's death (the GTD counts it)
            np5 = _one_token(i, t.w(i), "perp", additive=True)
            out.append(_mention(t, np5, (_K, None), t.starts[i], offset))
            linked.add(i)
            continue
        if t.w(i - 1) == "of" and t.w(i - 2) in _ONE_VICTIM_NOMINALS:
            victim = _nominal_victim(t, i)
            if victim is not None:
                # "the assassination of former minister X", "THE MURDER OF PRESIDENTIAL CANDIDATE Y"
                out.append(_mention(t, victim, (_K, None), t.starts[i], offset))
                linked.update(range(victim.start, victim.end))
                continue
        hit = t.longest_ending(i, _ACTIVE)
        if hit is not None and hit[1][0] in (_K, _W) and t.w(i - 1) != "of":
            before = t.w(i - hit[0] - 1)
            if before in ("to", "not") or before in _MODALS:
                continue
            w = t.w(i)
            np: _NP | None = None
            if w == "only" and t.w(i + 1) in ("himself", "herself"):
                i, w = i + 1, t.w(i + 1)
            if w in ("him", "her"):
                np = _one_token(i, "person", "perp" if _security_subject(t, i - hit[0]) else "other")
            elif w in ("himself", "herself") and hit[1][0] == _K:
                np = _one_token(i, w, "perp", additive=True)
            elif w in ("a", "an") and (hit[1][0] == _K or t.w(i - 1) in _PLAIN_WOUND):
                np = _unknown_victim(t, i)
            elif not t.upper:
                np = _name_after_verb(t, i)
            else:
                # "MURDERED BUSINESSMAN JOSE ANTONIO RODRIGUEZ": in capitals, a bare title names one
                np = _title_victim(t, i)
            if np is not None:
                sv = (_K, None) if _to_death(t, i, np.end) else hit[1]  # "beat him to death"
                out.append(_mention(t, np, sv, t.starts[i], offset))
                linked.update(range(np.start, np.end))
            continue
        # "Agha Gul was killed", "THE MAYOR, 65, WAS KILLED": a singular passive is one victim.
        died = t.w(i) == "died" and t.w(i - 1) not in _NOT_DIED and not _verb_coordinated(t, i)
        # "Farook and Malik were killed in a shootout": names joined by "and" before a plural passive
        names_were = t.w(i) == "were" and i - 1 not in linked and _names_joined(t, i - 1) >= 2
        if (
            died
            or names_were
            or t.w(i) == "was"
            or t.match(i, ("has", "been"))
            or t.match(i, ("had", "been"))
        ):
            x = i - 1
            if t.w(x) == ",":
                # "One assailant, identified as Nabeel, was killed": back over the appositive
                x = next((y - 1 for y in range(x - 1, max(x - 16, 0), -1) if t.w(y) == ","), x)
            while t.w(x) in _BEFORE_DIED or (t.is_number_token(x) and t.w(x - 1) == ","):
                x -= 1
            nk = _noun_kind(t.w(x))
            relative = died and t.w(x + 1) == "who" and nk is not None and not nk[1]
            if (
                x in linked
                and not relative  # "wounding a gendarme who later died": he is dead too
                or x < 0
                or t.w(x) in _SENTENCE_END
                or t.w(x) in _NOT_NAMES
                and (t.w(x) not in ("he", "she"))
            ):
                continue
            if t.w(x) in ("nobody", "none", "one", "it", "which", "what") or t.is_number_token(x):
                continue
            if nk is not None and nk[1]:
                continue  # "the police was": a plural subject, no number
            if died and nk is None and not (t.upper or t.capitalized(x) or t.w(x) in ("he", "she")):
                continue  # "five people in the town died": "town" is not the one who died
            e = i + (1 if t.w(i) in ("was", "were") else 2)
            while (t.w(e) in _AUX or (t.w(e).endswith("ly") and len(t.w(e)) > 4)) and not (
                t.w(e) in _DEATH_ADVERBS and t.longest(e, _PASSIVE)
            ):
                e += 1
            ph = (1, (_K, None)) if died else t.longest(e, _PASSIVE)
            if died:
                e = i
            elif t.w(i) == "was" and t.w(i + 1) in _FOUND and _a_body(t, x):
                e, ph = i + 1, (1, (_K, None))  # "a man's body was found", "the corpse was found"
            elif _and_died(t, e) >= 0:
                e, ph = _and_died(t, e), (1, (_K, None))  # "was shot in the head and died"
            if ph and ph[1][0] in (_K, _W) and not _ambiguous_pair(t, e + ph[0], ph[1][0]):
                np = _NP(
                    start=i,
                    end=e + ph[0],
                    span_start=i,
                    span_end=e + ph[0],
                    # "Farook and Malik died": a plural verb after names joined by "and" is theirs
                    value=(joined := _names_joined(t, x) if died or names_were else 1),
                    head="person",
                    kind="other",
                    single=joined == 1,
                    # "His assistant was also killed": one more, not the one told before
                    additive="also" in t.words[i:e] and t.w(x - 1) in ("his", "her", "their"),
                )
                out.append(_mention(t, np, ph[1], t.starts[i], offset))
                linked.update(range(x, e + ph[0]))
    return out


def _names_joined(t: _Text, x: int) -> int:
    """How many names end at token ``x`` joined by commas and "and" ("Farook and Malik", "Syed
    Farook and Tashfeen Malik", "Ahmed, Karim, and Malik"); 1 for a single name or any other subject
    (not "On Sunday, Karim and Malik" three, nor "went off in Kabul and Ahmad" two)."""

    def part_of_name(k: int) -> bool:
        w = t.w(k)
        return (
            t.capitalized(k)
            and w not in _NOT_NAMES
            and w not in _MONTHS
            and w not in _DAYS
            and _noun_kind(w) is None
        )

    def name_start(j: int) -> int | None:
        # the first token of a name of at most three capitalised words ending at ``j``, not a
        # place after its preposition
        if t.upper or not part_of_name(j):
            return None
        k = j
        while k - 1 >= 0 and j - (k - 1) < 3 and part_of_name(k - 1):
            k -= 1
        return None if t.w(k - 1) in _PLACE_PREPOSITIONS else k

    start = name_start(x)
    if start is None or t.w(start - 1) != "and":
        return 1
    j = start - 3 if t.w(start - 2) == "," else start - 2  # (a serial comma: "Karim, and Malik")
    count = 1
    while (first := name_start(j)) is not None:
        count += 1
        if t.w(first - 1) != ",":
            break
        j = first - 2
    return count


# Words between a subject and its "was killed" or "died": "a gendarme who later died".
_BEFORE_DIED = frozenset(
    _words(""", who that reportedly also himself herself later subsequently eventually then""")
)
# Wounding verbs whose object is always a person ("injured a", not "hurt a campaign").
_PLAIN_WOUND = frozenset({"wounded", "wounding", "injured", "injuring", "stabbed", "stabbing"})
# Singular nouns after "killed a" that are not one victim ("killed a bill", "an unknown number").
_NOT_VICTIM = frozenset(
    _words(
        """number total lot couple few dozen handful score bid deal plan proposal project idea
        motion law bill story rumour rumor report chance hope dream mood plot trend average
        additional further estimated reported extra maximum minimum record host series"""
    )
)


def _unknown_victim(t: _Text, i: int) -> _NP | None:
    """ "militants killed a marabout", "shot dead a wildlife tracker": after a killing verb, "a"
    or "an" and up to four words make one victim even when the head noun is not in the lexicon
    (a killing verb's object is a person). Plural-looking heads, units and things are not."""
    k = i + 1
    while k < t.n and k - i <= 5:
        w = t.w(k)
        if not (t.is_word(k) or _AGE_NOUN.fullmatch(w)) or (w in _STOP and not t.acronym(k)):
            break
        if (w,) in _PASSIVE or (w,) in _ACTIVE or (w,) in _INTRANSITIVE or w in ("and", "or"):
            break
        k += 1
    if k == i + 1 or k - i > 5 or match_number(t.words, k) is not None:
        return None  # "killed an additional 3 people": the number counts, not "an"
    words = [t.w(x) for x in range(i + 1, k)]
    head = words[-1]
    if head in _UNITS or head in _NONPERSON or any(x in _NOT_VICTIM for x in words):
        return None
    nk = _noun_kind(head)
    if nk is not None and (nk[1] or nk[0] in ("hint", "cell")):
        return None
    if nk is None and head.endswith("s") and not head.endswith(("ss", "us", "is")):
        return None  # "killed a few militants" is vague, a plural head is not one
    return _NP(start=i, end=k, span_start=i, span_end=k, value=1, head=head, kind="other", single=True)


_FOUND = frozenset(_words("found discovered recovered retrieved dumped exhumed"))


def _a_body(t: _Text, x: int) -> bool:
    """Whether the subject ending at ``x`` is one dead person's body: "the corpse", "his body",
    "a man's body", "the body of a soldier" (not "the body of the car")."""
    if t.w(x) in ("body", "corpse"):
        before = t.w(x - 1)
        if before in ("the", "a", "his", "her", "one", "another"):
            return True
        nk = _noun_kind(before[:-2]) if before.endswith("'s") else None
        return before.endswith("'s") and (t.capitalized(x - 1) or (nk is not None and not nk[1]))
    nk = _noun_kind(t.w(x))
    if nk is None or nk[1] or nk[0] in ("hint", "cell"):
        return False
    return any(t.w(y) in ("body", "corpse") and t.w(y + 1) == "of" for y in range(max(x - 6, 0), x - 1))


# Words that make "the murder of X" the subject of a court case, not of this report's event.
_LEGAL_CONTEXT = frozenset(
    _words("""charged charges accused convicted acquitted sentenced indicted trial tried verdict""")
)
# Singular nominals whose "of" object is one victim when it names one person.
_ONE_VICTIM_NOMINALS = frozenset(_words("assassination murder killing slaying"))


def _nominal_victim(t: _Text, i: int) -> _NP | None:
    """One victim after "the murder of": a bare singular title or person noun within four words
    ("of former defence minister X", "OF PRESIDENTIAL CANDIDATE Y"), or a capitalised name in
    mixed-case text; not a plural, a number or a determiner (those are counted elsewhere)."""
    if t.w(i) in _STOP or match_number(t.words, i) is not None:
        return None
    if any(t.w(x) in _BACKGROUND for x in range(i - 8, i - 2)):
        return None  # "in retaliation for the killing of commander X": another event
    s, _ = _sentence_bounds(t, i)
    if any(t.w(x) in _LEGAL_CONTEXT for x in range(s, i)):
        return None  # "X was charged with the murder of Major Y": a case about an older death
    end = next((x for x in range(i, min(i + 10, t.n)) if not t.is_word(x) or t.w(x) in _STOP), t.n)
    after = t.w(end + 1)
    if t.w(end) == "and" and (
        after in _OBJECT_STARTS
        or after in ("of", "other")
        or after in _TITLES
        or _noun_kind(after) is not None
    ):
        return None  # "the murder of Father X and the other priests": not one victim
    for x in range(i, min(i + 4, t.n)):
        w = t.w(x)
        if not t.is_word(x) or (w in _STOP and not t.acronym(x)):
            break
        nk = _noun_kind(w)
        if nk is not None:
            if nk[1] or nk[0] in ("hint", "cell"):
                return None
            return _NP(
                start=i, end=x + 1, span_start=i, span_end=x + 1, value=1, head=w, kind=nk[0], single=True
            )
        if w in _TITLES:
            return _NP(
                start=i, end=x + 1, span_start=i, span_end=x + 1, value=1, head=w, kind="other", single=True
            )
    return None if t.upper else _name_after_verb(t, i)


def _counted_attackers(t: _Text, s0: int, subject_end: int) -> int | None:
    """The number of a sentence's subject "Two assailants", "THREE GUNMEN" (only that: not "Two of
    the gunmen", "Police said two gunmen")."""
    if t.w(s0) == "the":
        s0 += 1  # "The two gunmen"
    number = match_number(t.words, s0)
    if number is None or number.vague or number.end >= subject_end:
        return None
    if t.w(number.end) in _PERP_PL:
        return number.value
    return None


def _one_token(i: int, head: str, kind: str, *, additive: bool = False) -> _NP:
    """One person named by the single token ``i`` ("him", "himself", the attacker's "being")."""
    return _NP(
        start=i,
        end=i + 1,
        span_start=i,
        span_end=i + 1,
        value=1,
        head=head,
        kind=kind,
        single=True,
        additive=additive,
    )


def _title_victim(t: _Text, i: int) -> _NP | None:
    """One victim right after a verb in capitals, a bare singular title ("MURDERED BUSINESSMAN JOSE
    ANTONIO RODRIGUEZ"); not when the noun goes on to a plural ("KILLED NATIONAL GUARD MEMBERS")."""
    np = _nominal_victim(t, i)
    if np is None:
        return None
    x = np.end
    while x < min(t.n, np.start + 6) and t.is_word(x) and (nk := _noun_kind(t.w(x))) is not None:
        if nk[1]:
            return None
        x += 1
    if t.w(x) in _COLLECTIVE:
        return None  # "MURDERED CIVILIAN POPULATION", "MASSACRED PEASANT COMMUNITY OF CHAPI"
    return np


_COLLECTIVE = frozenset(
    _words(
        """population populations community communities family families village villages settlement
        settlements cooperative cooperatives group groups union unions organization organizations"""
    )
)


def _his_death(t: _Text, i: int) -> bool:
    """ "resulting in his death", "which led to her death": one death, the victim just named."""
    if (
        t.w(i) != "death"
        or t.w(i - 1) not in ("his", "her")
        or t.w(i + 1) in ("sentence", "penalty", "threats")
    ):
        return False
    return t.w(i - 2) in ("causing", "caused") or (
        t.w(i - 2) in ("in", "to") and t.w(i - 3) in ("resulting", "resulted", "leading", "led")
    )


def _verb_coordinated(t: _Text, i: int) -> bool:
    """Whether the verb at ``i`` follows "and" ("were wounded and later died"): its subject is
    the earlier verb's, counted there."""
    x = i - 1
    while t.w(x) in ("later", "subsequently", "then", "eventually", "also"):
        x -= 1
    return t.w(x) == "and"


def _security_right_before(t: _Text, v: int) -> bool:
    """Police or troops right before the verb at ``v``, only a time or an adverb between: "THE
    NATIONAL POLICE YESTERDAY CAPTURED" (not "militants dressed in police uniforms captured")."""
    x = v - 1
    while x >= 0 and t.w(x) in _BETWEEN_SUBJECT_AND_VERB:
        x -= 1
    return (
        x >= 0
        and (t.w(x) in _SECURITY_PL or t.w(x) in _SECURITY_SG)
        and t.w(x - 1) not in ("in", "of", "with")
    )


_BETWEEN_SUBJECT_AND_VERB = frozenset(
    _words(
        """yesterday today later also then reportedly allegedly have has had on monday tuesday wednesday
        thursday friday saturday sunday last night early late overnight"""
    )
)


def _security_subject(t: _Text, v: int) -> bool:
    """Whether police or soldiers are the subject of the verb at ``v`` ("before police shot and
    wounded him"): then the one hurt is the assailant, whom the GTD counts too."""
    for x in range(v - 1, max(v - 4, 0) - 1, -1):
        w = t.w(x)
        if w in _SENTENCE_END or w == ",":
            return False
        if w in _SECURITY_PL or w in _SECURITY_SG:
            return True
    return False


def _zero_mentions(t: _Text, offset: int) -> list[CountMention]:
    """ "no casualties", "no one was killed", "nobody was hurt": a count of zero."""
    out: list[CountMention] = []
    negators = ("no", "without", "zero", "nor", "n't", "not")
    by_noun = {
        "casualties": (_K, _W),
        "casualty": (_K, _W),
        "injuries": (_W,),
        "arrests": (_A,),
        "deaths": (_K,),
        "fatalities": (_K,),
    }
    fillers = {
        "any",
        "reported",
        "immediate",
        "immediately",
        "confirmed",
        "serious",
        "major",
        "human",
        "known",
        "caused",
        "causing",
        "cause",
        "result",
        "in",
        "resulted",
        "were",
        "was",
        "there",
        "did",
        "had",
        "have",
        "been",
        "resulting",
        # ... and the nouns joined to it: "with no resulting injuries or fatalities"
        *by_noun,
    }

    def joined(x: int) -> bool:
        # "injuries or fatalities": a joining word right after a counted noun (not "Outcome not
        # reported and casualties unknown")
        return t.w(x) in ("or", "and", "nor") and t.w(x - 1) in by_noun

    for i, w in enumerate(t.words):
        slots: tuple[str, ...] = ()
        start = i
        if w in by_noun:
            window = range(max(0, i - 4), i)
            hits = [x for x in window if t.w(x) in negators]
            if hits and not all(t.w(x) in fillers or joined(x) for x in range(hits[0] + 1, i)):
                hits = []  # "no other casualties" is not a total; "not related to" is nothing
            if hits:
                slots, start = by_noun[w], hits[0]
        elif (w == "no" and t.w(i + 1) == "one") or w in ("nobody", "none"):
            j = i + (2 if w == "no" else 1)
            if t.w(j) == "of":
                j += 2
            if t.w(j) == "else":
                j += 1  # "no one else was hurt": none besides those already counted
            while t.w(j) in _AUX or t.w(j).endswith("ly"):
                j += 1
            hit = t.longest(j, _PASSIVE) or t.longest(j, _INTRANSITIVE)
            # (not a condition: "One of the wounded, none of whom was in a serious condition")
            if hit and hit[1][0] in (_K, _W, _A, _KD) and t.w(j) != "in":
                slots = (hit[1][0],)
        for slot in slots:
            s, e = t.starts[start], t.ends[i]
            out.append(
                CountMention(
                    slot=slot, value=0, start=s + offset, end=e + offset, text=t.text[s:e], group=s + offset
                )
            )
    return out


# --------------------------------------------------------------------------------------------
# One value per slot


# the least toll whose parts (attackers and victims told apart) are read as its breakdown when they
# add up to it: small figures add up by chance ("3 soldiers were killed ... an officer and a
# sergeant ... one guerrilla")
_BREAKDOWN_LEAST = 10


def _joined_to_the_one_before(ms: list[CountMention]) -> list[CountMention]:
    """A victims' count joined "along with" one told before it in its sentence ("at least seven
    civilians were killed along with ten soldiers") is part of that one's group, not a count on top
    of the whole toll. (Not "in addition to the assailant, 28 people were killed", nor an
    attacker, whose counts are never summed.)"""
    out: list[CountMention] = []
    for m in sorted(ms, key=lambda m: m.start):
        before = next(
            (
                b
                for b in reversed(out)
                if b.sentence == m.sentence
                and b.end <= m.start
                and not (b.additive or b.vague or b.perpetrator_side)
            ),
            None,
        )
        if m.alongside and m.additive and not m.perpetrator_side and before is not None:
            m = replace(m, group=before.group, additive=False)
        out.append(m)
    return out


# heads of a whole toll that may hold the attackers ("In all, 37 people were killed"; not "37
# civilians", "37 hostages")
_WHOLE_HEADS = frozenset({"people", "persons", "person", "dead", "killed", "lives", "bodies", ""})


def _named_back_again(ms: list[CountMention], elsewhere: list[CountMention]) -> list[CountMention]:
    """ "Two soldiers were killed ... In addition to the two soldiers, a civilian was killed": the
    soldiers named back opening the sentence are the count told before, once; what the sentence goes
    on to count comes on top (3). Named back with no such count before, they are added as any count
    "in addition to" ("In addition to the two assailants, 15 people were killed": 17), unless that
    count was told before in another slot (``elsewhere``): "Five policemen were wounded. In addition
    to the five policemen, two civilians were killed" (2)."""
    out = list(ms)
    for k, m in enumerate(ms):
        same = (m.value, m.perpetrator_side)
        if m.named_back and any(
            b.start < m.start and (b.value, b.perpetrator_side) == same and b.subject == m.subject
            for b in elsewhere
        ):
            out[k] = replace(m, value=0)
            continue
        told_before = any(
            b.start < m.start and not b.additive and (b.value, b.perpetrator_side) == same for b in ms
        )
        # (not in a sentence that tells the whole toll too: "..., a civilian was killed, bringing the
        # death toll to three": that total says it)
        totalled = any(x.sentence == m.sentence and not x.subject for x in ms)
        if not m.named_back or not told_before or totalled:
            continue
        out[k] = replace(m, value=0)
        for j, x in enumerate(out):
            if x.sentence == m.sentence and x.start > m.start and x is not out[k]:
                out[j] = replace(x, additive=True)
    return [m for m in out if m.value > 0]


def _in_a_later_total(ms: list[CountMention]) -> list[CountMention]:
    """A figure told on top of an earlier one is inside a later figure that holds both ("killing four
    people. Two more victims died on Tuesday, bringing the toll to six": six, not eight)."""
    out = []
    for m in ms:
        if m.additive and not m.perpetrator_side:
            before = [b.value for b in ms if not b.additive and b.start < m.start]
            if before and any(
                not c.additive and c.start > m.start and c.value >= max(before) + m.value for c in ms
            ):
                m = replace(m, additive=False)
        out.append(m)
    return out


def _one_more_attacker(ms: list[CountMention]) -> int:
    """ "Soldiers killed two militants ... A third militant was shot dead later": the attackers told
    by an ordinal after as many before as it counts (3); 0 otherwise."""
    best = 0
    for m in ms:
        if not m.rank or not m.perpetrator_side:
            continue
        earlier = [b for b in ms if b.perpetrator_side and not (b.rank or b.additive) and b.start < m.start]
        before = max((b.value for b in earlier), default=0)
        if before == m.rank - 1:
            best = max(best, m.rank)
    return best


def _group_values(ms: list[CountMention]) -> list[tuple[int, int, bool, bool]]:
    """Per group: (victims, perpetrators, additive, vague)."""
    by_group: dict[int, list[CountMention]] = {}
    seen: set[tuple[int, int, int]] = set()
    for m in ms:
        if (m.start, m.end, m.value) in seen:
            continue  # the same mention passed twice
        seen.add((m.start, m.end, m.value))
        by_group.setdefault(m.group, []).append(m)
    out = []
    for parts in by_group.values():
        victims = sum(m.value for m in parts if not m.perpetrator_side)
        perps = sum(m.value for m in parts if m.perpetrator_side)
        out.append((victims, perps, any(m.additive for m in parts), all(m.vague for m in parts)))
    return out


def aggregate(mentions: list[CountMention], *, gtd_style: bool = True) -> dict[str, int | None]:
    """One value per slot for one event.

    Parts of one coordinated phrase are added ("three soldiers and two civilians" 5); separate
    statements are alternatives, and the largest specific one wins ("at least 12" ... "15");
    vague quantities count only when nothing specific is said; counts inside a larger count
    ("including three children") only when nothing else is. A count said to come on top of
    another ("in addition to", "another", "also") is added. With ``gtd_style`` perpetrators
    killed or wounded are added to the victims, as the GTD does; otherwise they count only
    when no victim is counted.
    """
    result: dict[str, int | None] = {}
    for slot in COUNT_SLOTS:
        ms = [m for m in mentions if m.slot == slot]
        if not ms:
            result[slot] = None
            continue
        if any(not m.period for m in ms):
            ms = [m for m in ms if not m.period]
        if any(not m.subset for m in ms):
            ms = [m for m in ms if not m.subset]
        nonzero = [m for m in ms if m.value > 0]
        if not nonzero:
            result[slot] = 0
            continue
        # "had charged three more people ... named the three charged": a figure told on top of
        # what the report does not tell, and told again after, is the same figure
        # (or a part of it: not "Another three people were killed ... The first blast killed 10")
        first_base = min((m.start for m in nonzero if not m.additive), default=None)
        if first_base is not None:
            least = min(m.value for m in nonzero if not m.additive)
            nonzero = [
                replace(m, additive=False) if m.additive and m.start < first_base and m.value >= least else m
                for m in nonzero
            ]
        nonzero = _named_back_again(nonzero, [m for m in mentions if m.slot != slot])
        nonzero = _in_a_later_total(nonzero)
        nonzero = _joined_to_the_one_before(nonzero)
        groups = _group_values(nonzero)
        if any(not vague for *_, vague in groups):
            groups = [g for g in groups if not g[3]]
        base_v = max((v for v, _, add, _ in groups if not add), default=0)
        extra_v = sum(v for v, _, add, _ in groups if add)
        base_p = max((p for _, p, add, _ in groups if not add), default=0)
        extra_p = sum(p for _, p, add, _ in groups if add)
        victims = base_v + extra_v
        perps = max(base_p, extra_p, _one_more_attacker(nonzero))
        if slot not in (_K, _W):
            base = max((v + p for v, p, add, _ in groups if not add), default=0)
            result[slot] = base + sum(v + p for v, p, add, _ in groups if add)
        elif not gtd_style:
            result[slot] = victims if victims else perps
        elif (
            perps
            and base_v >= _BREAKDOWN_LEAST
            and (
                any(0 < v < base_v and v + perps == base_v for v, p, add, _ in groups if not add and not p)
                # (or told together, when the total is everyone's: "35 people died ... There were 26
                # peasants killed, and 9 rebels died"; not "Gunmen killed 12 policemen ... Troops
                # killed 4 gunmen, and 8 soldiers died")
                or (
                    any(m.value == base_v and not m.additive and m.subject in _WHOLE_HEADS for m in nonzero)
                    and any(0 < v < base_v and v + p == base_v for v, p, add, _ in groups if not add and p)
                )
            )
        ):
            # "a raid that killed at least 50 people ... Soldiers killed 33 militants ... at least
            # seven civilians were killed along with ten soldiers": the parts (33 + 7 + 10) make the
            # total, which holds the attackers already (or told together: "35 people died ... There
            # were 26 peasants killed, and 9 rebels died")
            result[slot] = victims
        elif perps and any(
            m.whole
            and m.value == base_v
            and not m.additive
            and not m.perpetrator_side
            and m.subject in _WHOLE_HEADS
            # (not one whose sentence counts the attackers apart: "37 people, not including the
            # attackers, were killed")
            and not any(b.perpetrator_side and b.sentence == m.sentence for b in mentions if b.slot == slot)
            for m in nonzero
        ):
            # "A third bomber was killed before he detonated his explosives ... In all, 37 people
            # were killed": the whole toll holds the attackers' dead
            result[slot] = victims
        else:
            result[slot] = victims + perps
    return result
