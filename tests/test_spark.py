"""`veille spark` on local[2]: the same records as `veille extract`, counts, layout, events, loading.

One SparkSession (module scope) and one main job over the demo corpus plus a file of bad lines;
the other tests read what that job wrote. Skips cleanly without Java or pyspark.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from test_schema import assert_valid
from veille.cli.main import cli, demo_dir
from veille.records import Record
from veille.resolve.blocking import Report
from veille.resolve.features import make_view
from veille.resolve.registry import resolver_from_name
from veille.resolve.v2 import ResolverV2
from veille.settings import Settings
from veille.spark.blocks import UnionFind
from veille.spark.worker import block_keys, parse_line, year_month

BAD_LINES = [
    "not json at all",
    '{"id": "no-text", "title": "a title only"}',
    "[1, 2, 3]",
]
DEMO = demo_dir() / "articles.jsonl"
RESOLVER: Any = resolver_from_name(Settings.load()["resolver"])  # the one the job uses


def _java_and_pyspark() -> str | None:
    java_home = os.environ.get("JAVA_HOME")
    if shutil.which("java") is None and not (java_home and (Path(java_home) / "bin" / "java").exists()):
        return "Java is not installed"
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed"
    return None


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    why = _java_and_pyspark()
    if why:
        pytest.skip(f"Spark tests need Java 17 and pyspark: {why}")
    from veille.spark.session import spark_session

    session = spark_session("local[2]", {"spark.sql.shuffle.partitions": "4"}, app_name="veille-tests")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def job(spark: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One run over the demo corpus and a file of bad lines: its input, output and report."""
    from veille.spark.run import run_job

    root = tmp_path_factory.mktemp("spark")
    inputs = root / "in"
    inputs.mkdir()
    shutil.copy(DEMO, inputs / "demo.jsonl")
    (inputs / "bad.jsonl").write_text(
        "\n".join(BAD_LINES[:2]) + "\n\n" + BAD_LINES[2] + "\n", encoding="utf-8"
    )
    out = root / "out"
    report = run_job(spark, [str(inputs)], str(out), Settings.load())
    return {"root": root, "inputs": inputs, "out": out, "report": report}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """What `veille extract` makes of the demo corpus: its records and its counts."""
    out = tmp_path_factory.mktemp("extract") / "records.jsonl"
    res = CliRunner().invoke(cli, ["extract", str(DEMO), "-o", str(out), "--workers", "1"])
    assert res.exit_code == 0, res.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return {"records": records, "stats": res.output}


def _parquet(path: Path) -> list[dict[str, Any]]:
    import pyarrow.dataset as ds

    rows: list[dict[str, Any]] = (
        ds.dataset(str(path), format="parquet", partitioning="hive").to_table().to_pylist()
    )
    return rows


def _canonical(objs: list[dict[str, Any]]) -> list[str]:
    return sorted(json.dumps(o, sort_keys=True, ensure_ascii=False) for o in objs)


# -- without Spark ----------------------------------------------------------------------------


def test_bad_lines_become_input_errors_with_reasons() -> None:
    got = [parse_line(line, "f.jsonl") for line in BAD_LINES]
    reasons = [getattr(g, "reason", "") for g in got]
    assert reasons[0].startswith("malformed JSON")
    assert reasons[1] == "missing or non-string 'text'"
    assert reasons[2] == "expected a JSON object, got list"
    assert all(getattr(g, "source", "") == "f.jsonl" for g in got)
    assert "not json" in str(getattr(got[0], "position", ""))


def test_partition_date_is_event_start_else_publication() -> None:
    assert year_month("2024-03-05", "2025-01-01") == (2024, 3)
    assert year_month(None, "2025-01-31T10:00:00Z") == (2025, 1)
    assert year_month("not a date", None) == (None, None)


def test_union_find_roots_are_smallest() -> None:
    uf = UnionFind()
    uf.union("c", "b")
    uf.union("d", "a")
    uf.union("b", "d")
    assert {uf.find(x) for x in "abcd"} == {"a"}
    assert uf.find("z") == "z"


def test_every_resolver_candidate_pair_shares_a_block(extracted: dict[str, Any]) -> None:
    """Block keys plus date segments never separate two records the resolver would compare."""
    arts = {json.loads(x)["id"]: json.loads(x) for x in DEMO.read_text(encoding="utf-8").splitlines()}
    recs = [Record.from_dict(r) for r in extracted["records"]]
    views = {
        r.id: make_view(r, arts[r.article_id].get("published"), arts[r.article_id].get("source"))
        for r in recs
    }
    for resolver, mode in ((ResolverV2(), "type"), (RESOLVER, "type"), (RESOLVER, "country")):
        pairs = resolver.candidates(views)
        assert pairs
        uf = UnionFind()
        by_key: dict[str, list[tuple[int, int, int, str]]] = {}
        for v in views.values():
            for key, tol in block_keys(v, mode, resolver):
                by_key.setdefault(key, []).append((v.lo, v.hi, tol, v.id))
        for key, members in by_key.items():  # the same cut as blocks.segments, in Python
            members.sort()
            reach: int | None = None
            seg = 0
            for lo, hi, tol, rid in members:
                if tol >= 0 and (reach is None or lo > reach):
                    seg += 1
                uf.union(rid, f"{key}#{seg}")
                reach = hi + tol if reach is None else max(reach, hi + tol)
        for a, b in pairs:
            assert uf.find(a) == uf.find(b), (resolver.name, mode, a, b)


