"""A plot only planned or named in general is no foiled plot ("those planning terrorist attacks",
"help prevent attacks"), one told with a case is ("Prosecutors say he plotted attacks"); an attack
of long ago named back ("the attacks" after "the Sept. 11 attacks") is no new attack; a person
described by a past capture is no arrest; a day measured by ("the worst attack since Sept. 11,
2001") dates nothing; a practice ("often targeted") and land described by who took it ("areas
recaptured from Islamic State") are no happenings (the real pipeline; the texts are written for
these tests)."""

from __future__ import annotations

from typing import Any

from veille.extract.lexicon import find_triggers
from veille.extract.triggers import Hit, main_hit
from veille.io.read import article_from_json
from veille.pipeline import Pipeline


def records(pipeline: Pipeline, text: str, published: str = "2016-04-02") -> list[dict[str, Any]]:
    art = article_from_json(
        {"id": "p-1", "title": None, "text": text, "published": published, "url": None, "language": "en"}
    )
    return [r.to_dict() for r in pipeline.process(art).records]


def types(pipeline: Pipeline, text: str, published: str = "2016-04-02") -> list[str]:
    return [r["event_type"] for r in records(pipeline, text, published)]


def test_those_planning_attacks_are_no_foiled_plot(pipeline: Pipeline) -> None:
    text = (
        'WASHINGTON -- "Our coalition continues to take out Islamic State leaders, including those planning '
        'terrorist attacks against our countries," the president said on Friday.'
    )
    assert "plot_foiled" not in types(pipeline, text)


def test_a_feared_plan_is_no_foiled_plot(pipeline: Pipeline) -> None:
    text = (
        "BRUSSELS -- A guard at a nuclear plant was shot dead on Thursday. In a nation on high alert, the "
        "report stokes fears about the possibility that militants are seeking nuclear material or planning "
        "to attack a nuclear site."
    )
    assert "plot_foiled" not in types(pipeline, text, "2016-03-26")


def test_a_foiling_in_general_is_no_foiled_plot(pipeline: Pipeline) -> None:
    for text in (
        "DALLAS -- The police chief said the best way to stop terrorist attacks is to win the trust of "
        "communities so that people come forward and help prevent attacks.",
        'ORLANDO -- "I am trying to save lives and prevent the next terrorist attack," the candidate said '
        "on Monday after the nightclub shooting claimed by Islamic State.",
        "RALEIGH -- The company said its app had already helped authorities thwart potential attacks by "
        "militants at hundreds of schools.",
    ):
        assert "plot_foiled" not in types(pipeline, text, "2016-06-13"), text


def test_a_plot_told_with_its_case_is_a_foiled_plot(pipeline: Pipeline) -> None:
    text = (
        "MIAMI -- Prosecutors say a 23-year-old man from Key West tried to buy a bomb last year from an "
        "undercover FBI agent as he plotted attacks on behalf of Islamic State."
    )
    assert "plot_foiled" in types(pipeline, text, "2016-06-07")
    busted = "BATON ROUGE -- Police bust plot to kill officers with stolen guns, the chief said on Wednesday."
    assert "plot_foiled" in types(pipeline, busted, "2016-07-13")


def test_a_planned_attack_that_happened_is_no_plot(pipeline: Pipeline) -> None:
    text = (
        "DALLAS -- A gunman killed five police officers in Dallas on Thursday night. What is unclear is "
        "whether the army veteran conspired with others or how long he had planned an attack."
    )
    assert types(pipeline, text, "2016-07-10") == ["attack"]


def test_what_a_group_is_able_to_do_is_no_recruitment(pipeline: Pipeline) -> None:
    text = (
        "TRIPOLI -- \"The strike will have an immediate impact on ISIL's ability to facilitate its "
        'activities in Libya, including recruiting new ISIL members and establishing bases," the Pentagon '
        "said."
    )
    assert "recruitment" not in types(pipeline, text, "2016-02-19")


