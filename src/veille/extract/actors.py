"""Actors of one happening, with their roles, from the knowledge base's matches.

A named armed group is the perpetrator of an attack only when the text ties it to the attack:
it is the subject ("Al-Shabaab gunmen stormed"), the attack is attributed or claimed ("Boko
Haram was behind the attack"), or the attackers are its members. Otherwise a group mentioned
in an attack report is context, not the perpetrator. Agencies act (agent), are attacked (target)
or report (source). Passive sentences keep their record; the agent is then implied by context.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import replace

from wordfreq import zipf_frequency

from veille.extract import people
from veille.extract._dates_lexicon import WEEKDAY_ALT
from veille.extract.asides import CALLED_FOR
from veille.extract.claimants import DAY_OR_MONTH, SAYS_NOT_WHICH, claimants, of_armed_people
from veille.extract.lexicon import DEFUSED, EARLIER_ONES, SPEECH_VERBS
from veille.kb.actors import ActorKB, ActorMatch, GenericMatch
from veille.records import Actor, AnnotatedArticle, Sentence, Span

_I = re.IGNORECASE
# the words of a claim or a charge, in both patterns below
_CHARGED = (
    r"attributed|blam(?:ed|ing)|responsib\w+|carried out by|suspects (?:the )?(?:banned |outlawed )?|"
    # ("Police suspect the Bangsamoro Islamic Freedom Fighters")
    r"(?:(?<=police )|(?<=officials )|(?<=authorities )|(?<=investigators )|(?<=they ))suspect (?:the )?"
    r"(?:banned |outlawed )?|"
    r"suspected(?! of being (?:occupied|controlled|used)\b)|believed to (?:be|have)|accused|"
    r"said (?:one of )?its (?:fighters|members)"
)
CLAIM = re.compile(
    r"\b(?:claimed (?:responsibility|the|their|its)|claim(?:ing|s)? responsibility|(?:was|were) behind|"
    + _CHARGED
    + r"|(?:militants|fighters|members|gunmen|insurgents|jihadists) (?:of|from|belonging to|linked to|loyal to|"
    # ("by a U.S.-born gunman pledging allegiance to Islamic State": one man is a claim when tied to it)
    # (not a place's state: "suspected of being occupied by Taliban and al Qaeda fighters"; "held",
    # "overrun" and "besieged" may be the deed: "two hostages held by Islamic State militants")
    r"affiliated)|(?<!occupied )(?<!controlled )"
    r"by (?:suspected )?(?:[\w.'-]+ ){0,3}(?:militants?|fighters?|members?|gunm[ae]n|insurgents?|"
    r"jihadists?))\b",
    _I,
)
# the words of a claim or a charge themselves (CLAIM also takes the group's men: "militants of")
CLAIMED = re.compile(
    r"\b(?:claimed|claim(?:ing|s)? (?:of )?responsibility|(?:was|were|is|are) behind|"
    + _CHARGED
    + r"|(?:perpetrated|committed|staged|planted) by|\w+ed by (?:an? |the )?(?:suspected )?(?:\w+ ){0,3}"
    r"(?:militants|fighters|members|gunmen|insurgents|jihadists|guerrill?as|terrorists|rebels|cells?|commandos?))\b",
    _I,
)
NO_CLAIM = re.compile(
    r"\bno (?:group|one|organi[sz]ation)\b[^.]{0,30}\bclaimed|\b(?:there was|there has been|there were|there have "
    r"been) no (?:immediate )?claims? of responsibility",
    _I,
)
SUBJECT_AFTER = re.compile(
    # (the words before may join another group: "JNIM and/or ISGS militants attacked"; not a
    # reporting clause after a comma: "... for the Nusra Front, authorities said"; its own is, "Amaq
    # news agency, which is associated with Islamic State, said the group had destroyed"; "The
    # Taliban, its spokesman said, attacked")
    r"^(?!\s*,\s*(?!its\b|their\b)(?:[\w'-]+\s+){1,3}?(?:said|says|told|reported|added)\b)"
    r"\W*(?:[(\[][^)\]]{1,20}[)\]]\s*)?(?:(?:and/or|[\w'-]+)\s+){0,4}?(?:gunm[ae]n|fighters|militants|"
    r"insurgents|jihadists|"
    r"members|attackers|bombers?|suicide bombers?|terrorists|guerrill?as|rebels|commandos?|militiam[ae]n|"
    r"militias?)?\s*"
    # (the end of an aside naming them: "unknown gunmen (presumably JNIM militants) shot dead", or
    # of their unit's name in quotes: 'A SHINING PATH "ELIMINATION COMMANDO" MURDERED')
    r"(?:[)\]\"\u201d]\s*)?"
    # (and who came with them: "Koglweogo militiamen accompanied by a village councilman executed")
    r"(?:(?:accompanied|backed|supported|joined) by (?:[\w-]+\s+){1,5}?)?"
    # "Boko Haram gunmen armed with machine guns invaded Dalori"
    r"(?:armed with (?:[\w-]+\s+){1,3}?)?"
    r"(?:have |has |had |are |is |were |was )?(?:attacked|stormed|ambushed|dynamited|"
    # ("presumed JNIM militants continued to attack Koutougou")
    r"continued to (?:attack|raid|shell|target|kill|abduct)|"
    # ("THE FMLN RENEWED ITS ATTACKS EARLY ON 29 NOVEMBER")
    r"(?:renewed|resumed|stepped\s+up|intensified)\s+(?:its|their)\s+(?:attacks?|offensive|assaults?)|"
    # ("the Salvadoran army is bombing the civilian population")
    r"(?:is|are|has been|have been) (?:bombing|attacking|shelling|massacring|killing)|"
    # ("the Burkinabe armed forces reportedly cordoned off the area of Tiemboulo and executed 40 civilians")
    r"(?:cordoned off|surrounded|encircled|rounded up)\s+(?:[\w-]+\s+){0,5}?and\s+(?:summarily\s+)?"
    r"(?:executed|killed|shot)|"
    r"recruit\w*|lur\w+|handing|sen(?:d|t|ding)|train\w*|smuggl\w+|"
    r"killed|abducted|kidnapped|bombed|shot|opened fire|set fire|torched|seized|raided|struck|launched|"
    r"carried out|carrying out|detonated|fired|blew up|beheaded|massacred|overran|targeted|hit|burned|destroyed|"
    r"assassinated|executed|summar(?:il)?y executed|looted|shelled|planted|hijacked|burnt|wounded|injured|"
    r"beat|whipped|assaulted|abducted|ransacked|entered|invaded|swept into|"
    # ("Taliban militants threw a grenade at a mosque")
    r"(?:threw|hurled|lobbed)\s+(?:an?\s+|the\s+|two\s+|several\s+)?(?:[\w-]+\s+)?(?:grenades?|bombs?|"
    r"explosives?|explosive devices?|petrol bombs?|molotov cocktails?|firebombs?|IEDs?|acid)|"
    r"stabbed|murdered|gunned down|rammed|tortured|hacked|slaughtered|butchered|"
    r"warned|threatened|vowed|published|released|issued|called|urged|said|claimed)",
    _I,
)
# the group's name as the attack's attribute: "an Islamic State attack", "a Taliban suicide bombing"
ITS_ATTACK_AFTER = re.compile(
    # ... or told as its own: "the Taliban's latest attack on the outskirts of Kabul"
    r"(?:['\u2019]s?(?:\s+(?:latest|deadliest|biggest|most\s+recent|recent|new|last|worst|first|second|third))?)?"
    r"\s+(?:(?:suicide|car|truck|bomb|gun|rocket|mortar|drone|militant|terrorist|insurgent)\s+)?"
    r"(?:attacks?|bombings?|assaults?|ambush(?:es)?|offensives?|raids?|massacres?)\b"
    # ... and the device it laid: "an IS landmine planted on a road", "a Taliban roadside bomb"
    r"|\s+(?:(?:roadside|car|truck|suicide|magnetic|sticky)\s+)?(?:(?:land)?mines?|IEDs?|bombs?|"
    r"improvised explosive devices?)\s+(?:planted|laid|placed|hidden|buried|exploded|detonated|went off|"
    r"struck|hit|killed|wounded|injured|targeted)\b",
    _I,
)
# ("on" a day is no target: "ON 26 JANUARY SHINING PATH TERRORISTS MURDERED")
_ON_NO_DAY = (
    r"on(?!\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b))"
)
AS_TARGET_BEFORE = re.compile(
    r"\b(?:against|targeting|"
    + _ON_NO_DAY
    + r"|killing|killed|struck|hit|raided|attacked|ambushed|bombed|hideouts? of|"
    r"positions of|members of|suspected members of|fighters of|loyal to|linked to|affiliated (?:to|with)|"
    r"belonging to|pledged allegiance to|supporters? of|sympathi[sz]ers? of|on behalf of|inspired by|"
    # (not "five soldiers were killed when Taliban militants ambushed": a clause of its own)
    r"for|joined|join|to join)\s+(?:the\s+)?(?:(?!(?:when|while|as|after|before|because|since)\s)[\w'-]+\s+){0,3}$",
    _I,
)
# a state force as what an attack is aimed at: "an attack on forces belonging to the African Union",
# "attacks against the army", "training for a large-scale attack” on forces ..."
_ATTACKED_FORCE_BEFORE = re.compile(
    r"\b(?:attacks?|assaults?|ambush(?:es)?|offensive)[\"\u201d\u2019']?\s+(?:on|against)\s+(?:the\s+)?"
    r"(?:(?:[\w'-]+\s+){0,2}(?:forces|troops|soldiers|bases?|convoys?|positions|peacekeepers)\s+"
    r"(?:belonging\s+to|of|from)\s+(?:the\s+)?)?(?:[\w'-]+\s+){0,2}$",
    _I,
)
# The group's own outlet, fighters or cell, as the subject: "an outlet linked to the Islamic State".
AFFILIATE_BEFORE = re.compile(
    r"\b(?:outlets?|media|agency|channels?|fighters|militants|members|supporters|gunm[ae]n|cells?|wing|"
    r"branch|faction|insurgents|jihadists)\s+(?:linked to|loyal to|affiliated (?:to|with)|allied (?:to|with)|"
    r"of|from)\s+(?:the\s+)?$",
    _I,
)
# (not a reporting clause after a comma: "on behalf of Islamic State, officials said" is no group's
# officials; '"THE EXTRADITABLES," SPOKESMEN FOR THE MAFIAS, SAID' are its own)
OFFICIAL_AFTER = re.compile(
    r"^(?!\W*,\s*(?:[\w'-]+\s+){0,2}?(?:said|says|told)\b)"
    r"\W*(?:officials?|spokesm[ae]n|spokesperson|government|authorities|administration|police|"
    r"interior ministry|ministry|governor|commanders? said|-led government|-run)",
    _I,
)
SOURCE_NEAR = re.compile(
    r"\b(?:according to|said|says|told|quoted|reported|announced|stated|confirmed|observed|recorded|"
    r"documented)\b",
    _I,
)
MEDIA_NAME = re.compile(r"\b(?:news agency|media|press|magazine|newspaper|radio|television)\b", _I)

AGENT_KINDS = {"police", "security_agency", "judiciary", "military", "government", "international"}
# the envoys, officials and offices of an international body ("the U.N. envoy", "the UN refugee agency")
_OFFICIAL_AFTER = re.compile(
    r"\s*(?:['\u2019]s\s+)?(?:[\w-]+\s+)?(?:envoys?|officials?|spokes(?:man|woman|person)|chief|"
    r"secretary[- ]general|rapporteurs?|report|monitors?|investigators?|experts?|agency|agencies|"
    r"(?:human rights|humanitarian|refugee|children's) (?:office|agency|fund|chief)|coordinators?|"
    r"statement|said|says)\b",
    re.IGNORECASE,
)
FORCE_KINDS = {"police", "military", "security_agency"}
# "murdered by FMLN units", "an ambush by the Taliban", "the second market bombing by the Islamic
# State": the group is the agent of a passive or of the deed named
# who holds or uses a place: "a checkpoint controlled by Houthi rebels", "manned by the PMF"
_HOLDING_VERBS = "controlled|owned|used|manned|guarded|occupied|protected"
BY_AGENT_BEFORE = re.compile(
    # (not whoever holds or uses a place, nor who founded, backed or visited it)
    rf"\b(?:(?!(?:{_HOLDING_VERBS}|founded|backed|frequented|"
    r"inhabited|populated|administered|governed|dominated|surrounded|besieged|visited|retaken)\b)\w+ed|"
    r"carried out|held (?:captive|hostage)|"
    r"(?:attacks?|ambush(?:es)?|bombings?|raids?|assaults?|offensives?|massacres?|kidnappings?|abductions?))"
    # (a time between: "kidnappings carried out in the last few decades by Abu Sayyaf")
    r"(?:\s+(?:in|over|during|since) (?:the )?(?:[\w-]+ ){0,3}?(?:years?|decades?|months?|weeks?|\d{4}s?))?"
    # (or a day: "kidnapped on 12 and 13 February by a UC-ELN command group")
    r"(?:\s+on\s+(?:\d{1,2}(?:\s+and\s+\d{1,2})?\s+[A-Za-z]+\.?|[A-Za-z]+day|[A-Za-z]+\.?\s+\d{1,2}))?"
    r"\s+by\s+(?:the\s+|an?\s+)?"
    r"(?:suspected\s+|presumed\s+|alleged\s+)?"
    # (the kind of group named first: "held captive by the militant group Abu Sayyaf")
    r"(?:(?:militant|armed|rebel|terrorist|jihadist|extremist|insurgent|Islamist|guerrilla) "
    r"(?:group|organi[sz]ation|movement|faction)\s+)?"
    # (its men: "kidnapped by guerrillas of the ELN", "planted by members of the Communist Party")
    r"(?:(?:[\w-]+\s+)?(?:terrorists|guerrill?as|rebels|members|militants|fighters|commandos|insurgents|"
    r"units|gunmen|elements|cells?)\s+(?:of|from|belonging to)\s+(?:the\s+)?)?"
    # (a faction's prefix: "kidnapped ... by a UC-ELN command group")
    r"(?:(?-i:[A-Z]{1,4})-)?$",
    _I,
)
# ... or of the deed told with its object or place first: "in an attack on the army post in San
# Ramon by FMLN units", "the kidnapping of two engineers by Abu Sayyaf" (not of whoever holds the
# place attacked: "an attack on a checkpoint held by Houthi rebels")
_DEED_OF_THEN_BY = re.compile(
    r"\b(?:attacks?|ambush(?:es)?|bombings?|raids?|assaults?|massacres?|kidnappings?|abductions?|"
    r"killings?|murders?|assassinations?|shootings?|burning)\s+(?:on|against|of|at|in|near)\s+"
    r"[^,;:()\[\]\"\u201c\u201d]{1,80}?(?<!\bheld)(?<!\brun)(?<!\bbuilt)(?<!\bowned)(?<!\bused)"
    r"(?<!\bcontrolled)(?<!\bmanned)(?<!\bguarded)(?<!\boccupied)(?<!\bfounded)(?<!\bled)(?<!\bbacked)"
    r"(?<!\btaken)(?<!\bretaken)(?<!\boverrun)(?<!\bwon)(?<!\bfrequented)(?<!\bprotected)(?<!\bvisited)"
    r"\s+by\s+(?:the\s+)?$",
    _I,
)
# a group's outlet: "Hezbollah's al-Manar TV", "the Taliban's website"
_OUTLET_OF = re.compile(
    r"^['\u2019]s\s+(?:[\w-]+\s+){0,3}?(?:(?-i:TV)|television|radio|news agency|newspaper|channel|website|"
    r"media (?:arm|wing|outlet)|mouthpiece)\b",
    _I,
)
# harm done by a state's men: "killed and 67 wounded by foreign forces", "killed by U.S. air strikes"
_HARMED_BY_FORCES = re.compile(
    r"\b(?:killed|wounded|injured|hurt|harmed)\s+(?:[\w,-]+\s+){0,5}?by\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}?"
    r"(?:forces|troops|soldiers|military|army|police|policemen|(?:air|drone)\s?strikes?|warplanes|aircraft)\b",
    _I,
)
# a body's name as the modifier of its things: "U.S. military information", "Army secrets"
_ITS_THINGS_AFTER = re.compile(
    r"\s+(?:information|secrets|data|documents|designs|plans|technology|equipment|hardware|"
    r"contractors?|computers?|networks?|systems?|files|databases?|servers?)\b",
    _I,
)
# a body named for a gathering of it: "a NATO conference", "an EU summit"
_SETTING_AFTER = re.compile(
    r"\s+(?:conference|summit|meeting|session|congress|gathering|forum)s?\b|"
    # ... or its leaders gathered: "as EU leaders met on the other side of the city"
    r"\s+(?:leaders|heads of (?:state|government)|(?:foreign |defen[cs]e |interior )?ministers)\s+"
    r"(?:met|gathered|were meeting|are meeting|meet|convened)\b",
    _I,
)
# what a deed answers: "carried out the killings in retaliation for U.S. military action": the body
# whose acts are named as the cause is no party to it
# (the body right after the words: not "In response to the attack the FBI arrested two men")
_CAUSE_BEFORE = re.compile(
    r"\b(?:retaliation|revenge|reprisals?|response|protest|anger|vengeance)\s+(?:for|against|at|over|to)\s+"
    r"(?:the\s+|an?\s+)?$"
    r"|\bto\s+avenge\s+(?:the\s+)?$",
    _I,
)
# the bodies that list a group as terrorist: "the PKK - considered a terrorist organization by
# Ankara, the European Union and the United States" (no party to the happening, no source)
_LISTS_IT_BEFORE = re.compile(
    r"\b(?:considered|designated|listed|deemed|branded|regarded|labell?ed|classed|blacklisted)\s+(?:as\s+)?"
    r"(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:organi[sz]ations?|group|entity|outfit)\s+by\s+(?:[\w.'\u2019-]+,?\s+){0,8}$",
    _I,
)
# ... and the bodies a town is home to
_HOME_OF_BEFORE = re.compile(
    # (a town's aside, not a building attacked: "detonated outside the headquarters of the Afghan
    # Interior Ministry")
    r"(?:,|\bwhich\s+is|\bis)\s+(?:the\s+)?(?:headquarters|home|seat)\s+(?:of|to)\s+(?:the\s+)?"
    r"(?:[\w.'\u2019-]+,?\s+(?:and\s+|as\s+well\s+as\s+)?){0,8}$",
    _I,
)
# a body whose figure or report the sentence cites: "estimated by the United Nations at 90,000"
_CITED_BY_BEFORE = re.compile(
    r"\b(?:estimated|reported|counted|cited|quoted|verified|compiled|published|tallied)\s+"
    r"by\s+(?:the\s+)?$",
    _I,
)
# ... or who names the deed: "in what the FBI called a targeted act of terror"
_IN_WHAT_BEFORE = re.compile(r"\bin what (?:the\s+)?$", _I)
_CALLED_AFTER = re.compile(r"\s+(?:has\s+|have\s+)?(?:called|described as|termed|labell?ed|branded)\b", _I)
# the people a force shot were its assailants: "shot two Palestinians who opened fire at them"
_ASSAILANTS_SHOT = re.compile(
    r"\b(?:who|after (?:they|he|she))\s+(?:had\s+|allegedly\s+|reportedly\s+)?(?:opened fire|attacked|"
    r"stabbed|tried to (?:stab|attack|kill|run over)|fired (?:on|at)|rammed|ran over|shot at)\b|"
    # ("A man was shot dead by police after attacking officers with a knife"; not "soldiers killed 12
    # civilians while attacking a village")
    r"\bby\s+(?:the\s+)?(?:police|officers?|policem[ae]n|soldiers|troops|guards?|security forces)\s+"
    r"(?:[\w-]+\s+){0,3}?after\s+(?:having\s+)?(?:opening fire|attacking|stabbing|trying to (?:stab|attack|kill|"
    r"run over)|firing (?:on|at)|ramming|running over)\b|"
    # ... or the attacker's end told after his deed: "stabbed two people ... before he was shot dead by
    # police"
    r"\bbefore\s+(?:being|he\s+was|she\s+was|they\s+were)\s+(?:shot|gunned\s+down|killed|overpowered)\b|"
    # ("... and was shot by a soldier", "before soldiers shot him")
    r"\b(?:and|but)\s+was\s+(?:shot|wounded|killed)\s+by\s+(?:an?|the)\s+(?:soldier|police\s+officer|officer|policeman|"
    r"guard)\b|\bbefore\s+(?:soldiers|police|officers|troops|guards)\s+shot\s+(?:him|her|them)\b|"
    # ("... injuring one, before soldiers opened fire and wounded him")
    r"\b(?:before|until|when)\s+(?:the\s+)?(?:soldiers|police(?:men)?|officers|troops|guards|gendarmes)\s+"
    r"(?:opened\s+fire|returned\s+fire|fired)\b[^.;]{0,40}?\b(?:wounded|killed|shot|injured|hit)\s+(?:him|her|them)\b",
    _I,
)
# "... were killed by soldiers of the ...", "executed by the Burkinabe army"
BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$", _I)


_INVESTIGATES_AFTER = re.compile(
    # ("the FBI and Orlando police were still pulling bodies from Pulse": who came after it)
    r"(?:\s+and\s+(?-i:[A-Z])[\w-]*(?:\s+[\w-]+){0,2}?)?"
    # ("FBI agents questioned a member of the mosque": its men, after the deed)
    r"(?:\s+(?:agents|officers|investigators|detectives|officials))?"
    r"\s+(?:(?:(?:is|was|are|were|has been|have been|had been)\s+)?(?:also\s+|now\s+|still\s+)?"
    r"(?:investigating|probing|looking into|examining|searching for|hunting|questioning|interviewing|"
    r"treating (?:it|the \w+) as|leading the investigation|pulling|recovering|removing|evacuating|"
    r"cordoning|sealing off|securing)\b|"
    # (in the active past only: "were questioned" tells of them questioned)
    r"(?:also\s+|later\s+)?(?:questioned|interviewed|investigated|probed)\b|"
    # ("The CTD suspects the banned Lashkar-e-Jhangvi": who weighs the doers)
    r"(?:suspects|suspected|blames|blamed|believes|believed)\s+(?:that\s+)?(?:the\s+)?(?:banned\s+|outlawed\s+)?"
    r"(?=(?-i:[A-Z])))",
    _I,
)


def _sentence_start(ann: AnnotatedArticle, at: int) -> int:
    sent = ann.sentence_at(at)
    return sent.start if sent is not None else 0


def _sentence_text(ann: AnnotatedArticle, sent: Sentence | None) -> str:
    return ann.text[sent.start : sent.end] if sent else ""


# "a man who was pummeled by suspects shouting "ISIS, ISIS,"": a name shouted is no group's deed
_SHOUTED = re.compile(
    r"\b(?:shout\w*|chant\w*|yell\w*|scream\w*|cried|cries|crying)\s+(?:out\s+)?[\"\u201c\u2018'][^\"\u201d\u2019]{0,40}$",
    _I,
)


# a state's war on a group ("coalition planes fly raids on ISIS targets"): the group named right after
# it, in an attack's sentences, is no target of the attack
_STATE_WAR = re.compile(
    r"\b(?:coalition|air ?strikes?|air raids?|raids on|military response|warplanes|advances against|"
    r"(?:government|army|military) (?:advances|offensive|forces|troops))\b",
    _I,
)
_ATTACK_ON_BEFORE = re.compile(
    r"\b(?:attacks?|assaults?|ambush(?:es)?)\s+(?:on|against)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$", _I
)
# the group as a goal or a model, even beside a charge: "A man accused of killing four people ...
# expressed a desire to travel to Iraq to support the Islamic State militant group", "A gunman
# inspired by Islamic State killed 49 people" (who inspired the doer is no doer)
_GOAL_BEFORE = re.compile(
    r"\b(?:to support|to join|(?<!claimed )(?<!carried out )(?:inspired|influenced) by)\s+"
    # (not "to join the fight against Islamic State": the group fought)
    r"(?:the\s+)?(?:(?!(?:fight|war|battle|struggle|campaign|offensive|against)\b)[\w'-]+\s+){0,2}$",
    _I,
)


# a legal step done to the group's man named next: "arrested an al Shabaab official"
_STEP_DONE_TO_BEFORE = re.compile(
    r"\b(?:arrested|detained|captured|caught|apprehended|extradited|deported|expelled|charged|indicted|"
    r"sentenced|convicted|jailed|released|freed|freeing|arresting|detaining|capturing)\s+"
    r"(?:an?|the|two|three|four|five|several|\d+)\s+(?:senior\s+|top\s+|former\s+|suspected\s+|alleged\s+|"
    r"local\s+|regional\s+)*$",
    _I,
)
# one who admires the group, not its man: "An Islamic State sympathiser stabbed two tourists"
# (not "Boko Haram followers", the group's own fighters)
_ADMIRER_AFTER = re.compile(r"\s+(?:sympathi[sz]ers?|supporters?|admirers?)\b", _I)
# the doers told as a group's men: "the attackers were members of Boko Haram" (not asked: "whether
# the attackers were members of al Shabaab")
_DOERS_MEMBERS_OF = re.compile(
    r"(?<!whether )(?<!whether the )(?<!if )(?<!if the )\b(?:the\s+)?(?:attackers|gunm[ae]n|bombers?|assailants|perpetrators|killers?)\s+"
    r"(?:were|was|are|is)\s+(?:all\s+)?(?:members?|militants?|fighters?|part)\s+of\s+(?:the\s+)?$",
    _I,
)
# a body's name in brackets after its own, or the bracket it closes: "The U.S. Africa Command
# (AFRICOM) said it conducted an airstrike"
_PARENTHESIS_OPENING = re.compile(r"^\s*\([^()]{1,40}\)|^\)")
# ... the group saying it did it, as the subject ("Ansar Dine said it had carried out the bombing",
# "The Kurdistan Freedom Hawks, an offshoot of the PKK, said it carried out the attack")
_SAID_IT_DID_AFTER = re.compile(
    r"^(?:\s*,[^,;.]{1,60},|\s*,)?\s+(?:also\s+)?said\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+"
    r"(?:had\s+|has\s+|have\s+|was\s+|were\s+)?(?:carried out|staged|conducted|perpetrated|mounted|"
    r"been behind|behind)\b",
    _I,
)
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", _I)
# ... or the one suspected: "No one claimed responsibility, but suspicion fell on the Taliban"
_SUSPICION_ON_BEFORE = re.compile(
    r"\bsuspicion\s+(?:fell|falls|has fallen|had fallen)\s+on\s+(?:the\s+)?$", _I
)


def _tied_in_words(text: str, start: int, end: int, lo: int) -> bool:
    """The group between ``start`` and ``end`` is tied to the deed in words other than a claim's:
    it said it did it, suspicion fell on it, or the doers were its men (``lo``: its sentence's
    start)."""
    before = text[max(lo, start - 60) : start]
    return bool(
        # (the group itself the subject: not "The Syrian branch of al Qaeda, the Nusra Front, said")
        (_SAID_IT_DID_AFTER.match(text[end : end + 160]) and not _OF_BEFORE.search(before))
        or _SUSPICION_ON_BEFORE.search(before)
        or _DOERS_MEMBERS_OF.search(before)
    )


# a group named as the parent of the one told: "The Kurdistan Freedom Hawks, an offshoot of the PKK"
# (in apposition to the group told: not "The Afghan affiliate of Islamic State claimed responsibility",
# "The armed wing of Hamas", which name the group's own)
_PARENT_BEFORE = re.compile(
    r",\s*(?:an?|the)\s+(?:[\w-]+\s+)?(?:offshoot|splinter group|splinter|faction|affiliate|wing|branch|arm|"
    r"off-shoot|spin-off)\s+of\s+(?:the\s+)?$",
    _I,
)


# the doer stopped by a force: "The gunman was shot dead by the FBI", "before they were shot dead by
# police", "the attacker was arrested by officers"
_DOER_STOPPED_BY_BEFORE = re.compile(
    # (a lone attacker's end: not militants killed in return fire by the force they attacked)
    r"\b(?:gunm[ae]n|attackers?|assailants?|hostage-?takers?|bombers?|shooters?|stabbers?|he|she)\b"
    r"[^.;]{0,30}?\b(?:was|were|had been)\s+(?:fatally\s+|later\s+)?(?:shot dead|"
    r"shot and killed|killed|shot|neutrali[sz]ed|arrested|detained|subdued|overpowered|captured)\s+by\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    _I,
)


def perpetrator_evidence(ann: AnnotatedArticle, m: ActorMatch) -> bool:
    """Whether the text ties this armed group to carrying out the attack."""
    sent = ann.sentence_at(m.start)
    if sent is None:
        return False
    st = _sentence_text(ann, sent)
    local = m.start - sent.start
    before = st[max(0, local - 60) : local]
    after = st[local + (m.end - m.start) :]
    if (
        _SHOUTED.search(before)
        or _GOAL_BEFORE.search(before)
        or _PARENT_BEFORE.search(before)
        or _ADMIRER_AFTER.match(after)
    ):
        return False
    if NO_CLAIM.search(st) and not re.search(r"\b(?:but|however|although|though|which|whom)\b", st, _I):
        return False
    if OFFICIAL_AFTER.match(after) or _OUTLET_OF.match(after):
        # (nor its outlet: "Hezbollah's al-Manar TV said the attack was carried out by Islamic State")
        return False
    speaks = SPEAKER_AFTER.match(after)
    if speaks is not None and not _own_deed(after, speaks.end()):
        # "Hezbollah said on Saturday 'takfiri groups' were responsible for a blast", "Hezbollah
        # blamed Israel": who gives the happening to another ("said its fighters ..." is a claim)
        return False
    if _tied_in_words(ann.text, m.start, m.end, sent.start):
        return True  # "Ansar Dine said it had carried out the bombing", "suspicion fell on the Taliban"
    tied_subject = SUBJECT_AFTER.match(after) if AFFILIATE_BEFORE.search(before) else None
    if tied_subject is not None and not _SUFFERED.search(tied_subject.group(0)):
        # "a media outlet linked to the Islamic State published a poster" (not "Five members of the
        # Turkish-backed Syrian National Army were killed")
        return True
    if _DOER_APPOSED_BEFORE.search(before) and _MEMBER_AFTER.match(after):
        return True  # "The bomber, an Islamic State member thought to have come from Syria, blew himself up"
    if BY_AGENT_BEFORE.search(before) or _DEED_OF_THEN_BY.search(st, max(0, local - 140), local):
        return True  # "two gas stations were sabotaged by FMLN urban commandos"
    if ITS_ATTACK_AFTER.match(after) or _CLAIMED_ADJ.match(after):
        # "43 of its fighters were killed in an Islamic State attack on two towns", "an IS-claimed
        # suicide bombing"
        return True
    claim_text = _IN_CHARGE.sub(lambda x: " " * len(x.group(0)), st)
    subject = SUBJECT_AFTER.match(after)
    # the group's men harmed: "A car bomb killed four fighters of the Hayat Tahrir al-Sham group",
    # "Five members of the Syrian National Army were killed"
    men_harmed = subject is not None and _SUFFERED.search(subject.group(0)) is not None
    claimed = any(
        # (not whoever holds a place: "raided a hideout used by Islamic State militants")
        not _HOLDER_BEFORE.search(claim_text, max(0, c.start() - 30), c.start())
        and (
            # ("by gunmen" is a claim of the group only when it names it, "by gunmen loyal to the
            # Islamic State": not "Two Taliban fighters were killed by gunmen")
            (
                not c.group(0).lower().startswith("by ")
                and not _suspects_others(claim_text, c, local)
                and not men_harmed
                and not (
                    _GROUP_MEN.match(c.group(0))
                    and _HARMED_MEN_BEFORE.search(claim_text, max(0, c.start() - 50), c.start())
                )
            )
            or c.start() <= local < c.end()
            or (c.end() <= local and _TIED_TO_BEFORE.fullmatch(claim_text, c.end(), local) is not None)
            # ("The Taliban, in a statement, said six policemen were killed by its fighters")
            or (local < c.start() and _BY_ITS_OWN.match(c.group(0)) is not None)
        )
        for c in CLAIM.finditer(claim_text)
    )
    if AS_TARGET_BEFORE.search(before) and not claimed:
        return False
    if claimed:
        return True
    if (
        subject is not None
        and _BARE_PARTICIPLE.search(subject.group(0))
        and _LEFT_NO_OBJECT.match(after, subject.end())
    ):
        return False  # "Relatives buried a senior Taliban commander gunned down in Quetta": he suffered it
    if subject is None:
        # '"The Extraditables," the armed wing of the Medellin cartel, gunned down a judge', with
        # the name opening its clause (not "Troops hunting Boko Haram, the jihadist group, shot")
        return _APPOSED_DEED.match(after) is not None and _CLAUSE_OPENS.search(st, 0, local) is not None
    return not _SUFFERED.search(subject.group(0))


# a group's men harmed: "killed four fighters of", "wounding several members of"
_HARMED_MEN_BEFORE = re.compile(
    r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|hurt|targeted|targeting|captured|capturing|"
    r"executed|beheaded|kidnapped|abducted|detained|arrested|eliminated|neutrali[sz]ed)\s+"
    r"(?:(?:at\s+least|more\s+than|some|about|nearly)\s+)?(?:\w+\s+){0,2}$",
    _I,
)


_GROUP_MEN = re.compile(r"(?:militants|fighters|members|gunmen|insurgents|jihadists)\b", _I)


# the doer named, then the group's man in apposition: "The bomber, an Islamic State member"
_DOER_APPOSED_BEFORE = re.compile(
    r"\b(?:the|a|one)\s+(?:suicide\s+|lone\s+)?(?:bombers?|attackers?|gunm[ae]n|assailants?|shooters?|killers?)"
    r",\s+(?:an?|the)\s+(?:suspected\s+|alleged\s+|known\s+)?$",
    _I,
)
_MEMBER_AFTER = re.compile(r"\s+(?:member|militant|fighter|operative|commander|supporter|recruit)\b", _I)


def _unclaimed(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` says nobody claimed the happening and gives it to no one after
    ("There was no immediate claim of responsibility; but Turkey has suffered attacks recently from
    Kurdish militants and Islamic State fighters"; not "No group claimed responsibility; however,
    sources attributed the attack to the Taliban")."""
    none = NO_CLAIM.search(text, start, end)
    if none is None:
        return False
    # (after the clause that says it: "No group claimed responsibility for the blast; however, ...")
    clause = _CLAUSE_REST.match(text, none.end())
    rest = clause.end() if clause else none.end()
    # (nor one blamed after it: "There were no immediate claims of responsibility, but police suspect
    # Boko Haram")
    return CLAIMED.search(text, rest) is None and _BLAMED_AFTER.search(text, rest) is None


