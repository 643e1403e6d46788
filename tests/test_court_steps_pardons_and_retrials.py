"""Court steps told with the deed the case is about: a plea of guilty, a pardon, a retrial, a release
on bail of men charged, a sentence "over" an old assassination. The real pipeline; texts written for
these tests.
"""

from __future__ import annotations

from factories import records_of
from veille.pipeline import Pipeline

PUB = "2016-05-10"  # a Tuesday


def _one(pipeline: Pipeline, text: str, published: str = PUB) -> dict:
    (rec,) = records_of(pipeline, text, published=published)
    return rec


def test_al_qaeda_as_most_write_it_is_of_the_field(pipeline: Pipeline) -> None:
    text = (
        "A Virginia man pleaded guilty on Friday in federal court in Alexandria to providing material "
        "support to al-Qaeda in the Arabian Peninsula, the Justice Department said."
    )
    rec = _one(pipeline, text)
    assert rec["event_type"] == "conviction" and rec["date"]["start"] == "2016-05-06"
    text = "Two men who had sworn allegiance to al Qaeda were arrested in Birmingham on Monday."
    assert _one(pipeline, text)["event_type"] == "arrest"


def test_charges_pardons_and_releases_of_many(pipeline: Pipeline) -> None:
    text = (
        "Dutch prosecutors on Friday charged eight men, two of them minors, with preparing a terrorist "
        "attack in Rotterdam."
    )
    rec = _one(pipeline, text)
    assert rec["event_type"] == "charge" and rec["counts"]["persons"] == 8
    text = (
        "Morocco's King Mohammed VI pardoned 37 people convicted on terrorism charges on Sunday after they "
        "renounced extremism, the justice ministry said."
    )
    rec = _one(pipeline, text)
    assert rec["event_type"] == "release" and rec["counts"]["persons"] == 37
    assert not [a for a in rec["actors"] if a["kind"] == "person"]  # the king is no party to the case
    text = (
        "A Kenyan court on Thursday ordered the release of 12 suspects held over the Mpeketoni attacks, "
        "saying prosecutors had failed to produce evidence."
    )
    rec = _one(pipeline, text)
    assert rec["event_type"] == "release" and rec["counts"]["persons"] == 12
    assert "Mpeketoni" not in [a["name"] for a in rec["actors"]]
    text = (
        "A Madrid court on Monday released on bail two men charged in connection with the March 11 train "
        "bombings, citing lack of evidence, a court spokesman said."
    )
    assert _one(pipeline, text)["event_type"] == "release"
    # near miss: a measure adopted is no extradition
    text = (
        "Legal extradition was adopted through an administrative measure in order to fight drug trafficking, "
        "and the armed groups were pardoned."
    )
    assert "extradition" not in [r["event_type"] for r in records_of(pipeline, text, published=PUB)]


def test_a_retrial_is_no_new_bombing(pipeline: Pipeline) -> None:
    text = (
        "A retrial of the man accused of the 2011 Marrakech cafe bombing began on Monday in Sale, after an "
        "appeals court quashed his earlier sentence."
    )
    rec = _one(pipeline, text)
    assert rec["event_type"] == "trial" and rec["date"]["start"] == "2016-05-09"


def test_a_sentence_over_an_old_deed_is_dated_by_its_day(pipeline: Pipeline) -> None:
    text = (
        "Egypt's military court sentenced eight people to death on Sunday over the assassination of "
        "prosecutor general Hisham Barakat in June 2015, judicial sources said."
    )
    rec = _one(pipeline, text)
    assert rec["event_type"] == "conviction" and rec["date"]["start"] == "2016-05-08"
    text = (
        "Anjem Choudary, the radical British preacher jailed for inviting support for Islamic State, was "
        "released from Belmarsh prison in London on Friday after serving half of his sentence."
    )
    assert _one(pipeline, text)["event_type"] == "release"


def test_a_conviction_is_not_a_figure_of_the_year_of_the_deed(pipeline: Pipeline) -> None:
    text = (
        "A Kenyan court on Wednesday convicted two men of helping the al-Shabaab gunmen who attacked the "
        "Westgate shopping mall in Nairobi in 2013, and acquitted a third."
    )
    (rec,) = records_of(pipeline, text, published=PUB)
    assert (rec["record_type"], rec["event_type"], rec["date"]["start"]) == (
        "event",
        "conviction",
        "2016-05-04",
    )


def test_what_the_court_readings_leave_alone(pipeline: Pipeline) -> None:
    # a stay in custody that goes on is no arrest
    text = (
        "The court released on bail two men charged in connection with the bombings, while a third suspect "
        "remains in custody, his lawyer said."
    )
    assert _one(pipeline, text)["event_type"] == "release"
    # a first name that is also a title names the person
    text = (
        "Bosnian police arrested Emir Hodzic on suspicion of recruiting fighters for Islamic State on Monday."
    )
    assert "Emir Hodzic" in [a["name"] for a in _one(pipeline, text)["actors"]]
    text = (
        "King Abdullah's nephew, Prince Ali, was wounded in a suicide bomb attack on a hotel in Amman on "
        "Monday."
    )
    assert "Prince Ali" in [a["name"] for a in _one(pipeline, text)["actors"]]
    # men and women arrested are one count; the period ends the day it was told
    text = (
        "Police arrested 45 men and 12 women during counter-terrorism raids over the past six months, the "
        "interior minister said on Monday."
    )
    rec = _one(pipeline, text)
    assert rec["statistic"]["value"] == 57
    assert rec["statistic"]["period"] == {"start": "2015-11-09", "end": "2016-05-09"}


def test_a_deed_of_a_year_gone_by_that_someone_is_accused_of_is_no_attack(pipeline: Pipeline) -> None:
    for text in (
        "The man accused of the 2011 Marrakech bombing told the court on Monday that he was innocent.",
        "A man convicted of the 2002 Bali bombings was executed by firing squad on Monday.",
        "Lawmakers voted on Monday to restore extradition for terrorism offences.",
    ):
        kinds = [r["event_type"] for r in records_of(pipeline, text, published=PUB)]
        assert "attack" not in kinds and "extradition" not in kinds, text
    # near miss: the day's bombing, and the man accused of it told after
    text = (
        "A suicide bomber killed 12 people in Kano on Sunday; police said the man accused of the bombing had "
        "been trained in Niger."
    )
    assert _one(pipeline, text)["event_type"] == "attack"
