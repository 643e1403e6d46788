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


def test_an_airport_is_in_the_town_it_is_named_by(pipeline: Pipeline) -> None:
    text = (
        "LAS VEGAS Militia leader Cliven Bundy was arrested by the FBI this February at the Portland "
        "International Airport after arriving there on his way to show support for anti-government "
        "militants who had taken over a wildlife refuge in eastern Oregon."
    )
    arrests = of_type(records_of(pipeline, text, "2016-04-16"), "arrest")
    assert [[(loc["name"], loc["country_code"]) for loc in r["locations"]] for r in arrests] == [
        [("Portland", "US")]
    ]


def test_driving_a_group_out_of_a_town_is_an_operation(pipeline: Pipeline) -> None:
    text = (
        "BEIRUT Syrian government forces backed by heavy Russian air support drove Islamic State out of "
        'Palmyra on Sunday, inflicting what the army called a "mortal blow" to militants who seized the '
        "city last year and dynamited its ancient temples."
    )
    recs = records_of(pipeline, text, "2016-03-27")
    assert [r["date"]["start"] for r in of_type(recs, "ct_operation")] == ["2016-03-27"]


def test_what_a_toll_came_despite_is_not_what_is_told() -> None:
    from factories import main_type

    sentence = (
        "Just seven people were killed in Thursday's late-morning siege near a busy shopping district, "
        "despite multiple blasts and a gunfight, and five of the dead were the attackers themselves."
    )
    assert main_type(sentence) == "attack"


def test_the_day_of_a_siege_dates_the_attack_not_the_raids_after_it(pipeline: Pipeline) -> None:
    text = (
        "JAKARTA Indonesian police killed one suspected militant and arrested two more in raids across "
        "the country on Friday, a day after an attack by Islamic State suicide bombers and gunmen in the "
        "capital.\n\nJust seven people were killed in Thursday's late-morning siege near a busy shopping "
        "district, despite multiple blasts and a gunfight, and five of the dead were the attackers "
        "themselves."
    )
    recs = records_of(pipeline, text, "2016-01-15")
    assert [r["counts"]["killed"] for r in of_type(recs, "ct_operation")] == [1]
    attacks = of_type(recs, "attack")
    assert [(r["date"]["start"], r["counts"]["killed"]) for r in attacks] == [("2016-01-14", 7)]


def test_a_lapse_counted_back_from_the_attacks_names_no_other_attacks(pipeline: Pipeline) -> None:
    text = (
        "BRUSSELS Belgian anti-terrorism police arrested Mohamed Abrini in Brussels on Friday.\n\n"
        "Mohamed Abrini, a Belgian thought to have helped prepare the Nov. 13 bombing and shooting attack "
        "that killed 130 people in the French capital, was held with two others, prosecutors said. He "
        "drove with Salah Abdeslam toward Paris two days before the attacks."
    )
    attacks = of_type(records_of(pipeline, text, "2016-04-08"), "attack")
    assert [r["date"]["start"] for r in attacks] == ["2015-11-13"]


def test_regaining_a_base_is_an_operation_not_the_assault_it_prepares() -> None:
    from factories import main_type

    sentence = (
        "Backed by air support from a U.S.-led military coalition, government forces on Saturday regained "
        "Qayara air base, which is to be turned into a logistics hub for the main assault on Mosul."
    )
    assert main_type(sentence) == "ct_operation"


def test_an_airport_evacuated_abroad_is_not_where_the_bombings_were(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON U.S. officials on Wednesday sought to confirm the whereabouts of Americans missing in "
        "Brussels following Tuesday's suicide bombings and Atlanta's airport was briefly evacuated because "
        "of a suspicious package as travelers remained on edge."
    )
    attacks = of_type(records_of(pipeline, text, "2016-03-23"), "attack")
    assert [[loc["name"] for loc in r["locations"]] for r in attacks] == [["Brussels"]]


def test_an_extradition_request_is_no_extradition() -> None:
    from factories import main_type

    sentence = (
        "Erdogan said Turkey would demand that Western countries return Gulen's supporters living there, "
        "and submit an extradition request for Gulen himself to the United States."
    )
    assert main_type(sentence) != "extradition"
    assert main_type("Gulen said he would comply with any extradition ruling.") != "extradition"


def test_what_a_plea_is_to_is_not_where_it_was_made(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON A Mississippi woman pleaded guilty in federal court on Tuesday to trying to join "
        "Islamic State in Syria, 2-1/2 weeks after her husband entered the same plea."
    )
    recs = records_of(pipeline, text, "2016-03-30")
    assert recs and all(loc["country_code"] == "US" for r in recs for loc in r["locations"])


