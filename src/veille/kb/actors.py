"""The curated actor knowledge base and its matcher.

``ActorKB.load()`` reads the versioned data in ``veille/data/kb`` (armed groups, agencies and
international bodies, news outlets, false friends, generic phrases, demonyms); ``find`` returns
the named actors in a text and ``find_generic`` the common-noun ones ("gunmen", "Nigerian
troops"), both by character offsets.

Matching rule, decided once here and documented in ``manifest.json``:

* An alias matches as whole words, ignoring case, accents, apostrophes inside words and the
  separators between words ("al-Qaeda" == "Al Qaeda" == "AL-QAIDA"). Leftmost, then longest
  match wins; matches never overlap.
* Aliases in an entry's ``case_sensitive`` list, every alias of one or two characters ("AQ",
  "JI") and every alias with a capitalised word of one or two characters ("IS group",
  "IS-K"), match only as written ("ETA", never "eta"). In ALL-CAPS text case proves
  nothing, so there they also need a cue word within four words (see ``GROUP_CUES`` and
  ``AGENCY_CUES``).
* Aliases in ``needs_context`` ("IS", "RAID", "MIT", "PDF") match only as written, only with
  a cue (a cue word within four words; for an armed group's one- or two-letter alias also
  "the"/"of"/"by"/"against"... just before, a possessive, or the alias in parentheses), and
  never in ALL-CAPS text.
* A one-word acronym alias ("CIA", "NATO") matches "CIA", "Nato", but never all-lowercase
  "cia" or "nato", which are words in other languages more often than the actor.
* An alias shared by several entries ("AFP", "ADF", "NIA") goes to the entry whose countries
  meet the caller's ``countries`` hint, else to the entry listing it in ``default_for``.
* A body of one country also matches its aliases with the country's other names ("Morocco's
  police" for the alias "Moroccan police"), and a ministry any words for that ministry with the
  country ("Morocco's interior minister" for "Moroccan Interior Ministry"); a derived form two
  bodies would share, or one an alias already has, is left out.
* News outlets ("AFP" the agency) and false friends ("North Sinai Province") are matched so
  that they hide nothing wrong, and are not reported unless asked for.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import Any

from veille.errors import VeilleError
from veille.kb.text import Tokens, fold, gap_ok, key_of, raw_tokens, tokenize
from veille.records import ACTOR_KINDS, ACTOR_ROLES, Actor

CATEGORIES: tuple[str, ...] = ("group", "agency", "media")
_FILES: tuple[tuple[str, str], ...] = (
    ("armed_groups.jsonl", "group"),
    ("agencies.jsonl", "agency"),
    ("media.jsonl", "media"),
)
_WINDOW = 4


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


GROUP_CUES: frozenset[str] = _words(
    """group groups militant militants jihadist jihadists jihadi jihadis fighter fighters insurgent
    insurgents insurgency terrorist terrorists terror extremist extremists rebel rebels militia
    militias militiamen guerrilla guerrillas separatist separatists claimed claim claims claiming
    responsibility allegiance pledged affiliate affiliated affiliates linked inspired loyal
    member members cell cells supporter supporters sympathiser sympathisers sympathizer
    sympathizers leader leaders commander commanders emir attack attacks attacked bombing bombings
    ambush ambushed kidnapped abducted organisation organization caliphate jihad province wing
    faction splinter recruit recruits recruited recruitment operative operatives suspected alleged
    banned outlawed proscribed designated neo nazi nazis supremacist supremacists accelerationist
    mercenaries mercenary basque republican loyalist paramilitary offshoot propaganda ideology
    fugitive fugitives hideout stronghold fighting clash clashes clashed battle battles fought
    outpost outposts offensive between suspect suspects detainees brides returnees commandos
    column columns dynamited sabotaged sabotage blew
    groupe cellule djihadiste djihadistes jihadiste jihadistes terroriste terroristes revendique
    membres combattants partisans grupo terrorista terroristas yihadista yihadistas banda"""
)
AGENCY_CUES: frozenset[str] = _words(
    """police policemen policeman officer officers agent agents agency unit units squad force forces
    commander commanders
    troops soldiers army military intelligence service services commando commandos elite special
    operation operations arrested arrest arrests detained detain raided investigators investigation
    investigating spokesman spokesperson spokeswoman chief director head ministry minister court
    prosecutor prosecutors prosecution judge charged charges counterterrorism terrorism security
    officials peacekeepers mission council resolution sanctions envoy deployed personnel detectives
    surveillance spy spies patrol checkpoint custody strike strikes airstrike airstrikes coalition
    deployment government policiers enqueteurs gendarmes militaires soldats agentes policias
    detenidos detenido interpellations"""
)
# Just before an armed group's needs-context alias: "the IS", "of IS", "against IS".
_GROUP_PRE_CUES: frozenset[str] = _words(
    "the of by against pro anti ex former to from with join joined joining fight fighting defeat"
)
_THE = "the"


class KBError(VeilleError):
    """The actor knowledge base data is unreadable or inconsistent."""


def _frozen_map(d: Mapping[str, Any] | None) -> Mapping[str, str | bool | None]:
    return MappingProxyType(dict(d or {}))


@dataclass(frozen=True)
class ActorEntry:
    """One named actor: an armed group, an agency or international body, or a news outlet."""

    id: str
    name: str
    kind: str
    category: str = "group"
    aliases: tuple[str, ...] = ()
    country_codes: tuple[str, ...] = ()
    # where an international body works, for a mission tied to countries (MINUSMA in Mali):
    # a prior for places, never the actor's own country
    operates_in: tuple[str, ...] = ()
    parent: str | None = None
    related: tuple[str, ...] = ()
    designations: Mapping[str, str | bool | None] = field(
        default_factory=lambda: _frozen_map(None), hash=False
    )
    ideology: str | None = None
    active: str | None = None
    loose: bool = False
    source: str = ""
    note: str | None = None
    case_sensitive: frozenset[str] = frozenset()
    needs_context: frozenset[str] = frozenset()
    shared: frozenset[str] = frozenset()
    default_for: frozenset[str] = frozenset()
    # the country's own armed forces, which "soldiers" or "the army" stand for in a story told
    # there when no force is named (one per country)
    national: bool = False
    # a group whose cells, attacks and followers are reported far beyond its own countries (the
    # Islamic State, al-Qaeda): its naming says nothing of where a story is
    worldwide: bool = False
    # a body whose only remit is terrorism (India's NIA, Indonesia's Densus 88, France's PNAT): its
    # act is a counter-terrorism act, as much as one told with "terror" in the sentence
    counter_terrorism: bool = False

    @property
    def country_code(self) -> str | None:
        """The main country, or None (international bodies, transnational groups)."""
        return self.country_codes[0] if self.country_codes else None

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by every alias."""
        return (self.name, *self.aliases)

    def designated_by(self) -> tuple[str, ...]:
        """The authorities that list this actor (e.g. ``("UN", "US", "UK")``)."""
        return tuple(k for k, v in self.designations.items() if v)

    def to_dict(self) -> dict[str, Any]:
        """The data-file shape of the entry."""
        d: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "aliases": list(self.aliases),
            "parent": self.parent,
            "source": self.source,
        }
        if self.category == "group":
            d.update(
                ideology=self.ideology,
                countries=list(self.country_codes),
                designations=dict(self.designations),
                active=self.active,
            )
        else:
            d["country_code"] = self.country_code
            if self.designations:
                d["designations"] = dict(self.designations)
            if self.active:
                d["active"] = self.active
            if self.operates_in:
                d["operates_in"] = list(self.operates_in)
        for key in ("case_sensitive", "needs_context", "shared", "default_for"):
            values: frozenset[str] = getattr(self, key)
            if values:
                d[key] = sorted(values)
        if self.related:
            d["related"] = list(self.related)
        if self.loose:
            d["loose"] = True
        if self.national:
            d["national"] = True
        if self.worldwide:
            d["worldwide"] = True
        if self.counter_terrorism:
            d["counter_terrorism"] = True
        if self.note:
            d["note"] = self.note
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], category: str = "group") -> ActorEntry:
        """Read one data-file line (``countries`` for groups, ``country_code`` for the rest)."""
        if "countries" in d:
            ccs = tuple(d["countries"] or ())
        else:
            ccs = (d["country_code"],) if d.get("country_code") else ()
        return cls(
            id=str(d["id"]),
            name=str(d["name"]),
            kind=str(d.get("kind") or "unknown"),
            category=category,
            aliases=tuple(d.get("aliases") or ()),
            country_codes=ccs,
            operates_in=tuple(d.get("operates_in") or ()),
            parent=d.get("parent"),
            related=tuple(d.get("related") or ()),
            designations=_frozen_map(d.get("designations")),
            ideology=d.get("ideology"),
            active=d.get("active"),
            loose=bool(d.get("loose", False)),
            source=str(d.get("source") or ""),
            note=d.get("note"),
            case_sensitive=frozenset(d.get("case_sensitive") or ()),
            needs_context=frozenset(d.get("needs_context") or ()),
            shared=frozenset(d.get("shared") or ()),
            default_for=frozenset(d.get("default_for") or ()),
            national=bool(d.get("national", False)),
            worldwide=bool(d.get("worldwide", False)),
            counter_terrorism=bool(d.get("counter_terrorism", False)),
        )


