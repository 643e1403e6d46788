"""Column layouts shared by the driver (Spark schemas) and the executors (pandas frames)."""

from __future__ import annotations

# One row per thing the extraction step makes: kind is "record", "article" or "error".
EXTRACT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("kind", "string"),
    ("id", "string"),
    ("article_id", "string"),
    ("record_type", "string"),
    ("event_type", "string"),
    ("date_start", "string"),
    ("date_end", "string"),
    ("date_precision", "string"),
    ("country_code", "string"),
    ("confidence", "double"),
    ("published", "string"),
    ("source", "string"),
    ("year", "int"),
    ("month", "int"),
    ("status", "string"),
    ("drop_reason", "string"),
    ("drop_detail", "string"),
    ("input_file", "string"),
    ("position", "string"),
    ("seconds", "double"),
    ("json", "string"),
)
RECORD_COLUMNS = (
    "id",
    "article_id",
    "record_type",
    "event_type",
    "date_start",
    "date_end",
    "date_precision",
    "country_code",
    "confidence",
    "published",
    "source",
    "json",
    "year",
    "month",
)
ARTICLE_COLUMNS = ("id", "status", "drop_reason", "drop_detail", "input_file", "published", "json")
ERROR_COLUMNS = ("input_file", "position", "drop_detail")

BLOCK_KEY_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "string"),
    ("key", "string"),
    ("lo", "long"),
    ("hi", "long"),
    ("tol", "long"),
)

EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "string"),
    ("record_type", "string"),
    ("event_type", "string"),
    ("date_start", "string"),
    ("date_end", "string"),
    ("country_code", "string"),
    ("n_records", "int"),
    ("n_articles", "int"),
    ("confidence", "double"),
    ("block", "string"),
    ("block_records", "int"),
    ("json", "string"),
    ("year", "int"),
    ("month", "int"),
)


def ddl(columns: tuple[tuple[str, str], ...]) -> str:
    """A Spark DDL schema string: ``"kind string, id string, ..."``."""
    return ", ".join(f"`{name}` {kind}" for name, kind in columns)
