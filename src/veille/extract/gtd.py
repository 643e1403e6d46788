"""GTD attack, weapon and target types, and the suicide flag, from an attack's sentences.

GTD's own hierarchy decides between attack types (assassination > hijacking > kidnapping >
barricade > bombing > armed assault > unarmed assault > facility attack); the weapon follows
from the words used; the target is the victim phrase nearest the attack words.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

ATTACK_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("hijacking", re.compile(r"\bhijack\w*|\bcommandeer\w*", _I)),
    (
        "hostage_barricade",
        re.compile(
            r"\b(?:barricad\w+|siege|held (?:\w+ ){0,3}hostage|hostage[- ]taking|"
            r"took (?:\w+ ){0,3}hostages?|holding (?:\w+ ){0,3}hostages?)\b",
            _I,
        ),
    ),
    (
        "kidnapping",
        re.compile(
            r"\b(?:kidnap\w*|abduct\w*|seized (?:\w+ ){0,2}(?:civilians|people|villagers|"
            r"passengers|workers|men|women|children)|taken captive|went missing after)\b",
            _I,
        ),
    ),
    (
        "bombing",
        re.compile(
            r"\b(?:bomb\w*|explo(?:sive|sion|ded|des)\w*|IEDs?|blast\w*|detonat\w+|grenades?|"
            r"landmines?|land mines?|mines? (?:exploded|went off)|mortars?|rockets?|shell(?:s|ing|ed)?|"
            r"missiles?|dynamite\w*|suicide (?:attack|vest|car))\b",
            _I,
        ),
    ),
    (
        "assassination",
        re.compile(
            r"\b(?:assassinat\w+|targeted killing|shot dead (?:a |the )?(?:\w+ ){0,3}"
            r"(?:official|governor|mayor|judge|prosecutor|leader|commander|candidate|"
            r"chief|politician|lawmaker|MP|councillor|elder|cleric|imam|journalist))\b",
            _I,
        ),
    ),
    (
        "armed_assault",
        re.compile(
            r"\b(?:gunm[ae]n|armed (?:men|assailants)|opened fire|fired (?:on|at|upon)|shot|"
            r"shooting|gunfire|firearms?|rifles?|AK-?47s?|guns?|ambush\w*|stormed|"
            r"stabb\w*|knife|knives|machetes?|hacked|beheaded|raided|attacked|assault\w*|"
            r"massacre\w*|killed)\b",
            _I,
        ),
    ),
    (
        "unarmed_assault",
        re.compile(
            r"\b(?:ramm(?:ed|ing)|drove (?:a |his |the )?(?:car|truck|vehicle|van) into|"
            r"poison\w*|beat(?:en|ing)? (?:to death|up)|punched)\b",
            _I,
        ),
    ),
    (
        "facility_attack",
        re.compile(
            r"\b(?:set (?:fire|ablaze|on fire)|arson\w*|torch(?:ed|ing)|burn(?:ed|t|ing) "
            r"(?:down )?(?:\w+ ){0,3}(?:school|office|building|house|homes|church|mosque|"
            r"vehicle|tower|station|facility)|vandali[sz]\w+|sabotag\w+|destroyed|demolished|"
            r"damaged)\b",
            _I,
        ),
    ),
)
# GTD precedence among the attack types found in the text.
ATTACK_ORDER = (
    "assassination",
    "hijacking",
    "kidnapping",
    "hostage_barricade",
    "bombing",
    "armed_assault",
    "unarmed_assault",
    "facility_attack",
)

WEAPON_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "chemical",
        re.compile(
            r"\b(?:chemical (?:weapon|agent|attack)s?|chlorine|sarin|mustard gas|nerve agent|"
            r"acid attack|thrown acid|toxic gas)\b",
            _I,
        ),
    ),
    ("biological", re.compile(r"\b(?:anthrax|ricin|biological (?:weapon|agent)s?)\b", _I)),
    ("radiological", re.compile(r"\b(?:radiological|dirty bomb)\b", _I)),
    (
        "explosives",
        re.compile(
            r"\b(?:bomb\w*|explo(?:sive|sion|ded)\w*|IEDs?|blast\w*|detonat\w+|grenades?|"
            r"landmines?|land mines?|mines?|mortars?|rockets?|RPGs?|shell(?:s|ing|ed)|missiles?|"
            r"dynamite\w*|suicide (?:vest|belt|attack))\b",
            _I,
        ),
    ),
    (
        "firearms",
        re.compile(
            r"\b(?:gun\w*|shot|shoot\w*|opened fire|fired|firearms?|rifles?|AK-?47s?|pistols?|"
            r"bullets?|automatic weapons|sniper\w*|machine guns?)\b",
            _I,
        ),
    ),
    (
        "incendiary",
        re.compile(
            r"\b(?:set (?:fire|ablaze|on fire)|arson\w*|torch(?:ed|ing)|burn(?:ed|t|ing)|"
            r"molotov|petrol bombs?|firebomb\w*|incendiary|gasoline|petrol)\b",
            _I,
        ),
    ),
    (
        "melee",
        re.compile(
            r"\b(?:knife|knives|stabb\w*|machetes?|axes?|hacked|beheaded|sword|blade|"
            r"clubs?|sticks|bludgeon\w*|hammer)\b",
            _I,
        ),
    ),
    (
        "vehicle",
        re.compile(
            r"\b(?:ramm(?:ed|ing) attack|ramm(?:ed|ing)|drove (?:a |his |the )?(?:car|truck|vehicle|van) "
            r"into|vehicle attack)\b",
            _I,
        ),
    ),
    ("sabotage_equipment", re.compile(r"\b(?:sabotag\w+)\b", _I)),
    ("fake_weapons", re.compile(r"\b(?:fake|replica|imitation) (?:gun|bomb|weapon|explosive)s?\b", _I)),
)

TARGET_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "airports_aircraft",
        re.compile(
            r"\b(?:airport|aircraft|airplane|airliner|plane|helicopter|airline|"
            r"flight)\b",
            _I,
        ),
    ),
    (
        "government_diplomatic",
        re.compile(
            r"\b(?:embass(?:y|ies)|consulates?|diplomats?|ambassador|"
            r"diplomatic)\b",
            _I,
        ),
    ),
    (
        "journalists_media",
        re.compile(
            r"\b(?:journalists?|reporters?|newspaper|radio station|TV station|"
            r"television station|media outlet|broadcaster|cameraman)\b",
            _I,
        ),
    ),
    (
        "educational_institution",
        re.compile(
            r"\b(?:schools?|universit(?:y|ies)|college|students?|teachers?|"
            r"pupils|schoolchildren|madrasa|madrassa|seminary|classroom)\b",
            _I,
        ),
    ),
    (
        "religious_figures_institutions",
        re.compile(
            r"\b(?:mosques?|church(?:es)?|temples?|synagogues?|shrines?|"
            r"imams?|clerics?|priests?|pastors?|worshipp?ers|mullah|"
            r"religious (?:leader|scholar|school)|monaster\w+|pilgrims?)\b",
            _I,
        ),
    ),
    (
        "ngo",
        re.compile(
            r"\b(?:aid workers?|NGOs?|humanitarian|charity|Red Cross|relief workers?|"
            r"non-governmental|deminers?)\b",
            _I,
        ),
    ),
    ("tourists", re.compile(r"\b(?:tourists?|tour bus|holidaymakers|sightseers)\b", _I)),
    (
        "maritime",
        re.compile(
            r"\b(?:ships?|vessels?|tankers?|boats?|ferry|ferries|port|fishing boat|"
            r"oil platform|crew)\b",
            _I,
        ),
    ),
    (
        "utilities",
        re.compile(
            r"\b(?:power (?:line|station|plant|grid|pylon)s?|pylons?|electricity|pipelines?|"
            r"gas (?:pipeline|line)|water (?:plant|supply|pipe)|dam|substation|transmission tower)\b",
            _I,
        ),
    ),
    (
        "telecommunication",
        re.compile(
            r"\b(?:telecom\w*|(?:cell|mobile|phone|communications?) (?:tower|mast|"
            r"antenna)s?|radio tower)\b",
            _I,
        ),
    ),
    (
        "food_water_supply",
        re.compile(r"\b(?:water (?:well|source|reservoir)|food (?:supply|supplies|stores))\b", _I),
    ),
    (
        "transportation",
        re.compile(
            r"\b(?:bus(?:es)?|train|railway|railroad|metro|subway|passengers?|highway|"
            r"minibus|bus station|transport|road|bridge|taxi|truck drivers?|travell?ers)\b",
            _I,
        ),
    ),
    (
        "police",
        re.compile(
            r"\b(?:police\w*|policem[ae]n|police officers?|officers?|constables?|cops?|"
            r"gendarme\w*|patrol|police (?:station|post|checkpoint|vehicle|car)|"
            r"border guards?|Afghan (?:Local|National) Police|ALP|ANP|security guards?|"
            r"counter-?terrorism department|CTD|checkpoint)\b",
            _I,
        ),
    ),
    (
        "military",
        re.compile(
            r"\b(?:soldiers?|troops|army|military|servicem[ae]n|base|barracks|convoy|"
            r"militia (?:members|fighters)? of the government|security forces|security personnel|"
            r"national army|ANA|ANDSF|army (?:post|base|checkpoint|convoy|outpost)|"
            r"outpost|garrison|peacekeepers?|marines?)\b",
            _I,
        ),
    ),
    (
        "government_general",
        re.compile(
            r"\b(?:government (?:officials?|office|building|employees?|workers?|"
            r"compound|headquarters)|governor|district (?:chief|governor|office|"
            r"headquarters|administrator)|mayor|officials?|council(?:lor)?s?|"
            r"candidates?|politicians?|lawmakers?|MPs?|parliament\w*|ministr(?:y|ies)|"
            r"minister|election (?:office|workers?|commission|officials?|rally)|polling "
            r"(?:station|centre|center)s?|court(?:house)?|judges?|prosecutors?|"
            r"tribal elders?|elders?|village chief|chief|prison|jail|Wolesi Jirga|"
            r"provincial council|town hall|municipal)\b",
            _I,
        ),
    ),
    (
        "violent_political_party",
        re.compile(
            r"\b(?:party (?:office|headquarters|leader|members?|workers?|"
            r"supporters?|rally))\b",
            _I,
        ),
    ),
    (
        "terrorists_non_state_militia",
        re.compile(
            r"\b(?:militants|insurgents|rebels|Taliban (?:commander|"
            r"fighters|members)|(?:pro-government |local )?militia\w*|"
            r"former (?:militants|fighters)|jihadists|guerrillas)\b",
            _I,
        ),
    ),
    (
        "business",
        re.compile(
            r"\b(?:shops?|stores?|market(?:place)?s?|bazaar|business\w*|compan(?:y|ies)|"
            r"hotels?|restaurants?|cafes?|bank|factory|shopkeepers?|traders?|merchants?|"
            r"contractors?|construction (?:company|workers?|site)|petrol station|gas station|"
            r"mine workers|miners|workers|employees|office|mall|nightclub|bar)\b",
            _I,
        ),
    ),
    (
        "private_citizens_property",
        re.compile(
            r"\b(?:civilians?|villagers?|residents?|people|houses?|homes?|"
            r"home|family|families|wedding|funeral|farmers?|women|children|"
            r"child|men|man|woman|boy|girl|individuals?|persons?|crowd|"
            r"village|neighbou?rhood|residential|herders?|youths?|locals|"
            r"passers-?by|pedestrians|refugees?|displaced)\b",
            _I,
        ),
    ),
)

# A victim phrase: the words after these verbs and prepositions name the target.
_OBJECT_CUE = re.compile(
    r"\b(?:target(?:ed|ing|s)?|attack(?:ed|ing|s)? (?:on )?|struck|hit|stormed|ambush(?:ed)?|at|on|against|"
    r"inside|near|outside|of|killing|killed|kidnapp?ed|abducted|shot|assassinated|injuring|wounding)\s+",
    _I,
)


def attack_type(text: str) -> str:
    found = {name for name, rx in ATTACK_RULES if rx.search(text)}
    for name in ATTACK_ORDER:
        if name in found:
            return name
    return "unknown"


def weapon_type(text: str, attack: str) -> str:
    found = [name for name, rx in WEAPON_RULES if rx.search(text)]
    if attack == "bombing" and "explosives" in found:
        return "explosives"
    if attack == "facility_attack" and "incendiary" in found:
        return "incendiary"
    if attack in {"armed_assault", "assassination", "kidnapping", "hostage_barricade", "hijacking"}:
        if "firearms" in found:
            return "firearms"
        if "melee" in found:
            return "melee"
    if attack == "unarmed_assault" and "vehicle" in found:
        return "vehicle"
    return found[0] if found else "unknown"


def target_type(text: str, trigger_at: int = 0) -> str:
    """The target nearest after an object cue (``targeting a police vehicle``), else any cue."""
    best: tuple[int, int, str] | None = None
    for cue in _OBJECT_CUE.finditer(text):
        window = text[cue.end() : cue.end() + 60]
        for rank, (name, rx) in enumerate(TARGET_RULES):
            m = rx.search(window)
            if m is None:
                continue
            key = (m.start() + abs(cue.start() - trigger_at) // 4, rank, name)
            if best is None or key < best:
                best = key
    if best is not None:
        return best[2]
    for name, rx in TARGET_RULES:
        if rx.search(text):
            return name
    return "unknown"


SUICIDE = re.compile(
    r"\bsuicide (?:bomb\w*|attack\w*|vest|belt|car|truck|blast|mission|operation)|"
    r"\bblew (?:himself|herself|themselves) up|\bself-detonat\w+",
    _I,
)


def is_suicide(text: str) -> bool:
    return SUICIDE.search(text) is not None
