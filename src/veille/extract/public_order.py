"""Public order told apart from attacks and counter-terrorism operations.

A protest, a riot or a brawl between party workers and the police is not an attack, and the
police dispersing it is not a counter-terrorism operation. Each rule here is small and named:

- ``PROTEST_CAUSE``: what a protest, march or vigil is about ("held a vigil after the attack");
- ``crowd_violence``: the crowd itself acts ("picketers hurled a petrol bomb at a bus");
- ``civil_clash``: a clash whose sides are party workers, youths or villagers, not armed men
  ("cadres of the front clashed with the police");
- ``shots_in_the_air``: shots fired into the air hit no one ("fired shots in the air to disperse");
- ``protest_voice``: what protesters demand, chant or condemn ("They demanded the arrest of those
  behind the Shikarpur blast") is their message, not a happening of its own;
- ``riot_told``: a riot told ("rioters hurled stones at the soldiers"); the sentence after it,
  with no armed men, tells how it ended ("4 soldiers were injured");
- ``crowd_fired_on``: the security forces firing at a protest ("security forces used live fire to
  push the protesters back"): the policing of a protest, however brutal, not an attack.

Violence beyond public order (guns fired at people, real bombs, armed men) keeps its record.
"""

from __future__ import annotations

import re

from veille.extract.lexicon import NEGATIVE_CUES
from veille.extract.triggers import Hit

_I = re.IGNORECASE

# A protest, march or vigil and what it is about: a trigger after these words is the cause
PROTEST_CAUSE = re.compile(
    r"\b(?:protest(?:s|ed|ing)?|demonstrat(?:ion|ions|ed|ing)|rall(?:y|ies|ied)|(?-i:march(?:ed|es)?)|"
    r"vigils?|sit-?ins?|dharna|took to the streets)\b[^.;]{0,120}?"
    r"\b(?:against|over|after|amid|demanding|condemning|denouncing|in support of|in solidarity with|"
    r"in memory of|to mourn|to protest|for justice for|following|in the wake of)\b|"
    # "students protested the killing of ...": the protest's object is its cause
    r"\bprotest(?:ed|ing)\s+(?:strongly\s+)?(?:the|an?)\b|"
    # "marched to parliament in protest of the target killings"
    r"\bin protest (?:of|at|against|over)\b",
    _I,
)
# a protest held: the story is about the protest ("rallies", "took to the streets")
PROTEST_HELD = re.compile(
    r"\b(?:protest(?:s|ers|ed|ing)?|demonstrat(?:ion|ions|ors|ed)|rall(?:y|ies)|(?-i:march(?:ed|es)?)|"
    r"sit-?ins?|dharna|(?:took|take|came out|poured) (?:to|into|on) the streets)\b",
    _I,
)
# the protesters speaking: their demands, slogans and warnings are the protest's message
_PROTEST_VOICE = re.compile(
    r"^[^.;]{0,80}?\b(?:they|protest[eo]rs|demonstrators|participants|speakers|(?:the )?leaders|"
    r"organi[sz]ers|organi[sz]ations|the rally|the crowd|villagers|(?:village )?dwellers|residents|"
    r"(?:the )?community|members|activists|students)\b[^.;]{0,100}?\b(?:also\s+)?"
    r"(?:demand(?:ed|ing)|chant(?:ed|ing)|shout(?:ed|ing)|raised slogans|critici[sz](?:ed|ing)|"
    r"condemn(?:ed|ing)|denounc(?:ed|ing)|warn(?:ed|ing)|call(?:ed|ing) for|urg(?:ed|ing))\b",
    _I,
)
# a protest, a strike, a riot or a mob (the lexicon's negative cue)
_PROTEST_WORD = dict(NEGATIVE_CUES)["protest"]
# what a riot does, and what the police do to one
_DISORDER = re.compile(
    r"\b(?:tear[- ]?gas|teargas|stones?|stone[- ]?pelt\w*|brickbats|vandali[sz]\w*|torch(?:ed|ing)|"
    r"set (?:on )?fire|set ablaze|afire|clash(?:ed|es)?|scuffle[sd]?|hurl(?:ed|ing)|dispers\w+|"
    r"lathi[- ]?charg\w*|batons?|rubber bullets|water cannons?|injur(?:ed|ies|ing)|wounded|ransack\w*|"
    r"loot\w*|explod(?:ed|ing)|blasted|threw|thrown|set off)\b",
    _I,
)
# words that make a protest sentence about violence beyond public order
BEYOND_PUBLIC_ORDER = re.compile(
    r"\b(?:terror\w*|militants?|gunm[ae]n|jihad\w*|insurgents?|suicide|IEDs?|bomb\w*|grenades?|"
    r"explosives?|rockets?|mortars?|assassinat\w+|abduct\w+|kidnapp\w+|hostages?|murder(?:ed|s)?|"
    r"guerrillas?|rebels?|snipers?|ambush\w*|shot dead|gunfire|opened fire|"
    # a deed of the field said so: "attacked participants at an anti-Islam rally ..., in what prosecutors
    # called an Islamist attack"
    r"(?:Islamist|extremist|jihadist|far-right|far-left)[- ](?:attacks?|motives?|motivated|terror\w*))\b",
    _I,
)
# the event types that public order takes the place of
PUBLIC_ORDER_TYPES = frozenset({"ct_operation", "arrest", "raid", "attack"})

