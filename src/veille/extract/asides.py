"""Asides inside a happening's sentences, whose words are not the happening's.

- a recalled earlier happening: "... just eight months after gunmen killed 130 people in Paris";
- the place someone spoke from: "Speaking in London, Kerry condemned the attack";
- a war's toll: "... following a war in which 100,000 people were killed";
- the series a happening belongs to: "..., the latest in a string of attacks that have left over 50
  dead";
- a place named by an earlier deed of its own: "near San Jacinto, where four soldiers died last week
  in an ambush".

Weeks, months or years "after" or "since" is a recall; hours or days after is often the same
happening seen from the day of the report, so it only keeps its places and tolls apart.
"""

from __future__ import annotations

import re

from veille.extract._dates_lexicon import NUMBER_ALT

# opens the group that each pattern closes
_LAPSE = r"\b(?:(?:just |only |nearly |almost |more than |less than |some )?(?:[\w-]+ )?"
# "eight months and a day after"
_AND_SOME = r"(?: and (?:a|one|two|three|four|five|six|[\w-]+) (?:hours?|days?|weeks?|months?))?"
_ASIDE = re.compile(
    _LAPSE
    + r"(?:hours?|days?|weeks?|months?|years?)"
    + _AND_SOME
    + r" (?:after|since)|(?:speaking|writing) (?:in|from))"
    r"\b[^.;:]*",
    re.IGNORECASE,
)
# "a war in which 100,000 people were killed", "the conflict, which has killed more than 250,000
# people": a war's toll is its history, no happening of the day and no count of one
_WAR_TOLL = re.compile(
    r"\b(?:wars?|conflicts?|insurgenc(?:y|ies)|genocide)(?:,? (?:in|during) which\b|"
    r",? (?:that|which) (?:has|have|had) (?:now |already |so far )?(?:killed|claimed|left)\b)[^.;]*|"
    # "Fighting between the rebels and Ukraine's forces killed thousands of people": a war's toll told
    # in a tally too large for one happening
    r"\b(?:fighting|violence|conflicts?|wars?|insurgenc(?:y|ies)|bloodshed)\b[^.;]{0,80}?\b"
    r"(?:has |have |had )?(?:killed|claimed the lives of|claimed|left) "
    r"(?:more than |over |at least |nearly |almost |some |about |around )?"
    # ... "has claimed more than 9,100 lives since April 2014"
    r"(?:thousands|tens of thousands|hundreds of thousands|\d{1,3},\d{3}|\d{1,3}(?:,\d{3}){2})\b[^.;]*|"
    # ... or the other way round: "Thousands of people, including hundreds of civilians, have been
    # killed in the renewed violence"
    r"\b(?:thousands|tens of thousands|hundreds of thousands)\b[^.;]{0,60}?\b(?:has|have|had) "
    r"(?:now |so far )?been killed (?:in|during|by) (?:the )?(?:[\w-]+ )?"
    r"(?:violence|fighting|conflict|war|insurgency|bloodshed|unrest)\b[^.;]*|"
    # a toll of tens of thousands, told as done by now: "at least 250,000 people have been killed"
    r"\b(?:(?:at least|more than|over|nearly|almost|some|about|around|as many as|up to)\s+)?"
    r"(?:\d{2,3},\d{3}|\d{1,3}(?:,\d{3}){2}|tens of thousands|hundreds of thousands)\s+(?:[\w-]+\s+){0,2}"
    r"(?:have|has|had) (?:now |so far |already )?been (?:killed|murdered)\b[^.;]*|"
    # a campaign's toll since it began: "Russian air strikes on Syria have killed nearly 1,400
    # civilians since Moscow started its aerial campaign"
    r"\b(?:air ?strikes|air raids|bombings?|bombardments?|shelling|strikes)\b[^.;]{0,60}?\b(?:has|have) "
    r"(?:now |so far )?killed (?:more than |over |at least |nearly |almost |some |about |around )?"
    r"(?:thousands|hundreds|\d{1,3},\d{3})\b[^.;]{0,80}?\bsince\b[^.;]*|"
    # a toll of years: "As many as 30,000 people were killed or 'disappeared' ... over the course of
    # the next seven years"
    r"\b(?:thousands|tens of thousands|hundreds of thousands|\d{2,3},\d{3}|\d{1,3}(?:,\d{3}){2})\b"
    r"[^.;]{0,80}?\b(?:were|have been|had been) (?:killed|murdered|executed|disappeared)\b[^.;]{0,120}?"
    r"\b(?:over the course of|over|during|in) (?:the )?(?:next |following |ensuing |subsequent )?"
    r"(?:\w+ )?(?:years|decades)\b[^.;]*",
    re.IGNORECASE,
)
# "marching on Friday, the day after a gunman killed five police officers", "said on June 14 --
# two days after a gunman killed 49 people": a happening a few days before the one the sentence
# dates (the engine dates it; its places are the aside's)
LAPSE_AFTER = re.compile(
    r"\b(?:(?:(?P<the>the|a|one)|(?P<num>two|three|four|five|six|\d{1,2}))\s+(?:days?|nights?)|"
    # "days after the attack at Istanbul's airport": some days, not told how many
    r"(?<!\d )(?P<some>(?:just |only |a few |several )?days))\s+after\b"
    # (to the clause's end; an initial's stop is no end: "a day after a U.S. Navy SEAL was killed")
    r"(?:[^.;:]|(?<=\b(?-i:[A-Z]))\.)*",
    re.IGNORECASE,
)
# a lapse of weeks or more, that recalls another happening ("eight months and a day after"; not
# "the day after 49 people were killed", which may tell the happening itself)
LONG_LAPSE = re.compile(
    _LAPSE + r"(?:weeks?|months?|years?)" + _AND_SOME + r" (?:after|since))\b", re.IGNORECASE
)
# "an eight-month state of emergency begun after the Islamic State killed 130 people in Paris":
# what a standing measure was a response to (its places and tolls are its own; the happening it
# names is still one, a recalled one)
_MEASURE_AFTER = (
    r"\b(?:state of emergency|emergency (?:laws?|measures?|powers?)|curfew|martial law|security alert|"
    r"high alert)(?:,)? (?:\w+ )?(?:imposed|declared|begun|introduced|enacted|put in place|in place|"
    r"launched|started|in force)? ?(?:after|since|following|in the wake of)\b[^.;:]*"
)
# "..., the latest in a string of attacks claimed by Sunni jihadists that have left over 50 dead in
# the past year": the series the happening belongs to, whose toll is not the happening's
_SERIES = re.compile(
    r"\b(?:the latest|the (?:deadliest|worst|bloodiest)|part)\s+(?:\w+\s+)?(?:in|of)\s+an?\s+"
    r"(?:[\w-]+\s+)?(?:string|series|wave|spate|campaign|rash)\s+of\b[^.;]*",
    re.IGNORECASE,
)
# "Saturday's attack appeared similar to a January suicide bombing that killed at least 12
# tourists": another happening the one told is likened to (never the one told, in any sentence)
# "The thwarted attack bears similarities to arrests made a year ago, when five young men were
# arrested in Melbourne": likened to a court step of another case, with the clause that tells it
_LIKENED = (
    r"\b(?:similar to|resembl(?:ed|ing|es)|reminiscent of|echo(?:ed|ing|es)|mirror(?:ed|ing|s))\s+"
    r"(?:(?:that|those) of\s+)?(?:a|an|the|last\s+\w+'s)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:attacks?|bombings?|blasts?|explosions?|shootings?|massacres?|ambush(?:es)?)\b[^.;,]*|"
    r"\b(?:bears?|bore|has|had|shows?|showed)\s+(?:(?:some|many|striking|strong|several)\s+)?"
    r"(?:similarit(?:y|ies)|parallels)\s+(?:to|with)\s+(?:(?:that|those) of\s+)?(?:(?:a|an|the)\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:attacks?|bombings?|blasts?|explosions?|shootings?|massacres?|"
    r"ambush(?:es)?|arrests|plots?|raids?|cases?)\b[^.;,]*(?:,\s+(?:when|in which)\b[^.;]*)?"
)
# what a happening avenged: "in retaliation for", "revenge for", "reprisals against"
AVENGED = r"(?:retaliation|revenge|reprisals?|vengeance|retribution)\s+(?:for|to|against)\b"
# "... as fighting widened following a suicide bombing that killed 37 people in the capital
# Ankara": another happening the one told followed, with a toll of its own ("after the deadly
# attacks that injured hundreds" names the one told again)
_FOLLOWED = re.compile(
    r"\b(?:following|after|in the wake of|in response to)\s+(?:a|an|two|three)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:attacks?|bombings?|blasts?|explosions?|shootings?|massacres?|ambush(?:es)?)"
    # ... "by the insurgent movement", "on a police station"
    r"(?:\s+(?:by|on|at|in)(?:\s+[\w'-]+){1,4}?)?"
    r",?\s+(?:that|which|in which)\s+(?:\w+\s+)?(?:killed|wounded|injured|left)\b[^.;]*|"
    # "The blast follows a deadly suicide attack on a bus ... last month": the happening told is
    # the subject, the earlier one the object
    r"\b(?:follows|followed|comes|came)\s+(?:(?:just|only|barely|less|more|than|a|one|two|three|four|five|"
    r"several|few|days?|weeks?|months?)\s+){0,4}?(?:after\s+)?(?:a|an|(?:the\s+)?(?:two|three|several))\s+"
    r"(?:[\w-]+\s+){0,3}?"
    # ("The assault follows a similar raid in November on a luxury hotel in Mali's capital Bamako")
    r"(?:attacks?|bombings?|blasts?|explosions?|shootings?|massacres?|ambush(?:es)?|raids?|assaults?|sieges?)"
    r"\b[^.;]*|" + _LIKENED + "|"
    # "Maoists destroyed an ashram, allegedly in retaliation for the killing of three of their
    # members three months ago": what the happening avenged, with its own day and toll
    rf"\b{AVENGED}\s+"
    r"(?:(?:the|a|an|their|its|his|her|last|recent)\s+)?(?:[\w'\u2019.-]+\s+){0,2}?"
    r"(?:killings?|murders?|deaths?|arrests?|executions?|assassinations?|attacks?|bombings?|shootings?|"
    r"raids?|(?:(?:air|drone)\s?)?strikes?|operations?)\b[^.;,]*|"
    # "... as the country remained on edge in the wake of police shootings of black men and the
    # killings of five Dallas officers": the toll told as the killing's object
    # (a short noun phrase between, no clause: not "after a six-hour siege that ended with the deaths
    # of 20 hostages", the happening's own toll)
    r"\b(?:following|in the wake of|in response to)\s+"
    r"(?:(?!(?:that|which|who|when|ended|where)\b)[^.;,]){0,80}?"
    r"\b(?:killings?|shootings?|murders?|massacres?|deaths?) of (?:the\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds)\b[^.;]*",
    re.IGNORECASE,
)
_RECALL = re.compile(
    _LAPSE + r"(?:weeks?|months?|years?)" + _AND_SOME + r" (?:after|since))\b[^.;:]*|"
    # "on high alert since 2015, when gunmen killed 130 people": the happening a period starts
    # from, to the clause's end ("..., and police have arrested 400 terror suspects" is not its)
    r"\bsince (?:(?:early |late |mid-)?(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December) )?(?:19|20)\d\d,? when\b"
    r"[^.;:]*?(?=,\s+and\b|,\s+(?:police|authorities)\b|[.;:]|$)|"
    # "He had been on the run since the 2014 Burdwan blast": the happening one hid from since, or one
    # of a year gone a period starts from
    r"\b(?:on the run|in hiding|at large|wanted|absconding|underground) since the (?:[\w'-]+ ){0,4}?"
    r"(?:attacks?|blasts?|bombings?|explosions?|shootings?|massacres?|killings?)\b|"
    r"\bsince the (?:19|20)\d\d (?:[\w'-]+ ){0,3}?(?:attacks?|blasts?|bombings?|explosions?|shootings?|"
    r"massacres?)\b|"
    # "days after attacks in Baghdad, Dhaka and Istanbul": attacks in several towns, recalled
    r"\b(?:days?|hours?) after (?:the )?(?:[\w-]+ )?(?:attacks|bombings|shootings) in "
    r"(?-i:[A-Z][\w'-]+(?: [A-Z][\w'-]+)?(?:, [A-Z][\w'-]+(?: [A-Z][\w'-]+)?)*,? and [A-Z][\w'-]+)\b|"
    # "... came during a deadly year, and not long after a gunman targeted police in Dallas": told in
    # the middle of a sentence (not "Not long after the blast, a second bomb went off")
    # (to the clause's end: "exploded not long after the first, killing five more" keeps its toll)
    r"(?-i:(?<=[\w,] )not long after)\b(?!\s+the (?:first|earlier|initial)\b)[^.;:,]*",
    re.IGNORECASE,
)
# "... 10 km from the village of San Jacinto, where four soldiers died last week in an ambush": a
# place named by an earlier deed of its own, told with that deed's time
_WHERE_BEFORE = re.compile(
    r",\s+where\s+[^.;]{0,80}?\b(?:died|killed|wounded|injured|kidnapped|abducted|attacked|ambushed|bombed|"
    r"massacred|murdered)\b[^.;]{0,60}?\b(?:last\s+(?:week|month|year)|(?:[\w-]+\s+)?(?:weeks|months|years)\s+ago|"
    r"earlier\s+this\s+(?:month|year)|"
    # ... or its year: "near Kafolo, where militants killed 14 soldiers in a 2020 attack"
    r"in\s+(?:an?\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+)?(?:19|20)\d\d|"
    # ... or by the tally of its deeds: "in Bajaur on Sunday, where 850 people have been killed in
    # militant attacks since January"
    r"(?:so\s+far\s+)?this\s+year|since\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|(?:19|20)\d\d))\b[^.;]*",
    re.IGNORECASE,
)
_MEASURE = re.compile(_MEASURE_AFTER, re.IGNORECASE)
# a happening ranked against an earlier one: "It was the deadliest attack in the city since August,
# when a suicide bomber killed 70 people at a hospital" (from "since" on, the earlier one's words)
_RANKED_SINCE = re.compile(
    r"\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|most\s[\w-]+)\b"
    # (to the clause's end, or through the earlier one's "when" clause: not "since August, killing
    # 30 people", today's own toll)
    r"[^.;]{0,60}?\b(?P<since>since\b[^.;,]*(?:,\s*(?:when|where|in which|after which)\b[^.;]*)?)",
    re.IGNORECASE,
)
# strikes someone calls for or vows, up to their target: "Clinton responded to the Orlando attack
# by calling for increased intelligence gathering and air strikes on Islamic State forces" (a deed
# asked for, none done: not the attack's means or target; not "vowed to retake the district and
# attacked army posts", the deed done)
CALLED_FOR = re.compile(
    r"\b(?:call(?:ed|ing|s)?\s+for|urg(?:ed|es|ing)|vow(?:ed|s|ing)\s+to|propos(?:ed|es|ing))\s+"
    r"(?:(?!and\s+\w+ed\b)[\w'-]+\s+){0,8}?(?:air\s*strikes|air\s+raids|strikes|bombings?|bombing\s+raids|"
    r"military\s+action|raids)\s+(?:on|against)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]+"
    r"(?=\s+(?:forces|fighters|militants|targets|positions)\b|[.;:,]|\s+(?:in|and|while|as)\b|$)"
    r"(?:\s+(?:forces|fighters|militants|targets|positions))?",
    re.IGNORECASE,
)
# ... and what the police used to end it or to get in: "a SWAT team used an explosive device to
# break through a locked fence", "police used a robot-delivered bomb to kill the gunman" (not the
# attack's means)
FORCES_USED = re.compile(
    # (not attackers in their guise: "a militant dressed as police detonated a car bomb")
    r"(?<!\bas )(?<!\bas a )(?<!\bas an )"
    r"\b(?:police|officers|SWAT(?:\s+teams?)?|troops|soldiers|commandos|bomb\s+squads?|security\s+forces)\s+"
    r"(?:had\s+|then\s+|later\s+)?(?:used|detonated|deployed|set\s+off|(?:defended\s+)?(?:their|its)\s+use\s+of)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:explosive\s+devices?|explosives?|bombs?|charges?|robots?|C-?4)\b[^.;]*",
    re.IGNORECASE,
)
_LIKENED_RX = re.compile(_LIKENED, re.IGNORECASE)


