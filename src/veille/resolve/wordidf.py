"""Word weights that do not depend on which other records are being resolved.

``blocking.v2`` fits its inverse document frequencies on the records of one resolution, so adding
one article shifts every score a little and only a full re-resolution is exact. ``blocking.v3``
weighs a word by how common it is in the language at large (``wordfreq``'s Zipf scale): the
score of a pair then depends on that pair alone, which is what lets a new article attach to the
events around it and give exactly the result a full re-resolution would.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from wordfreq import zipf_frequency

from veille.resolve.text import Vector, unit

COMMON_ZIPF = 7.5  # "the", "of": weight 1 (tuned on the resolution gold: 5.5 and 6.5 split one conviction)
UNKNOWN_ZIPF = 0.0  # a name the language lists nowhere: the heaviest weight
RARE_ZIPF = 2.5  # at most about 3 uses in a million words: a name, a venue, a district
LANGUAGES = ("en", "fr", "es", "de", "ar")


class WordWeights:
    """``weight(word) = 1 + ln(10) * (COMMON_ZIPF - zipf)``, at least 1; memoised per instance."""

    def __init__(self, languages: Sequence[str] = LANGUAGES) -> None:
        self.languages = tuple(languages)
        self._zipf: dict[str, float] = {}

    def zipf(self, word: str) -> float:
        got = self._zipf.get(word)
        if got is None:
            got = max((zipf_frequency(word, lang) for lang in self.languages), default=UNKNOWN_ZIPF)
            self._zipf[word] = got
        return got

    def weight(self, word: str) -> float:
        return 1.0 + math.log(10) * max(0.0, COMMON_ZIPF - self.zipf(word))

    def rare(self, word: str) -> bool:
        """Whether ``word`` is rare enough to find an event by (a name, not "police").

        Keys that start with NUL are not words (``blocking.v3e`` puts embedding dimensions there).
        """
        return not word.startswith("\x00") and self.zipf(word) <= RARE_ZIPF

    def vector(self, toks: Sequence[str]) -> Vector:
        tf = Counter(toks)
        return unit({w: (1 + math.log(c)) * self.weight(w) for w, c in tf.items()})