# (the forms CLAIMED lacks: "police suspect", "officials blame")
_BLAMED_AFTER = re.compile(
    r"\b(?:suspects?|blames?|blaming|accuses?|accusing|attributes?|attributing|suspicion\s+(?:fell|falls|has fallen))\b",
    _I,
)


_CLAUSE_REST = re.compile(r"[^;,:]*")


def _suspects_others(text: str, c: re.Match[str], local: int) -> bool:
    """Whether the word "suspected" qualifies men named before the group at ``local``: "suspected
    Katiba Macina (JNIM) militants killed eight people ..., the victims were probably Koglweogo" (not
    "suspected Islamic State militants", "Officials suspected that the bombing was the work of Boko
    Haram", "Islamic State is suspected")."""
    if c.group(0).lower() != "suspected":
        return False
    if c.end() > local:
        # said after the group, of the group itself: "Islamic State is suspected", "the PKK was one
        # of two suspected perpetrators" (not "police were questioning two suspected bomb makers"
        # long after it)
        return c.start() - local > 60 or _SUSPECTED_OF_IT.search(text, local, c.start()) is None
    men = _SUSPECTED_MEN.match(text, c.end())
    # (the men's own group after them: "suspected members of Boko Haram")
    return men is not None and men.end() <= local and not _MEN_OF.fullmatch(text, men.end(), local)


