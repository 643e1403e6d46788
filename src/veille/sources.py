"""Reading sources for a run that has a database: fetch state kept across runs.

``io`` may not import the store, so the pieces meet here: :class:`DbFetchState` keeps
validators (ETag, Last-Modified) and robots.txt files in the ``fetch_state`` and
``robots_cache`` tables, and :class:`SourceReader` reads sources with one fetcher for the run.
Validators are saved by :meth:`SourceReader.commit`, which the ingest job calls only after the
articles are stored: a run killed in between fetches everything again next time (and the store
dedupes it), so a 304 never hides an article that was not stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from veille.errors import ConfigError
from veille.io.csvsource import parse_mapping
from veille.io.fetch import Fetcher, FetchOptions, FetchState, MemoryFetchState, Validators
from veille.io.read import ReadItem, read_sources
from veille.io.web import FEED_ITEM_TEXT
from veille.store.db import Database


class DbFetchState:
    """:class:`~veille.io.fetch.FetchState` in the database (SQLite or PostgreSQL)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def validators(self, url: str) -> Validators | None:
        sql = "SELECT url, final_url, etag, last_modified FROM fetch_state WHERE url = ?"
        rows = self.db.query(sql, (url,))
        if not rows:
            return None
        r = rows[0]
        return Validators(r["url"], r["final_url"], r["etag"], r["last_modified"])

    def save_validators(self, items: Iterable[Validators]) -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        rows = [(v.url, v.final_url, v.etag, v.last_modified, now) for v in items]
        with self.db.transaction():
            self.db.executemany(
                """INSERT INTO fetch_state (url, final_url, etag, last_modified, saved_at)
                   VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT (url) DO UPDATE SET final_url = excluded.final_url, etag = excluded.etag,
                       last_modified = excluded.last_modified, saved_at = excluded.saved_at""",
                rows,
            )

    def robots(self, origin: str) -> tuple[int, str, float] | None:
        rows = self.db.query("SELECT status, body, fetched_at FROM robots_cache WHERE origin = ?", (origin,))
        if not rows:
            return None
        return int(rows[0]["status"]), str(rows[0]["body"]), float(rows[0]["fetched_at"])

    def save_robots(self, origin: str, status: int, body: str) -> None:
        with self.db.transaction():
            self.db.execute(
                """INSERT INTO robots_cache (origin, status, body, fetched_at) VALUES (?, ?, ?, ?)
                   ON CONFLICT (origin) DO UPDATE SET status = excluded.status, body = excluded.body,
                       fetched_at = excluded.fetched_at""",
                (origin, status, body, datetime.now(UTC).timestamp()),
            )


@dataclass
class SourceReader:
    """Reads files, folders, stdin and URLs for one run, with one polite fetcher."""

    fetcher: Fetcher = field(default_factory=Fetcher)
    csv_map: dict[str, str] = field(default_factory=dict)
    feed_item_text: str = "auto"

    @classmethod
    def from_settings(
        cls, settings: Any, db: Database | None = None, *, conditional: bool = True
    ) -> SourceReader:
        """A reader configured by ``fetch_*``, ``feed_item_text`` and ``csv_map``; state in ``db``."""
        options = FetchOptions.from_settings(settings)
        if not conditional:
            options = FetchOptions(**{**options.__dict__, "conditional": False})
        state: FetchState = DbFetchState(db) if db is not None else MemoryFetchState()
        mode = str(settings["feed_item_text"])
        if mode not in FEED_ITEM_TEXT:
            raise ConfigError(f"feed_item_text must be one of {', '.join(FEED_ITEM_TEXT)}, not {mode!r}")
        return cls(Fetcher(options, state), parse_mapping(settings["csv_map"]), mode)

    def read(self, sources: Iterable[str]) -> Iterator[ReadItem]:
        return read_sources(
            sources, fetcher=self.fetcher, csv_map=self.csv_map, feed_item_text=self.feed_item_text
        )

    def commit(self) -> None:
        """Save the validators of the responses read so far; call once their articles are stored."""
        self.fetcher.commit()
