"""ALL-CAPS wire copy: people's names that are also places, acronyms that are words, the
sentence-cased NER that must not hide a town, and nationalities that are people, not places."""

from __future__ import annotations

from typing import Any

from factories import records_of
from veille.pipeline import Pipeline


def _countries(records: list[dict[str, Any]]) -> set[str]:
    return {loc["country_code"] for r in records for loc in r["locations"]}


def _names(records: list[dict[str, Any]]) -> set[str]:
    return {loc["name"] for r in records for loc in r["locations"]}


def test_a_surname_after_a_given_name_is_no_place(pipeline: Pipeline) -> None:
    text = (
        "MEDELLIN, 23 MAR 90 (RADIO CADENA NACIONAL) -- [TEXT] GUNMEN SHOT DEAD A BODYGUARD OF DIEGO\n"
        "MONTANA CUELLAR, PRESIDENT OF THE PATRIOTIC UNION."
    )
    records = records_of(pipeline, text, "1990-03-23")
    assert records
    assert "US" not in _countries(records)
    assert _countries(records) == {"CO"}


def test_the_surname_told_alone_later_is_the_same_person(pipeline: Pipeline) -> None:
    text = (
        "SAN SALVADOR, 7 FEB 90 (AFP) -- [TEXT] COLONEL RENE EMILIO PONCE, CHIEF OF THE ARMED FORCES\n"
        "JOINT CHIEFS OF STAFF, SPOKE TODAY.\n\n"
        "   ACCORDING TO PONCE, GUERRILLAS KILLED TWO SOLDIERS IN AN AMBUSH YESTERDAY."
    )
    records = records_of(pipeline, text, "1990-02-07")
    assert records
    assert "Ponce" not in _names(records)
    assert _countries(records) == {"SV"}


def test_a_given_name_before_a_surname_is_no_town(pipeline: Pipeline) -> None:
    text = (
        "GUATEMALA CITY, 25 AUG 89 (AFP) -- [TEXT] THE KIDNAPPING OF FIVE UNIVERSITY STUDENTS THIS WEEK\n"
        "SHOOK THE COUNTRY.\n\n"
        "   RAMIRO CASTILLO, THE PRESIDENT OF THE BANCO INDUSTRIAL, WAS SHOT TO DEATH ON 24 AUGUST BY A\n"
        "GROUP OF ARMED MEN WHO ENTERED HIS HOUSE."
    )
    records = records_of(pipeline, text, "1989-08-25")
    assert records
    assert _countries(records) == {"GT"}


def test_a_town_that_is_also_a_first_name_stays_a_town(pipeline: Pipeline) -> None:
    # "ORLANDO" is a given name too, but "TODAY" and "POLICE" after it are no surnames
    text = (
        "MIAMI, 12 JUN 16 (AFP) -- [TEXT] A GUNMAN WHO PLEDGED ALLEGIANCE TO THE ISLAMIC STATE KILLED\n"
        "49 PERSONS AT A NIGHTCLUB IN ORLANDO TODAY.\n"
        "ORLANDO POLICE SAID THE GUNMAN WAS KILLED IN A SHOOTOUT."
    )
    records = records_of(pipeline, text, "2016-06-12")
    assert records
    assert "Orlando" in _names(records)


