"""Official aggregate figures ("13 terrorist cells dismantled since January") as statistics.

A sentence states a statistic when a number counts people or events over a period (``since``,
``between``, ``in 2023``, ``in the year to June``, ``so far this year``) rather than one
happening on a day. Such a sentence gives ``statistic`` records and never an event.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from veille.extract._dates_lexicon import FULL_MONTH_ALT, MONTH_ALT
from veille.extract._numbers import parse_number

_I = re.IGNORECASE

# Nouns that name what they count: (noun pattern, metric, event type, count slot).
NOUN_METRICS: tuple[tuple[str, str, str, str | None], ...] = (
    (
        r"(?:terror(?:ist)? |extremist |jihadist |militant |sleeper )?(?:cells|networks)",
        "cells_dismantled",
        "cell_dismantled",
        "cells",
    ),
    (r"(?:terror(?:ist)? )?(?:plots|attack plans|planned attacks)", "plots_foiled", "plot_foiled", None),
    # "prevented 118 terrorist crimes in 2022": acts of terror, foiled when a verb of foiling says so
    (r"terror(?:ist)? (?:crimes|acts)|acts of terror(?:ism)?", "attacks", "attack", None),
    (r"(?:terror(?:ism|ist)?[- ]related )?arrests", "arrests", "arrest", "arrested"),
    (
        r"(?:intelligence-based |security |counter-?terrorism |military )?(?:operations|raids|searches)",
        "operations",
        "ct_operation",
        None,
    ),
    (r"(?:deportations|expulsions)", "deportations", "deportation", "persons"),
    # ("Iraqi courts handed down 154 death sentences ... in the first half of 2025")
    (
        r"(?:terror(?:ism)? )?convictions|(?:death|prison|jail|life) sentences",
        "convictions",
        "conviction",
        "persons",
    ),
    (r"returnees", "returnees", "travel", "persons"),
    # ("four suicide bombings already this year")
    (r"(?:terror(?:ist)? )?(?:attacks|bombings)", "attacks", "attack", None),
    # ("1,050 terrorist incidents took place in Jammu and Kashmir between 2018 and 2022")
    (r"terror(?:ist|ism)(?:[- ]related)? incidents", "attacks", "attack", None),
    (r"kidnappings|abductions", "kidnappings", "attack", "kidnapped"),
    (r"recruits", "recruits", "recruitment", "persons"),
)
# Generic nouns take their metric from the verb that follows or precedes them.
GENERIC_NOUN = (
    r"(?:people|persons|individuals|suspects|terror(?:ism)? suspects|militants|extremists|jihadists|Islamists|members|"
    r"nationals|citizens|foreigners|foreign nationals|foreign fighters|fighters|women|children|men|minors|others|"
    # the men of a network's support ("120 al-Shabaab financiers", "500 collaborators")
    r"financiers|facilitators|collaborators|sympathi[sz]ers|operatives|accomplices|recruiters|"
    r"Maoists|Naxal(?:ite)?s|"
    r"families|defendants|civilians|noncombatants|non-combatants|soldiers|terrorists|insurgents|rebels|bandits|"
    r"(?:security )?personnel|policemen|police officers|troops)"
)
# armed men and forces, counted only by what befalls them ("700 rebels have returned to civilian
# life", "1,000 US troops have returned from Afghanistan" are no returnees of the jihad)
_ARMED_NOUN = re.compile(
    r"(?:terrorists|insurgents|rebels|bandits|(?:security )?personnel|policemen|police officers|troops|soldiers)",
    _I,
)
_ARMED_METRICS = frozenset(
    {"arrests", "deaths", "kidnappings", "convictions", "persons_charged", "extraditions"}
)
# a nation's people: "Palestinians have killed 34 Israelis since October"
_NATION_PEOPLE = re.compile(r"[A-Z][a-z]+(?:is|ans)")
VERB_METRICS: tuple[tuple[str, str, str, str | None], ...] = (
    (r"arrested|detained|apprehended|taken into custody|held", "arrests", "arrest", "arrested"),
    (r"deported|expelled|removed", "deportations", "deportation", "persons"),
    (r"repatriated|brought back|flown back", "repatriations", "repatriation", "persons"),
    (
        r"charged|indicted|prosecuted|(?<!dropped )(?<!dropped terrorism )(?<!dropped terror )(?<!dropped terrorist )"
        r"(?<!withdrew )charges against",
        "persons_charged",
        "charge",
        "persons",
    ),
    (r"convicted|sentenced|jailed", "convictions", "conviction", "persons"),
    (r"acquitted", "acquittals", "acquittal", "persons"),
    (r"released|freed", "releases", "release", "persons"),
    (r"extradited", "extraditions", "extradition", "persons"),
    (r"returned|came back|have come back", "returnees", "travel", "persons"),
    # people kept from leaving, the verb before them: "have prevented 27,000 young people from
    # travelling to conflict zones since 2013" (only with the journey told after, see _KEPT_FROM)
    (r"prevented|stopped|barred|banned|blocked", "travels_prevented", "travel", "persons"),
    (r"left|travell?ed|went|departed|joined", "persons_departed", "travel", "persons"),
    (r"recruited|radicali[sz]ed", "recruits", "recruitment", "persons"),
    # ("521 militant attacks in 2024, ..., killing 1,612 people")
    (r"killed|killing|died|shot dead|neutrali[sz]ed", "deaths", "attack", "killed"),
    (r"kidnapped|abducted|taken hostage", "kidnappings", "attack", "kidnapped"),
)

NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-\w+)?|thirty(?:-\w+)?|"
    r"forty(?:-\w+)?|fifty(?:-\w+)?|sixty(?:-\w+)?|seventy(?:-\w+)?|eighty(?:-\w+)?|ninety(?:-\w+)?|"
    r"a hundred|hundreds|a dozen|dozens)"
)
_QUAL = (
    r"(?:(?:at least|more than|over|nearly|almost|some|about|around|a total of|up to|a further|a record) )?"
)

PERIOD_CUE = re.compile(
    r"\b(?:since (?:the (?:start|beginning) of )?(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|\d{4}|the start|the beginning|last year|the (?:spring|summer|autumn|winter))|between (?:January|February|March|April|"
    r"May|June|July|August|September|October|November|December|\d{4})|from (?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December|\d{4}) (?:to|until|through)|so far (?:this|in)|"
    # (not a life's or a group's start: "Ibrahim F., born in 1988")
    r"this year|last year|(?<!born )(?<!founded )in (?:\d{4}|the (?:first|second|past|last) (?:half|quarter|six months|year|decade))|"
    r"in the (?:year|twelve months|12 months|six months) (?:to|ending|until)|(?:during|throughout) (?:\d{4}|the (?:year|past)|last year)|"
    # "There were 891 attacks during the first quarter of 2016"
    r"(?:during|over) the (?:first|second|third|fourth|past|last) (?:half|quarter|three months|six months)|"
    r"(?:over|in) the (?:past|last) (?:\w+ )?(?:years?|months|decade)|(?:until|by|through) (?:the )?(?:end of |late |early |mid-)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)|"
    r"annual|yearly|year-on-year|per year|each year|every year|"
    # "since Syria's conflict began", "since the war broke out"
    r"since (?:the |its |their |[A-Z][\w-]+['\u2019]s )?(?:[\w-]+ ){0,2}?(?:conflict|war|uprising|insurgency|"
    r"crisis|revolution|fighting|campaign|crackdown|operation|offensive|state of emergency)s? (?:began|started|"
    r"erupted|broke out|was launched|was declared|was imposed))\b",
    _I,
)
SINGLE_EVENT_CUE = re.compile(
    r"\b(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|last night|"
    r"on \d{1,2} \w+|on \w+\.? \d{1,2}\b)",
    _I,
)
_STRONG_PERIOD = re.compile(
    # (between months or years: not a term of prison, "sentenced eight men to between three and 15
    # years", nor hours, "clashes, which lasted between 0600 and 1400")
    rf"\b(?:since|between(?=\s+(?:(?:early|late|mid-?)\s*)?(?:{FULL_MONTH_ALT}|(?:19|20)\d\d\b|the\b|last\b))|"
    r"so far|in the year to|annual|yearly|"
    r"figures|statistics|(?:in|during) \d{4})\b|"
    # the period of a figure told before: "... in 2015. 89 Maoists were killed in the same year"
    r"\b(?:in|over|during) the same (?:period|year|months|span|time)\b|"
    # a span of several years or months that opens a clause: "Over the past two years, 27
    # defendants have been charged" (not "killed 12 people on Monday, in a region where attacks have
    # grown over the past few months")
    # ("According to a union member, over the past 3 months, some 150 persons have been killed")
    r"(?:^|,|\bthat)\W*(?:over|in|during) the (?:past|last) (?:\w+ )?(?:years|months|decade)\b",
    _I,
)
# a span that a tally runs over, not a day's: "in the past five years", "over the last decade", "in the
# first nine months of the year", "in the third quarter", "in the 2022-23 financial year", "in the 12
# months to March", "from January to September", "during the year"; strong where the sentence tells
# no day ("arrested five men on Monday, in a region where arrests have grown over the past six months")
_MONTHS = rf"(?:{FULL_MONTH_ALT})"
_SPAN_PERIOD = re.compile(
    r"\b(?:(?:in|over|during|within) the (?:past|last|previous) (?:\d{1,2}|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|eighteen) (?:years|months)|(?:in|over|during) the (?:past|last|previous) decade|"
    r"(?:in|during|over) the first (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven) months|"
    r"(?:in|during) the (?:first|second|third|fourth|final|last) (?:quarter|half)|"
    r"(?:financial|fiscal) year|in the (?:year|12 months|twelve months) (?:to|ending|until)|"
    # ("A total of 248 people were arrested in the 12 months, Home Office figures showed")
    r"(?:in|over|during) the (?:12|twelve|six|nine|18|eighteen) months(?!\s+(?:to|ending|until)\b)|"
    rf"from {_MONTHS} (?:to|until|through) {_MONTHS}|(?:during|over|in the course of) the (?:past )?year|"
    # the period of the figure before: "30 security personnel had been killed in the same period"
    r"(?:in|over|during) the same (?:period|span|time|months|year))\b",
    _I,
)
# a month's or a year's own figure: "In March alone, 45 people were killed", "last year alone" (not
# one massacre's: "In January alone, gunmen killed 86 people in the village of Dalori")
_ALONE_SPAN = re.compile(
    rf"\b(?:in (?:{_MONTHS}(?: (?:19|20)\d\d)?|(?:19|20)\d\d)|(?:last|this) (?:week|month|year)) alone\b", _I
)
_ONE_DOERS_DEED = re.compile(
    r"\b(?:gunm[ae]n|militants|attackers|assailants|bombers?|insurgents|jihadists|fighters|rebels)\s+"
    r"(?:[\w-]+\s+)?(?:killed|shot|stormed|attacked|massacred|abducted|kidnapped)\b",
    _I,
)
# a tally since a month, a year or an operation's start, in the present perfect: "have abducted 58
# people since January", "Since Operation Zarb-e-Azb was launched in June 2014, 3,500 terrorists have
# been killed" (not "a Frenchman who had lived in Raqqa since the caliphate was declared")
_SINCE_SPAN = re.compile(
    rf"\bsince (?:(?:early |late |mid-)?{_MONTHS}(?: (?:19|20)\d\d)?|(?:19|20)\d\d|the (?:start|beginning) of "
    r"(?:the year|(?:19|20)\d\d)|(?:the )?(?:[\w'-]+ ){1,5}?(?:was|were) (?:launched|begun|started|declared) in "
    rf"(?:{_MONTHS} )?(?:19|20)\d\d)\b",
    _I,
)


def _extra_spans(sentence: str, periods: str) -> list[re.Match[str]]:
    """The spans of a month "alone" or "since" a start the figures of ``sentence`` are counted over."""
    out = []
    if not _ONE_DOERS_DEED.search(sentence):
        out += list(_ALONE_SPAN.finditer(periods))
    if _PERFECT_TALLY.search(sentence):
        out += list(_SINCE_SPAN.finditer(periods))
    return out


# a month's tally of many operations: "arrested 152 suspected terrorists in 1,240 operations across
# Punjab in January", "conducted 1,240 operations in January" (not one sweep's: "in three raids in
# Peshawar in January")
_MANY_OPERATIONS = re.compile(
    r"\b(?:in|conducted|carried out|launched|mounted) (?:more than |over |some |about |nearly |around )?(?:\d{1,3}(?:,\d{3})+|[1-9]\d+) "
    r"(?:[\w-]+ ){0,2}?(?:operations|raids|searches|sweeps)\b|"
    # ... or operations over a country: "killed 1,250 terrorists and arrested 2,040 suspects in operations
    # across the country in January"
    # (not one sweep's: "arrested 12 suspected militants in raids across Java in March")
    r"\bin (?:various |several |multiple |separate |different )?(?:[\w-]+ )?operations "
    r"(?:across|throughout|around) the (?:country|nation)\b",
    _I,
)
_IN_A_MONTH = re.compile(rf"\b(?:in|during|throughout) (?:the month of )?{_MONTHS}(?: (?:19|20)\d\d)?\b", _I)


def _months_tally(periods: str) -> bool:
    return _MANY_OPERATIONS.search(periods) is not None and _IN_A_MONTH.search(periods) is not None


# a tally run up to a month, in the present perfect: "Spanish police have arrested 78 suspected
# jihadists by late October"
_UNTIL_MONTH = re.compile(rf"\b(?:by|until|through) (?:the )?(?:end of |late |early |mid-)?{_MONTHS}\b", _I)
_PROPORTION_BEFORE = re.compile(r"\b(?:one|1|two|2)\s+(?:in|out\s+of)\s+$", _I)
# a total said so, over a period: "Overall 103 civilians were killed and 67 wounded by foreign forces
# last year" ...
_TOTAL_SAID = re.compile(r"^\W*(?:overall|in all|in total|all told|altogether)\b", _I)
# ... not the toll of one happening named: "Overall, 41 people were killed in Tuesday's attack on
# Istanbul's airport", "Overall, 130 people died in the Paris attacks last year"
_ONE_HAPPENING = re.compile(
    r"\b(?:in|during|by|from)\s+(?:the|an?|(?:[\w-]+['\u2019]s))\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:attacks?|bombings?|blasts?|explosions?|shootings?|assault|ambush|massacre|siege|rampage)\b",
    _I,
)


# one case a count or an arrest is of: "in connection with the bombing", "as part of the
# investigation into Saturday's attack" (the engine's too)
# the deed one case is about, named after its article or possessive
_CASE_DEED = (
    r"(?:the|this|that|an?|(?:[\w-]+['\u2019]s))\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:attacks?|bombings?|blasts?|explosions?|shootings?|assault|ambush|massacre|siege|rampage|killings?|plot)\b"
)
OF_ONE_CASE = (
    r"\b(?:in connection with|(?:as part of|in) the (?:investigation|probe|inquiry) into)\s+" + _CASE_DEED
)
_ONE_CASE = re.compile(OF_ONE_CASE, _I)
# "so far" alone, no period named after it ("so far this year" is one)
_BARE_SO_FAR = re.compile(
    r"\bso far\b(?!\s+(?:this|during)\b|\s+in\s+(?:\d{4}|the|this|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))",
    _I,
)


@dataclass(frozen=True)
class StatisticMention:
    metric: str
    event_type: str
    slot: str | None
    value_text: str
    start: int  # of the number, in the sentence
    end: int
    # a running total with no period told ("Turkey has deported 1,800 foreign fighters"): up to the
    # report, from a start nobody gave
    open_ended: bool = False
    # a tally a happening's sentence brings up to date ("killed 12 militants on Friday, bringing the
    # number of militants killed this year to 84"): the sentence tells the happening too, before
    # ``aside_from`` (where the tally's clause opens, in the sentence)
    aside: bool = False
    aside_from: int = 0


_NUM_NOUN = re.compile(
    rf"\b{_QUAL}(?P<num>{NUMBER})\s+(?P<mid>(?:[\w-]+\s+){{0,3}}?)(?P<noun>[\w-]+(?:\s[\w-]+)?)", _I
)
_NOUN_RX = tuple((re.compile(rf"^(?:{n})$", _I), m, t, s) for n, m, t, s in NOUN_METRICS)
_GENERIC_RX = re.compile(rf"^{GENERIC_NOUN}$", _I)
_VERB_RX = tuple((re.compile(rf"\b(?:{v})\b", _I), m, t, s) for v, m, t, s in VERB_METRICS)


# terms of prison given to people counted
_TERMS_TO = re.compile(
    r"\b(?:prison|jail) (?:terms?|sentences?)\b[^.;]{0,60}?\bto\s+(?:more than\s+|some\s+|about\s+)?$", _I
)
# a list of kinds before a counted noun: "211 failed, foiled or completed attacks"
_KINDS_LIST = re.compile(
    r"\s+(?:(?:failed|foiled|completed|attempted|successful|thwarted|disrupted|planned|prevented)"
    r"(?:\s*,\s*|\s+(?:or|and)\s+|\s+)){1,5}(?:terror(?:ist)?\s+)?(?:attacks|plots|bombings)\b",
    _I,
)
# a figure of the same people told after another, with its verb only: "89 Maoists were killed and 1,668
# arrested"
# (after the verb of the figure before: not a list of tolls, "with 32 and 27 killed")
# ("1,247 communist rebels surrendered in 2023, while 186 were killed")
_AND_BEFORE = re.compile(r"\b[a-z]+ed\s+and\s+$|\b[a-z]+ed\b[^.;]{0,40},\s+(?:while|whereas)\s+$", _I)
# the words that open a tally's total: "Overall, 85 people were charged", "In all, ..."
TOTAL_WORDS = r"overall|in all|in total|altogether"
# ... a sentence that opens on the tally's period or total: "In the same period, 1,668 were arrested"
# ... or on the people of the tally before: "Of those arrested, 63 were charged"
_TALLY_OPENS = re.compile(
    rf"\W*(?:(?:(?:in|over|during) the same (?:period|year|months)|{TOTAL_WORDS})\b|of (?:those|these|them)(?: [a-z]+)?,)",
    _I,
)
_BARE_VERB = re.compile(r"\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?(?P<verb>[a-z]+ed)\b", _I)


def _metric_for(sentence: str, m: re.Match[str], strong_period: bool) -> tuple[str, str, str | None] | None:
    if _TERMS_TO.search(sentence, max(0, m.start() - 90), m.start()) and any(
        _GENERIC_RX.match(w) for w in sentence[m.end("num") : m.end("num") + 40].split()[:4]
    ):
        # "handed prison sentences to 50 people", "prison terms of up to 15 years to 400 people"
        return "convictions", "conviction", "persons"
    listed = _KINDS_LIST.match(sentence, m.end("num"))
    if listed is not None:
        return _metric_of_words(sentence, m, listed.group(0).split(), strong_period)
    bare = _BARE_VERB.match(sentence, m.end("num"))
    if (
        bare is not None
        and strong_period
        and (_AND_BEFORE.search(sentence, max(0, m.start() - 30), m.start()) or _TALLY_OPENS.match(sentence))
    ):
        for vrx, metric, etype, slot in _VERB_RX:
            if vrx.fullmatch(bare.group("verb")):
                return metric, etype, slot
    words = (m.group("mid") + m.group("noun")).split()
    found = _metric_of_words(sentence, m, words, strong_period)
    if found is None and not any(_STOP_WORD.fullmatch(w) or _GENERIC_RX.match(w) for w in words):
        # a longer run of words before the noun: "2,500 suspected foreign fighters"
        more = _MORE_WORDS.match(sentence, m.end())
        if more is not None:
            # (its people counted only as the object of a verb of the metric before them: not "the
            # Revolutionary Guards Navy captured 15 British military service members and held them")
            found = _metric_of_words(
                sentence, m, words + more.group(0).split(), strong_period, object_only=True
            )
    return found


# the words after a short match, up to two, in the same phrase
_STOP = r"(?:in|on|at|of|since|and|or|to|for|by|from|over|during|last|this|the|a|an|who|that|were|was|have|has|had)"
_STOP_WORD = re.compile(_STOP, _I)
# (across a pair of names: "more than 1,000 Boko Haram and ISWAP fighters")
_MORE_WORDS = re.compile(rf"(?:\s+and\s+(?-i:[A-Z])[\w-]*)?(?:\s+(?!{_STOP}\b)[\w-]+){{1,2}}", _I)


def _metric_of_words(
    sentence: str, m: re.Match[str], words: list[str], strong_period: bool, *, object_only: bool = False
) -> tuple[str, str, str | None] | None:
    # The counted noun is the last noun-like word of "NUM [adjectives] NOUN".
    for k in range(len(words), 0, -1):
        phrase = " ".join(words[:k]).lower()
        tail2 = " ".join(words[max(0, k - 2) : k]).lower()
        last = words[k - 1].lower()
        nation = _NATION_PEOPLE.fullmatch(words[k - 1]) is not None
        for cand in (phrase, tail2, last):
            for rx, metric, etype, slot in _NOUN_RX:
                if rx.match(cand):
                    if (
                        metric == "attacks"
                        and re.search(r"\b(?:foiled|thwarted|prevented|disrupted|averted)\b", sentence, _I)
                        # (not a count of all kinds: "211 failed, foiled or completed attacks")
                        and not re.search(r"\b(?:completed|carried out|successful)\b", phrase, _I)
                        # (nor the whole of which some were foiled: "58 terrorist attacks, of which 19
                        # were foiled")
                        and not (
                            re.search(
                                r"\b(?:of which|of them|including|among them)\b[^.;]{0,40}\b(?:foiled|thwarted|failed)",
                                sentence[m.end() :],
                                _I,
                            )
                            # (not when the figure's own verb is the foiling: "foiled nine attacks in 2023,
                            # including three thwarted in December")
                            and not re.search(
                                r"\b(?:foiled|thwarted|prevented|disrupted|averted)\b",
                                sentence[: m.start()],
                                _I,
                            )
                        )
                    ):
                        return "plots_foiled", "plot_foiled", None
                    return metric, etype, slot
            if _GENERIC_RX.match(cand) or (nation and cand == last):
                # "five men who were arrested last year" is one arrest; a figure about people
                # needs a real period ("since", "between", "in 2024") or a list under one.
                if not strong_period:
                    return None
                after = sentence[m.end("num") : m.end("num") + 100]
                before = sentence[max(0, m.start() - 40) : m.start()]
                # the verb nearest after the number ("some 150 persons have been killed and more
                # than 500 have been arrested": 150 killed)
                found: list[tuple[int, tuple[str, str, str | None]]] = []
                for vrx, metric, etype, slot in _VERB_RX:
                    if metric == "travels_prevented" and not _KEPT_FROM.match(after):
                        continue
                    hit = vrx.search(after)
                    if hit is not None and hit.group(0).lower() == "killing":
                        hit = None  # (the gerund counts only the figure after it, below)
                    if (
                        metric == "deaths"
                        and re.search(r"\bkilling\s*$", before, _I)
                        and not _DEEDS_COUNTED_BEFORE.search(sentence, 0, m.start())
                    ):
                        # "Mount Sinabung ... reviving in 2010, killing two people": no tally of deeds
                        continue
                    if metric != "kidnappings" and re.search(
                        rf"(?:{vrx.pattern})[\"\u201d']?\s*$", before, _I
                    ):
                        # the verb the number is the object of: "police have arrested 45 people and
                        # deported 12" (not the doer of one kidnapping named: "Sometime between
                        # October 28 and November 28, assailants abducted five people")
                        found.append((-1, (metric, etype, slot)))
                    elif (
                        hit is not None
                        and not _APPOSITION_OPEN.search(after, 0, hit.start())
                        and not _other_verb_before(after, hit.start())
                    ):
                        # (not the verb of an apposition of one, still open: "free five Americans
                        # including Rezaian and Saeed Abedini, an Iranian-American pastor sentenced to
                        # eight years in prison in 2013"; a closed one is an aside: "45 people, a
                        # record, have been arrested")
                        found.append((hit.start(), (metric, etype, slot)))
                if object_only:
                    # (or the subject of a verb in the passive right after: "Nearly 100 suspected
                    # Islamist militants were detained")
                    # ... or of a journey's verb in the perfect: "Around 150 Belgian foreign fighters
                    # have returned from Syria since 2012")
                    found = [
                        f
                        for f in found
                        if f[0] < 0
                        or _PASSIVE_SUBJECT.fullmatch(after, 0, f[0])
                        or (f[1][0] in _JOURNEYS and _PERFECT_SUBJECT.fullmatch(after, 0, f[0]))
                    ]
                if _ARMED_NOUN.fullmatch(cand):
                    found = [f for f in found if f[1][0] in _ARMED_METRICS]
                return min(found, key=lambda f: f[0])[1] if found else None
    return None


# the journey people were kept from, after them: " young people from travelling to conflict zones"
_KEPT_FROM = re.compile(
    r"(?:\s+[\w-]+){1,5}?\s+from\s+(?:travell?ing|leaving|going|joining|departing|heading)\b", _I
)
_JOURNEYS = frozenset({"returnees", "persons_departed"})
_PERFECT_SUBJECT = re.compile(r"(?:\s+[\w-]+){1,5}?\s+(?:have|has|had)\s+", _I)
# the words between a number and its verb in the passive: " suspected Islamist militants were "
_PASSIVE_SUBJECT = re.compile(r"(?:\s+[\w-]+){1,5}?\s+(?:were|was|have been|had been|has been)\s+", _I)
# an apposition of one, not closed before the verb: ", an Iranian-American pastor sentenced"
_APPOSITION_OPEN = re.compile(r",\s+an?\s[^,]*$", _I)
# a month's name just before a number makes it a day: "the Sept. 11 attacks", "the July 7 bombings"
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTH_ALT})\.?\s+$", _I)


# a happening's own toll, whatever period the sentence names: "on the most wanted list since
# December, after ... the attacks there that killed 130 people" (not "a spate of bombings that
# killed more than 150 people in one week": many happenings)
_THE_DEEDS = r"\bthe (?:[\w-]+ ){0,2}(?:attacks|bombings|blasts|explosions|shootings)"
_TOLL_CLAUSE = (
    r"\b(?:that|which) (?:killed|left|wounded|injured|claimed)\s+(?:at least |more than |nearly |almost |some |about |"
    r"over |the lives of )?$"
)
ONE_TOLL_BEFORE = re.compile(
    rf"(?:{_THE_DEEDS}|"
    # ("Bali, the site of Indonesia's deadliest terror attack, which killed 202 people in 2002")
    r"\b(?:attack|bombing|blast|explosion|shooting|massacre|assault|siege|rampage))\b(?:,\s*)?[^.;,]{0,30}?"
    + _TOLL_CLAUSE,
    _I,
)
# ... the happenings' toll told further on, in their own clause: "in connection with the twin blasts in
# Hyderabad's Dilsukhnagar last month that killed 17 people" (not a step's)
DEEDS_TOLL_FAR_BEFORE = re.compile(rf"{_THE_DEEDS}\b[^.;,]{{0,70}}?" + _TOLL_CLAUSE, _I)


# ... or of one doer or device: "a suicide bomber killed 33 people", "a car bomb killed 20"
_ONE_DOER_BEFORE = re.compile(
    r"\b(?:an?|one|the)\s+(?:[\w-]+\s+){0,2}?(?:bomber|gunman|attacker|assailant|shooter|bomb|blast|"
    r"explosion|truck|car|rocket|missile|drone strike|air ?strike|airstrike|eruption|earthquake|quake|"
    r"fire|crash|flood|storm|stampede|collapse|massacre|siege|raid|ambush|shooting|bombing|attack)"
    r"\s+(?:[\w-]+\s+){0,2}?"
    r"(?:killed|wounded|injured|left|claimed the lives of)\s+(?:at least\s+|more than\s+|some\s+|about\s+|nearly\s+)?$|"
    # ... or of one series in one town: "In 2003, suicide bombings in Casablanca killed 45"
    r"\b(?:suicide|coordinated|twin|simultaneous|serial)\s+(?:bombings|attacks|blasts|explosions)\s+(?:in|on|at)\s+"
    r"(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?\s+(?:killed|left|claimed the lives of)\s+"
    r"(?:at least\s+|more than\s+|some\s+|about\s+|nearly\s+)?$",
    _I,
)
# ... or told with the one happening after it
_ONE_TOLL_AFTER = re.compile(
    r"[^.;,]{0,40}?\b(?:died|were killed|have been killed|had been killed|lost their lives)\s+in\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,2}(?:attack|bombing|blast|explosion|shooting|massacre|assault|air ?strike|airstrike|raid|"
    # ("more than 1,100 people were killed in the five-month siege")
    # (one happening, not a campaign: "killed in the suicide bombing campaign by Boko Haram")
    r"siege)\b(?!s|\s+(?:campaign|series|spree|wave|offensive|war)\b)",
    _I,
)
# a number right after "since" counts the happening a period starts from ("since two people were
# killed in Copenhagen"), not what the period holds
_SINCE_CLAUSE_BEFORE = re.compile(
    # ... or in the clause that names it: "on high alert since 2015, when gunmen killed 130 people"
    # (or a day: "tight since March 22, when suicide bombers killed 32 people")
    rf"\bsince\s+$|\bsince\s+(?:(?:early |late |mid-)?{_MONTHS}\s+)?(?:(?:19|20)\d\d|\d{{1,2}}(?:,?\s+(?:19|20)\d\d)?)"
    r"\s*,?\s+when\b[^.;,]*$",
    _I,
)


# a happening or a figure ranked against the past ("the worst attack since ...", "the most for any
# year since ..."); shared with the engine's dates
SUPERLATIVE = (
    r"(?:deadliest|worst|biggest|largest|first|bloodiest|most\s+(?!of\b)\w+|highest|heaviest|greatest|"
    r"strongest|fiercest|longest|lowest|worst-ever)"
)


# "..., the latest deadly assault to shake the port since a coalition took it over last year": a
# happening compared with what came before, not a figure over a period
# (or over a span: "the bloodiest in a number of attacks in France and Belgium in the past two years")
_COMPARED_SINCE = re.compile(
    # (not a period's first part: "in the first half of the year, ..., bringing the total since 2015")
    rf"\b(?:latest|{SUPERLATIVE})\b(?!\s+(?:half|quarter|(?:[\w-]+\s+)?(?:months|weeks)))[^.;:]{{0,80}}?\b(?:since|(?:in|over) the (?:past|last))\b[^.;:,]*",
    _I,
)


# how long those counted had been held, not a period of a tally: "released 40 Assyrian Christians it
# had held hostage since February"
_HELD_SINCE = re.compile(
    # (not a tally of arrests: "Police have detained 200 suspected militants since January")
    r"\b(?:had|have|has)\s+(?:been\s+)?(?:held|kept|detained(?!\s+(?:some\s+|about\s+|more\s+than\s+|over\s+|"
    r"nearly\s+|almost\s+|at\s+least\s+|a\s+total\s+of\s+)?\d)|holding|keeping)\b(?:\s+[\w-]+){0,3}?\s+since\b[^.;:,]*|"
    # ("freed three soldiers held hostage since January")
    r"\b(?:held|kept)\s+(?:as\s+)?(?:hostages?|captives?|captive)\s+since\b[^.;:,]*",
    _I,
)


# a figure per day, week or month, right after what it counts
_RATE = re.compile(
    # (not "in a week of clashes", "a day after the vote")
    r"(?:\s+[\w-]+){0,4}?\s+(?:every|each|per|(?<!\bin )a)\s+(?P<unit>day|week|month)\b"
    r"(?!['\u2019]s|\s+(?:after|before|earlier|later|ago|of)\b)",
    _I,
)


# a state's forces as those who killed: "security forces have killed more than 500 militants"
_MILITANT_WORDS = (
    r"(?:militants|insurgents|fighters|jihadists|terrorists|rebels|extremists|guerrill?as|Islamists|"
    r"Maoists|Naxal(?:ite)?s)"
)
_MILITANTS_COUNTED = re.compile(rf"\b(?:{_MILITANT_WORDS}|members)\b", _I)
# militants first among the words of a tally: "the number of militants killed this year" (not
# "of policemen killed by militants")
_MILITANTS_FIRST = re.compile(rf"(?:[\w-]+\s+){{0,2}}?{_MILITANT_WORDS}\b", _I)
_OWN_FORCES_COUNTED = re.compile(
    r"\b(?:Peshmerga|soldiers|troops|police\w*|security|army|guards?|personnel|officers|servicem[ae]n|"
    r"peacekeepers|volunteers)\b",
    _I,
)
_KILLED_BY_FORCES = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:have|has|had)\s+been\s+killed\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:police|army|military|troops|soldiers|security forces|forces|armed forces)\b|"
    # ... or in the forces' operations: "with 60 terrorists killed in encounters till October"
    # (or the militants told before: "1,247 communist rebels surrendered in 2023, while 186 were killed in
    # military operations")
    r"\s+(?:(?:terrorists|militants|insurgents|jihadists|rebels)\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?|"
    r"(?:were|have\s+been|had\s+been)\s+)"
    r"(?:killed|neutrali[sz]ed|eliminated)\s+in\s+(?:[\w-]+\s+)?(?:encounters|operations|gunfights|counter-?terror\w*\s+operations)\b",
    _I,
)
_FORCES_KILLED_BEFORE = re.compile(
    # (the forces the subject: not "Militants attacking security forces have killed 200 civilians")
    r"(?<!attacking )(?<!targeting )(?<!against )(?<!on )\b(?:security forces|forces|troops|soldiers|army|military|police|air ?strikes|air raids|drone strikes|"
    # ("Iraq's Counter-Terrorism Service killed 45 Islamic State militants")
    r"(?:counter-?terror\w*|anti-?terror\w*)\s+(?:service|department|unit|squad|directorate|command)|"
    r"coalition|gendarmes?|gendarmerie|commandos)\s+(?:[\w-]+\s+){0,3}?(?:have\s+|has\s+|had\s+)?"
    # ('Turkish forces "neutralised" 1,200 members of the PKK')
    r"(?:\w+ly\s+)?[\"\u201c]?(?:killed|eliminated|neutrali[sz]ed)[\"\u201d]?\s+"
    r"(?:at least\s+|more than\s+|over\s+|some\s+|nearly\s+|about\s+)?$|"
    # ... or a force telling of its own deed: "the Counter Terrorism Department said it had killed 137
    # militants"
    # ("Somalia's army said on Tuesday it had killed more than 1,650 al-Shabaab fighters")
    r"\b(?:forces|troops|army|military|police|department|CTD|ministry|command)\s+said\s+(?:(?:on|late on)\s+\w+day\s+)?"
    r"(?:that\s+)?(?:it|they)\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:killed|eliminated|neutrali[sz]ed)\s+"
    r"(?:at least\s+|more than\s+|over\s+|some\s+|nearly\s+|about\s+)?$|"
    # ... the second of the forces' deeds: "Security forces conducted 1,240 operations in January and
    # killed 35 terrorists"
    r"\b(?:security forces|troops|soldiers|army|military|police)\s+(?:conducted|carried out|launched|mounted)\s+"
    r"(?:[\w,-]+\s+){1,10}?and\s+(?:killed|eliminated|neutrali[sz]ed)\s+"
    r"(?:at least\s+|more than\s+|over\s+|some\s+|nearly\s+|about\s+)?$",
    _I,
)
# ... or a force tells of militants killed: "THE 6TH INFANTRY BRIGADE HAS REPORTED THAT 56 REBELS HAVE
# BEEN KILLED"
_FORCE_REPORTS_BEFORE = re.compile(
    # (and the ministry they answer to: "The ministry said that since the start of the year, 45
    # militants had been killed in similar raids")
    r"\b(?:army|armed forces|military|troops|brigade|battalion|police|security forces|defen[cs]e ministry|"
    r"joint chiefs(?: of staff)?|command|ministry|minister|government)\b[^.;]{0,40}?\b(?:reported|reports?|said|says|confirm(?:ed|s)?|"
    # ("Pakistan's army said on Monday that 3,500 militants had been killed")
    r"announced|announces?|stated)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"yesterday|today)\s+)?(?:that\s+)?(?:[^.;,]{3,50},\s+)?"
    r"(?:at least\s+|more than\s+|over\s+|some\s+|nearly\s+|about\s+)?$",
    _I,
)
_PASSIVE_KILLED_AFTER = re.compile(
    r"(?:\s+[\w-]+){1,4}?\s+(?:been|were|was)\s+(?:killed|neutrali[sz]ed|eliminated)\b", _I
)
# ... the force's words after the figure: "Some 40 insurgents have been killed since January, the army said"
_FORCE_SAID_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:army|military|armed forces|security forces|police|defen[cs]e ministry|"
    r"ministry|minister)\s+"
    r"(?:said|says|reported|announced|stated)\b|"
    # ("More than 150 Islamic State militants have been killed in Iraq since the start of the year,
    # according to official figures")
    r",\s+according\s+to\s+(?:official|government|military|army|security)\s+(?:figures|data|statistics|tallies)\b",
    _I,
)
# ... not killed by armed men: "25 vigilante members have been killed by Boko Haram"
_KILLED_BY_OTHERS = re.compile(
    r"(?:\s+[\w-]+){1,4}?\s+killed\s+by\s+(?!(?:the\s+)?(?:[\w-]+\s+)?(?:police|army|military|troops|soldiers|"
    r"security forces|forces|armed forces|air ?strikes?)\b)",
    _I,
)
# another verb between a figure and the verb of a metric: "140 people have disappeared and about 60 have
# been killed" (140 are not the dead)
# deeds counted before "killing N people": "521 militant attacks in 2024, ..., killing 1,612 people"
_DEEDS_COUNTED_BEFORE = re.compile(
    rf"\b{NUMBER}\s+(?:[\w-]+\s+){{0,3}}(?:attacks|bombings|blasts|incidents|raids|strikes|ambushes)\b", _I
)
_ANOTHER_FIGURE = re.compile(r"[,;]\s+(?:while|whereas|but|and)\s+(?:another\s+|some\s+|at least\s+)?\d", _I)
_OTHER_VERB = re.compile(r"\b(?:have|has|had|were|was)\s+(?:been\s+)?(?!been\b)[a-z]+(?:ed|en)\b", _I)


def _other_verb_before(after: str, at: int) -> bool:
    """Another verb between the figure and the metric's verb at ``at``, not joined to it ("45 people
    have been tried and convicted" are convicted)."""
    if _ANOTHER_FIGURE.search(after, 0, at):
        # "1,247 communist rebels surrendered in 2023, while 186 were killed": the verb of the next
        return True
    ov = _OTHER_VERB.search(after, 0, at)
    return ov is not None and not re.fullmatch(
        r"\s*(?:,\s*)?(?:and|or)\s+(?:(?:then|later)\s+)?", after[ov.end() : at]
    )


