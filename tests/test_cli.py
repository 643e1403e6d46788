"""Every command's main path and a bad-input path, through the real CLI on real SQLite files."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from test_schema import assert_valid
from veille.cli.main import cli


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_help_lists_every_command_with_an_example(runner: CliRunner) -> None:
    out = runner.invoke(cli, ["--help"]).output
    for cmd in ("ingest", "extract", "geoparse", "run", "events", "export", "eval", "config"):
        assert cmd in out
        sub = ["config", "show"] if cmd == "config" else [cmd]
        helptext = runner.invoke(cli, [*sub, "--help"]).output
        assert "Example" in helptext, cmd


def test_extract_writes_valid_records_and_reports_bad_lines(
    runner: CliRunner, tmp_path: Path, articles_file: Path
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": ""}\nnot json\n', encoding="utf-8")
    out = tmp_path / "records.jsonl"
    res = runner.invoke(
        cli, ["extract", str(articles_file), str(bad), str(tmp_path / "missing.txt"), "-o", str(out)]
    )
    assert res.exit_code == 1
    assert f"{bad}:1: empty 'text'" in res.stderr
    assert f"{bad}:2: malformed JSON" in res.stderr
    assert "missing.txt: no such file" in res.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records, "the good articles still gave records"
    for r in records:
        assert_valid("record", r)
    by_article = {r["article_id"] for r in records}
    assert "t-football" not in by_article
    assert {"t-arrest", "t-attack"} <= by_article


def test_extract_is_deterministic_and_reads_stdin(runner: CliRunner, articles_file: Path) -> None:
    text = articles_file.read_text(encoding="utf-8")
    a = runner.invoke(cli, ["extract", "-", "--no-stats"], input=text)
    b = runner.invoke(cli, ["extract", str(articles_file), "--no-stats"])
    assert a.exit_code == 0 and b.exit_code == 0
    assert a.stdout == b.stdout and a.stdout


def test_geoparse(runner: CliRunner, articles_file: Path) -> None:
    res = runner.invoke(cli, ["geoparse", str(articles_file)])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert [x["article_id"] for x in lines] == ["t-arrest", "t-attack", "t-football"]
    for line in lines:
        assert_valid("geoparse", line)
    names = {p["name"] for p in lines[0]["places"]}
    assert any("Tangier" in n or "Tanger" in n for n in names)
    res = runner.invoke(cli, ["geoparse", "/nonexistent.jsonl"])
    assert res.exit_code == 1 and "no such file" in res.stderr


def test_ingest_events_export_and_second_run(
    runner: CliRunner, tmp_path: Path, articles_file: Path, db_path: str
) -> None:
    res = runner.invoke(cli, ["ingest", str(articles_file), "--db", db_path])
    assert res.exit_code == 0, res.output
    assert "3 new" in res.stdout
    res = runner.invoke(cli, ["ingest", str(articles_file), "--db", f"sqlite:///{db_path}"])
    assert res.exit_code == 0 and "Nothing changed" in res.stdout
    res = runner.invoke(cli, ["events", "--db", db_path, "--json"])
    events = [json.loads(x) for x in res.stdout.splitlines()]
    assert events and all(e["review_status"] == "machine" for e in events)
    for e in events:
        assert_valid("event", e)
    res = runner.invoke(cli, ["events", "--db", db_path, "--country", "NG"])
    assert res.exit_code == 0 and "attack" in res.stdout
    res = runner.invoke(cli, ["events", "--db", db_path, "--sort", "nonsense"])
    assert res.exit_code == 2
    out = tmp_path / "e.csv"
    res = runner.invoke(cli, ["export", "--format", "csv", "-o", str(out), "--db", db_path])
    assert res.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert {r["id"] for r in rows} == {e["id"] for e in events}
    res = runner.invoke(cli, ["export", "--format", "geojson", "--db", db_path])
    gj = json.loads(res.stdout)
    assert gj["type"] == "FeatureCollection" and gj["features"]
    res = runner.invoke(cli, ["export", "--records", "--db", db_path])
    for line in res.stdout.splitlines():
        assert_valid("record", json.loads(line))
    res = runner.invoke(cli, ["ingest", str(tmp_path / "nope.jsonl"), "--db", db_path])
    assert res.exit_code == 1 and "no such file" in res.stderr


def test_bad_database_url_is_one_line_error(runner: CliRunner, articles_file: Path) -> None:
    res = runner.invoke(cli, ["ingest", str(articles_file), "--db", "mysql://x/y"])
    assert res.exit_code == 2
    assert res.stderr.startswith("veille: error: unsupported database URL")


def test_run_demo_twice_changes_nothing(runner: CliRunner, tmp_path: Path) -> None:
    db, out = str(tmp_path / "demo.db"), tmp_path / "out"
    first = runner.invoke(cli, ["run", "--demo", "--db", db, "--out", str(out)])
    assert first.exit_code == 0, first.output
    assert "events by type:" in first.stdout and "statistic records:" in first.stdout
    assert "articles dropped:" in first.stdout
    for name in ("events.jsonl", "events.csv", "events.geojson"):
        assert (out / name).stat().st_size > 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    second = runner.invoke(cli, ["run", "--demo", "--db", db, "--out", str(out)])
    assert second.exit_code == 0
    assert "Nothing changed" in second.stdout and "unchanged" in second.stdout
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_config_show(runner: CliRunner) -> None:
    res = runner.invoke(cli, ["config", "show", "--json"], env={"VEILLE_DB": "x.db"})
    data = json.loads(res.stdout)
    assert data["db"] == {"value": "x.db", "origin": "VEILLE_DB"}


def test_eval_demo_and_missing_dir(runner: CliRunner, tmp_path: Path) -> None:
    res = runner.invoke(cli, ["eval", "--demo", "--json"])
    assert res.exit_code == 0, res.output
    report = json.loads(res.stdout)
    assert report["metrics"]["relevance_f1"] > 0.5
    res = runner.invoke(cli, ["eval", str(tmp_path)])
    assert res.exit_code == 2 and "no articles.jsonl" in res.stderr