@dataclass(frozen=True)
class GenericEntry:
    """A common-noun actor phrase family ("gunmen", "security forces") with a default role."""

    id: str
    name: str
    kind: str
    role: str | None
    phrases: tuple[str, ...]
    qualified_only: bool = False
    source: str = ""
    note: str | None = None

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> GenericEntry:
        return cls(
            id=str(d["id"]),
            name=str(d["name"]),
            kind=str(d["kind"]),
            role=d.get("role"),
            phrases=tuple(d.get("phrases") or ()),
            qualified_only=bool(d.get("qualified_only", False)),
            source=str(d.get("source") or ""),
            note=d.get("note"),
        )


@dataclass(frozen=True)
class NonActor:
    """Phrases that look like an alias but are not an actor ("North Sinai Province")."""

    id: str
    phrases: tuple[str, ...]
    note: str = ""
    source: str = ""


@dataclass(frozen=True)
class ActorMatch:
    """A named actor found in a text; ``candidates`` lists every entry the alias could mean."""

    start: int
    end: int
    mention: str
    entry: ActorEntry
    alias: str = ""
    candidates: tuple[ActorEntry, ...] = ()

    def actor(self, role: str, country_code: str | None = None) -> Actor:
        """The CONTRACT actor for this match."""
        return Actor(
            name=self.entry.name,
            mention=self.mention,
            kind=self.entry.kind,
            role=role,
            country_code=country_code or self.entry.country_code,
        )


