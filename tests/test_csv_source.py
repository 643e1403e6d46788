"""CSV and TSV files with a column mapping: fields, ids, canonical URLs, languages, and bad rows
reported with the line they start on while the rest is read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from veille.cli.main import cli
from veille.errors import InputError
from veille.io.csvsource import parse_mapping, read_csv
from veille.io.read import read_sources
from veille.records import Article

MAP = "text=body,title=headline,published=date,url=link,id=uid"


def _split(items: list[Article | InputError]) -> tuple[list[Article], list[InputError]]:
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, InputError)]


def test_mapping_from_a_string_a_json_file_and_a_lines_file(tmp_path: Path) -> None:
    want = {"text": "body", "title": "headline", "published": "date", "url": "link", "id": "uid"}
    assert parse_mapping(MAP) == want
    j = tmp_path / "map.json"
    j.write_text(json.dumps(want), encoding="utf-8")
    assert parse_mapping(str(j)) == want
    lines = tmp_path / "map.txt"
    lines.write_text("# our export\n" + MAP.replace(",", "\n") + "\n", encoding="utf-8")
    assert parse_mapping(str(lines)) == want
    assert parse_mapping("") == {} and parse_mapping(None) == {}
    with pytest.raises(InputError, match="unknown field.*body_text"):
        parse_mapping("body_text=body")
    with pytest.raises(InputError, match="expected field=column"):
        parse_mapping("text=body,title")
    with pytest.raises(InputError, match="cannot read the CSV mapping"):
        parse_mapping(str(tmp_path / "missing.json"))


def test_rows_become_articles_and_bad_rows_are_reported_by_line(tmp_path: Path) -> None:
    p = tmp_path / "export.csv"
    p.write_text(
        "uid,headline,body,date,link,desk\n"  # line 1
        'a1,Four held,"Moroccan police arrested four suspects in Tangier on Tuesday, the BCIJ said.",'
        "2025-03-04,https://News.example.org:443/a1?utm_source=x&b=2#c,world\n"  # line 2
        ',No id,"A bomber killed three people in Maiduguri.\nPolice said the attack was at a market.",'
        ",,\n"  # lines 3-4: a quoted field over two lines
        "a3,Empty body,,2025-01-01,,world\n"  # line 5
        "a4,Too few fields\n"  # line 6
        "\n"  # line 7: blank, skipped
        'a5,Last,"La police a arrêté deux hommes à Lyon, selon le parquet national antiterroriste.",'
        "2025-05-05,,\n",  # line 8
        encoding="utf-8",
    )
    arts, errs = _split(list(read_csv(p, parse_mapping(MAP))))
    assert [a.id for a in arts][0] == "a1" and arts[2].id == "a5"
    a1 = arts[0]
    assert a1.title == "Four held" and a1.published == "2025-03-04"
    assert a1.url == "https://news.example.org/a1?b=2" and a1.meta == {"desk": "world"}
    assert a1.language == "en" and arts[2].language == "fr"
    assert arts[1].id.startswith("t") and "\nPolice said" in arts[1].text
    assert [(e.source, e.position, e.reason) for e in errs] == [
        (str(p), 5, "empty 'text'"),
        (str(p), 6, "row has 2 fields, the header has 6"),
    ]


def test_default_mapping_semicolons_bom_and_cp1252(tmp_path: Path) -> None:
    p = tmp_path / "plain.csv"
    row = "Caf\u00e9 bombing suspect held in Orl\u00e9ans by police;Held;es"
    p.write_bytes(f"\ufefftext;title;language\n{row}\n".encode())
    (art,) = list(read_sources([str(p)]))
    assert isinstance(art, Article)
    assert art.text == "Café bombing suspect held in Orléans by police" and art.language == "es"  # kept
    q = tmp_path / "latin.csv"
    q.write_bytes("text,title\nLa police a arrêté trois suspects à Nice mardi soir,Nice\n".encode("cp1252"))
    (art,) = list(read_sources([str(q)]))
    assert isinstance(art, Article) and "arrêté" in art.text and art.language == "fr"
    t = tmp_path / "mojibake.tsv"
    t.write_text("text\ttitle\nThe suspectâ€™s lawyer spoke in CafÃ© Riche on Monday.\tX\n", encoding="utf-8")
    (art,) = list(read_sources([str(t)]))
    assert isinstance(art, Article) and art.text == "The suspect’s lawyer spoke in Café Riche on Monday."


def test_missing_columns_are_one_clear_error(tmp_path: Path) -> None:
    p = tmp_path / "x.csv"
    p.write_text("headline,content\nA,B\n", encoding="utf-8")
    (err,) = list(read_csv(p, {}))
    assert isinstance(err, InputError) and err.position == 1
    assert (
        "no column 'text'" in err.reason and "headline, content" in err.reason and "--csv-map" in err.reason
    )
    (err,) = list(read_csv(p, parse_mapping("text=content,title=title_col")))
    assert isinstance(err, InputError) and "'title_col' (for title)" in err.reason
    (empty_err,) = list(read_csv(tmp_path / "nope.csv", {}))
    assert isinstance(empty_err, InputError) and "cannot read file" in empty_err.reason


def test_cli_ingest_with_a_mapping(tmp_path: Path) -> None:
    p = tmp_path / "export.csv"
    p.write_text(
        "uid,headline,body\n"
        'c1,Held,"Moroccan police arrested four suspects in Tangier on Tuesday, the BCIJ said."\n'
        "c2,Bad,\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "c.db")
    res = CliRunner().invoke(
        cli, ["ingest", str(p), "--db", db, "--csv-map", "text=body,title=headline,id=uid"]
    )
    assert res.exit_code == 1, res.output
    assert "1 new" in res.stdout and f"{p}:3: empty 'text'" in res.stderr
    res = CliRunner().invoke(cli, ["ingest", str(p), "--db", db, "--csv-map", "txt=body"])
    assert res.exit_code == 2 and "unknown field(s) txt" in res.stderr
