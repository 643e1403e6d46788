"""Places read with the article's context: where its named actors operate (the "theatre"),
bracketed place hierarchies, "the countryside of X", and names NER took for something else.

Invented one-line reports; each test names the rule it checks, with a negative beside it.
"""

from __future__ import annotations

import pytest

from factories import by_text, ent, report
from veille.geo import Geoparser
from veille.kb import ActorKB, theatre
from veille.pipeline import Pipeline
from veille.records import Entity, Location, Record


@pytest.fixture(scope="module")
def gp(pipeline: Pipeline) -> Geoparser:
    assert pipeline.geoparser is not None
    return pipeline.geoparser


def first_locations(pipeline: Pipeline, text: str) -> list[Location]:
    records = pipeline.process(report(text)).records
    assert records, text
    return list(records[0].locations)


def countries(pipeline: Pipeline, text: str) -> list[str | None]:
    return [loc.country_code for loc in first_locations(pipeline, text)]


def place_names(pipeline: Pipeline, text: str) -> list[str]:
    return [loc.name for loc in first_locations(pipeline, text)]


# -- the theatre: where the named groups and police operate -------------------------------------


def test_theatre_lists_the_countries_of_groups_and_police_but_not_of_armies(kb: ActorKB) -> None:
    assert theatre(kb.find("Boko Haram fighters raided the town.")) >= {"NG"}
    assert theatre(kb.find("The Guardia Civil arrested two men.")) == {"ES"}
    # an army acts abroad: its country says nothing about where
    assert theatre(kb.find("The French army carried out a strike.")) == frozenset()
    # ... but a force sent abroad works where it was sent
    assert theatre(kb.find("Operation Barkhane carried out a strike.")) == {"ML", "BF", "NE", "TD", "MR"}


def test_a_near_spelling_of_a_far_town_is_doubted_out_of_the_theatre(gp: Geoparser) -> None:
    text = "Gunmen ambushed a gendarmerie unit near Inata on Monday."
    ents = [ent(text, "Inata")]
    far = by_text(gp.parse(text, ents))
    assert far["Inata"].country_code == "JP"  # the only reading the gazetteer offers
    near = by_text(gp.parse(text, ents, theatre={"BF", "ML", "NE"}))
    assert near["Inata"].country_code != "JP"
    assert near["Inata"].geonames_id is None


def test_a_theatre_backs_a_name_ner_took_for_an_organisation(gp: Geoparser) -> None:
    text = "Militants attacked the village of Sirba (Goulbi, Tillabery) on Monday."
    ents = [ent(text, "Sirba", "FAC"), ent(text, "Goulbi", "FAC"), ent(text, "Tillabery", "ORG")]
    places = by_text(gp.parse(text, ents, theatre={"NE", "ML", "BF"}))
    assert places["Tillabery"].country_code == "NE"


# -- where names are written ----------------------------------------------------------------------


def test_a_bracketed_hierarchy_is_where_places_are_written(gp: Geoparser) -> None:
    text = "Gunmen killed a herder in Tanwalbougou (Tanwalbougou, Komondjari) on Friday."
    ents = [ent(text, "Tanwalbougou", "PERSON"), ent(text, "Tanwalbougou", "PERSON", 1)]
    ents.append(ent(text, "Komondjari", "PERSON"))
    places = by_text(gp.parse(text, ents))
    assert places["Komondjari"].country_code == "BF"
    # brackets that hold anything but names are no hierarchy
    text = "The envoy (Komondjari said it first) spoke on Friday."
    assert "Komondjari" not in by_text(gp.parse(text, [ent(text, "Komondjari", "PERSON")]))


def test_ner_running_a_name_into_a_bracket_is_cut_there(gp: Geoparser) -> None:
    text = "Militants attacked the village of Kpawa (Kpendjal, Savanes) on Monday."
    ents = [
        Entity(text.index("Kpawa"), text.index(",", text.index("Kpendjal")) + 1, "FAC", "Kpawa (Kpendjal,")
    ]
    spans = {p.text for p in gp.parse(text, ents)}
    assert "Kpawa (Kpendjal" not in spans
    assert "Kpawa" in spans


def test_the_countryside_of_a_city_is_a_place_even_when_ner_says_norp(gp: Geoparser) -> None:
    text = "Artillery shelled villages in the northern countryside of Aleppo on Sunday."
    places = by_text(gp.parse(text, [ent(text, "Aleppo", "NORP")]))
    assert places["Aleppo"].country_code == "SY"
    text = "South of Djibo, a convoy was attacked."
    assert by_text(gp.parse(text, [ent(text, "Djibo", "ORG")]))["Djibo"].country_code == "BF"


def test_a_month_after_in_is_not_a_town(gp: Geoparser) -> None:
    text = "Sale prices rose in March, the police said."
    assert gp.parse(text, [ent(text, "March", "DATE")], theatre={"GB"}) == []


# -- the record's place --------------------------------------------------------------------------


def test_a_foreign_force_is_no_place(pipeline: Pipeline) -> None:
    text = (
        "On 10 March, French forces carried out airstrikes against ISGS militants in the forest "
        "of Wadalene, killing 12 militants."
    )
    assert "FR" not in countries(pipeline, text)
    text = "On 10 March, Afghan forces carried out airstrikes against Taliban fighters, killing 12."
    assert countries(pipeline, text) == ["AF"]


def test_a_group_active_in_two_countries_gives_no_country(pipeline: Pipeline) -> None:
    text = "On 6 December, presumed Katiba Macina militants shot dead two policemen near Wadalene."
    assert countries(pipeline, text) == []
    text = "On 6 December, presumed Katiba Macina militants shot dead two policemen in Mopti, Mali."
    assert countries(pipeline, text) == ["ML"]


