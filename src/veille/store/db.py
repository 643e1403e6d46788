"""A thin database handle over SQLite (stdlib) or PostgreSQL (psycopg 3).

SQL in veille is written once with ``?`` placeholders; the PostgreSQL dialect rewrites them.
Writers that must not interleave across processes take a named lock inside a transaction
(``Database.lock``): SQLite's ``BEGIN IMMEDIATE`` already holds the database's write lock, and
PostgreSQL takes a transaction-scoped advisory lock.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from veille.errors import StoreError

Row = dict[str, Any]

# A quoted literal or identifier (left alone but for ``%``), a ``?`` placeholder or a bare ``%``.
_PG_TOKENS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|[?%]")


def to_pyformat(sql: str) -> str:
    """``?`` placeholders as psycopg's ``%s``; a literal ``%`` doubled, a ``?`` in quotes kept."""

    def sub(m: re.Match[str]) -> str:
        tok = m.group(0)
        return "%s" if tok == "?" else tok.replace("%", "%%")

    return _PG_TOKENS.sub(sub, sql)


def parse_db_url(url: str) -> tuple[str, str]:
    """``(dialect, target)``: a plain path or sqlite:///PATH is SQLite; postgresql://... is PostgreSQL."""
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql", url
    if url.startswith("sqlite:///"):
        return "sqlite", url[len("sqlite:///") :] or ":memory:"
    if url.startswith("sqlite://"):
        return "sqlite", url[len("sqlite://") :] or ":memory:"
    if re.match(r"^[a-z][a-z0-9+]*://", url):
        raise StoreError(
            f"unsupported database URL {url!r}; use a file path, sqlite:///PATH or postgresql://..."
        )
    return "sqlite", url


def _switch_to_wal(conn: Any, wait_s: float = 60.0) -> None:
    """``PRAGMA journal_mode=WAL``, waiting while another process holds the file: SQLite answers
    "database is locked" at once, without its busy handler, when two processes open a new
    database and switch its journal mode at the same moment."""
    deadline = time.monotonic() + wait_s
    delay = 0.01
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


class Database:
    """One connection; ``transaction()`` commits all of a block or none of it."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.dialect, target = parse_db_url(url)
        self._depth = 0
        self._schema: str | None = None
        if self.dialect == "sqlite":
            if target != ":memory:":
                parent = Path(target).expanduser().resolve().parent
                if not parent.exists():
                    raise StoreError(f"cannot open database {target!r}: folder {parent} does not exist")
            try:
                self.conn: Any = sqlite3.connect(target, timeout=60, isolation_level=None)
                self.conn.row_factory = sqlite3.Row
                self.conn.execute("PRAGMA busy_timeout=60000")
                _switch_to_wal(self.conn)
                self.conn.execute("PRAGMA foreign_keys=ON")
                self.conn.execute("PRAGMA synchronous=NORMAL")
            except sqlite3.Error as exc:
                raise StoreError(f"cannot open SQLite database {target!r}: {exc}") from exc
        else:
            try:
                import psycopg
                from psycopg.rows import dict_row
            except ImportError as exc:  # pragma: no cover - psycopg is a dependency
                raise StoreError("PostgreSQL needs psycopg 3: pip install 'psycopg[binary]'") from exc
            try:
                self.conn = psycopg.connect(target, autocommit=True, row_factory=dict_row)
            except psycopg.Error as exc:
                raise StoreError(f"cannot connect to PostgreSQL ({exc}); is the server running?") from exc

    def _sql(self, sql: str) -> str:
        return to_pyformat(sql) if self.dialect == "postgresql" else sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        try:
            return self.conn.execute(self._sql(sql), tuple(params))
        except Exception as exc:
            raise StoreError(f"database error: {exc}\n  in: {sql.strip()[:200]}") from exc

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        try:
            if self.dialect == "sqlite":
                self.conn.executemany(sql, rows)
            else:
                with self.conn.cursor() as cur:
                    cur.executemany(self._sql(sql), rows)
        except Exception as exc:
            raise StoreError(f"database error: {exc}\n  in: {sql.strip()[:200]}") from exc

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        cur = self.execute(sql, params)
        return [dict(r) for r in cur.fetchall()]

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        cur = self.execute(sql, params)
        row = cur.fetchone()
        if row is None:
            return None
        return next(iter(dict(row).values()))

    def has_table(self, name: str) -> bool:
        """Whether the table exists (on PostgreSQL: in the first schema of the search path)."""
        if self.dialect == "sqlite":
            sql = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"
        else:
            sql = (
                "SELECT COUNT(*) FROM information_schema.tables"
                " WHERE table_schema = current_schema() AND table_name = ?"
            )
        return bool(self.scalar(sql, (name,)))

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """All statements in the block commit together, or none do (nesting joins the outer one).

        On SQLite the block holds the database's write lock from its start (``BEGIN IMMEDIATE``),
        so a read at the top of the block cannot go stale before the block's writes.
        """
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self.execute("BEGIN IMMEDIATE" if self.dialect == "sqlite" else "BEGIN")
        self._depth = 1
        try:
            yield self
        except BaseException:
            self._depth = 0
            with suppress(Exception):  # a lost connection rolls back by itself; keep the first error
                self.conn.execute("ROLLBACK")
            raise
        self._depth = 0
        self.execute("COMMIT")

    def lock(self, name: str) -> None:
        """Hold the named lock until the current transaction ends; one holder at a time.

        Other processes on the same database (the same PostgreSQL schema) that ask for the same
        name wait. SQLite needs nothing more: the transaction already holds the write lock.
        """
        if not self._depth:
            raise StoreError(f"lock {name!r} is taken inside a transaction; none is open")
        if self.dialect == "sqlite":
            return
        if self._schema is None:
            self._schema = str(self.scalar("SELECT current_schema()"))
        digest = hashlib.sha256(f"veille:{self._schema}:{name}".encode()).digest()
        self.execute("SELECT pg_advisory_xact_lock(?)", (int.from_bytes(digest[:8], "big", signed=True),))

    def close(self) -> None:
        self.conn.close()
