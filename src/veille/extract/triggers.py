"""Which trigger in a sentence names the happening it reports.

A sentence often holds several trigger words: "Germany deported a man convicted of supporting
the Islamic State" reports a deportation; "convicted" only describes the man. Each rule here is
small and named: descriptive uses (after "accused of", a reduced relative "a man convicted of"),
modal or hypothetical attacks ("could attack", "calling on supporters to attack"), background
sentences ("has carried out similar attacks"), and then the earliest strong trigger wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from veille.extract._dates_lexicon import FULL_MONTH_ALT, MONTH_ALT, WEEKDAY_ALT
from veille.extract.asides import DOER_OF_DEED, DOERS, LAPSE_AFTER
from veille.extract.lexicon import TRIGGERS, Trigger
from veille.kb.actors import ActorMatch

_I = re.IGNORECASE

# "accused of planning attacks", "on suspicion of belonging to", "for his role in a plot"
DESCRIPTIVE_BEFORE = re.compile(
    r"\b(?:accused of|suspected of|on suspicion of|under suspicion of|charged with|convicted (?:of|for)|"
    r"sentenced for|jailed for|found guilty of|for (?:his|her|their) (?:role|part|involvement) in|"
    r"in connection with|linked to|over (?:his|her|their|an?|the) (?:alleged |suspected )?|"
    r"(?:who|which|that) (?:had |has |have |was |were )?(?:been )?(?:previously |already |allegedly )?|"
    r"after (?:being|having been)|for (?:allegedly )?|because of|responsible for|involved in|"
    r"on (?:[\w-]+ )?charges? (?:of|for)|speciali[sz](?:ing|es|ed|t|ts) (?:in|on)|experts? (?:in|on)|"
    r"of (?:trying|attempting|helping|planning|plotting) to|to face charges of|faces charges of)"
    r"(?:(?<=\s)|(?![\w'-]))\s*(?:[\w'-]+\s+){0,4}$",
    _I,
)
# A verb of saying before "that": "that" opens reported speech, not a relative clause.
REPORTED_THAT = re.compile(
    r"\b(?:said|says|say|saying|added|adds|adding|announced|announcing|stated|reported|reporting|confirmed|"
    r"confirming|explained|revealed|noted|noting|told "
    r"(?:\w+ ){0,3}?|warned|claimed|insisted|disclosed|indicated)"
    # ("The minister said on Sunday that five people had been detained", "Police said in a statement
    # on Sunday that 25 people had been arrested")
    r"(?:\s+(?:on\s+(?:\w+day|\w+\.?\s+\d{1,2})|yesterday|today|earlier|later|in an? (?:\w+ )?statement)){0,2}\s*$",
    _I,
)
RELATIVE_BEFORE = re.compile(r"\b(?:who|that) (?:was|were|had been|have been|has been) $", _I)
DAY_AFTER = re.compile(
    r"^\s+(?:[\w,]+\s+){0,2}?(?:on|last|early on|late on)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d)",
    _I,
)
# "a 29-year-old Afghan man convicted of", "five men arrested during": a participle modifying a noun.
REDUCED_RELATIVE = re.compile(
    r"\b(?:man|woman|men|women|person|persons|people|national|nationals|citizen|citizens|suspects?|"
    r"teenagers?|boys?|girls?|imam|cleric|businessman|members?|individuals?|fighters?|militants?|"
    r"jihadists?|jihadis|extremists?|Islamists?|radicals?|preacher|youths?|minors?|refugees?|migrants?|asylum seekers?|"
    # "Abu Zubaydah, a Saudi-born al Qaeda operative captured in Pakistan"
    r"operatives?|commanders?|leaders?|financiers?|recruiters?|bomb-?makers?)\s*,?\s*$",
    _I,
)
PARTICIPLES = re.compile(
    r"^(?:convicted|sentenced|arrested|detained|charged|accused|wanted|released|deported|jailed|"
    r"acquitted|extradited|suspected|held|captured|repatriated|expelled)$",
    _I,
)
_MODAL_VERB = r"(?:could|would|might|(?<!\d )may(?! \d)|will|shall|can|must|should)"
# a return of happenings of the past, feared: "raising fears of a return to the Palestinian suicide
# attacks that ravaged Israeli cities a decade ago"
_RETURN_OF = (
    r"(?:fears?|spectre|specter|prospect|threat|risk) of (?:an? |the )?(?:return|repeat|resurgence|revival|"
    r"recurrence) (?:to|of)(?: the)?"
)
_RETURN_FEARED = re.compile(rf"\b{_RETURN_OF}\s+(?:[\w'-]+\s+){{0,3}}$", re.IGNORECASE)
# Hypothetical, planned or feared attacks are not attacks.
MODAL_BEFORE = re.compile(
    rf"\b(?:{_MODAL_VERB}|"
    r"(?<!continued )(?<!continue )(?<!began )(?<!begun )(?<!started )(?<!managed )(?<!helped )(?<!helping )(?<!proceeded )(?<!went on )(?<!resorted )(?<!resorting )"
    # (nor the preposition of a tie: "Militants linked to al-Qaeda killed 12 soldiers")
    r"(?<!linked )(?<!tied )(?<!loyal )(?<!affiliated )(?<!allied )(?<!connected )(?<!allegiance )(?<!close )"
    r"(?<!belonging )(?<!sympathetic )to"
    # (nor who the doers are said to be: "Gunmen believed to be from al-Qaida abducted five"; not
    # "the militant thought to be behind the attack")
    r"(?!(?:(?<=believed to)|(?<=thought to)|(?<=suspected to)|(?<=presumed to)|(?<=reported to)|(?<=alleged to))"
    r"\s+(?:be\s+(?:from|members?|part|with|linked|loyal|affiliated|allied|tied)|belong)\b)"
    # ("to" before a noun's determiner is a preposition: "admitted to the fatal weekend shootings",
    # "linked to the attacks"; what is open to one is not: "vulnerable to a terrorist attack")
    r"(?!\s+(?:the|an?|this|these|those|his|her|their|its)\s)"
    # (nor a place the subject was going to: "Six people who were travelling to Peshawar were kidnapped")
    r"(?!\s+(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?\s+(?:were|was)\s)|"
    r"(?:vulnerable|susceptible|exposed|prone|open) to|"
    # ... nor what one prepares a response to ("more powers to respond to a terrorist attack",
    # "plans for responding to a terrorist attack"; "police responded to the attack", "officers
    # responding to a shooting at a Walmart" tell one)
    r"(?:to|for|of)\s+(?:respond|responding|react|reacting)\s+to|(?:to|for|of)\s+(?:cope|coping|deal|dealing)\s+with|"
    # ... nor the response one threatens: "threatened to respond with an all-out offensive" (not
    # one under way: "troops continued to retaliate with artillery fire")
    r"(?:threaten(?:ed|s|ing)?|vow(?:ed|s|ing)?|warn(?:ed|s|ing)?|promis(?:ed|es|ing)|pledg(?:ed|es|ing))\s+"
    r"to\s+(?:respond|retaliate|reply|react)\s+with|"
    r"plann?(?:ed|ing|s)? to|plann?(?:ed|ing) (?:an? )?|"
    r"plot(?:ted|ting)? to|threaten(?:ed|s|ing)? to|vow(?:ed|s)? to|call(?:ed|s|ing)? (?:on \w+ )?(?:\w+ )?to|"
    r"urg(?:ed|es|ing) (?:\w+ ){0,2}to|"
    # "urged increased intelligence gathering and more airstrikes": more of it asked for
    r"(?:urg(?:ed|es|ing)|demand(?:ed|s|ing)|(?:push|press)(?:ed|es|ing)? for|propos(?:ed|es|ing)) "
    r"(?:[\w'-]+ ){0,4}?(?:more|increased|further|additional|intensified|stepped-up)|"
    + _RETURN_OF
    + r"|risks? of|fears? of|threats? of|dangers? of|"
    r"prospects? of|spectre of|specter of|possibility of|likelihood of|possible|potential|prevent(?:ed|ing)? (?:an? )?|"
    # "concerned about online radicalization"
    r"(?:concern(?:ed|s)?|worr(?:y|ies|ied)) (?:about|over)|"
    r"foil(?:ed|ing)? (?:an? )?|thwart(?:ed|ing)? (?:an? )?|simulat(?:ed|ing|ion of) (?:an? )?|"
    r"in case of (?:an? )?|against (?:possible |potential )?|expect(?:s|ed|ing)? (?:an? |more |further )|"
    r"alert for (?:an? |any )?(?:possible |potential )?|(?:notice|warning) of (?:an? |any )?|warn(?:ed|s|ing)? (?:of|about) (?:an? )?(?:possible )?|"
    r"preparing (?:an? |for )?|prepared? (?:an? |for )?|preparations? for an? |"
    # Propaganda about attacks is not an attack: "videos glorifying attacks", "inciting attacks".
    r"glorif(?:y|ies|ied|ying)|prais(?:e|es|ed|ing)|incit(?:e|es|ed|ing)(?: to)?|justif(?:y|ies|ied|ying)|"
    r"celebrat(?:e|es|ed|ing)|advocat(?:e|es|ed|ing)|call(?:s|ed|ing)? for)(?:(?<=\s)|(?![\w'-]))\s*"
    # (a pause is no word: "Turkey will ... watch the massacre")
    r"(?:(?:[\w'-]+|\.\.\.|\u2026)\s+){0,3}$",
    _I,
)
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:after|before|when|while|since|because|but)\b", _I)
_MODAL_DEED_BEFORE = re.compile(
    rf"\b{_MODAL_VERB}\s+(?:not\s+|also\s+|soon\s+)?(?:carry\s+out|commit|launch|stage|mount|perpetrate|conduct|"
    r"unleash)\s+(?:[\w'-]+\s+){0,5}$",
    _I,
)
_IN_A_YEAR_AFTER = re.compile(r"\s+(?:in|since)\s+(?:[A-Za-z]+\s+)?(?:19|20)\d\d\b")
_MODAL_INSIDE = re.compile(rf"\s{_MODAL_VERB}\s+(?:not\s+|also\s+|soon\s+)?(?:be\s+|have\s+)?[a-z]+\b", _I)
# a list of verbs under one modal: "will be capturing, torturing, and assassinating"
MODAL_LIST = re.compile(
    rf"\b{_MODAL_VERB}\s+(?:not\s+)?(?:be\s+|have\s+)?(?:[\w'-]+,\s+){{1,3}}(?:(?:and|or)\s+)?$",
    _I,
)
# the modal right before a foiling verb
MODAL_FOILING = re.compile(
    rf"\b(?:{_MODAL_VERB}|(?<!managed )(?<!able )(?<!helped )(?<!helping )to)\s+(?:not\s+)?"
    r"(?:have\s+|be\s+|help\s+)?$",
    _I,
)
# "a tip line allowed police to thwart a planned attack": it was thwarted
ENABLED_TO = re.compile(r"\b(?:allowed|enabled|helped|permitted)\s+(?:[\w'-]+\s+){0,3}to\s+$", _I)
# what makes a recruitment possible or wanted: "allowing ISIS to recruit", "relied on the site, as
# well as others, to recruit"
ENABLING_TO = re.compile(
    r"\b(?:allow|enabl|permit|help|want|wish|plann?|intend|hop|seek|need|able\b|abilit|capacit|efforts?\b|"
    r"ways?\b|rel(?:y|ies|ied|ying) on|uses?\b|used\b|using\b)\w*\s+(?:[\w',-]+\s+){0,8}?to\s+(?:[\w'-]+\s+){0,2}$",
    _I,
)
# one of the things a group is able to do, listed: "ISIL's ability to facilitate its activities in
# Libya, including recruiting new members"
_ABILITY_LISTED = re.compile(
    r"\b(?:abilit(?:y|ies)|capacit(?:y|ies)|capabilit(?:y|ies))\s+to\b[^.;:!?]{0,110}?\b(?:including|such as)\s+$",
    _I,
)
# a bare infinitive after "help", "let" or "make": "It helps our enemies recruit"
HELPS_DO = re.compile(
    r"\b(?:helps?|helped|helping|lets?|letting|makes?|made|making)\s+(?:[\w'-]+\s+){1,3}$", _I
)
# "has called for the United States to 'carpet bomb' the group"
CALLED_FOR = re.compile(r"\bcall(?:ed|s|ing)? for (?:[\w.'-]+ ){1,3}to [\"\u201c]?(?:[\w'-]+\s+){0,2}$", _I)
MODAL_AFTER = re.compile(
    r"^\W*(?:[\w'-]+\s+){0,3}(?:is|was|were|are|remains?) (?:considered |deemed |judged |seen as )?"
    # "speculation ... that a jihadist attack was the most likely cause"
    r"(?:highly |very |increasingly )?(?:the (?:most |more )?)?(?:likely|possible|probable|expected|imminent|planned|"
    r"feared|being planned)",
    _I,
)
# an operation as the subject of a modal: "joint airstrikes should also target convoys", "the
# offensive will take months"; not a past one weighed ("the strike could have killed civilians")
NOUN_MODAL_AFTER = re.compile(
    # (its object or place between: "A prolonged battle for Falluja on the other hand would erode")
    r"^(?:\s+(?:for|of|in|on|against|over|to)\s+(?:the\s+)?(?-i:[A-Z])[\w'\u2019.-]*"
    r"(?:\s+(?-i:[A-Z])[\w'\u2019.-]*){0,2})?"
    r"(?:,?\s+(?:on\s+the\s+other\s+hand|however|though|too),?)?"
    rf"\s+(?:(?:also|still|now|soon|then|only|further|likely|probably)\s+)?{_MODAL_VERB}\s+"
    r"(?!(?:not\s+)?(?:have|be\s+(?:the|a|an|one)\b))",
    _I,
)
# Sentences about the past or about habits give context, never a new record ("claimed to have
# killed" reports the act at hand).
BACKGROUND = re.compile(
    r"\b(?:(?<!to )(?:has|have|had) (?:long |often |repeatedly |previously |frequently |also |since )?"
    r"(?:killed|carried out|staged|launched|claimed|attacked|beheaded|executed|been (?:involved|behind|blamed|responsible))|"
    # (not "in the past year": a stretch of time up to now)
    r"often|frequently|repeatedly|in the past(?! (?:\w+ )?(?:days?|weeks?|months?|years?|decades?)\b)|previously|"
    r"in recent (?:years|months|weeks)|similar attacks|"
    r"a series of|is known for|is blamed for|have been blamed|has been blamed|used to)\b",
    _I,
)
# "the site of a bloody World War Two battle", "endured Nazi bombing raids": a battle of a past
# war names no happening
PAST_WAR = re.compile(
    r"\b(?:World War (?:One|Two|I|II|1|2)|WWI*|(?:First|Second) World War|Nazi|Luftwaffe|German wartime) "
    r"(?:battles?|bombing raids?|bombings?|air raids?|bombardments?)\b",
    _I,
)


# a war named as history: "officers who tortured and killed people during the Dirty War", "during
# the Vietnam War" (the caller checks the sentence names no day)
NAMED_WAR = re.compile(r"\bduring (?:the )?(?:[A-Z][\w'-]+[ -]){1,3}War\b")


# a sentence about a world war ("would honor all who died in World War Two but would not apologize
# for the bombing"), not one measuring by it ("the deadliest attack since World War Two")
WORLD_WAR_TOLD = re.compile(
    r"(?<!since )(?<!since the end of )(?<!than in )(?<!than at any time since )"
    r"\b(?:World War (?:One|Two|I|II|1|2)|WWI*|(?:First|Second) World War)\b",
    _I,
)
_WAR_NOUN = re.compile(
    r"(?:the |an? |that |this )(?:atomic |nuclear )?(?:bombings?|battles?|air raids?)$", _I
)


def in_past_war(sentence: str, hit: Hit) -> bool:
    """The trigger is the noun of a past world war's battle or bombing (see ``PAST_WAR``), or "the
    bombing" in a sentence about a world war."""
    if any(m.start() <= hit.start < m.end() for m in PAST_WAR.finditer(sentence)):
        return True
    words = sentence[max(0, hit.start - 20) : hit.end]
    return WORLD_WAR_TOLD.search(sentence) is not None and _WAR_NOUN.search(words) is not None


ANAPHORIC_START = re.compile(
    r"^\W*(?:the (?:suspects?|men|man|women|woman|pair|trio|teenagers?|boys?|girls?|defendants?|accused|"
    r"group|cell|network|attackers?|gunmen|assailants|militants|bomber|officer|victims?|detainees?|"
    r"returnees|children|families|couple|brothers|elder|younger|two|three|four|five)|he|she|they|it|its|"
    r"his|her|their|both|all (?:of them|three|four|five))\b",
    _I,
)
PERFECT_INFINITIVE = re.compile(
    r"\b(?:claim(?:ed|s)?|said|reported|believed|thought|known|understood|suspected|feared) to have "
    r"(?:(?!plann|plott|prepar|intend|want)[\w'-]+ (?:(?:and|or) )?){0,2}$",
    _I,
)
ATTEMPT_BEFORE = re.compile(r"\b(?:attempted|tried|trying|attempting|an attempt) to (?:\w+ )?$", _I)
NEGATED_BEFORE = re.compile(
    r"\b(?:no|without|never|nor|not|n't)\s+(?:[\w-]+\s+)?$|\b(?:no one|nobody|none)\s+(?:[\w-]+\s+){0,3}$"
    # "nor had they uncovered any contacts"
    r"|\bnor\s+(?:had|have|has|did|do|does|was|were|is|are|could|would)\s+(?:[\w-]+\s+)?$"
    # "Germany has not suffered a major attack"
    r"|\b(?:not|never|n't)\s+(?:yet\s+)?(?:suffered|seen|experienced|had|witnessed|faced|recorded)\s+"
    r"(?:an?\s+|any\s+|such\s+an?\s+)?(?:[\w-]+\s+){0,2}$"
    # "Morocco has been spared major attacks since 2011": none there
    r"|\b(?:been|was|were|is|are|largely|mostly)\s+spared\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+){0,2}$"
    # "to abstain from any form of attack", "denied the report that the army is bombing"
    # ... "to continue to refrain from using artillery-equipped platforms, known as car bombs"
    r"|\b(?:abstain|refrain|desist)(?:s|ed|ing)?\s+from\s+(?:[\w-]+,?\s+){0,6}$"
    # "the FMLN stops hostilities and ceases its acts of sabotage": what is stopped is not told
    r"|\b(?:stop|stops|cease|ceases|ceased|ceasing|halt|halts|renounce[sd]?|suspend|suspends)\s+"
    r"(?:all\s+|its\s+|their\s+|any\s+)?(?:acts\s+of\s+)?(?:[\w-]+\s+)?$"
    # ... and the list of what is to stop: "stop the repression, kidnapping, and torture"
    r"|\b(?:stop|cease|halt|end)\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w-]+,\s+){1,3}(?:and\s+|or\s+)?$"
    # ... nor what there is no word of: "there was no word on the arrest of a second sniper"
    r"|\bno (?:word|confirmation) (?:on|of|about) (?:the |any |an? )?$"
    # ... nor what there was no way to do: "there was no safe way of taking him into custody"
    r"|\bno (?:[\w-]+ )?(?:way|option|possibility)s? (?:of|to) "
    r"(?:(?!(?:deny|denied|denying|condemn\w*|explain\w*|comment\w*|claim\w*|justify\w*)\b)[\w-]+ ){0,3}$"
    # ... nor what is threatened: "threatened capturing or assassinating them if they failed to pay"
    r"|\bthreaten(?:s|ed|ing)?\s+(?:[\w-]+ing\s+(?:or|and)\s+)?$"
    # what is urged is not told as done: "urged the throwing of fire bombs against the embassy"
    r"|\b(?:urg|incit)(?:e|es|ed|ing)\s+(?:(?:the\s+)?[\w-]+ing\s+of\s+|(?:[\w-]+\s+){0,2}?to\s+)(?:[\w-]+\s+){0,3}$"
    # "wants to discuss ... a stop to Russian and Syrian government bombing"
    r"|\b(?:a\s+stop|an\s+end|a\s+halt)\s+to\s+(?:(?:all|the)\s+)?(?:[\w'-]+\s+(?:and\s+)?){0,4}$"
    # "if Russia stopped air strikes"; not "before being stopped and arrested"
    r"|\b(?:stopped|halted)\s+(?!(?:and|or|by|before|after)\b)(?:all\s+|its\s+|their\s+|any\s+|the\s+)?"
    r"(?:[\w-]+\s+)?$"
    r"|\bden(?:y|ies|ied|ying)\s+(?:the\s+|a\s+|any\s+)?(?:reports?|rumou?rs?|allegations?|claims?)\s+that\s+"
    r"(?:[\w-]+\s+){0,5}$",
    _I,
)
# what no one has managed to do: "no terrorist group has yet succeeded in obtaining a nuclear device
# or producing a dirty bomb"
NEVER_DONE_BEFORE = re.compile(
    r"\b(?:no|never|not)\b[^.;,]{0,40}?\b(?:succeeded|managed|been able)\s+(?:in|to)\s+(?:[\w-]+\s+){0,8}$",
    _I,
)
# ... but what is done about a deed presupposes it: "have not been able to solve the murder of
# Archbishop Romero"
_DONE_TO_A_DEED = re.compile(
    r"\b(?:solv|investigat|prevent|stop|punish|identif|find|clarif|clear|explain|halt|prosecut|try|"
    r"arrest|captur|catch)\w*\b",
    _I,
)
RULED_OUT_AFTER = re.compile(
    r"\s+(?:was|is|has been|had been|were|are|have been)\s+(?:not\s+(?:suspected|involved|the cause|to blame|"
    r"behind it|considered)|ruled out|excluded)\b",
    _I,
)
# what a charge does not say: "The indictment does not accuse him of plotting to kill"
_NOT_ACCUSED_AFTER = re.compile(
    r"\s+(?:(?:also|even)\s+)?(?:does|did|do)(?:\s+not|n['\u2019]t)\s+(?:accuse|charge|allege|name|mention)\b",
    _I,
)
WEAK_TYPES = {"warning", "policy", "recruitment", "release", "threat", "trial", "travel"}