# -- the job ------------------------------------------------------------------------------------


def test_records_equal_those_of_veille_extract(job: dict[str, Any], extracted: dict[str, Any]) -> None:
    rows = _parquet(job["out"] / "records")
    spark_records = [json.loads(r["json"]) for r in rows]
    assert extracted["records"]
    assert _canonical(spark_records) == _canonical(extracted["records"])
    for rec in spark_records[:5]:
        assert_valid("record", rec)
    # The flat columns say what the JSON says.
    for r in rows:
        d = json.loads(r["json"])
        assert (r["id"], r["article_id"], r["event_type"]) == (d["id"], d["article_id"], d["event_type"])
        assert r["date_start"] == d["date"]["start"]


def test_report_counts(job: dict[str, Any], extracted: dict[str, Any]) -> None:
    report = json.loads((job["out"] / "report.json").read_text(encoding="utf-8"))
    n_demo = sum(1 for line in DEMO.read_text(encoding="utf-8").splitlines() if line.strip())
    assert report["articles_in"] == n_demo + len(BAD_LINES)
    assert report["articles"] == n_demo
    assert report["records_out"] == len(extracted["records"])
    by_type: dict[str, int] = {}
    for r in extracted["records"]:
        by_type[r["record_type"]] = by_type.get(r["record_type"], 0) + 1
    assert report["records"] == by_type
    assert report["input_errors"] == len(BAD_LINES)
    assert report["drops"]["unreadable"] == len(BAD_LINES)
    # `veille extract` prints its drops by reason: the same, apart from the bad file.
    for reason, n in report["drops"].items():
        if reason != "unreadable":
            assert f"{reason}: {n}" in extracted["stats"]
    assert report["articles_with_records"] == len({r["article_id"] for r in extracted["records"]})
    assert sum(p["records"] for p in report["partitions"]) == report["records_out"]
    assert report["events"]["records_resolved"] == len({r["id"] for r in extracted["records"]})
    assert set(report["timings"]) >= {"extract_s", "resolve_s", "total_s", "worker_pipeline_s"}


def test_records_are_partitioned_by_year_and_month(job: dict[str, Any]) -> None:
    arts = {json.loads(x)["id"]: json.loads(x) for x in DEMO.read_text(encoding="utf-8").splitlines()}
    folders = sorted(
        p.relative_to(job["out"] / "records") for p in (job["out"] / "records").glob("year=*/month=*")
    )
    assert folders and all(str(f).count("/") == 1 for f in folders)
    for f in folders:
        year, month = (int(part.split("=")[1]) for part in f.parts)
        for row in _parquet(job["out"] / "records" / f):
            rec = json.loads(row["json"])
            assert year_month(rec["date"]["start"], arts[rec["article_id"]].get("published")) == (year, month)


def test_malformed_input_is_reported_not_fatal(job: dict[str, Any]) -> None:
    errors = _parquet(job["out"] / "input_errors")
    assert len(errors) == len(BAD_LINES)
    assert all(e["input_file"].endswith("bad.jsonl") for e in errors)
    assert sorted(e["reason"].split(" (")[0] for e in errors) == sorted(
        ["malformed JSON", "missing or non-string 'text'", "expected a JSON object, got list"]
    )
    samples = job["report"]["input_error_samples"]
    assert len(samples) == len(BAD_LINES) and all(s["position"] for s in samples)


def test_events_are_the_resolvers_clusters(job: dict[str, Any], extracted: dict[str, Any]) -> None:
    events = [json.loads(r["json"]) for r in _parquet(job["out"] / "events")]
    lines = [
        json.loads(line)
        for part in sorted((job["out"] / "events_jsonl").glob("part-*"))
        for line in part.read_text(encoding="utf-8").splitlines()
    ]
    assert _canonical(lines) == _canonical(events)
    for ev in events[:5]:
        assert_valid("event", ev)
    ids = [rid for ev in events for rid in ev["record_ids"]]
    assert sorted(ids) == sorted({r["id"] for r in extracted["records"]})  # each record in one event
    # Resolving everything at once gives the same clusters (block boundaries split none).
    arts = {json.loads(x)["id"]: json.loads(x) for x in DEMO.read_text(encoding="utf-8").splitlines()}
    reports = [
        Report(
            Record.from_dict(r), arts[r["article_id"]].get("published"), arts[r["article_id"]].get("source")
        )
        for r in extracted["records"]
    ]
    whole = RESOLVER.resolve(reports)
    assert sorted(sorted(ev["record_ids"]) for ev in events) == sorted(sorted(e.record_ids) for e in whole)
    if hasattr(RESOLVER, "block_keys"):  # word weights from the language (v3): only lifecycle links differ
        drop = {"related"}
        assert _canonical([{k: v for k, v in ev.items() if k not in drop} for ev in events]) == _canonical(
            [{k: v for k, v in e.to_dict().items() if k not in drop} for e in whole]
        )
    assert any(len(ev["article_ids"]) > 1 for ev in events)


