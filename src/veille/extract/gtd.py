"""GTD attack, weapon and target types, and the suicide flag, from an attack's sentences.

Rules follow the GTD codebook (START, University of Maryland):

- attack type: GTD's hierarchy decides between the types found (assassination > hijacking >
  kidnapping > barricade > bombing > armed assault > unarmed assault > facility attack).
  An assassination needs a specific, prominent person (an official, a commander, a judge, an
  elder...) singled out, named or by title; killing anonymous members of a group is not one, nor
  is a bomb that damages a notable's house or office, nor an abduction (a kidnapping, even when
  the captive is later killed). Hostages held in place (a siege, a standoff, a building stormed
  to free them) are a barricade; people taken away, or captives punished or executed, a
  kidnapping. Gunmen who also throw a grenade carry out an armed assault; incendiaries against
  property are a facility attack, unless people were killed or hurt in the raid.
- weapon type: the weapon that goes with the attack type (a bombing uses explosives, an armed
  assault firearms unless only blades or fire are named, and firearms when none is named). GTD
  lists explosives first when the attackers used them alongside guns.
- target type: the victim phrase governed by the attack words nearest the trigger ("attacked a
  police checkpoint", "an explosive device attached to the vehicle of a judge", "two officers were
  stabbed"), classified by its most specific word (a people word yields to the institution it is
  attached to; a generic vehicle or house to its owner); else the victims named in the casualty
  sentences (claims and attributions name perpetrators, so they are skipped); else the place
  attacked. "Security" posts and forces are police or military as the victims tell (military when
  nothing does). Former fighters are civilians; prisons are police; intelligence is government.

Everything is case-insensitive, so ALL-CAPS wire copy works too (names are then not detected,
titles still are).
"""

from __future__ import annotations

import re

from veille.extract.asides import REFERRING

_I = re.IGNORECASE


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", _I)


def _blank(m: re.Match[str]) -> str:
    """The match as as many spaces as it had characters (offsets stay put)."""
    return " " * len(m.group(0))


# ---------------------------------------------------------------------------------------------
# Attack type
# ---------------------------------------------------------------------------------------------

HIJACK = _rx(r"hijack\w*", r"commandeer(?:ed|ing)", r"skyjack\w*")
KIDNAP = _rx(
    r"kidnap\w*",
    r"abduct\w*",
    r"taken (?:captive|hostage|prisoner|away)",
    r"took (?:\w+ ){0,5}?(?:hostage|captive|prisoner)s?",
    r"held (?:\w+ ){0,5}?(?:hostage|captive)s?",
    r"holding (?:\w+ ){0,5}?(?:hostage|captive)s?",
    # (not a unit's name: "the FBI's Hostage Rescue Team")
    r"hostages?(?![- ](?:rescue|negotiat))",
    r"captives?",
    r"ransom",
    r"seized (?:\w+ ){0,3}?(?:civilians|people|villagers|passengers|workers|men|women|children|girls|boys|"
    r"tourists|students|employees|travell?ers)",
    r"carried off",
    r"went missing",
)
# Hostages held in place: a siege or standoff, the building stormed to free them.
BARRICADE = _rx(
    r"barricad\w+",
    r"siege",
    r"besieg\w+",
    r"stand-?off",
    r"hostage[- ]taking (?:crisis|situation|standoff)",
    # "A hostage situation quickly developed before officers entered the club"
    r"hostage (?:situation|crisis|standoff|drama)",
)
HOLD_IN_PLACE = _rx(
    r"held (?:\w+ ){0,5}?hostages?",
    r"holding (?:\w+ ){0,5}?hostages?",
    r"took (?:\w+ ){0,5}?hostages?",
    r"taking (?:\w+ ){0,5}?hostages?",
    r"(?:were|was) (?:taken|held) hostage",
)
TRAPPED = _rx(r"trapped (?:inside|in)", r"held (?:inside|in the building)", r"barricaded (?:\w+ ){0,5}?with")
FREED_ON_SITE = _rx(
    r"stormed",
    r"rescu\w+",
    r"(?:freed|released) (?:\w+ ){0,4}?(?:shortly|hours?|later (?:that|the same) day|the same day|unharmed)",
    r"released (?:\w+ ){0,3}?(?:shortly|hours|later (?:that|the same) day|the same day|unharmed)",
    r"security forces (?:ended|gained|regained|cleared|entered)",
    # ("A man took four people hostage at a synagogue ... The gunman was shot dead by the FBI")
    r"(?:gunm[ae]n|hostage-?takers?|attackers?|assailants?|captors?|(?:the|a) man) (?:was|were) (?:shot dead|killed|"
    r"shot and killed) by (?:the )?(?:police|FBI|officers|security forces|troops|soldiers|special forces|snipers?|"
    r"SWAT|commandos)",
    r"negotiat\w+",
)
TAKEN_AWAY = _rx(
    r"kidnap\w*", r"abduct\w*", r"whereabouts", r"ransom", r"taken away", r"carried off", r"captivity"
)
# Punishment or execution of captives: GTD codes these as hostage taking (kidnapping).
PUNISHMENT = _rx(
    r"lashed",
    r"flogged",
    r"whipped",
    r"stoned (?:\w+ ){0,3}?to death",
    r"beheaded",
    r"decapitated",
    r"(?:publicly )?(?:executed|hanged) (?:\w+ ){0,3}?(?:captives?|hostages?|prisoners?|abductees?|civilians?|"
    r"men|women|people|him|her|them)",
    r"cut off (?:\w+ ){0,3}?(?:hands?|fingers?|ears?|nose|feet|foot|legs?)",
    # not a wound ("head injuries and amputations"): a limb cut off as a punishment
    r"amputat(?:ed|ing|ions?) (?:of )?(?:\w+ ){0,3}?(?:hands?|fingers?|feet|foot|legs?|arms?|limbs?)",
)
# An armed assault on a place or group (beheadings during a raid are not captive executions).
RAID = _rx(
    r"attack(?:ed|ing)",
    r"stormed",
    r"raid(?:ed|ing)?",
    r"opened fire",
    r"ambush\w*",
    r"overran",
    r"massacre\w*",
    r"explosive",
    r"detonat\w+",
)
_EXPLOSIVE_WORDS = (
    r"explosive(?:s|-laden|-filled)?",
    r"explosive devices?",
    r"IEDs?",
    r"VBIEDs?",
    r"(?:car|truck|vehicle|roadside|suicide|magnetic|sticky|parcel|letter|pipe|nail|time|remote[- ]controlled)[- ]bombs?",
    r"bomb(?:s|ing|ings|ed|er|ers)?",
    r"detonat\w+",
    r"explo(?:sion|sions|ded|des|ding)",
    r"blasts?",
    r"blew (?:up|himself|herself|themselves)",
    r"grenades?",
    r"mortars?",
    r"rockets?",
    r"RPGs?",
    r"rocket-propelled",
    r"projectiles?",
    r"shell(?:s|ed|ing)",
    r"artillery",
    r"missiles?",
    r"(?:land|anti-?\w+ )mines?",
    r"landmines?",
    r"(?:a|the) mine",
    r"mines? (?:exploded|detonated|blast|went off)",
    r"dynamit\w+",
    r"TNT",
    r"air ?strikes?",
    r"air raids?",
    r"drone strikes?",
    r"aerial (?:bombardment|bombing|attacks?|strikes?)",
    r"bombard\w*",
    r"heavy (?:and medium |and light )?(?:weapons|weaponry|artillery)",
    r"anti-aircraft (?:guns?|fire|weapons)",
    r"(?:armed |combat )?drones?",
    r"warplanes?",
    r"fighter (?:jets?|planes?)",
    r"(?:helicopter )?gunships?",
    r"air force (?:\w+ ){0,2}?(?:targeted|struck|bombed|hit|raided)",
    r"aircraft (?:\w+ ){0,2}?(?:targeted|struck|bombed|hit|raided)",
    r"tank (?:fire|shells?|rounds?)",
    r"IFVs?",
    r"BMPs?",
    r"howitzers?",
    r"cannon (?:fire|shells?)",
    r"suicide (?:attack|attacker|vest|belt|car|truck|operation|mission)s?",
    r"self-detonat\w+",
)
EXPLOSIVE = _rx(*_EXPLOSIVE_WORDS)
# Explosives that gunmen carry and throw or launch, as against a planted or suicide bomb.
THROWN_EXPLOSIVE = _rx(
    r"(?:hand )?grenades?", r"rockets?", r"RPGs?", r"rocket-propelled grenades?", r"rocket launchers?"
)
PLANTED_EXPLOSIVE = _rx(
    r"explosive devices?",
    r"IEDs?",
    r"VBIEDs?",
    r"(?:car|truck|vehicle|roadside|suicide|magnetic|sticky|parcel|letter|pipe|time)[- ]bombs?",
    r"bombs?",
    r"bombers?",
    r"suicide (?:attack|attacker|vest|belt|car|truck)s?",
    r"explosives?-laden",
    r"mortars?",
    r"shell(?:s|ed|ing)",
    r"artillery",
    r"missiles?",
    r"(?:land|anti-?\w+ )?mines?",
    r"landmines?",
    r"blew (?:up|himself|herself|themselves)",
    r"explosions?",
    r"projectiles?",
)
GUNFIRE = _rx(
    r"opened fire",
    r"open fire",
    r"fired (?:\w+ ){0,2}?(?:shots|bullets|rounds)",
    r"fired (?:on|at|upon|into) (?!(?:\w+ ){0,3}?(?:with )?(?:rockets?|mortars?|grenades?|missiles?))",
    r"shot",
    r"shoot\w*",
    r"gun(?:m[ae]n|fire|shots?|point|battle|fight)",
    r"firearms?",
    r"rifles?",
    r"AK-?47s?",
    r"kalashnikovs?",
    r"pistols?",
    r"handguns?",
    r"machine[- ]?guns?",
    r"automatic weapons",
    r"small arms",
    r"snipers?",
    r"sniper fire",
    r"machine-?gunn?(?:ed|ing)",
    r"strafed",
    r"riddled (?:\w+ ){0,3}?with bullets",
    r"guns?",
    r"bullets?",
)
MELEE_ASSAULT = _rx(
    r"stabb\w+",
    r"stabs?",
    r"knife",
    r"knives",
    r"machetes?",
    r"axes?",
    r"swords?",
    r"blades?",
    r"hacked",
    r"slit",
    r"slashed",
    r"bayonet\w*",
)
ARMED_ASSAULT = _rx(
    r"attack(?:ed|ing|s)?",
    r"assault(?:ed|ing|s)?",
    r"stormed",
    # (a siege with no hostage named: see _hostage_kind)
    r"sieges?",
    r"raid(?:ed|ing|s)?",
    r"ambush\w*",
    r"overran",
    r"massacre\w*",
    r"clash(?:ed|es)?",
    r"killed",
    r"murdered",
    r"gunned down",
    r"armed (?:men|assailants|attackers|group)",
    r"assailants? armed",
    r"wounded",
    r"injured",
)
# a vehicle driven at people: the weapon (a vehicle) and the attack (an unarmed assault) at once
_VEHICLE_ATTACK = (
    r"ramm(?:ed|ing)",
    r"ploughed into",
    r"plowed into",
    r"(?:car|truck|vehicle|van|lorry)[- ]ramming",
    # "the truck attack on the French city of Nice", "drove at a Bastille day crowd"
    r"(?:truck|lorry|van)[- ]attacks?",
    r"drove (?:\w+ ){0,3}?(?:at|into) (?:a |the )?(?:[\w-]+ ){0,3}?crowds?",
    # "A van drove into pedestrians", "drove a rented pickup truck down a bike path"
    r"(?:car|truck|vehicle|van|lorry|SUV) (?:drove|ploughed|plowed|careered|careened|smashed) into (?:a |the )?"
    r"(?:[\w-]+ ){0,2}?(?:crowds?|pedestrians|people|worshipp?ers|shoppers|passers-?by)",
    r"drove (?:\w+ ){0,4}?(?:car|truck|vehicle|van|lorry|SUV) (?:down|along|onto) (?:a |the )?(?:[\w-]+ ){0,2}?"
    r"(?:bike path|cycle path|bicycle path|promenade|pavement|sidewalk)",
)
# blows with hands and feet: an unarmed assault, with GTD's melee weapon
_BLOWS = (r"punch(?:ed|ing)", r"kick(?:ed|ing)", r"pummel+(?:ed|ing)")
UNARMED = _rx(
    *_VEHICLE_ATTACK,
    # ("drove a heavy truck at high speed into a crowd")
    r"drove (?:\w+ ){0,3}?(?:car|truck|vehicle|van|lorry|bus|SUV) (?:\w+ ){0,3}?into (?:a |the )?(?:\w+ ){0,3}?"
    r"(?:crowds?|crowded|people|pedestrians|protesters|worshipp?ers|shoppers|market|festival|promenade|"
    r"bystanders|passers-?by|students|soldiers|troops|police(?:men| officers)|officers|gendarmes|guards)",
    r"poison\w*",
    r"beat(?:en|ing)? (?:\w+ ){0,3}?(?:to death|up|unconscious|severely)",
    *_BLOWS,
    r"(?:assaulted|attacked|beaten) with (?:their |his |her )?(?:fists|bare hands)",
    r"strangl\w+",
    r"tortur(?:ed|ing)",
    r"sexual(?:ly)? assault\w*",
    r"raped",
    r"acid (?:attack|was thrown)",
    r"threw acid",
    r"thrown acid",
)
FIRE = _rx(
    r"set (?:fire|ablaze|alight|on fire)",
    r"set (?:\w+ ){1,5}?(?:on fire|ablaze|alight)",
    r"sets? fire",
    r"setting fire",
    r"arson\w*",
    r"torch(?:ed|ing)",
    r"burn(?:ed|t|ing)?(?: down)?",
    r"were burned",
    r"firebomb\w*",
    r"fire-?bomb\w*",
    r"molotov(?: cocktails?)?",
    r"petrol bombs?",
    r"gasoline bombs?",
    r"incendiary",
    r"(?:doused|poured) (?:\w+ ){0,3}?(?:petrol|gasoline|fuel|kerosene)",
    r"on fire",
    r"ablaze",
    r"gutted",
)
DAMAGE = _rx(
    r"vandali[sz]\w+",
    r"sabotag\w+",
    r"destroy(?:ed|ing)",
    r"demolish\w*",
    r"damag(?:ed|ing)",
    r"ransack\w*",
    r"looted",
    r"cut (?:\w+ ){0,3}?(?:cables?|lines?|wires?|pipes?)",
    r"dug (?:up )?(?:\w+ ){0,3}?(?:road|trench|gorge|ditch)",
    r"blocked (?:\w+ ){0,3}?(?:roads?|highways?)",
    r"roadblocks?",
    r"felled",
    r"uprooted",
)
ASSASSINATION_WORDS = _rx(r"assassinat\w+", r"targeted killing", r"contract killing")

