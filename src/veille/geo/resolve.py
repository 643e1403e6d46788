"""Choosing which place each mention means, from the other places of the same article.

Mentions with the same name form one group (one sense per article). Each candidate is scored:
a context-free prior (kind of place, population, capital, how the name matched) plus evidence
from the article: "X, Y" containment, the countries of the other places, an administrative region
named elsewhere, nearby places (their sum capped: one story's area is one piece of evidence), the
capital or a major city of a country the article names, the dateline, an outside focus country
and the "theatre" (where the armed groups and police the article names operate, from the actor
knowledge base). Three passes: priors only, then twice with the context the previous pass
resolved.

Readings are then set aside and the name placed like an unknown one: a town outside the region
the text puts it in ("Holliday, Mo." when the only Holliday known is in Texas), a small town of a
country nothing else in the article points to (a "stray": "Heathrow" as a US hamlet in a story
about London's airports), and a minor town outside the theatre read by another of its names
("Inata" as Inada, Japan, in a story of a group active in the Sahel).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

import numpy as np

from veille.geo.build import FLAG_ALT, FLAG_DEMONYM
from veille.geo.gazetteer import (
    FLAG_PENALTY,
    Candidate,
    Place,
    city_twin,
    haversine_km,
    own_weight,
)
from veille.geo.recognize import Mention, fuzzy_matched
from veille.geo.text import name_key

ADMIN_KINDS = ("admin1", "admin2")
LOCAL_KINDS = ("city", "admin2")
TOP_FOR_CONTAINMENT = 25
TOP_FOR_CONTEXT = 20  # candidates per mention that take part in pairwise support
CONTEXT_PASSES = 3
# a dateline's reading as a city gains this much
DATELINE_CITY = 1.5
DATELINE_CAPITAL = 2.0
# (a big one: not Hamilton, Bermuda, nor Victoria, Seychelles, over their namesakes)
BIG_CAPITAL = 500_000
# NER labels of names (not of dates or numbers) that a place may hide behind
NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "FAC"})
# a town below this importance read through another of its names is doubted out of the theatre
STRAY_TOWN_IMPORTANCE = 2.0
# ... and one read by its own name, below this ("the village of Kiba" as Kiba, Japan)
STRAY_OWN_NAME_IMPORTANCE = 1.5
# an umlaut written as two letters: "ue" for "ü"
_UMLAUT_DIGRAPH = re.compile(r"(?<=[a-z])(?:ae|oe|ue)")
# kinds whose members, named together, are of one kind: "California or Washington" (towns in a
# list are often far apart: "New York, Boston and Houston")
SIBLING_KINDS = ("country", "admin1", "admin2")


@dataclass(frozen=True)
class Weights:
    """Scoring weights (kept together so experiments change one place)."""

    admin_hint: float = 1.5
    settlement_hint: float = 1.0
    lower_unit: float = 1.0  # "X district" read as a district rather than a province
    state_code: float = 3.0
    city_twin: float = 3.0
    dateline: float = 1.0
    focus: float = 1.0
    theatre: float = 0.8  # a country where an armed group or agency the article names operates
    container: float = 3.0
    containee: float = 1.0
    share: float = 2.0
    share_admin1: float = 0.5  # a town or district in the state most of the article's places are in
    admin1_named: float = 1.2
    admin2_named: float = 1.0
    near_25: float = 1.2
    near_100: float = 0.8
    near_300: float = 0.3
    alternative: float = 0.5  # weight of another mention's not-chosen candidates as support
    address_only: float = 0.5  # weight of a region named only as the "Y" of "X, Y", for other places
    capital_named: float = 2.0  # a capital or major city whose country the article names
    same_place: float = 2.0  # another name of the article reads as the same place
    sibling: float = 1.0  # a place of the same kind (and country) named with it: "X or Y"
    major_city: int = 1_000_000  # ... and so does a city this populous
    support_cap: float = 2.5  # soft ceiling on the support from the other places (0: none)
    support_knee: float = 1.2  # support up to this counts in full
    stray_importance: float = 1.8  # below this, a place nothing in the article backs is a stray
    stray_kinds: tuple[str, ...] = ("city",)
    stray_context: float = 1.5  # ... when the article's other places weigh at least this much


@dataclass
class Group:
    key: str
    members: list[int]
    candidates: tuple[Candidate, ...]
    demonym: bool
    labels: set[str] = field(default_factory=set)
    admin_hint: bool = False
    lower_unit: bool = False  # "X district": a unit below a state, where the gazetteer has one
    settlement_hint: bool = False
    locative: bool = False
    dateline: bool = False
    strict: bool = True
    state_codes: set[str] = field(default_factory=set)
    containers: set[int] = field(default_factory=set)
    containees: set[int] = field(default_factory=set)
    address_only: bool = False  # every mention is the "Y" of "X, Y" ("Columbus, Ohio")
    siblings: set[int] = field(default_factory=set)  # named with it, "X and Y", "X or Y"
    backed_by_ner: bool = False  # some mention of this name was tagged GPE/LOC or a dateline
    facility: bool = False  # every mention names a facility: "Heathrow airport", NER's FAC
    city_part: bool = False  # some mention names a part of a city: "the Dora neighborhood"
    possessive: bool = False  # "London's Heathrow": a container given by a possessive
    said_in: bool = False  # "Mansura city in Ar-Raqqa": a container given by "in"
    address: bool = False  # "Cawayan, Masbate": a container after a comma, no list going on
    address_of: set[int] = field(default_factory=set)  # the X of "X, <this>"
    base: list[float] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)
    chosen: int | None = None
    confidence: float = 0.0

    @property
    def place(self) -> Place | None:
        return self.candidates[self.chosen].place if self.chosen is not None else None


@dataclass(frozen=True)
class Resolution:
    """Outcome for one mention; ``approx`` places an unknown name at a place the article names."""

    candidate: Candidate | None
    confidence: float
    reason: str | None
    keep: bool = True
    drop_reason: str | None = None
    approx: Place | None = None
    settlement: bool = False  # the name is a town's: ``approx`` gives only its whereabouts


def resolve(
    mentions: Sequence[Mention],
    *,
    focus_country: str | None = None,
    theatre: Iterable[str] = (),
    open_theatre: bool = False,
    group_home: Iterable[str] = (),
    agency_home: Iterable[str] = (),
    weights: Weights | None = None,
) -> list[Resolution]:
    """Resolve every mention against the others; one result per mention, in order.

    ``theatre``: countries where the armed groups and agencies the article names operate (from
    the actor knowledge base); a weak prior, and support for a name that needs some.
    ``open_theatre``: one of them acts worldwide (the Islamic State), so that a town is not
    doubted for lying outside the theatre, unless the article names a place inside it.
    ``group_home``: the countries of the named armed groups, all local (see ``_home_reading``).
    ``agency_home``: the one country of the state's bodies named; a large town there is read over
    a namesake abroad the text gives nothing else for (see ``AGENCY_HOME_POPULATION``)."""
    w = weights or Weights()
    groups, group_of = _groups(mentions)
    dateline_cc = _dateline_country(mentions, groups, group_of)
    focus = focus_country.upper() if focus_country else None
    in_theatre = frozenset(c.upper() for c in theatre)

    for g in groups:
        g.base = [_prior(g, c, groups, w, dateline_cc, focus, in_theatre) for c in g.candidates]
        g.scores = list(g.base)
        _choose(g)
    pairs = _Pairs(groups, w)
    _passes(groups, pairs, w, CONTEXT_PASSES)
    if _joint_switch(groups, pairs, w):
        _passes(groups, pairs, w, 2)
    home_ccs = frozenset(c.upper() for c in group_home)
    if home_ccs:
        for g in groups:
            _home_reading(g, groups, home_ccs)
    agency_ccs = frozenset(c.upper() for c in agency_home)
    if agency_ccs and not home_ccs:
        for g in groups:
            _home_reading(g, groups, agency_ccs, AGENCY_HOME_POPULATION)
    # where the text names each country by its name
    named_at: dict[str | None, list[int]] = {}
    for g in groups:
        if g.place is not None and g.place.kind == "country" and not g.demonym:
            named_at.setdefault(g.place.country_code, []).extend(mentions[mi].start for mi in g.members)
    for g in groups:
        _keep_world_capital(g, groups)
        starts = [mentions[mi].start for mi in g.members]
        named_near = {
            cc for cc, at in named_at.items() if any(abs(a - b) <= NAMED_NEAR for a in at for b in starts)
        }
        # (a happening named by the town is known by a large town's name, whatever country is
        # named: "a moment of silence for the Nice terrorist attack" in a story of Hollywood is not
        # Nice, California)
        happening = any(mentions[mi].extras.get("happening_of") for mi in g.members)
        _keep_major_city_of_named_country(g, None if happening else named_near)
    context = _Context(groups)
    strays = _strays(groups, context, pairs, w, dateline_cc, focus, in_theatre)
    # (a worldwide group's home still counts when the article names a place there: "Karma, east of
    # Fallujah" in a story of the Islamic State is no Indian town)
    anchored = any(g.place is not None and g.place.country_code in in_theatre for g in groups)
    doubted = (
        set()
        if open_theatre and not anchored
        else _out_of_theatre(groups, group_of, mentions, context, dateline_cc, focus, in_theatre)
    )
    strays |= doubted
    # one sense per article: a town's name once described as a person is a person throughout
    # (a country or a region described so is a member of something: "Turkey, a NATO member")
    people = {
        gi
        for mi, m in enumerate(mentions)
        if _described_as_person(m)
        and (gi := group_of[mi]) is not None
        and (q := groups[gi].place) is not None
        and q.kind == "city"
    }
    keeps: list[tuple[bool, str | None]] = []
    for mi, m in enumerate(mentions):
        gidx = group_of[mi]
        if gidx is not None and gidx in people and not m.extras.get("tight_locative"):
            keeps.append((False, "person_name"))  # "to arrest Jasim, an accused in a case"
        elif m.extras.get("outlet") and not m.extras.get("tight_locative"):
            keeps.append((False, "outlet_name"))  # "Yemen's state news agency Saba said"
        elif m.extras.get("institution"):
            keeps.append((False, "institution_name"))  # "Aleppo's al-Quds hospital"
        elif gidx is not None and _not_in_possessor(m, groups[gidx], mentions, group_of, groups):
            # "Burkina Faso's North region" is not Cameroon's North: a name of a country's own
            # that the gazetteer knows only elsewhere
            keeps.append((False, "not_in_possessor"))
        elif gidx in doubted and m.source != "ner":
            # found by the gazetteer, or NER called it something else ("National Police" as
            # Police, Poland): a name read far out of the theatre is no place at all
            keeps.append((False, "out_of_theatre"))
        elif gidx is not None and m.source in ("ruler", "override", "embedded"):
            keeps.append(
                _keep_ruler_match(gidx, groups[gidx], m, context, groups, dateline_cc, focus, in_theatre)
            )
        else:
            keeps.append((True, None))
    # an unknown name is placed at a kept, resolved place of the article, never at a dropped one
    kept = {gi for mi, gi in enumerate(group_of) if gi is not None and keeps[mi][0]}
    outer = [_unmet_container(g, groups, kept) for g in groups]
    no_anchor = {gi for gi in range(len(groups)) if gi not in kept or gi in strays or outer[gi] is not None}

    # an unknown name is placed in the source's country when the article names
    # a town or district there
    home = focus
    # an unknown name once described as a venue ("Pulse, a gay dance club") is a venue wherever named
    venues = {m.key for mi, m in enumerate(mentions) if group_of[mi] is None and m.extras.get("venue")}
    out: list[Resolution] = []
    # an unknown name is placed where its first kept mention was: "the Splendid Hotel" of a story
    # from Ouagadougou stays there when named again after a sentence from London
    placed: dict[str, Resolution] = {}
    for mi, m in enumerate(mentions):
        gidx = group_of[mi]
        if gidx is None:
            r = _unresolved(mi, m, mentions, group_of, groups, no_anchor, home=home)
            if m.key in venues:
                r = Resolution(None, 0.0, r.reason, False, "venue_name")
            elif not _keep_unresolved(m):
                r = Resolution(None, 0.0, r.reason, False, "unknown_name")
            elif m.key in placed:
                r = placed[m.key]
            elif r.approx is not None:
                placed[m.key] = r
            out.append(r)
            continue
        g = groups[gidx]
        assert g.chosen is not None
        cand = g.candidates[g.chosen]
        keep, why = keeps[mi]
        region = outer[gidx]
        if region is not None and keep:
            where = f"{region.name}, {region.country_code}" if region.country_code else region.name
            note = f"'{m.text}' is not in the gazetteer inside {where}, which the text places it in"
            # at the nearest place the article names inside that region, else the region
            near = _unresolved(mi, m, mentions, group_of, groups, no_anchor, reason=note, home=home).approx
            q = near if near is not None and region.contains(near) else region
            if q is not region:
                note += f"; placed at {q.name}, the nearest place the article names there"
            out.append(Resolution(None, 0.3, note, True, None, approx=q, settlement=True))
            continue
        if gidx in strays and keep:
            p = cand.place
            where = f"{p.name}, {p.country_code}" if p.country_code else p.name
            note = f"'{m.text}' read as {where} has no support in an article about other places"
            r = _unresolved(mi, m, mentions, group_of, groups, no_anchor, reason=note, home=home)
            out.append(Resolution(None, r.confidence, r.reason, True, None, approx=r.approx, settlement=True))
            continue
        out.append(Resolution(cand, round(g.confidence, 4), _reason(g, m), keep, why))
    return out


def _passes(groups: list[Group], pairs: _Pairs, w: Weights, n: int) -> None:
    """Rescore every ambiguous group ``n`` times with the context the last choice gives."""
    local = [[c.place.kind in LOCAL_KINDS for c in g.candidates] for g in groups]
    for _ in range(n):
        context = _Context(groups)
        support = pairs.support(groups)
        cc_w, a1_w = context.cc_weight, context.a1_weight
        for gi, g in enumerate(groups):
            if len(g.candidates) <= 1:
                continue
            extra = support[gi]
            own_cc, own_w = context.per_group[gi]
            own_a1 = context.a1_of[gi]
            den = context.total - own_w + 1.0
            scores = []
            for ci, (b, c) in enumerate(zip(g.base, g.candidates, strict=True)):
                p = c.place
                cc = p.country_code
                s = b + extra.get(ci, 0.0)
                if cc is not None and cc in cc_w:
                    s += w.share * max(0.0, cc_w[cc] - (own_w if cc == own_cc else 0.0)) / den
                a1 = p.admin1_code
                if a1 is not None and a1 in a1_w and local[gi][ci]:
                    s += w.share_admin1 * max(0.0, a1_w[a1] - (own_w if a1 == own_a1 else 0.0)) / den
                scores.append(s)
            g.scores = scores
            _choose(g)


def _joint_switch(groups: list[Group], pairs: _Pairs, w: Weights) -> bool:
    """Two names that are each other's neighbours only in readings neither holds now ("London"
    and "St. Thomas", 24 km apart in Ontario, against London, England and a Jamaican parish)
    switch together when the pair, backing each other in full, outscores the current choices.

    The passes see another name's unchosen reading at ``Weights.alternative`` only, so such a
    coherent pair of less popular places can lose to two unrelated popular ones."""
    if pairs.n == 0 or len(groups) < 2 or w.alternative >= 1.0:
        return False
    bonus = pairs.bonus
    positive = bonus > 0
    both = positive & positive.T
    if not both.any():
        return False
    mutual = np.argwhere(np.triu(both, 1))
    options: list[tuple[float, int, int, int, int]] = []
    for a, b in mutual:
        if a >= b:
            continue
        gi, ci = pairs.slots[a]
        gj, cj = pairs.slots[b]
        g, h = groups[gi], groups[gj]
        if g.chosen is None or h.chosen is None or g.chosen == ci or h.chosen == cj:
            continue
        gain = (
            g.scores[ci]
            - g.scores[g.chosen]
            + h.scores[cj]
            - h.scores[h.chosen]
            + (1.0 - w.alternative) * float(bonus[a, b] + bonus[b, a])
        )
        if gain > 0:
            options.append((gain, gi, ci, gj, cj))
    done: set[int] = set()
    for _gain, gi, ci, gj, cj in sorted(options, reverse=True):
        if gi in done or gj in done:
            continue
        for gk, ck in ((gi, ci), (gj, cj)):
            groups[gk].chosen = ck
        done.update((gi, gj))
    return bool(done)


KIND_DEPTH = {"city": 0, "admin2": 1, "admin1": 2, "country": 3}


# a town this big is no place the gazetteer lacks
BIG_TOWN = 100_000


def _unmet_container(g: Group, groups: list[Group], kept: set[int]) -> Place | None:
    """The innermost region of "X, Y" when no place called X lies in Y ("Holliday, Mo." where
    the gazetteer only knows a Holliday in Texas): X is then a place it lacks, inside Y."""
    towns = ("city", "admin2") if g.said_in else ("city",)
    if not g.containers or g.demonym:
        return None
    if any(c.place.kind not in towns for c in g.candidates) and not _village_abroad(g, groups, kept):
        return None  # "Austria, Slovakia, France" is a list, not a town in a country
    # (a big town is no place the gazetteer lacks: "Bogota, Cali" is no village in Cali's district)
    big = any(c.place.population >= BIG_TOWN for c in g.candidates)
    address = g.address and not g.possessive and not big
    outer = [_as_region(groups[h], g) if address else groups[h].place for h in g.containers]
    # a town contains only what the text gives it with a possessive ("London's Heathrow"): in a
    # list ("Vancouver, Edmonton") one town is not in the other
    kinds = ("admin1", "admin2", "country", "city") if g.possessive else ("admin1", "admin2", "country")
    regions = [q for q in outer if q is not None and q.kind in kinds]
    if not regions and g.said_in:
        # "Mansura city in Ar-Raqqa countryside": a town said to be in a town of another country
        # than every reading of its name is a place the gazetteer lacks, near that town
        regions = [
            q
            for q in outer
            if q is not None
            and q.kind == "city"
            and all(c.place.country_code != q.country_code for c in g.candidates)
        ]
    if not regions:
        return None
    if address:
        # a region below the country must hold it ("Cawayan, Masbate, Philippines": a Cawayan
        # elsewhere in the Philippines is not the one in Masbate)
        regions = [q for q in regions if q.kind != "country"] or regions
    for c in g.candidates:
        if any(_within(q, c.place) for q in regions):
            return None
    return min(regions, key=lambda q: KIND_DEPTH[q.kind])


def _not_in_possessor(
    m: Mention, g: Group, mentions: Sequence[Mention], group_of: Sequence[int | None], groups: list[Group]
) -> bool:
    """``m`` follows a country's possessive and no reading of its name lies in that country."""
    if not m.extras.get("possessive") or m.container is None or not g.candidates:
        return False
    h = group_of[m.container]
    q = groups[h].place if h is not None else None
    if q is None or q.kind != "country":
        return False
    return all(c.place.country_code != q.country_code for c in g.candidates)