_PERFECT_TALLY = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|already\s+|so far\s+)?(?:been\s+)?\w+(?:ed|en)\b", _I
)
_LAST_YEAR = re.compile(r"\b(?:in|during|over|throughout)?\s*last\s+year\b(?!['\u2019]s)", _I)
# happenings in the plural: "in targeted killings, sectarian attacks and bombings"
_PLURAL_DEEDS = re.compile(
    # told in the passive, as a tally is (not "the group killed 130 people in shooting and bombing attacks
    # in Paris"), and not a few ("in two attacks", "the twin blasts"), nor those known by a town's name
    # ("died in the Paris attacks last year")
    r"\b(?:were|have\s+been|had\s+been)\s+(?:killed|murdered|wounded|injured)\s+(?:in|by|during)\s+"
    r"(?:(?!(?:two|three|twin|both|2|3)\b)(?-i:[a-z])[\w-]*,?\s+){0,3}?(?:attacks|bombings|blasts|killings|"
    r"incidents|clashes|shootings|ambushes|violence)\b",
    _I,
)
_THIS_SPAN = re.compile(r"\bthis\s+(?:year|month)\b", _I)
_RANKED_IN_SPAN = re.compile(rf"\b{SUPERLATIVE}\b[^.;]{{0,50}}?\bthis\s+(?:year|month)\b", _I)
# the day a figure was given, at the sentence's end
_SAID_ON_DAY = re.compile(
    r",\s+(?:[\w.'-]+\s+){1,8}?(?:said|says|told(?:\s+[\w.'-]+){1,4}?|announced|reported|added|showed)\s+"
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b\W*$|"
    # ... or before what it said: "the ministry said in a statement on Sunday that", "told the Senate on
    # Tuesday that", "a report released on Wednesday said"
    r"\b(?:said|says|told|announced|reported|stated|added|showed|released|published|issued)"
    r"(?:\s+(?!that\b)[\w.'-]+){0,4}?\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"yesterday|today)\s*(?:that\b|said\b|showed\b|,|(?=(?:it|they|he|she)\s+(?:had|has|have)\s+\w+ed\b))",
    _I,
)
# a whole year, and the least figure over it read as a tally of people
_YEAR_PERIOD = re.compile(r"\b(?:last year|this year|(?:in|during) (?:19|20)\d\d)\b", _I)
_A_YEARS_TALLY = 50
# a running total told with no period, by a movement's verb in the perfect, of people a state counts
# by their nation or as fighters: "Turkey has deported 1,800 foreign fighters", "Some 3,000 Tunisians
# have left to fight in Syria", "220 Moroccan fighters had returned" (not arrests or court cases,
# one operation's or one case's as often as a running total: "Police have detained 110 people over
# Sunday's bombing", "A court has convicted 110 people in a mass trial"; nor "5,000 people have
# joined a march")
_RUNNING_TOTAL = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?(?:deported|expelled|extradited|"
    r"repatriated|returned|travell?ed|left(?=\s+(?:to|for)\b)|gone(?=\s+to\b)|joined|barred|stripped)\b",
    _I,
)
# (the noun counted, right after the figure: "1,800 foreign fighters", "3,000 Tunisians", "120
# Islamist preachers"; not "5,000 people have joined a march against terrorism in Paris")
_COUNTED_BY_NATION = re.compile(
    r"\d[\d,.]*\s+(?:[\w-]+\s+){0,2}?(?:(?-i:[A-Z][a-z]+(?:ans|ese|ish|ons|ks|nes|is|ch|ss))|"
    r"(?:foreign\s+)?(?:terrorist\s+)?fighters|nationals|citizens|jihadists|jihadis|Islamists|preachers|"
    r"imams|extremists|radicals|militants)\b"
)
# ... as large as no one operation's count
_A_RUNNING_TOTAL = 100
# ... and told with no time of one operation: not "200 suspects had been detained just a week before
# the blast", "has arrested 3,000 suspected militants since Friday in a crackdown"
_ONE_OPERATIONS_TIME = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?)\s+(?:before|after|ago|earlier|later)|"
    r"last\s+(?:week|month|night|weekend)|earlier\s+this\s+(?:week|month)|this\s+week|"
    r"since\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last\s+\w+)|"
    r"(?:in|during)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:crackdown|operations?|sweeps?|raids?|round-?ups?)|"
    r"over\s+the\s+(?:weekend|past\s+\w+\s+\w+|last\s+\w+\s+\w+)|"
    r"(?:over|after|following|before|in\s+connection\s+with)\s+(?:the|a|an|\w+['\u2019]s)\s+)\b",
    _I,
)
# ... not one operation's: "detained 90 suspected militants in one sweep across Istanbul in 2015"
_ONE_OPERATION = re.compile(
    r"\b(?:in|during)\s+(?:a\s+single|one|the same)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:sweep|raid|operation|swoop|crackdown|night|day|morning|roundup)\b",
    _I,
)
_TOLLS = frozenset({"deaths", "kidnappings", "attacks"})
_FEW = re.compile(r"two|2|three|3", _I)
_BOMBINGS = re.compile(r"\bbombings\b", _I)


