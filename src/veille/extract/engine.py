"""The rule-based extraction engine ``rules.v1``: an annotated article in, records out.

Sentence by sentence it finds event triggers (lexicon), keeps those in a terrorism or
armed-conflict context and outside close negatives (accidents, sport, markets, reviews,
history), picks the trigger that names what each sentence reports (triggers), groups the
sentences of one happening into one candidate, and fills each field from the candidate's
sentences, remembering which sentence gave which value.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass, field, replace

from wordfreq import zipf_frequency

from veille.extract import _dates_lexicon as lx
from veille.extract import gtd
from veille.extract.actors import CLAIM_OF_KNOWN, FORCE_UNIT_AFTER, SOURCE_NEAR, actors_for
from veille.extract.asides import (
    AVENGED,
    DOER_OF_DEED,
    DOERS,
    LAPSE_AFTER,
    LONG_LAPSE,
    aside_spans,
    called_for_spans,
    followed_spans,
    inside,
    opens_sentence,
    recalled_spans,
    war_toll_spans,
)
from veille.extract.clauses import SAID_ON_BEFORE, split_by_days
from veille.extract.counts import GOES_ON, CountMention, find_counts, parse_number
from veille.extract.counts import aggregate as aggregate_counts
from veille.extract.dates import (
    DateMention,
    find_dates,
    interval_overlaps,
    parse_dateline,
    parse_published,
    resolve_anchor,
)
from veille.extract.lexicon import (
    BLEW_SELF_UP,
    CONTEXT,
    EARLIER_ONES,
    NEGATED_CONTEXT,
    NEGATIVE_CUES,
    SPEECH_VERBS,
    STRONG_SCAN,
    VIOLENT_DEED,
    Trigger,
    find_triggers,
    unwrap,
)
from veille.extract.listed import listed_groups
from veille.extract.places import (
    MOVEMENT,
    admin_term_countries,
    article_region,
    aside_place,
    choose_locations,
    contains_place,
    country_name,
    dateline_town,
    focus_country,
    happenings_named_by_town,
    journeys_end,
    someone_of,
    told_from,
    unknown_town,
)
from veille.extract.public_order import (
    PROTEST_CAUSE,
    PROTEST_HELD,
    PUBLIC_ORDER_TYPES,
    beyond_public_order,
    civil_clash,
    crowd_fired_on,
    crowd_violence,
    protest_voice,
    riot_told,
    shots_in_the_air,
)
from veille.extract.series import series_size, share_tolls
from veille.extract.statistics import (
    BARE_KIND,
    DEEDS_TOLL_FAR_BEFORE,
    OF_ONE_CASE,
    ONE_TOLL_BEFORE,
    PERIOD_CUE,
    SINGLE_EVENT_CUE,
    SUPERLATIVE,
    TOTAL_WORDS,
    StatisticMention,
    find_statistics,
    reporter,
)
from veille.extract.steps import STEP, step_date
from veille.extract.triggers import (
    ANAPHORIC_START,
    BACKGROUND,
    CYBER,
    DAY_AFTER,
    LEGAL_STEPS,
    LEGAL_TYPES,
    NAMED_WAR,
    ON_TRIAL_CHARGED,
    PAST_WAR,
    PHYSICAL_HARM,
    TOLL_WORD,
    WORLD_WAR_TOLD,
    Hit,
    as_seizures,
    by_examples,
    counted_as_whole,
    depicted,
    group_hits,
    halted,
    idle_warning,
    in_past_war,
    is_campaign,
    is_generic,
    is_trend,
    joined_to,
    main_hit,
    of_years,
    planned_only,
    rescue_of_none_taken,
    seized_goods,
    titled,
)
from veille.ids import record_id
from veille.kb.actors import (
    DOMESTIC_KINDS,
    ActorKB,
    ActorMatch,
    agency_home,
    group_home,
    open_theatre,
    theatre,
)
from veille.records import (
    UNKNOWN_DATE,
    Actor,
    AnnotatedArticle,
    Counts,
    DateInterval,
    Drop,
    Evidence,
    Location,
    PlaceMention,
    Provenance,
    Record,
    Sentence,
    Span,
    Statistic,
    haversine_km,
)

# harm told without a word of armed violence ("several women were wounded", "killed 14 people")
# is an attack only next to who could have done it
_NEEDS_ARMED = frozenset({"harmed", "killed_people"})
# the deed a defendant is accused of, told before the court's step (see Extractor._date)
_ACCUSED_OF_BEFORE = re.compile(r"\b(?:accused|suspected|convicted)\s+of\b", re.IGNORECASE)
# a hostage release told from the taking (see the "hostages_freed" trigger)
_TAKEN_FIRST = re.compile(r"(?:kidnapped|abducted|held|taken)\b", re.IGNORECASE)
# an armed group's court: "by an Islamic State court", "a Houthi-run court", "a sharia court"
_GROUP_COURT = re.compile(
    r"\b(?:Islamic State|Houthi-run|Houthi|Taliban|militant|rebel|group's|sharia|Shabaab|jihadist)\s+"
    r"(?:[\w-]+\s+)?courts?\b",
    re.IGNORECASE,
)
# a state force's men: "SDF fighters", "Peshmerga fighters" (see Extractor._force_fighters)
_FORCE_MEN = re.compile(r"(?:fighters|militiam[ae]n|militias?)\b", re.IGNORECASE)
_FORCE_KINDS = frozenset({"military", "police", "security_agency"})

# ... of which these fold into an attack only from the sentence right after it
_OWN_AFTER_ATTACK = frozenset({"arrest"})
# the course of a war told in a summary
_WAR_COURSE = re.compile(
    r"\b(?:turned|turning|turn) the tide\b|\btipped (?:\w+ )?(?:in favou?r|the balance)\b|"
    r"\b(?:shift(?:ed|ing)?|tilt(?:ed|ing)?|chang(?:ed|ing)|turn(?:ed|ing)?|swung|swinging) the "
    r"(?:balance|course|momentum)\b|\btransformed the (?:[\w-]+ ){0,3}(?:war|conflict)\b|"
    # "Fighting in Syria has slowed considerably", "a Russian-backed offensive by Syrian government
    # troops ... has driven throngs of people out of Aleppo", "Russian airstrikes have sent tens of
    # thousands of civilians fleeing"
    r"\b(?:fighting|violence|the war|the conflict|air ?strikes|airstrikes|bombing|bombardment|offensive|"
    r"campaign)s?(?: (?:in|across|around|near|on|against|between|by|of)(?: [\w.'-]+){1,10}?)? (?:has|have) "
    r"(?:\w+ )?(?:slowed|eased|subsided|abated|waned|dragged on|raged|intensified|escalated|continued|"
    r"displaced|driven|forced|sent)\b|"
    r"\b(?:increasingly|ever more) (?:desperate|fierce|intense|bloody) fighting\b|"
    # its persistence or growth: "with the fighting just heating up again", "though fighting continues
    # in many parts of Syria" (a live report's "FIGHTING CONTINUES TODAY IN SAN SALVADOR" names its day)
    r"\bfighting (?:is )?(?:just )?heating up\b|"
    r"\bfighting (?:continues|goes on|rages on|drags on|persists)\b|"
    r"\b(?:rise|increase|upsurge|surge|spike|uptick) in (?:the )?fighting\b|"
    # a campaign begun, not a strike of a day: "Russia began air strikes in Syria ... last September",
    # "Russia's campaign of airstrikes that began in September last year"
    r"\b(?:began|begun|started) (?:[\w'-]+ ){0,2}(?:air ?strikes|airstrikes|air campaign|bombing)\b|"
    r"\bcampaign of (?:air ?strikes|airstrikes|bombing|bombardment|air raids)\b|"
    # ground won over months: "the government has recaptured areas in the west ... since Moscow
    # intervened last September"
    r"\b(?:has|have) (?:\w+ )?(?:recaptured|retaken|regained|seized|captured|taken back)\b"
    r"[^.;]{0,120}?\bsince\b|"
    # ... or helped to win: "Moscow's intervention ... with an air campaign has helped Assad's forces
    # and their allies recapture territory"
    r"\b(?:has|have) (?:\w+ )?helped (?:[\w'-]+ ){0,6}?(?:to )?(?:recapture|retake|regain|reclaim|win back|"
    r"take back|advance|push back|turn back|gain)\b|"
    # its stepping up: "Damascus and Moscow intensified assaults in the north and northwest"
    r"\b(?:intensified|escalated|stepped up|ramped up) (?:(?:its|their|the) )?(?:[\w-]+ )?"
    r"(?:assaults|attacks|air ?strikes|airstrikes|bombing|bombardments?|air raids|shelling|offensive)\b",
    re.IGNORECASE,
)
# ... and its ebb, whatever day is named: "Fighting in Syria has slowed considerably since a fragile
# truce came into force almost two weeks ago", "a sharp decline in fighting between rebels and the
# government"
_WAR_EBB = re.compile(
    r"\b(?:fighting|violence|hostilities|air ?strikes|airstrikes|bombing|bombardment|shelling)"
    r"(?: (?:in|across|around|near|on|against|between|by|of)(?: [\w.'-]+){1,10}?)? (?:has|have|had) "
    r"(?:\w+ )?(?:slowed|eased|subsided|abated|waned|died down|decreased|declined|diminished)\b|"
    r"\b(?:decline|drop|reduction|decrease|lull|slowdown|fall) in "
    r"(?:the )?(?:fighting|violence|hostilities)\b",
    re.IGNORECASE,
)
# a war fought on, whatever day is named: "his rebel group has been fighting a Russian-backed
# government offensive near the Turkish border throughout the cessation agreement that came into
# effect on Feb. 27" (the offensive is the war's, no happening of that day)
_FOUGHT_ON = re.compile(
    r"\b(?:has|have|had)\s+been\s+(?:\w+ly\s+)?fighting\s+(?:against\s+)?(?:an?\s+|the\s+|its\s+|their\s+)?"
    r"(?:[\w'-]+\s+){0,3}(?:offensives?|forces|troops|army|rebels|militants|insurgents|jihadists|government)\b",
    re.IGNORECASE,
)
# what ties suspects to an attack
_TIED_TO = re.compile(
    r"\b(?:accused|suspected|charged|in connection with|linked to|links? (?:to|with)|connected (?:to|with)|"
    r"ties (?:to|with)|role in|involvement in|involved in|support for|"
    r"help(?:ed|ing)? (?:to )?(?:plan|carry out|prepare)|plann(?:ed|ing)|over)\b",
    re.IGNORECASE,
)
# an official word that the story's violence is not terrorism ("the attack was 'not terrorism'",
# "there appeared to be no link to terrorism"); not "police have not ruled out terrorism"
_TERRORISM_DENIED = re.compile(
    r"(?<!not )(?<!n't )(?<!never )\b(?:(?:was|is|were|are|been)\s+[\"'\u201c]?not\s+(?:an?\s+)?"
    r"(?:act of\s+)?terror(?:ism|ist)?(?:[- ](?:related|attack|act|incident))?\b|"
    r"ruled out (?:any )?terror\w*|not (?:a )?terror(?:ism)?[- ]related|"
    # "the agency does not believe the incident is terrorism-related" (of the happening, not of a man:
    # "did not believe the man was a terrorist")
    r"(?:do|does|did)(?:\s+not|n't)\s+(?:believe|think)\s+(?:that\s+)?the\s+incident\s+(?:is|was)\s+"
    r"terror(?:ism)?[- ]related\b|"
    r"no (?:links?|connections?|ties) (?:to|with) terror\w*|"
    # "the shooting was not related to terrorism", "ruled out the involvement of militant groups",
    # "no militant group was involved"
    # (said of the happening, not of a person: not "he was not linked to any terrorist group and had
    # acted alone", a lone actor's plot)
    r"(?:shooting|attack|incident|killings?|blast|explosion|violence|clash(?:es)?|fighting|murders?|it)\s+"
    # ("the shooting did not appear to be related to terrorism")
    r"(?:(?:was|is|were|are)\s+not|(?:did|does|do)\s+not\s+(?:appear|seem)\s+to\s+be)\s+(?:related|linked|"
    r"connected|tied)\s+to\s+(?:terror\w*|(?:any\s+)?(?:militant|"
    r"insurgent|rebel|jihadist|extremist|terrorist)\s+(?:groups?|activit\w+))|"
    r"ruled out (?:the |any )?(?:involvement|role) of (?:any )?(?:militants?|insurgents?|rebels?|terrorists?|"
    r"jihadists?|(?:militant|insurgent|rebel|terrorist|jihadist|armed) groups?)|"
    r"ruled out (?:any )?(?:militant|insurgent|rebel|terrorist|jihadist) (?:involvement|links?)|"
    r"no (?:militant|insurgent|rebel|terrorist|jihadist|armed) groups? (?:was|were|had been) involved|"
    # ... or a private motive: "the shooting stemmed from a rido between two families", "looking
    # into a personal grudge over a business dispute as the motive"
    r"(?:stemmed|resulted|arose|stemming|resulting) from (?:an? |the )?(?:long-running |long-standing |old )?"
    r"(?:rido|(?:clan|family|blood|tribal) (?:feud|war|dispute|rivalry))|"
    r"blaming (?:it on )?(?:an? |the )?(?:long-running |long-standing |old )?"
    r"(?:rido|(?:clan|family|blood) feud)|"
    r"(?:personal|family) (?:grudge|feud|vendetta|dispute)\b[^.;]{0,60}?\bas (?:the|a|a possible) motive|"
    # "shot dead a businessman ... in what appeared to be a dispute over land", "over a land dispute"
    r"(?:in|over) (?:what (?:appeared|appears|seemed|seems|police (?:said|say) was) to be )?(?:an? |the )?"
    r"(?:(?:land|property|business|inheritance|family|personal|money) (?:dispute|row|quarrel|feud)|"
    r"(?:dispute|row|quarrel|feud) over (?:land|property|a plot|money|a debt|an inheritance|inheritance|"
    r"a business))\b|"
    # "there was no nexus to terrorism", "had no terrorist motive", "no indication of a terrorist motive"
    r"no (?:known |apparent )?nexus (?:to|with) terror\w*|"
    r"(?:had|has|have|with|found|showed|there (?:was|is)) no (?:known |apparent )?"
    r"(?:terrorist|terror|extremist|ideological) (?:motives?|motivations?)\b|"
    r"no (?:indication|sign|evidence) of (?:a |any )?(?:terrorist|terror|extremist|ideological) "
    r"(?:motives?|links?)\b|"
    # "we have no evidence this is related to terrorism", "no reason to suspect that the blast, on
    # the eve of ..., was the work of extremists"
    r"no (?:evidence|indication|sign|reason to (?:believe|suspect|think))\s+(?:that\s+)?[^.;]{0,100}?\b"
    r"(?:is|was|were|are)\s+(?:related to terror\w*|terror(?:ism)?[- ]related|"
    r"the work of (?:an?\s+)?(?:extremists?|terrorists?|jihadists?|militants?)))",
    re.IGNORECASE,
)
# a capitalised word past a sentence's first, and how common a first word may be and still be a
# name (see _names_again)
_PROPER_WORD = re.compile(r"(?<=\s)(?:[A-Z][a-z]{2,}|[A-Z]{2,})\b")
_TOLD_PARTY = re.compile(
    r"\b(?:the|this|that|his|her|their)\s+(?:attackers?|gunm[ae]n|bombers?|assailants?|suspects?|shooter|"
    r"killer|victims?|wounded|dead|hostages?|captives?|kidnappers?|captors?|attack|man|woman)\b",
    re.IGNORECASE,
)
_COMMON_WORD = 4.0
# (see _thing_of_before) the happening told, named back by a word of it: "the hotel attack"
_NAMED_BACK_DEED = re.compile(
    r"\bthe\s+([\w-]+)\s+(?:attacks?|bombings?|shooting|assault|siege|massacre|raid)\b", re.IGNORECASE
)
# ... a thing in apposition to a name that opens its sentence: "The Radisson, a hotel popular ..."
_NAME_APPOSED = re.compile(
    r"\W*(?!(?:In|On|At|During|Since|Last|Early|Late|Earlier|After|Before|By|From|Until)\b)(?:The\s+)?"
    r"(?:[A-Z][\w'.-]*\s*){1,4},\s+"
)
# ... a thing named back: "the plane", "the bus", and the nouns that name none of its own (the
# happening, its doers and its harm, a place, a time)
_THE_THING = re.compile(r"\b[Tt]he\s+([a-z]{3,})\b")
_NO_THING = frozenset(
    {
        *("attack", "attacks", "bombing", "bombings", "blast", "explosion", "incident", "shooting"),
        *("assault", "people", "group", "militants", "gunmen", "attackers", "attacker", "bomber"),
        *("bombers", "victims", "government", "police", "army", "military", "security", "authorities"),
        *("state", "country", "city", "town", "area", "region", "capital", "province", "world", "same"),
        *("first", "latest", "last", "next", "past", "time", "day", "week", "month", "year", "case"),
        *("report", "statement", "other", "most", "new", "dead", "wounded", "injured", "united"),
        *("islamic", "north", "south"),
    }
)
# the happening named back: "the attack", "the shooting", "it", "this", "there (was no link)"
_NAMED_BACK = re.compile(
    r"\b(?:the|this|that) (?:attack|shooting|stabbing|incident|blast|explosion|killings?|rampage|fighting|"
    r"clash(?:es)?|violence)\b|"
    r"\b(?:it|there|this)\b",
    re.IGNORECASE,
)
_DENIABLE = frozenset({"attack", "ct_operation", "arrest", "raid", "charge"})
_CASE_STEPS = frozenset({"arrest", "raid", "charge"})
# the words before a lapse are what the story's speaker said: "Trump said it was time to ..., the
# day after"
_SAID_BEFORE = re.compile(rf"\b(?:{SPEECH_VERBS})\b", re.IGNORECASE)
# "the attacks on Sunday": a date told right after the happening's words dates it (characters)
_DATE_ATTACHED = 25
# a finding told in the passive, with no search: "guns and explosives were found"
_PASSIVE_FIND = re.compile(r"(?:explosives|weapons|firearms) were (?:found|discovered)", re.IGNORECASE)
# ... the sentences after an attack's first that may tell its end ("Police arrested a fourth
# attacker at the scene")
_END_OF_ATTACK = 3
# an arrest said to be of the case, not at the scene: "in connection with the bombing"
_OF_THE_CASE = re.compile(
    OF_ONE_CASE
    # ... or of a group: "detained over suspected connection to Islamic State"
    + r"|\b(?:over|for|on)\s+(?:suspected|alleged|possible)\s+(?:links?|ties|connections?)\s+(?:to|with)\b",
    re.IGNORECASE,
)
# the hunt after an attack, whose next sentences may name the attack again
_HUNT_TYPES = frozenset({"arrest", "raid", "charge", "cell_dismantled"})

# Types that a neighbouring sentence of another type folds into (one operation, one record).
FOLDS_INTO = {
    "arrest": {"cell_dismantled", "plot_foiled", "raid", "charge", "ct_operation", "attack", "travel"},
    "raid": {"cell_dismantled", "plot_foiled", "arrest", "ct_operation"},
    "plot_foiled": {"arrest", "cell_dismantled", "charge"},
    "cell_dismantled": {"arrest", "plot_foiled"},
    "ct_operation": {"attack"},
    "recruitment": {
        "cell_dismantled",
        "plot_foiled",
        "arrest",
        "charge",
        "conviction",
        "trial",
        "travel",
        "policy",
    },
    "travel": {"repatriation", "deportation", "arrest", "charge", "conviction", "cell_dismantled"},
    "threat": {"attack"},
    "attack": {"ct_operation"},
}
TYPE_LABEL = {
    "attack": "Attack",
    "plot_foiled": "Plot foiled",
    "cell_dismantled": "Cell dismantled",
    "arrest": "Arrest",
    "raid": "Raid or seizure",
    "ct_operation": "Security operation",
    "charge": "Charges",
    "trial": "Trial",
    "conviction": "Conviction",
    "acquittal": "Acquittal",
    "release": "Release",
    "deportation": "Deportation",
    "repatriation": "Repatriation",
    "extradition": "Extradition",
    "travel": "Travel of fighters",
    "recruitment": "Recruitment",
    "threat": "Threat",
    "warning": "Warning",
    "policy": "Policy",
}
CT_TYPES = set(TYPE_LABEL) - {"attack", "threat"}
SEPARATE = re.compile(
    # (not claims or words given apart: "The Taliban and the Islamic State separately claimed")
    r"\b(?:in (?:a |another )?separate (?:incident|attack|operation|case|development)|"
    r"separately(?! (?:claimed|claiming|claim|said|told|announced|confirmed|reported|denied))|"
    # "in another terrorist action", "in a third incident"
    r"in (?:another|a second|a third|a further) (?:[\w-]+ )?(?:incident|attack|action|act|operation|"
    r"bombing|ambush|raid)|elsewhere|meanwhile|"
    r"in a related (?:development|case)|"
    # "A separate attack in the city's historic heart in January killed 12 German tourists"
    r"^\W*(?:an?|one) (?:separate|different) (?:[\w-]+ )?(?:incident|attack|bombing|blast|explosion|assault|"
    # (not one more at the scene: "A separate blast minutes later at the same mosque wounded five")
    r"shooting|ambush|raid)(?![^.]*\b(?:minutes|moments|seconds) later\b)"
    r"(?![^.]*\b(?:at|in|near|outside) the same\b))\b",
    re.IGNORECASE,
)
_PERSONS = re.compile(
    # (not a year, nor a number of another phrase: "for an attack in Manchester in 2017 that killed 22
    # people")
    r"\b(?P<num>(?!(?:19|20)\d\d\b)\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"a dozen)\s+"
    r"(?:(?!\d)[\w-]+\s+){0,3}?(?:men|women|people|persons|suspects|defendants|nationals|citizens|teenagers|boys|"
    r"girls|brothers|individuals|militants|members|jihadists|fighters|imams|students|minors|children|orphans|"
    r"wives|widows|families|others)\b",
    re.IGNORECASE,
)
# people harmed in an attack that was thwarted
# (not "no one was hurt in the thwarted attack", nor one killed in a failed escape attempt)
_HARMED_IN_FOILED = re.compile(
    r"(?<!\bno one was )(?<!\bnobody was )(?<!\bnone were )(?<!\bnot )(?<!\bwas not )(?<!\bwere not )"
    r"\b(?:killed|wounded|injured|dead|died|hurt)\b[^.;]{0,60}?\b(?:during|in)\s+(?:an?|the)\s+"
    r"(?:thwarted|foiled|failed|frustrated|aborted)\s+(?:[\w-]+\s+)?(?:attack|assault|raid|bombing)",
    re.IGNORECASE,
)
# a sentence opened by a doer or device not told before, and its toll (see _another_deed)
_NEW_DOER_OPENING = re.compile(
    r"\W*(?:A|An|Another|Two|Three|Four|Five|Several)\s+(?:[\w-]+\s+){0,2}?(?:suicide\s+)?(?:bombers?|gunm[ae]n|"
    r"attackers?|militants|assailants|(?:car\s+|roadside\s+)?bombs?|explosions?|blasts?|grenades?)\b"
)
_OWN_TOLL = re.compile(
    r"\b(?:killed|killing|wounded|wounding|injured|injuring)\s+(?:at least\s+|more than\s+|some\s+|about\s+)?"
    r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[\w-]+teen|[\w-]+ty)\b",
    re.IGNORECASE,
)
# a place of the happening named back: "at the camp in Gao", "at the church in Sargodha"
_PLACE_NAMED_BACK = re.compile(
    r"\b(?:at|in|inside|near|outside)\s+the\s+(?:same\s+)?(?:camp|base|church|mosque|market|checkpoint|school|"
    r"hotel|station|post|building|compound|barracks|village|town|site|scene)\b",
    re.IGNORECASE,
)
# ... or the forces' own strike told after the attack: "Police later killed three militants in a raid"
# (not the attackers themselves: "Troops later killed the gunman")
_FORCES_LATER_OPENING = re.compile(
    r"\W*(?:Police|Troops|Soldiers|Security forces|The (?:army|military|police|security forces))\s+"
    r"(?:later|then|subsequently|afterwards|also)\s+(?:killed|shot dead|arrested|detained|raided|stormed)\b"
    r"(?!\s+(?:the|a|an|one|two|three|all|both)?\s*(?:of\s+the\s+)?(?:gunm[ae]n|attackers?|assailants?|bombers?|"
    r"shooters?|perpetrators?|suspects?)\b)"
)
# a trigger that names people, not what they did: "foreign fighters", "returnees"
_PEOPLE_NOUN_HIT = re.compile(r"foreign (?:terrorist )?fighters|returnees", re.IGNORECASE)
_KIN_OF_BEFORE = re.compile(r"\b(?:(?:father|mother|parents?)\s+of|his|her|their)\s+$", re.IGNORECASE)
_HELD_WORD = re.compile(
    r"\b(?:held|kept|detained) (?:in|at) (?:the )?(?:[\w-]+ ){0,3}?(?:camps?|prisons?|jails?|detention)\b",
    re.IGNORECASE,
)
# a person named, then those with him: "Farid Kaddouri and two other men", "Mahmoud Ezzat and 12 others"
_NAMED_AND_OTHERS = re.compile(r"(?-i:[A-Z][\w'-]+)\s+and\s+$", re.IGNORECASE)
_HARMED_BEFORE = re.compile(
    r"\b(?:massacr|kill|murder|slaughter|wound|injur|shoot|shot|stabb?|behead|execut|kidnap|abduct)\w*\s+"
    r"(?:(?:at least|more than|nearly|some|about|over)\s+)?$",
    re.IGNORECASE,
)
_PERSON_NOUN = (
    r"(?:man|woman|national|citizen|suspect|teenager|boy|girl|imam|cleric|businessman|preacher|student|"
    r"militant|jihadist|fighter|member|defendant|father|mother|refugee|convert|doctor|soldier|officer)"
)
# one person arrested, and no other with him: "arrested a 17-year-old Chechen", "A man was detained"
_ONE_NOUN = (
    rf"(?:{_PERSON_NOUN}|youth|Islamist|commander|(?:sub-?)?leader|official|operative|recruiter|insurgent|rebel|"
    r"guerrilla|terrorist|extremist|financier|facilitator|courier|bomb[- ]?maker|bomb expert|ideologue|"
    r"sympathi[sz]er|supporter|mastermind|kingpin|"
    r"(?:\d{1,2}-year-old)(?:\s+(?-i:[A-Z])[\w'-]+)?)"
)
# one person a legal step is of: "A former U.S. Army soldier was sentenced"
_ONE_PERSON = re.compile(rf"\b(?:an?|the)\s+(?:[\w.'-]+\s+){{0,4}}?{_PERSON_NOUN}\b", re.IGNORECASE)
_NO_OTHER_AFTER = (
    # (nor one of a cell or a group: "arrested a terrorist cell of four men")
    r"(?!\s+(?:cells?|groups?|networks?|rings?|gangs?|suspects|members)\b)"
    r"(?![^.;]{0,40}?\b(?:and|along with|together with|as well as|with)\s+"
    r"(?:his|her|two|three|four|five|six|seven|eight|nine|ten|\d+|another|other|others|several|an?)\b)"
)
_ONE_ARRESTED = re.compile(
    r"\b(?:arrested|detained|captured|apprehended|nabbed)\s+an?\s+(?:[\w'-]+\s+){0,4}?"
    + _ONE_NOUN
    + r"\b(?!['\u2019])"
    + _NO_OTHER_AFTER
    # ... or the subject of a passive, told first or in reported speech ("Police said a suspected
    # Lashkar-e-Jhangvi commander was arrested in Karachi")
    + r"|(?:^\W*|\b(?:said|says|added|reported|confirmed|announced|stated)(?:\s+(?:on\s+)?\w+day)?"
    r"(?:\s+that)?\s+)"
    r"(?:An?|One)\s+(?:[\w'-]+\s+){0,4}?" + _ONE_NOUN + r"\s+(?:[^.;]{0,60}?\s)?(?:was|has been|had been)\s+"
    r"(?:\w+ly\s+)?(?:arrested|detained|captured|apprehended)\b"
    + _NO_OTHER_AFTER
    # ... or one more, after one killed: "shot dead a suspected insurgent and arrested another"
    + r"|\b(?:arrested|detained|captured|apprehended)\s+(?:another|one other|a second)\b"
    r"(?!\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens?|several|group|batch|round|wave|set|"
    r"number|cell|gang|ring|network|\w+\s+(?:suspects|people|men|militants|members))\b)",
    re.IGNORECASE | re.MULTILINE,
)
# about a year: an anniversary falls on the 365th day and is background, not news
HISTORY_DAYS = 350
# a figure of a period that ended longer ago than this is history too (not an official's figure of a
# recent span: "Between 2012 and 2016, 287 people left Belgium", told in 2024)
STATISTIC_HISTORY_DAYS = 20 * 365
# an attack named with its means and its town: "the Brussels bombings", "Orlando's nightclub
# shooting", "the shooting in Orlando", "suicide bombings at Istanbul's airport"
_KINDS_OF_ATTACK = (
    r"(?P<kind>(?:suicide )?bombings?|blasts?|explosions?|shootings?|stabbings?|(?:car|truck) bomb)"
)
_ATTACK_OF_TOWN_AFTER = re.compile(
    r"(?:['\u2019]s)?\s+(?:[\w-]+\s+)?" + _KINDS_OF_ATTACK + r"\b", re.IGNORECASE
)
_ATTACK_IN_TOWN_BEFORE = re.compile(
    r"\b" + _KINDS_OF_ATTACK + r"\s+(?:in|at|on)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE
)
# the words of a date counted from another day: "the day after", "two days after"
_LAPSE_TOLD = re.compile(r"\bafter$", re.IGNORECASE)
# earlier happenings named back together: "both those attacks", "these bombings"
_THOSE_ATTACKS = re.compile(
    r"\b(?:both|those|these|the two|the three)\s+(?:those\s+|these\s+)?(?:[\w-]+\s+)?"
    r"(?:attacks|bombings|blasts|explosions|shootings)\b",
    re.IGNORECASE,
)
# a sentence that opens on other people: "Other Australian teens have been lured", "Another Briton"
_OTHERS_OPENING = re.compile(r"\s*[\"\u201c]?(?:Other|Another|Several other|Many other|Some other)\s")
# the one the sentence before told, named back: "... changed after a government bombardment in
# April 2014 on a school. Shehwaro said 23 children had died in that attack."
_THAT_ONE = re.compile(
    r"\b(?:in|by|during|from|since|responsibility\s+for|credit\s+for|claimed)\s+that\s+"
    r"(?:attack|bombing|bombardment|blast|explosion|shooting|massacre|"
    r"raid|strike|assault)\b",
    re.IGNORECASE,
)
# the sequel of the happening the sentence before told: "Subsequent suicide attacks on courthouses"
_SUBSEQUENT = re.compile(
    r"\s*(?:(?:subsequent|ensuing|follow-up)\s+(?:[\w-]+\s+){0,2}|later\s+)"
    r"(?:attacks|bombings|blasts|explosions|shootings)\b",
    re.IGNORECASE,
)
# "Wednesday's attack", "yesterday's bombing": a happening named by its day, already told
_DAY_POSSESSIVE = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)['\u2019]s\b",
    re.IGNORECASE,
)
# a date in the possessive ("last year's Paris attacks", "November's attacks"): lx.POSSESSIVE
# ... or before the noun it dates: "the March 22 suicide bombings", "the Nov. 8 election" (not
# "on the 14th, police said", "the 5th of May")
_ATTRIBUTIVE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# "the couple who carried out the Dec. 2 shootings": the date of the deed told
_DEED_THE = re.compile(
    r"\b(?:carried out|claimed|staged|launched|conducted|committed|perpetrated|behind|responsible for)"
    r"\s+the\s+$",
    re.IGNORECASE,
)
_ATTRIBUTIVE_NOUN = re.compile(
    r"[ \t]+(?!(?:of|at|in|on|and|or|to|when|as|after|before|by|from|until|the|a|an)\b)[A-Za-z]",
    re.IGNORECASE,
)
# Headlines of other stories a page links to: "READ MORE: ...", "Related: ...", and the bulleted
# list under "ALSO ON REUTERS"; they report nothing of this article
RELATED_LINKS = re.compile(
    r"^[ \t]*(?:(?:READ MORE|Read more|Related|RELATED|SEE ALSO|See also|RECOMMENDED|Recommended)\s*:[^\n]*|"
    # a page's summary box, its lines run together: "Story highlightsCasualties are reported ...In
    # October, explosions killed about 100 peopleRead more about this story at CNN Turk." (up to
    # the last place where one line runs into the next: the story may go on on the same line,
    # "... that protects government VIPsA suicide car bomber caused the explosion")
    r"Story [Hh]ighlights(?:[^\n]*[a-z0-9)](?=[A-Z][a-z]))?|"
    r"(?:ALSO ON|MORE FROM) [A-Z][A-Z ]+\n(?:[ \t]*[*\u2022-][^\n]*(?:\n|$))*|"
    # "ALSO\n\nGood Samaritan shot and killed while chasing a purse snatcher, police say\n\n...": a
    # heading on its own line, then headlines (no closing stop) of other stories
    r"(?:ALSO|RELATED|MORE|READ MORE|SEE ALSO|RELATED COVERAGE|MORE COVERAGE|RELATED STORIES)[ \t]*:?[ \t]*\n"
    r"(?:[ \t]*\n)*(?:[ \t]*[^\n]{1,200}[^.\n\s][ \t]*(?:\n(?:[ \t]*\n)*|$))+|"
    # an editor's note of a correction, on its own line: "(This version of the story corrects
    # second paragraph reference to number of bombings blamed on Islamic State this year)"
    r"\((?:This (?:version of the )?(?:story|article|report) (?:has been |was |is being )?"
    r"(?:correct|refil|updat|amend|clarifi)\w*|Corrects|Refiles|Updates|Adds|Recasts|Fixes)\b[^\n()]{0,300}\)"
    r"[ \t]*$)",
    re.MULTILINE,
)
# a byline and the time a story was posted, on lines of their own at its head
_TIME_STAMP = re.compile(
    r"\s*(?:By [^\n]{1,80}\n\s*)?(?:(?:Last\s+)?(?:Updated|Posted|Published):?\s+(?:on\s+)?)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+),?\s+\d{4},?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*"
    r"(?:[ap]\.?m\.?|[AP]M)?[^\n]{0,40}\n"
)
_TWEET_STAMP = re.compile(r"\(@\w{1,30}\)\s*$")
# "WASHINGTON President Obama said...", "PORT ST. LUCIE, Fla. On the morning...": a dateline
# whose dash was lost (feeds, mirrors); capitals then a capitalised word or an abbreviation
# ("BAGHDAD U.S. and Iraqi officials ...", "JERUSALEM A group of Israelis ...").
_BARE_DATELINE = re.compile(
    # (two towns: "ONCUPINAR, Turkey/BEIRUT Aid trucks ...")
    r"\s*[A-Z][A-Z.'\u2019 /-]{2,40}[A-Z.](?:,\s*[A-Z][\w.'-]{1,20}(?:/[A-Z][A-Z.'\u2019 -]{1,30}[A-Z])?)?\s+"
    r"(?=[A-Z][a-z]|(?:[A-Z]\.){2}\s|A\s+[a-z])"
)
_THIS_SPAN = re.compile(r"\bthis\s+(?:week|month|year)\b", re.IGNORECASE)
# a step to come: "will go on trial this month", "is due to be sentenced this week"
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|shall|(?:is|are) to|plans? to|planned to|expected to|due to|set to|scheduled to|"
    r"going to|next)\b[^.;]{0,50}$",
    re.IGNORECASE,
)
# the day a claim was made: "claimed responsibility on Monday for a bombing"
_CLAIMED_ON = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:of\s+)?responsibility\W+(?:on\s+)?$", re.IGNORECASE)
# ... told before the claim, after "on": "The Taliban on Monday claimed responsibility for a bombing"
_CLAIM_AFTER = re.compile(r"\W*(?:claimed|claims)\s+(?:responsibility|credit)\b", re.IGNORECASE)
_ON_BEFORE = re.compile(r"\bon\s+$", re.IGNORECASE)
_REPORTING_DATE = re.compile(
    rf"\b(?:{SPEECH_VERBS}|statement|news conference|press conference|"
    # "Islamic State claimed responsibility on Tuesday for a suicide bombing ... on Sunday"
    r"claimed responsibility|claim of responsibility|"
    # "Islamic State claimed on Monday that its fighters carried out a bombing ... on Saturday"
    r"claimed|claims|alleged|admitted|"
    # "..., court documents obtained on Saturday showed"
    r"(?:documents?|papers|records|filings?|files)\s+(?:obtained|seen|reviewed|filed|released|unsealed))"
    r"\W+(?:\w+\W+){0,2}(?:on\s+)?$",
    re.IGNORECASE,
)
# "In a transcript of his calls released by the FBI on Monday, ...": when a record was made public
_MADE_PUBLIC = re.compile(
    r"\b(?:transcripts?|recordings?|footage|videos?|audio|tapes?|photos?|pictures|images|logs?|polls?|surveys?|"
    r"reports?|studies|study|"
    # "In an amicus brief filed with a California court on Monday, ..." (a court case's own step
    # is dated by its filing: see ``_date``)
    r"(?P<filing>(?:amicus )?briefs?|complaints?|lawsuits?|motions?|petitions?|court filings?))"
    r"(?:\s+of(?:\s+[\w'-]+){1,3}?)?\s+(?:released|published|obtained|posted|made public|filed|submitted)"
    r"(?:\s+(?:by|with|in)\s+(?:the\s+|a\s+)?[\w.'-]+(?:\s+[\w.'-]+)?)?\s+(?:on\s+|late\s+|early\s+)?$",
    re.IGNORECASE,
)


_TODAY_WORDS = r"today|tonight|this (?:morning|afternoon|evening)"
_TODAY = re.compile(rf"(?:{_TODAY_WORDS})(?:['\u2019]s)?$", re.IGNORECASE)
# a speaker's own day words: "All the hostages were killed last night."
_DEICTIC = re.compile(
    rf"(?:last night|yesterday(?: morning| afternoon| evening)?|{_TODAY_WORDS})(?:['\u2019]s)?$",
    re.IGNORECASE,
)
_QUOTE_CLOSE = re.compile(r"[\"\u201d]")
# the speaker's attribution right after the quotation: ', said Brig. Gen. X ... in a news conference'
_ATTRIBUTION = re.compile(
    rf"\s*,?\s*(?:(?:[\w.'-]+\s+){{0,8}}?(?:{SPEECH_VERBS})\b|(?:{SPEECH_VERBS})\b)", re.IGNORECASE
)


def _quotes_dated_by_speech(text: str, dates: list[DateMention], anchor: dt.date | None) -> list[DateMention]:
    """ "All the hostages were killed last night. ...," said Brig. Gen. X in a news conference
    Saturday night: a speaker's "last night", "yesterday" or "today" counted from the day the
    words were said, where the attribution after the quotation tells it, not from the report's."""
    if anchor is None:
        return dates
    out = list(dates)
    for k, m in enumerate(dates):
        if not _DEICTIC.match(m.text.strip()) or not m.interval.start or not m.interval.end:
            continue
        # inside a quotation opened in its paragraph
        if not _in_quotation(text[text.rfind("\n", 0, m.start) + 1 : m.start]):
            continue
        close = _QUOTE_CLOSE.search(text, m.end, m.end + 400)
        # ... closed by a comma and its speaker ('... brutally," said Brig. Gen. X'), not a sentence
        # of the report after it ('... yesterday." The army said on Monday')
        if close is None or text[close.start() - 1 : close.start()] != ",":
            continue
        said = _ATTRIBUTION.match(text, close.end())
        if said is None:
            continue
        told = next(
            (
                d
                for d in dates
                if said.end() <= d.start <= said.end() + 120
                # (the day of the words: not "said Ahmed, who fled Falluja on Friday")
                and _reported_on(text, said.start(), d.start)
                and d.interval.precision == "day"
                and d.interval.start
                and not _DEICTIC.match(d.text.strip())
            ),
            None,
        )
        if told is None or told.interval.start is None:
            continue
        shift = dt.date.fromisoformat(told.interval.start) - anchor
        if not shift.days:
            continue
        start = (dt.date.fromisoformat(m.interval.start) + shift).isoformat()
        end = (dt.date.fromisoformat(m.interval.end) + shift).isoformat()
        out[k] = replace(m, interval=replace(m.interval, start=start, end=end))
    return out


def _quoted_today(text: str, s: Sentence, m: DateMention) -> bool:
    """“today's attack”: a speaker's today, inside quotation marks."""
    return _TODAY.match(m.text.strip()) is not None and _in_quotation(text[s.start : m.start])


def _doer_opens(sentence: str) -> bool:
    """The doers named back open the sentence ("The suspect, a 45-year-old Tunisian man, was shot dead
    by police on Tuesday")."""
    return _DOERS_NAMED_BACK.match(sentence, len(sentence) - len(sentence.lstrip())) is not None


def _in_quotation(before: str) -> bool:
    """The text ``before`` a point leaves a quotation open there."""
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


# the deed the forces answered, told after their fire: "after he attacked officers with a knife"
_ATTACKED_FIRST = re.compile(
    r"[^.;]{0,80}?\b(?:after|when|as)\s+(?:he|she|they|the\s+(?:man|woman|attacker|assailant|suspect))\s+"
    r"(?:had\s+)?(?:attacked|stabbed|rammed|opened\s+fire|shot|tried\s+to\s+stab|lunged)\b|"
    # ... told by its gerund: "A man was shot dead by police after attacking officers with a knife",
    # "after stabbing two passers-by"
    r"[^.;]{0,80}?\b(?:after|while)\s+(?:having\s+)?(?:attacking|stabbing|ramming|opening\s+fire|shooting|"
    r"trying\s+to\s+stab|lunging)\b",
    re.IGNORECASE,
)


_RESULT_CLAUSE = re.compile(r"(?:killing|wounding|injuring)\b", re.IGNORECASE)
# a device that went off (not a state's bombs: "jets bombed militant hideouts, killing 20 militants")
_DEVICE_WENT_OFF = re.compile(
    r"\b(?:bombs?|IEDs?|explosive devices?|(?:land ?)?mines?|grenades?)\b(?:(?!\b(?:jets?|aircraft|drones?|"
    r"planes?|helicopters?|air ?strikes?|warplanes?)\b)[^.;]){0,80}?\b"
    r"(?:exploded|went off|detonated|blew up)\b",
    re.IGNORECASE,
)
_STATE_DEVICE = re.compile(
    r"\b(?:soldiers|troops|army|police|policemen|security forces|forces|barrel bombs?|dropped|air ?strikes?|"
    r"shelling|shells)\b",
    re.IGNORECASE,
)
_ANNIVERSARY_OF = re.compile(r"\b(?:anniversary|anniversaries)\s+of\b", re.IGNORECASE)
_PAST_PERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|t|wn)\b", re.IGNORECASE)
_ANNIVERSARY_ON = re.compile(r"\banniversary\s+(?:on|last|this)\s*$", re.IGNORECASE)
_OF_AFTER_DAY = re.compile(r"\s+of\b", re.IGNORECASE)


def _blanked(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> str:
    """``text[a:b]`` with the parts inside ``spans`` blanked (as many spaces as characters)."""
    out = text[a:b]
    for x, y in spans:
        lo, hi = max(a, x), min(b, y)
        if lo < hi:
            out = out[: lo - a] + " " * (hi - lo) + out[hi - a :]
    return out


def _war_told(text: str) -> list[re.Match[str]]:
    """The world wars a text tells of, not those it measures by ("since the Second World War")."""
    return [
        m
        for m in WORLD_WAR_TOLD.finditer(text)
        if not _SINCE_THE.search(text, max(0, m.start() - 25), m.start())
    ]


_SINCE_THE = re.compile(r"\bsince\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)


def _before_another_verb(info: _Article, s: Sentence, at: int, c: Candidate) -> bool:
    """The date ending at ``at`` stands between a subject and the verb of another kind of
    happening ("A Larnaca court on Wednesday ordered him to be held in custody ... on suspicion of
    hijacking"): that step's day, not the candidate's."""
    after = next((h for h in info.hits_in(s) if h[1] >= at), None)
    if after is None or after[0] == c.event_type or {after[0], c.event_type} <= _FIGHTING:
        return False
    text = info.ann.text
    if (
        c.event_type == "trial"
        and after[0] == "charge"
        and ON_TRIAL_CHARGED.search(text, max(0, after[1] - 90), after[1])
    ):
        return False  # "will go on trial on March 21 charged with membership": the trial's charge
    return (
        after[1] - at <= _SUBJECT_VERB_GAP
        and not at <= c.trigger[0] < after[1]
        and _CLAUSE_GAP_BREAK.search(text, at, after[1]) is None
        # a verb, not a noun the date's clause goes on with ("kidnapped ... more than two years ago
        # in a raid on her school")
        and _PREP_BEFORE.search(text, at, after[1]) is None
    )


def _after_another(text: str, trigger_end: int, other: int, at: int) -> bool:
    """The date at ``at`` follows another happening's word (at ``other``) named after the trigger
    in a clause of "after" or "following"."""
    if not trigger_end <= other < at:
        return False
    clauses = list(_OTHER_CLAUSE.finditer(text, trigger_end, other))
    return bool(clauses) and not re.search(r"[.;]", text[clauses[-1].end() : at])


def _reported_on(text: str, lo: int, at: int) -> bool:
    """The date at ``at`` is when something was said or made public ("police said on Tuesday",
    "a transcript released by the FBI on Monday"), not when the happening was."""
    return (
        _REPORTING_DATE.search(text[max(lo, at - 30) : at]) is not None
        or _MADE_PUBLIC.search(text[max(lo, at - 80) : at]) is not None
        or _AT_A_CONFERENCE.search(text[max(lo, at - 120) : at]) is not None
    )


# "At a news conference with New York City Police Commissioner William Bratton on Friday, Vance
# said ...": the day words were said at
_AT_A_CONFERENCE = re.compile(
    r"\b(?:at|in|during)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:news conference|press conference|"
    # (the day the words' own phrase names, no clause between: not "In an interview, the governor
    # said gunmen attacked the post on Sunday"; a court's hearing is its step's day)
    r"press briefing|briefing|interview|speech)\b[^.;:,]{0,90}?\s(?:on\s+)?$",
    re.IGNORECASE,
)


# a suspect device that proved harmless
_NOT_A_DEVICE = re.compile(
    r"\b(?:found|proved|shown) not to be viable\b|\b(?:was|were)(?: not|n't) viable\b|"
    r"\bturned out to be (?:a |an )?(?:hoax|fake|dummy|replica|training (?:device|aid)|harmless)\b",
    re.IGNORECASE,
)
# a bomb only said to be there: "a caller claimed a bomb had been planted", "a suspicious package"
_CLAIMED_DEVICE = re.compile(
    r"\b(?:claim(?:ed|ing|s)?|said|warn(?:ed|ing)|report(?:ed|ing)?)\s+(?:that\s+)?(?:an?|the)\s+(?:[\w-]+\s+)?"
    r"(?:bomb|device|explosives?)\s+(?:had\s+been|was|were|has\s+been)\s+(?:planted|placed|hidden|left)\b|"
    r"\b(?:bomb\s+threats?|suspicious\s+(?:package|bag|object|device|item))\b",
    re.IGNORECASE,
)
# ... and told to be none
_HOAX_TOLD = re.compile(
    r"\b(?:was|were|proved|turned\s+out\s+to\s+be|appeared\s+to\s+be)\s+(?:an?\s+)?hoax(?:es)?\b|\bfalse\s+alarm\b|"
    r"\bnothing\s+suspicious\s+was\s+found\b|\bno\s+(?:explosives?|bombs?|devices?)\s+(?:was|were)\s+found\b",
    re.IGNORECASE,
)
# happenings of a kind in the plural
_SEVERAL_HAPPENINGS = re.compile(
    r"\b(?:attacks|bombings|explosions|blasts|shootings|killings|ambushes|raids)\b", re.IGNORECASE
)
# where an attack was, in words that tell one attack's story from another's
_VENUE = re.compile(
    r"\b(?:departures?|arrivals?|check-in) (?:hall|area|lounge|terminal)s?\b|"
    r"\b(?:night ?club|concert hall|shopping mall|metro station|subway station|train station|bus station|"
    r"police station|market ?place|stadium|mosque|church|synagogue|temple|hotel|restaurant|caf[eé]|bakery|"
    r"university|campus|airport|checkpoint|barracks|embassy|consulate)\b",
    re.IGNORECASE,
)
# what a protest is against, up to a date
_PROTESTED = re.compile(
    r"\b(?:protest(?:ing|ed|s)?|demonstrat(?:e|ed|ing|ions?)|rall(?:y|ies|ied|ying)|(?-i:march(?:ed|es|ing)?))\s+"
    r"(?:against|over)\s+[^.;]{0,80}$",
    re.IGNORECASE,
)
# a happening made a topic of words or politics: "accused Republicans this week of exploiting the
# Orlando shooting", "criticized Trump on Tuesday for politicizing the attack", "cited the Paris
# attacks" (the name right after: its date is the words', not the deed's)
_TOPIC_MADE = re.compile(
    r"\b(?:exploit(?:ing|ed|s)?|politici[sz](?:ing|ed|es|e)|capitali[sz](?:ing|ed|es|e) on|"
    r"seiz(?:ing|ed|es|e) (?:up)?on|invok(?:ing|ed|es|e)|cit(?:ing|ed|es|e)|mention(?:ing|ed|s)?|"
    r"us(?:ing|ed|es|e)(?:\s+\w+)?(?:\s+of)?|referr(?:ing|ed) to|refers? to|"
    r"compar(?:ing|ed|es|e) (?:it |\w+ )?(?:to|with)|"
    r"lik(?:ening|ened|ens|en) (?:it |\w+ )?to|point(?:ing|ed|s)? to|discuss(?:ing|ed|es)?)\s+"
    r"(?:the|last|this|that)\s+(?:[\w'.-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "Families of some of the 49 people slain at an Orlando nightclub ... wept at funerals on Friday":
# the day of the mourning, told after the deed
_MOURNED = re.compile(
    # (the mourners' verb: not "blew himself up at a funeral in Kabul on Tuesday", the deed's venue)
    r"\b(?:(?:attended|attend|attending) (?:the |a |their |his |her )?"
    r"(?:funerals?|memorials?|vigils?|burials?|memorial services?)|"
    r"buried|laid to rest|mourn(?:ed|ing|s)?|wept|grieved|"
    r"paid (?:their |his |her )?(?:last )?(?:respects|tribute))\b[^.;]{0,25}$",
    re.IGNORECASE,
)
_RELATED_TO = re.compile(
    r"\b(?:linked|tied|connected|related|close|loyal|allied) to\s*$|\binspired by\s*$|\bfollowers of\s*$",
    re.IGNORECASE,
)
# a stretch of months or years the date grammar leaves vague
_VAGUE_STRETCH = re.compile(
    r"\b(?:in|over|during|for) (?:the )?(?:last|past) (?:few |several |couple of |many )?"
    r"(?:years|months|decades)\b(?!\s+of\b)|"
    r"\bin recent (?:years|months|decades)\b",
    re.IGNORECASE,
)
# a figure of the whole world
# (not "the third highest toll in the world", a country's rank)
_WORLD_WORDS = re.compile(
    r"\b(?:worldwide|world-wide|globally|around the world|across the world)\b", re.IGNORECASE
)
# ... or of the index that counts it
_WORLDWIDE = re.compile(rf"{_WORLD_WORDS.pattern}|\bGlobal Terrorism Index\b", re.IGNORECASE)
# a court's rulings, told of several defendants in turn
_RULINGS = frozenset({"conviction", "acquittal"})
# a victim counted among others: "the 506th person shot and killed by police so far in 2016"
_NTH_VICTIM = re.compile(
    r"\b\d+(?:st|nd|rd|th) (?:[\w-]+ ){0,3}(?:person|victim|man|woman|officer|civilian|American)\b",
    re.IGNORECASE,
)
# a tally that goes on in the next sentence: "Israeli forces have shot dead at least 201 Palestinians"
_TOTAL_OPENS = re.compile(rf"\W*(?:a total of|(?:{TOTAL_WORDS})\b)", re.IGNORECASE)
_TALLY_GOES_ON = re.compile(
    r"\b(?:have|has)\s+(?:also\s+)?(?:killed|shot dead|arrested|detained|deported|charged|convicted|"
    r"been (?:killed|shot dead|arrested|detained|deported|charged|convicted))\b",
    re.IGNORECASE,
)
# harm told in the present perfect: "hundreds have been killed"
_PERFECT = re.compile(r"ha(?:ve|s) been\b", re.IGNORECASE)
_PERFECT_HARM = re.compile(r"\bha(?:ve|s) been (?:\w+ )?(?:killed|wounded|injured|hurt)\b", re.IGNORECASE)
_MANY_THERE_HAVE_BEEN = re.compile(
    r"\bthere (?:have|has) been (?:several|many|numerous|multiple|repeated|frequent|a number of|a series of|"
    r"dozens of|scores of|hundreds of)\b",
    re.IGNORECASE,
)
# what ends a clause inside a sentence
_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:which|who|that|while|as|but)\b", re.IGNORECASE)
# a doing that goes on: "have been carrying out", "has been fighting"
_PERFECT_GOING_ON = re.compile(r"\bha(?:ve|s) been (?:\w+ly )?\w{3,}ing\b", re.IGNORECASE)
# a happening told in the pluperfect, before the day a report was made: "had been kidnapped"
_BEFORE_THE_REPORT = re.compile(r"\bhad (?:\w+ly )?(?:been )?\w+(?:ed|en|t)\b", re.IGNORECASE)
# "a Japanese journalist being held hostage by an al Qaeda affiliate": a state the report finds,
# begun before its day
_HELD_STATE = re.compile(
    r"\b(?:being|still|remains?|remained|is|are|was|were|been)\s+held\s+(?:as\s+(?:a\s+)?)?(?:hostages?|captives?)\b"
    # ... or described so: "a Canadian held hostage in the Philippines had been killed"
    # (a person named by a capitalised word; not the active "gunmen who held hostages in the hotel")
    r"|\b(?-i:[A-Z])\w+\s+held\s+(?:hostage|captive)\s+(?:in|by|since|for)\b",
    re.IGNORECASE,
)
# the lapse's own "after the" right before the happening's word: "Two days after the shooting"
_AFTER_THE = re.compile(r"(?:(?!\bafter\b)[^.;])*\bafter\s+the\s+", re.IGNORECASE)
_KIDNAP_WORD = re.compile(r"(?:kidnapped|abducted|kidnapping|abduction)", re.IGNORECASE)
_FREED_BEFORE = re.compile(
    # (an abbreviation's stop is no end: "in a joint U.S.-Afghan operation on")
    r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?(?:freed|released|rescued|liberated)\b(?:[^.;]|\.(?=[\w-])){0,50}$",
    re.IGNORECASE,
)
# a roundup's item, with its own dateline: "* MOSUL - Gunmen killed two policemen"
_ITEM_DATELINE = re.compile(
    r"\s*(?:[*\u2022]\s*|-\s+)?(?!(?:UPDATE|BREAKING|NOTE|CORRECTION|EDITOR|EXCLUSIVE|URGENT|FLASH|ALERT|WATCH|LIVE|"
    r"VIDEO|PHOTOS?|ANALYSIS|FACTBOX|TIMELINE|REFILE|RPT|CLARIFICATION|UPDATED|LATEST|NEW)\b)"
    r"[A-Z][A-Z.'\u2019]+(?:[ -][A-Z][A-Z.'\u2019]+){0,2}\s+[-\u2013\u2014]{1,2}\s"
)
_ITEM_BREAK = re.compile(
    r"(?:[-\u2014\u2013_=*~]\s*){3,}|\d{1,2}(?::\d\d)?\s*(?:a\.?m|p\.?m)\.?(?:\s+[A-Z]{2,4})?", re.IGNORECASE
)
# a suspect, not a victim, shot: "an armed suspect was shot dead"
_SUSPECT_SHOT = re.compile(
    r"\b(?:an?|the|one|two|three|four|\d+)\s+(?:other\s+)?(?:armed\s+|suspected\s+|alleged\s+)?"
    r"(?:suspects?|militants?|gunm[ae]n|jihadists?|insurgents?)\s+(?:was|were)\s+(?:\w+ly\s+)?"
    r"(?:shot\s+dead|shot\s+and\s+killed|gunned\s+down|killed)\b",
    re.IGNORECASE,
)
_BY_FORCES = re.compile(
    r"\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?(?:police|security forces|troops|soldiers|army|commandos|officers)\b",
    re.IGNORECASE,
)
_TOLL_TOLD = TOLL_WORD
# a group blamed or claiming: "Turkish officials blamed the PKK"
_BLAME_TOLD = re.compile(
    r"\b(?:blam\w*|claim\w*|responsib\w*|attribut\w*|behind|carried out|accus\w*|suspected)\b", re.IGNORECASE
)
# ... or its doer named: "The bomber was identified as Nabil Fadli"
# (the doer named back bare: not "Saturday's bomber was identified as", another one's)
_DOER_NAMED = re.compile(
    r"\b(?-i:The) (?:suicide )?(?:bomber|attacker|gunman|assailant|shooter|killer)s? "
    r"(?:was|were|has been|have been|had been) (?:identified|named)\b",
    re.IGNORECASE,
)
# harm told by a verb or a noun: "Another 40 people were hurt", "More than 30 were hospitalized",
# "The death toll has since risen to 14"
_HARM_OR_TOLL = re.compile(
    r"\b(?:kill(?:ed|ing)|wound(?:ed|ing|s)|injur(?:ed|ing|ies)|hurt|dead|died|deaths?|toll|"
    r"casualt(?:y|ies)|victims?|hospitali[sz]ed|bodies)\b",
    re.IGNORECASE,
)
_STORMED = re.compile(r"stormed|broken into|breached", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# a person described by a step taken against them: "an Oregon man found guilty of", "a
# suspect who was arrested in"
# (one person, or people told with "who": not "taking the number of people rounded up to 6,000")
_DESCRIBED_PERSON = re.compile(
    r"\b(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|person|suspect|defendant|militant|teenager|youth|citizen|"
    r"national)\s+|(?:men|women|people|suspects|defendants|militants)\s+who\s+(?:were|had\s+been|have\s+been)\s+)$",
    re.IGNORECASE,
)
# the deed a doer is known by, in a relative clause: "transcripts of calls that the gunman who
# killed 49 people in a Florida gay club had ..., Lynch said on Sunday": done before the report
# (a known doer, named inside the sentence: not "Gunmen who stormed a hotel ... have taken guests
# hostage, police said Saturday", the story's own)
_DOER_WHO = re.compile(
    rf"\b[a-z][\w,]*\s+(?:[\w,]+\s+)*?the\s+(?:{DOERS}"
    # ("identified one of the attackers in al-Ahsa as Abdulrahman al-Tuwaijri, a Saudi citizen, who")
    r"(?:\s+(?:in\s+[\w-]+\s+)?as\s+[^.;]{3,100}?,)?\s+|(?:man|woman|men)\s+)who\s+(?:had\s+)?(?:\w+ly\s+)?\w+(?:ed|t|en)\b",
)
# between an armed group and a warning: another clause, whose subject warns
_NOT_ITS_WARNING = re.compile(r"\b(?:and|that|but|while|said|says)\b|[.;]")
# the noun of a deed of violence
_DEED_NOUN = re.compile(
    r"\b(?:attacks?|bombings?|blasts?|explosions?|shootings?|massacres?|killings?|ambush(?:es)?|assaults?|"
    r"rampages?|sieges?|stabbings?)\b",
    re.IGNORECASE,
)
# an arrest after an attack tied to it: a deed named ("in connection with the attack"), or its
# doers named back ("arrested the suspected attackers")
_AN_ATTACK_NAMED = re.compile(
    rf"{_DEED_NOUN.pattern}|\b(?:hijack\w*|kidnapp?\w*|abduct\w*|hostages?)\b", re.IGNORECASE
)
_DOERS_NAMED_BACK = re.compile(
    rf"\b(?:the|one\s+of\s+the|two\s+of\s+the)\s+(?:suspected\s+|alleged\s+)?(?:{DOERS}|perpetrators?|suspects?)\b",
    re.IGNORECASE,
)
# what an exercise plays: "a mock terrorist attack", "a fake suicide bomber", "simulating a bomb attack"
_FAKE = re.compile(
    r"\b(?:mock (?:[\w-]+ )?(?:attacks?|bombings?|raids?|hostage|siege)|"
    r"fake (?:suicide )?(?:bombers?|attackers?|gunm[ae]n|terrorists?|victims?|bombs?|explosives?)|"
    r"simulat(?:ed|ing) (?:an? )?(?:[\w-]+ )?(?:attack|bombing|explosion|hostage|siege)|actors playing|"
    r"role-?play\w*)\b",
    re.IGNORECASE,
)
# a film, book or game review (see REVIEW_CUES): the article reports no event
_REVIEW = dict(NEGATIVE_CUES)["review"]
_SPORT = dict(NEGATIVE_CUES)["sport"]
# a court case is of the field when terrorism is told with it (see _candidates)
_COURT_TYPES = frozenset({"charge", "trial", "conviction", "acquittal"})
# ... and its taking: "stormed the Jaffar Express", "took 400 passengers hostage"
_SIEGE_BEGAN = re.compile(
    r"\b(?:storm(?:ed|ing)|hijack(?:ed|ing)|seiz(?:ed|ing)|besieg(?:ed|ing)|laid\s+siege|"
    r"(?:took|taking|held|holding)\s+(?:[\w-]+\s+){0,4}?hostages?)\b",
    re.IGNORECASE,
)
_DAY_OPENING = re.compile(
    rf"\s*(?:(?:late|early)\s+)?(?:on\s+)?(?:{lx.WEEKDAY_ALT}|yesterday)\b", re.IGNORECASE
)
# the toll of a deed told in a clause after its noun: "the March 2016 Brussels bombings, which (killed)"
_TOLL_OF_THE_DEED_BEFORE = re.compile(
    rf"{_DEED_NOUN.pattern}[^.;]{{0,60}}?,?\s+(?:which|that|in\s+which)\s+"
    r"(?:had\s+)?(?:killed|left|wounded|injured|claimed(?:\s+the\s+lives\s+of)?)?\s*(?:at\s+least\s+|more\s+than\s+|some\s+)?$",
    re.IGNORECASE,
)
# a death sentence carried out (see the "execution" trigger)
_PUT_TO_DEATH = re.compile(r"(?:executed|hanged|put to death)\b", re.IGNORECASE)
# what tells of another case than the story's: "In a separate case", "an unrelated arrest"
_ANOTHER_CASE = re.compile(
    rf"{SEPARATE.pattern}|\b(?:separate|unrelated|another|earlier|second|previous|last\s+(?:week|month|year))\b",
    re.IGNORECASE,
)
# ... and what says the story's is terrorism: "Prosecutors were treating it as a terrorist attack"
_TERRORISM_AFFIRMED = re.compile(
    r"\b(?:treat(?:ing|ed|s)?|investigat(?:ing|ed|es)?|classif(?:ying|ied))\s+(?:it|the\s+\w+)\s+as\s+(?:an?\s+)?"
    r"(?:act\s+of\s+)?terror",
    re.IGNORECASE,
)
# a sentence that goes on to something after or beside: "Hours later, a suicide bomber"
_LATER_OR_ALSO_OPENING = re.compile(
    r"\W*(?:(?:(?:hours|minutes|days|a\s+day|shortly|soon|weeks)\s+)?(?:later|afterwards?)|also)\b",
    re.IGNORECASE,
)
# the punitive demolition of an attacker's home (see the "demolition" trigger)
_DEMOLISHED = re.compile(r"(?:demolish\w*|razed|punitive)\b", re.IGNORECASE)
# ... and the clause about the home's owner that tells his deed: "of a Palestinian gunman who (killed)"
_WHOSE_DEED_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:who|that)\b(?:(?!\b(?:during|while|then|later|in\s+which)\b)[^.;]){0,120}",
    re.IGNORECASE,
)
# a siege told by its end: "ended a standoff with militants who hijacked a train", "the siege ended"
_SIEGE_ENDED = re.compile(
    r"\b(?:ended|ending|end(?:ed)?\s+to|brought\s+an\s+end\s+to|concluded)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:standoff|stand-off|siege|hostage[- ]taking|hostage\s+crisis|hijacking)\b|"
    r"\b(?:standoff|stand-off|siege|hostage\s+crisis|hijacking)\s+(?:ended|was\s+over|came\s+to\s+an\s+end)\b",
    re.IGNORECASE,
)
# a defendant's deed as the case tells it, in a relative clause: "who prosecutors say planted the
# (bomb)", "who allegedly carried out the (attack)", "who is accused of planning the (bombings)"
_ALLEGED_DEED_BEFORE = re.compile(
    r"\bwho\s+(?:(?:prosecutors|police|investigators|authorities|officials|the\s+(?:prosecution|indictment))\s+"
    r"(?:say|said|allege[sd]?|believe[sd]?|sa(?:y|id)\s+was|sa(?:y|id)\s+were)\s+|allegedly\s+|"
    r"(?:is|was|are|were)\s+(?:alleged|accused|believed|suspected|said)\s+(?:to\s+have|of)\s+)"
    r"(?:[\w-]+\s+){0,3}$|"
    # ... or in the prosecution's words: "Prosecutors say Albashir planted the (bomb)"
    r"\b(?:prosecutors|the\s+(?:prosecution|indictment))\s+(?:say|said|allege[sd]?)\s+(?:that\s+)?"
    r"(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+))?\s+(?:had\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# what a case of the field is about, said in the court's own words: "charged with being involved
# in the assassination of Major Moises Giroldi", "charged with the murder of Jaime Pardo Leal"
_COURT_CASE_OF_THE_FIELD = re.compile(
    r"\b(?:assassinat\w+|massacres?|bomb\w*|explosi\w+|attacks?|plot\w*|"
    r"murder of (?:the |a )?(?:[\w-]+ ){0,2}(?:leader|mayor|governor|judge|minister|senator|deputy|"
    r"journalist|candidate|officials?|officers?|(?-i:[A-Z]\w+)))\b",
    re.IGNORECASE,
)
# Types whose record needs the field named in its own sentence (see _candidates): a law, a deal,
# a recruitment or a journey of fighters; sanctions aimed at terrorism or an armed group, not
# "Western governments ... imposed sanctions on Moscow"
_OWN_CONTEXT_TYPES = frozenset({"policy", "recruitment", "travel"})
# a toll brought up to date (its day is not its deed's): "The death toll from the suicide bombing
# in Kabul rose to 40 on Monday"
_TOLL_RISEN = re.compile(
    r"\b[Tt]he (?:death |casualty )?toll (?:from|of|in) (?P<deed>[^.;]{0,100}?) (?:has |had |have )?"
    r"(?:rose|risen|climbed|increased|jumped|reached|grown|grew|stands? at|stood at)\b"
)
_SAME_DAY_TOLD = re.compile(
    r"\b(?:(?:hours|minutes) after|earlier (?:on|in the day|that day|today)|the same day|"
    r"later (?:that|the same) day)\b",
    re.IGNORECASE,
)
# "the suspected gunman being his brother": a lone gunman is crime news as
# much as terrorism, and so is a shootout ("died in a shootout over a $25 service charge").
# Near a trigger they are context; an article with nothing else (no armed group, no militants,
# no bomb, no terrorism) reports no event of the field.
_CRIME_OR_TERROR = frozenset({"gunman", "shootout", "shoot-out", "gunfight"})
# a happening named as what came before: "following ISIS-linked attacks in", "after the bombing of"
# the people (or the day) of a happening: "survivors of the massacre"
_PEOPLE_OF_DEED = (
    r"(?:(?:survivors|victims|families|relatives|(?:the )?anniversary) of|(?:first )?responders to)"
)
_BACK_REFERENCE = re.compile(
    # (not a lapse of hours: "In November, hours after blasts in Nigeria, Facebook activated ...":
    # the day or the month told is the happening's too)
    r"\b(?:following|(?<!hours )(?<!hour )(?<!minutes )(?<!minute )(?<!moments )(?<!moment )after|"
    # "will fly to Orlando on Thursday to meet with survivors of the massacre": the visit's day
    # (not "met victims of a shooting at an Oregon college": one told, not named back)
    r"since|in the wake of|in the aftermath of|" + _PEOPLE_OF_DEED + r"(?=\s+(?:the|this|last)\s))"
    r"\s+(?:[\w'-]+\s+){0,4}$",
    re.IGNORECASE,
)
_HARM_BEFORE = re.compile(
    r"\b(?:killed|wounded|injured|hurt|died|dead|slain|abducted|kidnapped|destroyed|damaged|unharmed|unhurt|"
    r"survived|escaped)\b",
    re.IGNORECASE,
)


def _force_hit(window: str, actors: Sequence[Actor]) -> str | None:
    """The kind of a state force hit in its own post, unit or men ("an Assam Rifles camp")."""
    for a in actors:
        if (
            a.role == "target"
            and a.kind in {"military", "police"}
            and re.search(re.escape(a.mention) + FORCE_UNIT_AFTER.pattern, window, re.IGNORECASE)
        ):
            return a.kind
    return None


def _named_back_word(st: str, h: Hit) -> bool:
    """A happening's noun or its doers' named with a definite word before ("the Islamic State
    attack", "the two suicide bombers")."""
    word = st[h.start : h.end]
    return (
        (_NOUN_TRIGGER.search(word) is not None or re.search(rf"{DOERS}$", word, re.IGNORECASE) is not None)
        and _DEFINITE_BEFORE.search(st, max(0, h.start - 40), h.start) is not None
        # (not one told with its own place or day: "the suicide bombings at Brussels airport on
        # Tuesday were claimed by Islamic State")
        and _OWN_PLACE_OR_DAY.search(st[h.end : h.end + 50]) is None
        and DAY_AFTER.match(st[h.end : h.end + 40]) is None
    )


_OWN_PLACE_OR_DAY = re.compile(
    r"^\s+(?:(?:at|on|in|near)\s+(?:[\w'-]+\s+){0,3}?)?(?:at|in|near)\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE
)


_NOUN_TRIGGER = re.compile(
    r"(?:attacks?|bombings?|shootings?|blasts?|explosions?|massacres?|assaults?|rampages?)$", re.IGNORECASE
)
# a clause of what went on at the same time: ", as the country began a period of mourning"
_AS_CLAUSE = re.compile(
    r",\s+as\s+(?!(?:well|part|a result|soon|long|many|much|far|of)\b)(?:the|a|an|its|his|her|their|"
    r"[A-Z][\w'-]+)\s+(?:[\w'-]+\s+){0,3}?(?:began|begins|held|holds|marked|marks|observed|prepared|"
    r"prepares|mourned|mourns|started|starts|entered|enters|opened|opens)\b",
    re.IGNORECASE,
)
# a state of years or decades: "Kashmir, claimed in its entirety by both India and Pakistan, has been
# a flashpoint for more than 60 years"
_LONG_STANDING = re.compile(
    # (not a relative clause of a doer: "The Taliban, who have been fighting the government for more
    # than 14 years, claimed responsibility")
    r"(?<!\bwho )(?<!\bwhich )(?<!\bthat )\b(?:has|have)\s+been\b[^.;]{0,60}?\bfor\s+"
    r"(?:more than |over |nearly |almost |about |some )?"
    r"(?:[\w-]+\s+)?(?:years|decades|centuries)\b",
    re.IGNORECASE,
)
_OTHER_CLAUSE = re.compile(
    r"\b(?:following|after|in the wake of|in response to|because of|due to)\b", re.IGNORECASE
)
# what became of people taken hostage: part of the kidnapping, whatever its day (as GTD codes it)
_TAKEN = re.compile(
    r"\b(?:abduct\w*|kidnap\w*|taken hostage|held hostage|hostages?|captives?)\b", re.IGNORECASE
)
# "Security forces entered the hotel early Saturday and freed 126 hostages" after a siege told: the
# end of the hostage-taking, whatever its day
_HOSTAGES_FREED = re.compile(
    r"\b(?:freed|rescued|released|liberated|evacuated)\s+(?:[\w,-]+\s+){0,3}?(?:hostages|captives)\b",
    re.IGNORECASE,
)
_SIEGE_TOLD = re.compile(
    r"\b(?:sieges?|besieged|stormed|storming|barricaded|standoff|stand-off)\b", re.IGNORECASE
)
_HOSTAGE_FATE = re.compile(
    r"\b(?:killed|beheaded|executed|shot|murdered|slain|released|freed)\s+(?:him|her|them|"
    r"the\s+(?:hostages?|captives?|abductees?|kidnapped\s+\w+))\b|"
    r"^\W*(?:he|she|they|the\s+(?:hostages?|captives?|abductees?))\s+(?:was|were)\s+(?:later\s+)?"
    r"(?:killed|beheaded|executed|shot dead|found dead|murdered)\b",
    re.IGNORECASE,
)
# a later step of the happening, told after its trigger: "abducted, but released the following day"
_LATER_STEP = re.compile(r"(?:,\s*|\b)(?:but|and then|then|before being|until)\b|,\s*and\b", re.IGNORECASE)
# who can be the unnamed agent of harm told in the next sentence
_ARMED_AGENT = re.compile(
    r"\b(?:gunm[ae]n|armed (?:men|individuals|assailants)|assailants|attackers|militants|insurgents|"
    # "shot last night when unidentified individuals tried to enter his residence"
    r"(?:unknown|unidentified) (?:armed )?(?:individuals|persons|men)|"
    r"jihadists|terrorists|rebels|bandits|militiam[ae]n|militias?|soldiers|troops|gendarmes|"
    # ("Burkinabe forces reportedly summarily executed nine gold miners"; not "The forces", nor the verb:
    # "Hurricane Matthew forces thousands to flee")
    r"(?:security|armed|government|military|army|defen[cs]e|special|"
    r"(?-i:(?!(?:The|These|Those|Their|Its|His|Her|Our|Such|Both)\b)[A-Z][\w-]+)) forces"
    r"(?! (?:thousands|hundreds|dozens|residents|people|families|villagers|the|a|an|them|him|her)\b))\b",
    re.IGNORECASE,
)
# harm done by rebels named by their cause, right after the verb: "A village headman was killed by Maoists"
_HARMED_BY_REBELS = re.compile(
    r"\b(?:killed|murdered|shot(?: dead)?|gunned down|hacked to death|beheaded|abducted|kidnapped|wounded|"
    r"injured)\s+by\s+(?:suspected\s+|armed\s+)?(?:Maoists|Maoist\s+(?:rebels|guerrillas|cadres)|Naxal(?:ite)?s|guerrillas|"
    r"separatists|extremists|Islamists)\b",
    re.IGNORECASE,
)
# accidents and disasters (the close negatives' cues) and the mishaps that harm people on the way
_ACCIDENT = dict(NEGATIVE_CUES)["accident"]
_MISHAPS = (
    _ACCIDENT,
    dict(NEGATIVE_CUES)["disaster"],
    re.compile(
        r"\b(?:accident\w*|crash\w*|collision|collided|blaze|stampede|derail\w*|overturned|"
        r"capsi[sz]ed|drown\w*|lightning)\b",
        re.IGNORECASE,
    ),
)
_FIRE = re.compile(r"\bfires?\b", re.IGNORECASE)
# a weapon's fire, not a blaze: "riddled him with machinegun fire", "came under heavy fire", "an
# exchange of fire", "opened indiscriminate fire", "set the car on fire", "a cease-fire"
_WEAPON_FIRE_BEFORE = re.compile(
    r"\b(?:open(?:ed|ing|s)?|set(?:s|ting)?|exchang(?:e|ed|ing)|exchange of|trad(?:e|ed|ing)|under|"
    r"return(?:ed|ing)?|cease|cross|enemy|tank|rpg|gun|machine-?gun|machine gun|rifle|automatic|sniper|"
    r"mortar|artillery|rocket|small[- ]arms|weapons?|hostile|friendly)\b(?:\s+[\w-]+){0,2}?[\s-]*$",
    re.IGNORECASE,
)


def _mishap_fire(text: str, a: int, b: int) -> bool:
    """A fire that harms by mishap in ``text[a:b]`` ("a fire broke out at a textile factory"),
    not a weapon's ("came under heavy fire") nor one set ("set the car on fire")."""
    for m in _FIRE.finditer(text, a, b):
        if _WEAPON_FIRE_BEFORE.search(text, max(a, m.start() - 40), m.start()):
            continue
        if text[max(a, m.start() - 3) : m.start()].lower() == "on ":
            continue
        return True
    return False


# armed men as the ones harmed: "soldiers in the vehicle were killed"
_ARMED_HARMED = re.compile(
    r"(?:\s+[\w-]+){0,4}?\s+(?:were|was|had been|have been)\s+(?:\w+\s+)?"
    r"(?:killed|wounded|injured|hurt|dead)\b",
    re.IGNORECASE,
)
# ... and those of the sentence before a harm told in the passive (not "fire": "opened fire")
_MISHAPS_BEFORE = (
    _ACCIDENT,
    dict(NEGATIVE_CUES)["disaster"],
    re.compile(
        r"\b(?:accident\w*|crash\w*|collision|collided|stampede|derail\w*|overturned|capsi[sz]ed|drown\w*|"
        r"lightning)\b",
        re.IGNORECASE,
    ),
)
# the bombers among the dead after the others: "killing three civilians as well as themselves"
_SELF_TOO = re.compile(
    r"\b(?:killing|killed|left)\s+[^.;]{1,60}?\b(?:as\s+well\s+as|along\s+with)\s+(?:himself|herself|themselves)\b",
    re.I,
)
# a bomber's own deed: "blew himself up"
_BLEW_SELF_UP = re.compile(BLEW_SELF_UP + r"\b", re.IGNORECASE)
# ... named back only where a bomber was told ("The bomber, ..., blew himself up" after a gunmen's
# attack at a checkpoint is another)
_BOMBER_TOLD = re.compile(
    r"\b(?:suicide|bomber|bombers|blew|bombing|explosive (?:vest|belt))\b", re.IGNORECASE
)
# a day, then a clause of what happened on it: "after March 22, when attacks claimed by"
_WHEN_AFTER_DAY = re.compile(r",\s+when\s+(?:[\w-]+\s+){0,8}", re.IGNORECASE)
# ... the words that make a day a span: "after March 22"
_SPAN_WORD = re.compile(r"^\W*(?:(?:before|after|since|until|till|from|by)\s+)+", re.IGNORECASE)
# "A bomb which had been placed by terrorists in the Montebon neighbourhood was also defused": a
# device or an attack brought in with "a" and told "also" is one more
_ALSO_ANOTHER = re.compile(
    r"\W*(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:bomb|car bomb|grenade|explosive device|device|explosion|blast|"
    r"attack|ambush)\b[^.;]*\balso\b",
    re.IGNORECASE,
)
# a clause that dates the noun before it: "its military intervention in Syria that began last
# September", "the cessation agreement that came into effect on Feb. 27"
_BEGAN_CLAUSE = re.compile(
    r"\b(?:that|which)\s+(?:(?:had|has)\s+)?(?:began|begun|started|ended|took\s+effect|came\s+into\s+(?:effect|force)|"
    r"went\s+into\s+effect|was\s+signed|was\s+agreed|was\s+declared)\s+(?:on\s+|in\s+|at\s+)?$",
    re.IGNORECASE,
)
# ... a stretch of days told by its last day, and its length: "a three-day operation that ended on
# Sunday", "a week-long siege which ended Saturday" (the days up to that one), "an operation that
# ended on Sunday" (on or before it)
# the nouns of a stretch of days
_STRETCH_NOUNS = (
    r"(?:operation|offensive|siege|assault|raid|campaign|battle|clash(?:es)?|fighting|standoff|stand-off|"
    r"crackdown|sweep|hostage[- ]taking|hostage crisis|gunfight|firefight|manhunt)"
)
_LASTED_UNTIL = re.compile(
    rf"\b(?:an?\s+|the\s+)?(?:(?:(?P<n>\d{{1,2}}|{lx.NUMBER_ALT})[- ])?(?P<unit>day|week)(?:[- ]long)?\s+)?"
    r"(?:(?!(?:in|during|throughout)\s)[\w-]+\s+){0,2}?"
    + _STRETCH_NOUNS
    # (a complement of the noun may stand between: "a two-day siege of a hotel that ended")
    + r"(?:\s+(?:by|of|at|in|on|against)\s+[^,;.]{1,40}?)?"
    r",?\s+(?:that|which)\s+(?:ended|concluded|finished)\s+(?:on\s+|early\s+on\s+|late\s+on\s+)?$",
    re.IGNORECASE,
)
_ENDED_BEFORE = re.compile(
    r"\b(?:ended|concluded|finished)\s+(?:(?:early|late)\s+)?(?:on\s+)?$", re.IGNORECASE
)
# ... or by the verb that ended it, the day told after: "Somali forces ended a three-day siege of a
# hotel in Mogadishu by al Shabaab militants on Sunday"
_ENDED_A_STRETCH = re.compile(
    rf"\b(?:ended|concluded|broke|lifted)\s+(?:an?|the)\s+(?P<n>\d{{1,2}}|{lx.NUMBER_ALT})[- ]"
    r"(?P<unit>day|week)(?:[- ]long)?\s+(?:[\w-]+\s+){0,2}?"
    + _STRETCH_NOUNS
    + r"(?:\s+(?:by|of|at|in|on|against)\s+[^,;.]{1,80}?)?\s+(?:on\s+|early\s+on\s+|late\s+on\s+)?$",
    re.IGNORECASE,
)
_DAY_OR_WEEK_LONG = re.compile(r"[- ](?:day|week)\b", re.IGNORECASE)
_IN_STRETCH = re.compile(r"\b(?:in|during|throughout)\s+$", re.IGNORECASE)
# how far the trigger may end before such a clause for the clause to be its own ("the offensive,
# which began on Sunday") ...
_OWN_CLAUSE_GAP = 25
# ... or what may stand between them, a complement of the trigger's noun ("the attack on the
# Radisson Blu hotel in Bamako that ended on Saturday")
_COMPLEMENT = re.compile(r",?\s*(?:on|at|in|against|near|of)\s+[^,;.]*", re.IGNORECASE)
# an attack told as made at the same time as the one told before: "A coordinated attack also
# targeted a rush-hour metro train" after "a suicide bombing at Brussels airport in March"
_COORDINATED_ALSO = re.compile(
    r"^\W*(?:an?|another|the)\s+(?:[\w-]+\s+)?(?:coordinated|simultaneous|parallel|twin)\s+(?:[\w-]+\s+)?"
    r"(?:attacks?|bombings?|blasts?|explosions?|assaults?)\s+also\b",
    re.IGNORECASE,
)
# "In addition, ...", "Furthermore, ...": a sentence that adds a happening ("in addition to" adds
# to the one told)
_ALSO_START = re.compile(
    r"\W*(?:in addition(?!\s+to\b)|furthermore|moreover|additionally|likewise|similarly|meanwhile)\b",
    re.IGNORECASE,
)
_ATTACK_NOUNS = re.compile(r"\b(?:attacks?|bombings?|blasts?)\b", re.IGNORECASE)
# a happening named by its day: "last week's attacks", "Sunday's bombing"
_DAY_POSSESSIVE_BEFORE = re.compile(
    r"\b(?:last\s+week|last\s+month|this\s+week|yesterday|today|tonight|[A-Z][a-z]+day)['\u2019]s\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# attacks other than one told: "two recent car bomb attacks", "earlier bombings" (not "one of two
# related attacks", a set that holds the one told)
_OTHER_ATTACKS = re.compile(
    r"(?<!one of )(?<!one of the )(?<!one of these )"
    # (not a lapse counted back from them: "toward Paris two days before the attacks")
    r"\b(?:two|three|four|several|recent|earlier|previous|other)\b"
    r"(?!\s+(?:hours?|days?|nights?|weeks?|months?|years?)\s+(?:before|after|earlier|later|ahead)\b)"
    r"[^.;]{0,40}?\b(?:attacks|bombings|blasts)\b",
    re.IGNORECASE,
)
# attackers on their way out (see ``Extractor._candidates``)
_ON_THEIR_WAY = re.compile(
    r"\b(?:fled|fleeing|escaped|escaping|retreated|retreating|withdrew|withdrawing|headed|heading|"
    r"made their way)\b",
    re.IGNORECASE,
)
# peoples whose shelling is mostly armed groups' ("Palestinian shelling killed an Israeli farmer")
_NONSTATE_PEOPLES = frozenset({"Palestinian", "Yemeni", "Libyan", "Somali", "Lebanese", "Kurdish"})
# a bombardment's nouns (``_BOMBARDMENT`` adds its verbs and its aircraft)
_BOMBARD_NOUNS = r"shelling|bombardments?|(?:air|drone|missile)[- ]?strikes?|airstrikes?|air raids?"
_BOMBARDMENT_NOUN = re.compile(_BOMBARD_NOUNS + r"|bombing raids?", re.IGNORECASE)
# ... or the assault a state's army leads ("an intensifying Russian assault around Aleppo")
_STATE_ASSAULT = re.compile(r"assaults?|offensives?|onslaught", re.IGNORECASE)
_THOSE_TALLIED = re.compile(
    r"\s*(?:(?:Those|These)\s+(?:[\w-]+\s+)?(?:attacks|bombings|killings|incidents)\b|"
    # ... or deeds with no article after the period's figure: "Deaths from terrorism fell ... in 2023,
    # the Global Terrorism Index said. Attacks in Burkina Faso killed 1,907 people"
    r"(?:(?:Terrorist|Militant|Jihadist|Insurgent)\s+)?(?:Attacks|Bombings|Killings)\s+(?:in|across|by)\s)"
)
_OTHER_ONE_BEFORE = re.compile(
    r"\b(?:other|another|second|third|fourth|last|next|further|more)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
_DEVICE_NOUN = re.compile(r"bombs?|devices?|explosives|IEDs?|grenades?", re.IGNORECASE)
# a device that went off ("Two bombs also exploded"; with harm told, see ``_TOLL_TOLD``: "The other
# bomb ... killed two people")
_WENT_OFF = re.compile(r"\b(?:exploded|went off|detonated|blew up|explosions?|blasts?)\b", re.IGNORECASE)
# a claim of an attack of its own: "claimed responsibility for an attack in France on Monday"
_CLAIM_OF_ANOTHER = re.compile(
    r"claimed (?:responsibility for )?(?:an?|another|two|three|several|(?:its|their) first)\s+(?:[\w-]+\s+)?"
    r"(?:attacks?|bombings?|blasts?|ambush(?:es)?|assaults?|raids?|killings?)\b",
    re.IGNORECASE,
)
# "... also attacked", "were similarly attacked": one more happening of the same kind
_ALSO_BEFORE = re.compile(r"\b(?:also|similarly|likewise)\b(?:\s+[\w-]+){0,2}\s*$", re.IGNORECASE)
# (right before a trigger that begins with its verb, not "also reported a massacre")
_ALSO_RIGHT_BEFORE = re.compile(r"\b(?:was|were|been)\s+(?:also|similarly|likewise)\s+$", re.IGNORECASE)
# a clause of its own before the doers, who are then not its subject: a relative word or a verb in
# the past ("the operation included a large number of militiamen"; not "heavily-armed", "a hundred")
_CLAUSE_BEFORE_DOERS = re.compile(
    r"\b(?:that|which|who|whom|whose)\b|"
    r"(?<![\w-])(?!(?:armed|unidentified|suspected|alleged|presumed|masked|hooded|uniformed|hundred|red)\b)"
    r"[a-z]+ed\b(?!-)",
    re.IGNORECASE,
)
# the place of the happening told, named back: "set fire to cars parked outside", "at the gate"
_SAME_SCENE_AFTER = re.compile(
    r"\b(?:outside|there|nearby|inside|(?:at|in|near|to) the (?:gate|scene|site|entrance|village|town|area|"
    r"city|hotel|building|compound|camp|market|school|mosque|church|base|post))\b",
    re.IGNORECASE,
)
# the happening told, named back after the deed: "during the assault", "two of the hostages"
_TOLD_BACK_AFTER = re.compile(
    r"\b(?:during|after|in|from)\s+(?:the|that|this)\s+(?:assault|attack|raid|clash|incident|ambush|blast|"
    r"explosion|fighting|siege|shooting|operation)\b|\bof\s+(?:the|that|this|its|their)\b|"
    r"\bat the (?:court|scene|site)\b|\bthe\s+[\w-]+(?:'s|\u2019s)\s",
    re.IGNORECASE,
)
# "Later, however, a bomb exploded ...": what came after the happening the sentence before told
# (not "later today", "later on Sunday": a day of its own)
_LATER_OPENING = re.compile(
    r"\W*(?:(?:shortly|soon|much|a little)\s+)?(?:later|afterwards?|subsequently)\b"
    r"(?!\s+(?:today|tonight|this|on)\b)",
    re.IGNORECASE,
)
# "HE ALSO REPORTED THAT GUERRILLAS KILLED A PEASANT": one more report, right before its doers
# (impersonal, "IT WAS ALSO REPORTED TODAY THAT", a news item of its own)
_ALSO_TOLD = re.compile(
    r"\b(?P<it>it (?:was|has been|is) )?(?:also|further)\s+(?:reported|said|announced|stated|learned|known|"
    r"disclosed|indicated|confirmed|noted|added)"
    r"(?:\s+(?:today|yesterday|tonight|this (?:morning|afternoon|evening|week)))?,?\s+that\s+$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w-]+")
# ... an object brought in anew, its words ("blew up a public bus")
_NEW_OBJECT = re.compile(
    r"\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|some)\s+"
    r"(?P<words>(?:(?!(?:in|at|on|near|of|from|who|which|that|and|with|to|by)\b)[a-z][\w-]{2,}\s*){1,3})",
    re.IGNORECASE,
)
# "an explosives-laden vehicle was defused at the scene": part of the attack told
_SAME_SCENE = re.compile(
    r"\b(?:at|near|on) the (?:scene|site|same (?:place|site|spot|location))\b", re.IGNORECASE
)
# "ANOTHER EXPLOSION TOOK PLACE SIMULTANEOUSLY IN ZONE 5", "A THIRD EXPLOSION OCCURRED ON THE
# FIRST FLOOR OF A BUILDING": one more blast of a series, at a site of its own
_ANOTHER_BLAST = re.compile(
    r"\b(?:another|a (?:second|third|fourth|fifth)|the (?:second|third|fourth|fifth))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:explosion|blast|bomb|car bomb|explosive device|device|charge)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:went off|exploded|occurred|took place|was detonated|detonated|rocked|hit|struck|ripped|tore|damaged|"
    r"destroyed)\b",
    re.IGNORECASE,
)
# ... not one that went off where the first did: "a second blast went off minutes later as
# rescuers arrived"
_SAME_SCENE_LATER = re.compile(
    r"\b(?:(?:minutes?|moments?|seconds?|an hour|hours?) (?:later|after)|shortly (?:after|afterwards)|"
    r"soon after|as (?:rescuers|police|people|emergency|ambulances|crowds|onlookers)|nearby|next to|"
    r"close to|same)\b",
    re.IGNORECASE,
)
_PREVIOUS = re.compile(r"the\s+(?:previous|preceding)\b", re.IGNORECASE)
# "The incident happened on August 15.": a later sentence that dates the happening told before
_REFERS_BACK = re.compile(
    r"\b(?:the|this)\s+(?:incident|attack|ambush|assault|clash(?:es)?|encounter|explosion|blast|"
    r"bombing|abduction|kidnapping|killing|shooting|raid|operation|fighting|arrests?)\s+"
    r"(?:(?:had|has|was|were)\s+)?(?:happened|occurred|took place|was carried out|was reported|came)\b",
    re.IGNORECASE,
)
# a publication's verb right before its date: "a study released last month"
_RELEASED_BEFORE = re.compile(
    r"\b(?:released|published|issued|unveiled|signed|passed|adopted|introduced|filed|aired|posted)\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)
# a suicide attacker: whose attack is its own happening, not the fighting of an operation
_SUICIDE_ATTACKER = re.compile(
    r"\bsuicide (?:bombers?|attackers?|assailants|car bombs?|truck bombs?)\b", re.IGNORECASE
)
# a sentence told as happening at the same time as the one before: "As government forces pressed
# their onslaught, ...", "While ..., " (not "As a result", "As well as", "As many as"; not
# "Meanwhile", which often turns to another thread of another day)
_CONCURRENT = re.compile(
    r"^\W*(?:As\s+(?!a\s+result|well|for|of|part|such|expected|many|much|usual|noted|far|soon|long|if|"
    r"though|in\b|with\b)[^,.;]{3,90},|While\s[^,.;]{3,90},)",
)
# "ANOTHER EXPLOSION TOOK PLACE SIMULTANEOUSLY IN ZONE 5": the day of the one told before
_SIMULTANEOUS = re.compile(r"\b(?:simultaneously|at the same time|at about the same time)\b", re.IGNORECASE)
# a ranking right before a trigger word: "has the biggest contingent of foreign fighters"
_RANKED = re.compile(
    r"\b(?:has|have|had)\s+(?:one of\s+)?the\s+(?:biggest|largest|highest|greatest|smallest|lowest)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:of\s+)(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_RANKING_WORD = re.compile(r"\b(?:biggest|largest|highest|greatest|smallest|lowest)\b", re.IGNORECASE)
# one air or drone strike (not strikes told in general, nor a campaign of them)
_AIR_STRIKE = re.compile(
    r"(?:\b(?:air|drone|missile)[- ]?strike|\bairstrike|\bair raid)\b"
    r"(?!\s+(?:campaign|coalition|operations?|missions?))",
    re.IGNORECASE,
)
# a decision, an accord or a report right before a date: "the government's decision earlier this
# month to execute six prisoners", "a resolution Moscow signed up to in December", "named in a
# United Nations report last year", "filed a lawsuit on Monday ... for allegedly facilitating
# deadly Palestinian militant attacks" (the date is the accord's, the report's or the suit's)
_ACCORD_BEFORE = re.compile(
    # (not the adjective: "the ruling party supporters")
    r"\b(?:(?:decisions?|resolutions?|agreements?|deals?|rulings?(?!\s+(?:party|parties|coalition|"
    r"alliance|junta|elite|family|class|council|government|military)\b)(?!\s+(?-i:[A-Z]))|laws?|votes?|pledges?|accords?|"
    r"treat(?:y|ies)|ceasefires?|cease-fires?|truces?|lawsuits?)\s+(?:(?!that\b)[\w'-]+\s+){0,6}?|"
    r"(?:report|study|survey)\s+)(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)
# a repetition counted within a span: "for the second time this week", "the third time in a month"
_NTH_TIME = re.compile(
    r"\b(?:for )?the (?:second|third|fourth|fifth|sixth|seventh|\w+th|\d+(?:st|nd|rd|th)) time\s+(?:in\s+)?$",
    re.IGNORECASE,
)
# ... which the happening broke: "violating the ceasefire on 5 August" is the violation's day
_BREAKING = re.compile(
    r"\b(?:violat\w+|breach\w*|broke|breaking|in breach of)\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE
)
# "hours after": a lapse within the day
_HOURS_AFTER = re.compile(
    r"(?:(?:just|only|nearly|almost|more than|less than|some)\s+)?(?:[\w-]+\s+)?hours after\b", re.IGNORECASE
)
# a lapse back from what was told: "less than a month earlier"
_EARLIER = re.compile(
    r"\b(?:a|one|two|three|four|five|six|several|few|\d+) (?:days?|weeks?|months?|years?) earlier\b",
    re.IGNORECASE,
)
# an indefinite subject before the happening's word: "A suicide attack", "An earlier bomb"
_INDEFINITE_START = re.compile(r"\W*(?:An?|One)\s+(?:[\w-]+\s+){0,2}\Z")
# the last of a series told in the sentence before: "In the most recent attack,"
_LATEST_OF = re.compile(
    r"\W*(?:In|During)\s+the\s+(?:most\s+recent|latest|last)\s+(?:such\s+)?(?:[\w-]+\s+)?"
    r"(?:attack|bombing|blast|assault|incident|explosion)\b"
)
# a series of happenings: "a spate of bombings", "a string of attacks", "a wave of"
_A_SERIES = re.compile(r"\b(?:spate|string|series|wave|rash|spree)\s+of\b", re.IGNORECASE)
# an attack named by its town: "the Nice attack", "the Brussels bombings"
_TOWN_ATTACK = re.compile(
    r"\b(?i:the|this|that|last\s+\w+'s)\s+(?:[A-Z][\w'-]+\s+){1,2}"
    r"(?P<word>attacks?|bombings?|shootings?|massacre|rampage|blasts?|explosions?|assault)\b"
)
# what follows a speaker's name: "Cazeneuve, the French Interior Minister, on Saturday reiterated"
_SPEAKER_AFTER = re.compile(
    rf"(?:,[^,.;]{{1,60}},)?(?:\s+(?:on|late|early)?\s*\w+day)?\s+(?:has\s+|had\s+)?"
    rf"(?:{SPEECH_VERBS}|called|reiterated|repeated|insisted|stressed|denied|described|explained)\b",
    re.IGNORECASE,
)
# a reply on social media, quoted: "@PatrickLenton and he died"
_REPLY = re.compile(r"\s*@\w+\s")
# another person, not another happening: "another gunman running away", "a second man"
_ANOTHER_PERSON = re.compile(
    r"\b(?:another|(?:a|the) second)\s+(?:(?:wounded|injured|armed|suspected)\s+)?"
    r"(?:gunman|gunmen|man|woman|person|suspect|attacker|assailant|shooter|officer|victim)\b",
    re.IGNORECASE,
)
# a happening ranked against the past: "the worst attack on American soil", "the first such attack"
_MEASURED_BY = re.compile(rf"\b{SUPERLATIVE}\b[^.;:]{{0,80}}\Z", re.IGNORECASE)
# (the span's words may open with the preposition: "over the previous three months")
_BASELINE_BEFORE = re.compile(
    r"\b(?:rise|increase|jump|surge|drop|fall|decline|decrease|up|down)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:over|from|on|than|compared\s+(?:with|to))\s",
    re.IGNORECASE,
)
# (or a perfect's tally run up to now: "Spain has arrested 40 suspected jihadists this year")
_UP_TO_NOW = re.compile(
    r"\b(?:so far|thus far|to date|year-to-date)\b|"
    r"\b(?:has|have)\s+(?:now\s+|already\s+)?(?:been\s+)?\w+(?:ed|en)\b",
    re.IGNORECASE,
)
_SINCE_ASIDE = re.compile(r"\bsince\b(?:[^.;:()]|(?<=\b[A-Z])\.){3,90}\Z", re.IGNORECASE)
# a hunt going on since a day: "has been sought since", "had been on the run since"
_HUNTED_SINCE = re.compile(
    r"\b(?:has|have|had) been (?:\w+ly )?(?:sought|wanted|hunted|on the run|in hiding|at large)\s+$",
    re.IGNORECASE,
)
# a clause set between commas to describe what it follows, still open: ", which began in"
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,;:.()]*\Z", re.IGNORECASE)
# "killed the militant thought to be behind the attack on the residency in 2013": what a person
# is known for, told after the happening, with its own (old) date
_PAST_DEED = re.compile(
    r"\b(?:behind|responsible for|involved in|wanted (?:for|in connection with)|accused of|blamed for|"
    r"mastermind(?:ed|s)?(?: of)?|convicted (?:of|over|for)|linked to)\b[^.;:]{0,80}?"
    r"\b(?:attacks?|bombings?|blasts?|explosions?|massacres?|killings?|murders?|assassinations?|shootings?|"
    r"ambush(?:es)?|kidnappings?|abductions?|hijackings?)\b[^.;:]{0,80}\Z",
    re.IGNORECASE,
)
# a relative clause that tells what its people did, up to a date inside it
_RELATIVE_DEED = re.compile(
    r"\b(?:who|which)\s+(?:had\s+|have\s+|has\s+)?(?:[\w-]+\s+)?\w+ed\b[^.;:,]*\Z", re.IGNORECASE
)
_REPORTING_AFTER = re.compile(
    r"\s*(?:condemned|said|announced|told|confirmed|reported|stated|denied|claimed|identified|named|"
    # "Cazeneuve on Saturday reiterated that Bouhlel was not on the radar before the attack"
    r"reiterated|repeated|insisted|stressed|emphasi[sz]ed|added|noted|warned|explained|"
    # (what was made known, not what a deed turned up: "sources today revealed that", not "a raid
    # on Tuesday revealed a bomb factory")
    r"(?:revealed|disclosed) that|released the names?)\b|"
    # ... after the day that opens the sentence: "On Monday, the army said that militants had attacked"
    r"\s*,\s*(?:the\s+)?(?:(?!(?:who|which|that|whom)\b)[\w.'-]+\s+){0,5}?"
    r"(?:said|announced|told\s+\w+|confirmed|reported|stated|claimed)\s+"
    r"(?:that|it|its|they|he|she|in\s+a\s+statement)\b",
    re.IGNORECASE,
)
# the people of a happening named back (see _BACK_REFERENCE), whose meeting's day is not its own
_PEOPLE_OF = re.compile(
    r"\b" + _PEOPLE_OF_DEED + r"\s+(?:the|this|last)\s+(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)
# a search or an operation named back by its bare noun ("the raid"; see Extractor._candidates)
_SEARCH_OR_OPERATION = frozenset({"raid", "ct_operation"})
# a clause that describes a deed named just before ("..., in which a gunman killed 49 people")
_DEED_CLAUSE = re.compile(r",\s+(?:in which|which|that|who|where|when)\b[^.;]*$", re.IGNORECASE)
_BARE_OPERATION_NAMED = re.compile(r"raids?|operations?", re.IGNORECASE)
# a name's possessive before an attack word: "Mateen's attack" (see Extractor._doer_possessive; not a
# pronoun's contraction: "He's attacked", "There's been")
_NAME_POSSESSIVE = re.compile(
    r"\b(?!(?:He|She|It|There|That|What|Who|Here|Where|This)['\u2019]s\b)((?-i:[A-Z])[\w-]+)['\u2019]s?\s+"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# a raid of the hunt for suspects: on a house or a hideout, or with suspects harmed in it
_RAID_OF_A_HUNT = re.compile(
    r"\braids? on (?:his|her|their|an?|the) (?:[\w-]+ )?(?:house|home|hideout|flat|apartment|compound|"
    r"safe ?house|residence)s?\b|\bsuspects?\b",
    re.IGNORECASE,
)
# who carries out a raid of the state's side
_SECURITY_SIDE = re.compile(
    r"\b(?:police\w*|officers?|troops|soldiers|army|military|security forces|forces|commandos|agents|"
    r"gendarmes?|gendarmerie|counter-?terror\w*|authorities)\b",
    re.IGNORECASE,
)
# "the attack", "the suicide blast", "the May 6 blast": the happening already told
_DEFINITE_BEFORE = re.compile(
    # (not "the target of bomb attacks": the article is the target's)
    r"\b(?:the|this|that|these|those|its|their)\s+(?!targets?\s+of\s)(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# the word before a name of an attack already told: "the attack", "his attack", "the Nice attack"
# (see ``Extractor._named_back``)
_BARE_NAME_BEFORE = frozenset({"the", "this", "that", "his", "her", "their", "its"})
# the determiner of a happening named back, the name perhaps quoted ('condemned the "terrorist attack"')
_NAMED_BACK_QUOTED = re.compile(r"\b(?:the|this|its|their)\s+[\"\u201c']?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_NAMED_BACK_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(_BARE_NAME_BEFORE))})\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE
)
# how many sentences after the lead one naming its happening back may be (see ``_lead_named_back``)
_LEAD_REACH = 4
# a story's opening paragraphs (sentences after the lead) may take the context of the whole story,
# when the story tells of terrorism this much (see ``Extractor._candidates``)
_STORY_OPENING = 6
_STORY_CONTEXT = 3
_SUBJECT_BEFORE = re.compile(
    rf"\s*(?:The|A|An|This|That|(?i:{_DAY_POSSESSIVE.pattern}))\s+(?:[\w'\u2019-]+\s+){{0,3}}"
)
# "the offensive launched by the FMLN", "a rebel offensive", "guerrillas ambushed a patrol"
_THE_BEFORE = re.compile(r"\b(?:the|these|those)\s+$", re.IGNORECASE)
# an attack named with its date: "the Sept. 11 attacks", "the 2001 aircraft attacks on the United States"
_ATTACK_AFTER_DATE = re.compile(
    r"(?:,?\s+(?:[\w-]+\s+){0,2}?)?\s*(?:terror(?:ist)?\s+)?(?:attacks?|bombings?|shootings?|massacres?)\b",
    re.IGNORECASE,
)
_OFFENSIVE_WORD = re.compile(
    # ("Assailants shelled a civilian home": their shelling, an attack)
    r"\b(?:offensive|ambush\w*|attack\w*|assault\w*|stormed|overran|shelled|shelling|bombard\w*)\b",
    re.IGNORECASE,
)
# a bombardment named by its word (see ``Extractor._candidates``)
_BOMBARDMENT = re.compile(
    r"\b(?:shelled|bombard\w*|" + _BOMBARD_NOUNS + r"|(?:war)?planes|(?:fighter )?jets|aircraft|"
    r"(?:helicopter )?gunships|drones)\b",
    re.IGNORECASE,
)
_SHELLING = re.compile(
    r"(?:(?:began|begun|started|resumed|continued) )?(?:shelled|shelling)|bombard\w*", re.IGNORECASE
)
_NONSTATE_SUBJECT = re.compile(
    r"\b(?:guerrillas|rebels|insurgents|militants|jihadists|terrorists|gunmen|extremists|bandits|assailants|"
    r"attackers)\s+(?:(?:have|had|also|then|reportedly|allegedly)\s+)?$",
    re.IGNORECASE,
)
_STATE_BEFORE = re.compile(
    r"\b(?:government|army|troops|soldiers|forces|military|regime|police|warplanes|aircraft|artillery)\b",
    re.IGNORECASE,
)
_NONSTATE = re.compile(
    r"\b(?:guerrillas?|rebels?|insurgents?|militants?|jihadists?|terrorists?|gunm[ae]n|subversives?|"
    r"extremists?|bandits|assailants?|attackers?)\b"
    r"(?![^,;.]{0,30}\b(?:were|was) (?:killed|attacked|repelled|pushed back))",
    re.IGNORECASE,
)
# who searches in a raid: police, troops and the like
_STATE_AGENT = re.compile(
    r"\b(?:police\w*|troops?|army|soldiers?|military|security (?:forces|services|agents)|forces|officers?|"
    r"agents?|authorities|commandos?|special forces|gendarme\w*|prosecutors?|FBI|SWAT)\b"
    r"(?!\s+(?:spokes\w+|sources?|officials?|said|says)\b)",  # "a military spokesman": a source
    re.IGNORECASE,
)
# a raid whose doers are told as attackers ("a raid on their barracks carried out by at least 30
# attackers", "raids by Boko Haram gunmen"): theirs, whoever was raided
_RAID_BY_NONSTATE = re.compile(
    r"\braids?\s+(?:[^.;]{0,60}?\b(?:carried out|launched|staged|conducted|mounted)\s+)?by\s+"
    # "at least 30", "suspected Boko Haram" (not the raided: "raids by troops on militants")
    r"(?:(?!(?:on|against|targeting|in|of|near|into|and|with)\b|at\b(?! least))[\w-]+ ){0,3}"
    r"(?:attackers|assailants|militants|jihadists|gunmen|insurgents|rebels|terrorists|bandits|"
    r"fighters|militiamen)\b",
    re.IGNORECASE,
)
# "the raid on Dalori", "raids on the village of ...": a raid on a place
_RAID_ON_PLACE = re.compile(r"\b(?i:raid(?:s|ed)?\s+on\s+(?:the\s+)?)(?:(?i:village|town|camp)|[A-Z])")
# State forces launching an attack on militants: "the security forces of the Kurdish region
# launched an attack on Sunday to oust Islamist militants" is an operation
_STATE_SUBJECT = re.compile(
    r"\b(?:security forces|troops|army|soldiers|military|police|peshmerga|(?:government|regime|"
    r"pro-government|Iraqi|Syrian|Afghan|Nigerian|Kurdish|Turkish) forces)\b[^,;.]{0,50}\b"
    r"(?:launched|began|started|mounted|carried out|staged)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# a state's force named as the adjective of an offensive: "a Russian-backed government assault"
_STATE_ADJECTIVE = re.compile(
    r"\b(?:an?|the|its|their)\s+(?:(?:[\w.-]+-(?:backed|led)\s+)?(?:government|regime|army|military|"
    r"pro-government)\s+|"
    # ... or backed by a state alone: "refugees fleeing a Russian-backed assault" (not a group's:
    # "a Taliban-led assault")
    r"(?:Russian|Iranian|Saudi|Turkish|U\.S\.|US|American|French|British|Syrian|Iraqi|Afghan|Israeli|"
    r"Egyptian|Emirati|Kenyan|Ethiopian|Nigerian|Pakistani|Indian|Chinese|Jordanian)-(?:backed|led)\s+)"
    r"(?:ground\s+|air\s+|military\s+)?$",
    re.IGNORECASE,
)
_ON_MILITANTS = re.compile(
    r"^[^.;]{0,60}?\b(?:against|on|to (?:oust|drive out|dislodge|clear|retake|recapture)|targeting)\b"
    r"[^.;]{0,40}?\b(?:militants?|rebels?|insurgents?|jihadists?|Islamists?|terrorists?|guerrillas?|fighters|"
    r"Islamic State|Taliban|Shabaab|Boko Haram|positions|hideouts?|strongholds?)\b",
    re.IGNORECASE,
)
_BY_AGENT = re.compile(r"\s*(?:\w+\s+){0,3}?(?:launched |carried out |staged |mounted )?by\b", re.IGNORECASE)
_HARM_VERB_END = re.compile(
    r"\b(?:shot|killed|gunned down|wounded|injured|shot dead|to death)$", re.IGNORECASE
)
# a person harmed by the police: "Finicum was shot and killed by state police after he sped away"
_BY_POLICE = re.compile(
    # (the police's, not any officer's: "shot and killed by an Army officer at Fort Hood", "by a fellow
    # officer who had joined the Taliban")
    r"(?:\s+(?:and\s+(?:killed|wounded|injured)|dead|to\s+death))?\s+by\s+(?:the\s+|an?\s+)?"
    r"(?:(?!fellow\b|rogue\b|former\b|army\b|military\b)[\w-]+\s+)?"
    r"(?:police(?:m[ae]n)?|police\s+officers?|troopers?)\b",
    re.IGNORECASE,
)
_NO_DEATHS = re.compile(
    r"\b(?:no (?:immediate |reported )?(?:fatalities|deaths|casualties|one was (?:killed|hurt|injured)|"
    r"people were killed)|nobody was (?:killed|hurt)|no one (?:was|were) (?:killed|hurt)|"
    r"without (?:causing )?(?:any )?casualties|caused no casualties|"
    r"neither (?:injuries|casualties|fatalities|deaths) nor (?:fatalities|deaths)|"
    r"neither (?:fatalities|deaths) nor (?:injuries|casualties)|"
    r"no reports? (?:of|on) (?:any )?(?:(?:injuries|casualties) (?:or|and|nor) )?"
    r"(?:fatalities|deaths|casualties))\b",
    re.IGNORECASE,
)
_NO_INJURIES = re.compile(
    r"\b(?:no (?:immediate |reported )?(?:casualties|injuries|one was (?:hurt|injured))|"
    r"(?:fatalities|deaths) (?:n?or|and) injuries|nobody was (?:hurt|injured)|"
    r"no one (?:was|were) (?:hurt|injured)|"
    r"without (?:causing )?(?:any )?casualties|caused no casualties|neither (?:injuries|casualties) nor|"
    r"neither (?:fatalities|deaths) nor injuries|"
    r"no reports? (?:of|on) (?:any )?(?:fatalities (?:or|and|nor) )?(?:injuries|casualties))\b",
    re.IGNORECASE,
)
# Any word for a death: with none in the article, a report of people hurt means nobody died.
_ANY_DEATH = re.compile(
    r"\b(?:kill\w*|dead|died|dies|death\w*|fatal\w*|lives|lost (?:his|her|their|its) life|bod(?:y|ies)|"
    r"corpses?|slain|murder\w*|"
    r"casualt\w*|toll|perish\w*|massacre\w*|executed|behead\w*|lynch\w*|gunned down|"
    # "After the ISIS-inspired mass shooting in San Bernardino": deaths implied, not none
    r"deadly|deadliest|mass shootings?|carnage|bloodbath)\b",
    re.IGNORECASE,
)
# What an attack or a clash did, when told (people taken or hurt, property burned, shots and
# shells fired or counted by monitors): with no death word anywhere in the report, and no
# "casualties unknown" (a death word), its toll is none, as event datasets code it.
_HARM_TOLD = re.compile(
    r"\b(?:fired|firing|exchanged fire|shots|shelled|shelling|explosions|projectiles|bursts of fire|"
    r"gun ?fire|exchange of (?:gun)?fire|gun ?fights?|gun ?battles?|firefights?|shoot-?outs?|small[- ]arms|"
    r"heavy weapons|machine ?guns?|mortars?|artillery|rockets?|air ?strikes?|detonat\w+|exploded|"
    r"abduct\w*|kidnap\w*|taken hostage|burn(?:ed|t|ing)|torched|set (?:\w+ )?(?:ablaze|on fire)|destroy\w*|"
    r"damag\w+|loot\w*|ransack\w*|seiz\w+|stole|robbed|injur\w+|wound\w*|hurt|beat(?:en|ing)?|assault\w*|"
    r"whipp\w+|tortur\w+)\b",
    re.IGNORECASE,
)
# a report with this many words of film, book or game reviews (and more than a third as many as its
# words of political violence) is a review
REVIEW_CUES = 3
# ... and one with this many words of sport (and more than three times its words of political
# violence) reports a game ("Having coped with the heavy artillery heading her way, Kerber ...")
SPORT_CUES = 6
# how far back an undated happening of the news may lie: a sentence dated earlier tells another
UNDATED_RECENT_DAYS = 14
# a happening dated this long before the story is a recalled one
_RECALLED_DAYS = 60
# a question ends the sentence, or only its attribution follows ('"... deported?" he said')
_QUESTION = re.compile(
    r"\?[\"'\u201d\u2019)\]]*(?:\s*$|\s*,?\s+(?:[\w.'-]+\s+){0,4}(?:said|asked|wrote|told|added|says|asks)\b)"
)
_OPEN_QUESTION = re.compile(
    r"^\W*(?:did|does|do|is|are|was|were|will|would|could|can|should|has|have|had|may|might|must|shall)\b"
    r"|n['\u2019]t\b|\b(?:not|never)\b|\bwhat if\b"
    # "then how do we apprehend the child pornographer, how do we disrupt a terrorist plot?"
    r"|\b(?:how|what|where|when) (?:do|can|could|would|should|will|shall|must) "
    r"(?:we|you|they|i|one|anyone)\b"
    # "How are they using the Yankee bombs and planes?": a manner asked of a practice
    r"|^\W*how (?:are|is) (?:they|we|you|he|she|it)\b",
    re.IGNORECASE,
)
_OUTCOME_UNKNOWN = re.compile(
    r"\bno (?:outcome|details|information) (?:of|on|about)\b|\boutcome (?:is |was )?unknown\b", re.IGNORECASE
)
# the raids arrests were made in, right after them: "arrested 12 suspected militants in raids"
_IN_RAIDS = re.compile(
    # ("arrested three members of Ansar al-Islam, including a suspected bomb-maker, in raids")
    r"\s+(?:[\w'-]+\s+){0,5}?(?:(?:including|among them)\s+(?:[\w'-]+\s+){0,4}?[\w'-]+,\s+)?"
    r"(?:in|during)\s+(?:a\s+)?(?:series\s+of\s+|wave\s+of\s+)?(?:[\w-]+\s+){0,2}?",
    re.IGNORECASE,
)
# a toll told anew: "The death toll rose to 26", "officials raised the toll to 40"
_TOLL_UPDATE = re.compile(
    r"\b(?:death\s+)?toll\s+(?:has\s+|had\s+|later\s+|since\s+)*(?:rose|risen|climbed|increased|jumped|reached|"
    r"stood|stands|now stands)\b|\b(?:raised|revised|updated|lowered)\s+(?:the\s+)?(?:death\s+)?toll\b",
    re.IGNORECASE,
)
# a pledge or a turn of the doers themselves, not a recruitment of others
_PLEDGED = re.compile(
    r"\b(?:pledg\w+|swor\w+|declar\w+)\s+(?:\w+\s+)?(?:allegiance|loyalty)\b|\bradicali[sz]ed\b",
    re.IGNORECASE,
)
# what a future day may date: a threat, a warning, a measure, a trial set down
_AHEAD_TYPES = frozenset({"threat", "warning", "policy", "trial", "plot_foiled"})
# a clause of what is to come, before its day
_FUTURE_CLAUSE = re.compile(
    r"\b(?:will|shall|is due to|are due to|is set to|are set to|is scheduled to|are scheduled to|scheduled|"
    r"is expected to|are expected to|is to|are to)\b[^.;,]{0,50}$",
    re.IGNORECASE,
)
# the doers named back in reported speech: "Police said two of the attackers had pledged allegiance"
_DOERS_BACK_REPORTED = re.compile(
    r"^\W*(?:[\w.'-]+\s+){1,4}?(?:said|says|say|added|told\s+\w+|believe|believed)\s+(?:that\s+)?"
    r"(?:(?:one|two|three|four|some|all|both|each)\s+of\s+)?the\s+(?:[\w-]+\s+)?"
    r"(?:attackers?|gunm[ae]n|assailants|bombers?|shooters?|killers?|hostage-?takers)\b",
    re.IGNORECASE,
)
# "The pair had sworn allegiance...": follow-up details fold into the happening they describe.
ANAPHORA_FOLDS = {"arrest", "raid", "recruitment", "travel", "threat", "warning", "policy", "release"}
# "PESHAWAR - ", "MIR ALI, Pakistan - ", "NICE, France (AFP) -": a dateline with a place only.
_PLACE_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'\u2019 /-]{1,40}[A-Z.](?:,\s*[A-Z][\w .'-]{1,40})?\s*"
    # (a colon as South Asian papers write it: "RAIPUR: Two jawans were killed")
    r"(?:\([^)]{1,40}\)\s*)?(?:[-\u2013\u2014]{1,2}|(?<=[A-Z]):)\s"
)


@dataclass
class Candidate:
    """The sentences of one happening, grown as the article is read."""

    event_type: str
    trigger: tuple[int, int]
    strength: float
    sentences: list[Sentence] = field(default_factory=list)
    statistic: StatisticMention | None = None
    period_sentence: Sentence | None = None
    defused: bool = False  # a device defused: an attempted bombing, apart from any that went off

    @property
    def first(self) -> Sentence:
        return self.sentences[0]


# a ministry or its minister named by its portfolio alone ("the Interior Ministry", "interior minister")
_MINISTRY_WORD = re.compile(r"\bminist", re.IGNORECASE)
# how far from a warning's or a threat's verb its day is its own ("warned on Monday")
_SAID_DAY_REACH = 6
# how far after a law's, a ban's or a warning's verb its words of the field may be (see _of_the_field)
_OWN_WORDS_REACH = 90
# ... and how much farther for a law told with the powers it gives (see _of_the_field)
_LAW_TERMS_REACH = 40
# ... the powers it gives (not "passed legislation that released thousands of inmates but excluded the
# terrorism related-charges", a protest's cause)
_LAW_POWERS = re.compile(
    r"\b(?:allow\w*|giv\w+|grant\w*|empower\w*|enabl\w+|authori[sz]\w+|let(?:ting)?)\b", re.I
)
# a warning's cause cited at its sentence's end
_CITING_FIELD = re.compile(
    r",\s+(?:citing|amid|over|due to)\s+[^.;]{0,80}?\b(?:terror\w*|militants?|militancy|jihad\w*|"
    r"extremis[tm]s?|insurgen\w+|Islamists?|(?:possible|potential|imminent|planned) attacks?)\b",
    re.IGNORECASE,
)
# ... or before it ("keeping the terror threat level at 3")
_OWN_WORDS_BEFORE = 12
# the words that make a law, a ban or a warning one of the field (not "troops" or "security forces":
# "The city is now in a state of emergency; National Guard troops arrived")
_FIELD_WORDS = re.compile(
    r"\b(?:terror\w*|counter-?terror\w*|anti-?terror\w*|jihad\w*|extremis[tm]s?|Islamists?|militants?|"
    r"insurgen\w+|radicali[sz]\w*|foreign fighters|Islamic State|ISIS|ISIL|Daesh|"
    # ... or the deeds it answers: "a state of emergency ... after two church bombings killed 44 people",
    # "following the Sousse massacre"
    r"bombings?|massacres?|(?<!cyber )(?<!cyber-)(?<!heart )(?<!panic )attacks)\b",
    re.IGNORECASE,
)

# towns closer than this are one area: a suburb, a nearby village
SAME_AREA_KM = 25.0


# a sentence that opens with where it happened: "In Jerusalem, ...", "Elsewhere in Kabul, ..."
_PLACE_OPENING = re.compile(
    r"\s*(?:(?:Elsewhere|Meanwhile|Separately|Also|ELSEWHERE|MEANWHILE),?\s+)?"
    r"(?:in|at|near|In|At|Near|IN|AT|NEAR)\s+(?:the\s+|THE\s+)?"
    r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}\s*,"
)


def _same_area(p: PlaceMention, q: PlaceMention) -> bool:
    if p.geonames_id is not None and p.geonames_id == q.geonames_id:
        return True
    assert p.lat is not None and p.lon is not None and q.lat is not None and q.lon is not None
    return haversine_km(p.lat, p.lon, q.lat, q.lon) < SAME_AREA_KM


# happenings that are statements: the day they were said is their date
STATEMENT_TYPES = frozenset({"warning", "policy", "threat"})
# how far a date may follow a verb to be its date ("were picked up early on Friday"); an attack
# and an operation share the days of their fighting ("were wounded on Thursday in an air strike")
_VERB_DATE_GAP = 25
# how far another kind's verb may follow a date for the date to be that verb's ("on Wednesday
# ordered him to be held in custody")
_SUBJECT_VERB_GAP = 40
# a noun's preposition, between a date and the word after it
_PREP_BEFORE = re.compile(
    # ("sentenced eight people to death on Sunday over the assassination of ...": a noun)
    r"\b(?:in|during|on|at|by|of|for|with|from|amid|into|over|against)\s+(?:(?:a|an|the|its|their|his|her)\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# what ends a date's clause before the verb after it
_CLAUSE_GAP_BREAK = re.compile(
    r"[,;:()\u2013\u2014]|\b(?:and|but|after|before|when|while|following|as|who|which|where)\b"
)
_FIGHTING = frozenset({"attack", "ct_operation"})
# drones as the subject of a strike: "drones targeted an oil pumping station" (not "a drone
# commander was killed")
_DRONES_STRUCK = re.compile(r"drones?\s+(?:targeted|struck|attacked|hit|bombed)\b", re.IGNORECASE)
# the end of an attack told: its hostages, its siege, its doers named back
_SIEGE_WORD_ALT = r"stormed|storming|sieges?|hostages?|hostage-takers|kidnappers|standoff"
_ENDS_THE_ATTACK = re.compile(
    rf"\b(?:{_SIEGE_WORD_ALT}|at the scene|the (?:[\w-]+ ){{0,2}}?{DOERS})\b", re.IGNORECASE
)
# an operation named back as what harm came in: "were injured during the operation"
_DURING_THE_OPERATION = re.compile(
    r"\b(?:during|in) the (?:[\w-]+ )?(?:operation|raid|assault|gunfight|shoot-?out|clash|exchange of fire|"
    r"fighting)\b",
    re.IGNORECASE,
)
# a hunt for the doers on a later day: "Security forces later killed one of the attackers"
_LATER_HUNT = re.compile(r"\b(?:later|subsequently|the next day|the following day)\b", re.IGNORECASE)
_SIEGE_WORDS = re.compile(rf"\b(?:{_SIEGE_WORD_ALT})\b", re.IGNORECASE)
# an operation told as one of its own, with an indefinite article (not "the raid", named back)
_AN_OPERATION_OF_ITS_OWN = re.compile(
    r"\b(?:in|during) an? (?:[\w-]+ )?(?:counter-)?(?:raid|operation|search operation|sweep|crackdown|ambush|"
    r"gunfight|shootout|shoot-out|encounter)\b",
    re.IGNORECASE,
)
# a court or a judge as the subject a day is told of: "A U.S. judge on Tuesday ordered Apple"
_COURT_SUBJECT = re.compile(
    r"\b(?<!food )(?:judges?|courts?|jury|juries|tribunals?|magistrates?)\s+(?:[\w.'-]+\s+){0,1}$",
    re.IGNORECASE,
)
# ... and its act right after the day (not "opened fire in a mall food court on Saturday")
_COURT_VERB = re.compile(
    r"\s*,?\s*(?:ordered|ruled|sentenced|convicted|found|rejected|blocked|upheld|denied|dismissed|acquitted|"
    r"jailed|approved|granted|threw out)\b",
    re.IGNORECASE,
)
# what is told as done (an attack, an arrest) cannot be dated after the report; only what is
# said, promised or scheduled can ("the trial opens next week")
# what may be dated after the report: a law that takes effect, a trial set; not a threat, issued
# when told ("calls on followers to launch attacks during Ramadan, which begins in early June")
_MAY_BE_AHEAD = (STATEMENT_TYPES - {"threat"}) | {"trial", "charge", "deportation", "extradition", "release"}


@dataclass
class _Article:
    """What the engine knows about one article while reading it."""

    ann: AnnotatedArticle
    anchor: dt.date | None
    body_start: int
    actors: list[ActorMatch]
    context: int
    dates: list[DateMention]
    # strong context words per sentence of ``ann.sentences`` (armed groups not yet counted)
    strong: list[int]
    # where the story's first record was placed (set when that record is made)
    lead_places: list[Location] = field(default_factory=list)
    # when the story's first attack happened (set when its record is made)
    lead_attack_date: DateInterval | None = None
    # each sentence's triggers (event type, start, end in the text), by sentence start, found once
    # when asked
    told: dict[int, list[tuple[str, int, int]]] = field(default_factory=dict)
    # where a clause cut from its sentence begins (see clauses.split_by_days): a happening of its own
    clauses: frozenset[int] = frozenset()
    # the counter-terrorism bodies named in a story of terrorism's violence (see Extractor._read)
    ct_bodies: frozenset[str] = frozenset()

    def hits_in(self, s: Sentence) -> list[tuple[str, int, int]]:
        found = self.told.get(s.start)
        if found is None:
            text = self.ann.text[s.start : s.end]
            found = self.told[s.start] = [
                (t.event_type, s.start + a, s.start + b) for t, a, b in find_triggers(text)
            ]
        return found

    def types_told(self, s: Sentence) -> frozenset[str]:
        return frozenset(t for t, _, _ in self.hits_in(s))


_Ranked = tuple[int, int, int, int, DateMention, Sentence]


# between a happening's words and a day, words that give the day to something else: a speaker's
# ("The White House on Sunday said the attack"), a plan's ("on Monday would release transcripts"),
# one told from the happening ("On 14 April, shortly after the attack")
_NOT_ITS_DAY = re.compile(
    r"\b(?:said|says|told|tells|announced|would|will|after|before|since|following|shortly)\b", re.IGNORECASE
)


# the happening named as what something else is of or for: its people ("funerals on Friday for
# victims of the bombing", see _PEOPLE_OF_DEED), its site, its aftermath or its inquiry ("the site of
# the bombing on Friday", "in connection with the bombing")
_OF_IT_BEFORE = re.compile(
    r"\b(?:" + _PEOPLE_OF_DEED + r"|victim of|(?:site|scene|wake|aftermath) of|response to|connection with|"
    r"(?:investigation|probe) into)\s+(?:the|this|that|last\s+week's)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# the happening told by its deed ("stormed", "was shot and killed") ...
_DEED_VERB = re.compile(r"\b\w+ed\b|\b(?:shot|struck|hit|blew)\b", re.IGNORECASE)
# ... or its toll ("that left ... dead on Thursday", "killing 12 on Monday")
_TOLL_BETWEEN = re.compile(r"\b(?:killed|killing|dead|wounded|wounding|injured|injuring)\b", re.IGNORECASE)


def _day_in_week(
    info: _Article, c: Candidate, week: DateInterval, aside: list[tuple[int, int]]
) -> tuple[DateInterval, Span] | None:
    """The one day, inside the week a happening is dated to, that a later sentence of its own
    telling gives it (a sentence that names a happening of its kind; not in an aside)."""
    found: dict[DateInterval, Span] = {}
    text = info.ann.text
    for s in c.sentences[1:]:
        hits = [(a, b) for t, a, b in info.hits_in(s) if t == c.event_type]
        if not hits:
            continue
        for m in info.dates:
            if not (s.start <= m.start < s.end) or inside(m.start, aside) or m.interval.precision != "day":
                continue
            day = m.interval.start
            if not (week.start and week.end and day and week.start <= day <= week.end):
                continue
            if m.interval.end != day:
                continue  # a span of days, not one: "over the past two days"
            a, b = min(hits, key=lambda h: min(abs(m.start - h[1]), abs(h[0] - m.end)))
            # (a day before the words, with what comes right before it: "she would release on Monday
            # transcripts of calls ... during the mass shooting")
            between = text[b : m.start] if b <= m.start else text[max(s.start, m.start - 30) : a]
            if _NOT_ITS_DAY.search(between) or _OF_IT_BEFORE.search(text, max(s.start, a - 40), a):
                continue
            words = len(between.split())
            verb = _DEED_VERB.search(text, a, b) is not None
            # the day next to its words ("The attacks on Tuesday", "the March 22 attacks"), in the
            # clause of its deed ("On Friday, five men had stormed the bakery"), or its toll's ("the
            # blitz of bombings and gunfire that left all five attackers and two civilians dead on
            # Thursday"); not that of something else told of it ("Police arrested three men on
            # Friday in connection with the bombing")
            if words <= 2 or (verb and words <= 8) or _TOLL_BETWEEN.search(between):
                found.setdefault(m.interval, Span(s.start, s.end))
    return next(iter(found.items())) if len(found) == 1 else None


def _apart(a: DateInterval, b: DateInterval) -> bool:
    """Two intervals, both bounded, that share no day."""
    return bool(a.start and a.end and b.start and b.end) and not interval_overlaps(a, b)


def _from_its_day(m: DateMention) -> DateInterval:
    """A date told, an open span with the day it is told from: "after March 22" (from March 23) and
    "before March 22" (until March 21) touch March 22."""
    start, end = m.interval.start, m.interval.end
    try:
        if m.kind == "since" and start:
            start = (dt.date.fromisoformat(start) - dt.timedelta(days=1)).isoformat()
        elif m.kind == "until" and end:
            end = (dt.date.fromisoformat(end) + dt.timedelta(days=1)).isoformat()
    except ValueError:
        pass
    return DateInterval(start, end, m.interval.precision)


# an aside that recalls by "after", "since" or "following" (not a series the happening is of: "the
# latest in a series of Islamic State bombings in Baghdad")
_RECALL_WORD = re.compile(r"\b(?:after|since|following|follows|followed|came|comes)\b", re.IGNORECASE)


def _recalling(info: _Article, asides: list[tuple[int, int]], towns: Set[int]) -> list[tuple[int, int]]:
    """The asides that recall another happening, whose doers are not the happening's: one weeks
    before ("The attack, which came eight months and a day after Islamic State gunmen ... struck the
    French capital"), or one in a town the happening is not in (``towns``: its towns' GeoNames ids;
    "begun after the Islamic State militant group killed 130 people in Paris", in a story of Nice).
    Not "the day after 49 people were killed at a nightclub in Orlando by a gunman ... who had sworn
    allegiance to Islamic State", which may be the happening itself."""
    out = []
    for a, b in asides:
        there = {p.geonames_id for p in info.ann.places if a <= p.start < b and p.precision == "city"}
        if LONG_LAPSE.match(info.ann.text, a) or (
            towns and there and not there & towns and _RECALL_WORD.search(info.ann.text, a, b)
        ):
            out.append((a, b))
    return out


def _other_attacks(
    info: _Article, c: Candidate, candidates: Sequence[Candidate], date: DateInterval
) -> list[tuple[int, int]]:
    """The sentences of the story's other attacks dated apart from ``c`` (``date``): a claim told in
    one, or right after it, is that attack's ("A bomb attack claimed by Islamic State last month in
    Homs killed 24"), not this one's. (Not a claim of an attack named as known, dated by the claim:
    "Islamic State claimed responsibility for the truck attack on Nice on Saturday".)"""
    if c.event_type != "attack" or not date.start or not date.end:
        return []
    out = []
    for o in candidates:
        if o is c or o.event_type != "attack":
            continue
        for s in o.sentences:
            if s in c.sentences or CLAIM_OF_KNOWN.search(info.ann.text, s.start, s.end):
                continue
            told = [
                _from_its_day(m)
                for m in info.dates
                if s.start <= m.start < s.end and m.interval.start and m.interval.end
            ]
            # (not "before and after March 22, when attacks claimed by the Islamic State killed 32",
            # told in the sentence of another, of this one's day or month; "earlier this year" is no
            # such time)
            if (
                told
                and not any(t.precision in ("day", "week", "month") and not _apart(t, date) for t in told)
                and any(_apart(t, date) for t in told)
            ):
                out.append((s.start, s.end))
    # ... and a sentence that tells an attack of long before, left out as history ("In January 2015,
    # a suicide bombing in Quetta killed 33 people, an attack claimed by Lashkar-e-Jhangvi")
    long_before = (dt.date.fromisoformat(date.start) - dt.timedelta(days=_RECALLED_DAYS)).isoformat()
    for s in info.ann.sentences:
        if (
            s in c.sentences
            or (s.start, s.end) in out
            or CLAIM_OF_KNOWN.search(info.ann.text, s.start, s.end)
        ):
            continue
        if not any(t == "attack" for t, _, _ in info.hits_in(s)):
            continue
        told = [
            _from_its_day(m)
            for m in info.dates
            if s.start <= m.start < s.end and m.interval.start and m.interval.end
        ]
        if told and all((t.end or "") < long_before for t in told):
            out.append((s.start, s.end))
    return out


def _lasted(lasted: re.Match[str], last: DateInterval) -> DateInterval:
    """The days of a stretch told by its last day and length ("a three-day operation that ended on
    Sunday": Friday to Sunday; "a week-long siege": the seven days up to it; with no length, on or
    before that day)."""
    if lasted.group("unit") is None:
        return DateInterval(None, last.end, "unknown", last.text)
    word = lasted.group("n")
    n = (parse_number(word) or 1) if word else 1
    week = lasted.group("unit").lower() == "week"
    end = dt.date.fromisoformat(last.end or "")
    start = end - dt.timedelta(days=n * (7 if week else 1) - 1)
    return DateInterval(start.isoformat(), last.end, "week" if week else "day", last.text)


def _finer_day(
    info: _Article, c: Candidate, best: _Ranked, ranked: list[_Ranked]
) -> tuple[DateMention, Sentence] | None:
    """ "Families of Americans missing in Brussels since this week's suicide bombings ... About a
    dozen Americans were hurt in Tuesday's attacks on Brussels' airport": a day within the week or
    the month picked, told right at a later word of the happening's kind with a town the opening
    names, is the finer date (not "A claim of responsibility for Saturday's attack", another's)."""
    picked = best[4].interval
    if best[0] or best[1] or picked.precision not in ("week", "month") or not picked.start or not picked.end:
        return None
    towns = Extractor._town_names(info, c.sentences[:1])
    if not towns:
        return None
    days = [
        r
        for r in ranked
        if r[0] == 0
        and r[1] == 0
        and r[2] > best[2]
        and r[3] <= 40
        and r[4].interval.precision == "day"
        and picked.start <= (r[4].interval.start or "") <= picked.end
        and any(t == c.event_type for t, _, _ in info.hits_in(r[5]))
        and towns & Extractor._town_names(info, [r[5]])
    ]
    if not days:
        return None
    *_, m, s = min(days, key=lambda x: (x[2], x[3], x[4].start))
    return m, s


class Extractor:
    """``rules.v1``. Construct with an actor knowledge base; ``extract`` is pure."""

    name = "rules.v1"

    def __init__(self, kb: ActorKB) -> None:
        self.kb = kb
        # the last text's named actors: the pipeline asks for one article's three times
        # (precheck, the places' theatre, extract)
        self._last_found: tuple[str, tuple[ActorMatch, ...]] | None = None

    # -- the stage --------------------------------------------------------------------------

    def extract(self, ann: AnnotatedArticle) -> list[Record] | Drop:
        read = self._read(ann)
        if isinstance(read, Drop):
            return read
        info, candidates = read
        return [
            r
            for i, c in enumerate(candidates)
            for r in self._split_listed(info, c, self._record(info, c, i, candidates))
        ]

    def theatre(self, text: str) -> frozenset[str]:
        """Where the armed groups and agencies named in ``text`` operate, and the countries whose
        words for administrative units it uses (a prior for places)."""
        return theatre(self._find(text)) | admin_term_countries(text)

    def home(self, text: str) -> frozenset[str]:
        """Where the armed groups named in ``text`` act, when all are local (see ``group_home``)."""
        return group_home(self._find(text))

    def agency_home(self, text: str) -> frozenset[str]:
        """The one country of the state's bodies named in ``text`` (see ``agency_home``)."""
        return agency_home(self._find(text))

    def theatre_open(self, text: str) -> bool:
        """Whether a group named in ``text`` acts worldwide, so that no place is doubted for lying
        outside the theatre."""
        return open_theatre(self._find(text))

    def _find(self, text: str) -> list[ActorMatch]:
        last = self._last_found
        if last is not None and (last[0] is text or last[0] == text):
            return list(last[1])
        found = self.kb.find(text)
        self._last_found = (text, tuple(found))
        return found

    def precheck(self, ann: AnnotatedArticle) -> Drop | None:
        """The drop ``extract`` would give, found before NER and places (which it needs not).

        Which happenings an article reports depends on its text, the knowledge base and its
        dates only; the pipeline runs this first so that spaCy runs only on articles that
        yield records.
        """
        read = self._read(ann)
        return read if isinstance(read, Drop) else None

    def _read(self, ann: AnnotatedArticle) -> tuple[_Article, list[Candidate]] | Drop:
        text = ann.text
        art = ann.article
        dateline, body_start = parse_dateline(text, parse_published(art.published))
        plain = _PLACE_DATELINE.match(text) or (None if ann.upper else _BARE_DATELINE.match(text))
        if plain is not None:
            body_start = max(body_start, plain.end())
        stamp = _TIME_STAMP.match(text)
        if stamp is not None:
            # "By Mikey Campbell\nMonday, February 29, 2016, 03:52 pm PT": when the story was posted,
            # perhaps before the dateline ("Last Updated Jul 4, 2016 1:45 AM EDT\n\n DUBAI, United
            # Arab Emirates -- A suicide bomber ...")
            body_start = max(body_start, stamp.end())
            after = _PLACE_DATELINE.match(text, stamp.end())
            if after is not None:
                body_start = max(body_start, after.end())
        anchor = resolve_anchor(art.published, dateline)
        dates = find_dates(text, anchor, upper=ann.upper)
        # a sentence that tells happenings of different days is read clause by clause
        sentences = split_by_days(
            text,
            ann.sentences,
            dates,
            lambda clause: frozenset(t.event_type for t, _, _ in find_triggers(clause)),
        )
        clauses: frozenset[int] = frozenset()
        if sentences != ann.sentences:
            clauses = frozenset(s.start for s in sentences) - {s.start for s in ann.sentences}
            ann = replace(ann, sentences=sentences)
        matches = self._find(text)
        groups = [m for m in matches if m.entry.kind == "armed_group"]
        # (a counter-terrorism body's case of violence, not its hunt for forgers or smugglers)
        ct_bodies = frozenset(
            {m.entry.id for m in matches if m.entry.counter_terrorism} if VIOLENT_DEED.search(text) else ()
        )
        # Blanked with as many spaces as it had characters: offsets into ``masked`` are offsets into ``text``.
        masked = RELATED_LINKS.sub(lambda m: " " * len(m.group(0)), text)
        masked = NEGATED_CONTEXT.sub(lambda m: " " * len(m.group(0)), unwrap(masked))
        # Counted sentence by sentence, once: the article's context is their sum.
        strong: list[int] = []
        lone = 0
        for s in ann.sentences:
            found = [m.group(0).lower() for m in STRONG_SCAN.finditer(masked, s.start, s.end)]
            strong.append(len(found))
            lone += sum(f in _CRIME_OR_TERROR for f in found)
        # a lone gunman puts a sentence in context, not an article (see _CRIME_OR_TERROR)
        context = sum(strong) - lone + 2 * len(groups) + len(ct_bodies)
        reviewed = len(_REVIEW.findall(art.title or "")) + len(_REVIEW.findall(masked))
        # a review talks of films and books more than of violence: a report of an attack that
        # names a "series" of blasts, a police "director" and a "book" is still a report
        if reviewed >= REVIEW_CUES and 3 * reviewed > sum(strong):
            return Drop(art.id, "not_relevant", "review: a film or book, not a report of an event")
        played = len(_SPORT.findall(art.title or "")) + len(_SPORT.findall(masked))
        if played >= SPORT_CUES and played > 3 * sum(strong):
            return Drop(art.id, "not_relevant", "sport: a game, not a report of an event")
        if stamp is not None:
            dates = [m for m in dates if m.start >= stamp.end()]  # the posting time dates nothing told
        # "— PIB India (@PIB_India) January 26, 2016": when a quoted tweet was posted
        dates = [m for m in dates if not _TWEET_STAMP.search(text, max(0, m.start - 40), m.start)]
        dates = _quotes_dated_by_speech(text, dates, anchor)
        info = _Article(
            ann, anchor, body_start, matches, context, dates, strong, clauses=clauses, ct_bodies=ct_bodies
        )
        candidates = self._candidates(info, masked)
        if anchor is not None:
            kept = [c for c in candidates if not self._historical(info, c) and not self._remembered(info, c)]
            if candidates and not kept:
                return Drop(art.id, "not_relevant", "history: only past events are mentioned")
            candidates = kept
        if not candidates:
            return Drop(art.id, "not_relevant", "no counter-terrorism event found")
        return info, candidates

    # -- relevance ----------------------------------------------------------------------------

    @staticmethod
    def _sentence_ok(sent_text: str, needs_context: bool, near: int, article_context: int) -> bool:
        for name, rx in NEGATIVE_CUES:
            if name in {"history", "review", "crime", "protest"}:
                continue
            if rx.search(sent_text) and (
                not STRONG_SCAN.search(sent_text)
                # (an exercise's fake bombers: "took part in a mock terrorist attack ... with actors
                # playing victims and a fake suicide bomber")
                or (name == "exercise" and _FAKE.search(sent_text) is not None)
            ):
                return False
        if article_context <= 0:
            return False
        return near > 0 if needs_context else True

    def _candidates(self, info: _Article, masked: str) -> list[Candidate]:
        ann = info.ann
        sents = list(ann.sentences)
        ctx = [len(CONTEXT.findall(masked[s.start : s.end])) for s in sents]
        strong = list(info.strong)
        # A sentence naming an armed group, or a body whose only remit is terrorism, is in context
        # as much as one saying "militants".
        for m in info.actors:
            if m.entry.kind == "armed_group" or m.entry.id in info.ct_bodies:
                for j, s in enumerate(sents):
                    if s.start <= m.start < s.end:
                        strong[j] += 1
                        break
        crime_rx = dict(NEGATIVE_CUES)["crime"]
        protest_rx = dict(NEGATIVE_CUES)["protest"]
        out: list[Candidate] = []
        current: Candidate | None = None
        stat_period: Sentence | None = None
        cyber_before = False
        title = ann.article.title or ""
        cyber_story = CYBER.search(title) is not None and PHYSICAL_HARM.search(title) is None
        sentence_index = {s.start: k for k, s in enumerate(sents)}
        # the first sentence (by index) that tells of a protest held, or the title
        held = [PROTEST_HELD.search(masked[s.start : s.end]) is not None for s in sents]
        first_protest = 0 if PROTEST_HELD.search(title) else next((k for k, h in enumerate(held) if h), None)
        order_before = False  # the sentence before told of public order (a riot, a clash of cadres)
        recalled_here = False  # the sentence recalls earlier happenings ("... follows an attack on ...")
        recalled_attack_at = -9  # the last sentence that recalled an attack as background
        lead = next((k for k, s in enumerate(sents) if s.end > info.body_start), None)
        item_floor = 0  # where the running story's current item begins (see _ITEM_BREAK)
        # a story of a world war (told twice, not as a yardstick: "the worst attack since the Second
        # World War"): what it tells with no day of its own is the war's
        war_story = len(_war_told(title + "\n" + ann.text)) >= 2
        # a story of an accident (its title or lead: "The Latest on a natural gas explosion in Seattle")
        accident_story = bool(_ACCIDENT.search(title)) or (
            lead is not None and _ACCIDENT.search(masked[sents[lead].start : sents[lead].end]) is not None
        )
        for i, s in enumerate(sents):
            st = masked[s.start : s.end]
            if _ITEM_BREAK.fullmatch(st.strip()):
                # "———", "12:40 p.m.": a new item of a running story ("The Latest: ..."); what the
                # item before told goes on no further
                current = None
                item_floor = s.end
                recalled_attack_at = -9
                continue
            if i > 0 and not ann.upper and _ITEM_DATELINE.match(st) and s.start > info.body_start:
                # "RAMADI - Iraqi troops arrested three suspected al Qaeda members" after "FALLUJAH - A
                # sniper killed an Iraqi soldier": an item of a roundup of its own
                current = None
            if i > 0 and not ann.upper and _is_heading(st):
                # "YEAR ON ALERT", "THE SHOOT-OUT.": a section heading of a story in mixed case
                # reports nothing of its own
                continue
            if _REPLY.match(st):
                # "@PatrickLenton while bandits and dragons still attack my dog": a reply quoted
                # from social media, chatter rather than a report
                continue
            near = sum(ctx[max(0, i - 1) : i + 2]) + 2 * sum(strong[max(0, i - 2) : i + 3])
            # (a clause cut from its sentence keeps the sentence's words of the field: "A man was charged
            # on Tuesday with murder and terrorism | after he shot dead a Minnesota lawmaker")
            whole_strong = (
                strong[i]
                or (s.start in info.clauses and i > 0 and strong[i - 1])
                or (i + 1 < len(sents) and sents[i + 1].start in info.clauses and strong[i + 1])
            )
            crime = crime_rx.search(st) is not None and not whole_strong
            # -- statistics: a figure over a period, never an event ----------------------------
            bullet = re.match(r"\s*(?:[-*\u2022\u2013]|\d+[.)])\s", st) is not None
            # (or the tally goes on in the present perfect: "Since October, Palestinians have killed 34
            # Israelis ... Israeli forces have shot dead at least 201 Palestinians")
            in_list = stat_period is not None and (
                bullet
                or st.lower().startswith("of those")
                # "There were 891 attacks during the first quarter of 2016 ... Those attacks killed
                # 2,150 people": the tally's attacks named back
                or (
                    _THOSE_TALLIED.match(st) is not None
                    # (not one of them named: "These attacks included Sunday's truck bombing")
                    and not SINGLE_EVENT_CUE.search(st)
                    and not _DAY_POSSESSIVE.search(st)
                    and not re.search(r"\binclud", st, re.IGNORECASE)
                )
                # ... or its total told after it: "A total of 1,077 people were arrested for
                # terrorism-related offences, the report said"
                or (_TOTAL_OPENS.match(st) is not None and not SINGLE_EVENT_CUE.search(st))
                # (not one day's: "Police have arrested three men in connection with Friday's bombing")
                or (
                    _TALLY_GOES_ON.search(st) is not None
                    and not SINGLE_EVENT_CUE.search(st)
                    and not _DAY_POSSESSIVE.search(st)
                )
            )
            stats = find_statistics(st, period_in_context=in_list) if info.context > 0 else []
            war_tolls: list[tuple[int, int]] = []
            tally_from = len(st)  # where a tally beside the sentence's happening opens (see below)
            if stats:
                # "following a war in which 100,000 people were killed": history, no figure of the field
                tolls = war_toll_spans(st)
                kept_stats = [sm for sm in stats if not inside(sm.start, tolls)]
                if not kept_stats:
                    # (nor a happening: "Insurgent violence ... has killed 7,344 people since 2004")
                    war_tolls = tolls
                stats = kept_stats
            if stats and not crime:
                # (a list's items keep its heading: "The Interior Ministry said:" gives who reports)
                period = (
                    stat_period
                    if in_list and bullet and stat_period is not None
                    else s
                    if PERIOD_CUE.search(st)
                    else (stat_period or s)
                )
                for sm in stats:
                    out.append(
                        Candidate(sm.event_type, (s.start + sm.start, s.start + sm.end), 0.8, [s], sm, period)
                    )
                if not all(sm.aside for sm in stats):
                    stat_period = period
                    current = None
                    continue
                tally_from = min(sm.aside_from for sm in stats)
                # (the tally a happening brings up to date: the sentence tells the happening too)
            if PERIOD_CUE.search(st) and (st.rstrip().endswith(":") or stats):
                stat_period = s
            elif not bullet:
                stat_period = None if not st.rstrip().endswith(":") else s
            # -- events -----------------------------------------------------------------------
            found = find_triggers(st)
            if i == lead and not near and self._lead_named_back(info, masked, sents, i, found, ctx, strong):
                near = 1
            elif (
                not near
                and not out
                and lead is not None
                and 0 < i - lead <= _STORY_OPENING
                and info.context >= _STORY_CONTEXT
                # (told as the sentence's subject: not "Obama arrived to meet relatives of people
                # killed in the shooting rampage here")
                and any(t.event_type == "attack" and _SUBJECT_BEFORE.fullmatch(st[:a]) for t, a, _ in found)
                and self._lead_named_back(info, masked, sents, i, found, ctx, strong, reach=len(sents))
            ):
                # "The shooting rampage on Sunday left 49 people dead" in the opening paragraphs of
                # a story whose terrorism is told only much later ("claiming that the shooting was
                # 'vengeance' for airstrikes", after Islamic State named): the story's happening
                near = 1
            if (
                not near
                and current is not None
                and current.event_type == "attack"
                and _ANOTHER_BLAST.search(st)
            ):
                # one more blast of the series told: in the context of the first
                near = 1
            hits = [
                Hit(t, a, b)
                for t, a, b in found
                if self._sentence_ok(st, t.needs_context, near, info.context)
                and not any(x < b and a < y for x, y in war_tolls)
                # (nor a word of the tally's clause: "visited Diffa on Monday, where 300 people have
                # been killed in Boko Haram attacks since February")
                and a < tally_from
            ]
            # protesters, rioters or a mob and the police: public order, not counter-terrorism
            protest = protest_rx.search(st) is not None and not beyond_public_order(st)
            hits += [h for h in group_hits(info.actors, s.start, st) if h.start < tally_from]
            hits = as_seizures(st, hits)
            protest = protest or (bool(hits) and (crowd_violence(st) or crowd_fired_on(st)))
            cause = PROTEST_CAUSE.search(st)
            if cause is not None:
                # "... marched in support of the army amid an increase in militant attacks", "held a
                # vigil after a terrorist attack": the protest is the happening; its cause is told
                hits = [h for h in hits if h.start < cause.end()]
            voice = protest_voice(st) if first_protest is not None and first_protest <= i + 1 else None
            if voice is not None:
                # "They demanded the arrest of those behind the Shikarpur blast": the protest's message
                # (a doer's trigger whose deed lies in it too: "... and terrorists and demanded that
                # the perpetrators of the attacks be brought to justice")
                hits = [h for h in hits if h.end <= voice]
            recalled_before, recalled_here = recalled_here, False
            recalled = recalled_spans(st)
            recalled_here = any(inside(h.start, recalled) for h in hits)
            if recalled:
                # "... just eight months after gunmen killed 130 people in Paris": the earlier
                # happening is background here
                if any(h.trigger.event_type == "attack" and inside(h.start, recalled) for h in hits):
                    recalled_attack_at = i
                hits = [h for h in hits if not inside(h.start, recalled)]
                if any(opens_sentence(st, 0, a) and b < len(st.rstrip(" .\"'\u201d")) for a, b in recalled):
                    # after a lapse that opens the sentence, the happening recalled named back is no
                    # new one ("Weeks after the Brussels bombings, police were still hunting the man
                    # seen with the two suicide bombers"; "A year after the attack on the Bataclan,
                    # survivors gathered to remember the victims of the attack")
                    hits = [h for h in hits if not _named_back_word(st, h)]
            if protest:
                hits = [h for h in hits if h.trigger.event_type not in PUBLIC_ORDER_TYPES]
            clash = False
            if strong[i] == info.strong[i]:  # no armed group named
                kept = [h for h in hits if not civil_clash(st, h)]
                clash, hits = len(kept) < len(hits), kept
            hits = [h for h in hits if not shots_in_the_air(st, h)]
            riot = beyond_public_order(st, thrown=True)
            calm = not riot and strong[i] == info.strong[i]  # no armed men, no armed group
            if order_before and calm:
                # "4 soldiers were injured", "Police intervened and arrested four persons for
                # vandalism" after a riot or a clash of party cadres: how it ended
                hits = [h for h in hits if h.trigger.event_type not in PUBLIC_ORDER_TYPES]
            if first_protest is not None and first_protest < i and calm:
                # "Hundreds of protesters stormed Baghdad's Green Zone ... The Parliament was stormed
                # after a session ... was postponed": the crowd's storming, told again
                # (in the passive, no doer told: not "Army commandos stormed the cafe")
                hits = [
                    h
                    for h in hits
                    if not (
                        _STORMED.fullmatch(st[h.start : h.end])
                        and _PASSIVE_BEFORE.search(st, max(0, h.start - 20), h.start)
                    )
                ]
            order_before = clash or riot_told(st, [a for _, a, _ in found])
            physical = PHYSICAL_HARM.search(st) is not None
            cyber = not physical and CYBER.search(st) is not None
            if (cyber_before or cyber_story) and not cyber and not physical:
                # "Pyongyang was blamed for a cyber attack on Sony Pictures. The attack was followed
                # by online leaks": the attack named again is the one on computers (or the one of
                # the story's title: "... New York Fed feared such cyber attacks")
                hits = [
                    h
                    for h in hits
                    if h.trigger.event_type != "attack"
                    or not _DEFINITE_BEFORE.search(st, max(0, h.start - 30), h.start)
                ]
            cyber_before = cyber
            if crime or protest:
                hits = [h for h in hits if not h.trigger.needs_context or strong[i]]
            question = _QUESTION.search(st) if hits else None
            if question is not None and _OPEN_QUESTION.search(st, 0, question.start()):
                # "Why hasn't the government managed to extradite them?", "Will they attack
                # again?" assert nothing ("Who bombed the station?" takes the bombing as known)
                hits = [h for h in hits if h.start > question.start()]
            hits = [
                h
                for h in hits
                if not halted(st, h)
                and not counted_as_whole(st, h)
                and not idle_warning(st, h)
                and not depicted(st, h)
                and not planned_only(st, h)
                and not seized_goods(st, h)
                and not titled(st, h)
                and not by_examples(st, h)
                and not is_trend(st, h)
                and not rescue_of_none_taken(st, h)
                and not of_years(st, h)
            ]
            tally = self._tally(info, s)
            if tally and any(h.trigger.name == "harmed" for h in hits):
                # "Xinjiang, where hundreds have been killed in the last few years": a tally of
                # years, no happening
                hits = [h for h in hits if h.trigger.name != "harmed" or not _PERFECT.match(st, h.start)]
            # (or a running count: "Castile was the 506th person shot and killed by police so far in 2016")
            # (or an unnumbered many that there have been: "there have been several police raids on
            # suspected Islamic State militants there over the past months")
            tallied = tally and (
                _PERFECT_HARM.search(st) is not None
                or _NTH_VICTIM.search(st) is not None
                or _MANY_THERE_HAVE_BEEN.search(st) is not None
            )
            if tallied:
                # "... have been killed in the past year in attacks by Islamist militants": all a tally
                hits = [h for h in hits if h.trigger.event_type not in {"attack", "ct_operation", "raid"}]
            going_on = [m.start() for m in _PERFECT_GOING_ON.finditer(st)] if tally and hits else []
            if going_on:
                # "Russian warplanes have been carrying out airstrikes in Syria since Sept. 30": a
                # campaign going on for months, in its own clause (not "The coalition, which has been
                # bombing Yemen since March 2015, struck a wedding in Taez")
                kept = [
                    h
                    for h in hits
                    if h.trigger.event_type not in {"attack", "ct_operation", "raid"}
                    or not any(a <= h.start and not _CLAUSE_BREAK.search(st, a, h.start) for a in going_on)
                ]
                tallied = tallied or (bool(hits) and not kept)
                hits = kept
            if hits and not self._dated(info, s):
                generic = [h for h in hits if is_generic(st, h)]
                if self._yearly(info, s):
                    generic += [h for h in hits if is_campaign(st, h)]
                hits = [h for h in hits if h not in generic and not joined_to(st, h, generic)]
            fought_on = [m.span() for m in _FOUGHT_ON.finditer(st)] if hits else []
            if fought_on:
                hits = [
                    h
                    for h in hits
                    if h.trigger.event_type not in {"attack", "ct_operation", "raid"}
                    or not inside(h.start, fought_on)
                ]
            if hits and (_WAR_EBB.search(st) or (not self._dated(info, s) and _WAR_COURSE.search(st))):
                # "Russian air strikes have turned the tide of the civil war", "fighting has largely
                # tipped in favor of Damascus": the course of a war, no happening of a day
                hits = [h for h in hits if h.trigger.event_type not in {"attack", "ct_operation", "raid"}]
            if hits and not self._dated(info, s) and NAMED_WAR.search(st):
                # "many of the military officers who tortured and killed people during the Dirty War
                # were trained at ...": a war of the past
                hits = [h for h in hits if h.trigger.event_type not in {"attack", "ct_operation"}]
            if hits and accident_story and not strong[i] and not STRONG_SCAN.search(st):
                # "... residents were evacuated after the blast early Wednesday": the accident's blast
                hits = [h for h in hits if h.trigger.event_type != "attack"]
            if hits and war_story and i != lead and not self._dated(info, s):
                # "A majority of Americans see the bombings as having been necessary to end the war",
                # "moving into shell holes, fighting, surviving on the front line" in a story of
                # Hiroshima or Verdun: the world war's, told with no day of the story's own
                hits = [h for h in hits if h.trigger.event_type not in {"attack", "ct_operation"}]
            if hits and (PAST_WAR.search(st) or WORLD_WAR_TOLD.search(st)):
                hits = [h for h in hits if not in_past_war(st, h)]
            if hits:
                tolls = war_toll_spans(st)
                hits = [h for h in hits if not inside(h.start, tolls)]
            if hits and _RANKING_WORD.search(st):
                # "Belgium has the biggest contingent of Islamist foreign fighters": a country
                # ranked, no happening
                hits = [h for h in hits if not _RANKED.search(st, max(0, h.start - 60), h.start)]
            if any(h.trigger.name in _NEEDS_ARMED for h in hits) and not self._armed_agent_near(
                info, masked, sents, i
            ):
                hits = [h for h in hits if h.trigger.name not in _NEEDS_ARMED]
            if any(h.trigger.name == "gunmen" for h in hits):
                # "SDF fighters raided a house ... and seized two explosive belts": a force's own
                # men, whose deed is its operation (not an armed group's attack); with no other word
                # of it, the deed stays ("VDP fighters killed 28 civilians in Nodin")
                hits = [h for h in hits if not self._force_fighters(info, s.start, st, h)] or hits
            if any(h.trigger.name == "execution" for h in hits):
                # "Al-Shabaab publicly executed two men convicted of spying": an armed group's killing
                # of its captives, not a state's sentence carried out
                hits = [
                    h
                    for h in hits
                    if h.trigger.name != "execution" or not self._group_executes(info, s.start, st, h)
                ]
            main = main_hit(st, hits) if hits else None
            background = BACKGROUND.search(st) if main is not None else None
            if (
                main is not None
                and background is not None
                # (a series of a day or a week is news: "Last week a series of bombings killed
                # nearly 150 people in Jableh ... and Tartous")
                and not (
                    background.group().lower() == "a series of"
                    and any(
                        s.start + background.start() - 40 <= m.end <= s.start + background.start()
                        and m.interval.precision in ("day", "week")
                        for m in info.dates
                    )
                )
                and current is not None
                # (nor the happening told again on its day: "Mehmet Ozturk ... has carried out the
                # heinous attack on Saturday in Istanbul")
                and DAY_AFTER.match(st[main.end : main.end + 40]) is None
                # (nor an attack with a day and a toll of its own told after a step: "Police arrested
                # three suspects on Monday. Gunmen had attacked a police post in Kano the day before,
                # killing two officers.")
                and not (
                    main.trigger.event_type == "attack"
                    and current.event_type in LEGAL_STEPS
                    and _OWN_TOLL.search(st, main.end) is not None
                    and any(
                        s.start <= m.start < s.end and m.interval.precision == "day" and m.base is not None
                        for m in info.dates
                    )
                )
                # (not after a happening of long ago recalled: "... on high alert since two people
                # were killed in Copenhagen in February last year. Islamic State has claimed
                # responsibility for bombing that killed 32 people in Brussels last month")
                and not self._historical(info, current)
            ):
                main = None
            followed = followed_spans(st, 0, len(st)) if main is not None and current is not None else []
            if followed:
                recalled_here = True
                own = [h for h in hits if not (inside(h.start, followed) or inside(h.end - 1, followed))]
                if not own:
                    # "The decision was taken following a suicide attack which killed at least 64
                    # people": an earlier happening recalled, neither the one told before nor news
                    if any(h.trigger.event_type == "attack" for h in hits):
                        recalled_attack_at = i
                    continue
                # "The blast follows a deadly suicide attack on a bus ... last month and a separate
                # attack on a court": the blast named back is the sentence's happening, and what it
                # followed is no part of it
                main = main_hit(st, own) or main
                hits = own
                st = _blanked(st, 0, len(st), followed)
            if (
                i > 0
                and current is not None
                and current.sentences[-1].start != sents[i - 1].start
                and "attack" in info.types_told(sents[i - 1])
                and _SUBSEQUENT.match(st)
            ):
                # "The Dhaka restaurant attack was the worst since 2005, when JMB set off a series
                # of bombs throughout Bangladesh. Subsequent suicide attacks on courthouses killed at
                # least 25 people": the sequel of what the sentence before recalled
                continue
            those = _THOSE_ATTACKS.search(st) if recalled_before else None
            if those is not None and (main is None or those.start() <= main.start < those.end()):
                # "The Taliban claimed both those attacks" after attacks recalled: those, not the
                # story's
                continue
            if (
                current is not None
                and i > 0
                and sents[i - 1] not in current.sentences
                and _THAT_ONE.search(st) is not None
                # (told with its own time: "... after a government bombardment in April 2014")
                and any(
                    sents[i - 1].start <= m.start < sents[i - 1].end and m.interval.start for m in info.dates
                )
                and any(
                    ({t, current.event_type} <= _FIGHTING or t == current.event_type)
                    # (one happening, not a campaign: "The Taliban have stepped up attacks on Afghan
                    # forces. Five soldiers were killed in that attack" is the current one's)
                    and (
                        not info.ann.text[a:b].lower().endswith("s")
                        # ("a series of coordinated attacks in Paris in November": one happening)
                        or re.search(
                            r"\bseries of\s+(?:[\w-]+\s+){0,2}$",
                            info.ann.text[max(sents[i - 1].start, a - 40) : a],
                        )
                        is not None
                    )
                    for t, a, b in info.hits_in(sents[i - 1])
                )
            ):
                # "... after a government bombardment in April 2014 on the school. 23 children had died
                # in that attack": the one the sentence before told, left out, not the current one
                continue
            if main is None:
                attacks_told = [c for c in out if c.event_type == "attack" and c.statistic is None]
                if (
                    current is not None
                    and current.event_type not in {"attack", "ct_operation"}
                    and attacks_told
                    and _TOLL_UPDATE.search(st)
                ):
                    # "... On Wednesday, police arrested three suspects. The death toll rose to 26":
                    # the toll of the attack told before, not of the arrest
                    attacks_told[-1].sentences.append(s)
                    continue
                if (
                    current is not None
                    and self._continues(st, current)
                    # (nor a tally: "At least 20 people have been killed in the past year")
                    and not tallied
                    # (nor the toll of what the sentence before told on another day: "In October, two
                    # explosions hit a peace rally in Ankara. Ninety-nine people were killed.")
                    and not self._toll_of_before(info, sents, i, current)
                    and not self._tells_another(info, s, current)
                    # (nor, for a happening recalled from weeks before, one with no harm, no doer
                    # named back and no armed group blamed, told after sentences that are not its own:
                    # "Kurdish and Yazidi fighters retook Sinjar last fall. Mass killings were only
                    # part of the Islamic State's campaign ... Critics have accused the Justice
                    # Department"; these stay: "Farook and his wife were responsible for killing 14
                    # people", "The death toll has since risen to 14", "The bomber was identified as
                    # Nabil Fadli", "Officials blamed the PKK")
                    and not (
                        i > 0
                        and current.sentences[-1].start != sents[i - 1].start
                        and not _HARM_OR_TOLL.search(st)
                        and not _DOER_NAMED.search(st)
                        and not (
                            _BLAME_TOLD.search(st)
                            and any(
                                m.entry.kind == "armed_group" and s.start <= m.start < s.end
                                for m in info.actors
                            )
                        )
                        and not self._recent(info, current)
                    )
                    # a sentence told on another day: "... bombings and shootings in Paris last
                    # November that killed 130 people. Of the three men charged on Saturday,
                    # prosecutors named one as Faycal C." (a happening recalled from weeks before
                    # takes none); "Last month, the Shabab claimed an attack on a hotel in Mogadishu
                    # ... the fighters killed on Saturday were training" (the day of a happening the
                    # story told before)
                    and not (
                        self._another_day(info, s, current)
                        and (
                            not self._recent(info, current)
                            or self._day_of_another(info, s, current, out)
                            # (or, in an attack's story, a harm of years before done to no one it
                            # names: "Five years ago the U.S. killed Osama bin Laden", in a story of a
                            # journalist held now; not "Zongo was killed on 13-December-1998" after
                            # his murder named, nor a deed a court case is about)
                            or (
                                current.event_type == "attack"
                                # (in capitals, names cannot be told apart)
                                and not info.ann.upper
                                and self._years_before(info, s)
                                and not self._names_again(info, s, current)
                            )
                        )
                    )
                    # "Alton Sterling was shot by police in Baton Rouge on Tuesday" after a sniper's
                    # attack in Dallas: harm of another day in another town is not the attack's, nor
                    # harm told first of all by its town ("In Jerusalem, a Palestinian opened fire at
                    # Israeli police ..., seriously wounding two officers" after a Tel Aviv stabbing)
                    and not (
                        self._own_place(info, s, current)
                        and (
                            _PLACE_OPENING.match(st)
                            or self._another_day(info, s, current)
                            # "The three deaths Sunday in Baton Rouge brought the total ..." after
                            # the Dallas ambush recalled: the town of a happening told before
                            or self._town_of_another(info, s, current, out)
                        )
                    )
                ):
                    current.sentences.append(s)
                continue
            etype = self._retype(info, s, st, main, out)
            if (
                etype in _COURT_TYPES
                and not any(strong[max(0, i - 1) : i + 2])
                and not _COURT_CASE_OF_THE_FIELD.search(st)
            ):
                # "Warmbier was sentenced to 15 years of hard labour for trying to steal a
                # propaganda banner": a court case is of the field when terrorism, an armed group
                # or an attack is told with it, not two sentences away; it may go on a case told
                # before ("He was charged on Saturday"), that kind's step first (see _step_told_again)
                if current is not None and current.event_type in LEGAL_STEPS:
                    again = self._step_told_again(info, st, etype, current, out)
                    current = again or current
                    current.sentences.append(s)
                continue
            if etype in _OWN_CONTEXT_TYPES and not strong[i]:
                # "Machar and Kiir signed a peace deal", "a state law passed in October requires a
                # warrant", "The first group of returnees from Greece were brought": a law, a deal,
                # a recruitment or a journey is of the field when terrorism, an armed group or an
                # armed force is named in its own sentence, not only elsewhere in the article
                continue
            separate = SEPARATE.search(st) is not None or (
                # "Turkey has suffered a spate of bombings this year, ... In the most recent attack,
                # a car bomb ripped through a police bus": the last of the series, not one told before
                i > 0
                and _LATEST_OF.match(st) is not None
                and _A_SERIES.search(masked, sents[i - 1].start, sents[i - 1].end) is not None
            )
            trig = (s.start + main.start, s.start + main.end)
            if (
                separate
                and etype == "attack"
                and _NOUN_TRIGGER.search(st, main.start, main.end)
                # (not one with a day or a toll of its own: "In a separate incident, the Kabul car
                # bombing on Sunday killed two police officers")
                and not self._dated(info, s)
                and not _TOLL_TOLD.search(st)
            ):
                # "Meanwhile, Islamic State warned ... that the Dhaka assault was just a hint of what
                # is to come": another thread, but of the attack its town names back
                named = self._of_town(
                    info, s, st, main, [c for c in out if c.event_type == "attack" and c.statistic is None]
                )
                if len(named) == 1:
                    current = named[0]
                    current.sentences.append(s)
                    continue
            if (
                current is not None
                and _LATER_OPENING.match(st)
                and current.sentences[-1].start >= sents[max(0, i - 2)].start
                and self._historical(info, current)
                # (not one of its own day or town: "Later, at 2100, a bomb exploded at a bank in
                # Medellin", "Later Sunday, ...")
                and not self._dated(info, s)
                and not self._new_town(info, s, current)
            ):
                # "DURING THE BETANCUR ADMINISTRATION (1982 - 1986) ... THE U.S. EMBASSY WAS ATTACKED
                # IN A SIMILAR MANNER. ... LATER, HOWEVER, A BOMB EXPLODED IN THE EMBASSY'S PARKING
                # LOT": later than a happening of years ago told just before, of that time too
                current.sentences.append(s)
                continue
            if (
                current is not None
                and not separate
                and etype == "attack"
                and current.event_type in _HUNT_TYPES
                and self._only_named_back(st, hits)
            ):
                # "Turkish police detained 13 people. They were accused of providing logistical
                # support for the bombings.": the attack named again tells of the suspects
                current.sentences.append(s)
                continue
            if (
                current is not None
                and not separate
                and etype == "attack"
                and current.event_type in _COURT_TYPES
                and not self._dated(info, s)
                and all(
                    _ALLEGED_DEED_BEFORE.search(st, max(0, h.start - 70), h.start)
                    for h in hits
                    if h.trigger.event_type == "attack"
                )
            ):
                # "A Turkish court sentenced the main suspect in the 2022 bombing ... Ahlam Albashir, who
                # prosecutors say planted the bomb, was given seven life sentences": the deed the
                # defendant is accused of, told in the case's story
                current.sentences.append(s)
                continue
            attacks = [c for c in out if c.event_type == "attack"]
            if etype == "raid" and attacks and not separate and self._found_only(st, hits):
                # "A senior U.S. military official said guns and explosives were found in the
                # truck": what was found in an attack's story, with no search told, is the attack's
                current = attacks[-1]
                current.sentences.append(s)
                continue
            told = self._told_that_day(info, s, st, main, etype, out, current)
            if told is not None:
                # "The car bomb attacks on Sunday in Homs ..." after last month's attacks: the
                # happening of that day, already told
                current = told
                current.sentences.append(s)
                continue
            # harm told right after another time's happening is that one's (see _toll_of_before)
            toll_before = main.trigger.name == "harmed" and self._toll_of_before(info, sents, i, current)
            # ... and so is an attack on a thing named back that the sentence before brought in
            thing_before = etype == "attack" and self._thing_of_before(info, sents, i, current)
            if current is not None and not separate:
                follows = (
                    etype == current.event_type
                    or (
                        current.event_type in FOLDS_INTO.get(etype, set())
                        # an arrest told paragraphs after an attack is the hunt, a happening of its
                        # own ("Turkish police detained 13 people in raids across Istanbul in
                        # connection with Tuesday night's attack"); one told next to it is its end
                        and (
                            etype not in _OWN_AFTER_ATTACK
                            or current.event_type != "attack"
                            or (
                                (
                                    i - sentence_index[current.first.start] <= _END_OF_ATTACK
                                    # ... or right after a sentence of it that tells the attack
                                    # again, on its day ("The gunmen stormed into the restaurant late
                                    # on Friday, before killing at least 20 people. Six were killed and
                                    # a seventh suspect was captured")
                                    or (
                                        i > 0
                                        and current.sentences[-1].start == sents[i - 1].start
                                        and self._retold_on_its_day(info, sents[i - 1], current)
                                    )
                                )
                                # (not one said to be of the case: "five people had been detained
                                # so far in connection with the bombing", the hunt)
                                and not _OF_THE_CASE.search(st, main.end)
                                # (nor one of its own day, after the attack's: "Police said on
                                # Tuesday they had arrested two ELN members who had placed the bomb"
                                # after Sunday's bombing)
                                and not (
                                    self._own_date(info, s, current, trig[0])
                                    and self._hunt_apart(info, s, current, trig, etype)
                                    # (nor one of the attack's end: "police said they had arrested
                                    # one of the attackers at the scene on Friday")
                                    and _ENDS_THE_ATTACK.search(st) is None
                                )
                            )
                        )
                    )
                ) and not self._another_attack(info, s, st, main, etype, current)
                if (
                    follows
                    and etype != current.event_type
                    and etype in {"travel", "recruitment"}
                    and _OTHERS_OPENING.match(st)
                ):
                    # "Other Australian teens have been seduced by extremism, including one who fled to
                    # Syria" after a teen's charge: the journeys of others, not a step of the case
                    follows = False
                if (
                    not follows
                    and etype == "raid"
                    and current.event_type == "attack"
                    and st[main.start : main.end].lower() in ("raid", "raids")
                    and st[max(0, main.start - 5) : main.start].lower() == " the "
                    and not _SECURITY_SIDE.search(st)
                    and not _SECURITY_SIDE.search(text_of(info, current.first))
                    # ... right after it, with the harm it did ("... killed ... during the raid"; not
                    # "officials did not release further information on the raid")
                    and i > 0
                    and current.sentences[-1].start == sents[i - 1].start
                    and (_HARM_TOLD.search(st) or _ANY_DEATH.search(st)) is not None
                    # ... with no day of its own, nor a hunt's ("A suspect was wounded during the raid
                    # on his house in Maroua on Wednesday")
                    and not self._own_date(info, s, current, trig[0])
                    and not _RAID_OF_A_HUNT.search(st)
                ):
                    # "Assailants attacked Roum. At least four people were killed and several
                    # buildings were burned during the raid.": the attackers' raid, named back
                    follows = True
                if (
                    not follows
                    and main.trigger.name == "harmed"
                    and current.event_type in {"raid", "arrest", "ct_operation"}
                    and _DURING_THE_OPERATION.search(st) is not None
                    and not self._own_date(info, s, current, trig[0])
                ):
                    # "A joint raid ... killed 15 Islamic State operatives. Seven U.S. personnel were
                    # injured during the operation": the harm of the operation named back
                    follows = True
                if (
                    follows
                    and etype == current.event_type == "ct_operation"
                    and self._another_operation(info, s, current, trig)
                ):
                    follows = False
                if (
                    follows
                    and etype == "ct_operation"
                    and current.event_type == "attack"
                    and _SUICIDE_ATTACKER.search(text_of(info, current.first))
                    and any(main.start <= m.start() < main.end for m in _AIR_STRIKE.finditer(st))
                ):
                    # "... declined to confirm Mansour's death in a drone strike on Saturday" after a
                    # suicide bombing: a strike is never a bomber's attack
                    follows = False
                if (
                    follows
                    and etype == "ct_operation"
                    and current.event_type == "attack"
                    and self._recent(info, current)
                    and self._dated_long_before(info, s, etype, trig)
                ):
                    # "A U.S. service member was killed on Saturday in northern Iraq. Wheeler became
                    # the first American to die in combat in Iraq in October when he was killed during
                    # a mission to rescue hostages": an operation of months before, recalled as the
                    # war's background, neither the attack's nor a record of its own (nor are the
                    # sentences that go on about it: "About 70 hostages were freed in that raid.")
                    current = Candidate(etype, trig, main.trigger.strength, [s])
                    continue
                if (
                    follows
                    and etype == "attack"
                    and _DAY_POSSESSIVE.search(st)
                    and self._date(info, current)[1] is None
                    and any(c is not current and c.event_type == etype and c.statistic is None for c in out)
                ):
                    # "Trump used Sunday's shooting as an example" after a shooting recalled with no
                    # day: the attack of that day is looked for among those told
                    follows = False
                if (
                    follows
                    and etype == "attack"
                    and current.event_type != "attack"
                    and self._own_date(info, s, current, trig[0])
                ):
                    # "Police killed a militant in raids on Friday, a day after an attack ... Just
                    # seven people were killed in Thursday's siege": harm of another day is not the
                    # operation's
                    follows = False
                if (
                    follows
                    and etype == "ct_operation"
                    and current.event_type == "attack"
                    and (
                        (
                            self._own_date(info, s, current, trig[0])
                            and (
                                self._arrest_apart(info, s, current, trig, etype)
                                # the doer met on a day of his own ("The suspect ... was shot dead by
                                # police on Tuesday morning" after Monday's shooting)
                                or _doer_opens(st)
                                # a bombardment of another day, even the next, answers the attack
                                # rather than ending it ("The Turkish army shelled militant positions
                                # near the town on Tuesday" after Monday's attack on a police post)
                                or _BOMBARDMENT.search(st, main.start, main.end) is not None
                                # ... and so does an operation of its own, told with its article ("On
                                # Wednesday, security forces killed three militants in a raid in the
                                # same district" after Tuesday's shooting of two policemen)
                                or (
                                    _AN_OPERATION_OF_ITS_OWN.search(st) is not None
                                    # (not the end of the attack: "Algerian troops stormed the complex
                                    # in an operation that killed 11 militants", "killed the five
                                    # attackers in a gunfight"; but a later day's hunt for them is
                                    # one of its own: "Security forces later killed one of the
                                    # attackers in a counter-operation on Monday")
                                    and (
                                        _ENDS_THE_ATTACK.search(st) is None
                                        or (
                                            _LATER_HUNT.search(st) is not None
                                            and _SIEGE_WORDS.search(st) is None
                                        )
                                    )
                                    and _ENDS_THE_ATTACK.search(text_of(info, current.first)) is None
                                )
                            )
                        )
                        # ... as does one of another town ("Warplanes have also hit Islamic State's
                        # de facto capital of Raqqa" after the group's attacks in Deir al-Zor)
                        # (not one that hits the attackers on their way: "Air strikes killed four
                        # of the attackers as they fled toward Rafah")
                        or (
                            _BOMBARDMENT.search(st, main.start, main.end) is not None
                            and self._new_town(info, s, current)
                            and not _ON_THEIR_WAY.search(st)
                        )
                    )
                ):
                    # "... a roadside bomb also blew up around midnight in a market in al-Shaab. Iraqi
                    # forces on June 26 declared the defeat of IS militants in Falluja": an operation
                    # of another day is not the attack's, nor its day the attack's
                    follows = False
                if (
                    follows
                    and current.event_type == "attack"
                    and etype in _OWN_AFTER_ATTACK
                    and self._own_date(info, s, current, trig[0])
                    and self._arrest_apart(info, s, current, trig)
                ):
                    # "... the sole survivor of November's suicide assault on Paris. It was the
                    # afternoon of Friday, March 18, ... after Europe's most wanted man was seized":
                    # an arrest before the attack or days after it is no end of it (one the next
                    # day, "arrested early Sunday after a standoff", still is)
                    follows = False
                if (
                    follows
                    and current.event_type == "attack"
                    and etype in _OWN_AFTER_ATTACK | {"raid"}
                    and self._new_area(info, s, current)
                    # (told with its own day, and of no attack or its doers: not "The detention of Abrini
                    # provides the latest clue in the connection between the Nov. 13 Paris attacks and
                    # the bombings in Brussels", "Police later arrested the suspected attackers")
                    and self._dated(info, s)
                    and _AN_ATTACK_NAMED.search(st) is None
                    and _DOERS_NAMED_BACK.search(st) is None
                ):
                    # "On Friday, the SDF said they had arrested five IS suspects in a raid in Hasakah
                    # province" after an attack in the Deir ez-Zor desert: a hunt of its own elsewhere
                    follows = False
                if follows and etype == "attack" and self._named_elsewhere(info, s, st, main, current, out):
                    follows = False  # left to the search of the attack named below
                # "Prosecutors charged four people ... They were arrested on Friday, along with two
                # others who were later released. Police raided a safe house on Saturday but made no
                # further arrests": a step of the hunt of another kind on a day of its own is a
                # happening of its own (an arrest dated where the charge is not, too)
                step_of_its_day = (
                    etype != current.event_type
                    and {etype, current.event_type} <= _HUNT_TYPES
                    and (
                        self._own_date(info, s, current, trig[0])
                        or (
                            etype == "arrest"
                            and current.event_type == "charge"
                            and self._another_day(info, s, current)
                        )
                    )
                )
                # (a clause of another day cut from the sentence before is a happening of its own:
                # "... detained three suspects in Marseille on Saturday, and on Sunday police arrested
                # two more in Lyon")
                follows = follows and not step_of_its_day and s.start not in info.clauses
                anaphoric = (
                    etype in ANAPHORA_FOLDS
                    and (
                        ANAPHORIC_START.search(st) is not None
                        # "Police said two of the attackers had pledged allegiance to Islamic State":
                        # the doers told, named back in reported speech
                        or (
                            etype == "recruitment"
                            and _DOERS_BACK_REPORTED.search(st) is not None
                            and _PLEDGED.search(st) is not None
                        )
                    )
                    and not self._own_date(info, s, current, trig[0])
                    and not step_of_its_day
                )
                if follows and (toll_before or thing_before or self._another_deed(info, s, st, current)):
                    follows = False
                if (
                    follows
                    and etype == "attack"
                    and _NOUN_TRIGGER.search(st, main.start, main.end)
                    and _DEFINITE_BEFORE.search(st, max(0, main.start - 30), main.start)
                ):
                    # "Cazeneuve ... reiterated that Bouhlel was not on the radar before the attack"
                    # right after the Orlando shooter was recalled: Bouhlel's, told before
                    named = self._of_person_named(
                        info, s, [c for c in out if c.event_type == "attack" and c.statistic is None]
                    )
                    follows = not named or named[0] is current
                if follows and etype == "attack":
                    # "Paul Roos described seeing one of the attackers shooting in the departures hall"
                    # after a Brussels bombing recalled: the attack whose venue it names
                    current = self._of_venue(info, s, current, out)
                if follows or anaphoric:
                    current.sentences.append(s)
                    current.strength = max(current.strength, main.trigger.strength)
                    continue
            if not separate and not toll_before and not thing_before:
                same = [c for c in out if c.event_type == etype and c.statistic is None]
                if (
                    not same
                    and etype in _SEARCH_OR_OPERATION
                    and _BARE_OPERATION_NAMED.fullmatch(st, main.start, main.end)
                    and _DEFINITE_BEFORE.search(st, max(0, main.start - 12), main.start)
                ):
                    # "Pakistani and Afghan officials did not release further information on the raid"
                    # after a rescue "in a joint U.S.-Afghan operation": the one told, by another name
                    same = [c for c in out if c.event_type in _SEARCH_OR_OPERATION and c.statistic is None]
                    same = same[-1:]
                if etype == "attack":
                    # "A squad defused the bomb planted in front of the embassy": the defused one
                    kind = [c for c in same if c.defused == (main.trigger.name == "defused")]
                    same = kind or same
                    # an attack named by its town in the sentence, whatever its main word ("With
                    # ISIS claiming credit Saturday for inspiring the Nice attack, the worry is more
                    # attacks are inevitable" after the Orlando shooter was recalled)
                    by_town = [
                        c
                        for m in _TOWN_ATTACK.finditer(st)
                        for c in self._of_town(
                            info, s, st, replace(main, start=m.start("word"), end=m.end("word")), same
                        )
                    ]
                    if len(same) > 1 and len({id(c) for c in by_town}) == 1:
                        same = by_town[:1]
                    elif (
                        len(same) > 1
                        and _NOUN_TRIGGER.search(st, main.start, main.end)
                        and _DEFINITE_BEFORE.search(st, max(0, main.start - 30), main.start)
                    ):
                        # "... reiterated that Bouhlel was not on the radar before the attack" after
                        # the Orlando shooter was recalled: the attack of the one the sentence names
                        same = self._of_person_named(info, s, same) or same
                if len(same) > 1 and (
                    _DAY_POSSESSIVE.search(st)
                    or (
                        _NOUN_TRIGGER.search(st, main.start, main.end)
                        and _DEFINITE_BEFORE.search(st, max(0, main.start - 30), main.start)
                    )
                ):
                    # "... were involved in Wednesday's attack" after an aside on a 2014 massacre,
                    # "The U.S. condemned the attack on Sunday" after attacks of October and February
                    # recalled: the happening of that day, already told
                    agreeing = [c for c in same if not self._own_date(info, s, c, trig[0])]
                    if len(agreeing) > 1 and self._dated(info, s):
                        # ... and where none but the story's own is dated, the story's own ("Trump
                        # used Sunday's shooting as an example" after a shooting of December recalled
                        # with no day)
                        agreeing = [c for c in agreeing if self._date(info, c)[1] is not None] or agreeing[:1]
                    same = agreeing or same
                town_back = False
                # the attack is named, with its toll, by a town none of those told before names
                other_town = False
                if etype == "attack" and same:
                    # "The Nice attack has highlighted ..." after cases recalled from Sydney and
                    # Chattanooga: the attack of the town named with it, whatever day the sentence
                    # names ("claiming credit Saturday for inspiring the Nice attack")
                    of_town = self._of_town(info, s, st, main, same)
                    town_back = bool(of_town) and self._named_back(info, s, st, main, towns=True)
                    other_town = (
                        not of_town
                        and _TOLL_TOLD.search(st) is not None
                        and bool(self._towns_in_name(info, s, st, main))
                    )
                    same = of_town or same
                back = etype == "attack" and (town_back or self._named_back(info, s, st, main))
                if back and len(same) > 1:
                    # "Cazeneuve on Saturday reiterated that Bouhlel was not on the radar before
                    # the attack", after cases of 2014 and 2015 recalled: the story's own attack
                    same = [c for c in same if self._recent(info, c)] or same
                if back and same and not town_back and self._own_place(info, s, same[-1]):
                    back = False  # the sentence places it in a town of its own
                if same and (
                    back
                    or self._step_told_again(info, st, etype, current, same) is not None
                    or (
                        (etype != "attack" or not self._new_attack(st))
                        # (not one named by a town of its own: "In the Dallas rampage on Thursday, a
                        # veteran ... killed five police officers" after ambushes in Georgia)
                        and not other_town
                        # (an item of a running story that names a town of its own tells its own)
                        and (
                            same[-1].sentences[-1].start >= item_floor
                            or not self._new_town(info, s, same[-1])
                            # (the story's happening named back in a country's town it lies in:
                            # "Tuesday's attack" in an item on Turkey, then "the terrorist attack at
                            # Istanbul's Ataturk airport"; not "militant shelling of ... Aleppo")
                            or (
                                _NAMED_BACK_QUOTED.search(st, max(0, main.start - 30), main.start) is not None
                                and self._placed_within(info, s, same[-1])
                            )
                        )
                        # (a claim's day is the claim's, and an attack named back may be told on
                        # another's day: "claiming credit on Saturday for inspiring the Nice attack"
                        # after an arrest told; _another_attack decides)
                        and (
                            main.trigger.name == "claim"
                            or (etype == "attack" and self._definite_noun(st, main))
                            or not self._own_date(info, s, same[-1], trig[0])
                        )
                        and not self._another_attack(info, s, st, main, etype, same[-1])
                        and not self._another_deed(info, s, st, same[-1])
                        and not (etype == "ct_operation" and self._another_operation(info, s, same[-1], trig))
                    )
                ):
                    same[-1].sentences.append(s)
                    current = same[-1]
                    continue
                told = self._of_same_town(info, s, st, main, etype, same)
                if told is not None:
                    # "... a horrific terrorist attack in Nice, France" after the November attacks
                    # in Paris recalled: the happening of that town and day, told before them
                    told.sentences.append(s)
                    current = told
                    continue
            if etype == "attack" and (
                self._old_attack_named_back(info, s, st, main, out)
                # "Malloy invited the family a week after the November 13 attack ... in Paris. ...
                # The attack prompted governors to oppose ...": the attack recalled, named back
                # (one of an earlier sentence, with no attack of the story told before it: not "A
                # truck driver killed 80 people in Nice. The attack, which came eight months after
                # gunmen struck the French capital, ...")
                or (
                    0 < i - recalled_attack_at <= 2
                    and not any(c.event_type == "attack" and not self._historical(info, c) for c in out)
                    and not any("attack" in info.types_told(sents[k]) for k in range(recalled_attack_at))
                    and self._named_back(info, s, st, main)
                )
            ):
                # "... a summary of whether Riyadh may have supported al Qaeda before and after the
                # attacks", after "the report on the Sept. 11 attacks": the past attack named again
                current = None
                continue
            current = Candidate(
                etype, trig, main.trigger.strength, [s], defused=main.trigger.name == "defused"
            )
            if (
                main.trigger.name == "harmed"
                and i > 0
                and not any(sents[i - 1] in c.sentences for c in out)
                and (
                    self._names_armed(info, masked, sents[i - 1])
                    or (etype in info.types_told(sents[i - 1]) and self._dated(info, sents[i - 1]))
                    or self._toll_of_before(info, sents, i, None)
                )
            ) or thing_before:
                # "Presumed ISGS militants entered the market. Several women were wounded.": harm
                # told with no agent belongs with the sentence before that names who came (and an
                # attack on a thing, with the sentence that brought it in)
                current.sentences.insert(0, sents[i - 1])
            out.append(current)
        out = [c for c in out if self._keep(c, info.context) or self._of_the_field(info, masked, c)]
        # "an incredibly lifelike explosive device which was found not to be viable": a device that
        # was none harmed no one and is no attack
        out = [
            c
            for c in out
            if c.event_type != "attack"
            or not (
                any(_NOT_A_DEVICE.search(ann.text, x.start, x.end) for x in c.sentences)
                # "an anonymous caller claimed a bomb had been planted ... The prosecutor said the call
                # was a hoax": a bomb only claimed, a hoax told anywhere
                or (
                    any(_CLAIMED_DEVICE.search(ann.text, x.start, x.end) for x in c.sentences)
                    and _HOAX_TOLD.search(ann.text) is not None
                    # (not a bomb that went off, beside a caller's false word of another)
                    and not any(_WENT_OFF.search(ann.text, x.start, x.end) for x in c.sentences)
                )
            )
            or self._harmed(info, c)
        ]
        denials = [m.span() for m in _TERRORISM_DENIED.finditer(ann.text)]
        if denials:
            # "the sheriff said the attack was 'not terrorism'": the happening it is said of (the
            # record telling it, or the story's first one named back) is crime news; a happening
            # told with an armed group (an earlier attack recalled) stays
            first = next((c for c in out if c.event_type in _DENIABLE), None)
            # (a spree is of violence: a charge denied is no spree, and the attack a story recalls
            # on a day of its own stays)
            denied = first is not None and any(self._denied(info, first, d, True) for d in denials)
            spree = denied and first is not None and first.event_type == "attack"
            # ... and the other steps of a denied case ("Three people were arrested ... were charged
            # with weapons possession ... the agency does not believe the incident is terrorism-related")
            case = denied and first is not None and first.event_type in _CASE_STEPS
            out = [
                c
                for c in out
                if c.event_type not in _DENIABLE
                or self._names_group(info, c)
                or not (
                    any(self._denied(info, c, d, c is first) for d in denials)
                    # ... and the rest of a denied spree or case, told on the story's days (not
                    # one told with words of the field or as another case: "Meanwhile, counter-
                    # terrorism police arrested a teenager over a plot", "Separately, French police
                    # arrested two men suspected of planning a terrorist attack")
                    or (
                        (spree or (case and c.event_type in _CASE_STEPS))
                        and self._recent(info, c)
                        and not any(
                            CONTEXT.search(info.ann.text, x.start, x.end)
                            or SEPARATE.search(info.ann.text, x.start, x.end)
                            for x in c.sentences
                        )
                    )
                )
            ]
        return out

    def _recent(self, info: _Article, c: Candidate) -> bool:
        """The candidate is dated (or, with no date of its own, taken to be) within the story's days."""
        date, span = self._date(info, c)
        if span is None or not date.end or info.anchor is None:
            return True
        return date.end >= (info.anchor - dt.timedelta(days=UNDATED_RECENT_DAYS)).isoformat()

    @staticmethod
    def _denied(info: _Article, c: Candidate, denial: tuple[int, int], first: bool) -> bool:
        at, end = denial
        sent = info.ann.sentence_at(at)
        if sent is not None and _ANOTHER_CASE.search(info.ann.text, sent.start, sent.end) is not None:
            # said of another case: "The army said a separate shooting in Maguindanao the same day
            # stemmed from a clan feud"
            return False
        if (
            c.event_type == "ct_operation"
            and re.search(r"feud|rido|grudge|dispute|rivalry", info.ann.text[at:end], re.IGNORECASE)
            and _SECURITY_SIDE.search(info.ann.text, c.sentences[0].start, c.sentences[0].end) is not None
        ):
            # a feud is no cause of the forces' operation ("Security forces killed three militants
            # in North Waziristan on Friday. Officials said the killing of a tribal elder in Bannu the
            # same day stemmed from a family feud")
            return False
        if sent is not None and c.sentences and sent.start != c.sentences[0].start:
            # ... or of one in another town: "Militants attacked a police checkpoint in Khost on Monday.
            # In Kabul, police said the killing of a shopkeeper on Sunday was not related to terrorism"
            def towns(a: int, b: int) -> set[str]:
                return {p.name or p.text for p in info.ann.places if a <= p.start < b and not p.demonym}

            said_of, told_in = towns(sent.start, sent.end), towns(c.sentences[0].start, c.sentences[0].end)
            if said_of and told_in and not said_of & told_in:
                return False
        # (the denials of a motive or of a group's part, and "no indication of any terrorist links", said
        # of one case)
        motive = (
            re.search(
                r"motiv|nexus|involv|(?:indication|sign|evidence) of", info.ann.text[at:end], re.IGNORECASE
            )
            is not None
        )
        if motive and (sent is None or _TERRORISM_AFFIRMED.search(info.ann.text) is not None):
            return False
        if any(x.start <= at < x.end for x in c.sentences):
            return True
        if first and re.search(r"motiv|nexus|involv", info.ann.text[at:end], re.IGNORECASE):
            # "Prosecutors said the man ... had no terrorist motive", "there was no nexus to
            # terrorism", "no militant group was involved": said of the story's happening, wherever told
            return True
        return first and sent is not None and _NAMED_BACK.search(info.ann.text, sent.start, end) is not None

    @staticmethod
    def _names_group(info: _Article, c: Candidate) -> bool:
        return any(
            m.entry.kind == "armed_group" and any(x.start <= m.start < x.end for x in c.sentences)
            for m in info.actors
        )

    def _told_that_day(
        self,
        info: _Article,
        s: Sentence,
        st: str,
        main: Hit,
        etype: str,
        out: list[Candidate],
        current: Candidate | None,
    ) -> Candidate | None:
        """An earlier record of the same kind that a definite name with its day refers back to
        ("the car bomb attacks on Sunday"), when the current record is of another day."""
        if current is None or current.event_type != etype or SEPARATE.search(st):
            return None
        trig = s.start + main.start
        when = [
            m
            for m in info.dates
            if trig - 60 < m.end <= trig and _WHEN_AFTER_DAY.fullmatch(info.ann.text, m.end, trig)
        ]
        if when:
            # ... or a day the happening is told of in a clause after it: "failings before and after
            # March 22, when attacks claimed by the Islamic State militant group killed 32 people"
            # (the day itself, not the span after it)
            days = find_dates(_SPAN_WORD.sub("", when[-1].text or ""), info.anchor)
            day = days[0].interval if days else None
            if day is None or not day.start or not day.end:
                return None
            b = self._date(info, current)[0]
            if b.start and b.end and b.start <= day.start and day.end <= b.end:
                return None  # the current one's day
            if re.search(r"\balso\b", info.ann.text[when[-1].end : trig], re.IGNORECASE):
                return None  # "after Monday, when gunmen also attacked a checkpoint": one more
            told = [
                c
                for c in out
                if c is not current
                and c.event_type == etype
                and c.statistic is None
                and (d := self._date(info, c)[0]).start
                and d.end
                and d.start <= day.start
                and day.end <= d.end
                # (in its town, if the clause names one)
                and not self._own_place(info, s, c, trig)
            ]
            return told[-1] if told else None
        if not _DEFINITE_BEFORE.search(st, max(0, main.start - 30), main.start):
            return None
        at = s.start + main.end
        if not any(at <= m.start < at + _DATE_ATTACHED for m in info.dates):
            return None
        if not self._own_date(info, s, current, trig):
            return None
        earlier = [
            c
            for c in out
            if c is not current
            and c.event_type == etype
            and c.statistic is None
            and not self._own_date(info, s, c, trig)
            and self._date(info, c)[1] is not None
        ]
        return earlier[-1] if earlier else None

    def _named_elsewhere(
        self, info: _Article, s: Sentence, st: str, main: Hit, current: Candidate, out: list[Candidate]
    ) -> bool:
        """The attack named back is not the current one: "The Nice attack" after a case recalled
        from Sydney, or "before the attack" told of the story's attack after a case of 2014."""
        same = [c for c in out if c.event_type == "attack" and c.statistic is None and c is not current]
        if not same:
            return False
        of_town = self._of_town(info, s, st, main, [*same, current])
        if of_town:
            return current not in of_town
        return (
            self._named_back(info, s, st, main)
            and not self._recent(info, current)
            and any(self._recent(info, c) for c in same)
        )

    @staticmethod
    def _of_town(info: _Article, s: Sentence, st: str, main: Hit, same: list[Candidate]) -> list[Candidate]:
        """The candidates whose sentences name the town named in a definite name of an attack
        ("the Nice attack"); none when the name holds no town."""
        definite = _NAMED_BACK_BEFORE.search(st, max(0, main.start - 30), main.start)
        if definite is None:
            return []
        a, b = s.start + definite.start(), s.start + main.start
        names = {p.name or p.text for p in Extractor._towns(info, a, b)}
        if names:
            found = [c for c in same if names & Extractor._town_names(info, c.sentences)]
            dateline = {
                p.name or p.text for p in info.ann.places if p.start < info.body_start and not p.demonym
            }
            if not found and names & dateline:
                # "the Dhaka assault" in a story filed from Dhaka: the happening its lead tells
                found = [c for c in same if c.first.start <= info.body_start < c.first.end]
            return found
        # ... or the state or province of its town: "the Florida attack" is the one in Orlando
        regions = {(p.country_code, p.admin1) for p in Extractor._towns(info, a, b, ("admin1",)) if p.admin1}
        if not regions:
            return []
        return [
            c
            for c in same
            if regions
            & {
                (p.country_code, p.admin1)
                for x in c.sentences
                for p in Extractor._towns(info, x.start, x.end, ("city", "admin2", "admin1"))
            }
        ]

    @staticmethod
    def _towns_in_name(info: _Article, s: Sentence, st: str, main: Hit) -> set[str]:
        """The towns a definite name of an attack holds ("the Dallas rampage")."""
        definite = _NAMED_BACK_BEFORE.search(st, max(0, main.start - 30), main.start)
        if definite is None:
            return set()
        return {
            p.name or p.text for p in Extractor._towns(info, s.start + definite.start(), s.start + main.start)
        }

    @staticmethod
    def _named_back(info: _Article, s: Sentence, st: str, main: Hit, towns: bool = False) -> bool:
        """The attack word is a bare definite name of an attack already told ("before the attack",
        "the night of his attack"), or with ``towns`` one that names its town ("the Nice attack"):
        no date or other attack named with it, so a date of the sentence ("CNN said on Tuesday")
        is the report's."""
        word = st[main.start : main.end]
        if (
            not _NOUN_TRIGGER.search(st, main.start, main.end)
            or len(word.split()) > 2
            or re.search(r"\d", word)
            or word.lower().endswith("s")
            or SEPARATE.search(st)
            or Extractor._new_attack(st)
        ):
            # not "the terrorists have perpetrated 10,621 attacks", nor "the bombings" (a campaign
            # perhaps, of another kind than the one told)
            return False
        definite = _NAMED_BACK_BEFORE.search(st, max(0, main.start - 30), main.start)
        if definite is None:
            return False
        if not towns and definite.group().split()[-1].lower() not in _BARE_NAME_BEFORE:
            return False
        at = s.start + main.end
        if any(s.start + definite.start() <= m.start < at + _DATE_ATTACHED for m in info.dates):
            return False  # "the attack on Monday", "the March 22 attacks"
        # not "the massacre of 43 persons in the town of Segovia": one told with its own details
        return not re.match(r"\s+(?:on|in|at|near|against|of)\b", st[main.end :], re.IGNORECASE)

    def _old_attack_named_back(
        self, info: _Article, s: Sentence, st: str, main: Hit, out: list[Candidate]
    ) -> bool:
        """The sentence names an attack back ("the attacks", with no day, place or other detail of
        its own) when no recent attack of the story has been told yet, and an attack of long ago was
        named with its date before ("the Sept. 11 attacks", "the 2001 aircraft attacks"): it is that
        one."""
        word = st[main.start : main.end]
        if (
            any(c.event_type == "attack" and not self._historical(info, c) for c in out)
            or not _NOUN_TRIGGER.search(word)
            or len(word.split()) > 2
            or not _THE_BEFORE.search(st, max(0, main.start - 12), main.start)
            or re.match(
                r"\s+(?:on|in|at|near|against|of|by|that|which|in which)\b", st[main.end :], re.IGNORECASE
            )
        ):
            return False
        at = s.start + main.start
        if any(at - 30 <= m.start < at + len(word) + _DATE_ATTACHED for m in info.dates):
            return False  # "the attacks on Monday", "the March attacks"
        text = info.ann.text
        return any(
            m.end <= s.start
            and _old(info, m)
            and _ATTACK_AFTER_DATE.match(text, m.end, m.end + 60) is not None
            for m in info.dates
        )

    @staticmethod
    def _lead_named_back(
        info: _Article,
        masked: str,
        sents: list[Sentence],
        i: int,
        found: list[tuple[Trigger, int, int]],
        ctx: list[int],
        strong: list[int],
        reach: int = 0,
    ) -> bool:
        """The lead's happening (``found``: its trigger words) is named back a little further on,
        in a sentence in context ("Explosions tore through the departure hall of Brussels airport
        ... The blasts at the airport occurred four days after the arrest ... of a suspected
        participant in November militant attacks"; "An American tourist was stabbed to death ...
        The attack took place in the popular Jaffa port area. ... 'A terrorist ... came here to
        Jaffa'"): the lead is in that context too."""
        kinds = {t.event_type for t, _, _ in found if t.needs_context}
        if not kinds:
            return False
        for j in range(i + 1, min(len(sents), i + 1 + (reach or _LEAD_REACH))):
            if not sum(ctx[j - 1 : j + 2]) + sum(strong[max(0, j - 2) : j + 3]):
                continue
            # (the words before each one in the masked text: a masked line names nothing back)
            if any(
                t in kinds and _NAMED_BACK_BEFORE.search(masked, max(sents[j].start, a - 30), a)
                for t, a, _ in info.hits_in(sents[j])
            ):
                return True
        return False

    @staticmethod
    def _found_only(st: str, hits: list[Hit]) -> bool:
        """Every search word of the sentence is a finding told in the passive, with no one named
        searching ("explosives were found in the truck"; not "police raided a flat where explosives
        were found")."""
        raids = [h for h in hits if h.trigger.event_type == "raid"]
        return bool(raids) and all(_PASSIVE_FIND.fullmatch(st, h.start, h.end) for h in raids)

    @staticmethod
    def _only_named_back(st: str, hits: list[Hit]) -> bool:
        """Every attack word of the sentence names, with a definite article, an attack already
        told, as what suspects are tied to ("accused of providing logistical support for the
        bombings", "detained in connection with Tuesday's attack"; not "the gunman shouted before
        the shooting")."""
        attack_hits = [h for h in hits if h.trigger.event_type == "attack"]
        return bool(attack_hits) and all(
            _NOUN_TRIGGER.search(st, h.start, h.end) is not None
            and (
                _DEFINITE_BEFORE.search(st, max(0, h.start - 30), h.start) is not None
                or _DAY_POSSESSIVE.search(st, max(0, h.start - 30), h.start) is not None
            )
            and _TIED_TO.search(st, max(0, h.start - 80), h.start) is not None
            for h in attack_hits
        )

    @staticmethod
    def _group_executes(info: _Article, base: int, st: str, h: Hit) -> bool:
        """An armed group named before an execution's words, or its court named in them."""
        if _GROUP_COURT.search(st) is not None:
            return True
        if not _PUT_TO_DEATH.match(st, h.start):
            return False  # (told from the sentence: "a member of al-Qaeda convicted of ... was executed")
        return any(m.entry.kind == "armed_group" and base <= m.start < base + h.start for m in info.actors)

    @staticmethod
    def _force_fighters(info: _Article, base: int, st: str, h: Hit) -> bool:
        """The armed men of a 'gunmen' trigger are a state force's, named right before them
        ("SDF fighters", "Peshmerga fighters", "Hashd fighters")."""
        if h.trigger.name != "gunmen" or not _FORCE_MEN.match(st, h.start):
            return False
        return any(
            m.entry.kind in _FORCE_KINDS and base + h.start - 2 <= m.end <= base + h.start
            for m in info.actors
        )

    @staticmethod
    def _armed_agent_near(info: _Article, masked: str, sents: list[Sentence], i: int) -> bool:
        """Harm told in the passive ("several women were wounded") is an attack only next to who
        could have done it: armed men or a group in this sentence or the one before, and no
        accident, flood or crash in this one."""
        s = sents[i]
        if any(rx.search(masked, s.start, s.end) for rx in _MISHAPS) or _mishap_fire(masked, s.start, s.end):
            return False
        before = sents[i - 1] if i > 0 else None
        if before is not None and any(rx.search(masked, before.start, before.end) for rx in _MISHAPS_BEFORE):
            # after a mishap told ("... four soldiers who went missing when their military vehicle
            # overturned in a flood-swollen creek"), soldiers harmed are its victims ("Five other
            # soldiers in the vehicle were killed"), not an attack's
            return any(
                not _ARMED_HARMED.match(masked, m.end())
                for m in _ARMED_AGENT.finditer(masked, s.start, s.end)
            ) or any(m.entry.kind == "armed_group" and s.start <= m.start < s.end for m in info.actors)
        return any(Extractor._names_armed(info, masked, sents[k]) for k in (i - 1, i) if k >= 0) or (
            _HARMED_BY_REBELS.search(masked, s.start, s.end) is not None
        )

    @staticmethod
    def _names_armed(info: _Article, masked: str, s: Sentence) -> bool:
        """The sentence names armed men, a force or an armed group of the knowledge base."""
        return _ARMED_AGENT.search(masked, s.start, s.end) is not None or any(
            m.entry.kind == "armed_group" and s.start <= m.start < s.end for m in info.actors
        )

    def _retype(self, info: _Article, s: Sentence, st: str, main: Hit, out: Sequence[Candidate] = ()) -> str:
        """An armed group that warns is issuing a threat, not an official warning; an offensive
        or an ambush launched by rebels is their attack, not a security operation."""
        etype = main.trigger.event_type
        if etype == "plot_foiled" and _HARMED_IN_FOILED.search(st):
            # "TEN PEOPLE WERE KILLED IN COLOMBIA DURING A THWARTED ATTACK": an attack attempted, with
            # its dead, is an attack (foiled is only one stopped before it was carried out)
            return "attack"
        if etype == "warning":
            for m in info.actors:
                if (
                    m.entry.kind == "armed_group"
                    and s.start <= m.start < s.start + main.start
                    # (the subject of the warning, not the object of another verb: "France would
                    # 'destroy' Islamic State and warned that more attacks were likely")
                    and not _NOT_ITS_WARNING.search(info.ann.text, m.end, s.start + main.start)
                ):
                    return "threat"
        if etype == "ct_operation" and _OFFENSIVE_WORD.search(st[main.start : main.end]):
            before = st[max(0, main.start - 60) : main.start]
            after = st[main.end : main.end + 90]
            by = _BY_AGENT.match(after)
            agent = after[: by.end() + 50] if by else ""
            groups = [
                m.start - s.start
                for m in info.actors
                if m.entry.kind == "armed_group" and s.start <= m.start < s.end
            ]
            if _SHELLING.fullmatch(st[main.start : main.end]):
                # shelling by armed people who are its subject, in a sentence that names no state
                # force before it ("Assailants shelled a house", "Taliban militants shelled a police
                # station"; not "Iraqi forces fought Islamic State militants near Falluja and
                # bombarded the city centre")
                near = any(main.start - 30 <= g < main.start for g in groups)
                # (in the active: not "Islamic State militants were bombarded by Iraqi jets")
                passive = re.search(r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?$", before, re.IGNORECASE)
                if (
                    (_NONSTATE_SUBJECT.search(before) or near)
                    and not passive
                    and not _STATE_BEFORE.search(st, 0, main.start)
                ):
                    return "attack"
            elif (
                _NONSTATE.search(before)
                or any(main.start - 60 <= g < main.start for g in groups)
                or (by and (_NONSTATE.search(agent) or any(0 <= g - main.end < len(agent) for g in groups)))
            ):
                return "attack"
        if (
            etype == "ct_operation"
            and _DRONES_STRUCK.match(st, main.start)
            # (the group's name right before, no punctuation between: not "Taliban: drone strike")
            and any(
                m.entry.kind == "armed_group"
                and m.end <= s.start + main.start
                and info.ann.text[m.end : s.start + main.start] == " "
                for m in info.actors
            )
        ):
            # "Houthi drones targeted an oil pumping station": an armed group's drones, its attack
            return "attack"
        if etype == "raid" and self._raid_by_attackers(info, s, st):
            return "attack"
        if (
            etype == "ct_operation"
            and _RESULT_CLAUSE.match(st, main.start)
            and st[: main.start].rstrip().endswith(",")
            and any(t == "attack" and a < s.start + main.start for t, a, _ in info.hits_in(s))
            and _DEVICE_WENT_OFF.search(st, 0, main.start) is not None
            # (not a state's own: "Soldiers lobbed grenades which exploded", "Barrel bombs dropped")
            and _STATE_DEVICE.search(st, 0, main.start) is None
        ):
            # "A magnetic bomb attached to a Taliban vehicle exploded ..., killing two Taliban
            # fighters": the blast's toll, whoever the dead fought for
            return "attack"
        if etype == "attack" and (
            _BOMBARDMENT_NOUN.fullmatch(st, main.start, main.end)
            or _STATE_ASSAULT.fullmatch(st, main.start, main.end)
        ):
            # "Turkish shelling killed at least 29 Kurdish fighters", "Russian air strikes", "an
            # intensifying Russian assault around Aleppo": a state named by its people's adjective
            # right before the bombardment or the assault
            people = re.search(r"([A-Z][\w-]+)\s+$", st[max(0, main.start - 30) : main.start])
            if (
                people is not None
                and people.group(1) not in _NONSTATE_PEOPLES
                and any(
                    p.demonym
                    and (p.feature_code or "").startswith("PCL")
                    and p.start == s.start + main.start - len(people.group(0))
                    for p in info.ann.places
                )
            ):
                return "ct_operation"
        if (
            etype == "attack"
            and any(
                # (the deed's own words end in it: not "Two militants were killed when they attacked")
                m.start() < main.end <= m.end()
                for m in _SUSPECT_SHOT.finditer(st, max(0, main.start - 50), main.end + 5)
            )
            and (
                _BY_FORCES.match(st, main.end)
                or any(t in {"raid", "arrest", "ct_operation"} for t, _, _ in info.hits_in(s))
            )
        ):
            # "after an armed suspect was shot dead following a raid linked to the Paris attacks":
            # the police's deed, in an operation
            return "ct_operation"
        if (
            etype == "attack"
            and main.trigger.name == "attack_noun"
            and _OFFENSIVE_WORD.fullmatch(st[main.start : main.end])
            and _STATE_SUBJECT.search(st, max(0, main.start - 90), main.start)
            and _ON_MILITANTS.match(st[main.end : main.end + 110])
        ):
            return "ct_operation"
        if (
            etype == "attack"
            and main.trigger.name == "attack_noun"
            and _OFFENSIVE_WORD.fullmatch(st[main.start : main.end])
            and _STATE_ADJECTIVE.search(st, max(0, main.start - 40), main.start)
        ):
            # "refugees fleeing a Russian-backed government assault", "the army offensive": a state's
            return "ct_operation"
        if (
            etype == "attack"
            and _HARM_VERB_END.search(st, main.start, main.end)
            and _BY_POLICE.match(st, main.end)
            and (
                not any(c.event_type == "attack" for c in out)
                # ... or the attack's doer met on a later day of his own: "A gunman killed two Swedish
                # football fans in central Brussels on Monday ... The suspect ... was shot dead by
                # police on Tuesday morning in the Schaerbeek district"
                or (_doer_opens(st) and self._dated(info, s))
            )
            # (not the end of an attack told after it: "A man was shot dead by police after he attacked
            # officers with a knife")
            and not _ATTACKED_FIRST.match(st, main.end)
        ):
            # "Occupation spokesman Robert Finicum was shot and killed by state police": the police's
            # deed, not an attack on him (in a story of no attack: after an attack told, the harm
            # goes with it or stands as told before)
            return "ct_operation"
        return etype

    @staticmethod
    def _raid_by_attackers(info: _Article, s: Sentence, st: str) -> bool:
        """A raid on a village told where only attackers are named ("the Saturday night raid on
        Dalori ... The insurgents arrived in golf carts", "Boko Haram kills dozens in raid"): their
        attack, not a search by the police."""
        if _RAID_BY_NONSTATE.search(st):
            return True  # "Three police were killed in a raid on their barracks carried out by 30 attackers"
        raid = _RAID_ON_PLACE.search(st)
        if raid is None or _STATE_AGENT.search(st):
            return False
        # not the group raided ("planes fly raids on ISIS targets")
        on = s.start + raid.start(), s.start + raid.end() + 30
        groups = any(
            m.entry.kind == "armed_group" and s.start <= m.start < s.end and not on[0] <= m.start < on[1]
            for m in info.actors
        )
        if groups or _NONSTATE.search(st):
            return True
        # ... or in the next sentence: "The insurgents arrived in golf carts, a military spokesman said"
        after, at = _next_sentence(info.ann, s.end)
        return bool(
            after
            and not _STATE_AGENT.search(after)
            and (
                _NONSTATE.search(after)
                or any(m.entry.kind == "armed_group" and at <= m.start < at + len(after) for m in info.actors)
            )
        )

    def _another_attack(
        self, info: _Article, s: Sentence, st: str, main: Hit, etype: str, current: Candidate
    ) -> bool:
        """An attack told with its own, different date is another attack ("On 2 September the
        offices were destroyed by a bomb" after tonight's bombing), unless the sentence refers
        back to the one already told ("claimed the ambush on Wednesday")."""
        if etype != "attack":
            return False
        if current.event_type == "ct_operation" and _SUICIDE_ATTACKER.search(st):
            # "Within an hour of the announcement, a Taliban suicide bomber attacked a shuttle
            # bus" after a drone strike: a bomber's attack is never the fighting of an operation
            return True
        others = _OTHER_ATTACKS.search(st)
        if (
            others is not None
            # (the happening's own words among them, or what they name: not "Islamic State claimed
            # last week's attacks ... and other attacks in Damascus and Homs earlier this year")
            and (
                others.start() <= main.start < others.end()
                or not _ATTACK_NOUNS.search(st, main.start, others.start())
            )
            and self._new_town(info, s, current)
        ):
            # "An offshoot of the PKK claimed two recent car bomb attacks in the capital Ankara"
            # after an Istanbul bombing: other attacks, elsewhere
            return True
        if main.trigger.name == "claim":
            # "claimed the ambush on Wednesday" refers back; "also claimed responsibility for an
            # attack in France on Monday" tells another, on its own day or in its own town
            # (or a later claim, after one in an aside: "Islamic State, which claimed responsibility
            # in an online statement, also claimed a suicide bombing last Friday ... in Iskandariya")
            other = _CLAIM_OF_ANOTHER.match(st, main.start)
            if other is None:
                later = _CLAIM_OF_ANOTHER.search(st, main.end)
                if later is not None and re.search(
                    r"\balso\s+$", st[max(0, later.start() - 12) : later.start()]
                ):
                    other = later
            if other is None:
                return False
            return self._own_date(info, s, current, s.start + other.start()) or self._own_place(
                info, s, current, s.start + other.start()
            )
        if _HOSTAGE_FATE.search(st) and any(
            _TAKEN.search(info.ann.text, x.start, x.end) for x in current.sentences
        ):
            return False  # "They brought him back two days later and beheaded him": the hostage's fate
        freed = _HOSTAGES_FREED.search(st)
        if (
            freed is not None
            and freed.start() <= main.start < freed.end()
            and any(
                _TAKEN.search(info.ann.text, x.start, x.end)
                or _SIEGE_TOLD.search(info.ann.text, x.start, x.end)
                for x in current.sentences
            )
        ):
            return False  # the hostages of the siege told, freed: its end, on whatever day
        if _INDEFINITE_START.match(st[: main.start]) and _EARLIER.search(st, main.end, main.end + 40):
            # "A suicide attack there less than a month earlier ... killed 70 people": one told
            # by a lapse back from the one before
            return True
        if STEP.match(st) and _DEFINITE_BEFORE.search(st, max(0, main.start - 30), main.start) is None:
            # "In March, at least 37 were killed when a car bomb detonated ... A month earlier, 28
            # had been killed in a blast ...", "Six days later an ISIS suicide bomber detonated
            # himself": days or months away from the one told, another
            return True
        if (
            (main.trigger.name == "defused") != current.defused
            and not _SAME_SCENE.search(st)
            # (not the defused device named back: "His motive of planting the bomb was unclear")
            and not (
                current.defused
                and _DEVICE_NOUN.fullmatch(st, main.start, main.end)
                # (the device itself, not a word of attacks: "ALL THE BOMB ATTACKS IN MEDELLIN")
                and not re.match(
                    r"[\s-]+(?:attacks?|blasts?|explosions?|bombings?)\b", st[main.end :], re.IGNORECASE
                )
                and _DEFINITE_BEFORE.search(st, max(0, main.start - 30), main.start)
                # (not "the other bomb", "the second bomb")
                and not _OTHER_ONE_BEFORE.search(st, max(0, main.start - 30), main.start)
                and not _WENT_OFF.search(st)
                and not _TOLL_TOLD.search(st)
            )
        ):
            # "Security forces defused a bomb planted in front of the embassy. Two bombs also
            # exploded and destroyed telephone boxes.": a device that went off and one defused
            return True
        blast = _ANOTHER_BLAST.search(st)
        if (
            blast is not None
            and blast.start() <= main.start < blast.end()
            and not _SAME_SCENE.search(st)
            and not _SAME_SCENE_LATER.search(st)
            # (not "where the second bomb exploded" after "The second explosion took place at a
            # bank": the same one again)
            and not self._ordinal_told(info, s, blast.group())
        ):
            # one more blast of a series, at a site of its own ("ANOTHER EXPLOSION TOOK PLACE
            # SIMULTANEOUSLY IN ZONE 5 OF GUATEMALA CITY, IN FRONT OF THE CHURCH")
            return True
        if (
            _ALSO_BEFORE.search(st, max(0, main.start - 40), main.end)
            # (or before a trigger that begins with its verb: "the country homes ... were similarly
            # attacked by the terrorists")
            or _ALSO_RIGHT_BEFORE.search(st, max(0, main.start - 40), main.start)
            or _ALSO_START.match(st)
        ) and self._new_town(info, s, current):
            # "Shining Path members also attacked public facilities in Huarpacha", "In addition,
            # FMLN fighters attacked Belloso Battalion troops in Ayutuxtepeque"
            return True
        opening = _ALSO_START.match(st) if main.trigger.name in ("gunmen", "group_attack") else None
        if (
            opening is not None
            and _DEFINITE_BEFORE.search(st, max(0, main.start - 30), main.start) is None
            # (the doers the subject: not "In addition, the operation included a large number of
            # militiamen, who erected roadblocks")
            and _CLAUSE_BEFORE_DOERS.search(st, opening.end(), main.start) is None
            # (nor a deed at the scene told: "In addition, militants set fire to cars parked outside",
            # "Likewise, Al-Shabaab fighters detonated a car bomb at the gate")
            and _SAME_SCENE_AFTER.search(st, main.end) is None
            # ... after a happening of another kind, in an area of its own, or done to someone or
            # something brought in anew (not "In addition, militants looted shops in Bama", "... shot
            # dead two passengers who tried to flee" after 28 passengers killed)
            and (
                current.event_type != "attack"
                or self._new_area(info, s, current)
                or self._new_object(info, st, main.end, current)
            )
        ):
            # "LIKEWISE, AN UNKNOWN NUMBER OF FMLN TERRORISTS ATTACKED THE EL TRIUNFO CIVIL DEFENSE
            # POST, SAN MIGUEL DEPARTMENT" after a bus machinegunned near Tecoluca, "IN ADDITION, URBAN
            # GUERRILLAS BLEW UP A PUBLIC BUS": one more deed, by doers not named back (not "In
            # addition, the gunmen killed two guards")
            return True
        told = None
        if main.trigger.name == "gunmen":
            told = _ALSO_TOLD.search(st, max(0, main.start - 60), main.start)
        if (
            told is not None
            and self._new_object(info, st, main.end, current)
            and (told.group("it") is not None or self._new_town(info, s, current))
            # (not one that names the happening told back: "It was also reported that gunmen killed
            # two guards during the assault", "... two of the hostages", "... at the court")
            and _TOLD_BACK_AFTER.search(st, main.end) is None
        ):
            # "IT WAS ALSO REPORTED TODAY THAT UNIDENTIFIED PERSONS KIDNAPPED A YOUNG COUPLE" after
            # a banker's murder, "HE ALSO REPORTED THAT GUERRILLAS KILLED A PEASANT IN THE CITY OF
            # FLORES": doers not named back, who did their deed to others, told as a news item of
            # its own or in a town of their own (not "Police also said that the gunmen killed a
            # guard", nor "... that gunmen killed a guard at the court")
            return True
        claim = _CLAIM_OF_ANOTHER.search(st)
        if claim is not None:
            # "Islamic State in the same city last week claimed their first attack ...": a group's
            # first is another whatever the days; others may be the one told
            return (
                " first " in claim.group().lower()
                or self._own_date(info, s, current, s.start + main.start)
                or self._own_place(info, s, current, s.start + main.start)
            )
        toll = _TOLL_TOLD.search(st) is not None
        named = self._towns_in_name(info, s, st, main) if toll else set()
        if named and self._elsewhere(info, s, named, current):
            # "In the Dallas rampage on Thursday, a veteran ... killed five police officers" after
            # ambushes told in Georgia and Tennessee: the attack of a town those do not name, told
            # with its toll (not "claiming credit Saturday for inspiring the Nice attack")
            return True
        if toll:
            # (told with its toll, as a happening of its own)
            mine = self._towns_after_name(info, s.start + main.end) | named
            theirs = self._towns_after_name(info, current.trigger[1])
            if self._other_countries(info, mine, theirs):
                # "The suicide bombings of Brussels airport and a metro train that killed 28
                # bystanders" after "November's suicide assault on Paris": named by a town of
                # another country than the one told
                return True
        definite = (
            _DEFINITE_BEFORE.search(st, max(0, main.start - 30), main.start)
            or self._doer_possessive(info, s, st, main)
            # "The bomber, an Islamic State member thought to have come recently from Syria, blew
            # himself up on Tuesday": the bomber told, named back
            or (
                ANAPHORIC_START.match(st)
                if _BLEW_SELF_UP.match(st, main.start)
                and any(_BOMBER_TOLD.search(info.ann.text, x.start, x.end) for x in current.sentences)
                else None
            )
        )
        if definite is not None and _RELATED_TO.search(st, max(0, definite.start() - 25), definite.start()):
            # "Belgian Islamists linked to the Paris attackers killed 32 people in Brussels": the
            # doers named back are whom the subject is tied to, not the subject
            definite = None
        # "Early in 2015, the Islamic State militant group beheaded two Japanese nationals": a group
        # named as the doer, not the attack named back, whose deed of a day of its own is another
        group = main.trigger.name == "group_attack"
        if definite is not None and not any(
            s.start + definite.start() <= m.start < s.start + main.start for m in info.dates
        ):
            # "the attack" is the one told; "the March 22 attacks" may be another, and so is one
            # of another day, in another town or dated years ago ("the Boston Marathon bombing in
            # 2013" in a story of Dallas)
            at = s.start + main.start
            end = s.start + main.end
            old = any(_old(info, m) for m in info.dates if end <= m.start < end + _DATE_ATTACHED)
            return (old or group or self._own_place(info, s, current, at)) and self._own_date(
                info, s, current, at
            )
        if _ALSO_ANOTHER.match(st) and main.start < 40:
            return True  # "A bomb which had been placed in Montebon was also defused"
        later = (
            _OTHER_ATTACKS.search(st, main.end)
            if _DAY_POSSESSIVE_BEFORE.search(st, max(0, main.start - 30), main.start)
            else None
        )
        if later is not None and all(
            p.start >= s.start + later.start() for p in info.ann.places if s.start <= p.start < s.end
        ):
            # "Islamic State claimed last week's attacks, ... and other attacks in Damascus and Homs":
            # the ones told, named back by their day; the towns are the others' (not "In Sunday's
            # shooting near the West Bank city of Jenin", its own town)
            return self._own_date(info, s, current, s.start + main.start)
        return self._own_date(info, s, current, s.start + main.start) or self._own_place(
            info, s, current, s.start + main.start
        )

    @staticmethod
    def _new_area(info: _Article, s: Sentence, current: Candidate) -> bool:
        """The sentence names a town or region far from every one the current happening names
        ("SAN MIGUEL DEPARTMENT" after a bus attacked near Tecoluca)."""
        kinds = ("city", "admin2", "admin1")

        def placed(a: int, b: int) -> list[PlaceMention]:
            return [p for p in Extractor._towns(info, a, b, kinds) if p.lat is not None and p.lon is not None]

        def apart(p: PlaceMention, q: PlaceMention) -> bool:
            # (regions of other names are apart however near their centres: San Miguel, Usulutan)
            return bool(p.admin1 and q.admin1 and p.admin1 != q.admin1) or not _same_area(p, q)

        mine = placed(s.start, s.end)
        theirs = [p for x in current.sentences for p in placed(x.start, x.end)]
        return bool(mine) and bool(theirs) and all(apart(p, q) for p in mine for q in theirs)

    @staticmethod
    def _new_object(info: _Article, st: str, end: int, current: Candidate) -> bool:
        """The deed ending at ``end`` is done to someone or something brought in anew ("blew up a
        public bus"), whose words the current happening's sentences do not hold ("shot dead two
        passengers" after "killing 28 passengers")."""
        new = _NEW_OBJECT.match(st, end)
        if new is None:
            return False
        told = {w for x in current.sentences for w in _WORD.findall(info.ann.text[x.start : x.end].lower())}
        return not any(w in told for w in _WORD.findall(new.group("words").lower()))

    @staticmethod
    def _towns_after_name(info: _Article, end: int) -> set[str]:
        """The town right after an attack word ending at ``end``: "the bombings of Brussels
        airport", "the assault on Paris"."""
        after = _TOWN_COMPLEMENT.match(info.ann.text, end)
        if after is None:
            return set()
        return {p.name or p.text for p in Extractor._towns(info, end, after.end(), ("city", "admin1"))}

    @staticmethod
    def _other_countries(info: _Article, mine: set[str], theirs: set[str]) -> bool:
        """The towns of both sides lie in countries apart (each side names one)."""
        if not mine or not theirs:
            return False
        by_name = {p.name or p.text: p.country_code for p in info.ann.places if p.country_code}
        ours = {by_name[n] for n in mine if n in by_name}
        others = {by_name[n] for n in theirs if n in by_name}
        return bool(ours) and bool(others) and not ours & others

    @staticmethod
    def _doer_possessive(info: _Article, s: Sentence, st: str, main: Hit) -> re.Match[str] | None:
        """The attack word follows the possessive of a name told before, no place's ("who was in
        Pulse with friends at the time of Mateen's attack"): the doer's attack, named back."""
        m = _NAME_POSSESSIVE.search(st, max(0, main.start - 30), main.start)
        if m is None:
            return None
        name = m.group(1)
        at = s.start + m.start()
        if any(p.start <= at < p.end for p in info.ann.places) or any(
            d.start <= at < d.end for d in info.dates
        ):
            return None  # "Brussels' attack", "Tuesday's attack"
        return m if re.search(rf"\b{re.escape(name)}\b", info.ann.text[: s.start]) else None

    @staticmethod
    def _elsewhere(info: _Article, s: Sentence, named: set[str], current: Candidate) -> bool:
        """The towns ``named`` in the sentence lie in none of the towns and states the current
        happening's sentences name, and those name some."""
        theirs = [
            p for x in current.sentences for p in Extractor._towns(info, x.start, x.end, ("city", "admin1"))
        ]
        if not theirs:
            return False
        mine = [p for p in Extractor._towns(info, s.start, s.end) if (p.name or p.text) in named]
        return not any(
            (p.name or p.text) == (q.name or q.text)
            or (p.country_code == q.country_code and p.admin1 and p.admin1 == (q.admin1 or q.name))
            for p in mine
            for q in theirs
        )

    @staticmethod
    def _ordinal_told(info: _Article, s: Sentence, blast: str) -> bool:
        """The blast's ordinal ("the second", "a third") was told of a blast before the sentence."""
        ordinal = re.search(r"\b(second|third|fourth|fifth)\b", blast, re.IGNORECASE)
        if ordinal is None:
            return False
        noun = r"(?:explosion|blast|bomb|device|charge)"
        rx = re.compile(rf"\b{ordinal.group(1)}\s+(?:[\w-]+\s+){{0,2}}?{noun}", re.IGNORECASE)
        return rx.search(info.ann.text, info.body_start, s.start) is not None

    @staticmethod
    def _towns(info: _Article, a: int, b: int, kinds: tuple[str, ...] = ("city",)) -> list[PlaceMention]:
        """The towns named in the body between ``a`` and ``b`` (demonyms are no towns)."""
        return [
            p
            for p in info.ann.places
            if a <= p.start < b and p.start >= info.body_start and not p.demonym and p.precision in kinds
        ]

    @staticmethod
    def _another_deed(info: _Article, s: Sentence, st: str, current: Candidate) -> bool:
        """A deed of its own in a town the current happening's sentences do not name: a new doer
        or device with its own toll ("Boko Haram militants killed nine villagers in Kuda on Monday. A
        female suicide bomber killed four people at a mosque in Maiduguri"), or the forces' own
        strike after an attack ("Police later killed three militants in a raid in Fayoum")."""
        toll = _OWN_TOLL.search(st)
        if not (_NEW_DOER_OPENING.match(st) and toll is not None) and not (
            current.event_type == "attack" and _FORCES_LATER_OPENING.match(st)
        ):
            return False
        told = " ".join(info.ann.text[x.start : x.end] for x in current.sentences)
        if toll is not None and (
            re.search(rf"\b{re.escape(toll.group('n'))}\b", told, re.IGNORECASE)
            or _PLACE_NAMED_BACK.search(st)
        ):
            # the same toll, or the place named back: the happening told again ("At least 12 soldiers
            # were killed in an attack on an army base ... Two suicide bombers killed 12 soldiers ...
            # at the camp in Gao")
            return False
        theirs = Extractor._town_names(info, current.sentences)
        mine = Extractor._town_names(info, [s])
        return bool(mine) and not mine & theirs

    @staticmethod
    def _town_names(info: _Article, sentences: Sequence[Sentence]) -> set[str]:
        """The names of the towns the sentences name in the body."""
        return {p.name or p.text for x in sentences for p in Extractor._towns(info, x.start, x.end)}

    @staticmethod
    def _placed_within(info: _Article, s: Sentence, current: Candidate) -> bool:
        """The current happening's sentences name no town, and its item one country, which the
        sentence's towns all lie in ("Tuesday's attack comes a week before the Eid holiday" in an
        item on Turkey, then "the terrorist attack at Istanbul's Ataturk airport" in the next item of
        a running story)."""
        if Extractor._town_names(info, current.sentences):
            return False
        # the countries its item names up to its last sentence ("Muslim-majority Turkey is a
        # popular tourist destination" just before)
        item = max(
            (
                x.end
                for x in info.ann.sentences
                if x.end <= current.first.start
                and _ITEM_BREAK.fullmatch(info.ann.text[x.start : x.end].strip())
            ),
            default=0,
        )
        theirs = {
            p.country_code
            for p in info.ann.places
            if item <= p.start < current.sentences[-1].end and p.country_code and not p.demonym
        }
        mine = {p.country_code for p in Extractor._towns(info, s.start, s.end)}
        return len(theirs) == 1 and bool(mine) and mine <= theirs

    @staticmethod
    def _new_town(info: _Article, s: Sentence, current: Candidate) -> bool:
        """The sentence names a town, and none that the current happening's sentences name."""
        mine = Extractor._town_names(info, [s])
        theirs = Extractor._town_names(info, current.sentences)
        return bool(mine) and not mine & theirs

    def _arrest_apart(
        self, info: _Article, s: Sentence, current: Candidate, trig: tuple[int, int], etype: str = "arrest"
    ) -> bool:
        """The arrest (or operation: not "Special forces ended the siege on Saturday" after Friday's
        storming of a hotel) the sentence dates lies before the attack or more than two days after it."""
        mine, _ = self._date(info, Candidate(etype, trig, 0.0, [s]))
        theirs, _ = self._date(info, current)
        return _days_apart(mine, theirs) > 0 or _days_apart(theirs, mine) > 2

    def _hunt_apart(
        self, info: _Article, s: Sentence, current: Candidate, trig: tuple[int, int], etype: str
    ) -> bool:
        """The arrest the sentence dates lies before the attack or two days or more after it (the
        hunt, not the attack's end: "Police said on Tuesday they had arrested two ELN members who
        had placed the bomb" after Sunday's bombing)."""
        mine, _ = self._date(info, Candidate(etype, trig, 0.0, [s]))
        theirs, _ = self._date(info, current)
        return _days_apart(mine, theirs) > 0 or _days_apart(theirs, mine) >= 2

    def _retold_on_its_day(self, info: _Article, s: Sentence, current: Candidate) -> bool:
        """The sentence tells the attack again, with a day that is the attack's."""
        if "attack" not in info.types_told(s):
            return False
        days = [
            m.interval
            for m in info.dates
            if s.start <= m.start < s.end and m.interval.precision == "day" and m.interval.start
        ]
        if not days:
            return False
        theirs, _ = self._date(info, current)
        return theirs.precision == "day" and any(d.start == theirs.start for d in days)

    @staticmethod
    def _definite_noun(st: str, main: Hit) -> bool:
        """The trigger is an attack's noun told with a definite article ("the Nice attack")."""
        return (
            _NOUN_TRIGGER.search(st, main.start, main.end) is not None
            and _DEFINITE_BEFORE.search(st, max(0, main.start - 30), main.start) is not None
        )

    @staticmethod
    def _town_of_another(info: _Article, s: Sentence, current: Candidate, out: Sequence[Candidate]) -> bool:
        """A town the sentence names is named by a happening told before other than the current
        one, and by none of the current one's sentences."""
        mine = Extractor._town_names(info, [s]) - Extractor._town_names(info, current.sentences)
        return bool(mine) and any(
            c is not current and c.statistic is None and mine & Extractor._town_names(info, c.sentences)
            for c in out
        )

    @staticmethod
    def _near_dateline(info: _Article, s: Sentence) -> bool:
        """A town the sentence names is near the town of the dateline."""
        kinds = ("city", "admin2")
        lead = [
            p for p in info.ann.places if p.start < info.body_start and not p.demonym and p.precision in kinds
        ]
        mine = Extractor._towns(info, s.start, s.end, kinds)
        return any(
            p.lat is not None
            and p.lon is not None
            and q.lat is not None
            and q.lon is not None
            and _same_area(p, q)
            for p in mine
            for q in lead
        )

    @staticmethod
    def _own_place(info: _Article, s: Sentence, current: Candidate, at: int | None = None) -> bool:
        """The sentence places its happening in a town far from every town of the current one
        ("A bomb killed five in Kabul. In Kandahar, gunmen killed three policemen"); with the
        happening's word at ``at``, not a town of an aside ("Thursday night's attack plunged
        France into grief just eight months after gunmen killed 130 people in Paris")."""

        def towns(a: int, b: int) -> list[PlaceMention]:
            found = Extractor._towns(info, a, b, ("city", "admin2"))
            # (nor whom someone is: "Omar Mateen of Fort Pierce", "mentioned the Boston bombers")
            return [
                p for p in found if p.lat is not None and p.lon is not None and not someone_of(info.ann, p, a)
            ]

        # not where a statement was made ("Charles Michel tweeted from a meeting in Brussels")
        # (nor a landmark for a distance: "in the Andean city of Ayacucho, 575 km southeast of Lima")
        def landmarks(a: int, b: int) -> list[PlaceMention]:
            return [p for p in towns(a, b) if not aside_place(info.ann.text, p, a, info.ann.places)]

        mine = [p for p in landmarks(s.start, s.end) if not told_from(info.ann.text, s.start, p)]
        if at is not None:
            asides = aside_spans(info.ann.text, [(s.start, s.end)], at)
            mine = [p for p in mine if not inside(p.start, asides)]
        # (nor, on the other side, a landmark beside the town it is told for: "in the town of
        # Karkamis — about 60 miles northeast of Aleppo" does not place Karkamis's shelling in Aleppo)
        theirs = [p for x in current.sentences for p in landmarks(x.start, x.end)] or [
            p for x in current.sentences for p in towns(x.start, x.end)
        ]
        if not mine or not theirs:
            return False
        return all(not _same_area(p, q) for p in mine for q in theirs)

    def _own_date(self, info: _Article, s: Sentence, current: Candidate, at: int) -> bool:
        """The sentence dates its happening differently from the current candidate.

        Each side's date is the one ``_date`` gives it, so that "left for home Friday following a
        bombing on Wednesday" is dated Wednesday, like a next sentence's "exploded Wednesday"."""
        mine = [m for m in info.dates if s.start <= m.start < s.end and m.start >= info.body_start]
        if not mine or not mine[0].interval.start:
            return False
        # (a doer's trigger whole: "identified one of the attackers ... as X, who detonated")
        end = max((b for _, a, b in info.hits_in(s) if a == at), default=at)
        if not re.search(r"\bwho\b", info.ann.text[at:end]):
            end = at
        a, a_span = self._date(info, Candidate(current.event_type, (at, end), 0.0, [s]))
        if a_span is not None and (a_span.start, a_span.end) != (s.start, s.end):
            # the sentence's own date names something else ("Thursday's demonstrations were
            # peaceful until gunfire erupted"): a date borrowed from the lead is none of its own
            return False
        b, b_span = self._date(info, current)
        if a_span is not None and (b_span is None or not b.start) and a.end and info.anchor is not None:
            # the happening at hand is told with no date of its own (today's news), or only one
            # it came before ("being held hostage", said on Monday): one dated weeks before the
            # story is another ("In March, 37 were killed when a car bomb ...")
            return a.end < (info.anchor - dt.timedelta(days=UNDATED_RECENT_DAYS)).isoformat()
        if a_span is None or b_span is None or not a.start or not b.start:
            return False
        if (
            all(_quoted_today(info.ann.text, s, m) for m in mine)
            and a.precision == b.precision == "day"
            and b.start is not None
            and a.start == (dt.date.fromisoformat(b.start) + dt.timedelta(days=1)).isoformat()
        ):
            # “today's horrific terrorist attack in Tel Aviv”, quoted in a story of the next day:
            # the speaker's today, the day of the attack told
            return False
        if (
            a.precision == b.precision == "day"
            and a.end is not None
            and b.start is not None
            and a.end == (dt.date.fromisoformat(b.start) - dt.timedelta(days=1)).isoformat()
            and any(_SIEGE_ENDED.search(info.ann.text, x.start, x.end) for x in current.sentences)
            # (told as its taking, with no toll of its own, not opening on its day: not "On Tuesday,
            # Boko Haram fighters attacked a village, killing 14 farmers")
            and _SIEGE_BEGAN.search(info.ann.text, s.start, s.end) is not None
            and _OWN_TOLL.search(info.ann.text, s.start, s.end) is None
            and _DAY_OPENING.match(info.ann.text, s.start) is None
        ):
            # "Security forces on Wednesday ended a standoff with militants who hijacked a train ...
            # Militants stormed the Jaffar Express on Tuesday": the day before is when it began
            return False
        return (a.end or "") < (b.start or "") or (b.end or "") < (a.start or "")

    @staticmethod
    def _step_told_again(
        info: _Article, st: str, etype: str, current: Candidate | None, out: Sequence[Candidate]
    ) -> Candidate | None:
        """The court step of that kind told before with no day of its own, when the sentence tells
        it again with a pronoun after another step of the hunt ("... has been charged, police said
        on Monday. He was arrested on August 2. He was charged on Saturday": the charge's day, not
        the arrest's; not "X was charged on Monday. Police arrested two men on Tuesday. They were
        charged on Wednesday", another charge)."""
        if etype not in _COURT_TYPES or current is None or current.event_type not in _HUNT_TYPES:
            return None
        if current.event_type == etype or ANAPHORIC_START.search(st) is None:
            return None
        same = [c for c in out if c.event_type == etype and c.statistic is None]
        if not same:
            return None
        text = info.ann.text
        for sent in same[-1].sentences:
            for m in info.dates:
                if sent.start <= m.start < sent.end and m.start >= info.body_start:
                    reported = _reported_on(text, sent.start, m.start) or _REPORTING_AFTER.match(
                        text, m.end, m.end + 40
                    )
                    if not reported:
                        return None  # a day of its own
        return same[-1]

    def _another_day(self, info: _Article, s: Sentence, current: Candidate) -> bool:
        """The sentence dates what it tells to another day than the current happening's, or to a day
        where the current one has only a week or more ("on Tuesday" after "last week's killing")."""
        if self._own_date(info, s, current, s.start):
            return True
        days = [
            m
            for m in info.dates
            if s.start <= m.start < s.end and m.start >= info.body_start and m.interval.precision == "day"
        ]
        return bool(days) and self._date(info, current)[0].precision != "day"

    @staticmethod
    def _years_before(info: _Article, s: Sentence) -> bool:
        """The sentence opens with its date, a year or more before the story ("Five years ago the U.S.
        killed Osama bin Laden"; not a detail's year told later, "The officer, who joined the force
        in 1998, died")."""
        if info.anchor is None:
            return False
        mine = [m for m in info.dates if s.start <= m.start < s.end and m.start >= info.body_start]
        if not mine or not re.fullmatch(
            r"\W*(?:in\s+|on\s+|since\s+)?", info.ann.text[s.start : mine[0].start], re.I
        ):
            return False
        cut = (info.anchor - dt.timedelta(days=365)).isoformat()
        return all(m.interval.end is not None and m.interval.end < cut for m in mine)

    @staticmethod
    def _names_again(info: _Article, s: Sentence, current: Candidate) -> bool:
        """The sentence names someone or something the current happening's sentences name (its
        first word only if it is no common word), or its parties by a definite noun ("Police named
        the attacker as a Hamas member released from prison in 2011")."""
        st = text_of(info, s)
        if _TOLD_PARTY.search(st):
            return True
        names = set(_PROPER_WORD.findall(st))
        first = re.match(r"\W*([A-Z][a-z]{2,})\b", st)
        if first is not None and zipf_frequency(first.group(1).lower(), "en") < _COMMON_WORD:
            names.add(first.group(1))  # "Zongo was killed", not "Five years ago"
        return any(n in text_of(info, x) for x in current.sentences for n in names)

    @staticmethod
    def _dated(info: _Article, s: Sentence) -> bool:
        """The sentence gives a day or a week ("on 21 October", "this morning", "last week")."""
        return any(s.start <= m.start < s.end and m.interval.precision in ("day", "week") for m in info.dates)

    @staticmethod
    def _step(info: _Article, opening: Sentence) -> DateInterval | None:
        """The date of a sentence that opens with a step ("Six days later"), counted from the last
        date told before it; None when the sentence has a date of its own."""
        dates = [m for m in info.dates if not STEP.match(m.text)]
        if any(opening.start <= m.start < opening.end for m in dates):
            return None
        told = [m for m in dates if info.body_start <= m.start < opening.start and m.interval.start]
        return step_date(text_of(info, opening), told[-1].interval, info.anchor) if told else None

    @staticmethod
    def _clause_of_another(info: _Article, s: Sentence, c: Candidate, at: int) -> bool:
        """The relative clause at ``at`` (see ``_BEGAN_CLAUSE``) follows a noun other than a word
        of the candidate's kind: no such word ends in the sentence just before it, or only a
        complement of it stands between ("the attack on the Radisson Blu hotel in Bamako that ended
        on Saturday" is the attack's)."""
        ends = [b for t, _, b in info.hits_in(s) if t == c.event_type and b <= at]
        if s.start <= c.trigger[0] < s.end and c.trigger[1] <= at:
            ends.append(c.trigger[1])
        if not ends:
            return False  # the clause before the happening's word ("The truce that took effect ...")
        gap = info.ann.text[max(ends) : at]
        return len(gap) > _OWN_CLAUSE_GAP and _COMPLEMENT.fullmatch(gap) is None

    @staticmethod
    def _with_the_one_before(info: _Article, opening: Sentence) -> tuple[DateInterval, Span] | None:
        """The date of the sentence right before ``opening``, whatever its precision ("... at
        Brussels airport in March. A coordinated attack also targeted a metro train"); None when
        ``opening`` has a date of its own or the sentence before has none."""
        if any(opening.start <= m.start < opening.end for m in info.dates):
            return None
        before = _sentence_before(info, opening)
        if before is None:
            return None
        told = [m for m in info.dates if before.start <= m.start < before.end and m.interval.start]
        return (told[-1].interval, Span(before.start, before.end)) if told else None

    @staticmethod
    def _ruling_before(info: _Article, opening: Sentence) -> tuple[DateInterval, Span] | None:
        """The day of a court's ruling told in the sentence right before ``opening``, when that one
        tells a ruling and ``opening`` has no date of its own."""
        if any(opening.start <= m.start < opening.end for m in info.dates):
            return None
        before = _sentence_before(info, opening)
        if before is None or not info.types_told(before) & _RULINGS:
            return None
        days = [
            m
            for m in info.dates
            if before.start <= m.start < before.end
            and m.start >= info.body_start
            and m.interval.start
            and m.interval.precision == "day"
            and not _old(info, m)
        ]
        return (days[0].interval, Span(before.start, before.end)) if days else None

    @staticmethod
    def _same_time(info: _Article, opening: Sentence) -> tuple[DateInterval, Span] | None:
        """The day of a sentence that opens with "As ...," or "While ...,": the last recent day
        told before it, with its sentence; None when the sentence has a date of its own."""
        if any(opening.start <= m.start < opening.end for m in info.dates):
            return None
        told = [
            m
            for m in info.dates
            if info.body_start <= m.start < opening.start
            and m.interval.start
            and m.interval.precision == "day"
            and not _old(info, m)
        ]
        if not told:
            return None
        where = next((x for x in info.ann.sentences if x.start <= told[-1].start < x.end), opening)
        return told[-1].interval, Span(where.start, where.end)

    @staticmethod
    def _of_venue(info: _Article, s: Sentence, current: Candidate, out: list[Candidate]) -> Candidate:
        """The one other attack of the story whose sentences name the venue the sentence names,
        when the current one's do not; else the current one."""
        text = info.ann.text

        def venues(sentences: Sequence[Sentence]) -> set[str]:
            # ("night club" is "nightclub", "departures halls" the "departure hall", "café" a "cafe")
            return {
                re.sub(r"[\s-]|s\b", "", m.group(0).lower()).replace("\u00e9", "e")
                for x in sentences
                for m in _VENUE.finditer(text, x.start, x.end)
            }

        mine = venues([s])
        if not mine or mine & venues(current.sentences):
            return current
        told = [
            c for c in out if c is not current and c.event_type == "attack" and mine & venues(c.sentences)
        ]
        return told[0] if len(told) == 1 else current

    def _thing_of_before(
        self, info: _Article, sents: Sequence[Sentence], i: int, current: Candidate | None
    ) -> bool:
        """The sentence, with no date of its own, names back a thing ("the plane") that the sentence
        before brought in ("a Russian plane") and the current happening's sentences do not name,
        where that sentence is none of the current happening's, tells no happening by its own words
        and is dated apart from it, and the sentence names a group of its own, not the current
        happening's doers: "In March, a man hijacked an EgyptAir flight. In late October, a Russian
        plane ... crashed in Sinai. Islamic State said it downed the plane with a bomb." (Not "In
        2015, the United States sent a helicopter to the base. The militants shot at the helicopter",
        the doers told, nor "Boko Haram fighters also torched the school".)"""
        if i == 0 or current is None or sents[i - 1] in current.sentences:
            return False
        s, prev = sents[i], sents[i - 1]
        if info.types_told(prev) or any(s.start <= m.start < s.end for m in info.dates):
            return False
        st = text_of(info, s)
        groups = {
            m.entry.id for m in info.actors if m.entry.kind == "armed_group" and s.start <= m.start < s.end
        }
        told = {
            m.entry.id
            for m in info.actors
            for x in current.sentences
            if m.entry.kind == "armed_group" and x.start <= m.start < x.end
        }
        theirs = " ".join(text_of(info, x) for x in current.sentences)
        named_back = [
            m
            for m in _NAMED_BACK_DEED.finditer(st)
            if re.search(rf"\b{re.escape(m.group(1))}\b", theirs, re.IGNORECASE)
            and not re.search(r"\b(?:before|after|since)\s+$", st[max(0, m.start() - 10) : m.start()])
        ]
        if not groups - told or re.search(r"\balso\b", st, re.IGNORECASE) or named_back:
            # (nor one that names the happening told back: "Al-Mourabitoun later said it used the
            # truck in the hotel attack")
            return False
        prev_text = text_of(info, prev)
        for m in _THE_THING.finditer(st):
            noun = m.group(1).lower()
            if noun in _NO_THING:
                continue
            brought = re.search(
                rf"\b(?:an?|one|another)\s+(?:[\w-]+\s+){{0,3}}{noun}\b", prev_text, re.IGNORECASE
            )
            if brought is not None and _NAME_APPOSED.fullmatch(prev_text, 0, brought.start()):
                continue  # in apposition to a name: "The Radisson, a hotel popular with airline crews"
            if brought is not None and not re.search(rf"\b{noun}s?\b", theirs, re.IGNORECASE):
                return self._own_date(info, prev, current, prev.start)
        return False

    def _toll_of_before(
        self, info: _Article, sents: Sequence[Sentence], i: int, current: Candidate | None
    ) -> bool:
        """The sentence before is none of the current happening's and tells a happening of another
        time ("In October, two explosions hit a peace rally in Ankara."): harm told next is its."""
        if i == 0 or (current is not None and sents[i - 1] in current.sentences):
            return False
        prev = sents[i - 1]
        if "attack" not in info.types_told(prev):
            return False
        if current is None:
            return any(prev.start <= m.start < prev.end for m in info.dates)
        return self._own_date(info, prev, current, prev.start)

    @staticmethod
    def _tally(info: _Article, s: Sentence) -> bool:
        """The sentence is dated only by stretches of months or years ("in the last few years")."""
        spans = _dates_told(info, s.start, s.end)
        if not spans:
            return _VAGUE_STRETCH.search(info.ann.text, s.start, s.end) is not None
        return all(_stretch_days(x) > _TALLY_DAYS for x in spans)

    @staticmethod
    def _yearly(info: _Article, s: Sentence) -> bool:
        """The sentence names a year or more ("last year", "this year", "over the past year")."""
        return any(s.start <= m.start < s.end and m.interval.precision == "year" for m in info.dates)

    @staticmethod
    def _harmed(info: _Article, c: Candidate) -> bool:
        """The candidate's sentences count someone killed or wounded ("wounding four people"; not
        "no one was hurt")."""
        text = info.ann.text
        return any(
            m.slot in {"killed", "wounded"} and m.value > 0
            for x in c.sentences
            for m in find_counts(text[x.start : x.end], x.start, upper=info.ann.upper)
        )

    def _of_same_town(
        self, info: _Article, s: Sentence, st: str, main: Hit, etype: str, same: list[Candidate]
    ) -> Candidate | None:
        """The story's own happening, told before the last of ``same``, whose sentences name a
        town the sentence names, when the last is a recalled one or the sentence gives a day of
        its own that agrees; None when the sentence tells a new one ("another") or several."""
        # (a second person seen is no second attack: "he had seen a gunman, a second man in a red
        # shirt lying in a parking lot and another gunman running away")
        if len(same) < 2 or (etype == "attack" and self._new_attack(_ANOTHER_PERSON.sub(" ", st))):
            return None
        if STEP.match(st):
            return None  # "Six days later an ISIS suicide bomber ...": counted from the last one told
        # (not "the Baton Rouge shootings": one town's, named by it)
        named = tuple(p.text for p in self._towns(info, s.start, s.end))
        if any(not st[: m.start()].rstrip().endswith(named) for m in _SEVERAL_HAPPENINGS.finditer(st)):
            return None  # "... destroyed by bomb explosions in Bogota in the last 48 hours": several
        mine = self._town_names(info, [s])
        if not mine:
            return None
        dated = any(s.start <= m.start < s.end for m in info.dates)
        # (an undated sentence that names only the towns of one told before the last, when the last
        # is dated before it, is that one's: "A witness to Baton Rouge shootings ... another gunman
        # running away" after the Dallas ambush of ten days before recalled)
        undated = self._recent(info, same[-1]) and not dated
        if undated and mine & self._town_names(info, same[-1].sentences):
            return None
        trig = s.start + main.start
        # the story's first happening is also the dateline's town's, for an undated sentence after
        # a recalled one ("BATON ROUGE, La. A gunman killed three police officers ... in
        # Louisiana's capital on Sunday")
        dateline: set[str] = set()
        last_end = ""
        if undated:
            dateline = {
                p.name or p.text
                for p in info.ann.places
                if p.start < info.body_start and not p.demonym and p.precision == "city"
            }
            last, last_span = self._date(info, same[-1])
            last_end = (last.end or "") if last_span is not None else ""
        for c in reversed(same[:-1]):
            if not self._recent(info, c):
                continue
            theirs = self._town_names(info, c.sentences) | (dateline if c is same[0] else set())
            if undated:
                date, span = self._date(info, c)
                if not last_end or span is None or not date.start or last_end >= date.start:
                    continue  # (only after a happening told as older than this one)
            if mine & theirs and not self._own_date(info, s, c, trig):
                return None if self._another_attack(info, s, st, main, etype, c) else c
        return None

    @staticmethod
    def _new_attack(st: str) -> bool:
        return (
            # not "second-generation"
            re.search(
                # "Islamic State claimed its first attack on an Afghan city": a group's first is another
                r"\b(?:another|second(?![-\u2010])|two (?:separate )?attacks|separate|(?:its|their) first)\b",
                st,
                re.IGNORECASE,
            )
            is not None
        )

    def _another_operation(
        self, info: _Article, s: Sentence, current: Candidate, trigger: tuple[int, int]
    ) -> bool:
        """An operation told on a day of its own in another country is another one ("Following the
        Ankara bombing, the Turkish military launched air strikes on Monday and struck northern
        Iraq's Qandil mountain area" after Tuesday's clashes in Diyarbakir). Each side's country is
        where its own sentences place it, named as a country (not "its ally Iran")."""
        text = info.ann.text
        # (not one named back: "Among those Washington said it targeted in the air strikes was ...")
        named_back = _DEFINITE_BEFORE.search(text, max(s.start, trigger[0] - 30), trigger[0]) is not None
        if (
            self._own_place(info, s, current)
            and not named_back
            # (the lead's town may be its dateline's: "DIYARBAKIR, Turkey Four people were killed")
            and not (current.first.start < info.body_start and self._near_dateline(info, s))
        ):
            # "Six people were also killed in an air raid in western Aleppo province" after battles
            # in Latakia: an operation of its own, in a town or province far from the other's
            return True
        if not self._own_date(info, s, current, trigger[0]):
            return False
        mine_date, _ = self._date(info, Candidate(current.event_type, trigger, 0.0, [s]))
        theirs_date, theirs_span = self._date(info, current)
        if (
            not named_back
            and theirs_span is not None
            and any(x.start == theirs_span.start for x in current.sentences)
            and (_weeks_before(mine_date, theirs_date) or _weeks_before(theirs_date, mine_date))
        ):
            # "In September, an air campaign began" after air raids told with a date of their own
            # this month: an operation of months before ("Last November the United States carried
            # out an air strike on Derna" after NATO's campaign of five years ago: one of months
            # after); one dated only by the story's lead ("The 10-month battle at Verdun killed
            # 163,000" at Sunday's ceremony) takes the older date
            return True
        if mine_date.precision != "day" or theirs_date.precision != "day":
            return False

        def countries(spans: list[tuple[int, int]], at: tuple[int, int], named: bool) -> set[str]:
            found, _ = choose_locations(
                info.ann, current.event_type, spans, False, info.body_start, info.actors, trigger=at
            )
            return {
                loc.country_code
                for loc in found
                if loc.country_code and loc.role == "event" and (not named or loc.precision == "country")
            }

        # the new one's country named as such, not a town or a region read in another country
        # ("LOS SANTOS NEIGHBORHOODS, SOYAPANGO" is no Panamanian province)
        mine = countries([(s.start, s.end)], trigger, True)
        theirs = countries([(x.start, x.end) for x in current.sentences], current.trigger, False)
        return bool(mine) and bool(theirs) and not mine & theirs

    def _tells_another(self, info: _Article, s: Sentence, current: Candidate) -> bool:
        """The sentence names a happening of the current one's kind on another day and in another
        town ("The March 22 attacks in Brussels killed 32." after the November attacks in Paris),
        even where its trigger was too weak to make a record of its own. (One that only dates the
        happening told stays with it: "... until the Dec. 2 shooting rampage in San Bernardino".)"""
        at = next((a for t, a, _ in info.hits_in(s) if t == current.event_type), None)
        if at is None or not self._own_place(info, s, current):
            return False
        return self._own_date(info, s, current, at)

    def _dated_long_before(self, info: _Article, s: Sentence, etype: str, trig: tuple[int, int]) -> bool:
        """The sentence dates its happening, with a date of its own, weeks before the story."""
        told = Candidate(etype, trig, 0.0, [s])
        _, span = self._date(info, told)
        own = span is not None and (span.start, span.end) == (s.start, s.end)
        return own and not self._recent(info, told)

    def _day_of_another(self, info: _Article, s: Sentence, current: Candidate, out: list[Candidate]) -> bool:
        """The sentence names the day of another happening told before (the caller has found it
        told on another day than the current one's)."""
        days = {
            m.interval.start
            for m in info.dates
            if s.start <= m.start < s.end and m.start >= info.body_start and m.interval.precision == "day"
        }
        if not days:
            return False
        for c in out:
            if c is current:
                continue
            date, span = self._date(info, c)
            if span is not None and date.precision == "day" and date.start in days:
                return True
        return False

    @staticmethod
    def _continues(st: str, current: Candidate) -> bool:
        """A sentence with no trigger still belongs to the current happening (tolls, claims), not
        one that tells of accidents ("12,000 people injured and 11 killed in fireworks accidents
        last year")."""
        if BACKGROUND.search(st) or _ACCIDENT.search(st) or _LONG_STANDING.search(st):
            return False
        return bool(
            re.search(
                r"\b(?:killed|dead|died|wounded|injured|hurt|victims?|corpses?|"
                # (not bodies of people at work: "Security bodies were put on high alert", "local
                # bodies elections")
                r"(?<!security )(?<!local )(?<!government )(?<!governing )(?<!international )(?<!public )"
                r"(?<!official )(?<!elected )(?<!religious )(?<!civic )(?<!regulatory )(?<!judicial )bodies|"
                r"claimed|responsib\w+|toll|casualt\w+|"
                r"treated in hospital|hospitali[sz]ed|"
                r"suspects?|detained|aged|identified|named|accused|blamed|attributed|"
                # (who was behind it, not what is "left behind by an individual")
                r"(?:was|were|is|are|be|been)\s+(?:\w+ly\s+|also\s+)?behind|behind\s+(?:the|this|that|it|them)(?!\s+(?:scenes|wheel))"
                r")\b",
                st,
                re.IGNORECASE,
            )
        )

    @staticmethod
    def _keep(c: Candidate, article_context: int) -> bool:
        if c.statistic is not None:
            return True
        return not (
            c.event_type in {"warning", "policy", "recruitment"} and c.strength < 0.7 and article_context < 2
        )

    @staticmethod
    def _of_the_field(info: _Article, masked: str, c: Candidate) -> bool:
        """A law, a ban or a warning whose own words name terrorism or an armed group right after
        its verb ("banned the Islamist group Die Wahren Religion", "passed a law allowing dual
        nationals convicted of terrorism offences to be stripped of their citizenship", "warned that
        dozens of Dutch jihadists returning from Syria pose a serious threat"), in a short report
        that says so once."""
        a, b = c.trigger
        # (a law's terms run longer: "passed a law on Tuesday allowing intelligence services to monitor
        # the communications of suspected terrorists")
        powers = (
            c.event_type == "policy" and _LAW_POWERS.search(masked, b, min(c.first.end, b + 60)) is not None
        )
        reach = _OWN_WORDS_REACH + (_LAW_TERMS_REACH if powers else 0)
        start, end = max(c.first.start, a - _OWN_WORDS_BEFORE), min(c.first.end, b + reach)
        return (
            _FIELD_WORDS.search(masked, start, end) is not None
            or any(m.entry.kind == "armed_group" and start <= m.start < end for m in info.actors)
            # ... or the cause its sentence cites at its end: "Police have been put on high alert ...,
            # the Inspector General of Police said on Tuesday, citing possible militant threats"
            or (c.event_type == "warning" and _CITING_FIELD.search(masked, b, c.first.end) is not None)
        )

    def _remembered(self, info: _Article, c: Candidate) -> bool:
        """In a story of an anniversary ("Families marked the 20th anniversary of the Beslan school
        siege on Sunday"), the deed remembered: an attack told in the past perfect with no day of
        its own ("Chechen militants had seized more than 1,100 hostages"), or a figure told in the
        anniversary's sentence, the remembered happening's toll ("where more than 330 people died in
        2004")."""
        text = info.ann.text
        told = itertools.islice((x for x in info.ann.sentences if x.end > info.body_start), 2)
        marked = next((x for x in told if _ANNIVERSARY_OF.search(text, x.start, x.end)), None)
        if marked is None:
            return False
        if c.statistic is not None:
            return any(x.start == marked.start for x in c.sentences)
        if c.event_type != "attack" or any(
            self._dated(info, x) for x in c.sentences if x.start != marked.start
        ):
            return False
        a, b = c.trigger
        return (
            all(x.start != marked.start for x in c.sentences)
            # (the deed's own verb in the past perfect: "Chechen militants had seized", not "a market that
            # had reopened")
            and _PAST_PERFECT.search(text, max(c.first.start, a - 25), min(c.first.end, b + 15)) is not None
            and _ANOTHER_CASE.search(text, c.first.start, a) is None
            and _LATER_OR_ALSO_OPENING.match(text, c.first.start) is None
        )

    def _historical(self, info: _Article, c: Candidate) -> bool:
        """A past happening mentioned as background (an anniversary, an earlier attack); a figure
        of a period long over ("Japanese troops in 1937 killed 300,000 people in Nanjing")."""
        if info.anchor is None:
            return False
        date, _ = self._date(info, c)
        if date.end is None or date.precision == "unknown":
            return False
        try:
            end = dt.date.fromisoformat(date.end)
        except ValueError:
            return False
        limit = STATISTIC_HISTORY_DAYS if c.statistic is not None else HISTORY_DAYS
        return (info.anchor - end).days > limit

    # -- fields -------------------------------------------------------------------------------

    def _record(
        self, info: _Article, c: Candidate, index: int, candidates: Sequence[Candidate] = ()
    ) -> Record:
        ann = info.ann
        text = ann.text
        art = ann.article
        spans = [(s.start, s.end) for s in c.sentences]
        window = " ".join(text[a:b] for a, b in spans)
        date, date_span = self._date(info, c)
        aside = self._told_asides(info, c, aside_spans(text, spans, c.trigger[0]), date, date_span)
        if (
            c.event_type == "attack"
            and date.precision == "week"
            and date_span is not None
            # (one week, not a span of several: "kidnapped over the past 2 weeks")
            and not re.search(r"\bweeks\b", date.text or "", re.IGNORECASE)
        ):
            # "Last week's attack on Jakarta ... the blitz of bombings and gunfire that left all
            # five attackers and two civilians dead on Thursday": its day, told later in its week
            date, date_span = _day_in_week(info, c, date, aside) or (date, date_span)
        if (
            c.statistic is None
            and c.event_type not in STATEMENT_TYPES
            and info.anchor is not None
            and date.start is not None
            and date.end is not None
            and date.start <= info.anchor.isoformat() < date.end
            # (a span counted from the story's day, not one written out: "From November 1 to 17")
            and _THIS_SPAN.search(date.text or "") is not None
            and not _FUTURE_BEFORE.search(text, max(spans[0][0], c.trigger[0] - 50), c.trigger[0])
        ):
            # "police have arrested 12 suspected militants this month": done by the story's day, not
            # by the month's end
            date = replace(date, end=info.anchor.isoformat())
        if aside:
            # "... just eight months after gunmen killed 130 people in Paris", "Speaking in
            # London, Kerry condemned ...": an aside's places are not the happening's
            ann = replace(ann, places=tuple(p for p in ann.places if not inside(p.start, aside)))
        locations, loc_spans = choose_locations(
            ann,
            c.event_type,
            spans,
            index == 0,
            info.body_start,
            info.actors,
            refine=c.statistic is None,
            trigger=c.trigger,
            # (not a happening of months before: "Last year, a bomb killed a provincial minister ...
            # in Punjab" in a story filed from Lahore)
            to_dateline=not (
                date_span is not None
                and info.anchor is not None
                and date.end is not None
                and date.end < (info.anchor - dt.timedelta(days=_RECALLED_DAYS)).isoformat()
            ),
        )
        sibling = (
            next(
                (
                    x
                    for x in info.ann.sentences
                    if 0 <= x.start - spans[-1][1] <= 2 and x.start in info.clauses
                ),
                None,
            )
            if not locations and c.event_type in LEGAL_STEPS and info.clauses
            else None
        )
        if sibling is not None and not any(
            not p.demonym and spans[-1][0] <= p.start < spans[-1][1] for p in ann.places
        ):
            # "A Syrian man was charged on Monday with terrorism offences | after he stabbed three people
            # at a bus stop in Duisburg on Friday": a step cut from the deed it followed, with no place
            # of its own, is taken where the sentence puts the deed (not the man's country)
            locations, loc_spans = choose_locations(
                ann, "attack", [(sibling.start, sibling.end)], False, info.body_start, info.actors
            )
        region = None
        focus = None
        # (a world's figure is of no country: "Deaths from terrorism fell ... to 7,555 in 2023, the Global
        # Terrorism Index said")
        told = text_of(info, c.first)
        worldwide = c.statistic is not None and _WORLDWIDE.search(told) is not None
        if worldwide and _WORLD_WORDS.search(told) is not None:
            # ("rose to 8,352 worldwide in 2023, with Burkina Faso the worst-hit country")
            locations, loc_spans = [], []
        if not locations and not worldwide:
            # (not where someone taken came back from: "arrested a man after he returned from Syria")
            seen = (
                replace(ann, places=tuple(p for p in ann.places if not journeys_end(ann, p)))
                if c.event_type in LEGAL_STEPS
                else ann
            )
            focus = (
                focus_country(seen, theatre(info.actors))
                or self._actor_country(info)
                or _term_country(ann.text)
            )
        if focus and c.statistic is None and c.event_type not in STATEMENT_TYPES | MOVEMENT:
            region = article_region(ann, focus[0], [(m.start, m.end) for m in info.actors])
        if region is not None:
            # no place in its own sentences: the one region all the article's places lie in
            place, where = region
            town = unknown_town(ann, spans[0])
            if town is not None:
                # "... in the village of Kiboba" (unknown) in a story of one district: the village
                # keeps its name, at the region's precision
                written = town.text.title() if town.text.isupper() else town.text
                place = replace(place, name=written, city=written, geonames_id=None, precision="admin1")
                sent = ann.sentence_at(town.start)
                where = Span(sent.start, sent.end) if sent else where
            locations, loc_spans = [place], [where]
        elif not locations and focus:
            town = unknown_town(ann, spans[0])
            if town is not None and not c.statistic:
                # "... near Zholobok" (a village the gazetteer lacks) in a report of the OSCE
                # mission to Ukraine: the village keeps its name, at the country's precision
                written = town.text.title() if town.text.isupper() else town.text
                locations = [Location(name=written, country_code=focus[0], city=written, precision="country")]
                sent = ann.sentence_at(town.start)
                loc_spans = [Span(sent.start, sent.end) if sent else None]
            elif (
                c.statistic is None
                and c.event_type not in STATEMENT_TYPES | MOVEMENT
                and self._recent(info, c)
                # (not a tally of months or years: "27 people charged in the past two years")
                and date.precision in ("day", "week", "unknown")
                and (filed := dateline_town(ann, info.body_start, focus[0])) is not None
                # (dated to a day of its own, or told in a story whose first happening is there)
                and (
                    (date.precision == "day" and date_span is not None)
                    or (
                        filed.geonames_id is not None
                        and any(loc.geonames_id == filed.geonames_id for loc in info.lead_places)
                    )
                )
            ):
                # "DALLAS ... officers searched the garage to ensure reports of a suspicious person
                # were investigated": a happening of the story's days with no place of its own is
                # where the story was filed, when it is dated to a day or the story's first happening
                # is there too
                locations, loc_spans = [filed], [None]
            else:
                locations, loc_spans = (
                    [Location(name=focus[1], country_code=focus[0], precision="country")],
                    [None],
                )
        if index == 0:
            info.lead_places = list(locations)
        actors, actor_spans = actors_for(
            ann,
            self.kb,
            c.event_type,
            info.actors,
            spans,
            CT_TYPES,
            {loc.country_code for loc in locations if loc.country_code and loc.role == "event"},
            _other_attacks(info, c, candidates, date),
            # (an attack the story recalls, dated apart from its first: "last year's terror attacks in
            # Paris and California" in a story of the Orlando shooting)
            c.event_type == "attack"
            and info.lead_attack_date is not None
            and _apart(date, info.lead_attack_date),
            _recalling(
                info,
                aside,
                {
                    loc.geonames_id
                    for loc in locations
                    if loc.role == "event" and loc.precision == "city" and loc.geonames_id is not None
                },
            ),
        )
        if c.event_type == "attack" and info.lead_attack_date is None:
            info.lead_attack_date = date
        counts, count_spans = self._counts(info, c, spans, aside, date)
        statistic = None
        if c.statistic is not None:
            named = {loc.country_code for loc in locations if loc.country_code}
            # (the countries its sentence names too: "30 militants from Tunisia and Algeria had been
            # arrested in Libya" leaves the ministry's country open)
            named |= {
                p.country_code
                for p in ann.places
                if p.country_code and c.first.start <= p.start < c.first.end
            }
            statistic, counts = self._statistic(info, c, date, actors, named)
            locations, loc_spans = _national(locations, loc_spans, ann)
        attack_type = weapon = target = None
        suicide = None
        if c.event_type == "attack":
            # not the arms of a happening recalled in an aside ("eight months after Islamic State
            # gunmen and suicide bombers struck the French capital"); its target is read in
            # the whole sentences, which name it around the happening's words
            # (nor those of a deed called for: "calling for ... air strikes on Islamic State forces")
            unsaid = aside + called_for_spans(text, spans, c.trigger[0])
            own = " ".join(_blanked(text, a, b, unsaid) for a, b in spans) if unsaid else window
            if not gtd.weapon_named(own):
                # "attacks in Brussels in which at least 30 people were killed": the attack's name
                # elsewhere in the story may tell its means ("the Brussels bombings")
                own += " " + _town_attack_names(info, locations, spans)
            attack_type = gtd.attack_type(own)
            weapon = gtd.weapon_type(own, attack_type)
            if statistic is not None and not gtd.weapon_named(own):
                # a figure over many happenings: no means guessed for them all, nor an armed assault
                # (the default when no means is told)
                weapon = None
                attack_type = None if attack_type == "armed_assault" else attack_type
            target = gtd.target_type(window, c.trigger[0] - spans[0][0])
            if target == "private_citizens_property":
                # "attacked an Assam Rifles camp": a force's own post or men, named by the force
                target = _force_hit(window, actors) or target
            suicide = gtd.is_suicide(own)
            self_too = _SELF_TOO.search(own) if counts.killed else None
            if suicide and statistic is None and (not counts.killed or self_too):
                # "A suicide bomber blew himself up at a checkpoint, wounding four": the bomber is
                # dead, and the GTD counts attackers among the dead
                for a, b in spans:
                    dead = gtd.bombers_dead(_blanked(text, a, b, aside) if aside else text[a:b], own)
                    if dead:
                        # ("killing three civilians as well as themselves": the three and the bombers)
                        counts = replace(counts, killed=dead + (counts.killed or 0 if self_too else 0))
                        count_spans = {**count_spans, "killed": Span(a, b)}
                        break
        evidence = tuple(Evidence(text[a:b], a, b) for a, b in spans)
        confidence = self._confidence(c, locations, date, bool(actors), window)
        kind = "statistic" if statistic else "event"
        rec = Record(
            id=record_id(art.id, kind, c.event_type, c.trigger[0]),
            record_type=kind,
            article_id=art.id,
            event_type=c.event_type,
            attack_type=attack_type,
            weapon_type=weapon,
            target_type=target,
            suicide=suicide,
            date=date,
            locations=tuple(locations),
            actors=tuple(actors),
            counts=counts,
            statistic=statistic,
            evidence=evidence,
            confidence=confidence,
            summary="",
            provenance=Provenance(
                trigger=Span(*c.trigger),
                date=date_span,
                locations=tuple(loc_spans),
                actors=tuple(actor_spans),
                counts=count_spans,
            ),
        )
        return _with_summary(rec)

    def _split_listed(self, info: _Article, c: Candidate, rec: Record) -> list[Record]:
        """One record per happening listed in the opening sentence, each in its own place (see
        ``listed``): "last week's bombings in Brussels or the killings in Paris last November",
        "last year's attacks in Paris and California" (not towns struck on one day, nor a toll told
        of them together: "Bomb blasts killed scores in Jableh and Tartous on Monday" is one
        coordinated attack)."""
        if rec.record_type != "event" or rec.event_type != "attack" or info.ann.upper:
            # (in capitals every word looks like a name: no list is read there)
            return [rec]
        events = [k for k, loc in enumerate(rec.locations) if loc.role == "event"]
        if len(events) < 2:
            return [rec]
        ann, s = info.ann, c.first
        text = ann.text
        found: list[tuple[PlaceMention, int]] = []
        for k in events:
            loc = rec.locations[k]
            m = next((p for p in ann.places if s.start <= p.start < s.end and _names_place(p, loc)), None)
            if m is None:
                return [rec]  # a place of another sentence: no list in this one
            found.append((m, k))
        found.sort(key=lambda x: x[0].start)
        mentions = [m for m, _ in found]
        locs = [rec.locations[k] for _, k in found]

        def together(i: int, j: int) -> bool:
            a, b = locs[i], locs[j]
            p, q = mentions[i], mentions[j]
            if (
                b.precision in {"admin1", "country"}
                and re.fullmatch(r",\s*", text[p.end : q.start])
                # (its region, or that of a town the gazetteer lacks: "Fort Hood, Texas"; not a list
                # of regions, "in Kandahar, Helmand and Uruzgan provinces")
                and (contains_place(b, a) or p.geonames_id is None)
            ):
                return True  # an address: "Chattanooga, Tennessee"
            # (a town the gazetteer lacks is placed at its neighbour's point: no sign of nearness)
            near = p.geonames_id is not None and q.geonames_id is not None and _same_area(p, q)
            return near or contains_place(a, b) or contains_place(b, a)

        hits = [(a, b) for t, a, b in info.hits_in(s) if t == "attack"]
        parts = listed_groups(text, (s.start, s.end), mentions, together, hits)
        if parts is None:
            return [rec]
        own = any(part.hit is not None for part in parts)
        opening = (s.start, s.end)
        if not own:
            # happenings named in the plural ("carried out suicide bombings last year")
            heads = [text[a:b].split()[-1].lower() for a, b in hits]
            plural = any(h.endswith("s") and not h.endswith("ss") for h in heads)
            if not plural or rec.date.precision == "day":
                return [rec]
            if any(all(locs[i].precision == "country" for i in part.places) for part in parts):
                # "attacks have increased this year, particularly in Iraq and Syria": a campaign
                # over countries, no happenings of towns
                return [rec]
            tolled = any(
                slot in ("killed", "wounded") and span is not None and (span.start, span.end) == opening
                for slot, span in rec.provenance.counts.items()
            )
            if tolled and not _ONE_OF_THEM.search(text, s.start, s.end):
                # "Bomb blasts killed at least 148 people in Jableh and Tartous": one toll for them
                # all, one coordinated attack (not "..., the latter killing more than 100")
                return [rec]
        spans = [(x.start, x.end) for x in c.sentences]
        # the home part keeps the record's id: the one that holds its words, or the first
        home = next((p for p in parts if p.segment[0] <= c.trigger[0] < p.segment[1]), parts[0])
        # a predicate told of them all after the last place ("A bombing in Quetta and a shooting
        # in Peshawar killed 20 people on Friday"): its toll is none of each's, its day theirs
        last = mentions[parts[-1].places[-1]]
        shared = (last.end, s.end) if _SHARED_PREDICATE.match(text, last.end) else None
        if (
            shared is not None
            and parts[-1].hit is not None
            and _SEPARATE_BEFORE.search(text, max(s.start, parts[-1].hit[0] - 25), parts[-1].hit[0])
        ):
            # "... and a separate attack on a checkpoint in Konduga killed five soldiers": the last
            # part's own predicate
            shared = None
        # ... or a day told right after the last place, with nothing but who said it after ("... and
        # a suicide bomber killed eight policemen in Kirkuk on Wednesday, police said"): theirs all
        trailing = _TRAILING_DAY.search(text, last.end, s.end) if own and shared is None else None
        if trailing is not None and not any(last.end <= m.start < trailing.start() for m in info.dates):
            shared = (trailing.start(), s.end)
        # the day of the sentences around, with none in this one: every part's ("Violence continued
        # to rage in Syria on Sunday. Multiple bomb blasts in ... Damascus killed at least 62 people
        # ..., while twin car bombs killed at least 57 people in Homs")
        told_day = rec.provenance.date
        context_day = (
            told_day is not None
            and not s.start <= told_day.start < s.end
            and not any(s.start <= m.start < s.end for m in info.dates)
        )
        # "A car bomb killed 15 people in Baghdad on Tuesday and a suicide bomber killed eight
        # policemen in Kirkuk": clauses joined by "and" share the sentence's day
        clauses_share_day = (
            any(p.clause for p in parts)
            and rec.provenance.date is not None
            and s.start <= rec.provenance.date.start < s.end
        )
        out: list[Record] = []
        for part in parts:
            keep = {found[i][1] for i in part.places}
            mine = [k for k, loc in enumerate(rec.locations) if loc.role != "event" or k in keep]
            hit = part.hit or c.trigger
            told_here = part is home
            date, date_span = rec.date, rec.provenance.date
            counts, count_spans = rec.counts, rec.provenance.counts
            attack_type, weapon = rec.attack_type, rec.weapon_type
            target, suicide = rec.target_type, rec.suicide
            if own:
                segment = (part.segment[0], shared[0]) if shared and part is parts[-1] else part.segment
                others = [p.segment for p in parts if p is not part] + ([shared] if shared else [])
                dated = sorted(
                    (
                        m
                        for m in info.dates
                        if m.interval.start
                        and m.start >= info.body_start
                        and (
                            segment[0] <= m.start < segment[1]
                            or (shared and shared[0] <= m.start < shared[1])
                        )
                    ),
                    # the day nearest its own words ("On Tuesday, the minister cited last week's
                    # bombings in Brussels": last week)
                    key=lambda m: min(abs(m.start - hit[1]), abs(hit[0] - m.end)),
                )
                borrowed = any(
                    m.interval == rec.date and not (segment[0] <= m.start < segment[1])
                    for m in info.dates
                    if s.start <= m.start < s.end
                )
                if dated:
                    date, date_span = dated[0].interval, Span(*opening)
                elif (borrowed or (not told_here and not context_day)) and not clauses_share_day:
                    # (not the day of another part: "the bombings in Brussels or the killings in
                    # Paris last November" knows no day of Brussels's)
                    end = info.anchor.isoformat() if info.anchor else rec.date.end
                    date, date_span = replace(UNKNOWN_DATE, end=end), None
                own_spans = spans if told_here else [opening]
                aside = aside_spans(text, own_spans, hit[0]) + others
                counts, count_spans = self._counts(info, c, own_spans, aside, date)
                # its means told in its own words ("or the killings in Paris": not the bombings before)
                said = " ".join(_blanked(text, a, b, others) for a, b in own_spans)
                if not told_here or gtd.weapon_named(said):
                    attack_type = gtd.attack_type(said)
                    weapon = gtd.weapon_type(said, attack_type)
                target = gtd.target_type(said, max(0, hit[0] - own_spans[0][0]))
                suicide = gtd.is_suicide(said)
            else:
                counts, count_spans = Counts(), {}  # a toll of them all is none of each's
            rid = (
                rec.id
                if told_here
                else record_id(
                    rec.article_id, "event", "attack", hit[0], f"listed:{mentions[part.places[0]].start}"
                )
            )
            out.append(
                _with_summary(
                    replace(
                        rec,
                        id=rid,
                        attack_type=attack_type,
                        weapon_type=weapon,
                        target_type=target,
                        suicide=suicide,
                        date=date,
                        locations=tuple(rec.locations[k] for k in mine),
                        counts=counts,
                        provenance=replace(
                            rec.provenance,
                            trigger=Span(*hit),
                            date=date_span,
                            locations=tuple(rec.provenance.locations[k] for k in mine),
                            counts=count_spans,
                        ),
                    )
                )
            )
        return out

    @staticmethod
    def _told_asides(
        info: _Article, c: Candidate, aside: list[tuple[int, int]], date: DateInterval, date_span: Span | None
    ) -> list[tuple[int, int]]:
        """The asides of the candidate's sentences, less those that tell the happening itself:

        - the lapse that dates it ("..., the day after 49 people were killed at a gay nightclub in
          Orlando");
        - a lapse of days, in a later sentence, after a happening of its kind in a town its first
          sentence names ("... following Tuesday's suicide bombings [in Brussels]. The evacuation
          came a day after at least 31 people were killed and 260 wounded in the attacks on
          Brussels' airport and subway").
        """
        if not aside:
            return aside
        ann = info.ann
        dated = date_span is not None and date.precision == "day" and _LAPSE_TOLD.search(date.text or "")
        first = c.sentences[0]
        towns = {p.name or p.text for p in ann.places if first.start <= p.start < first.end and not p.demonym}

        def tells_it(x: int, y: int) -> bool:
            sent = ann.sentence_at(x)
            if sent is None or not any(t == c.event_type and x <= a < y for t, a, _ in info.hits_in(sent)):
                return False
            if dated and date_span is not None and date_span.start <= x < date_span.end:
                return True
            lapse = LAPSE_AFTER.match(ann.text, x, sent.end)
            return (
                sent.start != first.start
                and (
                    (lapse is not None and _lapse_lands_on(info, sent, lapse, date))
                    # "Parts of Denver airport were also evacuated on Tuesday, hours after at
                    # least 31 people were killed ... in attacks on Brussels airport": the same day
                    or (
                        _HOURS_AFTER.match(ann.text, x, sent.end) is not None
                        and _told_on(info, sent, x, date)
                    )
                )
                and any(x <= p.start < y and (p.name or p.text) in towns for p in ann.places if not p.demonym)
            ) or (
                # ... or names it back right after the lapse, whatever the day counted from ("Two
                # days after the shooting left 49 of Mateen's victims dead and 53 others wounded,
                # survivors recalled ...")
                sent.start != first.start
                and lapse is not None
                # (not one of another town: "The attack came 12 days after the attack in Nice")
                and not any(
                    x <= p.start < y and (p.name or p.text) not in towns for p in ann.places if not p.demonym
                )
                and any(
                    t == c.event_type and _AFTER_THE.fullmatch(ann.text, lapse.start(), a) is not None
                    for t, a, _ in info.hits_in(sent)
                )
            )

        return [(x, y) for x, y in aside if not tells_it(x, y)]

    @staticmethod
    def _actor_country(info: _Article) -> tuple[str, str] | None:
        """No place named: the country of the agencies (not a force abroad's own), of an international
        mission working in one country, or of a group active in one country only.

        An army or a government acts abroad too: its country counts only when no armed group
        named beside it operates elsewhere ("French forces" striking a group of the Sahel)."""
        votes: Counter[str] = Counter()
        groups = theatre(m for m in info.actors if m.entry.kind == "armed_group")
        for m in info.actors:
            ccs = m.entry.country_codes
            if m.entry.kind != "armed_group" and ccs:
                if groups and ccs[0] not in groups and m.entry.kind not in DOMESTIC_KINDS:
                    continue
                if m.entry.operates_in and ccs[0] not in m.entry.operates_in:
                    # a force of one country working in others: "Barkhane forces killed about 50
                    # jihadists near Boulikessi" is not in France
                    continue
                votes[ccs[0]] += 2
            elif m.entry.kind == "armed_group" and len(ccs) == 1:
                votes[ccs[0]] += 1
            if len(m.entry.operates_in) == 1:
                votes[m.entry.operates_in[0]] += 2  # a mission tied to one country: "the OSCE SMM"
        if not votes:
            return None
        cc = max(votes.items(), key=lambda kv: (kv[1], kv[0]))[0]
        return cc, country_name(cc)

    @staticmethod
    def _past_sentence(info: _Article, a: int, b: int) -> bool:
        """A sentence dated more than a year before publication speaks of another happening."""
        if info.anchor is None:
            return False
        # (an open bound is not the day of what is told: "Before Sunday, the deadliest shootings
        # in U.S. history were at Virginia Tech in 2007 and Sandy Hook Elementary School in 2012")
        dated = [
            m
            for m in info.dates
            if a <= m.start < b and m.interval.end and not (m.kind == "until" and m.interval.start is None)
        ]
        if not dated:
            return False
        try:
            latest = max(dt.date.fromisoformat(m.interval.end or "") for m in dated)
        except ValueError:
            return False
        return (info.anchor - latest).days > HISTORY_DAYS

    def _counts(
        self,
        info: _Article,
        c: Candidate,
        spans: list[tuple[int, int]],
        aside: list[tuple[int, int]],
        date: DateInterval | None = None,
    ) -> tuple[Counts, dict[str, Span]]:
        """The happening's counts from its sentences, leaving out those in ``aside`` spans and
        those of a later sentence dated only before the happening ("Police arrested four people on
        Thursday. ... the intelligence service said in October that at least 27 of them have
        died": another time's figure)."""
        ann = info.ann
        mentions: list[CountMention] = []
        kept: list[tuple[int, int]] = []
        # the article's sentence right before each one
        before_sentence = {x.start: y for y, x in zip(ann.sentences, ann.sentences[1:], strict=False)}
        before = {k: (y.start, y.end) for k, y in before_sentence.items()}
        for i, (a, b) in enumerate(spans):
            if len(spans) > 1 and (
                self._past_sentence(info, a, b)
                or (i > 0 and (_dated_before(info, a, b, date) or _dated_wider(info, a, b, date)))
                # "... leaving at least 29 Israelis dead over the past five months. Also, more
                # than 165 Palestinians have been killed": the tally goes on
                # (the sentence before left out, or a tally of its own that is none of the happening's)
                or (
                    i > 0
                    and (
                        spans[i - 1] not in kept
                        or (a in before and before[a] not in kept and self._tally(info, before_sentence[a]))
                    )
                    and GOES_ON.match(ann.text, a)
                    and not any(a <= m.start < b for m in info.dates)
                )
            ):
                continue
            kept.append((a, b))
        # "the 2002 Bali bombings killed 202 people": another happening's toll is left out.
        # Adjacent sentences are read together, so "the suspects" can take its number from the
        # sentence before ("a four-member cell ... The suspects were arrested").
        for a, b in _join_adjacent(ann.text, kept):
            mentions.extend(
                m for m in find_counts(ann.text[a:b], a, upper=ann.upper) if not inside(m.start, aside)
            )
        if c.event_type in MOVEMENT:
            # "Twelve Tunisian children who had been held in camps in northeastern Syria were
            # repatriated": where they were held, no arrest
            mentions = [
                m
                for m in mentions
                if not (m.slot == "arrested" and _HELD_WORD.search(ann.text, m.start, m.end + 60))
            ]
        if c.event_type not in {"attack", "ct_operation"}:
            # "Abdeslam was arrested ... in the wake of the Nov. 13 rampage that killed 130 people
            # in Paris", "to investigate those behind the killing of 20 people": an attack's toll,
            # told in a clause or a noun of its own, is not the arrest's
            mentions = [
                m
                for m in mentions
                if m.slot not in {"killed", "wounded"}
                or not (
                    ONE_TOLL_BEFORE.search(ann.text, max(0, m.start - 80), m.start)
                    # ("in connection with the twin blasts in Hyderabad's Dilsukhnagar last month that
                    # killed 17 people")
                    or DEEDS_TOLL_FAR_BEFORE.search(ann.text, max(0, m.start - 100), m.start)
                    or _KILLING_OF.search(ann.text, max(0, m.start - 40), m.start)
                    or _ATTACKS_KILLING.search(ann.text, max(0, m.start - 140), m.start)
                )
            ]
        elif c.event_type == "ct_operation":
            # "gunfire rang out in Molenbeek ... the Paris attacks that killed 130 people": the
            # attacks' toll, not the operation's
            mentions = [
                m
                for m in mentions
                if m.slot not in {"killed", "wounded"}
                or not _ATTACKS_TOLL_BEFORE.search(ann.text, max(0, m.start - 80), m.start)
            ]
        else:
            # "claimed a bombing that killed 32 people in Brussels last month and attacks in Paris
            # that killed 130": each toll told in its own clause is its own happening's; the record
            # keeps its sentence's first
            first_of: dict[tuple[int, str], int] = {}
            later: set[int] = set()
            for m in mentions:
                if m.slot in {"killed", "wounded"} and _ATTACKS_TOLL_BEFORE.search(
                    ann.text, max(0, m.start - 80), m.start
                ):
                    sent = ann.sentence_at(m.start)
                    key = (sent.start if sent else -1, m.slot)
                    if first_of.setdefault(key, m.start) != m.start:
                        later.add(m.start)
                elif m.slot in {"killed", "wounded"} and _ELSEWHERE_AFTER.match(ann.text, m.end):
                    # "Seven other civilians were killed in attacks elsewhere": other happenings'
                    later.add(m.start)
            mentions = [m for m in mentions if m.start not in later]
        mentions = [m for m in mentions if not _EARLIER_LAPSE.match(ann.text, m.end)]
        mentions = _without_pronouns_told_back(ann, mentions)
        mentions = _without_claimed_tolls(ann, mentions)
        # people who travelled or joined are counted for a journey only ("More than 1,000 people
        # joined the funeral procession" counts nobody charged or deported), and people brought or
        # come back for a movement ("hundreds of militants returned from Syria" are none of an
        # attack's)
        mentions = [
            m
            for m in mentions
            if not (
                m.slot == "persons"
                and (
                    (m.person_verb == "travelled" and c.event_type != "travel")
                    or (m.person_verb == "repatriated" and c.event_type not in MOVEMENT | {"release"})
                )
            )
        ]
        if c.event_type in _HUNT_TYPES:
            # "arrested a man on suspicion of helping the cell behind the March 2016 Brussels bombings,
            # which killed 32 people": the toll of the deed the hunt is for
            mentions = [
                m
                for m in mentions
                if not (
                    m.slot in {"killed", "wounded"}
                    and _TOLL_OF_THE_DEED_BEFORE.search(ann.text, max(0, m.start - 120), m.start) is not None
                )
            ]
        if c.event_type == "ct_operation" and _DEMOLISHED.match(ann.text, c.trigger[0]) is not None:
            # "demolished the home of a Palestinian gunman who killed two Israelis in August": the
            # dead of his attack, told in the clause about him, are none of the demolition's
            mentions = [
                m
                for m in mentions
                if not (
                    m.slot in {"killed", "wounded"}
                    and c.trigger[1] <= m.start
                    and _WHOSE_DEED_AFTER.fullmatch(ann.text, c.trigger[1], m.start) is not None
                )
            ]
        values = dict(aggregate_counts(mentions, gtd_style=True))

        def sentence_at(offset: int) -> tuple[int, str]:
            sent = ann.sentence_at(offset)
            return (sent.start, ann.text[sent.start : sent.end]) if sent is not None else (offset, "")

        values = share_tolls(values, mentions, sentence_at, series_size(ann.text))
        if (
            c.statistic is None
            and c.event_type == "conviction"
            and values.get("persons") is None
            and _PUT_TO_DEATH.search(ann.text, c.trigger[0], c.trigger[1]) is not None
        ):
            # "Saudi Arabia executed 81 men convicted of terrorism offences": the people the
            # sentence was carried out on
            values["persons"] = values.get("killed")
        if c.statistic is None and c.event_type == "release" and values.get("persons") is None:
            # "Five U.N. workers held hostage by al-Qaida were released": the people let go
            values["persons"], values["kidnapped"] = values.get("kidnapped"), None
        if c.statistic is None and c.event_type in _NO_VICTIMS | _STEPS_OF_A_CASE:
            # "the nation was placed at high alert" after a truck killed 84 people: a warning, a
            # law, a recruitment or a journey has no dead or wounded of its own; nor has a court's
            # step or a removal ("charged three men over the attacks that killed 32 people")
            values["killed"] = values["wounded"] = None
        window = " ".join(ann.text[a:b] for a, b in spans)
        # "... LEAVING THE CITY WITHOUT ELECTRICITY. NO CASUALTIES WERE REPORTED.", "Police
        # searched 15 apartments ... No arrests were made.": the sentence right after the
        # happening's own may state a zero it has no trigger for.
        after, after_at = _next_sentence(ann, spans[-1][1])
        zeros = (
            []
            if _names_another(info, after_at, after_at + len(after), window)
            else find_counts(after, after_at, upper=ann.upper)
        )
        for m in zeros:
            if m.value == 0 and values.get(m.slot) is None:
                values[m.slot] = 0
                mentions.append(m)
        if c.event_type in {"attack", "ct_operation"}:
            window += " " + after
            # "... regime forces shelled the village. Russian drones were seen over the area.
            # Neither injuries nor fatalities were reported.": a zero stated a little further on,
            # with no happening told on the way, is still the attack's
            for text_on, at in _telling_on(info, spans, after_at):
                for m in find_counts(text_on, at, upper=ann.upper):
                    if m.value == 0 and values.get(m.slot) is None:
                        values[m.slot] = 0
                        mentions.append(m)
                window += " " + text_on
        if values.get("killed") is None and _NO_DEATHS.search(window):
            values["killed"] = 0  # "No fatalities were reported": a stated zero, not an unknown
        if values.get("wounded") is None and _NO_INJURIES.search(window):
            values["wounded"] = 0
        if (
            c.event_type in {"attack", "ct_operation"}
            and values.get("killed") is None
            and (values.get("wounded") or values.get("kidnapped") or _HARM_TOLD.search(window))
            and not _ANY_DEATH.search(ann.text)
            and not _OUTCOME_UNKNOWN.search(ann.text)
        ):
            # "stabbed two passers-by", "abducted a shopkeeper", "burned the school": what the
            # attack did is told, and no death anywhere in the report
            values["killed"] = 0
        provenance: dict[str, Span] = {}
        # the sentence that gives the value cited first (a sum cites its first figure)
        for m in sorted(mentions, key=lambda m: m.value != values.get(m.slot)):
            if values.get(m.slot) is not None and m.slot not in provenance:
                sent = ann.sentence_at(m.start)
                if sent is not None:
                    provenance[m.slot] = Span(sent.start, sent.end)
        if c.event_type in {"arrest", "ct_operation", "raid"} and values.get("arrested") is None:
            # "Police arrested a 17-year-old Chechen", "A man was detained": one, told so
            one = _ONE_ARRESTED.search(ann.text, spans[0][0], spans[0][1])
            if one is not None:
                values["arrested"] = 1
                provenance["arrested"] = Span(*spans[0])
        if c.event_type in LEGAL_TYPES and values.get("persons") is None:
            first = ann.text[spans[0][0] : spans[0][1]]
            # (not the victims of what the defendants are accused of: "accused of buying the rifles
            # used by a couple to massacre 14 people")
            pm = next(
                (
                    p
                    for p in _PERSONS.finditer(first)
                    if not _HARMED_BEFORE.search(first, max(0, p.start() - 30), p.start())
                    # ... nor the dead of it: "the attack on the mall in which 67 people died"
                    and not _HARMED_AFTER.match(first, p.end())
                    and not _TOLL_CLAUSE_BEFORE.search(first, max(0, p.start() - 30), p.start())
                    # (not someone's kin: "a father of five children", "her four children")
                    and not _KIN_OF_BEFORE.search(first, max(0, p.start() - 20), p.start())
                ),
                None,
            )
            n = parse_number(pm.group("num")) if pm else None
            if (
                n is not None
                and pm is not None
                and _NAMED_AND_OTHERS.search(first, 0, pm.start())
                and re.search(r"\bothers?\b", pm.group(0), re.IGNORECASE)
            ):
                n += 1  # "convicted Farid Kaddouri and two other men": the one named and the others
            if n is None and _ONE_PERSON.search(first):
                n = 1
            if n is not None:
                values["persons"] = n
                provenance["persons"] = Span(*spans[0])
        return Counts.from_dict(values), provenance

    @staticmethod
    def _of_person_named(info: _Article, s: Sentence, same: list[Candidate]) -> list[Candidate]:
        """The one of ``same`` whose sentences name a person the sentence names (by any word of the
        name: "Mohammed Bouhlel" ... "Bouhlel"); none unless exactly one does."""
        text = info.ann.text
        # (not a speaker: "Hollande called the attack an act of war", "Cazeneuve, the French
        # Interior Minister, on Saturday reiterated that ...")
        mine = {
            w
            for e in info.ann.entities
            if e.label == "PERSON"
            and s.start <= e.start < s.end
            and not _SPEAKER_AFTER.match(text, e.end, min(s.end, e.end + 80))
            for w in re.findall(r"[A-Z][\w'-]{3,}", e.text)
        }
        if not mine:
            return []
        found = [
            c
            for c in same
            if any(
                re.search(rf"\b{re.escape(w)}\b", text[x.start : x.end]) for w in mine for x in c.sentences
            )
        ]
        return found if len(found) == 1 else []

    @staticmethod
    def _series_before(info: _Article, s: Sentence) -> tuple[DateInterval, Span | None] | None:
        """The span of a series the sentence before tells ("a spate of bombings this year"), up to
        the report, with that sentence; None without one."""
        before = next((x for x in reversed(info.ann.sentences) if x.end <= s.start), None)
        if before is None or not _A_SERIES.search(info.ann.text, before.start, before.end):
            return None
        told = [m for m in info.dates if before.start <= m.start < before.end and m.interval.start]
        if not told or info.anchor is None:
            return None
        end = min(told[0].interval.end or info.anchor.isoformat(), info.anchor.isoformat())
        return replace(told[0].interval, end=end), Span(before.start, before.end)

    @staticmethod
    def _named_in_passing(info: _Article, c: Candidate) -> bool:
        """The happening is told in one sentence after the lead, by a definite name that holds its
        town ("the San Bernardino attack")."""
        if len(c.sentences) != 1 or c.first.start <= info.body_start:
            return False
        first = next((x for x in info.ann.sentences if x.end > info.body_start), None)
        if first is None or first.start == c.first.start:
            return False
        s = c.first
        st = info.ann.text[s.start : s.end]
        at = c.trigger[0] - s.start
        definite = _NAMED_BACK_BEFORE.search(st, max(0, at - 30), at)
        return definite is not None and bool(Extractor._towns(info, s.start + definite.start(), c.trigger[0]))

    @staticmethod
    def _too_late(info: _Article, c: Candidate) -> Callable[[DateMention], bool]:
        """Whether a date is later than the candidate can be: what is told as done is not dated
        after the report (a day's grace: "at 1950 (0050 GMT 18 OCTOBER)" in a report of 17
        October), nor by an interval that begins now and ends ahead ("over the next seven years")."""
        if info.anchor is None or c.event_type in _MAY_BE_AHEAD:
            return lambda m: False
        today = info.anchor.isoformat()
        ahead = (info.anchor + dt.timedelta(days=1)).isoformat()

        def late(m: DateMention) -> bool:
            start, end = m.interval.start or "", m.interval.end or ""
            return start > ahead or (start >= today and end > ahead)

        return late

    def _date(self, info: _Article, c: Candidate) -> tuple[DateInterval, Span | None]:
        dates = info.dates
        if c.statistic is not None and c.statistic.open_ended and info.anchor is not None:
            # "More than 250 Americans have joined extremist groups, the committee estimated in
            # September": up to the day or the month the figure was given (the report's day by
            # default), from a start nobody gave
            told_in = c.sentences[0]
            given = [
                m
                for m in dates
                if told_in.start <= m.start < told_in.end
                and m.interval.end
                and SAID_ON_BEFORE.search(info.ann.text, max(told_in.start, m.start - 30), m.start)
            ]
            end = given[-1].interval.end if given else info.anchor.isoformat()
            return DateInterval(None, end, "unknown", ""), None
        if c.statistic is not None and c.period_sentence is not None:
            for s in (c.sentences[0], c.period_sentence):
                inside = [m for m in dates if s.start <= m.start < s.end and m.start >= info.body_start]
                # not "the most for any year since Sept. 11": the day a figure is measured by
                inside = [
                    m
                    for m in inside
                    if not (
                        m.text.lower().startswith("since")
                        and _MEASURED_BY.search(info.ann.text, max(s.start, m.start - 90), m.start)
                    )
                    # nor a span compared with ("a 44 percent rise over the previous three months")
                    and not _BASELINE_BEFORE.search(
                        info.ann.text[max(s.start, m.start - 50) : m.start] + m.text[:9].lower()
                    )
                ]
                ranged = [m for m in inside if m.kind in {"range", "since", "until"}]
                coarse = [m for m in inside if m.interval.precision in {"year", "month"} and m.interval.start]
                pick = ranged or coarse
                past = _past_period(info, s, inside)
                if past is not None:
                    return past, Span(s.start, s.end)
                if pick:
                    interval = _year_to(text_of(info, s), pick[0].interval)
                    if (
                        not ranged
                        and info.anchor is not None
                        and interval.start
                        and _SINCE_ASIDE.search(text_of(info, s), 0, pick[0].start - s.start)
                    ):
                        # "40,000 people have been killed since the PKK took up arms in 1984": from
                        # that year to the report
                        interval = replace(interval, end=info.anchor.isoformat())
                    elif (
                        info.anchor is not None
                        and interval.start
                        and interval.start <= info.anchor.isoformat() < (interval.end or "")
                        and (
                            _UP_TO_NOW.search(text_of(info, s))
                            or not _FIGURE_FORESEEN.search(text_of(info, s))
                        )
                    ):
                        # "326 people have been kidnapped so far this year", "killed 84 militants
                        # this year": the year up to the report (what is counted has happened; not
                        # "will deport 500 people this year")
                        interval = replace(interval, end=info.anchor.isoformat())
                    return interval, Span(s.start, s.end)
        text = info.ann.text
        ranked: list[tuple[int, int, int, int, DateMention, Sentence]] = []
        # "Obama met Hollande on Thursday, amid concerns following ISIS-linked attacks in Paris
        # and Brussels": the attacks named after "following" are earlier than the day the
        # sentence tells, by how much it does not say
        opening = c.sentences[0]
        back = _BACK_REFERENCE.search(text, opening.start, c.trigger[0])
        if (
            back is None
            or not _NOUN_TRIGGER.search(text, c.trigger[0], c.trigger[1])
            # "On 4 March, 2 soldiers were killed following an attack by Taliban militants": what
            # the attack did, on its day
            or _HARM_BEFORE.search(text, opening.start, back.start()) is not None
        ):
            back = None
        toll = _TOLL_RISEN.search(text, opening.start, opening.end)
        if (
            toll is not None
            and toll.start() - opening.start <= 30
            and toll.start("deed") <= c.trigger[0] < toll.end("deed")
            and not any(toll.start("deed") <= m.start < toll.end("deed") for m in dates)
            # (nor one whose day the story tells elsewhere: "... The bomb went off on Monday", nor
            # the same day: "rose to 40 on Monday evening, hours after the blast")
            and not any(x.start <= m.start < x.end for x in c.sentences[1:] for m in dates)
            and not any(
                opening.end <= m.start < opening.end + 400 and m.interval.precision == "day" for m in dates
            )
            and not _SAME_DAY_TOLD.search(text, opening.start, opening.end)
        ):
            # "The death toll from the terrorist attack at Crocus City Hall has risen to 137, the
            # Investigative Committee said on Monday": the day of the toll, not of the attack,
            # which came before it, on a day the sentence does not tell
            updated = [m for m in dates if toll.end() <= m.start < opening.end and m.interval.end]
            end = updated[0].interval.end if updated else info.anchor.isoformat() if info.anchor else None
            return DateInterval(None, end, "unknown", ""), None
        lapsed = _lapse_date(info, c)
        # (cited by the sentence the lapse is told in: "..., the day after 49 people were killed")
        lapse, where = lapsed if lapsed is not None else (_dated_from(info, c), opening)
        if lapse is not None:
            return lapse, (Span(where.start, where.end) if lapse.start else None)
        opening_text = text_of(info, opening)
        step = self._step(info, opening) if STEP.match(opening_text) else None
        if step is not None:
            # "Six days later an ISIS suicide bomber detonated himself ...": counted from the last
            # date told before it, not from the report's day (a date of its own still dates it)
            return step, Span(opening.start, opening.end)
        same_time = (
            self._same_time(info, opening)
            if (_CONCURRENT.match(opening_text) or _SIMULTANEOUS.search(opening_text))
            and c.event_type in {"attack", "ct_operation", "raid", "arrest"}
            # (not one named back: "Meanwhile, the government solicited victims of the shooting")
            and _DEFINITE_BEFORE.search(text, max(opening.start, c.trigger[0] - 30), c.trigger[0]) is None
            else None
        )
        if same_time is None and c.event_type == "attack" and _COORDINATED_ALSO.match(opening_text):
            same_time = self._with_the_one_before(info, opening)
        if same_time is None and c.event_type in _RULINGS:
            # "A Dhaka tribunal on Wednesday acquitted three men ... Six other accused in the case were
            # sentenced to seven years": the same ruling's day
            same_time = self._ruling_before(info, opening)
        if same_time is not None:
            # "As government forces pressed their onslaught, suicide bombers blew themselves up in
            # the capital": the day of what it went on with, told just before
            return same_time
        skipped = False
        too_late = self._too_late(info, c)
        series = self._series_before(info, opening) if _LATEST_OF.match(opening_text) else None
        if series is not None and not any(opening.start <= m.start < opening.end for m in dates):
            # "Turkey has suffered a spate of bombings this year, ... In the most recent attack, a
            # car bomb ripped through a police bus": within the series' span, before the report
            return series
        recalled = aside_spans(text, [(x.start, x.end) for x in c.sentences], c.trigger[0])
        for k, s in enumerate(c.sentences):
            inside = [m for m in dates if s.start <= m.start < s.end and m.interval.start]
            body = [m for m in inside if m.start >= info.body_start] or inside
            # "ended the siege early on Saturday ... attacked the previous evening": "the previous
            # day" dates the event only next to the day it precedes, not in a claim's aside.
            # (unless counted from a day the text named: "On Monday, gunmen attacked a police post.
            # The previous day, a bomb had exploded")
            if not any(m.interval.precision == "day" and not _PREVIOUS.match(m.text) for m in body):
                body = [m for m in body if not _PREVIOUS.match(m.text) or m.base is not None]
            # "He was arrested on August 2 ... He was charged on Saturday": for a charge, the
            # date of a sentence that names a charge comes before one that names the arrest.
            own = k == 0 or c.event_type in info.types_told(s)
            recent_after = any(m.start > c.trigger[0] and not _old(info, m) for m in body)
            # the words of the happening's kind in a later sentence, and those named back with "since
            # the", "after the" (see below)
            kind_at = [a for t, a, _ in info.hits_in(s) if t == c.event_type] if k else []
            named_at = [
                a
                for a in kind_at
                if back is not None
                and _BACK_REFERENCE.search(text, s.start, a)
                and _DEFINITE_BEFORE.search(text, max(s.start, a - 30), a)
            ]
            # "Obama, who met survivors of the shooting and families of the dead in Orlando on
            # Thursday": the people of the happening named back, the day of the meeting (not
            # "victims of the attack on Sunday", the day right after it)
            met_at = [
                b
                for t, a, b in (info.hits_in(s) if k else [])
                if t == c.event_type and _PEOPLE_OF.search(text, max(s.start, a - 50), a)
            ]
            for m in body:
                if any(b + 12 < m.start and " and " in text[b : m.start] for b in met_at):
                    # (another noun joined between: not "victims of the shooting at the club on Sunday")
                    continue
                if back is not None and k == 0 and info.body_start <= m.start and m.end <= back.start():
                    skipped = True
                    continue
                if any(
                    a <= m.start < b
                    and (
                        _recalled_date(text, a, m.start, c.event_type)
                        # (a lapse that opens the happening's sentence: "Weeks after the Nov. 13, 2015,
                        # attacks in Paris, police in Brussels arrested ...")
                        or (b <= c.trigger[0] and opens_sentence(text, s.start, a))
                    )
                    for a, b in recalled
                ):
                    # "The attack, which came eight months and a day after gunmen struck the French
                    # capital on a festive Friday evening": the recalled happening's day (not "was
                    # arrested nine years after the crime, court documents obtained on Saturday showed")
                    continue
                if (
                    c.event_type in _COURT_TYPES
                    and k == 0
                    and m.end <= c.trigger[0]
                    and (accused := _ACCUSED_OF_BEFORE.search(text, max(s.start, m.start - 120), m.start))
                    is not None
                    and not re.search(r"[,;]", text[accused.end() : m.start])
                ):
                    # "The teenager accused of murdering three young girls ... in July has been charged":
                    # the deed's month, not the charge's
                    continue
                if (
                    c.event_type == "release"
                    and c.trigger[0] <= m.start < c.trigger[1]
                    and _TAKEN_FIRST.match(text, c.trigger[0])
                ):
                    # "five staff members kidnapped in February 2022 were released": the day they
                    # were taken
                    continue
                if not own and _RELEASED_BEFORE.search(text, max(s.start, m.start - 25), m.start):
                    # "A study from the Berkman Center released last month concluded ...": a
                    # publication's day, in a sentence that tells no happening of the kind
                    continue
                if (
                    _NTH_TIME.search(text, max(s.start, m.start - 40), m.start)
                    and m.interval.precision != "day"
                ):
                    # "after a dispute erupted into gunfire ... for the second time this week": the
                    # span the times are counted in, not the day of this one
                    continue
                accord = _ACCORD_BEFORE.search(text, max(s.start, m.start - 50), m.start)
                if (
                    accord is not None
                    and c.event_type != "policy"
                    and not _BREAKING.search(text, max(s.start, accord.start() - 25), accord.start())
                    and not accord.start() <= c.trigger[0] < m.start
                    and not any(accord.start() <= a < m.start for _, a, _ in info.hits_in(s))
                ):
                    # "... in response to the government's decision earlier this month to execute
                    # six prisoners": the decision's day, not the attack's
                    continue
                if any(a < m.start for a in named_at):
                    # "... after the Orlando nightclub massacre. Emotions have run high since the
                    # Orlando massacre with Democrats stalling Senate proceedings on Wednesday": named
                    # back again, the happening is not what the day dates
                    continue
                began = _BEGAN_CLAUSE.search(text, max(s.start, m.start - 50), m.start)
                another = began is not None and self._clause_of_another(info, s, c, began.start())
                # (its last words looked for first: the long pattern runs for every date told)
                lasted = (
                    _LASTED_UNTIL.search(text, max(s.start, m.start - 90), m.start)
                    if _ENDED_BEFORE.search(text, max(s.start, m.start - 22), m.start)
                    else _ENDED_A_STRETCH.search(text, max(s.start, m.start - 140), m.start)
                    if _DAY_OR_WEEK_LONG.search(text, max(s.start, m.start - 140), m.start)
                    else None
                )
                if (
                    lasted is not None
                    and m.interval.precision == "day"
                    and m.interval.start == m.interval.end
                    # (the stretch the happening was told in: "killed 20 militants in a three-day
                    # operation that ended on Sunday", not another one: "days after an offensive
                    # that ended on Friday")
                    and (
                        not another
                        or _IN_STRETCH.search(text, max(s.start, lasted.start() - 12), lasted.start())
                    )
                ):
                    m = replace(m, interval=_lasted(lasted, m.interval))
                    another = False
                if another:
                    # "on high alert for terrorist attacks following its military intervention in
                    # Syria that began last September": the day of another noun's clause
                    continue
                if m.start > c.trigger[1] and _PROTESTED.search(text, max(s.start, m.start - 100), m.start):
                    # "snipers who targeted them during rallies in Dallas to protest against the
                    # fatal shooting of two black men by police this week": what was protested
                    continue
                if m.start > c.trigger[1] and _MOURNED.search(text, max(c.trigger[1], m.start - 60), m.start):
                    continue  # the mourners' day ("wept at funerals on Friday"), after the deed
                if (
                    info.body_start <= m.start
                    and m.end <= c.trigger[0]
                    and _TOPIC_MADE.search(text, max(m.end, c.trigger[0] - 60), c.trigger[0])
                    and _NOUN_TRIGGER.search(text, c.trigger[0], c.trigger[1])
                ):
                    # "Democrats on Tuesday accused Trump of politicizing the Orlando shooting": the
                    # day of what was said of the happening, named as a topic
                    continue
                if (
                    info.anchor is not None
                    and m.interval.start
                    and m.interval.start > info.anchor.isoformat()
                    and c.event_type not in _AHEAD_TYPES
                    and _FUTURE_CLAUSE.search(text, max(s.start, m.start - 60), m.start)
                ):
                    # "He was charged with planning a terrorist act and will appear in court on
                    # Thursday": the day of what is to come, not of the step told
                    continue
                if (
                    c.event_type in _COURT_TYPES | _HUNT_TYPES | {"extradition", "deportation"}
                    and c.trigger[1] < m.start
                    and _OVER_THE_DEED.search(text, c.trigger[1], m.start) is not None
                ):
                    # "Tunisian police arrested two suspected jihadists on Tuesday over the attack on
                    # the Bardo museum in Tunis in March 2015": the day of the deed the step is over
                    continue
                if (
                    c.event_type in _COURT_TYPES
                    and c.trigger[1] < m.start
                    and _old(info, m)
                    and any(
                        s.start <= d.start < s.end
                        and d.interval.start
                        and not _old(info, d)
                        # (not the day of another step told after it: "He was sentenced in March 2015
                        # to four years, and on Monday police arrested him again")
                        and not any(
                            t in LEGAL_STEPS and t != c.event_type and d.end <= a < d.end + 40
                            for t, a, _ in info.hits_in(s)
                        )
                        for d in dates
                        if d is not m
                    )
                ):
                    # "The trial of 20 people accused of helping the gunmen who attacked the Charlie
                    # Hebdo offices in January 2015 opened in Paris on Monday", "... sentenced two men
                    # to death for the 2013 bombing of a church, officials said Tuesday": the deed of
                    # the case is long over, the step's day is the recent one
                    continue
                if (
                    c.trigger[0] > m.end
                    and _ANNIVERSARY_ON.search(text, max(s.start, m.start - 40), m.start)
                    and _OF_AFTER_DAY.match(text, m.end)
                    # (not a happening told in the next clause: "As Pakistan marked the anniversary on
                    # Tuesday of the school massacre, a bomb exploded in Quetta")
                    and not any(
                        text.find(",", m.end, s.end) != -1 and a > text.find(",", m.end, s.end)
                        for _t, a, _e in info.hits_in(s)
                    )
                ):
                    # "Pakistan marked the anniversary on Saturday of the Army Public School attack":
                    # the day of the remembrance, not of the attack
                    continue
                if too_late(m):
                    # "Trump postponed his announcement, due next week, out of respect for the
                    # victims in Nice, where an attacker drove into crowds": not the attack's week
                    continue
                # "Four other suspects were picked up on Friday, including one who bombed the
                # airport": a date right after another kind of happening's verb is that one's
                # (a people's noun is no verb: "detained 12 suspected foreign fighters on April 20")
                verb = next(
                    (
                        h
                        for h in reversed(info.hits_in(s))
                        if h[2] <= m.start and not _PEOPLE_NOUN_HIT.fullmatch(text, h[1], h[2])
                    ),
                    None,
                )
                other = int(not own)
                names_trigger = (
                    c.trigger[0] <= m.end + 60
                    and c.trigger[1] > m.end
                    # (not a date right after another kind's verb: "men arrested earlier this month on
                    # terrorism-related charges pleaded not guilty on Friday")
                    and not (
                        verb is not None
                        and verb[0] != c.event_type
                        and (
                            0 <= m.start - verb[2] <= 1
                            # (nor one after its doers: "a schoolgirl kidnapped by Boko Haram militants in
                            # 2014 has been rescued")
                            or (0 <= m.start - verb[2] <= 45 and _BY_DOERS.fullmatch(text, verb[2], m.start))
                        )
                    )
                ) or (
                    c.trigger[0] < m.start
                    and _DEED_THE.search(text, max(s.start, m.start - 40), m.start) is not None
                )
                if (
                    verb is not None
                    and verb[0] == "attack"
                    and c.event_type in {"ct_operation", "release"}
                    and _KIDNAP_WORD.fullmatch(text, verb[1], verb[2]) is not None
                    and 0 <= m.start - verb[2] <= 45
                    and _BY_DOERS.fullmatch(text, verb[2], m.start) is not None
                ):
                    # "a schoolgirl kidnapped by Boko Haram militants in 2014 has been rescued": the day
                    # of the taking, told after its doers; the rescue came after it
                    continue
                by_other = (
                    (
                        verb is not None
                        and not names_trigger
                        and not {verb[0], c.event_type} <= _FIGHTING
                        and verb[0] != c.event_type
                        # (not the raids the arrests were made in: "arrested 12 suspected militants in
                        # raids across Java in March")
                        and not (
                            c.event_type == "arrest"
                            and verb[0] == "raid"
                            and c.trigger[1] <= verb[1]
                            and _IN_RAIDS.fullmatch(text, c.trigger[1], verb[1]) is not None
                        )
                        and (
                            (m.start - verb[2] <= _VERB_DATE_GAP and not verb[2] <= c.trigger[1] <= m.start)
                            # "had charged three more people ... after a series of raids following bomb
                            # attacks on Brussels airport and a metro train last week": the day of what
                            # the step followed, in its clause
                            or _after_another(text, c.trigger[1], verb[1], m.start)
                        )
                    )
                    or (
                        # "The trial for a man accused of purchasing the rifles used by a married couple to
                        # massacre 14 people in San Bernardino, California last year": the deed the case is
                        # about, in its own clause after the trigger
                        c.event_type in _COURT_TYPES
                        and c.trigger[1] < m.start
                        and (deed := _CASE_DEED.search(text, max(c.trigger[1], m.start - 160), m.start))
                        is not None
                        and m.start - deed.end() <= 80
                        and not _CLAUSE_AFTER_DEED.search(text, deed.end(), m.start)
                        # (the deed's own date comes first: "for the bombing that killed 10 tourists in
                        # Istanbul in January at a hearing on Monday")
                        and not any(deed.end() <= d.start < m.start for d in dates)
                    )
                    or (
                        # "an appeals court will weigh a challenge on Wednesday ... brought by an Oregon
                        # man found guilty of attempting to detonate a bomb": the step a person is known
                        # by, in a clause after the day of another
                        c.event_type in _COURT_TYPES | {"arrest"}
                        and m.end <= c.trigger[0]
                        and _DESCRIBED_PERSON.search(text, max(m.end, c.trigger[0] - 40), c.trigger[0])
                        is not None
                    )
                )
                # "A Larnaca court on Wednesday ordered him to be held in custody": a date before
                # another kind's verb is that step's
                by_other = by_other or (not names_trigger and _before_another_verb(info, s, m.end, c))
                possessive = lx.POSSESSIVE.match(text, m.end) is not None or (
                    # (an old one, "indicted in the 2005 killing", still tells of history)
                    not _old(info, m)
                    and _ATTRIBUTIVE.search(text, max(s.start, m.start - 5), m.start) is not None
                    and _ATTRIBUTIVE_NOUN.match(text, m.end) is not None
                )
                possessed = _possessed(text, m.end)
                deed_the = c.trigger[0] < m.start and (
                    _DEED_THE.search(text, max(s.start, m.start - 40), m.start) is not None
                )
                # "last week's killing of five officers in Dallas, the deadliest assault ...": the
                # trigger in apposition to the noun phrase, with no verb between
                apposition = (
                    0 <= c.trigger[0] - possessed[1] <= 60
                    and _CLAUSE_VERB.search(text, possessed[1], c.trigger[0]) is None
                    # (not a step of a case told of someone the happening's words describe: "The top
                    # suspect in last year's deadly Paris attacks, captured in Belgium"; "In Monday's
                    # raids across Brussels, police arrested" is the step's day)
                    and not (
                        c.event_type in LEGAL_STEPS
                        and _DEED_NOUN.search(text, possessed[0], possessed[1]) is not None
                    )
                )
                if (
                    possessive
                    and not deed_the
                    and not apposition
                    and not possessed[0] <= c.trigger[0] < possessed[1]
                    and not _names_kind(text[possessed[0] : possessed[1]], c.event_type)
                    # ("Thursday's late-morning siege": the attack or the operation, no trigger word)
                    and not (
                        c.event_type in _FIGHTING and _SIEGE_WORD.search(text, possessed[0], possessed[1])
                    )
                ):
                    # "detained six people, including the last fugitive of last year's Paris
                    # attacks": a date in the possessive names the happening after it, which is
                    # this one only when of its kind ("at the time of Sunday's attack"); so does
                    # one before its noun ("captured Abrini, who was involved in the March 22
                    # suicide bombings")
                    continue
                since = _SINCE_ASIDE.search(text, max(s.start, m.start - 100), m.start)
                if (
                    since is not None
                    and not _old(info, m)
                    and _names_kind(text[since.start() : min(s.end, m.end + 60)], c.event_type)
                ):
                    # a recent one only when it names another kind of happening ("hunted since
                    # the bombings at the airport on March 22" is the happening told)
                    since = None
                if (
                    m.kind == "since"
                    and m.end <= c.trigger[0]
                    and "," in text[m.end : c.trigger[0]]
                    and c.event_type in _FIGHTING
                    and _NOUN_TRIGGER.search(text, c.trigger[0], c.trigger[1]) is not None
                    and _DEFINITE_BEFORE.search(text, max(s.start, c.trigger[0] - 30), c.trigger[0])
                    is not None
                ):
                    # "making a second appearance in Congress since March to testify over encryption,
                    # a dispute renewed by the San Bernardino attack": the period of another clause
                    continue
                if (
                    since is None
                    and c.trigger[0] < m.start
                    and m.text.lower().startswith("since")
                    and _MEASURED_BY.search(text, max(s.start, m.start - 90), m.start)
                ):
                    # "the worst attack on American soil since Sept. 11, 2001": the day measured
                    # by, with "since" inside the date's words
                    continue
                if since is not None and c.trigger[0] < since.start():
                    # "..., the biggest blow to the group since its military chief was killed in
                    # 2008", "the deadliest since Iraqi forces last month retook Falluja": a
                    # comparison with another happening, after the happening told (when the
                    # trigger is inside it, "since Gaddafi was killed in 2011", it is history)
                    continue
                concurrent = (
                    _AS_CLAUSE.search(text, c.trigger[1], m.start) if m.start > c.trigger[1] else None
                )
                if concurrent is not None and not _names_kind(text[concurrent.start() : m.end], c.event_type):
                    # "The seven militants who killed 20 people ... were local Bangladeshis, police
                    # said, as the country began a two-day period of mourning on Sunday": the day of
                    # what went on beside the report
                    continue
                # (a relative clause may lie inside a trigger's words: "charged a woman who returned
                # from Syria last month with")
                deed = (
                    _RELATIVE_DEED.search(text[c.trigger[0] : m.start])
                    if s.start <= c.trigger[0] and c.trigger[0] < m.start
                    else None
                )
                if (
                    deed is not None
                    and c.event_type != "attack"
                    # (the trigger an attack's own: not "... the assassination of six Jesuits who were
                    # machinegunned on 15 November", read for another kind's day)
                    and not any(t == "attack" and a == c.trigger[0] for t, a, _ in info.hits_in(s))
                    and any(t.event_type != c.event_type for t, _, _ in find_triggers(deed.group(0) + m.text))
                ):
                    # "FC troops killed one Taliban militant during a search operation trying to
                    # corner militants who attacked a police station in March": the day of the
                    # attack its doers are known by, not the operation's ("charged a woman who
                    # returned from Syria last month with ...": the day of her return, not the charge)
                    continue
                if (
                    _old(info, m)
                    and m.start > c.trigger[1]
                    and _PAST_DEED.search(text, c.trigger[1], m.start)
                ):
                    # "the FC have killed the militant behind the attack on ... in 2013": the old
                    # date is the deed the person is known for, not the happening told
                    continue
                if (
                    _old(info, m)
                    and m.end <= c.trigger[1]
                    and "," in text[m.end : c.trigger[1]]
                    and (aside := _RELATIVE_ASIDE.search(text, max(s.start, m.start - 120), m.start))
                    is not None
                    and not _names_kind(text[aside.start() : m.end], c.event_type)
                ):
                    # "Barillas, ambassador during the first two years of an administration which
                    # began in 1986, was gunned down": an old date in a clause that describes someone
                    # or something told before the happening
                    continue
                if (
                    m.kind == "since"
                    and c.event_type != "attack"
                    and _HUNTED_SINCE.search(text, max(s.start, m.start - 60), m.start)
                ):
                    # "A man named Samir Bouzid has been sought since December": how long a hunt has
                    # gone on, not the day of an operation told with it
                    continue
                if other and _old(info, m):
                    # "A police officer was shot dead in Karachi. He was working on the case of the
                    # 2012 factory fire": an old date in a later sentence that tells no happening of
                    # the same kind is background (one that does, "The battle killed 163,000 in
                    # 1916", still dates it)
                    continue
                public = _MADE_PUBLIC.search(text, max(s.start, m.start - 80), m.start)
                if public is not None and (
                    public.group("filing") is None or c.event_type not in _COURT_TYPES
                ):
                    continue  # "a transcript of his calls released by the FBI on Monday"
                # "..., police said on Tuesday", "the government on Saturday condemned": when the
                # report was made, not the happening.
                reporting = (
                    _reported_on(text, s.start, m.start)
                    or _REPORTING_AFTER.match(text[m.end : m.end + 40]) is not None
                    # (not a day in the possessive: "the Observatory says Tuesday's shelling came amid")
                ) and lx.POSSESSIVE.match(text, m.end) is None
                if (
                    reporting
                    and c.event_type in {"warning", "threat"}
                    and (
                        0 <= m.start - c.trigger[1] <= _SAID_DAY_REACH
                        or 0 <= c.trigger[0] - m.end <= _SAID_DAY_REACH
                    )
                ):
                    # "German intelligence warned on Monday that militants could strike this summer":
                    # the day words were said is a warning's own (not the summer feared)
                    reporting = False
                if m.start < c.trigger[0] and _old(info, m) and recent_after:
                    # "A man convicted over a 2016 plot was released on Friday": a date of history
                    # before the trigger yields to a recent one after it (or to one of a later
                    # sentence: "... in 2007 has been arrested, court documents obtained on
                    # Saturday showed. ... to arrest Larry Bowlsby on Tuesday")
                    continue
                # "left for home Friday morning following a truck-bomb explosion ... on Wednesday":
                # a date before "following" or "after" dates the clause it is in, not the trigger.
                other_clause = (
                    m.end <= c.trigger[0] and _OTHER_CLAUSE.search(text, m.end, c.trigger[0]) is not None
                )
                # (in a later sentence, from the nearest word of the happening's kind: "A judge on
                # Tuesday ordered Apple to unlock a phone used by Farook, who killed 14 people on
                # Dec. 2 in San Bernardino")
                at = min(kind_at, key=lambda a: abs(m.start - a)) if kind_at else c.trigger[0]
                near = int(other_clause) * 50_000 + abs(m.start - at)
                ranked.append((int(reporting), int(other or by_other), k, near, m, s))
        if skipped:
            # nor does a later sentence's month ("a suspect in November's Paris attacks"); its
            # day may ("the June 12 rampage"), as may a date of the reference ("following
            # Tuesday's bombings")
            ranked = [r for r in ranked if r[2] == 0 or r[4].interval.precision == "day"]
            if not ranked and info.anchor is not None:
                return DateInterval(None, info.anchor.isoformat(), "unknown", None), None
        if ranked:
            best = min(ranked, key=lambda x: (x[1], x[0], x[2], x[3], x[4].start))
            *_, m, s = best
            if (
                best[0]
                and m.interval.end
                and (
                    _BEFORE_THE_REPORT.search(text, max(s.start, c.trigger[0] - 25), c.trigger[1])
                    or _DOER_WHO.search(text, s.start, c.trigger[1])
                    or _HELD_STATE.search(text, max(s.start, c.trigger[0] - 30), min(s.end, c.trigger[1] + 8))
                    # "The Pakistani Taliban claimed responsibility on Monday for a bombing": the
                    # claim's day
                    or _CLAIMED_ON.search(text, max(s.start, m.start - 40), m.start)
                    # ... or told on its day before it: "The Taliban on Monday claimed responsibility"
                    # (not a date of the words before: "an attack on a convoy last week claimed ...")
                    or (
                        _CLAIM_AFTER.match(text, m.end)
                        and _ON_BEFORE.search(text, max(0, m.start - 4), m.start)
                    )
                )
            ):
                # "Al Arabiya said on Sunday that three U.S. nationals had been kidnapped": on or
                # before the day of the report, not on it
                return DateInterval(None, m.interval.end, "unknown", None), Span(s.start, s.end)
            if (
                m.interval.end
                and m.start < c.trigger[0]
                and any(
                    d.start() <= c.trigger[0] < d.end() for d in DOER_OF_DEED.finditer(text, m.end, s.end)
                )
            ):
                # "FBI agents on Friday questioned a member of the mosque attended by Omar Mateen,
                # the man who shot 49 people to death": the deed that describes him came before,
                # on a day a later sentence may tell ("the June 12 massacre in Orlando")
                told_later = [r for r in ranked if r[5].start > s.start and r[0] == 0 and r[1] == 0]
                if told_later:
                    *_, m, s = min(told_later, key=lambda x: (x[1], x[0], x[2], x[3], x[4].start))
                    return m.interval, Span(s.start, s.end)
                return DateInterval(None, m.interval.end, "unknown", None), Span(s.start, s.end)
            if (
                m.interval.end
                and c.trigger[1] <= m.start
                and _KIDNAP_WORD.fullmatch(text, c.trigger[0], c.trigger[1])
                and _FREED_BEFORE.search(text, max(c.trigger[1], m.start - 60), m.start)
            ):
                # "The kidnapped son of a former prime minister was freed in a joint operation on
                # Tuesday": the day of the freeing; the kidnapping came before
                return DateInterval(None, m.interval.end, "unknown", None), Span(s.start, s.end)
            # the happening's words in the date's sentence, each told as its people's ("victims of";
            # not "killed 12 people at a market on Sunday, and hospitals struggled to treat victims
            # of the blast")
            words = [(a, b) for t, a, b in info.hits_in(s) if t == c.event_type]
            of_people = [
                (p.start(), b)
                for a, b in words
                for p in [_PEOPLE_OF.search(text, max(s.start, a - 60), a)]
                if p
            ]
            # (a word in a clause that describes the deed after its people's name is theirs too:
            # "Survivors of the attack on an Orlando nightclub, in which a gunman killed 49 people,
            # met President Obama on Thursday")
            bare = [
                a
                for a, b in words
                if not any(pa <= a < pb + 1 for pa, pb in of_people)
                and not any(pb <= a and _DEED_CLAUSE.search(text, pb, a) for _, pb in of_people)
            ]
            if (
                of_people
                and not bare
                and m.interval.end
                and c.event_type in _FIGHTING
                and not any(pa <= m.start < pb + _DATE_ATTACHED for pa, pb in of_people)
            ):
                # "Some victims of the San Bernardino attack will file a legal brief ..., a lawyer
                # said on Sunday", "Larson told Reuters last week that he is working on a brief with
                # victims of the San Bernardino shooting": the day of what its people do, after it
                # (not "victims of the attack on Sunday", "survivors of last week's bombing")
                return DateInterval(None, m.interval.end, "unknown", None), Span(s.start, s.end)
            if best[0] and m.interval.end and self._named_in_passing(info, c):
                # "At a news conference ... on Friday, Vance said the San Bernardino attack ... is
                # the most visible example": an attack named back by its town in a later sentence
                # of a story about something else happened before the day of the words
                return DateInterval(None, m.interval.end, "unknown", None), Span(s.start, s.end)
            if m.base is not None and _LATER_STEP.search(text, c.trigger[1], m.start):
                # "were abducted, but released the following day": the counted day is the later
                # step's; the happening is on the day it is counted from
                return m.base, Span(s.start, s.end)
            finer = _finer_day(info, c, best, ranked)
            if finer is not None:
                return finer[0].interval, Span(finer[1].start, finer[1].end)
            return m.interval, Span(s.start, s.end)
        sents = info.ann.sentences
        later = [x for x in sents if x.start >= c.sentences[-1].end][:3]
        for s in later:
            if not _REFERS_BACK.search(text, s.start, s.end):
                continue
            told = [
                m
                for m in dates
                if s.start <= m.start < s.end and m.interval.start and not _old(info, m) and not too_late(m)
            ]
            if told:
                return told[0].interval, Span(s.start, s.end)
        first = sents[0] if sents else None
        if (
            first is not None
            and c.first.start != first.start
            # (not happenings told as earlier ones: "Responsibility for the past two attacks, both
            # suicide car bombings in the capital Ankara, was claimed by a PKK offshoot" is not of
            # the lead's day; "the deadliest of several previous attacks" only compares)
            and not any(
                m.start() <= c.trigger[0] < m.end() or _APPOSED_TO.match(text, m.end(), c.trigger[0] + 1)
                for m in EARLIER_ONES.finditer(text, c.first.start, c.first.end)
            )
        ):
            lead = [
                m
                for m in dates
                if first.start <= m.start < first.end and m.interval.start and not too_late(m)
            ]
            lead = [m for m in lead if m.start >= info.body_start] or lead
            # "detained six people suspected of ties to the Brussels bombings, including the last
            # fugitive of last year's Paris attacks": a lead's date in the possessive dates the
            # happening it names, here one of another town than this one's
            towns = self._town_names(info, c.sentences)
            elsewhere = [m for m in lead if _possessed_elsewhere(info, m, towns)]
            lead = [m for m in lead if m not in elsewhere]
            # "police reported today that a journalist was injured last night": not the report's
            # day, unless what is dated is the statement itself (a warning told to parliament)
            if c.event_type not in STATEMENT_TYPES:
                unsaid = [
                    m
                    for m in lead
                    if not _reported_on(text, first.start, m.start)
                    # (nor "Interior Minister Bernard Cazeneuve on Saturday said ..." in modern copy;
                    # old wire copy's "RADIO VENCEREMOS TODAY REPORTED" often dates what it reports)
                    and (info.ann.upper or _REPORTING_AFTER.match(text[m.end : m.end + 40]) is None)
                ]
                # ... and a report's day only in a lead that tells a happening of the kind (not "FBI
                # Director James Comey said on Tuesday that investigators could not open the phone")
                # (nor in one that names a happening of another town: the report is of that one)
                kind_told = c.event_type in info.types_told(first) and not elsewhere
                lead = unsaid or (lead if kind_told else [])
                if not kind_told:
                    # "Clinton's lead has slipped by five points since mid-June, according to a poll":
                    # a stretch of what the lead tells, no day of a happening it does not tell
                    lead = [
                        m
                        for m in lead
                        if m.kind not in {"since", "until"} or m.interval.precision in {"day", "week"}
                    ]
                court = info.types_told(first)
                if c.event_type in _FIGHTING and (
                    (court and court <= _COURT_TYPES)
                    # ... nor does a judge's order ("A U.S. judge on Tuesday ordered Apple Inc to
                    # help the FBI break into a phone ... The two were killed in a shootout")
                    or any(
                        _COURT_SUBJECT.search(text, max(first.start, m.start - 40), m.start)
                        and _COURT_VERB.match(text, m.end)
                        for m in lead
                    )
                ):
                    # "Tairod Pugh ... was found guilty on Wednesday of attempting to join Islamic
                    # State" does not date "Two of his alleged associates were killed in a shootout
                    # with police at the event": a court's day comes long after the deeds
                    lead = []
            if c.event_type in STATEMENT_TYPES:
                # "Police dismantled 21 terrorist cells in 2015, the ministry said on Wednesday. The
                # ministry warned that the threat remained high": a warning borrows the day it was
                # given, not the span of a figure
                lead = [m for m in lead if m.interval.precision in ("day", "week")]
            if lead and c.event_type in {"attack", "ct_operation", "arrest", "warning", "policy", "threat"}:
                # "The Senate on Wednesday voted down a proposal ... after the mass shooting at an
                # Orlando nightclub last week": the date nearest a word of the happening's kind
                kind_at = [a for t, a, _ in info.hits_in(first) if t == c.event_type]
                if kind_at:
                    lead.sort(key=lambda m: min(abs(m.start - a) for a in kind_at))
                if info.anchor is not None and _before_recent_span(info, c, lead[0]):
                    # "critical academics have been detained in recent months" after a lead that
                    # names last year: a span told, vague but its own, that the lead's day is not in
                    return DateInterval(None, info.anchor.isoformat(), "unknown", None), None
                return lead[0].interval, Span(first.start, first.end)
        if info.anchor is not None:
            # No date in the text: say so, bounded by what we know (on or before publication).
            return DateInterval(None, info.anchor.isoformat(), "unknown", None), None
        return DateInterval(), None

    def _statistic(
        self,
        info: _Article,
        c: Candidate,
        date: DateInterval,
        actors: list,
        countries: Set[str] = frozenset(),
    ) -> tuple[Statistic, Counts]:
        assert c.statistic is not None
        sm = c.statistic
        value = parse_number(sm.value_text)
        # who the sentence says gives the figure ("according to the Egyptian Center for ...", "the
        # Interior Ministry reported"), by its canonical name when it is a known body; else a body
        # the record cites as its source in words of saying; else the body that acted (not one
        # named in passing: "Turkey, a NATO member")
        said = next(
            (
                r
                for s in (c.sentences[0], c.period_sentence)
                if s is not None and (r := reporter(info.ann.text[s.start : s.end]))
            ),
            None,
        )
        if said is not None:
            known = (
                a.name
                for a in actors
                if a.mention and re.search(rf"\b{re.escape(a.mention)}\b", said, re.IGNORECASE)
            )
            reported_by = next(known, said)
            ministry = _MINISTRY_WORD.search(reported_by) if BARE_KIND.fullmatch(reported_by) else None
            if ministry is not None:
                # "..., the Interior Ministry told parliament" in a story of Morocco: Morocco's ministry
                # (not the police bureau that acted), or the words as written
                reported_by = self._country_body(reported_by, countries) or next(
                    (a.name for a in actors if a.role in ("source", "agent") and a.kind == "government"),
                    reported_by,
                )
            elif BARE_KIND.fullmatch(reported_by):
                # "the agency said": the body the record names as its source or agent, when it has one
                reported_by = next((a.name for a in actors if a.role in ("source", "agent")), reported_by)
            told = c.period_sentence
            if BARE_KIND.fullmatch(reported_by) and told is not None and told is not c.sentences[0]:
                # "A total of 1,077 people were arrested, the report said" after "Europol's annual
                # report said 211 attacks ...": the body of the figure told before
                before = reporter(info.ann.text[told.start : told.end])
                if before is not None and not BARE_KIND.fullmatch(before):
                    reported_by = next(
                        (
                            a.entry.name
                            for a in info.actors
                            if a.mention and re.search(rf"\b{re.escape(a.mention)}\b", before, re.IGNORECASE)
                        ),
                        before,
                    )
                else:
                    # ... or the body that opens it ("Europol's annual TE-SAT report ... said")
                    opening = next(
                        (
                            a.entry.name
                            for a in sorted(info.actors, key=lambda a: a.start)
                            if told.start <= a.start < told.start + 40 and a.entry.kind != "armed_group"
                        ),
                        None,
                    )
                    reported_by = opening or reported_by
        else:
            around = " ".join(
                info.ann.text[s.start : s.end] for s in (c.sentences[0], c.period_sentence) if s is not None
            )
            reported_by = next(
                (a.name for a in actors if a.role == "source" and SOURCE_NEAR.search(around)),
                next((a.name for a in actors if a.role == "agent"), None),
            )
        stat = Statistic(
            sm.metric, float(value if value is not None else 0), date.start, date.end, reported_by
        )
        counts = Counts.from_dict({sm.slot: value}) if sm.slot and value is not None else Counts()
        return stat, counts

    def _country_body(self, bare: str, countries: Set[str]) -> str | None:
        """The knowledge base's body of the one country a figure is of, for the words of its kind
        ("Interior Ministry", "interior minister" in a story of Morocco: the Moroccan Interior
        Ministry), or None."""
        if len(countries) != 1:
            return None
        (cc,) = countries
        phrase = f"{country_name(cc)} {bare}"
        found = self.kb.find(phrase)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(phrase):
            return found[0].entry.name
        return None

    @staticmethod
    def _confidence(
        c: Candidate, locations: list[Location], date: DateInterval, actors: bool, window: str
    ) -> float:
        score = 0.35 + 0.3 * c.strength
        if STRONG_SCAN.search(window):
            score += 0.1
        if any(loc.precision in {"city", "point", "admin1"} for loc in locations):
            score += 0.08
        elif locations:
            score += 0.04
        if date.precision != "unknown":
            score += 0.05
        if actors:
            score += 0.05
        return round(min(score, 0.98), 3)


def _town_attack_names(info: _Article, locations: list[Location], spans: list[tuple[int, int]]) -> str:
    """The story's other names of an attack in the record's towns that tell how it was done: "the
    Brussels bombings", "the shooting in Orlando" (joined; empty when there are none)."""
    towns = {loc.name for loc in locations if loc.precision == "city" and loc.name}
    names: list[str] = []
    for p in info.ann.places:
        if (p.name or p.text) not in towns or p.demonym or any(a <= p.start < b for a, b in spans):
            continue
        m = _ATTACK_OF_TOWN_AFTER.match(info.ann.text, p.end) or _ATTACK_IN_TOWN_BEFORE.search(
            info.ann.text, max(0, p.start - 40), p.start
        )
        if m is not None:
            names.append(m.group("kind"))
    return " ".join(names)


def _national(
    locations: list[Location], spans: list[Span | None], ann: AnnotatedArticle
) -> tuple[list[Location], list[Span | None]]:
    """An official figure covers a country (or a region), not the city the ministry sits in."""
    out: list[Location] = []
    out_spans: list[Span | None] = []
    for loc, span in zip(locations, spans, strict=True):
        if loc.precision in {"city", "point"} and loc.country_code:
            loc = Location(
                name=country_name(loc.country_code), country_code=loc.country_code, precision="country"
            )
        if any(o.country_code == loc.country_code and o.precision == loc.precision for o in out):
            continue
        out.append(loc)
        out_spans.append(span)
    return out, out_spans


# "marching on Friday, the day after a gunman killed five police officers", "said on June 14 --
# two days after a gunman killed 49 people": a happening a few days before a dated one
_LAPSE_OTHER_DEED = re.compile(
    r"\b(?:released|published|showed|aired|broadcast|posted|announced|said|reported|revealed|issued|"
    r"found|arrested|charged|identified|named|buried|mourned|marked|remembered|commemorated)\b",
    re.IGNORECASE,
)
_LAPSE_GAP = re.compile(r"[\s,\u2013\u2014-]*")
# what may come before a lapse that opens its sentence (a dateline's dash included: "STUTTGART,
# Germany \u2014 A day after ...")
_LAPSE_OPENS = re.compile(r"(?:[^\u2014]*?\b[A-Z]{2,}\b[^\u2014]*?(?:\u2014|--))?[\s\"'\u201c\u2018(]*")


def _without_pronouns_told_back(ann: AnnotatedArticle, mentions: list[CountMention]) -> list[CountMention]:
    """ "A suicide bomber was killed ... The attacker ... detonated his device ..., killing him": a
    pronoun victim alone in its sentence may name the one person a sentence before counted ("The
    gunman killed two guards before soldiers shot him dead" counts him: another person, in the same
    sentence)."""

    def sentence(m: CountMention) -> int:
        s = ann.sentence_at(m.start)
        return s.start if s is not None else m.start

    def pronoun(m: CountMention) -> bool:
        return m.text.lower() in ("him", "her")

    out = []
    for m in mentions:
        if pronoun(m):
            others = [o for o in mentions if o.slot == m.slot and o is not m and not pronoun(o)]
            if (
                others
                and not any(sentence(o) == sentence(m) for o in others)
                # (one person told before, whom the pronoun may be; not "killed 80 people ...
                # police shot him dead": the gunman, on top)
                and any(o.value == 1 for o in others)
            ):
                continue
        out.append(m)
    return out


def _lapse_days(lapse: re.Match[str]) -> int:
    """How many days a lapse of ``asides.LAPSE_AFTER`` counts ("the day after" 1, "two days after" 2)."""
    num = lapse.group("num")
    return 1 if num is None else (parse_number(num) or 1)


def _lapse_lands_on(info: _Article, s: Sentence, lapse: re.Match[str], date: DateInterval) -> bool:
    """Counted back from the day the sentence tells (or the story's), the lapse ("a day after",
    "two days after") lands on the happening's day."""
    if lapse.group("some") or date.precision != "day" or not date.start:
        return False
    days = _lapse_days(lapse)
    told = _days_told(info, s, lapse.start())
    try:
        day = dt.date.fromisoformat(told[-1]) if told else info.anchor
    except ValueError:
        return False
    return day is not None and (day - dt.timedelta(days=days)).isoformat() == date.start


def _told_on(info: _Article, s: Sentence, before: int, date: DateInterval) -> bool:
    """The sentence dates what it tells, before ``before``, on the happening's day."""
    if date.precision != "day" or not date.start:
        return False
    told = _days_told(info, s, before)
    return bool(told) and told[-1] == date.start


def _days_told(info: _Article, s: Sentence, before: int) -> list[str]:
    """The days (ISO starts) the sentence names before ``before``, in order."""
    return [
        m.interval.start
        for m in info.dates
        if s.start <= m.start < before and m.interval.precision == "day" and m.interval.start
    ]


def _lapse_date(info: _Article, c: Candidate) -> tuple[DateInterval, Sentence] | None:
    """The day of a happening told as the day the sentence dates less a lapse ("on Friday, the
    day after a gunman killed ...": Thursday), with that sentence. None unless the trigger is
    inside such a lapse and the sentence dates its main clause to a day, not only its report (one
    right before the lapse counts: "Obama said on June 14 -- two days after ...")."""
    text = info.ann.text
    s, at = c.sentences[0], c.trigger[0]
    lapses = [m for m in LAPSE_AFTER.finditer(text, s.start, s.end) if m.start() <= at < m.end()]
    if not lapses and not any(
        x.start <= m.start < x.end and m.start >= info.body_start for x in c.sentences for m in info.dates
    ):
        # "Trump drew on the country's deadliest mass shooting. ... Trump said ..., the day after 49
        # people were killed at a gay nightclub in Orlando": a happening told with no day of its
        # own, dated later in its story by a lapse around a word of its kind
        for s in c.sentences[1:]:
            lapses = [
                m
                for m in LAPSE_AFTER.finditer(text, s.start, s.end)
                if any(t == c.event_type and m.start() <= a < m.end() for t, a, _ in info.hits_in(s))
            ]
            if lapses:
                at = next(a for t, a, _ in info.hits_in(s) if t == c.event_type and lapses[0].start() <= a)
                break
    for lapse in lapses[:1]:
        if _LAPSE_OTHER_DEED.search(text, lapse.start(), at):
            return None  # "a day after the FBI released a video of the fatal shooting": the video's day
        before = [
            m
            for m in info.dates
            if s.start <= m.start
            and m.end <= lapse.start()
            and m.start >= info.body_start
            and m.interval.precision == "day"
            and m.interval.start
        ]
        reported = before or [
            d
            for d in info.dates
            if s.start <= d.start < s.end
            and d.interval.precision == "day"
            and d.interval.start
            and _reported_on(text, s.start, d.start)
        ]
        if (
            not reported
            and not any(s.start <= d.start < s.end for d in info.dates)
            and _SAID_BEFORE.search(text, s.start, lapse.start()) is not None
        ):
            # ... counted from the day of the story's lead ("Republican Donald Trump on Monday
            # placed responsibility ...")
            lead = next((x for x in info.ann.sentences if x.end > info.body_start), None)
            reported = [
                d
                for d in info.dates
                if lead is not None
                and lead.start <= d.start < lead.end
                and d.start >= info.body_start
                and d.interval.precision == "day"
                and d.interval.start
            ]
        if not reported and _LAPSE_OPENS.fullmatch(text, s.start, lapse.start()):
            # "A day after a Navy SEAL was killed ..., Defense Secretary Ashton Carter met Wednesday
            # with ...": the main clause, after the lapse's, dates the sentence
            comma = text.find(",", at, s.end)
            reported = [
                d
                for d in info.dates
                if comma >= 0
                and comma < d.start < s.end
                and d.interval.precision == "day"
                and d.interval.start
                and not _reported_on(text, s.start, d.start)
            ]
            # (one day only: "A day after a gunman killed 49 people at Pulse, a nightclub in
            # Orlando, on Sunday, Obama met families Monday" names the lapse's own day too)
            reported = reported if len(reported) == 1 else []
        if not reported:
            return None
        m = before[-1] if before else reported[0]
        adjacent = bool(before) and _LAPSE_GAP.fullmatch(text, m.end, lapse.start()) is not None
        days = _lapse_days(lapse)
        try:
            day = dt.date.fromisoformat(m.interval.start or "") - dt.timedelta(days=days)
        except ValueError:
            return None
        if lapse.group("some") or (not adjacent and _reported_on(text, s.start, m.start)):
            # "days after the attack at Istanbul's airport, ... said on Friday": some days before;
            # "Two days after bomb attacks killed 31 people, a guard was murdered, Belgian media
            # reported on Saturday": the lapse counts from a day not told, before the report's
            return DateInterval(None, day.isoformat(), "unknown", None), s
        # the words as written: "Friday, the day after", "June 14 -- two days after"
        after = lapse.start() + lapse.group(0).lower().index(" after") + 6
        told = text[m.start : after] if adjacent else text[lapse.start() : after]
        return DateInterval(day.isoformat(), day.isoformat(), "day", told), s
    return None


_LONGER_LAPSE = re.compile(r"\b(?:weeks?|months?|years?|decades?)\s+and\s+\Z", re.IGNORECASE)


# the doers after a deed's verb, up to a date: " by Boko Haram militants "
_BY_DOERS = re.compile(
    r"\s+by\s+(?:(?!(?:during|in|at|after|on|near|while|when)\b)[\w'.-]+\s+){1,5}"
    # (then perhaps where, and the date's own "in" or "on": "... militants in the southern Philippines
    # last year", "... militants in 2014")
    r"(?:(?:in|near)\s+(?:the\s+)?(?:(?!(?:during|after|while|when)\b)[\w'.-]+\s+){1,3}?)?(?:in\s+|on\s+)?",
    re.IGNORECASE,
)
# the deed a court case is about, told after its word: "used by a couple to kill 14 people"
_CASE_DEED = re.compile(
    r"\b(?:kill(?:ed|ing)?|massacr(?:e|ed|ing)|murder(?:ed|ing)?|shot|shoot(?:ing)?|bomb(?:ed|ing)?|"
    r"attack(?:ed|ing)?|stabb(?:ed|ing))\s+(?:at least\s+)?(?:\d+|[a-z]+)\s+(?:of\s+(?:their|his|her)\s+)?"
    # ("MURDERING TWO U.S. MORMON MISSIONARIES IN MAY 1989")
    r"(?:[\w.-]+\s+){0,3}?(?:people|persons|civilians|soldiers|police(?:men)?|officers|worshippers|children|students|"
    r"tourists|co-?workers|colleagues|victims|missionaries|priests|nuns|judges|journalists|workers|peasants|"
    r"villagers|passengers|pilgrims|hostages|guards|men|women)\b|"
    # ... or one victim: "ACCUSED OF MURDERING PRESIDENTIAL CANDIDATE LUIS CARLOS GALAN IN AUGUST 1989",
    # "accused of murdering a priest in Normandy in July 2016"
    r"\b(?:kill(?:ed|ing)|murder(?:ed|ing)|assassinat(?:ed|ing)|behead(?:ed|ing)|stabb(?:ed|ing))\s+"
    r"(?:an?\s+|the\s+)?(?:[\w.-]+\s+){0,2}?(?:priest|candidate|judge|journalist|officer|policeman|soldier|mayor|"
    r"governor|minister|teacher|lawmaker|politician|senator|deputy|prosecutor|activist|leader|missionary|"
    r"tourist|businessman|diplomat|ambassador|president)\b",
    re.IGNORECASE,
)
# the deed a step is over, named by its noun, up to a date: "over the attack on the Bardo museum in
# Tunis in", "in connection with last week's bombing of a market in"
_OVER_THE_DEED = re.compile(
    r"\b(?:over|for|in connection with|linked to|tied to|suspected of|accused of|involved in|involvement in|"
    # ("convicted a man for his role in the 2016 Nice attack on Bastille Day")
    r"role in|part in|behind|"
    r"in the (?:investigation|probe|inquiry) into)\s+(?:the|a|an|last\s+\w+['\u2019]s|[\w-]+['\u2019]s)\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:attacks?|bombings?|shootings?|massacres?|assaults?|killings?|sieges?|blasts?|"
    r"explosions?|ambush(?:es)?|rampage)\b"
    # (in the deed's own words: no step of the case, no comma, no clause of its own - not "for the
    # bombing ... in January at a hearing on Monday", "..., state media said on Tuesday", "and raided
    # his flat on Monday", "during raids in Molenbeek on Tuesday")
    # (nor the case's own verb: "The trial of 47 suspects over the suicide bombing opened on Monday")
    r"(?:(?!\b(?:hearing|ruling|verdict|sentencing|court|judge|jury|trial|said|says|told|and|during|while|"
    r"when|after|before|opened(?!\s+fire)|opens(?!\s+fire)|began|begins|started|starts|resumed|resumes|ended|ends|"
    r"closed|concluded)\b)"
    r"[^.;,]){0,80}$",
    re.IGNORECASE,
)
# ... and what ends its clause before a date (not "and wounded 22": the deed goes on)
_CLAUSE_AFTER_DEED = re.compile(
    r"[.;]|\b(?:and|but)\b(?!\s+(?:wound|injur)\w*\s+(?:at least\s+)?(?:\d+|[a-z]+)\b)"
    r"|\b(?:hearing|ruling|verdict|sentencing|court|judge|jury)\b",
    re.IGNORECASE,
)
# a span before the report that no date names: "in recent months", "over the past few weeks"
_RECENT_SPAN = re.compile(
    r"\b(?:in|over|during|throughout) (?:the )?(?:recent|past|last) (?:few |several |couple of )?"
    r"(?P<unit>days|weeks|months)\b",
    re.IGNORECASE,
)
# how far back each such span reaches, at most, in days
_RECENT_REACH = {"days": 14, "weeks": 62, "months": 183}


def _before_recent_span(info: _Article, c: Candidate, m: DateMention) -> bool:
    """The happening's first sentence tells a recent span ("in recent months") that the date ``m``
    lies mostly before (its middle day is earlier than the span reaches: "last year" is, "in
    October" told in April is not)."""
    span = _RECENT_SPAN.search(info.ann.text, c.first.start, c.first.end)
    if span is None or info.anchor is None or not m.interval.start:
        return False
    start = dt.date.fromisoformat(m.interval.start)
    end = dt.date.fromisoformat(m.interval.end) if m.interval.end else start
    middle = start + (end - start) / 2
    return middle < info.anchor - dt.timedelta(days=_RECENT_REACH[span.group("unit").lower()])


def _dated_from(info: _Article, c: Candidate) -> DateInterval | None:
    """The day of a happening told as some days after another one's day ("Two bombs exploded
    ..., killing 4 people, two days after the arrest in Paris on Monday of a suspect": Wednesday).
    None when the sentence dates the happening's own clause, or the lapse gives no number of days
    or no day in its first clause."""
    text = info.ann.text
    s, at = c.sentences[0], c.trigger[1]
    lapse = next(
        (
            m
            for m in LAPSE_AFTER.finditer(text, at, s.end)
            # (not the end of a longer lapse: "eight months and a day after")
            if not m.group("some") and not _LONGER_LAPSE.search(text, max(s.start, m.start() - 30), m.start())
        ),
        None,
    )
    if lapse is None or any(
        s.start <= m.start < lapse.start() and m.start >= info.body_start and m.interval.start
        for m in info.dates
    ):
        return None
    comma = text.find(",", lapse.start(), lapse.end())
    end = comma if comma >= 0 else lapse.end()
    day = next(
        (
            m
            for m in info.dates
            if lapse.start() <= m.start < end and m.interval.precision == "day" and m.interval.start
        ),
        None,
    )
    if day is None or _reported_on(text, lapse.start(), day.start):
        return None
    days = _lapse_days(lapse)
    try:
        when = dt.date.fromisoformat(day.interval.start or "") + dt.timedelta(days=days)
    except ValueError:
        return None
    return DateInterval(when.isoformat(), when.isoformat(), "day", text[lapse.start() : day.end])


def _sentence_before(info: _Article, opening: Sentence) -> Sentence | None:
    """The sentence (or clause) that ends right before ``opening``, if any."""
    return next((x for x in reversed(info.ann.sentences) if x.end <= opening.start), None)


def _old(info: _Article, m: DateMention) -> int:
    """1 when the date ends more than HISTORY_DAYS before the article's anchor date."""
    if info.anchor is None or not m.interval.end:
        return 0
    try:
        end = dt.date.fromisoformat(m.interval.end)
    except ValueError:
        return 0
    return int((info.anchor - end).days > HISTORY_DAYS)


_POSSESSED_WORD = re.compile(r"\s*([\w-]+)")
# words that end the noun phrase a date names: a verb or a preposition
_NOT_OF_THE_NOUN = frozenset(
    {"was", "were", "is", "are", "has", "have", "had", "been", "be", "that", "which", "who", "whom"}
    | {"in", "on", "at", "by", "of", "for", "and", "or", "to", "from", "with", "as", "said", "says"}
    | {"after", "before", "when", "while"}
)


_CLAUSE_VERB = re.compile(
    r"\b(?:was|were|is|are|has|have|had|been|be|will|would|can|could|should|may|might|must|did|does|"
    r"do|said|says)\b",
    re.IGNORECASE,
)
_OF_COMPLEMENT = re.compile(r"\s+of\s+(?:[\w-]+\s+){0,2}[\w-]+")
# the town a happening's name is told with ("bombing in Istanbul", "assault on Paris", "the
# bombings of Brussels airport"; wire copy's capitals too)
_TOWN_COMPLEMENT = re.compile(
    r"\s+(?i:in|at|near|on|of)\s+(?i:the\s+)?(?:(?i:city|town|capital|village)\s+(?i:of\s+)?)?"
    r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}"
)


# a toll told as the doers' claim: '"... targeted a gathering of the crusaders," the group said in a
# statement. It added that 15 people were killed.'
_CLAIM_SPEAKER_START = re.compile(
    r"\W*(?:it|the group|the militants|the statement)\s+(?:also\s+)?(?:added|said|says|claimed|claims)\b",
    re.IGNORECASE,
)
_GROUP_SAID = re.compile(
    # (not "a group of witnesses said", nor "no group has claimed responsibility")
    r"\b(?:the|a) (?:group|militants|jihadists|insurgents)\b(?! of\b)[^.;]{0,40}?"
    r"\b(?:said|says|claimed|claims)\b"
    r"|(?<!no group has )(?<!no one has )(?<!nobody has )(?<! not )(?<! yet )\bclaimed responsibility\b",
    re.IGNORECASE,
)


def _without_claimed_tolls(ann: AnnotatedArticle, mentions: list[CountMention]) -> list[CountMention]:
    """The dead and wounded counted by the doers' own claim, where others count them too."""
    claimed: set[int] = set()
    for m in mentions:
        sent = ann.sentence_at(m.start)
        if m.slot not in {"killed", "wounded"} or sent is None or sent.start == 0:
            continue
        if not _CLAIM_SPEAKER_START.match(ann.text, sent.start):
            continue
        before = next((x for x in reversed(ann.sentences) if x.end <= sent.start), None)
        if before is not None and _GROUP_SAID.search(ann.text, before.start, before.end):
            claimed.add(m.start)
    if not claimed:
        return mentions
    told = {m.slot for m in mentions if m.start not in claimed}
    return [m for m in mentions if m.start not in claimed or m.slot not in told]


def _possessed_elsewhere(info: _Article, m: DateMention, towns: set[str]) -> bool:
    """A date in the possessive ("last year's Paris attacks") naming a happening in a town,
    none of ``towns`` (which name some)."""
    text = info.ann.text
    if lx.POSSESSIVE.match(text, m.end) is None:
        return False
    a, b = _possessed(text, m.end)
    # (and the town it is told in: "Saturday's suicide bombing in Istanbul", "November's suicide
    # assault on Paris")
    where = _TOWN_COMPLEMENT.match(text, b)
    if where is not None:
        b = where.end()
    named = {p.name or p.text for p in Extractor._towns(info, a, b)}
    return bool(named) and bool(towns) and not named & towns


def _possessed(text: str, start: int) -> tuple[int, int]:
    """The noun phrase a date in the possessive or used as an adjective names, from ``start``
    (the date's end) up to four words, stopping at a verb or a preposition ("November's Paris
    attacks", not "... attacks was arrested")."""
    marker = lx.POSSESSIVE.match(text, start)
    pos = marker.end() if marker is not None else start
    end = pos
    for _ in range(4):
        w = _POSSESSED_WORD.match(text, end)
        if w is None or w.group(1).lower() in _NOT_OF_THE_NOUN:
            break
        end = w.end()
    # and its complement: "last week's killing of five officers"
    of = _OF_COMPLEMENT.match(text, end)
    return pos, of.end() if of is not None and end > pos else end


# record types that have no victims of their own (see _counts)
_NO_VICTIMS = frozenset({"warning", "policy", "recruitment", "travel"})
# steps taken against people, whose counts are of the people, never of the dead of their deeds
_STEPS_OF_A_CASE = frozenset({"charge", "trial", "conviction", "acquittal", "extradition", "deportation"})
_HARMED_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:died|dead|(?:were|was|had been|have been)\s+(?:killed|wounded|injured)|"
    r"lost their lives)\b",
    re.IGNORECASE,
)
_TOLL_CLAUSE_BEFORE = re.compile(
    r"\b(?:killing|killed|wounding|injuring|in which|leaving)\s+(?:at least\s+|more than\s+|some\s+)?$",
    re.IGNORECASE,
)
# "help to investigate those behind the killing of 20 people": a killing named as a noun
# "suspected of participating in the two biggest attacks carried out by the Islamic State group in
# Europe over the past year, killing 130 people in Paris": the attacks' toll, in a participle
_ATTACKS_KILLING = re.compile(
    r"\b(?:attacks?|bombings?|blasts?|explosions?|shootings?|massacres?|rampages?)\b[^.;]{0,100}?,\s*"
    r"(?:killing|leaving|wounding|injuring)\s+(?:at least |more than |nearly |almost |some |about |over )?$",
    re.IGNORECASE,
)
# a count told as of some time before the happening: "saying 200 suspects had been detained just a
# week before the blast" (in the story of one arrest made after it)
_EARLIER_LAPSE = re.compile(
    r"[^.;]{0,60}?\b(?:just |only |some |about |barely )?(?:a|one|two|three|four|five|six|several|a few|"
    r"\d{1,2}) (?:days?|weeks?|months?|years?) (?:before|prior to) (?:the|this|that|its|their) "
    r"(?:[\w-]+ ){0,2}?(?:blasts?|attacks?|bombings?|explosions?|shootings?|assaults?|killings?|"
    r"massacres?|raids?|arrests?|rampages?)\b",
    re.IGNORECASE,
)
# a toll told as of other places or happenings: "were killed in attacks elsewhere", "in separate
# incidents"
_ELSEWHERE_AFTER = re.compile(
    r"[^.;,]{0,50}?\b(?:elsewhere|in (?:(?:two|three|four|five|several|\d+) )?(?:other|separate) "
    r"(?:attacks|incidents|bombings|blasts|shootings))\b",
    re.IGNORECASE,
)
# the toll of attacks told in a clause of their own: "the Paris attacks that killed 130 people", "a
# shooting rampage in which 130 people died" (unlike statistics.ONE_TOLL_BEFORE, no assault or
# siege: in an operation's story, "an assault that killed 20 militants" is the operation's own)
_ATTACKS_TOLL_BEFORE = re.compile(
    r"\b(?:attacks?|bombings?|blasts?|explosions?|shootings?|massacres?|rampages?)\b[^.;,]{0,30}?"
    r"\b(?:(?:that|which) (?:killed|left|wounded|injured|claimed)|in which)\s+"
    r"(?:at least |more than |nearly |almost |some |about |over |the lives of )?$",
    re.IGNORECASE,
)
_KILLING_OF = re.compile(
    r"\b(?:killings?|murders?|massacres?|deaths?|slayings?)\s+of\s+"
    r"(?:at least |more than |some |about |over )?$",
    re.IGNORECASE,
)


def _is_heading(sentence: str) -> bool:
    """A short line in capitals ("HIGH ALERT", "'THE NEXT VICTIMS'")."""
    words = sentence.split()
    return 0 < len(words) <= 8 and sentence.isupper() and not any(w[:1].isdigit() for w in words)


def _recalled_date(text: str, a: int, at: int, event_type: str) -> bool:
    """The date at ``at``, in an aside opening at ``a``, dates the happening the aside recalls: one
    of the kind told ("eight months and a day after gunmen struck the French capital on a festive
    Friday evening"), or of any kind named before it in the aside's first clause ("occurred four
    days after the arrest in Brussels of a suspected participant in November militant attacks": the
    arrest's, or the attacks', not the one told; not "nine years after the crime, court documents
    obtained on Saturday showed")."""
    before = text[a:at]
    if _names_kind(before, event_type) or _AVENGED.match(before):
        # (or what it avenged: "in retaliation for the killing of three of their members three
        # months ago")
        return True
    return "," not in before and bool(find_triggers(before))


_AVENGED = re.compile(AVENGED, re.IGNORECASE)


def _names_kind(text: str, event_type: str) -> bool:
    """``text`` names a happening of ``event_type`` ("the March 22 bombings" an attack)."""
    return any(t.event_type == event_type for t, _, _ in find_triggers(text))


_SIEGE_WORD = re.compile(r"\bsieges?\b", re.IGNORECASE)


def _telling_on(info: _Article, spans: list[tuple[int, int]], after_at: int) -> list[tuple[str, int]]:
    """The sentences (text, offset) that go on telling a happening with no word for one of their
    own: up to two after the sentence right after its last one (``after_at``), and one right
    after each of its other sentences, none of them its own."""
    ann = info.ann
    own = {a for a, _ in spans}
    out: list[tuple[str, int]] = []
    sents = ann.sentences

    told = " ".join(ann.text[a:b] for a, b in spans)

    def bare(sent: Sentence) -> bool:
        # a zero said on its own ("No injuries were reported."), not another's ("A fire broke out
        # at a factory, but no injuries were reported"), nor one of a happening named by a town
        # the happening's sentences do not name ("No one was immediately arrested in the New York
        # assault" after the San Bernardino shooting)
        if _names_another(info, sent.start, sent.end, told):
            return False
        return _BARE_ZERO.match(ann.text, sent.start, sent.end) is not None

    for i, sent in enumerate(sents):
        if sent.start in own and sent.start < spans[-1][0]:
            nxt = sents[i + 1] if i + 1 < len(sents) else None
            if nxt is not None and nxt.start not in own and not info.hits_in(nxt) and bare(nxt):
                out.append((str(ann.text[nxt.start : nxt.end]), nxt.start))
        elif sent.start == after_at:
            for nxt in sents[i : i + 3]:
                if info.hits_in(nxt):
                    break
                if nxt.start != after_at and bare(nxt):
                    out.append((str(ann.text[nxt.start : nxt.end]), nxt.start))
            break
    return out


def _names_another(info: _Article, a: int, b: int, told: str) -> bool:
    """``text[a:b]`` names a happening by a town the happening's sentences (``told``) do not name:
    "No one was immediately arrested in the New York assault" after the San Bernardino shooting
    (a town, not a group: "No one has claimed the Boko Haram attack")."""
    return any(p.text not in told for p in happenings_named_by_town(info.ann, a, b))


_BARE_ZERO = re.compile(
    r"\s*(?:(?:fortunately|luckily|thankfully|however|but|and|officials said|police said)\b,?\s+)?"
    r"(?:no\b|neither\b|nobody\b|none\b|there (?:were|was) no\b|no one\b|no-one\b)",
    re.IGNORECASE,
)


def _next_sentence(ann: AnnotatedArticle, end: int) -> tuple[str, int]:
    """The text and offset of the sentence that starts after offset ``end`` ("" at the end)."""
    for sent in ann.sentences:
        if sent.start >= end:
            return str(ann.text[sent.start : sent.end]), sent.start
    return "", end


def _term_country(text: str) -> tuple[str, str] | None:
    """The one country whose words for its administrative units the text uses ("Sadar
    Upazila": Bangladesh), for a happening whose places the gazetteer lacks."""
    ccs = admin_term_countries(text)
    if len(ccs) != 1:
        return None
    (cc,) = ccs
    return cc, country_name(cc)


def _dated_before(info: _Article, a: int, b: int, date: DateInterval | None) -> bool:
    """Every date the sentence names ends two days or more before the happening begins (a
    happening of a known day, week or month; a day's slack for a night told from either side:
    "violence that erupted on Friday" in the story of a coup that crumbled on Saturday), or more
    than a week before the report of a happening told as past on its day."""
    if date is None:
        return False
    try:
        if date.precision != "unknown" and date.start:
            bound = (dt.date.fromisoformat(date.start[:10]) - dt.timedelta(days=1)).isoformat()
        elif date.end and not date.start:
            # on or before the day of a report ("police said on Thursday they had arrested"): a
            # sentence dated only weeks before tells of another time
            bound = (dt.date.fromisoformat(date.end[:10]) - dt.timedelta(days=_REPORTED_SLACK)).isoformat()
        else:
            return False
    except ValueError:
        return False
    ends = [m.interval.end for m in info.dates if a <= m.start < b]
    return bool(ends) and all(e is not None and e < bound for e in ends)


# how long before the report a happening told in the pluperfect is taken to have been
_REPORTED_SLACK = 8


def _dated_wider(info: _Article, a: int, b: int, date: DateInterval | None) -> bool:
    """Every date the sentence names is a year or a longer stretch, and the happening is of a day,
    week or month: its figures are a tally of that stretch ("a U.S. air strike in October on a
    hospital ... Overall 103 civilians were killed ... by foreign forces last year")."""
    if date is None or date.precision not in ("day", "week", "month"):
        return False
    spans = _dates_told(info, a, b)
    # (a month's, for a happening of a day, where happenings are counted: "More than 40 civilians
    # have been killed in high-profile bombings in Baghdad over the past month")
    several = date.precision == "day" and _SEVERAL_HAPPENINGS.search(info.ann.text, a, b) is not None
    limit = _MONTH_TALLY_DAYS if several else _TALLY_DAYS
    return bool(spans) and all(_stretch_days(x) > limit for x in spans)


_MEASURED_AGAINST = re.compile(
    r"\b(?:highest|deadliest|worst|bloodiest|largest|biggest|heaviest|most|first|second|third)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
# a stretch longer than this (two months) holds a tally of happenings, not one happening's figure
_TALLY_DAYS = 62
# ... and one of a month or more, told with happenings in the plural
_MONTH_TALLY_DAYS = 27


def _dates_told(info: _Article, a: int, b: int) -> list[DateInterval]:
    """The dates named between ``a`` and ``b``, not a stretch a happening is measured against
    ("Twelve people were killed, the highest toll this year")."""
    return [
        m.interval
        for m in info.dates
        if a <= m.start < b and not _MEASURED_AGAINST.search(info.ann.text, max(a, m.start - 40), m.start)
    ]


def _days_apart(a: DateInterval, b: DateInterval) -> int:
    """How many days ``a`` ends before ``b`` starts (0 when unknown or when they meet)."""
    if not a.end or not b.start:
        return 0
    try:
        return (dt.date.fromisoformat(b.start[:10]) - dt.date.fromisoformat(a.end[:10])).days
    except ValueError:
        return 0


def _weeks_before(a: DateInterval, b: DateInterval) -> bool:
    """``a`` ends more than UNDATED_RECENT_DAYS before ``b`` starts."""
    return _days_apart(a, b) > UNDATED_RECENT_DAYS


def _stretch_days(x: DateInterval) -> int:
    """How many days the interval spans (0 when open or unknown)."""
    if x.precision == "year":
        return 365
    try:
        return (dt.date.fromisoformat((x.end or "")[:10]) - dt.date.fromisoformat((x.start or "")[:10])).days
    except ValueError:
        return 0


def _join_adjacent(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in order, those separated by white space only joined into one."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(set(spans)):
        if out and (a <= out[-1][1] or not text[out[-1][1] : a].strip()):
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def text_of(info: _Article, s: Sentence) -> str:
    return info.ann.text[s.start : s.end]


_YEAR_TO = re.compile(r"\bin the (?:year|twelve months|12 months) (?:to|ending|until)\b", re.IGNORECASE)


# "in the last two years", "over the past six months": a period that ends when it is told
_PAST_PERIOD = re.compile(
    r"\b(?:in|over|during|within|for) the (?:past|last|previous) (?:(?P<n>\d{1,2}|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|few) )?(?P<unit>years?|months?|weeks?|decade)\b",
    re.IGNORECASE,
)


def _past_period(info: _Article, s: Sentence, inside: list[DateMention]) -> DateInterval | None:
    """A figure "in the last two years": the period up to the day it was told, the date the
    sentence gives before it ("In June, the ministry reported 26 attacks in the last two years")
    or the publication's. None for "the past few years" (no length) and with no anchor."""
    text = text_of(info, s)
    m = _PAST_PERIOD.search(text)
    if m is None or (m.group("n") or "").lower() == "few":
        return None
    if _BASELINE_BEFORE.search(text[max(0, m.start() - 50) : m.start()] + m.group(0)[:9].lower()):
        return None  # a span compared with: "a 44 percent rise over the previous three months"
    told = [
        d
        for d in inside
        if d.interval.end
        and (
            d.start - s.start < m.start()
            # ... or the day it was said, told after it ("..., the interior minister said on Monday")
            or SAID_ON_BEFORE.search(info.ann.text, max(s.start, d.start - 30), d.start) is not None
        )
    ]
    end_text = told[0].interval.end if told else (info.anchor.isoformat() if info.anchor else None)
    if end_text is None:
        return None
    try:
        end = dt.date.fromisoformat(end_text[:10])
    except ValueError:
        return None
    n = parse_number(m.group("n") or "1") or 1
    unit = m.group("unit").lower()
    if unit.startswith("week"):
        return DateInterval((end - dt.timedelta(days=7 * n)).isoformat(), end.isoformat(), "week", m.group(0))
    months = 12 * n if unit.startswith("year") else 120 if unit == "decade" else n
    if told and told[0].interval.precision in ("month", "year"):
        # told in a month ("In June, ... in the last two years"): the whole months that end with it
        y, mo = divmod(end.year * 12 + end.month - months, 12)
        start = dt.date(y, mo + 1, 1)
    else:
        # told on a day: the same day of the month counted back to (its last day where that month is
        # shorter), as the dates module reads "the past five years"; told on 12 November, "the past two
        # months" run from 12 September (the first of October would leave out half of them)
        y, mo = divmod(end.year * 12 + end.month - 1 - months, 12)
        start = dt.date(y, mo + 1, min(end.day, calendar.monthrange(y, mo + 1)[1]))
    return DateInterval(start.isoformat(), end.isoformat(), "month", m.group(0))


# a figure foreseen or planned, which may run to the end of its period
_FIGURE_FORESEEN = re.compile(
    r"\b(?:will|would|shall|expects?|expected|plans?|planned|aims?|targets?|projected|projects|forecasts?|"
    r"budget\w*|allocat\w+|could|may|might|intends?)\b",
    re.IGNORECASE,
)


def _year_to(sentence: str, interval: DateInterval) -> DateInterval:
    """ "In the year to June 2025": the twelve months that end with the named month."""
    if not _YEAR_TO.search(sentence) or interval.precision != "month" or not interval.end:
        return interval
    end = dt.date.fromisoformat(interval.end)
    start = dt.date(end.year - 1, end.month, 1) + dt.timedelta(days=32)
    start = start.replace(day=1)
    return DateInterval(start.isoformat(), interval.end, "month", interval.text)


# the words of the happenings right after a phrase naming them, in apposition: ", both suicide car
# bombings"
_APPOSED_TO = re.compile(r",\s+(?:both|all|each|the)?\s*(?:[\w-]+\s+){0,3}?[\w-]$", re.IGNORECASE)
# a toll of one part of a list named back: "..., the latter killing more than 100 people"
_SEPARATE_BEFORE = re.compile(r"\b(?:separate|another|second|third|other)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# a day told after the last place of a list, then only who said it
_TRAILING_DAY = re.compile(
    r"\s+(?:on|late on|early on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"(?:\s*,\s*(?:[\w'.-]+\s+){1,5}?(?:said|says|reported|told \w+)(?:\s+[^.;]{0,40})?)?\s*[.!]?\s*$",
    re.IGNORECASE,
)
_ONE_OF_THEM = re.compile(r"\bthe\s+(?:latter|former|first|second|third|last)\b", re.IGNORECASE)
# a predicate right after a list's last place, told of them all: "... in Peshawar killed 20 people"
_SHARED_PREDICATE = re.compile(
    r"\s+(?:\w+ly\s+)?(?:killed|wounded|injured|left|claimed|were|was|have|has|had)\b", re.IGNORECASE
)


def _names_place(p: PlaceMention, loc: Location) -> bool:
    """The mention is of the record's location."""
    if loc.geonames_id is not None:
        return p.geonames_id == loc.geonames_id
    return loc.name in {p.name, p.text, p.city}


def _with_summary(rec: Record) -> Record:
    parts = [TYPE_LABEL.get(rec.event_type, rec.event_type)]
    if rec.record_type == "statistic" and rec.statistic:
        s = rec.statistic
        period = f"{s.period_start or '?'} to {s.period_end or '?'}"
        by = f" ({s.reported_by})" if s.reported_by else ""
        where = next((x.name for x in rec.locations), None)
        place = f" in {where}" if where else ""
        return replace(
            rec,
            summary=f"Official figure{place}: {s.metric.replace('_', ' ')} = {s.to_dict()['value']}, "
            f"{period}{by}",
        )
    loc = next((x for x in rec.locations if x.role == "event"), None)
    if loc:
        suffix = f", {loc.country_code}" if loc.country_code and loc.precision != "country" else ""
        parts.append(f"in {loc.name}{suffix}")
    if rec.date.start:
        parts.append(
            f"on {rec.date.start}" if rec.date.precision == "day" else f"({rec.date.start} to {rec.date.end})"
        )
    figures = [f"{v} {k}" for k, v in rec.counts.to_dict().items() if v]
    if figures:
        parts.append("- " + ", ".join(figures))
    perp = [a.name for a in rec.actors if a.role == "perpetrator"]
    if perp:
        parts.append("- by " + ", ".join(perp))
    return replace(rec, summary=" ".join(parts))