@dataclass(frozen=True)
class Hit:
    trigger: Trigger
    start: int  # in the sentence
    end: int


# The subject's own verb after a description of it: "men linked to Islamic State were ..."
_MAIN_AUXILIARY = re.compile(r"\b(?:was|were|ha(?:s|ve|d) been)\s*$", _I)
_RELATIVE = re.compile(r"\b(?:who|which|that)\b", _I)
_AUXILIARY_OPENS = re.compile(r"(?:was|were|ha(?:s|ve|d) been)\s", _I)
# a relative clause closed by its own verb before the main one: "A man who returned from Syria was
# arrested", "a cell that recruited fighters was dismantled" (not "who police said was arrested")
_RELATIVE_CLOSED = re.compile(
    r"\b(?:who|which|that)\s+(?:had\s+|allegedly\s+|previously\s+|recently\s+)?"
    r"(?!(?:said|claimed|believed|reported|alleged|appeared|seemed|added|noted)\b)"
    r"(?:[a-z]+ed|fought|went|left|came|spent|fled|took|sent|made|ran|sought|taught|swore|gave|flew|drove)\b"
    r"[^,;]*\s(?:was|were)\s*$",
    _I,
)


# armed men and a participle right after them, in a reduced relative: "the fighters killed on
# Saturday were ...", "militants killed in the strikes"; not "militants killed at least 10", "gunmen
# shot at a police station"
_ARMED_MEN_DONE_TO = re.compile(
    r"(?:(?:unidentified|unknown|armed)\s+)?[\w-]+\s+(?:killed|executed|beheaded|murdered|massacred|tortured|"
    r"gunned down)",
    _I,
)
_DONE_TO_AFTER = re.compile(
    r"\s*(?:(?:in|on|by|during|near|since|while|when|after|last|yesterday|overnight|earlier)\b|[.;]"
    r"|(?:were|was|are|is|had|have|has)\b"
    # ... or another's passive after it: "1 TTP militant killed and another 2 were arrested" (not
    # "militants killed and wounded dozens of soldiers")
    r"|(?:,|and|or)\s+(?:[\w-]+\s+){0,3}?(?:were|was)\b)",
    _I,
)


# a return that is the sentence's own verb, after a relative that tells where they fought
_CAME_BACK = re.compile(r"\b(?:have|has|had) (?:since )?(?:returned|come back)\b", _I)
# ... not of a state's men ("Soldiers who fought in Afghanistan have returned to their barracks")
_FORCES_WHO = re.compile(
    r"\b(?:troops|soldiers|servicem[ae]n|servicewomen|veterans|marines|paratroopers|police(?:men)?|officers|"
    r"sailors|airmen|peacekeepers|reservists)\s+who\s+$",
    _I,
)


# those executed were judged: "executed 81 men convicted of terrorism offences"
_JUDGED_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:convicted|sentenced|found guilty|on death row|condemned to death)\b", _I
)
# a doer named to tell who his kin is
_DOER_NOUN = re.compile(rf"\b(?:{DOERS}|hijackers?)$", _I)
_KIN_OF_BEFORE = re.compile(
    r"\b(?:brother|sister|father|mother|son|daughter|wife|widow|husband|cousin|uncle|nephew|niece|relatives?|"
    r"family|parents?)s? of (?:the |a |an |one of the )?(?:[\w'-]+ ){0,4}$",
    _I,
)


# what a span of years runs from: "Two decades after the (July 7 bombings)", "years since the"
_YEARS_AFTER_BEFORE = re.compile(
    r"\b(?:years?|decades?)\s+(?:after|since|on\s+from)\s+the\s+(?:[\w'\u2019-]+\s+){0,4}$", _I
)
# a body described by a participle after its noun: "a far-left group (designated as)", "an outfit
# (already banned)", "which is (listed as)"
_BODY_DESCRIBED_BEFORE = re.compile(
    r"(?:\b(?:group|organi[sz]ation|movement|outfit|party|network|militia|faction|body|wing|branch)s?"
    r"(?:\s+(?:already|also|long|widely|officially|formally|previously))?|"
    r"\b(?:which|that|who)\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)(?:\s+(?:already|also|long|widely|"
    r"officially|formally|previously))?)\s+$",
    _I,
)

_DAY_TOLD_AFTER = re.compile(
    rf"[^.;]{{0,80}}?\b(?:on\s+(?:{WEEKDAY_ALT}|(?:{FULL_MONTH_ALT})\s+\d)|yesterday|today|this\s+week|last\s+week)\b",
    _I,
)


# a charge's participle after its defendants, and who charges as the subject before an active verb
_CHARGE_PARTICIPLE = re.compile(r"charged\s+with\b", _I)
_CHARGER_BEFORE = re.compile(
    r"\b(?:police|prosecutors?|authorities|officials?|courts?|judges?|ministry|agency|investigators|it|they|he|she|"
    r"(?-i:[A-Z]{2,6}))\s+(?:[\w-]+\s+){0,3}?$|\b(?:was|were|been|being|is|are|be|has|have|had)\s+(?:\w+\s+)?$",
    _I,
)
_WENT_ON_TRIAL = re.compile(
    r"(?:went|go|goes|going|gone) on trial|st(?:ood|and|ands|anding) trial|(?:were|was) (?:convicted|sentenced|"
    r"jailed|acquitted|found guilty)",
    _I,
)
# a trial told by its opening, its defendant and deed between: "The trial of X, who stabbed a
# teacher ..., opened in Paris on Monday"
_TRIAL_OF = re.compile(r"trial\s+of\b", _I)
_TRIAL_AS_TIME = re.compile(r"\b(?:during|at|after|before|since|throughout|ahead of)\s+(?:the\s+)?$", _I)
_TRIAL_OPENED = re.compile(
    r"\b(?:opened|began|started|resumed|got under\s?way|gets under\s?way|opens|begins|starts|resumes)\b", _I
)
# triggers that tell a whole step, its person's past included (see is_descriptive and main_hit)
_TOLD_WHOLE = frozenset({"execution", "hostages_freed"})


def is_descriptive(sentence: str, hit: Hit) -> bool:
    """The trigger word describes a person or a past charge rather than reporting a happening."""
    before = sentence[max(0, hit.start - 70) : hit.start]
    word = sentence[hit.start : hit.end]
    if NEGATED_BEFORE.search(before):
        return True  # "No arrests were made"
    never = NEVER_DONE_BEFORE.search(sentence, max(0, hit.start - 140), hit.start)
    if never and not _DONE_TO_A_DEED.search(never.group()):
        return True
    last = sentence.rfind(" ", hit.start, hit.end)
    if (
        last > hit.start
        # "found not guilty", "pleaded not guilty": the verdict's or the plea's own "not" (and a
        # threat's own word: "threatening new attacks")
        and hit.trigger.event_type not in {"acquittal", "trial", "threat"}
        and NEGATED_BEFORE.search(sentence, hit.start, last + 1)
    ):
        return True  # "the guerrillas propose to abstain from any form of attack": the verb is negated
    if RULED_OUT_AFTER.match(sentence, hit.end):
        return True  # "a terror attack was not suspected", "terrorism has been ruled out"
    if hit.trigger.event_type == "attack" and _YEARS_AFTER_BEFORE.search(
        sentence, max(0, hit.start - 60), hit.start
    ):
        return True  # "Two decades after the July 7 bombings": what is long past
    if (
        hit.trigger.event_type == "policy"
        and re.match(r"(?:designated|listed|proscribed|banned|outlawed)\b", word, _I)
        and _BODY_DESCRIBED_BEFORE.search(before)
        # (not one told with its day: "Samidoun, a group designated on Monday as a terrorist entity")
        and not _DAY_TOLD_AFTER.match(sentence, hit.start)
    ):
        # "the DHKP-C, a far-left group designated as a terrorist organization by Turkey": what the
        # group is, no listing told
        return True
    if hit.trigger.event_type == "charge" and _NOT_ACCUSED_AFTER.match(sentence, hit.end):
        return True  # "The indictment does not accuse Sandford of plotting to kill Trump"
    if (
        hit.trigger.event_type == "charge"
        and re.match(r"(?:charged|accused|indicted)\b", word, _I)
        and ON_TRIAL_CHARGED.search(sentence, max(0, hit.start - 90), hit.start)
    ):
        return True  # "went on trial in Duesseldorf on Tuesday charged with membership": the trial's charge
    if (
        hit.trigger.name == "gunmen"
        and _ARMED_MEN_DONE_TO.match(word)
        and _DONE_TO_AFTER.match(sentence, hit.end)
    ):
        return True  # "the Shabab fighters killed on Saturday were training": fighters the deed befell
    if re.match(r"(?:publicly )?(?:executed|hanged|put to death)\b", word, _I) and _JUDGED_AFTER.match(
        sentence, hit.end
    ):
        # "Saudi Arabia executed 81 men convicted of terrorism offences": a sentence carried out
        return True
    if _DOER_NOUN.search(word) and _KIN_OF_BEFORE.search(before):
        # "The brother of the Manchester Arena suicide bomber was jailed": the doer names his kin
        return True
    if hit.trigger.event_type == "attack" and _ACCUSED_OF_BEFORE.search(
        sentence, max(0, hit.start - 90), hit.start
    ):
        # "banned the Communist Party of Nepal ..., accusing it of terrorism, bombings and
        # extortion": what a body is accused of, no happening told
        return True
    if (
        hit.trigger.event_type == "trial"
        and re.match(r"(?:went|stood) on trial|stood trial", word, _I)
        and not re.search(r"\b(?:who|which|that|whom)\s+(?:\w+\s+)?$", before, _I)
    ):
        return False  # "Two Syrians charged with planning an attack went on trial": the main verb
    if hit.trigger.event_type in {"attack", "threat", "warning", "policy"} or hit.trigger.name in _TOLD_WHOLE:
        # ("a man convicted of joining a terrorist organisation ... had been executed", "five staff
        # members kidnapped in February 2022 were released": told)
        return False
    if (
        hit.trigger.event_type == "travel"
        and _CAME_BACK.search(word)
        and not _FORCES_WHO.search(sentence, max(0, hit.start - 40), hit.start)
    ):
        return False  # "Norwegians who fought with militant groups in Syria have come back": the return told
    if hit.trigger.event_type == "ct_operation" and _FIGHT_THAT_BEFORE.search(before):
        # "after a clash in Patikul, Sulu, on Monday that killed three Abu Sayyaf militants": the
        # toll of the fight the sentence tells
        return False
    m = DESCRIPTIVE_BEFORE.search(before)
    if m:
        if m.group(0)[:5].lower() == "that " and REPORTED_THAT.search(before[: m.start()]):
            return False  # "It added that eight nationals were repatriated": reported speech
        if (_MAIN_AUXILIARY.search(m.group(0)) or _AUXILIARY_OPENS.match(word)) and not _RELATIVE.search(
            m.group(0)
        ):
            # "eight nationals linked to Islamic State were repatriated", "Three men accused of
            # links to al-Shabaab were charged": their own verb
            return False
        if _RELATIVE_CLOSED.search(m.group(0)) and not _IN_A_YEAR_AFTER.match(sentence, hit.end):
            # "A man who returned from Syria was arrested": the main verb after the clause (not a past
            # told in a trial: "A jihadist who returned from Syria was arrested in 2014, a court heard")
            return False
        # "a 17-year-old who were detained on December 2 in Nice": a relative clause that dates
        # its participle to a day still reports the happening.
        after = sentence[hit.end : hit.end + 40]
        return not (RELATIVE_BEFORE.search(before) and DAY_AFTER.search(after))
    if TAKEN_PARTICIPLE.match(word.strip()) and TAKEN_AREAS.search(before):
        return True  # "mass graves have been uncovered in areas recaptured from Islamic State"
    # (the participle of a trigger that takes its preposition too: "two men charged in connection with")
    if not PARTICIPLES.match(word.split()[0] if word.split() else ""):
        return False
    if (
        REDUCED_RELATIVE.search(before)
        and not (_COUNTED_HEADLINE.fullmatch(before) and not _FINITE_LATER.search(sentence, hit.end))
        # (nor one of a tally told with its own day: "They included four men arrested in Birmingham
        # in early May", "Among them was a cell of six Moroccans broken up in Bilbao in May")
        and not (_TALLY_MEMBER.match(before) and _OWN_DATE_AFTER.match(sentence, hit.end))
        # (nor a verb with its object: "Islamists detained two journalists in northern Mali")
        and not _OBJECT_AFTER.match(sentence, hit.end)
    ):
        # (a headline's counted subject reports: "Twenty Islamists sentenced to death in Egypt")
        return True
    # "the return to prison of two Oregon ranchers convicted of setting fires": counted people a
    # charge describes, inside the sentence (a headline's "Two men convicted of plotting" reports)
    counted = _COUNTED_PEOPLE_BEFORE.search(sentence, max(0, hit.start - 60), hit.start)
    return counted is not None and counted.start() > 0 and _CHARGE_AFTER.match(sentence, hit.end) is not None


# a fight named just before its own relative clause: "a clash ... on Monday that killed"
_FIGHT_THAT_BEFORE = re.compile(
    r"\b(?:an?|the)\s+(?:[\w-]+\s+)?(?:clash(?:es)?|gun ?battles?|gunfights?|firefights?|shoot-?outs?|"
    r"encounters?|operations?|raids?|battles?|air ?strikes?|strikes?)\b[^.;]{0,60}?\b(?:that|which)\s+"
    r"(?:also\s+)?$",
    _I,
)
# what a body or a person is accused of: "accusing it of terrorism, bombings and extortion"
_ACCUSED_OF_BEFORE = re.compile(
    r"\baccus(?:ing|ed|es)\s+(?:it|them|him|her|the\s+(?:group|party|organi[sz]ation|movement|outfit))\s+of\s+"
    r"(?:[\w-]+,?\s+){0,6}$",
    _I,
)
# one of the tally told just before, named as the sentence's object: "They included four men", "Among
# them was a cell of six Moroccans"
_TALLY_MEMBER = re.compile(
    r"\W*(?:(?:they|these|those)\s+(?:included|include)|among\s+(?:them|those|these)\s+(?:was|were))\s+"
    r"(?:[\w'-]+\s+){1,6}?[\w'-]+\s*$",
    _I,
)
# ... and told with its own day or month after the participle
_OWN_DATE_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:on|in|last|since)\s+(?:(?:early|mid|late)[- ])?"
    rf"(?:{WEEKDAY_ALT}|{FULL_MONTH_ALT})\b",
    _I,
)
# a sentence opened by counted people, as a headline is: "Twenty Islamists sentenced to death"
_COUNTED_HEADLINE = re.compile(
    # (after a headline's speaker: "Egyptian court: 20 Islamists sentenced to death")
    r"(?:[^:]{1,40}:\s+)?\W*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"dozens|hundreds|several)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+\s*",
    _I,
)
# a finite verb later in the sentence: the counted people are its subject, not a headline's
# ("Three people detained on Thursday at the border ... have been denied entry")
_FINITE_LATER = re.compile(r"\b(?:have|has|had|were|was|are|is|will|would)\b", _I)
# the object of a verb, right after it: "detained two journalists", "arrested a man" (not a lapse,
# "convicted two years ago")
_OBJECT_AFTER = re.compile(
    r"\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+|an?|the|his|her|their|several|dozens|some)\s+"
    r"(?!(?:years?|months?|weeks?|days?|decades?)\b)[\w'-]+",
    _I,
)
# a trial's charge told after it: "went on trial in Duesseldorf on Tuesday charged with membership"
ON_TRIAL_CHARGED = re.compile(
    # (no clause of its own between: not "As the first defendant went on trial in Paris on Wednesday,
    # prosecutors charged a second man")
    r"\b(?:went|goes|go|going|stood|stands|stand|is|are|was|were|be|been)\s+on\s+trial\b[^.;,]{0,70}?,?\s+$",
    _I,
)
# a deed of which a person on trial or sentenced is accused: "The trial of a man accused of helping the
# gunmen in the Charlie Hebdo attack began", "convicted of providing support to the group that
# carried out the attacks"
_ACCUSED_OF_DEED = re.compile(
    r"\b(?:accused|suspected|convicted|charged|indicted)\s+(?:of|with)\s+[\w'-]+ing\b[^,;.()]{0,80}$", _I
)
# what someone is accused of having done to a deed: "accused of carrying out the (attack)"
_HAVING_DONE = (
    r"(?:carrying\s+out|masterminding|planning|plotting|organi[sz]ing|staging|perpetrating|"
    r"helping\s+(?:to\s+)?(?:plan|carry\s+out|organi[sz]e|prepare)|"
    r"(?:taking\s+part|participating|(?:his|her|their)\s+(?:role|part|involvement))\s+in)"
)
# the deed a case is about: "over the", "for his role in the", "in connection with the"
_CASE_OVER_BEFORE = re.compile(
    # ... or what those a case is against are accused of: "A retrial of the man accused of the 2011
    # Marrakech cafe bombing began on Monday"
    rf"\b(?:(?:over|for)|(?:accused|suspected|convicted)\s+(?:of|over|in)(?:\s+{_HAVING_DONE})?)\s+"
    r"(?:the|a|an|last\s+\w+['\u2019]s)\s+"
    r"(?:[\w'-]+\s+){0,4}$",
    _I,
)


# between a threat's words and the attacks threatened
_THREATENED = re.compile(r"\s*(?:(?:new|more|further|fresh|imminent|deadly|terrorist|terror)\s+)*", _I)
# what a warning is about, told after its verb: "warned residents of Maiduguri on Monday to be
# vigilant, saying Boko Haram suicide bombers were planning attacks", "warned on Sunday that Islamic
# State militants may use chemical weapons in an assault on Erbil" (not what it followed: "warned
# residents after a bomb killed five people")
_WARNED_OF = re.compile(
    r"(?:(?!\b(?:after|following|since|when|because|as)\b)[^.;])*?\b(?:that|saying|of|about|against)\b"
    r"(?:(?!\b(?:after|following|since|when|because)\b)[^.;])*",
    _I,
)
_WARN_WORD = re.compile(r"warn", _I)
_SIMULATED = re.compile(r"\b(?:simulat(?:ing|ed|es|e)|simulations?\s+of)\b", _I)
_AFTER_A_DEED = re.compile(r"\b(?:after|following|since|when)\b", _I)
_STATE_THREATENS = re.compile(
    r"\b(?:army|military|government|president|prime minister|minister|forces|troops|police|state|regime|"
    r"navy|air force|ministry|Kremlin|Pentagon)\b",
    _I,
)
# what a law allows or is for, told after it: "approved a law allowing police to carry out house
# searches at night", "tabled a bill giving the spy agency new powers to disrupt terrorist plots"
_LAW_ALLOWS = re.compile(
    r"[^.;]*?\b(?:allowing|allows?|to allow|giving|gives?|to give|permitting|permits?|authori[sz]ing|"
    # ("signed a law introducing life imprisonment for terrorism": the penalty the law sets)
    # (raised or increased, a penalty: not "raising tensions")
    r"authori[sz]es?|to authori[sz]e|empowering|criminali[sz]ing|requiring|introducing|imposing|providing for|"
    r"toughening|(?:raising|increasing) (?:the )?(?:[\w-]+ )?(?:penalt(?:y|ies)|sentences?|punishments?|prison terms?|"
    r"jail terms?)|to (?:combat|counter|fight|prevent|"
    # (not past a clause of its own: "..., and police arrested five suspected Islamic State members")
    r"disrupt|tackle|stop))\b(?:(?!,\s+and\b)[^.;])*",
    _I,
)


def _deed_of_a_case(sentence: str, h: Hit, hits: list[Hit]) -> bool:
    """The attack at ``h`` is what someone's part in a case was ("for his role in the 2003
    Casablanca bombings"), or what a step of a case named before it is over ("to trial over the
    Brussels bombings")."""
    if h.trigger.event_type != "attack":
        return False
    if _ROLE_IN_BEFORE.search(sentence, max(0, h.start - 60), h.start):
        return True
    steps = [o for o in hits if o.trigger.event_type in LEGAL_STEPS and _done(sentence, o)]
    if steps and _ACCUSED_OF_DOING.search(sentence, max(0, h.start - 60), h.start):
        # "Five men accused of carrying out the attack on a church in Owo were arraigned"
        return True
    if steps and any(
        o.trigger.event_type == "attack"
        and o.end <= h.start
        and _DEED_CLAUSE_AFTER.fullmatch(sentence, o.end, h.start)
        and _deed_of_a_case(sentence, o, hits)
        for o in hits
    ):
        # "... accused of carrying out the June 2022 attack on St Francis Catholic Church in Owo, Ondo
        # State, which killed 41 worshippers, were arraigned": what that deed did
        return True
    return _CASE_OVER_BEFORE.search(sentence, max(0, h.start - 60), h.start) is not None and any(
        o.trigger.event_type in LEGAL_STEPS and o.start < h.start and not _done(sentence, o) for o in hits
    )