@dataclass(frozen=True)
class GenericMatch:
    """A common-noun actor found in a text; ``country_code`` comes from a qualifier such as
    "Nigerian" or "Mali's", which the span then includes."""

    start: int
    end: int
    mention: str
    entry: GenericEntry
    country_code: str | None = None

    def actor(self, role: str | None = None) -> Actor:
        """The CONTRACT actor for this match, with the entry's default role unless given."""
        return Actor(
            name=self.entry.name,
            mention=self.mention,
            kind=self.entry.kind,
            role=role or self.entry.role or "agent",
            country_code=self.country_code,
        )


@dataclass(frozen=True)
class _Term:
    """One alias of one entry (or of a non-actor, when ``entry`` is None) at a trie node."""

    key: tuple[str, ...]
    alias: str
    raws: tuple[str, ...]
    entry: ActorEntry | None
    case_sensitive: bool
    needs_context: bool
    default: bool
    # A one-word acronym ("CIA", "NATO") also matches "Nato" but never all-lowercase "nato".
    no_lower: bool = False


class _Node:
    __slots__ = ("children", "terms")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.terms: list[_Term] = []


def _insert(root: _Node, key: tuple[str, ...]) -> _Node:
    node = root
    for tok in key:
        nxt = node.children.get(tok)
        if nxt is None:
            nxt = node.children[tok] = _Node()
        node = nxt
    return node


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    term: _Term
    options: tuple[_Term, ...] = ()

    @property
    def candidates(self) -> tuple[ActorEntry, ...]:
        """Every entry a shared alias could mean (empty when it means one)."""
        out: list[ActorEntry] = []
        for t in self.options:
            if t.entry is not None and t.entry not in out:
                out.append(t.entry)
        return tuple(out) if len(out) > 1 else ()