# Prominent people: a specific one singled out makes an assassination (GTD codebook).
_PROMINENT = (
    r"(?i:governor|mayor|minister|lawmaker|legislator|senator|congress(?:man|woman)|MP|"
    r"member of (?:the )?(?:parliament|provincial council|national assembly|congress|senate)|"
    r"(?:national assembly|parliament|provincial council|senate|assembly) member|parliamentarian|"
    r"council(?:l?or| member| head| chief| chairman| leader| president)|"
    r"judge|justice|magistrate|prosecutor|attorney(?: general)?|"
    r"(?:high-ranking|senior|top|government|provincial|district|state|public|election|local|municipal|"
    r"intelligence|security|court|ministry|army|military|police|party) official|"
    r"director(?: general)?|chief of (?:police|staff|security|the)|head of (?:the )?\w+|commander|commandant|"
    r"chief|general|brigadier|colonel|admiral|leader|elder|chieftain|candidate|politician|"
    r"party (?:chairman|president|secretary|official|member)|spokes(?:man|woman|person)|"
    r"ambassador|consul|diplomat|envoy|president|prime minister|king|prince|princess|queen|administrator|"
    r"cleric|imam|mullah|mawlavi|maulvi|mufti|sheikh|scholar|bishop|priest|pastor|archbishop|"
    r"journalist|editor|reporter|activist|human rights defender|chairman|chairperson|secretary(?: general)?|"
    r"businessman|tycoon|celebrity|warlord|(?:sub-?)?prefect|(?:program|radio|TV|talk show) host|presenter|"
    r"anchor|(?:police|army) captain)"
)
PROMINENT = re.compile(r"\b" + _PROMINENT + r"s?\b", _I)
_TITLE = (
    r"(?:Mr|Mrs|Ms|Dr|Haji|Hajji|Mawlavi|Maulvi|Mawlawi|Mullah|Mufti|Qari|Sheikh|Shaikh|Sayed|Syed|"
    r"Colonel|Col|General|Gen|Brigadier|Major|Maj|Captain|Capt|Lieutenant|Lt|Commander|Judge|"
    r"Senator|Governor|Mayor|Imam|Pastor|Father|Bishop|Chief|Professor|Prof|Engineer|Eng)\.?"
)
# A capitalised name of one to four words ("Abdul Ghafoor Azizi", "Jean-Pierre N'Dah").
_NAME_WORD = r"(?:[A-Z][\w'\u2019-]*[a-z][\w'\u2019-]*|[A-Z]\.|(?:al|el|ul|ud|bin|ibn|de|da|van|von)-?)"
_NAME = (
    r"(?:"
    + _TITLE
    + r"\s+)?[A-Z][\w'\u2019-]*[a-z][\w'\u2019-]*(?:\s+"
    + _NAME_WORD
    + r"){0,4}(?![\w'\u2019-])"
)
NAMED_ROLE = re.compile(
    # "Mirza Mohammad, a development council leader," / "Niyazi, the former governor"
    r"(?P<name>" + _NAME + r"),\s+(?:an?|the|who was (?:an?|the)|who is (?:an?|the))\s+"
    r"(?P<role>[^,.;]{0,80}?\b" + _PROMINENT + r"s?\b)"
    # "police chief Abdul Ghafoor Azizi" / "Colonel Emmanuel Nibizi" / "A police commander, Payanda Mohammad,"
    r"|(?P<role2>\b"
    + _PROMINENT
    + r"),?\s+(?:of [A-Z][\w-]+(?: [A-Z][\w-]+){0,3},?\s+)?(?P<name2>"
    + _NAME
    + r")"
)
# Attack words that single out a person, and what of theirs was hit.
_ATTACK_ON = (
    r"\b(?:opened fire(?: on| at| upon)?|fired (?:on|at|upon)|shot(?: (?:and (?:killed|wounded|injured)|dead|at))?|"
    r"attacked|stabbed|target|targeting|targeted|killed|murdered|assassinated|gunned down|ambushed|"
    r"(?:threw|hurled|lobbed) (?:\w+ ){1,3}(?:at|into)|(?:attached|planted|placed|fitted|hidden) (?:to|in|on|under)|"
    r"detonated (?:near|at|outside|targeting)|(?:vehicle|car|convoy|caravan|motorcade|residence|home|house|"
    r"office|motorcycle|motorbike|compound|family) (?:of|carrying|belonging to))\s+"
)
_BELONGING = (
    r"(?:(?:the|an?) (?:\w+ ){0,3}?(?:vehicle|car|convoy|caravan|motorcade|residence|home|house|office|"
    r"motorcycle|motorbike|compound|family) (?:of|carrying|belonging to|transporting)\s+)?"
)
# The name of an individual, governed by the attack words ("opened fire on Mirza Mohammad").
PERSON_TARGET = re.compile(
    _ATTACK_ON
    + _BELONGING
    + r"(?:(?:two|three|several|\d+) (?:\w+ ){0,2}?(?:people|civilians|men),? including\s+)?"
    r"(?P<role>(?:the\s+)?(?:(?-i:[A-Z][\w-]+)\s+){0,3}" + _PROMINENT + r"s?,?\s+"
    r"(?:of [A-Z][\w-]+(?: [A-Z][\w-]+){0,3},?\s+)?)?"
    r"(?P<name>" + _NAME + r")"
    r"(?!(?:\s+[A-Z][\w'-]*)*\s+(?i:mosque|madrass?a|school|shrine|hospital|university|street|road|square|market))",
)
# A name that starts with a title of note: "Chief Johannes Ekebe", "Senator X", "Colonel Y".
TITLED_NAME = re.compile(
    r"^(?:Chief|Governor|Senator|Judge|Justice|Mayor|Colonel|Col\.|General|Gen\.|Brigadier|Commander|"
    r"Minister|President|Prince|Princess|King|Queen|Sheikh|Mufti|Bishop|Ambassador|Prefect)\s+[A-Z]"
)
BUILDING_OF = re.compile(r"\b(?:residences?|homes?|houses?|offices?|compound)\s+(?:of|belonging to)\b", _I)
TITLE_WORD = re.compile(r"\b" + _TITLE + r"\s")
# An individual of note singled out by title ("targeting the district governor").
ROLE_TARGET = re.compile(
    _ATTACK_ON
    + _BELONGING
    + r"(?:(?:an?|the|his|her)\s+|(?<=of\s)|(?<=carrying\s)|(?<=to\s))(?:(?:retired|ex-|former|senior|prominent|local|well-known|influential|powerful|top|"
    r"high-ranking|pro-government|police|army|military|security|militia|uprising|border|intelligence|district|"
    r"provincial|village|tribal|party|deputy|vice|acting|city|regional|state|municipal|community|"
    r"religious|political|opposition|jihadi|mujahideen|militant|rebel|\([A-Z]{2,6}\)|(?-i:[A-Z][a-z][\w-]*))\s+){0,4}"
    + _PROMINENT
    + r"(?!s)\b(?! (?:of|and) (?:\w+ )?(?:the )?(?:police|army|military|security|guards?|bodyguards?)\b)"
    r"(?!'s (?:compound|office|headquarters|house|residence|home))"
    # "the Imam Mohammad Baqer mosque" names a building
    r"(?! (?:[\w-]+ ){0,4}?(?:mosque|madrass?a|school|shrine|hospital|university|street|road|square|market))",
    _I,
)
# "Faizullah, a former mayor, ... was killed in the blast" after an untargeted bombing sentence.
VICTIM_PERSON = re.compile(
    r"(?P<name>"
    + _NAME
    + r")(?P<mid>,[^.;]{0,90},|,)?\s+(?:was|had been) (?:killed|injured|wounded|unharmed|"
    r"not (?:harmed|hurt|injured)|unhurt|shot|targeted|the (?:target|intended target))",
)