def _village_abroad(g: Group, groups: list[Group], kept: set[int]) -> bool:
    """A village whose name only reads as regions of other countries than the unit it is said to
    lie in: "the village of Yoro in Koro circle" (not Honduras's Yoro), "Sangha, Mopti region"
    (not the Congo's Sangha). The unit says so by its word ("region", "circle")."""
    units = [
        q
        for h in g.containers
        # (a unit kept as a place: not "LIBERTAD DEPARTMENT" read as a common word)
        if h in kept
        and (groups[h].admin_hint or groups[h].lower_unit)
        and (q := groups[h].place) is not None
        # (a region read as one, or a unit below a state the text calls so, "Koro circle": not
        # "TRUJILLO, LIBERTAD DEPARTMENT" where Libertad reads as a Uruguayan town)
        and (q.kind in ("admin1", "admin2") or (groups[h].lower_unit and q.kind == "city"))
    ]
    if not units or not (g.settlement_hint or g.address or g.said_in):
        return False
    return all(c.place.country_code != q.country_code for c in g.candidates for q in units)


def _as_region(h: Group, g: Group) -> Place | None:
    """The place container ``h`` names for ``g``. After a town's comma a name read as a town may
    be the province or district named after it ("Cawayan, Masbate": Masbate province, which holds
    the town of Masbate; "Takhta Pul, Kandahar"); that region when the group can be read so."""
    q = h.place
    if q is None or q.kind != "city":
        return q
    if any(_within(q, c.place) for c in g.candidates):
        return q  # "Vincennes, Paris": a town by the city written after it
    region = next(
        (
            c.place
            for c in h.candidates
            if c.place.kind in ADMIN_KINDS and c.place.country_code == q.country_code and c.place.contains(q)
        ),
        None,
    )
    return region or q


