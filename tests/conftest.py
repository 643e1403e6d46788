"""Shared fixtures: real SQLite files in tmp dirs, articles written for the tests."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

SHARED_EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"

ARTICLES = [
    {
        "id": "t-arrest",
        "title": "Four held in Tangier over Islamic State cell",
        "text": (
            "TANGIER, March 4 (Test Wire) - Moroccan police arrested four suspects in Tangier on Tuesday "
            "on suspicion of belonging to a cell loyal to the Islamic State group, the BCIJ said. "
            "The suspects, aged between 21 and 34, were planning attacks, investigators said."
        ),
        "published": "2025-03-04",
        "source": "Test Wire",
    },
    {
        "id": "t-attack",
        "title": "Bomb kills three in Maiduguri",
        "text": (
            "A suicide bomber killed three people and wounded 12 others at a market in Maiduguri, "
            "Borno State, on Sunday, police said. No group claimed responsibility, but Boko Haram "
            "has carried out similar attacks in the city."
        ),
        "published": "2025-06-10",
        "source": "Test Daily",
    },
    {
        "id": "t-football",
        "title": "United attack sinks City",
        "text": (
            "United's relentless attack sank City 3-0 on Saturday as their striker shot home twice "
            "before half-time in front of a record crowd at the stadium."
        ),
        "published": "2025-02-02",
        "source": "Test Sport",
    },
]


@pytest.fixture(scope="session", autouse=True)
def _cache_dir(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Built indexes go to one folder per test session (or the developer's shared cache)."""
    if "VEILLE_CACHE_DIR" not in os.environ:
        os.environ["VEILLE_CACHE_DIR"] = str(Path.home() / ".cache" / "veille")


@pytest.fixture
def articles_file(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "test.db")
