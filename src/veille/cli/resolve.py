"""``veille resolve``: bring the events up to date with the stored records (see docs/resolution.md).

This module must not import ``veille.cli.main`` (main imports it); it reads settings the same way.
"""

from __future__ import annotations

import sys
import time

import click

from veille.cli.common import settings_from
from veille.errors import VeilleError


@click.command("resolve")
@click.option("--full", is_flag=True, help="Re-resolve every record (the result is the same; slower).")
@click.option("--db", help="Database URL or path (default: $VEILLE_DB or ./veille.db).")
@click.option(
    "--resolver", "resolver_name", help="Resolver by registered name (default: setting `resolver`)."
)
@click.pass_context
def resolve_cmd(ctx: click.Context, full: bool, db: str | None, resolver_name: str | None) -> None:
    """Resolve stored records into events.

    With a local resolver (blocking.v3) only records that are new, changed or deleted since the
    last resolution, and what they can affect, are re-resolved; --full re-resolves everything
    and gives the same events. blocking.v1 and blocking.v2 always re-resolve everything.

    \b
    Example:
      veille resolve --db sqlite:///veille.db
      veille resolve --full
    """
    from veille.jobs import resolve_all
    from veille.resolve.registry import resolver_from_name
    from veille.store.store import Store

    try:
        settings = settings_from(ctx, db=db)
        resolver = resolver_from_name(resolver_name or settings["resolver"])
        store = Store.open(settings["db"])
    except VeilleError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    try:
        t0 = time.perf_counter()
        changes = resolve_all(store, resolver, full=full)
        took = time.perf_counter() - t0
    finally:
        store.close()
    mode = "full" if full or not getattr(resolver, "incremental", False) else "incremental"
    click.echo(
        f"{resolver.name} ({mode}): {changes.new} new, {changes.changed} changed, "
        f"{changes.removed} removed, {changes.unchanged} unchanged events in {took:.2f} s"
    )
