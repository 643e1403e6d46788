"""PLOVER-style JSON Lines: one event per line in the PLOVER event data standard's fields.

PLOVER (Political Language Ontology for Verifiable Event Records) codes an event as an
``event_type`` from its ontology, a ``mode`` refining it, ``context`` tags, an ``actor`` acting on
a ``recipient``, a date and a location. Our ontology maps onto it approximately (table in
docs/exports.md); what PLOVER has no field for travels under the ``veille`` key.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from veille.export.redact import redact_persons as scrub_persons
from veille.records import ResolvedEvent

# Our event type -> (PLOVER event_type, mode or None).
PLOVER_TYPES: dict[str, tuple[str, str | None]] = {
    "attack": ("ASSAULT", None),  # mode from attack and weapon type, below
    "ct_operation": ("ASSAULT", None),
    "plot_foiled": ("COERCE", "arrest"),
    "cell_dismantled": ("COERCE", "arrest"),
    "arrest": ("COERCE", "arrest"),
    "raid": ("COERCE", "seize"),
    "deportation": ("COERCE", "deport"),
    "charge": ("ACCUSE", "charge"),
    "trial": ("ACCUSE", "trial"),
    "conviction": ("SANCTION", "convict"),
    "acquittal": ("RETREAT", "acquit"),
    "release": ("RETREAT", "release"),
    "repatriation": ("AID", "repatriate"),
    "extradition": ("COOPERATE", "extradite"),
    "travel": ("MOBILIZE", "travel"),
    "recruitment": ("MOBILIZE", "recruit"),
    "threat": ("THREATEN", None),
    "warning": ("MOBILIZE", "alert"),
    "policy": ("SANCTION", "policy"),
}
ASSAULT_MODES = {
    "bombing": "explode",
    "explosives": "explode",
    "firearms": "firearms",
    "armed_assault": "firearms",
    "kidnapping": "abduct",
    "hostage_barricade": "abduct",
    "assassination": "assassinate",
    "melee": "beat",
    "unarmed_assault": "beat",
    "vehicle": "vehicle",
    "incendiary": "arson",
}
SECURITY = {"police", "military", "security_agency", "government", "judiciary", "international"}


def _mode(d: dict[str, Any]) -> str | None:
    etype = str(d.get("event_type"))
    if etype == "attack":
        if d.get("suicide"):
            return "suicide"
        for key in (d.get("attack_type"), d.get("weapon_type")):
            if key in ASSAULT_MODES:
                return ASSAULT_MODES[str(key)]
        return None
    if etype == "ct_operation":
        return "military"
    return PLOVER_TYPES.get(etype, ("", None))[1]


def _party(actors: list[dict[str, Any]]) -> dict[str, Any] | None:
    if not actors:
        return None
    a = actors[0]
    return {
        "name": a.get("name"),
        "country": a.get("country_code"),
        "sector": a.get("kind"),
        "legal_status": a.get("legal_status"),
        "others": [x.get("name") for x in actors[1:]],
    }


def plover_event(d: dict[str, Any]) -> dict[str, Any]:
    """One event (CONTRACT §5 dict) as a PLOVER-style record."""
    actors = [a for a in d.get("actors") or [] if a.get("role") != "source"]
    state_acts = d.get("event_type") not in ("attack", "threat", "recruitment", "travel")
    if state_acts:
        acting = [a for a in actors if a.get("role") == "agent"]
        acted_on = [a for a in actors if a.get("role") in ("perpetrator", "affiliation", "target")]
    else:
        acting = [a for a in actors if a.get("role") in ("perpetrator", "agent")]
        acted_on = [a for a in actors if a.get("role") in ("target", "affiliation")]
    date = d.get("date") or {}
    locs = d.get("locations") or []
    loc = next((x for x in locs if x.get("role") == "event"), locs[0] if locs else None)
    context = ["terrorism"]
    if d.get("event_type") in ("charge", "trial", "conviction", "acquittal", "extradition"):
        context.append("legal")
    if d.get("event_type") in ("deportation", "repatriation", "travel"):
        context.append("migration")
    if any(a.get("kind") in SECURITY for a in acting) or d.get("event_type") == "ct_operation":
        context.append("security")
    counts = d.get("counts") or {}
    return {
        "id": d["id"],
        "date": date.get("start"),
        "event_type": PLOVER_TYPES.get(str(d.get("event_type")), ("", None))[0] or None,
        "mode": _mode(d),
        "context": context,
        "actor": _party(acting),
        "recipient": _party(acted_on),
        "location": None
        if loc is None
        else {
            "placename": loc.get("name"),
            "city": loc.get("city"),
            "state": loc.get("admin1"),
            "country": loc.get("country_code"),
            "lat": loc.get("lat"),
            "lon": loc.get("lon"),
            "geonames_id": loc.get("geonames_id"),
            "precision": loc.get("precision"),
        },
        "fatalities": counts.get("killed"),
        "story_ids": list(d.get("article_ids") or []),
        "text": d.get("summary") or "",
        "veille": {
            "event_type": d.get("event_type"),
            "record_type": d.get("record_type"),
            "date": date,
            "counts": counts,
            "statistic": d.get("statistic"),
            "actors": actors,
            "confidence": d.get("confidence"),
            "review_status": d.get("review_status"),
            "evidence": [e.get("text") for e in d.get("evidence") or []],
        },
    }


def write_plover(events: Iterable[ResolvedEvent], out: TextIO, *, redact_persons: bool = False) -> int:
    n = 0
    for ev in events:
        d = ev.to_dict()
        if redact_persons:
            d = scrub_persons(d)
        out.write(json.dumps(plover_event(d), ensure_ascii=False, sort_keys=True) + "\n")
        n += 1
    return n
