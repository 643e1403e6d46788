from __future__ import annotations

import pytest

from veille.nlp.ner import truecase_for_ner
from veille.nlp.segment import is_upper_text, split_sentences


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_abbreviations_initials_and_quotes() -> None:
    t = (
        "Mr. J. Smith met Gen. Ali in the U.S. Embassy. He left at 5 p.m. "
        '"We acted," she said. Then it ended.'
    )
    assert _texts(t) == [
        "Mr. J. Smith met Gen. Ali in the U.S. Embassy.",
        'He left at 5 p.m. "We acted," she said.',
        "Then it ended.",
    ]


def test_bullets_and_paragraphs_split() -> None:
    t = "The ministry said:\n- 13 cells were dismantled\n- 8 nationals were repatriated\n\nNew paragraph here"
    assert _texts(t) == [
        "The ministry said:",
        "- 13 cells were dismantled",
        "- 8 nationals were repatriated",
        "New paragraph here",
    ]


def test_a_list_of_happenings_splits_at_its_semicolons() -> None:
    t = (
        "Officials are studying a May 2 attack on the port that killed 12 people; an attack on a hotel "
        "in Mopti on Friday that killed 8 people; and bombings in Gao that wounded three soldiers."
    )
    assert _texts(t) == [
        "Officials are studying a May 2 attack on the port that killed 12 people;",
        "an attack on a hotel in Mopti on Friday that killed 8 people;",
        "and bombings in Gao that wounded three soldiers.",
    ]
    # ... not a clause that tells more of the same happening, nor a short one
    t2 = "Gunmen attacked a checkpoint near Gao on Friday; the Macina group said it carried out the attack."
    assert len(_texts(t2)) == 1
    assert len(_texts("Two were killed; an attack followed.")) == 1


@pytest.mark.parametrize("text", ["", "   ", "No end", "A. B. C."])
def test_offsets_always_valid(text: str) -> None:
    for s in split_sentences(text):
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end].strip() == text[s.start : s.end]


def test_upper_case_wire_copy() -> None:
    t = "SAN SALVADOR, 3 JAN 90 (ACAN) -- GUERRILLAS ATTACKED A POST. TWO SOLDIERS DIED."
    assert is_upper_text(t)
    assert not is_upper_text("An ordinary sentence with NATO and the UN in it, written normally.")
    assert len(_texts(t)) == 2
    cased = truecase_for_ner(t)
    assert len(cased) == len(t)
    assert cased.startswith("San salvador, 3 jan 90")