# a figure told by how it changed: "The number of terrorism arrests in Britain rose 20 percent to 800
# last year", "terrorist attacks in the EU fell to 28 in 2022"
_CHANGED_TO = re.compile(
    r"\b(?:(?P<of>the number of)\s+(?P<np>[^,;.]{1,60}?)|(?P<noun>(?:[\w-]+\s+){0,2}?[\w-]+))\s+"
    r"(?:(?:in|across)\s+(?:the\s+)?[\w-]+\s+)?"
    r"(?:rose|fell|dropped|declined|decreased|increased|climbed|jumped|grew|surged|soared|doubled|tripled|halved)"
    r"(?:\s+(?:by\s+)?(?:more than\s+|nearly\s+|about\s+|some\s+)?[\d.,]+\s*(?:percent|per cent|%))?"
    rf"\s+to\s+(?:a\s+record\s+|some\s+|about\s+|nearly\s+|around\s+)?(?P<num>{NUMBER})\b(?!\s*(?:percent|per cent|%))",
    _I,
)


# a tally a happening brings up to date: "bringing the number of militants killed this year to 84",
# "bringing to 310 the number of arrests since January" (a period told: not one happening's toll,
# "bringing the number of dead to 12")
_BROUGHT_TO = re.compile(
    # ("The arrest brings to nine the number of attack plots foiled in France since the beginning of the year")
    r"\b(?:bringing|brought|brings|taking|took|takes|raising|raised|raises|pushing|pushed|pushes)\s+"
    r"(?:the\s+(?:number|total|tally)\s+of\s+"
    rf"(?P<np>[^,;.]{{1,60}}?)\s+to\s+(?:some\s+|about\s+|nearly\s+|around\s+|at least\s+)?(?P<num>{NUMBER})\b|"
    rf"to\s+(?:some\s+|about\s+|nearly\s+|around\s+|at least\s+)?(?P<num2>{NUMBER})\s+the\s+(?:number|total|tally)\s+"
    r"of\s+(?P<np2>[^,;.]{1,60}))",
    _I,
)
_TALLY_SPAN = re.compile(
    rf"\b(?:this year|since (?:(?:early |late |mid-)?{_MONTHS}|(?:19|20)\d\d|the (?:start|beginning))|"
    r"in (?:19|20)\d\d|over the (?:past|last) |(?:in|during) the (?:past|last) )",
    _I,
)
# ... not one happening's toll: "the number of people killed so far in Friday's attack on the hotel"
_ONE_HAPPENINGS = re.compile(
    r"\b(?:attack|bombing|blast|explosion|operation|offensive|siege|shooting|raid|massacre|assault|ambush|"
    # (not a kind of plot: "the number of attack plots foiled")
    r"(?:air ?)?strike)\b(?!s)(?!\s+(?:plots?|plans?)\b)|"
    r"\b(?:the|[\w-]+['\u2019]s)\s+(?:[\w-]+\s+){0,3}(?:attacks|bombings|blasts|shootings)\b",
    _I,
)