def _done(sentence: str, h: Hit) -> bool:
    """The step is told done, not one to come or asked for ("are to be brought to trial for the
    assassination", "will be summoned to testify")."""
    return not LEGAL_UNREAL.search(sentence, max(0, h.start - 70), h.start) and not _TO_BE_BEFORE.search(
        sentence, max(0, h.start - 40), h.start
    )


_ACCUSED_OF_DOING = re.compile(
    rf"\b(?:accused|suspected|convicted)\s+of\s+{_HAVING_DONE}\s+(?:the|a|an)\s+(?:[\w'-]+\s+){{0,4}}$", _I
)
# from a deed's noun to what it did, in a clause of its own: "the attack on a church in Owo, which"
_DEED_CLAUSE_AFTER = re.compile(r"[^.;:()]{0,90},\s+(?:which|that)\s+(?:had\s+)?", _I)
# from a demolished home's owner to his deed, in a relative clause of its own: "of a Palestinian (gunman)
# who (killed)", "of a Palestinian who carried out a (shooting attack)"
_WHOSE_DEED = re.compile(
    r"[^.;]{0,40}?\b(?:who|that)\s+(?:(?!\b(?:and|then|later|during|while)\b)[^.;,]){0,60}", _I
)
_NEXT_WORDS = re.compile(r"\s*(?:[\w-]+\s+){0,2}")
_TO_BE_BEFORE = re.compile(r"\bto\s+(?:be\s+)?(?:[\w'-]+\s+){0,2}$", _I)
# ... told before or after the step: "A man who served a sentence for his role in the 2003 Casablanca
# bombings was released"
_ROLE_IN_BEFORE = re.compile(
    r"\b(?:(?:for|over)\s+(?:his|her|their)\s+(?:alleged\s+)?(?:role|part|involvement)\s+in|in\s+connection\s+with)"
    r"\s+(?:the|a|an|last\s+\w+['\u2019]s)\s+(?:[\w'-]+\s+){0,4}$|"
    # ... or of a year gone by that someone is accused of: "The man accused of the 2011 Marrakech bombing
    # told the court", "convicted of the 2002 Bali bombings"
    # ("Five men accused of carrying out the June 2022 attack on St Francis Catholic Church in Owo ... were
    # on Wednesday arraigned")
    # ("An Abu Sayyaf sub-leader wanted for the 2000 kidnapping of Western tourists was arrested")
    rf"\b(?:accused|convicted|suspected|wanted)\s+(?:of|over|in|for)(?:\s+{_HAVING_DONE})?\s+the\s+"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
    r"(?:19|20)\d\d\s+(?:[\w'-]+\s+){0,3}$",
    _I,
)
_COUNTED_PEOPLE_BEFORE = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|some|many)\s+(?:(?-i:[A-Z])[\w'-]+\s+)?"
    r"(?:[\w'-]+\s+)?(?:[\w'-]+s|[\w'-]*men)\s*,?\s*$",
    _I,
)
_CHARGE_AFTER = re.compile(r"\s+(?:of|for|with|over)\b", _I)


# land described by who took it: "areas recaptured from Islamic State", "towns seized by rebels"
TAKEN_PARTICIPLE = re.compile(r"^(?:recaptured|retaken|liberated|captured|seized|freed|taken)$", _I)
TAKEN_AREAS = re.compile(
    r"\b(?:areas?|territor(?:y|ies)|towns?|cities|villages?|lands?|districts?|regions?|"
    r"neighbou?rhoods?|parts?|zones?|positions)\s+(?:recently\s+|newly\s+|since\s+)?$",
    _I,
)


# Figurative uses: "the political crisis which had exploded", "the battle against drug trafficking".
FIGURATIVE_BEFORE = re.compile(
    r"\b(?:crisis|scandal|anger|debate|controversy|row|popularity|prices?|market|economy|bubble|population|"
    r"demand|sales|number|internet|story|disinformation|propaganda|diplomatic|media|charm|peace|political|"
    r"legal|advertising|publicity|marketing)\s+(?:[\w'-]+\s+){0,3}$",
    _I,
)
FIGURATIVE_AFTER = re.compile(
    r"^\s+(?:force|spirit|chance|words?|talk|shape|fit|machine)\b|"  # "the fighting force", "a fighting chance"
    # "fighting for the right to challenge", "a battle for the nomination"
    r"^\s+for (?:the |their |his |her |its |our )?(?:right|rights|survival|justice|freedom|recognition|"
    r"nomination|votes?|seats?|delegates?|delegate (?:allegiances?|support|count)|the presidency|the White House|"
    r"control of the (?:house|senate|party)|custody|compensation|equality)\b|"
    # a dispute with an agency or a firm: "Apple's battle with the FBI over how much it can help"
    r"^\s+with (?:the )?(?:FBI|Justice Department|Department of Justice|regulators|Apple|Google|Microsoft|"
    r"Facebook|Twitter|the tech\w*|tech (?:firms|companies|giants))\b|"
    # a fight in court or in politics: "Apple is fighting the demands of the Justice Department"
    r"^\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,2}?(?:demands?|orders?|rulings?|requests?|"
    r"subpoenas?|lawsuits?|charges?|extradition|deportation|bills?|proposals?|decisions?|ban|verdicts?|"
    r"appeals?|warrants?)\b|"
    r"^\s+(?:against|on|to (?:eradicate|eliminate|wipe out|stamp out|combat|fight|control)) (?:the )?(?:[\w-]+ )?"
    r"(?:terror\w*|drugs?|drug[- ]traffick\w*|crime|corruption|poverty|"
    r"inflation|illiteracy|disease|cancer|hunger|impunity|narco\w*|extremism|radicali[sz]ation|mosquito\w*|"
    r"virus\w*|zika|ebola|malaria|dengue|cholera|polio|epidemics?|pandemics?|pests?|weeds?|locusts?)",
    _I,
)
# a comparison: "looks like a grenade went off", "as if a bomb had exploded"
_SIMILE_BEFORE = re.compile(
    r"\b(?:(?:looks?|looked|looking|sounds?|sounded|felt|feels|seemed|seems)\s+like|as\s+if|as\s+though)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$",
    _I,
)
FIGURATIVE_WORDS = {
    "exploded",
    "explosion",
    "explosions",
    "blast",
    "battle",
    "fight",
    "fighting",
    "war",
    "struggle",
    "offensive",
}
# A habit, not a happening: "the terrorists who attack the population", "they kidnap and kill".
# (also the last of a list of such verbs: "they steal, kidnap, and murder anyone who ...")
HABITUAL_BEFORE = re.compile(
    r"\b(?:who|which|that|they|we)\s+(?:\w+ly\s+)?(?:[a-z]+(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){0,3}$",
    _I,
)
HABITUAL_WORDS = {"attack", "kill", "kidnap", "bomb", "murder", "massacre", "ambush", "shoot", "sabotage"}
# (a noun too: "said that sabotage caused the derailment" is no habit; "extremists who sabotage" is)
HABITUAL_PEOPLE_BEFORE = re.compile(r"\b(?:who|they|we)\s+(?:\w+ly\s+)?$", _I)
# a state kept over a time: "has maintained a high state of security alert since then", "has been
# under a state of emergency since November"
KEPT_SINCE = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:maintained|kept|remained|been|stayed)\s+(?:(?:on|under|at|in)\s+)?"
    r"(?:[\w-]+\s+){0,4}$",
    _I,
)
HAD_BEEN_ON = re.compile(
    r"\bhad\s+(?:\w+ly\s+)?(?:been|remained|stayed)\s+(?P<on>(?:on|under|at|in)\s+"
    r"(?:(?:a|an|the|high|heightened|maximum|full|red|top|security|terror|its|their)\s+){0,3})?$",
    _I,
)
SINCE_AFTER = re.compile(r"[^.;]{0,40}?\bsince\b", _I)


# A habit told in the present passive: "suspects are arrested and turned over to the judge",
# "civilians are routinely killed at checkpoints".
HABITUAL_PASSIVE_BEFORE = re.compile(
    r"\bare\s+(?:(?:often|usually|routinely|regularly|frequently|sometimes|generally|always|commonly|"
    r"typically|systematically|still|then|either)\s+)?$",
    _I,
)


_SMALL_NUMBERS = r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
COUNTED_SUBJECT = re.compile(rf"\d|\b(?:{_SMALL_NUMBERS}|dozens?|scores|hundreds|several|both|all)\b", _I)


# "The North frequently threatens to attack the South": how often, not when
_HOW_OFTEN = r"(?:frequently|often|repeatedly|regularly|routinely|constantly|habitually|usually|typically|systematically)"
FREQUENCY_BEFORE = re.compile(rf"\b{_HOW_OFTEN}\s+$", _I)
HOW_OFTEN = re.compile(rf"\b{_HOW_OFTEN}\b", _I)
# what is being done, and how often: "They are bombing Syrians all the time"
DOING_NOW_BEFORE = re.compile(r"\b(?:are|is|am|keeps?|kept)\s+$", _I)
ALL_THE_TIME_AFTER = re.compile(
    # (not a paper's name: "the Daily Star reported")
    r"[^.;]{0,50}?\b(?:all the time|every (?:day|night|week)|day and night|night and day|(?-i:daily|nightly)|"
    r"around the clock|non-?stop)\b",
    _I,
)
PRACTICE_BEFORE = re.compile(r"\b(?:(?:has|have|had)\s+(?:\w+\s+)?used|resort(?:s|ed|ing)?\s+to)\s+$", _I)
# ... the practice named without its object ("has used kidnapping to the fullest extent", not "resorted
# to kidnapping the mayor's son")
_NO_OBJECT_AFTER = re.compile(r"\s*(?:to|as|in|against|for|,|\.|;|$)", _I)
IN_CASES_BEFORE = re.compile(r"\bin (?:many|most|some|several|such|these) cases,?\s+(?:[\w-]+\s+){0,2}$", _I)

# a practice that goes on, said in the present of the deeds in the plural
# ... or grows: "as attacks by extremists proliferate, from Syria to Belgium"
GOES_ON_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:continue|persist|go on|proliferate|multiply|are on the rise|are mounting)\b(?! to\b)",
    _I,
)
# how often a deed of a kind is done: "regularly claiming bomb attacks", "often carries out raids"
FREQUENT_DOING = re.compile(
    rf"\b{_HOW_OFTEN}\s+"
    r"[a-z]+(?:ing|s|es)\s+(?:[\w'-]+\s+){0,2}(?:attacks|bombings|killings|kidnappings|abductions|"
    r"assassinations|massacres|raids|shootings|ambushes|explosions)\b",
    _I,
)


# "citing ... the continued shelling of rebel-held areas", "the use of barrel bombs against
# civilians", "has kept up attacks": a practice, whatever day the sentence names
HABIT_MODIFIER = re.compile(
    r"\b(?:continued|continuing|constant|continuous|repeated|ongoing|relentless|incessant|daily|nightly|"
    # "the government has kept up attacks on frontlines", "forces have stepped up bombing of ..."
    r"systematic|(?:kept|keeps?|keeping|stepped|steps?|stepping) up)\s+(?:[\w'-]+\s+){0,2}$",
    _I,
)
TOLL_AFTER = re.compile(
    r"\b(?:killed|killing|wounded|wounding|injured|injuring|left)\s+(?:at least\s+|more than\s+)?"
    rf"(?:\d|{_SMALL_NUMBERS}|dozens|scores)",
    _I,
)
USE_OF = re.compile(r"\b(?:the\s+)?use of\s+(?:[\w'-]+\s+){0,2}$", _I)


def is_habitual(sentence: str, hit: Hit) -> bool:
    """A present-tense passive of the trigger's participle, a verb told with how often it is
    done, or a noun named as a practice: what is done, not what was done."""
    word = sentence[hit.start : hit.end].strip()
    if FREQUENCY_BEFORE.search(sentence, max(0, hit.start - 20), hit.start):
        return True
    if (
        hit.trigger.event_type in {"warning", "policy"}
        and KEPT_SINCE.search(sentence, max(0, hit.start - 60), hit.start)
        and SINCE_AFTER.match(sentence, hit.end)
    ):
        # "Brussels has maintained a high state of security alert since then": a state kept, not
        # one declared
        return True
    had = (
        HAD_BEEN_ON.search(sentence, max(0, hit.start - 60), hit.start)
        if hit.trigger.event_type == "warning"
        else None
    )
    if had is not None and (
        # (with the state's own preposition: not "embassies had been warned")
        had.group("on") is not None
        or re.match(r"(?:on|under|at|in)\s", sentence[hit.start : hit.end], _I) is not None
    ):
        # "Belgian police had been on alert for any reprisal action": the state things were in
        return True
    if IN_CASES_BEFORE.search(sentence, max(0, hit.start - 50), hit.start) or (
        " " in word
        and IN_CASES_BEFORE.search(sentence, max(hit.start, hit.end - 60), hit.end - len(word.split()[-1]))
    ):
        return True  # "in many cases guerrillas kidnap people to finance their activities"
    if (
        PRACTICE_BEFORE.search(sentence, max(0, hit.start - 30), hit.start)
        and " " not in word
        and _NO_OBJECT_AFTER.match(sentence, hit.end)
    ):
        return True  # "the one that has used kidnapping to the fullest extent is the ELN"
    if " " in word and HOW_OFTEN.search(word):
        return True  # "Islamic State fighters often targeted younger children"
    if hit.trigger.name == "harmed" and HOW_OFTEN.search(sentence, hit.end, hit.end + 80):
        # "saying they were shot in the head or their throats were slit, often in front of their
        # families": a practice described
        return True
    if (
        hit.trigger.event_type == "threat"
        and " " in word
        and not _STATE_THREATENS.search(sentence, max(0, hit.start - 60), hit.start)
    ):
        # "The PKK threatened on Sunday to step up attacks": what is threatened, not a habit (a
        # state's "step up attacks" on rebels is its war, no threat of an armed group)
        return False
    noun = re.split(r"\s+", word)[-1]
    # (the words before the noun itself, the last of a longer trigger: "rebels say the government
    # has kept up attacks")
    at = sentence.rfind(noun, hit.start, hit.end) if " " in word else hit.start
    if (
        GENERIC_NOUN.search(noun)
        and HABIT_MODIFIER.search(sentence, max(0, at - 50), at)
        # not "Continued shelling of rebel-held districts killed 12 people on Monday": a toll of it
        and not TOLL_AFTER.search(sentence, hit.end)
    ):
        return True
    if noun.lower().endswith("s") and USE_OF.search(sentence, max(0, hit.start - 40), hit.start):
        return True
    if (
        GENERIC_NOUN.search(noun)
        and noun.lower().endswith("s")
        and GOES_ON_AFTER.match(sentence, hit.end)
        and not TOLL_AFTER.search(sentence, hit.end)
    ):
        return True  # "Air and land attacks by Syrian and allied forces continue in parts of Syria"
    if any(hit.start < f.end() and f.start() < hit.end for f in FREQUENT_DOING.finditer(sentence)):
        return True  # "regularly claiming bomb attacks against Shi'ite neighborhoods"
    if (
        word.lower().endswith("ing")
        and DOING_NOW_BEFORE.search(sentence, max(0, hit.start - 20), hit.start)
        and ALL_THE_TIME_AFTER.match(sentence, hit.end)
    ):
        return True  # "They are bombing Syrians all the time."
    if " " in word or not word.lower().endswith("ed"):
        return False
    m = HABITUAL_PASSIVE_BEFORE.search(sentence[max(0, hit.start - 30) : hit.start])
    if not m:
        return False
    # "12 people are detained in connection with the bombing": counted people, a state now
    clause = re.split(r"[,;:]", sentence[max(0, hit.start - 80) : hit.start])[-1]
    return not COUNTED_SUBJECT.search(clause)


# Attacks spoken of in general, not reported: "the constant raids by subversive groups", "a regime
# which is bombing the civilian population", "does not state any concern for bombings", "stop
# murdering civilians". A plural or a gerund with no number before it, in a sentence that gives
# neither a day nor a figure, names no happening.
GENERIC_NOUN = re.compile(
    r"(?:attacks|bombings|killings|murders|kidnappings|abductions|assassinations|massacres|explosions|"
    r"ambushes|raids|shootings|incursions|bombardments|atrocities|crimes|bombing|murdering|killing|"
    r"kidnapping|massacring|shelling|machinegunning|attacking|fighting|clashes|offensives?|hostilities|battles|"
    r"operations)$",
    _I,
)
# Always general: a habit ("the constant raids"), a frame that talks about attacks ("stop
# murdering", "concern for bombings", "a regime which is bombing", "victims of the fighting").
GENERIC_FRAME = re.compile(
    r"(?:^|[^\w'-])(?:(?:constant|continuing|continued|continuous|repeated|frequent|ongoing|daily|"
    r"systematic|permanent|incessant)\s+)(?:[\w'-]+\s+){0,2}$|"
    # a habit: "guerrilla groups still launching attacks throughout the country", "the army
    # continues to carry out offensives"
    r"\b(?:still|continues? to|continued to|keeps?|kept on) (?:launching|launch|carrying out|carry out|"
    r"staging|stage|waging|wage|committing|commit|conducting|conduct)\s+(?:[\w'-]+\s+)?$|"
    # told in the present of a habit: "the fact they carry out raids at night", "militias that
    # often stage attacks on convoys" (not "that": "At that stage the attacks ...")
    r"\b(?:they|we|which|who|(?:often|usually|typically|generally|frequently|regularly|routinely|"
    r"sometimes|normally))\s+(?:(?:often|usually|typically|generally|frequently|regularly|routinely|sometimes|"
    r"normally)\s+)?(?:carry out|conduct|launch|stage|wage|commit|mount)\s+(?:[\w'-]+\s+)?$|"
    r"\b(?:stop|stops|stopped|cease|ceases|halt|end|ending|wave of|campaign of|string of|spate of|rash of|"
    r"concern (?:for|over|about)|"
    r"responsible for|characteri[sz]ed by|accus\w+ (?:\w+ )?of|denounce[sd]?|condemn\w*|"
    r"which is|who is|that is|which are|who are|that are|been|victims of|where there is|wake of|"
    r"halt(?:ed|ing|s)?|suspend(?:ed|ing|s)?)\s+(?:(?:the|all|its|their)\s+)?"
    r"(?:[\w'-]+\s+)?$",
    _I,
)
# what is said of a deed named as a gerund: "Bombing Raqqa is not going to stop this", "Killing
# civilians will only make it worse"
_GERUND_SUBJECT_AFTER = re.compile(
    r"(?:\s+[\w'()-]+){0,8}?\s+(?:is|isn't|would|will|won't|can|can't|cannot|could|does|doesn't|only)\s+"
    r"(?:not\s+|never\s+)?(?:going|be|make|help|stop|work|solve|end|lead|bring|defeat)\b",
    _I,
)
# the aim of warding a kind off: "stopping attacks", "to prevent terrorist attacks"
_WARDING_OFF = re.compile(
    r"\b(?:stopping|preventing|to (?:stop|prevent|deter|counter|combat|thwart|foil)|countering|combating|"
    r"deterring|thwarting|foiling)\s+(?:(?:future|further|new|more|such|terrorist|terror|militant|suicide)\s+){0,2}$",
    _I,
)
# General unless a verb reports them ("Rebel attacks forced residents to flee" is a report; "their
# attacks on the population" is not).
GENERIC_MODIFIER = re.compile(
    r"(?:^|[^\w'-])(?:(?:their|its|his|her|our|your|these|those|such|all|any|more|new|further|"
    r"indiscriminate|recent|future|alleged|criminal|terrorist|guerrilla|rebel|subversive|"
    r"cowardly|vile|brutal|selective)\s+){1,3}$",
    _I,
)
SPECIFIC_FIGURE = re.compile(
    # not "the only one", "carried out both by ISIS and ...": a number of happenings or victims
    rf"\b(?:\d+|(?<!\bthe )(?<!\bonly )(?<!\bno )one|{_SMALL_NUMBERS}|twenty|thirty|forty|fifty|hundred|dozens?|"
    r"several|both(?=\s+[\w-]+s\b)(?!\s+sides\b)|twin)\b"
    # ... not a length of time: "a five-month wave of attacks", "a more than two-year ceasefire"
    r"(?!-(?:year|month|week|day|hour|minute|decade|night)s?\b)",
    _I,
)


