"""CSV (and TSV) files of articles, with a mapping from article fields to column names.

A mapping is ``text=body,title=headline,published=date,url=link,id=uid`` (fields of CONTRACT §1;
unmapped fields use the column of the same name, if any), or a file holding that (JSON object
or one ``field=column`` per line). Columns that no field takes are kept as ``meta``. Errors name
the file and the line a row starts on, so a quoted field spanning lines does not shift them.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Mapping
from pathlib import Path

from veille.errors import InputError
from veille.io.clean import looks_binary
from veille.io.encoding import decode_bytes, repair_mojibake
from veille.io.lang import with_language
from veille.io.urls import canonical_url
from veille.records import Article

FIELDS = ("id", "text", "title", "published", "url", "source", "language")
CSV_SUFFIXES = {".csv", ".tsv"}
_FIELD_LIMIT = 64 * 1024 * 1024


def parse_mapping(spec: str | Mapping[str, str] | None) -> dict[str, str]:
    """``field -> column`` from ``"text=body,title=headline"``, a mapping file's path or a dict."""
    if spec is None or spec == "":
        return {}
    if isinstance(spec, Mapping):
        pairs = dict(spec)
    else:
        path = Path(spec)
        if "=" not in spec or (path.suffix.lower() in {".json", ".txt", ".map"} and path.is_file()):
            pairs = _mapping_file(path)
        else:
            pairs = _pairs(spec.replace("\n", ",").split(","), "--csv-map")
    bad = sorted(set(pairs) - set(FIELDS))
    if bad:
        raise InputError(
            "--csv-map", None, f"unknown field(s) {', '.join(bad)}; the fields are {', '.join(FIELDS)}"
        )
    return {k: v for k, v in pairs.items() if v}


def _pairs(items: list[str], where: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, item in enumerate(items, start=1):
        item = item.strip()
        if not item or item.startswith("#"):
            continue
        field, sep, column = item.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise InputError(where, n, f"expected field=column, got {item!r}")
        out[field.strip()] = column.strip()
    return out


def _mapping_file(path: Path) -> dict[str, str]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(str(path), None, f"cannot read the CSV mapping ({exc.strerror or exc})") from exc
    if text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(str(path), exc.lineno, f"malformed JSON mapping ({exc.msg})") from exc
        if not all(isinstance(v, str) for v in data.values()):
            raise InputError(str(path), None, "every mapping value must be a column name")
        return {str(k): v for k, v in data.items()}
    return _pairs(text.split("\n"), str(path))


def read_csv(path: Path, mapping: Mapping[str, str] | None = None) -> Iterator[Article | InputError]:
    """Articles from one CSV/TSV file; a bad row is an InputError with its line, the rest go on."""
    name = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield InputError(name, None, f"cannot read file: {exc.strerror or exc}")
        return
    if looks_binary(raw):
        yield InputError(name, None, "binary data, not text")
        return
    text, _enc = decode_bytes(raw)
    if not text.strip():
        yield InputError(name, None, "empty file")
        return
    csv.field_size_limit(max(csv.field_size_limit(), _FIELD_LIMIT))
    dialect: type[csv.Dialect] | csv.Dialect = csv.excel_tab if path.suffix.lower() == ".tsv" else csv.excel
    if path.suffix.lower() == ".csv":
        try:
            dialect = csv.Sniffer().sniff(text[:8192].split("\n", 1)[0], delimiters=",;\t|")
        except csv.Error:
            dialect = csv.excel
    reader = csv.reader(text.splitlines(keepends=True), dialect)
    try:
        header = [h.strip() for h in next(reader)]
    except (StopIteration, csv.Error) as exc:
        yield InputError(name, 1, f"cannot read the header row ({exc})")
        return
    columns = {h: i for i, h in enumerate(header)}
    wanted = dict(mapping or {})
    for field in FIELDS:
        if field not in wanted and field in columns:
            wanted[field] = field
    missing = {f: c for f, c in wanted.items() if c not in columns}
    if missing or "text" not in wanted:
        what = ", ".join(f"{c!r} (for {f})" for f, c in missing.items()) or "'text'"
        yield InputError(
            name, 1, f"no column {what}; the columns are {', '.join(header)}; map them with --csv-map"
        )
        return
    taken = set(wanted.values())
    line = reader.line_num + 1
    while True:
        start = line
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield InputError(name, start, f"malformed CSV row ({exc})")
            line = reader.line_num + 1
            continue
        line = reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield InputError(name, start, f"row has {len(row)} fields, the header has {len(header)}")
            continue
        yield _row_article(row, columns, wanted, taken, name, start)


def _row_article(
    row: list[str], columns: dict[str, int], wanted: dict[str, str], taken: set[str], name: str, line: int
) -> Article | InputError:
    from veille.io.read import article_from_json

    data: dict[str, object] = {}
    for field, column in wanted.items():
        value = repair_mojibake(row[columns[column]]).strip()
        data[field] = value or None
    if data.get("url"):
        data["url"] = canonical_url(str(data["url"]))
    meta = {col: row[i] for col, i in columns.items() if col not in taken and col and row[i] != ""}
    if meta:
        data["meta"] = meta
    data["text"] = data.get("text") or ""
    try:
        art = article_from_json(data)
    except InputError as err:
        return InputError(name, line, err.reason)
    return with_language(art)