def brought_to(sentence: str) -> list[StatisticMention]:
    """The tallies a happening's sentence brings up to date (see ``_BROUGHT_TO``)."""
    out: list[StatisticMention] = []
    for m in _BROUGHT_TO.finditer(sentence):
        np, num = ("np", "num") if m.group("np") is not None else ("np2", "num2")
        what = m.group(np)
        if not _TALLY_SPAN.search(what) or _ONE_HAPPENINGS.search(what):
            continue
        found = next(((mt, et, sl) for rx, mt, et, sl in _VERB_RX if rx.search(what)), None)
        if found is None:
            words = what.lower().split()
            found = next(
                ((mt, et, sl) for rx, mt, et, sl in _NOUN_RX for w in words if rx.match(w)),
                None,
            )
        if found is None:
            continue
        metric, etype, slot = found
        if metric == "deaths" and _MILITANTS_FIRST.match(what):
            metric, etype = "militants_killed", "ct_operation"
        out.append(
            StatisticMention(
                metric, etype, slot, m.group(num), m.start(num), m.end(num), aside=True, aside_from=m.start()
            )
        )
    return out


def _changed_to(sentence: str) -> Iterator[tuple[re.Match[str], tuple[str, str, str | None]]]:
    """Figures told by how they changed, with the metric of the noun counted."""
    for m in _CHANGED_TO.finditer(sentence):
        if re.search(r"\btoll\b", sentence[: m.start("num")], _I) or _RATE.match(sentence, m.end("num")):
            continue  # one happening's toll ("The death toll ... rose to 80"), or a rate ("40 a month")
        if m.group("of"):
            # "the number of people killed in terrorist attacks fell to 1,200": the verb says what is
            # counted, else the noun does ("the number of terrorism arrests")
            np = m.group("np")
            verb = next(((mt, et, sl) for rx, mt, et, sl in _VERB_RX if rx.search(np)), None)
            if verb is not None:
                yield m, verb
                continue
            words = np.lower().split()
        else:
            words = m.group("noun").lower().split()
        for k in range(len(words)):
            phrase = " ".join(words[k : k + 3])
            found = next(
                ((mt, et, sl) for rx, mt, et, sl in _NOUN_RX for p in (phrase, words[k]) if rx.match(p)), None
            )
            if found is not None:
                yield m, found
                break
        else:
            if _TERROR_DEATHS.fullmatch(" ".join(words)):
                # "Deaths from terrorism fell by 13 percent to 7,555", "Terrorism deaths rose to 8,352"
                yield m, ("deaths", "attack", "killed")


