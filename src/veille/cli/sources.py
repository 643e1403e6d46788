"""Options of `veille ingest` and `veille run` for sources: CSV mapping and fetching.

Kept here so the shared ``main.py`` only applies ``source_options`` and calls ``source_reader``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def source_options(fn: F) -> F:
    """Add --csv-map, --allow-private, --user-agent and --feed-text to a command."""
    opts = [
        click.option(
            "--csv-map",
            "csv_map",
            help="CSV columns for article fields: text=body,title=headline,published=date,url=link,id=uid "
            "or a mapping file (JSON object or field=column lines).",
        ),
        click.option(
            "--allow-private",
            "allow_private",
            is_flag=True,
            default=None,
            help="Fetch from private, loopback and link-local addresses (refused by default).",
        ),
        click.option("--user-agent", "user_agent", help="User-Agent for HTTP requests and robots.txt rules."),
        click.option(
            "--feed-text",
            "feed_text",
            type=click.Choice(["auto", "content", "page"]),
            help="Feed items: auto (full content, else fetch the linked page), content (never fetch), "
            "page (always fetch).",
        ),
    ]
    for opt in reversed(opts):
        fn = opt(fn)
    return fn


def source_overrides(opts: dict[str, Any]) -> dict[str, Any]:
    """Settings overrides from the options added by :func:`source_options` (None = not given)."""
    return {
        "csv_map": opts.get("csv_map"),
        "fetch_allow_private": opts.get("allow_private"),
        "fetch_user_agent": opts.get("user_agent"),
        "feed_item_text": opts.get("feed_text"),
    }


def source_reader(settings: Any, store: Any, *, reprocess: bool = False) -> Any:
    """The run's :class:`~veille.sources.SourceReader`, its fetch state in ``store``'s database.

    With ``reprocess`` no conditional GET is made, so unchanged pages are read and extracted again.
    """
    from veille.sources import SourceReader

    return SourceReader.from_settings(settings, store.db, conditional=not reprocess)
