from __future__ import annotations

import json
from pathlib import Path

from veille.errors import InputError
from veille.io.read import read_sources
from veille.records import Article


def _split(items: list[Article | InputError]) -> tuple[list[Article], list[InputError]]:
    arts = [i for i in items if isinstance(i, Article)]
    errs = [i for i in items if isinstance(i, InputError)]
    return arts, errs


def test_jsonl_good_and_bad_lines_are_reported_and_the_rest_read(tmp_path: Path) -> None:
    p = tmp_path / "mixed.jsonl"
    p.write_text(
        "\n".join(
            [
                json.dumps({"id": "a", "text": "One."}),
                "{not json",
                json.dumps({"id": "b", "text": ""}),
                json.dumps({"id": "c"}),
                json.dumps(["a", "list"]),
                json.dumps({"text": "No id here.", "extra": 1}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    arts, errs = _split(list(read_sources([str(p)])))
    assert [a.id for a in arts][0] == "a"
    assert len(arts) == 2
    assert arts[1].id.startswith("t") and arts[1].meta == {"extra": 1}
    assert [(e.position, e.reason.split(" (")[0]) for e in errs] == [
        (2, "malformed JSON"),
        (3, "empty 'text'"),
        (4, "missing or non-string 'text'"),
        (5, "expected a JSON object, got list"),
    ]
    assert all(str(e).startswith(f"{p}:") for e in errs)


def test_txt_title_and_body(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("\n\nThe title\nBody line one.\nBody line two.\n", encoding="utf-8")
    (art,) = list(read_sources([str(p)]))
    assert isinstance(art, Article)
    assert art.title == "The title"
    assert art.text == "Body line one.\nBody line two."


def test_binary_missing_and_unsupported_files(tmp_path: Path) -> None:
    b = tmp_path / "bin.jsonl"
    b.write_bytes(b"\x00\x01\x02binary\x00")
    other = tmp_path / "x.pdf"
    other.write_bytes(b"%PDF")
    items = list(read_sources([str(b), str(tmp_path / "missing.jsonl"), str(other)]))
    assert all(isinstance(i, InputError) for i in items)
    assert [i.reason for i in items if isinstance(i, InputError)] == [
        "binary data, not text",
        "no such file",
        "unsupported file type .pdf; use .jsonl, .txt or .html",
    ]


def test_html_page_boilerplate_removed(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    body = " ".join(["Police in Rabat arrested two suspects linked to a militant cell on Monday."] * 5)
    p.write_text(
        "<html><head><title>Two held in Rabat</title></head><body><nav>Home | World | Sport</nav>"
        f"<article><h1>Two held in Rabat</h1><p>{body}</p></article><footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    (art,) = list(read_sources([str(p)]))
    assert isinstance(art, Article)
    assert "arrested two suspects" in art.text
    assert "Copyright" not in art.text


def test_folder_is_read_recursively(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("T\nBody.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": "x y z"}) + "\n", encoding="utf-8")
    arts, errs = _split(list(read_sources([str(tmp_path)])))
    assert len(arts) == 2 and not errs


def test_crlf_and_control_characters_are_cleaned(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    p.write_text(json.dumps({"text": "Line one.\r\nLine\x07 two."}) + "\n", encoding="utf-8")
    (art,) = list(read_sources([str(p)]))
    assert isinstance(art, Article)
    assert art.text == "Line one.\nLine  two."


def test_unicode_line_separator_inside_a_json_string_is_not_a_line_break(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    p.write_text(
        json.dumps({"id": "a", "text": "One\u2028two."}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (art,) = list(read_sources([str(p)]))
    assert isinstance(art, Article) and art.id == "a"
