"""Named, small trigger rules: which words signal which event type, and the context words.

Each rule is a name, an event type and one regular expression, tested in tests/test_lexicon.py.
Patterns are matched case-insensitively (ALL-CAPS wire copy works the same).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pycountry

from veille.extract._dates_lexicon import FULL_MONTHS, WEEKDAYS
from veille.extract._screen import Prefixed, Screens


@dataclass(frozen=True)
class Trigger:
    name: str
    event_type: str
    pattern: re.Pattern[str]
    strength: float  # how sure the words alone make the type, 0..1
    needs_context: bool  # only counts where terrorism/armed-conflict context is present


_WRAP = re.compile(r"(?<=\S)[ \t]*\n[ \t]*(?=\S)")


def unwrap(text: str) -> str:
    """``text`` with line wraps inside a paragraph turned into spaces, the same length (offsets
    hold): wire copy breaks lines mid-phrase ("THE EXPLOSIVE\nDEVICE"), and the patterns here
    write a space between words."""
    return _WRAP.sub(lambda m: " " * len(m.group(0)), text)


# not right after a capitalised word ("the Paris attacks", "Haram attacks"): lookbehinds of each length
_AFTER_NAME = "".join(rf"(?<!(?-i:[A-Z][a-z]{{{n}}}) )" for n in range(1, 12))


def _state_names() -> str:
    """The short names of the world's states, as an alternation (a handover's receiving state)."""
    names = {"Russia", "Britain", "Turkey", "Iran", "Syria", "Vietnam", "Laos", "Moldova", "Czech Republic"}
    for c in pycountry.countries:
        names.add(getattr(c, "common_name", None) or c.name.split(",")[0])
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if "(" not in n)


_STATE_NAMES = _state_names()


def _t(
    name: str, event_type: str, pattern: str, strength: float = 0.8, needs_context: bool = True
) -> Trigger:
    return Trigger(name, event_type, re.compile(pattern, re.IGNORECASE), strength, needs_context)


# what a speaker does: "said", "told", "announced", "warned" (words of a regex alternation)
SPEECH_VERBS = (
    r"said|says|told|announced|condemned|confirmed|reported|stated|added|quoted|wrote|tweeted|declared|"
    r"vowed|urged|warned"
)

# happenings told as ones before this one: "the past two attacks", "previous bombings", "two earlier
# attacks"
EARLIER_ONES = re.compile(
    r"\b(?:past|previous|earlier|prior)\s+(?:(?:two|three|four|five|six|several|few|\d+)\s+)?"
    r"(?:attacks|bombings|blasts|shootings|assaults|massacres|killings)\b"
    r"|\b(?:two|three|four|five|six|several)\s+(?:previous|earlier|prior)\s+"
    r"(?:attacks|bombings|blasts|shootings|assaults|massacres|killings)\b",
    re.IGNORECASE,
)


# an atomic, nuclear or hydrogen bomb is a weapon of states and of history, not an attack's; a
# police smoke bomb, a stink or bath bomb, "propaganda bombs" and "truth bombs" are no attack's
# either (the look-ahead first: the look-behinds are tried only where a "bomb" starts)
_NOT_NUCLEAR = (
    r"(?=bomb)(?<!atomic )(?<!nuclear )(?<!atom )(?<!hydrogen )(?<!atomic-)(?<!nuclear-)(?<!hydrogen-)"
    r"(?<!smoke )(?<!stink )(?<!bath )(?<!propaganda )(?<!truth )(?<!H-)(?<!cyber )(?<!cyber-)"
)

# those held whose fate is told, before "in custody": no arrest ("deaths in custody")
# (nor a stay that goes on: "a third suspect remains in custody")
_HELD = (
    "civilians",
    "detainees",
    "prisoners",
    "deaths",
    "death",
    "died",
    "torture",
    "remains",
    "remain",
    "remained",
)
_HELD_BEFORE = "".join(f"(?<!{w} )" for w in _HELD)
_HELD_IN_BEFORE = "".join(f"(?<!{w} in )" for w in _HELD)
# "heavy fighting Sunday in Aleppo": a day or a month after a word is no object of it
_DAY_OR_MONTH = r"(?:" + "|".join(sorted(w.capitalize() for w in (*WEEKDAYS, *FULL_MONTHS))) + r")\b"

# A device planted and then defused is an attempted bombing (GTD and MUC count it; "foiled" is
# for a plot stopped before anything was set): "police defused a bomb near the bank", "an
# explosive device was also defused at the airport". Not a political "time bomb".
_DEVICE = (
    r"(?<!time )(?:bombs?|(?:explosive|incendiary|suspicious|improvised) devices?|IEDs?|explosives|"
    r"(?:dynamite|explosive) charges?|charges? of (?:dynamite|explosives?|TNT)|"
    r"(?:land|anti-?personnel|anti-?tank) ?mines?|grenades?)\b"
)
_DEFUSED = (
    r"\b(?:defused|deactivated|disarmed|dismantled|neutrali[sz]ed) "
    r"(?:an? |the |another |two |three |four |five |several |\d+ )?(?:[\w-]+ ){0,3}?" + _DEVICE + "|"
    r"\b"
    + _DEVICE
    + r"[^.;]{0,80}?\b(?:was|were|had been|has been|have been) (?:also |later |safely |successfully )?"
    r"(?:defused|deactivated|disarmed|dismantled|neutrali[sz]ed)\b|"
    # a controlled blast of a device someone else planted ("Indonesian police detonated a bomb planted
    # by an unidentified man at a mosque")
    r"\b(?:police|bomb squads?|bomb disposal (?:units?|teams?|experts?)|sappers|experts) (?:[\w-]+ ){0,2}?"
    r"(?:safely |later |then )?(?:detonated|blew up|exploded) (?:an? |the |another |two |three |\d+ )?"
    r"(?:[\w-]+ ){0,2}?" + _DEVICE + r" (?:[\w-]+ ){0,3}?(?:planted|left|found|placed|hidden)\b"
)

# a device defused or blown up by those who deal with it, as a whole (see ``actors``)
DEFUSED = re.compile(_DEFUSED, re.IGNORECASE)

# Soldiers, security forces or militiamen killing, torturing or abducting civilians: an attack by that
# force (violence against civilians). It is its own context: the words say armed violence.
_CIVILIAN_VICTIMS = (
    r"(?:at least |between )?(?:[\w-]+ ){0,3}(?:civilians|villagers|people|"
    r"herders|farmers|peasants|residents|traders|children|women|worshippers|passengers|students|pupils|"
    r"demonstrators|protesters|protestors|(?:gold )?miners|fishermen|refugees|"
    # ... or one of them: "soldiers killed a herder"
    r"(?:an? |one )(?:[\w-]+ )?(?:civilian|man|woman|herder|shepherd|farmer|peasant|villager|student|trader|"
    r"miner|fisherman|child|boy|girl|teenager|shopkeeper)|"
    r"(?:an? )?unarmed [\w-]+)"
    # (not those the killers call militants: "a man they said was a jihadist", "a herder suspected of
    # being an informant for JNIM", "refugees who had joined Boko Haram")
    r"(?!,?\s+(?:they\s+said|(?:whom?|that)\s+(?:they|the\s+army|the\s+military|officials|soldiers|troops)\s+"
    r"(?:said|says|accused|suspected|believed|called)|who\s+(?:(?:was|were)\s+(?:an?\s+|also\s+)?(?:[\w-]+\s+)?"
    r"(?:militants?|jihadists?|fighters?|insurgents?|rebels?|terrorists?|members?)|had\s+joined|joined|belonged|"
    r"fought)|suspected|accused|believed|alleged(?:ly)?|said\s+to|thought\s+to|identified\s+as|described\s+as)\b)"
)
FORCES_KILL_CIVILIANS = (
    r"(?:soldiers|troops|army|military|gendarmes|security forces|militiamen|militias?)(?: [\w-]+){0,4}? "
    r"(?:reportedly |allegedly )?(?:killed|executed|shot dead|massacred|tortured|abducted) "
    + _CIVILIAN_VICTIMS
)

# The murder of a public figure: a political killing, and its own context ("the murder of
# Colombian justice Carlos Valencia", "the murder of six Jesuit priests").
_PUBLIC_FIGURES = (
    r"(?:senators?|presidential candidates?|candidates?|journalists?|priests?|nuns?|judges?|justices?|mayors?|rectors?|"
    r"ministers?|governors?|councill?ors?|activists?|unionists?|prosecutors?|attorney general|"
    # a deputy of a parliament, not a sheriff's deputy ("a deputy was shot at a traffic stop")
    r"(?:parliamentary|opposition|congressional|assembly|legislative|elected|Christian Democratic|Liberal|"
    r"Conservative|Socialist|Communist) deput(?:ies|y)|congressm[ae]n|legislators?|magistrates?|bishops?|archbishop|Jesuits?|"
    r"party leaders?|union leaders?|diplomats?|ambassadors?|consuls?|spokesm[ae]n|"
    r"(?:political|opposition|peasant|indigenous|student|community|civic|democratic|socialist|communist|"
    r"liberal|conservative|leftist|rightist|human rights) (?:leaders?|activists?|defenders?)|"
    r"(?:first |second |third )?secretary of the (?:[\w-]+ ){0,2}embassy)"
)
# A public figure murdered, shot or kidnapped, told with the figure first: "the Jesuits murdered
# last Friday", "candidate Carlos Pizarro, who was murdered on 26 April", "Senator Luis Carlos
# Galan, Liberal Party presidential hopeful, was shot this evening". One pattern, so that the
# figures are tried once at each word.
# (single words only: this pattern is tried at every word, the qualified forms cost too much there)
_FIGURE_WORDS = (
    r"(?:senators?|candidates?|journalists?|priests?|nuns?|judges?|justices?|mayors?|ministers?|governors?|"
    r"councill?ors?|activists?|unionists?|prosecutors?|congressm[ae]n|legislators?|magistrates?|bishops?|"
    r"archbishop|Jesuits?|diplomats?|ambassadors?|consuls?|spokesm[ae]n|rectors?)"
)
_FIGURE_HARMED = (
    # (the figures who tell it are none: "According to prosecutors, Ramirez was abducted")
    rf"(?<!according to ){_FIGURE_WORDS}(?:(?: [\w'-]+){{0,4}},? (?:who (?:was|were|had been) )?(?:murdered|assassinated|slain)|"
    # ("candidate Carlos Pizarro was admitted to the emergency room this morning, after having been
    # shot")
    r"[^.;]{0,90}? (?:(?:was|were|had been|has been|having been|after being) (?:\w+ )?"
    r"(?:shot|gunned down|murdered|assassinated|slain|kidnapped|abducted|taken hostage)|"
    # "the presidential candidate, has died from gunshot wounds"
    r"(?:has |have |had )?died (?:from|of) (?:his |her |their )?(?:gunshot|bullet|stab) wounds))"
)
POLITICAL_MURDER = (
    # "the murder of Senator Galan", "the murder of Jecar Neghme, spokesman of the MIR"
    r"(?:murders?|killings?|slayings?|assassination) of (?:(?:the |a |an |former |leftist |opposition )*"
    rf"(?:[\w-]+ ){{0,3}}{_PUBLIC_FIGURES}|(?:[\w.'-]+ ){{1,4}}?[\w.'-]+, (?:the |a |an )?(?:[\w-]+ ){{0,3}}"
    rf"{_PUBLIC_FIGURES}\b)|"
    rf"{_FIGURE_HARMED}|"
    rf"(?:fired|shot) (?:on|at) (?:the |a |an )?(?:[\w-]+ ){{0,2}}{_PUBLIC_FIGURES}|"
    # "the wake for the murdered Liberal candidate", "the slain journalist"
    rf"(?:murdered|assassinated|slain) (?:[\w-]+ ){{0,3}}{_FIGURE_WORDS}\b"
)

# The kidnapping of a public figure (above) or of foreigners and workers far from home: a
# political or insurgent kidnapping, not a family's quarrel ("two Italian engineers and a Spanish
# technician were kidnapped from a construction site", "the kidnapping of three aid workers").
_KIDNAP_TARGETS = (
    r"(?:foreign(?:ers| nationals| workers| engineers| tourists| citizens)|engineers|technicians|"
    r"aid workers|humanitarian workers|relief workers|tourists|missionar(?:y|ies)|expatriates|oil workers|"
    # "kidnapped U.S. citizen Scott Heyndal": a nationality named with "citizen" marks a foreigner
    r"officials|(?-i:U\.S\.|UK|[A-Z][a-z]+(?:an|ese|ish|i|ch)) (?:citizens?|nationals?|businessm[ae]n|executives?))"
)
POLITICAL_KIDNAP = (
    rf"{_KIDNAP_TARGETS} (?:[\w'-]+ ){{0,6}}?(?:were|was|have been|had been|has been) (?:\w+ )?"
    r"(?:kidnapped|abducted|taken hostage)|"
    # ... or named, then the kidnapping: "U.S. businessman Michael Reyff, kidnapped 11 days ago in Medellin"
    rf"{_KIDNAP_TARGETS}(?: (?-i:[A-Z][\w'-]*)){{1,4}}, (?:who (?:was|were|had been) )?(?:kidnapped|abducted)\b|"
    # held by those who took them: "Colombian drug traffickers are holding Liberal Senator Federico
    # Estrada Velez in Medellin" (a person held: not "traffickers were holding 40 migrants")
    r"(?:kidnappers|captors|abductors|traffickers) (?:are|were|is|was|have been|had been|has been) "
    rf"(?:still )?holding (?:(?:the|a|an|two|three|several)\s+)?(?:[\w-]+ ){{0,2}}(?:{_FIGURE_WORDS}|hostages?|"
    r"captives?|business(?:m[ae]n|wom[ae]n)|foreigners|engineers|aid workers)\b|"
    r"(?:kidnapp(?:ed|ing)|abduct(?:ed|ing)|abduction of) (?:the |a |an |two |three |four |five |six |\d+ |several )?"
    rf"(?:[\w-]+ ){{0,2}}(?:{_KIDNAP_TARGETS}|{_PUBLIC_FIGURES})\b"
)

# "an attempt on the life of a judge": an assassination attempt, and its own context
LIFE_ATTEMPT = r"(?:attempts?|attempted|bid) on (?:the )?(?:[\w-]+ )?li(?:fe|ves) of"
# a bomber's own deed, done (not one willed: "willing to blow themselves up", "before he could
# blow himself up")
BLEW_SELF_UP = (
    r"(?:blew|(?:had|has|(?<!could )(?<!would )(?<!might )(?<!may )(?<!must )(?<!should )have) blown) "
    r"(?:himself|herself|themselves) up"
)

# a rescue that ends an attack's siege is told as that attack's end, not as an operation of its own
# ("Malian special forces freed 20 hostages held by jihadists at a hotel in Bamako after a nine-hour
# siege", "freed 12 hostages held by gunmen who had stormed a hotel")
_NO_SIEGE_AFTER = (
    r"(?![^.;]{0,100}?\b(?:sieges?|stormed|storming|standoff|stand-off|barricaded|"
    r"at (?:an? |the )?(?:[\w'-]+ ){0,2}(?:hotel|supermarket|shop|mall|restaurant|cafe|school|theat(?:re|er)|"
    r"church|mosque|bank|store|market|university|hospital|airport|office|embassy|concert hall)s?)\b)"
)
TRIGGERS: tuple[Trigger, ...] = (
    # -- attacks -------------------------------------------------------------------------
    _t(
        "suicide_bombing",
        "attack",
        # ("the attackers who blew themselves up at the Brussels Airport on March 22")
        r"\bsuicide (?:bomb(?:er|ing)s?|attack(?:er)?s?|vest|car bomb|blast)|"
        rf"\b{BLEW_SELF_UP}\b",
        0.95,
        False,
    ),
    _t("defused", "attack", _DEFUSED, 0.85, False),
    _t("car_bomb", "attack", r"\b(?:car|truck|vehicle)[- ]bomb(?:s|ing)?\b|\bVBIED\b", 0.95, False),
    # a post of the security forces attacked, in a town named between: "THE COMMAND POST IN SOYAPANGO
    # WAS ALSO ATTACKED ON 30 JULY" (an attack whatever the sentences around it tell)
    _t(
        "post_attacked",
        "attack",
        r"\b(?:police|military|army|command|guard|border|security|gendarmerie) (?:station|post|camp|"
        r"checkpoint|base|barracks|outpost|garrison) (?:in|at|near) (?:the )?[\w-]+(?: [\w-]+)? "
        r"(?:was|were) (?:also |again |similarly |likewise )?(?:attacked|ambushed|overrun)\b"
        # (not one the state took back: "was overrun by government troops")
        r"(?! by (?:the )?(?:government|army|troops|soldiers|security forces|police|military)\b)",
        0.8,
        False,
    ),
    _t(
        "ied",
        "attack",
        r"\b(?:IEDs?|improvised explosive devices?|roadside bombs?|landmines?|land mines?|"
        r"(?:explosive|incendiary) devices?|mines? (?:exploded|blast))\b",
        0.85,
    ),
    # "two peasants were killed when they set off a mine", "their vehicle hit a mine" (not a coal
    # mine); weak, so that an attack named back in the sentence keeps it ("two soldiers stepped on a
    # mine during the guerrilla attack")
    _t(
        "mine_set_off",
        "attack",
        r"\b(?:set off|stepped on|stepped onto|triggered|hit|struck|ran over|drove over) (?:an? |the )?mines?"
        r"(?!\s+(?:shafts?|workers?|owners?|tunnels?|collapsed?|compan\w+|sites?|operators?|pits?)\b)\b",
        0.5,
    ),
    _t(
        "bombing",
        "attack",
        r"\b(?:set off (?:an? |two |several )?(?:explosives?|bombs?|IEDs?|charges)|"
        # a drone's payload: "Two drones dropped explosives on the Indian Air Force station",
        # "explosive-laden drones attacked"
        r"dropped (?:[\w-]+ ){0,2}?(?:explosives|explosive devices?|IEDs?|grenades?) (?:on|at|onto|over)|"
        r"(?:explosive|explosives|bomb|IED|grenade)[- ](?:laden|packed|carrying|rigged) drones?|"
        + _NOT_NUCLEAR
        # ... nor the people and gear that deal with bombs ("bomb technicians", "the bomb squad"), nor
        # "bomb-throwing rhetoric", a politician's style
        # (nor a threat: "a series of hoax bomb warnings", "a bomb scare")
        + r"bomb(?:ing|ings|ed|s)?(?![ -](?:technicians?|squads?|disposal|experts?|specialists?|sniffing|detection|"
        r"shelters?|makers?|threats?|warnings?|scares?|hoax(?:es)?|alerts?)\b)"
        # (the police's gear and teams, after the noun only: "the bomb-defusing robot", "bomb dogs", "a
        # bomb suit"; not "rebels bombed units of the brigade")
        r"(?!(?<=bomb)[ -](?:defusing|defusal|robots?|dogs?|suits?|teams?|units?|proof|resistant)\b)"
        r"(?!(?<=bombs)[ -](?:defusing|defusal|robots?|dogs?|suits?|teams?|units?|proof|resistant)\b)(?!-throw(?:ing|ers?) (?:[\w-]+ )?(?:rhetoric|style|remarks|comments|speech|talk|"
        r"candidate|politician|populis[mt]))|"
        # (nor a weapons test's: "The blast detected from the test was too small")
        r"blasts?(?! (?:[\w-]+ ){0,2}(?:from|of) (?:the|its|their|a|an) (?:[\w-]+ ){0,2}tests?\b)|"
        # (not a figure of speech: "the possibility of a social explosion", "an explosion of anger")
        r"(?<!social )(?<!population )(?<!demographic )(?<!price )(?<!data )explosions?"
        r"(?! of (?:anger|rage|violence|protests?|growth|interest|popularity|joy|colou?r|creativity|demand|"
        r"information|data|cases|infections)\b)|exploded|detonat(?:ed|ion|ing)|"
        # a weapons test or a space launch is no attack: "a ballistic missile test", "the rocket launch"
        # ... nor a dummy: "an inert grenade" found at a border
        r"(?<!inert )(?<!dummy )(?<!replica )(?<!toy )(?<!fake )grenades?|(?<!brick-and-)(?<!bricks-and-)(?<!brick and )(?<!bricks and )mortars?(?: shells?)?|"
        r"rockets?(?! (?:tests?|launch(?:es)?|artillery|forces?)\b)(?!-propelled artillery)"
        # (nor an exercise: "inspecting a rocket-launching drill")
        r"(?![- ]launch(?:ing|er)s? (?:drills?|exercises?|tests?|systems?|pads?|sites?)\b)|shell(?:ing|ed)(?! out)|dynamite|"
        # (nor a strategic arsenal: "lost contact with 50 Minuteman III intercontinental ballistic missiles")
        r"(?<!intercontinental ballistic )(?<!nuclear )(?<!nuclear-tipped )"
        r"missiles?(?!,? (?:and )?(?:submarines|bombers|warheads|warships)\b)(?! (?:tests?|launch(?:es)?|threats?|(?:firing )?capabilit(?:y|ies)|defen[cs]es?|systems?|shields?|programm?e?s?|technology|interceptors?|batteries)\b)|projectiles|"
        r"ATGMs?|anti-tank (?:guided )?missiles?)\b",
        0.6,
    ),
    _t(
        "gunmen",
        "attack",
        r"\b(?:gunm[ae]n|armed men|assailants?|attackers?|militants?|insurgents?|snipers?|"
        # (not the adjective: "charged with terrorist offences over the Brussels bomb attacks")
        r"terrorists|terrorist(?! (?:offen[cs]es|charges|actions|activit\w+|organi[sz]ations?|financing|propaganda|"
        r"content|material|suspects?|threats?|plots?|attacks?|incidents?|cells?|networks?|groups?|entit(?:y|ies)|lists?))|"
        r"jihadists?|bandits|rebels|extremists?|(?<!fire )fighters|guerrillas?|terrorist group|armed group|"
        r"militia(?:men|s)?|militiam[ae]n|Maoists?|Naxal(?:ite)?s|separatists|"
        r"(?:unidentified|unknown) (?:armed )?(?:men|persons|individuals))\b"
        # (not the object of a clause: "a militant whom the United States military tried to kill"; nor
        # the doers' places as a noun's adjective: "troops had raided a militant camp near Kismayo")
        r"(?!\s+whom\b)(?!\s+(?:camps?|hideouts?|bases?|positions?|strongholds?|compounds?|safe\s?houses?|dens|"
        r"lairs?|training\s+(?:camps?|grounds?|facilit(?:y|ies)))\b)[^.]{0,150}?\b(?<!\bwere )(?<!\bwas )(?<!\bbeen )"
        # not a plot ("militants plotting an attack on May Day ... had been detained")
        r"(?<!\bplotting )(?<!\bplanning )(?<!\bpreparing )(?<!\bplotting to )(?<!\bplanning to )(?<!\bplotted to )"
        r"(?<!\bplanned to )(?<!\bpreparing to )(?<!\bplotting an )(?<!\bplanning an )(?<!\bpreparing an )"
        # ... nor attacks threatened or to come ("A video released by militants threatened new attacks")
        r"(?<!\bthreatened )(?<!\bthreatening )(?<!\bthreaten )(?<!\bthreatens )(?<!\bnew )(?<!\bmore )(?<!\bfurther )"
        r"(?<!\bfresh )(?:(?:attacked|"
        # ... nor a name's ("a gunman in a raid on a flat linked to November's Paris attacks")
        + _AFTER_NAME
        + r"attacks?)(?! (?:aircraft|helicopters?|jets?|planes?|submarines?|dogs?|ads?|craft)\b)|"
        # (not a force's deed told after the militants it hit: "raided a hideout used by Islamic State
        # militants in Kirkuk, killing five militants")
        r"kill(?:ed|ing(?! (?:(?:at least|some|about|up to|more than|nearly|over) )?(?:[\w-]+ )?"
        r"(?:militants|insurgents|terrorists|jihadists)\b))?|shot|opened fire|fired|stormed|ambush(?:ed)?|raided|"
        r"abduct(?:ed)?|kidnap(?:ped)?|burn(?:ed|t)|set (?:fire|ablaze)|torched|beheaded|decapitated|hacked|stabbed|massacred|assassinated|target(?:ed)?|"
        r"struck|seized(?! (?:power|on|upon|the (?:initiative|opportunity|moment|chance)))|overran|fired on|"
        r"detonated|blew up|launched|carried out|murdered|hit|executed|gunned down|"
        r"intercepted|assaulted|whipped|flogged|tortured|open(?:ed|ing) (?:\w+ )?fire|invaded|torching)\b",
        0.9,
    ),
    _t(
        "attack_noun",
        "attack",
        # not "ground attack aircraft", "attack helicopters", "attack ads", "a verbal attack"
        r"\b(?:terror(?:ist)? attacks?|(?<!verbal )(?<!rhetorical )(?<!scathing )(?<!blistering )(?<!stinging )"
        r"(?<!withering )(?<!personal )(?<!cyber )(?<!cyber-)attacks?(?! (?:aircraft|helicopters?|jets?|planes?|submarines?|dogs?|ads?|"
        r"vectors?|surface|craft)\b)"
        # ... nor one on a policy's subject ("a chilling attack on privacy and Internet security"; an
        # attack called one on liberty, democracy or free speech may be a real one)
        r"(?! (?:on|against) (?:our |the |his |her |their |its )?(?:privacy|civil liberties|encryption|science|"
        r"the constitution|the rule of law|voting rights)\b"
        # (not a place named for it: "the attack on the science faculty", "on the Constitution Square")
        r"(?! (?:faculty|building|square|hall|museum|cent(?:er|re)|institute|ministry|department|students?|"
        r"teachers?|class(?:es)?|labs?|laborator(?:y|ies)|park|court)\b))|assaults?(?![\"\u201d\u2019']?[ -](?:rifles?|weapons?|guns?|style|helicopters?|vehicles?|ships?|boats?|craft)\b)|ambush(?:ed)?|massacre|targeted killings?|"
        # the murder of a public figure is a political killing ("the murder of Senator Galan")
        rf"{POLITICAL_MURDER}|(?:died|dies|has died) (?:from|of) (?:gunshot|bullet) wounds|{LIFE_ATTEMPT}|"
        # not a drill or a sport: "a shooting practice", "the shooting range"
        # ... nor a skill: "sharp-shooting skills", "trouble-shooting"
        # ... nor target practice: "he practiced shooting a gun at a gun range"
        r"(?<!sharp-)(?<!trouble-)(?<!photo-)(?<!practiced )(?<!practised )(?<!practicing )(?<!practising )(?<!learn )"
        r"(?<!target )(?<!practiced his )(?<!practised his )(?<!practiced her )(?<!practised her )"
        r"(?<!learned )(?<!learnt )(?<!learning )shooting(?! (?:practice|range|drills?|exercises?|competitions?|contests?|club|"
        r"gallery|lessons?|match|sports?|stars?|guard)\b)|(?<!celebratory )gunfire|gunshots?|fired (?:on|at|upon)|opened fire|shot (?:dead|and killed)|shot (?:[\w-]+ ){0,3}?to death|gunned down|machine-?gunned|stormed|"
        r"stabbing|stabbed|(?<!character )assassinat(?:e|ed|ion|ing)|beheaded|decapitated|open(?:ed|ing) (?:indiscriminate |heavy |random |unprovoked )?fire|"
        r"(?:summarily |extrajudicially |publicly )?executed (?:\w+ ){0,3}(?:civilians|villagers|people|men|women|"
        r"drivers?|hostages|captives|prisoners|members|passengers|hostage)|hacked to death|set (?:fire|ablaze|alight|on fire)|"
        r"arson|"
        r"torched|(?:station|post|camp|checkpoint|base|convoy|patrol|barracks|outpost) (?:was |were )?(?:attacked|ambushed|overrun)|"
        # "four villagers were executed", "removed from a bus and executed", "executed by the army"
        r"(?:were|was) (?:summarily |reportedly |allegedly |publicly )?executed|"
        r"(?:removed|taken|abducted|dragged|pulled) (?:[\w-]+ ){0,5}and executed|"
        r"executed by (?:the )?(?:[\w-]+ ){0,3}(?:army|soldiers|troops|military|gendarm\w+|security forces|militants|jihadists)|"
        rf"{FORCES_KILL_CIVILIANS}|"
        # "urban commandos attacked a police post"
        r"(?:attacked|stormed|overran) (?:a |an |the |two |three |several )?(?:[\w-]+ ){0,2}"
        r"(?:police|gendarmerie|army|military|security|border|national guard) "
        r"(?:posts?|stations?|bases?|camps?|checkpoints?|patrols?|convoys?|barracks|outposts?|headquarters)|"
        # (not a row online: "Where It Blew Up: Twitter", "it blew up on social media")
        r"hijack(?:ed|ing)?|sabotage[d]?|(?<!\bwhere it )blew up(?! on (?:twitter|facebook|social media|"
        r"the internet|line))|dynamited|mass shooting|rampage|ramming|"
        # a vehicle driven into people: "a truck plowed into a crowd celebrating Bastille Day"
        # ("an attacker crashed a heavy truck through crowds celebrating Bastille Day")
        # (not "the hearse drove slowly through the crowds of mourners")
        r"(?:(?:plowed|ploughed|rammed|slammed|drove|careered|careened)\s+(?:[\w-]+\s+){0,3}?into|"
        r"(?:plowed|ploughed|rammed|crashed|smashed|barrell?ed)\s+(?:[\w-]+\s+){0,3}?through)\s+"
        # (no name or verb in between: not "a convoy drove into Ramadi carrying soldiers")
        r"(?:a\s+|the\s+)?(?:(?-i:(?![A-Z]))(?![\w-]*ing\b)[\w-]+\s+){0,2}?"
        r"(?:crowds?|pedestrians|people|shoppers|revell?ers|worshipp?ers|"
        r"marchers|spectators|passers-by|soldiers|police officers|policemen|"
        # ("drove a car into a crowded Christmas market", "into a parade")
        r"(?:Christmas |holiday )?markets?|parades?)|"
        # ... or down a path of people: "drove a rented pickup truck down a bike path in Lower Manhattan"
        r"drove (?:a |an |the |his |her )?(?:[\w-]+ ){0,2}?(?:truck|van|lorry|car|vehicle|SUV) (?:down|along|onto) "
        r"(?:a |the )?(?:[\w-]+ ){0,2}?(?:bike path|cycle path|bicycle path|promenade|pavement|sidewalk)|"
        # an attack with its weapon: "attacked a Labour MP's constituency office with a machete",
        # "attacked officers with a knife"
        # "Masked men threw Molotov cocktails at a synagogue", "A firebomb was hurled at a synagogue"
        r"(?:threw|thrown|hurled|lobbed) (?:a |an |two |three |several )?(?:[\w-]+ )?(?:Molotov cocktails?|petrol bombs?|"
        r"fire ?bombs?|incendiary devices?)|(?:Molotov cocktails?|petrol bombs?|fire ?bombs?|incendiary devices?) "
        r"(?:was|were|had been) (?:thrown|hurled|lobbed)|"
        # "A man firebombed a synagogue in Brooklyn"
        r"fire-?bomb(?:ed|ing)|"
        r"attacked (?:[\w'-]+ ){1,8}?with (?:a |an |two )?(?:[\w-]+ )?(?:machetes?|knife|knives|axes?|hammers?|swords?|"
        r"blades?|guns?|rifles?|pistols?|firearms?|explosives?|grenades?|bombs?)\b|"
        r"shot (?:and (?:killed|wounded|injured) )?(?:a|an|the|\d+|two|three|four|five|six) (?:[\w-]+ ){0,2}"
        r"(?:soldiers?|civilians?|man|woman|men|women|police\w*|officers?|villagers?|members?|farmers?))\b",
        0.55,
    ),
    _t(
        "kidnapping",
        "attack",
        # (not a trade: "the kidnapping business", "the industry of kidnapping")
        r"(?<!industry of )\b(?:kidnap(?:p?ed|p?ings?)?(?! (?:business|industry|racket|trade)\b)|abduct(?:ed|ion|ions|ing)?|taken hostage|held captive|"
        r"hostages?(?![- ](?:rescue|negotiat))|seized (?:\w+ )?(?:civilians|people|villagers|passengers|workers)|"
        r"(?:fishermen|workers|passengers|tourists|villagers|crew|sailors|students) (?:were|was) seized)\b",
        0.8,
    ),
    _t(
        "killed_by",
        "attack",
        r"\b(?:killed|wounded|injured|shot|murdered|executed|attacked)(?: in (?:a |an )?(?:firing|attack|ambush))?"
        r"(?: (?:in|near|at|outside)(?: [\w-]+){1,3}?)? by (?:an? |some )?(?:suspected )?(?:\w+ ){0,3}"
        r"(?:gunm[ae]n|militants?|insurgents?|terrorists?|jihadists?|rebels?|bandits|attackers|assailants|"
        r"snipers?|militiam[ae]n|separatists|armed men|members of|(?:unidentified|unknown) (?:men|persons|individuals)|"
        r"soldiers|troops|security forces|(?-i:[A-Z][a-z]+) forces)|"
        # "the murder of Ms Dolores Casanova, carried out this morning by FMLN terrorists"
        r"\b(?:murders?|killings?|assassinations?|massacres?)(?: of [^.;]{0,80}?)?,? (?:carried out|committed|"
        r"perpetrated) (?:[\w-]+ ){0,3}by\b",
        0.9,
    ),
    _t(
        "claim",
        "attack",
        r"\bclaimed responsibility\b|\bclaim(?:ed)? (?:the )?(?:attack|bombing|killing)",
        0.8,
    ),
    # "Security forces ended a three-day siege of a hotel in Mogadishu by al Shabaab militants": a
    # place of people held or stormed (an attack when armed men or a group are named near, as for
    # "harmed"; not a city besieged: "the siege of Aleppo")
    _t(
        "siege",
        "attack",
        r"\b(?:sieges?|stand-?offs?) (?:of|at|in|inside) (?:an? |the )?(?:[\w'-]+ ){0,3}?(?:hotel|(?:shopping )?mall|"
        r"shopping (?:centre|center)|school|university|college|restaurant|caf[eé]|theat(?:re|er)|hospital|"
        r"church|mosque|supermarket|embassy|consulate|parliament|resort|nightclub|bakery|office|campus)s?\b",
        0.6,
    ),
    # "Militants entered the market. Several women were wounded and assaulted.": harm told in the
    # passive, with no agent, next to an armed group or a force
    _t(
        "harmed",
        "attack",
        # not "it has been beaten" (a movement defeated)
        r"(?<!\bit )\b(?:were|was|have been|had been|has been) (?:reportedly |allegedly |also |severely |seriously |"
        r"fatally |critically |brutally )?(?:summarily )?(?:killed|wounded|injured|shot(?: dead)?|assaulted|beaten(?: to death)?|"
        r"murdered|executed|"
        r"hacked to death|burn(?:ed|t) alive)\b|"
        # "One soldier embraced martyrdom" (the wording of Pakistan's army; not "soldiers who embraced
        # martyrdom in the fight against terrorism", honoured)
        r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:[\w-]+ ){0,2}?embraced (?:martyrdom|shahadat|"
        r"shahadah)\b",
        0.5,
    ),
    # "a couple inspired by Islamic State killed 14 people at a holiday party": a killing of
    # several people told with a plain verb, an attack when an armed group or armed men are named
    # in the same sentence or the one before (the engine checks, as for "harmed")
    _t(
        "killed_people",
        "attack",
        # ... or executed without trial: "the army arrested and summarily executed thirteen civilians"
        r"\b(?:killed|killing|murdered|massacred|slaughtered|(?:summarily |extrajudicially )?executed) "
        r"(?:at least |more than |nearly |almost |some |about |"
        r"around |up to )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
        r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|a dozen|dozens of|"
        r"scores of|hundreds of) (?:[\w-]+ ){0,2}?(?:people|civilians|persons|worshippers|passengers|"
        r"shoppers|tourists|pilgrims|students|children|villagers|guests|diners|revellers|revelers|"
        r"spectators|soldiers|policemen|police officers|officers|men|women|youths|herders|traders|merchants|"
        r"farmers|miners|fishermen|shepherds|workers|prisoners|detainees|suspects|"
        # ("KILLING SEVEN PEASANTS")
        r"peasants|campesinos|teachers|pupils|schoolchildren|residents|guards|bodyguards|judges|journalists|"
        r"priests|worshipers|Christians|hostages|drivers|employees|relatives|tribesmen|elders|officials|"
        r"councilmen|gendarmes|troops)\b",
        0.5,
    ),
    # "Assailants attacked a police post. Security forces responded, killing three assailants and
    # injuring two others.": the response's toll is the attack's (the GTD counts attackers killed)
    _t(
        "response_toll",
        "attack",
        r"\b(?:responded|retaliated|returned fire|fought back)(?: to the (?:incident|attack|assault|raid))?,? "
        r"(?:killing|wounding|injuring)\b",
        0.5,
    ),
    # "The 15 year-old, who was armed with a machete and a knife, wounded the teacher": harm done by
    # someone told armed with a blade or a gun (an attack when in context, as for "harmed")
    _t(
        "armed_harm",
        "attack",
        r"\barmed with (?:an? |two |his |her |a large |a kitchen )?(?:[\w-]+ ){0,2}?(?:knife|knives|machetes?|"
        r"axes?|hatchets?|guns?|pistols?|handguns?|rifles?|shotguns?|swords?|cleavers?|hammers?)\b[^.;]{0,80}?"
        # (not "armed with a rifle, was himself shot to death": what was done to the armed man)
        r"\b(?<!was )(?<!were )(?<!been )(?<!being )(?<!himself )(?<!herself )(?<!later )"
        r"(?:wounded|injured|stabbed|attacked|shot|killed|slashed|hacked at|assaulted)\b",
        0.7,
    ),
    # "A man wielding a knife attacked passengers on a train": a blade brandished, then the deed, in
    # one clause (not police "wielding rifles", nor "wielding a knife ... was arrested after police
    # shot him", nor a robber's pistol)
    _t(
        "armed_harm",
        "attack",
        r"\b(?<!commandos )(?<!police )(?<!officers )(?<!soldiers )(?<!troops )(?:wielding|brandishing) "
        r"(?:an? |two |his |her |a large |a kitchen )?(?:[\w-]+ ){0,2}?(?:knife|knives|machetes?|axes?|hatchets?|"
        r"swords?|cleavers?|hammers?)\b(?:(?!\b(?:was|were|police|officers|after|when|before)\b)[^.;,]){0,40}?"
        r"\b(?:attacked|stabbed|slashed|hacked at|assaulted|wounded|injured|killed)\b",
        0.7,
    ),
    # "A man attacked passengers with a knife at a train station in the Munich area": a blade or a
    # gun turned on people (an attack when in context)
    _t(
        "armed_harm",
        "attack",
        # (a deed done to them: not "threatened passers-by with a knife")
        r"\b(?:attacked|stabbed|slashed|assaulted|shot at)\s+(?:[\w-]+\s+){0,2}?(?:passengers|commuters|"
        r"shoppers|worshipp?ers|pedestrians|people|passers-by|passersby|tourists|students|pupils|travell?ers|"
        r"customers|guests|visitors|bystanders|revell?ers|spectators|diners)\s+with\s+(?:an?\s+|his\s+|her\s+)?"
        r"(?:[\w-]+\s+)?(?:knife|knives|machete|axe|hatchet|sword|cleaver|hammer|gun|pistol|rifle)\b",
        0.7,
    ),
    # -- counter-terrorism ---------------------------------------------------------------
    _t(
        "plot_foiled",
        "plot_foiled",
        r"\b(?:foil(?:ed|s|ing)?|thwart(?:ed|s|ing)?|avert(?:ed)?|prevent(?:ed)?|"
        r"disrupt(?:ed)?|stopp?ed|frustrat(?:ed)?)\b[^.]{0,60}?\b(?:(?:plot|plan|attack|attempt|bombing|scheme|"
        # not "prevented the group from reading their statement"
        r"operation)s?\b|(?:group|cell)s?\b(?!(?:\s+of(?:\s+[\w-]+){1,3})?\s+from\b))|\bplott(?:ed|ing) (?:[\w-]+ ){0,3}attacks?|\bplann(?:ed|ing) "
        r"(?:[\w-]+ ){0,3}attacks?\b|\bplots? to (?:attack|bomb|kill|carry out|strike)|\bplans? to (?:attack|bomb|strike)|"
        r"\battacks? (?:was|were|had been) (?:being )?planned",
        0.85,
    ),
    _t(
        "cell_dismantled",
        "cell_dismantled",
        r"\b(?:dismantl(?:ed|ing|es)?|broke up|break up|busted|"
        r"uncover(?:ed|s)?|neutrali[sz](?:ed|ing)|bust(?:ed)?|smash(?:ed)?|disband(?:ed)?|crippled)\b[^.]{0,60}?"
        r"\b(?:cells?|networks?|rings?|groups?)\b|\bcells?\b[^.]{0,40}\bdismantled\b|"
        # ("A cell that recruited fighters for Islamic State was dismantled")
        r"\b(?:cells?|networks?)\b[^.;]{0,70}?\b(?:was|were|ha(?:s|ve|d) been) (?:\w+ )?(?:dismantled|broken up|busted|"
        r"smashed)\b",
        0.85,
    ),
    _t(
        "arrest",
        "arrest",
        r"\b(?:arrest(?:ed|s|ing)?(?! warrants?)|detain(?:ed|s|ing)?|apprehend(?:ed)?|"
        # "captured the village of al-Tamura" takes ground, not people
        # (not a stay: "a condition that went untreated while in U.S. custody")
        # nor the fate of those held: "disappearances of civilians in custody", "deaths in custody"
        r"taken into custody|(?<!while )"
        + _HELD_BEFORE
        + r"in custody|rounded up|nabbed|held for questioning|"
        # "Four other suspects were picked up on Friday"
        r"(?:suspects?|men|women|people|persons|individuals|others|militants|members) (?:were |was |had been |"
        r"have been )?picked up|"
        # "Europe's most wanted man was seized at a house in Molenbeek": a person seized
        r"(?:suspects?|man|men|woman|women|fugitives?|militants?|jihadists?|he|she) (?:was|were|had been|has been|"
        r"have been) seized(?! (?:with|by (?:panic|fear|(?:[\w-]+ )?(?:gunmen|militants|kidnappers|armed men|rebels|"
        r"pirates|jihadists|insurgents|abductors|captors|fighters|bandits|Boko|Islamic|al-|the Taliban))))|"
        r"(?<!while in )(?<!while in U\.S\. )(?<!while in police )(?<!while in state )"
        + _HELD_IN_BEFORE
        + r"custody|"
        # nor the attention of Japan, nor "most of the village"
        r"captured(?! (?:the |his |her |their |public )?(?:attention|imagination|hearts?|mood|spirit|moment|"
        r"essence|images?|footage|video|scenes?|on (?:camera|video|film|tape))\b)"
        r"(?! (?:most |much |parts? |large parts |swathes |control |all |some )?(?:of )?"
        r"(?:the |a |an |several |two |three |\d+ )?(?:[\w-]+ )?(?:village|town|city|district|area|hill|"
        r"base|air ?base|positions?|territory|airport|border crossing|checkpoint|road|highway|neighbou?rhood|"
        r"police station|headquarters|compound|bridge|dam|hospital|barracks|outpost|refinery|oil ?field|ridge|"
        r"mountain|island|port|harbou?r|stronghold|quarter)s?\b)|"
        r"detention of|"
        # "Kenyan police intercepted 12 youths heading to Somalia" (not a missile, a call or a shipment)
        r"intercepted (?:a group of |(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
        r"dozens of) )(?:[\w-]+ )?(?:youths|young men|men|women|people|persons|suspects|recruits|students|teenagers|"
        r"nationals|individuals|would-be (?:fighters|jihadists|recruits))|"
        r"(?:youths|young men|men|women|people|persons|suspects|recruits|students|teenagers|nationals|individuals) "
        r"(?:were|had been|have been) intercepted)\b",
        0.75,
    ),
    _t(
        "raid",
        "raid",
        # not "seized power", "seized on the remarks"; "searched for" someone is a hunt, not a search
        # of premises ("searched for survivors", "searched for the soldiers"), unless for arms
        r"\b(?:raid(?:ed|s)?|(?<!online )(?<!internet )(?<!web )(?<!Google )(?<!engine )(?<!keyword )(?<!database )search(?:ed|es)(?!(?:(?<=subsequent searches)|(?<=repeated searches))(?! (?:of|at|on|in)\b))(?! for (?!(?:[\w-]+ ){0,2}(?:weapons|explosives|arms|ammunition|bombs?|"
        # nor a frisk: "as they searched his body"
        r"devices?)\b))(?! (?:his|her|their|the (?:man|woman|suspect)'s) (?:body|pockets?|clothes|clothing|person)\b)|"
        # nor "seized significant territory" or "the territory it had seized": ground taken; nor a
        # phone or a computer held as evidence ("175 seized iPhones"), nor assets frozen
        r"(?<!territory it had )(?<!territory it has )(?<!territory it )(?<!territory they )(?<!territory they had )"
        # ... nor what an armed group took: "homes that Daesh (Islamic State) had seized" (the army
        # reporting "that it had seized an arsenal" is a search)
        r"(?<!militants had )(?<!Daesh had )(?<!State had )(?<!rebels had )(?<!group had )(?<!fighters had )(?<!\) had )"
        # ... nor people taken: "The fishermen were seized from their boat on January 16"
        r"(?<!fishermen were )(?<!hostages were )(?<!workers were )(?<!passengers were )(?<!tourists were )"
        r"(?<!villagers were )(?<!crew were )(?<!sailors were )(?<!students were )"
        r"seiz(?:ed|ure)(?! (?:power|on|upon|the (?:initiative|opportunity|moment|chance|power)|(?:\w+ )?control|"
        # ... nor ground taken back: "loyalists seized it back in July"
        r"back\b|(?:it|them|the (?:\w+ )?(?:city|town|port|base|airport|area|province)) back\b|"
        r"(?:\w+ )?(?:territory|ground|land|towns?|villages?|cities|areas?|positions?)\b|"
        # ... nor a base taken ("Yemen's Houthi movement and its armed allies seized a military base")
        r"(?:an? |the )?(?:\w+ )?(?:military |army |air |naval )?(?:bases?|barracks|garrisons?|outposts?)\b|"
        r"(?:\w+ )?(?:i?phones?|smartphones?|computers?|laptops?|hard drives?|assets|funds|bank accounts?|properties)\b))|"
        r"confiscat(?:ed|ion)|"
        # police storming premises ("Police stormed a flat in Argenteuil"; not "men dressed as police")
        r"(?<!dressed as )(?<!disguised as )(?<!posing as )(?:police(?:men)?|officers|gendarmes|SWAT (?:teams?|officers)|"
        r"agents) (?:reportedly |later |then )?stormed (?:an? |the |his |their )?(?:[\w-]+ )?(?:flat|apartment|house|"
        r"home|building|hideout|safe ?house|premises)|"
        r"cache of|weapons cache|arms cache|found (?:a )?(?:cache|weapons|explosives|bomb-making)|"
        r"bomb-making (?:materials|equipment)|(?:explosives|weapons|firearms) were (?:found|discovered|seized))\b",
        0.6,
    ),
    # a punitive demolition of an attacker's home: "Israeli forces demolished on Thursday the family home
    # of a Palestinian who carried out a shooting attack" (not homes of civilians bombed)
    _t(
        "demolition",
        "ct_operation",
        r"\b(?:demolish(?:ed|es|ing)?|razed)\s+(?:on\s+\w+\s+)?(?:the\s+)?(?:family\s+)?"
        r"(?:homes?|houses?|apartments?|residences?)\s+of\s+(?:an?\s+|the\s+|two\s+|three\s+|four\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:Palestinians?|attackers?|gunm[ae]n|assailants?|militants?|terrorists?|bombers?|perpetrators?|"
        r"(?:suspected\s+)?(?:Hamas|Islamic Jihad)\s+(?:members?|operatives?|militants?))\b|"
        r"\bpunitive\s+demolitions?\b",
        # (weaker than an attack told beside it: "demolished the house of a Palestinian attacker in Hebron,
        # and a Palestinian then detonated an explosive device")
        0.6,
        False,
    ),
    _t(
        "ct_operation",
        "ct_operation",
        r"\b(?:air ?strikes?|airstrikes?|air raids?|drone strikes?|"
        # ("Four militants who were hiding in a house in Srinagar were killed by security forces")
        r"(?:militants|terrorists|insurgents|jihadists|fighters) (?:who (?:were|had) [^.;,]{1,60}? )?"
        r"(?:were |had been |have been )?(?:killed|neutrali[sz]ed|eliminated) "
        r"(?:in|during|by) (?:\w+ ){0,3}(?:air ?strikes?|air raids?|strikes|raids?|operations?|clash(?:es)?|troops|soldiers|security forces|army|police|military)|"
        r"military operations?|security operations?|carried out (?:an? |joint )?(?:[\w/-]+ ){0,2}operations?|"
        # an assault to take ground back ("take part in a major assault to retake the city of Fallujah")
        r"(?:assaults?|push|drive|campaigns?|operations?) to (?:re-?take|recapture|liberate|take back|win back|"
        r"reclaim|regain|drive out|dislodge|expel)\b|"
        # a rescue of hostages ("killed during an overnight mission to rescue hostages held by IS")
        r"(?:missions?|operations?|raids?|attempts?|bids?) to (?:rescue|free|liberate) (?:[\w-]+ ){0,3}"
        r"(?:hostages?|captives?|kidnap(?:ped|ees?))|hostage[- ]rescue (?:missions?|operations?|raids?)|"
        # ... told by whom it freed: "The kidnapped son of a former prime minister was freed in a joint
        # U.S.-Afghan operation on Tuesday"
        # (by security forces: not "the figures were released by the U.N. mission", nor bodies
        # "recovered during the rescue operation")
        r"(?:was|were|been) (?:freed|rescued) (?:in|during|by) (?:an? |the )?(?:[\w/.-]+ ){0,2}?"
        r"(?:military|joint|special|security|police|army|commando|counter-?terror\w*)(?: [\w/.-]+){0,2} "
        r"(?:operations?|raids?)|(?:was|were|been) (?:freed|rescued) by (?:[\w-]+ ){0,2}"
        r"(?:commandos|special forces|troops|soldiers)|"
        # ... or told of one taken long before: "a second schoolgirl kidnapped by Boko Haram militants
        # more than two years ago ... has been rescued", "troops rescued 30 women abducted by the group"
        r"(?:(?<=\bhas been )|(?<=\bhave been )|(?<=\bhad been ))rescued|"
        r"(?:(?<=\bwas )|(?<=\bwere ))rescued(?= (?:by|in|during|from|on|after)\b)|"
        r"(?:rescued|freed|liberated) (?:an? |the |\d+ |two |three |four |five |six |several |dozens of |"
        r"hundreds of )?(?:[\w-]+ ){0,2}"
        # (not "rescued the hostages": the end of a siege, see the engine)
        r"(?:abductees|(?:[\w-]+ )?(?:kidnapped|abducted))" + _NO_SIEGE_AFTER + "|"
        # ... nor those held by a group or in its den: "troops rescued 20 hostages held by Boko Haram in
        # the Sambisa Forest", "freed 12 hostages from a hideout of Lashkar-e-Jhangvi militants"
        # ("Nigerian troops freed 20 villagers held captive by Boko Haram militants")
        r"(?:rescued|freed|liberated) (?:an? |the |\d+ |two |three |four |five |six |several |dozens of |"
        r"hundreds of )?(?:[\w-]+ ){0,2}?(?:held|kept) (?:captive|hostage) by|"
        r"(?:rescued|freed|liberated) (?:an? |the |\d+ |two |three |four |five |six |several |dozens of |"
        r"hundreds of )?(?:[\w-]+ ){0,2}?(?:hostages?|captives?) (?:(?:being |who were |who had been )?"
        r"(?:held|kidnapped|abducted|taken) by|from (?:an? |the )?(?:[\w-]+ ){0,3}?(?:hideouts?|camps?|dens?|"
        r"houses?|compounds?|bases?|cells?))" + _NO_SIEGE_AFTER + "|"
        # (not "repelled an attack by IS militants that killed 12": the attack is the happening)
        r"(?:routed|repelled|repulsed|dislodged) (?:an? |the )?(?!(?:attacks?|assaults?) by\b)(?:group of )?"
        r"(?:suspected |presumed )?(?:[\w/-]+ ){0,3}"
        r"(?:militants|insurgents|rebels|jihadists|fighters|gunmen|bandits)|"
        r"(?:following|after|in) (?:an? |the )?engagements? with|targeted (?:\w+ ){0,2}(?:each other's|enemy) positions|"
        # ("A counter-terrorist operation regime has been introduced in the Kizilyurt district", "the
        # regime of counter-terrorist operation", Russia's "CTO regime")
        r"counter-?terror(?:ism|ist) operations?|(?:regime|mode) of (?:a )?counter-?terror(?:ism|ist) operation|"
        r"CTO regime|"
        # not a skill or a school of thought: "a counter-insurgency expert", "counterinsurgency doctrine"
        r"counter-?insurgency(?! (?:experts?|specialists?|doctrines?|theory|theorists?|manuals?|strateg(?:y|ists?)|"
        r"advis[eo]rs?|veterans?|scholars?|thinking|courses?|training)\b)|"
        r"(?:clear|mop)(?:ing)?-up operations?|"
        # (not the adjective: "our stance is completely offensive")
        r"(?:offensives|(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!completely )(?<!deeply )(?<!highly )"
        r"(?<!\bvery )(?<!\bso )(?<!\btoo )(?<!extremely )(?<!particularly )(?<!grossly )offensive)(?! (?:cyber|capabilit\w*|weapons?|language|remarks?|comments?|content|tweets?|posts?|behaviou?r|"
        r"jokes?|slurs?|material|line\w*|coordinator|players?|end|tackle|rebounds?|foul|play|stats?|minded|hacking|"
        r"ones|views|speech|messages|words|images|videos|statements|opinions|accounts|songs|lyrics|"
        r"tools?|security)\b)|"
        # not a dispute ("a bitter clash with the technology industry", "a legal clash between")
        r"(?<!bitter )(?<!legal )(?<!court )(?<!political )(?<!verbal )(?<!diplomatic )(?<!public )(?<!ideological )"
        r"clash(?:ed|es)? (?:with|between)|exchanges? of (?:gun ?)?fire|"
        r"gun ?battle|firefight|(?:exchanged|traded) (?:fire|gun ?shots|gun ?fire|shots)|(?:troops|soldiers|forces|army|police|military) "
        # ("The police later killed the gunman with a bomb carried by a robot"; "its soldiers had
        # killed five Abu Sayyaf gunmen")
        r"(?:(?:had|have|has) )?(?:(?:later|then|eventually|finally|subsequently|also) )?(?:killed|neutrali[sz]ed|eliminated)"
        # (not civilians: "Army troops killed nine peasants" is the troops' attack, FORCES_KILL_CIVILIANS)
        r"(?! " + _CIVILIAN_VICTIMS + r")|"
        # (not "five soldiers were killed when Taliban militants ambushed their convoy": the militants'
        # attack)
        # ("Densus 88 shot dead two suspected militants in Poso")
        r"(?:killed|killing|neutrali[sz](?:ed|ing)|eliminat(?:ed|ing)|shot dead|gunned down) "
        r"(?:(?!(?:when|as|while|after|before|by|because) )[\w-]+ |\([\w-]+\) ){0,5}"
        # ("killed three Abu Sayyaf remnants in a clash", "killed four Maoist cadres")
        r"(?:militants|terrorists|insurgents|jihadists|fighters|rebels|bandits|remnants|cadres)|"
        # ... or one: "Rangers officials killed a militant with BLA affiliations", "shot dead a suspected
        # terrorist" (the article's own: not "a soldier and a militant were killed in the attack")
        r"(?:killed|neutrali[sz]ed|eliminated|shot dead|gunned down) (?:an? |one )(?:suspected |alleged |wanted |"
        r"top |senior |key |notorious |hardcore |local )?(?:militant|terrorist|insurgent|jihadist|rebel)"
        r"(?! (?:and|or|attacked|killed)\b)|"
        r"(?:jets|aircraft|warplanes|drones?|helicopters?|planes) (?:struck|hit|bombed|targeted|killed)|struck (?:\w+ ){0,3}hideouts?|"
        # not a fight in court, politics or business ("a legal battle", "a bidding battle")
        r"(?<!legal )(?<!court )(?<!courtroom )(?<!political )(?<!custody )(?<!bidding )(?<!price )(?<!uphill )"
        # ... nor where the fighting is ("closer to the front lines of battle")
        r"(?<!ratings )(?<!budget )(?<!trade )(?<!turf )(?<!ideological )(?<!culture )(?<!PR )(?<!lines of )"
        r"(?<!line of )battle"
        # nor a weapon or a unit named for battle ("T-90 battle tanks", "a carrier battle group")
        r"(?!(?: |-)(?:tanks?|ships?|groups?|hardened|tested|ready|fatigue|cry|dress|rifles?|scarred|weary|torn)\b)|"
        # artillery firing, not "rocket artillery" approved for deployment
        # fighting as a happening, not a side's description ("the coalition fighting Islamic State",
        # "its allies are fighting proxy wars") nor its absence ("a lull in fighting")
        r"(?<!lull in )(?<!cessation of )(?<!fleeing the )(?<!years of )(?<!outbreaks of )(?<!halt to the )"
        r"(?<!end to the )(?<!halt the )(?<!end the )(?<!stop to the )(?<!stop the )"
        r"fighting(?! (?:for |against )?(?:the |a |an |its |their |his |her |proxy )?(?:(?-i:(?!"
        + _DAY_OR_MONTH
        + r")[A-Z][a-z])|wars?\b|"
        r"conflicts?\b|government|terror|extremis|insurgen|rebels|militants|jihadists|separatists|forces|troops|"
        # "two loose alliances fighting for power since 2014": a rivalry, not a day's fighting
        r"power|supremacy|dominance|influence|survival|"
        # ... nor a cause or a party fought for or against ("we are fighting for human rights")
        r"human rights|rights|democracy|justice|freedom|peace|independence|equality|liberty|dignity|"
        # ... a party by its name ("fighting the Christian Democratic Party"; not "fighting between
        # the parties", "fighting erupted at party headquarters")
        r"(?-i:[A-Z][\w-]*) (?:(?-i:[A-Z][\w-]*) )?(?i:part(?:y|ies))\b))|"
        # ... and begun ("Turkey began shelling while demanding that the YPG withdraw")
        r"(?:began|begun|started|resumed|continued) shelling(?! out)|"
        r"shelled|bombard(?:ed|ment)|artillery(?! (?:systems?|pieces|units|batteries|guns|and (?:\w+ )?"
        r"(?:helicopters?|equipment|tanks|aircraft))\b)(?<!rocket artillery)|regained control|recaptur(?:ed?|ing)|retook|overran|"
        # "government forces on Saturday regained Qayara air base"
        r"regained\s+(?:the\s+)?(?-i:[A-Z])[\w'-]+\s+(?:[\w-]+\s+)?(?:air ?base|base|airport|town|city|village|"
        r"district|dam|bridge|refinery)\b|"
        # "drove Islamic State out of Palmyra on Sunday": ground taken back from a group
        r"(?:drove|driven|pushed|chased|expelled|ousted|flushed)\s+(?:the\s+)?(?:Islamic\s+State|ISIS|ISIL|Daesh|"
        r"al[- ]Shabaa?b|Boko\s+Haram|Taliban|militants|jihadists|insurgents|rebels|extremists)"
        r"(?:\s+(?:militants|fighters|jihadists))?\s+(?:back\s+)?out\s+of|"
        r"(?:captured|seized) (?:the |a |an )?(?:[\w-]+ )?(?:village|town|city|district|hill|base|air ?base|airport|"
        r"positions?|"
        r"police station|"
        r"headquarters|compound|bridge|dam|barracks|outpost|refinery|oil ?field|ridge|mountain|island|port|harbou?r|"
        r"stronghold|quarter)s?\b|"
        r"(?:taken|took|seized|wrested) (?:full |complete |total )?control of (?:the )?(?:[\w-]+ ){0,3}"
        r"(?:district|town|city|village|area|base|airport|province|region|neighbou?rhood|positions?)|"
        r"gunfight|shoot-?out|cross-?fire|armed clash(?:es)?|fired (?:\w+ ){0,3}(?:at|on|upon) (?:the )?(?:\w+ ){0,3}positions|"
        r"(?:forces|troops|soldiers|army|military) (?:reportedly |allegedly )?(?:clashed|fired|shelled|attacked|advanced|targeted)|"
        # a state's forces storming (not men dressed as soldiers, mutineers, separatists or former
        # soldiers: "Pro-Russian separatist forces stormed a Ukrainian border post")
        r"(?<!dressed as )(?<!disguised as )(?<!posing as )(?<!mutinous )(?<!rogue )(?<!renegade )"
        r"(?<!separatist )(?<!former )(?<!ex-)(?<!rebel )(?<!insurgent )(?<!militia )(?<!breakaway )"
        r"(?:forces|troops|soldiers|army|military) (?:reportedly |allegedly )?stormed|"
        r"(?:combing|cordon-and-search|mop-up) operations?|(?:security forces|police|troops|army|soldiers|forces) "
        r"(?:[\w-]+ ){0,3}(?:during|in) an? (?:[\w-]+ )?search operation|search operations? against|encounter between (?:the )?(?:security forces|police|troops|army)|"
        r"['\"\u2018\u2019]?encounter['\"\u2018\u2019]? (?:with|by) (?:the |a )?(?:[\w-]+ ){0,5}?(?:security forces|police|troops|army|soldiers|forces|jawans)|"
        r"encounter with (?:\w+ |\(\w+\) ){0,4}(?:cadres|militants|rebels|Maoists|terrorists|insurgents|ultras)|"
        r"(?:repelled|repulsed|thwarted|foiled) (?:an? |the )?(?:[\w-]+ ){0,3}(?:incursion|offensive|assault|advance)|"
        r"clashes (?:\w+ ){0,2}between|(?:militants|forces|fighters|troops|groups?|militiamen|militias?|rebels|soldiers|military|army)"
        r"(?: \([^)]{0,60}\))? (?:\w+ )?clashed\b|skirmish(?:es)?|fire exchange|(?:firing|shelling) between|cross-(?:LoC|border) (?:firing|shelling)|"
        r"conducted (?:an? |joint |several )?(?:[\w/-]+ ){0,2}operations?|exchanged (?:heavy |intense |small[- ]arms )?(?:gun ?)?fire|"
        r"(?:ceasefire|cease-fire) violations?|violat(?:ed|ing|ion of) (?:the )?(?:ceasefire|cease-fire)|"
        r"(?:firing|fire|shelling) (?:[\w-]+ ){0,4}(?:on|along|across|at) (?:the )?(?:Line of Control|LoC)\b|"
        r"engaged (?:suspected |presumed )?(?:[\w/-]+ ){0,4}(?:militants|fighters|insurgents|rebels|jihadists|"
        r"terrorists|gunmen|bandits)|(?:army|police|forces|troops|team|soldiers) (?:has |have )?(?:killed|gunned down|shot dead) "
        r"(?:a |an |the |\d+ |two |three )?(?:\w+ ){0,2}(?:commanders?|leaders?|militants?|insurgents?|rebels?)|"
        r"fir(?:ed|ing) (?:\w+ ){0,3}(?:on|at|upon) (?:the )?(?:\w+ ){0,2}(?:positions|posts?|checkpoints?)|"
        r"fired back|returned fire|(?:during|in) an? (?:[\w-]+ )?(?:operation|raid)s? (?:against|by)|"
        # "8 Taliban militants were killed and 8 were wounded following an operation", "the
        # military during an operation encountered BLF militants", "the Myanmar military and AA clashed"
        r"(?:militants|terrorists|insurgents|jihadists|rebels|Maoists|cadres?|Islamists|extremists|guerrillas) "
        r"(?:were|have been|had been|(?:are|were) (?:suspected|believed|reported|said) to have been) (?:reportedly )?"
        r"(?:killed|neutrali[sz]ed|eliminated|gunned down|shot dead)|"
        r"clashes (?:broke out|erupted|took place)|targeted each other|"
        # "12 GUERRILLAS AND THREE SOLDIERS WERE KILLED IN CLASHES"
        r"(?:were|was|been) (?:killed|wounded|injured) (?:\w+ ){0,2}?in (?:the )?(?:heavy |fierce |armed |ensuing )?"
        r"(?:clashes|combat|skirmish(?:es)?|gun ?battles?)|"
        r"struck (?:an? |the )?(?:presumed |suspected )?(?:[\w-]+ ){0,2}(?:positions?|hideouts?|bases?|camps?)|"
        r"encountered (?:suspected |presumed |a group of )?(?:[\w/()-]+ ){0,3}(?:militants|terrorists|insurgents|"
        r"rebels|jihadists|fighters|gunmen|bandits|Maoists|cadres)|"
        r"(?:forces|troops|soldiers|army|military|police) (?:and|with) (?:the )?(?:[\w()-]+ ){1,3}clashed|"
        # ceasefire monitors: "observed a total of 22 explosions involving unknown weapons near X"
        r"(?:observed|recorded|heard) (?:a total of )?\d[\d,]* (?:[\w/-]+ ){0,3}(?:explosions|shots|projectiles|bursts)|"
        # "... attacked Islamic militants in Metuge", "TNLA and government forces clashed near X",
        # "shells fired by LNA forces injured two"
        r"attacked (?:suspected |presumed |alleged |Islamic |Islamist |jihadist )?(?:militants|insurgents|jihadists|"
        r"rebels|terrorists)|clashed (?:near|in|at|around|on)|"
        # (not the shells of a group of the kind the forces fight: "Mortar shells fired by Islamic State
        # militants hit a market")
        r"shells? (?:fired|launched) by(?! (?:the )?(?:[\w-]+ ){0,3}?(?:militants|jihadists|insurgents|rebels|"
        r"terrorists|Islamic State|IS|ISIS|al[- ]Shabaa?b|Boko Haram|Taliban|Houthis?)\b)|"
        r"shot down (?:a |an |the )?(?:[\w-]+ ){0,3}(?:drones?|helicopters?|aircraft|planes?|jets?)|(?:killed|gunned down|shot dead) (?:[\w-]+ ){0,4}in an? (?:fierce |heavy |brief |armed )?(?:encounter|gunfight|gun ?battle|shoot-?out)|"
        r"(?:carried out|launched|conducted) (?:an? |joint )?(?:[\w-]+ ){0,2}operations? against|"
        # "forces conducted an incursion against pro-Houthi groups"
        r"(?:carried out|launched|conducted|made|staged) (?:an? |several |two |three )?(?:[\w-]+ )?incursions?|"
        r"(?:drones?|aircraft|jets|warplanes|helicopters?|gunships?) (?:[\w-]+ ){1,3}(?:struck|hit|bombed|targeted|killed)|air ?force (?:\w+ ){0,2}(?:targeted|struck|bombed|hit|raids?|strikes?))\b",
        0.7,
    ),
    _t(
        "charge",
        "charge",
        # not "charged with securing the platform", a task
        r"\b(?:charged (?:with(?! (?:the )?(?:task|responsibility|duty|job|mission|securing|protecting|overseeing|"
        r"running|leading|managing|enforcing|implementing|monitoring|coordinating|guarding|ensuring|maintaining|"
        r"developing|drafting|reviewing|supervising|administering|regulating|keeping)\b)|over|in)|(?:was|were|been|being) (?:formally )?charged\b(?! (?:at|toward|into|up|by))|"
        # "the speech was an indictment of Trump's candidacy", "a damning indictment": criticism
        # "charged a further two men with terrorist offences", "charged three suspects over the attack"
        r"charged (?:(?:a|an|the) )?(?:further |another |other )?(?:[\w-]+ ){0,2}?(?:men|women|people|persons|suspects?|"
        r"individuals|others|man|woman|teenagers?|youths?|members|brothers|boys?|girls?|minors?|juveniles?|"
        r"teens?|students?|nationals?|citizens?|residents?|natives?|couple|\d{1,2}-year-olds?|"
        # ("charged three suspected insurgents with murder")
        r"insurgents?|militants?|rebels?|terrorists?|jihadists?|Islamists?|separatists?|guerrillas?|fighters?|"
        # ("charged two Syrians with planning a terrorist attack")
        r"(?-i:[A-Z][a-z]{2,}(?:ians|ans|is|ese|ens)))"
        # ... "charged four people, including Abrini, with terrorist activity"
        # ... "charged eight men, two of them minors, with"
        r"(?:,\s+(?:including|among them|(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|all|both)\s+of\s+"
        r"(?:them|whom))\s+[^,;]{1,40},)?"
        # ... "charged 11 members of the Islamic State group over the attack"
        r"(?:\s+of\s+(?:the\s+|an?\s+)?(?:[\w.'-]+\s+){0,4}?[\w.'-]+(?=\s+(?:with|over|in connection with)\b))?"
        # ... "charged a woman who returned from Syria last month with participation"
        # (a journey or a stay told of the person, not a deed of its own: "charged a man who stabbed two
        # people in The Hague on Sunday with ..." keeps the stabbing its own record)
        # ... or between commas: "charged a woman, who lived in Raqqa, with membership"
        r"(?:,?\s+who\s+(?:had\s+|has\s+)?(?:returned|travell?ed|went|fought|joined|lived|came\s+back|had\s+been\s+living)"
        r"(?:\s+(?!with\b|over\b)[\w'-]+){0,7}?(?=,?\s+(?:with|over)\b),?)?"
        # ... "charged a Syrian man in Hamburg with membership", "charged a 19-year-old man from Leeds with"
        r"(?:\s+(?:in|from|of)\s+(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?)? "
        # ... "charged three men on Saturday with terrorist offences"
        # ... "charged a man in the slaying of lawmaker Jo Cox"
        r"(?:(?:(?:on|late|early)\s+)?(?:\w+day|yesterday|today|overnight)\s+)?(?:with|over|in connection with|"
        r"in the (?:killing|slaying|murder|death|shooting|stabbing|attack|bombing)s?)\b|"
        # ... a person named: "Prosecutors charged Mohamed Elbaz, 30, of Baltimore, with providing
        # material support"
        # (a name in small letters: not "CHARGED ARMY TROOPS WITH MASSACRING", in capitals; not "charged
        # the government with lacking the will")
        r"charged\s+(?!(?:the|a|an|his|her|its|their|them|him|us|me|you|this|that|those|these)\b)"
        r"(?-i:[A-Z][a-z'\u2019])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]+){0,3}(?:,\s+[^,;]{1,60}){0,2},?\s+"
        r"(?:(?:on|late|early)\s+)?(?:\w+day\s+)?with\b|"
        # ... one named back: "Police arrested the suspect on Friday and charged him on Monday with"
        r"charged (?:him|her|them) (?:(?:on|late|early)\s+)?(?:\w+day\s+)?(?:with|over)\b"
        r"(?! (?:the |a )?(?:task|responsibility|duty|job|mission|running|leading|overseeing)\b)|"
        r"indicted|(?<!\ban )(?<!damning )(?<!scathing )(?<!stinging )(?<!searing )(?<!powerful )indictment|"
        r"an indictment(?! of\b)|referred to (?:the )?(?:public )?prosecut\w*|"
        # "police handed over to prosecutors the case files of 12 suspects"
        r"handed (?:over )?to (?:the )?(?:public )?prosecutors(?= (?:the |their )?(?:case|files?|suspects?|\d+|two|three|"
        r"four|five|six|seven|eight|nine|ten)\b)|handed (?:the |their )?(?:case(?: files?)?|suspects?|him|her|them) "
        r"(?:over )?to (?:the )?(?:public )?prosecutors|"
        r"formally accused|pressed charges|face charges|placed under (?:formal )?investigation|mis en examen|"
        # "filed charges against 10 people", "filed a chargesheet against", "charge-sheeted" (India)
        r"(?:filed|lodged|submitted|framed) (?:a |the |its |their )?(?:formal |supplementary )?"
        r"(?:charges|charge[- ]?sheets?) (?:against|in)|charge-?sheeted|"
        r"remanded in custody|brought before (?:an? )?(?:investigating )?(?:judge|magistrate|court))\b",
        0.85,
    ),
    _t(
        "trial",
        "trial",
        # not "trial-and-error", a "trial run" or "period", a drug's trial
        # ... nor a civil one ("a medical malpractice trial"), nor a hearing of a legislature
        # ("an appearance in Congress to testify")
        # ... nor a senate's impeachment trial ("unlikely to be acquitted in the Senate trial")
        r"(?<!pre-)(?<!without )(?<!clinical )(?<!free )(?<!malpractice )(?<!civil )(?<!libel )(?<!defamation )"
        r"(?<!Senate )(?<!impeachment )"
        r"\b(?:(?:re-?)?trial(?![- ]and[- ]error| runs?\b| period| version| basis)|"
        r"went on trial|stand(?:s|ing)? trial|court hearing|"
        # a plea in court: "pleaded not guilty in Sacramento on Friday to a charge of lying"
        r"plead(?:ed|s)? not guilty|pled not guilty|(?<!\bbe )arraigned|"
        r"hearings? (?:opened|began)|"
        r"(?<!Congress to )(?<!committee to )(?<!Senate to )(?<!lawmakers to )testif(?:ied|y)|"
        # (prosecutors telling a court, not a newspaper: "prosecutors told DH that")
        r"prosecutors (?:(?:on |late |early )?(?:mon|tues|wednes|thurs|fri|satur|sun)day )?"
        r"(?:told (?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:court|judges?|jur(?:y|ors)|tribunal|hearing)|"
        r"asked|demanded|sought)|"
        r"court martial)\b",
        0.8,
    ),
    # a death sentence carried out by a state: "Iran on Friday hanged three men and a woman convicted of
    # moharebeh", "executed a member of the Jaish al-Adl terrorist group in Zahedan prison"
    _t(
        "execution",
        "conviction",
        # (not by an armed group's court: "The Taliban publicly executed a man convicted by their court")
        r"\b(?:executed|hanged|put to death)\s+(?:[\w-]+\s+){0,8}?(?:convicted|sentenced|condemned|found guilty)\b"
        r"(?!\s+by\s+(?:their|its|the\s+group's|an?\s+(?:[\w-]+\s+)?(?:Islamic|sharia|militant|Taliban|rebel))\b)|"
        r"\b(?:executed|hanged)\s+[^.;]{0,80}?\bin\s+(?:[\w-]+\s+){0,2}prison\b|"
        # "Saudi Arabia executed two men on Monday for terrorism offences"
        r"\b(?:executed|hanged|put to death)\s+(?:[\w-]+\s+){1,8}?(?:for|over|on charges? of|after (?:being|their) "
        r"convicted of)\s+(?:[\w-]+\s+){0,4}?(?:terror\w*|moharebeh|waging war against)|"
        # "a man convicted of joining a terrorist organisation ... had been executed" (not by an armed
        # group's court: "sentenced to death by an al-Shabaab Islamic court ... were executed")
        r"\b(?:convicted|sentenced|condemned)\b(?:(?!\b(?:Islamic|sharia|militant|rebel|group's|Shabaab|jihadist)\b)[^.;])"
        r"{0,120}?\b(?:was|were|(?:had|have|has) been)\s+(?:executed|hanged|put to death)\b",
        0.8,
    ),
    _t(
        "conviction",
        "conviction",
        # not a person's standing: "his father, a convicted felon"
        r"\b(?:convicted(?! (?:sex |drug |violent )?(?:felons?|murderers?|killers?|criminals?|terrorists?|"
        # (nor the adjective after a number or a determiner: "About 70 convicted militants ... remain at
        # large after escaping from jails"; not the verb, "a court convicted militants who plotted attacks")
        r"rapists?|offenders?|bombers?|jihadists?|traffickers?|dealers?|fraudsters?|thie(?:f|ves)|prisoners?|"
        r"inmates?)\b)(?<!\d convicted)(?<!\bthe convicted)(?<!\bsome convicted)(?<!\bmany convicted)"
        r"(?<!\bseveral convicted)|sentenced|found guilty|jailed (?:(?:on|late on|last) \w+day )?(?:for|over)|guilty verdicts?|"
        # "jailed a Russian national for life", "jailed two men for 10 years": a term given
        r"jailed\s+(?:(?!for\b)[\w.'-]+,?\s+){1,5}?for\s+(?:life|[\w-]+\s+(?:years?|months?))(?!\s+pending)|"
        # a court's: "A Kenyan court on Friday jailed two men for aiding the militants"
        r"(?:court|judge|tribunal|jury|magistrates?)(?: [\w.-]+){0,4}? jailed (?:(?!for\b|pending\b)[\w.'-]+,?\s+){1,5}?"
        r"(?:for|over)\b(?!\s+(?:questioning|contempt|refusing to testify)\b)|"
        # "a jury found Pugh, 48, guilty", "found him guilty"
        r"found\s+(?:(?!not\b)[\w.'-]+,?\s+){1,3}?(?:\d{1,2},\s+)?guilty|"
        # (not a law's: "increasing prison sentences up to 20-30 years")
        r"(?<!increasing )(?<!increased )(?<!increase )(?<!tougher )(?<!longer )(?<!harsher )(?<!stiffer )"
        r"(?<!mandatory )(?<!maximum )(?<!minimum )(?:prison|jail) (?:terms?|sentences?)|"
        # (not one to come: "including several facing death sentences")
        r"(?<!facing )(?<!faces )(?<!face )(?<!risk )(?<!risking )(?<!seek )(?<!seeking )(?<!sought )"
        r"(?:life (?:sentence|imprisonment)|death sentences?)|sentenced to death|"
        r"pleaded guilty|"
        # a conviction or a sentence upheld on appeal: "upheld the prison sentences of 12 members",
        # "rejected the appeal of Abu Bakar Bashir"
        r"(?:upheld|upholding|confirmed) (?:the |his |her |their |a )?(?:[\w-]+ ){0,2}?(?:convictions?|sentences?|verdicts?)|"
        # (the appeal of one convicted: not prosecutors' against an acquittal, nor a fine's)
        r"(?:court|judges?|tribunal)(?: [\w.'-]+){0,4}? (?:has |have )?(?:rejected|dismissed|turned down|threw out) "
        r"(?:an |the |his |her |their )?appeals? (?:(?:of|by|from) (?!(?:the )?prosecut)[^.;]{0,100}?\b(?:convicted|sentenced|"
        r"serving)|against (?:his |her |their |the |a )?(?:[\w-]+ )?(?:convictions?|sentences?|verdicts?)))\b",
        0.9,
    ),
    _t(
        "acquittal",
        "acquittal",
        # (not by a senate: "unlikely to be acquitted in the Senate trial" is an impeachment)
        r"\b(?:(?<!Senate )acquit(?:ted|tal)(?! (?:in|by) (?:the |a |his |her )?(?:Senate|impeachment))|"
        r"cleared of (?:all )?(?:charges|terrorism)|"
        # "cleared a man of plotting a terrorist attack", "cleared three men of terrorism charges"
        # (not an area cleared "of militants")
        r"cleared\s+(?:(?!of\b|the way\b)[\w.'-]+,?\s+){1,5}?of\s+(?:all\s+)?(?:(?:the\s+)?(?:terrorism|terror|murder)\s+)?"
        r"(?:charges?|counts?|offen[cs]es)|"
        r"cleared\s+(?:(?!of\b|the way\b)[\w.'-]+,?\s+){1,5}?of\s+(?:plotting|planning|preparing|conspiring|"
        r"membership|belonging|supporting|financing|funding|helping|aiding|attempting|trying|inciting|possessing)|"
        r"found not guilty|"
        r"found\s+(?:[\w.'-]+,?\s+){1,3}?(?:\d{1,2},\s+)?not guilty|"
        r"charges (?:were |have been )?dropped|dropped (?:the |all )?(?:\w+ ){0,2}charges|dismissed the (?:case|charges)|"
        # a conviction undone on appeal: "quashed the terrorism conviction of a man", "won an appeal
        # against his conviction"
        # (not one sought or refused: "refused to set aside the conviction", "a bid to have his
        # conviction overturned")
        r"(?<!\bto )(?:quashed|overturned|set aside|annulled) (?:the |his |her |their |a )?(?:[\w-]+ ){0,2}?convictions?|"
        r"won (?:an |his |her |their )?appeal against (?:his |her |their |the )?(?:[\w-]+ )?convictions?|"
        r"convictions? (?:was|were|has been|have been|had been) (?:quashed|overturned))\b",
        0.9,
    ),
    _t(
        "release",
        "release",
        # "released on bail", not "a video released on Sunday"
        r"\b(?:released (?:from(?! (?:the |a |an )?(?:[\w-]+ )?(?:hospital|clinic|medical))|after|on (?:bail|parole|licen[cs]e|probation|medical|humanitarian|health))|"
        r"freed (?:from|after)|set free|walked free|"
        # "handed over 313 former detainees, cleared of links to Boko Haram, to the Borno State
        # government for rehabilitation"
        r"handed over (?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of) "
        # (not hostages freed: "handed over 40 rescued children to the Borno State government")
        r"(?!(?:[\w-]+ )?(?:rescued|freed|liberated|abducted|kidnapped|displaced|orphaned)\b)"
        r"(?:[\w-]+ ){0,2}?(?:detainees|suspects|persons|people|men|women|children|ex-combatants)\b[^.;]{0,100}? to "
        r"[^.;]{0,50}?\bfor (?:their )?(?:rehabilitation|reintegration|de-?radicali[sz]ation)|"
        r"released \w+ (?:hostages|prisoners|detainees)|(?:hostages?|prisoners?|detainees?) (?:were |was )?(?:released|freed)|"
        r"(?<!\ba )release of (?:\w+ ){0,3}(?:hostages|prisoners|detainees|suspects|defendants|men|women|people)|(?:released|freed|set free) (?:\w+ ){0,3}"
        r"(?:people|persons|suspects|detainees|prisoners|inmates|men|women|children|hostages|captives)|"
        # "released 46 former Tamil Tiger militants from detention", "released a militant convicted of
        # terrorism" (not "released a video of militants")
        r"(?:released|freed|set free) (?!(?:[\w-]+ ){0,3}?(?:videos?|statements?|footage|images?|photos?|pictures?|"
        r"audio|recordings?|reports?|lists?|names|details|figures|data|documents?|messages?|clips?|films?|"
        r"documentar(?:y|ies)|propaganda|photographs?|books?|magazines?|pamphlets?|posters?)\b)"
        r"(?:an? |\d+ |two |three |four |five |six |seven |eight |nine |ten |dozens of |hundreds of )(?:[\w-]+ ){0,3}?"
        r"(?:militants?|fighters?|jihadists?|convicts?|terrorists?|rebels?|insurgents?)"
        r"(?= (?:from|after|on|convicted|jailed|who|held|detained|in)\b)|prisoner (?:swap|exchange)|early release|paroled|"
        # "pardoned 37 people convicted on terrorism charges"
        r"pardon(?:ed|s)? (?:\w+ ){0,2}?(?:people|persons|prisoners|detainees|convicts|inmates|men|women|militants|"
        r"Islamists|jihadists|members))\b",
        0.7,
    ),
    # hostages let go by those who held them: "The five U.N. staff members who were kidnapped by
    # al-Qaida militants ... in February 2022 have been freed", "ELN rebels released a police officer
    # and two soldiers they had kidnapped" (not a rescue: "were freed in a military operation")
    _t(
        "hostages_freed",
        "release",
        # (not when the taking is told with its own day, a happening of its own: "KIDNAPPED ON 15
        # FEBRUARY IN CALI, WAS RELEASED ON 19 FEBRUARY"; nor "not all the kidnapped people have been
        # released")
        # (a participle: not the doers' verb, "Gunmen abducted 23 worshippers ..., although five of them
        # were released hours later", the kidnapping told)
        r"(?<!not all the )(?<!not all )"
        r"(?<!gunmen )(?<!militants )(?<!\bmen )(?<!rebels )(?<!bandits )(?<!insurgents )(?<!jihadists )(?<!attackers )"
        r"(?<!kidnappers )(?<!fighters )(?<!guerrillas )(?<!assailants )"
        r"\b(?:kidnapped|abducted|held (?:hostage|captive)|taken (?:hostage|captive))\b"
        r"(?:(?!\bon\s+(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
        r"|\bof them\b)[^.;]){0,140}?\b"
        # (all of them: not "abducted 12 aid workers ..., and three were released hours later")
        r"(?<!\s\d )(?<!\s\d\d )(?<!\s\d\d\d )(?<!one )(?<!two )(?<!three )(?<!four )(?<!five )(?<!six )(?<!seven )(?<!eight )(?<!nine )(?<!ten )"
        r"(?<!some )(?<!several )(?<!others )(?<!them )(?<!whom )(?<!most )(?<!many )"
        r"(?:(?:have|has|had) been|were|was)\s+(?:finally\s+)?(?:freed|released|set free)\b"
        r"(?!\s+(?:in|during|after|following)\s+(?:an? |the )?(?:[\w/.-]+ ){0,3}?(?:operations?|raids?|rescue)\b)"
        r"(?!\s+by\s+(?:[\w-]+ ){0,2}?(?:commandos|special forces|troops|soldiers|police|army|security forces|forces)\b)|"
        # (by those who held them: not a rescue, "Nigerian troops freed 20 villagers held captive by Boko Haram")
        r"(?<!troops )(?<!soldiers )(?<!police )(?<!army )(?<!forces )(?<!commandos )(?<!military )"
        r"\b(?:freed|released|set free)\s+(?:[\w.'-]+\s+){1,10}?(?:they|it|he|she)\s+had\s+(?:been\s+)?"
        r"(?:held|kidnapped|abducted|seized|taken|holding)\b|"
        # ("Hamas handed over three Israeli hostages to the Red Cross in Gaza on Saturday")
        r"\bhanded over (?:[\w'-]+ ){0,3}?(?:hostages|captives|abductees)\b|"
        r"\b(?:hostages|captives|abductees) (?:were|was|have been|had been) handed over\b|"
        # ("ELN guerrillas on Saturday freed three soldiers held hostage since January")
        r"(?<!troops )(?<!soldiers )(?<!police )(?<!army )(?<!forces )(?<!commandos )(?<!military )"
        r"\b(?:freed|released|set free)\s+(?:[\w.'-]+\s+){1,6}?(?:held|kept)\s+(?:as\s+)?(?:hostages?|captives?|captive)\b|"
        # ... or the kidnappers let go those they took: "Bandits released 20 students abducted from a
        # school in Kuriga"
        r"\b(?:bandits|gunmen|kidnappers|abductors|captors|militants|rebels|insurgents|jihadists|guerrillas|"
        r"terrorists)\s+(?:(?:have|had|on\s+\w+day|later|finally)\s+)?(?:freed|released|set free)\s+"
        # (all of them: not "released five of the 30 passengers kidnapped")
        r"(?!(?:[\w-]+\s+)?of\s+(?:the|those|them)\b)"
        # (people, not what shows them: "released a video showing the kidnapped schoolgirls")
        r"(?:(?!(?:videos?|statements?|photos?|photographs?|pictures?|images?|footage|messages?|recordings?|audio|"
        r"lists?|names|proof|clips?|pictures?)\b)[\w.'-]+\s+){1,6}?(?:abducted|kidnapped)\b",
        0.85,
        False,
    ),
    _t(
        "deportation",
        "deportation",
        # not troops expelling fighters from a town ("tried to expel rebels from Mejicanos"), nor
        # the expulsion of foreign troops a crowd demands
        # nor deporting "millions of undocumented immigrants": migration policy
        r"\b(?:deport(?:ed|ation|ations|ing)?(?! (?:of )?(?:[\w-]+ ){0,3}(?:undocumented|illegal|irregular) "
        r"(?:immigrants|migrants|aliens|workers)\b)|"
        r"(?:expell?(?:ed|ing|s)?|expulsion)(?! (?:of )?(?:the |all |[\w.]+ )?(?:rebels|guerrillas|militants|terrorists|"
        r"insurgents|fighters|enemy|troops|forces|invaders|occupiers|attackers|jihadists|from (?:the |their )?"
        r"(?:urban|city|town|area|areas|neighbou?rhoods?|positions?|villages?)|"
        # ... nor a pupil or a member sent away: "expelled from the academy", "from the party"
        # ("expelled from the ruling United Russia party")
        r"from (?:the |his |her |their |a )?(?:[\w-]+ ){0,3}(?:school|academy|college|university|party|club|class|team|"
        r"league|chamber|parliament|meeting|church|union|organi[sz]ation))\b)|"
        r"removed from the country|stripped of (?:his |her |their )?citizenship)\b",
        0.85,
    ),
    _t(
        "repatriation",
        "repatriation",
        r"\b(?:repatriat(?:ed|ion|ions|ing|e)|brought (?:back )?home|"
        # "France brought back 35 children of French jihadists from camps in Syria"
        r"brought back (?:[\w,'-]+ ){0,4}?(?:children|women|wives|widows|orphans|minors|families|nationals|citizens|"
        r"people|men|fighters|jihadists|militants)\b,?(?: [\w,'-]+){0,5}? from (?:[\w-]+ ){0,3}?"
        r"(?:camps?|conflict zones?|Syria|Iraq|Libya|Afghanistan)|"
        # "Iraq has received 381 people ... from the al-Hol camp", "582 Iraqis were transferred from
        # al-Hol camp in Syria to ..."
        r"(?:received|took back|transferred|brought)\b(?: [\w,'-]+){0,8}? from (?:the )?(?:al-Hol|Roj)\b|"
        # "Iraq received 50 Iraqi Islamic State detainees from SDF-run prisons in northeast Syria"
        r"(?:received|took back)\b(?: [\w,'-]+){0,8}? from (?:the )?(?:SDF|Kurdish)(?:-run|-held)? (?:prisons?|detention)|"
        # "Kyrgyzstan returned 79 children from Iraq", "Tajikistan received 84 children from Iraq"
        r"(?:returned|received|took back) (?:\d[\d,]*|[\w-]+) (?:of its )?(?:[\w-]+ )?(?:children|women|nationals|"
        r"citizens|orphans|widows|wives|families)\b(?: [\w,'-]+){0,4}? from (?:Syria|Iraq|(?:the )?camps?)\b|"
        r"flown back|returned (?:home )?from (?:\w+ ){0,3}(?:camps?|conflict zones?|Syria|Iraq))\b"
        # (not a graft hunt: "China pursued and brought home more than 600 suspected corrupt officials")
        r"(?!(?:\s+(?:of\s+)?[\w,'-]+){0,5}?\s+(?:corrupt|graft|embezzl\w*|fraudsters|tax evaders|economic fugitives)\b)",
        0.9,
        False,
    ),
    _t(
        "extradition",
        "extradition",
        # (not the matter in general: "the government's position concerning the issue of
        # extradition", "an extradition treaty")
        r"(?<!issue of )(?<!question of )(?<!subject of )(?<!debate on )(?<!debate over )(?<!policy of )"
        # (nor the measure voted: "voted to restore extradition for terrorism offences")
        r"(?<!restore )(?<!reinstate )(?<!abolish )(?<!allow )(?<!ban )(?<!legalize )(?<!legalise )"
        # ... nor the measure: "legal extradition was adopted through an administrative measure"
        r"\b(?:extradit(?:ed|ion(?! (?:treat(?:y|ies)|laws?|agreements?|polic(?:y|ies)|issue|debate)\b)"
        r"(?! (?:was|were|is|has been|had been) (?:adopted|approved|reinstated|restored|abolished|suspended|banned|"
        r"prohibited|allowed|legali[sz]ed)\b)|ing|e)|"
        # (a country's, not "handed over to judicial authorities" at home)
        r"handed (?:over )?to (?:the )?(?:authorities of|"
        r"(?-i:[A-Z])\w+ (?:authorities|police))|"
        # "were handed over to Turkey by Iraqi authorities", "police have handed over to France a suspected
        # member of ETA"; a Guantanamo detainee "transferred to Montenegro"
        # (people, not a checkpoint, a case or hostages)
        r"(?:suspects?|men|women|nationals|citizens|militants|fighters|jihadists|members|detainees|man|woman|"
        r"national|citizen|militant|fighter|member) (?:[\w-]+ ){0,6}?(?:was|were|been) handed over to "
        r"(?-i:[A-Z][a-z])[\w-]*(?! (?:forces|troops|army|police|prosecutors)\b)|"
        # "Egypt handed over 14 suspected members of the Libyan branch of Islamic State to Libyan
        # authorities"
        # (to another country's: not "The army handed over three suspected terrorists to the police", nor
        # "handed over a list of suspected terrorists")
        r"handed over (?:an?|two|three|four|five|six|seven|eight|nine|ten|\d+) "
        r"(?:(?!(?:lists?|names|dossiers?|details|evidence|files?|documents?|bodies|remains)\b)[\w-]+ ){0,3}?"
        r"(?:suspects?|members?|militants?|fighters?|jihadists?|nationals?|terrorists?|operatives?|commanders?|"
        r"(?<=suspected )(?:insurgents?|rebels?))\b(?!')"
        r"[^.;]{0,60}? to (?:the )?"
        # ... or its army: "Nigerien authorities handed over 12 Nigerian nationals suspected of being members
        # of Boko Haram to the Nigerian Army"
        r"(?-i:[A-Z])[\w-]+ (?:authorities|police|(?-i:Army|[Mm]ilitary)(?=[^.;]{0,60}\bborder))\b|"
        # ... or to a state named alone: "Kurdish authorities handed over 50 Iraqi IS suspects held in SDF
        # prisons to Iraq on Sunday", "transferred 50 Iraqi Islamic State suspects from its prisons to Iraq"
        r"(?:handed over|transferred) (?:an?|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*|dozens of|hundreds of) "
        r"(?:[\w-]+ ){0,4}?(?:suspects?|members?|militants?|fighters?|jihadists?|detainees|prisoners)\b"
        rf"[^.;]{{0,60}}? to (?:the )?(?-i:{_STATE_NAMES})(?=\s+(?:on|in|at|last|this|after|early|late)\b|\s*[,.;])|"
        r"handed over to (?-i:[A-Z][a-z])[\w-]*(?= (?:an?|two|three|four|five|six|seven|eight|nine|ten|\d+) "
        r"(?:[\w-]+ ){0,3}?(?:suspects?|members?|men|women|nationals?|citizens?|militants?|fighters?|jihadists?|"
        r"man|woman)\b)|"
        r"(?:detainees?|prisoners?|inmates?) (?:[\w-]+ ){0,4}?(?:were |was |have been |has been )?"
        r"(?:transferred|resettled) (?:from Guantanamo (?:Bay )?)?(?:to|in) (?:the )?(?-i:[A-Z][a-z])[\w-]*|"
        r"transferred (?:[\w-]+ ){0,4}?(?:Guantanamo (?:Bay )?)?(?:detainees?|prisoners?) (?:from Guantanamo (?:Bay )?)?"
        r"to (?:the )?(?-i:[A-Z][a-z])[\w-]*)\b",
        0.9,
        False,
    ),
    _t(
        "travel",
        "travel",
        r"\b(?:foreign (?:terrorist )?fighters|returnees|(?:travel(?:l)?ed|went|left|headed|"
        r"tried to travel|attempt(?:ed|ing) to travel|travel(?:l)?ing|heading|"
        r"(?:tr(?:y|ied|ying)|attempt(?:ed|ing)?) to fly) to (?:\w+ ){0,3}(?:join|fight|Syria|Iraq|conflict zones?)|"
        # "left for Syria last month to join Islamic State" (not an envoy's or a convoy's journey)
        r"(?:left|headed|set off|departed) for (?:\w+ ){0,3}(?:Syria|Iraq|Libya)\b[^.;]{0,50}?\bto (?:join|fight)|"
        # "stopped 15 young people who were trying to cross to join jihadist groups in Libya"
        r"(?:tr(?:y|ied|ying)|attempt(?:ed|ing)?) to (?:cross|leave|reach|get)(?: [\w-]+){0,4}? to (?:join|fight)|"
        # "About 800 Tunisians who fought with jihadist groups in Syria have returned home"
        r"(?:fought|joined)\b[^.;]{0,70}?\b(?:have|has|had) (?:since )?(?:returned|come back)|"
        r"return(?:ing|ed)? (?:\w+ ){0,2}(?:militants|fighters|jihadists|combatants)|(?:militants|fighters|jihadists) "
        r"(?:returning|(?:who (?:had |have )?)?returned|coming back|came back))\b",
        0.85,
    ),
    _t(
        "recruitment",
        "recruitment",
        # not hiring: "recruiting enough staff to operate a growing fleet", "recruitment of nurses"
        # ... nor the people recruited, named with a word before them ("jihadist recruits", "attracting
        # recruits")
        r"\b(?:(?!(?:(?<=jihadist )|(?<=militia )|(?<=\bnew )|(?<=foreign )|(?<=young )|(?<=would-be )|"
        r"(?<=potential )|(?<=\bits )|(?<=\bthe )|(?<=\bof )|(?<=\bsome )|(?<=\bmany )|(?<=these )|(?<=those )|(?<=\ba )|(?<=their )|(?<=attracting )|(?<=attracted )|"
        r"(?<=attracts )|(?<=drawing )|(?<=\bdrew )|(?<=\bdraws )|(?<=\bdraw ))recruits?\b)"
        r"recruit(?:ed|ing|ment|s)?(?! (?:of )?(?:[\w-]+ ){0,2}(?:staff|personnel|pilots|employees|workers|"
        r"teachers|nurses|doctors|engineers|analysts|operators|cadets|graduates|players|talent|volunteers to (?:help|"
        r"staff|work))\b)"
        # ... nor what serves it: "a successful recruiting tool", "a recruitment poster"
        r"(?! (?:tools?|posters?|grounds?|pitch(?:es)?)\b)"
        # ... nor the people recruited ("some 22,000 ISIS recruits are identified", "drawing
        # foreign recruits."), nor a radicalisation with no recruiter ("self-radicalized")
        r"(?!(?<=recruits)(?: (?:are|were|is|was|have|had|who|and|or)\b|[,.;:)\u2014]| \u2014))|"
        # ... nor "radicalized" as an adjective ("a growing threat from radicalized Muslims")
        r"(?<!self-)(?<!self )(?!(?:(?<=from )|(?<=\bof )|(?<=\bby )|(?<=\bthe )|(?<=\ba )|(?<=among )|"
        r"(?<=with )|(?<=\bfor )|(?<=\band )|(?<=\bor )|(?<=these )|(?<=those )|(?<=many )|(?<=some )|"
        r"(?<=other )|(?<=young )|(?<=\bmore ))radicali[sz]ed (?:[\w-]+ )?(?:Muslims|youths?|individuals|people|"
        r"men|women|persons|Islamists|followers|supporters|elements|citizens|nationals|teenagers|converts|"
        r"believers|prisoners|inmates|members|groups)\b)radicali[sz](?:ed|ing)|"
        # ... and the noun only of someone's: "his radicalization", "the radicalization of young men"
        # (not the process in general: "the time from radicalization to action")
        r"(?:(?<=\bhis )|(?<=\bher )|(?<=\btheir )|(?<='s )|(?<=\u2019s ))radicali[sz]ation|"
        r"radicali[sz]ation(?= of (?:the )?(?:[\w-]+ )?(?:young|youths?|men|women|people|Muslims|teenagers|"
        r"students|inmates|prisoners|(?-i:[A-Z])))|"
        # propaganda spread or made, not a rival's ("its propaganda is not working")
        r"(?:spread(?:s|ing)?|disseminat\w+|distribut\w+|post(?:ed|ing|s)?|shar(?:ed|ing)|publish\w*|produc\w+|"
        r"circulat\w+) (?:\w+ ){0,3}propaganda|propaganda (?:videos?|material|leaflets|pamphlets|posters|"
        r"campaigns?|activit(?:y|ies)|channels?|outlets?|accounts?|magazines?|cells?|networks?|wings?|arms?|"
        r"operations?|messages?|content)|"
        # (not incitement fought: "to help ... curb incitement to violence")
        r"(?<!curb )(?<!combat )(?<!counter )(?<!fight )(?<!against )(?<!tackle )(?<!prevent )(?<!stop )"
        r"(?<!stem )(?<!crack down on )incit(?:ement|ing|ed) (?:to )?(?:terror|violence|hatred)|apology for terrorism|glorif(?:ying|ication) of terror\w*|"
        r"(?:financ|fund)(?:ing|ed) (?:of )?(?:terror\w*|the group|militants|jihad\w*)|terror(?:ist)? financing|"
        r"indoctrinat\w*|"
        # (not a pledge told in the attack: "pledged allegiance to the leader of the Islamic State in a
        # 911 call from the nightclub")
        r"pledged allegiance(?! (?:(?!and |but |then )[\w'-]+ ){0,12}?(?:in|during) (?:an?|the|his|her|their) (?:911 |phone |telephone |"
        r"emergency )?(?:calls?|attack|assault|shooting|rampage|siege|standoff|massacre)\b)|lur(?:e|es|ed|ing) (?:\w+ ){0,4}(?:into|to join)|to join (?:the|their) (?:group|ranks|fight(?! against)))\b",
        0.75,
    ),
    _t(
        "threat",
        "threat",
        # a threat of violence, not "threatening to block remittances"
        # ("threatened in a video released on Monday to carry out attacks", "threatened on Monday to attack")
        r"\b(?:threaten(?:ed|s|ing)? (?:(?:(?:in|on|via|through|during) (?:[\w-]+ ){1,6}?|(?:today|yesterday) )?"
        r"to (?:\w+ ){0,2}?(?:attacks?|kill|strike|bomb|blow|behead|execute|target|destroy|"
        r"burn|shoot|hit|launch|carry out|retaliate|wipe|harm|hurt|murder|slaughter|assassinate|kidnap|abduct|"
        r"massacre|punish|avenge|take revenge|sabotage|dynamite|fire (?:on|at|upon)|use (?:\w+ )?(?:force|weapons))|"
        r"new|more|further|fresh|deadly|imminent|attacks?)|vow(?:ed|s)? (?:revenge|to (?:attack|kill|strike|"
        r"avenge|bomb|target|carry out|behead|execute|continue (?:the |its |their )?(?:jihad|attacks|armed struggle)))|"
        # ("vowed on Thursday to expand the group's attacks on ships linked to Israel"; not a state's
        # "vowed to expand its attacks on Hezbollah")
        r"vow(?:ed|s)? (?:(?:on|late on|early on) \w+day )?to (?:expand|escalate|intensify|step up|widen|extend) "
        r"(?:the )?group's attacks|"
        # "warning that vehicles on the roads would be considered military targets"
        r"(?:would|will) be (?:considered|treated as|regarded as) (?:legitimate )?military targets|"
        r"call(?:ed|ing|s)? for (?:new |fresh )?attacks|call(?:ed|ing|s)? on (?:its |\w+ )?(?:followers|supporters|sympathi[sz]ers|members|Muslims|fighters) to (?:attack|carry out|kill|strike|target|"
        # ("to launch attacks on the United States"; not "to stage a nationwide general strike")
        r"(?:launch|wage|stage|mount|commit) (?:[\w-]+ ){0,2}?(?:attacks?|jihad|bombings?|operations))|urg(?:ed|es|ing) (?:its )?(?:followers|supporters) to (?:attack|carry out|kill|"
        r"(?:launch|wage|stage|mount|commit) (?:[\w-]+ ){0,2}?(?:attacks?|jihad|bombings?|operations))|"
        # "received an anonymous threat against officers across the city" (not "not aware of any
        # credible threat against the games": none received)
        r"(?:received|made|phoned in|called in|issued|sent|posted) (?:an? |the |several |multiple )?"
        r"(?:(?:anonymous|credible|specific|terror|terrorist) )+threats? (?:against|to kill|to attack)|"
        r"(?:issued|released|published) (?:a )?(?:\w+ )?(?:threat|video|audio (?:message|recording)|statement) "
        r"(?:threatening|calling|urging)|death threats?|bomb threats?|threatening (?:video|message|statement))\b",
        0.8,
    ),
    _t(
        "threat_level",
        "warning",
        # a threat or alert level changed: "raised its terrorism threat level to critical", "Belgium
        # lowered its terror alert level from 4 to 3"
        # ... or told in the passive, or raised "to its highest level" (not a volcano's or an
        # epidemic's alert level: "raised its alert level for Sakurajima volcano")
        r"\b(?:(?:raised|raises|raising|lowered|lowers|lowering|cut|reduced|reduces|increased|increases|elevated|"
        r"upgraded|downgraded|lifted|hiked)\s+(?:(?:its|the|their|his|her|a|our|(?-i:[A-Z])[\w-]+['\u2019]s)\s+)?"
        r"(?:(?:national|official|nationwide|country's)\s+)?(?:(?:terror(?:ism|ist)?\s+|security\s+)(?:threat|alert)|"
        r"threat)\s+(?:level|status|rating|state)s?|"
        r"(?:raised|lowered|cut|reduced|increased|elevated)\s+(?:the\s+|its\s+)?(?:terror(?:ism|ist)?|security)\s+"
        r"(?:alert|threat)(?:\s+level)?\s+to\b|"
        r"(?:terror(?:ism|ist)?\s+|security\s+)?threat\s+level\s+(?:in\s+[\w-]+\s+)?(?:was|has\s+been|had\s+been|is)\s+"
        r"(?:raised|lowered|cut|reduced|increased|elevated)|"
        r"(?:terror(?:ism|ist)?|security)\s+alert\s+level\s+(?:in\s+[\w-]+\s+)?(?:was|has\s+been|had\s+been|is)\s+"
        r"(?:raised|lowered|cut|reduced|increased|elevated))\b"
        r"(?![^.;]{0,80}\b(?:volcano\w*|eruptions?|covid|coronavirus|virus|pandemic|epidemic|floods?|storms?|typhoons?|"
        r"hurricanes?|cyclones?|drought|heat\s?waves?|wildfires?|fires?|earthquakes?|tsunami)\b)",
        0.8,
    ),
    _t(
        "warning",
        "warning",
        # a bare "warned", "alerted" or "vigilance" warns of a danger told in the same sentence
        # ("warned that the government will not allow refugees in" is no security warning)
        # ("privacy groups warn that forcing companies to crack encryption threatened privacy", "warned
        # that the two sides are not implementing security arrangements": no danger of violence)
        # (not a call for it: "called for vigilance in the fight against homegrown terrorists")
        r"\b(?:(?:warn(?:ed|s|ing)?|alert(?:ed)?|(?<!\bfor )vigilance)\b(?=[^.;!?\n]{0,200}?\b(?:threat(?!en)|attack|terror|danger|"
        # ... a danger of violence, not "where 40,000 people are at risk" of starvation
        # (not the verb: "warned Erdogan ... that he risked isolating himself")
        r"(?<!at )risk(?!ed\b|ing\b|s\s+\w+ing\b)|militant|extremis|jihad|bomb|plot|explosi|kill|violen|security (?:threat|risk|alert|situation)|"
        r"insurgen|hostil|radicali|fighters|"
        r"gunm[ae]n|kidnap|unrest|armed|weapon|suspicious)\w*)|(?:high|heightened|maximum|red|full|highest) "
        r"(?:state of )?alert|on alert|threat level|raised (?:the )?(?:alert|security level)|"
        r"state of (?:emergency|alert)|heightened (?:security|vigilance)|travel advisory|advised (?:citizens|travellers) "
        r"(?:against|to avoid)|(?:high|heightened|elevated|severe|critical) (?:risk|threat) of (?:terror\w*|attacks?)|"
        r"security alert)\b",
        0.6,
    ),
    _t(
        "policy",
        "policy",
        # a law made or changed, not one merely named ("the laws that you claim to love", "implement EU
        # laws on aviation security", "we need legislation to prevent them")
        r"\b(?:(?:new|draft|proposed) (?:[\w-]+ )?(?:law|bill|legislation|decree|amendment)s? (?:on (?!the ground\b)|"
        r"against|to (?:combat|counter|fight|tackle|prevent))|(?:law|bill|legislation|decree|amendment)s? (?:(?:that|which) (?:\w+ )?(?:bans?|outlaws?|criminali[sz]es?|allows?|gives?|grants?|"
        r"extends?|creates?|establishes|defines|imposes|makes?)|(?:was|were|has been|have been|had been) (?:\w+ )?"
        r"(?:passed|adopted|approved|enacted|signed|promulgated|introduced|tabled|amended|extended)|passed|adopted|approved)|"
        r"(?:adopted|passed|enacted|promulgated|issued|signed|approved) (?:a |an |the )?(?:new )?(?:[\w-]+ )?"
        r"(?:law|decree|bill|legislation)|"
        # "passed the Prevention of Terrorism Act", "approved amendments to its anti-terrorism law",
        # "adopted a directive criminalising travel abroad", "tabled a bill giving the spy agency"
        # "imposed martial law in three southern provinces", "extended the state of emergency"
        # (a verb, not "an extended state of emergency")
        r"(?<!\ban )(?<!\ba )(?<!\bthe )(?:impose[sd]?|declared?|extend(?:ed|s)?|prolong(?:ed|s)?|renew(?:ed|s)?) "
        r"(?:a |an |the |its )?(?:[\w-]+ ){0,2}?(?:martial law|"
        r"state of (?:emergency|siege))|"
        r"(?:adopted|passed|enacted|approved|tabled) (?:a |an |the )?(?:new |draft )?(?:[\w-]+ ){0,3}?"
        r"(?-i:Act|Law)\b|(?:adopted|passed|approved|tabled|introduced) (?:a |an |the )?(?:new |draft )?"
        r"(?:directive|amendments? to (?:the |its |a )?(?:[\w-]+ ){0,2}?law|bill (?:(?:on|late|early)\s+\w+day\s+)?(?:giving|to give|that would|on|to|allowing))|adopted (?:a |the )?(?:new )?(?:law|strategy|"
        r"plan|resolution)|(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bis )(?<!\bare )(?<!\bremains )designat(?:ed|ion|es|ing) "
        # ... not the adjective: "material support to designated terrorist groups"
        r"(?!(?:[\w-]+ )?terrorist (?:organi[sz]ations|groups|entities)\b)(?:[\w'-]+ ){0,6}(?:as )?(?:a )?(?:foreign )?terrorist|"
        # ... with a longer list before "as": "designated Mexico's Sinaloa Cartel, the Jalisco New
        # Generation Cartel (CJNG) and six other ... criminal groups as foreign terrorist organizations",
        # "designated Yemen's Houthi movement as a Specially Designated Global Terrorist entity"
        r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bis )(?<!\bare )(?<!\bremains )designat(?:ed|es|ing) [^.;:]{0,160}?\bas "
        r"(?:an? )?(?:specially designated )?(?:foreign |global )?terrorists?\b|"
        # ("placed four members of ETIM on its list of terrorists", "on its terrorism blacklist")
        r"(?:added|listed|add|adding|list|listing|placed|placing|put|putting) (?:[\w'-]+ ){0,8}?(?:to|on) (?:the|its|a) "
        # ("added 19 individuals and one entity to the country's terrorist list")
        r"(?:[\w'\u2019]+ )?(?:(?:terror(?:ist|ism)?|sanctions) (?:black)?list|"
        # "added the Caucasus Emirate to its list of terrorist entities"
        r"list of (?:\w+ ){0,2}?(?:terror\w*|banned|proscribed|extremist) (?:organi[sz]ations|groups|entities)|"
        r"list of (?:terrorists|extremists)(?: and (?:terrorists|extremists))?)|"
        # "declared the Mombasa Republican Council a terrorist organisation"
        r"(?:declared|declaring|named|labell?ed|classified|listed) (?:[\w'-]+ ){1,6}?(?:as )?an? (?:foreign )?"
        r"(?:terrorist|extremist) (?:organi[sz]ation|group|entity)|"
        r"(?:imposed|announced) sanctions|sanctioned|national (?:counter-?terrorism )?strategy|"
        # ("France launched a new national counter-terrorism plan")
        r"(?:launched|unveiled|presented|announced|adopted) (?:a |an |the |its )?(?:new )?(?:national )?"
        r"(?:counter-?terror(?:ism)?|anti-?terror(?:ism)?|de-?radicali[sz]ation|counter-?extremism) "
        r"(?:action )?(?:plan|strategy|programme|program)|"
        r"(?:signed|concluded) (?:an? )?(?:[\w-]+ )?(?:agreement|memorandum|accord|pact|deal)|"
        # "Britain will spend 1 billion pounds on counter-terrorism policing"
        r"(?:spend|spent|spending|allocat\w+|invest\w*) [^.;]{0,50}?\bon (?:counter-?terror\w*|anti-?terror\w*)|"
        r"cooperation (?:agreement|in (?:the fight against|countering|combating) terror\w*)|"
        r"annual (?:terrorism )?report|budget (?:for|of)|proscription|"
        # a ban, not "the banned Ahle Sunnat Wal Jamaat" (a group's standing)
        # ... nor a banned thing ("a test of banned ballistic missile technology")
        r"(?<!the )(?<!\ba )(?<!\ban )(?<!\bof )(?<!'s )(?<!\u2019s )(?<!\bits )(?<!\btheir )(?:banned|outlawed|proscribed) (?!(?:[\w-]+ )?(?:missiles?|weapons?|"
        r"technology|substances?|chemicals?|drugs?|books?|films?|goods|items|materials?|"
        # ... nor a way of life ("The Taliban movement banned human images", "banned music")
        r"images?|pictures?|photographs?|music|smoking|alcohol|dancing)\b)(?:the )?|"
        r"resolution (?:on|condemning))",
        0.65,
    ),
)

# the guerrillas' subversion, not a charge of it ("a life sentence for subversion" in North Korea,
# "charged with subversion", "plotting subversion with South Koreans"): a state's word for dissent
# (a victim "accused of ties with subversion" is the guerrillas')
_SUBVERSION = (
    r"(?:(?<!\bfor )(?<!\bcharged with )(?<!\binciting )(?<!\bincitement to )(?<!\bplotting )subversion\b|"
    r"subversi(?!on\b)\w+)"
)
# the deeds a counter-terrorism body's case is about, when it names one (the NIA and the ATS also
# chase forgers, traffickers and smugglers): "the Bengaluru Rameshwaram Cafe blast case"
VIOLENT_DEED = re.compile(
    # (not an ordinary killing: "arrested a man for killing his neighbour in a land dispute")
    r"\b(?:blasts?|bomb\w*|explos\w*|grenades?|IEDs?|terror\w*|plot\w*|militan\w+|jihad\w*|extremis\w+|"
    r"radicali[sz]\w*)\b",
    re.IGNORECASE,
)
# Context: words that put a sentence or an article in terrorism / armed-conflict territory.
CONTEXT = re.compile(
    r"\b(?:terror\w*|counter-?terror\w*|anti-?terror\w*|militan\w+|jihad\w*|insurgen\w+|extremis\w+|"
    r"radicali[sz]\w*|suicide (?:bomb\w*|attack\w*|vest)|IEDs?|improvised explosive|armed group|gunm[ae]n|"
    r"armed men|rebels?|guerrillas?|bandits|militias?|militiamen|separatists?|Islamic State|ISIS|ISIL|Daesh|"
    # ("warning that vehicles on the roads would be considered military targets")
    r"(?:legitimate )?military targets?|"
    r"al[- ]?Qa[e']?i?da|Taliban|Boko Haram|al[- ]?Shabaa?b|foreign fighters|caliphate|behead(?:ed|ing)|kidnapp\w+|abduct\w+|"
    r"hostages?|assailants|attackers|security forces|troops|soldiers|(?<!Salvation )army|airstrikes?|air strikes?|"
    # ("A GROUP OF UNIFORMED MEN YESTERDAY MURDERED ...")
    r"uniformed (?:men|gunmen|individuals|assailants|attackers)|"
    r"drone strikes?|counter-?insurgency|" + _SUBVERSION + r"|narco-?terror\w*|death squads?|"
    r"cells?|plot|extremists?|anarchists?|neo-?Nazis?|Molotov|petrol bombs?|firebomb\w*|(?:acts? of|coordinated) sabotage|"
    r"(?<!fire )fighters|combatants|gunfire|ambush\w*|bomb\w*|explosive\w*|grenades?|"
    r"arms cache|weapons cache|Islamist\w*|camps? in (?:north-?east(?:ern)? )?Syria|conflict zones?|"
    r"gendarm\w+|projectiles|shells|security personnel|paramilitar\w+|Maoists?|Naxal\w*|"
    r"(?<!character )assassinat\w+|ambush\w*|"
    # "witness statements that the man shouted 'Allahu Akbar' during the attack"
    r"Allahu? Akbar|"
    # "a raid linked to the Paris attacks": attacks known by their town's name
    # ("following the Sousse massacre")
    r"(?-i:the (?:[A-Z][\w'-]+ ){1,2}(?:attacks|massacre|bombings))|"
    # "four civilians were among the dead in the morning rush-hour attack": harm told of an
    # attack (not a heart, shark or dog attack); context, not strong: a land feud's is one too
    r"(?:killed|dead|died|wounded|injured|hurt) in (?:the|an?|this|that|[\w-]+['\u2019]s) (?:[\w-]+ ){0,3}?"
    r"(?<!heart )(?<!shark )(?<!dog )(?<!bear )(?<!panic )(?<!asthma )(?<!animal )(?<!crocodile )(?<!wolf )"
    r"(?<!bee )(?<!cyber )(?<!cyber-)attacks?)\b",
    re.IGNORECASE,
)
# (see STRONG_CONTEXT) a count of attacks foiled over a period, and the state's bodies that tell it
_FOILED_COUNT = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|several)"
    r"(?! (?:million|billion|thousand)\b) (?!cyber|ransomware|hack|phishing|malware|ddos|online|web|network|virus|spam)"
    r"(?:[\w-]+ )?"
)
_FOILED_TALLY = (
    rf"(?:\b{_FOILED_COUNT}attacks (?:have |had )?(?:been |were )(?:foiled|thwarted|averted|prevented)\b|"
    rf"\b(?:foiled|thwarted|averted) (?:at least |more than |some |over )?{_FOILED_COUNT}(?:attacks|plots)\b)"
    r"(?=[^.;]{0,40}?\b(?:since|this year|last year|so far|in (?:19|20)\d\d)\b)"
)
_STATE_BODY = (
    r"\b(?:police|security|intelligence|minist(?:er|ry|ries)|authorities|services|officials|government|"
    r"prosecutors?|counter-?terrorism|gendarmerie|army|military)\b"
)
# homes of refugees and asylum seekers, targets of arson
_REFUGE = (
    r"refugee (?:homes?|shelters?|hostels?|centres?|centers?|accommodations?)|asylum[- ]seekers?['\u2019]? "
    r"(?:homes?|shelters?|hostels?|centres?|centers?)|(?:shelters?|homes?|hostels?) for (?:asylum[- ]seekers|"
    r"refugees|migrants)"
)
# those killed for their faith or their views
_SINGLED_OUT = (
    r"(?:bloggers?|priests?|monks?|publishers?|atheists?|secularists?|free-?thinkers?|converts?|Sufis?|"
    r"(?:Hindu|Buddhist|Christian|Ahmadi|Shia|Sufi|secular|atheist|gay|LGBT) (?:[\w-]+ )?(?:priests?|"
    r"monks?|men|man|women|woman|activists?|leaders?|teachers?|professors?|writers?|tailors?|traders?|"
    r"shopkeepers?|devotees?|worshippers?))\b"
)
# a plan of thieves or gangs, told after it
_NOT_THIEVES = (
    r"(?![^.;]{0,80}\b(?:cash machines?|ATMs?|cash dispensers?|safes?|vaults?|jewel\w*|thie(?:f|ves)|robbers?|"
    r"burglars?|cartels?|criminal|gangs?|mafia)\b)"
)
STRONG_CONTEXT = re.compile(
    # (not the verb of fear: "freeway shootings that terrorized Phoenix-area drivers")
    r"\b(?:terror(?!i[sz](?:e|es|ed|ing)\b)\w*|"
    # "A gunman killed 11 worshippers at the Tree of Life synagogue", "sentenced ... for killing 11
    # worshippers at a synagogue": killing in a house of worship (before the lone gunman below)
    r"(?:gunm[ae]n (?:[\w-]+ ){0,3}?|for )(?:killed|killing|murdered|murdering|shot dead|shooting dead|gunned down|"
    # (not kin: "A gunman killed his estranged wife and her mother at a church")
    r"massacred|massacring)(?! (?:his|her|their) (?:own |estranged |former |ex-)?(?:wife|husband|partner|girlfriend|"
    r"boyfriend|mother|father|son|daughter|brother|sister|family|relatives?|children|in-laws?)\b) [^.;]{0,60}?"
    r"\b(?:at|in|inside|outside) (?:a|an|the|two) (?:[\w'-]+ ){0,3}?(?:synagogues?|"
    r"mosques?|churche?s?|temples?|gurdwaras?)\b(?! (?:car ?parks?|parking|grounds|yards?)\b)"
    r"(?![^.;]{0,120}\b(?:dispute|robbery|fight|brawl|feud|quarrel|argument|inheritance|row over)\b)|"
    # ("A gunman opened fire at the Shah Cheragh shrine in Shiraz on Sunday evening, killing two people")
    r"gunm[ae]n (?:[\w-]+ ){0,3}?opened fire (?:at|in|inside|on) (?:a|an|the) (?:[\w'-]+ ){0,3}?(?:synagogues?|"
    r"mosques?|churche?s?|temples?|gurdwaras?|shrines?)\b[^.;]{0,100}?\b(?:killing|wounding|injuring)\b"
    r"(?! (?:his|her|their) )"
    r"(?![^.;]{0,120}\b(?:dispute|robbery|fight|brawl|feud|quarrel|argument|inheritance|row over|rival)\b)"
    # (nor one of a family: "killing the chief priest; police said the suspect was the priest's brother")
    r"(?![^.]{0,160}\b(?:brother|sister|son|daughter|wife|husband|relative|nephew|cousin|estranged)\b)|"
    r"counter-?terror\w*|anti-?terror\w*|jihad\w*|insurgen\w+|extremis\w+|radicali[sz]\w*|"
    # ("A suicide car bomber killed 11 people in Kabul")
    r"suicide (?:(?:car|truck|lorry|vehicle|motorcycle|motorbike)[- ])?(?:bomb\w*|attack\w*|vest)|IEDs?|"
    # ("on suspicion of helping the cell behind the March 2016 Brussels bombings")
    r"(?:cell|network) (?:behind|responsible for|that (?:carried out|staged)) (?:the |last \w+['\u2019]s )?"
    r"(?!(?:[\w-]+ ){0,3}?(?:ransomware|cyber\w*|hack\w*|phishing|DDoS|malware|data)\b)(?:[\w-]+ ){0,4}?"
    r"(?:attacks|bombings|blasts)|"
    r"improvised explosive|Islamic State|ISIS|ISIL|Daesh|"
    r"al[- ]?Qa[e']?i?da|Taliban|Boko Haram|al[- ]?Shabaa?b|foreign fighters|caliphate|militants?|gunm[ae]n|"
    r"armed (?:group|men)|rebels|guerrillas?|"
    # violence of the far right and the far left, told by its people or its motive: "arrested 25
    # suspected neo-Nazis", "members of the Reichsbürger movement", "A white supremacist gunman",
    # "charged with seditious conspiracy", "a racist massacre"
    # (not a group described in a political story: "the Ku Klux Klan, a white supremacist group";
    # nor a hate crime of the street: "a racist attack on a taxi driver", "a homophobic attack")
    r"suspected (?:members of (?:an? |the )?)?(?:neo-?Nazis?|white supremacists?|far-right|far-left|anarchists?)|"
    r"white supremacist (?:gunm[ae]n|terror\w*|extremis\w*|killers?|shooters?|attackers?)|Reichsb(?:ü|ue)rger|"
    r"seditious conspiracy|"
    r"(?:far-(?:right|left)|anarchist|neo-?Nazi) (?:cells?|militants?|gunm[ae]n|attackers?|terror\w*|networks?)|"
    r"(?:racist|antisemitic|anti-Semitic|anti-Muslim|anti-Jewish|Islamophobic) (?:mass shootings?|terror\w*)|"
    # "Gunfire attacks on two electrical substations", "conspiring to destroy power substations"
    # ("conspiring with a neo-Nazi leader to destroy the Baltimore-area power grid")
    r"(?:(?:attacks?|shootings?|gunfire|sabotage|arson) (?:on|of|at)|(?:conspir|plott|plann)(?:ed|ing) "
    r"(?:with [^.;,]{1,40}? )?to (?:destroy|attack|sabotage|blow up|disable)) (?:the )?(?:two |three |several |\d+ )?"
    r"(?:[\w-]+ )?(?:power |electrical |"
    r"electricity )?(?:substations?|power grids?|electric(?:al)? grids?)|"
    # "A gunman with far-right views", "a man with ties to neo-Nazi groups"
    r"with (?:far-right|extreme right-wing|right-wing extremist|white supremacist|jihadist|"
    r"Islamist) (?:views|beliefs|ideology|sympathies|leanings)|"
    + _SUBVERSION
    + r"|Islamist\w*|militia\w*|bandits|separatists?|death squads?|"
    r"(?:al-Hol|Roj) camp|camps? in (?:north-?east(?:ern)? )?Syria|assailants|explosive devices?|"
    # "Italy repatriated a foreign fighter", "two Guantanamo Bay detainees", "travelling to conflict
    # zones", "suspected of planning attacks", "an imam accused of preaching hatred"
    r"foreign (?:terrorist )?fighter|Guantanamo (?:Bay )?(?:detainees?|prisoners?|inmates?)|"
    r"(?:detainees?|prisoners?|inmates?) (?:held )?(?:at|from|in) Guantanamo|"
    # "repatriated from Syrian conflict zones", "travelled to conflict zones in Syria"
    r"(?:to|from) (?:the )?(?:(?:Syrian|Iraqi|Libyan|Afghan) )?conflict zones?|"
    r"conflict zones? (?:in|of) (?:Syria|Iraq|Libya|Afghanistan)|"
    # "Kazakhstan repatriated 98 of its nationals from Syria", "607 people, including 406 children,
    # had been returned from Syria": the families of the Islamic State's men (not workers from
    # Libya, nor refugees going home to Syria)
    r"(?:repatriated|brought back|brought home|took back|returned|received) (?:[\w,'-]+ ){0,5}?(?:nationals|citizens|"
    r"women|children|wives|widows|orphans|families)\b,?(?: [\w,'-]+){0,5}? from (?:Syria|Iraq)\b|"
    r"(?:nationals|citizens|women|children|wives|widows|orphans|families)\b,?(?: [\w,'-]+){0,4}? "
    r"(?:were|have been|had been|has been) (?:repatriated|returned|brought back|brought home) from (?:Syria|Iraq)\b|"
    # "Tunisians who fought in Iraq and Syria have returned home" (not troops or veterans)
    r"(?<!troops )(?<!soldiers )(?<!veterans )(?<!servicemen )who (?:had )?fought in (?:Iraq|Syria)\b|"
    r"suspected of (?:plann|plott|prepar)ing (?!cyber)(?:[\w-]+ ){0,3}?(?<!cyber )(?<!cyber-)attacks?|"
    r"preach(?:ing|ed|es)? (?:hatred|jihad|violence)|hate preachers?|radical (?:preachers?|imams?)|"
    r"roadside bombs?|landmines?|(?:car|truck|lorry|vehicle|motorcycle|bicycle|parcel|letter|pipe|nail|mail)[- ]bomb(?:s|ings?)?|"
    # "sentenced ... for an attempted bombing near Notre-Dame", "last year's attack on the Chinese
    # consulate in Karachi"
    r"(?:attempted|failed|foiled|thwarted) (?:bombings?|bomb attacks?)|"
    # a bomb fixed to a car: "A bomb attached to the car of a judge exploded in Mosul"
    r"(?<!hoax )(?<!fake )(?<!dummy )(?<!replica )"
    r"(?:bombs?|explosive devices?|explosives|IEDs?) (?:was |were |had been )?(?:attached|planted|placed|fixed|stuck|"
    r"hidden) (?:to|under|beneath|in|on) (?:the |a |an |his |her |their )?(?:[\w-]+ )?(?:car|vehicle|truck|motorbike|"
    r"motorcycle)s?\b|"
    # "A Palestinian stabbed and wounded an Israeli soldier"; "rockets fired from the Gaza Strip"
    # (not a quarrel's or a gang's, nor one stabbed: "shot dead his brother in a dispute over land",
    # "a Palestinian stabbed to death in Jaffa", "a Palestinian youth stabbed by settlers")
    r"\bPalestinians? (?:man |woman |youth |teenager |assailants? |attackers? )?"
    r"(?:(?:stabbed|shot)\b(?! (?:to death )?(?:in|on|at|by|near|during)\b)|rammed\b|opened fire\b|attacked\b)"
    r"(?![^.;]{0,80}\b(?:(?:his|her|their) (?:brother|sister|wife|husband|father|mother|son|daughter|cousin|"
    r"relatives?|family)|dispute|feud|quarrel|gang|robbery|family)\b)|"
    r"(?<!model )(?<!toy )(?<!water )(?<!bottle )"
    r"(?:rockets?|mortars?|missiles?|projectiles?) (?:and (?:rockets?|mortars?) )?(?:were |was )?(?:fired|launched) "
    r"from (?:the )?(?:Gaza|Lebanon|southern Lebanon|Syria|Yemen|Sinai)\b"
    r"(?! (?:High|Middle|Elementary|School|College|University|County|Township)\b)|"
    # a claim of the attack, told as a deed of its own: "Arsonists burned a Catholic church ...; a
    # Mapuche radical group claimed the attack." (not what someone asserted: "The dog's owner claimed
    # the attack was provoked")
    r"\bclaimed (?:responsibility for )?(?:the|this|that) (?:[\w-]+ )?(?:attack|bombing|arson)(?=\s*(?:[.;]|$))|"
    # "600 people have been prevented from travelling to Syria since 2014"
    r"(?:prevented|stopped|barred|banned) from (?:travell?ing|leaving|going) to (?:Syria|Iraq|conflict zones?|war zones?|"
    r"join)\b|"
    r"attacks? on (?:the |an? )?(?:[\w.-]+ ){0,2}(?:consulate|embassy)\b|"
    # a part in an attack known by its year and name: "accused of financing the 2015 Garissa
    # University College attack", "convicted of helping plan the 2013 Westgate mall attack"
    r"(?:financ\w+|fund(?:ed|ing)|plann(?:ed|ing)|plott(?:ed|ing)|help(?:ed|ing)? (?:to )?(?:plan|carry out|organi[sz]e)|"
    r"role in|involvement in|part in|masterminding|masterminded|carrying out|carried out) "
    r"the (?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?"
    # (not a massacre of a war or a school shooting: "his role in the 1995 Srebrenica massacre")
    r"(?:19|20)\d\d (?-i:(?:[A-Z][\w'-]+ ){1,4}(?:(?!shark |dog |bear |heart |cyber |school |ransomware |data "
    r"|hacking |hacker |phishing |malware |computer )[a-z]+ )?)"
    r"(?:attack|bombing|siege)s?\b|"
    # ... or by their name alone, in a case's words: "for failing to provide information about the
    # Easter Sunday attacks", "the trial over the Brussels bombings"
    # (a court's step: not "a public inquiry into the Nottingham attacks"; nor "in connection with the
    # Marseille attacks on England supporters": fans' violence)
    # (not "jailed ... for the Bradford attacks on three women": the named attacks of a crime)
    r"(?:sentenced|convicted|jailed|charged|acquitted|indicted)\b[^.;]{0,100}?\b(?:information (?:about|on)|"
    r"role in|involvement in) "
    r"the (?-i:(?:[A-Z][\w'-]+ ){1,2})(?:attacks|bombings)\b(?! on (?:[\w-]+ ){0,2}(?:fans|supporters)\b)|"
    # the jihadists' cry during a deed: "stabbed three people at a bus stop ..., shouting 'Allahu Akbar'"
    r"(?:shouting|shouted|yelling|yelled|crying|cried|screaming|screamed)\s+[\"'\u201c\u2018]?Allahu? Akbar|"
    # bombs set off together: "Twin bombings in Kerman killed 89 people"
    # (not a state's: "Coordinated bombings by the Sudanese air force")
    r"(?:twin|coordinated|simultaneous|serial) (?:suicide )?(?:bombings|bomb attacks|bomb blasts)\b"
    r"(?! by (?:the )?(?:[\w-]+ ){0,2}(?:air ?force|army|military|jets|warplanes|aircraft|drones|forces|regime)\b)|"
    # an attack warned of: "citing credible information about a possible attack on tourist sites"
    r"(?:credible|specific) (?:information|intelligence|threats?|reports?) (?:about|of|on|regarding) "
    r"(?:an? )?(?:possible |potential |imminent |planned )?attacks?\b|"
    # (not "possible attacks on public sector networks by hackers")
    r"(?:possible|potential|imminent|planned) attacks? (?:on|against|targeting) (?:[\w-]+ )?(?:tourist|foreign|western|"
    r"crowded|public) (?:sites|places|spaces|areas|targets|venues|gatherings|events|hotels|resorts|locations)\b|"
    # a plan to bomb foiled: "said they had foiled a plan to bomb a tourist resort"
    # (not "foiled an attempt to attack the referee", "a plot by a gang to attack a rival")
    # (not thieves': "foiled a plan to blow up a cash machine", "a plan by a cartel cell to attack")
    r"(?:foiled|thwarted|averted|disrupted) (?:an? |the )?(?:[\w-]+ )?(?:plan|plot|attempt|conspiracy) to "
    r"(?:bomb|blow up|carry out (?:an? )?(?:[\w-]+ )?attacks)\b" + _NOT_THIEVES + "|"
    # ("had foiled a plot by a cell to attack targets in Amman")
    r"(?:foiled|thwarted|averted|disrupted) (?:an? |the )?(?:[\w-]+ )?(?:plan|plot|conspiracy) by (?:an? |the )?"
    r"(?:(?!(?:cartel|criminal|drug|gang|mafia|crime)\b)[\w-]+ ){0,3}?(?:cell|network) to (?:attack|bomb|blow up)\b"
    + _NOT_THIEVES
    + "|"
    # "a bomb explosion destroyed the headquarters", "a truck rigged with dynamite", "a dynamite charge"
    rf"{_NOT_NUCLEAR}bomb (?:explosions?|blasts?)|rigged with (?:\w+ )?(?:dynamite|explosives)|dynamite (?:charges?|attacks?)|"
    # "a powerful charge of dynamite", "two attacks were perpetrated in Medellin" (not cyber attacks)
    r"(?:charges?|sticks?) of dynamite|(?<!cyber )(?<!cyber-)(?:attacks?|bombings?) (?:was|were|had been|have been|has been) "
    r"(?:perpetrated|carried out|staged)\b|"
    r"suicide bombers?|" + BLEW_SELF_UP + "|claimed responsibility|"
    r"claim of responsibility|" + _DEFUSED + "|"
    # several blasts at once ("two very strong explosions occurred in the center of Bogota", "twin
    # blasts"): few accidents set off two at a time; not where the sentence names a site that has
    # them ("two explosions hit a chemical plant after a fire broke out")
    r"(?:two|three|four|five|six|several|multiple|simultaneous|coordinated|twin|consecutive|a series of)\s+"
    r"(?:(?:very\s+)?(?:strong|powerful|loud|large|huge|separate|big|massive)\s+)?(?:explosions|blasts)"
    r"(?![^.;]{0,120}?\b(?:plants?|factory|factories|refinery|warehouse|depot|pipelines?|mines?|fireworks?|"
    r"chemicals?|gas|fuel|tankers?|boilers?|fire|blaze|volcano|transformers?|substation|reactor|silos?|"
    r"arsenal|ammunition dump|munitions? depot|accident\w*)\b)|"
    rf"explosive attacks?|{_NOT_NUCLEAR}bomb attacks?|{_NOT_NUCLEAR}bombs? (?:was |were )?"
    r"dropped (?:from|on)|dropped (?:a |two |three |several |\d+ )?(?:barrel )?bombs? on|"
    r"fired (?:a |an |two |three |several |\d+ )?(?:rockets? |RPGs? |rocket-propelled grenades? |mortar rounds? )"
    r"(?:\([^)]{0,30}\) )?(?:at|on|into|in|against|towards?)|"
    # "launched a rocket from the Gaza Strip into Israel", "two rockets were fired at Baghdad
    # airport", "a mortar shell hit the base"; not into orbit, the sea, or "at about 11:30"
    r"(?:launched|lobbed|fired) (?:a |an |two |three |several |\d+ )?(?:[\w-]+ )?(?:rockets?|missiles?|mortar rounds?|"
    r"mortar shells?|projectiles) (?:from (?:[\w'-]+ ){1,4})?(?:at|into|towards?|against) "
    r"(?!\d|(?:about|around|approximately|roughly|high|(?:the )?(?:sea|ocean|waters?|orbit|space|sky|air))\b)|"
    r"(?:rockets?|missiles?|mortar (?:rounds?|shells?)|RPGs?|projectiles) (?:[\w-]+ ){0,2}(?:were |was |had been )?"
    r"(?:fired|launched|lobbed) (?:at|into|towards?|against) (?!\d|(?:about|around|approximately|roughly|high|"
    r"(?:the )?(?:sea|ocean|waters?|orbit|space|sky|air))\b)|"
    r"(?:rockets?|missiles?|mortar (?:rounds?|shells?)) (?:hit|struck|slammed into|crashed into|landed (?:in|on|near))\b|"
    # (a kidnapping of an official plotted, not for ransom: "plotted to kidnap Michigan Governor Gretchen Whitmer")
    r"plot(?:ted|ting)? to (?:attack|bomb|kill|blow up|(?:kidnap|abduct) (?:the |a |an )?(?:[\w'-]+ ){0,3}?"
    r"(?:governor|mayor|president|prime minister|minister|lawmakers?|senators?|judges?|officials?|politicians?|MPs?|"
    r"legislators?|chancellor|king|queen|prince|diplomats?|ambassadors?|soldiers?|police(?:men)?|officers?)\b"
    r"(?![^.;]{0,80}\bransom\b))|"
    # "attempting to detonate a bomb near the Federal Reserve Bank"
    r"(?:tried|trying|attempt(?:ed|ing)?|plott(?:ed|ing)|conspir(?:ed|ing)) to (?:detonate|set off|plant|explode) "
    r"(?:an? |the |two |several )?(?:[\w-]+ ){0,2}?(?:bombs?|explosives?|explosive devices?)|"
    # a case over bombings or attacks known by name: "convicted six men over the Mumbai train
    # bombings", "arrested two men in connection with the Paris attacks", "for his role in the 2003
    # Casablanca bombings", "the Boston Marathon bomber"
    r"(?:convicted|sentenced|jailed|charged|indicted|arrested|detained|tried|acquitted|extradited|trial|"
    r"role|part|involvement|suspects?|accused|guilty)\b[^.;]{0,80}?\b(?:over|for|in connection with|in|of|"
    # ("in connection with last month's bombing of a school bus")
    r"linked to|related to) (?:the|a|(?:last|this) (?:week|month|year)['\u2019]s|(?-i:[A-Z][a-z]+day)['\u2019]s) "
    r"(?:[\w'-]+ ){0,4}?(?<!atomic )(?<!nuclear )(?<!Allied )(?<!wartime )"
    # (not attacks on fans, women or a player: "the Marseille attacks on England supporters", "the
    # Twitter attacks on England striker Raheem Sterling")
    # ("over the Garissa University attack, which killed 148 people": one attack by its name and its
    # toll, in mixed case only; not "over the Croydon attack, in which a pensioner was beaten")
    r"(?:bombings?|(?:(?-i:(?:[A-Z][\w'-]+ ){1,2})attacks|(?-i:(?:[A-Z][a-z][\w'-]* ){1,2})attack,? (?:which|that) "
    r"(?:killed|left) (?:at least |more than |nearly |some |about |over )?(?:\d{2,}|dozens|scores|hundreds)\b)"
    r"(?! (?:on|against) (?:[\w'-]+ ){0,3}?(?:supporters|fans|"
    r"women|girls|pilgrims|players?|striker|footballers?|referees?|elderly|pensioners|shopkeepers|migrants)\b))\b|"
    r"(?:would-be|alleged|convicted|failed|suspected|shoe|underwear|marathon|arena|mail|letter|parcel|pipe|nail|"
    r"mosque|church|subway|metro|bus|train|airport) bombers?\b(?![ -](?:jackets?|aircraft|planes?|jets?)\b)|"
    # "three men suspected of planning an attack on a church", "foiled a planned attack on the
    # Christmas market", "planning a mass shooting at a mosque": a plot told without a word of terror
    r"(?:plott|plann|prepar)(?:ed|ing) (?:an? |the |further |more )?(?:[\w-]+ ){0,2}(?<!cyber )(?<!cyber-)"
    r"(?:attacks?|mass shootings?)"
    # (not a cyber attack, nor a robber's on a cash van)
    # ("plotting a biological attack using anthrax")
    r"(?: (?:on|against|at|in|using)\b(?!\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:security|cash|cash-in-transit|armou?red)\s+vans?\b)|"
    r"\W*$|"
    # ... or its clause ends there: "arrested ... on suspicion of planning an attack, prosecutors said"
    r"(?<=planning an attack)(?=[,;.]))|"
    # "arrested seven people ... over a planned attack" (not a robber's)
    r"(?:over|for|in connection with) (?:an? |the )(?:planned|foiled|thwarted|suspected) attack\b"
    r"(?! (?:on|against) (?:an? |the )?(?:[\w-]+ )?(?:security|cash|cash-in-transit|armou?red) vans?\b)|"
    # a lorry driven into people: "the 2017 truck attack in Stockholm"
    r"(?:truck|lorry)[- ]attacks?\b|"
    # (not a cash machine or a safe: "planned to blow up an ATM")
    r"(?:plann|plott|prepar)(?:ed|ing) to (?:attack|bomb|kill|strike|blow up(?! (?:an? |the )?(?:ATMs?|cash machines?|"
    r"cash dispensers?|safes?|vaults?)\b)(?![^.;]{0,100}\b(?:dispute|steal|rob|robbery|cash|loot|insurance|"
    r"demolition)\b)|carry out (?:an? |the )?(?:[\w-]+ )?attack)|"
    # "suspected of planning a bombing" (not an air force's "planning a bombing raid")
    r"(?:plott|plann|prepar)(?:ed|ing) (?:an? |the |further |more )?(?:[\w-]+ ){0,2}?(?:bombings?|bomb attacks?)\b"
    r"(?! (?:raids?|runs?|campaigns?|missions?|sorties)\b)|"
    r"(?:foiled|thwarted|averted|prevented|disrupted) (?:an? |the |two |three |several )?(?:planned |alleged |imminent |"
    r"suspected )?(?!cyber|ransomware|hack)(?:[\w-]+ )?(?:plans? to attack|attacks? (?:on|against)(?!\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+)?(?:security|cash|cash-in-transit|armou?red)\s+vans?\b)|attack plans?|attack plots?)|"
    # a count of attacks foiled, told without a word of terror: "36 attacks have been foiled since
    # 2017", "police thwarted 12 attacks last year": a tally, told over a period, with a body of the
    # state in the sentence (not a goalkeeper's, "foiled 12 attacks as Bayern beat Atletico", nor an
    # antivirus maker's, "thwarted 758 million attacks launched from online resources in 2015")
    rf"{_STATE_BODY}[^.;]{{0,100}}?{_FOILED_TALLY}|{_FOILED_TALLY}[^.;]{{0,100}}?{_STATE_BODY}|"
    # "had sworn allegiance to IS": the Islamic State by its short name
    r"(?:allegiance|loyalty) to (?:the )?(?-i:IS)\b|"
    # "A man drove a van into pedestrians on London Bridge": a vehicle as a weapon (not a driver's
    # mishap: "lost control of the bus and ploughed into pedestrians", "an elderly driver ploughed into
    # shoppers ... by mistake", "after its driver suffered a heart attack")
    r"(?<!control and )(?<!car and )(?<!vehicle and )(?<!van and )(?<!truck and )(?<!bus and )(?<!lorry and )"
    r"(?<!coach and )(?<!wheel and )(?<!driver )(?<!motorist )(?<!drivers )"
    r"(?:drove|driven|ploughed|plowed|rammed|careered|careened|smashed) (?:[\w-]+ ){0,3}?into (?:a |the )?"
    r"(?:[\w-]+ ){0,2}?(?:crowds?|pedestrians|shoppers|revell?ers|worshipp?ers|marchers|spectators|passers-?by)"
    r"(?![^.;]{0,160}\b(?:lost control|accident\w*|by mistake|mistakenly|heart attack|seizure|medical (?:episode|"
    r"emergency)|drunk|brakes?|skidded|crash(?:ed)?|collision)\b)|"
    r"(?:vehicle|car|van|truck|lorry)[- ]ramming|"
    # "Uzbekistan repatriated 98 women and children from Syria": the families of fighters
    r"repatriat\w+ (?:[\w,-]+ ){0,6}?(?:women|wives|widows|children|orphans|families|minors)"
    r"(?: [\w,-]+){0,6}? from (?:camps? in )?(?:(?:north|south)(?:-?(?:east|west))?(?:ern)? |east(?:ern)? |"
    r"west(?:ern)? )?(?:Syria|Iraq)|"
    # "recruiting young Tunisians to fight in Syria", "left to fight in Iraq"
    r"to (?:fight|wage war|join (?:the )?(?:fighters|fighting|rebels)) (?:in|for) (?:Syria|Iraq|Libya|Yemen|Somalia|"
    r"Afghanistan|Mali)|"
    # "A gunman opened fire at a synagogue in Pittsburgh": a house of worship shot at
    r"opened fire (?!in(?:to)? the air|skyward)(?:[\w-]+ ){0,3}?(?:at|in|on|inside) "
    r"(?:a|an|the|two) (?:[\w-]+ ){0,2}?(?:synagogues?|mosques?|churche?s?|temples?|gurdwaras?|cathedrals?)\b|"
    # ... or shot, stabbed, burnt or bombed: "A gunman shot dead two people outside a synagogue in Halle",
    # "threw Molotov cocktails at a synagogue", "an arson attack on a synagogue in Bielefeld"
    # (a shooting or a stabbing at a synagogue, a mosque or a temple: in a church it may be a family's
    # or a madman's, "a shooting, which they said occurred inside a church")
    # (nor a man's own quarrel told on the way: "shot dead his cousin in a land dispute outside a mosque",
    # "stabbed during a robbery outside a synagogue")
    r"(?:shot|shooting|stabb(?:ed|ing))\b(?:(?!\b(?:his|her|their) (?:own )?(?:wife|husband|brother|sister|cousin|"
    r"father|mother|son|daughter|uncle|nephew|relatives?|neighbou?r|landlord|partner|ex)\b|\b(?:dispute|robbery|"
    r"fight|brawl|feud|quarrel|row|argument|enmity|estranged|former partner|rival families)\b)[^.;]){0,60}?"
    r"\b(?:at|on|outside|near|inside|into|against) (?:a|an|the|two) (?:[\w'-]+ ){0,2}?"
    r"(?:synagogues?|mosques?|temples?|gurdwaras?)\b(?![^.;]{0,120}\b(?:dispute|robbery|fight|brawl|feud|quarrel|"
    r"argument|enmity|estranged|former partner)\b)|"
    r"(?:rammed|ramming|arson(?: attack)?|firebomb(?:ed|s|ing)?|fire ?bombs?|"
    r"Molotov cocktails?|petrol bombs?|set fire|set alight|torched|bomb(?:ed|ing|s)?|explosives?|grenades?|"
    # ("A fire at a mosque in Escondido ... is being investigated as arson")
    r"(?<=\bA )fire(?=[^.;]{0,120}\b(?:arson|hate crime|deliberately set)\b))\b"
    # ("An arson attack damaged the entrance of a mosque"; "incendiary devices at a shelter for
    # asylum seekers")
    r"[^.;]{0,60}?\b(?:at|on|outside|near|inside|into|against|to|of) (?:a|an|the|two) (?:[\w'-]+ ){0,2}?"
    r"(?:synagogues?|mosques?|churche?s?|temples?|gurdwaras?|cathedrals?|basilicas?|" + _REFUGE + r")\b|"
    # ... or told in the passive: "A mosque in Ajaccio was set on fire overnight", "A planned refugee
    # home in Bautzen was set on fire"
    r"(?:synagogues?|mosques?|churche?s?|temples?|gurdwaras?|cathedrals?|" + _REFUGE + r")\b[^.;]{0,60}?"
    r"\b(?:was|were|had been|has been|have been) (?:deliberately |intentionally |apparently )?(?:set on fire|"
    r"set ablaze|set alight|torched|fire-?bombed|burn(?:ed|t) down|attacked with (?:Molotov|petrol|"
    r"incendiary|firebombs?))\b"
    # (not a fire by mishap: "was set on fire by an electrical short circuit", "accidentally by a candle")
    r"(?![^.;]{0,80}\b(?:accident\w*|short[- ]circuit|electrical|faulty|candles?|blowtorch\w*|heaters?|workers|"
    r"ruling out|ruled out|lightning)\b)|"
    # "A man firebombed a synagogue": the house of worship as the verb's object
    r"(?:fire-?bombed|torched|set fire to|burn(?:ed|t) down) (?:a|an|the|two) (?:[\w'-]+ ){0,2}?"
    r"(?:synagogues?|mosques?|churche?s?|temples?|gurdwaras?|" + _REFUGE + r")\b|"
    # a fire bomb thrown at an office, a police station or a court (not a riot's, thrown by
    # protesters: "Protesters threw Molotov cocktails at a police station")
    r"(?<!protesters )(?<!rioters )(?<!demonstrators )(?<!youths )(?<!students )(?<!fans )(?<!crowd )"
    r"(?:threw|hurled|lobbed|tossed) (?:a |an |two |three |several |\d+ )?(?:Molotov cocktails?|petrol bombs?|"
    # (not a grudge's: "at the home of his former girlfriend", "into a former employer's office")
    r"fire ?bombs?|incendiary devices?) (?:at|into|on|through) (?:a |an |the )?"
    r"(?:(?!(?:his|her|their|former|ex)\b)[\w'-]+ ){0,3}?(?:police stations?|offices?|courthouses?|court|headquarters|"
    r"buildings?|banks?|consulates?|embass(?:y|ies)|clinics?|branch)\b(?![^.;]{0,60}\b(?:his|her) (?:former|ex))|"
    # bombings of houses of worship told by the noun: "after two church bombings killed at least 44 people"
    # (with their toll: not "protests over the Youhanabad twin-church bombing")
    r"(?:church|mosque|synagogue|temple|cathedral|shrine)(?:es|s)? (?:bombings?|attacks?|blasts?|shootings?|"
    r"massacres?)(?=,? (?:that |which )?(?:killed|left|wounded|claimed))|"
    # a killing with blades of those singled out for their faith or their views ("Men armed with
    # machetes hacked to death a Hindu priest", "a secular blogger was hacked to death")
    r"hack(?:ed|ing) (?:[\w-]+ ){0,3}?to death (?:an? |the |two )?(?:[\w-]+ ){0,2}?"
    + _SINGLED_OUT
    + r"|"
    + _SINGLED_OUT
    + r" (?:[\w,-]+ ){0,4}?(?:was|were) hacked to death|"
    # "A Palestinian assailant stabbed two Israelis", "the assailant, a Palestinian from the West Bank"
    r"Palestinian (?:assailants?|attackers?|gunm[ae]n|stabbers?)|(?:assailant|attacker), a Palestinian|"
    # "An Israeli police officer was lightly wounded in a stabbing attack"
    # (not a prison officer stabbed by an inmate)
    r"(?<!prison )(?<!jail )(?<!correctional )(?:police(?: officers?|m[ae]n|wom[ae]n)?|officers?|soldiers?|troops|"
    r"guards?)\b[^.;]{0,50}?\b(?:stabbing|knife|car-ramming|ramming) attack"
    r"(?![^.;]{0,80}\b(?:inmates?|prisoners?|prison|jail|fight|brawl)\b)|"
    # a motive of hate or a cause: "citing a far-right motive", "out of radical Islamist motives"
    r"(?:far-right|extreme[- ]right(?:-wing)?|right-wing extremist|neo-Nazi|white supremacist|racist|anti-Semitic|"
    r"antisemitic|Islamist|jihadist) motives?|"
    # the beheading of a teacher, a priest, a hostage
    r"behead(?:ed|ing) (?:of )?(?:an? |the |two |three )?(?:[\w-]+ )?(?:teachers?|priests?|hostages?|journalists?|"
    r"aid workers?|soldiers?|police(?:man|men)?|officers?|tourists?|Christians?|captives?|prisoners?)\b|"
    # "A man drove a rented pickup truck down a bike path in Lower Manhattan, killing eight people"
    r"drove (?:a |an |the |his |her )?(?:[\w-]+ ){0,2}?(?:truck|van|lorry|car|vehicle|SUV) (?:down|along|onto|through) "
    r"(?:a |the )?(?:[\w-]+ ){0,2}?(?:bike path|cycle path|bicycle path|promenade|pavement|sidewalk|pedestrian "
    r"(?:street|zone|mall))\b[^.;]{0,80}?\b(?:killing|killed|injuring|wounding)\b|"
    # armed conflict: state and non-state forces fighting (ACLED-style political violence)
    r"(?:armed|military|government|rebel|regime|opposition|coalition|Israeli|Russian|Ukrainian|Syrian|Iraqi|"
    r"Afghan|Nigerian|Malian|Somali|Houthi|Kurdish|Turkish|[A-Z][a-z]+ian) (?:security |defen[cs]e |national )?forces|"
    r"troops|soldiers|(?<!Salvation )army|"
    r"combatants|cadres|(?<!fire )fighters|snipers?|mortars?|artillery|shelling(?! out)|airstrikes?|air strikes?|"
    r"drone strikes?|armed clash(?:es)?|gunfight|shoot-?out|front ?line|ceasefire violations?|"
    # more armed conflict: named forces, air raids, encounters, bombs planted or exploding
    r"(?:pro|anti)-[\w-]+ (?:fighters|militias?|militiamen)|air raids?|Maoists?|Naxal(?:ite)?s?|"
    r"(?:pro|anti)-(?:government|regime|Houthi|Assad|Hadi|Russian|Kyiv|Turkish|Turkey|coalition|GNA|LNA|Kurdish|"
    r"junta|Taliban|Balaka|Maduro|Haftar) forces|"
    r"(?:was|were|been|being) assassinated|assassination attempt|(?:attempt|plot|bid) to assassinate|assassinated (?:overnight|on|in|by|near|at)|"
    r"assassinat(?:ed|ion of|ing) (?:the |a |an )?(?:[\w-]+ ){0,3}(?:mayor|chief|leader|official|governor|judge|"
    r"attorney|minister|commander|journalist|priest|candidate|councill?or|activist|prosecutor|deputy|senator|"
    r"general|colonel|police\w*|officers?|magistrate|unionist|trade unionist)s?|"
    r"paramilitar(?:y|ies)|ambush(?:ed)? (?:on |of |against )?(?:a |an |the )?(?:\w+ )?(?:patrol|convoy|soldiers|"
    r"troops|police\w*|officers?|army|military|security|gendarm\w+)|(?:patrol|convoy|soldiers|troops|police\w*|"
    r"officers?|gendarm\w+) (?:\w+ )?(?:was |were )?ambushed|"
    r"(?:unknown|unidentified) (?:armed )?(?:individuals|persons|men|attackers|assailants|gunmen)|"
    r"(?:police\w*|officers?|soldiers?|troops|patrol|convoy|gendarm\w+) (?:[\w-]+ ){0,3}(?:after being |were |was )?ambushed|"
    # "The officers ... were responding to a call of shots fired when they were ambushed"
    r"(?:police\w*|officers|deputies|troopers|soldiers|troops) [^.;]{0,80}?\b(?:when|as) they were ambushed|"
    rf"{FORCES_KILL_CIVILIANS}|{POLITICAL_MURDER}|{LIFE_ATTEMPT}|{POLITICAL_KIDNAP}|"
    # a bomb aimed at a country's mission: "an explosive they were attempting to hurl at a U.S.
    # embassy warehouse exploded" (not a threat: "a bomb threat at the embassy")
    r"(?:bombs?|explosives?|explosive devices?|grenades?|dynamite)(?![ -](?:threats?|scares?|hoax(?:es)?|alerts?|"
    r"warnings?|squads?|disposal|detection|sniffing|experts?|technicians?|specialists?|makers?)\b)"
    r"(?:[^.;]|(?<=\b(?-i:[A-Z]))\.){0,80}?\b(?:embass(?:y|ies)|consulates?)\b|"
    r"ATGMs?|anti-tank (?:guided )?missiles?|(?:gun|armed|deadly) ambush|targeted killings?|target killings?|proscribed (?:group|organi[sz]ation|outfit)|"
    r"banned (?:outfit|militant)|self-defen[cs]e (?:groups?|militias?)|(?:armed |air |combat |military )drones?|"
    r"drones? (?:(?!to\b)[\w-]+ ){0,3}(?:struck|targeted|bombed|fired on)|"
    r"drones? (?:[\w-]+ ){0,2}?dropped (?:[\w-]+ ){0,2}?(?:explosives|explosive devices?|IEDs?|grenades?|bombs?)|"
    r"(?:explosive|explosives|bomb|IED|grenade)[- ](?:laden|packed|carrying|rigged) drones?|shells? (?:[\w-]+ ){0,4}(?:fell|landed)|"
    r"(?:indiscriminate|artillery|mortar) shell(?:s|ing)|(?:cache|stockpile|depot) of (?:[\w-]+ ){0,2}(?:explosives|"
    r"weapons|arms|munitions|ammunition)|(?:seized|discovered|found|recovered) (?:[\w-]+ ){0,4}(?:munitions|"
    r"explosives|grenades|rocket launchers|detonators)|(?:police\w*|officers?|soldiers?|gendarm\w+) (?:\w+ ){0,2}"
    r"(?:were |was )?(?:taken hostage|kidnapped|abducted)|"
    r"(?:forces|troops|soldiers|army|military) (?:and|with) (?:the )?(?:[\w()-]+ ){1,3}clashed|"
    r"(?-i:[A-Z]{2,5}) air ?force|small[- ]arms fire|(?:involving|with) (?:small[- ]arms|heavy machine-?guns?|"
    r"unknown weapons|(?:automatic )?grenade launchers)|air ?force (?:\w+ ){0,2}(?:targeted|struck|bombed|shelled|raided)|"
    r"violat(?:ed|ing|ion of) (?:the )?(?:ceasefire|cease-fire)|Line of Control|"
    r"(?:police|gendarmerie|army|military|security|border) (?:post|station|base|camp|checkpoint|patrol|convoy)s? "
    r"(?:was |were )?(?:attacked|ambushed|overrun|stormed)|(?:attacked|stormed|overran) (?:a |an |the )?(?:\w+ )?"
    r"(?:police|gendarmerie|army|military|security|border) (?:post|station|base|camp|checkpoint|patrol|convoy)|"
    r"attacks? (?:on|against) (?:a |an |the )?"
    r"(?:police|gendarmerie|army|military|security|border) (?:post|station|base|camp|checkpoint|patrol|convoy)|"
    r"encounter with (?:the )?(?:\w+ )?(?:security forces|police|troops|army|soldiers|forces)|"
    # "Three gendarmes were killed in an attack on their post in Kantchari"
    r"(?:soldiers|gendarm\w+|policemen|police officers|officers|troops|guards) (?:[\w-]+ ){0,3}?(?:were|was|had been|"
    r"have been) (?:killed|wounded|injured) in an? (?:[\w-]+ )?attack on (?:their|its|an?|the) (?:[\w-]+ )?"
    r"(?:post|base|camp|checkpoint|position|patrol|convoy|station|barracks)s?\b|"
    r"(?:planted|placed|detonated|hurl(?:ed|ing)|threw|lobbed) (?:a |an |the |two |three )?(?:\w+ )?"
    r"(?:bombs?|explosives?|grenades?)|"
    # ... and the same told in the passive: "a bomb was thrown at a rally"
    r"(?:bombs?|explosives?|grenades?) (?:was|were|had been|have been) "
    r"(?:thrown|hurled|lobbed|planted|placed|detonated)|"
    # "a medium-sized bomb partially destroyed a secondary school"
    rf"(?:{_NOT_NUCLEAR}bombs?|grenades?),? (?:\w+ ){{0,5}}(?:exploded|went off|destroyed|damaged|ripped through|"
    r"tore through)|grenade attacks?|"
    # "A bomb struck a minibus in Quetta", "A roadside bomb killed a soldier and a child in Gao" (not a
    # state's bomb, "A Russian bomb hit a hospital", nor a threat, a "bomb cyclone" or an "F-bomb")
    r"\b(?:an?|the) (?:(?:roadside|car|truck|suicide|homemade|home-made|makeshift|powerful|parcel|letter|pipe|"
    r"nail|improvised|magnetic|sticky|motorcycle|bicycle|time|remote-controlled|hidden|second|huge|massive|crude)"
    r"[ -])?bombs?(?! (?:threats?|scares?|hoax(?:es)?|cyclones?|squads?|alerts?)\b)(?: \w+){0,4}? "
    r"(?:struck|hit|killed|killing|wounded|wounding|injured|injuring)\b|"
    r"(?-i:(?:[A-Z]{2,6}|[A-Z][a-z]{3,}(?:ian|ese|ish|ean|abe|i|an)) (?:forces|troops|soldiers|militiamen|fighters)))\b",
    re.IGNORECASE,
)
# the same, tried only where one of its alternatives may start (the screen runs it on every article)
STRONG_SCAN = Prefixed(STRONG_CONTEXT)

# "ruled out terrorism", "not terror-related": context words under a negation do not count.
NEGATED_CONTEXT = re.compile(
    r"\b(?:(?<!not )(?<!n't )(?<!never )ruled out (?:any |a )?(?:\w+ ){0,3}|no (?:indication|sign|evidence|suggestion) (?:of|that) (?:\w+ ){0,2}|"
    r"(?:was|is|were|are) not (?:being treated as )?(?:\w+ )?|not (?:a |an )?|nothing to do with |unrelated to |"
    # ("No terrorism link was alleged", "no connection to terrorism")
    r"no (?:links?|connections?|ties|nexus) (?:to|with) (?:any )?)"
    r"(?:terror(?:ism|ist)?(?:[- ]related)?|extremis\w+|jihadi\w*|militan\w+)(?: (?:motive|link|act|attack|incident))?|"
    r"\bno (?:terror(?:ism|ist)?|extremist|militant|jihadist) (?:links?|connections?|ties|motives?|nexus)\b|"
    # a counter-terrorism body said to stay out: "anti-terrorism police were not involved", "the
    # anti-terrorism prosecutor's office said it would not take up the case"
    r"\b(?:counter|anti)-?terror(?:ism)? (?:police|prosecutors?|prosecutor's office|unit|squad|officers)"
    r"(?= (?:(?:were|was|is|are) not|(?:has|have|had) not|said (?:it|they) would not|declined|will not)\b)",
    re.IGNORECASE,
)

# Close negatives: cues that an explosion, "attack" or violence is something else.
NEGATIVE_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "accident",
        re.compile(
            r"\b(?:gas (?:leak|explosion|cylinder|canister|pipe(?:line)?)|boiler|"
            r"industrial (?:accident|blast|explosion)|(?:chemical|factory|plant|refinery|mine) "
            r"(?:blast|explosion|fire)|accidental(?:ly)?|short[- ]circuit|electrical fault|"
            r"faulty wiring|fireworks? (?:factory|warehouse|accidents?)|gas station explosion)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "sport",
        re.compile(
            r"\b(?:football|soccer|striker|midfielder|goalkeeper|winger|league (?:match|game|title|leaders)|"
            r"championship|tournament|scored (?:a|two|three|the) (?:goal|try|penalty)|penalty (?:kick|shoot-?out)|"
            r"basketball|cricket|rugby|tennis|Wimbledon|Grand Slam|the (?:home|away) side|fixture|kick-?off|"
            r"half-?time|stadium|"
            r"(?:football|the|a|\w+'s) match|supporters clashed|hooligans|ultras|"
            r"\d+-\d+ (?:win|victory|defeat|draw))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "markets",
        re.compile(
            r"\b(?:stocks?|shares (?:fell|rose|crashed|plunged|tumbled)|market crash|(?:stock|financial|bond|equity|"
            r"currency|oil) markets?|markets? (?:crashed|tumbled|plunged|rallied|fell)|investors|"
            r"index (?:fell|dropped|plunged)|Dow Jones|Nasdaq|cryptocurrenc\w+|bitcoin|sell-?off|stock exchange|"
            # ("Oil prices rose more than 1% on Monday as attacks by Yemen's Houthis on shipping ...")
            r"(?:oil|crude|Brent|gold|wheat|grain|fuel) prices? (?:rose|fell|climbed|jumped|dropped|slipped|edged|surged|"
            r"gained|eased|rallied|slumped|spiked)|(?:freight|shipping|charter|insurance) (?:rates|costs|premiums)\b[^.;]{0,60}?\s(?:have\s+|has\s+)?"
            r"(?:rose|risen|soared|surged|climbed|jumped|doubled|tripled|increased))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "review",
        re.compile(
            r"\b(?:film|movie|novel|documentary|director|box office|premiere[ds]?|cast|screenplay|University Press|"
            r"review|book|author|thriller|series|episode|actor|actress|festival|stars? as|video games?|gameplay|"
            r"franchise|PlayStation|Xbox|Nintendo|multiplayer|playable|"
            # television: "Game of Thrones Recap", "this season's finale", "the showrunners"
            r"recaps?|season (?:premiere|finale|\d+)|showrunners?|HBO|Netflix|sitcom|TV show|viewers|"
            r"(?:first|second|third|fourth|fifth|sixth|final|new|next|last) season|(?:this|the) show(?! of| trials?)|"
            r"audiences|(?:prestige |TV |television |costume |period )dramas?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "history",
        re.compile(
            r"\b(?:anniversary|commemorat\w+|memorial (?:service|ceremony)|remember(?:ed|ing)|"
            r"years? (?:ago|after|since)|decades? (?:ago|after)|wreath|tribute|victims? of the \d{4}|"
            r"marked the|in memory)\b",
            re.IGNORECASE,
        ),
    ),
    ("medical", re.compile(r"\b(?:heart attack|panic attack|asthma attack|stroke|seizure)\b", re.IGNORECASE)),
    (
        "exercise",
        re.compile(
            # ("took part in a mock terrorist attack")
            r"\b(?:exercise|drill|simulat(?:ed|ing|ion)|mock (?:[\w-]+ )?(?:attack|scenario|raid|bombing|"
            r"hostage[- ]taking|siege)|rehears\w+)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "cyber_prank",
        re.compile(
            # "Hackers hit KKK.com as part of a larger attack against the web host" (not "hacked to death")
            r"\b(?:server|gamers?|video game|hackers?|hacked(?! to death)|hacking|data breach|web ?hosts?|"
            r"hackers? (?:targeted|attacked) (?:the )?(?:game|site|"
            r"server)|DDoS|denial[- ]of[- ]service|website (?:crashed|went down)|(?:hacking|cyber|cyber-|ransomware|"
            r"phishing|malware) attacks?|cyber-?attacks?|cybersecurity)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "disaster",
        re.compile(
            r"\b(?:earthquake|flood(?:s|ing)?|hurricane|cyclone|typhoon|landslide|wildfire|"
            r"tsunami|volcan\w+|storm|drought|tornado)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "protest",
        re.compile(
            r"\b(?:protest(?:s|ers|ed|ing)?|demonstrat(?:ion|ions|ors|ed)|rall(?:y|ies)|"
            # (to demonstrate somewhere or against something, not to show: "demonstrating that the
            # group can strike", "wanted to demonstrate to the world")
            r"demonstrat(?:e|ing)\s+(?:in|at|outside|against|near|in\s+front\s+of)\b|"
            r"march(?:ed|ers)|sit-?in|strike action|went on strike|riot(?:s|ers|ing|ed)?|"
            r"mob|looting(?!\s+(?:livestock|cattle|goats|camels|animals|food(?:stuffs?)?|grain|weapons|arms|ammunition|medic\w+|"
            r"supplies|fuel))|looters|agitat(?:ors?|ing|ion)|picket(?:s|ers|ing)?|bandh|hartal|general strike|"
            r"shutdown|stone[- ]?pelt\w*|pelted stones|lathi[- ]?charg\w*|tear ?gas|teargas)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "crime",
        re.compile(
            r"\b(?:robbery|robbers|burglar\w*|drug (?:traffick\w+|dealers?|gang|bust|cartel)|"
            r"cocaine|heroin|cannabis|hashish|smuggl\w+|domestic (?:dispute|violence)|"
            r"(?:family|neighbou?r|land|marital) dispute|jealous\w*|love affair|road rage|"
            r"(?:his|her) (?:wife|husband|girlfriend|boyfriend|neighbou?r)|mafia|gang(?:s|ster)?|"
            r"rap(?:e|ed|ing|ist)|sexual(?:ly)? assault\w*|molest\w*)\b",
            re.IGNORECASE,
        ),
    ),
)


# a word written or shouted, in quotation marks: 'a piece of paper with "bomb" written on it'
_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019"
_WORD_GIVEN_BEFORE = re.compile(
    r"\b(?:with|word|words|saying|reading|read|shouted|shouting|yelled|yelling|screamed|screaming|cried|"
    r"wrote|written)\s+$",
    re.IGNORECASE,
)
_WORD_GIVEN_AFTER = re.compile(r"\s+(?:written|scrawled|painted|sprayed|scribbled)\b", re.IGNORECASE)


def _word_given(text: str, a: int, b: int) -> bool:
    if a == 0 or b >= len(text) or text[a - 1] not in _QUOTE_MARKS or text[b] not in _QUOTE_MARKS:
        return False
    return bool(
        _WORD_GIVEN_BEFORE.search(text, max(0, a - 20), a - 1) or _WORD_GIVEN_AFTER.match(text, b + 1)
    )


# each rule's pattern with the letters its matches begin with (a text holding none is not searched)
_SCREENS = Screens([trig.pattern for trig in TRIGGERS])


_SIEGE_ENDED = re.compile(
    r"\b(?:end(?:ed|ing|s)?|broke|lifted|ending)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)


_SIEGE_OF_FORCES = re.compile(
    r"\b(?:army|military|forces|troops|police|soldiers|commandos|government)['\u2019]s?\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_BY_FORCES_AFTER = re.compile(
    r"[^.;]{0,60}?\bby\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:army|military|forces|troops|police|soldiers|commandos)\b",
    re.IGNORECASE,
)
# "Somali forces ended a three-day siege of a hotel in Mogadishu by al Shabaab militants": the
# attack itself, told with its end
_BY_MILITANTS_AFTER = re.compile(
    r"[^.;]{0,60}?\bby\s+(?:[\w-]+\s+){0,3}?(?:militants|gunmen|fighters|attackers|jihadists|Islamists|"
    r"insurgents|extremists|terrorists)\b",
    re.IGNORECASE,
)


def find_triggers(text: str) -> list[tuple[Trigger, int, int]]:
    """Every trigger match in ``text``: (rule, start, end), in text order (not a word written or
    shouted in quotation marks)."""
    out: list[tuple[Trigger, int, int]] = []
    may = _SCREENS.which(text)
    for i, trig in enumerate(TRIGGERS):
        if i not in may:
            continue
        for m in trig.pattern.finditer(text):
            if trig.name == "siege" and (
                (
                    _SIEGE_ENDED.search(text, max(0, m.start() - 40), m.start())
                    and not _BY_MILITANTS_AFTER.match(text, m.end())
                )
                or _SIEGE_OF_FORCES.search(text, max(0, m.start() - 40), m.start())
                or _BY_FORCES_AFTER.match(text, m.end())
            ):
                # "security forces ended a deadly siege of a beachfront restaurant": the end of an
                # attack, told after it (the attack is told on its own words); "the army's siege of
                # the Red Mosque": an operation of the state's forces
                continue
            if not _word_given(text, m.start(), m.end()):
                out.append((trig, m.start(), m.end()))
    out.sort(key=lambda x: (x[1], x[2]))
    return out