def _within(q: Place, p: Place) -> bool:
    """``p`` lies in region ``q``, or within a town's reach of town ``q`` ("London's Heathrow")."""
    if q.kind != "city":
        return q.contains(p)
    if None in (q.lat, q.lon, p.lat, p.lon):
        return False
    return haversine_km(q.lat, q.lon, p.lat, p.lon) <= 50.0  # type: ignore[arg-type]


def _strays(
    groups: list[Group],
    ctx: _Context,
    pairs: _Pairs,
    w: Weights,
    dateline_cc: str | None,
    focus: str | None,
    theatre: frozenset[str] = frozenset(),
) -> set[int]:
    """Groups read as small places of a country that nothing else in the article names, while the
    article's places lie elsewhere ("Heathrow" as a hamlet in the US in a story about London).

    Such a reading is more likely a name the gazetteer lacks (an airport, a district, a building)
    than that distant village, so it is placed like an unknown name. A country is kept when one
    of its places is large, is linked by the text ("X, Y", a state code, the dateline), is named
    as a country or by a demonym, or lies near a place of another country the article names."""
    if w.stray_importance <= 0:
        return set()
    by_cc: dict[str, list[int]] = {}
    for gi, g in enumerate(groups):
        p = g.place
        if p is not None and p.country_code:
            by_cc.setdefault(p.country_code, []).append(gi)
    out: set[int] = set()
    for cc, members in by_cc.items():
        if cc in (dateline_cc, focus) or cc in theatre:
            continue
        weight = sum(ctx.per_group[gi][1] for gi in members)
        rest = ctx.total - weight
        if rest < max(w.stray_context, 2 * weight):
            continue
        if not all(_weak(groups[gi], w) for gi in members):
            continue
        if any(pairs.backing(gi, groups, set(members)) > 0 for gi in members):
            continue
        out.update(members)
    # "Croft, Yorkshire" with Yorkshire read as a US hamlet: the "Y" of "X, Y" is a region the
    # gazetteer lacks when its reading is a small town in another country than X's
    for gi, g in enumerate(groups):
        p = g.place
        if gi in out or p is None or g.dateline or g.state_codes or p.kind not in w.stray_kinds:
            continue
        if p.importance >= w.stray_importance or not g.address_of or p.country_code in theatre:
            continue
        inner = [groups[h].place for h in g.address_of]
        if all(q is not None and q.country_code and q.country_code != p.country_code for q in inner):
            out.add(gi)
    # "between Inata and Djibo" with Inata read as Inada, Japan through an alternate name: a
    # small town named with places of one other country, each read by its own name, is a name
    # the gazetteer lacks near them
    for gi, g in enumerate(groups):
        p = g.place
        if gi in out or p is None or not g.siblings or p.country_code in theatre or not _weak(g, w):
            continue
        assert g.chosen is not None
        if g.candidates[g.chosen].flag < FLAG_ALT or p.country_code in (dateline_cc, focus):
            continue
        sibs = [groups[h] for h in g.siblings]
        ccs = {s.place.country_code for s in sibs if s.place is not None}
        if (
            len(ccs) == 1
            and None not in ccs
            and p.country_code not in ccs
            and all(s.chosen is not None and s.candidates[s.chosen].flag < FLAG_ALT for s in sibs)
            and pairs.backing(gi, groups, {gi}) <= 0
        ):
            out.add(gi)
    # "Heathrow airport" read as a US hamlet in a story from London: a facility named after a
    # place the gazetteer lacks, when nothing backs that town and the story is from elsewhere
    home = {cc for cc in (dateline_cc, focus) if cc}
    if not home and ctx.cc_weight:
        top, weight = max(ctx.cc_weight.items(), key=lambda kv: kv[1])
        if weight >= 0.3 * ctx.total:
            home = {top}  # the country the article is mostly about
    for gi, g in enumerate(groups):
        p = g.place
        if (
            gi not in out
            and g.facility
            and home
            and p is not None
            and p.country_code not in home
            and _weak(g, w)
            and pairs.backing(gi, groups, {gi}) <= 0
        ):
            out.add(gi)
    # "in the Dora neighborhood" in a story about Baghdad, read as a US town: a part of a city the
    # gazetteer lacks, when the article names a large city of another country and none of that one
    cities = {
        q.country_code
        for q in (h.place for h in groups)
        if q is not None and q.kind == "city" and q.importance >= w.stray_importance
    }
    for gi, g in enumerate(groups):
        p = g.place
        if (
            gi not in out
            and g.city_part
            and p is not None
            and p.country_code not in cities
            and cities
            and _weak(g, w)
        ):
            out.add(gi)
        elif gi not in out and g.city_part and p is not None and p.kind == "country":
            # "San Salvador's Venezuela neighborhood": a country is never a city's part, only its name
            out.add(gi)
    return out


