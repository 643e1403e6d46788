"""People's names in ALL-CAPS wire copy, where NER cannot see them.

Upper-case copy ("DIEGO MONTANA CUELLAR, PRESIDENT OF THE PATRIOTIC UNION") gives NER no capitals
to go by, so a surname that is also a place (Montana, Ponce, Colorado, Montenegro) is read as the
place. Two small rules find the person instead:

- a place name told right after a given name, or after a rank and a name ("COLONEL RENE EMILIO
  PONCE", "ATTORNEY GENERAL MAURICIO COLORADO", "CORPORAL ALIPIO ARCELA MADRID"), is a surname,
  and the article's other mentions of it are the same person ("PONCE SAID");
- a place that is itself a given name, followed by a name that is no English word ("RAMIRO
  CASTILLO", "ORLANDO AREVALO"), is a first name.

The given names are a hand-written list in ``data/geo/given_names.txt``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from spacy.lang.en.stop_words import STOP_WORDS
from wordfreq import zipf_frequency

from veille.geo.lexicon import TITLES
from veille.geo.text import Token, only_space_between

# ranks and offices told before a full name ("CORPORAL ALIPIO ARCELA MADRID"): the titles the
# recognizer knows, and a few more
RANKS = TITLES | frozenset(
    {
        "major",
        "lieutenant",
        "sergeant",
        "corporal",
        "commander",
        "deputy",
        "justice",
        "mayor",
        "governor",
        "ambassador",
        "bishop",
        "archbishop",
        "monsignor",
    }
)
# a word at most this frequent in English may be part of a name ("GARCIA" 3.9, "CUELLAR" 2.2;
# "ATTACKED" 4.3, "POLICE" 5.4)
NAME_WORD_ZIPF = 4.0
# the word after a given name, at most this frequent, is a surname ("CASTILLO" 3.1, "AREVALO")
SURNAME_AFTER_ZIPF = 3.5
# names told before the place, at most
_REACH = 3


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The given names of ``data/geo/given_names.txt`` (lower case)."""
    path = resources.files("veille") / "data" / "geo" / "given_names.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


def _name_word(tok: Token) -> bool:
    low = tok.lower
    return (
        tok.text.isalpha()
        and len(low) >= 2
        and low not in STOP_WORDS
        and (low in given_names() or zipf_frequency(low, "en") < NAME_WORD_ZIPF)
    )


def person_names(
    text: str, tokens: Sequence[Token], spans: Sequence[tuple[int, int, int, str]]
) -> tuple[set[int], frozenset[str]]:
    """Which place spans of upper-case ``text`` are parts of people's names.

    ``spans`` are (index, first token, last token, key) of the candidate places. Returns the
    indexes to drop and the keys found as surnames (the caller drops their other mentions)."""
    given = given_names()
    firsts: set[int] = set()
    for idx, _i, j, key in spans:
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        if (
            key in given
            and nxt is not None
            and only_space_between(text, tokens[j].end, nxt.start, wrapped=True)
            and nxt.text.isalpha()
            and len(nxt.text) >= 3
            and nxt.lower not in STOP_WORDS
            and nxt.lower not in given
            and zipf_frequency(nxt.lower, "en") < SURNAME_AFTER_ZIPF
        ):
            firsts.add(idx)
    # a name word may not be a place told just before ("SAN JOSE COSTA RICA"), unless that place
    # is a first name itself
    placed = {t for idx, i, j, _k in spans if idx not in firsts for t in range(i, j + 1)}
    drop = set(firsts)
    surnames: set[str] = set()
    for idx, i, _j, key in spans:
        if idx in firsts:
            continue
        k = i
        named = False
        while k > 0 and i - k < _REACH:
            prev = tokens[k - 1]
            if k - 1 in placed or not only_space_between(text, prev.end, tokens[k].start, wrapped=True):
                break
            low = prev.lower
            if low in RANKS and k < i:
                named = True  # a rank, then at least one name, then the place
                break
            if not _name_word(prev):
                break
            if low in given:
                named = True
            k -= 1
        if named:
            drop.add(idx)
            surnames.add(key)
    return drop, frozenset(surnames)
