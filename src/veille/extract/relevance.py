"""The cheap first screen: articles with no security vocabulary at all are dropped early.

It runs before the NLP stage, so most articles of a general news feed never pay for spaCy.
It aims at recall: the extractor makes the fine decision sentence by sentence.
"""

from __future__ import annotations

import re

from veille.extract.lexicon import CONTEXT, STRONG_SCAN, VIOLENT_DEED, unwrap
from veille.kb.actors import ActorKB, ActorMatch
from veille.records import Article, Drop

_ACTS = re.compile(
    r"\b(?:kill\w*|dead|death|wounded|injur\w+|attack\w*|arrest\w*|detain\w*|raid\w*|seiz\w+|"
    r"explo\w+|blast\w*|bomb\w*|shot|shoot\w*|fir(?:ed|ing) on|clash\w*|ambush\w*|kidnap\w*|abduct\w*|"
    r"plot\w*|foil\w*|thwart\w*|dismantl\w*|charged|indict\w*|trial|convict\w*|sentenc\w+|acquit\w*|"
    r"deport\w*|expel\w*|repatriat\w*|extradit\w*|handed over|transferred|recruit\w*|threat\w*|warn\w*|alert|"
    r"sanction\w*|"
    r"designat\w+|bann(?:ed|ing)|outlaw\w*|proscri\w+|plead\w* guilty|"
    r"strikes?|offensive|operation|releas\w+|freed|assassinat\w+|execut(?:ed|ion)|gunned down|"
    r"encounter|engaged|fir(?:ed|ing)|targeted|torched|burn(?:ed|t)|struck|shell(?:ed|ing)|"
    r"assault\w*|tortur\w+|whipp\w+|flogg\w+|loot\w*|sabotag\w+|dynamit\w+|destroy\w*|murder\w*|massacr\w+|"
    r"slain|slaughter\w*|behead\w*|bl[eo]w(?:n|ing|s)? up|stabb\w+|arson\w*|firebomb\w*|molotov|"
    r"ramm(?:ed|ing)|set (?:fire|alight|ablaze))\b",
    re.IGNORECASE,
)

_NEAR = 150  # characters around a group's name where its act must be
_ACRONYM = re.compile(r"[A-Z]{2,4}")
# "JNIM militants", "ISGS fighters", "an ISGS position", "1 TTP commander": the acronym is said to be
# an armed group
_NAMED_AS_GROUP = re.compile(
    r"\s*(?:and/or \w+ |or \w+ )?(?:[a-z]+ )?(?:militants?|fighters?|insurgents?|rebels?|jihadists?|gunmen|"
    r"cadres?|militiam[ae]n|combatants?|members|elements|positions?|camps?|bases?|hideouts?|commandos?|units?|"
    r"columns?|squads?|commanders?|operatives?|suspects?|supporters|sympathi[sz]ers|loyalists|affiliates?|recruits?|"
    # ("police raided a JMB hideout")
    r"hideouts?)\b"
)
_NAMED_AS_GROUP_UPPER = re.compile(_NAMED_AS_GROUP.pattern, re.IGNORECASE)
# ... or said to do what armed groups do: "JNIM attacked the village of Guindeguema", "ISGS
# ambushed a patrol" (not "the NRA attacked the bill")
_ACTED_AS_GROUP = re.compile(
    # ("THE FMLN YESTERDAY SABOTAGED FOUR POWER PYLONS")
    r"\s+(?:(?:reportedly|allegedly|also|then|yesterday|today|(?:last|early|late)\s+(?:night|week))\s+)?"
    r"(?:killed|ambushed|abducted|kidnapped|stormed|torched|murdered|assassinated|sabotaged|dynamited|blew\s+up|"
    r"executed|beheaded|massacred|shelled|raided|looted|attacked\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?"
    r"(?:[\w-]+\s+)?(?:villages?|towns?|posts?|camps?|bases?|convoys?|checkpoints?|positions?|patrols?|police|"
    r"army|military|soldiers|troops|civilians|villagers|gendarm\w+)|"
    # ... or attacked anything and killed: "THE FMLN ATTACKED A COOPERATIVE YESTERDAY, KILLING SEVEN"
    r"attacked\s+[^.;]{1,80}?,\s+(?:killing|wounding|injuring))\b|"
    # ... or to threaten attacks: "JNIM threatened on Tuesday to carry out attacks in Togo", "JNIM
    # released a video on Tuesday threatening to step up attacks in Benin"
    r"(?:\s+[^.;]{1,60}?)?\s+threaten(?:ed|s|ing)\s+(?:on\s+\w+\s+)?(?:to\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:attacks?|strikes)\b",
    re.IGNORECASE,
)