def test_an_attack_of_long_ago_named_back_is_no_new_attack(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON -- Congress on Friday released a classified section of the report on the Sept. 11 "
        "attacks describing links between some of the hijackers and Saudi officials.\n\n"
        "The report said the links had not been verified.\n\n"
        "The pages were released after years of wrangling between Congress and the White House.\n\n"
        "Fifteen of the 19 hijackers were Saudi citizens.\n\n"
        "The office also on Friday released a summary of whether Riyadh may have supported al Qaeda before "
        "and after the attacks, saying the government had been infiltrated by al Qaeda sympathizers.\n\n"
        "The report says al Qaeda militants had contacts with people tied to the Saudi government."
    )
    # (nor are pages released a release of prisoners)
    assert types(pipeline, text, "2016-07-15") == []
    # ... but with no attack of long ago named before, "the attacks" are told as the story's own
    undated = text.replace("the report on the Sept. 11 attacks describing", "a report describing")
    assert "attack" in types(pipeline, undated, "2016-07-15")


def main_type(sentence: str) -> str | None:
    main = main_hit(sentence, [Hit(t, a, b) for t, a, b in find_triggers(sentence)])
    return None if main is None else main.trigger.event_type


def test_a_person_described_by_a_past_capture_is_no_arrest() -> None:
    sentence = (
        "The pages say a telephone number found in the notebook of Abu Zubaydah, a Saudi-born al Qaeda "
        "operative captured in Pakistan, was for a Colorado company."
    )
    assert main_type(sentence) is None
    assert main_type("Abu Zubaydah, a Saudi-born al Qaeda operative, was captured in Pakistan.") == "arrest"


def test_a_day_measured_by_dates_nothing(pipeline: Pipeline) -> None:
    text = (
        "ORLANDO -- A gunman who pledged allegiance to Islamic State killed 49 people at a nightclub. Though "
        "it was the worst attack on American soil since Sept. 11, 2001, the massacre fell into no single "
        "category."
    )
    (rec,) = records(pipeline, text, "2016-06-13")
    assert rec["date"]["start"] != "2001-09-11"
    assert rec["date"]["text"] != "since Sept. 11, 2001"


def test_a_place_named_with_an_attack_after_said_is_the_attack_s(pipeline: Pipeline) -> None:
    text = (
        "NEW YORK -- At a news conference with the New York City police commissioner, the district attorney "
        "said the San Bernardino attack, carried out by a couple inspired by Islamic State, showed how "
        "encryption thwarts investigations."
    )
    (rec,) = records(pipeline, text, "2016-02-18")
    assert [loc["name"] for loc in rec["locations"]] == ["San Bernardino"]


def test_nor_had_they_uncovered_is_no_cell_dismantled(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON -- A gunman who pledged allegiance to Islamic State killed 49 people at a nightclub in "
        "Orlando on Sunday. Officials said they had no evidence of a direct link between the gunman and "
        "Islamic State, nor had they uncovered any contacts between him and a militant cell."
    )
    assert types(pipeline, text, "2016-06-13") == ["attack"]


def test_an_attack_on_forces_of_a_body_makes_it_its_target(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON -- U.S. warplanes on Saturday struck a training camp of al Shabaab in Somalia, killing "
        "about 150 fighters. The fighters were training for a large-scale attack on forces belonging to the "
        "African Union in Somalia when the jets struck, officials said."
    )
    quoted = text.replace("a large-scale attack on", "\u201ca large-scale attack\u201d on")
    for told in (text, quoted):
        (rec,) = records(pipeline, told, "2016-03-07")
        roles = {(a["name"], a["role"]) for a in rec["actors"]}
        assert ("African Union", "target") in roles, told
        assert ("African Union", "agent") not in roles, told


def test_a_practice_described_is_no_happening(pipeline: Pipeline) -> None:
    text = (
        "GENEVA -- Islamic State forces have committed genocide against the Yazidi minority, United Nations "
        "investigators said on Thursday. The investigators detailed mass executions of Yazidi men, saying "
        "they were shot in the head, often in front of their families. Islamic State fighters often "
        "targeted younger children. Mass graves have been uncovered in areas recaptured from Islamic State."
    )
    assert records(pipeline, text, "2016-06-16") == []