# "the increase in human rights violations, the arrests, the bombings and the war parades": a
# plural between commas is an item of an enumeration, a kind of happening, not one
LIST_BEFORE = re.compile(
    # ... or opened by what it lists: "repression ... in the form of arrests, murders, searches"
    r"(?:,|\bin\s+the\s+form\s+of|\bsuch\s+as)\s+(?:the\s+)?$",
    _I,
)
# kinds of crime listed as a kind of problem: "a drug-trafficking, kidnapping, and child pornography issue"
CRIME_LISTED = re.compile(
    r"\b(?:drug[- ]trafficking|trafficking|smuggling|money[- ]laundering|fraud|robbery|extortion|piracy|"
    r"corruption|terrorism|murder|rape|theft)\s*,\s*(?:and\s+|or\s+)?$",
    _I,
)
CRIME_LIST_END = re.compile(
    r"(?:\s*,)?(?:\s+(?:and|or)\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:issues?|problems?|cases|crimes|offen[cs]es|"
    r"charges|investigations|rings?|networks?|gangs?)\b",
    _I,
)
# ... kinds of happening listed after what they are examples of
_KINDS_LISTED = re.compile(
    # (the last item a few words, no clause: not "cities such as Kano, Yola and Maiduguri, where a
    # suicide bomber attacked a mosque")
    r"\b(?:in\s+the\s+form\s+of|such\s+as)\s+((?:[^,;.:]{3,60},\s+){2,}(?:and\s+)?"
    r"(?:(?!(?:where|which|who|when|that)\b)[\w'-]+\s+){0,4}[\w'-]+)",
    _I,
)
LIST_AFTER = re.compile(r"\s*(?:,|and\b|or\b|--)", _I)


# an unnumbered many: "several foiled plots", "a number of thwarted attacks"
_MANY_BEFORE = re.compile(
    r"\b(?:several|many|numerous|multiple|various|a number of|a string of|a series of|a spate of|"
    r"dozens of|scores of)\s+$",
    _I,
)


# a tally's words before a plural: "the number of kidnappings in this period doubled", "a surge in
# attacks", whatever day the sentence names
TALLY_BEFORE = re.compile(
    # (not "a number of", some: "A number of suicide bombings struck Baghdad")
    r"\b(?<!\ba )(?:(?:total )?number|rate|tally|share|count)s? of\s+(?:[\w-]+\s+)?$|"
    r"\b(?:rise|increase|surge|spike|upsurge|decline|drop|fall|decrease|reduction)s? in\s+(?:[\w-]+\s+)?$|"
    # a share: "One in five terrorism arrests"
    r"\b(?:one|1)\s+(?:in|out\s+of)\s+(?:\d+|[a-z]+)\s+(?:[\w-]+\s+)?$",
    _I,
)


def counted_as_whole(sentence: str, hit: Hit) -> bool:
    """Happenings of a kind counted or compared as a whole, not one told."""
    word = sentence[hit.start : hit.end].strip()
    return (
        # (one word, or a kind in two: "The number of terrorist attacks in Turkey fell 30 percent")
        (" " not in word or _KIND_IN_TWO.fullmatch(word) is not None)
        and word.lower().endswith("s")
        and TALLY_BEFORE.search(sentence, max(0, hit.start - 40), hit.start) is not None
    )


_KIND_IN_TWO = re.compile(
    r"(?:terror(?:ist)?|suicide|bomb|militant|insurgent|rocket|mortar|armed|jihadist)\s+"
    r"(?:attacks|bombings|blasts|shootings|kidnappings|assaults)",
    _I,
)
_CLASS_OF_PEOPLE_BEFORE = re.compile(
    # (in the state still: not "some of those who were assassinated are citizens of that country")
    r"\bthose\s+(?:(?:persons|people|individuals|men|women)\s+)?who\s+(?:have|are)\s+"
    r"(?:been\s+|being\s+)?(?:[\w'-]+ly\s+)?$",
    _I,
)
# ... a whole people or population as the object: "bombing the people's neighborhoods" (not "the
# population of Aleppo", "people in the market")
_WHOLE_PEOPLE_AFTER = re.compile(
    # (not "the Pakistan People's Party office", "the nation's parliament")
    r"\s+the\s+(?:[\w'-]+\s+){0,2}?(?:people|population|masses|nation)\b(?!\s+(?:of|in|at|near|living|who)\b)"
    r"(?!['\u2019]s\s+(?!neighbou?rhoods|homes|houses|districts|villages)\w)",
    _I,
)


def by_examples(sentence: str, hit: Hit) -> bool:
    """Attacks named as a kind and shown by examples, whatever day the sentence tells: "set up a
    task force last Friday to crack down on extremist groups using the Internet to ... plan attacks
    such as recent killings in Paris and San Bernardino"."""
    words = sentence[hit.start : hit.end].split()
    return (
        hit.trigger.event_type == "attack"
        and bool(words)
        and words[-1].lower() in ("attacks", "bombings", "killings", "shootings", "massacres")
        and _SUCH_AS_AFTER.match(sentence, hit.end) is not None
        and not _NAMED_BEFORE.search(
            sentence, max(0, hit.end - len(words[-1]) - 40), hit.end - len(words[-1])
        )
        and not SPECIFIC_FIGURE.search(sentence)
    )


def rescue_of_none_taken(sentence: str, hit: Hit) -> bool:
    """A rescue told bare ("Three soldiers were rescued from the water") of no one the sentence
    tells was kidnapped or held: no operation against an armed group."""
    return (
        hit.trigger.event_type == "ct_operation"
        and sentence[hit.start : hit.end].lower() == "rescued"
        and _TAKEN_WORD.search(sentence) is None
    )


_TAKEN_WORD = re.compile(
    r"\b(?:kidnap\w*|abduct\w*|captiv\w*|hostages?|held by|seized by|taken by|taken hostage)\b", _I
)


def is_trend(sentence: str, hit: Hit) -> bool:
    """Attacks told by how their number went, whatever span the sentence tells: "Islamic State
    attacks have increased this year, particularly in Iraq and Syria"."""
    words = sentence[hit.start : hit.end].split()
    return (
        hit.trigger.event_type == "attack"
        and bool(words)
        and words[-1].lower() in ("attacks", "bombings", "killings", "shootings", "kidnappings", "abductions")
        and _TREND_AFTER.match(sentence, hit.end) is not None
    )


# what a study looks at: "Researchers in Israel compared bombings on Jerusalem buses"
_STUDIED_BEFORE = re.compile(
    r"\b(?:compared|comparing|studied|studying|analy[sz]ed|analy[sz]ing|examined|examining|reviewed|"
    r"reviewing|surveyed|surveying)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    _I,
)
_RESEARCH = re.compile(
    r"\b(?:researchers?|scientists?|academics?|scholars?|stud(?:y|ies)|paper|analysts?)\b", _I
)


# deeds of years told in the perfect, by a multitude: "have murdered thousands of Colombians"
_PERFECT_MULTITUDE = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:already|also|now|ruthlessly|brutally|cruelly)\s+)?(?:murdered|killed|massacred|"
    r"slaughtered|assassinated|kidnapped|abducted|tortured)\s+(?:(?:tens|hundreds)\s+of\s+)?"
    r"(?:thousands|countless|millions)\b",
    _I,
)
# a day or a span of days the deed is told in (not a record of years: "have massacred hundreds of Yazidi
# men in Sinjar since Sunday")
_DAYS_TOLD = re.compile(
    r"\b(?:today|yesterday|tonight|last\s+night|this\s+(?:morning|week)|since\s+\w+day|"
    r"on\s+(?:\w+day|\d{1,2}\s+[A-Za-z]+|[A-Za-z]+\s+\d{1,2})|in\s+the\s+past\s+(?:week|\w+\s+days))\b",
    _I,
)


def of_years(sentence: str, hit: Hit) -> bool:
    """An attack told as a record of years, in a sentence that tells no day of it: "THE TERRORISTS
    HAVE MURDERED THOUSANDS OF COLOMBIANS" (a dateline's day is no day of the deed)."""
    # (the hit's words end in the phrase, or begin in it: not "THE EXTRADITABLES, WHO HAVE MURDERED
    # THOUSANDS, YESTERDAY MURDERED TWO POLICE AGENTS", whose deed is told after it)
    # (the rare phrase looked for first: this runs on every hit)
    return (
        hit.trigger.event_type == "attack"
        and any(
            m.start() < hit.end <= m.end() or m.start() <= hit.start < m.end()
            for m in _PERFECT_MULTITUDE.finditer(sentence)
        )
        and _DAYS_TOLD.search(sentence) is None
    )


def is_generic(sentence: str, hit: Hit) -> bool:
    """An attack named in general (see ``GENERIC_NOUN``); the caller checks the sentence has no day."""
    word = sentence[hit.start : hit.end].strip()
    last = re.split(r"\s+", word)[-1]
    if (
        hit.trigger.event_type == "plot_foiled"
        and last.lower().endswith("s")
        and _MANY_BEFORE.search(sentence, max(0, hit.start - 25), hit.start)
    ):
        return True  # "have been on high alert after several foiled terror plots": plots in general
    if (
        " " not in word
        and last.lower().endswith("s")
        and LIST_BEFORE.search(sentence, max(0, hit.start - 20), hit.start)
        and LIST_AFTER.match(sentence, hit.end)
        and not SPECIFIC_FIGURE.search(sentence)
    ):
        return True
    if not SPECIFIC_FIGURE.search(sentence) and any(
        m.start(1) <= hit.start < m.end(1) for m in _KINDS_LISTED.finditer(sentence)
    ):
        return True  # "repression in the form of arrests, murders, searches, raids on labor offices"
    if CRIME_LISTED.search(sentence, max(0, hit.start - 60), hit.start) and CRIME_LIST_END.match(
        sentence, hit.end
    ):
        return True  # "It is also a drug-trafficking, kidnapping, and child pornography issue"
    if hit.trigger.event_type not in ("attack", "raid", "ct_operation"):
        return False
    if hit.trigger.event_type == "ct_operation" and war_frame(sentence, hit):
        return True
    if hit.trigger.event_type == "attack" and _CLASS_OF_PEOPLE_BEFORE.search(
        sentence, max(0, hit.start - 50), hit.start
    ):
        return True  # "we ask those persons who have been kidnapped ... to be patient": a kind of people
    if (
        hit.trigger.event_type == "attack"
        and not SPECIFIC_FIGURE.search(sentence)
        and _WHOLE_PEOPLE_AFTER.match(sentence, hit.end)
    ):
        return True  # "they have bombed the Salvadoran people": a whole people, in a charge
    if ARMS_LISTED.search(sentence, max(0, hit.start - 100), hit.start):
        return True  # "will cease attacks ... with any weapons including rockets, mortars": arms named
    if in_inventory(sentence, hit):
        return True  # "155 AK-47 rifles, 45 pistols, 60,000 rounds ..., 126 grenades": arms counted
    if (
        ARMS_HELD.search(sentence, max(0, hit.start - 60), hit.start)
        and ARMS_WORD.fullmatch(sentence[hit.start : hit.end])
        # (not what they then did: "drones carrying bombs have struck two airports")
        and not _WENT_OFF_AFTER.match(sentence, hit.end)
        and not _STRUCK_LATER.match(sentence, hit.end)
    ):
        return True  # "Hezbollah has 100,000 missiles", "a system that can engage aircraft and missiles"
    if SHARE_AFTER.match(sentence, hit.end):
        return True  # "followed by roadside bombs at 21 percent and suicide attacks at 17 percent"
    if (
        last.lower().endswith("s")
        and _STUDIED_BEFORE.search(sentence, max(0, hit.start - 40), hit.start)
        and _RESEARCH.search(sentence, 0, hit.start)
        and not TOLL_WORD.search(sentence)
    ):
        return True  # "Researchers in Israel compared bombings on Jerusalem buses": a study's matter
    lands = _ACROSS_PLACES_AFTER.match(sentence, hit.end) if hit.trigger.event_type == "attack" else None
    if (
        lands is not None
        and last.lower().endswith("s")
        # (no figure but the lands': not "attacks in three cities killed 40 people"; no harm told:
        # not "Near-simultaneous bombings in five cities ... killed a police officer")
        and not SPECIFIC_FIGURE.search(sentence[: lands.start()] + " " + sentence[lands.end() :])
        and not TOLL_WORD.search(sentence)
    ):
        return True  # "Deadly attacks in four countries linked to Islamic State show ...": a summary
    across = CLAIMS_ACROSS.search(sentence)
    if across is not None and hit.start < across.end() and hit.end > across.start():
        return True  # "has claimed responsibility for attacks in Paris, Brussels and a number of other countries"
    if CAMPAIGN_AFTER.match(sentence, hit.end) and not SPECIFIC_FIGURE.search(
        sentence, max(0, hit.start - 100)
    ):
        # "it weathers bombing campaigns by ISIS": a kind of activity (a figure of the campaign's,
        # not "Several Clinton insiders ... along with a carpet-bombing campaign against Trump")
        return True
    # (a figure makes one told: "new forms of attack, such as the truck bomb that killed 80 shoppers")
    figure = SPECIFIC_FIGURE.search(sentence) is not None
    if _MATERIAL_FOR.search(sentence, max(0, hit.start - 60), hit.start) and not figure:
        return True  # "the radioactive ingredients for a 'dirty bomb' are insecure": no bomb went off
    if not figure and (
        _KIND_OF.search(sentence, max(0, hit.start - 20), hit.start)
        or _KINDS_NAMED.search(sentence, max(0, hit.start - 160), hit.start)
    ):
        return True  # "methods of attack that range from single suicide bombers to truck bombs"
    head = _HEAD_AFTER.match(sentence, hit.end) if " " not in word else None
    if head is not None and hit.trigger.event_type == "attack":
        # "the end of bomb explosions": the word names its head's kind, in a frame that makes
        # them general (not "Rebels carried out rocket attacks on the base")
        return GENERIC_FRAME.search(sentence, max(0, hit.start - 60), hit.start) is not None and not (
            SPECIFIC_FIGURE.search(sentence)
        )
    if not GENERIC_NOUN.search(last):
        return False
    if (
        word.lower().endswith("ing")
        and " " not in word
        and not re.search(r"\w", sentence[: hit.start])
        and _GERUND_SUBJECT_AFTER.match(sentence, hit.end)
    ):
        # '"Bombing the heck out of Raqqa is not going to stop this stuff"': the deed as a notion,
        # the subject of what is said of it
        return True
    if last.lower().endswith("s") and _WARDING_OFF.search(sentence, max(0, hit.start - 40), hit.start):
        # "the challenge of stopping attacks that are globally dispersed", "to prevent attacks": the
        # kind warded off, whatever figures the sentence tells of others
        return True
    if SPECIFIC_FIGURE.search(sentence):
        return False
    if " " in word and GENERIC_FRAME.search(sentence, max(0, hit.end - len(last) - 60), hit.end - len(last)):
        # "the guerrilla groups still launching attacks throughout the country": the habit told
        # inside the words of the happening
        return True
    if last.lower().endswith("s") and GENERIC_PREDICATE.match(sentence, hit.end):
        return True  # "Attacks against members of Parliament are also highly unusual"
    before = sentence[max(0, hit.start - 60) : hit.start]
    if GENERIC_FRAME.search(before):
        return True
    if GENERIC_MODIFIER.search(before):
        return not REPORTED_VERB_AFTER.match(sentence, hit.end)
    if hit.trigger.event_type != "attack":
        return False  # "police conducted raids across the capital", "troops launched offensives" are reports
    # a bare plural: generic as an object ("concern for bombings"), not as the subject of a
    # verb ("Suicide bombings rocked the capital")
    if not last.lower().endswith("s") or re.search(
        r"\b(?:the|an?|this|that)\s+(?:[\w'-]+\s+){0,2}$", before, _I
    ):
        return False
    if not re.search(r"[\w'-]\W+$", before):
        return False  # at the start of the sentence
    return not REPORTED_VERB_AFTER.match(sentence, hit.end)


# an inventory: a counted item right after an earlier counted one of arms and a comma or semicolon
_COUNT = rf"(?:\d[\d,]*|{_SMALL_NUMBERS}|one)"
_ARMS_NOUN = (
    r"(?:rifles?|pistols?|guns?|revolvers?|rounds|cartridges|bullets|ammunition|grenades?|mortars?|rockets?|"
    r"missiles?|launchers?|cannons?|explosives|dynamite|detonators?|fuses|mines|bombs?|magazines?|weapons|"
    r"AK-47s?|M-16s?|RPG-\d+s?|SAM-\d+s?|shells)"
)
_COUNTED_LAST = re.compile(rf"\b{_COUNT}\s+(?:[\w'.-]+,?\s+){{0,3}}$", _I)
# (the next item right after the phrase, counted with more than one: not "three bombs went off in the
# capital, one at the central park, another at ...")
_COUNTED_NEXT = re.compile(
    rf"(?:\s+[\w'.()-]+){{0,4}}?\s*[,;]\s+(?:and\s+)?(?:\d[\d,]*|{_SMALL_NUMBERS})\s+"
    rf"(?:[\w'.-]+\s+){{0,3}}?{_ARMS_NOUN}\b",
    _I,
)
# what arms did: "three bombs went off", "grenades that exploded", "two bombs ripped through a market"
_WENT_OFF_AFTER = re.compile(
    r"(?:\s+[\w'-]+){0,3}?\s+(?:went off|exploded|detonated|blew up|hit|struck|landed|killed|killing|"
    r"wounded|wounding|injured|injuring|damaged|destroyed|ripped|tore|rocked|shook)\b",
    _I,
)
_COUNTED_ITEM = re.compile(
    rf"(?:^|\s){_COUNT}\s+(?:[\w'.()-]+\s+){{0,5}}?(?:[\w.]+-)*{_ARMS_NOUN}\b[^,;.]{{0,50}}[,;]", _I
)
_ITEM_SEPARATOR = re.compile(r"[,;]\s+(?:and\s+)?$")
_USED_BEFORE = re.compile(
    r"\b(?:fir(?:e|es|ed|ing)|launch\w*|lob\w*|threw|throw\w*|hurl\w*|used|using|drop(?:s|ped|ping)?|"
    r"plant\w*|detonat\w*|set off|explod\w*|rain\w*)\b",
    _I,
)
# ... or an item named bare after counted ones: "24 missiles, one recoilless cannon, grenades for it"
_BARE_ITEM_BEFORE = re.compile(r"[,;]\s+(?:and\s+)?(?:(?:an?|the|other)\s+)?(?:[\w'.-]+\s+){0,3}$", _I)


def in_inventory(sentence: str, hit: Hit) -> bool:
    """The trigger's word is an item of a list of arms counted one by one: "155 AK-47 rifles, 45
    pistols, 126 grenades", "24 SAM-7 missiles; 21 grenades for 75-mm cannons"."""
    if hit.trigger.name not in _DEVICE_TRIGGERS or _DEVICE_WORDS.search(sentence, hit.start, hit.end) is None:
        return False
    before = sentence[max(0, hit.start - 200) : hit.start]
    if _USED_BEFORE.search(before) or _WENT_OFF_AFTER.match(sentence, hit.end):
        return False  # "insurgents fired 12 mortars, 3 rockets and 2 grenades": arms used
    last = _COUNTED_LAST.search(before)
    if last is None:
        bare = _BARE_ITEM_BEFORE.search(before)
        return bare is not None and len(_COUNTED_ITEM.findall(before, 0, bare.start() + 1)) >= 2
    earlier = before[: last.start()]
    return (
        _ITEM_SEPARATOR.search(earlier) is not None and _COUNTED_ITEM.search(earlier) is not None
    ) or _COUNTED_NEXT.match(sentence, hit.end) is not None