# "border guard police clashed with AA": what one fights with is an armed force
_FOUGHT_WITH = re.compile(
    r"\b(?:clash(?:ed|es)?|fought|fighting|battled?|skirmish(?:ed|es)?|exchanged fire) "
    r"(?:with|against) (?:the )?$",
    re.IGNORECASE,
)

# what suspects are tied to is an armed group: "three Kenyan nationals suspected of links to the ADF"
_TIED_TO_GROUP = re.compile(
    r"\b(?:suspected\s+(?:of\s+)?(?:links?|ties)|(?:alleged|suspected)\s+members?\s+of|suspected\s+of\s+belonging)\s+"
    r"(?:(?:to|with|of)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)

# ... not a party's wing or a union: "alleged members of the NDA youth wing"
_WING_AFTER = re.compile(
    r"\s+(?:youth|students?|women['\u2019]?s?|political|student)\s+(?:wing|league|front|union)|\s+(?:party|union)\b",
    re.IGNORECASE,
)


class Screen:
    """``check(article)`` returns None to go on, or a ``Drop`` with the reason.

    With an actor knowledge base, an armed group named beside a violent or legal act also passes
    ("the Koglweogo killed 13 members of the Fulani community", "QSD arrested ... IS").
    """

    def __init__(self, kb: ActorKB | None = None) -> None:
        self.kb = kb

    def check(self, article: Article) -> Drop | None:
        text = unwrap((article.title or "") + "\n\n" + article.text)
        if STRONG_SCAN.search(text):
            return None
        acts = _ACTS.search(text) is not None
        if acts and CONTEXT.search(text):
            return None
        if acts and self.kb is not None:
            matches = self.kb.find(text)
            if any(self._group_acts(text, m, matches) for m in matches):
                return None
            # a body whose only remit is terrorism: "The NIA on Friday filed a chargesheet against
            # five accused in the Rameshwaram Cafe blast case"
            if any(m.entry.counter_terrorism for m in matches) and VIOLENT_DEED.search(text):
                return None
        return Drop(article.id, "not_relevant", "no security vocabulary")

    @staticmethod
    def _group_acts(text: str, m: ActorMatch, matches: list[ActorMatch]) -> bool:
        """An armed group with a violent or legal act close by (an acronym elsewhere means little)."""
        if m.entry.kind != "armed_group":
            return False
        beside = [o for o in matches if o.entry.id != m.entry.id and abs(o.start - m.start) <= _NEAR]
        if (
            _ACRONYM.fullmatch(m.mention)
            and not _NAMED_AS_GROUP.match(text, m.end)
            # (in capitals: "FMLN URBAN COMMANDOS YESTERDAY DYNAMITED A POWER PYLON")
            and not (text[m.end : m.end + 40].isupper() and _NAMED_AS_GROUP_UPPER.match(text, m.end))
            and not _ACTED_AS_GROUP.match(text, m.end)
            and not _FOUGHT_WITH.search(text, max(0, m.start - 40), m.start)
            and not (
                _TIED_TO_GROUP.search(text, max(0, m.start - 40), m.start)
                and not _WING_AFTER.match(text, m.end)
            )
            and not any(
                o.entry.kind == "armed_group"
                or (
                    o.entry.category == "agency"
                    and (len(o.mention) >= 3 or not _ACRONYM.fullmatch(o.mention))
                )
                for o in beside
            )
        ):
            # "OPM", "FLA", "TIP": short acronyms name other things too often, unless another
            # armed group or a state force is named beside ("ISGS ... a JNIM fighter", "the
            # military and the AA clashed")
            return False
        return _ACTS.search(text, max(0, m.start - _NEAR), m.end + _NEAR) is not None