_MEN_OF = re.compile(
    r"\s+(?:of|from|belonging to|linked to|loyal to|affiliated (?:to|with))\s+(?:the\s+)?", _I
)


# "suspected" said of the subject
_SUSPECTED_OF_IT = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:[\w-]+\s+){0,4}$", _I)
# the men "suspected" qualifies: "suspected JNIM or ISGS militants"
_SUSPECTED_MEN = re.compile(
    # (the adjective, not the verb: "Officials suspected the gunmen ... were from the Haqqani network")
    r"\s+(?!(?:the|that|a|an|his|her|their|its)\s)(?:[\w().'-]+\s+){0,4}?"
    r"(?:militants?|fighters?|members?|gunm[ae]n|insurgents?|jihadists?|rebels?|elements|cadres?|attackers?|"
    r"assailants?)\b",
    _I,
)


# the doers' tie to the group named right after them ("by gunmen loyal to the Islamic State")
_TIED_TO_BEFORE = re.compile(
    # (past an aside on the doer: "by a gunman, likely self-radicalized, who had sworn allegiance to")
    r"(?:\s*,\s*[\w\s'-]{1,40},)?(?:\s*,)?\s+(?:(?:who|which|that)\s+(?:[\w'-]+\s+){0,4}?)?"
    r"(?:loyal to|linked to|belong(?:ed|ing)? to|affiliated (?:to|with)|"
    r"(?:pledg(?:ed|ing)|swore|sworn|swearing) (?:his |their )?allegiance to|of|from)\s+"
    # ("by fighters from Boko Haram's ISWAP faction")
    r"(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:[\w-]+(?:'s|\u2019s)\s+)?",
    _I,
)
# ... or the group's own men, told by the group before them ("said ... killed by its fighters")
_BY_ITS_OWN = re.compile(r"by (?:its|their|our) ", _I)


# a participle with no auxiliary and no object after it: suffered, as in a caption or a clause
# ("a senior Taliban commander gunned down in Quetta")
_BARE_PARTICIPLE = re.compile(
    r"(?<!\bhave )(?<!\bhas )(?<!\bhad )\b(?:killed|shot|gunned down|murdered|stabbed|wounded|injured|"
    r"abducted|kidnapped|executed|assassinated|beheaded|ambushed)$",
    _I,
)
_LEFT_NO_OBJECT = re.compile(
    # (not a count: "Taliban fighters killed at least 14 policemen")
    r"\s*(?:[.,;:]|$)|\s+(?:dead\s+|to death\s+)?(?:in|near|on|at(?!\s+least\b)|by|while|when|during|after|"
    r"outside|inside|last|earlier|yesterday)\b",
    _I,
)
# "a senior Hezbollah commander has been killed": the group's man suffered it
_SUFFERED = re.compile(
    r"\b(?:been|was|were|is|are|being)\s+(?:killed|shot|wounded|injured|abducted|kidnapped|executed|"
    r"assassinated|beheaded|targeted|hit|attacked|ambushed|seized|struck|burned|burnt|destroyed|murdered|"
    r"stabbed|gunned down|rammed)$",
    _I,
)


# "an IS-claimed suicide bombing", "a Taliban-planted IED"
_CLAIMED_ADJ = re.compile(r"^[-\u2010\u2011](?:claimed|perpetrated|planted|laid|placed)\b", _I)
# a post, not a deed: "assessed to be responsible for Hezbollah's military operations in Syria"
_IN_CHARGE = re.compile(
    r"\bresponsible for (?:(?:the )?[\w-]+(?:'s|\u2019s)\s+|its\s+|their\s+|the\s+group's\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:operations|activities|affairs|security|logistics|finances|funding|communications|propaganda|media|"
    r"planning|training|recruitment|intelligence|wing|branch|portfolio|department|unit|region|sector)\b",
    _I,
)


# a group that speaks of the happening, and the words by which it speaks of its own deed (not a
# participle in apposition: "TAK, blamed for the February 17 car bomb")
# (also closing an aside on its outlet: "Al-Manar news agency, which is owned by Hezbollah, said ...")
SPEAKER_AFTER = re.compile(
    r"^,?\s+(?:said|says|(?:blame[sd]?|accuse[sd]?|charge[sd]?)(?!\s+(?:for|of|with|in)\b))\b", _I
)
# (the group told as the doer, not as whose man suffered: "which killed the group's top commander")
OWN_DEED = re.compile(r"\b(?:it|its|we|our|they|their|itself|themselves|the group(?!['\u2019]s))\b", _I)
# ... not where it is the target's ("an explosion targeting one of its bases") or a question's
_NOT_THE_DOER = re.compile(
    r"\b(?:targeting|targeted|against|on|at|near|hit|struck|whether)\s+(?:(?:one|some|two|three|several|"
    r"many|all|most) of\s+)?$",
    _I,
)


def _own_deed(after: str, pos: int) -> bool:
    return any(
        not _NOT_THE_DOER.search(after, max(0, m.start() - 40), m.start())
        for m in OWN_DEED.finditer(after, pos)
    )


# a happening given to a group the text does not name: "in an attack claimed by a Kurdish militant
# group", "blamed on another faction"
UNNAMED_CLAIMANT = re.compile(
    r"\b(?:claimed by|blamed on|attributed to|carried out by)\s+(?:an?|another|one|some|a rival)\s+"
    r"(?:[\w-]+\s+){0,2}(?:group|organi[sz]ation|faction|movement|militia|cell|network)\b|"
    # ... or as the subject of the claim: "A militant group with links to the Kurdish group claimed two
    # major attacks in the capital"
    r"\b(?:an?|another)\s+(?:[\w-]+\s+){0,2}(?:group|organi[sz]ation|"
    r"faction|movement|militia|offshoot|splinter group|affiliate)\b[^.;]{0,80}?\s(?:has\s+|had\s+)?"
    r"(?:claimed|took responsibility)\b|"
    # "kidnapped last month in the southern desert by unknown militants"
    r"\bby (?:unknown|unidentified) (?:\w+\s+)?(?:militants|gunmen|assailants|attackers|men|kidnappers|groups?)\b",
    _I,
)


# a claim of many happenings, none named: "which has claimed responsibility for militant attacks
# around the world", "for similar attacks", "both of which have claimed responsibility for attacks",
# "has carried out a series of bombing and shooting attacks in Saudi Arabia since mid-2014"
_CLAIMS_OF_MANY = re.compile(
    r"\bclaimed (?:responsibility|credit) for (?:[\w-]+ ){0,3}(?:attacks|bombings|shootings|killings)\s+"
    r"(?:around|across|throughout|all over) the (?:world|globe|region|country)\b"
    # ("have claimed responsibility for similar attacks against Turkish security forces")
    r"|\bclaimed (?:responsibility|credit) for (?:similar|previous|past|earlier|other|many|several|numerous|"
    r"a (?:string|series|spate|wave|number) of) (?:[\w-]+ ){0,2}(?:attacks|bombings|shootings|killings)\b"
    r"|\bboth of (?:which|whom) (?:have|has) claimed\b"
    r"|\b(?:has|have|had) (?:carried out|claimed|staged) (?:a (?:series|string|spate|wave|number) of|many|"
    r"numerous|dozens of|scores of|several) (?:[\w-]+ ){0,3}(?:attacks|bombings|shootings)\b[^.;]{0,60}\bsince\b",
    _I,
)
# a series given to the group named right after: "A wave of suicide bombings this year, including two
# in Istanbul, have been blamed on Islamic State" (not "Officials blamed Islamic State for the attack,
# the latest in a wave of bombings that have been blamed on the group")
_SERIES_BLAMED_ON = re.compile(
    r"\b(?:a|the) (?:string|series|spate|wave|rash) of (?:[\w-]+ ){0,3}(?:attacks|bombings|shootings)\b[^.;]{0,80}?"
    r"\b(?:have|has|had) been (?:blamed on|claimed by|attributed to)\s+(?:the\s+)?"
    # (or a group named in apposition: "blamed on the Kurdistan Freedom Hawks, a PKK offshoot")
    r"(?:[^,.;]{1,60},\s+(?:an?|the)\s+(?:[\w-]+\s+)?)?$",
    _I,
)
# suspects held or plotting, whom "suspected" names: no claim of a happening told elsewhere
_SUSPECTS_HELD = re.compile(
    r"\b(?:detained|arrested|captured|(?:were|was|been|being) held|plotting|planning|plotted|planned|"
    r"convicted|sentenced)\b",
    _I,
)
# sympathy is no claim: "including a possible sympathy with Islamic State"
_SYMPATHY_BEFORE = re.compile(
    r"\bsympath(?:y|ies|i[sz]ed?|i[sz]ing|i[sz]ers?)\s+(?:with|for|of|to)\s+(?:the\s+)?$", _I
)


