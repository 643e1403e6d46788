"""Parts of a toll told already, series and lists of happenings (the real pipeline and the rules;
the texts are written for these tests)."""

from __future__ import annotations

from factories import of_type, records_of
from veille.pipeline import Pipeline

# -- a part of a toll is not more dead ---------------------------------------------------------------


def test_bodies_of_the_dead_already_counted_are_a_part(pipeline: Pipeline) -> None:
    text = (
        "BEIRUT Fighters advanced on the city in an attack that has killed more than 150 jihadists, a "
        "spokesman said on Monday.\n\nThe spokesman said more than 50 of their bodies were in the "
        "possession of the advancing forces."
    )
    attacks = of_type(records_of(pipeline, text, "2016-06-06"), "attack")
    assert [r["counts"]["killed"] for r in attacks] == [150]


def test_three_of_the_dead_were_children(pipeline: Pipeline) -> None:
    text = (
        "KABUL A suicide bomber killed 20 people at a market in Kabul on Monday, officials said. "
        "Three of the dead were children, a police spokesman said."
    )
    attacks = of_type(records_of(pipeline, text, "2016-06-06"), "attack")
    assert [r["counts"]["killed"] for r in attacks] == [20]


# -- what a word says in its sentence ------------------------------------------------------------------


def test_a_bombing_campaign_of_politics_is_no_attack_for_a_figure_far_before_it(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON A gunman who pledged allegiance to Islamic State killed 49 people in Orlando on "
        "Sunday. Several Clinton insiders, speaking before Orlando, told POLITICO they were much more "
        "concerned about a possible economic downturn, suggested by last month's anemic jobs growth, and "
        "still intend to run on pocketbook issues, along with a carpet-bombing campaign against Trump."
    )
    recs = records_of(pipeline, text, "2016-06-13")
    assert recs and not any("carpet" in e["text"] for r in recs for e in r["evidence"])


def test_a_purpose_is_no_attack() -> None:
    from factories import main_type

    sentence = "He told an agent he had driven to Las Vegas from California with the goal of shooting Trump."
    assert main_type(sentence) is None


def test_what_an_indictment_does_not_accuse_is_no_charge(pipeline: Pipeline) -> None:
    text = (
        "A federal grand jury on Wednesday indicted a British man on weapons charges, alleging he tried "
        "to steal a gun from a policeman during a Las Vegas rally for Donald Trump.\n\n"
        "The indictment does not accuse Sandford of plotting to kill Trump."
    )
    recs = records_of(pipeline, text, "2016-06-30")
    assert not any("does not accuse" in e["text"] for r in recs for e in r["evidence"])


def test_shootings_that_terrorized_drivers_are_no_terrorism(pipeline: Pipeline) -> None:
    text = (
        "DETROIT A motorist was shot multiple times and critically wounded on Friday by someone in "
        "another vehicle as they drove along Interstate 94 in Detroit. The gunfire came as the cars "
        "were traveling side by side near the Lodge Freeway in Detroit on Friday afternoon, police said. "
        "In Arizona last week, a judge dismissed charges against a man accused in a series of freeway "
        "shootings that terrorized Phoenix-area drivers last year."
    )
    assert of_type(records_of(pipeline, text, "2016-05-06"), "attack") == []


# -- places and days of the happening ------------------------------------------------------------------


def test_a_missing_couple_of_a_country_is_not_where_the_bombings_were(pipeline: Pipeline) -> None:
    text = (
        "Families of Americans missing in Brussels since this week's deadly suicide bombings by Islamist "
        "militants were desperate on Thursday after a false alarm that a missing U.S. couple had been "
        "found. About a dozen Americans were hurt in Tuesday's attacks on Brussels' airport and a metro "
        "station, U.S. officials said."
    )
    attacks = of_type(records_of(pipeline, text, "2016-03-24"), "attack")
    assert len(attacks) == 1
    assert [loc["name"] for loc in attacks[0]["locations"]] == ["Brussels"]
    # the week of the lead, made finer by the day told at the attacks' word
    assert attacks[0]["date"]["start"] == attacks[0]["date"]["end"] == "2016-03-22"


def test_the_capital_named_by_its_countrys_adjective(pipeline: Pipeline) -> None:
    text = (
        "BRUSSELS Belgian anti-terrorism police arrested Mohamed Abrini in Brussels on Friday.\n\n"
        "Mohamed Abrini, a Belgian thought to have helped prepare the Nov. 13 bombing and shooting attack "
        "that killed 130 people in the French capital, was held with two others, prosecutors said. He "
        "was seen in Paris and Brussels before the attacks."
    )
    attacks = of_type(records_of(pipeline, text, "2016-04-08"), "attack")
    tolled = [r for r in attacks if r["counts"]["killed"] == 130]
    assert [[loc["name"] for loc in r["locations"]] for r in tolled] == [["Paris"]]


def test_a_judges_order_does_not_date_the_shootout(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON A U.S. judge on Tuesday ordered Apple Inc to help the FBI break into a phone "
        "recovered from one of the San Bernardino shooters.\n\nProsecutors requested the order to help "
        "the investigation into the shooting rampage by Farook and his wife that killed 14 people. The "
        "two were killed in a shootout with police. The FBI has been treating the case as an incident of "
        "domestic terrorism."
    )
    recs = records_of(pipeline, text, "2016-02-17")
    assert recs and all(r["date"]["start"] != "2016-02-16" for r in recs)


def test_a_lapse_of_hours_keeps_the_month(pipeline: Pipeline) -> None:
    text = (
        "LAHORE A suicide bomber killed 65 people in a park in Lahore on Sunday, police said. "
        "In November, hours after blasts in Nigeria killed 32 people, Facebook activated Safety Check."
    )
    nigeria = [
        r
        for r in of_type(records_of(pipeline, text, "2016-03-28"), "attack")
        if any(loc["name"] == "Nigeria" for loc in r["locations"])
    ]
    assert [(r["date"]["start"], r["date"]["precision"]) for r in nigeria] == [("2015-11-01", "month")]


def test_a_hostage_described_as_held_is_killed_on_or_before_the_words(pipeline: Pipeline) -> None:
    text = (
        "OTTAWA Prime Minister Justin Trudeau said on Tuesday that his government had every reason to "
        "believe that a Canadian held hostage in the Philippines by Abu Sayyaf militants had been killed "
        "by his captors."
    )
    attacks = of_type(records_of(pipeline, text, "2016-06-14"), "attack")
    assert attacks and all(r["date"]["start"] is None and r["date"]["end"] == "2016-06-14" for r in attacks)


def test_a_truce_announced_last_week_does_not_date_the_shelling(pipeline: Pipeline) -> None:
    text = (
        "BEIRUT Rebels shelled government-held areas of Aleppo on Tuesday, the Observatory said.\n\n"
        "The Syrian Observatory for Human Rights said five people were killed in heavy rebel shelling of "
        "government-held areas of Aleppo, which was not included in a temporary truce announced by the "
        "Syrian government last week."
    )
    recs = records_of(pipeline, text, "2016-05-03")
    assert recs and all(r["date"]["precision"] != "week" for r in recs)


def test_a_town_named_by_its_attack_is_a_place_though_a_common_word(pipeline: Pipeline) -> None:
    text = (
        "LONDON Fans held a moment of silence on Friday for the victims of the Nice terrorist attack, in "
        "which a truck killed 84 people."
    )
    attacks = of_type(records_of(pipeline, text, "2016-07-17"), "attack")
    assert [[loc["name"] for loc in r["locations"]] for r in attacks] == [["Nice"]]
