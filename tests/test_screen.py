"""The screens before the long patterns (veille.extract._screen) never change an answer: a text
they skip cannot match, and where they try the pattern they find what its own search finds."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from veille.extract._screen import Prefixed, Screens, literal_prefixes
from veille.extract.lexicon import STRONG_CONTEXT, TRIGGERS, find_triggers

DEMO = Path(__file__).resolve().parents[1] / "src" / "veille" / "data" / "demo" / "articles.jsonl"

# sentences near the rules' words and folded letters ("ſ" matches "s" without lowering to it)
SENTENCES = [
    "Gunmen killed 12 soldiers in an ambush near Gao, the army said on Tuesday.",
    "Nigerian forces repelled an attack by Boko Haram militants on Monday.",
    "The UK air force and the US air force struck targets; RAF jets and Syrian troops followed.",
    'Police said the word "bomb" was written on the wall of the mosque.',
    "Airstrikes killed 30 militants, and security forces arrested three suspects in a raid.",
    "A court in Paris jailed six men for terrorism offences and acquitted a seventh.",
    "The ſuicide bomber and the İslamic State cell were named by the KELVIN unit.",
    "militants, militant, MILITANTS; Taliban fighters attacked a checkpoint overnight.",
    "France repatriated 35 children from camps in north-eastern Syria on Tuesday.",
    "",
    "a",
]


def _texts() -> list[str]:
    out = list(SENTENCES)
    if DEMO.exists():
        for line in DEMO.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.append((row.get("title") or "") + "\n\n" + row.get("text", ""))
    return out


def test_prefixes_of_a_simple_pattern() -> None:
    rx = re.compile(r"\b(?:air ?strikes?|drone strikes?|neutrali[sz]ed)\b", re.IGNORECASE)
    assert literal_prefixes(rx, 6) == frozenset({"air st", "airstr", "drone ", "neutra"})
    assert literal_prefixes(rx, 3) == frozenset({"air", "dro", "neu"})
    # an alternative that may start with any word has none
    assert literal_prefixes(re.compile(r"\b(?:bomb|\w+ attack)"), 6) is None
    # an optional opening word: both starts are prefixes
    assert literal_prefixes(re.compile(r"(?:big )?bangs?", re.IGNORECASE), 4) == frozenset({"big ", "bang"})


def test_trigger_screen_keeps_every_rule_that_matches() -> None:
    screens = Screens([t.pattern for t in TRIGGERS])
    for text in _texts():
        may = screens.which(text)
        for i, trig in enumerate(TRIGGERS):
            if trig.pattern.search(text):
                assert i in may, (trig.name, text[:80])


def test_trigger_screen_skips_texts_without_the_words() -> None:
    screens = Screens([t.pattern for t in TRIGGERS])
    assert len(screens.which("The weather was fine and the market rose.")) < len(TRIGGERS) // 2
    # a folded letter turns the screen off
    assert len(screens.which("The weather was ſunny.")) == len(TRIGGERS)


def test_find_triggers_same_as_every_pattern_searched() -> None:
    for text in _texts():
        plain = sorted(
            ((t.name, m.start(), m.end()) for t in TRIGGERS for m in t.pattern.finditer(text)),
            key=lambda x: (x[1], x[2]),
        )
        screened = [(t.name, a, b) for t, a, b in find_triggers(text)]
        # (find_triggers leaves out words quoted as written; none is in these texts but one)
        assert set(screened) <= set(plain)
        assert len(plain) - len(screened) <= 1, text[:80]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_strong_context_scan_same_as_the_pattern(seed: int) -> None:
    scan = Prefixed(STRONG_CONTEXT)
    assert not scan.plain and scan.loose is not None  # "[A-Z][a-z]+ian forces" has no prefix
    rnd = random.Random(seed)
    for text in _texts():
        spans = [(0, len(text))] + [
            tuple(sorted((rnd.randrange(len(text) + 1), rnd.randrange(len(text) + 1)))) for _ in range(4)
        ]
        for a, b in spans:
            want = [m.span() for m in STRONG_CONTEXT.finditer(text, a, b)]
            assert [m.span() for m in scan.finditer(text, a, b)] == want
            first = STRONG_CONTEXT.search(text, a, b)
            got = scan.search(text, a, b)
            assert (got.span() if got else None) == (first.span() if first else None)


def test_scan_finds_matches_that_start_with_any_word() -> None:
    scan = Prefixed(STRONG_CONTEXT)
    text = "On Monday Nigerian forces entered the town."
    assert [m.group(0) for m in scan.finditer(text)] == ["Nigerian forces"]
    assert scan.search("Nothing happened at the market.") is None


def test_scan_of_a_pattern_that_may_match_nothing_is_plain() -> None:
    rx = re.compile(r"(?:bomb)?")
    scan = Prefixed(rx)
    assert scan.plain
    assert [m.span() for m in scan.finditer("a bomb")] == [m.span() for m in rx.finditer("a bomb")]
