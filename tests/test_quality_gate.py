"""The quality gate: the demo corpus must keep at least the scores in quality/minimums.json."""

from __future__ import annotations

from pathlib import Path

from veille.cli.main import demo_dir
from veille.evaluation.runner import apply_gate, run_eval
from veille.settings import Settings

GATE = Path(__file__).resolve().parents[1] / "quality" / "minimums.json"


def test_demo_corpus_meets_the_minimum_scores() -> None:
    result = run_eval(demo_dir(), Settings.load(env={}))
    failures = apply_gate(GATE, "demo", result.report)
    assert not failures, "\n".join(failures) + "\n\n" + result.text


def test_gate_fails_on_a_regression(tmp_path: Path) -> None:
    result = run_eval(demo_dir(), Settings.load(env={}), predictions=_empty(tmp_path))
    assert apply_gate(GATE, "demo", result.report)


def _empty(tmp_path: Path) -> Path:
    p = tmp_path / "none.jsonl"
    p.write_text("", encoding="utf-8")
    return p
