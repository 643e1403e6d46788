"""Name keys and tokens: how a place name in text meets a name in the gazetteer."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from unidecode import unidecode

_DROP_RE = re.compile(r"[.'`\u2019\u2018\u02bb\u02bc]")
_NON_ALNUM_RE = re.compile(r"[^a-z0-9]+")
_SENTENCE_GAP_RE = re.compile(r"[.!?:;\"\u201c\u2014]\s*[\"'\u201c\u2018(]?\s*$")

# Tokens: dotted abbreviations (U.S., B.C.), short capitalised abbreviations before a name
# (St. Louis, Mt. Kenya), then words with inner hyphens/apostrophes (al-Raqqa, N'Djamena).
TOKEN_RE = re.compile(
    r"(?:[^\W\d_]\.){2,}"
    r"|(?:St|Ste|Mt|Ft|Pt)\.(?=\s+[^\W\d_])"
    r"|[^\W_](?:[\w]|['\u2019\-](?=[^\W_]))*"
)


def name_key(name: str) -> str:
    """The lookup form of a name: ASCII, lower case, no dots or apostrophes, single spaces."""
    s = unicodedata.normalize("NFKC", name)
    s = unidecode(s).lower()
    s = _DROP_RE.sub("", s)
    return _NON_ALNUM_RE.sub(" ", s).strip()


def is_latin(name: str) -> bool:
    """True when every letter of ``name`` is Latin script (so unidecode keeps it readable)."""
    # Basic Latin to Latin Extended-B, and Latin Extended Additional (Vietnamese)
    return all(not ch.isalpha() or ch <= "\u024f" or "\u1e00" <= ch <= "\u1eff" for ch in name)


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the text by character offsets."""

    start: int
    end: int
    text: str

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()

    @property
    def lower(self) -> str:
        return self.text.lower()


def tokenize(text: str) -> list[Token]:
    """Words of ``text`` with their offsets."""
    return [Token(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]


def only_space_between(text: str, end: int, start: int, *, wrapped: bool = False) -> bool:
    """True when two tokens are separated by a few spaces only (no punctuation; no newline, or with
    ``wrapped`` one line break of wrapped wire copy)."""
    gap = text[end:start]
    if wrapped:
        return 0 < len(gap) <= 4 and gap.strip() == "" and gap.count("\n") <= 1
    return 0 < len(gap) <= 3 and gap.strip(" ") == ""


def sentence_starts(text: str, tokens: list[Token]) -> set[int]:
    """Indexes of tokens that open a sentence, a line or a quotation."""
    starts: set[int] = set()
    prev_end = 0
    for i, tok in enumerate(tokens):
        gap = text[prev_end : tok.start]
        if i == 0 or "\n" in gap or _SENTENCE_GAP_RE.search(gap):
            # "St." and "U.S." end in a dot but do not end a sentence
            prev = tokens[i - 1].text if i else ""
            if not (prev in ("St.", "Mt.", "Ft.", "Ste.", "Pt.") and "\n" not in gap):
                starts.add(i)
        prev_end = tok.end
    return starts