def test_a_country_short_name_before_forces_is_a_nationality(gp: Geoparser) -> None:
    text = "Saudi forces fired artillery at villages in Razih district (Sadah) on Monday."
    ents = [ent(text, "Saudi", "NORP"), ent(text, "Razih"), ent(text, "Sadah", "NORP")]
    places = by_text(gp.parse(text, ents))
    assert places["Saudi"].demonym  # the acting state, not the place
    assert places["Sadah"].country_code == "YE"  # "district (X)": a bracketed container


def test_a_name_behind_a_hyphened_arabic_article(gp: Geoparser) -> None:
    text = "Clashes broke out near Sharkrak in Ar-Raqqa on Monday."
    assert by_text(gp.parse(text))["Ar-Raqqa"].country_code == "SY"
    text = "At Ramadi the police said nothing."  # "At" is a preposition, not an article
    assert "At Ramadi" not in by_text(gp.parse(text))


def test_the_other_side_of_a_border_is_not_where_it_happened(pipeline: Pipeline) -> None:
    text = "On 10 March, militants attacked a police patrol near Wadalene, close to the Mali border."
    assert "ML" not in countries(pipeline, text)
    text = "On 10 March, gunmen attacked a border post along the border with Niger in northern Mali."
    assert countries(pipeline, text) == ["ML"]
    text = "On 10 March, militants attacked a border post on the Pakistan-Afghanistan border, killing two."
    assert set(countries(pipeline, text)) == {"PK", "AF"}  # on the border: both sides named


def test_a_dateline_is_read_as_a_city(gp: Geoparser) -> None:
    text = "SANTIAGO, 21 MAR 90 (RADIO NETWORK) -- [TEXT] TWO INDIVIDUALS SHOT A FORMER MINISTER."
    places = by_text(gp.parse(text, upper=True))
    assert places["SANTIAGO"].country_code == "CL"  # the capital, not the Dominican province


def test_in_wire_copy_a_word_that_is_only_another_name_of_a_place_is_no_place(gp: Geoparser) -> None:
    text = "LA PAZ, 12 JAN 90 (EFE) -- TWO BOMBS EXPLODED AFTER A MESSAGE BY PRESIDENT JAIME PAZ ZAMORA."
    places = gp.parse(text, upper=True)
    assert [p.text for p in places] == ["LA PAZ"]
    assert places[0].country_code == "BO"


def test_in_wire_copy_a_state_code_is_one_only_after_a_town(gp: Geoparser) -> None:
    # the truecased copy gives NER "la" of "LA MAR": no Louisiana
    text = "AYACUCHO, 25 SEP 88 (EFE) -- [TEXT] PEOPLE WHO ARRIVED TODAY FROM THE LA MAR AREA SAID 44 DIED."
    start = text.index("LA MAR")
    places = gp.parse(text, [Entity(start, start + 2, "GPE", "LA")], upper=True)
    assert "US" not in {p.country_code for p in places}
    # a country's code is still one: "THE US EMBASSY"
    text = "LIMA, 25 OCT 89 (EFE) -- [TEXT] TERRORISTS BOMBED THE US EMBASSY TONIGHT."
    start = text.index("US ")
    places = gp.parse(text, [Entity(start, start + 2, "GPE", "US")], upper=True)
    assert "US" in {p.country_code for p in places}


def test_a_story_filed_abroad_is_placed_by_the_nationality_told_with_it(pipeline: Pipeline) -> None:
    text = (
        "TEGUCIGALPA (ACAN-EFE) -- THE HONDURAN GOVERNMENT TODAY DENOUNCED THE ASSASSINATION OF "
        "SALVADORAN PRESIDENCY MINISTER JOSE ANTONIO RODRIGUEZ PORTH."
    )
    assert countries(pipeline, text) == ["SV"]
    text = "LONDON (Reuters) -- British police arrested two men suspected of plotting to bomb a pub."
    assert countries(pipeline, text) == ["GB"]


def test_a_place_inside_a_short_place_name_does_not_stand_for_it(gp: Geoparser) -> None:
    text = "Shells injured two health workers in Abu Salim on Monday."
    places = by_text(gp.parse(text, [ent(text, "Abu Salim")]))
    assert places["Abu Salim"].geonames_id is None  # a Tripoli district, not Salim
    text = "Militants attacked a checkpoint in Greater Kabul on Monday."
    assert by_text(gp.parse(text, [ent(text, "Greater Kabul")]))["Greater Kabul"].country_code == "AF"


def test_a_short_form_of_a_city_name_is_not_doubted_out_of_the_theatre(gp: Geoparser) -> None:
    text = "Police detained two teenagers at Frankfurt airport before a flight to Istanbul."
    places = by_text(gp.parse(text, [ent(text, "Frankfurt"), ent(text, "Istanbul")], theatre={"IQ", "SY"}))
    assert places["Frankfurt"].country_code == "DE"


def test_a_name_ner_did_not_call_a_place_is_dropped_when_doubted(gp: Geoparser) -> None:
    text = "Gunmen attacked a cafe in Jakarta. National Police spokesman Anton Charliyan said seven died."
    ents = [ent(text, "Jakarta"), ent(text, "National Police", "ORG"), ent(text, "Anton Charliyan", "PERSON")]
    assert [p.text for p in gp.parse(text, ents, theatre={"ID"})] == ["Jakarta"]


def test_the_place_that_holds_a_camp_left_is_the_origin(pipeline: Pipeline) -> None:
    text = (
        "BRUSSELS, March 10 - Belgium repatriated three women and ten children from the Roj camp in "
        "northeastern Syria on Sunday, prosecutors said."
    )
    records = pipeline.process(report(text)).records
    roles = {(loc.country_code, loc.role) for loc in records[0].locations}
    assert ("SY", "origin") in roles and ("SY", "event") not in roles


def test_in_wire_copy_a_generic_word_is_no_region(gp: Geoparser) -> None:
    text = "BOGOTA, 3 JAN 90 -- A BOMB WENT OFF AT A BANK IN THE CITY CENTRE ON MONDAY."
    assert [p.text for p in gp.parse(text, upper=True)] == ["BOGOTA"]