# deaths a figure counts of terrorism alone (a bare "deaths" may be any toll)
_TERROR_DEATHS = re.compile(
    r"(?:global |worldwide )?(?:terror(?:ism|ist)?(?:[- ]related)? deaths|deaths (?:from|caused by|due to) "
    r"(?:terror(?:ism)?|terrorist attacks))",
    _I,
)


_YEAR_ONLY = re.compile(r"(?:in|during) \d{4}", _I)
# ... or the years or months a deed ran over: "between 2013 and 2015", "since 2014"
_DEEDS_SPAN = re.compile(rf"(?:between|since|from) (?:(?:early |late |mid-)?{_MONTHS} )?(?:19|20)\d\d\b", _I)
# a deed the year may be of: "of plotting a terrorist attack on Federation Square in Melbourne in 2016",
# "of financing terrorism ... between 2013 and 2015", "suspected of recruiting young people ... since 2014"
_DEED_BEFORE = re.compile(
    r"\b(?:attacks?|bombings?|plot(?:s|ting)?|massacres?|shootings?|killings?|murders?|kidnappings?|stabbings?|"
    r"siege|hijacking|assassination|financ(?:ing|ed)|funding|recruit(?:ing|ed)|sending (?:money|funds|fighters)|"
    # "found two men guilty of planning to bomb the city's airport in 2012"
    r"plott(?:ed|ing)|plann(?:ed|ing)|bomb|blow up|join(?:ed|ing)?|"
    # "of helping the al-Shabaab gunmen who attacked the Westgate shopping mall in Nairobi in 2013"
    r"attacked|bombed|stormed|help(?:ed|ing)|aid(?:ed|ing)|assist(?:ed|ing))"
    r"\b[^.;]*$",
    _I,
)
_INCLUDING_BEFORE = re.compile(r"\b(?:including|among them|of which|of whom)\s+$", _I)
_ONE_OF_BEFORE = re.compile(r"\b(?:one|each|both|either|neither|the first|the second|the last) of\s+$", _I)