class ActorKB:
    """The actor knowledge base: entries, their aliases, and matchers over them."""

    def __init__(
        self,
        entries: Iterable[ActorEntry],
        generic: Iterable[GenericEntry] = (),
        nonactors: Iterable[NonActor] = (),
        demonyms: Mapping[str, Iterable[str]] | None = None,
        version: str = "",
    ) -> None:
        self.version = version
        self._entries: list[ActorEntry] = list(entries)
        self._by_id: dict[str, ActorEntry] = {}
        self._generic: list[GenericEntry] = list(generic)
        self._nonactors: list[NonActor] = list(nonactors)
        self._aliases: dict[tuple[str, ...], list[_Term]] = {}
        self._root = _Node()
        self._generic_root = _Node()
        self._generic_owner: dict[tuple[str, ...], GenericEntry] = {}
        self._qualifiers: dict[tuple[str, ...], str] = {}
        self._children: dict[str, list[ActorEntry]] = {}
        self._national: dict[str, ActorEntry] = {}
        problems: list[str] = []
        self._index_entries(problems)
        self._index_generic(problems)
        for cc, forms in (demonyms or {}).items():
            for form in forms:
                key = key_of(form)
                if key:
                    self._qualifiers.setdefault(key, cc)
        self._max_qualifier = max((len(k) for k in self._qualifiers), default=0)
        self._index_country_forms(demonyms or {})
        if problems:
            shown = "; ".join(problems[:10])
            more = f" (and {len(problems) - 10} more)" if len(problems) > 10 else ""
            raise KBError(f"actor knowledge base is inconsistent: {shown}{more}")

    # ------------------------------------------------------------------ loading

    @classmethod
    def load(cls, path: Path | None = None) -> ActorKB:
        """Read the knowledge base from ``path`` (a directory) or from the package data."""
        base: Traversable | Path = path if path is not None else resources.files("veille") / "data" / "kb"
        version = ""
        manifest = _read_text(base, "manifest.json")
        if manifest is not None:
            try:
                version = str(json.loads(manifest).get("version", ""))
            except json.JSONDecodeError as err:
                raise KBError(f"manifest.json: not valid JSON ({err})") from err
        entries: list[ActorEntry] = []
        for name, category in _FILES:
            for lineno, row in _read_jsonl(base, name):
                try:
                    entries.append(ActorEntry.from_dict(row, category))
                except (KeyError, TypeError, ValueError) as err:
                    raise KBError(f"{name}:{lineno}: bad entry ({err!r})") from err
        generic: list[GenericEntry] = []
        for lineno, row in _read_jsonl(base, "generic.jsonl"):
            try:
                generic.append(GenericEntry.from_dict(row))
            except (KeyError, TypeError, ValueError) as err:
                raise KBError(f"generic.jsonl:{lineno}: bad entry ({err!r})") from err
        nonactors = [
            NonActor(
                str(row["id"]),
                tuple(row.get("phrases") or ()),
                row.get("note") or "",
                row.get("source") or "",
            )
            for _, row in _read_jsonl(base, "nonactors.jsonl")
        ]
        demonyms: dict[str, list[str]] = {}
        for _, row in _read_jsonl(base, "demonyms.jsonl"):
            forms = [*(row.get("names") or ()), *(row.get("demonyms") or ())]
            demonyms.setdefault(str(row["country_code"]), []).extend(forms)
        return cls(entries, generic, nonactors, demonyms, version=version)

    # ------------------------------------------------------------------ indexing

    def _index_entries(self, problems: list[str]) -> None:
        for e in self._entries:
            if e.id in self._by_id:
                problems.append(f"duplicate id {e.id!r}")
            self._by_id[e.id] = e
            if e.kind not in ACTOR_KINDS:
                problems.append(f"{e.id}: kind {e.kind!r} is not one of ACTOR_KINDS")
            if e.category not in CATEGORIES:
                problems.append(f"{e.id}: category {e.category!r} is not one of {CATEGORIES}")
            if not e.source:
                problems.append(f"{e.id}: no source note")
            if e.national:
                if e.kind != "military" or e.category != "agency" or len(e.country_codes) != 1:
                    problems.append(f"{e.id}: only a military agency of one country can be national")
                elif e.country_codes[0] in self._national:
                    problems.append(
                        f"{e.id}: {e.country_codes[0]} already has national forces "
                        f"{self._national[e.country_codes[0]].id!r}"
                    )
                else:
                    self._national[e.country_codes[0]] = e
            names = set(e.names)
            for flag in ("case_sensitive", "needs_context", "shared", "default_for"):
                stray = getattr(e, flag) - names
                if stray:
                    problems.append(f"{e.id}: {flag} lists {sorted(stray)} that are not its names")
            seen: set[tuple[str, ...]] = set()
            for alias in e.names:
                key = key_of(alias)
                if not key:
                    problems.append(f"{e.id}: alias {alias!r} has no words")
                    continue
                raws = raw_tokens(alias)
                term = _Term(
                    key=key,
                    alias=alias,
                    raws=raws,
                    entry=e,
                    case_sensitive=alias in e.case_sensitive or _short_caps(raws),
                    needs_context=alias in e.needs_context,
                    default=alias in e.default_for,
                    no_lower=len(raws) == 1 and raws[0].isupper(),
                )
                if key in seen and not (term.case_sensitive or term.needs_context):
                    # Same words as an alias already indexed (e.g. "HAMAS" after "Hamas").
                    continue
                seen.add(key)
                self._aliases.setdefault(key, []).append(term)
                _insert(self._root, key).terms.append(term)
        for e in self._entries:
            for ref in (e.parent, *e.related):
                if ref is not None and ref not in self._by_id:
                    problems.append(f"{e.id}: refers to unknown id {ref!r}")
            if e.parent is not None:
                self._children.setdefault(e.parent, []).append(e)
        for key, terms in self._aliases.items():
            owners = {t.entry.id: t.entry for t in terms if t.entry is not None}
            if len(owners) < 2:
                continue
            for owner in owners.values():
                if not any(key_of(s) == key for s in owner.shared):
                    problems.append(
                        f"alias {' '.join(key)!r} of {sorted(owners)} is not marked shared by {owner.id}"
                    )
            defaults = {t.entry.id for t in terms if t.default and t.entry is not None}
            if len(defaults) != 1:
                problems.append(
                    f"shared alias {' '.join(key)!r} needs exactly one default_for entry, "
                    f"has {sorted(defaults)}"
                )
        for na in self._nonactors:
            for phrase in na.phrases:
                key = key_of(phrase)
                if key:
                    term = _Term(key, phrase, raw_tokens(phrase), None, False, False, False)
                    _insert(self._root, key).terms.append(term)

    def _index_country_forms(self, demonyms: Mapping[str, Iterable[str]]) -> None:
        """A country's body by the other names of its country: "Morocco's police" for the alias
        "Moroccan police", and its ministry by any words for that ministry ("Morocco's interior
        minister", "the Moroccan ministry of the interior" for "Moroccan Interior Ministry"). A form
        two bodies would share ("Congolese army") or an alias already has is left out."""
        forms: dict[str, list[tuple[str, ...]]] = {}
        for cc, names in demonyms.items():
            for name in names:
                key = key_of(name)
                if key and key not in forms.setdefault(cc, []):
                    forms[cc].append(key)
        # the words for one ministry, whichever a text uses ("interior ministry", "interior minister")
        ministries = [{key_of(p) for p in g.phrases} - {()} for g in self._generic if g.role == "source"]
        derived: dict[tuple[str, ...], set[str]] = {}
        for e in self._entries:
            if e.category != "agency" or len(e.country_codes) != 1:
                continue
            own = forms.get(e.country_codes[0], [])
            for alias in e.names:
                if alias in e.case_sensitive or alias in e.needs_context:
                    continue
                key = key_of(alias)
                for form in own:
                    if len(key) <= len(form) or key[: len(form)] != form:
                        continue
                    rests = {key[len(form) :]}
                    rests |= next((m for m in ministries if key[len(form) :] in m), set())
                    for rest in rests:
                        for other in own:
                            derived.setdefault(other + rest, set()).add(e.id)
        for key, ids in sorted(derived.items()):
            if len(ids) != 1 or key in self._aliases:
                continue
            (entry_id,) = ids
            term = _Term(key, " ".join(key), key, self._by_id[entry_id], False, False, False)
            self._aliases[key] = [term]
            _insert(self._root, key).terms.append(term)

    def _index_generic(self, problems: list[str]) -> None:
        for g in self._generic:
            if g.kind not in ACTOR_KINDS:
                problems.append(f"generic {g.id}: kind {g.kind!r} is not one of ACTOR_KINDS")
            if g.role is not None and g.role not in ACTOR_ROLES:
                problems.append(f"generic {g.id}: role {g.role!r} is not one of ACTOR_ROLES")
            for phrase in g.phrases:
                key = key_of(phrase)
                owner = self._generic_owner.get(key)
                if not key or owner is g:
                    continue
                if owner is not None:
                    problems.append(f"generic phrase {phrase!r} is in {owner.id} and {g.id}")
                    continue
                self._generic_owner[key] = g
                _insert(self._generic_root, key).terms.append(
                    _Term(key, phrase, (), None, False, False, False)
                )

    # ------------------------------------------------------------------ lookups

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[ActorEntry]:
        return iter(self._entries)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._by_id

    def entries(self, category: str | None = None) -> list[ActorEntry]:
        """All entries, or those of one category ("group", "agency", "media")."""
        return [e for e in self._entries if category is None or e.category == category]

    @property
    def generic_entries(self) -> list[GenericEntry]:
        return list(self._generic)

    def get(self, actor_id: str) -> ActorEntry | None:
        """The entry with this id, or None."""
        return self._by_id.get(actor_id)

    def canonical(self, name_or_alias: str, countries: Iterable[str] = ()) -> ActorEntry | None:
        """The entry a name, alias or id stands for (case flags ignored), or None."""
        if name_or_alias in self._by_id:
            return self._by_id[name_or_alias]
        key = key_of(name_or_alias)
        terms = self._aliases.get(key)
        if not terms and key[:1] == (_THE,):
            terms = self._aliases.get(key[1:])
        if not terms:
            return None
        return self._choose(terms, frozenset(c.upper() for c in countries)).entry

    def parent_of(self, actor_id: str) -> ActorEntry | None:
        entry = self._by_id.get(actor_id)
        return self._by_id.get(entry.parent) if entry and entry.parent else None

    def ancestors(self, actor_id: str) -> list[ActorEntry]:
        """Parent, grandparent... of an entry (ISKP -> Islamic State)."""
        out: list[ActorEntry] = []
        seen = {actor_id}
        parent = self.parent_of(actor_id)
        while parent is not None and parent.id not in seen:
            out.append(parent)
            seen.add(parent.id)
            parent = self.parent_of(parent.id)
        return out

    def children(self, actor_id: str) -> list[ActorEntry]:
        """Entries whose parent is this one (provinces, affiliates, units)."""
        return list(self._children.get(actor_id, ()))

    def same_group(self, a: str, b: str, related: bool = False) -> bool:
        """Whether two ids/names/aliases mean the same actor.

        With ``related=True`` an ancestor or descendant also counts (ISKP and Islamic State),
        as does an explicit ``related`` link (al-Nusra Front and HTS); siblings (ISKP and
        ISWAP) do not.
        """
        ea, eb = self.canonical(a), self.canonical(b)
        if ea is None or eb is None:
            return False
        if ea.id == eb.id:
            return True
        if not related:
            return False
        if any(x.id == eb.id for x in self.ancestors(ea.id)):
            return True
        if any(x.id == ea.id for x in self.ancestors(eb.id)):
            return True
        return eb.id in ea.related or ea.id in eb.related

    def national_forces(self, country_code: str) -> ActorEntry | None:
        """The armed forces of a country ("the army" of a story told there), or None."""
        return self._national.get(country_code.upper())

    def country_agencies(self, country_code: str) -> list[ActorEntry]:
        """The agencies (police, intelligence, military, judicial, government) of a country."""
        cc = country_code.upper()
        return [e for e in self._entries if e.category == "agency" and cc in e.country_codes]

    # ------------------------------------------------------------------ matching

    def find(self, text: str, countries: Iterable[str] = (), include_media: bool = False) -> list[ActorMatch]:
        """Named actors in ``text``: non-overlapping, leftmost-longest, by character offsets.

        ``countries`` (ISO2 codes the article is about) decides shared aliases such as "AFP"
        or "ADF". News outlets are matched but left out unless ``include_media``.
        """
        out: list[ActorMatch] = []
        defined = _defined_acronyms(text) if "(" in text else {}
        for hit in self._scan(text, frozenset(c.upper() for c in countries)):
            entry = hit.term.entry
            if entry is None or (entry.category == "media" and not include_media):
                continue
            meant = defined.get(text[hit.start : hit.end])
            if meant is not None and not _names_entry(meant, entry):
                # "South Africa's National Prosecuting Authority (NPA)": the text says what its
                # acronym stands for, and it is not this actor (the New People's Army)
                continue
            out.append(
                ActorMatch(
                    hit.start,
                    hit.end,
                    text[hit.start : hit.end],
                    entry,
                    hit.term.alias,
                    hit.candidates,
                )
            )
        return out

    def find_generic(self, text: str, exclude_named: bool = True) -> list[GenericMatch]:
        """Common-noun actors ("gunmen", "security forces", "Nigerian troops") in ``text``.

        Spans inside a named match (the "police" of "Metropolitan Police") are skipped unless
        ``exclude_named`` is False. A country name or demonym just before the phrase is taken
        into the span and gives ``country_code``.
        """
        folded = fold(text)
        toks = tokenize(folded)
        blocked: list[tuple[int, int]] = []
        if exclude_named:
            blocked = [(h.start, h.end) for h in self._scan_tokens(folded, toks, frozenset())]
        norms, n = toks.norms, len(toks)
        root = self._generic_root.children
        out: list[GenericMatch] = []
        resume = 0
        for i in [k for k, tok in enumerate(norms) if tok in root]:
            if i < resume:
                continue
            node = root[norms[i]]
            best: tuple[int, _Term] | None = None
            j = i
            while True:
                if node.terms:
                    best = (j, node.terms[0])
                j += 1
                if j >= n:
                    break
                nxt = node.children.get(norms[j])
                if nxt is None or not gap_ok(folded, toks.ends[j - 1], toks.starts[j]):
                    break
                node = nxt
            if best is None:
                continue
            last, term = best
            entry = self._generic_owner[term.key]
            start, end = toks.starts[i], toks.ends[last]
            first, cc = self._qualifier_before(toks, i)
            if cc is not None:
                start = toks.starts[first]
            if (entry.qualified_only and cc is None) or _overlaps(start, end, blocked):
                continue
            out.append(GenericMatch(start, end, text[start:end], entry, cc))
            resume = last + 1
        return out

    def _qualifier_before(self, toks: Tokens, i: int) -> tuple[int, str | None]:
        """A country name or demonym ending just before token ``i``: (first token, ISO2)."""
        for size in range(min(self._max_qualifier, i), 0, -1):
            first = i - size
            cc = self._qualifiers.get(tuple(toks.norms[first:i]))
            if cc is None or not toks.raws[first][:1].isupper():
                continue
            if all(gap_ok(toks.text, toks.ends[k - 1], toks.starts[k]) for k in range(first + 1, i + 1)):
                return first, cc
        return i, None

    def _scan(self, text: str, countries: frozenset[str]) -> list[_Hit]:
        folded = fold(text)
        return self._scan_tokens(folded, tokenize(folded), countries)

    def _scan_tokens(self, folded: str, toks: Tokens, countries: frozenset[str]) -> list[_Hit]:
        norms, n = toks.norms, len(toks)
        root = self._root.children
        hits: list[_Hit] = []
        resume = 0
        # Most tokens start no alias: find the ones that do in one C-speed pass.
        for i in [k for k, tok in enumerate(norms) if tok in root]:
            if i < resume:
                continue
            node = root[norms[i]]
            best: tuple[int, _Term, tuple[_Term, ...]] | None = None
            j = i
            while True:
                if node.terms:
                    valid = [t for t in node.terms if self._accepts(t, toks, i, j)]
                    if valid:
                        best = (j, self._choose(valid, countries), tuple(valid))
                j += 1
                if j >= n:
                    break
                nxt = node.children.get(norms[j])
                if nxt is None or not gap_ok(folded, toks.ends[j - 1], toks.starts[j]):
                    break
                node = nxt
            if best is not None:
                last, term, options = best
                hits.append(_Hit(toks.starts[i], toks.ends[last], term, options))
                resume = last + 1
        return _resolve_in_document(hits)

    def _accepts(self, term: _Term, toks: Tokens, i: int, j: int) -> bool:
        """Whether the alias ``term`` may match tokens ``i..j`` under the case/context rule."""
        if not (term.case_sensitive or term.needs_context):
            return not (term.no_lower and toks.raws[i].islower())
        entry = term.entry
        if entry is None:
            return True
        caps = _caps_context(toks, i, j)
        if caps:
            if (
                term.needs_context
                or (i > 0 and (toks.norms[i - 1], toks.norms[i]) in _CAPS_PHRASES)
                or (j + 1 < len(toks.norms) and (toks.norms[i], toks.norms[j + 1]) in _CAPS_PHRASES_AFTER)
            ):
                # ("... ARRESTED 78 JIHADISTS SO FAR THIS YEAR": no Royal Armed Forces; "IN THE FAR NORTH
                # REGION": no Rebel Armed Forces)
                return False
            if entry.category == "media":
                return True
            return self._has_cue(entry, toks, i, j, words_only=True)
        if not _same_case(toks.raws[i : j + 1], term.raws):
            return False
        if not term.needs_context:
            return True
        short = sum(len(r) for r in term.raws) <= 2
        return self._has_cue(entry, toks, i, j, words_only=not short)

    @staticmethod
    def _has_cue(entry: ActorEntry, toks: Tokens, i: int, j: int, words_only: bool = False) -> bool:
        """A cue word within the window; for a one- or two-letter alias, unless ``words_only``,
        also enclosing parentheses ("Frontier Corps (FC)") and, for an armed group, a
        preposition or article just before ("against IS") or a possessive ("IS's")."""
        norms = toks.norms
        cues = GROUP_CUES if entry.category == "group" else AGENCY_CUES
        window = norms[max(0, i - _WINDOW) : i] + norms[j + 1 : j + 1 + _WINDOW]
        if any(w in cues for w in window):
            return True
        if words_only:
            return False
        text = toks.text
        start, end = toks.starts[i], toks.ends[j]
        if start > 0 and text[start - 1] == "(" and text[end : end + 1] == ")":
            return True
        if entry.category != "group":
            return False
        return (i > 0 and norms[i - 1] in _GROUP_PRE_CUES) or toks.possessive[j]

    @staticmethod
    def _choose(terms: Sequence[_Term], countries: frozenset[str]) -> _Term:
        """Pick a valid term: a non-actor wins, then the country hint, then the default."""
        for t in terms:
            if t.entry is None:
                return t
        pool = list(terms)
        if countries:
            local = [
                t for t in terms if t.entry is not None and countries.intersection(t.entry.country_codes)
            ]
            if local:
                pool = local
        return next((t for t in pool if t.default), pool[0])


