"""The quality gate: compare a report's figures with minimums kept in a file.

A gate file maps a data set name to metric thresholds, e.g.::

    {"demo": {"relevance_f1": 0.95, "event_type": 0.95, "country_code|matched": 0.9,
              "false_alarm_rate": {"max": 0.05}, "errors": {"max": 0}},
     "geo": {"GWN.acc161_recognised": 0.8}}

A threshold is a number (a minimum) or ``{"min": x, "max": y}``. A key names a figure of the
report's ``metrics`` block: for event reports ``relevance_precision``, ``relevance_recall``,
``relevance_f1``, ``false_alarm_rate``, ``records_per_relevant_article``,
``records_per_irrelevant_article``, ``unmatched_records_on_relevant``, ``match_rate``,
``errors``, every field key (its ``acc``) and ``<field>|matched`` (its ``acc_matched``),
``coordinates_mean_km`` and ``coordinates_median_km``; for geo reports ``recognition_f1`` and
friends, ``exact|country|acc161|mean_km|median_km`` + ``_recognised`` or ``_e2e``, each also
prefixed ``<corpus>.``; for re3d ``location_f1`` and friends. A key that is not in ``metrics``
is read as a dotted path into the report (``relevance.f1``, ``fields.city.n``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def _lookup(report: Mapping[str, Any], key: str) -> tuple[bool, Any]:
    metrics = report.get("metrics")
    if isinstance(metrics, Mapping) and key in metrics:
        return True, metrics[key]
    node: Any = report
    for part in key.split("."):
        if not isinstance(node, Mapping) or part not in node:
            return False, None
        node = node[part]
    return True, node


def _bounds(threshold: Any) -> tuple[float | None, float | None] | None:
    if isinstance(threshold, bool):
        return None
    if isinstance(threshold, (int, float)):
        return float(threshold), None
    if isinstance(threshold, Mapping) and set(threshold) <= {"min", "max"} and threshold:
        lo, hi = threshold.get("min"), threshold.get("max")
        if all(v is None or (isinstance(v, (int, float)) and not isinstance(v, bool))
               for v in (lo, hi)):  # fmt: skip
            return (None if lo is None else float(lo)), (None if hi is None else float(hi))
    return None


def _check_one(report: Mapping[str, Any], prefix: str, minimums: Mapping[str, Any]) -> list[str]:
    failures = []
    for key, threshold in minimums.items():
        name = f"{prefix}{key}"
        bounds = _bounds(threshold)
        if bounds is None:
            failures.append(f"{name}: threshold {threshold!r} is not a number or {{min, max}}")
            continue
        found, value = _lookup(report, key)
        if not found:
            failures.append(f"{name}: no such figure in the report (check the key)")
            continue
        if value is None or isinstance(value, bool) or not isinstance(value, (int, float)):
            failures.append(f"{name}: not computed (nothing was scored), needs {threshold!r}")
            continue
        lo, hi = bounds
        if lo is not None and value < lo:
            failures.append(f"{name}: {value:.4g} is below the minimum {lo:.4g}")
        if hi is not None and value > hi:
            failures.append(f"{name}: {value:.4g} is above the maximum {hi:.4g}")
    return failures


def check_minimums(report_dict: Mapping[str, Any], minimums: Mapping[str, Any]) -> list[str]:
    """Human-readable failures of a report (or of reports by data set) against a gate.

    With a gate of nested thresholds (``{"demo": {...}}``), ``report_dict`` maps each data set
    name to its report's ``to_dict()``; a data set missing from it is a failure. With flat
    thresholds (``{"relevance_f1": 0.9}``), ``report_dict`` is one report's ``to_dict()``.
    An empty list means the gate passes.
    """
    nested = bool(minimums) and all(
        isinstance(v, Mapping) and not (set(v) <= {"min", "max"} and v) for v in minimums.values()
    )
    if not nested:
        return _check_one(report_dict, "", minimums)
    failures: list[str] = []
    for dataset, thresholds in minimums.items():
        report = report_dict.get(dataset)
        if not isinstance(report, Mapping):
            failures.append(f"{dataset}: no report for this data set")
            continue
        failures += _check_one(report, f"{dataset}: ", thresholds)
    return failures