# -- acronyms in brackets, and the words of a country's administration -------------------------


def test_an_acronym_in_brackets_after_its_name_is_no_place() -> None:
    from veille.geo.recognize import bracketed_acronym

    def check(text: str, word: str) -> bool:
        i = text.index("(" + word + ")") + 1
        return bracketed_acronym(text, i, i + len(word))

    assert check("members of the Rapid Action Battalion (Rab) opened fire", "Rab")
    assert check("the Islamic State in Iraq and the Levant (ISIL) said", "ISIL")
    assert check("fighters of the National Defence Forces (NDF) said", "NDF")
    # a place after a place, or a bracket that spells nothing before it
    assert not check("He was born in Georgia (US) and lives in Paris (France).", "US")
    assert not check("a clash at Markoye (Oudalan) left two dead", "Oudalan")


def test_words_for_administrative_units_name_their_country() -> None:
    from veille.extract.places import admin_term_countries

    assert admin_term_countries("a clash in Sadar upazila of Pabna") == {"BD"}
    assert admin_term_countries("in Gwoza LGA of Borno") == {"NG"}
    assert admin_term_countries("gunmen in Barangay San Jose") == {"PH"}
    assert admin_term_countries("a village in Kotli tehsil") == {"IN", "PK"}
    # the same letters in other words, or in lower case where they are an ordinary word
    assert admin_term_countries("The LGBT march and the legal ruling") == frozenset()


def test_a_bracketed_acronym_of_a_force_gives_no_foreign_place(pipeline: Pipeline) -> None:
    text = (
        "A militant leader was killed in a shootout between Rapid Action Battalion (Rab) personnel and "
        "his associates in Sadar upazila of Gaibandha district on Tuesday."
    )
    assert "HR" not in countries(pipeline, text)
    assert "BD" in countries(pipeline, text)


def test_a_bracketed_hierarchy_ner_called_an_organisation_is_read_as_places(gp: Geoparser) -> None:
    text = "Militants abducted two men in Diguel (Tongomayel, Soum) on Monday."
    places = by_text(gp.parse(text, [ent(text, "Diguel (Tongomayel, Soum)", "ORG")]))
    assert places["Soum"].country_code == "BF"
    # brackets of names none of which is a place stay what NER said they are
    text = "Fighters of the Front (Jabhat, Nusra) attacked a convoy on Monday."
    assert gp.parse(text, [ent(text, "Jabhat, Nusra", "ORG")]) == []


def test_a_demonym_glossing_a_name_in_brackets_is_no_place(gp: Geoparser) -> None:
    text = "Israeli forces fired at Palestinian fishermen off Sudaniye (Sudanese) in northern Gaza."
    ents = [ent(text, "Israeli", "NORP"), ent(text, "Palestinian", "NORP"), ent(text, "Sudaniye")]
    ents += [ent(text, "Sudanese", "NORP"), ent(text, "Gaza")]
    places = by_text(gp.parse(text, ents))
    assert "Sudanese" not in places
    assert places["Gaza"].country_code == "PS"
    # a demonym in brackets after a lower-case word is no gloss of a name
    text = "The fighters (Sudanese) crossed the border."
    assert "Sudanese" in by_text(gp.parse(text, [ent(text, "Sudanese", "NORP")]))


def test_a_city_that_overshadows_its_region_shares_its_fame(gp: Geoparser) -> None:
    # Gaza the city (and the Gaza Strip around it), not Mozambique's Gaza province
    text = "Militants fired rockets from Gaza on Monday."
    assert by_text(gp.parse(text, [ent(text, "Gaza")]))["Gaza"].country_code == "PS"
    # a capital abroad bigger than a region of its name overshadows it
    text = "A bomb damaged a cultural institute in Santiago on Friday."
    assert by_text(gp.parse(text, [ent(text, "Santiago")]))["Santiago"].country_code == "CL"
    text = "Troops clashed with rebels in Gaza province of Mozambique on Monday."
    places = by_text(gp.parse(text, [ent(text, "Gaza"), ent(text, "Mozambique")]))
    assert places["Gaza"].country_code == "MZ"


def test_a_mission_tied_to_a_country_sets_the_theatre(pipeline: Pipeline, kb: ActorKB) -> None:
    assert theatre(kb.find("On 3 May 2020, the OSCE SMM observed 19 explosions.")) == {"UA"}
    assert theatre(kb.find("The OSCE held a summit in Vienna.")) == frozenset()
    text = "On Monday, the OSCE SMM observed 19 explosions involving heavy machineguns near Naberezhne."
    records = pipeline.process(report(text)).records
    assert [loc.country_code for loc in records[0].locations] == ["UA"]
    # the mission saw it: a source, not an agent of the fighting
    assert [(a.name, a.role) for a in records[0].actors] == [
        ("OSCE Special Monitoring Mission to Ukraine", "source")
    ]


def test_a_relative_clause_after_a_town_in_the_theatre_is_no_speaker(pipeline: Pipeline) -> None:
    text = (
        "On Monday, presumed Ansaroul Islam militants attacked the residence of the prefect in "
        "Oursi who also was a police officer."
    )
    assert countries(pipeline, text) == ["BF"]
    # without a group that works there, "Oursi who" may be a person
    text = "On Monday, gunmen attacked the residence of a man in Oursi who also was a police officer."
    assert "BF" not in countries(pipeline, text)


def test_the_place_after_an_unknown_village_holds_it(pipeline: Pipeline) -> None:
    text = "Unidentified gunmen shot a policeman dead in Babaini, Mardan on Monday."
    assert "PK" in countries(pipeline, text)
    # "Mardan" after a known place is read by the usual containment rules, not this one
    text = "Unidentified gunmen shot a policeman dead in Peshawar, Mardan said on Monday."
    assert countries(pipeline, text) == ["PK"]