def _weak(g: Group, w: Weights) -> bool:
    """A small town read from its name alone, with nothing in the text tying it down."""
    p = g.place
    return (
        p is not None
        and p.kind in w.stray_kinds
        and p.importance < w.stray_importance
        and not (g.demonym or g.dateline or g.containers or g.containees or g.state_codes)
    )


# -- groups and priors ---------------------------------------------------------------------------


def _groups(mentions: Sequence[Mention]) -> tuple[list[Group], list[int | None]]:
    groups: list[Group] = []
    index: dict[tuple[str, bool], int] = {}
    group_of: list[int | None] = []
    for m in mentions:
        if not m.candidates:
            group_of.append(None)
            continue
        k = (m.key, m.demonym)
        gi = index.get(k)
        if gi is None:
            gi = len(groups)
            index[k] = gi
            groups.append(Group(m.key, [], m.candidates, m.demonym))
        g = groups[gi]
        g.members.append(len(group_of))
        if m.label:
            g.labels.add(m.label)
        g.admin_hint |= m.admin_hint
        g.lower_unit |= bool(m.extras.get("lower_unit"))
        g.settlement_hint |= m.settlement_hint
        g.locative |= m.locative
        g.dateline |= m.dateline
        g.possessive |= bool(m.extras.get("possessive"))
        g.said_in |= bool(m.extras.get("in_gap"))
        g.address |= bool(m.extras.get("address"))
        g.strict &= m.strict
        if m.source in ("ner", "dateline", "abbrev") and m.label != "FAC":
            g.backed_by_ner = True
        if m.state_code:
            g.state_codes.add(m.state_code)
        group_of.append(gi)
    for mi, m in enumerate(mentions):
        gi = group_of[mi]
        if gi is None or m.container is None:
            continue
        hi = group_of[m.container]
        if hi is not None and hi != gi:
            groups[gi].containers.add(hi)
            groups[hi].containees.add(gi)
            if m.extras.get("comma"):
                groups[hi].address_of.add(gi)
        # "Baharak, Badakhshan, Afghanistan": Afghanistan contains Baharak too, even when the
        # gazetteer lacks the name between them ("Khalgan, Jawzjan, Afghanistan")
        nxt = mentions[m.container].container
        while nxt is not None:
            hj = group_of[nxt]
            if hj is not None and hj != gi:
                groups[gi].containers.add(hj)
            nxt = mentions[nxt].container
    for mi, m in enumerate(mentions):
        sib = m.extras.get("sibling")
        gi = group_of[mi]
        if isinstance(sib, int) and gi is not None and group_of[sib] is not None and group_of[sib] != gi:
            gj = group_of[sib]
            assert gj is not None
            groups[gi].siblings.add(gj)
            groups[gj].siblings.add(gi)
    for g in groups:
        g.facility = all(
            mentions[mi].label == "FAC" or bool(mentions[mi].extras.get("facility_after")) for mi in g.members
        )
        g.city_part = any(mentions[mi].extras.get("city_part") for mi in g.members)
    addresses = {m.container for m in mentions if m.container is not None}
    for g in groups:
        g.address_only = all(mi in addresses for mi in g.members)
    return groups, group_of


def _plain_country(g: Group) -> bool:
    """The group reads as a country and as no region ("Mozambique"; not "Georgia", a US state too)."""
    return (
        bool(g.candidates)
        and g.candidates[0].place.kind == "country"
        and not any(c.place.kind in ("admin1", "admin2") for c in g.candidates)
    )


def _dateline_country(
    mentions: Sequence[Mention], groups: list[Group], group_of: list[int | None]
) -> str | None:
    for mi, m in enumerate(mentions):
        gi = group_of[mi]
        if m.dateline and gi is not None:
            g = groups[gi]
            named = [
                groups[h].candidates[0].place.country_code for h in g.containers if _plain_country(groups[h])
            ]
            if named:
                return named[0]  # "PALMA, Mozambique -": the country the dateline writes out
            # a dateline names the city a story was filed from ("SANTIAGO" is Chile's capital,
            # not the Dominican province)
            best = max(
                g.candidates,
                key=lambda c: (
                    c.place.importance
                    - FLAG_PENALTY[c.flag]
                    + (DATELINE_CITY if c.place.kind == "city" else 0.0)
                ),
            )
            return best.place.country_code
    return None