def _claim_of_another(
    ann: AnnotatedArticle, sent: Sentence, spans: Sequence[tuple[int, int]], others: Sequence[tuple[int, int]]
) -> bool:
    """The claim in ``sent`` is of another attack the story tells: it is one of that attack's
    sentences, or names back the attack told in the sentence right before ("claimed responsibility
    for that attack"). Not a claim of the story's attack by a group whose other attack an aside
    tells ("Al-Shabab, which also bombed the Jazeera hotel in January, claimed responsibility"), nor
    one of both ("for that attack and on Wednesday also for Tuesday's assault")."""
    if any(a <= sent.start < b for a, b in spans):
        return False
    if _ASIDE_THEN_CLAIM.search(ann.text, sent.start, sent.end):
        return False
    if any(a <= sent.start < b for a, b in others):
        return True
    if not _NAMED_BACK_CLAIM.search(ann.text, sent.start, sent.end):
        return False
    before = [s for s in ann.sentences if s.end <= sent.start]
    if not before:
        return False
    prev = before[-1]
    return any(a <= prev.start < b for a, b in others) and not any(a <= prev.start < b for a, b in spans)


# a claim that names back the attack told just before: "claimed responsibility for that attack" (not
# "for the attack", which may be the story's, after an aside: "It was the deadliest attack since a
# truck bombing in March")
_NAMED_BACK_CLAIM = re.compile(
    r"\b(?:claimed|claims?|claiming)\b[^.;]{0,40}?\bthat (?:attack|bombing|blast|assault|explosion|shooting|raid|"
    r"one)\b",
    _I,
)
# a claim of an attack named as known: "claimed responsibility for the truck attack on Nice",
# "claimed Thursday's bombing"
CLAIM_OF_KNOWN = re.compile(
    r"\bclaim(?:ed|s|ing)?\s+(?:(?:responsibility|credit)\s+(?:(?:on|late|early|overnight)\s+(?:\w+\s+)?)?for\s+)?"
    r"(?:the|its|their|[\w-]+['\u2019]s)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:attacks?|bombings?|blasts?|assaults?|shootings?|massacre|rampage|kidnapp?ings?|"
    r"abductions?|murders?|killings?|ambush(?:es)?)\b",
    _I,
)
# a claim of "the attack", the story's own, named by no place or day
_CLAIM_OF_THE_ONE = re.compile(
    r"\bclaim(?:ed|s|ing)?\s+(?:responsibility|credit)\s+for\s+the\s+(?:attack|bombing|blast|assault|shooting|"
    r"massacre|rampage|explosion)\b(?!\s+(?:in|on|at|of|against|near|outside)\b)",
    _I,
)
# a group's other attack told in an aside before its claim, or a claim of this one too
_ASIDE_THEN_CLAIM = re.compile(
    r",\s+(?:which|who)\b[^.;]{0,160}?,\s+(?:(?:also|later|has|have|had|then)\s+)?claimed\b"
    r"|\balso\s+(?:for|claimed)\b",
    _I,
)


# the claim of one named back by "that": "ISIS claimed responsibility for that attack"
_THAT_ONE_CLAIMED = re.compile(
    r"\b(?:claim(?:ed|s)?|blamed for|took) (?:responsibility for |credit for )?that (?:[\w-]+ )?"
    r"(?:attack|bombing|blast|explosion|shooting|massacre|assault|kidnapping|abduction)\b",
    _I,
)
# a claim of earlier happenings named back: "claimed both those attacks"
# ... or a claim of attacks told as earlier ones: "Responsibility for the past two attacks ... was
# claimed by a PKK offshoot" (not "the deadliest of several previous attacks", a comparison)
_OTHERS_CLAIMED = re.compile(
    r"\b(?:claim(?:ed|s)?|blamed for) (?:responsibility for |credit for )?(?:both )?those (?:[\w-]+ )?"
    r"(?:attacks|bombings|blasts|explosions|shootings)\b"
    rf"|\b(?:responsibility|credit)\s+for\s+(?:both\s+)?(?:the\s+)?(?:{EARLIER_ONES.pattern})"
    rf"|\bclaim(?:ed|s|ing)?\s+(?:responsibility\s+for\s+)?(?:both\s+)?(?:the\s+)?(?:{EARLIER_ONES.pattern})",
    _I,
)


def _of_the_country(m: ActorMatch, countries: Set[str]) -> ActorMatch:
    """A shared alias read as the body of the country where the happening is placed, when one of
    its entries is of that country and the default is not ("HELSINKI - ... the National Bureau of
    Investigation said": Finland's, not the Philippines')."""
    if not m.candidates or not countries or m.entry.country_code in countries:
        return m
    own = [e for e in m.candidates if e.country_code in countries]
    return replace(m, entry=own[0]) if len(own) == 1 else m


def actors_for(
    ann: AnnotatedArticle,
    kb: ActorKB,
    event_type: str,
    matches: Sequence[ActorMatch],
    spans: Sequence[tuple[int, int]],
    ct_types: set[str],
    countries: Set[str] = frozenset(),
    others: Sequence[tuple[int, int]] = (),
    recalled: bool = False,
    asides: Sequence[tuple[int, int]] = (),
) -> tuple[list[Actor], list[Span | None]]:
    """The actors of one happening (its sentences are ``spans``) and the sentence of each;
    ``countries``, where it happened, picks the agency implied by a passive ("four suspects were
    arrested") among those the article names; ``others`` are the sentences of the story's other
    attacks, whose claims are theirs; ``recalled``: an attack the story recalls, dated apart from its
    first, which a claim "for the attack" told elsewhere is not of; ``asides``: the spans of its
    sentences that tell of other happenings ("... a state of emergency begun after the Islamic State
    militant group killed 130 people in Paris"), whose doers are not its own."""
    out: list[Actor] = []
    out_spans: list[Span | None] = []
    seen: set[tuple[str, str]] = set()

    def add(m: ActorMatch, role: str) -> None:
        key = (m.entry.id, role)
        if key in seen:
            return
        seen.add(key)
        sent = ann.sentence_at(m.start)
        cc = m.entry.country_codes[0] if m.entry.country_codes and m.entry.kind != "armed_group" else None
        out.append(Actor(m.entry.name, m.mention, m.entry.kind, role, cc))
        out_spans.append(Span(sent.start, sent.end) if sent else None)

    usable = [_of_the_country(m, countries) for m in matches if not MEDIA_NAME.search(m.entry.name)]
    in_window = [m for m in usable if any(a <= m.start < b for a, b in spans)]
    # a state force that did the violence ("soldiers executed fifteen civilians"): the
    # perpetrator, unless an armed group is
    state_perps: list[ActorMatch] = []
    first = spans[0] if spans else (0, 0)
    for m in in_window:
        sent = ann.sentence_at(m.start)
        st = _sentence_text(ann, sent)
        local = m.start - (sent.start if sent else 0)
        before = st[max(0, local - 60) : local]
        after = st[local + (m.end - m.start) :]
        if m.entry.kind == "armed_group":
            if OFFICIAL_AFTER.match(after):
                # "Taliban spokesman Zabihullah Mujahid ... denied responsibility for the attack": who
                # speaks for the group of an attack is a source, never its agent
                speaks = SOURCE_NEAR.search(after[:60]) or event_type in {"attack", "threat"}
                if event_type in _CASE_STAGES | {
                    "arrest",
                    "release",
                    "deportation",
                    "extradition",
                } and _STEP_DONE_TO_BEFORE.search(before):
                    # "Kenyan police arrested an al Shabaab official in Mombasa on Sunday, a police
                    # officer said": the man the step was done to, not a speaker
                    speaks = False
                if not speaks and event_type in _CASE_STAGES | {"arrest", "release", "deportation"}:
                    # "Hundreds of Muslim Brotherhood officials ... have been sentenced": the group of
                    # those the case is against
                    add(m, "affiliation")
                else:
                    add(m, "source" if speaks else "agent")
            elif event_type in {"attack", "threat"}:
                if (
                    perpetrator_evidence(ann, m)
                    # (not the suspects of a claim the text says nobody made: "There was no
                    # immediate claim of responsibility; but Turkey has suffered attacks recently from
                    # Kurdish militants and Islamic State fighters")
                    and not _unclaimed(st, 0, local)
                    and not any(a <= m.start < b for a, b in asides)
                ) or (event_type == "threat" and _VOICE_OF_BEFORE.search(before)):
                    add(m, "perpetrator")
                elif (
                    _GOAL_BEFORE.search(before)
                    or _ADMIRER_AFTER.match(after)
                    or (_PARENT_BEFORE.search(before) and not any(a <= m.start < b for a, b in asides))
                ):
                    # "a gunman inspired by Islamic State": whose cause, not whose deed; "TAK, an
                    # offshoot of the PKK": whose offshoot
                    add(m, "affiliation")
                elif (
                    re.search(
                        # (not past a clause's word: "were killed yesterday when Shining Path guerrillas
                        # stopped a bus")
                        rf"\b(?:against|targeting|killing|killed|{_ON_NO_DAY})\s+"
                        r"(?:(?!(?:when|as|after|while|because|before)\b)[\w'-]+\s+){0,3}$",
                        before,
                        _I,
                    )
                    and not _WAR_ON_BEFORE.search(before)
                    and not _WAR_ON_AND_BEFORE.search(st, max(0, local - 160), local)
                    and not _ACTED_FOR_BEFORE.search(before)
                    # (not a deed asked for: "calling for air strikes on Islamic State forces")
                    and not any(x.start() <= local < x.end() for x in CALLED_FOR.finditer(st))
                    # (nor the group a state's war is on, told beside the attack: "coalition planes fly
                    # raids on ISIS targets", "a day after government advances against Islamic State";
                    # but the object of an attack named: "Myanmar Army troops launched an attack on KIA")
                    and not (_STATE_WAR.search(before) and not _ATTACK_ON_BEFORE.search(before))
                ):
                    add(m, "target")
            elif event_type == "ct_operation":
                add(m, "target")
            elif event_type in {"recruitment", "travel"} and SUBJECT_AFTER.match(after):
                add(m, "perpetrator")
            else:
                add(m, "affiliation")
        elif m.entry.kind in AGENT_KINDS:
            if _SETTING_AFTER.match(after):
                continue  # "speaking in Warsaw, where he was attending a NATO conference": a setting
            if _served_in(ann.text, m):
                continue  # "a former U.S. Army reservist": where someone served, not who acts
            if event_type not in _FORCE_DEEDS | {"attack"} and _ITS_THINGS_AFTER.match(after):
                # "a conspiracy to illegally access and steal sensitive U.S. military information":
                # what was the body's, not the body acting
                continue
            if _CAUSE_BEFORE.search(before):
                continue  # "in retaliation for U.S. military action": what the deed answers
            if _LISTS_IT_BEFORE.search(ann.text, max(0, m.start - 120), m.start) or _HOME_OF_BEFORE.search(
                ann.text, max(0, m.start - 120), m.start
            ):
                # "considered a terrorist organization by ... the European Union"; "Brussels, which
                # is the headquarters of the European Union and NATO"
                continue
            if event_type in _FORCE_DEEDS and _SAID_IT_DID_AFTER.match(
                _PARENTHESIS_OPENING.sub("", after, count=1)
            ):
                # "U.S. Africa Command said it conducted an airstrike": who tells its own deed
                add(m, "agent")
            elif (
                SOURCE_NEAR.search(after[:25])
                or re.search(r"\baccording to\s*(?:the\s+)?$", before, _I)
                or _CITED_BY_BEFORE.search(before)
                # "in what the FBI called a targeted act of terror": who names the deed
                or (_IN_WHAT_BEFORE.search(before) is not None and _CALLED_AFTER.match(after) is not None)
            ):
                add(m, "source")
            elif event_type == "attack":
                if m.entry.kind in FORCE_KINDS and any(
                    d.start() < local + (m.end - m.start) and local < d.end()
                    for d in DEFUSED.finditer(st, 0, local + 120)
                ):
                    # "Indonesian police detonated a bomb planted by an unidentified man": who dealt
                    # with the device, not who planted it
                    add(m, "agent")
                elif (
                    m.entry.kind in FORCE_KINDS
                    and first[0] <= m.start < first[1]
                    and _force_did_it(before, after)
                    # (not a force that shot its assailants: "police officers fatally shot two men
                    # who opened fire at them")
                    and not _ASSAILANTS_SHOT.search(st)
                ):
                    state_perps.append(m)
                elif m.entry.kind in FORCE_KINDS and _HOLDER_BY_BEFORE.search(before):
                    add(m, "target")  # "a checkpoint manned by the Popular Mobilisation Forces"
                elif m.entry.kind in FORCE_KINDS and _DOER_STOPPED_BY_BEFORE.search(before):
                    # "The gunman was shot dead by the FBI": the force that ended it, not whom it hit
                    add(m, "agent")
                elif m.entry.kind in FORCE_KINDS and _INVESTIGATES_AFTER.match(after):
                    # "the FBI was investigating the attack": who works the case, not whom it hit
                    add(m, "agent")
                elif m.entry.kind in FORCE_KINDS and (
                    not SOURCE_NEAR.search(st)
                    # (a speaker elsewhere in the sentence: "Militants attacked an Assam Rifles
                    # camp ..., killing two soldiers, police said")
                    or (FORCE_UNIT_AFTER.match(after) and _HIT_FORCE_BEFORE.search(before))
                ):
                    if not _force_not_hit(ann, m):
                        add(m, "target")
                elif m.entry.kind == "international" and _AIMED_AT_BEFORE.search(before):
                    add(m, "target")  # "a suicide bomber detonated targeting a NATO convoy"
                elif (
                    m.entry.kind in FORCE_KINDS
                    or _VOICE_AFTER.match(after)
                    or OFFICIAL_AFTER.match(after)
                    or _OFFICIAL_AFTER.match(after)
                ):
                    add(m, "source")
                # (a body named in passing is no source: "Turkey, a NATO member", "the U.S.-led
                # coalition against Islamic State")
            elif _ATTACKED_FORCE_BEFORE.search(before):
                # "training for a large-scale attack on forces belonging to the African Union": whom
                # an attack told with an operation is aimed at
                add(m, "target")
            elif m.entry.kind == "international" and _OFFICIAL_AFTER.match(after):
                # "The chief U.N. envoy to Syria broke it down in a stark tally": a body's envoy
                # or office that tells of an operation, not one that carries it out
                add(m, "source")
            elif (
                event_type == "ct_operation"
                and m.entry.kind in FORCE_KINDS
                and _STRUCK_BEFORE.search(before)
                and not _FORCE_SUBJECT_BEFORE.search(before)
                # (nor the subject of a clause of its own: "Troops killed three militants and Kenyan
                # police arrested five suspects")
                and not _FORCE_DOES_AFTER.match(after)
            ):
                # "A US drone strike killed a PMF commander near Baghdad airport": whom it hit
                add(m, "target")
            elif (
                event_type in _FORCE_DEEDS
                and m.entry.id in _NO_FORCE_BODIES
                # (its own men are a force: "U.N. peacekeepers arrested three suspected jihadists")
                and not _ITS_FORCE_AFTER.match(after)
            ):
                # "Syria's government forces ... made further gains" beside "U.N.-brokered talks": a
                # body that sends no force carries out no operation, raid or arrest
                continue
            else:
                add(m, "agent")
    _add_people(ann, event_type, spans, out, out_spans, usable)
    if (
        event_type in {"attack", "threat"}
        and not any(a.role == "perpetrator" and a.kind != "person" for a in out)
        and not any(UNNAMED_CLAIMANT.search(ann.text, a, b) for a, b in spans)
        # ... nor of one the text says nobody claimed ("There was no immediate claim of
        # responsibility"): a claim elsewhere is of another happening
        and not any(_unclaimed(ann.text[a:b], 0, b - a) for a, b in spans)
        # ... nor of harm its own words give to a state's forces ("103 civilians were killed and 67
        # wounded by foreign forces last year"): the insurgents blamed elsewhere did not do it
        and not any(
            not any(x.entry.kind == "armed_group" and f.start() <= x.start < f.end() for x in usable)
            for a, b in spans
            for f in _HARMED_BY_FORCES.finditer(ann.text, a, b)
        )
    ):
        # Claims and attributions anywhere in the article name the perpetrator (not of a happening
        # whose own words give it to a group they do not name: "claimed by a Kurdish group").
        for m in usable:
            if m.entry.kind == "armed_group" and perpetrator_evidence(ann, m):
                if any(a <= m.start < b for a, b in asides):
                    # "The bombing came three weeks after another car bomb in the city killed 29
                    # people, an attack claimed by TAK": the claim of the one recalled
                    continue
                sent = ann.sentence_at(m.start)
                claim_text = _sentence_text(ann, sent)
                # a claim, a charge or the group's deed, not its men named ("militants of Islamic
                # State have maintained a presence in Baghdad")
                deed = SUBJECT_AFTER.match(ann.text[m.end : sent.end if sent else m.end]) is not None
                lead_in = max(sent.start if sent else 0, m.start - 60)
                if (
                    AS_TARGET_BEFORE.search(ann.text, lead_in, m.start)
                    and not BY_AGENT_BEFORE.search(ann.text, lead_in, m.start)
                    # ("the attackers were members of Boko Haram": whose the doers were)
                    and not _DOERS_MEMBERS_OF.search(ann.text, lead_in, m.start)
                ):
                    continue  # "people believed to have joined IS": the group as what is joined
                if countries and sent is not None and _elsewhere(ann, sent, countries):
                    # "Islamic State has claimed responsibility for bombings in Brussels and Paris", in
                    # a story of a shooting in Copenhagen: a claim of happenings elsewhere
                    continue
                if _unclaimed(claim_text, 0, len(claim_text)):
                    continue  # "There was no immediate claim of responsibility; but ... attacks from ..."
                if _OTHERS_CLAIMED.search(claim_text):
                    # "The Taliban claimed both those attacks", "Responsibility for the past two
                    # attacks ... was claimed by a PKK offshoot": others, recalled before
                    continue
                prev = (
                    max(
                        (x for x in ann.sentences if x.end <= sent.start), key=lambda x: x.start, default=None
                    )
                    if sent is not None
                    else None
                )
                if (
                    prev is not None
                    and _THAT_ONE_CLAIMED.search(claim_text)
                    and not any(a <= prev.start < b for a, b in spans)
                ):
                    # "France has been on edge since a series of coordinated attacks in Paris in
                    # November. ISIS claimed responsibility for that attack.": the one the sentence
                    # before told, none of this happening's
                    continue
                if sent is not None and _claim_of_another(ann, sent, spans, others):
                    # "An attack on another Mogadishu hotel in February killed nine. Al-Shabab
                    # claimed responsibility for that attack.": the claim of the attack told there
                    continue
                if recalled and _CLAIM_OF_THE_ONE.search(claim_text):
                    # "Although Islamic State has claimed responsibility for the attack" in a story of
                    # Orlando is not of "last year's terror attacks in Paris and California"
                    continue
                if (
                    _CLAIMS_OF_MANY.search(claim_text)
                    or _SYMPATHY_BEFORE.search(ann.text, lead_in, m.start)
                    or _SERIES_BLAMED_ON.search(
                        ann.text, max(sent.start if sent else 0, m.start - 200), m.start
                    )
                ):
                    # "Islamic State, which has claimed responsibility for militant attacks around the
                    # world", "a possible sympathy with Islamic State": no claim of this one
                    continue
                said = [c.group(0).lower() for c in CLAIMED.finditer(claim_text)]
                if said and set(said) == {"suspected"} and _SUSPECTS_HELD.search(claim_text):
                    # "four suspected Islamic State militants plotting an attack on May Day
                    # celebrations had been detained": the suspects of a plot or an arrest
                    continue
                if (
                    CLAIMED.search(claim_text)
                    or (deed and CLAIM.search(claim_text))
                    or _tied_in_words(ann.text, m.start, m.end, sent.start if sent else 0)
                ):
                    add(m, "perpetrator")
    if event_type in {"attack", "threat"} and not any(
        a.role == "perpetrator" and a.kind != "person" for a in out
    ):
        _add_claimants(ann, kb, spans, out, out_spans)
    if state_perps:
        armed = any(a.role == "perpetrator" and a.kind != "person" for a in out)
        for m in state_perps:
            if armed and _force_not_hit(ann, m):
                continue  # "assisted by French and U.S. military personnel, began the assault": who helped
            add(m, "target" if armed else "perpetrator")
    if event_type == "attack" and spans and not any(a.role == "perpetrator" for a in out):
        force = _unnamed_doer(ann, kb, spans[0], countries)
        if force is not None:
            out.append(force)
            out_spans.append(Span(*spans[0]))
    if event_type in ct_types - _DONE_BY_THEMSELVES and not any(a.role == "agent" for a in out):
        # "Four suspects were arrested": the agent is implied by the agency the article names, one
        # of the country where it happened (not "The Russian interior ministry said it was
        # checking" in a story of arrests in Istanbul)
        agencies = [
            m
            for m in usable
            if m.entry.kind in AGENT_KINDS - {"international"}
            and not _served_in(ann.text, m)
            and not _ITS_THINGS_AFTER.match(ann.text, m.end)
            and not _CAUSE_BEFORE.search(ann.text, max(_sentence_start(ann, m.start), m.start - 60), m.start)
            and (not countries or not m.entry.country_codes or set(m.entry.country_codes) & countries)
        ]
        if event_type in _COURT_STEPS:
            # "Hundreds of Muslim Brotherhood officials have been sentenced to death" in a story that
            # names the interior ministry: a court's step is no police body's deed
            agencies = [m for m in agencies if m.entry.kind == "judiciary"]
        branch = _branch_named(ann, kb, spans)
        if branch is not None:
            # "The military killed two suspected militants" after "Turkish police detained 13
            # people": the soldiers, not the police the story named first
            agencies = [m for m in agencies if _of_branch(m, branch)]
        striker = _strike_of(ann, kb, spans[0]) if spans and event_type == "ct_operation" else None
        if striker is not None:
            # "A U.S. drone strike killed a senior al Shabaab commander, the Pentagon said": the
            # country's armed forces
            out.append(striker)
            out_spans.append(Span(*spans[0]))
        elif agencies and not (
            event_type in _FORCE_DEEDS
            and spans
            and any(a.name == agencies[0].entry.name and a.role == "source" for a in out)
        ):
            add(agencies[0], "agent")
        elif event_type in _FORCE_DEEDS and spans:
            # (a body that only told of the deed gives way to the force the sentence names:
            # "Pakistani troops killed four militants, the military's media wing ISPR said")
            force = _national_force(ann, kb, spans[0])
            if force is not None:
                out.append(force)
                out_spans.append(Span(*spans[0]))
            elif agencies:
                add(agencies[0], "agent")
    return _drop_parents(kb, out, out_spans)


