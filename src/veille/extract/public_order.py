"""Public order told apart from attacks and counter-terrorism operations.

A protest, a riot or a brawl between party workers and the police is not an attack, and the
police dispersing it is not a counter-terrorism operation. Each rule here is small and named:

- ``PROTEST_CAUSE``: what a protest, march or vigil is about ("held a vigil after the attack");
- ``crowd_violence``: the crowd itself acts ("picketers hurled a petrol bomb at a bus");
- ``civil_clash``: a clash whose sides are party workers, youths or villagers, not armed men
  ("cadres of the front clashed with the police");
- ``shots_in_the_air``: shots fired into the air hit no one ("fired shots in the air to disperse").

Violence beyond public order (guns fired at people, real bombs, armed men) keeps its record.
"""

from __future__ import annotations

import re

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
# words that make a protest sentence about violence beyond public order
BEYOND_PUBLIC_ORDER = re.compile(
    r"\b(?:terror\w*|militants?|gunm[ae]n|jihad\w*|insurgents?|suicide|IEDs?|bomb\w*|grenades?|"
    r"explosives?|rockets?|mortars?|assassinat\w+|abduct\w+|kidnapp\w+|hostages?|murder(?:ed|s)?|"
    r"guerrillas?|rebels?|snipers?|ambush\w*|shot dead|gunfire|opened fire)\b",
    _I,
)
# the event types that public order takes the place of
PUBLIC_ORDER_TYPES = frozenset({"ct_operation", "arrest", "raid", "attack"})

# what police disperse a crowd with: never the grenades of an attack
_GEAR = r"\b(?:stun|smoke|sound|tear[- ]?gas) (?:grenades?|shells?|canisters?)\b"
RIOT_GEAR = re.compile(_GEAR, _I)
# ... and what rioters throw: not the bombs of an attack when the crowd throws them
RIOT_WEAPONS = re.compile(
    _GEAR + r"|\b(?:(?:petrol|crude|hand-?made|fire|Molotov)[- ]bombs?|(?:Molotov )?cocktails?)\b", _I
)
# the crowd as the one who acts
CROWD = re.compile(
    r"\b(?:protest[eo]rs?|demonstrators|rioters|agitators|picket(?:er)?s|(?:a|the) picket|mobs?|"
    r"(?:hartal|bandh|blockade|strike|shutdown)[- ]"
    r"(?:supporters|enforcers|campaigners|activists|picketers))\b",
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


def civil_clash(sentence: str, hit: Hit) -> bool:
    """The hit is a clash whose sides are party workers, youths or villagers, not armed men.

    "Cadres of the front clashed with the police", "clashes erupted between youths and the
    security forces": public order. A clash with militants, rebels or a named armed group, or one
    where guns were fired, is not (the caller skips sentences that name an armed group: the
    lexicon counts "cadres" as armed-conflict context).
    """
    if not _CLASH.search(sentence, hit.start, hit.end) or not CIVIL_SIDE.search(sentence):
        return False
    return not beyond_public_order(sentence, thrown=True) and not _ARMED_SIDE.search(sentence)


def shots_in_the_air(sentence: str, hit: Hit) -> bool:
    """The hit is shots that harm nobody: "soldiers fired into the air", "fired shots in the air",
    "the guerrillas shot them into the air", "fired tear gas"."""
    return any(m.start() < hit.end and hit.start < m.end() for m in _IN_THE_AIR.finditer(sentence))
