"""Details of a long news story that belong to another part of it: a sentence glued to the one
before, a nationality of people caught where the story was filed, a finding in an attack's story,
a holiday taken for a place, a toll told beside those in critical condition, and an attack named
again with its own day (the real pipeline; the texts are written for these tests).

Each test names one rule; the close cases beside them keep the rule from reaching too far.
"""

from __future__ import annotations

from typing import Any

from veille.io.read import article_from_json
from veille.nlp.segment import split_sentences
from veille.pipeline import Pipeline


def records(pipeline: Pipeline, text: str, published: str = "2025-11-08") -> list[dict[str, Any]]:
    art = article_from_json(
        {"id": "d-1", "title": None, "text": text, "published": published, "url": None, "language": "en"}
    )
    return [r.to_dict() for r in pipeline.process(art).records]


def of_type(recs: list[dict[str, Any]], event_type: str) -> list[dict[str, Any]]:
    return [r for r in recs if r["event_type"] == event_type]


def places(record: dict[str, Any]) -> list[str]:
    return [loc["city"] or loc["name"] for loc in record["locations"]]


# --- a period glued to the next sentence -----------------------------------------------------------


def test_a_period_glued_to_the_next_sentence_still_ends_a_sentence() -> None:
    text = (
        "A month earlier, 28 had been killed in a blast in central Ankara, claimed by a Kurdish group.And in "
        "January, at least 10 German tourists died in a suicide bombing in Istanbul."
    )
    parts = [text[s.start : s.end] for s in split_sentences(text)]
    assert parts == [
        "A month earlier, 28 had been killed in a blast in central Ankara, claimed by a Kurdish group.",
        "And in January, at least 10 German tourists died in a suicide bombing in Istanbul.",
    ]


def test_a_short_name_before_a_glued_period_is_no_sentence_end() -> None:
    text = "He moved to St.Louis in 2010 and wrote for amazon.com and the U.S.Army magazine."
    assert len(split_sentences(text)) == 1


def test_two_attacks_told_in_glued_sentences_keep_their_own_dates_and_tolls(pipeline: Pipeline) -> None:
    text = (
        "In February, 28 people were killed in a car bomb attack on military vehicles in central Ankara, "
        "claimed by a Kurdish militant group.And in January, at least 10 German tourists died in a suicide "
        "bombing in Istanbul's Sultanahmet Square that Turkish authorities linked to Islamic State."
    )
    recs = of_type(records(pipeline, text, "2016-06-07"), "attack")
    by_month = {r["date"]["start"][:7]: r for r in recs}
    assert by_month["2016-02"]["counts"]["killed"] == 28
    assert places(by_month["2016-02"]) == ["Ankara"]
    assert by_month["2016-01"]["counts"]["killed"] == 10
    assert "Ankara" not in places(by_month["2016-01"])


# --- foreigners caught where the story was filed ---------------------------------------------------


def test_foreign_nationals_detained_where_the_story_was_filed_do_not_place_the_arrest_abroad(
    pipeline: Pipeline,
) -> None:
    text = (
        "ISTANBUL Turkish authorities detained three Russian nationals suspected of links with Islamic State "
        "following a suicide bomb attack that killed 10 tourists, media reports said on Wednesday."
    )
    (arrest,) = of_type(records(pipeline, text, "2016-01-13"), "arrest")
    assert [loc["country_code"] for loc in arrest["locations"]] == ["TR"]
    assert arrest["counts"]["arrested"] == 3


def test_a_public_figures_nationality_still_places_a_story_filed_abroad(pipeline: Pipeline) -> None:
    # the rule's own case: the victim's office is of his country, where the killing happened
    text = (
        "TEGUCIGALPA -- The Honduran government on Monday condemned the assassination of a Salvadoran "
        "minister by urban guerrillas."
    )
    recs = of_type(records(pipeline, text, "1989-04-20"), "attack")
    assert recs
    assert [loc["country_code"] for loc in recs[0]["locations"]] == ["SV"]


# --- terrorism ruled out ---------------------------------------------------------------------------


def test_a_blast_police_see_no_reason_to_think_the_work_of_extremists_is_no_attack(
    pipeline: Pipeline,
) -> None:
    text = (
        "NEW YORK A 19-year-old tourist in Central Park suffered a severe foot wound on Sunday after an "
        "apparent homemade firework exploded when he stepped on the device, authorities said. Police said "
        "there was no reason to suspect that the blast, on the eve of Fourth of July celebrations, was the "
        "work of extremists or that the explosive had been designed to hurt anyone."
    )
    assert of_type(records(pipeline, text, "2016-07-04"), "attack") == []


