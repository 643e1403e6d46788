"""A cheap test run before a long regular expression: the strings any match must begin with.

Python's ``re`` tries every alternative of a long alternation at every position of a text; the
trigger rules have hundreds. Yet each alternative starts with a few fixed letters ("air strike",
"militants"), so a text that holds none of them cannot match, and testing that (``in`` on the
lowered text, done in C) costs a small part of the search. :func:`literal_prefixes` reads the
strings off the parsed pattern; :class:`Screens` tells which of many patterns a text may match.
The answer is always the same as the pattern's own: the screen only skips texts that cannot match.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

# the parser of the ``re`` module (private, stable since Python 3.11, and without type stubs)
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

# how many letters of each alternative the screen looks for: longer ones are rarer in a text, but
# more of them must be tried
PREFIX_LENGTH = 6
# a class of letters is written out when it has this many or fewer ("neutrali[sz]ed")
_SMALL_CLASS = 6
# repetitions unrolled before the prefix is cut short
_MAX_DEPTH = 40

# letters that ``re`` matches case-insensitively other than through str.lower() ("ſ" as "s", "ı"
# as "i"), or that lower into two ("İ"): a text holding one is searched whole
_casefix: Any = importlib.import_module("re._casefix")
_FOLDED = frozenset(
    chr(c) for key, same in _casefix._EXTRA_CASES.items() for c in (key, *same) if c >= 0x80
) | {"\u0130"}


def _prefixes(items: list[Any], i: int, room: int, depth: int) -> set[str]:
    """The lowered strings (at most ``room`` letters) that a match of ``items[i:]`` starts with;
    "" among them when it may start with something not written out (a word, any letter)."""
    if room == 0 or i == len(items):
        return {""}
    op, av = items[i]
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        # takes no letters: a word's edge, a look ahead or behind
        return _prefixes(items, i + 1, room, depth)
    if op is _c.LITERAL:
        rest = _prefixes(items, i + 1, room - 1, depth)
        return {chr(av).lower() + s for s in rest}
    if op is _c.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is _c.LITERAL:
                chars.add(chr(a).lower())
            elif o is _c.RANGE and a[1] - a[0] < _SMALL_CLASS:
                chars.update(chr(x).lower() for x in range(a[0], a[1] + 1))
            else:
                return {""}
        if len(chars) > _SMALL_CLASS:
            return {""}
        rest = _prefixes(items, i + 1, room - 1, depth)
        return {c + s for c in chars for s in rest}
    if op is _c.SUBPATTERN:
        return _prefixes(list(av[-1]) + items[i + 1 :], 0, room, depth)
    if op is _c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            out |= _prefixes(list(branch) + items[i + 1 :], 0, room, depth)
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        least, most, body = av
        if depth > _MAX_DEPTH:
            # cut short where the body ends: still a start of every match
            return _prefixes(list(body), 0, room, depth + 1)
        again = (
            [] if most == 1 else [(op, (max(least - 1, 0), most if most == _c.MAXREPEAT else most - 1, body))]
        )
        first = _prefixes(list(body) + again + items[i + 1 :], 0, room, depth + 1)
        if least == 0:
            return first | _prefixes(items, i + 1, room, depth + 1)
        return first
    return {""}


def literal_prefixes(pattern: re.Pattern[str], length: int = PREFIX_LENGTH) -> frozenset[str] | None:
    """The lowered strings, of at most ``length`` letters, one of which begins every match of
    ``pattern`` (none a start of another); None when a match may begin with a letter not written out."""
    found = _prefixes(list(_parser.parse(pattern.pattern, pattern.flags)), 0, length, 0)
    if "" in found:
        return None
    kept: list[str] = []
    for p in sorted(found, key=len):
        if not any(p.startswith(q) for q in kept):
            kept.append(p)
    return frozenset(kept)


class Screens:
    """Which of many ``patterns`` may match a text: those with one of their prefixes in it (the
    ones of full length looked up among the text's own slices of that length, the few shorter ones
    searched for), and those whose matches may start with anything."""

    __slots__ = ("count", "length", "always", "full", "short")

    def __init__(self, patterns: list[re.Pattern[str]], length: int = PREFIX_LENGTH) -> None:
        self.count = len(patterns)
        self.length = length
        always: set[int] = set()
        by_prefix: dict[str, set[int]] = {}
        for i, pattern in enumerate(patterns):
            found = literal_prefixes(pattern, length)
            if found is None:
                always.add(i)
                continue
            for p in found:
                by_prefix.setdefault(p, set()).add(i)
        self.always = frozenset(always)
        self.full = {p: frozenset(i) for p, i in by_prefix.items() if len(p) == length}
        self.short = tuple((p, frozenset(i)) for p, i in sorted(by_prefix.items()) if len(p) < length)

    def which(self, text: str) -> set[int]:
        """The indices of the patterns that may match ``text``."""
        low = text.lower()
        if not text.isascii() and not _FOLDED.isdisjoint(text):
            # a letter that ``re`` folds otherwise: no screen
            return set(range(self.count))
        k = self.length
        out = set(self.always)
        for gram in self.full.keys() & {low[j : j + k] for j in range(len(low) - k + 1)}:
            out |= self.full[gram]
        for p, idx in self.short:
            if p in low:
                out |= idx
        return out


_compiler: Any = importlib.import_module("re._compiler")
_EDGE = re.compile(r"\b")


def _alternatives(items: list[Any]) -> list[list[Any]]:
    """``items`` as a list of sequences one of which any match of it matches: its alternatives
    opened out, and theirs when they start with more (a group opened with its flags dropped, so
    that each matches what it did and maybe more)."""
    if items and items[0][0] is _c.SUBPATTERN:
        return _alternatives(list(items[0][1][-1]) + items[1:])
    if items and items[0][0] is _c.BRANCH:
        return [seq for branch in items[0][1][1] for seq in _alternatives(list(branch) + items[1:])]
    return [items]


class Prefixed:
    """``pattern``'s search and finditer, tried only where a match may start: where one of its
    alternatives' prefixes is written, or where one of the few alternatives with none (a word of
    any letters before "forces") matches. Same answers as the pattern's own."""

    __slots__ = ("pattern", "length", "full", "short", "loose", "plain", "edges")

    def __init__(self, pattern: re.Pattern[str], length: int = PREFIX_LENGTH) -> None:
        self.pattern = pattern
        self.length = length
        self.full: frozenset[str] = frozenset()
        self.short: tuple[str, ...] = ()
        self.loose: re.Pattern[str] | None = None
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        self.plain = parsed.getwidth()[0] == 0
        items = list(parsed)
        # the alternatives: after what takes no letters (a word's edge), before the rest
        i = 0
        while i < len(items) and items[i][0] in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            i += 1
        # every match starts at a word's edge
        self.edges = (_c.AT, _c.AT_BOUNDARY) in items[:i]
        if self.plain or i == len(items) or items[i][0] is not _c.BRANCH:
            self.plain = True
            return
        found: set[str] = set()
        loose = []
        for branch in _alternatives(items[i:]):
            got = _prefixes(branch, 0, length, 0)
            if "" in got:
                loose.append(branch)
            else:
                found |= got
        self.full = frozenset(p for p in found if len(p) == length)
        self.short = tuple(sorted(p for p in found if len(p) < length))
        if loose:
            # where one of them matches after the zero-width start (looked ahead, so that none
            # hides another)
            inner = _parser.SubPattern(parsed.state, [*items[:i], (_c.BRANCH, (None, loose))])
            ahead = _parser.SubPattern(parsed.state, [(_c.ASSERT, (1, inner))])
            self.loose = _compiler.compile(ahead, pattern.flags)

    def _starts(self, text: str, pos: int, endpos: int) -> list[int] | None:
        """Where a match may start in ``text[pos:endpos]``, in order; None: anywhere."""
        seg = text[pos:endpos]
        if self.plain or (not seg.isascii() and not _FOLDED.isdisjoint(seg)):
            return None
        low = seg.lower()
        k = self.length
        full = self.full
        if self.edges:
            out = [
                j
                for j in (m.start() for m in _EDGE.finditer(text, pos, endpos))
                if low[j - pos : j - pos + k] in full
            ]
        else:
            out = [pos + j for j in range(len(low) - k + 1) if low[j : j + k] in full]
        for p in self.short:
            j = low.find(p)
            while j != -1:
                out.append(pos + j)
                j = low.find(p, j + 1)
        if self.loose is not None:
            out.extend(m.start() for m in self.loose.finditer(text, pos, endpos))
        return sorted(set(out)) if self.short or self.loose is not None else out

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else min(endpos, len(text))
        starts = self._starts(text, pos, end)
        if starts is None:
            return self.pattern.search(text, pos, end)
        for j in starts:
            m = self.pattern.match(text, j, end)
            if m is not None:
                return m
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> list[re.Match[str]]:
        end = len(text) if endpos is None else min(endpos, len(text))
        starts = self._starts(text, pos, end)
        if starts is None:
            return list(self.pattern.finditer(text, pos, end))
        out: list[re.Match[str]] = []
        last = pos
        for j in starts:
            if j < last:
                continue
            m = self.pattern.match(text, j, end)
            if m is not None:
                out.append(m)
                last = m.end()
        return out