def _prior(
    g: Group,
    c: Candidate,
    groups: list[Group],
    w: Weights,
    dateline_cc: str | None,
    focus: str | None,
    theatre: frozenset[str] = frozenset(),
) -> float:
    p = c.place
    s = own_weight(g.candidates, c)
    if g.admin_hint:
        if p.kind in ADMIN_KINDS:
            s += w.admin_hint
        elif p.kind == "city":
            s -= 0.5
    if g.lower_unit and any(k.place.kind == "admin2" for k in g.candidates):
        if p.kind == "admin2":
            s += w.lower_unit
        elif p.kind == "admin1":
            s -= w.lower_unit
    if g.settlement_hint and p.kind == "city":
        s += w.settlement_hint
    if "LOC" in g.labels and p.kind in ("continent", "region", "water"):
        s += 0.3
    if g.state_codes and p.admin1_code in g.state_codes:
        s += w.state_code
    if p.kind in ADMIN_KINDS and not g.admin_hint and not _holds_likely_containee(g, p, groups):
        # "New York" alone is the city; "Bronx, New York" names the state
        s -= w.city_twin * city_twin(g.candidates, p)
    if g.dateline and p.kind == "city":
        s += DATELINE_CITY
        if (
            p.feature_code == "PPLC"
            and p.population >= BIG_CAPITAL
            and not g.containers
            and not g.state_codes
        ):
            # a bare dateline names a country's capital over its namesakes, whatever the story
            # tells of ("WASHINGTON (AP) - A Pennsylvania man was sentenced": not Washington, Pa.)
            s += DATELINE_CAPITAL
    if p.country_code is not None:
        if dateline_cc and p.country_code == dateline_cc:
            s += w.dateline
        if focus and p.country_code == focus:
            s += w.focus
        if p.country_code in theatre:
            s += w.theatre
    if g.containers:
        hits = sum(
            1
            for h in g.containers
            if any(k.place.contains(p) for k in groups[h].candidates[:TOP_FOR_CONTAINMENT])
        )
        if hits:
            s += w.container + 0.5 * (hits - 1)
        elif g.address and any(_plain_country(groups[h]) for h in g.containers):
            # "Palma, Mozambique": a reading outside the country written after the comma is
            # another town of that name (Palma of Majorca), however famous
            s -= w.container
    if (
        g.containees
        and p.kind in ("country", "admin1", "admin2")
        and any(
            any(p.contains(k.place) for k in groups[h].candidates[:TOP_FOR_CONTAINMENT]) for h in g.containees
        )
    ):
        s += w.containee
    return s


def _out_of_theatre(
    groups: list[Group],
    group_of: Sequence[int | None],
    mentions: Sequence[Mention],
    ctx: _Context,
    dateline_cc: str | None,
    focus: str | None,
    theatre: frozenset[str],
) -> set[int]:
    """Groups read, by another name of theirs or a near spelling, as a minor town of a country where
    none of the article's armed groups or police operate, with nothing in the text for that reading
    ("Inata", a Burkinabe mining town the gazetteer lacks, as Inada, Japan, in a story of a group
    active in the Sahel). Such a name is more likely a place the gazetteer lacks."""
    if not theatre:
        return set()
    # a country the text names by name ("... in Nice, celebrating Bastille Day, France's national
    # holiday") backs a reading of a town's own name in it
    named = {h.place.country_code for h in groups if h.place is not None and h.place.kind == "country"}
    out: set[int] = set()
    for gi, g in enumerate(groups):
        p = g.place
        # (a district too: "the capital's southeastern Dora district" as Dora, a district of Cyprus)
        if p is None or g.chosen is None or p.kind not in LOCAL_KINDS:
            continue
        own = [mentions[mi] for mi, x in enumerate(group_of) if x == gi]
        # a near spelling of a city, however large, is no reading far from the theatre ("Hallale",
        # a Burkinabe hamlet, as Harare)
        fuzzy = bool(own) and all(fuzzy_matched(m) for m in own)
        # ... nor another name of it that GeoNames lists ("CANO LIMON", a Colombian oilfield, as
        # Kano, Nigeria, whose other names include Cano)
        # (an umlaut written as two letters is the town's own name: "Wuerzburg" for Würzburg)
        by_own_name = g.candidates[g.chosen].flag < FLAG_ALT or _UMLAUT_DIGRAPH.sub(
            lambda m: m.group(0)[0], g.key
        ) == name_key(p.name)
        if p.importance >= STRAY_TOWN_IMPORTANCE and not fuzzy and by_own_name:
            continue
        if not p.country_code or p.country_code in theatre or p.country_code in (dateline_cc, focus):
            continue
        if p.country_code in named and by_own_name:
            continue  # by its own name, not by another name of it ("White House" as Fallston, US)
        own_name = by_own_name and not any(m.note for m in own)
        if own_name and p.importance >= STRAY_OWN_NAME_IMPORTANCE:
            continue  # the place's own name, and a town of some size
        if name_key(p.name).startswith(g.key + " "):
            continue  # a short form of its name ("Frankfurt" for Frankfurt am Main), not a spelling
        ev = _evidence(gi, g, p, own[0], ctx, groups, dateline_cc, focus)
        if not ev & {"dateline", "contain", "state", "near25", "share"}:
            out.add(gi)
    return out


def _holds_likely_containee(g: Group, p: Place, groups: list[Group]) -> bool:
    """``p`` contains the likeliest reading of a name written before it as "X, <p>"."""
    for h in g.containees:
        cands = groups[h].candidates
        if not cands:
            continue
        top = max(k.place.importance for k in cands)
        if any(k.place.importance >= top - 1.0 and p.contains(k.place) for k in cands[:TOP_FOR_CONTAINMENT]):
            return True
    return False


# -- context ---------------------------------------------------------------------------------------


class _Context:
    """What the current resolution says about the article: countries, regions, points."""

    def __init__(self, groups: list[Group]) -> None:
        self.cc_weight: dict[str, float] = {}
        self.a1_weight: dict[str, float] = {}
        self.total = 0.0
        self.per_group: list[tuple[str | None, float]] = []
        self.a1_of: list[str | None] = []
        for g in groups:
            p = g.place
            weight = 0.0
            cc = None
            a1 = None
            if p is not None and p.country_code:
                weight = g.confidence * (0.5 if g.demonym else 1.0)
                weight *= min(2.0, 1.0 + 0.25 * (len(g.members) - 1))
                cc = p.country_code
                self.cc_weight[cc] = self.cc_weight.get(cc, 0.0) + weight
                self.total += weight
                if p.kind != "country" and p.admin1_code:
                    a1 = p.admin1_code
                    self.a1_weight[a1] = self.a1_weight.get(a1, 0.0) + weight
            self.per_group.append((cc, weight))
            self.a1_of.append(a1)

    def share(self, gi: int, cc: str | None) -> float:
        if cc is None:
            return 0.0
        own_cc, own_w = self.per_group[gi]
        num = self.cc_weight.get(cc, 0.0) - (own_w if own_cc == cc else 0.0)
        den = self.total - own_w + 1.0
        return max(0.0, num) / den