def _militants_killed(sentence: str, m: re.Match[str], metric: str) -> bool:
    """Deaths counted of militants the state's forces killed ("Egyptian security forces have killed
    more than 500 militants in North Sinai since January")."""
    return (
        metric == "deaths"
        and (
            _FORCES_KILLED_BEFORE.search(sentence, max(0, m.start() - 80), m.start()) is not None
            # ... or told in the passive: "AT LEAST 100 MRTA MEMBERS HAVE BEEN KILLED BY THE POLICE"
            or _KILLED_BY_FORCES.match(sentence, m.end("num")) is not None
            or (
                (
                    _FORCE_REPORTS_BEFORE.search(sentence, max(0, m.start() - 100), m.start()) is not None
                    or _FORCE_SAID_AFTER.search(sentence, m.end()) is not None
                )
                and _PASSIVE_KILLED_AFTER.match(sentence, m.end("num")) is not None
                and _KILLED_BY_OTHERS.match(sentence, m.end("num")) is None
            )
        )
        and (
            _MILITANTS_COUNTED.search(m.group(0) + sentence[m.end() : m.end() + 20]) is not None
            # ("1,247 communist rebels surrendered in 2023, while 186 were killed": the rebels before)
            or (
                _BARE_VERB.match(sentence, m.end("num")) is not None
                and _MILITANTS_COUNTED.search(sentence, max(0, m.start() - 80), m.start()) is not None
            )
        )
        # (not the state's own or its allies': "1,600 Peshmerga fighters had been killed since 2014")
        and _OWN_FORCES_COUNTED.search(m.group(0)) is None
    )