def _national_force(ann: AnnotatedArticle, kb: ActorKB, span: tuple[int, int]) -> Actor | None:
    """A country's force named by a common noun as the subject of the deed, when no body is named
    ("Israeli troops killed a Hamas commander": the Israel Defense Forces; "French police arrested
    three men": France's police)."""
    a, b = span
    for g in kb.find_generic(ann.text[a:b]):
        if g.entry.id not in _FORCE_GENERIC or g.country_code is None or _NOT_NATIONAL.search(g.mention):
            continue
        if not _DOES_AFTER.match(ann.text, a + g.end):
            continue
        national = kb.national_forces(g.country_code) if g.entry.kind == "military" else None
        if national is not None:
            return Actor(national.name, g.mention, national.kind, "agent", g.country_code)
        return Actor(g.entry.name, g.mention, g.entry.kind, "agent", g.country_code)
    return None


def _strike_of(ann: AnnotatedArticle, kb: ActorKB, span: tuple[int, int]) -> Actor | None:
    """The armed forces of the country whose strike the happening's first sentence tells ("a U.S.
    drone strike", "French air strikes"), or None (none, or several countries')."""
    a, b = span
    found = {
        p.country_code
        for p in ann.places
        if a <= p.start < b
        and p.country_code
        and (p.demonym or (p.feature_code or "").startswith("PCL") or p.text.replace(".", "") in {"US", "UK"})
        and _STRIKE_NOUN_AFTER.match(ann.text, p.end)
    }
    # (not a strike that helped the force that acted, "Afghan security forces backed by U.S. air
    # strikes", nor the second of two countries', "Russian and Syrian jets")
    helped = any(
        a <= p.start < b
        and (
            _BACKED_BY_BEFORE.search(ann.text, max(a, p.start - 40), p.start)
            or _AND_BEFORE.search(ann.text, max(a, p.start - 8), p.start)
        )
        for p in ann.places
        if p.country_code in found
    )
    if len(found) != 1 or helped:
        return None
    (cc,) = found
    national = kb.national_forces(cc)
    return None if national is None else Actor(national.name, national.name, national.kind, "agent", cc)


_BACKED_BY_BEFORE = re.compile(
    r"\b(?:backed|supported|aided|assisted|helped|covered)\s+by\s+(?:the\s+)?$"
    r"|\bwith\s+(?:the\s+)?(?:help|support)\s+of\s+(?:the\s+)?$",
    _I,
)
_AND_BEFORE = re.compile(r"\b(?:and|or)\s+$", _I)
_STRIKE_NOUN_AFTER = re.compile(
    r"(?:-led)?\s+(?:military\s+)?(?:drone\s+strikes?|air\s*strikes?|air\s+raids?|warplanes|fighter\s+jets|"
    r"jets|drones|helicopter\s+gunships|missile\s+strikes?)\b",
    _I,
)


# the steps only a court takes
_COURT_STEPS = frozenset({"trial", "conviction", "acquittal"})
# what people do of their own accord, which no agency that tells of it carried out ("Norwegians who
# fought in Syria have come back to Norway, the police security service PST said")
_DONE_BY_THEMSELVES = frozenset({"travel", "recruitment"})
# the deeds of a force, and the international bodies that send none (the U.N.'s missions, NATO,
# the coalition, Europol and Interpol may be agents)
_FORCE_DEEDS = frozenset({"ct_operation", "raid", "arrest"})
_NO_FORCE_BODIES = frozenset(
    {
        "un",
        "unsc",
        "un-ctc",
        "un-cted",
        "unoct",
        "unodc",
        "un-monitoring-team",
        "eu",
        "european-commission",
        "fatf",
        "arab-league",
        "osce",
        "icc",
    }
)
# a body that speaks of the attack: "The State Department condemned ...", "NATO's chief said"
_VOICE_AFTER = re.compile(
    rf"^(?:['\u2019]s)?\W*(?:[\w'.-]+\s+){{0,6}}?(?:{SPEECH_VERBS}|condemns|condemning|denounced|deplored|called|"
    r"described|noted|offered|expressed|sent|blamed|accused|issued|spoke)\b",
    _I,
)
# what an attack was aimed at: "targeting a NATO convoy", "an attack on African Union troops"
_AIMED_AT_BEFORE = re.compile(
    # (not "identified on a United Nations sanctions list": "on" after the deed's noun only)
    r"\b(?:targeting|targeted|against|attacked|ambushed|struck|hit|"
    r"(?:attacks?|assaults?|ambush(?:es)?|strikes?|raids?|bombings?)\s+on|(?:fire|fired|firing)(?:\s+\w+)?\s+(?:on|at|upon)|"
    r"shell(?:ed|ing))\s+"
    r"(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,2}$",
    _I,
)
_ITS_FORCE_AFTER = re.compile(
    r"\s*(?:-|\s)?(?:led\s+)?(?:peace-?keep\w*|troops|soldiers|forces|mission|contingent|blue helmets|police)\b",
    _I,
)
# common nouns of people that are no state body ("suspects", "militants", "civilians")
_NOT_A_BODY = frozenset({"armed_group", "person", "civilians"})
# a common noun that does the deed, told as the subject of a verb in the past ("The military killed
# two", "police on Tuesday raided a flat"; not "military setbacks", "a shootout with police")
_DOES_AFTER = re.compile(
    r"\s+(?:(?:on\s+\w+day|have|has|had|were|was|also|then|later|reportedly|earlier)\s+)*"
    r"(?!(?:need|wed|bed|red|shed|feed|seed|speed|breed)\b)[a-z]+ed\b"
)
# units an army or a security service may have alike ("Special forces killed four militants"):
# not the police's
_SPECIAL_UNITS = re.compile(r"\b(?:special forces|commandos?|special operations forces)$", _I)
# the bodies each branch, named by a common noun, may stand for: police bodies and the prosecutors
# who lead their inquiries; the armed forces; special units of either an army or a security service
_BRANCH_KINDS = {
    "police": frozenset({"police", "security_agency", "judiciary"}),
    "military": frozenset({"military"}),
    "special": frozenset({"military", "security_agency"}),
}


def _branch_named(ann: AnnotatedArticle, kb: ActorKB, spans: Sequence[tuple[int, int]]) -> str | None:
    """The one branch of a state's force, police, military or special units, that the happening's
    sentences name by a common noun that does the deed ("The military killed two", "Police arrested
    four", "Special forces killed four militants"); None when they name neither, both, or another
    body."""
    kinds: set[str] = set()
    for a, b in spans:
        for g in kb.find_generic(ann.text[a:b]):
            if _DOES_AFTER.match(ann.text, a + g.end):
                kinds.add("special" if _SPECIAL_UNITS.search(g.mention) else g.entry.kind)
    branches = kinds & set(_BRANCH_KINDS)
    if branches == {"special", "military"}:
        branches = {"military"}
    return next(iter(branches)) if len(branches) == 1 and not kinds - branches - _NOT_A_BODY else None


def _of_branch(m: ActorMatch, branch: str) -> bool:
    """Whether a named body is of the branch (of the judiciary, only a prosecutor's office: a court
    arrests no one)."""
    if m.entry.kind not in _BRANCH_KINDS[branch]:
        return False
    return m.entry.kind != "judiciary" or "prosecut" in m.entry.name.lower()