# a comma that goes on with the opening clause ("A week after the plane crashed with 66 people on
# board, including 30 Egyptians, investigators ..."), not the one that ends it
_CLAUSE_GOES_ON = re.compile(
    r",\s*(?:including|which|who|whom|whose|where|when|in which|that)\b", re.IGNORECASE
)
# ... or a place's country after the place ("in Garissa, Kenya, in which"), or a date's year after
# its day ("the Nov. 13, 2015, attacks")
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'.-]*$")
_NAME_APPOSED = re.compile(r",\s*[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,2}\s*,")
_DAY_BEFORE = re.compile(r"\b\d{1,2}$")
_YEAR_APPOSED = re.compile(r",\s*(?:19|20)\d\d\b")


def opens_sentence(text: str, a: int, start: int) -> bool:
    """Whether what starts at ``start`` opens the sentence that starts at ``a`` (past quotes)."""
    return text[a:start].strip(" \t\n\"'\u201c\u2018(") == ""


def _opening_end(text: str, start: int, end: int, a: int) -> int:
    """The end of a lapse told from ``start`` to ``end``: when it opens the sentence that starts at
    ``a`` ("Weeks after the bombing in Brussels, gunmen attacked a hotel in Bamako"), the comma
    after which the sentence's own clause is told; else ``end``."""
    if not opens_sentence(text, a, start):
        return end
    for comma in re.finditer(",", text[start:end]):
        at = start + comma.start()
        if (
            not _CLAUSE_GOES_ON.match(text, at)
            and not (_NAME_BEFORE.search(text, start, at) and _NAME_APPOSED.match(text, at))
            and not (_DAY_BEFORE.search(text, start, at) and _YEAR_APPOSED.match(text, at))
            and text[at + 1 : end].strip()
        ):
            return at
    return end


