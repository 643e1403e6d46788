"""Lenient perpetrator matching: a hand-written alias table, then weighted token similarity.

Two names that the table assigns to known, different groups never match. A group matches
itself and its parent organisation (ISKP matches "Islamic State", AQIM matches "al-Qaeda"),
never a sibling (ISKP does not match ISWAP; the Taliban do not match ISKP or the TTP).
Names the table does not know are compared by a weighted token-set similarity (generic words
such as "army" or "militants" weigh little), matching at 0.6 or more.

The table is written from general knowledge of the groups, not mined from any data set.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz.fuzz import ratio as fuzz_ratio
from unidecode import unidecode

SIMILARITY_THRESHOLD = 0.6

# group key -> parent group key
PARENTS: dict[str, str] = {
    "iskp": "islamic_state",
    "iswap": "islamic_state",
    "isgs": "islamic_state",
    "is_sinai": "islamic_state",
    "iscap": "islamic_state",
    "is_libya": "islamic_state",
    "is_somalia": "islamic_state",
    "is_yemen": "islamic_state",
    "is_algeria": "islamic_state",
    "is_pakistan": "islamic_state",
    "is_hind": "islamic_state",
    "is_east_asia": "islamic_state",
    "is_caucasus": "islamic_state",
    "aqim": "al_qaeda",
    "aqap": "al_qaeda",
    "aqis": "al_qaeda",
    "al_shabaab": "al_qaeda",
    "jnim": "al_qaeda",
    # (the Macina Liberation Front merged into JNIM at its founding in March 2017)
    "katiba_macina": "jnim",
    "haqqani": "taliban",
    "jamaat_ul_ahrar": "ttp",
    "extraditables": "medellin_cartel",
}

# Whole names (after folding) that are only safe as the entire name: short acronyms that are
# also English words or too ambiguous inside longer text.
EXACT_ONLY: dict[str, str] = {
    "is": "islamic_state",
    "sl": "shining_path",
    "let": "lashkar_e_taiba",
    "jem": "jaish_e_mohammed",
    "jas": "boko_haram",
    "npa": "npa",
    "bla": "bla",
}

_IS = r"\b(islamic state|isis|isil|is|daesh|daish|dawla\w*|wilaya\w*|province)\b"
_AQ = r"\b(qaeda|qaida|quaeda|qaeda|kaida|aq)\b"

# (group, pattern, context pattern or None). Order matters: specific before general, so that
# "Khorasan Chapter of the Islamic State" is ISKP and "Pakistani Taliban" is the TTP.
_RULES: list[tuple[str, str, str | None]] = [
    # Islamic State provinces
    ("iskp", r"\b(iskp|is k|isis k|isil k|daesh k)\b", None),
    ("iskp", r"\bkh[ou]r[ae]?ss?an\b", _IS),
    ("iswap", r"\b(iswap|iswa)\b", None),
    ("iswap", r"\bwest africa\w*\b", _IS),
    ("isgs", r"\b(isgs|issp|is gs|is sahel)\b", None),
    ("isgs", r"\b(greater sahara|sahel)\b", _IS),
    ("is_sinai", r"\bansar (bayt|beit|bait) al maqdis\b", None),
    ("is_sinai", r"\b(sinai|egypt)\b", _IS),
    ("iscap", r"\biscap\b", None),
    ("iscap", r"\b(central africa\w*|mozambique|congo)\b", _IS),
    ("is_libya", r"\b(libya|barqa|tripolitania|fezzan)\b", _IS),
    ("is_somalia", r"\bsomali\w*\b", _IS),
    ("is_yemen", r"\byemen\w*\b", _IS),
    ("is_algeria", r"\b(algeria\w*|jund al khilafa\w*)\b", _IS),
    ("is_pakistan", r"\bpakistan\w*\b", _IS),
    ("is_hind", r"\b(hind|india)\b", _IS),
    ("is_east_asia", r"\b(east asia|philippines?)\b", _IS),
    ("is_caucasus", r"\b(caucasus|qawqaz)\b", _IS),
    ("islamic_state", r"\b(islamic state|isis|isil|daesh|daish|ad dawla al islamiy\w*)\b", None),
    ("islamic_state", r"^is (group|militants?|fighters?|jihadists?|terrorists?|members?)$", None),
    # al-Qaeda and affiliates
    ("aqim", r"\b(aqim|gspc)\b", None),
    ("aqim", r"\b(islamic maghreb|maghreb)\b", _AQ),
    ("aqim", r"\bsalafist group for (preaching|call) and combat\b", None),
    ("aqap", r"\baqap\b", None),
    ("aqap", r"\barabian peninsula\b", _AQ),
    ("aqis", r"\baqis\b", None),
    ("aqis", r"\b(indian subcontinent|subcontinent)\b", _AQ),
    ("al_shabaab", r"\b(shabaa?b|shebaa?b)\b", None),
    ("jnim", r"\b(jnim|gsim)\b", None),
    ("jnim", r"\bnusrat? al islam\w* wa ?l? ?muslim\w*\b", None),
    ("jnim", r"\bsupport (of|for) (the )?islam and (the )?muslims\b", None),
    ("katiba_macina", r"\b(katiba|katibat) (macina|massina)\b", None),
    ("katiba_macina", r"\b(macina|massina) (liberation front|katiba|brigade)\b", None),
    ("katiba_macina", r"\bliberation du (macina|massina)\b", None),
    ("al_qaeda", r"\b(qaeda|qaida|quaeda|kaida)\b", None),
    # Syria
    ("hts", r"\b(hts|nusra|tahrir al sham|fat[ae]h al sham)\b", None),
    # Afghanistan, Pakistan, India
    ("jamaat_ul_ahrar", r"\bjamaat ul ahrar\b", None),
    ("ttp", r"\bttp\b", None),
    ("ttp", r"\bte?h?r[a-z]{0,3}k\w* (e |i )?taliban\b", None),
    ("ttp", r"\b(pakistani taliban|taliban pakistan)\b", None),
    ("haqqani", r"\bhaqq?ani\b", None),
    ("taliban", r"\b(taliban|taleban|islamic emirate of afghanistan)\b", None),
    ("lashkar_e_jhangvi", r"\blashkar (e |i )?jhangvi\b", None),
    ("lashkar_e_taiba", r"\blashkar (e |i )?t\w*ba\b", None),
    ("lashkar_e_taiba", r"\bjama?at ud dawa\b", None),
    ("jaish_e_mohammed", r"\bjaish (e |i )?moh?amm?[ae]d\b", None),
    ("hizbul_mujahideen", r"\bhizb ?ul mujahideen\b", None),
    ("cpi_maoist", r"\b(cpi maoist|communist party of india maoist|naxal\w*)\b", None),
    ("bla", r"\bbaloch\w* liberation army\b", None),
    # Africa
    ("boko_haram", r"\bboko haram\b", None),
    ("boko_haram", r"\bahl\w* (\w+ )?sunn?ah?\b.*\bd\w*aw", None),
    ("ansarul_islam", r"\bansar(ul|oul|ol|u)? (al |ul )?islam\b", None),
    ("ambazonian", r"\b(ambazon\w*|amba boys|southern cameroons?)\b", None),
    ("adf", r"\ballied democratic forces\b", None),
    # Middle East
    ("houthis", r"\b(houthi\w*|huthi\w*|hothi\w*|ansar ?allah)\b", None),
    ("hezbollah", r"\bh[ei]zb ?[aou]llah\b", None),
    ("hamas", r"\b(hamas|qassam)\b", None),
    ("pkk", r"\b(pkk|kurdistan workers\w*|partiya karkeren kurdistane?)\b", None),
    # Latin America
    ("fmln", r"\b(fmln|farabundo)\b", None),
    ("shining_path", r"\b(shining path|sendero luminoso|sendero|pcp sl)\b", None),
    ("shining_path", r"\bcommunist party of peru\b", None),
    ("farc", r"\b(farc|farc ep)\b", None),
    ("farc", r"\b(revolutionary armed forces of colombia|fuerzas armadas revolucionarias)\b", None),
    ("eln", r"\b(eln|uc eln)\b", None),
    ("eln", r"\b(national liberation army|army of national liberation)\b", None),
    ("eln", r"\bejercito de liberacion nacional\b", None),
    ("mrta", r"\b(mrta|tupac amaru)\b", None),
    ("epl", r"\b(epl|popular liberation army|ejercito popular de liberacion)\b", None),
    ("m19", r"\b(m 19|m19|april 19 movement|19th of april movement)\b", None),
    ("m19", r"\bmovimiento 19 de abril\b", None),
    ("fpmr", r"\b(fpmr|manuel rodriguez)\b", None),
    ("extraditables", r"\bextraditables?\b", None),
    ("medellin_cartel", r"\bmedellin\b.*\bcartel\b|\bcartel\b.*\bmedellin\b", None),
    # South-East Asia
    ("npa", r"\bnew people\w* army\b", None),
    ("abu_sayyaf", r"\babu sayy?af\b", None),
]

_COMPILED = [(g, re.compile(p), re.compile(c) if c else None) for g, p, c in _RULES]

_STOPWORDS = frozenset(
    {"the", "of", "and", "in", "for", "de", "la", "el", "los", "las", "del", "al", "wal", "y", "e"}
)
# Words that say what kind of actor it is, not which one: they count for little.
_GENERIC = frozenset(
    {
        "group", "front", "army", "armed", "force", "forces", "movement", "militant", "militia",
        "rebel", "guerrilla", "insurgent", "party", "organization", "organisation", "liberation",
        "national", "people", "peoples", "popular", "revolutionary", "islamic", "islamist",
        "extremist", "unknown", "gunman", "gunmen", "member", "fighter", "network", "brigade",
        "unit", "commando", "faction", "wing", "military", "jihadi", "jihadist", "inspired",
        "suspected", "cell", "men", "unidentified", "terrorist", "separatist",
    }
)  # fmt: skip
_GENERIC_WEIGHT = 0.25
_TOKEN_RATIO = 85.0


def _perp_fold(name: str) -> str:
    text = unidecode(name).lower()
    text = re.sub(r"['`\u2019]", "", text)
    return re.sub(r"[^0-9a-z]+", " ", text).strip()


def group_of(name: str) -> str | None:
    """The known group a name refers to, or None when the alias table does not know it."""
    folded = _perp_fold(name)
    if not folded:
        return None
    if folded.startswith("the "):
        folded = folded[4:]
    if folded in EXACT_ONLY:
        return EXACT_ONLY[folded]
    for group, pattern, context in _COMPILED:
        if pattern.search(folded) and (context is None or context.search(folded)):
            return group
    return None


def _lineage(group: str) -> list[str]:
    out = [group]
    while out[-1] in PARENTS:
        out.append(PARENTS[out[-1]])
    return out


def groups_related(a: str, b: str) -> bool:
    """The same group, or one is a parent organisation of the other."""
    return a in _lineage(b) or b in _lineage(a)


def _tokens(name: str) -> list[str]:
    out = []
    for tok in _perp_fold(name).split():
        if tok in _STOPWORDS:
            continue
        if len(tok) > 3 and tok.endswith("s") and not tok.endswith("ss"):
            tok = tok[:-1]
        out.append(tok)
    return out


def _weight(tok: str) -> float:
    return _GENERIC_WEIGHT if tok in _GENERIC else 1.0


def _same_token(a: str, b: str) -> bool:
    if a == b:
        return True
    return min(len(a), len(b)) >= 4 and fuzz_ratio(a, b) >= _TOKEN_RATIO


def token_similarity(a: str, b: str) -> float:
    """Weighted Dice overlap of the two names' token sets (fuzzy token equality)."""
    ta, tb = list(dict.fromkeys(_tokens(a))), list(dict.fromkeys(_tokens(b)))
    if not ta or not tb:
        return 0.0
    total = sum(map(_weight, ta)) + sum(map(_weight, tb))
    unused = list(tb)
    common = 0.0
    for tok in ta:
        for i, other in enumerate(unused):
            if _same_token(tok, other):
                common += _weight(tok) + _weight(other)
                del unused[i]
                break
    return common / total


@dataclass(frozen=True)
class PerpMatch:
    matched: bool
    reason: str


def names_match(predicted: str, gold: str) -> PerpMatch:
    """Whether a predicted perpetrator name designates the gold one."""
    gp, gg = group_of(predicted), group_of(gold)
    if gp is not None and gg is not None:
        related = groups_related(gp, gg)
        return PerpMatch(related, f"alias:{gp}~{gg}" if related else f"different:{gp}/{gg}")
    sim = token_similarity(predicted, gold)
    return PerpMatch(sim >= SIMILARITY_THRESHOLD, f"similarity:{sim:.2f}")


def any_names_match(predicted: Iterable[str], gold: Iterable[str]) -> bool:
    """True when any predicted name matches any gold alias."""
    golds = [g for g in gold if g]
    return any(names_match(p, g).matched for p in predicted if p for g in golds)
