"""``veille spark`` as a function: extract, then resolve, then OUTPUT/report.json."""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from veille import __version__
from veille.settings import Settings
from veille.spark.blocks import resolve_output
from veille.spark.job import dump_report, read_text, run_extract_step, write_text

if TYPE_CHECKING:
    from pyspark.sql import SparkSession


def run_job(
    spark: SparkSession,
    inputs: Sequence[str],
    output: str,
    settings: Settings,
    *,
    fmt: str = "auto",
    partitions: int | None = None,
    extract: bool = True,
    resolve: bool = True,
    block_mode: str = "type",
) -> dict[str, Any]:
    """Run the steps asked for and write OUTPUT/report.json; returns the report.

    With ``extract=False`` the records already under OUTPUT are resolved again and the
    report's extraction part is kept.
    """
    output = output.rstrip("/")
    t0 = time.perf_counter()
    report: dict[str, Any] = {}
    if extract:
        report = {
            "veille_version": __version__,
            "inputs": list(inputs),
            "output": output,
            "settings": {
                k: settings[k] for k in ("extractor", "geocoder", "min_confidence", "resolver", "batch_size")
            },
        }
        report.update(run_extract_step(spark, inputs, output, settings, fmt, partitions))
    else:
        old = read_text(spark, f"{output}/report.json")
        report = json.loads(old) if old else {"output": output}
        report.pop("events", None)
    report["spark"] = {
        "version": spark.version,
        "master": spark.sparkContext.master,
        "default_parallelism": spark.sparkContext.defaultParallelism,
    }
    if resolve:
        report["events"] = resolve_output(spark, output, str(settings["resolver"]), block_mode)
    timings = dict(report.get("timings") or {})
    if "events" in report:
        timings["resolve_s"] = report["events"]["resolve_s"]
    timings["total_s"] = round(time.perf_counter() - t0, 3)
    report["timings"] = timings
    write_text(spark, f"{output}/report.json", dump_report(report))
    return report
