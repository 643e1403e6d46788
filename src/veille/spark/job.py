"""The Spark job, step 1: articles in, CONTRACT records out (Parquet by year and month), a report.

The same stages as ``veille extract`` run inside ``mapInPandas`` (Arrow batches), one pipeline
per executor Python worker. An unreadable line or a failing article becomes a counted drop with
its reason; it never fails the job.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from veille.errors import ConfigError, InputError
from veille.settings import Settings
from veille.spark import worker
from veille.spark.columns import ARTICLE_COLUMNS, ERROR_COLUMNS, EXTRACT_COLUMNS, RECORD_COLUMNS, ddl

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

FORMATS = ("auto", "jsonl", "parquet")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json", ".jsonl.gz", ".ndjson.gz", ".json.gz", ".jsonl.bz2")
PARQUET_SUFFIXES = (".parquet", ".pq")
ERROR_SAMPLES = 20


def detect_format(inputs: Sequence[str], fmt: str = "auto") -> str:
    """``jsonl`` or ``parquet``: as given, else from the file names (a folder: from its files)."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown input format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt != "auto":
        return fmt
    found = set()
    for path in inputs:
        low = path.lower().rstrip("/")
        if low.endswith(PARQUET_SUFFIXES):
            found.add("parquet")
        elif low.endswith(JSONL_SUFFIXES):
            found.add("jsonl")
        else:
            found.add(_folder_format(path))
    if len(found) != 1:
        raise ConfigError("inputs mix JSONL and Parquet; run them separately or say --format")
    return found.pop()


def _folder_format(path: str) -> str:
    from pathlib import Path

    local = Path(path.removeprefix("file://"))
    if "://" not in path.removeprefix("file://") and local.is_dir():
        names = [
            p.name.lower() for p in local.rglob("*") if p.is_file() and not p.name.startswith((".", "_"))
        ]
        if names and all(n.endswith(PARQUET_SUFFIXES) for n in names):
            return "parquet"
        if names and all(n.endswith(JSONL_SUFFIXES) for n in names):
            return "jsonl"
    raise ConfigError(f"cannot tell the format of {path}; say --format jsonl or --format parquet")


def read_lines(spark: SparkSession, inputs: Sequence[str], fmt: str) -> DataFrame:
    """Articles as JSON text lines (``value``) with the file they come from (``input_file``).

    A Parquet row is rendered as one JSON object, so both formats meet the same validation
    (``veille.io.read.article_from_json``) as ``veille extract``.
    """
    from pyspark.errors import AnalysisException
    from pyspark.sql import functions as F

    try:
        if fmt == "parquet":
            df = spark.read.parquet(*inputs)
            cols = [F.col(f"`{c}`") for c in df.columns]
            return df.select(
                F.to_json(F.struct(*cols)).alias("value"), F.col("_metadata.file_path").alias("input_file")
            )
        # Only "\n" ends a line, as in veille's own reader (a lone "\r" may sit inside a text).
        df = spark.read.option("lineSep", "\n").text(list(inputs))
        return df.select(F.col("value"), F.col("_metadata.file_path").alias("input_file"))
    except AnalysisException as exc:
        raise InputError(", ".join(inputs), None, f"cannot read input: {exc.getMessage()}") from exc


def extract(
    spark: SparkSession, lines: DataFrame, settings: Settings, partitions: int | None = None
) -> DataFrame:
    """Record, article and error rows (``EXTRACT_COLUMNS``) for the lines, computed lazily."""
    want = partitions or spark.sparkContext.defaultParallelism * 2
    if partitions or lines.rdd.getNumPartitions() < want:
        lines = lines.repartition(want)
    return lines.mapInPandas(partial(worker.extract_batches, settings=settings), ddl(EXTRACT_COLUMNS))


def write_extract(rows: DataFrame, output: str) -> None:
    """Records under OUTPUT/records (by year and month), articles and unreadable lines beside."""
    from pyspark.sql import functions as F

    recs = rows.where(F.col("kind") == "record").select(*RECORD_COLUMNS)
    recs.write.mode("overwrite").partitionBy("year", "month").parquet(f"{output}/records")
    arts = rows.where(F.col("kind") == "article").select(*ARTICLE_COLUMNS)
    arts.write.mode("overwrite").parquet(f"{output}/articles")
    errs = (
        rows.where(F.col("kind") == "error").select(*ERROR_COLUMNS).withColumnRenamed("drop_detail", "reason")
    )
    errs.write.mode("overwrite").parquet(f"{output}/input_errors")