def _sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs; a plain splitter that works on ALL-CAPS copy too."""
    out: list[tuple[int, str]] = []
    start = 0
    for m in re.finditer(r"(?<=[.!?])\s+(?=[\"'(\[]?[A-Z0-9])", text):
        # keep "U.S. Army" and "Gen. X" together
        prev = text[max(start, m.start() - 4) : m.start()]
        if re.search(r"(?:\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Capt|Maj|Prof|St|No|Eng)\.)$", prev):
            continue
        out.append((start, text[start : m.start()]))
        start = m.end()
    out.append((start, text[start:]))
    return [(o, s) for o, s in out if s.strip()]


def _is_assassination(text: str) -> bool:
    if ASSASSINATION_WORDS.search(text):
        return True
    if FIRE.search(text) and not (
        GUNFIRE.search(text) or EXPLOSIVE.search(text) or MELEE_ASSAULT.search(text)
    ):
        return False  # a house or office burned: an attack on property, not on the person
    if PROMINENT.search(text) is None and TITLE_WORD.search(text) is None:
        return False
    # a bomb at the house or office of a notable damages property; shots at it seek the person
    property_bomb = EXPLOSIVE.search(text) is not None and not _gun_led(text)
    for m in ROLE_TARGET.finditer(text):
        if not (property_bomb and BUILDING_OF.search(m.group(0))):
            return True
    if text.isupper():
        return False  # names cannot be told from other words in ALL-CAPS copy
    roles: dict[str, str] = {}
    done = -1
    for p in PROMINENT.finditer(text):
        if p.start() < done:
            continue
        # the name and title around this title word: "Mirza Mohammad, a council leader"
        lo, hi = max(0, p.start() - 140), min(len(text), p.end() + 80)
        done = hi - 80
        for m in NAMED_ROLE.finditer(text, lo, hi):
            name = m.group("name") or m.group("name2")
            role = m.group("role") or m.group("role2")
            if name and role:
                for part in name.split():
                    if part[:1].isupper() and len(part) > 2:
                        roles[part.rstrip(".,")] = role
    for m in PERSON_TARGET.finditer(text):
        if property_bomb and BUILDING_OF.search(m.group(0)):
            continue
        if m.group("role"):
            return True
        if TITLED_NAME.match(m.group("name")):
            return True
        if any(p.rstrip(".,") in roles for p in m.group("name").split()):
            return True
    if not roles:
        return False
    for m in VICTIM_PERSON.finditer(text):
        if any(p.strip(".,") in roles for p in (m.group("name") + " " + (m.group("mid") or "")).split()):
            return True
    return False


def _hostage_kind(text: str) -> str | None:
    taken = KIDNAP.search(text) is not None
    if BARRICADE.search(text) and (taken or HOLD_IN_PLACE.search(text) or TRAPPED.search(text)):
        # a siege with people held or trapped inside; a siege with no hostage named is an assault
        return "hostage_barricade"
    if taken and HOLD_IN_PLACE.search(text) and FREED_ON_SITE.search(text) and not TAKEN_AWAY.search(text):
        return "hostage_barricade"
    if taken:
        return "kidnapping"
    if PUNISHMENT.search(text) and not RAID.search(text):
        return "kidnapping"
    return None


SHOOTING = _rx(
    r"opened fire",
    r"open(?:ing)? fire",
    r"fired (?:\w+ ){0,2}?(?:shots|bullets|rounds)",
    r"fired (?:on|at|upon|into) (?!(?:\w+ ){0,3}?(?:with )?(?:rockets?|mortars?|grenades?|missiles?))",
    r"shot (?:dead|and killed|and wounded|and injured|at)",
    r"shooting",
    r"gunfire",
    r"gunshots?",
    r"(?:armed|equipped) with (?:\w+ ){0,4}?(?:firearms|guns|rifles|pistols|AK-?47s?|kalashnikovs?)",
    r"(?:firearms|guns|rifles|AK-?47s?) and (?:\w+ )?(?:grenades|rockets|RPGs|explosives)",
    r"machine-?gunn?(?:ed|ing)",
    r"sprayed (?:\w+ ){0,3}?with bullets",
)


_PASSIVE_SHOT = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?shot\s+(?:and\s+\w+|dead)?", _I)
GUN_ACTOR = re.compile(r"\bgunm[ae]n\b", _I)


def _gun_led(text: str) -> bool:
    """Gunmen who also threw grenades or fired rockets: an armed assault, not a bombing."""
    # "the attacker was later shot and injured": someone else's gunfire
    if not SHOOTING.search(_PASSIVE_SHOT.sub(" ", text)):
        return False
    for m in EXPLOSIVE.finditer(text):
        if not THROWN_EXPLOSIVE.fullmatch(m.group(0)) and PLANTED_EXPLOSIVE.fullmatch(m.group(0)):
            return False
    # explosives only thrown or launched by the gunmen
    return bool(THROWN_EXPLOSIVE.search(text))


# the bombs of the police, not the attacker's: "killed the gunman with a bomb-carrying robot",
# "bomb squad technicians searched the dwelling"
POLICE_BOMB = re.compile(
    r"\b(?:bomb[- ](?:squads?|disposal(?: \w+)?|technicians?|experts?|units?|robots?|sniffing dogs?|"
    r"detection(?: \w+)?)|(?:bomb|explosives?)-(?:carrying|laden|packed) robots?|"
    r"robots? (?:carrying|armed with|loaded with) (?:an? )?(?:bomb|explosives?|explosive device))\b",
    _I,
)

# a bomb only threatened or feared, not set off: "911 transcripts show bomb threats", "a bomb scare"
BOMB_THREAT = re.compile(r"\bbomb[- ](?:threats?|scares?|hoax(?:es)?|alerts?)\b", _I)

# "weapons and grenades were found inside the truck": arms found with the attacker, not used
FOUND_WITH = re.compile(
    r"\b(?:[\w-]+\s+){0,3}?(?:grenades?|explosives?|bombs?|explosive devices?|detonators?|suicide (?:vests?|belts?))"
    r"\s+(?:\w+\s+){0,2}?(?:were|was|had been|have been)\s+(?:also\s+|later\s+)?(?:found|discovered|recovered)\s+"
    r"(?:inside|in|aboard|on board)\s+(?:the|his|her|their|a)\s+(?:[\w,-]+\s+){0,3}?"
    r"(?:truck|lorry|vehicle|car|van|cab|apartment|home|house|flat|room|backpack|bag)s?\b",
    _I,
)


# arms only claimed or in a name: "claimed to have bombs strapped to his body", "the claim that he
# had bombs", "the Bureau of Alcohol, Tobacco, Firearms and Explosives"
CLAIMED_ARMS = re.compile(
    r"\b(?:claim(?:ed|ing|s)?|pretend(?:ed|ing)|threaten(?:ed|ing)|(?:told|telling)(?: \w+){1,3})"
    r" (?:that )?(?:to have|(?:he|she|they) (?:had|has|have|was carrying|were carrying)) (?:an? )?"
    # (not "claimed they had planted bombs", "... had thrown bombs": what they did)
    r"(?:(?!\w+ed\b|(?:thrown|set|hidden|laid|built|made|sent|left|put|brought|sewn|strapped|worn)\b)\w+ )?"
    r"(?:bombs?|explosives?|explosive devices?|suicide (?:vests?|belts?))"
    r"|\bAlcohol,? Tobacco,? Firearms,? and Explosives\b|\bExplosive Ordnance Disposal\b",
    _I,
)


# more of a means called for, not used: "the United States needs to increase its military response
# ..., including additional bombings", "urged more air strikes"
DEMANDED_ARMS = re.compile(
    r"\b(?:urg(?:e|ed|es|ing)|demand(?:ed|s|ing)?|call(?:ed|s|ing)? for|(?:press|push)(?:ed|es|ing)? for|"
    r"propos(?:e|ed|es|ing)|needs? to|should)\b[^.;]{0,160}?\b"
    r"(?P<arms>(?:more|additional|further|increased|intensified|stepped-up|heavier) "
    r"(?:air ?strikes|bombings?|bombing raids?))\b",
    _I,
)


def _blank_arms(m: re.Match[str]) -> str:
    """The demand kept, the arms it asks for blanked."""
    return m.group(0)[: m.start("arms") - m.start()] + " " * len(m.group("arms"))


# arms only looked for: "checking the shooting scene with a robot to make sure there are no explosives"
CHECKED_FOR = re.compile(
    r"\b(?:make sure|ensure|ensuring|check(?:ed|ing)? (?:for|whether)|sweep(?:ing|s)? for|search(?:ed|ing)? for)\s+"
    r"(?:(?:that\s+)?there (?:are|were|is|was) )?(?:no |any )?(?:other |more |further |secondary )?"
    r"(?:explosives?|bombs?|explosive devices?|booby traps?)\b",
    _I,
)


# arms of mass harm only feared: "fueled concern that Islamic State could ... develop radioactive
# 'dirty bombs'"
# (a fear and a modal: not "would respond to the chemical attack", nor "concern over the chemical
# attack that killed 80")
FEARED_ARMS = re.compile(
    r"\b(?:concerns?|concerned|fears?|feared|worr(?:y|ies|ied)|risks?|threats?|possibility|ambitions?)\b"
    r"[^.;]{0,80}?\b(?:could|might|would|may|to)\b[^.;]{0,100}|"
    # ... or only sought: "fighters ... were seeking to penetrate a nuclear facility to obtain material
    # for a so-called radioactive dirty bomb"
    r"\b(?:seek(?:s|ing)?|sought|tr(?:y|ies|ying|ied)|plann?(?:ed|ing|s)?|aim(?:s|ed|ing)?)\s+to\b[^.;]{0,120}",
    _I,
)
_MASS_HARM_WORDS = re.compile(
    r"\b(?:radioactive|radiological|nuclear|dirty bombs?|chemical|biological)\b", _I
)


def _blank_mass_harm(m: re.Match[str]) -> str:
    return _MASS_HARM_WORDS.sub(_blank, m.group(0))


# arms the attack avenged, not its means: "claimed that the shooting was revenge for air strikes"
AVENGED_ARMS = re.compile(
    r"\b(?:revenge|vengeance|retaliation|retribution|reprisals?|response)\s+(?:for|against|to)\s+"
    r"(?:[\w'\u2019-]+\s+){0,4}?(?:air ?strikes|airstrikes|air raids|bombings?|bombing raids?|"
    r"bombardments?|drone strikes|shelling)\b",
    _I,
)


# doers of another happening named as a model: "pledge allegiance to ISIS and mentioned the Boston
# bombers"
REFERRED_ARMS = re.compile(
    rf"\b{REFERRING}\s+"
    r"(?:the\s+)?(?-i:[A-Z][\w.'\u2019-]*\s+){1,3}(?:bombers?|bombings?|shooters?|shootings?|attackers?|gunm[ae]n)\b",
    _I,
)


def _unused_arms(text: str) -> str:
    # (in capitals every word looks like a name: "THE FMLN PRAISED THE CAR BOMBINGS" keeps its arms)
    text = REFERRED_ARMS.sub(
        lambda m: m.group(0) if m.group(0).isupper() else _blank(m), AVENGED_ARMS.sub(_blank, text)
    )
    text = CHECKED_FOR.sub(_blank, BOMB_THREAT.sub(_blank, POLICE_BOMB.sub(" ", text)))
    text = FEARED_ARMS.sub(_blank_mass_harm, text)
    return DEMANDED_ARMS.sub(_blank_arms, FOUND_WITH.sub(_blank, CLAIMED_ARMS.sub(_blank, text)))


def attack_type(text: str) -> str:
    """The GTD attack type of the attack these sentences describe (``unknown`` if none fits)."""
    text = _unused_arms(text)
    if HIJACK.search(text):
        return "hijacking"
    hostage = _hostage_kind(text)
    if hostage == "kidnapping" and TAKEN_AWAY.search(text):
        # an official abducted (and perhaps killed later) is a kidnapping in GTD practice
        return hostage
    if _is_assassination(text):
        return "assassination"
    if hostage:
        return hostage
    explosive = EXPLOSIVE.search(text) is not None
    # "gunmen set fire to a school": the actor's name is not the weapon used, nor the police's fire
    # ("the driver, shot dead by police")
    used = GUN_ACTOR.sub(" ", ATTACKER_SHOT.sub(" ", RESPONSE_FIRE.sub(" ", text)))
    gun = GUNFIRE.search(used) is not None or MELEE_ASSAULT.search(used) is not None
    if explosive and not _incendiary_only(text) and not _gun_led(text):
        return "bombing"
    fire = FIRE.search(text) is not None
    if fire and not gun and not _harmed_by_fire(text) and not PEOPLE_HARMED.search(text):
        # arson and incendiaries against property
        return "facility_attack"
    if gun or explosive:
        return "armed_assault"
    if UNARMED.search(text):
        return "unarmed_assault"
    if fire and _harmed_by_fire(text):
        return "armed_assault"
    if DAMAGE.search(text):
        return "facility_attack"
    if ARMED_ASSAULT.search(text):
        return "armed_assault"
    return "unknown"


INCENDIARY_DEVICE = _rx(
    r"molotov(?: cocktails?)?",
    r"petrol bombs?",
    r"gasoline bombs?",
    r"fire-?bombs?",
    r"firebomb\w*",
    r"incendiary (?:devices?|bombs?|grenades?)",
)


def _incendiary_only(text: str) -> bool:
    """Petrol bombs and Molotov cocktails are incendiary weapons, not explosives."""
    stripped = INCENDIARY_DEVICE.sub(" ", text)
    return INCENDIARY_DEVICE.search(text) is not None and EXPLOSIVE.search(stripped) is None


# Incendiaries thrown at people (a patrol, a crowd): an armed assault rather than a facility attack.
HARMED_BY_FIRE = re.compile(
    r"\b(?:threw|hurled|lobbed|tossed)\s+(?:\w+\s+){0,4}?(?:at|on|into|toward|towards)\s+(?:an?\s+|the\s+)?"
    r"(?:\w+\s+){0,2}?(?:patrol|officers?|police(?:m[ae]n)?|soldiers?|troops|security forces|personnel|"
    r"crowd|people|protesters|worshipp?ers|pedestrians|civilians|guards?|passengers)\b"
    r"|\b(?:burn(?:ed|t)|set (?:\w+ )?(?:on fire|ablaze)) (?:\w+ ){0,3}?(?:alive|to death)\b"
    r"|\bburned (?:him|her|them)\b",
    _I,
)


# People killed or hurt in a raid that also burned houses: an armed assault (GTD hierarchy).
PEOPLE_HARMED = re.compile(
    r"\b(?:killing|wounding|injuring|massacr\w+|hack(?:ed|ing) to death)\b"
    r"|\b(?:killed|murdered|shot|wounded|injured|butchered)\s+(?:at least\s+)?(?:\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|dozens|several|many|scores)\b"
    r"|\b(?:people|civilians|villagers|residents|persons|men|women|children|farmers|herders|worshipp?ers|"
    r"students|passengers|officers|soldiers|policem[ae]n|guards|workers)\b[^.;]{0,40}?\b(?:were|was) "
    r"(?:killed|wounded|injured|hurt|murdered)",
    _I,
)


def _harmed_by_fire(text: str) -> bool:
    return HARMED_BY_FIRE.search(text) is not None


# ---------------------------------------------------------------------------------------------
# Weapon type
# ---------------------------------------------------------------------------------------------

CHEMICAL = _rx(
    r"chemical (?:weapon|agent|attack|substance)s?",
    r"chlorine",
    r"sarin",
    r"mustard gas",
    r"nerve (?:agent|gas)",
    r"toxic (?:gas|chemicals?|substance)",
    r"tear gas",
    r"acid",
    r"poison\w*",
    r"pesticide",
    r"cyanide",
)
BIOLOGICAL = _rx(r"anthrax", r"ricin", r"biological (?:weapon|agent)s?", r"botulinum", r"smallpox")
RADIOLOGICAL = _rx(r"radiological", r"dirty bomb", r"radioactive")
NUCLEAR = _rx(r"nuclear (?:device|weapon|bomb)s?")
FAKE = _rx(
    r"(?:fake|replica|imitation|toy|hoax|dummy|mock) (?:\w+ )?(?:guns?|bombs?|weapons?|explosives?|pistols?|rifles?|"
    # (not the gear that looks for them: "fake bomb detectors at checkpoints")
    r"suicide vests?|belts?|devices?)(?![- ](?:detectors?|detection|scanners?|wands?|sniffers?))"
)
VEHICLE_WEAPON = _rx(
    *_VEHICLE_ATTACK,
    r"drove (?:\w+ ){0,3}?(?:car|truck|vehicle|van|lorry|bus|SUV) (?:\w+ ){0,3}?into",
    r"ran over",
    r"mowed down",
)
MELEE = _rx(
    r"stabb\w+",
    r"stabs?",
    r"knife",
    r"knives",
    r"machetes?",
    r"axes?",
    r"hatchets?",
    r"swords?",
    r"blades?",
    r"daggers?",
    r"hacked",
    r"beheaded",
    r"decapitated",
    r"slit",
    r"slashed",
    r"(?:with|using|wielding|armed with) (?:\w+ ){0,2}?(?:clubs?|sticks?|batons?|bats?|rods?|stones?|rocks?|"
    r"bricks?|bars?|pipes?|cudgels?)",
    r"(?:iron|metal|wooden|steel) (?:rods?|bars?|pipes?|clubs?|sticks?)",
    r"batons?",
    r"cudgels?",
    r"stoned",
    r"threw (?:stones|rocks|bricks)",
    r"bludgeon\w*",
    r"hammers?",
    r"brass knuckles",
    r"beat(?:en|ing)?",
    r"lashed",
    r"flogged",
    r"whipped",
    r"strangl\w+",
    r"hanged",
    r"cut off",
    r"amputat\w+",
    r"sexual(?:ly)? assault\w*",
    r"raped",
    r"punch\w*",
    r"kick(?:ed|ing)",
    r"fists?",
)
SABOTAGE = _rx(
    r"sabotag\w+",
    r"cut (?:\w+ ){0,3}?(?:cables?|lines?|wires?|pipes?)",
    r"dug (?:up )?(?:\w+ ){0,3}?(?:road|trench|gorge|ditch)",
    r"dismantled (?:\w+ ){0,3}?(?:tracks?|rails?|lines?|pylons?|towers?)",
    r"felled",
)


# Gunfire by the police or the troops who stopped the attacker is not the attack's weapon.
# ... told in the passive: "the driver, shot dead by police", "was shot and killed by officers"
_SHOT_BY_SECURITY = (
    # ("before being shot in the abdomen by a police officer")
    r"\b(?:shot|gunned down)(?:\s+(?:dead|and\s+killed|and\s+wounded|in\s+the\s+(?:\w+\s+)?(?:abdomen|leg|legs|chest|"
    r"head|arm|stomach|shoulder)))?\s+by\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?"
    r"(?:police(?:m[ae]n)?|(?:police\s+)?officers?|soldiers|troops|security forces|guards?|gendarmes)\b"
)
SECURITY_FIRE = re.compile(
    r"\b(?:police(?:m[ae]n)?|(?:police )?officers?|soldiers?|troops|(?:security|special) forces|guards?)\s+"
    r"(?:later\s+|then\s+|eventually\s+)?"
    # "a police officer eventually caught up with the attacker and shot him dead"
    r"(?:(?:caught up with|confronted|chased|pursued|tackled|cornered|reached)\s+(?:the\s+)?"
    r"(?:attacker|assailant|suspect|gunman|knifeman|man|woman|him|her)\s+and\s+(?:then\s+)?)?"
    r"(?:shot|gunned)\b(?:\s+(?:and|dead|down|at|on)\b"
    r"(?:\s+(?:wounded|injured|killed))?)?|" + _SHOT_BY_SECURITY,
    _I,
)
# the forces' fire that ended the attack, told after it: "drove his car into a group of soldiers ...,
# before soldiers opened fire and wounded him"
RESPONSE_FIRE = re.compile(
    r"\b(?:before|until|when)\s+(?:the\s+)?(?:soldiers|police(?:m[ae]n)?|officers|troops|guards|gendarmes)\s+"
    r"(?:opened\s+fire|returned\s+fire|fired)\b[^.;]{0,40}?\b(?:him|her|them)\b",
    _I,
)
# ... the attacker's end, told of him: "the driver there, shot dead by police" ("five police officers
# shot dead in an ambush" are victims; "two reporters shot by soldiers" were the soldiers' victims)
ATTACKER_SHOT = re.compile(
    r"\b(?:(?:attackers?|assailants?|gunm[ae]n|drivers?|suspects?|knifem[ae]n|bombers?|perpetrators?|shooters?)\b"
    # ("..., killing eight people, before being shot in the abdomen by a police officer")
    r"[^.;]{0,40}?|(?:before|after)\s+(?:being|he\s+was|she\s+was)\s+)" + _SHOT_BY_SECURITY,
    _I,
)


_BARE_HANDS = _rx(r"beat(?:en|ing)?", *_BLOWS, r"fists")


def weapon_named(text: str) -> bool:
    """The text names a weapon or a means of attack (guns, a bomb, a blade, fire, a vehicle,
    poison), not only an attack."""
    text = _unused_arms(text)
    return any(
        rx.search(text) is not None
        for rx in (EXPLOSIVE, GUNFIRE, MELEE_ASSAULT, MELEE, FIRE, VEHICLE_WEAPON, CHEMICAL, HIJACK)
    )


def weapon_type(text: str, attack: str) -> str:
    """The GTD weapon type, consistent with the attack type already decided."""
    text = _unused_arms(text)
    if BIOLOGICAL.search(text):
        return "biological"
    if RADIOLOGICAL.search(text):
        return "radiological"
    if NUCLEAR.search(text):
        return "nuclear"
    if FAKE.search(text):
        return "fake_weapons"
    chemical = CHEMICAL.search(text) is not None
    explosive = EXPLOSIVE.search(text) is not None and not _incendiary_only(text)
    gun = GUNFIRE.search(RESPONSE_FIRE.sub(" ", text)) is not None
    melee = MELEE.search(text) is not None
    if melee and gun and not GUNFIRE.search(SECURITY_FIRE.sub(" ", text)):
        gun = False  # "stabbed two passers-by before police shot him": the police's gun
    if melee and gun:
        # a stabbing told first, shots only in later sentences ("Most others were shot dead during
        # violent protests"): the first sentence naming a weapon tells the attack's
        for _off, sent in _sentences(text):
            blade = MELEE.search(sent) is not None
            shots = GUNFIRE.search(SECURITY_FIRE.sub(" ", sent)) is not None
            if blade or shots:
                gun = shots
                break
    fire = FIRE.search(text) is not None
    vehicle = VEHICLE_WEAPON.search(text) is not None
    if explosive and gun and attack != "bombing":
        # both named: GTD lists explosives first when the same attackers used them, so look at the
        # first sentence naming a weapon; a later bomb is usually another incident of the report
        for _off, sent in _sentences(text):
            e = EXPLOSIVE.search(sent) is not None and not _incendiary_only(sent)
            g = GUNFIRE.search(GUN_ACTOR.sub(" ", sent)) is not None
            if e or g:
                explosive = e
                break
    if attack == "bombing" or explosive:
        # GTD lists explosives first whenever they were used alongside guns or blades
        return "explosives"
    if attack == "facility_attack":
        if fire:
            return "incendiary"
        if gun:
            return "firearms"
        if SABOTAGE.search(text):
            return "sabotage_equipment"
        if melee:
            return "melee"
        return "incendiary"
    if attack == "unarmed_assault":
        if chemical:
            return "chemical"
        if vehicle:
            return "vehicle"
        if melee or _BARE_HANDS.search(text):
            # GTD's melee weapons include hands, feet and fists ("was pummeled", "beaten to death")
            return "melee"
        return "other"
    if chemical and not gun and re.search(r"\bpoison\w*|\bacid\b|chemical|\bgas\b", text, _I):
        return "chemical"
    if vehicle and not gun:
        return "vehicle"
    if attack in {"armed_assault", "assassination", "kidnapping", "hostage_barricade", "hijacking"}:
        if gun:
            return "firearms"
        if melee and attack != "hijacking":
            return "melee"
        if fire and attack == "armed_assault":
            return "incendiary"
        # GTD: an armed assault or abduction with no weapon named is by gunmen
        return "firearms"
    if explosive:
        return "explosives"
    if gun:
        return "firearms"
    if fire:
        return "incendiary"
    if melee:
        return "melee"
    if vehicle:
        return "vehicle"
    return "unknown"


# ---------------------------------------------------------------------------------------------
# Target type
# ---------------------------------------------------------------------------------------------

# Words that name who or what the target is, most specific first inside one phrase. Generic
# containers (a vehicle, a house, a convoy, a checkpoint) are resolved by their modifiers and
# complements ("the vehicle of a judge", "a convoy carrying soldiers").
SECURITY = "security"  # resolved to police or military
TARGET_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "government_diplomatic",
        _rx(
            r"embass(?:y|ies)",
            r"consulates?",
            r"consular",
            r"diplomats?",
            r"diplomatic",
            r"ambassadors?",
            r"envoys?",
            r"United Nations",
            r"UN(?: \w+)? (?:compound|office|convoy|staff|vehicle|mission|peacekeepers?|personnel|employees?|workers?|"
            r"camps?|base|bases|headquarters|patrols?)",
            r"UNAMA",
            r"peacekeep\w+",
            r"MINUSMA",
            r"MONUSCO",
            r"UNMISS",
            r"blue helmets",
            r"UNHCR",
            r"UNICEF",
            r"European Union (?:mission|delegation|office)",
            r"international organi[sz]ation",
        ),
    ),
    (
        "journalists_media",
        _rx(
            r"journalists?",
            r"reporters?",
            r"newspapers?",
            r"(?:radio|TV|television|broadcast(?:ing)?|media|news) (?:station|stations|outlet|outlets|channel|"
            r"channels|network|company|office|offices|agency|building|crew|staff|journalists?|workers?|employees?)",
            r"broadcasters?",
            r"cameram[ae]n",
            r"photojournalists?",
            r"media (?:workers?|personnel|house)",
            r"editors?(?:-in-chief)?",
            r"news agency",
            r"press (?:office|club|vehicle)",
            r"bloggers?",
        ),
    ),
    (
        "airports_aircraft",
        _rx(
            r"airports?",
            r"airfields?",
            r"airstrips?",
            r"aircraft",
            r"airplanes?",
            r"aeroplanes?",
            r"airliners?",
            r"(?:passenger |commercial |civilian )?planes?",
            r"airlines?",
            r"flights?",
            r"air terminal",
        ),
    ),
    (
        "ngo",
        _rx(
            r"aid (?:workers?|agency|agencies|group|organi[sz]ations?|convoy|staff)",
            r"NGOs?",
            r"humanitarian (?:workers?|organi[sz]ations?|agency|agencies|staff|convoy|compound)",
            r"non-?governmental",
            r"non-?profit",
            r"charit(?:y|ies|able)",
            r"Red Cross",
            r"Red Crescent",
            r"ICRC",
            r"M[ée]decins Sans Fronti[eè]res",
            r"Doctors Without Borders",
            r"MSF",
            r"CARE",
            r"Save the Children",
            r"relief (?:workers?|agency|group)",
            r"de-?miners?",
            r"de-?mining",
            r"(?:polio|vaccination|immuni[sz]ation) (?:workers?|teams?|campaign|vaccinators?)",
            r"vaccinators?",
            r"health workers?",
        ),
    ),
    (
        "educational_institution",
        _rx(
            r"schools?",
            r"universit(?:y|ies)",
            r"colleges?",
            r"campus",
            r"teachers?",
            r"professors?",
            r"lecturers?",
            r"headmasters?",
            r"principal",
            r"madrass?as?",
            r"madrasas?",
            r"madrassahs?",
            r"seminar(?:y|ies)",
            r"classrooms?",
            r"kindergartens?",
            r"academy",
            r"educational",
            r"education (?:department|office|official|officials)",
        ),
    ),
    (
        "religious_figures_institutions",
        _rx(
            r"mosques?",
            r"masjid",
            r"church(?:es)?",
            r"cathedrals?",
            r"basilicas?",
            r"Islamic (?:cent(?:er|re)|cultural cent(?:er|re))s?",
            r"chapel",
            r"temples?",
            r"synagogues?",
            r"shrines?",
            r"gurdwaras?",
            r"monaster(?:y|ies)",
            r"monks?",
            r"nuns?",
            r"imams?",
            r"clerics?",
            r"priests?",
            r"pastors?",
            r"bishops?",
            r"mullahs?",
            r"mawlavi",
            r"maulvi",
            r"mawlawi",
            r"muftis?",
            r"religious (?:leaders?|scholars?|figures?|schools?|students?|centers?|centres?|sites?|gathering|"
            r"institution|ceremony|procession)",
            r"ulema",
            r"ulama",
            r"worshipp?ers",
            r"pilgrims?",
            r"prayer(?:s| hall| service| congregation)",
            r"congregation",
            r"takyakhana",
            r"imambargah",
            r"husseiniya",
            r"Muharram",
            r"Ashura",
            r"Shi[a'i]+te? (?:mosque|worshippers|gathering|shrine)",
        ),
    ),
    (
        "tourists",
        _rx(
            r"tourists?",
            r"tour (?:bus|buses|group|guide)s?",
            r"holiday-?makers",
            r"sightseers",
            r"foreign visitors",
            r"tourist (?:site|resort|hotel|attraction)s?",
        ),
    ),
    (
        "utilities",
        _rx(
            r"power (?:lines?|stations?|plants?|grid|pylons?|supply|towers?|facility|substations?|cables?)",
            r"electric(?:al|ity)? (?:pylons?|towers?|lines?|poles?|grid|substation|station|plant|facility|"
            r"supply|installation|infrastructure)",
            r"electricity",
            r"pylons?",
            r"high[- ]voltage (?:towers?|pylons?|lines?|posts?|cables?)",
            r"(?:electricity |power )?transmission (?:towers?|lines?)",
            r"(?:sub-?stations?)",
            r"pipelines?",
            r"gas (?:pipeline|line|plant|station|facility|installation)s?",
            # (fuel, not food: "a palm oil plant", "a cooking oil depot")
            r"(?<!palm )(?<!cooking )(?<!olive )(?<!vegetable )(?<!edible )(?<!coconut )"
            r"oil (?:pipeline|well|field|installation|facility|terminal|refinery|(?:pumping )?station|plant|depot|tanks?)s?",
            r"refiner(?:y|ies)",
            r"water (?:plant|treatment|pipe|pipes|pumping|tower|company|project|department)",
            r"hydro-?electric",
            r"dams?",
            r"transmission (?:line|tower)s?",
            r"utility (?:workers?|company|vehicle)",
            r"transformers?",
            r"solar (?:panels?|plant)",
        ),
    ),
    (
        "telecommunication",
        _rx(
            r"telecom\w*",
            r"(?:cell(?:ular|phone)?|mobile|phone|telephone|communications?|radio|TV|television|"
            r"transmission|network|relay) (?:towers?|masts?|antennas?|antennae|installations?|sites?|"
            r"transmitters?)",
            r"(?:Roshan|Etisalat|MTN|Airtel|Salaam|AWCC|Afghan Wireless|Orange|Vodafone|Telenor|Zong|Ufone)"
            r"(?: \w+)?",
            r"internet (?:cables?|provider|cafe)",
            r"fiber optic",
        ),
    ),
    (
        "food_water_supply",
        _rx(
            r"water (?:supply|supplies|wells?|sources?|reservoirs?|tanks?|canal|system)",
            r"wells?",
            r"food (?:supply|supplies|stores?|stocks?|aid|distribution|warehouse)",
            r"(?:river|canal|reservoir|lake)",
            r"granar(?:y|ies)",
            r"irrigation",
        ),
    ),
    (
        "maritime",
        _rx(
            r"ships?",
            r"vessels?",
            r"(?:oil |fuel |gas |chemical )?tankers? (?:ship|vessel)s?",
            r"boats?",
            r"ferr(?:y|ies)",
            r"ports?",
            r"harbou?rs?",
            r"seaports?",
            r"yachts?",
            r"trawlers?",
            r"fishing (?:boat|vessel|crew)s?",
            r"fishermen",
            r"oil (?:platform|rig)s?",
            r"offshore",
            r"cargo (?:ship|vessel)s?",
        ),
    ),
    (
        "violent_political_party",
        _rx(r"violent political party"),
    ),
    (
        # security forces, posts and personnel: police or military, as the victims tell
        SECURITY,
        _rx(
            r"security (?:forces?|personnel|posts?|check[- ]?points?|check[- ]?posts?|outposts?|officials?|"
            r"officers?|members?|convoys?|vehicles?|patrols?|compound|bases?|installations?|troops|belt|"
            r"services?|agents?|men)",
            r"(?:joint|combined|mixed) (?:security )?(?:forces?|posts?|outposts?|check-?points?|check-?posts?|base|"
            r"patrol|control posts?)",
            r"defen[cs]e and security forces",
            # a patrol of whom, the victims or the rest of the text say ("Seven soldiers were killed
            # when militants ambushed a patrol"; "a police patrol" is the police's)
            r"patrols?",
            r"(?:Afghan|national|government|state) (?:security|defen[cs]e) forces",
            r"ANSF",
            r"ANDSF",
            r"Afghan National (?:Security Forces?|Defen[cs]e and Security Forces?)",
        ),
    ),
    (
        "military",
        _rx(
            r"soldiers?",
            r"jawans?",
            r"troops?",
            r"army",
            r"armies",
            r"military",
            r"militar(?:y|ies)",
            r"servicem[ae]n",
            r"service members?",
            r"marines?",
            r"navy",
            r"naval",
            r"air force",
            r"paratroopers?",
            r"commandos?",
            r"special (?:operations |forces |force )?(?:forces?|units?|troops|soldiers|commandos?)",
            r"barracks",
            r"garrisons?",
            r"(?:army|military|air|naval|security|coalition|NATO|US|U\.S\.|American|Afghan) bases?",
            r"bases?",
            r"armou?red (?:vehicle|personnel carrier|car)s?",
            r"tanks?",
            r"Humvees?",
            r"Rangers?",
            r"NATO",
            r"ISAF",
            r"Resolute Support",
            r"coalition (?:forces?|troops|soldiers|convoy|base|vehicle)s?",
            r"(?:foreign|international|American|US|U\.S\.|British|French|German|Turkish|Coalition) (?:forces?|troops)",
            # a state's forces named by its people ("attacked Kurdish forces in Iraq with mustard gas")
            r"(?:Kurdish|Peshmerga|Iraqi|Afghan|Syrian|Pakistani|Nigerian|Somali|Malian|Yemeni|Libyan|Egyptian|"
            r"Israeli|Indian|Ukrainian|Russian|Saudi|Chadian|Cameroonian|Kenyan|Ethiopian|Burkinabe|Nigerien|"
            r"Philippine|Thai|Colombian|Salvadoran|Peruvian|Lebanese|Sudanese|Tunisian|Algerian|Jordanian|Iranian) "
            r"(?:government )?(?:forces?|troops)",
            r"Peshmerga",
            r"AMISOM",
            # (the African Union's mission in Somalia after AMISOM, and its troops)
            r"ATMIS",
            r"(?:African Union|AU|UN|U\.N\.) peacekeepers?",
            r"ANA",
            r"Afghan National Army",
            r"national army",
            r"defen[cs]e forces?",
            r"armed forces",
            r"(?:national )?guardsm[ae]n",
            r"paramilitar(?:y|ies)",
            r"Frontier Corps",
            r"Rangers",
            r"militiam[ae]n of the army",
            r"recruits?",
            r"recruitment (?:center|centre|office)",
            r"cadets?",
            r"veterans?",
            r"(?:army|military|retired|brigadier|major|lieutenant) generals?",
            r"(?-i:(?:General|Gen\.|Colonel|Col\.|Brigadier|Lieutenant|Lt\.|Major|Maj\.|Captain|Capt\.|Sergeant|"
            r"Corporal) [A-Z][a-z])",
            r"(?:colonel|brigadier|lieutenant|sergeant|corporal)s?",
            r"defen[cs]e ministry",
            r"ministry of defen[cs]e",
            r"soldier's",
        ),
    ),
    (
        "police",
        _rx(
            r"police\w*",
            # India's armed police: "Nine CRPF personnel were killed", "DRG jawans"
            r"(?-i:CRPF|CISF|ITBP|DRG|CoBRA|STF)(?: (?:personnel|jawans?|men|troopers?|officers?))?",
            r"policem[ae]n",
            r"policewom[ae]n",
            r"cops?",
            r"constables?",
            r"constabulary",
            r"gendarm\w*",
            r"border guards?",
            r"border (?:police|posts?|checkpoints?|patrols?|forces?)",
            r"Afghan (?:Local|National|Uniform(?:ed)?|Border|Public Protection) Police",
            r"ALP",
            r"ANP",
            r"ANCOP",
            r"APPF",
            r"CTD",
            r"counter-?terrorism department",
            r"traffic (?:officers?|police|wardens?)",
            r"(?:prisons?|jails?|penitentiar(?:y|ies)|detention (?:center|centre|facility)s?|correctional)",
            r"prison guards?",
            r"law enforcement",
            r"check[- ]?points?",
            r"check[- ]?posts?",
            r"outposts?",
            r"officers?",
            r"sheriffs?",
        ),
    ),
    (
        "terrorists_non_state_militia",
        _rx(
            r"militants?",
            r"insurgents?",
            r"rebels?",
            r"jihadists?",
            r"jihadi",
            r"guerrillas?",
            r"terrorists?",
            r"(?:Taliban|al-Qaeda|ISIS|ISIL|Islamic State|Daesh|Boko Haram|al-Shabaab|"
            r"Hezbollah|Hizbul|Hizb-e Islami|Jamiat|Junbish|Haqqani|TTP)"
            r"(?: (?:commanders?|fighters?|militants?|members?|leaders?|supporters?|figures?|officials?|"
            r"governors?|judges?|court|prisoners?|hideouts?|base|compound))",
            r"(?:pro-government |anti-Taliban |local |tribal |village |public )?(?:uprising|militia)(?:s| group)?"
            r"(?: (?:members?|fighters?|commanders?|leaders?|forces?|posts?|check-?points?|check-?posts?|"
            r"outposts?|men))?",
            r"militiam[ae]n",
            r"uprising (?:forces?|members?|group|commanders?)",
            r"arbaki",
            r"(?:fighters|combatants|mujahideen|mujahedeen)",
            r"jihadi commanders?",
            r"(?:vigilantes?|vigilante groups?|self-defen[cs]e (?:groups?|forces?|militias?|committees?))",
            r"Civilian Joint Task Force",
            r"CJTF",
            r"(?:armed|rival|extremist|separatist|militant|insurgent|terrorist|jihadist) (?:groups?|factions?|"
            r"organi[sz]ations?)",
            r"Kurdistan Workers",
            r"PKK",
            r"separatists?",
            r"(?:the )?Taliban",
            r"Islamic State",
            r"ISIS",
            r"ISIL",
            r"Daesh",
            r"al-Shabaab",
            r"Boko Haram",
            r"Houthis?",
        ),
    ),
    (
        "government_general",
        _rx(
            r"government(?:al)?",
            r"intelligence",
            r"NDS",
            r"National Directorate of Security",
            r"spy agency",
            r"(?:sub-?)?prefects?",
            r"prefecture",
            r"governorate",
            r"(?:national |provincial |state |legislative )?assembly (?:members?|hall|building)",
            r"National Assembly",
            r"governors?",
            r"governor's",
            r"gubernatorial",
            # ("A roadside bomb killed a district commissioner", Kenya's and Somalia's officials)
            r"(?:district|county|regional|provincial|sub-county) commissioners?",
            r"district (?:chiefs?|governors?|offices?|headquarters|centers?|centres?|compound|administrators?|"
            r"administration|buildings?|council)",
            r"provincial (?:council|governor|government|officials?|headquarters|administration|offices?|"
            r"director|directorate|compound)",
            r"administrative (?:center|centre|office|building|director)",
            r"mayors?",
            r"mayor's",
            # a village's or a ward's head, an office of the state ("a village headman", "a barangay
            # captain"; a tribal or community elder is a private citizen)
            r"village (?:chiefs?|heads?|headm[ae]n|chairm[ae]n|secretar(?:y|ies)|officials?)",
            r"barangay (?:captains?|chairm[ae]n|officials?|councilors?|kagawads?|chiefs?)",
            r"city hall",
            r"town hall",
            r"municipal\w*",
            r"municipality",
            r"officials?",
            r"spokes(?:man|woman|person)s? (?:for|of) (?:the )?(?:\w+ )?(?:province|provincial|governor|government|"
            r"ministry|district|police|army)",
            r"civil servants?",
            r"bureaucrats?",
            r"(?:provincial |district |city |municipal |town |village |peace |community |development )?"
            r"council(?:l?ors?| members?| chairman| head| chief| offices?)?",
            r"politicians?",
            r"lawmakers?",
            r"legislators?",
            r"senators?",
            r"parliament\w*",
            r"MPs?",
            r"members? of parliament",
            r"Wolesi Jirga",
            r"Meshrano Jirga",
            r"ministr(?:y|ies)",
            r"ministers?",
            r"minister's",
            r"departments?",
            r"directorates?",
            r"directors?",
            r"director's",
            r"administrators?",
            r"heads? of (?:the )?(?:[\w-]+ ){0,3}?(?:district|province|provincial|department|directorate|office|"
            r"municipality|zone|council|committee|commission|agency|administration|ministry)",
            r"revenue (?:office|department|directorate|officials?)",
            r"election(?:s)? (?:commission|offices?|officials?|workers?|staff|materials?|centers?|centres?|"
            r"observers?|monitors?)",
            r"electoral (?:commission|offices?|officials?|workers?|staff|materials?)",
            r"(?:Independent )?Election Commission",
            r"IEC",
            r"voting (?:stations?|centers?|centres?|sites?|booths?)",
            r"polling (?:stations?|centers?|centres?|booths?|places?|sites?|staff|workers?)",
            r"voter (?:registration|registry) (?:centers?|centres?|offices?|sites?|workers?|staff)",
            r"voter registration",
            r"courts?",
            r"courthouses?",
            r"judges?",
            r"judicial",
            r"judiciary",
            r"prosecutors?",
            r"prosecution office",
            r"attorneys?",
            r"magistrates?",
            r"tax (?:office|collectors?|officials?)",
            r"customs (?:office|officials?|post)",
            r"post office",
            r"presidential (?:palace|compound|guard)",
            r"president(?:'s)?",
            r"prime minister(?:'s)?",
            r"public (?:officials?|servants?|buildings?|offices?)",
            r"state (?:officials?|buildings?|institutions?|offices?|employees?)",
            r"headquarters",
            r"district (?:center|centre)",
            r"agricultur\w+ (?:department|directorate|office)",
            r"health (?:department|directorate|officials?)",
        ),
    ),
    (
        "business",
        _rx(
            r"shops?",
            r"stores?",
            r"shopkeepers?",
            r"supermarkets?",
            r"groceries",
            r"grocery",
            r"bakery",
            r"bakeries",
            r"pharmac(?:y|ies)",
            r"business\w*",
            r"compan(?:y|ies)",
            r"(?:oil|gas|mining|energy|power|electric(?:ity)?) (?:compan(?:y|ies)|firms?|workers?|employees?|contractors?)",
            r"firms?",
            r"corporations?",
            r"enterprises?",
            r"hotels?",
            r"guest ?houses?",
            r"restaurants?",
            r"caf[eé]s?",
            r"tea ?houses?",
            r"tea shop",
            r"bars?",
            r"nightclubs?",
            r"clubs?",
            r"banks?",
            r"money (?:changers?|exchangers?|exchange)",
            r"financial institutions?",
            r"factor(?:y|ies)",
            r"plants?",
            r"warehouses?",
            r"mills?",
            # (not one set off: "killed when they set off a mine", "their truck hit a mine")
            r"(?<!off a )(?<!on a )(?<!onto a )(?<!hit a )(?<!struck a )(?<!over a )(?<!triggered a )mines?(?![ -](?:protected|resistant|proof)\b)"
            r"(?! (?:exploded|detonated|blast|went off))",
            r"mining",
            r"miners",
            r"quarr(?:y|ies)",
            r"construction",
            r"contractors?",
            r"construction (?:workers?|company|companies|site|vehicles?|equipment|machinery)",
            r"excavators?",
            r"bulldozers?",
            r"hospitals?",
            r"clinics?",
            r"health (?:center|centre|clinic|facility)s?",
            r"medical (?:center|centre|facility|clinic|workers?|staff)s?",
            r"doctors?",
            r"nurses?",
            r"pharmacists?",
            r"petrol (?:station|pump)s?",
            r"gas (?:station|pump)s?",
            r"filling stations?",
            r"fuel (?:station|depot|tankers?|trucks?)s?",
            r"(?:oil |fuel |gas )?tankers?",
            r"(?:commercial|cargo|supply|delivery|logistics) (?:trucks?|vehicles?|convoy)",
            r"lorr(?:y|ies)",
            r"(?:lumber|logging|timber|forestry) (?:trucks?|company|companies|workers?|machinery|equipment)",
            r"forestry",
            r"plantations?",
            r"farms?",
            r"ranch(?:es)?",
            r"estates?",
            r"sawmills?",
            r"traders?",
            r"merchants?",
            r"vendors?",
            r"businessm[ae]n",
            r"entrepreneurs?",
            r"employees of (?:a|the) (?:\w+ )?(?:company|firm|bank|hotel|factory)",
            r"private security (?:guards?|company|firm|contractors?)",
            r"(?:cinema|theat(?:er|re)|stadium|casino|wedding hall|shopping (?:center|centre|mall))s?",
            r"malls?",
            r"(?:mobile|cell) phone shop",
            r"commercial",
            r"industrial",
            r"workshops?",
        ),
    ),
    (
        "transportation",
        _rx(
            r"(?:passenger |public |mini|commuter |intercity |school )?bus(?:es)?",
            r"minibus(?:es)?",
            r"coach(?:es)?",
            r"trains?",
            r"railways?",
            r"railroads?",
            r"rail (?:line|track)s?",
            r"(?:train|railway|rail) (?:tracks?|lines?|stations?)",
            r"metro",
            r"subway",
            r"tram",
            r"trolley",
            r"bus (?:station|stop|terminal|depot)s?",
            r"bridges?",
            r"tunnels?",
            r"highways?",
            r"toll (?:booth|plaza|gate)s?",
            r"taxis?",
            r"cabs?",
            r"rickshaws?",
            r"tuk-?tuks?",
            r"passengers?",
            r"commuters?",
            r"travell?ers",
            r"transport(?:ation)? (?:vehicles?|company|workers?|hub)",
            r"public transport",
        ),
    ),
    (
        "private_citizens_property",
        _rx(
            r"civilians?",
            r"villagers?",
            r"residents?",
            r"inhabitants",
            r"people",
            r"persons?",
            r"individuals?",
            r"citizens?",
            r"(?:private |civilian )?(?:houses?|homes?|residences?|dwellings?|apartments?|huts?)",
            r"famil(?:y|ies)",
            r"household",
            r"weddings?",
            r"funerals?",
            r"mourners",
            r"gatherings?",
            r"ceremony",
            r"celebrations?",
            r"festivals?",
            r"concerts?",
            r"rall(?:y|ies)",
            r"protesters?",
            r"demonstrators?",
            r"crowds?",
            r"farmers?",
            r"peasants?",
            r"herders?",
            r"shepherds?",
            r"nomads?",
            r"Kuchis?",
            r"labou?rers?",
            r"workers?",
            r"women",
            r"woman",
            r"children",
            r"child",
            r"girls?",
            r"boys?",
            r"m[ae]n",
            r"youths?",
            r"students?",
            r"pupils",
            r"schoolchildren",
            r"elders?",
            r"(?:tribal|community|local|village) (?:elders?|leaders?)",
            r"(?:tribal|community|local) chiefs?",
            r"candidates?",
            r"(?:party|political) (?:members?|supporters?|activists?|leaders?|offices?|workers?)",
            r"activists?",
            r"villages?",
            r"towns?",
            r"city",
            r"neighbou?rhoods?",
            r"settlements?",
            r"camps?",
            r"refugees?",
            # ("a shelter for asylum seekers", "a planned refugee home")
            r"asylum[- ]seekers?",
            r"(?:shelters?|homes?|hostels?|accommodations?) for (?:asylum[- ]seekers|refugees|migrants)",
            r"refugee (?:homes?|shelters?|hostels?|accommodations?)",
            r"displaced",
            r"IDPs?",
            r"markets?",
            r"marketplaces?",
            r"bazaars?",
            r"squares?",
            r"parks?",
            r"cemeter(?:y|ies)",
            r"graveyards?",
            r"monuments?",
            r"memorials?",
            r"sports?",
            r"football",
            r"cricket",
            r"playgrounds?",
            r"pedestrians?",
            r"passers-?by",
            r"bystanders?",
            r"locals",
            r"(?:private|civilian|personal) (?:cars?|vehicles?|property|properties)",
            r"cars?",
            r"motorcycles?",
            r"motorbikes?",
            r"(?:alleged )?(?:spies|informants?|informers?)",
            # former fighters are civilians now
            r"(?:former|ex-|retired|reformed|reconciled) (?:\w+ ){0,2}?(?:jihadi|jihadist|militant|mujahideen|"
            r"mujahedeen|Taliban|rebel|insurgent|guerrilla|militia|Hizb\S*|Jamiat\S*)s?(?:\s+\([A-Z-]+\))?"
            r"(?: (?:commanders?|leaders?|fighters?|members?|figures?))?",
            r"collaborators?",
            r"hostages?",
            r"relatives?",
            r"son",
            r"daughter",
            r"wife",
            r"brother",
            r"father",
            r"mother",
            r"doctors?",
            r"Hazaras?",
            r"Christians?",
            r"Muslims?",
            r"Shi'?a(?:s|tes?)?",
            r"Sunnis?",
            r"Hindus?",
            r"Sikhs?",
            r"Fulanis?",
            r"ethnic",
            r"area",
            r"districts?",
            r"province",
            r"compound",
        ),
    ),
)
_RANK = {name: i for i, (name, _) in enumerate(TARGET_WORDS)}

# Words too generic to say who the target is: their modifiers and complements decide.
GENERIC_HEAD = _rx(
    r"vehicles?",
    r"cars?",
    r"convoys?",
    r"motorcycles?",
    r"motorbikes?",
    r"residences?",
    r"homes?",
    r"houses?",
    r"compound",
    r"offices?",
    r"buildings?",
    r"facility",
    r"facilities",
    r"guards?",
    r"bodyguards?",
    r"staff",
    r"employees?",
    r"members?",
    r"personnel",
    r"family",
    r"relatives?",
    r"son",
    r"brother",
    r"father",
    r"workers?",
    r"premises",
    r"area",
    r"checkpoints?",
    r"posts?",
)
# The complement that says whose generic thing it was.
_COMPLEMENT = re.compile(
    r"\b(?:of|carrying|transporting|belonging to|owned by|used by|with|for|escorting|from|working for|"
    r"employed by|working at)\s+",
    _I,
)

# Attack words that govern the target phrase, strongest first.
_TARGET_CUES: tuple[tuple[int, re.Pattern[str]], ...] = (
    # (not whose target it is: "Turkey has become a target for Islamic State")
    (
        0,
        re.compile(
            r"\b(?:target(?:ed|ing)|targets?(?!\s+(?:for|of)\b)|aimed at|intended for|meant for)\s+(?:at\s+)?",
            _I,
        ),
    ),
    (
        1,
        re.compile(
            r"\b(?:attack(?:ed|ing|s)?(?: on)?|assault(?:ed|ing)?(?: on)?|stormed|storming|raid(?:ed|ing)?|"
            r"ambush(?:ed|ing)?|overran|besieged|sieges? (?:of|at|on)|(?:opened|open|opening) fire (?:on|at|upon|in|inside|into|toward|towards)|"
            r"fired (?:\w+ ){0,4}?(?:on|at|upon|into|toward|towards)|shot(?: and (?:killed|wounded|injured)| dead| at)?|"
            r"gunned down|kill(?:ed|ing)|murdered|abduct(?:ed|ing)|kidnapp?(?:ed|ing)|seized|beheaded|stabbed|"
            # (whom captors let go: "FARC rebels released a soldier they had held captive")
            r"released|freed|"
            r"hacked(?: to death)?|assassinated|executed|tortured|lashed|flogged|stoned|poisoned|hijack(?:ed|ing)|"
            r"held|took|taking|set fire to|setting fire to|set (?:\w+ ){0,4}?(?:on fire|ablaze|alight)|"
            r"burn(?:ed|t|ing)(?: down)?|torched|vandali[sz]ed|destroyed|damaged|looted|ransacked|sabotaged|"
            r"(?:threw|hurled|lobbed|tossed|fired|launched) (?:\w+ ){0,4}?(?:at|into|on|onto|inside|toward|towards)|"
            r"hit|struck|(?:tore|tear(?:s|ing)?|ripp(?:ed|ing)|rips?) through|rock(?:ed|ing)|"
            r"rammed(?: into)?|ploughed into|plowed into|drove (?:\w+ ){0,4}?into|blew up|bombed|shelled|"
            # "used two drones to bomb the Indian Air Force station", "dropped explosives on"
            r"(?<=\bto )bomb|dropped (?:[\w-]+ ){0,3}?(?:on|onto|at)|"
            r"dynamited|machine-?gunn?ed|strafed|forc(?:e|ed|ing) (?:his|her|their|its) way (?:through|into))\s+",
            _I,
        ),
    ),
    (
        2,
        re.compile(
            r"\b(?:(?:attached|planted|placed|hidden|concealed|fitted|strapped|left|buried|installed|"
            r"affixed|stuck) (?:to|in|on|under|underneath|inside|near|at|beside|outside(?: of)?|along|by)|"
            r"(?:detonated|exploded|went off|blew up|struck|landed|hit) (?:at|near|inside|outside(?: of)?|in front of|"
            r"under|underneath|beneath|"
            r"on|along|by|next to|beside|among|close to|into|behind|in(?=\s+(?:an?|the)\s+(?-i:[a-z])))|"
            r"(?:entered|infiltrated|inside|in front of|outside(?: of)?|near|at|on|into))\s+",
            _I,
        ),
    ),
)
# Where a target phrase ends.
_PHRASE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])[.;:!?]|\s\((?![A-Z]{2,6}\))|\s(?:in|near|along|outside|across|throughout|on the outskirts of|at)\s+(?:the\s+)?"
    r"(?:[A-Z][a-z]|[A-Z]{2}[A-Z ]*?(?:,|PROVINCE|DISTRICT|CITY|VILLAGE))"
    r"|,\s+(?:killing|wounding|injuring|leaving|causing|damaging|destroying|and|but|which|who|where|while|"
    r"after|before|as|then)\b"
    r"|,\s+(?:[\w'-]+\s+){0,3}?(?:said|says|told|reported|added)\b|,?\s+according to\b"
    # a purpose: "the data on Farook's phone to investigate any links with militant groups"
    r"|\s(?:in order\s+)?to\s+(?-i:[a-z]{3,})\s+(?:the|an?|any|his|her|their|its|whether|if|what|who|how)\b"
    r"|\s(?:killing|wounding|injuring|leaving|causing|before|after|while|when|as they|and then|then|"
    r"which|where|but|although|though|because|during|with (?:firearms|guns|explosives|grenades|knives|"
    r"rockets|mortars|an?|the))\b"
    r"|\sand (?:then |later |also )?(?:opened|detonated|fired|killed|abducted|kidnapped|set|burned|threw|"
    r"fled|shot|stormed|attacked|injured|wounded|took|looted|destroyed|stole|escaped)\b",
)
# A bare place after the attack verb ("attacked Khanabad district"): the people of the place.
_PLACE_ONLY = re.compile(
    r"^(?:the\s+)?(?:an?\s+unknown\s+number\s+of\s+|several\s+|two\s+|three\s+|a\s+number\s+of\s+)?"
    r"(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})"
    r"(?:\s+(?:district|village|villages|town|area|areas|city|province|neighbou?rhood|locality|"
    r"sub-?district|county|region|commune|municipality))?(?:,\s*[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})*\s*$"
    r"|^(?:an?\s+unknown\s+number\s+of\s+|several\s+|two\s+|three\s+)?(?:villages?|towns?|districts?|"
    r"areas?|neighbou?rhoods?)\b",
)


def _classify(phrase: str) -> str | None:
    """The target type a phrase names: its modifiers and head first, then its complement."""
    parts = _COMPLEMENT.split(phrase, maxsplit=1)
    head_part = parts[0]
    rest = parts[1] if len(parts) > 1 else ""
    found = _first_category(head_part)
    generic = GENERIC_HEAD.search(head_part) is not None
    if rest and (found is None or (generic and found in _WEAK_FROM_HEAD)):
        deeper = _classify(rest)
        if deeper is not None and (found is None or _specific(deeper)):
            return deeper
    if found == "private_citizens_property":
        # people at a place of worship, a school, a hotel: the place says who was targeted
        at = re.search(r"\b(?:at|inside|in|within)\s+((?:an?|the)\s+.*)$", phrase, _I)
        if at is not None:
            where = _first_category(at.group(1))
            if where is not None and where != found:
                return where
    return found


# Categories a generic head word alone may suggest, which a complement overrides
# ("a vehicle carrying soldiers", "the house of a police officer").
_WEAK_FROM_HEAD = {"private_citizens_property", "transportation", "business", "police"}


def _specific(cat: str) -> bool:
    return cat not in {"private_citizens_property"}


def _first_category(phrase: str) -> str | None:
    best: tuple[int, int, int, str] | None = None
    for name, rx in TARGET_WORDS:
        for m in rx.finditer(phrase):
            if _excluded(name, phrase, m):
                continue
            # leftmost first; at the same place the longer match ("police officers" over "officers")
            key = (m.start(), -m.end(), _RANK[name], name)
            if best is None or key < best:
                best = key
            break
    if best is None:
        return None
    start, end = best[0], -best[1]
    return _modifier_pass(phrase, best[3], end, phrase[start:end].lower())


_NP_END = re.compile(
    r"\b(?:of|at|in|on|for|with|from|near|who|which|that|and|to|by|as|while|when|where|"
    r"(?!(?:building|wedding|gathering|meeting|ceiling|housing|dwelling|clothing|evening|morning|"
    r"training|bombing|shooting|polling|spring|king|ring|Beijing)\b)\w+ing)\b",
    _I,
)


_ADJECTIVE_ONLY = {"government", "governmental", "municipal", "public", "state"}


def _modifier_pass(phrase: str, first: str, first_end: int, word: str = "") -> str:
    """In one noun phrase, people words yield to the institution they are attached to.

    "the women's affairs department" is a government office, "a government school" a school;
    "civilians and soldiers" stays private (the first victims named): the noun phrase ends at "and".
    """
    if first != "private_citizens_property" and word not in _ADJECTIVE_ONLY:
        return first
    end = _NP_END.search(phrase, first_end)
    np = phrase[: end.start()] if end else phrase
    heads: list[tuple[int, str]] = []
    for name, rx in TARGET_WORDS:
        if name == first:
            continue
        for m in rx.finditer(np, first_end):
            if not _excluded(name, np, m):
                heads.append((m.end(), name))
    # the head noun: the category matched furthest right in the noun phrase
    return max(heads)[1] if heads else first


_KIND_OF_DEED_AFTER = re.compile(
    r"\s+(?:attacks?|bombings?|acts?|violence|threats?|plots?|incidents?|strikes?|activit(?:y|ies)|campaigns?|"
    r"offensives?|assaults?)\b"
)


# ... or the doers' own body, named with "terrorist" ("a member of the terrorist cell"; a "rival
# militant group" attacked is the target)
_DOERS_NOUN_AFTER = re.compile(r"\s+(?:cells?|networks?|organi[sz]ations?|groups?)\b")


_VETERAN_OF_TRADE = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:reporters?|journalists?|correspondents?|photographers?|politicians?|diplomats?|"
    r"activists?|lawmakers?|actors?|broadcasters?|editors?|writers?|negotiators?|campaigners?|observers?|"
    r"analysts?|aid workers?|filmmakers?)\b"
)


def _excluded(name: str, phrase: str, m: re.Match[str]) -> bool:
    word = m.group(0).lower()
    after = phrase[m.end() : m.end() + 30].lower()
    before = phrase[max(0, m.start() - 30) : m.start()].lower()
    if (
        name == "terrorists_non_state_militia"
        and word in {"terrorist", "militant", "jihadist", "insurgent", "rebel", "jihadi"}
        and (_KIND_OF_DEED_AFTER.match(after) or (word == "terrorist" and _DOERS_NOUN_AFTER.match(after)))
    ):
        return True  # "one of the worst terrorist attacks in the United States": the kind of deed
    if name == "military" and word == "veteran" and _VETERAN_OF_TRADE.match(after):
        return True  # "a veteran war reporter": long in the trade, not one who served
    if name == "private_citizens_property" and word in {
        "district",
        "districts",
        "province",
        "area",
        "compound",
    }:
        return True
    if name == "police" and word.startswith("police") and re.match(r"\s+(?:district|zone|precinct)\b", after):
        return True  # Kabul's "5th police district" is a part of the city
    if (
        name == "police"
        and word.startswith("officer")
        and re.search(
            r"(?:army|military|intelligence|"
            r"security|election|customs|border)\s+$",
            before,
        )
    ):
        return True
    if (
        name == "military"
        and word in {"base", "bases"}
        and re.search(
            r"^\s*(?:of|for) (?:the )?(?:taliban|"
            r"militants|insurgents)",
            after,
        )
    ):
        return True
    if (
        name == "business"
        and word in {"plants", "plant"}
        and re.search(r"(?:power|gas|water|nuclear)\s+$", before)
    ):
        return True
    if (
        name == "business"
        and word in {"clubs", "club", "bars", "bar"}
        and re.search(r"^\s*(?:of|'s)\b", after)
    ):
        return True
    if (
        name == "utilities"
        and word in {"dam", "dams"}
        and re.search(r"^\s*(?:road|area|district|village)", after)
    ):
        return True
    if (
        name == "food_water_supply"
        and word in {"wells", "well"}
        and not re.search(r"(?:water|village|\bthe)\s+$", before)
    ):
        return True
    if name == "food_water_supply" and word in {"river", "canal", "reservoir", "lake"}:
        return not re.search(r"^\s*(?:water|supply)", after) and not re.search(r"poison", phrase, _I)
    if (
        name == "maritime"
        and word in {"port", "ports"}
        and re.search(r"(?:air|sea)?$", before)
        and re.search(r"^\s*(?:of entry|city)", after)
    ):
        return True
    if (
        name == "government_general"
        and word == "headquarters"
        and re.search(
            r"(?:police|army|military|"
            r"security|corps)\s+$",
            before,
        )
    ):
        return True
    return (
        name == "terrorists_non_state_militia"
        and word in {"the taliban", "taliban"}
        and not re.search(
            r"^\s*(?:commanders?|fighters?|members?|militants?|positions?|vehicles?|posts?|check-?points?|bases?|"
            r"hideouts?|compounds?|camps?|prisons?|courts?|gatherings?|leaders?|governors?|officials?)",
            after,
        )
    )


def _phrase_after(text: str, start: int) -> str:
    window = text[start : start + 160]
    end = _PHRASE_END.search(window)
    phrase = window[: end.start()] if end else window
    return phrase.strip(" ,")


_ROLE_APPOSITIVE = re.compile(
    r"(?-i:(?P<word>[A-Z][\w'\u2019-]+))(?:'s)?,\s+(?:an?|the|who was an?|who was the)\s+(?P<role>[^,.;]{3,90})",
    _I,
)


def _named_role(text: str, phrase: str) -> str | None:
    """ "opened fire on Mirza Mohammad" + "Mohammad, a development council leader," elsewhere."""
    m = re.match(r"^(?:the\s+)?(?:\w+\s+){0,2}?(" + _NAME + r")", phrase)
    if m is None:
        return None
    parts = [p for p in m.group(1).split() if len(p) > 2 and p[:1].isupper()][-2:]
    if not parts:
        return None
    for ap in _ROLE_APPOSITIVE.finditer(text):
        if ap.group("word") in parts:
            cat = _classify(ap.group("role"))
            if cat is not None:
                return cat
    return None


_OWNER = re.compile(
    r"^(?:the|an?|his|her)\s+(?:[\w-]+\s+){0,2}?(?:vehicle|car|convoy|motorcade|residence|home|house|office|"
    r"motorcycle|motorbike|compound|family|guards?|bodyguards?|son|brother|relatives?)\s+(?:of|belonging to)\s+"
    r"(?-i:([A-Z].*))$",
    _I,
)


# "Two police officers were stabbed by a man": the subject of a passive attack verb is the target.
_PASSIVE = re.compile(
    r"(?:^|[.;,:]\s+|\band\s+)(?P<subj>(?:[\w'()-]+\s+){1,6}?)(?:was|were|had been|have been|has been)\s+"
    r"(?:\w+\s+)?(?P<verb>attacked|targeted|shot|stabbed|killed|abducted|kidnapped|ambushed|bombed|hit|struck|"
    r"injured|wounded|beheaded|decapitated|hacked|murdered|assassinated|gunned down|taken hostage)\b",
    _I,
)
_ATTACKER_ALT = (
    r"assailants?|attackers?|bombers?|perpetrators?|gunm[ae]n|suspects?|militants?|insurgents?|terrorists?"
)
_ATTACKER_WORDS = re.compile(rf"\b(?:{_ATTACKER_ALT})\b", _I)


# who did it, after "planted by": the attackers' words, an armed people, a group's acronym
_DOER_AFTER_BY = re.compile(
    rf"\b(?:{_ATTACKER_ALT}|"
    r"guerrill?as|rebels|fighters|jihadists|extremists|separatists|Maoists|Taliban|Islamic State)\b|"
    r"(?-i:\b[A-Z]{2,6}\b)",
    _I,
)
_BLAMED_ON = re.compile(r"(?:blamed on|claimed by|attributed to|carried out by)\b", _I)
_BLAMED_BEFORE = re.compile(r"\b(?:blamed|attributed|pinned)\s+$", _I)


def _cue_phrases(text: str) -> list[tuple[int, int, str]]:
    """(cue strength, cue offset, phrase) for every attack word that governs a phrase."""
    out: list[tuple[int, int, str]] = []
    for m in _PASSIVE.finditer(text):
        subj = m.group("subj").strip()
        if not _ATTACKER_WORDS.search(subj):
            out.append((1, m.start("verb"), subj))
    for strength, rx in _TARGET_CUES:
        for m in rx.finditer(text):
            phrase = _phrase_after(text, m.end())
            # (not the doer: "by the Taliban", "held captive by the militant group Abu Sayyaf")
            if phrase and not _BY_DOER.match(phrase) and not _WHEN_NOT_WHAT.match(phrase):
                if m.group(0).rstrip().lower().endswith(" by") and _DOER_AFTER_BY.search(phrase):
                    continue  # "an IED planted by Islamic State militants": who planted it
                if _BLAMED_ON.match(phrase) or _BLAMED_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                    continue  # "A car bomb attack blamed on the PKK killed six police officers"
                out.append((strength, m.start(), phrase))
    return out


def _venue_of_deed(text: str, at: int) -> str | None:
    """ "after the Orlando nightclub massacre", "the Brussels airport bombing": the target a place
    named before the noun of the deed told (at ``at``; not another's, "a day after the Kabul
    university attack") tells; not the doer ("a police shooting"), nor the means ("an IED/mine
    blast")."""
    for m in _VENUE_DEED.finditer(text):
        if not m.start() - 2 <= at <= m.end() + 2:
            continue
        venue = m.group("venue")
        if _MEANS_WORD.search(venue):
            continue
        cat = _classify(venue)
        if cat in _VENUE_KINDS or (cat is not None and _VENUE_BUILDING.search(venue)):
            return cat
    return None


_MEANS_WORD = re.compile(
    r"\b(?:mines?|landmines?|IEDs?|car|truck|lorry|vehicle|suicide|bomb|grenade|rocket|mortar|drone|air|gun|knife|"
    r"acid|arson|parcel|letter)\b",
    _I,
)


_VENUE_DEED = re.compile(
    r"\b(?P<venue>(?:[\w'-]+\s+)?[\w'-]+)\s+(?:massacres?|shootings?|bombings?|attacks?|rampages?|sieges?|"
    r"blasts?|explosions?|hostage[- ]takings?)\b",
    _I,
)
_VENUE_KINDS = frozenset(
    {
        "business",
        "religious_figures_institutions",
        "educational_institution",
        "transportation",
        "airports_aircraft",
        "tourists",
        "journalists_media",
        "government_diplomatic",
        "utilities",
        "food_water_supply",
        "telecommunication",
        "maritime",
    }
)
_VENUE_BUILDING = re.compile(
    r"\b(?:station|base|post|checkpoint|barracks|headquarters|compound|building|offices?|parliament|ministry|"
    r"court(?:house)?)\b",
    _I,
)


_BY_DOER = re.compile(r"(?:captive |hostage )?by ", _I)
# "at least 17 people", "on Tuesday, according to...": a quantity or a time after the cue word.
_WHEN_NOT_WHAT = re.compile(
    r"(?:least|most|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|dawn|dusk|midnight|noon|night|around|about|"
    r"the (?:same |following |previous )?(?:day|night|morning|afternoon|evening|weekend)|"
    r"\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m|p\.?m|hours?\b|hrs\b)|"
    # ... or a day written in figures: "On 4 May 2020, Islamic State militants attacked"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|"
    r"(?:1[89]|20)\d\d)\b",
    _I,
)


_VICTIMS = re.compile(
    r"(?:^|[.;]\s+|,\s+|\band\s+|including\s+)(?:at least\s+|an?\s+|the\s+|one\s+|two\s+|three\s+|four\s+|"
    r"five\s+|six\s+|seven\s+|eight\s+|nine\s+|ten\s+|\d+\s+|several\s+|many\s+|dozens of\s+|some\s+)?"
    r"((?:[\w'-]+\s+){0,4}?)(?:were|was)\s+(?:\w+\s+)?(?:killed|injured|wounded|hurt|abducted|kidnapped|shot|"
    r"targeted|taken|beheaded|decapitated|executed|stabbed|attacked|ambushed|hit|struck|hacked|murdered)",
    _I,
)
_VICTIM_LIST = re.compile(r"\b(?:victims? (?:included|were|was)|including)\s+([^.;]{3,120})", _I)


_POLICE_WORDS = re.compile(
    r"\b(?:police\w*|policem[ae]n|gendarm\w*|cops?|constables?|ALP|ANP|border guards?|Levies|"
    r"(?-i:CRPF|CISF|ITBP|DRG|CoBRA|STF|BSF))\b",
    _I,
)
_MILITARY_WORDS = re.compile(
    r"\b(?:soldiers?|troops|army|military|servicem[ae]n|ANA|commandos?|marines?|paratroopers?)\b", _I
)


def target_type(text: str, trigger_at: int = 0) -> str:
    """The GTD target type: the victim phrase governed by the attack words nearest the trigger."""
    # "soldiers shot dead a man wearing a vest": whom the troops shot is the attacker; "claimed his
    # attack was on behalf of ISIS": whom the doer acted for
    found = _raw_target(_ACTED_FOR.sub(_blank, SECURITY_FIRE.sub(_blank, text)), trigger_at)
    if found == "unknown":
        # "Nine CRPF personnel were killed when Maoists ... targeting their mine-protected vehicle":
        # a thing of theirs names no one; those harmed do
        harmed = _HARMED_SUBJECT.search(text)
        cat = _classify(harmed.group("who")) if harmed is not None else None
        if cat is not None:
            found = cat
    if found != SECURITY:
        return found
    # "security posts" and "security forces": the victims or the rest of the text say whose
    police = _POLICE_WORDS.search(text)
    military = _MILITARY_WORDS.search(text)
    if police and military is None:
        return "police"
    return "military"


# the people harmed, told first: "Nine CRPF personnel were killed when ..."
_HARMED_SUBJECT = re.compile(
    r"(?:^|[.;]\s+|\s-+\s+)(?P<who>(?:[\w'-]+\s+){1,5}?)(?:were|was)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt)\b"
)


def _raw_target(text: str, trigger_at: int) -> str:
    sents = _sentences(text)
    if not sents:
        return "unknown"
    # the sentence holding the trigger, then the ones after it, then the ones before
    idx = 0
    for i, (off, s) in enumerate(sents):
        if off <= trigger_at < off + len(s) + 1:
            idx = i
            break
    order = [sents[idx]] + sents[idx + 1 :] + sents[:idx][::-1]
    first_off, first = order[0]
    candidates = _cue_phrases(first)
    rel = max(0, trigger_at - first_off)
    # an explicit "targeting" first, then the attack word nearest after the trigger
    candidates.sort(key=lambda c: (min(c[0], 1), 0 if c[1] >= rel - 30 else 1, abs(c[1] - rel)))
    place_only = False
    for _strength, _at, phrase in candidates:
        owner = _OWNER.match(phrase)
        cat = None
        if owner is not None and not text.isupper():
            # "the residence of Abdul Sattar" + "Sattar, a National Assembly member": whose it was
            cat = _named_role(text, owner.group(1))
        if cat is None:
            cat = _classify(phrase)
        if cat is None and not text.isupper():
            cat = _named_role(text, phrase)
        if cat is not None:
            return cat
        if _strength == 1 and not text.isupper() and _PLACE_ONLY.search(phrase):
            place_only = True
    # the claim and attribution sentences name the perpetrators, not the victims
    rest = [(o, s) for o, s in order[1:] if not _ATTRIBUTION.search(s)]
    # who the victims were: "Three soldiers were killed", "victims included police officers"
    victims = _victim_category(" ".join(s for _, s in [order[0], *rest]))
    if victims is not None:
        return victims
    venue = _venue_of_deed(first, rel)
    if venue is not None:
        return venue
    if place_only:
        return "private_citizens_property"
    for _off, sent in rest[:2]:
        # (not the force the doers fought at the end: "were killed in a shootout with police")
        for _strength, _at, phrase in sorted(_cue_phrases(_RESPONDERS.sub(_blank, sent))):
            cat = _classify(phrase)
            if cat is not None and cat != "private_citizens_property":
                return cat
    # last resort: any target word in the attack sentence, then in the others (not the group
    # named as the doer: "a Canadian man held captive by the militant group Abu Sayyaf")
    for k, chunk in enumerate((first, " ".join(s for _, s in rest))):
        # (nor who tells of it: "Philippine officials confirmed on Tuesday that ...")
        # (nor the doers as the subject: "Militants trained in Libya carried out two attacks")
        # (nor, after the attack's sentence, the force the doers fought: "killed in a shootout with police")
        bare = _SPEAKERS.sub(_blank, chunk if k == 0 else _RESPONDERS.sub(_blank, chunk))
        cat = _first_category(_DOERS_FIRST.sub(_blank, _BY_ARMED.sub(_blank, bare)))
        if cat is not None:
            return cat
    return "unknown"


_SPEAKERS = re.compile(
    r"\b(?:[\w-]+ ){0,2}(?:officials?|sources|spokes(?:man|woman|person)|ministry|police|authorities|"
    r"government|army|military) (?:said|say|says|confirmed|told|reported|"
    r"announced|added)\b",
    _I,
)
_RESPONDERS = re.compile(
    r"\b(?:shoot-?outs?|gun ?fights?|fire ?fights?|gun battles?|exchanges? of (?:gun)?fire|stand-?offs?) "
    r"with (?:the )?(?:[\w-]+ ){0,2}?(?:police|security forces|troops|soldiers|officers|agents|deputies)\b",
    _I,
)
_BY_ARMED = re.compile(
    # (or ties to them: "to investigate any links with militant groups")
    r"\b(?:by|(?:links?|ties|connections?|contacts?) (?:with|to)) (?:the |an? |any )?"
    r"(?:suspected |alleged |presumed )?(?:[\w-]+ ){0,2}?"
    r"(?:militants?|insurgents?|rebels?|jihadists?|guerrillas?|terrorists?|extremists?)"
    r"(?: (?:group|organi[sz]ation|movement|faction)s?)?\b",
    _I,
)
# the group a doer acted for, with its name only ("gunmen loyal to Islamic State stormed a police
# station": the station stays the target)
_ACTED_FOR = re.compile(
    r"\b(?:on behalf of|in the name of|inspired by|(?:pledged |pledging |swore |swearing )?allegiance to|"
    r"loyal to)\s+(?:the\s+)?(?:(?:al|el|ad|ash|an)-)?(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,3}"
    # ... or by whom ("was inspired by Islamist militants": the militants are no target)
    r"(?:\s+(?:militants?|extremists?|jihadists?|terrorists?|insurgents?|groups?|ideology|propaganda)\b)?|"
    r"\binspired by (?:the\s+)?(?:[\w-]+\s+){0,2}?(?:militants?|extremists?|jihadists?|terrorists?|"
    r"insurgents?|groups?|ideology|propaganda)\b",
    _I,
)
# armed men as the subject of the sentence's deed, told first, with all that describes them
_DOERS_FIRST = re.compile(
    r"^\W*(?:[\w',-]+\s+){0,4}?(?:militants?|insurgents?|rebels?|jihadists?|guerrillas?|terrorists?|extremists?|"
    r"gunm[ae]n|fighters|forces|troops|soldiers)\b(?:(?!\b(?:were|was|been|is|are|when|as|after)\b)[^.;]){0,100}?"
    r"(?=\b(?:carried out|attacked|killed|"
    r"launched|stormed|opened fire|staged|mounted|shot|ambushed|abducted|kidnapped|detonated|set off|triggered|"
    r"planted|hurled|threw|fired)\b"
    # (not a participle told of them: "1 TTP militant killed and another 2 were arrested")
    r"(?!\s*(?:(?:and|or|in|on|by|during|near|when|after)\b|[,.;])))",
    _I,
)
_ATTRIBUTION = re.compile(
    r"\b(?:claimed|claiming|claims) (?:responsibility|the attack|credit)|\battribut\w+|\bblamed\b|"
    r"\bsuspected (?:that|of)\b|\bsources (?:said|suspected|believe)|\bresponsibility\b|\bdenied\b",
    _I,
)


def _victim_category(text: str) -> str | None:
    """The victims named in the casualty sentences, the attackers excluded."""
    for rx in (_VICTIMS, _VICTIM_LIST):
        for m in rx.finditer(text):
            words = m.group(1)
            if re.search(
                r"\b(?:assailants?|attackers?|bombers?|perpetrators?|gunm[ae]n|suspects?)\b", words, _I
            ):
                continue
            cat = _classify(words)
            if cat is not None:
                return cat
    return None


# ---------------------------------------------------------------------------------------------
# Suicide
# ---------------------------------------------------------------------------------------------

SUICIDE = re.compile(
    r"\bsuicide[- ](?:bomb\w*|attack\w*|vests?|belts?|car|truck|vehicle|blast|mission|operation|"
    r"squad|commando|assailants?|terrorists?|militants?|fighters?|explosions?|VBIED|jackets?)|"
    r"\bblew (?:himself|herself|themselves) up|\bself-detonat\w+|\bdetonated (?:his|her|their) "
    r"(?:explosives?|suicide|vests?|belts?)|\bsuicide\b(?= (?:\w+ ){0,2}(?:attack|bomb))|\bkamikaze\b|"
    r"\bexplosives?[- ](?:laden |packed )?(?:vests?|belts?|jackets?)|\bexplosives? strapped to (?:his|her|their) "
    r"bod(?:y|ies)|\bmartyrdom (?:operation|attack|mission)s?",
    _I,
)
NOT_SUICIDE = re.compile(r"\b(?:no|not a|not) suicide\b|\bsuicide (?:prevention|rate|note|hotline)", _I)


# "a suicide bomber blew himself up", "Two suicide bombers detonated their vests": the attackers
# died by their own blast (the GTD counts them among the dead)
_BOMBERS_BLEW = re.compile(
    # (not "One of two suicide bombers detonated his vest": one of them; nor a second subject on the
    # way: "two suicide bombers approached a mosque and one detonated his vest")
    r"(?<!\bof )(?<!\bof the )\b(?P<n>an?|one|two|three|four|five|\d)\s+(?:(?:female|male|teenage|lone|young|other)\s+)?"
    r"suicide\s+(?:bombers?|attackers?|assailants?)\s+(?:(?!one\b|the\s+first\b|the\s+other\b)\w+\s+){0,8}?"
    r"(?:blew\s+(?:himself|herself|themselves)\s+up|detonated|self-detonated|set\s+off|triggered|exploded)\b",
    _I,
)
# ... unless one lived or never set it off: "was shot before he could detonate", "failed to explode"
_BOMBER_LIVED = re.compile(
    r"\b(?:before (?:he|she|they|the bombers?) could|failed to (?:detonate|explode|go off)|did not (?:detonate|"
    r"explode|go off)|(?:bombers?|attackers?|assailants?|he|she|they)\s+(?:was|were)\s+(?:\w+\s+)?"
    r"(?:shot|killed|arrested|captured|caught|detained|overpowered|wounded|injured|stopped|intercepted|gunned)|"
    r"(?:bombers?|attackers?|assailants?) (?:survived|was the sole survivor)|surviving (?:bomber|attacker|assailant)|"
    r"defused|partially detonated)\b",
    _I,
)
_NUMBER_WORD = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
# "The death toll was not immediately known": the dead are not told, the bomber's death neither
_TOLL_UNKNOWN = re.compile(
    r"\btoll (?:was|is|remains|remained) (?:not (?:immediately |yet )?(?:known|clear|available)|unclear|unknown)|"
    r"\bcasualties (?:were|are) (?:not (?:immediately |yet )?known|unknown|unclear)|"
    r"\bno (?:immediate )?(?:word|information|details) (?:on|of|about) (?:any )?(?:casualties|deaths|the toll)|"
    r"\boutcome (?:is |was )?unknown",
    _I,
)


def bombers_dead(sentence: str, told: str) -> int | None:
    """How many suicide bombers ``sentence`` says set off their own blast, with no word in
    ``told`` (all the happening's sentences) that one of them lived, was stopped or was killed by
    someone else (then the count says so); else None."""
    m = _BOMBERS_BLEW.search(sentence)
    if m is None or _BOMBER_LIVED.search(told) or _TOLL_UNKNOWN.search(told):
        return None
    n = m.group("n").lower()
    return int(n) if n.isdigit() else _NUMBER_WORD[n]


def is_suicide(text: str) -> bool:
    """A suicide attack: the attacker meant to die (suicide bomber, vest, blew himself up)."""
    return SUICIDE.search(text) is not None and not NOT_SUICIDE.search(text)
