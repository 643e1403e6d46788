"""``veille spark`` and ``veille spark-load``: the Spark batch job and loading its output."""

from __future__ import annotations

import sys
from typing import Any

import click

from veille.cli.common import EXIT_SKIPPED, handle_errors, settings_from
from veille.settings import Settings


def _conf(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{item!r} is not KEY=VALUE", param_hint="--conf")
        out[key.strip()] = value.strip()
    return out


def _fmt(d: dict[str, Any]) -> str:
    return ", ".join(f"{k}: {v}" for k, v in d.items())


@click.command("spark")
@click.option(
    "--input",
    "inputs",
    multiple=True,
    help="Articles: a JSONL or Parquet file or folder, local or any Hadoop path (s3a://, hdfs://...).",
)
@click.option("--output", required=True, help="Output folder (local or Hadoop path); overwritten.")
@click.option(
    "--master", help="Spark master URL, e.g. local[4] or spark://host:7077 (default: spark-submit's)."
)
@click.option(
    "--format", "fmt", type=click.Choice(["auto", "jsonl", "parquet"]), default="auto", show_default=True
)
@click.option(
    "--partitions", type=int, help="Spread the articles over this many tasks (default: 2 per core)."
)
@click.option(
    "--blocks",
    type=click.Choice(["type", "country"]),
    default="type",
    show_default=True,
    help="Resolution blocks: the resolver's own (type, country, period), or per country "
    "(keeps lifecycle links, larger blocks).",
)
@click.option("--resolve/--no-resolve", default=True, help="Resolve events after extracting.")
@click.option("--resolve-only", is_flag=True, help="Only resolve the records already under --output.")
@click.option("--min-confidence", type=float, default=None, help="Leave out records below this confidence.")
@click.option("--conf", "conf", multiple=True, help="A Spark setting KEY=VALUE (repeatable).")
@click.pass_context
@handle_errors
def spark_cmd(
    ctx: click.Context,
    inputs: tuple[str, ...],
    output: str,
    master: str | None,
    fmt: str,
    partitions: int | None,
    blocks: str,
    resolve: bool,
    resolve_only: bool,
    min_confidence: float | None,
    conf: tuple[str, ...],
) -> None:
    """Run extraction (and event resolution) on Apache Spark, with the same pipeline as `extract`.

    Writes OUTPUT/records/ (Parquet by year=/month=), OUTPUT/articles/, OUTPUT/input_errors/,
    OUTPUT/events/ (Parquet), OUTPUT/events_jsonl/ (CONTRACT §5 lines) and OUTPUT/report.json.
    Load it into a database with `veille spark-load OUTPUT --db URL` (or `veille ingest OUTPUT`).
    See docs/spark.md for spark-submit with a packed environment.

    \b
    Example:
      veille spark --input news.jsonl --output out/ --master 'local[4]'
      spark-submit --archives env.tar.gz#env ... veille/spark/submit.py --input s3a://b/news/ --output s3a://b/out/
    """
    from veille.spark.run import run_job
    from veille.spark.session import spark_session

    if not inputs and not resolve_only:
        raise click.UsageError("give --input PATH (or --resolve-only to resolve an earlier output again)")
    settings = settings_from(ctx, min_confidence=min_confidence)
    spark = spark_session(master, _conf(conf))
    report = run_job(
        spark,
        list(inputs),
        output,
        settings,
        fmt=fmt,
        partitions=partitions,
        extract=not resolve_only,
        resolve=resolve or resolve_only,
        block_mode=blocks,
    )
    _print_report(report, output)
    for err in report.get("input_error_samples") or []:
        where = f"{err['source']}:{err['position']}" if err.get("position") else err["source"]
        click.echo(f"veille: skipped {where}: {err['reason']}", err=True)
    if report.get("input_errors"):
        sys.exit(EXIT_SKIPPED)


def _print_report(report: dict[str, Any], output: str) -> None:
    if "articles_in" in report:
        click.echo(
            f"veille spark: {report['articles_in']} articles in, {report['records_out']} records out "
            f"({_fmt(report['records'])}), dropped: {_fmt(report['drops']) or 'none'}",
            err=True,
        )
    ev = report.get("events")
    if ev:
        click.echo(
            f"veille spark: {ev['events']} events from {ev['records_resolved']} records in {ev['blocks']} "
            f"blocks (largest {ev['largest_block_records']} records)",
            err=True,
        )
    t = report.get("timings") or {}
    click.echo(
        f"veille spark: {t.get('total_s', 0):.1f}s; report in {output.rstrip('/')}/report.json", err=True
    )


@click.command("spark-load")
@click.argument("output")
@click.option("--db", help="Database URL or path (default: $VEILLE_DB or ./veille.db).")
@click.option("--reprocess", is_flag=True, help="Store again articles that are already stored unchanged.")
@click.option(
    "--resolve-in-db",
    is_flag=True,
    help="Resolve everything stored again (with analysts' merges and splits) "
    "instead of keeping Spark's events.",
)
@click.pass_context
@handle_errors
def spark_load_cmd(
    ctx: click.Context, output: str, db: str | None, reprocess: bool, resolve_in_db: bool
) -> None:
    """Load a `veille spark` output folder into a database (SQLite or PostgreSQL).

    \b
    Example:
      veille spark-load out/ --db postgresql://veille@localhost/veille
    """
    settings = settings_from(ctx, db=db)
    report = load_into(settings, output, reprocess=reprocess, resolve_in_db=resolve_in_db)
    click.echo(
        f"articles: {report.articles} read, {report.new} new, {report.changed} changed, "
        f"{report.unchanged} unchanged; records: {report.records} stored; "
        f"unreadable lines: {report.input_errors}; events: {report.events.new} new, "
        f"{report.events.changed} changed, {report.events.removed} removed, "
        f"{report.events.unchanged} unchanged"
    )
    if not report.changed_anything:
        click.echo("Nothing changed: the database already holds exactly this output.")


def load_into(
    settings: Settings,
    output: str,
    *,
    reprocess: bool = False,
    resolve_in_db: bool = False,
    events: bool = True,
) -> Any:
    """Open the configured database, load ``output`` and close it; returns the LoadReport.

    Events: Spark's (``events``), a resolution of everything stored (``resolve_in_db``), or none.
    """
    from veille.spark.load import load_output
    from veille.store.store import Store

    store = Store.open(settings["db"])
    try:
        report = load_output(output, store, reprocess=reprocess, events=events and not resolve_in_db)
        if resolve_in_db:
            from veille.jobs import resolve_all
            from veille.resolve.registry import resolver_from_name

            report.events = resolve_all(store, resolver_from_name(settings["resolver"]))
    finally:
        store.close()
    return report


def ingest_spark_outputs(settings: Settings, sources: tuple[str, ...], reprocess: bool) -> bool:
    """`veille ingest OUTPUT`: when every source is a `veille spark` output folder, load them
    (Spark's events are kept) and say so; False, touching nothing, otherwise."""
    from veille.spark.load import is_spark_output

    if not sources or not all(is_spark_output(s) for s in sources):
        return False
    # One output: its events are Spark's. Several: their events are resolved again together.
    several = len(sources) > 1
    for n, source in enumerate(sources):
        last = n == len(sources) - 1
        report = load_into(
            settings, source, reprocess=reprocess, resolve_in_db=several and last, events=not several
        )
        click.echo(
            f"{source}: loaded a `veille spark` output: articles: {report.articles} read, {report.new} new, "
            f"{report.changed} changed, {report.unchanged} unchanged"
            + (
                f"; events: {report.events.new} new, {report.events.changed} changed, "
                f"{report.events.removed} removed, {report.events.unchanged} unchanged"
                if last
                else ""
            )
        )
    return True