def test_a_place_word_inside_a_longer_organisation_name_is_no_place(gp: Geoparser) -> None:
    text = "A leader of Jatiyatabadi Juba Dal was shot in a gun battle with police on Monday."
    assert gp.parse(text, [ent(text, "Jatiyatabadi Juba Dal", "ORG")]) == []
    # at the start of the name it still is one
    text = "Gunmen stormed Kabul University on Monday."
    assert by_text(gp.parse(text, [ent(text, "Kabul University", "ORG")]))["Kabul"].country_code == "AF"


def test_a_village_the_gazetteer_lacks_keeps_its_name_at_the_countrys_precision(pipeline: Pipeline) -> None:
    text = "On Monday, the OSCE SMM observed 13 explosions involving unknown weapons near Zholobok."
    (rec,) = pipeline.process(report(text)).records
    (loc,) = rec.locations
    assert (loc.name, loc.city, loc.country_code, loc.precision) == ("Zholobok", "Zholobok", "UA", "country")
    assert loc.lat is None  # no point is made up for it
    assert rec.provenance.locations[0] is not None
    # a group active in two countries names neither, so the village has no country either
    text = "On Monday, presumed Ansaroul Islam militants killed two civilians in the village of Leopadi."
    (rec,) = pipeline.process(report(text)).records
    assert rec.locations == ()


def test_a_town_said_to_be_in_a_town_of_another_country_is_one_the_gazetteer_lacks(gp: Geoparser) -> None:
    text = "Fighters arrested young men in Mansura city in Ar-Raqqa countryside on Monday."
    places = by_text(gp.parse(text, [ent(text, "Mansura"), ent(text, "Ar-Raqqa", "ORG")]))
    assert places["Mansura"].country_code == "SY"  # not Al Mansurah, Egypt
    assert places["Mansura"].geonames_id is None
    # a list of towns is no containment
    text = "Protests spread to Paris, London and Berlin on Monday."
    places = by_text(gp.parse(text, [ent(text, "Paris"), ent(text, "London"), ent(text, "Berlin")]))
    assert places["London"].country_code == "GB"


def test_a_name_ner_cut_before_its_particle_is_read_whole(gp: Geoparser) -> None:
    text = "On 5 May 2020, in Foz do Iguacu, Parana, a man was shot to death by two armed men."
    places = by_text(gp.parse(text, [ent(text, "Foz"), ent(text, "Parana")]))
    assert places["Foz do Iguacu"].country_code == "BR"
    assert "Foz" not in places


def test_a_far_district_is_doubted_out_of_the_theatre(gp: Geoparser) -> None:
    text = "Gunmen seized three Americans on Friday in the capital's southeastern Dora district."
    ents = [ent(text, "Dora")]
    assert by_text(gp.parse(text, ents))["Dora"].country_code == "CY"  # a district of Cyprus
    near = by_text(gp.parse(text, ents, theatre={"IQ", "SY"}))["Dora"]
    assert near.country_code != "CY" and near.geonames_id is None


def test_the_second_name_of_between_x_and_y_is_a_place_too(gp: Geoparser) -> None:
    text = "On 18 January, a vehicle was struck by an IED between Gorgadji and Aribinda."
    ents = [ent(text, "Gorgadji", "GPE"), ent(text, "Aribinda", "PERSON")]
    places = by_text(gp.parse(text, ents, theatre={"BF", "ML", "NE"}))
    assert places["Aribinda"].country_code == "BF"
    # a person after "and" is still a person
    text = "Talks between Macron and Aribinda ended on Monday."
    assert "Aribinda" not in by_text(
        gp.parse(text, [ent(text, "Macron", "PERSON"), ent(text, "Aribinda", "PERSON")])
    )


def test_a_small_town_read_by_an_alternate_name_beside_towns_of_another_country_is_unknown(
    gp: Geoparser,
) -> None:
    # no theatre: Inata's only reading is Inada, Japan, through a GeoNames alternate name
    text = "On 16 June, an IED detonated between Inata and Djibo; the driver escaped unharmed."
    places = by_text(gp.parse(text, [ent(text, "Inata"), ent(text, "Djibo", "ORG")]))
    assert places["Djibo"].country_code == "BF"
    assert places["Inata"].country_code == "BF"  # placed near Djibo, not in Japan
    assert places["Inata"].geonames_id is None
    # alone, the reading stands: nothing says where else it might be
    text = "On 16 June, an IED detonated in Inata; the driver escaped unharmed."
    assert by_text(gp.parse(text, [ent(text, "Inata")]))["Inata"].country_code == "JP"
    # towns of two countries read by their own names stay where they are
    text = "Bombs went off in Paris and Brussels on Monday."
    places = by_text(gp.parse(text, [ent(text, "Paris"), ent(text, "Brussels")]))
    assert (places["Paris"].country_code, places["Brussels"].country_code) == ("FR", "BE")


def test_two_halves_of_a_name_ner_cut_at_of_are_one_place(gp: Geoparser) -> None:
    text = "On 5 May 2020, in Port of Spain city, a man was shot by five masked gunmen."
    places = by_text(gp.parse(text, [ent(text, "Port"), ent(text, "Spain city")]))
    assert places["Port of Spain"].country_code == "TT"
    assert "Port" not in places and "Spain city" not in places
    # two places of their own stay two
    text = "Troops from Spain and France of Europe arrived."
    places = by_text(gp.parse(text, [ent(text, "Spain"), ent(text, "France"), ent(text, "Europe", "LOC")]))
    assert places["Spain"].country_code == "ES" and places["France"].country_code == "FR"


