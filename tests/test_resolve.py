from __future__ import annotations

import random

from factories import record, statistic
from veille.resolve.blocking import BlockingResolver, Report, score_pair


def test_same_happening_in_two_outlets_is_one_event_with_reasons() -> None:
    a, b = Report(record("a1"), "2025-03-04"), Report(record("a2"), "2025-03-05")
    scored = score_pair(a, b)
    assert scored is not None
    score, reasons = scored
    assert score >= 0.5
    assert "same day 2025-03-04" in reasons and "same place tangier" in reasons


def test_records_of_one_article_never_join() -> None:
    assert score_pair(Report(record("a1", anchor=1)), Report(record("a1", anchor=2))) is None


def test_different_city_or_day_do_not_join() -> None:
    assert score_pair(Report(record("a1")), Report(record("a2", city="Fes"))) is None
    assert score_pair(Report(record("a1")), Report(record("a2", day="2025-03-20"))) is None
    assert score_pair(Report(record("a1")), Report(record("a2", event_type="raid"))) is None


def test_statistics_join_only_on_the_same_figure() -> None:
    assert score_pair(Report(statistic("s1")), Report(statistic("s2"))) is not None
    assert score_pair(Report(statistic("s1")), Report(statistic("s2", value=14))) is None


def test_result_does_not_depend_on_input_order() -> None:
    reports = [
        Report(record(f"a{i}", day="2025-03-04" if i % 2 else "2025-04-10"), f"2025-03-0{i}")
        for i in range(1, 8)
    ]
    first = [e.to_dict() for e in BlockingResolver().resolve(reports)]
    for seed in range(5):
        shuffled = reports[:]
        random.Random(seed).shuffle(shuffled)
        assert [e.to_dict() for e in BlockingResolver().resolve(shuffled)] == first
    assert len(first) == 2


def test_latest_toll_wins_and_claims_keep_both() -> None:
    early = Report(record("a1", event_type="attack", killed=3, arrested=None), "2025-03-04")
    late = Report(record("a2", event_type="attack", killed=5, arrested=None), "2025-03-06")
    (ev,) = BlockingResolver().resolve([late, early])
    assert ev.values["counts"]["killed"] == 5
    values = {c["value"] for c in ev.claims["counts.killed"]}
    assert values == {"3", "5"}