# what opens another clause or a ranking between a figure and a span told after it
_ANOTHER_CLAUSE = re.compile(
    r"\b(?:where|which|who|whom|whose|that|when|while|as|since|after|before|bringing|deadliest|worst|"
    r"biggest|highest|largest|most|first)\b|[;:(]",
    _I,
)


_NOT_THE_CALENDAR = re.compile(
    r"['\u2019]s\b|\s+of\s+(?!(?:the\s+)?(?:year|fiscal|financial)\b|(?:19|20)\d\d\b)|\s+hours?\b", _I
)
# ... or told with "over" or "for": "arrested 2 suspects in the past two months over the Erawan shrine
# bombing"
_OVER_ONE_CASE = re.compile(r"\b(?:over|for|in connection with)\s+" + _CASE_DEED, _I)


def _span_of(sentence: str, periods: str, told: str, m: re.Match[str]) -> bool:
    """A span of ``_SPAN_PERIOD`` that the figure is counted over: told before it ("In the past five
    years, police arrested 150"), or after it in the same clause; never with a day told."""
    if SINGLE_EVENT_CUE.search(told):
        return False
    # (where the counted noun ends: its match may take a word of the span, "1,200 terrorists in")
    end = m.start("noun") + len(m.group("noun").split()[0])
    return any(
        s.end() <= m.start()
        or (
            s.start() >= end
            and not _ANOTHER_CLAUSE.search(sentence, end, s.start())
            # (a span of the calendar, not of one happening or case: not "during the year's biggest
            # sweep", "in the second half of the operation", "in the past two months over the
            # Erawan shrine bombing")
            and not _NOT_THE_CALENDAR.match(sentence, s.end())
            and not _OVER_ONE_CASE.search(sentence, end)
        )
        for s in [*_SPAN_PERIOD.finditer(periods), *_extra_spans(sentence, periods)]
    )


def _figures(sentence: str) -> Iterator[re.Match[str]]:
    """Each number with the words after it; the next is looked for right after the number, so that
    one among those words is a figure of its own ("Since 2015 some 1,600 French nationals", "Densus
    88 arrested 142 suspected militants")."""
    pos = 0
    while (m := _NUM_NOUN.search(sentence, pos)) is not None:
        yield m
        pos = m.end("num")


# the words between two figures of one count joined by "and": " recruiters and "
_AND_MORE = re.compile(
    r"\s+(?:[\w-]+\s+){1,3}and\s+(?:(?:some|about|around|nearly|almost|more than|at least|over)\s+)?", _I
)
# people returned by others, in the passive
_RETURNED_BY_STATE = re.compile(r"\b(?:been|were|was|being) (?:returned|brought (?:back|home))\b", _I)
_BRINGING_BACK = frozenset({"repatriations", "returnees"})


def find_statistics(sentence: str, *, period_in_context: bool = False) -> list[StatisticMention]:
    """Aggregate figures stated in one sentence (empty when it reads as a single event).

    ``period_in_context``: the period is stated just before (a bulleted list under "In 2024:").
    A tally brought up to date by a happening the sentence tells is returned alone, marked ``aside``.
    """
    aside = brought_to(sentence)
    if aside:
        return aside
    periods = _COMPARED_SINCE.sub(lambda m: " " * len(m.group(0)), sentence)
    periods = _HELD_SINCE.sub(lambda m: " " * len(m.group(0)), periods)
    if _ONE_CASE.search(sentence):
        # "five people had been detained so far in connection with the bombing": the running count
        # of one case, no period's
        periods = _BARE_SO_FAR.sub(lambda m: " " * len(m.group(0)), periods)
    months_tally = _months_tally(periods)
    has_period = (
        PERIOD_CUE.search(periods) is not None
        or _SPAN_PERIOD.search(periods) is not None
        or period_in_context
        or bool(_extra_spans(sentence, periods))
        or months_tally
    )
    open_ended = False
    if not has_period and _RUNNING_TOTAL.search(sentence) is not None:
        # (the day the figure was given is blanked only here: the long pattern runs for few sentences)
        given = _SAID_ON_DAY.sub(lambda m: " " * len(m.group(0)), sentence)
        open_ended = (
            SINGLE_EVENT_CUE.search(given) is None
            and _ONE_CASE.search(sentence) is None
            and _ONE_OPERATIONS_TIME.search(given) is None
            and _COUNTED_BY_NATION.search(sentence) is not None
        )
    has_period = has_period or open_ended
    if not has_period or _ONE_OPERATION.search(sentence):
        # (one operation's count, whatever the period: "detained 90 suspected Islamic State
        # militants in one sweep across Istanbul in 2015")
        return []
    # (the day a figure was given is no day of one happening: "..., Prime Minister David Cameron
    # said on Monday")
    told = _SAID_ON_DAY.sub(lambda m: " " * len(m.group(0)), sentence)
    if SINGLE_EVENT_CUE.search(told) and not _STRONG_PERIOD.search(periods) and not period_in_context:
        return []
    # a day told, and a year only: the year may be the deed's the step is over ("Three men were
    # convicted on Monday of plotting a terrorist attack in Melbourne in 2016"); a small figure is
    # that day's, not the year's
    day_and_year = (
        not period_in_context
        and SINGLE_EVENT_CUE.search(told) is not None
        and all(
            (_YEAR_ONLY.fullmatch(x.group(0)) or _DEEDS_SPAN.match(sentence, x.start()))
            and _DEED_BEFORE.search(sentence, max(0, x.start() - 100), x.start())
            for x in _STRONG_PERIOD.finditer(periods)
        )
    )
    strong = (
        period_in_context
        or open_ended
        or _STRONG_PERIOD.search(periods) is not None
        # "Spain has arrested 40 suspected jihadists this year": a tally run up to now
        or (
            _PERFECT_TALLY.search(sentence) is not None
            and (_THIS_SPAN.search(periods) is not None or _UNTIL_MONTH.search(periods) is not None)
            # (not a happening ranked in the year: "the worst terrorist attack in Mali this year")
            and _RANKED_IN_SPAN.search(sentence) is None
        )
        or (_TOTAL_SAID.match(sentence) is not None and _ONE_HAPPENING.search(sentence) is None)
        or (months_tally and SINGLE_EVENT_CUE.search(told) is None)
        # "2,500 people were killed in targeted killings, sectarian attacks and bombings in the city
        # last year": happenings in the plural over last year
        or (
            _LAST_YEAR.search(periods) is not None
            and _PLURAL_DEEDS.search(sentence) is not None
            and SINGLE_EVENT_CUE.search(told) is None
        )
    )
    out: list[StatisticMention] = []
    used_to = 0  # where the words of the last figure taken end
    # a happening's own figure before a place's clause that alone tells a period: "Troops killed 12
    # militants in Hiiraan on Friday, where fighting has raged since the offensive began"
    where = _WHERE_TALLY.search(sentence)
    own_before = (
        where.start()
        if where is not None
        and SINGLE_EVENT_CUE.search(told, 0, where.start())
        and not PERIOD_CUE.search(periods, 0, where.start())
        and not _SPAN_PERIOD.search(periods, 0, where.start())
        else -1
    )
    for m in _figures(sentence):
        if m.start() < used_to:
            continue  # a number among the words of a figure taken
        if m.start() < own_before:
            continue
        num = m.group("num")
        if _ONE_OF_BEFORE.search(sentence, max(0, m.start() - 20), m.start()):
            continue  # "This was one of two related attacks": the set the one told belongs to
        if out and _INCLUDING_BEFORE.search(sentence, max(0, m.start() - 20), m.start()):
            continue  # "prevented 118 terrorist crimes in 2022, including 40 attacks": a part of it
        if re.fullmatch(r"(?:19|20)\d\d", num):
            continue  # a year is a period, not a figure
        if _PROPORTION_BEFORE.search(sentence, max(0, m.start() - 12), m.start()):
            continue  # "One in five terrorism arrests were of women": a share, not a count
        if re.match(r"\s*(?:year|month|week|day|hour)s?\b", sentence[m.end("num") :], _I):
            continue
        if _MONTH_BEFORE.search(sentence, max(0, m.start("num") - 12), m.start("num")):
            continue  # "the Sept. 11 attacks": a day of the month, not eleven attacks
        if ONE_TOLL_BEFORE.search(sentence, max(0, m.start("num") - 80), m.start("num")):
            continue  # "... the attacks there that killed 130 people": one happening's toll
        if _ONE_DOER_BEFORE.search(sentence, max(0, m.start("num") - 80), m.start("num")):
            continue  # "In 2014, a suicide bomber killed 33 people at a bank in Quetta": one deed's toll
        if _ONE_TOLL_AFTER.match(sentence, m.end("num")):
            continue  # "hundreds of people died in an attack with Sarin nerve gas in 2013": one's too
        if _SINCE_CLAUSE_BEFORE.search(sentence, max(0, m.start() - 80), m.start()):
            # "on high alert since two people were killed in shooting attacks in Copenhagen in
            # February last year": the toll of the happening the period starts from
            continue
        value = parse_number(num)
        if day_and_year and (value is None or value < _A_YEARS_TALLY):
            continue
        if open_ended and (value is None or value < _A_RUNNING_TOTAL):
            continue
        # a year's tally too large for one happening: "Indonesian police arrested 160 terrorism
        # suspects last year"
        big = (
            value is not None
            and value >= _A_YEARS_TALLY
            and _YEAR_PERIOD.search(periods) is not None
            and not _ONE_CASE.search(sentence)
        )
        # (a span told in the figure's own clause: not "arrested 12 suspected militants in a town where
        # attacks have risen over the past two years", "the deadliest attack during the year")
        found = _metric_for(sentence, m, strong or _span_of(sentence, periods, told, m))
        if found is None and big:
            # (of the steps of a year's hunt, not a toll: "Gunmen killed 130 people in Paris last year";
            # the militants the state's forces killed are: "Security forces killed 72 militants in
            # Jammu and Kashmir this year")
            tally = _metric_for(sentence, m, True)
            found = (
                tally
                if tally is not None and (tally[0] not in _TOLLS or _militants_killed(sentence, m, tally[0]))
                else None
            )
        if found is None and out and _AND_MORE.fullmatch(sentence, out[-1].end, m.start("num")):
            # (the second of a count told in two: "Some 70 recruiters and 25 accomplices")
            joined = _metric_for(sentence, m, True)
            if joined is None and _GENERIC_RX.match(next(iter(sentence[m.end("num") :].split()), "")):
                # ("arrested 45 men and 12 women": the people of the verb before the first)
                joined = (out[-1].metric, out[-1].event_type, out[-1].slot)
            found = joined if joined is not None and joined[0] == out[-1].metric else None
        if found is None:
            continue
        metric, etype, slot = found
        if _militants_killed(sentence, m, metric):
            # "Egyptian security forces have killed more than 500 militants in North Sinai since
            # January": the dead of the state's operations, not of attacks
            metric, etype = "militants_killed", "ct_operation"
        if metric == "returnees" and _RETURNED_BY_STATE.search(sentence, m.end()):
            # "607 people ... had been returned from Syria": brought back by their state, not come back
            metric, etype = "repatriations", "repatriation"
        if metric == "operations" and any(o.metric in _BRINGING_BACK for o in out):
            # "... had been returned from Syria in five operations": the operations that brought
            # them back, none against anyone
            continue
        if metric == "attacks" and _FEW.fullmatch(num) and _BOMBINGS.search(m.group(0)):
            # "two bombings last year blamed on the group, in the town of Suruc ... and in the
            # capital Ankara": a pair of happenings, each told, not a tally
            continue
        rate = _RATE.match(sentence, m.end("num"))
        if rate is not None:
            # "four people have been kidnapped every day so far in 1990": a rate, not a total
            metric = f"{metric}_per_{rate.group('unit').lower()}"
            slot = None
        if any(o.metric == metric for o in out):
            last = out[-1]
            added = _AND_MORE.fullmatch(sentence, last.end, m.start("num"))
            first, more = parse_number(last.value_text), parse_number(num)
            if last.metric == metric and added and first is not None and more is not None:
                # "Some 70 recruiters and 25 accomplices ... were detained": one figure, their sum
                out[-1] = replace(last, value_text=f"{first + more:g}", end=m.end("num"))
                used_to = m.end()
            continue
        out.append(StatisticMention(metric, etype, slot, num, m.start("num"), m.end("num"), open_ended))
        used_to = m.end()
    for m, (metric, etype, slot) in _changed_to(sentence):
        if not any(o.metric == metric for o in out):
            num = m.group("num")
            out.append(StatisticMention(metric, etype, slot, num, m.start("num"), m.end("num")))
    where = _WHERE_TALLY.search(sentence)
    if (
        out
        and where is not None
        and all(o.start > where.start() for o in out)
        and SINGLE_EVENT_CUE.search(told, 0, where.start())
    ):
        # "A suicide bomber killed 54 people at a rally in Bajaur on Sunday, where 850 people have
        # been killed in militant attacks since January": the place's tally, beside its happening
        out = [replace(o, aside=True, aside_from=where.start()) for o in out]
    return out


