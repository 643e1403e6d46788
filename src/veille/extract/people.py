"""Whether a person named in a happening's sentences is a party to it.

A person is a record's target when the sentence makes them one: the arrested, charged or tried
("Among those arrested was General Bekir Ercan Van"), the victim of an attack. The other people a
story names are not: who speaks of it ('Supreme Leader Khamenei "underlined ..."', "Ken Conboy,
who works for a security company, speculated"), the head of a government that acted ("the
government of Sheikh Hasina ... has arrested thousands"), the owner of a place or of a people
("killed in what is Assad's coastal heartland"), a kin named to tell who someone is ("the son of
Imad Moughniyah"), an attacker the police shot ("The driver, ..., was shot dead by officers"), and
names that are no person at all ("Hurriyet newspaper reported", "the Incirlik air base", "the
minority Alawite sect", "Java, the Indonesian island").
"""

from __future__ import annotations

import re

from veille.extract.lexicon import SPEECH_VERBS

_I = re.IGNORECASE

# what a case does to its party: "charging Mohamed Elshinawy", "named the three charged as Yassine
# A.", "Among those arrested was General Bekir Ercan Van", "the case against Martinez"
# ... the words between unbroken by a comma, but for a list ("Four other suspects were picked up on
# Friday, including Mohamed Abrini") or an apposition ("arrested the main suspect in the bombing, Ahmed
# Karimi"; not "the case against Martinez, U.S. District Judge Jesus Bernal")
_PARTY_BEFORE = re.compile(
    r"\b(?:arrest(?:ed|ing|s)?|detain(?:ed|ing|s)?|detention of|charg(?:ed|ing|es against)|indict(?:ed|ing)|"
    r"convict(?:ed|ing)|sentenc(?:ed|ing)|extradit(?:ed|ing|ion of)|deport(?:ed|ing|ation of)|"
    r"releas(?:ed|ing)|release of|freed|captur(?:ed|ing)|seiz(?:ed|ing)|apprehend(?:ed|ing)|picked up|"
    r"trial of|case against|"
    r"suspects?|defendants?|accused|identified as|named (?:\w+\s+){0,3}as|ringleader)\b:?\s+"
    r"(?:[\w.'\u2019-]+\s+){0,8}"
    r"(?:[\w.'\u2019-]+,\s+(?:(?:including|among them|such as)\s+(?:[\w.'\u2019-]+\s+){0,3})?"
    r"|(?:including|among them|such as)\s+(?:[\w.'\u2019-]+\s+){0,3})?$",
    _I,
)
# ... of one named with a title: "Among those arrested was General Bekir Ercan Van", "the arrest of
# Colonel ..." (not "The accused appeared before Judge Emma Arbuthnot")
_TITLED_PARTY_BEFORE = re.compile(
    r"\b(?:(?:arrested|detained|held|charged|indicted|convicted|sentenced|captured|apprehended|seized)\s+"
    r"(?:was|were|is|are|includes?|included|including)|(?:arrest|detention|trial|conviction|extradition)\s+of)\s+"
    r"(?:[\w.'\u2019-]+\s+){0,3}$",
    _I,
)
# ... told after the name: "Kim Dong Chul was arrested", "Ted Hakey, 48, pleaded guilty", "Reinhold
# Hanning is accused of", "Bergdahl is free while he awaits trial", "Akin Ozturk, head of the air
# force ..., was among those held" (not "Judge Bernal sentenced him": who passed it)
_PARTY_AFTER = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:,[^;]{0,120}?,\s*|,\s*)?"
    r"(?:(?:who|also|later|then|reportedly|allegedly|already|and\s+(?:[\w-]+\s+){0,3}others)\s+){0,2}"
    r"(?:(?:was|were|is|are|been|being|(?:had|has|have)\s+been)\s+(?:[\w-]+ly\s+|also\s+|later\s+|then\s+)?"
    r"(?:arrested|detained|charged|indicted|convicted|sentenced|extradited|deported|released|freed|captured|"
    r"seized|apprehended|held|jailed|imprisoned|accused|tried|acquitted|found\s+guilty|taken\s+into\s+custody|"
    r"picked\s+up|among\s+(?:those|the)|on\s+trial|free\s+while)"
    r"|pleaded|awaits?\s+trial|appeared\s+(?:in|before)|in\s+custody|confessed"
    # (not "Prime Minister Binali Yildirim, facing questions from lawmakers")
    r"|(?:faces|facing)\s+(?:charges?|trial|up\s+to|life|the\s+death|a\s+(?:possible\s+)?(?:sentence|charge|trial))"
    r")\b",
    _I,
)

