"""Tolerant JSON Lines reading for the scorers: a bad line is reported, never fatal."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from veille.errors import InputError


def parse_jsonl_lines(lines: list[bytes], source: str) -> tuple[list[dict[str, Any]], list[str]]:
    """Parse JSON Lines; return the objects and one ``source:line: reason`` per bad line."""
    items: list[dict[str, Any]] = []
    errors: list[str] = []
    for number, raw in enumerate(lines, start=1):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            errors.append(f"{source}:{number}: not UTF-8 ({exc.reason} at byte {exc.start})")
            continue
        text = text.strip()
        if number == 1:
            text = text.lstrip("\ufeff")
        if not text:
            continue
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            errors.append(f"{source}:{number}: invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(value, dict):
            errors.append(f"{source}:{number}: not a JSON object (got {type(value).__name__})")
            continue
        items.append(value)
    return items, errors


def read_jsonl(path: str | Path) -> tuple[list[dict[str, Any]], list[str]]:
    """Read a JSON Lines file: the objects, and ``file:line: reason`` for each unreadable line.

    Blank lines are skipped silently. A file that cannot be opened raises ``InputError``.
    """
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(str(p), None, f"cannot read the file ({exc.strerror}); check the path") from exc
    return parse_jsonl_lines(data.splitlines(), str(p))