# a group said to operate in more countries than this says little about where one of its acts was
THEATRE_MAX_COUNTRIES = 6


# agencies that act at home (armies, intelligence services and governments act abroad too)
DOMESTIC_KINDS = frozenset({"police", "judiciary"})


# common phrases whose second word, in capitals, reads as an acronym ("SO FAR": FAR)
_CAPS_PHRASES = frozenset({("so", "far"), ("as", "far"), ("by", "far"), ("thus", "far")})
# ... and whose first word does, before the second: "THE FAR NORTH REGION"
_CAPS_PHRASES_AFTER = frozenset(
    {("far", "north"), ("far", "south"), ("far", "east"), ("far", "west"), ("far", "right"), ("far", "left")}
)


def theatre(matches: Iterable[ActorMatch]) -> frozenset[str]:
    """Where the named actors of a text act: a police or judicial body's country, the
    countries of an armed group active in a few (``THEATRE_MAX_COUNTRIES``) and those of an
    international mission tied to a few ("the OSCE SMM" works in Ukraine). A prior for places,
    not a place."""
    out: set[str] = set()
    for m in matches:
        if 0 < len(m.entry.operates_in) <= THEATRE_MAX_COUNTRIES:
            out.update(m.entry.operates_in)
        ccs = m.entry.country_codes
        if m.entry.kind == "armed_group":
            if 0 < len(ccs) <= THEATRE_MAX_COUNTRIES:
                out.update(ccs)
        elif m.entry.category == "agency" and m.entry.kind in DOMESTIC_KINDS and ccs:
            out.add(ccs[0])
    return frozenset(out)