class _Pairs:
    """Support between the candidates of different mentions, computed once per article.

    ``bonus[a, b]``: how much candidate ``a`` is backed by candidate ``b`` of another mention
    (``b`` is a region containing ``a``, or lies near it). A candidate is backed by each other
    mention through that mention's best-backing candidate, at full weight when it is the
    mention's current choice and at ``Weights.alternative`` otherwise, so that a coherent set of
    less popular readings (London, St. Thomas and Middlesex in Ontario) can win together.
    """

    def __init__(self, groups: list[Group], w: Weights) -> None:
        self.w = w
        slots: list[tuple[int, int]] = []
        for gi, g in enumerate(groups):
            order = sorted(range(len(g.candidates)), key=g.base.__getitem__, reverse=True)
            slots.extend((gi, ci) for ci in order[:TOP_FOR_CONTEXT])
        self.slots = slots
        self.slot_of = {slot: k for k, slot in enumerate(slots)}
        n = len(slots)
        self.n = n
        if n == 0 or len(groups) < 2:
            self.bonus = np.zeros((n, n))
            self.ident = np.zeros((n, n))
            self.has_ident = False
            return
        places = [groups[gi].candidates[ci].place for gi, ci in slots]
        bonus = np.zeros((n, n))
        reverse = np.zeros((n, n))
        # nearby towns and districts (distances only among them: the costly part)
        local = np.array(
            [
                k
                for k, p in enumerate(places)
                if p.kind in LOCAL_KINDS and p.lat is not None and p.lon is not None
            ]
        )
        if len(local) > 1:
            la = np.radians(np.array([places[k].lat for k in local], dtype=float))
            lo = np.radians(np.array([places[k].lon for k in local], dtype=float))
            cos_la = np.cos(la)
            h = (
                np.sin((la[:, None] - la[None, :]) / 2) ** 2
                + cos_la[:, None] * cos_la[None, :] * np.sin((lo[:, None] - lo[None, :]) / 2) ** 2
            )
            dist = 2 * 6371.0 * np.arcsin(np.sqrt(np.clip(h, 0, 1)))
            near = np.where(
                dist < 25, w.near_25, np.where(dist < 100, w.near_100, np.where(dist < 300, w.near_300, 0.0))
            )
            bonus[np.ix_(local, local)] = near
        # a place inside a region another mention names (admin1 > city/admin2, admin2 > city)
        regions = [k for k, p in enumerate(places) if p.kind in ADMIN_KINDS or p.kind == "country"]
        if regions:
            region_of: dict[tuple[str | None, ...], list[int]] = {}
            for k in regions:
                p = places[k]
                if p.kind == "admin1" and p.admin1:
                    region_of.setdefault(("a1", p.country_code, p.admin1), []).append(k)
                elif p.kind == "admin2" and p.admin2:
                    region_of.setdefault(("a2", p.country_code, p.admin1, p.admin2), []).append(k)
                elif p.kind == "country" and p.country_code:
                    region_of.setdefault(("c", p.country_code), []).append(k)
            for a, p in enumerate(places):
                if p.kind not in LOCAL_KINDS:
                    continue
                if p.admin1:
                    for b in region_of.get(("a1", p.country_code, p.admin1), ()):
                        # a state named only as an address ("Columbus, Ohio") says less about
                        # the other places of the story
                        # (in full for the place it is the address of: "San Bernardino, California")
                        gb = slots[b][0]
                        address = groups[gb].address_only and gb not in groups[slots[a][0]].containers
                        named = w.admin1_named * (w.address_only if address else 1.0)
                        bonus[a, b] = max(bonus[a, b], named)
                        reverse[b, a] = 0.5 * w.admin1_named
                if p.kind == "city" and p.admin2:
                    for b in region_of.get(("a2", p.country_code, p.admin1, p.admin2), ()):
                        bonus[a, b] = max(bonus[a, b], w.admin2_named)
                        reverse[b, a] = 0.5 * w.admin1_named
                if w.capital_named and (p.feature_code == "PPLC" or p.population >= w.major_city):
                    # the capital of a country the article names: "Washington" with "the U.S.",
                    # "Paris" with "France" (half for a demonym: "French")
                    for b in region_of.get(("c", p.country_code), ()):
                        named = w.capital_named * (0.5 if groups[slots[b][0]].demonym else 1.0)
                        bonus[a, b] = max(bonus[a, b], named)
        # the same place named two ways ("Wash." in the dateline, "Washington" in the text):
        # identity, not nearness, so it counts outside the cap on nearby support
        pids = np.array([p.pid for p in places])
        ident = pids[:, None] == pids[None, :]
        # places named together ("California or Washington") are of one kind, one country
        if w.sibling and any(g.siblings for g in groups):
            by_group: dict[int, list[int]] = {}
            for k, (gi, _ci) in enumerate(slots):
                by_group.setdefault(gi, []).append(k)
            for gi, g in enumerate(groups):
                for gj in g.siblings:
                    for a in by_group.get(gi, ()):
                        pa = places[a]
                        for b in by_group.get(gj, ()):
                            pb = places[b]
                            if pa.kind == pb.kind and pa.kind in SIBLING_KINDS and _same_parent(pa, pb):
                                bonus[a, b] = max(bonus[a, b], w.sibling)
        group = np.array([gi for gi, _ in slots])
        same = group[:, None] == group[None, :]
        bonus[same] = 0.0
        reverse[same] = 0.0
        ident[same] = False
        self.has_ident = bool(ident.any()) and w.same_place > 0
        self.ident = ident.astype(float) * w.same_place
        self.bonus = bonus
        self.reverse = reverse
        self.group = group
        self.n_groups = len(groups)
        # column segments per group for reduceat (slots are grouped by construction)
        starts = [0]
        for k in range(1, n):
            if group[k] != group[k - 1]:
                starts.append(k)
        self.starts = np.array(starts)
        self.seg_group = group[self.starts]

    def backing(self, gi: int, groups: list[Group], exclude: set[int]) -> float:
        """Support of group ``gi``'s choice from the choices of groups outside ``exclude``."""
        if self.n == 0 or len(groups) < 2:
            return 0.0
        row = self.slot_of.get((gi, groups[gi].chosen or 0))
        if row is None:
            return 0.0
        total = 0.0
        for gj, g in enumerate(groups):
            if gj == gi or gj in exclude or g.chosen is None:
                continue
            col = self.slot_of.get((gj, g.chosen))
            if col is not None:
                total += float(self.bonus[row, col])
        return total

    def support(self, groups: list[Group]) -> list[dict[int, float]]:
        out: list[dict[int, float]] = [{} for _ in groups]
        if self.n == 0 or len(groups) < 2 or not (self.has_ident or self.bonus.any() or self.reverse.any()):
            return out
        chosen = np.array([groups[gi].chosen == ci for gi, ci in self.slots], dtype=float)
        weight = chosen + (1.0 - chosen) * self.w.alternative
        per_group = np.maximum.reduceat(self.bonus * weight[None, :], self.starts, axis=1)
        total = per_group.sum(axis=1) + (self.reverse * weight[None, :]).max(axis=1)
        if self.w.support_cap > 0:
            # places near each other in one story are one piece of evidence, not several
            knee, room = self.w.support_knee, self.w.support_cap - self.w.support_knee
            over = np.maximum(total - knee, 0.0)
            total = np.minimum(total, knee) + room * (1.0 - np.exp(-over / room))
        if self.has_ident:
            total = total + (self.ident * chosen[None, :]).max(axis=1)
        for k, (gi, ci) in enumerate(self.slots):
            if total[k] > 0:
                out[gi][ci] = float(total[k])
        return out


def _same_parent(a: Place, b: Place) -> bool:
    """Two places of one kind that sit in the same larger unit (countries: always)."""
    if a.kind in ("country", "continent", "region", "water"):
        return True
    if a.country_code != b.country_code:
        return False
    return a.kind == "admin1" or (a.admin1_code is not None and a.admin1_code == b.admin1_code)


# a capital this populous is what its bare name means, whatever country the article is about
WORLD_CAPITAL = 1_000_000
# ... over a town this small of that name, told with no state or container ("terror attacks in
# Paris and Brussels" in an American story are not Paris, Texas and Brussels, Wisconsin)
SMALL_TWIN = 100_000
NEAR_TOWNS_KM = 300.0


def _small_twin(g: Group) -> Place | None:
    """The small town chosen for a name told with no state or container, that a famous namesake
    may take the place of; None otherwise."""
    if g.chosen is None or not g.candidates or g.containers or g.state_codes or g.admin_hint:
        return None
    chosen = g.candidates[g.chosen].place
    if chosen.kind != "city" or chosen.population >= SMALL_TWIN or chosen.lat is None or chosen.lon is None:
        return None
    return chosen


def _lift(g: Group, k: int) -> None:
    g.scores[k] = max(g.scores) + 0.01
    _choose(g)


# a town at least this large in the country of the state's bodies named is read over a namesake
# abroad (a town's namesakes abroad are mostly small: Paris, Texas)
AGENCY_HOME_POPULATION = 100_000


def _home_reading(g: Group, groups: list[Group], home: frozenset[str], population: int = 0) -> None:
    """A name read abroad, where nothing else of the text lies, with a reading by its own name in
    the home of the local armed groups named: that one ("Amba fighters killed two soldiers in
    Bali" is Cameroon's Bali, not Indonesia's; "requests ... from Florida and California" in a
    story of Colombian drug lords stay American: each backs the other)."""
    p = g.place
    if p is None or p.kind == "country" or p.country_code in home or g.demonym or g.dateline:
        return
    if g.containers or g.containees or g.state_codes:
        return  # the text says where it lies
    if any(h is not g and h.place is not None and h.place.country_code == p.country_code for h in groups):
        return
    local = [
        k
        for k, c in enumerate(g.candidates)
        if c.place.country_code in home
        and c.flag < FLAG_ALT
        and c.place.kind in ("city", "admin2", "admin1")
        and c.place.population >= population
    ]
    if local:
        _lift(g, max(local, key=lambda k: g.candidates[k].place.importance))