# the tally of a place named, in a clause after its happening
_WHERE_TALLY = re.compile(r",\s+where\s+", _I)


# Who gives a figure, in the sentence's own words: "according to the Egyptian Center for Economic
# and Social Rights", "the Interior Ministry reported", "broadcaster NTV said" (not "for opposition
# to the government", nor "Turkey, a NATO member": a body named in passing gives no figure).
_BODY_NOUN = (
    r"(?:organi[sz]ation|agency|group|monitor|ministry|police|government|authorities|officials|army|"
    r"military|observatory|office|department|commission|council|committee|cent(?:er|re)|institute|"
    r"report|study|survey|index|tally|count|data|figures|statistics|spokesm[ae]n|prosecutors?|ministers?|"
    r"secretary|commissioner|director|coordinator|chief)"
)
# a body named by its kind alone, which says nothing of which one it is ("the agency said")
BARE_KIND = re.compile(
    # ("the interior minister told parliament": which country's, the words do not say)
    r"(?:(?:interior|justice|defen[cs]e|foreign|home|security|information)\s+(?=minist))?"
    r"(?:agency|group|ministry|office|department|commission|council|committee|report|study|survey|tally|"
    r"count|data|figures|statistics|organi[sz]ation|cent(?:er|re)|institute|minister|spokes(?:man|woman|person)|"
    r"statement)",
    re.IGNORECASE,
)
_ACCORDING = re.compile(
    r"\b(?i:according to)\s+(?P<body>(?:[^,;:()\n.]|(?<=\b[A-Z])\.)+?)"
    r"(?=\s*(?:[,;:()]|(?<!\b[A-Z])\.(?:\s|$)|$|\s+and other\b))"
)
_NAMED = r"[A-Z][\w'\u2019.&-]*(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w'\u2019.&-]*){0,6}"
_SAID_BY = re.compile(
    rf"(?:^|[,;]\s+|\b(?i:the)\s+)(?P<body>(?:[a-z-]+\s+)?{_NAMED}|(?:[\w-]+\s+){{0,3}}?{_BODY_NOUN})\s+"
    # ... or its figures: "Interior Ministry figures released on Wednesday showed"
    r"(?:(?:figures|data|statistics|numbers)\s+(?:(?:released|published)\s+(?:(?:on|last)\s+\w+\s+)?)?"
    r"(?=show))?"
    r"(?i:(?:has |have |had )?(?:said|says|say|reported|reports|estimated|estimates|recorded|counted|told|"
    r"showed|show|shows|"
    # (a figure announced, not an offensive: "Abadi announced the onslaught on Falluja after ...")
    r"documented|announced(?= that\b| (?:[\w-]+ ){0,3}?\d)))\b",
)
# ... or its spokesman, named: "Defence Headquarters spokesman Maj. Gen. Edward Buba told reporters"
_SPOKESMAN_OF = re.compile(
    rf"(?:^|[,;]\s+|\b(?i:the)\s+)(?P<body>{_NAMED})\s+spokes(?:man|woman|person)\s+{_NAMED},?\s+"
    r"(?:said|says|told|reported|announced)\b"
)
# (nor an article before "estimated": "An estimated 1,500 Tunisians ..., the minister told parliament")
_NOT_A_BODY = re.compile(r"^(?:he|she|they|it|we|i|you|this|that|there|an?|the)$", re.IGNORECASE)
# what leads a body's name in an attribution: "figures from the", "a September 2015", "the"
_LEADING = re.compile(
    r"^(?:(?i:the|a|an|its|their|new|latest|recent|official|preliminary)\s+|"
    r"(?:figures|data|statistics|estimates?|counts?|tall(?:y|ies))\s+(?:from|by|of|released by)\s+|"
    rf"(?i:{MONTH_ALT})\.?\s+|"
    r"\d{4}\s+)+"
)


def reporter(sentence: str) -> str | None:
    """The body the sentence attributes its figure to, as written, or None."""
    according = _ACCORDING.search(sentence)
    if according is not None:
        body = _LEADING.sub("", according.group("body").strip(" ,."))
        return body if body and not _NOT_A_BODY.match(body) else None
    for m in _SAID_BY.finditer(sentence):
        body = _LEADING.sub("", m.group("body").strip(" ,."))
        if not body or _NOT_A_BODY.match(body):
            if m.group("body").strip(" ,.").lower() in ("an", "a"):
                continue  # "An estimated 1,500 Tunisians": no body, the one who tells comes later
            return None
        return body
    spokesman = _SPOKESMAN_OF.search(sentence)
    if spokesman is not None:
        return _LEADING.sub("", spokesman.group("body").strip(" ,.")) or None
    return None