def _add_claimants(
    ann: AnnotatedArticle,
    kb: ActorKB,
    spans: Sequence[tuple[int, int]],
    out: list[Actor],
    out_spans: list[Span | None],
) -> None:
    """Doers named by a claim or an attribution in the happening's sentences that the knowledge
    base does not list ("Weichan Auka Mapu claimed responsibility", "sources attributed the attack
    to separatists"); a name it lists is for the rules above, and a state force is never one."""
    seen = {a.name.lower() for a in out}
    for a, b in spans:
        for c in claimants(ann.text, a, b):
            if c.name.lower() in seen or kb.find(c.mention):
                continue
            if c.named_back and any(m.entry.kind == "armed_group" for m in kb.find(ann.text[: c.start])):
                # "Islamic State ... Earlier in the day, the ultra-hardline Sunni militants claimed
                # responsibility": the group named before, which the rules above weigh
                continue
            generic = kb.find_generic(c.mention)
            if any(
                g.entry.kind not in {"armed_group", "person"}
                and (g.country_code or not c.mention[:1].isupper())
                for g in generic
            ):
                # a state's force ("Syrian Armed Forces", "troops"), not a group's name that has
                # the words in it ("Cabinda Armed Forces")
                continue
            if (
                any(p.start <= c.start and c.end <= p.end for p in ann.places)
                or any(
                    e.label in {"GPE", "LOC", "NORP"} and e.start <= c.start and c.end <= e.end
                    for e in ann.entities
                )
            ) and not of_armed_people(c.mention):
                continue  # a place or a nation blamed ("officials blamed the attack on Ukraine"), no group
            if (
                len(c.mention.split()) == 1
                and generic
                and all(
                    g.entry.kind == "armed_group" and g.entry.id not in _IDENTIFIED_PEOPLE for g in generic
                )
            ):
                continue  # people left unidentified ("officials blamed the attack on militants")
            seen.add(c.name.lower())
            if any(
                e.label == "PERSON" and e.start <= c.start and c.end <= e.end for e in ann.entities
            ) and _A_PERSON_BEFORE.search(ann.text, max(a, c.start - 40), c.start):
                # "An individual, identified as Yunis Safarov, claimed responsibility": a man
                out.append(
                    Actor(c.mention, c.mention, "person", "perpetrator", None, LEGAL_STATUS.get("attack"))
                )
            else:
                out.append(Actor(c.name, c.mention, "armed_group", "perpetrator", None))
            out_spans.append(Span(a, b))


# what is no country's own force: "peacekeepers", "coalition forces", "pro-government militia"
# ("commandos" are also the guerrillas' own: "FMLN urban commandos")
_NOT_NATIONAL = re.compile(r"\b(?:peacekeep\w*|coalition|militia\w*|junta|pro-government|commandos?)\b", _I)
# a force counted is what suffered it: "Two policemen killed after being ambushed"
_COUNTED_BEFORE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|some|dozens|"
    r"scores|a|an|another|more|other)\s+(?:[\w-]+\s+)?$",
    _I,
)
# ... with no object after its verb
_NO_OBJECT = re.compile(
    r"\s*(?:[.,;:]|$)|\s+(?:dead\s+|to death\s+)?(?:in|after|when|while|as|during|by|near|on|at(?! least| most)|"
    r"following|and|or|but)\b",
    _I,
)
_FORCE_GENERIC = frozenset({"military", "forces", "police", "security-forces"})
# ... whose deed of violence comes right after them ("soldiers arrested and executed five men",
# not "a police vehicle detonated") or who did it by the words before them ("shot dead by
# soldiers", not "hurt by a blast near police")
_VIOLENCE = (
    r"(?:killed|shot|opened fire|fired (?:(?:[\w-]+\s+){0,2}?(?:rockets?|missiles?)\s+)?"
    r"(?:on|at|into)|executed|summarily executed|beat|tortured|burned|burnt|"
    r"torched|raped|massacred|murdered|gunned down|shelled|bombed|looted|abducted|kidnapped|stabbed|"
    r"beheaded|assaulted|whipped|lynched|attacked|ambushed|raided|ransacked)"
)
_CLAUSE_OPENS = re.compile(
    r"(?:^|[.;:!?]\s*|,\s*|\b(?:and|but|when|after|as|while|that|because|since)\s+)[\"'\u201c]?\s*(?:the\s+)?$",
    _I,
)
# a group's deed told after an apposition that says what it is
# (or a relative clause: "Hamas, which rules Gaza, fired rockets at Israel")
_APPOSED_DEED = re.compile(
    r"^\W*(?:the|an?|which|who|[\w-]+['\u2019]s)\s+[^,;()\[\]]{3,60},\s+(?:(?:have|has|had|reportedly|allegedly)\s+)?"
    + _VIOLENCE
    + r"\b",
    _I,
)
_FORCE_DEED_AFTER = re.compile(
    # (whose they are: "military forces of Pakistan shot dead a man")
    r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)?"
    # (or another force with them, either of which did it: "soldiers or gendarmes opened fire")
    r"(?:\s+(?:or|and/or)\s+(?:gendarmes|policemen|police|soldiers|troops))?"
    r"\s+(?:(?:have|has|had|reportedly|allegedly|presumably|then|also|later|extrajudicially|summarily)\s+){0,2}"
    r"(?:(?:arrested|detained|rounded up|stopped|seized|abducted|took|cordoned off|surrounded|encircled)\s+"
    r"(?:[\w-]+\s+){0,4}?and\s+)?" + _VIOLENCE + r"\b",
    _I,
)
_FORCE_BY_BEFORE = re.compile(
    r"\b(?:" + _VIOLENCE + r"|shot dead|beaten(?: to death)?|hacked(?: to death)?|shelling|gunfire|fire|"
    r"(?:air ?)?strikes?|raids?|assaults?|attacks?)\s+by\s+"
    r"(?:the\s+|some\s+|a group of\s+|an?\s+)?(?:presumed\s+|suspected\s+|alleged\s+)?$",
    _I,
)


def _unnamed_doer(
    ann: AnnotatedArticle, kb: ActorKB, span: tuple[int, int], countries: Set[str]
) -> Actor | None:
    """Who did an attack, named by common nouns only in its first sentence, when the sentence
    names no armed group: armed people who are told which ("suspected Fulani militias attacked a
    farmer", "killed by rebel shelling"; unidentified gunmen name no one), else a state force ("On 2
    May, soldiers arrested and executed five men in Kaya": the armed forces of the country) when no
    armed people or suspects are there whom it could have fought; the country's own forces
    (``national`` in the knowledge base) when the phrase has no other country ("French troops") and
    the happening one."""
    st = ann.text[span[0] : span[1]]
    named = kb.find(st, countries)
    if any(m.entry.kind == "armed_group" for m in named):
        return None
    generic = kb.find_generic(st)
    armed = [g for g in generic if g.entry.kind == "armed_group" and g.entry.role == "perpetrator"]
    for g in armed:
        if _did_it(st, g):
            # (None: people left unidentified, "gunmen", "a suicide bomber")
            return _armed_people(ann, kb, span[0], st, g)
    if armed or _ASSAILANTS_SHOT.search(st) or any(g.entry.kind == "person" for g in generic):
        return None
    for g in generic:
        if g.entry.id not in _FORCE_GENERIC or _NOT_NATIONAL.search(g.mention) or not _did_it(st, g):
            continue
        if any(0 <= g.start - m.end <= 2 for m in named):
            continue  # a named body's men ("AMISOM troops"): that body, which the rules above weigh
        cc = g.country_code or _country_of(ann, span[0] + g.end)
        of_body = _OF_AFTER.match(st, g.end)
        if cc is None and of_body is not None and any(0 <= m.start - of_body.end() <= 1 for m in named):
            # "troops of the African Union": the men of a body the knowledge base names, not the
            # country's ("soldiers of the Second Battalion" are)
            continue
        cc = cc or (next(iter(countries)) if len(countries) == 1 else None)
        national = kb.national_forces(cc) if cc is not None and g.entry.kind == "military" else None
        if national is not None:
            return Actor(national.name, g.mention, national.kind, "perpetrator", cc)
        return Actor(g.entry.name, g.mention, g.entry.kind, "perpetrator", cc)
    return None


def _country_of(ann: AnnotatedArticle, at: int) -> str | None:
    """The country named right after common nouns that end at ``at``: "military forces of Pakistan"."""
    of = _OF_AFTER.match(ann.text, at)
    if of is None:
        return None
    return next(
        (
            p.country_code
            for p in ann.places
            if p.start == of.end() and p.precision == "country" and not p.demonym
        ),
        None,
    )


# "of" and what follows common nouns: "military forces of Pakistan", "troops of the African Union"
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?", _I)


def _did_it(st: str, g: GenericMatch) -> bool:
    """The people of a common-noun phrase did the violence of their sentence ``st``: its subject
    ("soldiers arrested and executed six people") or its agent ("shot dead by gunmen"), not its
    object, nor counted ones that suffered it ("Two policemen killed after being ambushed")."""
    lead_in = max(0, g.start - 60)
    if _FORCE_BY_BEFORE.search(st, lead_in, g.start):
        return True
    deed = _FORCE_DEED_AFTER.match(st, g.end)
    if deed is None:
        return False
    # (not "On Sunday soldiers shot dead three herders": a day, not a target)
    if AS_TARGET_BEFORE.search(st, lead_in, g.start) and not _ON_A_DAY.search(st, lead_in, g.start):
        return False
    then = _AND_VIOLENCE.match(st, deed.end())
    if then is not None and _NO_OBJECT.match(st, then.end()) and not _ITS_OWN_CLAUSE.match(st, then.end()):
        return False  # "Soldiers killed and wounded in the ambush were flown to Maiduguri"
    if (
        _NO_OBJECT.match(st, deed.end())
        and not _ITS_OWN_CLAUSE.match(st, deed.end())
        and not re.search(r"\bfire[ds]?\b|\b(?:on|at|into)$", deed.group(), _I)
    ):
        # "Soldiers ambushed near Damboa lost three men": they suffered it (a fire opened has none)
        return False
    return not (
        _COUNTED_BEFORE.search(st, max(0, g.start - 30), g.start) and _NO_OBJECT.match(st, deed.end())
    )


_ON_A_DAY = re.compile(
    r"\bon\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|"
    r"[A-Z][a-z]+\s+\d{1,2}(?:,?\s+\d{4})?|the\s+(?:night|morning|evening)\s+of\s+[\w\s]{3,20}?)"
    r"(?:\s+(?:night|morning|evening|afternoon))?\s*,?\s*$",
    _I,
)
# ... a deed whose words after it are its own, with no object: "opened fire", "shot and killed",
# "attacked and looted"
_ITS_OWN_CLAUSE = re.compile(r"\s+(?:and|or|but)\b", _I)
_AND_VIOLENCE = re.compile(r"\s+(?:and|or)\s+" + _VIOLENCE + r"\b", _I)


# the words that name which armed people they are: "suspected Fulani militias", "Dozo militiamen"
_WHICH_PEOPLE_BEFORE = re.compile(r"(?:(?-i:[A-Z])[\w'\u2019-]+\s+){1,2}$")
_NO_QUALIFIER = re.compile(
    r"^(?:on|in|at|the|a|an|suspect\w*|presum\w*|alleg\w*|unkn\w*|unident\w*|masked|then|after|when|while|but|"
    rf"and|{SAYS_NOT_WHICH}|{WEEKDAY_ALT})$",
    _I,
)


# armed people whose kind tells who they are, unlike "gunmen", "militants" or "a suicide bomber"
_IDENTIFIED_PEOPLE = frozenset(
    {"jihadists", "rebels", "bandits", "far-right-extremists", "far-left-extremists"}
)


def _armed_people(ann: AnnotatedArticle, kb: ActorKB, at: int, st: str, g: GenericMatch) -> Actor | None:
    """The actor of armed people named by common nouns (``st`` is the sentence at ``at`` of the
    text): their own name when words before the noun tell which they are ("Fulani militias",
    "Koglweogo militiamen"), the phrase's family when it tells ("Jihadists", "Rebels"); None for
    people left unidentified ("gunmen", "unknown attackers", "a Syrian suicide bomber": no
    perpetrator is known)."""
    which = _WHICH_PEOPLE_BEFORE.search(st, max(0, g.start - 40), g.start)
    words: list[str] = []
    if which is not None and g.country_code is None and not st.isupper():
        pos = which.start()
        for w in which.group().split():
            p = st.index(w, pos)
            pos = p + len(w)
            if _NOT_WHICH_BEFORE.search(st, max(0, p - 20), p) or _no_qualifier(ann, kb, at + p, w):
                words = []  # "In Kaduna gunmen", "told AFP gunmen": a place or a name, not who they are
                break
            clause_start = _CLAUSE_START.search(st, 0, p) is not None
            if not words and (
                _NO_QUALIFIER.match(w)
                or (clause_start and not w.isupper() and zipf_frequency(w.lower(), "en") >= 3.7)
            ):
                continue  # "Heavily armed bandits", "Overnight gunmen": a common word opening the clause
            words.append(w)
    if words:
        mention = " ".join([*words, g.mention])
        return Actor(mention[0].upper() + mention[1:], mention, "armed_group", "perpetrator", None)
    if g.entry.id in _IDENTIFIED_PEOPLE:
        return Actor(g.entry.name, g.mention, "armed_group", "perpetrator", g.country_code)
    # (a nationality names no group: "a Syrian suicide bomber")
    return None


# a word before the qualifier that makes it a place or a name: "In Kaduna gunmen", "Residents told
# AFP gunmen", "Since January bandits"
_NOT_WHICH_BEFORE = re.compile(
    r"\b(?:in|near|at|on|since|from|of|to|told|tell|said|says|by|with|around|outside|inside|across|during|"
    r"after|before|until|for|into|between)\s+$",
    _I,
)
# (the sentence's start or a dateline's end, where any word is capitalised; not after a comma)
_CLAUSE_START = re.compile(r"(?:^|[-\u2013\u2014:(\"\u201c]\s*)$")
_MONTH_OR_DAY = re.compile(rf"^(?:{DAY_OR_MONTH})$", _I)


def _no_qualifier(ann: AnnotatedArticle, kb: ActorKB, at: int, word: str) -> bool:
    """The capitalised word at ``at`` is a place, a month or a day, or a name the knowledge base
    lists (a news agency), not a word telling which armed people."""
    end = at + len(word)
    return (
        _MONTH_OR_DAY.match(word) is not None
        or any(p.start < end and at < p.end for p in ann.places)
        or any(e.label in {"GPE", "LOC", "FAC"} and e.start < end and at < e.end for e in ann.entities)
        or bool(kb.find(word, include_media=True))
    )


def _force_not_hit(ann: AnnotatedArticle, m: ActorMatch) -> bool:
    """The sentence of the state force ``m`` tells it helped, acted or spoke (``people.force_not_hit``)."""
    sent = ann.sentence_at(m.start)
    lo, hi = (sent.start, sent.end) if sent is not None else (0, len(ann.text))
    return people.force_not_hit(ann.text, m.start, m.end, lo, hi)


