"""Scoring behind ``veille eval``: plain dicts in (CONTRACT §2 records, §4 places), reports out.

The scorer reads only dicts and never imports the NLP or extraction code, so it can score any
system's output. Bad input is counted as errors, never fatal.
"""

from __future__ import annotations

from .event_report import FIELDS, EventReport
from .events import score_events
from .gate import check_minimums
from .geo import GeoReport, Re3dReport, score_geo, score_re3d
from .jsonl import read_jsonl
from .perpetrators import group_of, names_match

__all__ = [
    "FIELDS",
    "EventReport",
    "GeoReport",
    "Re3dReport",
    "check_minimums",
    "group_of",
    "names_match",
    "read_jsonl",
    "score_events",
    "score_geo",
    "score_re3d",
]
