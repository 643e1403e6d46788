"""Happenings listed in one sentence, each in a place of its own.

"Analysts read recent attacks, such as last week's bombings in Brussels or the killings in Paris
last November, as a sign ..." names two happenings; "Trump responded to last year's attacks in
Paris and California" names two under one plural noun; "In Atlanta, an officer was ambushed on
Friday, and in Memphis a gunman opened fire on Thursday" two clauses, each opened by its place.
Read as one record, they become one event in two places on a wrong day. :func:`listed_groups`
cuts the sentence into the parts that tell each: the places of one part (a town and the region or
country it is written with, "Chattanooga, Tennessee"), the stretch of the sentence that is its
own, and the words of its own happening ("or the killings in Paris"), if it names one.

A plural noun over towns on one day ("Bomb blasts killed scores in Jableh and Tartous on Monday")
is one coordinated attack, with several places; the caller decides that from the record's date.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from veille.records import PlaceMention

# what joins two parts of a list: "Brussels or the killings in Paris", "Suruc ... and in Ankara"
_AND_OR = re.compile(r",?\s+(?:and|or)\s+", re.IGNORECASE)
# the words between two listed places, with no verb of their own (not "Kabul, and police said
# in Kandahar"): "and in the capital", "near the Syrian border and in the capital", "and western
# city of", "last month and"
_LIST_GAP = re.compile(
    r"[\s,]*(?:(?:and|or|in|at|on|near|of|the|a|an|its|their|city|town|capital|province|state|village|"
    r"district|region|border|area|outskirts|suburbs?|northern|southern|eastern|western|central|"
    r"north|south|east|west|[A-Z][\w'.-]*|"
    # (a part's venue: "on a cafe in Dhaka and at the main airport in Istanbul")
    r"main|airport|cafe|restaurant|hotel|market|mosque|church|school|station|stadium|nightclub|club|"
    # (a part's time: "in Brussels last month and attacks in Paris")
    r"last|this|year|month|week|\d{1,4})(?:[\s,]+|$)){0,8}",
)
_SAID = re.compile(r"\b(?:said|says|told|tells|announced|reported|added|according)\b", re.IGNORECASE)
# one place between two others: "on the road between Kabul and Jalalabad"
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
_MAX_GAP = 90
# ... and between the places of two clauses opened alike (each tells its own toll and time)
_MAX_CLAUSES_GAP = 160
# a clause opened by its place: "and in Tennessee"
_CLAUSE_OPENING = re.compile(r"(?:in|at|near)\s+(?:the\s+)?", re.IGNORECASE)
# clauses opened alike, each with its own happening: "after terrorist attacks in Paris in November
# claimed 130 lives and after a mass shooting in San Bernardino in December killed 14"
_SUBORDINATE = re.compile(r"(after|before|when|while|since|following)\s+", re.IGNORECASE)
# a clause told against the one before: ", while twin car bombs killed at least 57 people in"
_WHILE = re.compile(
    r",\s+(?:while|whereas)\s+(?=(?:[\w'-]+\s+){0,4}?(?:bombs?|blasts?|bombers?|attacks?|gunmen|explosions?)\b)",
    re.IGNORECASE,
)
# a clause of its own after "and", with its own doer or device and its own deed, up to its place: "A
# car bomb killed 15 people in Baghdad and a suicide bomber killed eight policemen in Kirkuk"
_AND_CLAUSE = re.compile(
    # (a subject of its own: not one named back, "and the blast wounded 30 people in Karrada")
    r"(?!(?:the|this|that|its|their|his|her|these|those)\b)"
    r"(?:(?:a|an|another|two|three|four|five|six|\d+|twin|separate)\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:bombs?|blasts?|bombers?|attacks?|attackers?|gunm[ae]n|explosions?|militants|assailants)\s+"
    r"(?:also\s+)?(?:killed|wounded|injured|exploded|went off|detonated|blew|attacked|stormed|struck|hit|"
    r"shot|opened fire|ripped)\b[^,;:]*?\b(?:in|at|near|on)\s+(?:(?:the|a|an)\s+)?(?:[\w'-]+\s+){0,3}?",
    re.IGNORECASE,
)
# a comma joins parts only inside a list that ends with "and" or "or" ("in Paris, Brussels and
# London"); otherwise it writes an address ("in Marwat Kas, Laghman, Afghanistan")
_BARE_COMMA = re.compile(r"\s*,\s*")
_LIST_GOES_ON = re.compile(
    r"(?:\s*,\s*[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})*\s*,?\s+(?i:and|or)\s+"
)
# a later part with a happening of its own, named by its noun, up to its place: "the killings in",
# "the 2009 shooting at" (a noun phrase, no verb: not "a man was killed at a bar in")
_OWN_PART = re.compile(
    r"(?:[\w'\u2019-]+\s+){0,4}?(attacks?|bombings?|blasts?|explosions?|shootings?|killings?|massacres?|"
    r"assaults?|rampages?|ambush(?:es)?|sieges?|kidnappings?|abductions?|stabbings?|beheadings?)"
    # (its time and its venue's words may come first: "the shooting last year at a predominantly
    # African American church in", no verb among them)
    r"\s+(?:(?:last|this) (?:year|month|week)\s+|in \d{4}\s+)?"
    r"(?:(?:in|at|on|near|of|the|a|an|its|their|city|town|capital|village)\s+|(?![\w-]*ed\b)[\w-]+\s+){0,6}"
    r"(?:in|at|on|near|of)\s+(?:(?:the|a|an|its|their|city|town|capital|village)\s+){0,2}",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Listed:
    """One part of a list: its places (indexes into the mentions), its stretch of the sentence,
    and the words of its own happening, when it names one."""

    places: tuple[int, ...]
    segment: tuple[int, int]
    hit: tuple[int, int] | None
    # a clause of its own joined by "and" ("... and a suicide bomber killed eight policemen in
    # Kirkuk"): the day told in the sentence is its too
    clause: bool = False


def listed_groups(
    text: str,
    sentence: tuple[int, int],
    mentions: Sequence[PlaceMention],
    together: Callable[[int, int], bool],
    hits: Sequence[tuple[int, int]],
) -> list[Listed] | None:
    """The parts of a list of happenings in ``sentence``, or None when its places are no list.

    ``mentions`` are the record's places in the sentence, in the order written; ``together(i,
    j)`` says whether mention ``j`` goes with mention ``i`` (one area, or one holds the other);
    ``hits`` are the spans of the sentence's words of happenings of the record's kind.
    """
    groups: list[list[int]] = []
    bounds: list[int] = []
    owns: list[tuple[int, int] | None] = []
    joined: list[bool] = []

    def clause(j: int, at: int, before: tuple[int, int], own: tuple[int, int], anded: bool = False) -> None:
        """Mention ``j`` opens a clause of its own at ``at``, told by the words ``own``; the part
        before it is told by ``before`` if it named no words yet (``anded``: joined by "and")."""
        if owns[-1] is None:
            owns[-1] = before
        groups.append([j])
        bounds.append(at)
        owns.append(own)
        joined.append(anded)

    for j, m in enumerate(mentions):
        with_last = groups and any(together(i, j) for i in groups[-1])
        if with_last:
            groups[-1].append(j)
            continue
        if any(together(i, j) for g in groups for i in g):
            return None  # a place of an earlier part again: no list
        if not groups:
            groups.append([j])
            bounds.append(sentence[0])
            owns.append(None)
            joined.append(False)
            continue
        last = mentions[groups[-1][-1]]
        gap = text[last.end : m.start]
        contrast = _WHILE.search(gap) if len(gap) <= _MAX_CLAUSES_GAP else None
        if contrast is not None and not _SAID.search(gap, contrast.end()):
            # "Multiple bomb blasts in a southern district of Damascus killed at least 62 people, the
            # ... Observatory said, while twin car bombs killed at least 57 people in Homs": a
            # clause of its own, with its own happening before its place
            at, opens = last.end + contrast.start(), last.end + contrast.end()
            mine = [h for h in hits if bounds[-1] <= h[0] and h[1] <= at]
            theirs = [h for h in hits if opens <= h[0] and h[1] <= m.start]
            if mine and theirs:
                clause(j, at, mine[0], theirs[0])
                continue
        if len(gap) > _MAX_CLAUSES_GAP or _SAID.search(gap):
            return None
        ands = list(_AND_OR.finditer(gap))
        if len(gap) > _MAX_GAP and not (ands and _SUBORDINATE.match(gap, ands[-1].end())):
            return None
        if ands:
            # "Brussels or the killings in Paris", "Chattanooga, Tennessee, and the 2009 shooting at
            # Fort Hood": the last "and" or "or" opens the part, with a noun of its own or none
            joint = ands[-1]
            rest = gap[joint.end() :]
            at = last.end + joint.start()
            opens = last.end + joint.end()
            told = [h for h in hits if last.end <= h[0] and h[1] <= at]
            after = [h for h in hits if m.end <= h[0]]
            if told and after and _CLAUSE_OPENING.fullmatch(rest):
                # clauses, each opened by its place: "In Georgia, an officer was ambushed on Friday,
                # and in Tennessee a man opened fire on Thursday"
                clause(j, at, told[0], after[0])
                continue
            mine = [h for h in hits if bounds[-1] <= h[0] and h[1] <= mentions[groups[-1][0]].start]
            sub = _SUBORDINATE.match(rest)
            theirs = [h for h in hits if opens <= h[0] and h[1] <= m.start]
            if (
                sub
                and mine
                and theirs
                and re.search(
                    rf"\b{sub.group(1)}\s+(?:[\w'-]+\s+){{0,3}}$",
                    text[bounds[-1] : mine[-1][0]],
                    re.IGNORECASE,
                )
            ):
                clause(j, at, mine[-1], theirs[0])
                continue
            if mine and theirs and _AND_CLAUSE.fullmatch(rest):
                # "A car bomb killed 15 people in Baghdad and a suicide bomber killed eight policemen
                # in Kirkuk": two clauses, each with its own deed before its place
                clause(j, at, mine[-1], theirs[0], anded=True)
                continue
            if not _LIST_GAP.fullmatch(gap[: joint.start()]):
                return None
            noun = _OWN_PART.fullmatch(rest)
            if noun is None and not _LIST_GAP.fullmatch(rest):
                return None
            own = (opens + noun.start(1), opens + noun.end(1)) if noun else None
        else:
            # a comma joins parts only inside a list that ends with "and" or "or" ("in Paris,
            # Brussels and London"); otherwise it writes an address ("in Marwat Kas, Laghman")
            if not _BARE_COMMA.fullmatch(gap) or not _LIST_GOES_ON.match(text, m.end):
                return None
            own, at = None, last.end
        lead = mentions[groups[-1][0]].start
        if _BETWEEN.search(text, max(sentence[0], lead - 40), lead):
            return None
        groups.append([j])
        bounds.append(at)
        owns.append(own)
        joined.append(False)
    if len(groups) < 2:
        return None
    # the first part names its own happening when a later one does: the one before the list
    if any(owns[1:]) and owns[0] is None:
        first = mentions[groups[0][0]].start
        owns[0] = next(((a, b) for a, b in reversed(hits) if sentence[0] <= a and b <= first), None)
    ends = bounds[1:] + [sentence[1]]
    return [
        Listed(tuple(g), (a, b), own, clause=anded)
        for g, a, b, own, anded in zip(groups, bounds, ends, owns, joined, strict=True)
    ]