def _force_did_it(before: str, after: str) -> bool:
    """A state force mentioned between ``before`` and ``after`` did the deed ("soldiers executed
    six people", "killed by the army"), not suffered it ("Five Nigerian Army soldiers were killed in
    an ambush")."""
    if AS_TARGET_BEFORE.search(before):
        return False
    subject = SUBJECT_AFTER.match(after)
    if subject is not None:
        return not _SUFFERED.search(subject.group(0))
    # (not whoever holds the place hit: "a checkpoint manned by the Popular Mobilisation Forces")
    return BY_BEFORE.search(before) is not None and not _HOLDER_BY_BEFORE.search(before)


# a force's own post, unit or men, named as what was hit: "an Assam Rifles camp", "two CRPF jawans"
FORCE_UNIT_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:camps?|posts?|pickets?|checkpoints?|convoys?|patrols?|vehicles?|trucks?|bases?|"
    r"stations?|headquarters|barracks|outposts?|jawans|personnel|troopers|soldiers|men|officers|policemen|"
    r"commandos|recruits|cadets)\b(?!\s+(?:said|say|says|told|reported|announced|stated|killed|shot|arrested))",
    _I,
)
# ... right after the deed's verb: "attacked an Assam Rifles camp", "killing two CRPF jawans" (not a
# landmark, "near a Pakistan Army checkpoint", nor a force that speaks or fights back)
_HIT_FORCE_BEFORE = re.compile(
    r"\b(?:attack(?:ed|s|ing)?(?:\s+on)?|assault(?:ed)?\s+on|stormed|ambush(?:ed|ing)?|targeted|targeting|raided|"
    r"overran|hit|struck|bombed|shelled|killed|killing|wounded|wounding|injured|injuring|kidnapped|abducted|"
    r"fired\s+(?:on|at|upon)|opened\s+fire\s+(?:on|at))\s+(?:an?\s+|the\s+|two\s+|three\s+|four\s+|five\s+|six\s+|"
    r"seven\s+|eight\s+|nine\s+|ten\s+|\d+\s+|several\s+)?(?:[\w-]+\s+){0,2}?$",
    _I,
)
# (not "held by": hostages held by their captors)
_HOLDER = rf"\b(?:{_HOLDING_VERBS}|run|operated|staffed|patrolled)\s+"
_HOLDER_BEFORE = re.compile(_HOLDER + "$", _I)
_HOLDER_BY_BEFORE = re.compile(_HOLDER + r"by\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$", _I)


def _elsewhere(ann: AnnotatedArticle, sent: Sentence, countries: Set[str]) -> bool:
    """The sentence names places, none of them in ``countries``."""
    named = {p.country_code for p in ann.places if sent.start <= p.start < sent.end and p.country_code}
    return bool(named) and not named & countries


LEGAL_STATUS = {
    "arrest": "suspect",
    "raid": "suspect",
    "cell_dismantled": "suspect",
    "plot_foiled": "suspect",
    "charge": "charged",
    "trial": "charged",
    "extradition": "charged",
    "conviction": "convicted",
    "acquittal": "acquitted",
}
# a person's own verdict: "Youssef Maaouni was acquitted of all charges", "acquitted one defendant,
# Abdul Wahid Shaikh", "Jeremy Bailly was sentenced to 28 years"
# (the name, its age maybe, and the verb's auxiliary)
_NAMED_IS = r"(?:\s*,\s*(?:\d{1,2}|aged \d{1,2})\s*,)?\s+(?:was|were|has been|had been|is)\s+(?:also\s+)?"
_ACQUITTED_AFTER = re.compile(_NAMED_IS + r"(?:acquitted|cleared\s+of|found\s+not\s+guilty)\b", re.IGNORECASE)
_ACQUITTED_BEFORE = re.compile(
    r"\b(?:acquitted|cleared)\s+(?:(?:a|one|the|another)\s+(?:\w+\s+)?(?:defendant|suspect|man|woman|accused),?\s+)?$",
    re.IGNORECASE,
)
_CONVICTED_AFTER = re.compile(
    _NAMED_IS + r"(?:convicted|found\s+guilty|sentenced|jailed|imprisoned)\b", re.IGNORECASE
)
_CONVICTED_BEFORE = re.compile(r"\b(?:convicted|sentenced|jailed)\s+$", re.IGNORECASE)


def _own_verdict(text: str, start: int, end: int, sent_start: int, sent_end: int) -> str | None:
    """The verdict told of the person named at ``start:end`` alone: "acquitted", "convicted", or None."""
    before = text[max(sent_start, start - 60) : start]
    if _ACQUITTED_AFTER.match(text, end, sent_end) or _ACQUITTED_BEFORE.search(before):
        return "acquitted"
    if _CONVICTED_AFTER.match(text, end, sent_end) or _CONVICTED_BEFORE.search(before):
        return "convicted"
    return None


# the stages of a case whose party is the accused, never the victim of the crime tried
_CASE_STAGES = {"charge", "trial", "extradition", "conviction", "acquittal"}
# a name that a deed is known by, before the deed's noun ("the Mpeketoni attacks", "the Westgate siege")
_NAMES_A_DEED_AFTER = re.compile(
    r"\s+(?:(?:mall|hotel|church|mosque|market|school|university|cafe|nightclub)\s+)?"
    r"(?:attacks?|bombings?|massacres?|shootings?|blasts?|siege|raids?|killings?|explosions?)\b",
    re.IGNORECASE,
)
# the deed a force named after it suffered: "killed a PMF commander", "struck a Kataib Hezbollah base"
_STRUCK_BEFORE = re.compile(
    # (not a noun: "In retaliation for the bombing the Turkish army launched air strikes")
    # (not the passive's doer: "militants were killed by the Nigerian army")
    r"(?<!was )(?<!were )(?<!been )(?<!being )\b(?:killed|killing|struck|targeted|targeting|hit|bombed|shelled)\s+"
    r"(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?(?:(?!by\b)[\w'-]+\s+){0,2}$|"
    # ... the last of those it hit: "killed Quds Force commander Qassem Soleimani and PMF deputy chief"
    r"\b(?:killed|killing|struck|targeted|hit)\s+[^.;]{0,60}?\band\s+$",
    re.IGNORECASE,
)
_FORCE_DOES_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:arrested|detained|seized|killed|raided|recovered|launched|carried|conducted|"
    r"captured|said|says|stormed|fired|shot|neutrali[sz]ed|rescued|freed|found|destroyed)\b",
    re.IGNORECASE,
)
# ... not a force told as the one that struck beside another ("backed by the PMF")
_FORCE_SUBJECT_BEFORE = re.compile(
    r"\b(?:with|alongside|backed by|supported by)\s+(?:the\s+)?$", re.IGNORECASE
)
_TOWNS_PERSON_AFTER = re.compile(
    r"\s+(?:man|woman|men|women|resident|native|teenager|teen|boy|girl|youth|couple|student|father|mother)\b",
    re.IGNORECASE,
)
_TOWN_COMMA_BEFORE = re.compile(r"\b(?:in|near|at|outside)\s+[A-Z][\w'-]+,\s*$")
# (not a name in apposition: "Arrested on Friday in Anderlecht, Abrini, the 'man in the hat'")
_CONTAINER_END = re.compile(
    r"\s*(?:[.;]|$|,(?!\s+(?:the|a|an|who|whose|which|aged|\d))|\s+(?:on|province|state|region|district)\b)"
)
_PLACED_AFTER = re.compile(r"\s+(?:in|at|near)\s+[A-Z]")
_PLACES_LISTED = re.compile(r"(?:\s*,\s*[A-Z][\w'-]+)*\s*,?\s+and\s+")


_VENUE_AFTER = re.compile(
    r"\s+(?:festival|concert|Christmas market|market|stadium|synagogue|cathedral|airport|railway station|"
    r"station|nightclub|shopping (?:centre|center|mall))\b",
    re.IGNORECASE,
)
# a ruler's or an official's title the tagger keeps in the name: "King Mohammed VI pardoned 37 people"
_TITLE_IN_NAME = re.compile(r"(?:King|Queen|President|Pope)\s")
_OFFICIAL_TITLE = re.compile(
    r"\b(?:minister|president|spokes(?:man|woman|person)|judge|prosecutor|commander|general|colonel|captain|"
    r"chief|director|governor|mayor|official|officer|ambassador|secretary|lawyer|attorney|said|says|told)\W*"
    r"(?:\w+\W+){0,1}$",
    _I,
)

# a force named for someone who served in it: "a former U.S. Army reservist", "an Army veteran" (not
# "two Israeli army reservists", who serve)
_SERVICE_AFTER = re.compile(r"\s+(?:veterans?|vets?)\b", _I)
_FORMER_BEFORE = re.compile(r"\b(?:former|ex-|retired)\s*$", _I)
# the group a doer acted for: "claimed his attack was on behalf of ISIS", "killed in the name of"
_ACTED_FOR_BEFORE = re.compile(r"\b(?:on behalf|in the name) of\s+(?:the\s+)?$", _I)


def _served_in(text: str, m: ActorMatch) -> bool:
    """The force is named for someone who served in it."""
    return bool(
        _SERVICE_AFTER.match(text, m.end) or _FORMER_BEFORE.search(text, max(0, m.start - 12), m.start)
    )


# a war waged on a group, not the attack at hand: "to lead the fight against Islamic State militants"
_WAR_ON_BEFORE = re.compile(
    r"\b(?:fight|fighting|war|campaign|struggle|coalition|efforts?|strategy)\s+"
    r"(?:against|on)\s+(?:[\w'-]+\s+){0,3}$",
    _I,
)

# the second foe of a group's war, which is no target of the deed ("Islamic State, which is
# fighting against government forces in some areas, and separately against its rival al Qaeda")
_WAR_ON_AND_BEFORE = re.compile(
    r"\b(?:fights?|fighting|war|campaign|struggle|battl(?:e|es|ing))\s+(?:against|on)\s+[^.;:]{0,100}?"
    r"\band\s+(?:[\w-]+\s+)?against\s+(?:[\w'-]+\s+){0,3}$",
    _I,
)

# who speaks or writes for a group that threatens: "a message purporting to come from the
# spokesman of Islamic State calls on followers to launch attacks"
_VOICE_OF_BEFORE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|leader|chief|emir|messages?|statements?|videos?|audio|recordings?)\s+"
    r"(?:(?:of|from|for|by|issued by|released by)\s+)(?:the\s+)?$",
    _I,
)
# a spokesman named before the title: "Attaullah Khogyani, a spokesman for the provincial governor",
# "Eric van der Sypt, spokesman for the prosecutor's office"
_TITLE_AFTER = re.compile(
    r"\s*,\s*(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3})?spokes(?:man|woman|person)\b",
    _I,
)


# A name right after a locative preposition, or inside a parenthesis of places, is a place.
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|near|at|outside|around|between|coded as|(?:north|south|east|west)(?:-?(?:east|west))? of)(?: the)?|\b(?:village|town|city|district|province|commune|area|region|borough|suburb|"
    r"neighbou?rhood|municipality|county) of"
    # (the Arabic article the tagger leaves out: "a market in al-Shaab")
    r"|\((?:[^()]*,)?)\s*(?:(?:al|el|ad|ash|as|an|ar|az)-)?$",
    re.IGNORECASE,
)
_PLACE_AFTER = re.compile(
    r"^\s*\([^()]*,|"  # "Namava (Pemba-Metuge, Cabo Delgado)": a place in its hierarchy
    r"^\s*(?:district|province|area|village|town|city|county|region|commune|department|governorate|"
    r"municipality|upazila|tehsil)\b|"
    # ... told in an apposition: "al-Shaab, a Shi'ite district in the north of the capital"
    # (not "Sayed Agha Mohammad, the Chighansor district governor": a title)
    r"^\s*,\s+(?:an?|the)\s+(?:[\w'\u2019-]+\s+){0,2}(?:district|neighbou?rhood|suburb|village|town|city)"
    r"(?:\s+(?:in|of|on|near|north|south|east|west)\b|\s*[,.;])",
    re.IGNORECASE,
)
# a car's model the tagger takes for a person: "driving Abdeslam ... in a Renault Clio"
_CAR_MAKE_BEFORE = re.compile(
    r"\b(?:Renault|Peugeot|Citro[eë]n|Volkswagen|VW|Toyota|Ford|BMW|Mercedes(?:-Benz)?|Audi|Fiat|Opel|"
    r"Nissan|Honda|Hyundai|Kia|Skoda|Seat|Volvo|Mazda|Mitsubishi|Suzuki|Chevrolet|Dodge|Jeep)\s+$"
)


# a word at least this common in English (wordfreq's Zipf scale) is no lone name in ALL-CAPS text
_COMMON_ZIPF = 3.5


