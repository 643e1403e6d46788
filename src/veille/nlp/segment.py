"""A fast rule-based sentence splitter that keeps exact character offsets.

spaCy's parser is the slow part of its pipeline, and news needs only a few rules: abbreviations,
initials, datelines, bullets and blank lines, and a list of happenings told one to a clause after
semicolons. It also works on ALL-CAPS wire copy.
"""

from __future__ import annotations

import re

from veille.records import Sentence

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "cpt",
        "sgt",
        "cmdr",
        "adm",
        "gov",
        "sen",
        "rep",
        "pres",
        "st",
        "ste",
        "mt",
        "ft",
        "no",
        "nos",
        "vol",
        "fig",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "ltd",
        "corp",
        "co",
        "bros",
        "dept",
        "est",
        "approx",
        "vs",
        "etc",
        "al",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "jr",
        "sr",
        "rev",
        "hon",
        "gens",
        "lts",
    ]
)
# A sentence ends at . ! ? (optionally followed by quotes/brackets) before whitespace.
_END = re.compile(r"[.!?]+['\"\u2019\u201d)\]]*(?=\s)")
_BREAK = re.compile(r"\n\s*\n|\n(?=\s*(?:[-*\u2022\u2013]|\d+[.)])\s)")
# A period glued to the next sentence, as scraped pages join paragraphs and captions: "claimed by
# a Kurdish group.And in January, ..." (a word of three lower-case letters or more before it,
# so not "St.Louis" or "U.S.Army")
_GLUED = re.compile(r"(?<=[a-z]{3})\.(?=[A-Z][a-z]+\b)")
# A heading glued to its paragraph's first sentence, as scraped pages join them: "Ongoing
# investigationDallas detectives are ...", "Man shot in HoustonHouston police said ..." (a few words
# from the paragraph's start, the last one with no space before the next capital; the first word of
# the paragraph is never cut: "WhatsApp messages"; see split_sentences)
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_CAMEL = re.compile(r"[a-z]{3}[A-Z][a-z]")  # (a cheap test of a paragraph's head first)
_HEADING_GLUED = re.compile(
    r"[ \t]*[A-Z][\w'-]*(?:[ \t]+[\w'-]+){0,4}?[ \t]+[\w'-]*?[a-z]{3}(?=[A-Z][a-z]+\b)"
)
_LAST_WORD = re.compile(r"[\w'-]+$")
_HEAD = 80  # how far into a paragraph a glued heading ends


def _glued_headings(text: str) -> list[int]:
    """Where a heading glued to its paragraph's first sentence ends (see ``_HEADING_GLUED``): the
    words on both sides of the cut stand alone elsewhere in the text ("Houston" and "Houston",
    "victims" and "The"; not "Linked" and "In", "Huff" and "Post")."""
    out: list[int] = []
    for a in [0, *(m.end() for m in _PARAGRAPH.finditer(text))]:
        if not _CAMEL.search(text, a, a + _HEAD):
            continue
        m = _HEADING_GLUED.match(text, a, a + _HEAD + 20)
        if m is None:
            continue
        word = re.match(r"[A-Z][a-z]{2,}", text[m.end() : m.end() + 40])
        left = _LAST_WORD.search(text, max(a, m.end() - 40), m.end())
        if (
            word is not None
            and left is not None
            and re.search(rf"(?<![\w'-]){re.escape(word.group())}\b", text)
            and re.search(rf"(?<![\w'-]){re.escape(left.group())}(?![\w'-])", text)
        ):
            out.append(m.end())
    return out


# "...; an attack on a cafe in Dhaka on Friday that killed 20 people; a suicide truck bombing in
# Baghdad on Saturday ...": a list of happenings, one to a clause
_SEMI = re.compile(
    r";\s+(?=(?:and\s+)?(?:(?:an?|another|two|three|four|five|several|\d+)\s+(?:[\w'-]+\s+){0,4}?|"
    r"(?:[\w'-]+\s+){0,2}?)"
    r"(?:attacks?|bombings?|blasts?|explosions?|shootings?|ambush(?:es)?|raids?|kidnappings?|assaults?|"
    r"strikes?|airstrikes?|massacres?|stabbings?)\b)",
    re.IGNORECASE,
)


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` closes an abbreviation or an initial, not a sentence."""
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower().rstrip(".")
    if not word:
        return False
    if word in _ABBREVIATIONS:
        return True
    # Single initials ("J. Smith") and dotted acronyms ("U.S.") never end a sentence alone.
    return len(word) == 1 or ("." in word and all(len(p) <= 2 for p in word.split(".")))


def _next_starts_sentence(text: str, pos: int) -> bool:
    m = re.compile(r"\s*(\S)").match(text, pos)
    if not m:
        return False
    ch = m.group(1)
    return ch.isupper() or ch.isdigit() or ch in "\"'\u201c\u2018([-\u2022*"


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences of ``text`` as offsets; whitespace between sentences belongs to none."""
    cuts: set[int] = set()
    for m in _BREAK.finditer(text):
        cuts.add(m.start())
    for m in _GLUED.finditer(text):
        cuts.add(m.end())
    cuts.update(_glued_headings(text))
    for m in _SEMI.finditer(text):
        # each clause long enough to tell a happening of its own
        a = text.rfind("\n", 0, m.start())
        before = text[max(a + 1, m.start() - 400) : m.start()]
        after = text[m.end() : m.end() + 400]
        b = max(before.rfind(". "), before.rfind(";"))
        e = min([x for x in (after.find(". "), after.find(";"), after.find("\n")) if x >= 0] or [len(after)])
        if len(before[b + 1 :].split()) >= 6 and len(after[:e].split()) >= 6:
            cuts.add(m.end())
    for m in _END.finditer(text):
        end = m.end()
        if text[m.start()] == "." and m.end() - m.start() == 1 and _is_abbreviation(text, m.start()):
            continue
        if _next_starts_sentence(text, end):
            cuts.add(end)
    out: list[Sentence] = []
    start = 0
    for cut in sorted(cuts) + [len(text)]:
        s, e = start, cut
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Sentence(s, e))
        start = cut
    return tuple(out)


def is_upper_text(text: str) -> bool:
    """ALL-CAPS wire copy: almost no lower-case letters among many letters."""
    letters = [c for c in text[:5000] if c.isalpha()]
    if len(letters) < 20:
        return False
    lower = sum(1 for c in letters if c.islower())
    return lower / len(letters) < 0.03