def recalled_spans(sentence: str) -> list[tuple[int, int]]:
    """Where a sentence recalls an earlier happening (offsets in the sentence)."""
    return [(m.start(), _opening_end(sentence, m.start(), m.end(), 0)) for m in _RECALL.finditer(sentence)]


def war_toll_spans(sentence: str) -> list[tuple[int, int]]:
    """Where a sentence tells a war's toll (offsets in the sentence)."""
    return [(m.start(), m.end()) for m in _WAR_TOLL.finditer(sentence)]


# words that name others' deeds as a model or a reference: "mentioned the Boston bombers", "inspired
# by the Paris attackers" (read with IGNORECASE)
REFERRING = (
    r"(?:mention(?:ed|s|ing)?|prais(?:ed|es|ing)|cit(?:ed|es|ing)|referr(?:ed|ing) to|refers to|"
    r"invok(?:ed|es|ing)|admir(?:ed|es|ing)|hail(?:ed|s|ing)|idoli[sz](?:ed|es|ing)|emulat(?:e|ed|es|ing)|"
    r"inspired by|compared (?:himself|themselves|him|them) (?:to|with))"
)


# a doer named by a deed of his own, in a sentence that tells another happening: "a mosque attended
# by the gunman who killed 49 people at an Orlando nightclub" (its toll and town are that deed's)
DOERS = r"(?:gunm[ae]n|attackers?|shooters?|bombers?|assailants?|killers?)"
DOER_OF_DEED = re.compile(
    rf"\b(?i:the)\s+(?:[\w-]+\s+){{0,2}}?(?i:{DOERS}|man|woman|men)\s+(?i:who)\s+(?i:had\s+|has\s+)?"
    r"(?i:killed|shot|murdered|massacred|gunned down|stabbed)\s+(?i:at least\s+|more than\s+|some\s+)?"
    rf"(?i:\d[\d,]*|{NUMBER_ALT}|dozens|scores|hundreds)\b"
    # (to the clause's end; an initial's stop is no end: "five U.S. soldiers in Kabul")
    r"(?:[^.;,]|(?<=\b[A-Z])\.)*",
)