# armed groups at home in this many countries at most are local (see ``group_home``)
HOME_MAX_COUNTRIES = 2
# the kinds of a state's bodies that act at home (see ``agency_home``)
_AT_HOME_KINDS = frozenset({"police", "judiciary", "security_agency", "military"})
_WORKS_ABROAD = frozenset({"US"})


def agency_home(matches: Iterable[ActorMatch]) -> frozenset[str]:
    """The country of the state's bodies named, when they are all one country's: a large town of
    that name there is likelier than a famous one abroad that the text gives nothing else for
    ("Lebanese army intelligence arrested a suspected Islamic State member in Tripoli")."""
    out = {
        m.entry.country_codes[0]
        for m in matches
        if m.entry.category == "agency" and m.entry.kind in _AT_HOME_KINDS and len(m.entry.country_codes) == 1
    }
    # (not the United States': the FBI and the U.S. commands are named in stories from everywhere, "The
    # FBI said it was helping investigate a stabbing in Birmingham")
    return frozenset(out) if len(out) == 1 and not out & _WORKS_ABROAD else frozenset()


def group_home(matches: Iterable[ActorMatch]) -> frozenset[str]:
    """The countries the named armed groups act in, when each is local (one or two countries) and
    none acts worldwide; empty otherwise. A town of that name there is likelier than a famous one
    abroad that the text gives nothing else for ("Amba fighters killed two soldiers in Bali")."""
    groups = [m for m in matches if m.entry.kind == "armed_group"]
    if not groups or any(m.entry.worldwide or not m.entry.country_codes for m in groups):
        return frozenset()
    out = {cc for m in groups for cc in m.entry.country_codes}
    return frozenset(out) if len(out) <= HOME_MAX_COUNTRIES else frozenset()