# what police disperse a crowd with: never the grenades of an attack
_GEAR = r"\b(?:stun|smoke|sound|tear[- ]?gas) (?:grenades?|shells?|canisters?)\b"
RIOT_GEAR = re.compile(_GEAR, _I)
# ... and what rioters throw: not the bombs of an attack when the crowd throws them
RIOT_WEAPONS = re.compile(
    _GEAR + r"|\b(?:(?:petrol|crude|hand-?made|fire|Molotov)[- ]bombs?|(?:Molotov )?cocktails?|"
    # ("hurled stones and a home-made crude explosive at soldiers")
    r"(?:home-?made |hand-?made )?crude explosives?|firecrackers?)\b",
    _I,
)
# the crowd as the one who acts
CROWD = re.compile(
    r"\b(?:protest[eo]rs?|demonstrators|rioters|agitators|picket(?:er)?s|(?:a|the) picket|mobs?|"
    r"(?:hartal|bandh|blockade|strike|shutdown)[- ]"
    r"(?:supporters|enforcers|campaigners|activists|picketers)|"
    # a party's men: "Workers of the Trinamool Congress and the BJP clashed", "activists of rival parties"
    # (not an armed party's: "Cadres of the Communist Party of India (Maoist)")
    r"(?:workers|supporters|activists) of (?:the )?(?:rival )?(?:(?:political )?parties|"
    r"(?:[A-Z][\w-]*\s+){0,3}(?:Congress|Party|League|BJP|TMC|BNP|Awami|Janata|Shiv Sena)"
    r"(?!\s+of\s+India\s+\(Maoist\)|\s+\(Maoist\))))\b",
    _I,
)
# ... unless it is the target: "police fired on protesters", "a bomb thrown into the mob"
_TARGETED = re.compile(
    r"\b(?:at|on|upon|into|against|targeting|among|towards?|disperse|dispersing)\s+"
    r"(?:the\s+|a\s+|some\s+|several\s+|hundreds\s+of\s+|\d+\s+)?(?:[\w-]+\s+)?$",
    _I,
)
# the sides of a clash that are not armed men
CIVIL_SIDE = re.compile(
    r"\b(?:cadres|activists|supporters|youths?|students|villagers|residents|workers|locals|traders|farmers|"
    r"members of|crowds?|mobs?|protest[eo]rs|demonstrators|rioters|agitators|picket(?:er)?s|defiers)\b",
    _I,
)
# armed men on a side, beyond the words of ``BEYOND_PUBLIC_ORDER``
_ARMED_SIDE = re.compile(
    r"\b(?:armed|fighters|assailants|attackers|militia\w*|Maoists?|Naxal\w*|bandits|extremists|separatists|"
    r"terrorists?|gunfight|gun ?battle|firing|fired|shot|shots|bullets?|rifles?|guns?)\b",
    _I,
)
_CLASH = re.compile(r"\bclash|\bscuffle|\bfought\b|\bbrawl", _I)
# a crowd told by what it does or what is done to it: "They threw stones at the centre and clashed
# with the soldiers who intervened to disperse them"
_CROWD_MARKS = re.compile(
    r"\b(?:threw|hurled|pelted|throwing|hurling|pelting)\s+(?:[\w-]+\s+){0,2}?(?:stones|rocks|bricks|firecrackers)\b|"
    r"\bstone-?pelting\b|\bto disperse\b",
    _I,
)
_IN_THE_AIR = re.compile(
    r"\b(?:fir(?:ed|ing)|shot|shooting)\s+(?:[\w-]+\s+){0,4}?(?:in|into)\s+the\s+air\b|"
    # ... or at a crowd with what is meant to disperse it
    r"\bfir(?:ed|ing)\s+(?:[\w-]+\s+){0,2}?(?:tear\s*gas|rubber\s+bullets|water\s+cannons?|warning\s+shots?|"
    r"blanks|stun\s+grenades)\b",
    _I,
)