def test_country_blocks_keep_lifecycle_links(
    spark: Any, job: dict[str, Any], extracted: dict[str, Any]
) -> None:
    from veille.spark.run import run_job

    out = job["root"] / "country"
    shutil.copytree(job["out"], out)
    report = run_job(spark, [], str(out), Settings.load(), extract=False, block_mode="country")
    assert report["events"]["block_mode"] == "country"
    assert report["articles_in"] == job["report"]["articles_in"]  # the extraction part is kept
    events = [json.loads(r["json"]) for r in _parquet(out / "events")]
    arts = {json.loads(x)["id"]: json.loads(x) for x in DEMO.read_text(encoding="utf-8").splitlines()}
    reports = [
        Report(
            Record.from_dict(r), arts[r["article_id"]].get("published"), arts[r["article_id"]].get("source")
        )
        for r in extracted["records"]
    ]
    whole = {e.id: e.to_dict() for e in RESOLVER.resolve(reports)}
    assert sorted(ev["id"] for ev in events) == sorted(whole)
    assert any(ev["related"] for ev in events)
    for ev in events:
        assert ev["related"] == whole[ev["id"]]["related"], ev["id"]
    if hasattr(RESOLVER, "block_keys"):  # v3: word weights from the language, so all of it is equal
        assert _canonical(events) == _canonical(list(whole.values()))


def test_parquet_input_gives_the_same_records(spark: Any, job: dict[str, Any]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from veille.spark.run import run_job

    rows = [json.loads(x) for x in DEMO.read_text(encoding="utf-8").splitlines()][:12]
    folder = job["root"] / "pq"
    folder.mkdir()
    pq.write_table(pa.Table.from_pylist(rows), folder / "articles.parquet")
    out = job["root"] / "pq-out"
    report = run_job(spark, [str(folder)], str(out), Settings.load(), resolve=False)
    assert report["format"] == "parquet" and report["articles_in"] == 12
    ids = {r["id"] for r in rows}
    want = [json.loads(r["json"]) for r in _parquet(job["out"] / "records") if r["article_id"] in ids]
    assert _canonical([json.loads(r["json"]) for r in _parquet(out / "records")]) == _canonical(want)
    assert not (out / "events").exists()


def test_cli_reports_skipped_lines(job: dict[str, Any]) -> None:
    out = job["root"] / "cli-out"
    res = CliRunner().invoke(
        cli,
        ["spark", "--input", str(job["inputs"] / "bad.jsonl"), "--output", str(out), "--master", "local[2]"],
    )
    assert res.exit_code == 1, res.output
    assert "3 articles in, 0 records out" in res.output
    assert "skipped" in res.output and "bad.jsonl" in res.output
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["input_errors"] == 3
    res = CliRunner().invoke(cli, ["spark", "--output", str(out)])
    assert res.exit_code == 2 and "--input" in res.output


# -- loading into a database ---------------------------------------------------------------------


def test_load_into_database_then_nothing_changes(job: dict[str, Any], store_url: str) -> None:
    from veille.spark.load import load_output
    from veille.store.store import Store

    store = Store.open(store_url)
    try:
        first = load_output(str(job["out"]), store)
        want = _canonical([json.loads(r["json"]) for r in _parquet(job["out"] / "records")])
        assert _canonical([r.to_dict() for r in store.all_records()]) == want
        assert first.new == job["report"]["articles"] and first.input_errors == len(BAD_LINES)
        assert store.count("events") == job["report"]["events"]["events"]
        assert store.drop_counts().get("not_relevant") == job["report"]["drops"].get("not_relevant")
        again = load_output(str(job["out"]), store)
        assert not again.changed_anything
    finally:
        store.close()


def test_veille_ingest_loads_a_spark_output(job: dict[str, Any], tmp_path: Path) -> None:
    db = tmp_path / "spark.db"
    res = CliRunner().invoke(cli, ["ingest", str(job["out"]), "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "loaded a `veille spark` output" in res.output
    res = CliRunner().invoke(cli, ["events", "--db", str(db), "--json", "--limit", "1000"])
    assert len(res.output.splitlines()) == job["report"]["events"]["events"]
    res = CliRunner().invoke(cli, ["spark-load", str(job["out"]), "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "Nothing changed" in res.output
    res = CliRunner().invoke(cli, ["spark-load", str(job["out"]), "--db", str(db), "--resolve-in-db"])
    assert res.exit_code == 0, res.output
    res = CliRunner().invoke(cli, ["events", "--db", str(db), "--json", "--limit", "1000"])
    assert len(res.output.splitlines()) == job["report"]["events"]["events"]  # the same clusters