def test_a_blast_police_think_the_work_of_extremists_is_an_attack(pipeline: Pipeline) -> None:
    text = (
        "NEW YORK A bomb exploded in a crowded street in Chelsea on Saturday night, wounding 29 people. "
        "Police said there was reason to suspect that the blast was the work of extremists."
    )
    recs = of_type(records(pipeline, text, "2016-09-18"), "attack")
    assert len(recs) == 1
    assert recs[0]["counts"]["wounded"] == 29


# --- what was found in an attack's story -----------------------------------------------------------

_NICE = (
    "NICE, France -- A truck plowed into a crowd celebrating Bastille Day in Nice on Thursday, killing at "
    "least 80 people in what President Hollande called a terrorist attack. The driver was shot dead by "
    "police. A senior U.S. military official told NBC News that guns and explosives were found in the truck."
)


def test_weapons_found_in_an_attacks_story_are_the_attacks_not_a_raid(pipeline: Pipeline) -> None:
    recs = records(pipeline, _NICE, "2016-07-15")
    assert of_type(recs, "raid") == []
    (attack,) = of_type(recs, "attack")
    assert any("found in the truck" in e["text"] for e in attack["evidence"])


def test_a_search_told_after_an_attack_is_still_a_raid(pipeline: Pipeline) -> None:
    text = _NICE + " Police raided a flat in Nice on Friday where weapons were found."
    raids = of_type(records(pipeline, text, "2016-07-15"), "raid")
    assert len(raids) == 1
    assert raids[0]["date"]["start"] == "2016-07-15"


def test_weapons_found_with_no_attack_told_are_a_search(pipeline: Pipeline) -> None:
    text = (
        "Explosives were found in a flat in Molenbeek on Friday after police received a tip about an "
        "Islamic State cell, prosecutors said."
    )
    assert of_type(records(pipeline, text, "2016-03-19"), "raid")


# --- a holiday is no place -------------------------------------------------------------------------


def test_a_holiday_named_beside_a_town_is_not_a_place(pipeline: Pipeline) -> None:
    (attack,) = of_type(records(pipeline, _NICE, "2016-07-15"), "attack")
    assert places(attack) == ["Nice"]


# --- a toll told beside those in critical condition ------------------------------------------------


def test_people_in_critical_condition_after_a_toll_are_wounded_not_dead(pipeline: Pipeline) -> None:
    text = (
        "Gunmen attacked a crowd in Nice on Thursday in a terrorist attack. The interior minister said the "
        "death toll had risen to 80, and 18 others were in critical condition."
    )
    (attack,) = of_type(records(pipeline, text, "2016-07-15"), "attack")
    assert attack["counts"]["killed"] == 80
    assert attack["counts"]["wounded"] == 18


def test_a_toll_then_the_wounded_are_two_counts(pipeline: Pipeline) -> None:
    text = (
        "Gunmen attacked a crowd in Nice on Thursday in a terrorist attack. The death toll rose to 80, "
        "and 18 others were wounded."
    )
    (attack,) = of_type(records(pipeline, text, "2016-07-15"), "attack")
    assert (attack["counts"]["killed"], attack["counts"]["wounded"]) == (80, 18)


# --- an attack named again with its own day --------------------------------------------------------

_HOMS = (
    "Violence continued to rage in Syria on Sunday. Multiple bomb blasts in a southern district of Damascus "
    "killed at least 62 people, a monitoring group said, while twin car bombs killed at least 57 people in "
    "Homs. The car bombs and suicide attacks on Sunday in the Sayeda Zeinab district of Damascus were "
    "claimed by Islamic State. Suicide attacks last month in the same district, also claimed by Islamic "
    "State, killed 60 people."
)


def test_an_attack_named_again_with_its_day_joins_that_days_record(pipeline: Pipeline) -> None:
    text = (
        _HOMS + " The car bomb attacks on Sunday in Homs, in which at least 100 were also wounded, were "
        "among the deadliest in the city in five years of civil war."
    )
    recs = of_type(records(pipeline, text, "2016-02-21"), "attack")
    by_month = {r["date"]["start"][:7]: r for r in recs}
    assert by_month["2016-01"]["counts"]["wounded"] is None
    assert "Homs" not in places(by_month["2016-01"])
    assert by_month["2016-02"]["counts"]["wounded"] == 100