def beyond_public_order(sentence: str, *, thrown: bool = False) -> bool:
    """The sentence tells of violence beyond public order: armed men, bombs, people shot dead.

    The police's stun grenades and tear-gas shells never count; with ``thrown``, neither do the
    petrol bombs and crude bombs that a crowd throws.
    """
    plain = (RIOT_WEAPONS if thrown else RIOT_GEAR).sub(" ", sentence)
    return BEYOND_PUBLIC_ORDER.search(plain) is not None


def crowd_violence(sentence: str) -> bool:
    """Protesters, picketers, rioters or a mob do what the sentence tells, with riot weapons at most.

    "Picketers exploded eight crude bombs near the court", "hartal supporters torched two buses by
    hurling petrol bombs": a riot. "A bomb was hurled at protesters" names the crowd as a target
    and "militants hid among the protesters" names armed men: both keep their records.
    """
    for m in CROWD.finditer(sentence):
        if not _TARGETED.search(sentence, 0, m.start()):
            return not beyond_public_order(sentence, thrown=True)
    return False


def riot_told(sentence: str, triggers: list[int]) -> bool:
    """The sentence tells of a riot: a protest, a strike or a mob, and stones thrown, tear gas,
    vehicles torched or people hurt ("rioters hurled stones at the soldiers", "police used tear gas
    to disperse the demonstrators"), and no violence beyond public order.

    What follows such a sentence without armed men ("4 soldiers were injured", "police arrested
    four persons for vandalism") is how the riot ended. ``triggers``: where the sentence's trigger
    words start (the caller has found them).
    """
    protest = _PROTEST_WORD.search(sentence) or CROWD.search(sentence)
    if protest is None or beyond_public_order(sentence, thrown=True):
        return False
    if _DISORDER.search(sentence) is None:
        return False
    # "... called a strike to protest the attack perpetrated today, causing 9 deaths": a protest
    # about a happening, which the next sentences may go on telling (unless the crowd did it)
    return crowd_violence(sentence) or not any(a > protest.start() for a in triggers)


