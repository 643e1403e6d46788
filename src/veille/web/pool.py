"""One database connection per server thread: SQLite connections stay in the thread that made them."""

from __future__ import annotations

import threading
from contextlib import suppress

from veille.store.db import Database
from veille.store.migrations import migrate
from veille.store.store import Store


class StorePool:
    """``get()`` gives the calling thread its own Store; ``close()`` closes them all."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()
        db = Database(url)
        try:
            migrate(db)
        finally:
            db.close()

    def get(self) -> Store:
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            db = Database(self.url)
            if db.dialect == "sqlite":
                db.conn.execute("PRAGMA query_only=OFF")
            store = Store(db)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            stores, self._all = self._all, []
        for store in stores:
            with suppress(Exception):  # a SQLite connection may only be closed by its own thread
                store.close()