def test_a_place_inside_a_compound_name_does_not_stand_for_it(gp: Geoparser) -> None:
    # "al-Rabi" is a word of the name, though written lower-case
    text = "On 9 May 2020, GNA and LNA forces clashed in Wadi al-Rabi (Aljfara)."
    places = by_text(gp.parse(text, [ent(text, "Wadi al-Rabi"), ent(text, "Aljfara", "PERSON")]))
    assert places.get("Wadi al-Rabi") is None or places["Wadi al-Rabi"].country_code != "IN"
    # a Romance particle joins one name: San Juan de los Cerritos is not San Juan, Argentina
    text = "On 30 April 2020, in San Juan de los Cerritos, two armed men clashed with police."
    name = "San Juan de los Cerritos"
    places = by_text(gp.parse(text, [ent(text, name)]))
    assert places.get(name) is None or places[name].country_code != "AR"
    # a place beside generic words still stands for the whole
    text = "Rockets hit Greater Kabul on Monday."
    assert by_text(gp.parse(text, [ent(text, "Greater Kabul")]))["Greater Kabul"].country_code == "AF"


def test_a_surname_of_a_person_the_article_names_is_no_place(gp: Geoparser) -> None:
    text = (
        "President Barack Obama spoke on Monday. Obama said troops would stay. "
        "Generals urged Obama to forgo the plans in Kabul."
    )
    ents = [
        ent(text, "Barack Obama", "PERSON"),
        ent(text, "Obama", "PERSON", 1),
        ent(text, "Obama", "GPE", 2),
        ent(text, "Kabul"),
    ]
    places = by_text(gp.parse(text, ents))
    assert "Obama" not in places  # not Obama, Japan
    assert places["Kabul"].country_code == "AF"
    # a place NER also took for a person ("Retaking Falluja") stays a place when it is labelled
    # a place more often
    text = "Retaking Falluja is the aim. Troops entered Falluja on Monday and shelled Falluja."
    ents = [
        ent(text, "Retaking Falluja", "PERSON"),
        ent(text, "Falluja", "GPE", 1),
        ent(text, "Falluja", "GPE", 2),
    ]
    assert by_text(gp.parse(text, ents))["Falluja"].country_code == "IQ"
    # a major place keeps its name beside a namesake
    text = "Denzel Washington flew to Washington on Monday."
    ents = [ent(text, "Denzel Washington", "PERSON"), ent(text, "Washington", "GPE", 1)]
    assert "Washington" in by_text(gp.parse(text, ents))
    # ... but a surname only close to a major place's name is the person ("Gilani" is not Gilan)
    text = "Ali Haider Gilani was freed on Tuesday. Gilani, who is in his 30s, was examined. Gilani is well."
    ents = [
        ent(text, "Ali Haider Gilani", "PERSON"),
        ent(text, "Gilani", "LOC", 1),
        ent(text, "Gilani", "PERSON", 2),
    ]
    assert "Gilani" not in by_text(gp.parse(text, ents))


def test_the_north_alone_is_no_region(gp: Geoparser) -> None:
    text = "The allies moved against the North, which conducted its fourth nuclear test."
    assert "North" not in by_text(gp.parse(text, [ent(text, "North")]))
    text = "Boko Haram attacked a village in Cameroon's North region on Monday."
    places = by_text(gp.parse(text, [ent(text, "Cameroon"), ent(text, "North region", "LOC")]))
    assert places["North region"].country_code == "CM"


def test_a_country_named_for_the_nationality_of_officials_is_not_where(pipeline: Pipeline) -> None:
    text = (
        "The siblings were in the ticket line at the airport. At least 31 people were killed in "
        "Tuesday's suicide bombings at the airport and a subway, authorities say. Two of the dead were "
        "from abroad, U.S. Secretary of State John Kerry confirmed on Friday during a visit to Brussels."
    )
    records = pipeline.process(report(text, "2016-03-25")).records
    assert records and "US" not in [loc.country_code for loc in records[0].locations]
    # ... nor one named for whose base it is
    text = (
        "Islamic State militants killed a U.S. Navy SEAL in northern Iraq on Tuesday. Last month, an "
        "Islamic State attack on a U.S. base killed a Marine and wounded eight other Americans."
    )
    records = pipeline.process(report(text, "2016-05-03")).records
    assert [loc.country_code for r in records for loc in r.locations] == ["IQ", "IQ"]


def test_a_lower_case_word_ner_tagged_is_no_place(gp: Geoparser) -> None:
    text = "Prosecutors charged three men after bomb attacks on Brussels airport and a metro train."
    places = by_text(gp.parse(text, [ent(text, "Brussels"), ent(text, "metro", "FAC")]))
    assert "metro" not in places  # not Metro, Indonesia
    assert places["Brussels"].country_code == "BE"
    # an Arabic article written in lower case starts a name
    text = "Militants attacked a checkpoint in el-Arish on Monday."
    assert by_text(gp.parse(text, [ent(text, "el-Arish")]))["el-Arish"].country_code == "EG"


def test_a_dateline_names_a_city(gp: Geoparser) -> None:
    # a wire dateline is a town: Sucre, Bolivia, not the Venezuelan state
    text = (
        "SUCRE, 3 SEP 89 (PRESENCIA) -- [EXCERPT] EARLY SUNDAY MORNING TERRORISTS ATTACKED A "
        "TELEVISION STATION."
    )
    place = by_text(gp.parse(text, [], upper=True))["SUCRE"]
    assert (place.country_code, place.precision) == ("BO", "city")


def test_where_people_come_from_gives_way_to_where_it_happened(pipeline: Pipeline) -> None:
    text = "Police foiled a group of militants from Syria planning attacks in Paris."
    assert place_names(pipeline, text) == ["Paris"]
    text = "Two men from Leeds were arrested in London on suspicion of terrorism."
    assert place_names(pipeline, text) == ["London"]
    # the only place told is kept; "the terrorists from the San Bernardino attack" is the attack's
    text = "Police arrested two men from Leeds on suspicion of terrorism."
    assert place_names(pipeline, text) == ["Leeds"]
    text = "The FBI unlocked the phone of the terrorists from the San Bernardino attack in California."
    assert place_names(pipeline, text) == ["San Bernardino"]


