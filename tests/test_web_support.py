"""Helpers for the web tests (no tests here): a demo database with a hostile article, and a
real uvicorn server on a free loopback port, started in a thread."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import uvicorn

from veille.ids import record_id
from veille.jobs import ingest, resolve_all
from veille.records import Article, Counts, DateInterval, Evidence, Location, Provenance, Record, Span
from veille.resolve.registry import resolver_from_name
from veille.settings import Settings
from veille.store.store import Store
from veille.store.users import add_user
from veille.web import WebConfig, create_app

DEMO = Path(__file__).resolve().parents[1] / "src" / "veille" / "data" / "demo" / "articles.jsonl"
EVIL_ID = "x-evil"
EVIL_TITLE = '<script>window.__pwned = 1</script>Rabat cell <img src=x onerror="window.__pwned = 2">'
EVIL_TEXT = (
    "RABAT - Moroccan police arrested five suspects in Rabat on 5 May 2025, the interior ministry said. "
    '<script>window.__pwned = 3</script><img src=x onerror="window.__pwned = 4"> '
    "They were planning attacks, investigators said."
)
WRONG_DATE = "2019-01-01"  # the evil article's record carries a wrong date, fixed by the analyst
RIGHT_DATE = "2025-05-05"


def evil_article() -> tuple[Article, Record]:
    """An article whose title and text hold script payloads, and its (low-confidence) record."""
    art = Article(id=EVIL_ID, title=EVIL_TITLE, text=EVIL_TEXT, published="2025-05-06", source="Evil Wire")
    first = EVIL_TEXT.index("said.") + len("said.")
    trigger = EVIL_TEXT.index("arrested")
    day = EVIL_TEXT.index("5 May 2025")
    rec = Record(
        id=record_id(EVIL_ID, "event", "arrest", trigger),
        record_type="event",
        article_id=EVIL_ID,
        event_type="arrest",
        date=DateInterval(WRONG_DATE, WRONG_DATE, "day", "5 May 2025"),
        locations=(Location("Rabat", "MA", None, "Rabat", 34.01, -6.83, None, "city", "event"),),
        counts=Counts(arrested=5),
        evidence=(Evidence(EVIL_TEXT[:first], 0, first),),
        confidence=0.01,
        summary="Arrest in Rabat <b>bold</b>",
        provenance=Provenance(
            trigger=Span(trigger, trigger + len("arrested")),
            date=Span(day, day + len("5 May 2025")),
            counts={"arrested": Span(trigger - 1, first)},
        ),
    )
    return art, rec


def build_database(url: str) -> None:
    """The demo corpus, extracted and resolved, plus the hostile article."""
    store = Store.open(url)
    try:
        settings = Settings.load(env={}, overrides={"db": url, "workers": 1})
        from veille.pipeline import Pipeline

        ingest([str(DEMO)], store, Pipeline.from_settings(settings), resolver="blocking.v2")
        art, rec = evil_article()
        store.save_article(art, [rec], None)
        resolve_all(store, resolver_from_name("blocking.v2"))
    finally:
        store.close()


_BUILT: dict[str, Path] = {}


def demo_copy(tmp: Path, cache: Path) -> str:
    """A fresh copy of the demo SQLite database (built once per test session)."""
    src = cache / "demo-web.db"
    if not src.exists():
        build_database(str(src))
        store = Store.open(str(src))  # fold the WAL into the file before copying it
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
    dst = tmp / "web.db"
    shutil.copy(src, dst)
    return str(dst)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Live:
    url: str
    db: str
    tokens: dict[str, str]

    def client(self, who: str | None = None, **kw: object) -> httpx.Client:
        headers = {"Authorization": f"Bearer {self.tokens[who]}"} if who else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=30, **kw)  # type: ignore[arg-type]


def add_users(db: str) -> dict[str, str]:
    store = Store.open(db)
    try:
        out = {}
        for name, role in (("vera", "viewer"), ("ana", "analyst"), ("adam", "admin"), ("gone", "analyst")):
            out[name] = add_user(store, name, role, by="test")[1]
        return out
    finally:
        store.close()


@contextmanager
def serve(db: str, **config: object) -> Iterator[Live]:
    """A real uvicorn server on loopback, in a thread, for the duration of the block."""
    tokens = add_users(db)
    app = create_app(WebConfig(db=db, **config))  # type: ignore[arg-type]
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield Live(f"http://127.0.0.1:{port}", db, tokens)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