def test_the_attack_named_again_with_no_day_stays_with_the_one_told(pipeline: Pipeline) -> None:
    text = _HOMS + " The attacks, in which at least 100 were also wounded, were condemned by the UN."
    recs = of_type(records(pipeline, text, "2016-02-21"), "attack")
    by_month = {r["date"]["start"][:7]: r for r in recs}
    assert by_month["2016-01"]["counts"]["wounded"] == 100


def test_a_groups_first_attack_claimed_last_week_is_another_attack(pipeline: Pipeline) -> None:
    text = (
        "JALALABAD, Afghanistan A suicide bomber killed 13 people in the eastern Afghan city of Jalalabad on "
        "Sunday at the home of a tribal elder, local officials said. The Taliban denied responsibility for "
        "the attack. Islamic State in the same city last week claimed their first attack on a major urban "
        "center in Afghanistan with an assault on the Pakistani consulate that killed seven people."
    )
    recs = of_type(records(pipeline, text, "2016-01-17"), "attack")
    assert sorted((r["date"]["precision"], r["counts"]["killed"]) for r in recs) == [("day", 13), ("week", 7)]


def test_a_claim_of_the_attack_told_stays_with_it(pipeline: Pipeline) -> None:
    text = (
        "JALALABAD, Afghanistan A suicide bomber killed 13 people in the eastern Afghan city of Jalalabad on "
        "Sunday, local officials said. Islamic State claimed the attack on Monday."
    )
    recs = of_type(records(pipeline, text, "2016-01-18"), "attack")
    assert len(recs) == 1


# --- who struck, and what a source said ------------------------------------------------------------


def test_the_country_of_an_air_strike_is_not_where_it_struck(pipeline: Pipeline) -> None:
    text = (
        "Tunisian forces have been on alert for possible militant infiltrations since last month when a "
        "U.S. air strike targeted mostly Tunisian Islamic State militants at a camp near the border in "
        "Libya's Sabratha."
    )
    recs = records(pipeline, text, "2016-03-07")
    assert recs
    assert {loc["country_code"] for r in recs for loc in r["locations"]} == {"LY"}


def test_a_countrys_army_with_no_place_told_still_gives_the_country(pipeline: Pipeline) -> None:
    text = "Fighting broke out between the Burma Army and the Kachin Independence Army near the border."
    recs = records(pipeline, text, "2015-11-16")
    assert recs
    assert [loc["country_code"] for loc in recs[0]["locations"]] == ["MM"]


def test_a_place_inside_the_words_a_source_reported_is_the_happenings(pipeline: Pipeline) -> None:
    text = (
        "LONDON Brent oil futures climbed above $50 a barrel on Thursday. U.S. crude futures were up 19 "
        "cents. A source at oil producer Chevron "
        'said on Thursday its activities in Nigeria had been "grounded" by a militant attack.'
    )
    (attack,) = of_type(records(pipeline, text, "2016-05-26"), "attack")
    assert [loc["country_code"] for loc in attack["locations"]] == ["NG"]


def test_a_place_where_a_statement_was_made_is_still_not_the_happenings(pipeline: Pipeline) -> None:
    text = (
        "Islamic State militants killed 12 soldiers in an ambush near Mosul on Monday, the defence ministry "
        "told reporters in Baghdad."
    )
    (attack,) = of_type(records(pipeline, text, "2016-05-26"), "attack")
    assert "Baghdad" not in places(attack)


# --- violence an official says is not terrorism ----------------------------------------------------


# an attack recalled later in the story puts the article in the field
_RECALLED = "\n\nIn November, Islamic State militants killed 130 people in Paris."


def test_a_shooting_the_sheriff_says_was_not_terrorism_is_no_record(pipeline: Pipeline) -> None:
    text = (
        "A gunman shot dead three people at a workplace in Hesston, Kansas on Thursday before being killed "
        'by police. The sheriff said the attack was "not terrorism."'
    )
    recs = of_type(records(pipeline, text + _RECALLED, "2016-02-26"), "attack")
    assert [r["counts"]["killed"] for r in recs] == [130]


def test_a_shooting_where_terrorism_is_not_ruled_out_stays(pipeline: Pipeline) -> None:
    text = (
        "A gunman shot dead three people at a shopping mall in Hesston, Kansas on Thursday before being "
        "killed by police. The sheriff said investigators had not ruled out terrorism."
    )
    assert len(of_type(records(pipeline, text, "2016-02-26"), "attack")) == 1


