"""Length-preserving folding and the word tokenizer shared by the actor matchers.

Folding keeps one character for one character, so offsets into the folded text are offsets
into the original: accents are stripped ("Policía" -> "Policia"), curly quotes become "'"
and dashes become "-". Tokens are runs of letters and digits; an apostrophe inside a word
is dropped ("Jama'at" == "Jamaat"), a French or Italian elision is cut off ("l'État" ->
"Etat"), an English possessive is set aside ("Hezbollah's" -> "Hezbollah"), and a dotted
acronym is one token ("U.S." -> "US").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from itertools import accumulate


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x80, 0x250):
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        if len(base) == 1 and base != ch:
            table[cp] = base
    # Letters NFD leaves alone, then quote variants, dash variants and odd spaces, one for one.
    src = "ıłŁøØđĐħŀ’‘ʼʻ`´ʿʾ′‐‑‒–—―−\u00ad\u00a0\u2009\u202f"
    dst = "illoOdDhl" + "'" * 9 + "-" * 8 + " " * 3
    table.update({ord(a): b for a, b in zip(src, dst, strict=True)})
    return table


# A constant translation table, not a cache: it never changes after import.
FOLD_TABLE: dict[int, str] = _fold_table()

# French/Italian elided articles, cut off the front of a token ("l'Etat" -> "Etat").
_ELISIONS = frozenset(
    (
        "l",
        "d",
        "j",
        "n",
        "s",
        "c",
        "m",
        "t",
        "qu",
        "jusqu",
        "lorsqu",
        "puisqu",
        "dell",
        "all",
        "nell",
        "dall",
        "sull",
    )
)
# One capturing group, so that re.split yields separators and tokens in turn.
TOKEN_RE = re.compile(r"((?:[^\W\d_]\.){2,}|[^\W_]+(?:'[^\W_]+)*)")
# Between two words of one name: an optional possessive, then spaces, hyphens, "/", "&",
# apostrophes or brackets, at most one line break, never a comma or a full stop; then maybe
# an elided article that the tokenizer cut off the next word ("Mossos d'Esquadra").
_GAP_RE = re.compile(r"(?:'[sS])?[ \t\r\-/&'()]{0,3}(?:\n[ \t\r\-/&'()]{0,3})?(?:[^\W\d_]{1,6}')?")


def fold(text: str) -> str:
    """Strip accents and unify quotes and dashes, one character for one."""
    return text.translate(FOLD_TABLE)


@dataclass
class Tokens:
    """Parallel lists over the tokens of one folded text."""

    text: str
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    raws: list[str] = field(default_factory=list)
    norms: list[str] = field(default_factory=list)
    possessive: list[bool] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.norms)


def tokenize(folded: str) -> Tokens:
    """Tokenize an already folded text.

    Built from ``re.split`` and C-level list operations rather than one match object per
    token: this runs on every article and dominates the matchers' cost.
    """
    parts = TOKEN_RE.split(folded)
    words = parts[1::2]
    bounds = list(accumulate(map(len, parts), initial=0))
    starts, ends = bounds[1:-1:2], bounds[2::2]
    possessive = [False] * len(words)
    if "'" in folded:
        for k, w in enumerate(words):
            if "'" not in w:
                continue
            head, _, rest = w.partition("'")
            if rest and head.lower() in _ELISIONS:
                starts[k] += len(head) + 1
                w = rest
            if len(w) > 2 and w[-2:] in ("'s", "'S"):
                w = w[:-2]
                ends[k] -= 2
                possessive[k] = True
            words[k] = w
    joined = "\x00".join(words)
    if "'" in joined or "." in joined:
        joined = joined.replace("'", "").replace(".", "")
    raws = joined.split("\x00") if words else []
    norms = joined.lower().split("\x00") if words else []
    return Tokens(folded, starts, ends, raws, norms, possessive)


def key_of(phrase: str) -> tuple[str, ...]:
    """The lookup key of a phrase: its folded, lower-cased tokens."""
    return tuple(tokenize(fold(phrase)).norms)


def raw_tokens(phrase: str) -> tuple[str, ...]:
    """A phrase's tokens as written (folded, not lower-cased)."""
    return tuple(tokenize(fold(phrase)).raws)


def gap_ok(folded: str, end: int, start: int) -> bool:
    """Whether two tokens are close enough to belong to one name ("al-Qaeda", "Blood & Honour")."""
    return start == end or _GAP_RE.fullmatch(folded, end, start) is not None