CAMPAIGN_AFTER = re.compile(r"\s+campaigns?\b", _I)
# the head a weapon's word modifies: "bomb explosions", "bomb attacks"
_HEAD_AFTER = re.compile(r"\s+(?:explosions|blasts|attacks|bombings)\b", _I)
# kinds of attack named, not one told: "methods of attack that range from single suicide bombers
# to massive truck bombs to hostage-taking", "tactics such as car bombs", "forms of attack"
_KINDS_NAMED = re.compile(
    r"\b(?:(?:methods?|forms?|kinds?|types?|sorts?|tactics?|modes?|means)\s+of\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:attacks?|violence|terror(?:ism)?|warfare)\b[^.;]{0,40}?\b(?:rang(?:e|es|ed|ing)\s+from|such\s+as|"
    r"including|like)\b|(?:tactics|methods|means)\s+such\s+as\b)[^.;]*$",
    _I,
)
# what a bomb is made from or how: "the radioactive ingredients for a 'dirty bomb'", "instructions
# to build bombs"
_MATERIAL_FOR = re.compile(
    r"\b(?:ingredients|materials?|components?|precursors?|know-how|recipes?|instructions|manuals?|"
    r"blueprints?)\s+(?:for|to\s+(?:make|build|assemble))\s+(?:an?\s+|the\s+)?[\"\u201c]?(?:[\w'-]+\s+)?$",
    _I,
)
# (kinds in the plural: "it was the kind of targeted killing that drones are known for" is the one told)
_KIND_OF = re.compile(r"\b(?:methods|forms|kinds|types|sorts|tactics|modes)\s+of\s+$", _I)
_STRUCK_LATER = re.compile(
    r"[^.;]{0,60}?\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:struck|hit|killed|wounded|attacked|targeted|bombed)\b",
    _I,
)
# arms held, traded or defended against, not fired
ARMS_HELD = re.compile(
    r"\b(?:has|have|had|possess(?:es|ed)?|owns?|stockpiled?|arsenal of|deliver(?:ed|s)?|suppl(?:y|ied|ies)|"
    r"sold|sells?|bought|buys?|purchased?|acquired?|engage|intercept(?:ed|s)?|shoot down|shot down|"
    # built, planned or given up: "cancel the new air launched cruise missile", "develop a missile"
    r"builds?|built|building(?=\s+(?:a|an|the|new|more|its|their|up)\b)|develop(?:s|ed|ing)?|design(?:s|ed|ing)?|procur(?:es?|ed|ing)|"
    r"cancel(?:s|led|ed|ling|ing)?|scrap(?:s|ped|ping)?|retire[sd]?|modernize[sd]?|upgrade[sd]?|"
    # made or carried: "a factory which produces cluster bombs", "it carried 24 surface-to-air missiles"
    r"produc(?:es?|ed|ing)|manufactur(?:es?|ed|ing)|carr(?:y|ies|ied|ying)(?! out\b)|loaded with|smuggl(?:ed|ing))\s+"
    # (no verb between: not "rebels have sent ballistic missiles", "Hamas has fired rockets")
    r"(?:(?!fir\w*|(?<!air )(?<!air-)(?<!ground )(?<!ground-)(?<!sea )(?<!sea-)launch\w*|sent\b|send\w*|lob\w*|shot\b|rain\w*|used\b|hurl\w*|aim\w*|"
    r"direct\w*|unleash\w*|deploy\w*|drop\w*|plant\w*|detonat\w*|explod\w*|threw\b|throw\w*|pound\w*|"
    r"strik\w*|struck\b|hit\b|plac\w*|target\w*|attack\w*|shell\w*|batter\w*|blast\w*)[\w,.-]+\s+){0,6}"
    r"(?:[\w.]+-)*$",
    _I,
)
ARMS_WORD = re.compile(
    r"(?:ballistic |cruise |guided |cluster )?(?:missiles?|rockets?|grenades?|mortars?|bombs)", _I
)
# (not a time: "would not say until Tuesday how many had died")
CONDITION = re.compile(
    r"\b(?:cannot|can ?not|can't|won't|will not|would not|refuses? to|refused to)\b[^.;]{0,80}?\buntil\b"
    r"(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tomorrow|tonight|next|later|"
    r"the end|\d))",
    _I,
)
# the end of a condition's clause: "..., but a suicide bomber killed"
_CLAUSE_END = re.compile(r";|\bbut\b|,\s+(?:while|as|and then|although|though)\b", _I)
HALTED_AFTER = re.compile(
    r"\s+(?:are|is|be|were|was|being|to be|must be|should be) (?:\w+ )?"
    r"(?:halted|stopped|ended|suspended|ceased|called off)\b",
    _I,
)
# a kind of happening judged as a kind: "Attacks against members of Parliament are also highly
# unusual", "kidnappings remain common"
GENERIC_PREDICATE = re.compile(
    r"(?:\s+[\w'-]+){0,6}?\s+(?:are|were|remain|remained|have been|had been)\s+(?:also\s+|still\s+|now\s+)?"
    r"(?:(?:highly|very|extremely|relatively|increasingly|fairly|rather|quite|so|more|less)\s+)?"
    r"(?:rare|unusual|uncommon|common|commonplace|frequent|infrequent|routine|a rarity|unheard of|"
    r"on the rise|in decline)\b",
    _I,
)


_CAMPAIGN_PLURAL = re.compile(r"(?:blasts|assaults|strikes)$", _I)


def halted(sentence: str, hit: Hit) -> bool:
    """Happenings of a kind told as what is (to be) stopped, or as the condition of an
    "until" clause, whatever the day: "talks cannot begin until air strikes are halted, ... and
    detainees freed" (not after the clause: "..., but a suicide bomber killed 30")."""
    condition = CONDITION.search(sentence, 0, hit.start)
    if condition is not None and not _CLAUSE_END.search(sentence, condition.end(), hit.start):
        return True
    return hit.trigger.event_type in ("attack", "raid", "ct_operation") and bool(
        HALTED_AFTER.match(sentence, hit.end)
    )


# A warning that is none: a level left as it was ("there was no change in the national security
# alert level"), a warning of hunger or floods ("aid agencies have warned of widespread starvation"),
# or one addressed to the fighters themselves ("leaflets warning militants that the belt is
# tightening around them").
_LEVEL_KEPT = re.compile(
    r"\b(?:no (?:change|increase|rise|plans? to raise)|not (?:raise|raised|change|changed|increase|increased)|"
    r"(?:kept|remains?|remained|unchanged)\b[^.;]{0,30}?)\s*(?:in |to |at )?(?:the |its )?(?:[\w-]+ ){0,3}$",
    _I,
)
_WARNED_OF_OTHER = re.compile(
    r"\s+(?:of|about)\s+(?:(?:a|an|the|widespread|mass|severe|looming|imminent|possible|further|more)\s+){0,2}"
    r"(?:starvation|famine|hunger|malnutrition|food shortages?|shortages?|humanitarian|economic|financial|"
    r"recession|inflation|disease|epidemic|outbreaks?|floods?|flooding|drought|storms?|heat|weather|"
    r"exodus|refugees?|catastrophe|crisis)\b",
    _I,
)
# (the fighters as the object: "warning militants that ...", "warned the rebels to surrender"; not
# "officials warned militants could strike again")
_WARNED_FIGHTERS = re.compile(
    r"\s+(?:the\s+)?(?:militants|rebels|insurgents|fighters|terrorists|jihadists|gunmen)\s+(?:that|to|not|against)\b",
    _I,
)


# what others must not do, warned of: "He warned that countries cannot use diplomacy in order to
# provide a human shield for extremists" (a stance, not a danger foreseen)
_WARNED_NOT_TO = re.compile(
    # (not advice: "warned that citizens should not travel to the border")
    # (nor a danger: "warned that the group did not need orders to attack")
    r"\s+(?:\w+\s+){0,2}?that\s+(?:[\w'-]+\s+){1,3}?[\"\u201c]?(?:cannot|can\s+not|can't)\b"
    # (not a danger that cannot be ruled out: "warned that France cannot rule out new attacks")
    r"(?!\s+(?:rule|be\s+ruled|exclude|be\s+excluded|guarantee)\b)",
    _I,
)


# an election's words: "Trump's speech was hastily refashioned from a broad critique of Democratic
# rival Hillary Clinton to a dire warning of the threat from Islamist militants"
# (a contender's, not an election's date: "Ahead of the presidential election campaign,
# intelligence officials warned of Taliban attacks on polling stations" is a warning)
_ELECTION_TALK = re.compile(
    r"\b(?:campaign\s+(?:trail|speech|rally|event|stop)|presidential\s+(?:candidates?|nominees?|hopefuls?)|"
    r"(?:Democratic|Republican)\s+(?:rival|opponent|challenger)s?|stump\s+speech)\b",
    _I,
)


def idle_warning(sentence: str, hit: Hit) -> bool:
    """The warning word names no security warning made (see ``_LEVEL_KEPT``)."""
    if hit.trigger.event_type != "warning":
        return False
    word = sentence[hit.start : hit.end].lower()
    if _LEVEL_KEPT.search(sentence, max(0, hit.start - 60), hit.start):
        return True
    if _ELECTION_TALK.search(sentence, 0, hit.start):
        return True  # a contender's words of danger, no warning of an authority
    if word.startswith(("warn", "alert")):
        end = hit.start + len(word.split()[0])
        return bool(
            _WARNED_OF_OTHER.match(sentence, end)
            or _WARNED_FIGHTERS.match(sentence, end)
            or _WARNED_NOT_TO.match(sentence, end)
        )
    return False


# a doer pictured, not a happening told: "Here, an image of a suicide bomber that was taken from a
# militant website" (a caption); "photos of suicide bombers"
_PICTURE_OF = re.compile(
    r"\b(?:images?|photos?|photographs?|pictures?|portraits?|posters?|drawings?|cartoons?|illustrations?|"
    r"screenshots?|screen\s+grabs?|stills?|mugshots?)\s+of\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+)?$",
    _I,
)
_DOER_WORD = re.compile(
    r"(?:[\w'-]+\s+)?(?:bombers?|attackers?|gunm[ae]n|assailants?|militants?|jihadists?|terrorists?|insurgents?)",
    _I,
)


# an attack only planned, told by its noun: "suggested he had been plotting a larger assault" (a plot
# with a case told is the plot trigger's: "plotting an attack")
_PLANNED_BEFORE = re.compile(
    r"\b(?:plott(?:ed|ing)|plann(?:ed|ing)|prepar(?:ed|ing))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$", _I
)


def planned_only(sentence: str, hit: Hit) -> bool:
    """The attack noun is what someone plotted or planned, not an attack done."""
    return hit.trigger.name == "attack_noun" and (
        _PLANNED_BEFORE.search(sentence, max(0, hit.start - 40), hit.start) is not None
    )


# goods held, not arms: "companies including a bank have been seized" (a state's takeover), "the FBI
# asked officials to reset the phone's cloud storage account after it was seized" (a device named
# back, kept as evidence; not "phones and computers of the suspect were seized at his home", a
# search); the search's own exclusions cover "seized iPhones", where the goods follow
# (the passive, with "it" when a thing is named back: "after it was seized")
_SEIZED_PASSIVE = re.compile(
    r"(?:\b(?P<it>it)\s+)?\b(?:was|were|is|are|has been|have been|had been|being)\s+$", _I
)
_ASSETS = re.compile(
    r"\b(?:compan(?:y|ies)|banks|businesses|assets|funds|bank accounts?|newspapers|media outlets|"
    r"propert(?:y|ies))\b",
    _I,
)
_DEVICE = re.compile(r"\b(?:i?phone|smartphone|computer|laptop|hard drive)(?:['\u2019]s)?\b", _I)
# (the arms counted in an inventory, and a few more that are seized)
_ARMS = re.compile(
    rf"\b(?:{_ARMS_NOUN}|weapon|arms|firearms|explosive|handguns?|munitions|caches?|AK-?47s?|M-?16s?|Kalashnikovs?|"
    r"(?:suicide )?(?:belts|vests)|TATP|drugs|narcotics)\b",
    _I,
)


def seized_goods(sentence: str, hit: Hit) -> bool:
    """A search trigger that is goods "seized" in the passive, told before it, and no arms."""
    if hit.trigger.event_type != "raid" or not sentence[hit.start : hit.end].lower().startswith("seiz"):
        return False
    passive = _SEIZED_PASSIVE.search(sentence, max(0, hit.start - 16), hit.start)
    if passive is None:
        return False
    before = sentence[max(0, hit.start - 100) : hit.start]
    if _ARMS.search(before) is not None:
        return False
    if passive.group("it") and _DEVICE.search(before):
        return True
    return _ASSETS.search(before) is not None


def depicted(sentence: str, hit: Hit) -> bool:
    """The trigger is a doer in a picture's words, with no figure of harm in the sentence."""
    return (
        _DOER_WORD.fullmatch(sentence[hit.start : hit.end]) is not None
        and _PICTURE_OF.search(sentence, max(0, hit.start - 60), hit.start) is not None
        and not SPECIFIC_FIGURE.search(sentence)
    )


# a quoted title, every word capitalised: "Onion hybrids, like “Concerned NRA Official Rushes Out To
# Purchase Congressman Following Mass Shooting.”" (a headline or a work's name, no happening told)
_QUOTED = re.compile(r"\u201c([^\u201c\u201d]{10,200})\u201d|\"([^\"]{10,200})\"")
_TITLE_SMALL = frozenset(
    {"a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "but", "at", "by", "with", "from", "as"}
    | {"into", "over", "after", "before", "is", "are", "vs"}
)


def titled(sentence: str, hit: Hit) -> bool:
    """The trigger lies inside a quoted title (at least four words, each one capitalised but the
    small ones; not ALL-CAPS copy)."""
    for m in _QUOTED.finditer(sentence):
        group = 1 if m.group(1) is not None else 2
        if not m.start(group) <= hit.start < m.end(group):
            continue
        quoted = m.group(group)
        words = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", quoted) if w.lower() not in _TITLE_SMALL]
        return len(words) >= 4 and quoted != quoted.upper() and all(w[0].isupper() for w in words)
    return False


def is_campaign(sentence: str, hit: Hit) -> bool:
    """Happenings told in the plural with no number, in a sentence dated by a year: "PKK attacks on
    Turkish security forces last year helped put an end to a ceasefire", "Islamic State attacks have
    increased this year", "gunmen in shootings over the past year in Orlando, San Bernardino and
    Garland" tell a campaign, not a happening (the caller checks the year and that no day is told)."""
    if hit.trigger.event_type not in ("attack", "ct_operation", "raid"):
        return False
    last = re.split(r"\s+", sentence[hit.start : hit.end].strip())[-1]
    # the plurals of ``GENERIC_NOUN``, and of blasts, assaults and strikes (a campaign's words)
    plural = (
        last.lower().endswith("s")
        and (GENERIC_NOUN.search(last) or _CAMPAIGN_PLURAL.search(last)) is not None
    )
    return plural and not SPECIFIC_FIGURE.search(sentence)


# arms named in a list: "with any weapons including rockets, mortars, anti-tank guided missiles"
ARMS_LISTED = re.compile(
    r"\b(?:weapons?|arms|arsenals?|munitions|weaponry)\s*,?\s+(?:including|such as)\s+"
    r"(?:[\w'-]+,?\s+(?:(?:and|or)\s+)?){0,8}$",
    _I,
)

# Words of a war that name no happening of their own (the caller checks the sentence has no day):
# the air power behind an advance ("pro-government forces, backed by Russian airstrikes, made
# startling advances"), a side described by its fighting ("a range of insurgent groups fighting
# against them", "Nusra fighters are fighting alongside other rebel groups"), a battle to come
# ("Ahead of the battle for Mosul") or fought in general ("supported the Kurdish fighters in battle
# against Islamic State"), and a state endured ("Syrians under siege and bombardment").
_AIR_POWER = re.compile(
    r"(?:air ?strikes?|airstrikes?|air raids?|air power|air support|bombing|bombardments?|artillery|shelling)$",
    _I,
)
SUPPORTING = re.compile(
    r"\b(?:backed by|backing (?:of|from)|support (?:of|from)|cover (?:of|from)|aided by|with the help of|"
    r"taking advantage of|thanks to)\s+(?:[\w.'-]+\s+){0,3}$",
    _I,
)
# a side described by its fighting, in a reduced relative ("insurgent groups fighting against them")
# or an aside ("the Shiite army of Hezbollah, now fighting in war-wracked Syria"); not a verb of its
# own ("we are fighting in areas close to the General Staff" reports fighting)
SIDE_FIGHTING = re.compile(
    r"\b(?:groups|factions|militias|rebels|militants|fighters|insurgents|jihadists)\s+$|,\s+(?:now|currently|still|also)\s+$",
    _I,
)
BATTLE_TO_COME = re.compile(
    r"\b(?:ahead of|in the run-up to|preparations? for|looming|upcoming|impending|coming|expected|"
    r"eventual|future)\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+){0,2}$",
    _I,
)
SUPPORTING_AFTER = re.compile(r"\s+(?:supporting|in support of|backing|to support|to back)\b", _I)
BATTLE_IN = re.compile(r"\bin\s+(?:(?:the|its|their|our|his|her)\s+)?(?:[\w'-]+\s+)?$", _I)
ENDURED = re.compile(r"\bunder\s+(?:[\w'-]+\s+(?:and\s+)?){0,3}$", _I)


def war_frame(sentence: str, hit: Hit) -> bool:
    """The words of a war name a side, a support, a battle to come or a state endured."""
    word = sentence[hit.start : hit.end].strip().lower()
    before = sentence[max(0, hit.start - 60) : hit.start]
    if _AIR_POWER.search(word) and SUPPORTING.search(before):
        return True
    if word == "fighting":
        # "Nusra fighters are fighting alongside other rebel groups": a side named
        return (
            SIDE_FIGHTING.search(before) is not None
            or re.match(r"\s+alongside\b", sentence[hit.end :]) is not None
        )
    if SPECIFIC_FIGURE.search(sentence):
        return False  # "air strikes supporting Iraqi forces killed 20 fighters" reports a toll
    if _AIR_POWER.search(word) and (SUPPORTING_AFTER.match(sentence, hit.end) or ENDURED.search(before)):
        return True  # "if Russia stopped air strikes supporting Syrian government forces' advance"
    if word in {"battle", "battles"}:
        # "in battle against Islamic State", "its best chance in the battle against Islamic State"
        return BATTLE_TO_COME.search(before) is not None or (
            BATTLE_IN.search(before) is not None
            and re.match(r"\s+(?:against|with)\b", sentence[hit.end :]) is not None
        )
    return False


# a kind of happening's share of a tally: "suicide attacks at 17 percent", "bombings (21%)"
SHARE_AFTER = re.compile(
    r"\s*(?:\(|,\s*)?(?:at|with|accounting for|made up|caused|causing)?\s*(?:about |around |some |nearly )?"
    r"\d+(?:\.\d+)?\s*(?:percent|per cent|%)",
    _I,
)
# happenings counted by the lands they struck: "attacks in four countries", "bombings across
# several cities"
_ACROSS_PLACES_AFTER = re.compile(
    r"\s+(?:in|across)\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|various|"
    r"numerous|a number of|\d+)\s+(?:different\s+)?(?:countries|cities|continents|nations|states|provinces)\b",
    _I,
)
_TREND_AFTER = re.compile(
    r"\s+(?:have\s+|has\s+|had\s+)?(?:\w+ly\s+)?(?:increased|risen|rose|grown|grew|doubled|tripled|fallen|fell|"
    r"declined|dropped|decreased|surged|soared|spiked|slowed|multiplied|intensified)\b",
    _I,
)
# the harm a sentence tells ("killed a police officer", "wounded a tourist")
TOLL_WORD = re.compile(r"\b(?:kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|dead|died)\b", _I)
_SUCH_AS_AFTER = re.compile(r",?\s+such as\s", _I)
# (a happening named back or by its day is no kind: "Tuesday's suicide bombings, like those in Paris")
_NAMED_BEFORE = re.compile(r"\b(?:the|these|those|this|that|[\w-]+['\u2019]s)\s+(?:[\w-]+\s+){0,2}$", _I)
# claims for attacks across many places: a record of the group, not of one happening
CLAIMS_ACROSS = re.compile(
    r"\bclaim(?:ed|s|ing)?\s+(?:responsibility|credit)\s+for\s+(?:the\s+)?(?:[\w-]+\s+){0,2}attacks\b[^.;]{0,80}?\b(?:a number of|several|many|various|"
    r"numerous|dozens of|scores of|other)\s+(?:other\s+)?(?:countries|cities|places|nations)\b",
    _I,
)
REPORTED_VERB_AFTER = re.compile(
    r"\s*(?:[\w'-]+\s+){0,5}?(?:\w+ed|hit|struck|shook|left|rocked|were|have|has|took|tore|blew)\b", _I
)


# a rocket that carries a satellite: a launch into space, no attack
SPACE_LAUNCH = re.compile(
    r"\b(?:satellites?|into (?:orbit|space)|spacecraft|space station|space agency)\b", _I
)


# a missile a state develops or holds: "to support its development of weapons of mass destruction
# and ballistic missiles"
WEAPONS_PROGRAMME = re.compile(
    r"\b(?:weapons of mass destruction|WMDs?|develop(?:ment|ing|s|ed)? (?:of )?(?:[\w-]+ ){0,6}missiles?|"
    # "nuclear warheads ... standardized to be fit for ballistic missiles", "a true nuclear deterrent"
    r"nuclear (?:warheads?|deterrent|arsenal))\b",
    _I,
)


# a test or a show of force: "North Korea has recently sent a barrage of missiles and artillery shells
# into the sea", "conducted its fourth nuclear test this year and launched a long-range rocket"
FIRED_INTO_THE_SEA = re.compile(
    r"\binto the (?:sea|ocean|waters)\b|\btest[- ]?(?:fir(?:ed|es|ing)|launch(?:ed|es|ing)?)\b|"
    r"\b(?:missile|rocket|nuclear|weapons?) tests?\b",
    _I,
)


# attacks on computers: "a strong cyber army which it has blamed for a series of attacks", "hackers
# attacked the power grid" (not "hacked to death")
CYBER = re.compile(
    r"\b(?:cyber[\w-]*|malware|ransomware|DDoS|denial[- ]of[- ]service|hackers?|hacking (?:group|team)s?|"
    r"computer (?:networks?|systems?)|phishing)\b",
    _I,
)
PHYSICAL_HARM = re.compile(
    r"\b(?:kill\w*|dead|deaths?|died|bomb\w*|explo\w+|shot|shoot\w*|gun\w*|wound\w*|injur\w*|stabb\w*|"
    r"knife|knives|hostages?|hacked to death|hacking \w+ to death)\b",
    _I,
)


# a legislature heard, not a court: "an appearance in Congress to testify" (not "at the court hearing,
# the witness testified")
LEGISLATURE_BEFORE = re.compile(
    r"\b(?:Congress|Senate|House of Representatives|Parliament)\b|"
    r"\b(?i:congressional|parliamentary|lawmakers|legislators)\b"
)


LEGISLATURE_AFTER = re.compile(
    r"\s+(?:before|to)\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+){0,2}(?:Congress|Senate|House|Parliament|"
    r"committee|subcommittee|lawmakers|legislators)\b"
)


# (an arrest or a charge "on unrelated charges" is often how a suspect of the field is held)
_COURT = {"trial", "conviction"}
_UNRELATED_CASE = re.compile(
    r"\s+(?:[\w'-]+\s+){0,3}?(?:for|in|over|on|of)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+)?"
    r"unrelated\b",
    re.IGNORECASE,
)


# what a warning or a measure answers: "after the (attack on a Moscow concert hall)"
_ANSWERED_DEED_BEFORE = re.compile(
    r"\b(?:after|following|in\s+the\s+wake\s+of|in\s+response\s+to)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}$",
    _I,
)
_DAY_WORD = re.compile(rf"\b(?:{WEEKDAY_ALT}|today|yesterday|tonight)\b", _I)
_ANSWERED_CLAIM_BEFORE = re.compile(
    r"\b(?:after|following)\s+(?:[\w-]+\s+){1,4}?(?:claimed\s+responsibility\s+for\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2})?$",
    _I,
)
_ITS_OWN_VERB_AFTER = re.compile(
    # (not "claimed by the Islamic State": who it is said to be of)
    r"[^.;]{0,80}?\b(?:killed|killing|wounded|wounding|injured|injuring|left|claimed(?!\s+by\b)|struck|hit|"
    r"targeted|died|dead)\b",
    _I,
)
# a part played: "played a (terrorist mastermind)", "playing a (suicide bomber)", "cast as a (jihadist)"
_ROLE_PLAYED_BEFORE = re.compile(
    r"\b(?:play(?:s|ed|ing)?|portray(?:s|ed|ing)?|cast\s+as|starr(?:ed|ing)\s+as|stars?\s+as|role\s+(?:of|as))\s+"
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}$",
    _I,
)
_HARM_TOLD = re.compile(r"\b(?:kill\w*|dead|died|wound\w*|injur\w*|hurt)\b", _I)
_GAME = re.compile(r"\b(?:Counter-Strike|CS:?GO|e-?sports?|Valorant|Call of Duty|Rainbow Six)\b", _I)
_CEREMONY = re.compile(r"\b(?:speech|ceremony|honou?ring|memorial|funeral|tribute|commemorat\w+)\b", _I)
# an attack on an idea or an institution's working: "a terrorist attack on democracy"
_AGAINST_AN_IDEA_AFTER = re.compile(
    r"\s+(?:on|against)\s+(?:our\s+|the\s+)?(?:democracy|freedom|free\s+speech|the\s+constitution|constitution|"
    r"the\s+rule\s+of\s+law|our\s+values|values|the\s+press|press\s+freedom|truth|reason|justice|the\s+economy)\b"
    # (not a building named so: "a suicide attack on the press club")
    r"(?!\s+(?:club|office|offices|building|centre|center|headquarters|house|room|bureau|gallery|conference|"
    r"ministry|court|department|minister))",
    _I,
)