# who speaks: 'Khamenei "underlined', "Ken Conboy, who works for a security company, speculated" (one
# apposition; not "shot dead Ahmed Karimi, a councillor, in Kunduz on Monday, said a spokesman")
_SPEAKS = (
    rf"(?:{SPEECH_VERBS}|tells|underlined|stressed|speculated|insisted|noted|argued|explained|claimed|praised|"
    r"believes)\b"
)
_SPEAKER_AFTER = re.compile(r"\s*[\"\u201c]?\s*(?:,[^,;]{0,100},\s*)?(?:\w+ly\s+)?" + _SPEAKS, _I)
# ... a body that reports with the media: "the Observatory and state media reported"
_REPORTS_WITH_AFTER = re.compile(
    r"\s+and\s+(?:the\s+)?(?:state\s+|local\s+|other\s+)?(?:media|television|TV|news\s+agenc(?:y|ies)|"
    r"officials|police|monitors?)\s+(?:\w+ly\s+)?" + _SPEAKS,
    _I,
)
# the head of those who acted: "The government of Sheikh Hasina", "supporters of"
_HEAD_BEFORE = re.compile(
    r"\b(?:government|administration|regime|cabinet|allies|ally|loyalists?|supporters?|followers?)\s+of\s+"
    r"(?:[\w.'\u2019-]+\s+)?$",
    _I,
)
# a kin named to tell who the person is: "Jihad Moughniyah, the son of Imad Moughniyah, who were killed"
_KIN_BEFORE = re.compile(
    r"\b(?:son|daughter|father|mother|brother|sister|wife|husband|widow|widower|nephew|niece|cousin|uncle|"
    r"aunt|grandson|granddaughter|grandfather|grandmother|sons|daughters|brothers|sisters|children|"
    r"parents|relatives?|(?:brother|sister|son|daughter)-in-law)\s+of\s+(?:the\s+late\s+|late\s+)?"
    r"(?:[\w.'\u2019-]+\s+)?$",
    _I,
)
# the owner of a place or a people: "Assad's coastal heartland", "Assad's Alawite minority"
_OWNER_AFTER = re.compile(
    r"['\u2019]s?\s+(?:[\w-]+\s+){0,2}(?:heartland|minority|sect|stronghold|territory|homeland|hometown|"
    r"government|regime|administration|forces|troops|army|supporters|loyalists|party|country|capital|region|"
    r"province|people|followers|coalition|allies|side)\b",
    _I,
)
# a name that is a place, a building, a people or a medium: "the Incirlik air base", "the minority
# Alawite sect", "Hurriyet newspaper", "the city's Sheik Maqssoud neighborhood", "the Baitul Aman Mosque"
_NO_PERSON_AFTER = re.compile(
    r"\s+(?:air\s*base|base|airport|airfield|prison|jail|mosque|church|synagogue|temple|shrine|camp|"
    r"neighbou?rhood|quarter|square|street|road|highway|stadium|museum|hospital|university|school|sect|"
    r"tribe|clan|community|newspaper|daily|news\s+agency|magazine|television|TV|radio|broadcaster|website|"
    # (a venue named for someone: "the Charlie Hebdo offices", "the Bataclan concert hall")
    r"offices?|headquarters|premises|building|concert\s+hall|hall|theat(?:er|re)|restaurant|cafe|hotel|"
    # (a people or a movement: "46 former Tamil Tiger militants", "Sri Lankan nationals")
    r"militants|fighters|rebels|insurgents|guerrillas|jihadists|separatists|cadres|operatives|nationals|"
    r"citizens|refugees)\b"
    # ... or told in an apposition: "Java, the Indonesian island"
    # (not "Tabufor Francis, a Senior State Counsel")
    r"|\s*,\s+(?:an?|the)\s+(?:[\w'\u2019-]+\s+){0,2}(?:island|province|state|region|capital|country|port)"
    r"(?:\s*[,.;]|\s+(?:in|of|off|on|near|that|which|where)\b)",
    _I,
)
_NO_PERSON_BEFORE = re.compile(
    r"\b(?:newspaper|daily|magazine|broadcaster|news\s+agency|website|weekly)\s+$"
    # ... or a likeness: "a picture of John McCain in her mind", "a portrait of the king"
    r"|\b(?:picture|photo|photograph|image|portrait|poster|statue|likeness|caricature|cartoon)s?\s+of\s+$"
    # ... or a land the tagger took for a person: "in raids across Java", "throughout Mindanao"
    r"|\b(?:across|throughout)\s+(?:the\s+)?(?:island\s+of\s+)?$",
    _I,
)
# an attacker the police shot: "The driver, Mohamed Lahouaiej Bouhlel, was shot dead by officers",
# "Johnson then was killed by an explosive-laden robot sent in by police", "a police sniper shot dead
# Belkaid", "Farook and Malik were later killed in a shootout with police"
# (not "A sniper shot and killed Dawood Laghmani, an army commander": whose sniper is not told)
# (nor "wounded by police gunfire", "killed by a police bullet during the rescue": a hostage or a
# bystander; nor "killed by militants who attacked the police checkpoint")
_POLICE = (
    r"(?:police(?:men)?|officers?|police\s+snipers?|SWAT|robot)"
    r"(?!\s+(?:gunfire|fire|bullets?|shots?|rounds?))"
)
_SHOT_BY_POLICE_AFTER = re.compile(
    r"\s*(?:,[^,;]{0,100},\s*|,\s*)?(?:(?:and\s+[\w-]+\s+)?(?:who|was|were|had|has|been|then|later|also)\s+){0,3}"
    r"(?:(?:fatally\s+)?shot(?:\s+dead)?|killed|slain|wounded|gunned\s+down)\s+"
    rf"(?:by\s+(?:(?:the|an?)\s+)?(?:[\w-]+\s+)?{_POLICE}|in\s+an?\s+(?:shoot-?out|gunfight|firefight)\s+with\s+(?:the\s+)?{_POLICE})\b",
    _I,
)
_SHOT_BY_POLICE_BEFORE = re.compile(
    # (not "Gunmen in police uniforms shot dead")
    rf"\b{_POLICE}\s+(?:that\s+|who\s+)?(?:shot(?:\s+dead)?|killed)\s+(?:[\w-]+\s+){{0,3}}$",
    _I,
)


