"""Counting problems in the scored inputs: every problem is counted by reason, never fatal."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

MAX_EXAMPLES = 25


class ErrorTally:
    """Counts problems by reason and keeps the first few messages as examples."""

    def __init__(self) -> None:
        self.by_reason: Counter[str] = Counter()
        self.examples: list[str] = []

    def add(self, reason: str, message: str) -> None:
        self.by_reason[reason] += 1
        if len(self.examples) < MAX_EXAMPLES:
            self.examples.append(f"{reason}: {message}")

    def extend_lines(self, messages: Iterable[str], reason: str = "malformed_line") -> None:
        """Count messages from ``read_jsonl`` (one per unreadable line)."""
        for message in messages:
            self.add(reason, message)

    @property
    def total(self) -> int:
        return sum(self.by_reason.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "by_reason": dict(sorted(self.by_reason.items())),
            "examples": list(self.examples),
        }

    def format_text(self) -> str:
        if not self.total:
            return "Errors: 0"
        parts = ", ".join(f"{k} {v}" for k, v in sorted(self.by_reason.items()))
        lines = [f"Errors: {self.total} ({parts})"]
        lines += [f"  {e}" for e in self.examples[:10]]
        return "\n".join(lines)
