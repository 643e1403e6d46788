"""Two processes opening one new SQLite store at once: the switch to WAL waits for the other
instead of failing with "database is locked" (SQLite skips its busy handler there)."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from veille.store.db import _switch_to_wal


def test_the_switch_to_wal_waits_for_a_lock_to_go(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    threading.Timer(0.4, lambda: holder.execute("COMMIT")).start()
    other = sqlite3.connect(path, timeout=0, isolation_level=None, check_same_thread=False)
    t0 = time.monotonic()
    _switch_to_wal(other, wait_s=10)
    assert time.monotonic() - t0 >= 0.3
    assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_lock_that_stays_is_reported_after_the_wait(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        _switch_to_wal(other, wait_s=0.3)
    holder.execute("COMMIT")