def test_where_suspects_were_recruited_is_not_where_they_were_arrested(pipeline: Pipeline) -> None:
    text = (
        "COPENHAGEN Danish police said on Thursday they had arrested four people near Copenhagen who "
        "they suspect were recruited by the militant group Islamic State (IS) in Syria to commit violence."
    )
    arrests = of_type(records_of(pipeline, text, "2016-06-10"), "arrest")
    assert [[loc["name"] for loc in r["locations"]] for r in arrests] == [["Copenhagen"]]


def test_where_aid_came_from_and_a_second_dateline_are_not_where_the_assault_was(pipeline: Pipeline) -> None:
    text = (
        "ONCUPINAR, Turkey/BEIRUT Aid trucks and ambulances entered Syria from Turkey on Sunday to help tens "
        "of thousands of people who have fled an escalating government assault on Aleppo, as air strikes "
        "targeted villages on the road linking the city to the Turkish border."
    )
    recs = records_of(pipeline, text, "2016-02-07")
    assert recs and all(loc["country_code"] == "SY" for r in recs for loc in r["locations"])


def test_a_speakers_last_night_is_counted_from_the_day_of_the_words(pipeline: Pipeline) -> None:
    text = (
        "DHAKA Gunmen stormed a restaurant in Dhaka and took dozens of people hostage, officials said.\n\n"
        '"All the hostages were killed last night. The terrorists used sharp weapons to kill them '
        'brutally," said Brig. Gen. Nayeem Ashfaq Chowdhury of the Army Headquarters in a news conference '
        "Saturday night.\n\nTwo police officers also died from injuries sustained while exchanging gunfire "
        "with the attackers Friday night."
    )
    attacks = of_type(records_of(pipeline, text, "2016-07-03"), "attack")
    assert [r["date"]["start"] for r in attacks] == ["2016-07-01"]


def test_a_countrys_presidential_house_stands_in_that_country(pipeline: Pipeline) -> None:
    text = (
        "PANAMA CITY (PANAMA), 26 JAN 89 -- [TEXT] EXPLOSIVES LOADED IN A SMALL TRUCK, WHICH WERE GOING TO "
        "BE FIRED AT THE SALVADORAN PRESIDENTIAL HOUSE, WERE DEACTIVATED AT NOON TODAY, A MILITARY SOURCE "
        "HAS REPORTED.\n\nTHREE HANDMADE CATAPULTS, EACH LOADED WITH APPROXIMATELY 7 KG OF DYNAMITE, WERE "
        "DEFUSED AT 1145 (1745 GMT) BY NATIONAL POLICEMEN.\n\nTHE ARMY DESCRIBED THESE FMLN DEVICES AS "
        '"TERRORIST WEAPONS" AND LABELED THEM "CAR BOMBS."'
    )
    recs = records_of(pipeline, text, "1989-01-26")
    assert recs and all(loc["country_code"] == "SV" for r in recs for loc in r["locations"])


# -- guards from the review of the session's drafts -------------------------------------------------


def test_gunmen_who_held_hostages_are_dated_by_the_day_told(pipeline: Pipeline) -> None:
    text = (
        "BAMAKO Gunmen who held hostages in a hotel in Bamako for 12 hours were killed by Malian troops, "
        "officials said on Sunday."
    )
    recs = records_of(pipeline, text, "2016-06-06")
    assert recs and all(r["date"]["start"] == "2016-06-05" for r in recs)


def test_a_convoy_under_fire_from_gunmen_is_still_in_its_town(pipeline: Pipeline) -> None:
    text = "BAMAKO A UN convoy came under fire from gunmen in Kidal on Sunday, killing two peacekeepers."
    attacks = of_type(records_of(pipeline, text, "2016-06-06"), "attack")
    assert [[loc["name"] for loc in r["locations"]] for r in attacks] == [["Kidal"]]


def test_a_speakers_day_words_keep_the_report_day_when_the_date_is_another_clauses(
    pipeline: Pipeline,
) -> None:
    text = (
        "BAGHDAD A car bomb exploded at a market in Baghdad, police said.\n\n"
        '"We heard the blast last night," said Ahmed, who fled Falluja on Friday.'
    )
    attacks = of_type(records_of(pipeline, text, "2016-06-06"), "attack")
    assert attacks and all(r["date"]["start"] != "2016-06-02" for r in attacks)


def test_what_an_indictment_doesnt_accuse_is_no_charge(pipeline: Pipeline) -> None:
    text = (
        "A federal grand jury on Wednesday indicted a British man on weapons charges, alleging he tried "
        "to steal a gun from a policeman during a Las Vegas rally for Donald Trump.\n\n"
        "The indictment doesn't accuse Sandford of plotting to kill Trump."
    )
    recs = records_of(pipeline, text, "2016-06-30")
    assert not any("accuse" in e["text"] for r in recs for e in r["evidence"])