def _keep_world_capital(g: Group, groups: list[Group]) -> None:
    chosen = _small_twin(g)
    if chosen is None:
        return
    capitals = [
        k
        for k, c in enumerate(g.candidates)
        if c.place.feature_code == "PPLC" and c.place.population >= WORLD_CAPITAL and c.flag <= FLAG_ALT
    ]
    # (the article's other towns looked at only for such a name: "a police post in Berlin" beside
    # San Miguel stays in El Salvador)
    if capitals and not any(h is not g and _near_town(h, chosen) for h in groups):
        _lift(g, capitals[0])


# a city this large, in a country the text names by name near one of its mentions, over a small
# namesake told with no state or container ("wounded in Thursday's Bastille Day attack in Nice", in
# a story from Sacramento that says "a study abroad program in France", is not Nice, California;
# "police in Hamilton said" in an Ohio story that names Canada elsewhere stays in Ohio)
MAJOR_TWIN = 250_000
NAMED_NEAR = 250  # characters


def _keep_major_city_of_named_country(g: Group, named_near: set[str | None] | None) -> None:
    """(``named_near`` None: of any country.)"""
    if _small_twin(g) is None or g.dateline:
        return
    major = [
        k
        for k, c in enumerate(g.candidates)
        if c.place.kind == "city"
        and c.place.population >= MAJOR_TWIN
        and (named_near is None or c.place.country_code in named_near)
        and c.flag <= FLAG_ALT
    ]
    if len(major) == 1:
        _lift(g, major[0])


def _near_town(h: Group, p: Place) -> bool:
    """``h`` reads as a town near ``p``, as its name's foremost place (not "Georgetown" read as the
    one in Kentucky) and told as a place ("English" is a language, not English, Indiana)."""
    q = h.place
    return (
        q is not None
        and q.kind == "city"
        and q.lat is not None
        and q.lon is not None
        and p.lat is not None
        and p.lon is not None
        and not h.labels & {"NORP", "LANGUAGE", "PERSON", "ORG"}
        and q.importance >= max(c.place.importance for c in h.candidates)
        and haversine_km(p.lat, p.lon, q.lat, q.lon) <= NEAR_TOWNS_KM
    )


def _choose(g: Group) -> None:
    best = max(range(len(g.scores)), key=g.scores.__getitem__)
    g.chosen = best
    top = g.scores[best]
    z = sum(math.exp(s - top) for s in g.scores)
    g.confidence = 1.0 / z


# -- outcome ---------------------------------------------------------------------------------


# a facility named for the town it serves, and near it: "the Brussels Airport" (in Zaventem)
_NAMED_FOR_TOWN = frozenset({"airport", "airfield", "university", "college"})


def _unresolved(
    mi: int,
    m: Mention,
    mentions: Sequence[Mention],
    group_of: list[int | None],
    groups: list[Group],
    no_anchor: set[int],
    reason: str | None = None,
    home: str | None = None,
) -> Resolution:
    """An unknown name (a street, a building, a village the gazetteer lacks) is placed at the
    nearest town or district the article names, with a low confidence and the reason."""
    # a note says why a name has no place (a sea, a demonym used as an adjective); a name whose
    # reading was rejected (``reason``) is placed all the same
    if m.demonym or (m.note is not None and reason is None):
        return Resolution(None, 0.0, m.note or f"'{m.text}' is not in the gazetteer")
    reason = reason or f"'{m.text}' is not in the gazetteer"
    local: list[tuple[int, Place]] = []
    for mj, other in enumerate(mentions):
        gj = group_of[mj]
        if gj is None or groups[gj].demonym or gj in no_anchor:
            continue
        q = groups[gj].place
        if q is not None and q.kind in LOCAL_KINDS and q.lat is not None:
            local.append((other.start, q))
    inside = m.extras.get("in_place")
    if isinstance(inside, int):
        gj = group_of[inside]
        q = groups[gj].place if gj is not None and gj not in no_anchor and not groups[gj].demonym else None
        if q is not None:
            # "the Maelbeek subway station in Brussels", "Firebase Ripley in Afghanistan": the place
            # the text puts it in
            where = f"{q.name}, {q.country_code}" if q.country_code else q.name
            return Resolution(None, 0.3, f"{reason}; placed at {where}, where the text puts it", approx=q)
    if m.container is not None:
        gj = group_of[m.container]
        q = groups[gj].place if gj is not None and gj not in no_anchor and not groups[gj].demonym else None
        if q is not None and q.kind in ("admin1", "admin2"):
            # "a military base in Baga, in Borno state" in a story filed from Lagos: a town in the
            # region the text names for it, not at the dateline (a town of its own at approximate
            # coordinates, as for a town the gazetteer lacks inside a named region)
            where = f"{q.name}, {q.country_code}" if q.country_code else q.name
            note = f"{reason}; placed at {where}, where the text puts it"
            return Resolution(None, 0.3, note, approx=q, settlement=True)
    if not local:
        return Resolution(None, 0.0, reason)
    words = name_key(m.text).split()
    # (an airport or a campus only: "San Antonio Abad" is a San Salvador district, not in San Antonio,
    # Texas; "Haifa Street" is in Baghdad, "Jalalabad Road" in Kabul)
    for mj, other in enumerate(mentions if words and words[-1] in _NAMED_FOR_TOWN else ()):
        gj = group_of[mj]
        if mj == mi or gj is None or groups[gj].demonym or gj in no_anchor:
            continue
        q = groups[gj].place
        head = name_key(other.text).split()
        if q is not None and q.kind == "city" and 0 < len(head) < len(words) and words[: len(head)] == head:
            # "the Brussels Airport" (in Zaventem), in a story that names Brussels: at the town its
            # name begins with, not the nearest place named ("their flight to New York")
            where = f"{q.name}, {q.country_code}" if q.country_code else q.name
            note = f"{reason}; placed at {where}, the town its name begins with"
            return Resolution(None, 0.3, note, approx=q)
    if home and any(q.country_code == home for _, q in local):
        local = [(pos, q) for pos, q in local if q.country_code == home]
    before = [(m.start - pos, q) for pos, q in local if pos < m.start and m.start - pos <= 1500]
    after = [(pos - m.start, q) for pos, q in local if pos > m.start and pos - m.start <= 300]
    if before:
        q = min(before, key=lambda x: x[0])[1]
    elif after:
        q = min(after, key=lambda x: x[0])[1]
    else:
        counts: dict[int, int] = {}
        for _, place in local:
            counts[place.pid] = counts.get(place.pid, 0) + 1
        pid, n = max(counts.items(), key=lambda x: x[1])
        if n * 2 < len(local):
            return Resolution(None, 0.0, reason)
        q = next(place for _, place in local if place.pid == pid)
    where = f"{q.name}, {q.country_code}" if q.country_code else q.name
    return Resolution(
        None,
        0.2,
        f"{reason}; placed at {where}, the nearest place the article names",
        approx=q,
    )


def _reason(g: Group, m: Mention) -> str | None:
    notes = []
    inner = m.extras.get("inner")
    if isinstance(inner, dict) and g.place is not None and g.place.pid in inner:
        notes.append(f"resolved through the place name '{inner[g.place.pid]}' inside '{m.text}'")
    elif m.note:
        notes.append(m.note)
    if g.confidence < 0.6 and len(g.candidates) > 1 and g.chosen is not None:
        order = sorted(range(len(g.scores)), key=g.scores.__getitem__, reverse=True)
        alt = g.candidates[order[1]].place
        where = alt.country_code or alt.kind
        notes.append(f"ambiguous: could also be {alt.name} ({where}); p={g.confidence:.2f}")
    return "; ".join(notes) or None