def test_an_attack_by_an_armed_group_recalled_beside_a_denial_stays(pipeline: Pipeline) -> None:
    text = (
        'A gunman shot dead three people in Hesston, Kansas on Thursday. The sheriff said it was "not '
        'terrorism." In December, Islamic State supporters shot dead 14 people in San Bernardino.'
    )
    recs = of_type(records(pipeline, text, "2016-02-26"), "attack")
    assert [r["counts"]["killed"] for r in recs] == [14]


def test_a_denial_of_terrorism_said_of_a_fire_leaves_a_later_attack(pipeline: Pipeline) -> None:
    text = (
        "Police ruled out terrorism in the warehouse fire on Sunday. On Monday, gunmen stormed a "
        "checkpoint in Kandahar and killed two soldiers."
    )
    assert len(of_type(records(pipeline, text, "2016-02-26"), "attack")) == 1


def test_the_rest_of_a_spree_said_not_terrorism_goes_too(pipeline: Pipeline) -> None:
    text = (
        "A gunman killed three people on Thursday at a plant in central Kansas where he worked, authorities "
        'said. The sheriff said the attack was "not terrorism." On Friday, officials said the attacker had '
        "shot a man in a truck in the town of Newton before the spree."
    )
    recs = of_type(records(pipeline, text + _RECALLED, "2016-02-26"), "attack")
    assert [r["counts"]["killed"] for r in recs] == [130]


# --- a happening named in passing, with its own day ------------------------------------------------


def test_an_attack_some_days_before_a_statement_is_dated_before_it(pipeline: Pipeline) -> None:
    text = (
        "With the holiday taking place days after the attack at Istanbul's international airport, the New "
        "York Police Department deployed new canines, Commissioner Bill Bratton said on Friday. Islamic "
        "State suicide bombers killed 44 people at the airport."
    )
    (attack,) = of_type(records(pipeline, text, "2016-07-04"), "attack")
    assert attack["date"]["precision"] == "unknown"
    assert attack["date"]["end"] == "2016-06-30"


def test_an_attack_a_counted_number_of_days_before_is_dated_that_day(pipeline: Pipeline) -> None:
    text = (
        "SAN SALVADOR, 10 APR 90 -- THE SON-IN-LAW OF THE AIR FORCE CHIEF DIED YESTERDAY, 17 DAYS AFTER AN "
        "ATTACK IN WHICH HE WAS SERIOUSLY WOUNDED AND FOR WHICH THE GUERRILLAS CLAIMED CREDIT."
    )
    (attack,) = of_type(records(pipeline, text, "1990-04-10"), "attack")
    assert attack["date"]["start"] == attack["date"]["end"] == "1990-03-23"


def test_the_weekend_shooting_is_dated_the_weekend_and_placed_in_its_town(pipeline: Pipeline) -> None:
    text = (
        "WASHINGTON Leading U.S. Senate Democrats on Monday urged quick passage of legislation to impose "
        "additional gun controls in the wake of the weekend mass shooting in Florida. The new push came "
        "after a man with an assault rifle entered a gay nightclub in Orlando and killed 49 people. The "
        "gunman had pledged allegiance to Islamic State."
    )
    attack = of_type(records(pipeline, text, "2016-06-13"), "attack")[0]
    assert (attack["date"]["start"], attack["date"]["end"]) == ("2016-06-11", "2016-06-12")
    assert places(attack) == ["Orlando"]


def test_a_region_is_not_narrowed_to_its_capital_named_again(pipeline: Pipeline) -> None:
    text = (
        "Taliban militants attacked a security post in Dih Yak, Ghazni, Afghanistan on Monday. Four "
        "policemen were killed, officials in Ghazni said."
    )
    (attack,) = of_type(records(pipeline, text, "2016-07-31"), "attack")
    assert places(attack) == ["Dih Yak"]


def test_a_sentence_on_accidents_does_not_add_to_an_attacks_toll(pipeline: Pipeline) -> None:
    text = (
        "Security was tight days after the suicide bombing at Istanbul's airport, police said on Friday. "
        "A football star, one of the 12,000 people injured and 11 killed in fireworks accidents last year, "
        "urged caution."
    )
    (attack,) = of_type(records(pipeline, text, "2016-07-04"), "attack")
    assert attack["counts"]["wounded"] is None
    assert not attack["counts"]["killed"]


# --- who did it, and whom ------------------------------------------------------------------------


