"""Names that tell who, not where or whom: a state named for what it says, signs or is accused of
("accused Saudi Arabia of sending the car bomb", "the truce that Moscow signed", "heightened U.S.
vigilance"); a kin named to tell who someone is ("the son of Imad Fares"); a body whose acts a deed
answers or whose figure is cited ("in retaliation for U.S. military action", "estimated by the United
Nations"); a group whose officials a case is against is their affiliation, not its agent. And
addresses: "Cawayan, Masbate" is a town the gazetteer lacks in Masbate province, not its namesake
elsewhere; Iraq's governorates are its first-level regions; happenings listed with their venues are
one record each ("on a cafe in Dhaka and at the main airport in Istanbul"). What stays: a state that
blames ("Kenya blamed al Shabaab for the attack"), a side where shells land ("on the Turkish side"), a
province a name is named after ("the University of Balochistan"), a suburb written with its big city
("Vincennes, Paris"), a body that acts after the words of a cause ("In response to the attack the FBI
arrested"), a lead's day for an attack compared with earlier ones (the real pipeline; texts written
for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from factories import of_type, records_of, report
from veille.pipeline import Pipeline


def places(pipeline: Pipeline, text: str, event_type: str) -> list[tuple[str | None, str | None]]:
    """(country, admin1) of each place of the one record of ``event_type`` the text gives."""
    found = of_type(records_of(pipeline, text, "2016-07-20"), event_type)
    assert len(found) == 1, found
    return [(loc["country_code"], loc["admin1"]) for loc in found[0]["locations"]]


def record(pipeline: Pipeline, text: str, event_type: str) -> dict[str, Any]:
    found = of_type(records_of(pipeline, text, "2016-07-20"), event_type)
    assert len(found) == 1, found
    return found[0]


def roles(rec: dict[str, Any], role: str) -> set[str]:
    return {a["name"] for a in rec["actors"] if a["role"] == role}


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        # a state accused is no place of the deed
        (
            "A Syrian official accused Saudi Arabia of sending the car bomb that killed 20 people at a "
            "market on Monday.",
            "attack",
            "SY",
        ),
        # a capital that signs is its state; the deed's own town stays
        (
            "A car bomb killed 20 people at a market in Kabul on Monday, weeks after a truce that "
            "Washington signed.",
            "attack",
            "AF",
        ),
        (
            "A car bomb killed 20 people at a market in Idlib on Monday, violating the truce that Moscow "
            "signed in December.",
            "attack",
            "SY",
        ),
        # a suspect named by the town of the attack he is suspected of: the arrest is where it was made
        (
            "Police arrested the brother of Karim Belkacem, the suspected Paris attacker, in Liege on "
            "Friday on terrorism charges.",
            "arrest",
            "BE",
        ),
    ],
)
def test_a_state_or_a_town_named_for_who_is_no_place(
    pipeline: Pipeline, text: str, event_type: str, country: str
) -> None:
    assert {cc for cc, _ in places(pipeline, text, event_type)} == {country}


def test_a_side_is_a_party_and_a_side_of_a_border_a_place(pipeline: Pipeline) -> None:
    text = (
        "Syrian rebels blamed the Russian side for the bomb attack that killed 20 people at a market on "
        "Monday."
    )
    assert "RU" not in {cc for cc, _ in places(pipeline, text, "attack")}
    text = (
        "Turkish troops shelled positions on the Syrian side of the border after a bomb attack killed 20 "
        "people at a market on Monday."
    )
    assert ("SY", None) in places(pipeline, text, "ct_operation")
    text = "Rockets fired by Islamic State militants landed on the Turkish side, killing two people on Monday"
    assert ("TR", None) in places(pipeline, text, "attack")


def test_a_capital_in_its_own_place_still_is_one(pipeline: Pipeline) -> None:
    # "Police in Moscow said": where the police spoke from, told with "in"
    text = "Police in Moscow said a car bomb killed 20 people at a market on Monday."
    assert {cc for cc, _ in places(pipeline, text, "attack")} == {"RU"}


def test_a_stance_of_a_state_is_no_place(pipeline: Pipeline) -> None:
    text = (
        "The enhanced security comes amid heightened U.S. vigilance after a bomb attack on a Dhaka "
        "cafe killed 20 people on Friday."
    )
    assert "US" not in {cc for cc, _ in places(pipeline, text, "attack")}


@pytest.mark.parametrize(
    ("text", "event_type", "want"),
    [
        # a town the gazetteer lacks in the province written after it (its namesakes are elsewhere)
        (
            "Gunmen of the New People's Army shot dead a village chief in Cawayan, Masbate, on Sunday, "
            "the police said.",
            "attack",
            ("PH", "Bicol"),
        ),
        # ... an address that goes on to its country
        (
            "Gunmen of the New People's Army shot dead a village chief in Cawayan, Masbate, Philippines, "
            "on Sunday.",
            "attack",
            ("PH", "Bicol"),
        ),
        (
            "Artillery fire from across the line hit houses in Goyali, Gadabay, on Monday, the defence "
            "ministry said, calling the shelling a terrorist attack.",
            "ct_operation",
            ("AZ", "Gadabay"),
        ),
        # Iraq's first-level regions are its governorates, Dahuk among them
        (
            "Turkish warplanes struck PKK positions near Amadiya in Dahuk province on Monday, killing "
            "three militants.",
            "ct_operation",
            ("IQ", "Dahuk"),
        ),
    ],
)
def test_a_town_in_the_region_written_with_it(
    pipeline: Pipeline, text: str, event_type: str, want: tuple[str, str]
) -> None:
    assert want in places(pipeline, text, event_type)


def test_a_list_of_towns_is_no_address(pipeline: Pipeline) -> None:
    # "Bogota, Cali and Medellin": three towns, none a village of the next one's district
    text = "Bombs planted by the cartel exploded in Bogota, Cali and Medellin on Monday, killing four people."
    got = places(pipeline, text, "attack")
    assert ("CO", "Antioquia") in got and ("CO", "Valle del Cauca") in got
    assert any(a1 and "Bogot" in a1 for _, a1 in got)


def test_a_kin_named_to_tell_who_someone_is_is_no_target(pipeline: Pipeline) -> None:
    text = (
        "Hezbollah said a bomb attack killed its commander Ali Haidar in Syria on Friday.\n\nThe group "
        "has lost many commanders in Syria, among them Hassan Fares, the son of Imad Fares, who was "
        "killed in an Israeli air strike last year."
    )
    recalled = [r for r in of_type(records_of(pipeline, text, "2016-07-20"), "attack") if "Fares" in str(r)]
    assert len(recalled) == 1
    assert roles(recalled[0], "target") == {"Hassan Fares"}


def test_a_kin_of_the_arrested_is_no_party(pipeline: Pipeline) -> None:
    text = (
        "Police arrested the son of Omar Haddad in Zarqa on Friday on suspicion of plotting attacks for "
        "Islamic State."
    )
    assert "Omar Haddad" not in roles(record(pipeline, text, "arrest"), "target")


def test_a_body_whose_acts_a_deed_answers_is_no_agent(pipeline: Pipeline) -> None:
    text = (
        "Prosecutors charged Jamal Reed with murder and terrorism in Newark. Reed told investigators he "
        "carried out the killings in retaliation for U.S. military action in the Middle East."
    )
    rec = record(pipeline, text, "charge")
    assert not any("Armed Forces" in a["name"] for a in rec["actors"])


def test_a_body_whose_figure_is_cited_is_a_source(pipeline: Pipeline) -> None:
    text = (
        "Iraqi forces launched an offensive to retake Ramadi from Islamic State on Monday. The offensive "
        "slowed to protect civilians in the city, whose number was estimated by the United Nations at "
        "40,000."
    )
    rec = record(pipeline, text, "ct_operation")
    assert "United Nations" in roles(rec, "source")
    assert "United Nations" not in roles(rec, "agent")


def test_attacks_listed_with_their_venues_are_one_record_each(pipeline: Pipeline) -> None:
    text = (
        "Security was raised after deadly militant attacks last week on a cafe in Dhaka and at the main "
        "airport in Istanbul."
    )
    recs = of_type(records_of(pipeline, text, "2016-07-04"), "attack")
    assert sorted({loc["country_code"] for loc in r["locations"]}.pop() for r in recs) == ["BD", "TR"]


def test_a_groups_officials_in_a_case_are_its_partys_affiliation(pipeline: Pipeline) -> None:
    text = (
        "Hundreds of Muslim Brotherhood officials and their supporters have been sentenced to death in "
        "Egypt on terrorism charges, a court said."
    )
    rec = record(pipeline, text, "conviction")
    assert "Muslim Brotherhood" in roles(rec, "affiliation")
    assert "Muslim Brotherhood" not in roles(rec, "agent")


def test_a_list_of_addresses_keeps_each_town_in_its_own_state(pipeline: Pipeline) -> None:
    # "Orlando, Florida, San Bernardino, California": Orlando is in Florida, not a town the gazetteer
    # lacks in San Bernardino's county
    text = (
        "WASHINGTON Democrats renewed a push for gun control after the Orlando massacre.\n\nThe shooter in "
        "San Bernardino, California, and the Orlando gunman both pledged loyalty to Islamic State.\n\n"
        "Assault weapons were used by gunmen in shootings over the past year in Orlando, Florida, San "
        "Bernardino, California, and Garland, Texas."
    )
    places = pipeline.process(report(text, "2016-06-14")).annotated.places
    orlando = [p for p in places if p.text == "Orlando"]
    assert orlando and all(p.admin1 == "Florida" and p.geonames_id is not None for p in orlando)


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        # a state that blames is where it happened
        (
            "The United States condemned the bombing, and Kenya blamed al Shabaab for the attack on a bus "
            "that killed 28 on Saturday.",
            "attack",
            "KE",
        ),
        # a province a name is named after ("the University of Balochistan")
        (
            "Militants stormed the University of Balochistan on Monday, killing three students in a "
            "terrorist attack.",
            "attack",
            "PK",
        ),
        # "on the Turkish side": a place
        (
            "A car bomb killed 12 people on the Turkish side on Sunday, officials said, and Ankara blamed "
            "Islamic State.",
            "attack",
            "TR",
        ),
    ],
)
def test_a_state_that_blames_or_names_is_still_a_place(
    pipeline: Pipeline, text: str, event_type: str, country: str
) -> None:
    assert country in {cc for cc, _ in places(pipeline, text, event_type)}


def test_a_suburb_written_with_its_big_city_is_the_suburb(pipeline: Pipeline) -> None:
    text = "Police arrested a man in Vincennes, Paris, on Monday on suspicion of planning a terrorist attack."
    locs = record(pipeline, text, "arrest")["locations"]
    assert any(loc["name"] == "Vincennes" and loc["geonames_id"] is not None for loc in locs)


@pytest.mark.parametrize(
    ("text", "event_type", "agent"),
    [
        # the words of a cause end before the body that acts
        (
            "In response to the attack the FBI arrested two men in New Jersey on Monday on terrorism "
            "charges.",
            "arrest",
            "Federal Bureau of Investigation",
        ),
        (
            "In retaliation for the bombing the Turkish army launched air strikes on PKK camps in northern "
            "Iraq on Monday.",
            "ct_operation",
            "Turkish Armed Forces",
        ),
        # ... and a cause in another sentence is not this one's
        (
            "Five men were arrested on terrorism charges in Brussels on Monday. The raids were a response "
            "to the attack. Belgian federal police said the men had links to the airport bombers.",
            "arrest",
            "Federal Police (Belgium)",
        ),
    ],
)
def test_a_body_after_a_cause_still_acts(pipeline: Pipeline, text: str, event_type: str, agent: str) -> None:
    assert agent in roles(record(pipeline, text, event_type), "agent")


def test_a_comparison_with_earlier_attacks_keeps_the_lead_day(pipeline: Pipeline) -> None:
    text = (
        "Pakistan declared three days of mourning on Monday.\n\nA suicide bomber struck a crowded park in "
        "Lahore, killing 70 people, in the deadliest of several previous attacks on Christians."
    )
    rec = record(pipeline, text, "attack")
    assert rec["date"]["precision"] == "day"


def test_a_town_in_a_province_named_after_its_big_capital(pipeline: Pipeline) -> None:
    # the gazetteer reads "Takhta Pul" as a name of Musa Qala, in Helmand; the text puts it in Kandahar
    text = (
        "Taliban gunmen abducted eleven construction workers in Takhta Pul, Kandahar, Afghanistan, on Monday."
    )
    assert {a1 for _, a1 in places(pipeline, text, "attack")} == {"Kandahar"}


def test_a_known_town_said_in_a_region_it_is_not_in_stays_itself(pipeline: Pipeline) -> None:
    # "between Mazari Sharif and Shibirghan in Balkh": the road is in Balkh; Shibirghan is Jowzjan's
    text = (
        "Taliban assailants opened fire on Afghan army forces between Mazari Sharif and Shibirghan in "
        "Balkh, Afghanistan, on Monday."
    )
    assert ("AF", "Jowzjan") in places(pipeline, text, "attack")
