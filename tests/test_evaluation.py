"""The scoring library behind ``veille eval``, on tiny hand-written fixtures."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from veille.errors import InputError
from veille.evaluation import (
    FIELDS,
    check_minimums,
    group_of,
    names_match,
    read_jsonl,
    score_events,
    score_geo,
    score_re3d,
)
from veille.evaluation.text import place_match

# --- builders ----------------------------------------------------------------------------------

ALL_FIELDS = [
    "event_type", "attack_type", "weapon_type", "target_type", "suicide", "country_code",
    "admin1", "city", "coordinates", "date", "perpetrators", "killed", "wounded", "arrested",
]  # fmt: skip


def gold_event(**kw: Any) -> dict[str, Any]:
    ev: dict[str, Any] = {
        "event_type_ok": ["attack"],
        "attack_type": None,
        "weapon_type": None,
        "target_type": None,
        "suicide": None,
        "country_code": None,
        "admin1": None,
        "city": None,
        "lat": None,
        "lon": None,
        "date_start": None,
        "date_end": None,
        "perpetrators": [],
        "killed": None,
        "wounded": None,
        "arrested": None,
    }
    ev.update(kw)
    return ev


def gold_line(aid: str, events: list[dict[str, Any]], relevant: bool = True, **kw: Any) -> dict:
    g: dict[str, Any] = {
        "article_id": aid,
        "relevant": relevant,
        "events": events,
        "scored_fields": ALL_FIELDS if relevant else ["relevance"],
    }
    g.update(kw)
    return g


def record(
    rid: str,
    aid: str,
    event_type: str = "attack",
    *,
    city: str | None = None,
    admin1: str | None = None,
    country: str | None = None,
    lat: float | None = None,
    lon: float | None = None,
    start: str | None = None,
    end: str | None = None,
    perps: tuple[str, ...] = (),
    counts: dict[str, Any] | None = None,
    record_type: str = "event",
    **kw: Any,
) -> dict[str, Any]:
    locations = []
    if city or admin1 or country or lat is not None:
        locations.append(
            {
                "name": city or admin1 or country or "somewhere",
                "country_code": country,
                "admin1": admin1,
                "city": city,
                "lat": lat,
                "lon": lon,
                "geonames_id": None,
                "precision": "city",
                "role": "event",
            }
        )
    r: dict[str, Any] = {
        "id": rid,
        "record_type": record_type,
        "article_id": aid,
        "event_type": event_type,
        "attack_type": None,
        "weapon_type": None,
        "target_type": None,
        "suicide": None,
        "date": {"start": start, "end": end or start, "precision": "day", "text": None},
        "locations": locations,
        "actors": [{"name": p, "mention": p, "kind": "armed_group", "role": "perpetrator"} for p in perps],
        "counts": {"killed": None, "wounded": None, "arrested": None, **(counts or {})},
        "statistic": None,
        "evidence": [],
        "confidence": 0.9,
        "summary": "",
    }
    r.update(kw)
    return r


def arts(*ids: str) -> list[dict[str, Any]]:
    return [{"id": i, "text": "..."} for i in ids]


# --- relevance ---------------------------------------------------------------------------------


def test_relevance_counts() -> None:
    gold = [
        gold_line("a", [gold_event(country_code="AF")]),
        gold_line("b", [gold_event(country_code="AF")]),
        gold_line("c", [], relevant=False),
        gold_line("d", [], relevant=False),
        gold_line("e", [gold_event(optional=True)], relevance_optional=True),
    ]
    records = [
        record("r1", "a", country="AF"),
        record("r2", "a", "policy"),
        record("r3", "c", "threat", record_type="statistic"),
        record("r4", "e"),
    ]
    rel = score_events(arts(*"abcde"), gold, records).to_dict()["relevance"]
    assert (rel["tp"], rel["fp"], rel["fn"], rel["tn"]) == (1, 1, 1, 1)
    assert rel["precision"] == 0.5 and rel["recall"] == 0.5 and rel["f1"] == 0.5
    assert rel["false_alarm_rate"] == 0.5
    assert rel["records_per_relevant_article"] == 1.0  # 2 records over a and b
    assert rel["records_per_irrelevant_article"] == 0.5  # 1 record over c and d
    assert rel["unmatched_records_on_relevant"] == 1  # the policy record on a
    assert rel["optional"] == 1  # e is not scored for relevance


def test_nothing_predicted_gives_zero_recall_and_f1() -> None:
    report = score_events(arts("a"), [gold_line("a", [gold_event()])], [])
    m = report.to_dict()["metrics"]
    assert m["relevance_precision"] is None
    assert m["relevance_recall"] == 0.0 and m["relevance_f1"] == 0.0
    assert m["event_type"] == 0.0 and m["event_type|matched"] is None


# --- matching ----------------------------------------------------------------------------------


def test_matching_picks_the_right_record_among_several() -> None:
    gold = [
        gold_line(
            "a",
            [
                gold_event(
                    country_code="AF",
                    admin1="Kabul",
                    city="Kabul",
                    date_start="2017-08-25",
                    date_end="2017-08-25",
                    killed=32,
                )
            ],
        )
    ]
    records = [
        record("wrong-type", "a", "arrest", city="Kabul", admin1="Kabul", country="AF",
               start="2017-08-25"),
        record("wrong-place", "a", city="Herat", admin1="Herat", country="AF", start="2017-08-01"),
        record("right", "a", city="Kabul", admin1="Kabul", country="AF", start="2017-08-25",
               counts={"killed": 30}),
    ]  # fmt: skip
    report = score_events(arts("a"), gold, records)
    f = report.to_dict()["fields"]
    for name in ("event_type", "country_code", "admin1", "city", "date", "date_exact_day"):
        assert f[name]["acc"] == 1.0, name
    assert f["killed"]["acc"] == 0.0 and f["killed_within_20pct"]["acc"] == 1.0
    assert report.to_dict()["relevance"]["unmatched_records_on_relevant"] == 2


def test_two_events_matched_one_to_one() -> None:
    gold = [
        gold_line(
            "a",
            [
                gold_event(city="Kabul", date_start="2018-01-01", date_end="2018-01-01"),
                gold_event(city="Jalalabad", date_start="2018-01-02", date_end="2018-01-02"),
            ],
        )
    ]
    records = [
        record("j", "a", city="Jalalabad", start="2018-01-02"),
        record("k", "a", city="Kabul", start="2018-01-01"),
    ]
    f = score_events(arts("a"), gold, records).to_dict()["fields"]
    assert f["city"]["acc"] == 1.0 and f["date"]["acc"] == 1.0


def test_optional_unmatched_is_not_penalised_but_matched_is_scored() -> None:
    gold = [
        gold_line(
            "a",
            [
                gold_event(city="Kabul"),
                gold_event(city="Herat", optional=True),
                gold_event(city="Ghazni", optional=True),
            ],
        )
    ]
    records = [record("k", "a", city="Kabul"), record("g", "a", city="Ghazni")]
    d = score_events(arts("a"), gold, records).to_dict()
    assert d["fields"]["city"]["n"] == 2 and d["fields"]["city"]["acc"] == 1.0
    assert d["counts"]["matched"] == 2 and d["counts"]["matched_optional"] == 1
    assert d["metrics"]["match_rate"] == 1.0


# --- fields ------------------------------------------------------------------------------------


def test_list_valued_gold() -> None:
    ev = gold_event(
        country_code=["SV", "HN"],
        city=["JOSE MARIA CORDOBA AIRPORT", "RIONEGRO"],
        weapon_type=["explosives", "firearms"],
    )
    rec = record("r", "a", city="Rionegro", country="HN", weapon_type="firearms")
    f = score_events(arts("a"), [gold_line("a", [ev])], [rec]).to_dict()["fields"]
    assert f["city"]["acc"] == 1.0
    assert f["country_code"]["acc"] == 1.0
    assert f["weapon_type"]["acc"] == 1.0


def test_place_names_ignore_case_diacritics_and_generic_words() -> None:
    assert place_match("Kandahar Province", "kandahār")
    assert place_match("Baharak district", "Baharak")
    assert place_match("Nangarhar", "Nangahar")  # difflib ratio >= 0.85
    assert not place_match("Kabul", "Kunduz")
    ev = gold_event(admin1="Badakhshan", city="Baharak district")
    rec = record("r", "a", admin1="Badakhshan Province")
    rec["locations"][0]["name"] = "Baharak"  # city accepts the location name
    f = score_events(arts("a"), [gold_line("a", [ev])], [rec]).to_dict()["fields"]
    assert f["admin1"]["acc"] == 1.0 and f["city"]["acc"] == 1.0


def test_on_or_before_dates() -> None:
    ev = gold_event(date_start=None, date_end="1989-08-23")
    gold = [gold_line("a", [ev]), gold_line("b", [ev])]
    records = [record("r1", "a", start="1989-08-20"), record("r2", "b", start="1989-08-25")]
    f = score_events(arts("a", "b"), gold, records).to_dict()["fields"]
    assert f["date"]["n"] == 2 and f["date"]["correct"] == 1
    assert f["date_exact_day"]["n"] == 0  # an open range is not one day


def test_date_range_overlap_and_exact_day() -> None:
    ev = gold_event(date_start="2019-03-14", date_end="2019-03-14")
    gold = [gold_line(x, [ev]) for x in "abc"]
    records = [
        record("month", "a", start="2019-03-01", end="2019-03-31"),
        record("day", "b", start="2019-03-14"),
        record("undated", "c"),
    ]
    f = score_events(arts(*"abc"), gold, records).to_dict()["fields"]
    assert f["date"]["correct"] == 2 and f["date"]["n"] == 3
    assert f["date_exact_day"]["correct"] == 1


def test_counts_exact_and_within_20_percent() -> None:
    gold = [
        gold_line("a", [gold_event(killed=10, wounded=0)]),
        gold_line("b", [gold_event(killed=10, wounded=0)]),
        gold_line("c", [gold_event(killed=10, wounded=0)]),
    ]
    records = [
        record("r1", "a", counts={"killed": 12, "wounded": 0}),
        record("r2", "b", counts={"killed": 13, "wounded": None}),
        record("r3", "c", counts={"killed": 10, "wounded": 1}),
    ]
    f = score_events(arts(*"abc"), gold, records).to_dict()["fields"]
    assert f["killed"]["correct"] == 1  # only c
    assert f["killed_within_20pct"]["correct"] == 2  # a and c
    assert f["wounded"]["correct"] == 1  # a: null is not 0
    assert f["wounded_within_20pct"]["correct"] == 1


def test_only_listed_and_non_null_fields_are_scored() -> None:
    g = gold_line("a", [gold_event(killed=0, city="Kabul", wounded=None)])
    g["scored_fields"] = ["event_type", "city"]
    f = score_events(arts("a"), [g], [record("r", "a")]).to_dict()["fields"]
    assert f["killed"]["n"] == 0 and f["wounded"]["n"] == 0
    assert f["city"]["n"] == 1 and f["event_type"]["n"] == 1


def test_attack_fields_conditions_and_suicide_null_is_false() -> None:
    ev_attack = gold_event(attack_type="bombing", suicide=False, target_type="unknown")
    ev_either = gold_event(
        event_type_ok=["attack", "ct_operation"], attack_type="armed_assault", suicide=False
    )
    gold = [gold_line("a", [ev_attack]), gold_line("b", [ev_either]), gold_line("c", [ev_either])]
    records = [
        record("r1", "a", attack_type="bombing", suicide=None, target_type="police"),
        record("r2", "b", "ct_operation"),  # not an attack: attack fields not scored
        record("r3", "c", attack_type="armed_assault"),
    ]
    f = score_events(arts(*"abc"), gold, records).to_dict()["fields"]
    assert f["attack_type"]["n"] == 2 and f["attack_type"]["acc"] == 1.0
    assert f["suicide"]["n"] == 2 and f["suicide"]["acc"] == 1.0
    assert f["target_type"]["n"] == 0  # gold "unknown" is never scored
    assert f["event_type"]["acc"] == 1.0


def test_coordinates_acc161_and_error_km() -> None:
    ev = gold_event(lat=34.5553, lon=69.2075)  # Kabul
    gold = [gold_line("a", [ev]), gold_line("b", [ev])]
    records = [
        record("near", "a", city="Kabul", lat=34.53, lon=69.17),
        record("far", "b", city="Kandahar", lat=31.61, lon=65.71),  # ~450 km
    ]
    f = score_events(arts("a", "b"), gold, records).to_dict()["fields"]["coordinates"]
    assert f["n"] == 2 and f["correct"] == 1
    assert f["n_km"] == 2 and 200 < f["mean_km"] < 300 and f["median_km"] == f["mean_km"]


def test_perpetrator_aliases() -> None:
    assert names_match("ISIS", "Daesh").matched
    assert names_match("Islamic State", "Khorasan Chapter of the Islamic State").matched
    assert not names_match("Taliban", "ISKP").matched
    assert not names_match("Taliban", "Tehrik-i-Taliban Pakistan").matched
    assert not names_match("ISWAP", "Islamic State in the Greater Sahara").matched
    assert names_match("Jamaat Nusrat al-Islam wal-Muslimin", "JNIM").matched
    assert names_match("Sendero Luminoso", "SHINING PATH").matched
    assert names_match("Ansar Allah", "Houthis").matched
    # a component matches the group it merged into, and not a rival
    assert names_match("Katiba Macina", "JNIM: Group for Support of Islam and Muslims").matched
    assert not names_match("Katiba Macina", "Islamic State (Greater Sahara)").matched
    assert names_match("Front de Libération du Massina", "JNIM").matched
    assert group_of("Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad") == "boko_haram"
    assert group_of("Ambazonia Defense Forces (ADF)") == "ambazonian"
    # Unknown names fall back to weighted token similarity.
    assert names_match("Koglweogo militiamen", "Koglweogo Militia").matched
    assert not names_match("army", "ARMY OF NATIONAL LIBERATION").matched

    ev = gold_event(perpetrators=["Khorasan Chapter of the Islamic State"])
    gold = [gold_line("a", [ev]), gold_line("b", [ev])]
    records = [record("r1", "a", perps=("Daesh",)), record("r2", "b", perps=("Taliban",))]
    f = score_events(arts("a", "b"), gold, records).to_dict()["fields"]["perpetrators"]
    assert f["n"] == 2 and f["correct"] == 1


def test_statistic_gold_items() -> None:
    stat = gold_event(
        record_type="statistic",
        event_type_ok=["cell_dismantled"],
        country_code="MA",
        statistic={
            "metric": "cells_dismantled",
            "value": 13,
            "period_start": "2019-01-01",
            "period_end": "2019-12-31",
            "reported_by": "BCIJ",
        },
        cells=13,
    )
    g = gold_line("a", [stat, gold_event(event_type_ok=["arrest"], arrested=3)])
    g["scored_fields"] = ["event_type", "country_code", "statistic", "arrested", "cells"]
    records = [
        record("ev", "a", "arrest", counts={"arrested": 3}),
        record(
            "st",
            "a",
            "cell_dismantled",
            record_type="statistic",
            country="MA",
            counts={"cells": 13},
            statistic={
                "metric": "cells",
                "value": 13,
                "period": {"start": "2019-01-01", "end": None},
                "reported_by": None,
            },
        ),
    ]
    d = score_events(arts("a"), [g], records).to_dict()
    f = d["fields"]
    assert f["statistic_value"]["acc"] == 1.0 and f["statistic_period"]["acc"] == 1.0
    assert f["event_type"]["n"] == 2 and f["event_type"]["acc"] == 1.0
    assert f["cells"]["acc"] == 1.0 and f["arrested"]["acc"] == 1.0
    assert f["country_code"]["acc"] == 1.0
    assert d["relevance"]["unmatched_records_on_relevant"] == 0


def test_per_source_label() -> None:
    gold = [
        gold_line("a", [gold_event(event_type_ok=["attack", "ct_operation"])],
                  source_label="Battles/Armed clash"),
        gold_line("b", [gold_event(event_type_ok=["attack", "ct_operation"])],
                  source_label="Battles/Armed clash"),
        gold_line("c", [], relevant=False, source_label="Protests/Peaceful protest"),
    ]  # fmt: skip
    records = [record("r1", "a", "ct_operation"), record("r2", "b", "arrest"), record("r3", "c")]
    labels = score_events(arts(*"abc"), gold, records).to_dict()["by_source_label"]
    assert labels["Battles/Armed clash"] == {
        "articles": 2,
        "fired": 2,
        "firing_rate": 1.0,
        "event_type_n": 2,
        "event_type_acc": 0.5,
    }
    assert labels["Protests/Peaceful protest"]["firing_rate"] == 1.0


# --- errors ------------------------------------------------------------------------------------


def test_errors_are_counted_never_fatal(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    good = record("r1", "a", city="Kabul")
    lines = [
        json.dumps(good),
        "{not json",
        "[1, 2]",
        "",
        json.dumps(record("r2", "a", "bombing")),  # not a contract event type
        json.dumps(record("r1", "a")),  # duplicate id
        json.dumps(record("r3", "nowhere")),  # unknown article
        json.dumps(record("r4", "a", suicide="yes", counts={"killed": "3"})),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    recs, read_errors = read_jsonl(path)
    assert len(recs) == 5 and len(read_errors) == 2
    assert read_errors[0].startswith(f"{path}:2: invalid JSON")
    assert read_errors[1].startswith(f"{path}:3: not a JSON object")

    report = score_events(
        arts("a"), [gold_line("a", [gold_event(city="Kabul")])], recs, input_errors=read_errors
    )
    errors = report.to_dict()["errors"]
    assert errors["by_reason"] == {
        "duplicate_record_id": 1,
        "ill_typed_field": 2,
        "invalid_event_type": 1,
        "malformed_line": 2,
        "unknown_article": 1,
    }
    assert errors["total"] == 7
    assert report.to_dict()["fields"]["city"]["acc"] == 1.0  # the good record still counts
    assert report.records == 3  # r1, r2 (bad type, still fires) and r4


def test_ill_typed_record_values_do_not_crash() -> None:
    bad: list[Any] = [
        "not a record",
        {"id": 5, "article_id": "a", "record_type": "event", "event_type": "attack"},
        {"id": "x", "article_id": "a", "record_type": "thing", "event_type": "attack",
         "date": "yesterday", "locations": {"name": "Kabul"}, "actors": [None],
         "counts": [1], "statistic": 3},
        {"id": "y", "article_id": "a", "record_type": "event", "event_type": "attack",
         "date": {"start": "2019-13-45"}, "locations": [{"lat": "north", "lon": 2}]},
    ]  # fmt: skip
    report = score_events(arts("a"), [gold_line("a", [gold_event(city="Kabul")])], bad)
    d = report.to_dict()
    assert d["errors"]["total"] >= 8
    assert d["relevance"]["tp"] == 1
    json.dumps(d)


def test_read_jsonl_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        read_jsonl(tmp_path / "absent.jsonl")


# --- report shape ------------------------------------------------------------------------------


def test_report_dict_is_stable_and_text_is_readable() -> None:
    gold = [gold_line("a", [gold_event(city="Kabul")])]
    report = score_events(arts("a"), gold, [record("r", "a", city="Kabul")])
    d = report.to_dict()
    assert json.loads(json.dumps(d)) == d
    assert list(d) == ["kind", "counts", "relevance", "fields", "by_source_label", "errors",
                       "metrics"]  # fmt: skip
    assert tuple(d["fields"]) == FIELDS
    assert set(d["fields"]["coordinates"]) >= {"mean_km", "median_km"}
    text = report.format_text()
    assert "Relevance" in text and "acc|matched" in text
    assert any(line.split()[:2] == ["city", "1"] for line in text.splitlines())


# --- geoparsing --------------------------------------------------------------------------------

GEO_TEXT = "Fighting in Paris and Lyon, said the French ministry in Berlin."


def _at(word: str) -> tuple[int, int]:
    start = GEO_TEXT.index(word)
    return start, start + len(word)


def _place(word: str, gid: int | None, lat: float, lon: float, cc: str, **kw: Any) -> dict:
    s, e = _at(word)
    d = {"start": s, "end": e, "text": word, "geonames_id": gid, "lat": lat, "lon": lon,
         "country_code": cc}  # fmt: skip
    d.update(kw)
    return d


def test_geo_metrics_on_a_toy_example() -> None:
    articles = [{"id": "g1", "text": GEO_TEXT}]
    gold = [
        {
            "article_id": "g1",
            "corpus": "TOY",
            "places": [
                _place("Paris", 2988507, 48.853, 2.349, "FR"),
                _place("Lyon", 2996944, 45.748, 4.847, "FR"),
                _place("Berlin", 2950159, 52.524, 13.411, "DE"),
            ],
            "ignore_spans": [list(_at("French"))],
        }
    ]
    lyo_start, _ = _at("Lyon")
    preds = [
        {
            "article_id": "g1",
            "places": [
                _place("Paris", 2988507, 48.853, 2.349, "FR", name="Paris"),
                # overlaps Lyon, not exact, resolved to Paris, Texas
                {"start": lyo_start, "end": lyo_start + 3, "text": "Lyo", "geonames_id": 4717560,
                 "lat": 33.66, "lon": -95.55, "country_code": "US"},
                _place("French", None, 46.0, 2.0, "FR"),  # inside an ignored span
                _place("ministry", None, 0.0, 0.0, "XX"),  # a false positive
            ],
        }
    ]  # fmt: skip
    report = score_geo(articles, gold, preds)
    d = report.to_dict()
    toy = d["by_corpus"]["TOY"]
    assert toy["ignored_predictions"] == 1
    ov, ex = toy["recognition"]["overlap"], toy["recognition"]["exact"]
    assert ov["precision"] == round(2 / 3, 4) and ov["recall"] == round(2 / 3, 4)
    assert ex["precision"] == round(1 / 3, 4) and ex["recall"] == round(1 / 3, 4)
    rec, e2e = toy["resolution"]["recognised"], toy["resolution"]["end_to_end"]
    assert rec["n_exact"] == 2 and rec["exact"] == 0.5
    assert rec["country"] == 0.5 and rec["acc161"] == 0.5
    assert e2e["n_exact"] == 3 and e2e["exact"] == round(1 / 3, 4)
    assert e2e["acc161"] == round(1 / 3, 4)
    assert e2e["median_km"] > 7000  # Lyon -> Texas, Berlin unrecognised (20039 km)
    assert rec["median_km"] == pytest.approx(rec["mean_km"])  # (0 + ~7900) / 2 both
    assert d["overall"] == toy
    m = d["metrics"]
    assert m["TOY.exact_recognised"] == 0.5 and m["recognition_f1"] == round(2 / 3, 4)
    assert "TOY" in report.format_text()


def test_geo_errors_are_counted() -> None:
    articles = [{"id": "g1", "text": GEO_TEXT}]
    gold = [{"article_id": "g1", "corpus": "TOY", "places": [], "ignore_spans": []}]
    preds = [
        {"article_id": "g1", "places": [{"start": 5, "end": 2}, {"start": 0, "end": 8,
                                         "text": "Paris"}]},
        {"article_id": "nope", "places": []},
    ]  # fmt: skip
    d = score_geo(articles, gold, preds).to_dict()
    assert d["errors"]["by_reason"] == {
        "ill_typed_field": 1,
        "span_text_mismatch": 1,
        "unknown_article": 1,
    }


def test_re3d_location_overlap() -> None:
    gold = [
        {
            "article_id": "r1",
            "entities": [
                {"start": 0, "end": 6, "type": "Location", "text": "Aleppo"},
                {"start": 10, "end": 15, "type": "Organisation", "text": "Daesh"},
                {"start": 20, "end": 26, "type": "Location", "text": "Sarmin"},
            ],
        }
    ]
    preds = [{"article_id": "r1", "places": [{"start": 0, "end": 6}, {"start": 10, "end": 15}]}]
    m = score_re3d(gold, preds).to_dict()["metrics"]
    assert m["location_precision"] == 0.5 and m["location_recall"] == 0.5
    assert m["location_f1"] == 0.5


# --- gate --------------------------------------------------------------------------------------


def test_check_minimums() -> None:
    gold = [gold_line("a", [gold_event(city="Kabul")]), gold_line("b", [], relevant=False)]
    records = [record("r1", "a", city="Herat"), record("r2", "b")]
    demo = score_events(arts("a", "b"), gold, records).to_dict()
    assert check_minimums({"demo": demo}, {"demo": {"relevance_recall": 1.0}}) == []
    failures = check_minimums(
        {"demo": demo},
        {
            "demo": {
                "relevance_f1": 0.95,
                "event_type": 0.9,
                "city": 0.5,
                "false_alarm_rate": {"max": 0.05},
                "coordinates": 0.5,
                "no_such_metric": 0.1,
                "relevance.tp": 1,
            },
            "gtd": {"relevance_f1": 0.5},
        },
    )
    text = "\n".join(failures)
    assert len(failures) == 6
    assert "demo: relevance_f1: 0.6667 is below the minimum 0.95" in text
    assert "demo: city" in text and "demo: false_alarm_rate: 1 is above the maximum 0.05" in text
    assert "demo: coordinates: not computed" in text
    assert "demo: no_such_metric: no such figure" in text
    assert "gtd: no report" in text
    # flat thresholds apply to one report
    assert check_minimums(demo, {"event_type": 1.0, "errors": {"max": 0}}) == []