def test_the_nationality_of_victims_is_not_where_it_happened(pipeline: Pipeline) -> None:
    # no other place told: no place rather than the victims' country
    assert countries(pipeline, "Two British nationals were kidnapped by gunmen on Monday, police said.") == []
    text = "A U.S. citizen, John Smith, was kidnapped on Monday by unidentified men."
    assert countries(pipeline, text) == []
    text = "Two Afghan nationals were kidnapped by gunmen in Peshawar on Monday."
    assert countries(pipeline, text) == ["PK"]
    # the forces of a country still place it
    assert countries(pipeline, "Afghan forces killed 10 Taliban militants on Monday.") == ["AF"]
    # whose offensive or consulate it is, not where ("to recapture" is no motion)
    text = "The US-led offensive to recapture Mosul from the Islamic State group is making progress, he said."
    assert place_names(pipeline, text) == ["Mosul"]
    assert countries(pipeline, "Saudi-led air strikes killed 20 Houthi fighters on Monday.") == ["YE"]
    text = "A suicide bomber was killed and two people wounded in a blast near the U.S. consulate in Jeddah."
    assert place_names(pipeline, text) == ["Jeddah"]
    text = "Dubai-based channel Al Arabiya said that three U.S. nationals had been kidnapped by militiamen."
    assert place_names(pipeline, text) == []


def test_people_brought_home_name_the_destination(pipeline: Pipeline) -> None:
    text = "Eight Moroccan nationals linked to Islamic State were repatriated from Syria on Monday."
    roles = {(loc.country_code, loc.role) for loc in first_locations(pipeline, text)}
    assert {("SY", "origin"), ("MA", "destination")} <= roles
    text = "French women and children were repatriated from camps in northeast Syria on Monday."
    roles = {(loc.country_code, loc.role) for loc in first_locations(pipeline, text)}
    assert {("SY", "origin"), ("FR", "destination")} <= roles


def test_the_country_victims_come_from_or_that_speaks_is_not_where_it_happened(pipeline: Pipeline) -> None:
    text = (
        "Gunmen stormed a hotel in Ouagadougou on Friday. Security forces freed 126 hostages on Saturday, "
        "the minister said. The wounded included one service member from France. Canada said six of its "
        "citizens were killed."
    )
    records = pipeline.process(report(text)).records
    assert {loc.country_code for r in records for loc in r.locations} == {"BF"}
    # ... nor the countries the kidnapped come from, told with their ages
    text = (
        "GUATEMALA CITY, 27 SEP 89 (ACAN-EFE) -- [TEXT] HEAVILY ARMED MEN KIDNAPPED THREE EUROPEANS "
        "LAST NIGHT. THOSE WHO WERE KIDNAPPED ARE JOSE MARIA MARTINEZ, 55, FROM SPAIN; ROBERTO LIZARDI, "
        "52, FROM FRANCE; AND LUIS ROSSI, 35, FROM ITALY."
    )
    assert {loc.country_code for loc in first_locations(pipeline, text)} == {"GT"}
    # the country a detainee is a citizen of is not where the arrests were made
    text = (
        "Americans among militant suspects detained in Saudi Arabia. It reported that four Americans were "
        "detained on Monday along with 14 Saudis, three Yemenis, a Filipino and a citizen of Kazakhstan. "
        "Saudi Arabia in 2014 declared Islamic State a terrorist organization and has detained hundreds of "
        "its supporters."
    )
    assert [loc.country_code for loc in first_locations(pipeline, text)] == ["SA"]
    # where people go or come back from is still the place of a movement
    text = "Eight fighters from Syria were repatriated to Morocco on Monday."
    assert "SY" in {loc.country_code for loc in first_locations(pipeline, text)}


def test_a_town_of_a_country_the_text_names_is_kept_outside_the_theatre(gp: Geoparser) -> None:
    # an article about Islamic State in Syria tells of Nice, France's Bastille Day; NER once calls
    # "Nice" an organisation, which must not make it a name the gazetteer lacks
    text = (
        "Kerry met Lavrov in Moscow to discuss Islamic State in Syria. Dozens were killed when a truck "
        "drove into a crowd in Nice celebrating Bastille Day, France's national holiday. Kerry laid "
        "flowers for the victims of the Nice attack, Nice officials said."
    )
    ents = [
        ent(text, "Moscow"),
        ent(text, "Syria"),
        ent(text, "Nice"),
        ent(text, "France"),
        ent(text, "Nice", "GPE", 1),
        ent(text, "Nice", "ORG", 2),
    ]
    places = by_text(gp.parse(text, ents, theatre={"SY"}))
    assert (places["Nice"].name, places["Nice"].country_code) == ("Nice", "FR")


def test_a_near_spelling_of_a_big_city_far_from_the_theatre_is_no_reading(gp: Geoparser) -> None:
    # "Hallale", a Burkinabe hamlet, is no misspelt Harare in a story about JNIM
    text = "On 24 December 2019, JNIM militants ambushed an army patrol in the area of Hallale, killing 11."
    place = by_text(gp.parse(text, [ent(text, "Hallale")], theatre={"BF", "ML", "NE"}))["Hallale"]
    assert place.country_code != "ZW"
    # ... while one inside the theatre is still read
    text = "On 24 December 2019, militants attacked a convoy near Kabull, killing 11 soldiers."
    assert by_text(gp.parse(text, [ent(text, "Kabull")], theatre={"AF"}))["Kabull"].country_code == "AF"


def test_an_address_s_last_region_holds_its_first_name_past_an_unknown_one(gp: Geoparser) -> None:
    # "X, Y, Z" where the gazetteer lacks Y: Z still holds X (no Zhangjiakou, China, for Khalgan)
    text = "Assailants attacked police checkpoints in Khalgan, Jawzjan, Afghanistan."
    ents = [ent(text, "Khalgan"), ent(text, "Jawzjan"), ent(text, "Afghanistan")]
    assert by_text(gp.parse(text, ents))["Khalgan"].country_code == "AF"
    text = "On 2 March 2020, soldiers killed two people in the village of Loura (Pobe-Mengao, Soum)."
    ents = [ent(text, "Loura"), ent(text, "Pobe-Mengao"), ent(text, "Soum")]
    assert {p.country_code for p in gp.parse(text, ents)} == {"BF"}  # not Laure-Minervois, France


