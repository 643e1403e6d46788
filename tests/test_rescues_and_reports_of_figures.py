"""Rescues of hostages held by a group, one person taken, a drill for an attack, the fighting a
warning tells of, a militant camp raided, one person arrested in reported speech, and militants
killed counted by the army that killed them. The real pipeline; texts written for these tests.
"""

from __future__ import annotations

from factories import records_of
from veille.pipeline import Pipeline

PUB = "2016-05-10"  # a Tuesday


def test_a_rescue_of_hostages_held_by_a_group_is_an_operation(pipeline: Pipeline) -> None:
    text = (
        "Nigerian troops rescued 20 hostages held by Boko Haram in the Sambisa Forest on Saturday, army "
        "spokesman Colonel Sani Usman said."
    )
    (rec,) = records_of(pipeline, text, published=PUB)
    assert rec["event_type"] == "ct_operation" and rec["date"]["start"] == "2016-05-07"
    text = (
        "Pakistani security forces freed 12 hostages from a hideout of Lashkar-e-Jhangvi militants in Quetta "
        "on Monday, killing five militants, police said."
    )
    (rec,) = records_of(pipeline, text, published=PUB)
    assert rec["event_type"] == "ct_operation" and rec["counts"]["killed"] == 5
    text = "The Mexican army freed 15 migrants kidnapped by the Zetas from a house in Reynosa on Sunday."
    recs = records_of(pipeline, text, published=PUB)
    assert [r["event_type"] for r in recs] in ([], ["ct_operation"])


def test_one_person_taken_is_counted(pipeline: Pipeline) -> None:
    text = "Al Qaeda militants kidnapped a French aid worker in Aden on Sunday."
    (rec,) = records_of(pipeline, text, published=PUB)
    assert rec["counts"]["kidnapped"] == 1


def test_a_drill_for_an_attack_is_none(pipeline: Pipeline) -> None:
    text = (
        "French and Malian special forces held a hostage-rescue exercise at Bamako airport on Monday to test "
        "their response to a terrorist attack."
    )
    assert records_of(pipeline, text, published=PUB) == []


def test_what_a_ministry_warns_of_and_what_its_army_counts(pipeline: Pipeline) -> None:
    text = (
        "RABAT - Morocco on Sunday repatriated 12 of its nationals from Syria, the interior ministry said. "
        "The ministry warned that about 1,500 Moroccans were still fighting with jihadist groups in Syria "
        "and Iraq."
    )
    assert sorted(r["event_type"] for r in records_of(pipeline, text, published=PUB)) == [
        "repatriation",
        "warning",
    ]
    text = (
        "ISLAMABAD - Pakistan's army said on Monday that 3,500 militants had been killed since the start of "
        "Operation Zarb-e-Azb in June 2014."
    )
    (rec,) = records_of(pipeline, text, published=PUB)
    assert rec["record_type"] == "statistic" and rec["statistic"]["metric"] == "militants_killed"
    text = (
        "A Kenyan military spokesman said troops had raided a militant camp near Kismayo on Saturday and "
        "seized weapons, al Shabaab said."
    )
    (rec,) = records_of(pipeline, text, published=PUB)
    assert rec["event_type"] == "raid"
    text = "Police said a suspected Lashkar-e-Jhangvi commander was arrested in Karachi on Saturday."
    (rec,) = records_of(pipeline, text, published=PUB)
    assert rec["counts"]["arrested"] == 1


def test_hostages_freed_at_the_end_of_a_siege_stay_the_attack(pipeline: Pipeline) -> None:
    text = (
        "Malian special forces freed 20 hostages held by jihadists at a hotel in Bamako on Monday after a "
        "nine-hour siege, officials said."
    )
    (rec,) = records_of(pipeline, text, published=PUB)
    assert rec["event_type"] == "attack"
    text = (
        "Security forces freed 12 hostages held by al-Shabaab gunmen who had stormed a hotel in Mogadishu "
        "on Monday; 14 people were killed in the attack."
    )
    assert "attack" in [r["event_type"] for r in records_of(pipeline, text, published=PUB)]


def test_an_exercise_that_plays_out_an_attack_is_none(pipeline: Pipeline) -> None:
    text = (
        "Police in Brussels took part in an exercise on Monday simulating a suicide bombing at the central "
        "station."
    )
    assert records_of(pipeline, text, published=PUB) == []
    # near miss: a real bombing at a mock wedding
    text = "A suicide bomber killed 20 people at a mock wedding in Kabul on Monday."
    assert [r["event_type"] for r in records_of(pipeline, text, published=PUB)] == ["attack"]


def test_whom_captors_let_go(pipeline: Pipeline) -> None:
    text = (
        "FARC rebels released a soldier they had held captive for three months in Cauca department on "
        "Saturday, handing him to a Red Cross delegation."
    )
    (rec,) = records_of(pipeline, text, published=PUB)
    assert rec["target_type"] == "military"
    text = (
        "The Islamic State released 40 Assyrian Christians it had held hostage since February in Hasakah "
        "province on Sunday, an activist group said."
    )
    assert [r["record_type"] for r in records_of(pipeline, text, published=PUB)] == ["event"]
