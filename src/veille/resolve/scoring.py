"""Pairwise evidence that two records report the same happening (``blocking.v2``).

Each piece of evidence adds to or takes from a score in [0, 1] and leaves a reason; some make a
pair impossible (two records of one article, an attack in two cities 300 km apart, a report
published before the day of the other). Weights are hand-set and deliberately few; the
resolution gold (``veille/data/resolution``) and the tests hold them in place.
"""

from __future__ import annotations

from veille.records import haversine_km
from veille.resolve.features import JUDICIAL, NEAR_KM, TOLERANCE_DAYS, TRANSFERS, View, iso

THRESHOLD = 0.5
AREA_KM = 100.0
FAR_KM = 300.0  # operations this far apart, with no region in common, are two operations
WORDING_BASE = 0.12  # the cosine two unrelated reports of one type typically reach
Scored = tuple[float, list[str]]


def score_views(a: View, b: View, similarity: float) -> Scored | None:
    """Score and reasons for two records, or None when they cannot be one happening."""
    if a.article_id == b.article_id or a.record_type != b.record_type:
        return None
    if a.record_type == "statistic":
        return _statistics(a, b)
    if a.family != b.family:
        return None
    reasons: list[str] = []
    if a.event_type == b.event_type:
        score = 0.15
        reasons.append(f"same type {a.event_type}")
    else:
        score = 0.05
        reasons.append("compatible types " + "/".join(sorted((a.event_type, b.event_type))))
    for part in (_time, _place):
        got = part(a, b)
        if got is None:
            return None
        score += got[0]
        reasons.extend(got[1])
    for extra in (_actors(a, b), _counts(a, b), _codes(a, b), _wording(similarity)):
        score += extra[0]
        reasons.extend(extra[1])
    town = any(r.startswith(("same place", "places ")) for r in reasons)
    if a.start is None and b.start is None and not town:
        # Neither says when nor exactly where: a group's attacks in one province over a few days
        # look alike, so only the wording and the figures can tell.
        score -= 0.2
        reasons.append("no dates and no common town")
    return max(0.0, min(score, 1.0)), reasons


def _time(a: View, b: View) -> Scored | None:
    for x, y in ((a, b), (b, a)):
        if x.published is not None and y.start is not None and y.start > x.published + 1:
            return None  # x was published before y's happening began
    tol = TOLERANCE_DAYS.get(a.family, 3)
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return _undated(a, b)
    gap = max(a.start, b.start) - min(a.end, b.end)
    if a.day_precise and b.day_precise:
        if gap <= 0:
            return 0.35, [f"same day {iso(a.start)}"]
        if gap == 1:
            return 0.15, ["dates one day apart"]
        if gap <= tol:
            return -0.05 * gap, [f"dates {gap} days apart"]
        return None
    if gap > tol:
        return None
    if gap > 0:
        return -0.05 * gap, [f"date intervals {gap} days apart"]
    widest = max(a.end - a.start, b.end - b.start)
    if widest <= 7:
        return 0.15, ["dates within one week"]
    if widest <= 31:
        return 0.1, ["dates within one month"]
    return 0.03, ["date intervals overlap"]


def _undated(a: View, b: View) -> Scored | None:
    """One or both reports give no date: their publication dates say how far apart they are.

    News of a happening comes out within days; an undated report published two weeks after a
    dated one, or two undated ones a week apart, are most likely about different happenings.
    """
    hard = a.family == "attack"
    dated = a if a.start is not None else b
    undated = b if dated is a else a
    if undated.published is None:
        return 0.0, ["no date, no publication date"]
    if dated.start is not None and dated.end is not None:
        lag = undated.published - dated.end
        if lag <= 3:
            return 0.0, [f"undated report published {max(lag, 0)} days after the other's date"]
        if lag <= 14:
            return -0.1, [f"undated report published {lag} days after the other's date"]
        if hard and lag > 30:
            return None
        return -0.25, [f"undated report published {lag} days after the other's date"]
    if dated.published is None:
        return 0.0, ["no date on either report"]
    gap = abs(a.published - b.published) if a.published is not None and b.published is not None else 0
    if gap == 0:
        return 0.05, ["no dates; published the same day"]
    if gap <= 2:
        return 0.0, [f"no dates; published {gap} days apart"]
    if gap <= 7:
        return -0.15, [f"no dates; published {gap} days apart"]
    if hard:
        return None
    return -0.3, [f"no dates; published {gap} days apart"]


def _place(a: View, b: View) -> Scored | None:
    reasons: list[str] = []
    score = 0.0
    if a.countries and b.countries and not a.countries & b.countries:
        shared = sorted(a.agents & b.agents)
        if not shared:
            return None
        # A named national agency outweighs a geocoding slip ("Manchester" read as Jamaica's).
        score -= 0.2
        reasons.append(
            f"countries differ ({'/'.join(sorted(a.countries))} vs {'/'.join(sorted(b.countries))}) "
            f"but same agency {shared[0]}"
        )
        return score, reasons  # the places themselves are then not to be trusted
    judicial = a.family in JUDICIAL
    if a.places and b.places:
        dist, pa, pb = _nearest(a, b)
        if dist is not None and dist == 0.0:
            return score + 0.3, reasons + [f"same place {pa}"]
        if dist is not None and dist <= NEAR_KM:
            return score + 0.25, reasons + [f"places {dist:.0f} km apart ({pa}, {pb})"]
        if dist is not None and dist <= AREA_KM:
            return score + 0.1, reasons + [f"nearby places {dist:.0f} km apart ({pa}, {pb})"]
        where = f"{pa}, {pb}" + (f", {dist:.0f} km" if dist is not None else "")
        shared_regions = sorted(a.regions & b.regions)
        if shared_regions and not (a.family == "attack" and dist is not None):
            # One report names a city, the other only its region (or a town the gazetteer
            # could not place): they agree on the region.
            return score + 0.05, reasons + [f"same region {shared_regions[0].split('/', 1)[1]} ({where})"]
        if a.family == "attack" or (not judicial and dist is not None and dist > FAR_KM):
            return None
        # Courts sit far from where the suspects were arrested: a weak signal there; two
        # operations hundreds of kilometres apart are two operations.
        return score - (0.1 if judicial else 0.4), reasons + [f"different places ({where})"]
    if a.regions and b.regions:
        shared_regions = sorted(a.regions & b.regions)
        if shared_regions:
            return score + 0.1, reasons + [f"same region {shared_regions[0].split('/', 1)[1]}"]
        if a.family == "attack":
            return score - 0.3, reasons + ["different regions"]
        return score - (0.05 if judicial else 0.15), reasons + ["different regions"]
    common = sorted(a.countries & b.countries)
    if common:
        return score + 0.05, reasons + [f"same country {common[0]}"]
    return score, reasons


