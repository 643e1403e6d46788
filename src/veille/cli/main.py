"""The ``veille`` command line: a thin skin over importable jobs.

Each command parses its options, calls a library function and formats the result. Library
errors (VeilleError) become one line on stderr and exit status 2; skipped inputs give status 1.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import click

from veille import __version__
from veille.cli.common import EXIT_SKIPPED, F, handle_errors, report_input_errors, settings_from
from veille.errors import InputError
from veille.settings import Settings


def demo_dir() -> Path:
    """The bundled demo corpus (fictional articles written by the team) and its gold."""
    from importlib.resources import files

    return Path(str(files("veille") / "data" / "demo"))


_settings = settings_from


@contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    if path is None or path == "-":
        yield sys.stdout
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(target.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        yield fh
    tmp.replace(target)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="veille")
@click.option(
    "--config", type=click.Path(dir_okay=False), help="A TOML config file (default: ./veille.toml)."
)
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.pass_context
def cli(ctx: click.Context, config: str | None, verbose: int) -> None:
    """veille: news about terrorism and counter-terrorism into a trustworthy event dataset.

    \b
    Quick start:
      veille run --demo              # the bundled demo corpus into ./veille.db, exports in ./out
      veille extract news.jsonl      # records as JSON lines, no database
      veille events --country MA     # what is stored
    """
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    ctx.ensure_object(dict)["config"] = config


def _pipeline(settings: Settings) -> Any:
    from veille.pipeline import Pipeline

    return Pipeline.from_settings(settings)


# -- extract ---------------------------------------------------------------------------------


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write records here (default: stdout).")
@click.option("--min-confidence", type=float, default=None, help="Leave out records below this confidence.")
@click.option("--stats/--no-stats", default=True, help="Print counts and drops by reason on stderr.")
@click.option(
    "--workers", type=int, default=None, help="Worker processes (0 = every core; default: setting)."
)
@click.pass_context
@handle_errors
def extract(
    ctx: click.Context,
    inputs: tuple[str, ...],
    output: str | None,
    min_confidence: float | None,
    stats: bool,
    workers: int | None,
) -> None:
    """Extract CONTRACT §2 records from articles: no database, no network.

    INPUTS are .jsonl, .txt or .html files, folders, or - for JSON lines on stdin.

    \b
    Example:
      veille extract news.jsonl -o records.jsonl
      cat news.jsonl | veille extract - > records.jsonl
    """
    from veille.io.read import read_sources
    from veille.parallel import resolve_workers, run_extract_parallel
    from veille.pipeline import Stats

    settings = _settings(ctx, min_confidence=min_confidence, workers=workers)
    pipeline = _pipeline(settings)
    st = Stats()
    with _output(output) as out:
        n = resolve_workers(int(settings["workers"]))
        for result in run_extract_parallel(pipeline, read_sources(inputs), st, n):
            for rec in result.records:
                out.write(json.dumps(rec.to_dict(), ensure_ascii=False, sort_keys=False) + "\n")
    report_input_errors(st.input_errors)
    if stats:
        d = st.to_dict()
        click.echo(
            f"veille: {d['articles']} articles, {sum(d['records'].values())} records "
            f"({_fmt(d['records'])}), dropped: {_fmt(d['drops']) or 'none'}, {d['seconds']:.1f}s",
            err=True,
        )
    if st.input_errors:
        sys.exit(EXIT_SKIPPED)


def _fmt(d: dict[str, int]) -> str:
    return ", ".join(f"{k}: {v}" for k, v in d.items())


# -- geoparse --------------------------------------------------------------------------------


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write results here (default: stdout).")
@click.option(
    "--all-mentions", is_flag=True, help="Also list demonyms and unresolved mentions (with a reason)."
)
@click.pass_context
@handle_errors
def geoparse(ctx: click.Context, inputs: tuple[str, ...], output: str | None, all_mentions: bool) -> None:
    """Find and resolve the places in articles (CONTRACT §4), one JSON line per article.

    \b
    Example:
      veille geoparse news.jsonl -o places.jsonl
    """
    from veille.geo import Geoparser
    from veille.io.read import read_sources
    from veille.nlp.ner import SpacyNer, truecase_for_ner
    from veille.nlp.segment import is_upper_text

    settings = _settings(ctx)
    ner = SpacyNer.load(batch_size=int(settings["batch_size"]))
    geoparser = Geoparser.from_settings(cache_dir=Path(settings["cache_dir"]).expanduser() / "geo")
    errors: list[InputError] = []
    with _output(output) as out:
        for item in read_sources(inputs):
            if isinstance(item, InputError):
                errors.append(item)
                continue
            upper = is_upper_text(item.text)
            ents = ner.entities_one(truecase_for_ner(item.text) if upper else item.text)
            places = geoparser.parse(item.text, ents, upper=upper, url=item.url)
            rows = []
            for p in places:
                if not all_mentions and (p.demonym or p.geonames_id is None):
                    continue
                d = p.to_dict()
                if not all_mentions:
                    d = {
                        k: d[k]
                        for k in (
                            "start",
                            "end",
                            "text",
                            "name",
                            "geonames_id",
                            "lat",
                            "lon",
                            "country_code",
                            "admin1",
                            "feature_code",
                        )
                    }
                rows.append(d)
            out.write(json.dumps({"article_id": item.id, "places": rows}, ensure_ascii=False) + "\n")
    report_input_errors(errors)
    if errors:
        sys.exit(EXIT_SKIPPED)


# -- ingest and run --------------------------------------------------------------------------


def _db_option(fn: F) -> F:
    return click.option("--db", help="Database URL or path (default: $VEILLE_DB or ./veille.db).")(fn)


from veille.cli.sources import source_options, source_overrides, source_reader  # noqa: E402 [area:sources]


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@_db_option
@click.option("--reprocess", is_flag=True, help="Extract again articles that are already stored unchanged.")
@source_options
@click.pass_context
@handle_errors
def ingest(
    ctx: click.Context, sources: tuple[str, ...], db: str | None, reprocess: bool, **source_opts: Any
) -> None:
    """Store articles, extract and geocode their records, and resolve events.

    SOURCES are files (.jsonl, .txt, .html, .csv), folders, - for stdin, or http(s) URLs of
    pages and RSS/Atom feeds. Ingesting the same input twice changes nothing.

    \b
    Example:
      veille ingest news/ --db sqlite:///veille.db
      veille ingest https://example.org/feed.xml export.csv --csv-map text=body,title=headline
    """
    from veille.jobs import ingest as do_ingest
    from veille.store.store import Store

    settings = _settings(ctx, db=db, **source_overrides(source_opts))
    from veille.cli.spark import ingest_spark_outputs  # [area:spark] folders written by `veille spark`

    if ingest_spark_outputs(settings, sources, reprocess):
        return
    store = Store.open(settings["db"])
    try:
        report = do_ingest(
            sources,
            store,
            _pipeline(settings),
            reprocess=reprocess,
            resolver=settings["resolver"],
            reader=source_reader(settings, store, reprocess=reprocess),
        )
    finally:
        store.close()
    report_input_errors(report.input_errors)
    _print_ingest(report)
    if report.input_errors:
        sys.exit(EXIT_SKIPPED)


def _print_ingest(report: Any) -> None:
    ev = report.events
    click.echo(
        f"articles: {report.seen} read, {report.new} new, {report.changed} changed, "
        f"{report.unchanged} unchanged; "
        f"events: {ev.new} new, {ev.changed} changed, {ev.removed} removed, {ev.unchanged} unchanged"
    )
    if not report.changed_anything:
        click.echo("Nothing changed: the database already holds exactly this input.")


@cli.command()
@click.argument("sources", nargs=-1)
@click.option("--demo", is_flag=True, help="Use the bundled demo corpus (fictional articles).")
@_db_option
@click.option(
    "--out", "out_dir", type=click.Path(file_okay=False), help="Folder for exports (default: ./out)."
)
@source_options
@click.pass_context
@handle_errors
def run(
    ctx: click.Context,
    sources: tuple[str, ...],
    demo: bool,
    db: str | None,
    out_dir: str | None,
    **source_opts: Any,
) -> None:
    """The main job: ingest, extract, store, resolve, then print a summary and write exports.

    Exports: OUT/events.jsonl, OUT/events.csv and OUT/events.geojson.

    \b
    Example:
      veille run --demo
      veille run news/ --db team.db --out exports/
    """
    from veille.jobs import export, summary, write_if_changed
    from veille.jobs import ingest as do_ingest
    from veille.store.query import EventQuery
    from veille.store.store import Store

    if demo:
        sources = sources + (str(demo_dir() / "articles.jsonl"),)
    if not sources:
        raise click.UsageError("give SOURCES to ingest, or --demo for the bundled demo corpus")
    settings = _settings(ctx, db=db, out_dir=out_dir, **source_overrides(source_opts))
    t0 = time.perf_counter()
    store = Store.open(settings["db"])
    try:
        report = do_ingest(
            sources,
            store,
            _pipeline(settings),
            resolver=settings["resolver"],
            reader=source_reader(settings, store),
        )
        report_input_errors(report.input_errors)
        _print_ingest(report)
        s = summary(store)
        _print_summary(s)
        out = Path(settings["out_dir"])
        written = []
        for fmt, name in (("jsonl", "events.jsonl"), ("csv", "events.csv"), ("geojson", "events.geojson")):
            text, _ = export(store, fmt, EventQuery(sort="date"))
            if write_if_changed(out / name, text):
                written.append(name)
        click.echo(f"exports in {out}/: " + (", ".join(written) + " written" if written else "unchanged"))
    finally:
        store.close()
    click.echo(f"done in {time.perf_counter() - t0:.1f}s")
    if report.input_errors:
        sys.exit(EXIT_SKIPPED)


def _print_summary(s: dict[str, Any]) -> None:
    click.echo(f"\nstored: {s['articles']} articles, {s['records']} records, {s['events']} events")
    click.echo("events by type:    " + (_fmt(s["events_by_type"]) or "none"))
    click.echo("events by country: " + (_fmt(s["events_by_country"]) or "none"))
    click.echo(f"statistic records: {len(s['statistics'])}")
    for st in s["statistics"]:
        period = st.get("period") or {}
        click.echo(
            f"  - {st['metric']} = {st['value']} ({period.get('start') or '?'} to {period.get('end') or '?'}"
            f"{', ' + st['country'] if st.get('country') else ''}"
            f"{', ' + st['reported_by'] if st.get('reported_by') else ''})"
        )
    click.echo("articles dropped:  " + (_fmt(s["dropped"]) or "none"))


# -- events and export -----------------------------------------------------------------------


def _filters(fn: F) -> F:
    opts = [
        click.option("--from", "date_from", help="Events on or after this date (YYYY-MM-DD)."),
        click.option("--to", "date_to", help="Events on or before this date (YYYY-MM-DD)."),
        click.option("--country", help="ISO 3166-1 alpha-2 code, e.g. MA."),
        click.option("--admin1", help="First-level region name, e.g. Borno."),
        click.option("--type", "event_type", help="Event type code(s), comma-separated, e.g. attack,arrest."),
        click.option(
            "--record-type", type=click.Choice(["event", "statistic"]), help="Events or statistics."
        ),
        click.option("--actor", help="Actor name contains this text."),
        click.option("--text", help="Summary contains this text."),
        click.option(
            "--status", "review_status", type=click.Choice(["machine", "accepted", "edited", "rejected"])
        ),
        click.option("--min-confidence", type=float),
        click.option("--max-confidence", type=float, help="Events at or below this confidence."),
    ]
    for opt in reversed(opts):
        fn = opt(fn)
    return fn


def _query(**kw: Any) -> Any:
    from veille.store.query import EventQuery

    return EventQuery(**kw)


@cli.command()
@_db_option
@_filters
@click.option("--limit", type=int, default=50, show_default=True, help="At most this many events.")
@click.option("--offset", type=int, default=0, help="Skip this many events first.")
@click.option("--sort", default="date", show_default=True, help="date, -date, confidence, -confidence or id.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line instead of a table.")
@click.pass_context
@handle_errors
def events(
    ctx: click.Context, db: str | None, limit: int, offset: int, sort: str, as_json: bool, **filters: Any
) -> None:
    """List and filter the resolved events that are stored.

    \b
    Example:
      veille events --country MA --type cell_dismantled,arrest --from 2025-01-01
      veille events --record-type statistic --json
    """
    from veille.store.query import count_events, iter_events
    from veille.store.store import Store

    settings = _settings(ctx, db=db)
    store = Store.open(settings["db"])
    try:
        q = _query(limit=limit, offset=offset, sort=sort, **filters)
        total = count_events(store, q)
        rows = list(iter_events(store, q))
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    finally:
        store.close()
    if as_json:
        for ev in rows:
            click.echo(json.dumps(ev.to_dict(), ensure_ascii=False, sort_keys=True))
        return
    click.echo(f"{total} events match" + (f"; showing {len(rows)}" if len(rows) < total else ""))
    for ev in rows:
        d = ev.to_dict()
        date = d.get("date") or {}
        loc: dict[str, Any] = next((x for x in d.get("locations") or [] if x.get("role") == "event"), {})
        click.echo(
            f"{d['id']}  {date.get('start') or '?':10}  {d['event_type']:15}  "
            f"{loc.get('country_code') or '--':2}  "
            f"{len(d['article_ids'])} rep  {d['confidence']:.2f}  {d['summary']}"
        )


# -- analysts' overrides ----------------------------------------------------------------------


def _open_for_override(ctx: click.Context, db: str | None) -> tuple[Any, Callable[[Any], Any]]:
    """The store and the re-resolution an override runs (the configured resolver)."""
    from veille.jobs import resolve_all
    from veille.resolve.registry import resolver_from_name
    from veille.store.store import Store

    settings = _settings(ctx, db=db)
    resolver = resolver_from_name(settings["resolver"])
    return Store.open(settings["db"]), lambda store: resolve_all(store, resolver)


@cli.command()
@click.argument("event_ids", nargs=-1, required=True)
@click.option("--by", "who", required=True, help="Who makes the change (kept in the audit log).")
@click.option("--note", default="", help="Why: kept with the override and in the links' reasons.")
@_db_option
@click.pass_context
@handle_errors
def merge(ctx: click.Context, event_ids: tuple[str, ...], who: str, note: str, db: str | None) -> None:
    """Merge events: their records stay in one event through every later re-resolution.

    \b
    Example:
      veille merge e1a2b3c4d5e6f7a8b e9f8e7d6c5b4a3f2e1 --by alice --note "same raid"
    """
    from veille.store.overrides import merge_events

    store, resolve = _open_for_override(ctx, db)
    try:
        ev = merge_events(store, event_ids, who, note, resolve=resolve)
    finally:
        store.close()
    click.echo(f"merged into {ev.id} ({len(ev.record_ids)} records, review_status {ev.review_status})")


@cli.command()
@click.argument("event_id")
@click.option("--records", required=True, help="Comma-separated ids of the records to move out.")
@click.option("--by", "who", required=True, help="Who makes the change (kept in the audit log).")
@click.option("--note", default="", help="Why: kept with the override and in the links' reasons.")
@_db_option
@click.pass_context
@handle_errors
def split(ctx: click.Context, event_id: str, records: str, who: str, note: str, db: str | None) -> None:
    """Split records out of an event into an event of their own, for good.

    \b
    Example:
      veille split e1a2b3c4d5e6f7a8b --records r0123456789abcdef,rfedcba9876543210 --by alice
    """
    from veille.store.overrides import split_event

    store, resolve = _open_for_override(ctx, db)
    try:
        ev = split_event(store, event_id, records.split(","), who, note, resolve=resolve)
    finally:
        store.close()
    click.echo(f"split into {ev.id} ({len(ev.record_ids)} records, review_status {ev.review_status})")


@cli.command()
@click.argument("event_id")
@_db_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per audit row.")
@click.pass_context
@handle_errors
def history(ctx: click.Context, event_id: str, db: str | None, as_json: bool) -> None:
    """Print the audit history of an event: who merged or split it, when, before and after.

    \b
    Example:
      veille history e1a2b3c4d5e6f7a8b --db team.db
    """
    from veille.store.overrides import event_history
    from veille.store.store import Store

    store = Store.open(_settings(ctx, db=db)["db"])
    try:
        rows = event_history(store, event_id)
    finally:
        store.close()
    if as_json:
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False, sort_keys=True))
        return
    if not rows:
        click.echo(f"no audit rows for {event_id}")
    for r in rows:
        before = ", ".join(f"{e['id']} ({len(e['record_ids'])} rec)" for e in r["before"] or [])
        after = ", ".join(f"{e['id']} ({len(e['record_ids'])} rec)" for e in r["after"] or [])
        click.echo(f"{r['at']}  {r['who']}  {r['action']}  {before} -> {after}")


@cli.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "parquet", "geojson", "acled-csv", "plover"]),
    default="jsonl",
    show_default=True,
    help="See docs/exports.md; parquet needs -o.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here (default: stdout).")
@_db_option
@_filters
@click.option(
    "--records", "as_records", is_flag=True, help="Per-article records (CONTRACT §2) instead of events."
)
@click.option("--redact-persons", is_flag=True, default=None, help="Remove the names of people.")
@click.pass_context
@handle_errors
def export_cmd(
    ctx: click.Context,
    fmt: str,
    output: str | None,
    db: str | None,
    as_records: bool,
    redact_persons: bool | None,
    **filters: Any,
) -> None:
    """Export resolved events (CONTRACT §5 for jsonl) or, with --records, the per-article records.

    The filters select events; with --records, the records behind the selected events.

    \b
    Example:
      veille export --format csv -o events.csv --country NG
      veille export --format parquet -o events.parquet --from 2024-01-01 --redact-persons
      veille export --format acled-csv -o acled.csv --type attack,ct_operation
      veille export --format jsonl --records -o records.jsonl
    """
    from veille.jobs import write_export
    from veille.store.store import Store

    settings = _settings(ctx, db=db, redact_persons=redact_persons)
    if fmt == "parquet" and output in (None, "-"):
        raise click.UsageError("parquet is a binary format: give a file with -o FILE")
    store = Store.open(settings["db"])
    redact = bool(settings["redact_persons"])
    try:
        q = _query(sort="date", **filters)
        if fmt == "parquet":
            target = Path(str(output))
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(target.suffix + ".tmp")
            n = write_export(store, fmt, q, str(tmp), records=as_records, redact_persons=redact)
            tmp.replace(target)
        else:
            with _output(output) as out:
                n = write_export(store, fmt, q, out, records=as_records, redact_persons=redact)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    finally:
        store.close()
    if output:
        click.echo(f"{n} {'records' if as_records else 'events'} written to {output}", err=True)


# -- eval --------------------------------------------------------------------------------------


@cli.command("eval")
@click.argument("directory", required=False, type=click.Path(file_okay=False))
@click.option("--demo", is_flag=True, help="Score the bundled demo corpus against its gold.")
@click.option("--limit", type=int, help="Only the first N articles (rows are in a fair random order).")
@click.option(
    "--predictions", type=click.Path(dir_okay=False), help="Score these records instead of extracting."
)
@click.option(
    "--gate", type=click.Path(dir_okay=False), help="A JSON file of minimum scores; fail below them."
)
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Also write the JSON report here.")
@click.pass_context
@handle_errors
def eval_cmd(
    ctx: click.Context,
    directory: str | None,
    demo: bool,
    limit: int | None,
    predictions: str | None,
    gate: str | None,
    as_json: bool,
    output: str | None,
) -> None:
    """Score veille on a directory of articles.jsonl + gold.jsonl (../shared/eval format).

    Event sets print per-field accuracy; geoparsing sets (gold with places) print recognition
    and resolution figures; a set without gold (news2016) prints throughput and fire rates.

    \b
    Example:
      veille eval --demo --gate quality/minimums.json
      veille eval ../shared/eval/gtd --limit 500
    """
    from veille.evaluation.runner import run_eval

    if demo:
        directory = str(demo_dir())
    if not directory:
        raise click.UsageError("give a DIRECTORY, or --demo")
    settings = _settings(ctx)
    result = run_eval(
        Path(directory), settings, limit=limit, predictions=Path(predictions) if predictions else None
    )
    if as_json:
        click.echo(json.dumps(result.report, indent=1, sort_keys=True))
    else:
        click.echo(result.text)
    if output:
        Path(output).write_text(json.dumps(result.report, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if gate:
        from veille.evaluation.runner import apply_gate

        failures = apply_gate(Path(gate), Path(directory).name if not demo else "demo", result.report)
        if failures:
            for f in failures:
                click.echo(f"veille: quality gate: {f}", err=True)
            sys.exit(EXIT_SKIPPED)
        click.echo("quality gate: passed", err=True)


# -- config ----------------------------------------------------------------------------------


@cli.group()
def config() -> None:
    """Show the settings in force."""


@config.command("show")
@click.option("--json", "as_json", is_flag=True, help="As JSON.")
@click.pass_context
@handle_errors
def config_show(ctx: click.Context, as_json: bool) -> None:
    """Print every setting, its value and where it came from (default, file, VEILLE_*, flag).

    \b
    Example:
      VEILLE_DB=team.db veille config show
    """
    settings = _settings(ctx)
    rows = settings.describe()
    if as_json:
        click.echo(json.dumps({n: {"value": v, "origin": o} for n, v, o, _ in rows}, indent=1))
        return
    width = max(len(n) for n, *_ in rows)
    for name, value, origin, help_text in rows:
        click.echo(f"{name:<{width}}  {value!s:<18} ({origin})  {help_text}")


# -- commands defined in their own modules ----------------------------------------------------
# Each area registers its commands here, one block per area.
from veille.cli.storage import purge  # noqa: E402 [area:storage]

cli.add_command(purge)
# [area:sources]
from veille.cli.web import serve, users  # noqa: E402 [area:web]

cli.add_command(serve)
cli.add_command(users)
from veille.cli.spark import spark_cmd, spark_load_cmd  # noqa: E402  [area:spark]

cli.add_command(spark_cmd)
cli.add_command(spark_load_cmd)
from veille.cli.resolve import resolve_cmd  # noqa: E402 [area:resolve]

cli.add_command(resolve_cmd)


def main() -> None:
    cli(prog_name="veille")


if __name__ == "__main__":
    main()
