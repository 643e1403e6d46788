"""``veille purge``: retention of article text (a thin skin over veille.store.retention).

This module must not import ``veille.cli.main`` (main imports it); it reads settings the same way.
"""

from __future__ import annotations

import sys

import click

from veille.cli.common import settings_from
from veille.errors import VeilleError


@click.command("purge")
@click.option(
    "--older-than",
    "days",
    type=int,
    help="Purge the text of articles ingested more than DAYS days ago (default: retention_days).",
)
@click.option("--db", help="Database URL or path (default: $VEILLE_DB or ./veille.db).")
@click.option(
    "--by", "who", default="retention", show_default=True, help="Who purges (kept in the audit log)."
)
@click.option("--dry-run", is_flag=True, help="Count what would be purged; change nothing.")
@click.pass_context
def purge(ctx: click.Context, days: int | None, db: str | None, who: str, dry_run: bool) -> None:
    """Purge old article text; keep metadata, records, evidence sentences and events.

    Idempotent; every purge is written to the audit log. See docs/exports.md (Retention).

    \b
    Example:
      veille purge --older-than 90
      VEILLE_RETENTION_DAYS=30 veille purge --dry-run
    """
    from veille.store.retention import purge_article_text
    from veille.store.store import Store

    try:
        settings = settings_from(ctx, db=db)
        days = settings["retention_days"] if days is None else days
        if days <= 0:
            if days < 0:
                raise click.UsageError(f"--older-than needs a positive number of days, not {days}")
            click.echo("retention_days is 0 (keep text forever): nothing to purge; give --older-than DAYS")
            return
        store = Store.open(settings["db"])
        try:
            report = purge_article_text(store, days, who=who, dry_run=dry_run)
        finally:
            store.close()
    except VeilleError as err:
        click.echo(f"veille: error: {err}", err=True)
        sys.exit(2)
    verb = "would purge" if dry_run else "purged"
    click.echo(f"{verb} the text of {report.purged} articles ingested before {report.cutoff}")
    if report.evidence_filled:
        click.echo(f"copied {report.evidence_filled} evidence sentences into their records first")
