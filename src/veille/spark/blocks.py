"""The Spark job, step 2: records resolved into events, block by block, on the executors.

A block is a set of records that the resolver could ever compare with one another, so that no
block boundary splits a happening the resolver itself would have joined:

1. each record gets the keys of the resolver's own candidate blocks (``blocking.v2``: record
   type, type family, and each event country or named agency; statistics by kind and value);
2. inside a key, records sorted by date are cut where the gap to every earlier record is
   wider than the family's date tolerance (no candidate pair spans such a gap);
3. a record with several keys (two countries, an agency) ties its keys' segments together:
   the connected components of that graph are the blocks.

Each block is then resolved, independently, by the resolver named in the settings. What
differs from resolving everything at once is documented in docs/spark.md: word weights (TF-IDF)
are computed per block, and in ``type`` mode lifecycle links between blocks (an arrest for an
attack) are not drawn; ``country`` mode keeps them at the price of larger blocks.
"""

from __future__ import annotations

import time
from functools import partial
from typing import TYPE_CHECKING, Any

import pandas as pd

from veille.spark import worker
from veille.spark.columns import BLOCK_KEY_COLUMNS, EVENT_COLUMNS, ddl
from veille.spark.job import RECORD_SCHEMA, read_output

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

MODES = ("type", "country")


class UnionFind:
    """Connected components of string nodes; the root of a component is its smallest node."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            keep, gone = sorted((ra, rb))
            self.parent[gone] = keep


def segments(keys: DataFrame) -> DataFrame:
    """(``id``, ``segment``): each key's records cut where no pair can span the date gap."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    w = Window.partitionBy("key").orderBy("lo", "id")
    reach = F.max(F.col("hi") + F.col("tol")).over(w.rowsBetween(Window.unboundedPreceding, -1))
    starts = keys.withColumn(
        "start",
        F.when((F.col("tol") >= 0) & (reach.isNull() | (F.col("lo") > reach)), 1).otherwise(0),
    )
    numbered = starts.withColumn("n", F.sum("start").over(w.rowsBetween(Window.unboundedPreceding, 0)))
    return numbered.select("id", F.concat_ws("#", F.col("key"), F.col("n").cast("string")).alias("segment"))


def components(spark: SparkSession, segs: DataFrame) -> DataFrame:
    """(``id``, ``block``): segments tied by records with several keys, as connected components.

    Only the records with more than one segment travel to the driver (their segment lists);
    every other segment is its own block root.
    """
    from pyspark.sql import functions as F

    multi = (
        segs.groupBy("id").agg(F.array_sort(F.collect_set("segment")).alias("segs")).where(F.size("segs") > 1)
    )
    uf = UnionFind()
    for row in multi.toLocalIterator():
        first, *rest = row["segs"]
        for other in rest:
            uf.union(first, other)
    mapping = [(s, uf.find(s)) for s in sorted(uf.parent) if uf.find(s) != s]
    schema = "segment string, root string"
    roots = spark.createDataFrame(mapping, schema) if mapping else spark.createDataFrame([], schema)
    joined = segs.join(F.broadcast(roots) if len(mapping) < 100_000 else roots, "segment", "left")
    with_root = joined.select("id", F.coalesce(F.col("root"), F.col("segment")).alias("block"))
    # Every segment of a record has the same root; keep one row per record.
    return with_root.groupBy("id").agg(F.min("block").alias("block"))


def resolve_output(spark: SparkSession, output: str, resolver: str, mode: str = "type") -> dict[str, Any]:
    """Resolve OUTPUT/records into OUTPUT/events (Parquet) and OUTPUT/events_jsonl (CONTRACT §5)."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    if mode not in MODES:
        raise ValueError(f"unknown block mode {mode!r}; use one of {', '.join(MODES)}")
    t0 = time.perf_counter()
    recs = (
        read_output(spark, f"{output}/records", RECORD_SCHEMA)
        .select("id", "json", "published", "source")
        .dropDuplicates(["id"])  # an article given twice gives the same records twice
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    try:
        keys = recs.mapInPandas(
            partial(worker.block_key_batches, mode=mode, resolver_name=resolver), ddl(BLOCK_KEY_COLUMNS)
        )
        segs = segments(keys).persist(StorageLevel.MEMORY_AND_DISK)
        blocks = components(spark, segs)
        todo = recs.join(blocks, "id").select("block", "json", "published", "source")

        def resolve_block(frame: pd.DataFrame) -> pd.DataFrame:
            return worker.resolve_frame(frame, resolver)

        events = todo.groupBy("block").applyInPandas(resolve_block, ddl(EVENT_COLUMNS))
        events = events.persist(StorageLevel.MEMORY_AND_DISK)
        events.write.mode("overwrite").partitionBy("year", "month").parquet(f"{output}/events")
        events.orderBy("id").select("json").write.mode("overwrite").text(f"{output}/events_jsonl")
        sizes = events.select("block", "block_records").distinct()
        stats = sizes.agg(
            F.count("*").alias("blocks"),
            F.max("block_records").alias("largest"),
            F.sum("block_records").alias("n"),
        ).collect()[0]
        n_events = events.count()
        multi = events.where(F.col("n_articles") > 1).count()
        events.unpersist()
        segs.unpersist()
    finally:
        recs.unpersist()
    return {
        "resolver": resolver,
        "block_mode": mode,
        "blocks": int(stats["blocks"] or 0),
        "largest_block_records": int(stats["largest"] or 0),
        "records_resolved": int(stats["n"] or 0),
        "events": n_events,
        "events_from_several_articles": multi,
        "resolve_s": round(time.perf_counter() - t0, 3),
    }