# (not "of": "the victims of the men who killed 12 people at a magazine in Paris" name the deed told)
_PREPOSITION_BEFORE = re.compile(r"\b(?:by|to|with|from|near|about|against)\s+$", re.IGNORECASE)
# the happening told, named back as the subject of "follows" ("This attack followed ...")
_THIS_ONE_BEFORE = re.compile(
    r"\b(?:this|the|that|today's|tonight's)\s+"
    # (not one of a series: "the second explosion came an hour after the two blasts")
    r"(?:(?!(?:first|second|third|fourth|last|latest|next|other)\b)[\w-]+\s+)?"
    # ("THIS ATTACKED FOLLOWED": the wire's typing)
    r"(?:attacks?|attacked|blasts?|bombings?|explosions?|ambush|assault|shooting|raid)\s+$",
    re.IGNORECASE,
)


def aside_spans(text: str, spans: list[tuple[int, int]], trigger: int) -> list[tuple[int, int]]:
    """Asides in the sentences, except one holding the happening's own trigger word ("hours
    after at least 31 people were killed in attacks on Brussels airport" is the happening)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        for m in _ASIDE.finditer(text, a, b):
            end = m.end()
            opening = _opening_end(text, m.start(), end, a) if m.start() <= trigger < end else end
            if opening <= trigger:
                # "Weeks after the bombing in Brussels, gunmen attacked a hotel in Bamako": the lapse
                # that opens the happening's own sentence, up to its comma (in another sentence, the
                # whole of it is an aside)
                end = opening
            if m.group(0)[:8].lower() in ("speaking", "writing "):
                comma = text.find(",", m.start(), end)
                end = comma if comma > 0 else end
            if not m.start() <= trigger < end:
                out.append((m.start(), end))
        out.extend(m.span() for m in _WAR_TOLL.finditer(text, a, b))
        out.extend(m.span() for m in _MEASURE.finditer(text, a, b) if not m.start() <= trigger < m.end())
        out.extend(m.span() for m in _SERIES.finditer(text, a, b) if not m.start() <= trigger < m.end())
        out.extend(m.span() for m in _LIKENED_RX.finditer(text, a, b) if not m.start() <= trigger < m.end())
        out.extend(m.span() for m in _WHERE_BEFORE.finditer(text, a, b) if not m.start() <= trigger < m.end())
        out.extend(
            m.span("since")
            for m in _RANKED_SINCE.finditer(text, a, b)
            # (not where the ranked noun is the happening's own word: "It was the deadliest attack in
            # Turkey since the bombings in Ankara in October, when 103 people were killed")
            if not m.start() <= trigger < m.end()
        )
        if a <= trigger < b:
            # (in the happening's own sentence: in another, it may be the happening told)
            out.extend((x, y) for x, y in followed_spans(text, a, b) if trigger < x)
            # ... and a doer named by his deed after it ("arrested a man who sold a rifle to the
            # gunman who killed 49 people at an Orlando nightclub"; in another sentence the deed may
            # be the happening told: "reports that the man who killed 49 people ... was gay")
            # (before it too, as the object of a word of another happening: "A Muslim man was beaten
            # outside a mosque attended by the gunman who killed 49 people at an Orlando nightclub,
            # though officials differed on whether the attack was racially motivated"; not a subject,
            # "investigating reports that the man who killed 49 people ... may have been gay")
            out.extend(
                m.span()
                for m in DOER_OF_DEED.finditer(text, a, b)
                if trigger < m.start()
                or (
                    trigger >= m.end() and _PREPOSITION_BEFORE.search(text, max(a, m.start() - 12), m.start())
                )
            )
        else:
            # ... unless the happening told is its subject, named back: "THIS ATTACK FOLLOWED THE TWO
            # DYNAMITE EXPLOSIONS THAT OCCURRED EARLY SUNDAY EVENING ..., WHERE ONE PERSON WAS
            # SLIGHTLY INJURED"
            out.extend(
                (x, y)
                for x, y in followed_spans(text, a, b)
                if _THIS_ONE_BEFORE.search(text, max(a, x - 40), x) is not None
            )
    return out


def called_for_spans(text: str, spans: list[tuple[int, int]], trigger: int) -> list[tuple[int, int]]:
    """What is called for or vowed in the sentences, or what the police used, except where the
    happening's own words are."""
    found = (m.span() for a, b in spans for rx in (CALLED_FOR, FORCES_USED) for m in rx.finditer(text, a, b))
    return [(x, y) for x, y in found if not x <= trigger < y]


def followed_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Where ``text[a:b]`` tells another happening the one told followed, with a toll of its own
    ("following a suicide bombing that killed 37 people in the capital Ankara")."""
    return [m.span() for m in _FOLLOWED.finditer(text, a, b)]


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)