def is_figurative(sentence: str, hit: Hit) -> bool:
    """An explosion of anger, a battle against crime or an attack on computers: the word is not a
    happening."""
    word = sentence[hit.start : hit.end].strip().lower()
    if hit.trigger.event_type == "attack" and CYBER.search(sentence) and not PHYSICAL_HARM.search(sentence):
        return True
    if word.startswith("testif") and (
        LEGISLATURE_BEFORE.search(sentence, max(0, hit.start - 100), hit.start)
        or LEGISLATURE_AFTER.match(sentence, hit.end)
    ):
        # "making a second appearance in Congress since March to testify", "testified before the
        # Senate intelligence committee": no trial
        return True
    if hit.trigger.event_type in _COURT and _UNRELATED_CASE.match(sentence, hit.end):
        # "in court to be sentenced for an unrelated armed robbery": another case of the man's
        return True
    if word in {"rocket", "rockets", "missile", "missiles", "artillery"} and (
        SPACE_LAUNCH.search(sentence)
        or WEAPONS_PROGRAMME.search(sentence)
        or FIRED_INTO_THE_SEA.search(sentence)
    ):
        return True
    if hit.trigger.name == "gunmen" and _CEREMONY.search(sentence, hit.start, hit.end):
        # "would never surrender to terrorists, in a speech at a ceremony honouring police officers
        # killed in the line of duty": no deed of the terrorists told
        return True
    if hit.trigger.event_type == "attack" and _GAME.search(sentence) and not _HARM_TOLD.search(sentence):
        # "won the Counter-Strike 2 major ... on the terrorist side, where their bomb plants proved
        # unstoppable": a game
        return True
    if _ROLE_PLAYED_BEFORE.search(sentence, max(0, hit.start - 50), hit.start):
        # "Corrin played a terrorist mastermind in the 1996 hit", "playing a suicide bomber in the
        # satire": a part in a film, no happening
        return True
    if hit.trigger.event_type == "attack" and _AGAINST_AN_IDEA_AFTER.match(sentence, hit.end):
        # "a terrorist attack on democracy": a figure of speech
        return True
    if hit.trigger.event_type == "attack" and _SIMILE_BEFORE.search(
        sentence, max(0, hit.start - 40), hit.start
    ):
        # "One looks like a grenade went off in there": a comparison, no blast
        return True
    if word in {"attack", "attacks"} and _VERBAL_TARGET.match(sentence, hit.end):
        return True  # "Trump's attack on Cruz's faith"
    if (
        word in {"attack", "attacks", "assault", "assaults"}
        and not sentence.isupper()  # (in wire copy in capitals every word looks like a name)
        and _WHOSE_BEFORE.search(sentence, max(0, hit.start - 30), hit.start)
        and _POLITICS.search(sentence)
        and not PHYSICAL_HARM.search(sentence)
    ):
        return (
            True  # "in the wake of Mitt Romney's assault on Trump, which ignited a civil war within the GOP"
        )
    if word not in FIGURATIVE_WORDS:
        return False
    before = sentence[max(0, hit.start - 60) : hit.start]
    if (
        word == "battle"
        and _WON_OR_LOST.search(before)
        and _NOTHING_AFTER.match(sentence, hit.end)
        and not PHYSICAL_HARM.search(sentence)
        and not _TROOPS.search(sentence)
    ):
        return True  # "the government to date has largely lost the battle."
    return bool(FIGURATIVE_BEFORE.search(before) or FIGURATIVE_AFTER.search(sentence[hit.end : hit.end + 60]))


# a person's attack in a race for office
# (a person's name, not a day's or a group's: "Sunday's attack", "The Taliban's assault on Kunduz")
_WHOSE_BEFORE = re.compile(
    rf"(?<![\w-])(?!(?:{WEEKDAY_ALT}|{MONTH_ALT}|Today|Yesterday|Tonight|Taliban|State|Qaeda|Shabaab|Haram|Hamas|"
    r"Hezbollah|Army|Government|Regime|Russia|Israel|America)\b)(?-i:[A-Z])[\w-]+['\u2019]s\s+(?:[\w-]+\s+)?$",
    _I,
)
_POLITICS = re.compile(
    r"\b(?:GOP|Republicans?|Democrats?|debates?|nominee|nomination|voters?|voting|primary|primaries|"
    r"caucus(?:es)?|candidates?|candidacy)\b",
    _I,
)
# an attack in words, on what a person holds or says: "Trump's attack on Cruz's faith"
_VERBAL_TARGET = re.compile(
    r"\s+on\s+(?:(?:his|her|their|its|the)\s+|(?-i:[A-Z])[\w-]+['\u2019]s\s+)(?:[\w-]+\s+)?(?:faith|religion|record|"
    r"character|credibility|integrity|patriotism|judg(?:e)?ment|honesty|polic(?:y|ies)|remarks|comments|views|"
    r"candidacy|temperament|competence|motives|heritage|citizenship|eligibility)\b",
    _I,
)
# a battle won or lost with nothing fought for or against named, nor troops or harm: a figure of speech
_WON_OR_LOST = re.compile(r"\b(?:lost|losing|lose|loses|won|winning|win|wins)\s+(?:the|this|that)\s+$", _I)
_TROOPS = re.compile(r"\b(?:army|armies|troops|soldiers|forces|fighters|militants|rebels|insurgents)\b", _I)
_NOTHING_AFTER = re.compile(r"\s*(?:[.,;:!?\"\u201d]|$|\s(?:and|but|so|because|as|in the end)\b)", _I)


# A legal step that is only supposed, asked about or to come: "if military courts try terrorists
# they will be sentenced to death", "it is not known whether the ministry has indicted anyone",
# "the possibility of a prisoner being released", "asked about bringing them to trial"
LEGAL_TYPES = frozenset(
    {"charge", "trial", "conviction", "acquittal", "release", "deportation", "repatriation", "extradition"}
)
LEGAL_STEPS = (LEGAL_TYPES - {"repatriation"}) | {"arrest"}
# a removal decided: "ordered the extradition of", "ordered his deportation"
_ORDERED_REMOVAL = re.compile(
    r"order(?:ed|s)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:immediate\s+)?(?:extradition|deportation|expulsion)\b",
    re.IGNORECASE,
)
LEGAL_UNREAL = re.compile(
    r"(?:\b(?:will|would|could|might|may|shall|should)\s+(?:not\s+)?(?:be\s+|face\s+|stand\s+)?(?:[\w'-]+\s+)?"
    r"|\bwithout\s+(?:[\w'-]+\s+){0,4}"
    # "she is unlikely to be acquitted", "is due to be sentenced"; and a standing, not a step: "a
    # man serving a 15-year prison sentence"
    r"|\b(?:(?:un)?likely|expected|due|set)\s+to\s+(?:be\s+)?"
    # ("officials of the army are to be brought to trial")
    r"|\b(?:is|are)\s+to\s+be\s+(?:(?:brought|sent|put|placed)\s+(?:to|on)\s+)?"
    # ... or chosen or wished for: "opting instead to be tried and sentenced by the court"
    r"|\b(?:opt(?:s|ed|ing)?|choos(?:e|es|ing)|chose|prefer(?:s|red|ring)?|wish(?:es|ed|ing)?|like)\s+"
    # (not past a verb of its own: "opted to plead guilty and was sentenced")
    r"(?:instead\s+)?to\s+(?:be\s+)?(?:(?!(?:and|but)\s+(?:was|were|is|are|has|have|had|then)\b)[\w'-]+\s+){0,6}"
    r"|\bserving\s+(?:a|an|his|her|their)\s+(?:[\w'-]+\s+){0,3}"
    # an arrest sought, not made: "made several drives to arrest them", "hunting for them to
    # detain them", "trying to capture the leader"
    r"|\b(?:drives?|efforts?|attempts?|bids?|hunt(?:ing)?|manhunt|search(?:ing)?|sought|seek(?:ing|s)?|"
    r"tr(?:y|ies|ied|ying)|looking|want(?:ed|s)?|order(?:ed|s)?|warrants?|failed|fail(?:s|ing)?|"
    # a plan or a vow, not yet carried out: "the E.U.'s plan to deport people back to Turkey"
    r"plans?|planned|planning|intends?|intended|intention|vow(?:s|ed)?|threaten(?:s|ed)?|"
    # ... or hoped for: "we have identified them and hope to arrest them in a few hours"
    r"hop(?:e|es|ed|ing)|expect(?:s|ed|ing)?)\s+"
    r"(?:[\w'-]+\s+){0,3}?to\s+"
    r"|\b(?:whether|possibility|possibly|if|unless|asked about|question of|demand(?:ed|ing|s)?|"
    r"call(?:ed|ing|s)? for|urg(?:ed|es|ing))\b[^.;:!?]*"
    # asked for or ordered, not yet made: "Argentina has requested the arrest of two leaders", "a
    # judge ordered the arrest of the mayor"
    # ... or asked that it be taken: "Prosecutors asked that Mohamed Abrini be sent to trial"
    r"|\b(?:asked|requested|demanded|urged|recommended|proposed)\s+that\s+[^.;:!?,]{0,60}?\bbe\s+"
    r"(?:(?!(?:as|after|when|while|before|because|since|and)\b)[\w'-]+\s+){0,2}"
    r"|\b(?:request(?:ed|ing|s)?|sought|seek(?:s|ing)?|order(?:ed|ing|s)?|asked for|warrants? for)\s+"
    r"(?:the\s+|an?\s+|their\s+|his\s+|her\s+)?(?:immediate\s+|preventive\s+)?)$",
    _I,
)

ALTERNATIVE = re.compile(r"[^.;:!?]*?\bor\b", _I)


# a quoted call in the imperative: a button proclaiming "Bomb the hell out of them"
_QUOTE_OPENS = re.compile(r"[\"\u201c\u2018']\s*$")
_IMPERATIVE_OBJECT = re.compile(r"\s+(?:the|them|him|her|it|all|every|those|these|our|their)\b", _I)


def _slogan(sentence: str, hit: Hit) -> bool:
    word = sentence[hit.start : hit.end]
    return bool(
        " " not in word
        and word[:1].isupper()
        and not re.search(r"(?:ing|ed|s)$", word, _I)
        and _QUOTE_OPENS.search(sentence, max(0, hit.start - 3), hit.start)
        and _IMPERATIVE_OBJECT.match(sentence, hit.end)
    )


# the doers of a feared deed, a gerund's subject: "the risks of militants attempting ... an attack"
FEARED_DOERS = re.compile(
    r"\b(?:risks?|fears?|threats?|dangers?|possibility|prospect|spectre|specter|likelihood) of\s+"
    r"(?:(?:[\w'-]+\s+)?(?:militants|terrorists|jihadists|extremists|insurgents|gunmen|attackers|fighters|"
    r"groups?|Islamists)\s+[\w'-]+ing\s+(?:(?!(?:grew|rose|after|when|as|was|were|is|are)\b)[\w'-]+\s+){0,4})?$",
    _I,
)


# a deed kept from being done: "to keep people from going and shooting feds", "stopped them from
# carrying out attacks"
KEPT_FROM = re.compile(
    r"\b(?:keep|kept|stop|prevent|deter|discourag|dissuad|barr?)\w*\s+(?:[\w'-]+\s+){0,3}?from\s+"
    r"(?:[\w'-]+ing\s+(?:and|or)\s+)?$",
    _I,
)


# attacks a message or a speaker asks for: "said the message, suggesting attacks on military and
# civilian targets", "urging attacks on the West" (not "suggesting the attacks were coordinated")
ASKED_FOR = re.compile(
    r"(?:\b(?:urg|encourag|exhort)(?:e|es|ed|ing|s)?|,\s*suggesting)\s+(?:(?:new|more|further|fresh|lone[- ]wolf|"
    r"terrorist|terror|jihadist|suicide)\s+)*$",
    _I,
)


# what doers train for ("were training for a large-scale attack"; not "trained for weeks before they
# attacked", nor "boarded the train for Brussels")
TRAINED_FOR = re.compile(
    r"(?<!\bthe )(?<!\ba )\btrain(?:ing|ed|s)? for (?:an? |the )?(?:[\w-]+ )?$|"
    # ... or readied for: "an exercise at Bamako airport to test their response to a terrorist attack"
    # (not "in response to the attacks against army members", "Police responding to a shooting", those told)
    r"\b(?:(?:test|tests|testing|rehearse|rehearsing|practi[cs]e|practi[cs]ing)\s+(?:their|its|the|our)\s+response|"
    r"prepared(?:ness)?|preparing|readiness|ready)\s+(?:to|for)\s+(?:an?|any|possible|potential|future)\s+"
    r"(?:[\w-]+\s+)?$",
    _I,
)
# a cause asked about: "into whether it was caused by an air strike, missile or artillery fire" (not
# "whether he was involved in the attack that took place", nor a doer asked about)
WHETHER_BEFORE = re.compile(
    r"\bwhether\s+(?:it|this|that|the\s+[\w-]+)\s+(?:was|were|had been|is)\s+(?:caused by|the result of|due to)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,2}$",
    _I,
)


# a step proposed or called for, with what it lists up to the step: "has proposed curbing
# immigration ... and deporting", "called for the deportation of"
PROPOSED_BEFORE = re.compile(
    r"\b(?:propos(?:ed|es|ing|als?)|call(?:ed|s|ing)? for|urg(?:ed|es|ing)|advocat(?:ed|es|ing))\b"
    # (the list it names, no clause of another happening: not "urged calm on Sunday after the arrest")
    r"(?:(?!\b(?:after|as|when|while|following|but|because|before|since|said|says)\b)[^.;:!?])*$",
    _I,
)


# people of a kind, in the present: "who become radicalized", "that get recruited"
_KIND_OF_PEOPLE = re.compile(r"\b(?:who|that)\s+(?:become|get|are)\s+(?:[\w'-]+\s+)?$", _I)
_HABIT_ADVERB = re.compile(
    r"\b(?:often|usually|typically|generally|frequently|sometimes)\s+(?:[\w'-]+\s+){0,3}$", _I
)


# the papers of a step, not the step: "an extradition request", "deportation proceedings"
_STEP_ASKED_AFTER = re.compile(
    r"\s+(?:requests?|proceedings?|hearings?|rulings?|treat(?:y|ies)|laws?|bids?|demands?|papers|"
    r"warrants?|applications?|appeals?|battles?|fights?|"
    # ... or the noun with a modal: "from which the former soldier's extradition may be requested"
    rf"{_MODAL_VERB}\s+(?:not\s+)?be)\b",
    _I,
)
# a purpose, not a deed: "with the goal of shooting Trump", "with the intention of killing"
_PURPOSE_OF = re.compile(
    r"\b(?:with|had|has|have|having)\s+the\s+(?:sole\s+|express\s+|stated\s+|clear\s+)?"
    r"(?:goal|aim|intent|intention|purpose|objective|idea)\s+of\s+$",
    _I,
)


# an attack noun naming what another noun is of: "an attack plot", "attack threats"
_ATTACK_AS_MODIFIER = re.compile(
    r"\s+(?:plots?|plans?|plotters?|threats?|warnings?|alerts?|scares?|fears?|risks?)\b", _I
)
# a power a law or a measure gives, before the step it allows
_POWER_GIVEN = re.compile(
    r"\b(?:laws?|bills?|legislation|measures?|decrees?|amendments?|rules?|powers?|reforms?|provisions?)\s+"
    r"(?:that\s+(?:would\s+|will\s+)?)?(?:allow(?:ing|s)?|enabl(?:ing|es?)|permit(?:ting|s)?|empower(?:ing|s)?|"
    r"authori[sz](?:ing|es?)|giv(?:ing|es?)\s+(?:[\w'-]+\s+){0,3}?powers?)\s+(?:[\w'-]+\s+){0,4}?to\s+"
    # (the power's own words up to the step, not a use told after: "... to hold terrorism suspects
    # and was used to detain 20 people")
    r"(?:(?!(?:and|was|were|used|has|have|had)\b)[\w'-]+\s+){0,8}?$",
    _I,
)