# -- a happening whose own sentences name no place: the article's one region --------------------


def records_of(pipeline: Pipeline, text: str) -> list[Record]:
    return list(pipeline.process(report(text, published="2020-05-02")).records)


def test_a_happening_without_a_place_takes_the_one_region_the_article_names(pipeline: Pipeline) -> None:
    text = (
        "On 30 April 2020, troops raided a house in Paka Luesong village, Nong Chik district of "
        "Pattani, Thailand. A clash broke out and three separatist suspects were killed."
    )
    clash = next(r for r in records_of(pipeline, text) if "clash" in r.evidence[0].text)
    (loc,) = clash.locations
    assert (loc.country_code, loc.admin1, loc.precision) == ("TH", "Pattani", "admin1")


def test_places_in_two_regions_leave_a_happening_without_a_place_at_the_country(pipeline: Pipeline) -> None:
    text = (
        "On 30 April 2020, troops raided a house in Nong Chik district of Pattani, Thailand, and "
        "another in the city of Yala. A clash broke out and three separatist suspects were killed."
    )
    clash = next(r for r in records_of(pipeline, text) if "clash" in r.evidence[0].text)
    assert [(loc.country_code, loc.precision) for loc in clash.locations] == [("TH", "country")]


def test_a_region_abroad_never_outweighs_the_article_s_own_country(pipeline: Pipeline) -> None:
    # the demonyms make Nigeria the article's country; the only region named is in Spain
    text = (
        "Nigerian troops killed 20 Boko Haram fighters on Monday, the Nigerian army said. "
        "The army spokesman, who studied in Barcelona, gave no other detail."
    )
    recs = records_of(pipeline, text)
    assert recs
    assert all(loc.country_code != "ES" for r in recs for loc in r.locations)


def test_a_region_named_without_its_unit_word_survives_ner_calling_it_a_person(gp: Geoparser) -> None:
    text = "A landmine hit an army patrol in Eshaqzo of Khash district, Nimruz. No casualties."
    ents = [ent(text, "Nimruz", "PERSON")]
    found = by_text(gp.parse(text, ents, theatre={"AF"}))
    assert found["Nimruz"].country_code == "AF"
    assert found["Nimruz"].precision == "admin1"


def test_a_saint_s_name_is_no_region_however_it_is_shortened(gp: Geoparser) -> None:
    text = "The blast hit a church attached to the St. Mark's Coptic Orthodox Cathedral in the city."
    ents = [ent(text, "St. Mark", "ORG")]
    assert all(p.country_code != "GD" for p in gp.parse(text, ents))


def test_refugees_and_drivers_of_a_nationality_do_not_place_the_happening_in_their_country(
    pipeline: Pipeline,
) -> None:
    text = (
        "On 28 April 2020, presumed ISGS militants abducted five Malian refugees of the Imghad "
        "community in the area of Dibissi."
    )
    recs = records_of(pipeline, text)
    assert recs
    assert all(loc.country_code != "ML" for r in recs for loc in r.locations)
    # their passports only: the same words with the place named keep that place
    named = records_of(pipeline, text.replace("the area of Dibissi", "the area of Djibo, Burkina Faso"))
    assert {loc.country_code for r in named for loc in r.locations} == {"BF"}


def test_a_state_named_as_the_other_side_of_a_border_is_not_where_it_happened(pipeline: Pipeline) -> None:
    text = (
        "Two bomb blasts on Wednesday night rocked the farming community of Panaca in southeastern "
        "Nevada, near the Utah border, killing the bomber."
    )
    recs = list(pipeline.process(report(text, published="2016-07-15")).records)
    assert recs
    names = {loc.admin1 for r in recs for loc in r.locations}
    assert "Nevada" in names and "Utah" not in names


def test_a_name_described_as_a_person_is_no_town(gp: Geoparser) -> None:
    text = (
        "Police raided the area to arrest Jasim, an accused in a case for subversive activities. "
        "When police arrested Jasim, his associates attacked them."
    )
    ents = [ent(text, "Jasim", "GPE")]
    assert [p for p in gp.parse(text, ents) if p.text == "Jasim"] == []
    # a country described as a member stays a country; a clause after a region stays a clause
    text = "Turkey, a NATO member, condemned the attack in Ankara."
    assert "Turkey" in by_text(gp.parse(text, [ent(text, "Turkey", "GPE")]))
    text = "On 5 May 2020, in Maceio, Alagoas, a man was shot to death by two armed men."
    found = by_text(gp.parse(text, [ent(text, "Maceio", "GPE"), ent(text, "Alagoas", "GPE")]))
    assert found["Alagoas"].country_code == "BR"


def test_a_unit_word_of_one_country_places_a_happening_the_gazetteer_cannot(pipeline: Pipeline) -> None:
    # the town is unknown and the only other name is a person's
    text = (
        "A local leader of Jatiyatabadi Juba Dal sustained bullet injuries during a 'gun battle' "
        "between his associates and police at Palerhat in Lakshmipur Sadar Upazila on Wednesday. A "
        "team of police conducted a raid in the area to arrest Jasim, an accused in a case for "
        "subversive activities. When police arrested Jasim, his associates attacked the law "
        "enforcers to snatch him from the police custody at about 2:00am."
    )
    recs = list(pipeline.process(report(text, published="2015-02-20")).records)
    assert recs
    assert {loc.country_code for r in recs for loc in r.locations} == {"BD"}