def open_theatre(matches: Iterable[ActorMatch]) -> bool:
    """Whether a named group acts worldwide (the Islamic State, al-Qaeda): then no place is doubted
    for lying outside the theatre ("a man linked to Islamic State was arrested in Fez")."""
    return any(m.entry.worldwide for m in matches)


def _resolve_in_document(hits: list[_Hit]) -> list[_Hit]:
    """A shared alias means the candidate the same text names unambiguously, if there is one
    ("the Syrian National Army (SNA)": SNA is not the Somali army here)."""
    if not any(h.candidates for h in hits):
        return hits
    named = {h.term.entry.id for h in hits if h.term.entry is not None and not h.candidates}
    out: list[_Hit] = []
    for h in hits:
        if h.candidates and h.term.entry is not None and h.term.entry.id not in named:
            pick = next((t for t in h.options if t.entry is not None and t.entry.id in named), None)
            if pick is not None:
                h = _Hit(h.start, h.end, pick, h.options)
        out.append(h)
    return out


def _short_caps(raws: Sequence[str]) -> bool:
    """Aliases of two characters or fewer ("AQ"), or with a short capitalised word ("IS group",
    "IS-K", "UN Security Council"), are case-sensitive whatever the data says."""
    return sum(len(r) for r in raws) <= 2 or any(len(r) <= 2 and r.isupper() for r in raws)