def _nearest(a: View, b: View) -> tuple[float | None, str, str]:
    """The closest pair of city-level places: 0 for the same name, km from coordinates."""
    best: tuple[float | None, str, str] = (None, a.places[0].city, b.places[0].city)
    for pa in a.places:
        for pb in b.places:
            if pa.city == pb.city and pa.country == pb.country:
                return 0.0, pa.city, pb.city
            if pa.lat is None or pa.lon is None or pb.lat is None or pb.lon is None:
                continue
            d = haversine_km(pa.lat, pa.lon, pb.lat, pb.lon)
            if best[0] is None or d < best[0]:
                best = (d, pa.city, pb.city)
    return best


def _actors(a: View, b: View) -> Scored:
    score, reasons = 0.0, []
    if a.groups and b.groups:
        shared = a.groups & b.groups
        if shared:
            score += 0.1
            reasons.append("same group " + ", ".join(sorted(shared)))
        else:
            score -= 0.25
            reasons.append(f"different groups {', '.join(a.group_names)} / {', '.join(b.group_names)}")
    agents = sorted(a.agents & b.agents)
    if agents:
        score += 0.1
        reasons.append(f"same agency {agents[0]}")
    if a.family in TRANSFERS and len(a.route) > 1 and a.route == b.route:
        score += 0.15
        reasons.append("same countries " + "/".join(sorted(a.route)))
    return score, reasons


def _counts(a: View, b: View) -> Scored:
    score, reasons = 0.0, []
    da, db = dict(a.counts), dict(b.counts)
    same = [(slot, v) for slot, v in sorted(da.items()) if db.get(slot) == v]
    if same:
        score += min(0.15, 0.1 * len(same))
        reasons.append("same counts " + ", ".join(f"{slot} {v}" for slot, v in same))
    for slot in sorted(set(da) & set(db)):
        va, vb = da[slot], db[slot]
        if va == vb:
            continue
        lo, hi = sorted((va, vb))
        if slot in {"killed", "wounded", "kidnapped"}:
            # Tolls rise as the wounded die and bodies are found; only a wild gap tells apart.
            if hi > 3 * lo + 5:
                score -= 0.15
                reasons.append(f"very different {slot} counts {lo}/{hi}")
        elif slot in {"arrested", "persons", "cells"} and a.family != "attack":
            score -= 0.1
            reasons.append(f"different {slot} counts {lo}/{hi}")
    return score, reasons


def _codes(a: View, b: View) -> Scored:
    score, reasons = 0.0, []
    for name, x, y in (
        ("attack type", a.attack_type, b.attack_type),
        ("weapon", a.weapon_type, b.weapon_type),
    ):
        if x and y:
            if x == y:
                score += 0.05
                reasons.append(f"same {name} {x}")
            else:
                # GTD codes are often read differently from one report to another.
                score -= 0.05
                reasons.append(f"different {name} {x}/{y}")
    return score, reasons


def _wording(similarity: float) -> Scored:
    """Shared wording of the evidence (TF-IDF cosine): graded around what unrelated reports share."""
    weight = max(-0.08, min(0.25, 0.6 * (similarity - WORDING_BASE)))
    if abs(weight) < 0.02:
        return 0.0, []
    label = "shared wording" if weight > 0 else "little shared wording"
    return weight, [f"{label} ({similarity:.2f})"]


def _statistics(a: View, b: View) -> Scored | None:
    if a.metric != b.metric or a.value != b.value or a.event_type != b.event_type:
        return None
    if a.countries and b.countries and not a.countries & b.countries:
        return None
    reasons = [f"same type {a.event_type}", f"same figure {a.metric}={_num(a.value)}"]
    score = 0.6
    (sa, ea), (sb, eb) = a.period, b.period
    if sa is not None and sb is not None and ea is not None and eb is not None:
        if (sa, ea) == (sb, eb):
            score += 0.3
            reasons.append("same period")
        elif sa <= eb and sb <= ea:
            score += 0.1
            reasons.append("overlapping periods")
        else:
            return None
    if a.published is not None and b.published is not None:
        gap = abs(a.published - b.published)
        if gap <= 7:
            score += 0.1
            reasons.append(f"published {gap} days apart")
        elif gap > 90:
            score -= 0.2
            reasons.append(f"published {gap} days apart")
    return min(score, 1.0), reasons


def _num(v: float | None) -> str:
    if v is None:
        return "?"
    return str(int(v)) if float(v).is_integer() else str(v)