def named_party(
    text: str, start: int, end: int, sent_start: int, sent_end: int, titled: bool = False
) -> bool:
    """The sentence tells the person between ``start`` and ``end`` is a party to a case (arrested,
    charged, tried, released); ``titled``: named with an official's title, which only words of the
    case right before ("Among those arrested was General ...") or after make a party."""
    before = _TITLED_PARTY_BEFORE if titled else _PARTY_BEFORE
    return bool(
        before.search(text, max(sent_start, start - 120), start) or _PARTY_AFTER.match(text, end, sent_end)
    )


def no_party(text: str, start: int, end: int, sent_start: int, sent_end: int) -> str | None:
    """Why the person between ``start`` and ``end`` is no party to the happening, or None."""
    if _NO_PERSON_AFTER.match(text, end, sent_end) or _NO_PERSON_BEFORE.search(
        text, max(sent_start, start - 30), start
    ):
        return "no person"
    if _REPORTS_WITH_AFTER.match(text, end, sent_end):
        return "no person"
    if _SPEAKER_AFTER.match(text, end, sent_end):
        return "speaker"
    if _HEAD_BEFORE.search(text, max(sent_start, start - 60), start):
        return "head of those who acted"
    if _KIN_BEFORE.search(text, max(sent_start, start - 40), start):
        return "kin"
    if _OWNER_AFTER.match(text, end, sent_end):
        return "owner"
    return None


