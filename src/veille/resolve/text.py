"""Cheap lexical similarity over evidence sentences: TF-IDF word vectors and their cosine.

The vocabulary and the inverse document frequencies come from the records being resolved, so
the same set of records always gives the same vectors, whatever their order. Names of people,
places and venues ("Merabet", "Hayatabad", "Halle Tony Garnier") are what this mostly catches.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from veille.resolve.features import norm

Vector = dict[str, float]
RARE_DF = 20

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
STOPWORDS = frozenset(
    [
        "a",
        "about",
        "after",
        "against",
        "ago",
        "all",
        "also",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "been",
        "before",
        "being",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "during",
        "each",
        "earlier",
        "for",
        "from",
        "had",
        "has",
        "have",
        "he",
        "her",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "last",
        "later",
        "least",
        "more",
        "most",
        "much",
        "near",
        "new",
        "no",
        "not",
        "now",
        "of",
        "off",
        "on",
        "one",
        "only",
        "or",
        "other",
        "our",
        "out",
        "over",
        "own",
        "said",
        "says",
        "same",
        "she",
        "should",
        "since",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "told",
        "two",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "within",
        "would",
        "year",
        "years",
        "yesterday",
        "today",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "week",
        "weeks",
        "day",
        "days",
        "month",
        "months",
    ]
)


def tokens(text: str) -> list[str]:
    """Words worth comparing: folded, without stop words and one-letter tokens."""
    return [
        w.removesuffix("'s")
        for w in _WORD.findall(norm(text))
        if len(w) > 1 and w not in STOPWORDS and not w.startswith("'")
    ]


class Tfidf:
    """Inverse document frequencies fitted on a set of texts; turns a text into a unit vector."""

    def __init__(self, docs: Iterable[Sequence[str]]) -> None:
        df: Counter[str] = Counter()
        n = 0
        for toks in docs:
            n += 1
            df.update(set(toks))
        self.n = n
        self.df = df
        self.idf = {w: math.log((1 + n) / (1 + c)) + 1.0 for w, c in df.items()}
        self.rare_df = max(RARE_DF, n // 1000)

    def rare(self, word: str) -> bool:
        """Whether ``word`` is rare enough to find a document by (at most 0.1% of them)."""
        return self.df.get(word, 0) <= self.rare_df

    def vector(self, toks: Sequence[str]) -> Vector:
        tf = Counter(toks)
        default = math.log(1 + self.n) + 1.0
        v = {w: (1 + math.log(c)) * self.idf.get(w, default) for w, c in tf.items()}
        return unit(v)


def unit(v: Vector) -> Vector:
    s = math.sqrt(sum(x * x for x in v.values()))
    return {w: x / s for w, x in v.items()} if s else {}


def centroid(vectors: Iterable[Vector], top: int | None = None) -> Vector:
    """The normalised sum of unit vectors (an event's wording from all its reports).

    With ``top``, only the heaviest ``top`` terms are kept (ties broken by the term).
    """
    acc: dict[str, float] = {}
    for v in vectors:
        for w, x in v.items():
            acc[w] = acc.get(w, 0.0) + x
    if top is not None and len(acc) > top:
        acc = dict(sorted(acc.items(), key=lambda kv: (-kv[1], kv[0]))[:top])
    return unit(acc)


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())