def _add_people(
    ann: AnnotatedArticle,
    event_type: str,
    spans: Sequence[tuple[int, int]],
    out: list[Actor],
    out_spans: list[Span | None],
    matches: Sequence[ActorMatch] = (),
) -> None:
    """People named in the happening's sentences: the accused of a case, the victims of an attack.

    Officials and sources ("Interior Minister X said") are left out. People are suspects, not
    convicts: ``legal_status`` follows the stage of the case the record reports.
    """
    if event_type not in LEGAL_STATUS and event_type not in {"attack", "release", "deportation"}:
        return
    seen = {a.mention for a in out}
    # the surnames of officials and speakers left out: "President Tayyip Erdogan ... whom Erdogan
    # accuses"
    left_out: set[str] = set()
    for ent in ann.entities:
        if (
            (ent.label != "PERSON" and not _misread_person(ann.text, ent.label, ent.start, ent.end))
            or not any(a <= ent.start < b for a, b in spans)
            or ent.text in seen
        ):
            continue
        if any(m.start < ent.end and ent.start < m.end for m in matches):
            continue  # "Boko Haram", "Ansaroul Islam": a group the tagger took for a person
        sent = ann.sentence_at(ent.start)
        if sent is None:
            continue
        before = ann.text[max(sent.start, ent.start - 40) : ent.start]
        after = ann.text[ent.end : min(sent.end, ent.end + 25)]
        # a party to a case keeps a title: "Among those arrested was General Bekir Ercan Van"
        titled = _OFFICIAL_TITLE.search(before) is not None or (
            # (not one harmed: "Prince Ali was wounded in a suicide bomb attack")
            event_type != "attack" and _TITLE_IN_NAME.match(ent.text) is not None
        )
        party = event_type != "attack" and people.named_party(
            ann.text, ent.start, ent.end, sent.start, sent.end, titled
        )
        if not party and (titled or SOURCE_NEAR.match(after.strip())):
            left_out.add(ent.text.split()[-1])
            continue
        if (
            " " not in ent.text
            and ent.text in left_out
            and not party
            and not (event_type == "attack" and _victim(ann.text, ent.start, ent.end, sent.start, sent.end))
        ):
            # (not "General Abdul Hai Atahai ... Atahai, an army commander, was killed": the victim)
            continue
        why = people.no_party(ann.text, ent.start, ent.end, sent.start, sent.end)
        # (a kin is never the party: "arrested the son of Imad Moughniyah")
        if why in ("no person", "kin") or (why is not None and not party and why != "speaker"):
            continue
        if (
            why == "speaker"
            and not party
            # ... unless told hurt: "Ahmed Ali, who was wounded, told reporters"
            and not (event_type == "attack" and _victim(ann.text, ent.start, ent.end, sent.start, sent.end))
        ):
            left_out.add(ent.text.split()[-1])
            continue
        if re.search(r"\baccording to\s*$", before, _I):
            continue  # "... were wounded in the attack, according to Attaullah Khogyani": who tells it
        if _TITLE_AFTER.match(ann.text, ent.end, sent.end):
            continue  # "Attaullah Khogyani, a spokesman for the provincial governor"
        if not any(ch.isupper() for ch in ent.text):
            continue  # "fleeing into the bush": a name is written with a capital
        if _CAR_MAKE_BEFORE.search(before):
            continue  # "in a Renault Clio": a car, not a person
        if _NAMES_A_DEED_AFTER.match(ann.text, ent.end) or _VENUE_AFTER.match(ann.text, ent.end):
            # "12 suspects held over the Mpeketoni attacks": the place a deed is known by; "plotting
            # a terrorist attack on a Rotterdam festival": a place a venue is known by
            continue
        if _TOWNS_PERSON_AFTER.match(ann.text, ent.end) and re.search(r"\b(?:an?|the)\s+$", before, _I):
            continue  # "A Rotterdam man was arrested": the town he is from, not his name
        if ent.text.endswith(("'s", "\u2019s")):
            continue  # "Abdul Razak, Haisam Sakhanh's co-accused": the party is the one possessed
        if _NO_PARTY.match(ent.text) or re.search(r"\bProphet\s+$", before):
            continue  # "praising the Prophet Mohammed", "threats on Twitter": no party to the case
        if (
            _PLACE_BEFORE.search(before)
            or _PLACE_AFTER.match(after)
            or any(p.start <= ent.start < p.end for p in ann.places)
            # ... named so elsewhere in the story: "two Shi'ite districts, Shaab and Sadr City ... A
            # car bomb in Shaab killed 12 people"
            or re.search(rf"\b(?:in|near)\s+(?:(?:al|el)-)?{re.escape(ent.text)}\b(?!['\u2019]s)", ann.text)
            # ... or the province after a town: "in Patikul, Sulu, on Saturday"
            or (" " not in ent.text and _TOWN_COMMA_BEFORE.search(before) and _CONTAINER_END.match(after))
            # ... or as the last of a list of places: "in raids in Duisburg and Essen" (one word, not
            # placed itself: "arrested a Moroccan man in Madrid and Yassin Ahmed in Barcelona")
            or (
                " " not in ent.text
                and not _PLACED_AFTER.match(ann.text, ent.end)
                and any(
                    p.end <= ent.start and _PLACES_LISTED.fullmatch(ann.text, p.end, ent.start)
                    for p in ann.places
                    if p.country_code
                )
            )
        ):
            continue  # "his home in Al Khawkhah", "(Deou, Oudalan)": a place the tagger took for a name
        words = ent.text.split()
        if len(words) == 1 and any(w.lower() == ent.text.lower() for a in out for w in a.mention.split()[1:]):
            continue  # "Corrales" after "Carlos Corrales": the same person
        if len(words) == 1 and ann.upper and zipf_frequency(ent.text.lower(), "en") >= _COMMON_ZIPF:
            continue  # "LEFT IN A HURRY": in capitals, the tagger takes common words for names
        doer = event_type == "attack" and (
            _DOER_BEFORE.search(before) is not None
            or _DOER_NAMED.search(ann.text, max(sent.start, ent.start - 90), ent.start) is not None
            or _DOER_AFTER.match(ann.text, ent.end, sent.end) is not None
            # "The driver, Sayfullo Saipov, 29, was arrested at the scene", "The suspect, a 27-year-old
            # German named as Stephan Balliet" (not one harmed: "The driver, Ahmed Ali, was killed")
            or (
                _DRIVER_OR_SUSPECT_BEFORE.search(ann.text, max(sent.start, ent.start - 90), ent.start)
                is not None
                and _CAUGHT_AFTER.match(ann.text, ent.end, sent.end) is not None
                and not _victim(ann.text, ent.start, ent.end, sent.start, sent.end)
            )
        )
        if (
            event_type == "attack"
            and not doer
            and (
                not _victim(ann.text, ent.start, ent.end, sent.start, sent.end)
                # "The driver, Mohamed Lahouaiej Bouhlel, was shot dead by officers": the attacker
                or people.shot_by_police(ann.text, ent.start, ent.end, sent.start, sent.end)
            )
        ):
            # "Dalia Grybauskaite, president of Lithuania, wrote ...", "a witness, Brady Vancel,
            # told ...": a person named in an attack's story is its victim only when told so
            continue
        if (
            event_type in _CASE_STAGES
            and not party
            and _victim(ann.text, ent.start, ent.end, sent.start, sent.end)
        ) or (
            # "arrested 15 ... suspected of involvement in the killing of community leader Mohib Ullah"
            event_type in _CASE_STAGES | {"arrest", "raid"}
            and _VICTIM_OF_BEFORE.search(ann.text, max(sent.start, ent.start - 50), ent.start)
        ):
            continue  # "Jenkins was killed about two months after ...": whom the crime hit, not the accused
        seen.add(ent.text)
        if doer:
            # "The gunman, Omar Mateen, ... was killed by police": who did it (a suspect), not a victim
            out.append(Actor(ent.text, ent.text, "person", "perpetrator", None, "suspect"))
            out_spans.append(Span(sent.start, sent.end))
            continue
        role = "target"
        status = LEGAL_STATUS.get(event_type)
        if event_type in _CASE_STAGES:
            # a verdict of the person's own: "convicted four men ..., but acquitted a fifth. Youssef
            # Maaouni was acquitted of all charges"
            status = _own_verdict(ann.text, ent.start, ent.end, sent.start, sent.end) or status
        out.append(Actor(ent.text, ent.text, "person", role, None, status))
        out_spans.append(Span(sent.start, sent.end))


# a person named as who did it: "The gunman, Omar Mateen,", "suspected bomber Ahmet Y.", "Mateen, the
# shooter,"
_DOERS = r"(?:gunm[ae]n|shooters?|attackers?|assailants?|bombers?|suicide bombers?|killers?|hijackers?|perpetrators?)"
# the words that tell a person named: "An individual, identified as Yunis Safarov,"
# a verb of a case right before a name: "sentenced Zaniar Matapour to 30 years"
_CASE_VERB_BEFORE = re.compile(
    r"\b(?:sentenced|convicted|charged|acquitted|arrested|detained|extradited|deported|indicted|jailed|"
    r"expelled|freed|released)\s+$",
    _I,
)
# a word this rare in English is a name's ("Matapour", "Akilov")
_NAME_WORD_ZIPF = 3.0


def _misread_person(text: str, label: str, start: int, end: int) -> bool:
    """A person's name the tagger took for a product or an organisation, as the object of a step of
    a case: "sentenced Zaniar Matapour" (PRODUCT), "sentenced Rakhmat Akilov" (ORG). Two or three
    capitalised words, each rare in English."""
    if label not in ("ORG", "PRODUCT", "WORK_OF_ART", "NORP", "FAC", "EVENT"):
        return False
    words = text[start:end].split()
    if not 2 <= len(words) <= 3 or not all(w.isalpha() and w[0].isupper() and w[1:].islower() for w in words):
        return False
    if any(zipf_frequency(w.lower(), "en") >= _NAME_WORD_ZIPF for w in words):
        return False
    return _CASE_VERB_BEFORE.search(text, max(0, start - 20), start) is not None


_A_PERSON_BEFORE = re.compile(
    rf"\b(?:individual|man|woman|person|suspect|{_DOERS}|identified as|named)\b[^.;]{{0,15}}$", _I
)
# (a given name the tagger left out of the person: "The Dallas gunman, Micah Johnson")
_DOER_BEFORE = re.compile(
    rf"\b(?:suspected\s+|alleged\s+|lone\s+)?{_DOERS},?\s+(?:(?-i:[A-Z])[\w.'-]*\s+){{0,2}}$", _I
)
# ... "The shooter, who was identified as Florida resident Omar S. Mateen, was killed by police"
_DOER_NAMED = re.compile(
    rf"\b{_DOERS},?\s+(?:who\s+)?(?:was\s+|has been\s+|had been\s+)?(?:identified|named)\s+"
    r"(?:by\s+(?:[\w.-]+\s+){1,3})?as\s+(?:[\w-]+\s+){0,3}$",
    _I,
)
_DOER_AFTER = re.compile(rf",\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}{_DOERS}\b", _I)
# ... one caught: "The driver, Sayfullo Saipov, 29, was arrested at the scene" (not one released
# without charge, nor a driver whose car was hijacked)
_CAUGHT_AFTER = re.compile(
    r"(?:\s*,\s*(?:\d{1,2}|aged\s+\d{1,2}|an?\s+\d{1,2}-year-old(?:\s+[\w-]+){0,3})\s*,)?\s+"
    r"(?:was|has\s+been|had\s+been|is)\s+(?:(?:later|quickly|immediately|also|then)\s+)?"
    r"(?:arrested|detained|taken\s+into\s+custody|charged|captured|apprehended|held)\b",
    _I,
)
_DRIVER_OR_SUSPECT_BEFORE = re.compile(
    r"\b(?:the|a)\s+(?:truck\s+|lorry\s+|van\s+|car\s+)?(?:driver|suspect),\s+"
    r"(?:(?:an?\s+)?[^,.;]{0,60}?\b(?:named|identified)\s+as\s+|)(?:(?-i:[A-Z])[\w.'-]*\s+){0,2}$",
    _I,
)


# a figure of faith or a platform the tagger takes for a person
_NO_PARTY = re.compile(
    r"(?:the\s+)?(?:Prophet\b|Allah$|God$|Jesus(?:\s+Christ)?$)"
    r"|(?:Twitter|Facebook|YouTube|Telegram|Instagram|WhatsApp)$"
    # ... or a feast: "Christians celebrating Easter"
    r"|(?:Easter|Christmas|Ramadan|Eid(?:\s+al-\w+)?|Passover|Diwali|Hanukkah|Navruz|Nowruz)$",
    _I,
)


# a person harmed: "the murder of Senator Galan", "gunmen shot Ahmed Ali", "the victims included
# ...", "Jo Cox, who was shot", "Hussein Othman was killed"
_VICTIM_BEFORE = re.compile(
    r"\b(?:killed|killing|murdered|murder of|assassinat\w+|shot(?: dead)?|shooting of|stabbed|stabbing of|"
    r"kidnapp\w+|abduct\w+|attack(?:ed|s)? on|attacked|targeted|targeting|victims?|hostages?|death of|"
    r"beheaded|beheading of|execut\w+|wounded|injured|ambushed|seized|captured|bodies of|body of|"
    r"funerals? of|mourn\w*|life of)\b[,:]?\s+(?:[\w.'-]+,?\s+){0,5}$",
    _I,
)
# the victim of the deed a case is about, named after it: "suspected of involvement in the killing of
# community leader Mohib Ullah"
_VICTIM_OF_BEFORE = re.compile(
    r"\b(?:killing|murder|assassination|death|kidnapping|abduction|beheading|shooting|stabbing)\s+of\s+"
    r"(?:[\w.'-]+\s+){0,3}$",
    _I,
)
_VICTIM_AFTER = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:,[^,;]{0,80},\s*|,\s*)?(?:(?:who|was|were|had|has|have|been|being|is|also|"
    r"later|reportedly|allegedly|fatally|seriously|critically|badly|slightly|then)\s+){0,4}"
    r"(?:killed|shot|wounded|injured|murdered|kidnapped|abducted|stabbed|died|dead|beheaded|executed|hurt|"
    r"taken hostage|held hostage|assassinated|hacked|attacked|among the (?:dead|victims|injured|wounded))\b",
    _I,
)


# the verb after a name is active when no passive auxiliary comes between and an object follows:
# "gunman Omar Mateen killed 49 people", "Mateen, who had shot a policeman"
_PASSIVE_AUX = re.compile(r"\b(?:was|were|been|being|is|are)\b", _I)
_OBJECT_AFTER = re.compile(
    r"\s+(?:\d|at least\b|more than\b|(?:a|an|the|his|her|their|its|him|them|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|dozens|scores|hundreds|several|many|some|people|civilians|police\w*|"
    r"soldiers)\b)",
    _I,
)


def _victim(text: str, start: int, end: int, sent_start: int, sent_end: int) -> bool:
    """The sentence tells the person named between ``start`` and ``end`` was harmed."""
    if _VICTIM_BEFORE.search(text, max(sent_start, start - 60), start):
        return True
    after = _VICTIM_AFTER.match(text[end:sent_end])
    if after is None:
        return False
    return bool(_PASSIVE_AUX.search(after.group())) or not _OBJECT_AFTER.match(
        text, end + after.end(), sent_end
    )


def _drop_parents(
    kb: ActorKB, actors: list[Actor], spans: list[Span | None]
) -> tuple[list[Actor], list[Span | None]]:
    """When a group and its parent are both perpetrators (al-Shabaab and al-Qaeda), keep the group;
    an actor that did the deed is not also its target."""
    keep_a: list[Actor] = []
    keep_s: list[Span | None] = []
    doers = {a.name for a in actors if a.role in {"perpetrator", "agent"}}
    hit = {a.name for a in actors if a.role == "target"}
    for a, s in zip(actors, spans, strict=True):
        if a.name in doers and a.name in hit:
            # one side of the deed, not both: a group that did it ("A series of bombings claimed by
            # Islamic State hit Baghdad", then "the offensive against Islamic State") is not its
            # target; a force both hit and guessed its doer ("after being intercepted by Afghan
            # National Army personnel ... two soldiers were injured") is the target
            force = a.kind in FORCE_KINDS
            if (a.role == "target" and not force) or (a.role == "perpetrator" and force):
                continue
        if a.role == "affiliation" and any(o.name == a.name and o.role == "perpetrator" for o in actors):
            continue  # "militants executed 20 villagers for refusing to join Islamic State": the doer
        if a.kind == "armed_group" and a.role in {"perpetrator", "affiliation"}:
            others = [o for o in actors if o is not a and o.role == a.role and o.kind == "armed_group"]
            if any(_is_ancestor(kb, a.name, o.name) for o in others):
                continue
        keep_a.append(a)
        keep_s.append(s)
    return keep_a, keep_s


def _is_ancestor(kb: ActorKB, maybe_parent: str, child: str) -> bool:
    p = kb.canonical(maybe_parent)
    c = kb.canonical(child)
    if p is None or c is None or p.id == c.id:
        return False
    return any(anc.id == p.id for anc in kb.ancestors(c.id))