def test_a_bomb_planted_by_a_groups_affiliate_names_the_group(pipeline: Pipeline) -> None:
    text = (
        "In November, a Russian passenger jet was blown up over Egypt by a bomb planted by an Islamic "
        "State affiliate."
    )
    (attack,) = of_type(records(pipeline, text, "2016-04-11"), "attack")
    assert [a["name"] for a in attack["actors"] if a["role"] == "perpetrator"] == ["Islamic State"]


def test_a_hostage_named_after_his_role_is_one_dead(pipeline: Pipeline) -> None:
    text = "Abu Sayyaf militants beheaded Canadian hostage Robert Hall on Monday on the island of Jolo."
    (attack,) = of_type(records(pipeline, text, "2016-06-14"), "attack")
    assert attack["counts"]["killed"] == 1


def test_soldiers_of_a_nationality_are_still_no_number(pipeline: Pipeline) -> None:
    text = "Taliban militants shot dead Afghan soldiers at a checkpoint in Kunduz on Monday."
    (attack,) = of_type(records(pipeline, text, "2016-06-14"), "attack")
    assert attack["counts"]["killed"] is None


def test_the_country_whose_embassy_was_bombed_is_not_where_it_stands(pipeline: Pipeline) -> None:
    text = (
        "MOSCOW, 26 OCT 89 -- [TEXT] A DISPATCH FROM LIMA. TERRORIST ACTS WERE CARRIED OUT ON WEDNESDAY "
        "EVENING IN LIMA AGAINST THE EMBASSIES OF THE USSR AND THE PRC. WITHIN 15 MINUTES THE TERRORISTS "
        "DETONATED A CAR STUFFED WITH EXPLOSIVES THAT HAD BEEN LEFT AT THE ENTRANCE TO THE PREMISES OF THE "
        "DIPLOMATIC\nREPRESENTATION OF THE PEOPLE'S REPUBLIC OF CHINA. BOMBS ALSO WENT OFF OUTSIDE THE "
        "SOVIET AND PRC EMBASSIES."
    )
    recs = of_type(records(pipeline, text, "1989-10-26"), "attack")
    assert recs
    assert {loc["country_code"] for r in recs for loc in r["locations"]} == {"PE"}


def test_a_blast_with_no_evidence_of_terrorism_is_no_record_beside_a_recalled_attack(
    pipeline: Pipeline,
) -> None:
    text = (
        "NEW YORK A 19-year-old tourist in Central Park suffered a severe foot wound on Sunday after an "
        "apparent homemade firework exploded when he stepped on the device, authorities said.\n\n"
        '"At this time, we have no evidence this is related to terrorism," a police chief told reporters.'
        "\n\nOn Friday, Islamic State gunmen killed 20 people at a cafe in Dhaka, Bangladesh."
    )
    recs = of_type(records(pipeline, text, "2016-07-04"), "attack")
    assert [loc["country_code"] for r in recs for loc in r["locations"]] == ["BD"]


_TRUMP = (
    "MANCHESTER, N.H./WASHINGTON Republican Donald Trump on Monday placed responsibility for a mass "
    "shooting in Florida squarely at the feet of radical Muslims, who he said were entering the country "
    "amidst a flood of refugees.\n\nThe presumptive Republican presidential nominee drew on the "
    "country's deadliest mass shooting to sharpen his vow to ban Muslim immigrants, proposing that the "
    'United States suspend immigration from areas of the world where there is "a proven history of '
    'terrorism."\n\n'
)


def test_a_lapse_told_by_the_storys_speaker_counts_from_the_leads_day(pipeline: Pipeline) -> None:
    text = _TRUMP + (
        'In his speech, Trump said it was time to "tell the truth about radical Islam," the day after 49 '
        "people were killed at a gay nightclub in Orlando by a gunman who had sworn allegiance to Islamic "
        "State."
    )
    recs = of_type(records(pipeline, text, "2016-06-14"), "attack")
    told = [r for r in recs if any("the day after" in e["text"] for e in r["evidence"])]
    assert told
    assert all(r["date"]["start"] == r["date"]["end"] == "2016-06-12" for r in told)


def test_a_lapse_in_a_sentence_of_another_deed_does_not_count_from_the_lead(pipeline: Pipeline) -> None:
    text = (
        "A California couple whose kidnapping police first called a hoax filed a lawsuit on Tuesday against "
        "the city of Vallejo.\n\nArmed men abducted Denise Huskins from her home in March 2015. Two days "
        "after her abduction, Huskins was released in Huntington Beach."
    )
    recs = of_type(records(pipeline, text, "2016-03-23"), "attack")
    assert all(r["date"]["start"] != "2016-03-20" for r in recs)