# the police, troops and guards: who polices a crowd
_SECURITY_AGENT = re.compile(
    r"\b(?:police(?:men|man)?|(?:security|riot|federal|government|military) (?:forces|police|personnel)|"
    r"forces|troops|soldiers|army|guards|gendarm\w+|officers)\b",
    _I,
)
# shots with no armed men: "opened fire", "gunfire rang out", "live ammunition", "live rounds"
_SHOTS = re.compile(
    r"\b(?:open(?:ed|s)? fire|fir(?:ed|ing)|gunfire|live (?:ammunition|rounds|fire|bullets)|"
    r"shot(?: dead)?)\b",
    _I,
)
# shots told before the forces act: "gunfire rang out, as forces pushed the protesters back"
_SHOTS_AS = re.compile(_SHOTS.pattern + r"[^.;]*\b(?:as|when|while|after)\s+(?:the\s+)?(?:[\w-]+\s+)?$", _I)
# the forces harmed: "police officers were shot dead", "soldiers wounded"
_FIRED_AT = re.compile(
    r"\s+(?:(?:were|was|had been|have been|being)\s+)?(?:\w+\s+)?(?:shot|killed|wounded|injured|hit|hurt)\b",
    _I,
)
# armed men, bombs and the like: a protest attacked, not policed ("gunmen opened fire on the march")
_NOT_POLICING = re.compile(
    r"\b(?:terror\w*|militants?|gunm[ae]n|jihad\w*|insurgents?|suicide|IEDs?|bomb\w*|grenades?|explosives?|"
    r"rockets?|mortars?|abduct\w+|kidnapp\w+|hostages?|guerrillas?|rebels?|snipers?|ambush\w*|assailants|"
    r"attack(?:s|ed|ers)?|armed (?:men|group)|unknown|unidentified)\b",
    _I,
)


def crowd_fired_on(sentence: str) -> bool:
    """The security forces fire at a protest: "Security forces used live ammunition to push back
    protesters", "gunfire rang out as forces pushed protesters back over the bridges", "police
    opened fire on demonstrators, killing two".

    The policing of a protest, however brutal, is public order; a protest fired on by gunmen,
    militants or unidentified men, or bombed, is an attack (the caller also keeps sentences naming
    an armed group).
    """
    crowd = _PROTEST_WORD.search(sentence) or CROWD.search(sentence)
    if crowd is None or _NOT_POLICING.search(sentence) is not None:
        return False
    plain = RIOT_GEAR.sub(" ", sentence)
    for m in _SECURITY_AGENT.finditer(plain):
        if _FIRED_AT.match(plain, m.end()):
            continue  # the forces as the ones fired at: "two policemen were shot dead at the rally"
        # the forces fire ("police opened fire on demonstrators"), or shots ring out as they act
        # ("a constant crack of gunfire rang out, as forces ... pushed protesters back")
        if _SHOTS.search(plain, m.end(), m.end() + 60) or _SHOTS_AS.search(
            plain, max(0, m.start() - 60), m.start()
        ):
            return True
    return False


def civil_clash(sentence: str, hit: Hit) -> bool:
    """The hit is a clash whose sides are party workers, youths or villagers, not armed men.

    "Cadres of the front clashed with the police", "clashes erupted between youths and the
    security forces": public order. A clash with militants, rebels or a named armed group, or one
    where guns were fired, is not (the caller skips sentences that name an armed group: the
    lexicon counts "cadres" as armed-conflict context).
    """
    if not _CLASH.search(sentence, hit.start, hit.end) or not (
        CIVIL_SIDE.search(sentence) or _CROWD_MARKS.search(sentence)
    ):
        return False
    return not beyond_public_order(sentence, thrown=True) and not _ARMED_SIDE.search(sentence)


def shots_in_the_air(sentence: str, hit: Hit) -> bool:
    """The hit is shots that harm nobody: "soldiers fired into the air", "fired shots in the air",
    "the guerrillas shot them into the air", "fired tear gas"."""
    return any(m.start() < hit.end and hit.start < m.end() for m in _IN_THE_AIR.finditer(sentence))


def protest_voice(sentence: str) -> int | None:
    """Where the protesters' own words begin in ``sentence`` of a protest story, or None.

    "They demanded the arrest of the accused in the Shikarpur blast", "The protesters also
    criticized the peace agreement", "Village dwellers demanded compensation for those killed by
    the Maoists": a trigger from there on is what the protest is about (the caller checks that the
    story is about a protest: ``PROTEST_HELD`` in its title, an earlier sentence or the next one).
    """
    m = _PROTEST_VOICE.search(sentence)
    if m is None:
        return None
    verb = re.search(r"\S+$", m.group())
    return m.start() + (verb.start() if verb else 0)