def shot_by_police(text: str, start: int, end: int, sent_start: int, sent_end: int) -> bool:
    """The person between ``start`` and ``end`` was shot or killed by the police: the attacker."""
    return bool(
        _SHOT_BY_POLICE_AFTER.match(text, end, sent_end)
        or _SHOT_BY_POLICE_BEFORE.search(text, max(sent_start, start - 60), start)
    )


# A state force named in an attack's story is taken for its target, unless the sentence tells it did
# something else or is only whom the victims served: it helped ("assisted by French and U.S.
# military personnel", "trained by the national security agency Shin Bet"), acted or spoke ("the
# Syrian army urged citizens", "Syrian Army members inspect a damaged site", "the FBI is betting",
# "A Russian defence ministry statement ... accused"), is wanted to act ("allow the FBI to unlock the
# iPhone"), stands accused ("accused the Arab coalition and Yemeni government forces of violating the
# truce"), staged a coup, or employed the victims ("accused him of being a CIA agent").
_HELPER_BEFORE = re.compile(
    # (not "A fuel convoy escorted by the Somali army was ambushed": the escort is hit too)
    r"\b(?:trained|assisted|backed|supported|helped|advised|equipped|investigated|questioned|probed)\s+by\s+"
    r"(?:the\s+)?(?:[\w'\u2019.-]+\s+){0,3}$"
    # (not "accused of attempting to bomb U.S. military bases": what they were accused of hitting)
    r"|\baccused\s+(?:(?!of\b)[\w'\u2019.-]+\s+){0,6}$"
    r"|\b(?:acknowledg\w*|statement|announcement|confirmation|comment)\s+(?:from|by|of)\s+(?:the\s+)?$"
    # ... or is whom the victims were said to serve: "accused the victims of working for the Afghan
    # intelligence agency", "accused him of being a CIA agent"
    r"|\b(?:of|for)\s+(?:being|working|spying|collaborating)\s+(?:for\s+|with\s+)?(?:an?\s+|the\s+)?"
    r"(?:[\w'\u2019.-]+\s+){0,2}$",
    _I,
)
# ... its own men or words between it and the verb, no others ("an Iraqi army patrol trying to clear a
# road", "CRPF personnel deployed to protect", "army vehicles and Ankara accused the PKK": hit)
_ACTS_AFTER = re.compile(
    r"\s*(?:\([^()]{0,20}\)\s*)?(?:,[^,;]{0,60},\s*)?(?:['\u2019]s?\s+)?"
    r"(?:(?:agents|officials|officers|members|spokes(?:man|woman)|commanders?|chiefs?|defen[cs]e\s+ministry|"
    r"ministry)\s+)?(?:(?:on|late|early)\s+\w+\s+)?"
    r"(?:(?:is|are|was|were|has|have|had)\s+)?(?:also\s+|now\s+|still\s+)?"
    r"(?:urged|urges|urging|inspect\w*|questioned|questioning|betting|bets|acknowledg\w*|statement|"
    r"accused|accuses|tries|tried|trying|seeks|sought|proclaim\w*|declared|warned|denied|"
    r"coup|to\s+(?:unlock|access|investigate|be\s+able))\b",
    _I,
)


def force_not_hit(text: str, start: int, end: int, sent_start: int, sent_end: int) -> bool:
    """The sentence tells the state force between ``start`` and ``end`` did something other than
    suffer the happening."""
    return bool(
        _HELPER_BEFORE.search(text, max(sent_start, start - 60), start)
        or _ACTS_AFTER.match(text, end, sent_end)
    )
