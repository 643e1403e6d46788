"""Language detection (py3langid): an ISO 639-1 code, or None when the text says too little.

Detection only fills a missing ``language``; a language the source gives is never overwritten.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any

from veille.records import Article

MIN_CHARS = 20
MIN_PROBABILITY = 0.5


@lru_cache(maxsize=1)
def _identifier() -> Any:
    # Loaded once per process (about 0.1 s); the model is read-only, so sharing it is safe.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, *, min_probability: float = MIN_PROBABILITY) -> str | None:
    """The language of ``text``; None for short text or an unsure guess."""
    sample = " ".join(text[:5000].split())
    if sum(ch.isalpha() for ch in sample) < MIN_CHARS:
        return None
    # Wire copy in ALL CAPS is common; the model was trained on ordinary case.
    if sample.isupper():
        sample = sample.lower()
    lang, prob = _identifier().classify(sample)
    return str(lang) if float(prob) >= min_probability else None


def with_language(article: Article) -> Article:
    """``article`` with its language detected from title and text, unless it already has one."""
    if article.language:
        return article
    lang = detect_language(f"{article.title or ''}\n{article.text}")
    if lang is None:
        return article
    return replace(article, language=lang)
