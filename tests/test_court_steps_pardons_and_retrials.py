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