def is_hypothetical(sentence: str, hit: Hit) -> bool:
    """An attack or an operation that is threatened, planned, feared, willed or simulated, not
    carried out."""
    # For a multi-word match ("militants ... could attack"), look before its last word too.
    last = sentence.rfind(" ", hit.start, hit.end)
    # ... but "shot to death" ends on no verb, and its "to" is no infinitive
    verb_at = (
        last + 1
        if last > hit.start and not sentence[hit.start : hit.end].lower().endswith("death")
        else hit.start
    )
    verb = sentence[verb_at : hit.end].strip().lower()
    if verb in HABITUAL_WORDS and (HABITUAL_PEOPLE_BEFORE if verb == "sabotage" else HABITUAL_BEFORE).search(
        sentence[max(0, verb_at - 30) : verb_at]
    ):
        return True
    if _slogan(sentence, hit):
        return True
    if hit.trigger.event_type == "attack" and _ATTACK_AS_MODIFIER.match(sentence, hit.end):
        return True  # "no specific intelligence of an attack plot": a plot, a threat, not an attack
    if hit.trigger.event_type in LEGAL_STEPS and _POWER_GIVEN.search(
        sentence, max(0, hit.start - 160), hit.start
    ):
        # "passed a law allowing authorities to place returning jihadists under house arrest": a
        # power given, no step taken
        return True
    if (
        hit.trigger.event_type in LEGAL_STEPS
        and not sentence[hit.start : hit.end].lower().endswith("ed")
        and PROPOSED_BEFORE.search(sentence, max(0, hit.start - 160), hit.start)
    ):
        # "Trump has proposed curbing immigration ..., blocking the entry of Muslims and deporting
        # the estimated 11 million people": a step proposed, named by its gerund or its noun
        return True
    if hit.trigger.event_type in {"extradition", "deportation"} and _STEP_ASKED_AFTER.match(
        sentence, hit.end
    ):
        # "submit an extradition request for Gulen", "comply with any extradition ruling": asked or
        # weighed, not carried out
        return True
    if hit.trigger.event_type in LEGAL_STEPS:
        unreal = LEGAL_UNREAL.search(sentence, max(0, verb_at - 70), verb_at)
        if (
            unreal is not None
            and hit.trigger.event_type in {"extradition", "deportation"}
            and _ORDERED_REMOVAL.match(sentence, unreal.start())
        ):
            # "A Spanish court on Monday ordered the extradition to Morocco of a man suspected of
            # recruiting for Islamic State": the decision is the step (not "asked Morocco to
            # extradite", "sought his extradition")
            unreal = None
        # "whether the priests were arrested by the FMLN or the army": which, not whether
        if unreal and not (
            unreal.group(0).lower().startswith("whether")
            and ALTERNATIVE.match(sentence, hit.end, hit.end + 80)
        ):
            return True
    if hit.trigger.event_type in {"recruitment", "travel"}:
        # a recruitment or a journey willed, feared, enabled or to prevent: "allowing ISIS to
        # recruit foreign fighters", "to prevent the radicalization of their children", "It helps
        # our enemies recruit"; an attempt is one ("tried to recruit an undercover officer")
        before = sentence[max(0, hit.start - 50) : hit.start]
        if ATTEMPT_BEFORE.search(before):
            return False
        # (not people at it: "three men who are recruiting fighters")
        progressive = sentence[hit.start : hit.end].lower().endswith("ing")
        if (_KIND_OF_PEOPLE.search(before) and not progressive) or _HABIT_ADVERB.search(before):
            # "lone wolves who become radicalized without traveling, often through online
            # recruitment": what happens to a kind of people, not a recruitment told
            return True
        if _ABILITY_LISTED.search(sentence, max(0, hit.start - 160), hit.start):
            return True  # "an impact on ISIL's ability to facilitate its activities, including recruiting"
        modal = MODAL_BEFORE.search(before)
        if modal is not None and re.search(r"\bto\s+$", before, _I):
            # a purpose is told, not only a wish: "handing out cash to young men to lure them into
            # the group" is the recruitment; "allowing ISIS to recruit" and "relied on the site to
            # recruit" say what is made possible
            return ENABLING_TO.search(sentence, max(0, hit.start - 120), hit.start) is not None
        return modal is not None or HELPS_DO.search(before) is not None
    if hit.trigger.event_type == "attack" and _RETURN_FEARED.search(
        sentence, max(0, hit.start - 90), hit.start
    ):
        return True  # (any attack's words: "fears of a return to the Palestinian suicide attacks")
    # an operation too: "we will have to continue fighting", "the army could launch an offensive";
    # and a foiling: "a backdoor would have prevented any terrorist attack"
    # (and a raid: "Russia would continue bombing raids against Islamic State")
    if hit.trigger.event_type not in {
        "attack",
        "ct_operation",
        "raid",
        "plot_foiled",
    } or hit.trigger.name in {
        "suicide_bombing",
        "killed_by",
        "claim",
    }:
        return False
    if hit.trigger.event_type == "attack" and FEARED_DOERS.search(
        sentence, max(0, hit.start - 90), hit.start
    ):
        return True  # "the risks of militants attempting some kind of nuclear attack"
    if sentence[hit.start : hit.end].lower().endswith("ing") and KEPT_FROM.search(
        sentence, max(0, verb_at - 80), verb_at
    ):
        return True  # "to keep people from going and shooting feds"
    if sentence[hit.start : hit.end].lower().endswith("ing") and _PURPOSE_OF.search(
        sentence, max(0, verb_at - 60), verb_at
    ):
        return True  # "he had driven to Las Vegas from California with the goal of shooting Trump"
    if hit.trigger.event_type == "attack" and ANY_CARRIER.search(sentence, max(0, hit.start - 90), hit.start):
        return True  # "scent left behind by an individual wearing an explosive vest or carrying a bomb"
    if hit.trigger.event_type in {"attack", "ct_operation"} and IF_ONE.search(
        sentence, max(0, hit.start - 60), hit.start
    ):
        return True  # "even if a San Bernardino-type attack happened": a condition, no happening
    if hit.trigger.event_type == "attack" and ASKED_FOR.search(sentence, max(0, verb_at - 60), verb_at):
        return True  # "said the message, suggesting attacks on military and civilian targets"
    if hit.trigger.event_type == "attack" and TRAINED_FOR.search(sentence, max(0, verb_at - 40), verb_at):
        return True  # "the fighters were training for an attack on African Union forces"
    if hit.trigger.event_type in {"attack", "ct_operation"} and WHETHER_BEFORE.search(
        sentence, max(0, hit.start - 80), hit.start
    ):
        return True  # "an investigation was underway into whether it was caused by an air strike"
    if hit.trigger.event_type in {"ct_operation", "raid", "plot_foiled"}:
        verb_at = hit.start  # "thwarted a pro-Houthi incursion" is one operation, its words told
    inside = (
        _MODAL_INSIDE.search(sentence, hit.start, verb_at) if hit.trigger.event_type == "attack" else None
    )
    if inside is not None and _CLAUSE_BREAK.search(sentence, inside.end(), verb_at):
        inside = None  # "militants could strike again, two days after suspected Islamists hacked ..."
    if hit.trigger.event_type == "attack" and (
        inside is not None or _MODAL_DEED_BEFORE.search(sentence, max(0, verb_at - 80), verb_at)
    ):
        # "THE GUERRILLAS WILL CARRY OUT TERRORIST ACTIONS AND ATTACKS": the doers' modal, inside the
        # words of the trigger or before the deed's verb
        return True
    # (a quotation opened before the verb: he would "bomb the hell out of ISIS")
    before = _QUOTE_OPENED.sub("", sentence[max(0, verb_at - 50) : verb_at])
    if hit.trigger.event_type == "plot_foiled":
        # the modal right before the verb: "would have prevented", "efforts to prevent"; not "is
        # to paper over yesterday's foiled attack"
        return MODAL_FOILING.search(before) is not None and not ENABLED_TO.search(before)
    after = sentence[hit.end : hit.end + 60]
    if (
        hit.trigger.event_type == "ct_operation"
        and not sentence[hit.start : hit.end].lower().endswith("ed")
        and NOUN_MODAL_AFTER.match(after)
    ):
        return True  # "Shoigu said joint airstrikes should also target convoys"
    if PERFECT_INFINITIVE.search(before) or ATTEMPT_BEFORE.search(before) or _USED_TO_BEFORE.search(before):
        # "claimed to have killed": a past act, reported; "tried to kill": an attempt is an attack;
        # "used two drones to bomb": the means of a deed done
        return False
    if hit.trigger.event_type == "raid":
        # a raid named by its noun takes a modal verb, not a "to" ("in regard to the searches")
        modal = MODAL_BEFORE.search(before)
        return modal is not None and re.match(_MODAL_VERB, modal.group(0), _I) is not None
    return bool(
        MODAL_BEFORE.search(before)
        or MODAL_LIST.search(before)
        or MODAL_AFTER.search(after)
        or CALLED_FOR.search(before)
        or _FEARED.search(before)
    )


# the means of a deed done: "Militants used two drones to bomb the air force station" (not "could be
# used to bomb")
# (nor a habit, "Hamas has used tunnels to attack", nor forces sent, "deployed two brigades to attack")
_USED_TO_BEFORE = re.compile(r"(?<!\bhas )(?<!\bhave )(?<!\bhad )\bused\s+(?:[\w-]+\s+){1,4}to\s+$", _I)
_QUOTE_OPENED = re.compile(r"[\"\u201c\u2018']\s*$")
# a happening of a condition: "even if a San Bernadino-type attack happened"
# (not a question asked: "Police are investigating if a car bomb caused the explosion")
IF_ONE = re.compile(
    r"(?:\beven\s+|(?:^|[,;:]\s*))if\s+(?:an?|another|any)\s+(?:[\w-]+\s+){0,3}$|"
    # "flashes a warning on a user's screen if there is an attack close to their location", "in the
    # event of an attack"
    r"\bif\s+there\s+(?:is|was|were|are|has\s+been)\s+(?:an?|another|any)\s+(?:[\w-]+\s+){0,3}$|"
    r"\bin\s+(?:the\s+)?(?:event|case)\s+of\s+(?:an?|another|any)\s+(?:[\w-]+\s+){0,3}$",
    _I,
)
# arms of anyone, not of someone told: "left behind by an individual wearing an explosive vest or
# carrying a bomb in a backpack"
ANY_CARRIER = re.compile(
    # (after what finds or leaves a trace, not the subject of a deed: "A person wearing a suicide vest
    # blew himself up")
    r"\b(?:by|for|detect\w*|sniff\w*|spot\w*|identif\w*|find|found)\s+"
    r"(?:an?\s+(?:individual|person)|someone|somebody|anyone|anybody)\s+(?:who\s+(?:is|was|might\s+be)\s+)?"
    r"(?:wearing|carrying|with|holding|hiding)\b[^.;]{0,60}$",
    _I,
)


# the attack is what is feared: "it fears attack by its far bigger neighbor", "fearing an attack"
# (not "fear a backlash after attacks by Islamic State")
_FEARED = re.compile(r"\bfear(?:s|ed|ing)?\s+(?:an?\s+|more\s+|further\s+)?$", _I)


# What else is repatriated: refugees, migrants, stranded travellers, the dead, money, art
OTHER_RETURNS = re.compile(
    r"\b(?:bod(?:y|ies)|remains|corpses?|coffins?|refugees?|migrants?|asylum[- ]seekers?|stranded|"
    r"tourists?|pilgrims?|students?|sailors?|fishermen|seafarers|profits?|funds?|cash|money|earnings|capital|"
    r"assets|artefacts?|artifacts?|antiquities|relics?)\b",
    _I,
)


# what else is released: "the pages were released after years of wrangling", "footage released after"
RELEASED_THINGS = re.compile(
    r"\b(?:pages|documents?|reports?|files?|videos?|footage|images?|photos?|photographs?|pictures?|"
    r"statements?|data|records|details|figures|results|transcripts?|albums?|films?|books?|tapes?|e-?mails?|"
    r"memos?|findings|recordings?|funds?|money|aid|balloons?|doves?|birds?|animals?)\s+"
    r"(?:(?:were|was|have been|has been|had been|is|are|being)\s+)?(?:\w+ly\s+)?$",
    _I,
)


_FIGHTERS_RETURNED = re.compile(
    r"\b(?:militants|fighters|jihadists|combatants|extremists|Islamists)\s+(?:who\s+(?:had\s+|have\s+)?)?returned\b",
    _I,
)


def is_other_return(sentence: str, hit: Hit) -> bool:
    """A repatriation of refugees, the dead or money ("3,800 refugees will be repatriated", "the
    repatriation of the bodies"), not of fighters and their families; or a release of papers or
    pictures ("The pages were released after years of wrangling"), not of people."""
    if hit.trigger.event_type == "release":
        return RELEASED_THINGS.search(sentence, max(0, hit.start - 40), hit.start) is not None
    if hit.trigger.event_type != "repatriation":
        return False
    if _FIGHTERS_RETURNED.search(sentence, max(0, hit.start - 40), hit.end) and sentence[
        hit.start : hit.end
    ].lower().startswith("returned"):
        return True  # "hundreds of militants returned from Syria": their own travel, not a state's doing
    return (
        OTHER_RETURNS.search(sentence, max(0, hit.start - 150), min(len(sentence), hit.end + 60)) is not None
    )


_DEFINITE_NOUN_END = re.compile(
    r"\b(?:the|this|that|these|those|its|their)\s+(?:[\w'-]+\s+){0,2}attacks?$", _I
)


# A plot told by its planning alone is a foiled plot only where a case is told with it: "Prosecutors
# say he plotted attacks", "suspects plotting an attack on May Day had been detained"; not "those
# planning terrorist attacks", "fears militants are planning to attack a nuclear site", "how long he
# had planned an attack" (the attack done)
_PLANNING_ONLY = re.compile(r"(?:plott|plann|plots?\b|plans?\b|attacks?\s)", _I)
_PLOT_CASE = re.compile(
    r"\b(?:arrest\w*|detain\w*|detention|custody|captured|charg(?:ed|es|ing)|accus\w+|suspect(?:s|ed)?|"
    r"indict\w*|convict\w*|sentenc\w+|plead\w*|pleaded|guilty|prosecut\w+|alleg\w+|foil\w*|thwart\w*|"
    r"disrupt\w*|uncover\w*|bust\w*|broke up|break up|smash\w*|court|trial|jury|undercover|informants?|sting)\b",
    _I,
)
# a foiling named in general: "help prevent attacks", "prevent the next terrorist attack",
# "thwart potential attacks"; not "prevented an attack on the port"
_FOILED_IN_GENERAL = re.compile(
    r"\b(?:foil|thwart|avert|prevent|disrupt|stop|frustrate)s?\s+(?:the\s+next\s+|potential\s+|possible\s+|"
    r"future\s+|further\s+|more\s+|new\s+|such\s+)?(?:(?:terror(?:ist)?|militant|extremist|jihadist)\s+)?"
    r"(?:attacks|plots|bombings)\b|\b(?:foil\w*|thwart\w*|avert\w*|prevent\w*|disrupt\w*|stop\w*)\s+"
    r"(?:the\s+next|potential|possible|future|further)\s+",
    _I,
)


def is_idle_plot(sentence: str, hit: Hit) -> bool:
    """A plot named in general or only planned, with no case told (see ``_PLOT_CASE``)."""
    if hit.trigger.name != "plot_foiled":
        return False
    told = sentence[hit.start : hit.end]
    if _FOILED_IN_GENERAL.match(told):
        return True
    if not _PLANNING_ONLY.match(told):
        return False
    return _PLOT_CASE.search(sentence) is None


# a clause whose subject is the security forces: "... families of terrorists, as compared to how
# the Navy Seals conducted the raid that killed Osama bin Laden"
_FORCES_CLAUSE = re.compile(
    r"\b(?:how|when|while|whereas|as|after|before|because|since|until|where|but)\s+(?:the\s+)?"
    r"(?:[\w.-]+\s+){0,2}?(?:SEALs?|Seals|soldiers|troops|police(?:men)?|army|(?:security|special) forces|"
    r"commandos|marines|special operations forces|officers|agents)\b",
    _I,
)


# ... or a clause of a state or its allies, after a comma: "Islamic State fighters surged across
# Syria and Iraq declaring a 'caliphate', the United States and its European and Arab allies
# launched air strikes against them"
_STATE_CLAUSE = re.compile(
    r",\s+(?:and\s+)?(?:the\s+)?(?:United\s+States|U\.S\.|Russia|Britain|France|Turkey|Iran|Israel|"
    r"(?:U\.S\.-led\s+)?coalition|government)\s+(?:and\s+(?:its|their)\s+(?:[\w-]+\s+){0,4}?allies\s+)?"
    r"(?:\w+ed|struck|hit|began|launched)\b",
    _I,
)


def _forces_verb(sentence: str, h: Hit) -> bool:
    """Armed men named before a clause of the security forces, whose verb the trigger took."""
    return h.trigger.name == "gunmen" and (
        _FORCES_CLAUSE.search(sentence, h.start, h.end) is not None
        or _STATE_CLAUSE.search(sentence, h.start, h.end) is not None
    )


def _armed_men_of_another_verb(sentence: str, h: Hit, hits: list[Hit]) -> bool:
    """Armed men whose attack is named with a definite article after a verb of another kind of
    happening ("militants were detained ... in connection with the attack")."""
    return (
        h.trigger.name == "gunmen"
        and _DEFINITE_NOUN_END.search(sentence, h.start, h.end) is not None
        and any(o.trigger.event_type != "attack" and h.start < o.start < h.end for o in hits)
    )


# "Police also seized a huge cache of improvised explosive devices", "recovered two IEDs from the
# house": arms taken, not set off; the seizure is the happening (a raid). A device "found" or
# "discovered" is mostly one planted ("experts discovered another device in the lot where two
# bombs had gone off"), and an "arsenal" a power's.
_SEIZED_BEFORE = re.compile(
    r"\b(?:seiz(?:ed|ing|ure of)|recover(?:ed|ing|y of)|confiscat(?:ed|ing|ion of)|"
    # what people were caught with: "The suspects were found with improvised explosive devices"
    r"(?:found|caught) (?:to be )?(?:with|in possession of)|"
    # (a figure's comma goes on: "seized 2,000 explosive devices")
    r"(?:caches?|hauls?|stockpiles?|stash(?:es)?) of)\b(?:[^.;,]|(?<=\d),(?=\d)){0,50}$",
    _I,
)
_DEVICE_WORDS = re.compile(
    r"(?:bombs?|grenades?|explosives?|dynamite|mortars?(?: shells?)?|rockets?|missiles?|IEDs?|devices?|"
    # ("seized two suicide vests")
    r"landmines?|land mines?|vests?|belts?)$",
    _I,
)
_DEVICE_TRIGGERS = frozenset({"ied", "bombing", "car_bomb", "suicide_bombing"})
# ... but a bomb planted and found before it went off is a failed attack: "found the bomb that had
# been planted near a school"
_PLANTED_AFTER = re.compile(r"[^.;]{0,40}?\b(?:planted|placed|hidden|left|laid)\b", _I)


_REMAINS_OF_BEFORE = re.compile(
    r"\b(?:wreckage|remains|debris|parts|pieces|fragments|shell|chassis|remnants)\s+of\s+(?:the\s+|an?\s+)?$",
    _I,
)
_THAT_WENT_OFF_AFTER = re.compile(
    r"\s+(?:that|which)\s+(?:had\s+)?(?:killed|exploded|went off|detonated|struck|hit|blew up|wounded|tore)\b",
    _I,
)
# a stock weighed or counted, found or seized: "found a camper with 15 kg of dynamite"
# the parts a device is made of, found or seized, not one set off
_PARTS_AFTER = re.compile(
    r"(?:[- ]making)?\s+(?:components?|parts|materials?|ingredients|precursors?|equipment|kits?|chemicals)\b",
    _I,
)
_PARTS_OF_BEFORE = re.compile(
    r"\b(?:components?|parts|materials?|ingredients|precursors?|elements)\s+(?:of|for)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+)?$",
    _I,
)
_STOCK_BEFORE = re.compile(
    r"\b(?:found|discovered|seized|recovered|confiscated|uncovered)\b[^.;]{0,80}?"
    r"\b(?:\d[\d.,]*|several|hundreds|dozens)\s*(?:kg|kgs|kilos?|kilograms?|pounds|lbs|tons?|tonnes?|sticks|"
    r"cartridges|rolls|bags|boxes|crates)\s+of\s+(?:[\w-]+\s+)?$",
    _I,
)


def seized_arms(sentence: str, h: Hit) -> bool:
    """The trigger names arms seized or found, not used ("seized a cache of IEDs", "found a
    camper with 15 kg of dynamite")."""
    return (
        h.trigger.name in _DEVICE_TRIGGERS
        and _DEVICE_WORDS.search(sentence, h.start, h.end) is not None
        and (
            _SEIZED_BEFORE.search(sentence, max(0, h.start - 80), h.start) is not None
            or _STOCK_BEFORE.search(sentence, max(0, h.start - 140), h.start) is not None
            # ("Components of an improvised explosive device were found at his home", "Bomb-making
            # components were found")
            or _PARTS_OF_BEFORE.search(sentence, max(0, h.start - 40), h.start) is not None
            or _PARTS_AFTER.match(sentence, h.end) is not None
        )
        and _PLANTED_AFTER.match(sentence, h.end) is None
        # (not the remains of one that went off: "recovered the wreckage of the car bomb that killed 12")
        and _REMAINS_OF_BEFORE.search(sentence, max(0, h.start - 40), h.start) is None
        and _THAT_WENT_OFF_AFTER.match(sentence, h.end) is None
    )


_RAID = next(t for t in TRIGGERS if t.name == "raid")
# a visit to the scene of a happening: "toured the site of a blast"
_SITE_VISITED = re.compile(
    r"\b(?:toured|visited|visits|visiting|inspected|went to|laid (?:a )?wreaths? at)\s+(?:the\s+)?"
    r"(?:site|scene|spot|location)s?\s+of\s+(?:the\s+|a\s+|an\s+|last\s+\w+'s\s+)?(?:[\w-]+\s+)?$",
    _I,
)
# the words between a killing and an arrest that follows it in the same clause
_AND_THEN = re.compile(r"[^.;:,()]{0,60}?\band\s+(?:also\s+|later\s+|then\s+)?", _I)
# the dead of a fight, told between it and the arrests after it
# (not in a clause that names it: "After the bombing that killed 12 people, police arrested three")
_DEATHS_TOLD = re.compile(
    r"(?:(?!\b(?:that|which|who|where)\b|[(\[]).)*?\b(?:dead|killed|died|slain)\b", _I | re.S
)
_FOLLOWED_BEFORE = re.compile(
    r"\b(?:following|after|behind|over|since|for|in the wake of|in connection with|in response to|citing)\s+"
    r"(?:[\w'\u2019-]+\s+){0,4}$",
    _I,
)
# (the kinds engine._FIGHTING names, which this module cannot import)
_FIGHTING_TYPES = frozenset({"attack", "ct_operation"})
# a happening named by its noun ("the gunman in Tuesday's shooting"), not told by its verb
_NAMED_BY_NOUN = re.compile(
    r"(?:\b(?:the|a|an|his|her|their|its|this|that)|['\u2019]s)\s+(?:[\w-]+\s+)?$|"
    r"^(?:attacks?|bombings?|shootings?|blasts?|explosions?|massacres?|assaults?|killings?|raids?|ambush(?:es)?|"
    r"operations?|offensives?|strikes?|stabbings?)$",
    _I,
)
# what an arrest ended in: "arrested and summarily executed", "detained and tortured to death"
_AND_KILLED = re.compile(
    r"\s+and\s+(?:then\s+|later\s+)?(?:summarily\s+|extrajudicially\s+)?"
    r"(?:executed|killed|shot dead|tortured to death|beat(?:en)? to death)\b",
    _I,
)