def test_a_district_is_read_as_a_district_before_a_province_of_its_name(gp: Geoparser) -> None:
    text = (
        "Rebels exchanged fire with the Nepal Police in Barung locality of Mai Municipality (Ilam district)."
    )
    ents = [ent(text, "Ilam", "GPE")]
    assert by_text(gp.parse(text, ents, theatre={"NP"}))["Ilam"].country_code == "NP"
    # the province where the text says so
    text = "Gunmen attacked a checkpoint in Ilam province on Monday."
    assert by_text(gp.parse(text, [ent(text, "Ilam", "GPE")]))["Ilam"].country_code == "IR"


def test_the_arabic_article_inside_a_name_may_be_written_another_way(gp: Geoparser) -> None:
    text = "BEIRUT - Militants attacked government-held areas of the eastern city of Deir el-Zour."
    found = by_text(gp.parse(text, [ent(text, "BEIRUT", "GPE"), ent(text, "Deir el-Zour", "GPE")]))
    assert found["Deir el-Zour"].country_code == "SY"
    assert found["Deir el-Zour"].geonames_id is not None


def test_the_name_of_a_news_outlet_is_no_place(gp: Geoparser) -> None:
    text = "Yemen's Houthi-run state news agency Saba accused the coalition of violating the truce."
    ents = [ent(text, "Yemen", "GPE"), ent(text, "Saba", "GPE")]
    assert "Saba" not in by_text(gp.parse(text, ents))
    text = "Lebanon's Al-Mayadeen TV said twelve people were killed."
    assert "Al-Mayadeen" not in by_text(gp.parse(text, [ent(text, "Al-Mayadeen", "GPE")]))
    # ... a place written where places are stays one
    text = "The news agency said the attack happened in Saba on Monday."
    assert "Saba" in by_text(gp.parse(text, [ent(text, "Saba", "GPE")]))


def test_a_part_of_a_city_is_not_a_small_town_of_another_country(pipeline: Pipeline) -> None:
    text = (
        "BAGHDAD Iraqi security forces set up checkpoints in southeast Baghdad on Monday after "
        "confirming three U.S. citizens had gone missing. Media reported three U.S. contractors had "
        "been kidnapped with their translator in the Dora neighborhood on Friday. Two helicopters "
        "were seen hovering over Dora. The U.S. State Department said it was working with Iraqi "
        "authorities to locate the Americans."
    )
    recs = list(pipeline.process(report(text, published="2016-01-18")).records)
    kidnap = [r for r in recs if "Dora neighborhood" in r.evidence[0].text]
    assert kidnap
    assert [(loc.country_code, loc.admin1) for loc in kidnap[0].locations] == [("IQ", "Baghdad")]


def test_the_country_of_a_news_outlet_is_not_where_it_happened(pipeline: Pipeline) -> None:
    text = (
        "SEOUL North Korea has sentenced an American man to 10 years of hard labor for terrorism, "
        "China's Xinhua news agency reported on Friday."
    )
    assert countries(pipeline, text) == ["KP"]


def test_a_surname_named_in_the_possessive_is_still_the_person(gp: Geoparser) -> None:
    text = (
        "A car bomb killed seven people outside Yemeni President Abd-Rabbu Mansour Hadi's residence "
        "in the southern city of Aden. Officials said Hadi was inside. Hadi was forced by Houthi "
        "rebels to flee the capital Sanaa. Hadi's forces have been battling the Houthis."
    )
    ents = [ent(text, "Abd-Rabbu Mansour Hadi's", "PERSON"), ent(text, "Aden", "GPE")]
    # NER's readings: a person twice, a place twice
    ents += [ent(text, "Hadi", "PERSON", nth=1), ent(text, "Hadi", "GPE", nth=2)]
    ents.append(ent(text, "Hadi", "LOC", nth=3))
    found = by_text(gp.parse(text, ents))
    assert "Hadi" not in found and "Aden" in found
    # a name NER once took for a person's and once for a place, with no title: a place
    text = "An explosion took place at Ahgam area of Rajwara Handwara in Handwara subdistrict (Kupwara)."
    ents = [ent(text, "Rajwara Handwara", "PERSON"), ent(text, "Handwara", "GPE", nth=1)]
    assert by_text(gp.parse(text, ents, theatre={"IN"}))["Handwara"].country_code == "IN"


def test_a_demonym_after_a_comma_is_an_adjective_not_the_region_holding_the_place(gp: Geoparser) -> None:
    text = "As the pilot touched down in Kiev, Russian television showed footage of the president."
    found = by_text(gp.parse(text, [ent(text, "Kiev", "GPE"), ent(text, "Russian", "NORP")]))
    assert found["Kiev"].country_code == "UA"
    # ... a region after a comma still holds the town
    text = "Gunmen attacked a police post in Kiev, Ukraine on Monday."
    found = by_text(gp.parse(text, [ent(text, "Kiev", "GPE"), ent(text, "Ukraine", "GPE")]))
    assert found["Kiev"].country_code == "UA"


def test_a_person_s_home_after_the_age_is_not_where_it_happened(pipeline: Pipeline) -> None:
    text = (
        "Master Sergeant Joshua Wheeler, 39, of Roland, Oklahoma, was killed in October during an "
        "overnight raid by Islamic State militants in Iraq."
    )
    assert countries(pipeline, text) == ["IQ"]
    text = "A soldier, 25, was killed when Islamic State militants attacked a checkpoint in Mosul on Sunday."
    assert place_names(pipeline, text) == ["Mosul"]


def test_a_ministry_named_like_a_department_is_no_town(pipeline: Pipeline) -> None:
    # Justice is a town of Illinois; "the Department of Justice" is a ministry
    assert pipeline.ner is not None and pipeline.geoparser is not None
    text = (
        "ORLANDO, Fla. Lynch said it was a shattering attack. The Department of Justice stands with you, "
        "Lynch said."
    )
    ents = list(pipeline.ner.entities([text]))[0]
    places = pipeline.geoparser.parse(text, ents, theatre=frozenset({"US"}))
    assert [p.text for p in places if p.name is not None] == ["ORLANDO", "Fla."]