@cache
def _languages() -> frozenset[str]:
    import pycountry

    return frozenset(name_key(lang.name) for lang in pycountry.languages) | {"berber", "farsi", "pashto"}


def _language_name(key: str) -> bool:
    """Whether a name is a language's ("in Dari", "in Somali"), so that NER's label may be right."""
    return key in _languages()


def _keep_ruler_match(
    gi: int,
    g: Group,
    m: Mention,
    ctx: _Context,
    groups: list[Group],
    dateline_cc: str | None,
    focus: str | None,
    theatre: frozenset[str] = frozenset(),
) -> tuple[bool, str | None]:
    """A name found by the gazetteer alone (or against NER's label) is kept when the text or
    the article backs it up; the bar rises with how likely the name is something else."""
    p = g.place
    assert p is not None
    if g.demonym or g.candidates[g.chosen or 0].flag == FLAG_DEMONYM:
        return True, None
    if m.extras.get("speech") and not (
        m.extras.get("tight_locative") and (p.country_code in theatre or m.extras.get("speech_aux"))
    ):
        # "Oursi who also was ...": after "in", in a country the article's actors work in, the
        # word after the name belongs to the clause, not to a speaker (and so does an auxiliary's:
        # "A planned refugee home in Bautzen was set on fire")
        return False, "person_name"
    if g.backed_by_ner:
        return True, None  # the same name is a place elsewhere in the article (one sense)
    ev = _evidence(gi, g, p, m, ctx, groups, dateline_cc, focus)
    if p.country_code in theatre:
        ev.add("theatre")
    textual = ev & {"dateline", "contain", "state", "locative", "near25"}
    label = m.extras.get("override")
    if label == "LANGUAGE" and not _language_name(m.key):
        label = "ORG"  # "attacked a UN camp in Kidal": no language, a name NER misread
    if label in NAME_LABELS:
        # a name NER took for another kind of name, written where places are written: "(Dessa,
        # Tillabery)", "between Djibo and ..." in a story of a group active in Niger and Burkina
        # Faso; "in Kandhamal district"; "south of Djibo" (a town by its own name)
        placed = bool(g.locative or m.extras.get("tight_locative") or g.admin_hint or g.settlement_hint)
        own_name = g.candidates[g.chosen or 0].flag <= FLAG_ALT
        if (m.extras.get("holds_unknown") or m.extras.get("venue_of")) and p.importance >= 1.5 and own_name:
            textual = textual | {"placed"}  # "in Babaini, Mardan", "a Dhaka cafe"
        if (
            ("theatre" in ev and placed)
            or ("tight_locative" in ev and (g.admin_hint or g.settlement_hint))
            or (
                "tight_locative" in ev
                and p.importance >= 1.5
                and g.candidates[g.chosen or 0].flag <= FLAG_ALT
            )
        ):
            textual = textual | {"placed"}
    high_level = p.kind in ("country", "admin1", "continent", "region", "water") or p.feature_code == "PPLC"
    if label == "PERSON" and " " not in m.key:
        ok = bool(ev & {"dateline", "contain", "state", "tight_locative"} or "placed" in textual) or (
            high_level and bool(ev)
        )
        return (True, None) if ok else (False, "person_name")
    if label is not None:
        ok = bool(textual) or p.kind == "country" or (bool(ev) and p.importance >= 2.0)
        return (True, None) if ok else (False, "ner_other_label")
    if m.source == "embedded":
        if m.extras.get("court_of") and g.candidates[g.chosen or 0].flag < FLAG_ALT and p.importance >= 1.0:
            return True, None  # "Leeds Crown Court": the town a court is named after is where it sits
        if g.candidates[g.chosen or 0].flag >= FLAG_ALT and not (
            ev & {"dateline", "contain", "state"} or m.extras.get("tight_locative")
        ):
            # a town's other name inside another kind of name: "a reputed Killa Ward member" is a
            # gang's, whatever GeoNames lists for Barranquilla
            return False, "embedded_no_context"
        # (a province inside a name with nothing in the article for it is the name's word, unless
        # the name is named after it, "Punjab Police", "the University of Balochistan": "Jornal dos
        # Bairros Litoral" in Brazil is no province of Equatorial Guinea)
        named_after = p.kind != "admin1" or bool(m.extras.get("named_after"))
        return (True, None) if (ev or (high_level and named_after)) else (False, "embedded_no_context")
    if (
        m.strict
        and m.extras.get("tight_locative")
        and not m.extras.get("after_the")
        and dateline_cc is not None
        and p.country_code == dateline_cc
        and g.candidates[g.chosen or 0].flag <= FLAG_ALT
    ):
        return True, None  # "THE POLICE POST IN UCHIZA" under a Lima dateline: a town of that country
    if m.strict:
        ok = bool(textual) or (bool(ev & {"share", "focus"}) and p.importance >= 2.5)
        return (True, None) if ok else (False, "common_word")
    if p.importance < 2.5 and not ev:
        return False, "minor_place"
    return True, None


def _described_as_person(m: Mention) -> bool:
    """ "to arrest Jasim, an accused in a case": a person described after the name, unless the
    name is written where places are ("in Jasim, a ...")."""
    return bool(m.extras.get("person_after")) and not m.extras.get("tight_locative")


def _keep_unresolved(m: Mention) -> bool:
    """NER calls many unknown capitalised words GPE; keep an unknown name only when it looks
    like a place: a street or building word, or "in X", "X village", "X, Nigeria"."""
    if _described_as_person(m) or m.extras.get("outlet"):
        return False
    if m.demonym or m.source not in ("ner", "given"):
        return True
    if m.note is not None or m.extras.get("facility"):
        return True
    if m.source == "given":
        return True
    if m.label not in ("GPE", "LOC", "FAC"):
        return False
    return bool(
        m.locative
        or m.admin_hint
        or m.settlement_hint
        or m.container is not None
        or m.extras.get("contains_previous")
    ) and not m.extras.get("speech")


def _evidence(
    gi: int,
    g: Group,
    p: Place,
    m: Mention,
    ctx: _Context,
    groups: list[Group],
    dateline_cc: str | None,
    focus: str | None,
) -> set[str]:
    """What in the text or the article supports reading ``g`` as ``p``."""
    ev: set[str] = set()
    if g.dateline:
        ev.add("dateline")
    for h in g.containers:
        q = groups[h].place
        if q is not None and q.contains(p):
            ev.add("contain")
    for h in g.containees:
        q = groups[h].place
        if q is not None and p.contains(q):
            ev.add("contain")
    if g.state_codes and p.admin1_code in g.state_codes:
        ev.add("state")
    if g.locative and p.importance >= 1.7:
        ev.add("locative")
    if m.extras.get("tight_locative") and p.importance >= 1.0:
        ev.add("tight_locative")
        if p.importance >= 1.7:
            ev.add("locative")
    if p.kind in LOCAL_KINDS and p.lat is not None and p.lon is not None:
        for oi, other in enumerate(groups):
            q = other.place
            if oi == gi or q is None or q.lat is None or q.lon is None:
                continue
            if q.kind not in LOCAL_KINDS:
                continue
            d = haversine_km(p.lat, p.lon, q.lat, q.lon)
            if d < 25:
                ev.add("near25")
            if d < 150:
                ev.add("near150")
    if p.importance >= 1.5:
        if p.country_code and p.country_code in (dateline_cc, focus):
            ev.add("focus")
        if ctx.share(gi, p.country_code) >= 0.3:
            ev.add("share")
    return ev