def as_seizures(sentence: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` with arms seized or found read as the seizure (a raid), not as an attack."""
    return [Hit(_RAID, h.start, h.end) if seized_arms(sentence, h) else h for h in hits]


_ENDED_BEFORE = re.compile(r"\b(?:before|until)\b", _I)
# a sound witnessed: "heard gunshots", "reported hearing several explosions"
_HEARD = re.compile(r"\b(?:heard|hearing|hear|sound of)\s+(?:[\w-]+\s+){0,2}$", _I)


def main_hit(sentence: str, hits: list[Hit]) -> Hit | None:
    """The trigger that names what the sentence reports, or None."""
    live = [
        h
        for h in hits
        if not is_descriptive(sentence, h)
        and not is_hypothetical(sentence, h)
        and not is_figurative(sentence, h)
        and not is_habitual(sentence, h)
        and not is_other_return(sentence, h)
        and not is_idle_plot(sentence, h)
        and not _forces_verb(sentence, h)
    ]
    # "Nine suspected militants were detained in Izmir in connection with the attack": the
    # militants' verb is the arrest, and the attack they are tied to is one already told
    live = [h for h in live if not _armed_men_of_another_verb(sentence, h, hits)]
    # "A man who served a sentence for his role in the 2003 Casablanca bombings was released",
    # "Prosecutors asked that Abrini be sent to trial over the Brussels bombings": the deed a case
    # is about, told or to come, is no happening of the sentence
    live = [h for h in live if not _deed_of_a_case(sentence, h, hits)]
    # "demolished the family home of a Palestinian who carried out a shooting attack": the deed the
    # demolition punishes
    live = [
        h
        for h in live
        if not (
            h.trigger.event_type == "attack"
            and any(
                o.trigger.name == "demolition"
                and o.end <= h.start
                and (
                    _WHOSE_DEED.fullmatch(sentence, o.end, h.start) is not None
                    # ("the home of a Palestinian gunman who killed two Israelis": the doer's words)
                    or (
                        _NEXT_WORDS.fullmatch(sentence, o.end, h.start) is not None
                        and re.search(r"\bwho\b", sentence[h.start : h.end]) is not None
                    )
                )
                for o in hits
            )
        )
    ]
    # "a man convicted of joining a terrorist organisation ... had been executed": the sentence
    # carried out, no attack; "five staff kidnapped in February 2022 were released": the release
    live = [
        h
        for h in live
        if not (
            h.trigger.event_type == "attack"
            # (its verb inside: "ELN rebels on Saturday released ... two soldiers they had kidnapped")
            and any(o.trigger.name in _TOLD_WHOLE and o.start < h.end <= o.end for o in hits)
        )
        # ... nor the captors' letting go a rescue: "Gunmen on Wednesday freed 12 worshippers abducted"
        and not (
            h.trigger.event_type == "ct_operation"
            and any(o.trigger.name == "hostages_freed" and o.start < h.start and h.end <= o.end for o in hits)
        )
    ]
    # "Two Syrians charged with planning a terrorist attack went on trial": the charge the defendants
    # are known by, and the trial told
    live = [
        h
        for h in live
        if not (
            h.trigger.event_type == "charge"
            and _CHARGE_PARTICIPLE.match(sentence, h.start)
            and not _CHARGER_BEFORE.search(sentence, max(0, h.start - 40), h.start)
            and any(
                o.trigger.event_type in {"trial", "conviction", "acquittal"}
                and o.start > h.end
                and _WENT_ON_TRIAL.match(sentence, o.start)
                and not re.search(r"[;]|\band\b", sentence[h.end : o.start])
                for o in live
            )
        )
    ]
    # "The trial of a Saudi-born doctor accused of ramming a car into crowds at the Magdeburg
    # Christmas market ..., killing six people, opened on Monday": the deed the trial is over
    for o in hits:
        if (
            o.trigger.event_type != "trial"
            or not _TRIAL_OF.match(sentence, o.start)
            # (the trial the subject: not "During the trial of five suspects in Rabat, a bomb exploded
            # outside the court, killing two policemen; the hearing resumed on Tuesday")
            or _TRIAL_AS_TIME.search(sentence, max(0, o.start - 20), o.start)
        ):
            continue
        opened = _TRIAL_OPENED.search(sentence, o.end, o.end + 300)
        if opened is not None and ";" not in sentence[o.end : opened.start()]:
            live = [
                h
                for h in live
                if not (h.trigger.event_type in _FIGHTING_TYPES and o.end <= h.start < opened.start())
            ]
    # "France raised its terrorism alert ... after the attack on a Moscow concert hall": what the
    # warning or the measure answers, not what the sentence tells
    live = [
        h
        for h in live
        if not (
            (
                (
                    h.trigger.name == "attack_noun"
                    and _ANSWERED_DEED_BEFORE.search(sentence, max(0, h.start - 50), h.start)
                )
                # ... or its claim: "raised its terror alert ... on Sunday after Islamic State claimed
                # responsibility for a deadly attack on a concert hall near Moscow"
                or (
                    h.trigger.name in ("attack_noun", "claim")
                    and _ANSWERED_CLAIM_BEFORE.search(sentence, max(0, h.start - 100), h.start) is not None
                )
            )
            # (a deed told with its own verb is told: "warned residents after a suicide bomber killed
            # five people", "vigilance after a bomb attack on a Dhaka cafe killed 20 people")
            and not _ITS_OWN_VERB_AFTER.match(sentence, h.end)
            and any(o.trigger.event_type == "warning" and o.end <= h.start for o in live)
            # (a warning of its own day: not "a citywide lockdown such as Michel imposed after the
            # Paris attacks")
            and _DAY_WORD.search(sentence) is not None
        )
    ]
    # "released a video threatening new attacks on Germany": the attacks threatened, not told
    live = [
        h
        for h in live
        if not (
            h.trigger.event_type == "attack"
            and any(
                o.trigger.event_type == "threat"
                and o.start < h.start
                and _THREATENED.fullmatch(sentence, o.end, h.start)
                for o in hits
            )
        )
    ]
    # "warned that militants may use chemical weapons in an assault on Erbil": the attack warned of
    live = [
        h
        for h in live
        if not (
            # ("The ministry warned that about 1,500 Moroccans were still fighting with jihadist groups
            # in Syria": the fighting warned of)
            h.trigger.event_type in {"attack", "plot_foiled", "ct_operation", "travel"}
            and any(
                o.trigger.event_type == "warning"
                and o.end <= h.start
                and _WARN_WORD.match(sentence, o.start)
                and _WARNED_OF.fullmatch(sentence, o.end, h.start)
                # (not a deed told after it: "warned that militants could strike again, two days
                # after suspected Islamists hacked a university professor to death")
                and not _AFTER_A_DEED.search(sentence, h.start, h.end)
                for o in hits
            )
        )
    ]
    # "an exercise on Monday simulating a suicide bombing at the central station": played out
    simulated = _SIMULATED.search(sentence)
    if simulated is not None:
        live = [h for h in live if h.trigger.event_type != "attack" or h.start < simulated.start()]
    # "approved a law allowing police to carry out house searches at night": what the law allows
    live = [
        h
        for h in live
        if h.trigger.event_type == "policy"
        or not any(
            o.trigger.event_type == "policy"
            and o.end <= h.start
            and _LAW_ALLOWS.fullmatch(sentence, o.end, h.start)
            for o in live
        )
    ]
    # "must cease all bombing and shelling": a trigger joined by "and" or "or" to a ruled-out one
    # shares its fate
    dead = [h for h in hits if h not in live]
    live = [h for h in live if not joined_to(sentence, h, dead) and not _inside_ruled_out(h, dead)]
    # "Iraq's prime minister toured the site of a blast Sunday morning, hours after bombs hit two
    # crowded commercial areas in Baghdad, killing at least 23 people": the site visited names the
    # happening told beside it (and rules out nothing joined to it)
    visited = [h for h in live if _SITE_VISITED.search(sentence, max(0, h.start - 50), h.start)]
    if visited and len(visited) < len(live):
        live = [h for h in live if h not in visited]
    if not live:
        return None

    # "Two bombs exploded ..., killing 4 people, four days after the arrest in Paris of a suspect":
    # what the happening is dated from, after the clause that tells it
    lapses = [m.span() for m in LAPSE_AFTER.finditer(sentence)] if len(live) > 1 else []
    # ... and a doer named by his deed after the happening told ("A Muslim man was beaten outside a
    # mosque attended by the gunman who killed 49 people at an Orlando nightclub"): both are asides
    # of an earlier live trigger
    asides = lapses + ([m.span() for m in DOER_OF_DEED.finditer(sentence)] if len(live) > 1 else [])
    in_aside = {
        id(h) for h in live if any(a <= h.start < b and any(o.end <= a for o in live) for a, b in asides)
    }

    def rank(h: Hit) -> tuple[int, int]:
        penalty = 4000 if id(h) in in_aside else 0
        if h.trigger.event_type == "attack" and any(
            o.trigger.event_type == "policy"
            and o.end <= h.start
            and _FOLLOWED_BEFORE.search(sentence, o.end, h.start)
            for o in live
        ):
            # "imposed martial law in three southern provinces following a series of insurgent
            # bombings": what the measure answers, told after it
            penalty += 3000
        if h.trigger.event_type == "arrest" and _AND_KILLED.match(sentence, h.end):
            # "the army arrested and summarily executed thirteen civilians": the killing is told
            penalty += 5000
        if (
            h.trigger.event_type == "arrest"
            and any(
                o.trigger.event_type in _FIGHTING_TYPES
                and o.end <= h.start
                and _AND_THEN.fullmatch(sentence, o.end, h.start)
                # (a killing told by its verb: not "identified the gunman in Tuesday's shooting and
                # arrested his brother")
                and not _NAMED_BY_NOUN.search(sentence, max(0, o.start - 30), o.start)
                and not _NAMED_BY_NOUN.search(sentence[o.start : o.end])
                for o in live
            )
        ):
            # "forces summarily executed nine gold miners from the Fulani community and arrested
            # three others": the killing is told, the arrests with it
            penalty += 5000
        if h.trigger.event_type == "arrest" and any(
            o.trigger.event_type in _FIGHTING_TYPES | {"raid"}
            and o.end <= h.start
            and _DEATHS_TOLD.match(sentence, o.end, h.start)
            # (not a fight named as what the arrests followed: "Following Sunday's mosque attack in
            # Kano, where 20 worshippers died, police arrested 12 suspects")
            and not _FOLLOWED_BEFORE.search(sentence, max(0, o.start - 50), o.start)
            for o in live
        ):
            # "Government forces repel an al Shabaab attack on Maxaas, at least four dead, 21
            # arrested": the fighting and its dead are told, the arrests after them
            penalty += 5000
        if h.trigger.event_type == "ct_operation" and any(
            o.trigger.event_type == "attack"
            and o.end <= h.start
            and _ENDED_BEFORE.search(sentence, o.end, h.start)
            for o in live
        ):
            # "Farook and his wife shot and killed 14 people ... before they were themselves killed
            # in a shootout with police": the attack, and how its doers ended
            penalty += 2000
        if (
            h.trigger.event_type == "attack"
            and _HEARD.search(sentence, max(0, h.start - 40), h.start)
            and any(o.trigger.event_type in {"raid", "ct_operation", "arrest"} for o in live)
        ):
            # "Reuters journalists heard gunshots as police commandos crowded into the street where
            # the raid unfolded": the sound of the raid told
            penalty += 2500
        if (
            _TAKEN_ADJECTIVE.fullmatch(sentence, h.start, h.end)
            and _ARTICLE_BEFORE.search(sentence, max(0, h.start - 12), h.start)
            and _NOUN_AFTER.match(sentence, h.end)
        ):
            # "The kidnapped son of a former prime minister was freed in a joint operation": the
            # person is known by the kidnapping, what the sentence tells is his rescue
            penalty += 2500
        elif (
            (
                _TAKEN_ADJECTIVE.fullmatch(sentence, h.start, h.end)
                # (after its noun, not as the verb: "Twenty passengers were kidnapped ..., and five of them
                # were rescued by soldiers")
                and _BE_BEFORE.search(sentence, max(0, h.start - 25), h.start) is None
            )
            and any(
                o.trigger.event_type == "ct_operation"
                and o.end >= h.end
                and re.search(r"rescued|freed", sentence[o.start : o.end], _I)
                for o in live
            )
        ):
            # "a second schoolgirl kidnapped by Boko Haram militants more than two years ago has been
            # rescued", "troops rescued 20 women abducted by the group": the same, the kidnapping told
            # after the noun
            penalty += 2500
        if (
            h.trigger.event_type == "attack"
            and (
                _ACCUSED_OF_DEED.search(sentence, max(0, h.start - 120), h.start)
                or _CASE_OVER_BEFORE.search(sentence, max(0, h.start - 60), h.start)
            )
            and any(
                o.trigger.event_type in LEGAL_STEPS and o.start < h.start and _done(sentence, o) for o in live
            )
        ) or (
            h.trigger.event_type == "attack"
            and _ROLE_IN_BEFORE.search(sentence, max(0, h.start - 60), h.start)
            and any(o.trigger.event_type in LEGAL_STEPS and _done(sentence, o) for o in live)
        ):
            # "The trial of a man accused of helping the gunmen in the Charlie Hebdo attack began in
            # Paris", "The trial of 47 suspects over the suicide bombing at Istanbul's airport opened",
            # "served a sentence for his role in the 2003 Casablanca bombings was released": the deed
            # the accused is tied to, not what the sentence tells
            penalty += 2500
        if _DESPITE_BEFORE.search(sentence, max(0, h.start - 60), h.start):
            # "Just seven people were killed in Thursday's siege, despite multiple blasts and a
            # gunfight": what the happening went on despite, not what is told
            penalty += 3500
        if h.trigger.name == "harmed":
            penalty += 3000  # harm told in the passive names the happening only when nothing else does
        elif h.trigger.event_type in WEAK_TYPES:
            penalty += 1500  # among weak types, the earliest names the happening
        elif h.trigger.strength < 0.7:
            penalty += 1000
        return (penalty + h.start, -h.trigger.strength.__int__())

    return min(live, key=rank)


_TAKEN_ADJECTIVE = re.compile(r"kidnapped|abducted", _I)
_BE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$", _I)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its)\s+$", _I)
# ... before the noun it qualifies ("son", "schoolgirls"), not a verb's complement ("by", "in")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:by|in|on|at|from|near|during|after|before|and|or|last|this|earlier|when|while)\b)[a-z][\w-]*",
    _I,
)
_DESPITE_BEFORE = re.compile(r"\b(?:despite|in spite of)\s+[^,;.]*$", _I)


def _inside_ruled_out(h: Hit, dead: list[Hit]) -> bool:
    """The attack inside a ruled-out plot or threat: "two men convicted of plotting a terrorist
    attack" tells of no attack, whatever the plot's fate."""
    return any(
        d.trigger.event_type in {"plot_foiled", "threat"}
        and d.start <= h.start
        and h.end <= d.end
        and d.end - d.start > h.end - h.start
        for d in dead
    )


# ... or names one of its kinds: "allowing continued attacks, including air strikes"
_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|or|including|such as)\s+(?:[\w'-]+\s+)?$", _I)
# ... or with the first noun's complement between: "the bombardment of civilian areas and barrel
# bombing"; a past verb after it is a new clause ("an attack on the city and killed two")
_JOINED_NOUNS = re.compile(
    r"\s+(?:of|on|in|against)\s+(?:[\w'-]+\s+){0,2}[\w'-]+\s*(?:,\s*)?(?:and|or)\s+(?:[\w'-]+\s+)?$", _I
)


def joined_to(sentence: str, h: Hit, others: list[Hit]) -> bool:
    """The trigger follows one of ``others`` with "and" or "or" between ("bombing and shelling")."""
    past_verb = sentence[h.start : h.end].lower().endswith("ed")
    return any(
        o.end <= h.start
        and (
            _JOINED.fullmatch(sentence, o.end, h.start) is not None
            or (not past_verb and _JOINED_NOUNS.fullmatch(sentence, o.end, h.start) is not None)
        )
        for o in others
    )


def hypothetical_attack_present(sentence: str, hits: list[Hit]) -> bool:
    return any(is_hypothetical(sentence, h) for h in hits)


# A named armed group as the subject of a violent verb: "the Koglweogo killed 13 members of the
# Fulani community", "ISGS claimed to have killed a JNIM fighter". The group's name is the context;
# the verb must follow it in the same clause and not be passive ("IS members were killed").
GROUP_ATTACK = Trigger(
    "group_attack",
    "attack",
    re.compile(
        r"[^.;:]{0,100}?(?<!\bwere )(?<!\bwas )(?<!\bbeen )(?<!\bbeing )\b(?:killed|attacked|abducted|kidnapped|"
        r"executed|ambushed|burned|burnt|torched|stormed|beheaded|shot|massacred|murdered|assassinated|raided|looted|"
        r"bombed|shelled|opened fire|fired on|set fire|hacked|slaughtered|seized (?:\w+ )?(?:civilians|villagers|people)|"
        r"destroyed|sabotaged|dynamited|blew up|wounded|injured|"
        # "Yemen's Houthi movement and its armed allies seized a military base"
        r"(?:seized|captured|overran) (?:[\w-]+ ){0,3}?(?:bases?|barracks|posts?|checkpoints?|camps?|garrisons?|"
        r"outposts?))\b",
        _I,
    ),
    0.85,
    False,
)


# The group is an object or a complement there: "troops killed five Taliban", "clashed with JNIM".
_WHEN = rf"(?:\d|(?:{MONTH_ALT}|{WEEKDAY_ALT})\b)"
GROUP_AS_OBJECT = re.compile(
    r"\b(?:killed|killing|attacked|attacking|targeted|against|with|by|of|"
    # "on 10 March alleged Shining Path members murdered": a date, not an object
    rf"(?:on|at)(?!\W+{_WHEN})|fought|fighting|arrested|"
    r"detained|captured|neutrali[sz]ed|eliminated|and|or|between|from|to|anti|pro|"
    # "the interior minister banned Hezbollah and police raided associations linked to it"
    r"bann(?:ed|ing)|outlaw(?:ed|ing)|proscrib(?:ed|ing)|designat(?:ed|ing)|blacklist(?:ed|ing)|"
    r"sanction(?:ed|ing))\W+(?:[\w'-]+\s+){0,3}$",
    _I,
)


def group_hits(actors: list[ActorMatch], sent_start: int, sentence: str) -> list[Hit]:
    """``GROUP_ATTACK`` hits of a sentence (offsets in the sentence) for the armed groups it names."""
    out: list[Hit] = []
    end = sent_start + len(sentence)
    for m in actors:
        if m.entry.kind != "armed_group" or not sent_start <= m.start < end:
            continue
        if GROUP_AS_OBJECT.search(sentence[max(0, m.start - sent_start - 40) : m.start - sent_start]):
            continue
        a = m.end - sent_start
        verb = GROUP_ATTACK.pattern.match(sentence, a)
        # (the verb may be two words: "were reportedly fired on")
        words = verb.group(0).split() if verb is not None else []
        if (
            verb is not None
            and _MEN_OF_GROUP_DONE_TO.fullmatch(verb.group(0))
            and _DONE_TO_AFTER.match(sentence, verb.end())
        ):
            continue  # "the Shabab fighters killed on Saturday were training"
        if verb is not None and _A_SHOT_OF.search(sentence, max(a, verb.end() - 40), verb.end() + 4):
            continue  # "an Islamic State video ... that featured a three-second shot of Frankfurt Airport"
        if verb is not None and not any(
            _PASSIVE_BEFORE_VERB.search(sentence, a, verb.end() - len(" ".join(words[-k:]))) for k in (1, 2)
        ):
            out.append(Hit(GROUP_ATTACK, m.start - sent_start, verb.end()))
    return out


# a picture's shot, not a gunshot: "a three-second shot of Frankfurt Airport"
_A_SHOT_OF = re.compile(
    r"\b(?:a|an|the|one|[\w-]+-second|camera|aerial|wide|brief|close-up)\s+shot\s+of\b", _I
)
# the group's men and a participle right after them, in a reduced relative (see _ARMED_MEN_DONE_TO)
_MEN_OF_GROUP_DONE_TO = re.compile(
    r"\s+(?:fighters|militants|members|insurgents|gunmen|rebels|jihadists|commanders?|leaders?)\s+"
    r"(?:killed|shot|executed|beheaded|murdered|massacred|wounded|injured)",
    _I,
)


# the group's verb told in the passive, an adverb between: "Islamic State's second in command and
# other senior leaders were likely killed this week"
_PASSIVE_BEFORE_VERB = re.compile(r"\b(?:were|was|been|being)\s+(?:(?:\w+ly|also|later|then)\s+){1,2}$", _I)
