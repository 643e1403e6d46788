"""Remove the names of people from anything an export writes.

A person is an actor of kind ``person`` (in ``actors`` or inside ``claims``). Their name and the
mention as written become ``[redacted person]``, and so does every other occurrence of the
name, or of one of its words of four letters or more, in any text the event or record carries:
evidence sentences, the summary, the date expression, link reasons, claims. Ids are left as
they are. Redacting too much (a group that shares a word with a person's name) is preferred to
leaving a name behind.
"""

from __future__ import annotations

import re
from typing import Any

REDACTED = "[redacted person]"
# Keys whose strings are identifiers, never prose.
ID_KEYS = frozenset({"id", "record_ids", "article_ids", "record_id", "event_id", "article_id"})
# Words that often sit in a person's canonical name but are not the name.
NOT_NAMES = frozenset(
    {"abou", "minister", "general", "colonel", "judge", "sheikh", "imam", "emir", "president"}
)


def _persons(obj: Any, out: set[str]) -> None:
    if isinstance(obj, dict):
        if obj.get("kind") == "person":
            for key in ("name", "mention"):
                if isinstance(obj.get(key), str) and obj[key].strip() and obj[key] != REDACTED:
                    out.add(obj[key].strip())
        for value in obj.values():
            _persons(value, out)
    elif isinstance(obj, list | tuple):
        for value in obj:
            _persons(value, out)


def name_pattern(names: set[str]) -> re.Pattern[str] | None:
    """A pattern for the names and their longer words (longest first), case-insensitive."""
    terms = set(names)
    for name in names:
        for word in re.findall(r"[^\W\d_][\w'’-]*", name):
            if len(word) >= 4 and word.lower() not in NOT_NAMES:
                terms.add(word)
    if not terms:
        return None
    alts = "|".join(re.escape(t) for t in sorted(terms, key=lambda t: (-len(t), t)))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE)


def _scrub(obj: Any, pattern: re.Pattern[str], key: str | None = None) -> Any:
    if key in ID_KEYS:
        return obj
    if isinstance(obj, str):
        return pattern.sub(REDACTED, obj)
    if isinstance(obj, dict):
        if obj.get("kind") == "person":
            obj = {**obj, **{k: REDACTED for k in ("name", "mention") if obj.get(k) is not None}}
        return {k: _scrub(v, pattern, k) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_scrub(v, pattern, key) for v in obj]
    return obj


def redact_persons(item: dict[str, Any]) -> dict[str, Any]:
    """A copy of an event or record dict with every person's name removed."""
    names: set[str] = set()
    _persons(item, names)
    pattern = name_pattern(names)
    if pattern is None:
        return item
    out: dict[str, Any] = _scrub(item, pattern)
    return out
