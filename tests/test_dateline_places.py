"""A happening whose own sentence names no place happened at the dateline, not in the country a
later sentence tells of: its victims' or its suspect's country, or one whose officials react. A
later sentence still places it in a town abroad, or in a country where it is told to have taken
place. The real pipeline; texts written for these tests, with near misses.
"""

from __future__ import annotations

from factories import records_of
from veille.pipeline import Pipeline


def places(pipeline: Pipeline, text: str) -> list[list[tuple[str, str]]]:
    return [
        [(loc["name"], loc["country_code"]) for loc in r["locations"]]
        for r in records_of(pipeline, text, "2016-05-10")
        if r["event_type"] == "attack"
    ]


def test_the_victims_or_reactions_abroad_leave_the_dateline(pipeline: Pipeline) -> None:
    for text, country in (
        (
            "ISTANBUL (Reuters) - A suicide bomber killed 10 people, most of them German tourists, in the "
            "old quarter on Tuesday, officials said.\n\nGermany's foreign minister said nine of the dead "
            "were German. Germany advised its citizens to avoid crowded places.",
            "TR",
        ),
        (
            "STOCKHOLM (Reuters) - A man drove a stolen truck into a crowd on Friday in a terrorist attack "
            "that killed four people, police said.\n\nThe suspect had come from Uzbekistan in 2014, and "
            "Uzbekistan said it had warned about him.",
            "SE",
        ),
    ):
        assert [cc for _, cc in places(pipeline, text)[0]] == [country], text


def test_a_later_sentence_abroad_still_places_it(pipeline: Pipeline) -> None:
    # near misses: a town abroad, and a country where the attack is told to have taken place
    text = (
        "DAKAR (Reuters) - Islamist gunmen killed five soldiers in an ambush on Monday, the army said.\n\n"
        "The ambush took place near Timbuktu in northern Mali."
    )
    assert [cc for _, cc in places(pipeline, text)[0]] == ["ML"]
    text = (
        "PARIS (AP) - Gunmen killed three French aid workers on Wednesday, the foreign ministry said.\n\n"
        "The attack took place in Niger, near the border with Mali."
    )
    assert places(pipeline, text) == [[("Niger", "NE")]]
    text = (
        "NAIROBI (Reuters) - Al Shabaab fighters killed five soldiers in an ambush on Monday, the army "
        "said.\n\nThe ambush was in southern Somalia, near the border with Kenya."
    )
    assert [cc for _, cc in places(pipeline, text)[0]] == ["SO"]
