"""Shared fixtures: real SQLite files in tmp dirs, a real PostgreSQL server when
``VEILLE_TEST_PG`` names one (each test in a schema of its own), articles written for the tests."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import pytest

if TYPE_CHECKING:
    from veille.kb import ActorKB
    from veille.pipeline import Pipeline

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


# -- PostgreSQL -------------------------------------------------------------------------------

PG_ENV = "VEILLE_TEST_PG"


def pg_url_with_schema(url: str, schema: str) -> str:
    """``url`` whose connections use ``schema`` first (libpq's ``options=-c search_path=...``)."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "options"]
    query.append(("options", f"-csearch_path={schema}"))
    return urlunsplit(parts._replace(query=urlencode(query)))


@pytest.fixture(scope="session")
def pg_server() -> str | None:
    """The server URL from $VEILLE_TEST_PG when it answers; None (tests skip) otherwise."""
    url = os.environ.get(PG_ENV, "").strip()
    if not url:
        return None
    import psycopg

    try:
        with psycopg.connect(url, connect_timeout=3, autocommit=True) as con:
            con.execute("SELECT 1")
    except psycopg.Error:
        return None
    return url


@pytest.fixture
def pg_url(pg_server: str | None) -> Iterator[str]:
    """A PostgreSQL URL whose tables live in a fresh schema, dropped after the test.

    Schemas keep parallel test workers (pytest-xdist) and the processes a test starts apart.
    """
    if pg_server is None:
        why = "is not set" if not os.environ.get(PG_ENV) else "names a server that does not answer"
        pytest.skip(f"PostgreSQL tests need a server: ${PG_ENV} {why}")
    import psycopg

    schema = f"veille_t_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(pg_server, autocommit=True) as con:
        con.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield pg_url_with_schema(pg_server, schema)
    finally:
        with psycopg.connect(pg_server, autocommit=True) as con:
            con.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database: a SQLite file, then (when there is a server) a PostgreSQL schema."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """The default pipeline (spaCy, gazetteer, knowledge base), loaded once per test module."""
    from veille.pipeline import Pipeline
    from veille.settings import Settings

    return Pipeline.from_settings(Settings.load(env={}))


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    """The bundled actor knowledge base."""
    from veille.kb import ActorKB

    return ActorKB.load()