def _schema(names: Sequence[str], renames: dict[str, str] | None = None) -> str:
    kinds = dict(EXTRACT_COLUMNS)
    renames = renames or {}
    return ddl(tuple((renames.get(n, n), kinds[n]) for n in names))


RECORD_SCHEMA = _schema(RECORD_COLUMNS)
ARTICLE_SCHEMA = _schema(ARTICLE_COLUMNS)
ERROR_SCHEMA = _schema(ERROR_COLUMNS, {"drop_detail": "reason"})


def read_output(spark: SparkSession, path: str, schema: str) -> DataFrame:
    """A Parquet folder this job wrote, with its schema given (an empty folder has no files to
    infer it from)."""
    return spark.read.schema(schema).parquet(path)


def extract_report(spark: SparkSession, output: str) -> dict[str, Any]:
    """Counts read back from what was written: articles in, records out, drops by reason."""
    from pyspark.sql import functions as F

    arts = read_output(spark, f"{output}/articles", ARTICLE_SCHEMA)
    errs = read_output(spark, f"{output}/input_errors", ERROR_SCHEMA)
    recs = read_output(spark, f"{output}/records", RECORD_SCHEMA)
    drops = {
        r["drop_reason"]: int(r["n"])
        for r in arts.where("drop_reason IS NOT NULL")
        .groupBy("drop_reason")
        .agg(F.count("*").alias("n"))
        .collect()
    }
    n_errors = errs.count()
    if n_errors:
        drops["unreadable"] = n_errors
    n_articles = arts.count()
    by_type = {
        r["record_type"]: int(r["n"])
        for r in recs.groupBy("record_type").agg(F.count("*").alias("n")).collect()
    }
    parts = [
        {"year": r["year"], "month": r["month"], "records": int(r["n"])}
        for r in recs.groupBy("year", "month").agg(F.count("*").alias("n")).orderBy("year", "month").collect()
    ]
    samples = [
        {"source": r["input_file"], "position": r["position"], "reason": r["reason"]}
        for r in errs.orderBy("input_file", "position").limit(ERROR_SAMPLES).collect()
    ]
    return {
        "articles_in": n_articles + n_errors,
        "articles": n_articles,
        "articles_with_records": recs.select("article_id").distinct().count(),
        "records_out": sum(by_type.values()),
        "records": dict(sorted(by_type.items())),
        "drops": dict(sorted(drops.items())),
        "input_errors": n_errors,
        "input_error_samples": samples,
        "partitions": parts,
    }


def run_extract_step(
    spark: SparkSession,
    inputs: Sequence[str],
    output: str,
    settings: Settings,
    fmt: str = "auto",
    partitions: int | None = None,
) -> dict[str, Any]:
    """Read, extract and write; the report part of this step."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    t0 = time.perf_counter()
    fmt = detect_format(inputs, fmt)
    rows = extract(spark, read_lines(spark, inputs, fmt), settings, partitions)
    rows = rows.persist(StorageLevel.MEMORY_AND_DISK)  # written three times, extracted once
    try:
        write_extract(rows, output)
        worker_seconds = rows.agg(F.sum("seconds")).collect()[0][0] or 0.0
    finally:
        rows.unpersist()
    report = extract_report(spark, output)
    report["format"] = fmt
    report["timings"] = {
        "extract_s": round(time.perf_counter() - t0, 3),
        "worker_pipeline_s": round(float(worker_seconds), 3),
    }
    return report


def write_text(spark: SparkSession, path: str, text: str) -> None:
    """Write a small file on any Hadoop-compatible file system (the output's own)."""
    jvm = spark.sparkContext._jvm
    assert jvm is not None
    hpath = jvm.org.apache.hadoop.fs.Path(path)
    fs = hpath.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    stream = fs.create(hpath, True)
    try:
        stream.write(bytearray(text.encode("utf-8")))
    finally:
        stream.close()


def read_text(spark: SparkSession, path: str) -> str | None:
    """A small file's text, or None when it is not there."""
    jvm = spark.sparkContext._jvm
    assert jvm is not None
    hpath = jvm.org.apache.hadoop.fs.Path(path)
    fs = hpath.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    if not fs.exists(hpath):
        return None
    rows = spark.read.text(path, wholetext=True).collect()
    return str(rows[0][0]) if rows else ""


def dump_report(report: dict[str, Any]) -> str:
    return json.dumps(report, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