def _places(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    """The places the pipeline's own NER and geoparser find in upper-case ``text``."""
    from veille.nlp.ner import truecase_for_ner

    assert pipeline.ner is not None and pipeline.geoparser is not None
    entities = next(iter(pipeline.ner.entities([truecase_for_ner(text)])))
    return [(p.text, p.country_code) for p in pipeline.geoparser.parse(text, entities, upper=True)]


def test_a_car_bomb_is_no_central_african_republic(pipeline: Pipeline) -> None:
    text = (
        "BARRANQUILLA RESIDENTS ARE VERY CONCERNED TONIGHT FOLLOWING THIS AFTERNOON'S CAR BOMB\n"
        "EXPLOSION.  THE EXPLOSION OCCURRED WHEN A CAR FILLED WITH EXPLOSIVES WAS PARKED IN FRONT OF\n"
        "THE ROYAL HOTEL.  ANOTHER TERRORIST WHO PARTICIPATED IN THE CAR BOMBING IS FROM ARMENIA.\n"
        "OFFICIALS IN THE UK CONDEMNED THE ATTACK."
    )
    places = _places(pipeline, text)
    assert ("CAR", "CF") not in places
    assert ("UK", "GB") in places  # a short name that is no common word stays the country


def test_names_found_in_upper_case_copy_are_not_places(pipeline: Pipeline) -> None:
    text = (
        "SAN SALVADOR, 16 MAY 89 (CANAL DOCE) -- [TEXT] COLONEL RENE EMILIO PONCE AND ATTORNEY\n"
        "GENERAL MAURICIO COLORADO VISITED COLONIA MIRAMONTES AND SAN JOSE COSTA RICA."
    )
    texts = {t for t, _cc in _places(pipeline, text)}
    assert not texts & {"PONCE", "COLORADO", "COLONIA"}
    assert {"SAN SALVADOR", "COSTA RICA"} <= texts


def test_a_town_at_a_line_start_is_found_in_upper_case_copy(pipeline: Pipeline) -> None:
    # sentence-cased for NER, "Callao" at a line start reads as an organisation
    text = (
        "MOSCOW (USSR), 7 JUL 89 (IZVESTIYA) -- [TEXT] THIRTYTHREE SOVIET SEAMEN HAVE BEEN INJURED\n"
        "IN THE PERUVIAN PORT OF\n"
        "CALLAO WHEN A BOMB EXPLODED UNDER THEIR BUS."
    )
    records = records_of(pipeline, text, "1989-07-07")
    assert records
    assert _names(records) == {"Callao"}


def test_a_foreign_ambassador_does_not_place_the_happening(pipeline: Pipeline) -> None:
    text = (
        "SAN SALVADOR, 12 NOV 89 (AFP) -- [TEXT] THE DAUGHTER OF THE EGYPTIAN AMBASSADOR WAS KILLED\n"
        "BY A STRAY BULLET DURING CLASHES BETWEEN GUERRILLAS AND TROOPS YESTERDAY."
    )
    records = records_of(pipeline, text, "1989-11-12")
    assert records
    assert "EG" not in _countries(records)
    assert _countries(records) == {"SV"}


def test_foreigners_named_by_nationality_are_people_not_places(pipeline: Pipeline) -> None:
    text = (
        "GUATEMALA CITY, 29 SEP 89 (ACAN-EFE) -- [TEXT] POLICE SOURCES REPORTED TODAY THAT A\n"
        "SPANIARD, A FRENCHMAN, AND AN ITALIAN, KIDNAPPED BY GUERRILLAS ON 27 SEPTEMBER, WERE\n"
        "RELEASED UNHARMED."
    )
    records = records_of(pipeline, text, "1989-09-29")
    assert records
    assert "IT" not in _countries(records)


def test_a_nationality_told_with_the_happening_still_places_a_story_filed_abroad(
    pipeline: Pipeline,
) -> None:
    text = (
        "MOSCOW (USSR), 14 JUL 89 (DOMESTIC SERVICE) -- [TEXT] PERUVIAN COMMUNISTS HAVE FIRMLY\n"
        "CONDEMNED THE BOMB ATTACK CARRIED OUT BY PERUVIAN TERRORISTS AGAINST SOVIET FISHERMEN."
    )
    records = records_of(pipeline, text, "1989-07-14")
    assert records
    assert _countries(records) == {"PE"}


def test_a_common_word_ner_calls_a_place_is_none_in_upper_case_copy(pipeline: Pipeline) -> None:
    text = (
        "MOSCOW (USSR), 6 SEP 89 (INTERNATIONAL SERVICE) -- [TEXT] THREE STRONG EXPLOSIONS OCCURRED\n"
        "LAST NIGHT IN MEDELLIN, A DRUG TRAFFICKING CENTER IN COLOMBIA."
    )
    places = _places(pipeline, text)
    assert "CENTER" not in {t for t, _cc in places}
    assert ("MEDELLIN", "CO") in places
    text = (
        "SAN SALVADOR, 25 NOV 89 (RADIO CADENA CUSCATLAN) -- [TEXT] A CESSNA PLANE TRANSPORTING\n"
        "WEAPONS FROM MANAGUA CRASHED TODAY ON A SMALL LANDING STRIP IN\n"
        "PIEDRA PACHA CANTON, EL TRANSITO, 6 KM EAST OF USULUTAN."
    )
    places = _places(pipeline, text)
    assert "CANTON" not in {t for t, _cc in places}
    assert ("EL TRANSITO", "SV") in places


def test_a_name_wrapped_over_two_lines_and_the_towns_listed_after_it(pipeline: Pipeline) -> None:
    text = (
        "SANTIAGO, 29 DEC 89 (AFP) -- [TEXT] A FEW DAYS AGO, THE CHILEAN-U.S. CULTURAL\n"
        "INSTITUTES IN VINA DEL\nMAR, TALCA, AND TEMUCO WERE THE TARGET OF BOMB ATTACKS."
    )
    places = _places(pipeline, text)
    assert {cc for _t, cc in places} == {"CL"}  # not Vinh, Vietnam, for "VINA"
    assert {"VINA DEL\nMAR", "TALCA", "TEMUCO"} <= {t for t, _cc in places}
    text = "SANTIAGO, 29 DEC 89 (AFP) -- [TEXT] BOMBS EXPLODED IN TALCA AND TEMUCO TODAY."
    assert {"TALCA", "TEMUCO"} <= {t for t, _cc in _places(pipeline, text)}


def test_a_radio_station_named_after_a_town_is_no_place(pipeline: Pipeline) -> None:
    text = "Militants attacked a base in Baidoa, according to Radio Mogadishu."
    assert pipeline.ner is not None and pipeline.geoparser is not None
    entities = next(iter(pipeline.ner.entities([text])))
    names = {p.text for p in pipeline.geoparser.parse(text, entities)}
    assert "Mogadishu" not in names
    assert "Baidoa" in names


def test_bomb_attacks_of_a_few_days_before_in_the_same_town_are_their_own(pipeline: Pipeline) -> None:
    text = (
        "SANTIAGO, 29 DEC 89 (EFE) -- [TEXT] A BOMB EXPLODED TODAY AT THE CITICORP OFFICES IN\n"
        "DOWNTOWN VINA DEL MAR.\n\n"
        "   A FEW DAYS AGO, THE CHILEAN-U.S. CULTURAL INSTITUTES IN VINA DEL\n"
        "MAR, TALCA, AND TEMUCO WERE THE TARGET OF BOMB ATTACKS."
    )
    records = records_of(pipeline, text, "1989-12-29")
    assert [r["date"]["precision"] for r in records] == ["day", "week"]
    assert _names(records[1:]) == {"Viña del Mar", "Talca", "Temuco"}