def _same_case(text_raws: Sequence[str], alias_raws: Sequence[str]) -> bool:
    if len(text_raws) != len(alias_raws):
        return False
    for k, (a, b) in enumerate(zip(text_raws, alias_raws, strict=True)):
        if a == b:
            continue
        if k == 0 and b.lower() == _THE and a.lower() == _THE:
            continue
        return False
    return True


def _caps_context(toks: Tokens, i: int, j: int) -> bool:
    """True when the words around tokens ``i..j`` are all in capitals (wire copy, headlines)."""
    raws = toks.raws
    seen = False
    for k in (*range(max(0, i - _WINDOW), i), *range(j + 1, min(len(raws), j + 1 + _WINDOW))):
        r = raws[k]
        if len(r) < 2 or r.upper() == r.lower():
            continue
        if not r.isupper():
            return False
        seen = True
    return seen


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _read_text(base: Traversable | Path, name: str) -> str | None:
    target = base / name
    if not target.is_file():
        return None
    return target.read_text(encoding="utf-8")


def _read_jsonl(base: Traversable | Path, name: str) -> Iterator[tuple[int, dict[str, Any]]]:
    text = _read_text(base, name)
    if text is None:
        return
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise KBError(f"{name}:{lineno}: not valid JSON ({err})") from err
        if not isinstance(row, dict):
            raise KBError(f"{name}:{lineno}: expected a JSON object")
        yield lineno, row


# a name with its acronym after it: "the National Prosecuting Authority (NPA)"
_ACRONYM_DEFINED = re.compile(
    r"\b((?:[A-Z][\w'\u2019-]*\s+(?:(?:of|for|and|the|de|du|des|al)\s+)*){1,7}[A-Z][\w'\u2019-]*)\s*"
    r"\(([A-Z]{2,7})\)"
)


def _defined_acronyms(text: str) -> dict[str, str]:
    """The acronyms the text spells out, each with its words ("NPA": "National Prosecuting
    Authority"), when their initials fit."""
    out: dict[str, str] = {}
    for m in _ACRONYM_DEFINED.finditer(text):
        words, acronym = m.group(1), m.group(2)
        initials = "".join(w[0] for w in re.split(r"[\s-]+", words) if w and w[0].isupper())
        # (the name's own words, ending with those of the acronym: "South Africa's National
        # Prosecuting Authority (NPA)")
        if initials.endswith(acronym):
            out[acronym] = " ".join(re.split(r"\s+", words)[-len(acronym) - 3 :])
    return out


def _names_entry(words: str, entry: ActorEntry) -> bool:
    """The spelled-out words may name ``entry``: one of its names ends them, or they share a word
    of its names that is its own, however spelled ("Tehrik-e-Taleban Pakistan", "Baluchistan
    Liberation Army"; not "National Prosecuting Authority" for the New People's Army)."""
    folded = fold(words)
    names = [fold(n) for n in (entry.name, *entry.aliases)]
    if any(n and folded.endswith(n) for n in names):
        return True
    own = {w for w in _WORD.findall(folded) if w not in _NAME_WORDS}
    theirs = {w for n in names for w in _WORD.findall(n) if w not in _NAME_WORDS}
    return any(SequenceMatcher(None, a, b).ratio() >= _SAME_WORD for a in own for b in theirs)


_WORD = re.compile(r"[a-z]{4,}")
# words many names share, which tell no actor from another
_NAME_WORDS_TEXT = (
    "national army forces force front liberation islamic movement party group organisation "
    "organization people peoples democratic revolutionary popular united union alliance command "
    "federal state republic council defence defense authority agency service services police "
    "ministry department office the"
)
_NAME_WORDS = frozenset(_NAME_WORDS_TEXT.split())
# how alike two spellings of one word are ("taleban", "taliban")
_SAME_WORD = 0.8
