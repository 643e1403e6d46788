"""One SparkSession, set up so that executors run this interpreter (and find pyarrow, spaCy)."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING

from veille.errors import ConfigError

if TYPE_CHECKING:
    from pyspark.sql import SparkSession


def spark_session(
    master: str | None = None,
    conf: Mapping[str, str] | None = None,
    app_name: str = "veille",
    log_level: str = "ERROR",
) -> SparkSession:
    """A SparkSession on ``master`` (None: what spark-submit or the defaults say).

    Run directly, executors use ``sys.executable`` unless ``PYSPARK_PYTHON`` or
    ``spark.pyspark.python`` say otherwise, because the system python3 lacks pyarrow and the
    models; the web UI is off. Under spark-submit its settings rule (on a cluster, the packed
    environment's interpreter). Logs are quiet (``log_level``).
    """
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:  # pragma: no cover - pyspark is a dependency
        raise ConfigError("`veille spark` needs pyspark: pip install 'pyspark==4.1.*'") from exc
    conf = dict(conf or {})
    # Under spark-submit the JVM started this process: its --conf and --master are in force, and
    # only the settings veille needs for correct output are added.
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    needed = {"spark.sql.execution.arrow.pyspark.enabled": "true", "spark.sql.session.timeZone": "UTC"}
    defaults: dict[str, str] = {}
    if not submitted:
        python = os.environ.get("PYSPARK_PYTHON") or conf.get("spark.pyspark.python") or sys.executable
        os.environ.setdefault("PYSPARK_PYTHON", python)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
        defaults = {
            "spark.pyspark.python": python,
            "spark.ui.enabled": "false",
            "spark.ui.showConsoleProgress": "false",
            "spark.sql.shuffle.partitions": "8",
        }
    for key, value in {**defaults, **needed, **conf}.items():
        builder = builder.config(key, value)
    try:
        spark = builder.getOrCreate()
    except Exception as exc:  # the JVM did not start: say what to check
        raise ConfigError(
            f"cannot start Spark ({type(exc).__name__}: {exc}); is Java 17+ installed and JAVA_HOME set?"
        ) from exc
    spark.sparkContext.setLogLevel(log_level)
    return spark
